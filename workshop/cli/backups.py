"""A way back: list a workshop file's rotating backups, and restore one."""
from __future__ import annotations

import argparse
import os
import sys
from datetime import datetime, timezone
from pathlib import Path

from .. import errors
from . import command, open_read_only
from .args import path_arg


def _local(iso: str) -> str:
    """An ISO timestamp (UTC) as local "YYYY-MM-DD HH:MM"."""
    try:
        t = datetime.fromisoformat(iso)
    except ValueError:
        return iso
    if t.tzinfo is None:
        t = t.replace(tzinfo=timezone.utc)
    return t.astimezone().strftime("%Y-%m-%d %H:%M")


def _backups_of(path: Path) -> tuple[list[Path], str]:
    """The backups of ``path`` (newest first) and where they are; a damaged file's are found
    by its name."""
    from ..store.backups import backups_by_name

    try:
        with open_read_only(path) as store:
            return store.list_backups(), str(store.backup_dir())
    except errors.DamagedFile:
        found = backups_by_name(path)
        return found, str(found[0].parent) if found else ""


def _describe_line(i: int, info) -> str:
    made = info.made.strftime("%Y-%m-%d %H:%M:%S") if info.made else "?"
    if info.problem is not None:
        what = f"cannot be read: {info.problem}"
    else:
        last = _local(info.last_edit) if info.last_edit else "none"
        what = f"{info.meetings} meetings, {info.people} people, last edit {last}"
    edited = "  (edited after it was made: never rotated away)" if info.edited else ""
    return f"{i:>3}  {made}  {what}  {info.path.name}{edited}"


@command("backups", "list a workshop file's backups: when, meetings, people, last edit",
         path_arg)
def backups_cmd(args) -> int:
    from ..store.backups import describe

    path = Path(args.path)
    found, folder = _backups_of(path)
    if not found:
        print(f"{path.name} has no backups yet{f' (in {folder})' if folder else ''}.")
        return 0
    print(f"backups of {path.name}, newest first (in {folder}):")
    for i, backup in enumerate(found, start=1):
        print(_describe_line(i, describe(backup)))
    print(f"restore one with: python main.py restore {args.path} NUMBER|BACKUP")
    return 0


def _restore_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("path", help="the workshop file (.prachakhom) to restore")
    p.add_argument("backup", help="the backup: its number in 'backups FILE', or its path")


def _chosen(path: Path, backup: str) -> Path:
    if backup.isdigit() and not Path(backup).exists():
        found, _folder = _backups_of(path)
        n = int(backup)
        if not 1 <= n <= len(found):
            raise errors.NotFound("There is no backup number {number} of {name}; the command "
                              "'backups' lists them.", number=n, name=path.name)
        return found[n - 1]
    chosen = Path(backup)
    if not chosen.is_file():
        raise errors.NotFound("There is no file {path}.", str(chosen))
    return chosen


@command("restore", "restore a workshop file from one of its backups (the current state is "
                    "backed up first)", _restore_args)
def restore_cmd(args) -> int:
    from ..store import Store
    from ..store.backups import describe

    path = Path(args.path)
    chosen = _chosen(path, args.backup)
    if chosen.resolve() == path.resolve():
        raise errors.InvalidInput("{name} cannot be restored from itself.", name=path.name)
    try:
        store = Store.open(path, backups=False)
    except errors.DamagedFile:
        return _replace_damaged(path, chosen)
    with store:
        before = store.restore_from(chosen)
    info = describe(path)
    print(f"restored {path.name} from {chosen.name}: {info.meetings} meetings, "
          f"{info.people} people, last edit {_local(info.last_edit) or 'none'}")
    print(f"the state before the restore is in {before}")
    return 0


def _replace_damaged(path: Path, chosen: Path) -> int:
    """A damaged file cannot be opened to be backed up: it is kept beside itself as
    ``FILE.damaged-<time>`` and the backup is copied into its place."""
    from ..store import WorkshopFile

    kept = path.with_name(f"{path.name}.damaged-{datetime.now():%Y%m%d-%H%M%S}")
    with WorkshopFile(chosen, read_only=True, backups=False, lock=False) as src:
        tmp = src.backup_to(path.with_name(path.name + ".restoring"))
    os.replace(path, kept)
    os.replace(tmp, path)
    print(f"restored {path.name} from {chosen.name}; the damaged file is kept as {kept.name}",
          file=sys.stdout)
    return 0
