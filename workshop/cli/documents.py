"""Commands that write the meeting's documents: minutes, sign-in sheet."""
from __future__ import annotations

import argparse

from ..store import Store
from . import command
from .args import meeting_args


def _minutes_args(p: argparse.ArgumentParser) -> None:
    meeting_args(p)
    p.add_argument("-o", "--output", required=True,
                   help="the file to write: OUT.pdf, or OUT.docx for an editable Word copy")
    p.add_argument("--lang", choices=("th", "en"), default="th", help="language (th or en)")
    p.add_argument("--thai-digits", action="store_true", help="print numbers in Thai digits")
    p.add_argument("--governance", action="store_true",
                   help="add the collaborative-governance assessment as an annex")
    p.add_argument("--network", action="store_true",
                   help="add the actor network of the series (picture and table) as an annex")
    p.add_argument("--trend", action="store_true",
                   help="add governance across the series' meetings (figures with their trend "
                        "and where each comes from) as an annex")
    p.add_argument("--public", action="store_true",
                   help="the public version: only people who consented are named (PDPA)")


@command("minutes", "write the minutes (รายงานการประชุม) of a meeting as PDF or Word (DOCX)",
         _minutes_args)
def minutes_cmd(args) -> int:
    from ..meetings import resolve_meeting
    from ..minutes.content import build_minutes
    from ..minutes.layout import render_minutes, write_atomic

    with Store.open(args.path, read_only=True, backups=False, lock=False) as store:
        meeting = resolve_meeting(store, args.meeting)
        content = build_minutes(store, meeting.id, "public" if args.public else "official")
        from ..minutes.annex import Annexes

        annex = Annexes()
        if args.governance:
            from ..governance import assess

            annex.governance = assess(store, meeting.id)
        if args.network:
            from ..minutes.network_annex import build_network_annex

            annex.network = build_network_annex(store, meeting.id,
                                                "public" if args.public else "official")
        if args.trend:
            from ..minutes.trend_annex import build_trend_annex

            annex.trend = build_trend_annex(store, meeting.id)
    if str(args.output).lower().endswith(".docx"):
        from ..minutes.word import render_minutes_docx

        data = render_minutes_docx(content, args.lang, args.thai_digits, annex)
    else:
        data = render_minutes(content, args.lang, args.thai_digits, annex)
    out = write_atomic(data, args.output)
    print(f"wrote {out}")
    return 0


def _signin_args(p: argparse.ArgumentParser) -> None:
    meeting_args(p)
    p.add_argument("-o", "--output", required=True, help="the PDF to write")
    p.add_argument("--lang", choices=("th", "en"), default="th", help="language (th or en)")
    p.add_argument("--blank-rows", type=int, default=10, help="empty rows to add (10)")


@command("signin-sheet", "write the sign-in sheet (แบบลงทะเบียน) of a meeting as PDF",
         _signin_args)
def signin_sheet_cmd(args) -> int:
    from ..meetings import resolve_meeting
    from ..minutes.content import build_signin
    from ..minutes.layout import render_signin, write_atomic

    with Store.open(args.path, read_only=True, backups=False, lock=False) as store:
        meeting = resolve_meeting(store, args.meeting)
        content = build_signin(store, meeting.id)
    out = write_atomic(render_signin(content, args.lang, blank_rows=max(0, args.blank_rows)),
                       args.output)
    print(f"wrote {out}")
    return 0
