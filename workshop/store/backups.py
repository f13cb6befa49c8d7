"""Copies of an open workshop file: "Save a copy as…" and the rotating backups.

Every copy is made with SQLite's backup API (never a raw copy of an open file) into a
``.part`` file that is renamed into place once complete.
"""
from __future__ import annotations

import contextlib
import os
import re
import sqlite3
import sys
import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Optional

from .. import errors, paths
from . import sqlerrors

FILE_SUFFIX = ".prachakhom"
BACKUPS_KEPT = 10
BACKUP_INTERVAL_S = 600.0   # during a meeting: at most one backup per 10 minutes of edits


class Backups:
    """The backup half of :class:`workshop.store.file.WorkshopFile` (needs ``conn``, ``path``,
    ``read_only``, ``meta`` and ``_environment`` from it)."""

    path: Path
    conn: sqlite3.Connection
    read_only: bool

    def __init__(self, backup_dir: str | os.PathLike[str] | None):
        self._backup_dir = Path(backup_dir) if backup_dir else None
        self._changed_since_backup = False
        self._last_backup = time.monotonic()

    def meta(self, key: str, default: str = "") -> str:  # pragma: no cover - see WorkshopFile
        raise NotImplementedError

    def _environment(self, exc: sqlite3.Error) -> Exception:  # pragma: no cover - see file.py
        raise NotImplementedError

    def backup_to(self, dest: str | os.PathLike[str]) -> Path:
        """Copy the whole file consistently with SQLite's backup API ("Save a copy as…")."""
        dest = Path(dest)
        tmp = dest.with_name(dest.name + ".part")
        try:
            if tmp.exists():
                tmp.unlink()
            target = sqlite3.connect(tmp)
            try:
                self.conn.backup(target)
                target.execute("PRAGMA journal_mode = DELETE")
            finally:
                target.close()
            os.replace(tmp, dest)
        except OSError as exc:
            with contextlib.suppress(OSError):
                tmp.unlink()
            if exc.errno == 28:
                raise errors.DiskFull("The disk is full: the copy {name} was not made.",
                                      name=dest.name)
            raise errors.ReadOnlyFile("Cannot write {path}: {reason}.", str(dest),
                                      reason=errors.os_reason(exc))
        except sqlite3.Error as exc:
            with contextlib.suppress(OSError):
                tmp.unlink()
            if sqlerrors.primary_code(exc) == sqlerrors.SQLITE_FULL:
                # the copy failed, not an edit: the open file itself is unchanged
                raise errors.DiskFull("The disk is full: the copy {name} was not made.",
                                      name=dest.name)
            raise self._environment(exc)
        return dest

    def backup_dir(self) -> Path:
        if self._backup_dir is not None:
            return self._backup_dir
        file_id = self.meta("file_id", "unknown")
        return paths.data_dir() / "backups" / f"{self.path.stem}-{file_id[:8]}"

    def make_backup(self, reason: str = "") -> Optional[Path]:
        """A rotating backup; keeps the newest :data:`BACKUPS_KEPT`.  Never fails the caller."""
        try:
            folder = self.backup_dir()
            folder.mkdir(parents=True, exist_ok=True)
            stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
            suffix = f"-{reason}" if reason else ""
            dest = folder / f"{self.path.stem}-{stamp}{suffix}{FILE_SUFFIX}"
            self.backup_to(dest)
            self._changed_since_backup = False
            self._last_backup = time.monotonic()
            backups = sorted(p for p in folder.glob(f"*{FILE_SUFFIX}") if not _kept(p))
            for old in backups[:-BACKUPS_KEPT]:
                with contextlib.suppress(OSError):
                    old.unlink()
            return dest
        except (errors.WorkshopError, OSError) as exc:
            print(f"Prachakhom: backup not made: {exc}", file=sys.stderr)
            return None

    def backup_if_due(self, interval_s: float = BACKUP_INTERVAL_S) -> Optional[Path]:
        """A rotating backup when something changed since the last one and ``interval_s``
        have passed (the app calls this now and then during a meeting, and on close)."""
        if self.read_only or not self._changed_since_backup:
            return None
        if time.monotonic() - self._last_backup < interval_s:
            return None
        return self.make_backup()

    def list_backups(self) -> list[Path]:
        folder = self.backup_dir()
        return sorted(folder.glob(f"*{FILE_SUFFIX}"), reverse=True) if folder.exists() else []

    def restore_from(self, backup: str | os.PathLike[str]) -> Path:
        """Replace the whole content of this file by ``backup``'s, after a backup of the current
        state (returned).  Refuses, changing nothing, a backup that is damaged or belongs to
        another workshop file, or when the current state cannot be backed up first."""
        from .. import validate
        from .file import WorkshopFile

        backup = Path(backup)
        if self.read_only:
            raise errors.ReadOnlyFile("{name} is open for viewing only; changes cannot be saved.",
                                      str(self.path), name=self.path.name)
        with WorkshopFile(backup, read_only=True, backups=False, lock=False) as src:
            problem = next(iter(validate.file_problems(src, first_only=True)), None)
            if problem is not None:
                raise errors.DamagedFile("{name} is damaged ({problem}). Open one of its backups "
                                         "instead.", str(backup), name=backup.name,
                                         problem=problem)
            if src.meta("file_id") != self.meta("file_id"):
                raise errors.InvalidInput("{backup} is not a backup of {name} (it is another "
                                          "workshop file); nothing was restored.",
                                          backup=backup.name, name=self.path.name)
            before = self.make_backup(reason="before-restore")
            if before is None:
                raise errors.DiskFull("Nothing was restored: a backup of the current state of "
                                      "{name} could not be made first (see the message above).",
                                      str(self.path), name=self.path.name)
            try:
                src.conn.backup(self.conn)
            except sqlite3.Error as exc:
                raise self._environment(exc)
        self._changed_since_backup = False
        return before


_STAMP = re.compile(r"-(\d{8}-\d{6}-\d{6})(?:-[^/]*)?\.prachakhom\Z")
EDITED_AFTER_S = 120.0


def made_at(backup: Path) -> Optional[datetime]:
    """When a rotating backup was made (from its name), local time; None for other files."""
    m = _STAMP.search(backup.name)
    return datetime.strptime(m.group(1), "%Y%m%d-%H%M%S-%f") if m else None


def edited_since_made(backup: Path) -> bool:
    """A backup that someone opened and changed (written to well after it was made)."""
    made = made_at(backup)
    try:
        changed = datetime.fromtimestamp(backup.stat().st_mtime)
    except OSError:
        return False
    return made is not None and (changed - made).total_seconds() > EDITED_AFTER_S


def _kept(backup: Path) -> bool:
    """Rotation never deletes a backup that was opened and edited, or is open right now."""
    if edited_since_made(backup):
        return True
    from .file import FileLock

    lock = FileLock(backup)
    try:
        if not lock.acquire():
            return True
    except OSError:
        return False
    lock.release()
    return False


@dataclass
class BackupInfo:
    """What a backup holds, for choosing one: when it was made, its meetings and people, its
    last edit (ISO, UTC) and whether it was edited after it was made."""
    path: Path
    made: Optional[datetime]
    meetings: int = 0
    people: int = 0
    last_edit: str = ""
    edited: bool = False
    problem: Optional[errors.WorkshopError] = None


def describe(backup: Path) -> BackupInfo:
    from ..model import RECORD_BY_TABLE
    from .file import WorkshopFile

    info = BackupInfo(backup, made_at(backup), edited=edited_since_made(backup))
    try:
        with WorkshopFile(backup, read_only=True, backups=False, lock=False) as f:
            info.meetings = int(f.conn.execute("SELECT count(*) FROM meetings").fetchone()[0])
            info.people = int(f.conn.execute("SELECT count(*) FROM people").fetchone()[0])
            edits = [f.conn.execute(f"SELECT max(updated) FROM {t}").fetchone()[0]
                     for t in RECORD_BY_TABLE]
            info.last_edit = max((str(e) for e in edits if e), default="")
    except errors.WorkshopError as exc:
        info.problem = exc
    except sqlite3.DatabaseError as exc:
        info.problem = sqlerrors.environment_error(exc, backup) or errors.DamagedFile(
            "{name} is damaged and cannot be read safely. Open one of its backups instead.",
            str(backup), name=backup.name)
    return info


def backups_by_name(path: Path) -> list[Path]:
    """Backups of a file that cannot be opened (damaged): every backup folder of its name."""
    root = paths.data_dir() / "backups"
    found = [b for folder in root.glob(f"{glob_escape(path.stem)}-*") if folder.is_dir()
             for b in folder.glob(f"*{FILE_SUFFIX}")]
    return sorted(found, key=lambda b: b.name, reverse=True)


def glob_escape(text: str) -> str:
    import glob

    return glob.escape(text)
