"""Commands about the workshop file itself: demo, check."""
from __future__ import annotations

import argparse
from pathlib import Path

from ..store import Store
from . import command, open_read_only
from .args import path_arg


def _demo_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("path", help="where to write the demo workshop file")
    p.add_argument("--force", action="store_true", help="replace the file if it exists")


@command("demo", "write a realistic Thai demo workshop file", _demo_args)
def demo_cmd(args) -> int:
    from .. import demo

    path = Path(args.path)
    demo.demo_map_path()    # a missing shipped map is said before any file is made
    if path.exists() and args.force:
        path.unlink()
    with Store.create(path, backups=False) as store:
        demo.build_demo(store)
        n = len(store.find(demo.Meeting))
    print(f"wrote {path} ({n} meetings)")
    return 0


@command("check", "check a workshop file: SQLite's full integrity check, the file's size, "
         "every value against the model (exit 0 when sound)", path_arg)
def check_cmd(args) -> int:
    from .. import validate
    from ..schema import SCHEMA_VERSION

    with open_read_only(Path(args.path)) as store:
        problems = validate.file_problems(store)
        print(f"file: {store.path}")
        print(f"schema version: {store.schema_version} (this app: {SCHEMA_VERSION})")
        for table in ("meetings", "people", "organisations", "attendance", "issues",
                      "proposals", "actions", "pledges"):
            print(f"{table}: {store.table_count(table)}")
        if problems:
            for p in problems:
                print(f"PROBLEM: {p}")
            print(f"result: damaged: {problems[0]}")
            return 1
        print("result: sound")
    return 0
