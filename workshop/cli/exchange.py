"""Commands that move data in and out: JSON export/import, people CSV, action-plan CSV."""
from __future__ import annotations

import argparse
from pathlib import Path

from ..store import Store
from . import command
from .args import meeting_args


# ------------------------------------------------------------------ interchange (JSON / CSV)
def _export_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("path", help="the workshop file (.prachakhom)")
    p.add_argument("-o", "--output", required=True, metavar="FILE.json",
                   help="where to write the JSON export")
    p.add_argument("--anonymise", action="store_true",
                   help="replace every personal name and phone by a stable pseudonym (PDPA)")


@command("export", "export a whole workshop file as JSON (see docs/file-format.md)",
         _export_args)
def export_cmd(args) -> int:
    from .. import interchange

    with Store.open(args.path, read_only=True, backups=False, lock=False) as store:
        dest = interchange.export_json(store, args.output, anonymise=args.anonymise)
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
    from .. import interchange

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
    from .. import people_csv

    people_csv.read_people_csv(args.source)  # refuse an unreadable list before creating
    path = Path(args.path)
    report = _into_file(path, lambda store: people_csv.import_people_csv(store, args.source))
    print(f"imported into {path}: {report.summary()}")
    for line in report.skipped + report.warnings:
        print(f"note: {line}")
    return 0


def _export_actions_args(p: argparse.ArgumentParser) -> None:
    meeting_args(p)
    p.add_argument("-o", "--output", required=True, metavar="FILE.csv|FILE.xlsx",
                   help="where to write the CSV (UTF-8 with BOM, opens in Thai Excel) or, "
                        "for a name ending in .xlsx, an Excel workbook (a sheet per table)")


@command("export-actions", "write a meeting's action plan and pledges as CSV or XLSX for Excel",
         _export_actions_args)
def export_actions_cmd(args) -> int:
    from .. import actions
    from ..meetings import resolve_meeting

    with Store.open(args.path, read_only=True, backups=False, lock=False) as store:
        m = resolve_meeting(store, args.meeting)
        if str(args.output).lower().endswith(".xlsx"):
            from ..plan.actions_xlsx import write_actions_xlsx

            write_actions_xlsx(store, m.id, args.output)
        else:
            actions.write_csv(store, m.id, args.output)
        n_a, n_p = len(actions.actions(store, m.id)), len(actions.pledges(store, m.id))
    print(f"wrote {args.output} ({n_a} actions, {n_p} pledges)")
    return 0
