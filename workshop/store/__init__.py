"""The store: the one place that opens, migrates, reads and writes a workshop file.

All SQL of the application lives in this package:

* :mod:`.file` — the file side: open, lock, check, migrate, close;
* :mod:`.backups` — "Save a copy as…" and the rotating backups;
* :mod:`.sqlerrors` — SQLite errors sorted by result code (environment error or bug);
* :mod:`.records` — the records side: :class:`Store` with transactions, reads, writes;
* :mod:`.changes` — :class:`Change`, what a committed transaction changed;
* :mod:`.undolog` — undo/redo recorded by temporary triggers (:class:`Step`).

Import the public names from here: ``from workshop.store import Store, Change``.
"""
from __future__ import annotations

import time  # noqa: F401  # tests patch workshop.store.time.monotonic

from .backups import BACKUP_INTERVAL_S, BACKUPS_KEPT, FILE_SUFFIX
from .changes import REDO, UNDO, Change, Origin
from .file import SQLITE_HEADER, FileLock, WorkshopFile, first_problem, split_sql
from .records import Store, as_dict, db_value, record_class, record_kind
from .sqlerrors import ConstraintBug, StoreBug
from .undolog import Step

_split_sql = split_sql          # the name tests used before the package split

__all__ = [
    "BACKUP_INTERVAL_S", "BACKUPS_KEPT", "FILE_SUFFIX", "SQLITE_HEADER", "Change",
    "ConstraintBug", "FileLock", "Origin", "REDO", "Step", "Store", "StoreBug", "UNDO", "WorkshopFile", "as_dict",
    "db_value", "first_problem", "record_class", "record_kind", "split_sql",
]
