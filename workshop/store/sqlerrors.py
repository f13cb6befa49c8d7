"""SQLite errors sorted by SQLite's own result code, never by the wording of the message.

Two kinds leave the store:

* an **environment** problem (the disk is full, the file is read-only, busy, damaged) becomes
  the typed :class:`workshop.errors.WorkshopError` a facilitator can act on;
* anything else, including a constraint violation (``SQLITE_CONSTRAINT_*``), is a **bug**: the
  workshop functions check every rule a person can break before they write, so a violated
  UNIQUE, FOREIGN KEY, NOT NULL or CHECK constraint means the code is wrong.  It is raised as
  :class:`StoreBug` and reaches the crash report dialog, not the user as "bad input".
"""
from __future__ import annotations

import sqlite3
from pathlib import Path

from .. import errors

# primary result codes (https://www.sqlite.org/rescode.html); the extended code's low byte
SQLITE_PERM = 3
SQLITE_BUSY = 5
SQLITE_LOCKED = 6
SQLITE_READONLY = 8
SQLITE_IOERR = 10
SQLITE_CORRUPT = 11
SQLITE_FULL = 13
SQLITE_CANTOPEN = 14
SQLITE_CONSTRAINT = 19
SQLITE_NOTADB = 26


class StoreBug(RuntimeError):
    """A statement the store ran was refused in a way only a programming error can cause."""

    def __init__(self, message: str, code_name: str = ""):
        super().__init__(f"{message} [{code_name}]" if code_name else message)
        self.code_name = code_name


class ConstraintBug(StoreBug):
    """A UNIQUE, FOREIGN KEY, NOT NULL or CHECK constraint refused a write the code made."""


def primary_code(exc: sqlite3.Error) -> int | None:
    """SQLite's primary result code of ``exc`` (None when the error did not come from SQLite)."""
    code = getattr(exc, "sqlite_errorcode", None)
    return None if code is None else int(code) & 0xFF


def code_name(exc: sqlite3.Error) -> str:
    return str(getattr(exc, "sqlite_errorname", "") or "")


def is_constraint(exc: sqlite3.Error) -> bool:
    return primary_code(exc) == SQLITE_CONSTRAINT


def is_unique_violation(exc: sqlite3.Error) -> bool:
    """A UNIQUE or PRIMARY KEY constraint (an import uses this to skip a duplicate)."""
    return code_name(exc) in ("SQLITE_CONSTRAINT_UNIQUE", "SQLITE_CONSTRAINT_PRIMARYKEY")


def environment_error(exc: sqlite3.Error, path: Path) -> errors.WorkshopError | None:
    """The WorkshopError that says what is wrong with the file or the disk; None for a bug."""
    code = primary_code(exc)
    name = path.name
    if code == SQLITE_FULL:
        return errors.DiskFull(
            "The disk is full: the last change to {name} was not saved. "
            "Free some space or save a copy elsewhere.", str(path), name=name)
    if code in (SQLITE_READONLY, SQLITE_PERM, SQLITE_CANTOPEN, SQLITE_IOERR):
        return errors.ReadOnlyFile(
            "{name} cannot be changed (it is read-only or on a locked disk). "
            "Save a copy elsewhere to keep working.", str(path), name=name)
    if code in (SQLITE_BUSY, SQLITE_LOCKED):
        return errors.FileLocked(
            "{name} is busy in another program. Close it there and try again.", str(path),
            name=name)
    if code in (SQLITE_CORRUPT, SQLITE_NOTADB):
        return errors.DamagedFile(
            "{name} is damaged and cannot be read safely. "
            "Open one of its backups instead.", str(path), name=name)
    return None


def translate(exc: sqlite3.Error, path: Path) -> Exception:
    """What to raise for ``exc``: an environment WorkshopError, or a :class:`StoreBug`."""
    env = environment_error(exc, path)
    if env is not None:
        return env
    cls = ConstraintBug if is_constraint(exc) else StoreBug
    bug = cls(str(exc), code_name(exc))
    bug.__cause__ = exc
    return bug
