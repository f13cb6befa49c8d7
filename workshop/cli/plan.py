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
