"""Commands that write what the forum feeds: the village plan table."""
from __future__ import annotations

import argparse

from ..store import Store
from . import command


def _plan_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("path", help="the workshop file (.prachakhom)")
    p.add_argument("--meeting", default="latest",
                   help="meeting id, 'latest' (default) or 'all' (every meeting of the series, "
                        "each action once)")
    p.add_argument("-o", "--output", required=True, help="the .pdf or .xlsx to write")


@command("plan", "write the village plan table (แผนพัฒนาหมู่บ้าน) as PDF or XLSX", _plan_args)
def plan_cmd(args) -> int:
    from ..plan.output import write_plan

    with Store.open(args.path, read_only=True, backups=False, lock=False) as store:
        out = write_plan(store, args.meeting, args.output)
    print(f"wrote {out}")
    return 0


def _handover_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("path", help="the workshop file (.prachakhom)")
    p.add_argument("--meeting", default="latest",
                   help="meeting id, or 'latest' (the meeting with the latest date; default)")
    p.add_argument("-o", "--output", required=True, metavar="DIR|OUT.zip",
                   help="the folder (or .zip) to write the package to")
    p.add_argument("--force", action="store_true", help="replace an existing package")


@command("handover", "write one hand-over package of a meeting: minutes, sign-in sheet, "
         "maps, action plan, village plan, a copy of the workshop file and an index",
         _handover_args)
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
        names = write_package(store, m.id, args.output, replace=args.force)
    print(f"wrote {args.output} ({len(names)} files)")
    for name in names:
        print(f"  {name}")
    return 0
