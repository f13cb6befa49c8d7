"""Commands for the district office and for personal data: erase a person (PDPA)."""
from __future__ import annotations

import argparse

from ..store import Store
from . import command


def _erase_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("path", help="the workshop file (.prachakhom)")
    p.add_argument("person", help="the id of the person to erase")


@command("erase-person", "erase a person and every personal field from a file and its "
         "backups (PDPA; cannot be undone)", _erase_args)
def erase_person_cmd(args) -> int:
    from .. import privacy

    with Store.open(args.path, backups=False) as store:
        report = privacy.erase_person(store, args.person)
    print(f"erased {report.name}: {report.rows_removed} records removed, "
          f"{report.texts_cleaned} texts cleaned, {len(report.backups_cleaned)} backups "
          f"cleaned, {len(report.backups_removed)} backups deleted")
    return 0


def _merge_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("path", help="the workshop file to merge into (created when missing)")
    p.add_argument("others", nargs="+", metavar="OTHER.prachakhom",
                   help="workshop files to merge in (they are not changed)")


@command("merge", "merge other workshop files into one (the same rule both ways; all or "
         "nothing)", _merge_args)
def merge_cmd(args) -> int:
    from pathlib import Path

    from .. import merge
    from .exchange import _into_file

    others = [merge.read_file(p) for p in args.others]     # read them all before changing
    path = Path(args.path)

    def work(store):
        p, _target = merge.merge_plan(merge.read(store), others)
        merge.apply(store, p)
        return p

    plan = _into_file(path, work)
    print(f"merged {len(others)} files into {path}: {plan.summary()}")
    for c in plan.conflicts[:20]:
        print(f"conflict: {c.table} {c.id}: {c.what}")
    return 0


def _publish_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("paths", nargs="+", metavar="FILE", help="workshop files to publish")
    p.add_argument("-o", "--output", required=True, metavar="PUBLIC.db",
                   help="the published database to write (with PUBLIC.metadata.json beside it)")
    p.add_argument("--title", default="", help="the title shown by Datasette")


@command("publish", "write an anonymised, read-only database of what forums decided, for "
         "Datasette", _publish_args)
def publish_cmd(args) -> int:
    from .. import publish

    report = publish.publish(args.paths, args.output, args.title)
    print(f"wrote {report.path} and {report.metadata}: {report.summary()}")
    return 0


def _serve_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("path", metavar="PUBLIC.db", help="a database written by publish")
    p.add_argument("--port", type=int, default=8001, help="the port (8001)")


@command("serve", "browse a published database with Datasette on this computer "
         "(127.0.0.1 only; pip install -e '.[publish]')", _serve_args)
def serve_cmd(args) -> int:
    import subprocess
    import sys
    from pathlib import Path

    from .. import errors, publish

    if not Path(args.path).is_file():
        raise errors.NotFound("There is no file {path}.", args.path)
    if not publish.datasette_installed():
        print("prachakhom serve: Datasette is not installed; install it with "
              "pip install -e '.[publish]'", file=sys.stderr)
        return 3
    print(f"serving {args.path} at http://127.0.0.1:{args.port}/ (Ctrl+C stops)")
    return subprocess.call(publish.datasette_command(args.path, args.port))
