"""Commands that write what the forum feeds: the village plan table."""
from __future__ import annotations

import argparse

from ..store import Store
from . import command
from .args import meeting_args


def _plan_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("path", help="the workshop file (.prachakhom)")
    p.add_argument("--meeting", default="latest",
                   help="meeting id, 'latest' (default) or 'all' (every meeting of the series, "
                        "each action once)")
    p.add_argument("-o", "--output", required=True, help="the .pdf or .xlsx to write")
    p.add_argument("--lang", choices=("th", "en"), default="th", help="language (th or en)")
    p.add_argument("--trend", action="store_true",
                   help="add governance across the series' meetings (figures with their trend "
                        "and where each comes from) after the table")


@command("plan", "write the village plan table (แผนพัฒนาหมู่บ้าน) as PDF or XLSX", _plan_args)
def plan_cmd(args) -> int:
    from ..plan.output import write_plan

    with Store.open(args.path, read_only=True, backups=False, lock=False) as store:
        out = write_plan(store, args.meeting, args.output, args.lang, args.trend)
    print(f"wrote {out}")
    return 0


def _handover_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("path", help="the workshop file (.prachakhom)")
    p.add_argument("--meeting", default="latest",
                   help="meeting id, or 'latest' (the meeting with the latest date; default)")
    p.add_argument("-o", "--output", required=True, metavar="DIR|OUT.zip",
                   help="the folder (or .zip) to write the package to")
    p.add_argument("--force", action="store_true", help="replace an existing package")
    p.add_argument("--lang", choices=("th", "en"), default="th",
                   help="language of the documents, file names and index (th or en)")
    p.add_argument("--full-copy", action="store_true",
                   help="put the full workshop file in the package, with every personal field "
                        "(names, phones, notes); by default the copy names only people who "
                        "consented and holds no phones (PDPA)")


@command("handover", "write one hand-over package of a meeting: minutes, sign-in sheet, "
         "maps, action plan, village plan, a copy of the workshop file (personal data only "
         "as consented, unless --full-copy) and an index", _handover_args)
def handover_cmd(args) -> int:
    import sys

    from ..handover import package_exists, write_package
    from ..meetings import resolve_meeting

    if package_exists(args.output) and not args.force:
        print(f"prachakhom handover: {args.output} already exists; nothing was written "
              "(use --force to replace it).", file=sys.stderr)
        return 3
    with Store.open(args.path, read_only=True, backups=False, lock=False) as store:
        m = resolve_meeting(store, args.meeting)
        names = write_package(store, m.id, args.output, replace=args.force, lang=args.lang,
                              full_copy=args.full_copy)
    print(f"wrote {args.output} ({len(names)} files)")
    for name in names:
        print(f"  {name}")
    if args.full_copy:
        print("note: the package holds the full workshop file with every personal field "
              "(phones, notes, names without consent); keep it safe (PDPA).")
    return 0


def _invitation_args(p: argparse.ArgumentParser) -> None:
    meeting_args(p)
    p.add_argument("-o", "--output", required=True, help="the PDF to write")
    p.add_argument("--number", default="", help="the letter's number (ที่ ...)")
    p.add_argument("--to", default="", help="the addressee (เรียน ...)")
    p.add_argument("--address", default="", help="the sender's address; lines split by '\\n'")
    p.add_argument("--signer", default="", help="the signatory (default: the chair)")
    p.add_argument("--signer-position", default="", help="the signatory's position")
    p.add_argument("--date", default="", help="the letter's date, YYYY-MM-DD (default: today)")
    p.add_argument("--contact", default="", help="a contact line at the foot (unit, telephone)")


@command("invitation", "write the invitation letter (หนังสือเชิญประชุม) with the agenda as PDF",
         _invitation_args)
def invitation_cmd(args) -> int:
    from ..meetings import resolve_meeting
    from ..minutes.layout import write_atomic
    from ..paperkit import Letter, invitation_pdf

    letter = Letter(number=args.number, to=args.to, address=args.address.replace("\\n", "\n"),
                    signer=args.signer, signer_position=args.signer_position, date=args.date,
                    contact=args.contact)
    with Store.open(args.path, read_only=True, backups=False, lock=False) as store:
        m = resolve_meeting(store, args.meeting)
        data = invitation_pdf(store, m.id, letter)
    print(f"wrote {write_atomic(data, args.output)}")
    return 0


def _tally_args(p: argparse.ArgumentParser) -> None:
    meeting_args(p)
    p.add_argument("-o", "--output", required=True, help="the PDF to write")
    p.add_argument("--kind", choices=("both", "dots", "hands"), default="both",
                   help="dot voting, hand counts or both (default)")
    p.add_argument("--blank-rows", type=int, default=5, help="empty rows for new issues (5)")


@command("tally-sheet", "write blank tally sheets (dots, hand counts) numbered as the board",
         _tally_args)
def tally_sheet_cmd(args) -> int:
    from ..meetings import resolve_meeting
    from ..minutes.layout import write_atomic
    from ..paperkit import tally_pdf

    kinds = ("dots", "hands") if args.kind == "both" else (args.kind,)
    with Store.open(args.path, read_only=True, backups=False, lock=False) as store:
        m = resolve_meeting(store, args.meeting)
        data = tally_pdf(store, m.id, kinds, max(0, args.blank_rows))
    print(f"wrote {write_atomic(data, args.output)}")
    return 0


def _enter_args(p: argparse.ArgumentParser) -> None:
    meeting_args(p)
    p.add_argument("tallies", nargs="+",
                   help="issue number and count from the paper, like 1=12 2=7 (or '1=12, 2=7')")


@command("enter-tallies", "type the paper tallies back in by issue number (hand counts)",
         _enter_args)
def enter_tallies_cmd(args) -> int:
    from ..meetings import resolve_meeting
    from ..counts import enter_tallies, parse_tallies

    counts = parse_tallies(", ".join(args.tallies))
    with Store.open(args.path, backups=False) as store:
        m = resolve_meeting(store, args.meeting)
        changed = enter_tallies(store, m.id, counts)
    print(f"entered {len(counts)} tallies ({changed} changed) into {args.path}")
    return 0
