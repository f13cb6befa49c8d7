"""Copies of an open workshop file: "Save a copy as…" and the rotating backups.

Every copy is made with SQLite's backup API (never a raw copy of an open file) into a
``.part`` file that is renamed into place once complete.
"""
from __future__ import annotations

import contextlib
import os
import sqlite3
import sys
import time
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
            backups = sorted(folder.glob(f"*{FILE_SUFFIX}"))
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
