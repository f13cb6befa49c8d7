"""The headless commands themselves (registered with :func:`workshop.cli.command`)."""
from __future__ import annotations

import argparse
from pathlib import Path

from .cli import command
from .store import Store


def _path_arg(p: argparse.ArgumentParser) -> None:
    p.add_argument("path", help="the workshop file (.prachakhom)")


def _demo_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("path", help="where to write the demo workshop file")
    p.add_argument("--force", action="store_true", help="replace the file if it exists")


@command("demo", "write a realistic Thai demo workshop file", _demo_args)
def demo_cmd(args) -> int:
    from . import demo

    path = Path(args.path)
    if path.exists() and args.force:
        path.unlink()
    with Store.create(path, backups=False) as store:
        demo.build_demo(store)
        n = len(store.find(demo.Meeting))
    print(f"wrote {path} ({n} meetings)")
    return 0


@command("check", "check a workshop file: integrity and schema (exit 0 when sound)", _path_arg)
def check_cmd(args) -> int:
    from .schema import SCHEMA_VERSION

    with Store.open(args.path, read_only=True, backups=False, lock=False) as store:
        problems = store.integrity_check()
        print(f"file: {store.path}")
        print(f"schema version: {store.schema_version} (this app: {SCHEMA_VERSION})")
        for table in ("meetings", "people", "organisations", "attendance", "issues",
                      "proposals", "actions", "pledges"):
            print(f"{table}: {store.rows(f'SELECT count(*) FROM {table}')[0][0]}")
        if problems:
            for p in problems:
                print(f"PROBLEM: {p}")
            print("result: damaged")
            return 1
        print("result: sound")
    return 0


# ------------------------------------------------------------------ interchange (JSON / CSV)
def _export_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("path", help="the workshop file (.prachakhom)")
    p.add_argument("-o", "--output", required=True, metavar="FILE.json",
                   help="where to write the JSON export")


@command("export", "export a whole workshop file as JSON (see docs/file-format.md)",
         _export_args)
def export_cmd(args) -> int:
    from . import interchange

    with Store.open(args.path, read_only=True, backups=False, lock=False) as store:
        dest = interchange.export_json(store, args.output)
    print(f"wrote {dest}")
    return 0


def _into_file(path: Path, work):
    """Run ``work(store)`` on ``path``, creating it when missing (and removing it again when
    the work is refused, so a failed import leaves nothing behind)."""
    if path.exists() and path.stat().st_size > 0:
        with Store.open(path) as store:
            return work(store)
    store = Store.create(path, backups=False)
    try:
        return work(store)
    except BaseException:
        store.close()
        path.unlink(missing_ok=True)
        raise
    finally:
        store.close()


def _import_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("path", help="the workshop file (created when missing)")
    p.add_argument("source", metavar="FILE.json", help="a JSON export to merge in")


@command("import", "merge a JSON export into a workshop file (all or nothing)", _import_args)
def import_cmd(args) -> int:
    from . import interchange

    data = interchange.load_json(args.source)  # read before creating anything
    path = Path(args.path)
    report = _into_file(path, lambda store: interchange.import_data(store, data))
    print(f"imported into {path}: {report.summary()}")
    for line in report.warnings:
        print(f"warning: {line}")
    return 0


def _import_people_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("path", help="the workshop file (created when missing)")
    p.add_argument("source", metavar="FILE.csv",
                   help="a people list (UTF-8 or Thai Windows/TIS-620; Thai or English headers)")


@command("import-people", "add people (and their organisations) from a CSV list",
         _import_people_args)
def import_people_cmd(args) -> int:
    from . import interchange

    interchange.read_people_csv(args.source)  # refuse an unreadable list before creating
    path = Path(args.path)
    report = _into_file(path, lambda store: interchange.import_people_csv(store, args.source))
    print(f"imported into {path}: {report.summary()}")
    for line in report.skipped + report.warnings:
        print(f"note: {line}")
    return 0


def _meeting_args(p: argparse.ArgumentParser) -> None:
    """PATH and --meeting ID|latest, for the commands about one meeting."""
    p.add_argument("path", help="the workshop file (.prachakhom)")
    p.add_argument("--meeting", default="latest",
                   help="meeting id, or 'latest' (the meeting with the latest date; default)")


def _export_actions_args(p: argparse.ArgumentParser) -> None:
    _meeting_args(p)
    p.add_argument("-o", "--output", required=True, metavar="FILE.csv",
                   help="where to write the CSV (UTF-8 with BOM, opens in Thai Excel)")


@command("export-actions", "write a meeting's action plan and pledges as CSV for Excel",
         _export_actions_args)
def export_actions_cmd(args) -> int:
    from . import actions
    from .meetings import resolve_meeting

    with Store.open(args.path, read_only=True, backups=False, lock=False) as store:
        m = resolve_meeting(store, args.meeting)
        actions.write_csv(store, m.id, args.output)
        n_a, n_p = len(actions.actions(store, m.id)), len(actions.pledges(store, m.id))
    print(f"wrote {args.output} ({n_a} actions, {n_p} pledges)")
    return 0


def _minutes_args(p: argparse.ArgumentParser) -> None:
    _meeting_args(p)
    p.add_argument("-o", "--output", required=True, help="the PDF to write")
    p.add_argument("--lang", choices=("th", "en"), default="th", help="language (th or en)")
    p.add_argument("--thai-digits", action="store_true", help="print numbers in Thai digits")


@command("minutes", "write the minutes (รายงานการประชุม) of a meeting as PDF", _minutes_args)
def minutes_cmd(args) -> int:
    from .meetings import resolve_meeting
    from .minutes.content import build_minutes
    from .minutes.layout import render_minutes, write_atomic

    with Store.open(args.path, read_only=True, backups=False, lock=False) as store:
        meeting = resolve_meeting(store, args.meeting)
        content = build_minutes(store, meeting.id)
    out = write_atomic(render_minutes(content, args.lang, args.thai_digits), args.output)
    print(f"wrote {out}")
    return 0


def _signin_args(p: argparse.ArgumentParser) -> None:
    _meeting_args(p)
    p.add_argument("-o", "--output", required=True, help="the PDF to write")
    p.add_argument("--lang", choices=("th", "en"), default="th", help="language (th or en)")
    p.add_argument("--blank-rows", type=int, default=10, help="empty rows to add (10)")


@command("signin-sheet", "write the sign-in sheet (แบบลงทะเบียน) of a meeting as PDF",
         _signin_args)
def signin_sheet_cmd(args) -> int:
    from .meetings import resolve_meeting
    from .minutes.content import build_signin
    from .minutes.layout import render_signin, write_atomic

    with Store.open(args.path, read_only=True, backups=False, lock=False) as store:
        meeting = resolve_meeting(store, args.meeting)
        content = build_signin(store, meeting.id)
    out = write_atomic(render_signin(content, args.lang, blank_rows=max(0, args.blank_rows)),
                       args.output)
    print(f"wrote {out}")
    return 0
