"""The file side of the store: open a workshop file, lock it, check it, migrate it, close it.

A workshop file (``.prachakhom``) is an SQLite database in rollback-journal mode with
``synchronous=FULL``: once a write has returned, it is on disk and the single file is complete
(no ``-wal`` side file to forget when copying it to a USB stick).

Opening goes through these steps, in this order (each refuses before anything is changed):

1. :meth:`WorkshopFile._check_header` — the first 100 bytes: an SQLite file of ours;
2. :meth:`WorkshopFile._check_writable` / create the empty file;
3. :class:`FileLock` — one Prachakhom window per file;
4. :meth:`WorkshopFile._connect` — the connection and its pragmas;
5. :meth:`WorkshopFile._check_and_migrate` — application id, schema version, ``quick_check``,
   then the migrations of :mod:`workshop.schema` (a backup is made first).

The records side (:mod:`workshop.store.records`) builds on this class.
"""
from __future__ import annotations

import contextlib
import os
import sqlite3
from pathlib import Path
from types import TracebackType
from typing import IO, Optional

from .. import errors
from ..model import RECORD_BY_TABLE, new_id, now_iso
from ..schema import APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION
from . import sqlerrors
from .backups import Backups

SQLITE_HEADER = b"SQLite format 3\x00"


class FileLock:
    """An OS lock that says "this file is open in a Prachakhom window".

    On POSIX it is ``flock`` on the database file itself (independent of SQLite's own
    byte-range locks, released by the OS when the process dies).  Elsewhere a side file.
    """

    def __init__(self, path: Path):
        self.path = path
        self._fh: Optional[IO[bytes]] = None

    def acquire(self) -> bool:
        if os.name == "posix":
            import fcntl

            fh: IO[bytes] = open(self.path, "rb")
            try:
                fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:
                fh.close()
                return False
            self._fh = fh
            return True
        import msvcrt  # pragma: no cover - Windows

        lock_path = self.path.with_name(self.path.name + ".lock")  # pragma: no cover
        fh = open(lock_path, "a+b")  # pragma: no cover
        try:  # pragma: no cover
            msvcrt.locking(fh.fileno(), msvcrt.LK_NBLCK, 1)  # type: ignore[attr-defined]
        except OSError:  # pragma: no cover
            fh.close()
            return False
        self._fh = fh  # pragma: no cover
        return True  # pragma: no cover

    def release(self) -> None:
        if self._fh is not None:
            self._fh.close()  # closing releases the lock
            self._fh = None


class WorkshopFile(Backups):
    """An open workshop file: the connection, the lock, the checks and the migrations."""

    def __init__(self, path: str | os.PathLike[str], *, create: bool = False,
                 read_only: bool = False, backups: bool = True,
                 backup_dir: str | os.PathLike[str] | None = None, lock: bool = True):
        self.path = Path(path)
        self.read_only = read_only
        self._lock: Optional[FileLock] = None
        #: a one-line notice when opening rolled back an interrupted edit (else None)
        self.recovered: Optional[errors.Notice] = None
        self.conn: sqlite3.Connection
        Backups.__init__(self, backup_dir)
        self._open(create=create, lock=lock)
        self._opened()
        if backups and not read_only:
            self.make_backup()

    def _opened(self) -> None:
        """Called once the file is open and migrated (the records side sets itself up)."""

    # ------------------------------------------------------------------ opening
    def _open(self, *, create: bool, lock: bool) -> None:
        path = self.path
        name = path.name
        exists = path.exists()
        if not exists and not create:
            raise errors.NotFound("There is no file {path}.", str(path))
        if exists and path.is_dir():
            raise errors.NotAWorkshopFile("{name} is a folder, not a workshop file.", str(path),
                                          name=name)
        size = path.stat().st_size if exists else 0
        if size > 0:
            self._check_header()
        elif exists and not create:
            raise errors.NotAWorkshopFile(
                "{name} is empty: it is not a Prachakhom workshop file.", str(path), name=name)
        self._check_writable(exists)
        if create and not exists:
            try:
                path.touch()
            except OSError as exc:
                raise errors.ReadOnlyFile("Cannot create {name}: {reason}.", str(path),
                                          name=name, reason=errors.os_reason(exc))
        if lock:
            lk = FileLock(path)
            if not lk.acquire():
                raise errors.FileLocked(
                    "{name} is already open in another Prachakhom window. "
                    "Switch to that window, or close it first.", str(path), name=name)
            self._lock = lk
        try:
            if exists:
                self._recover_journal()
            self._connect()
            self._check_and_migrate(create=create)
        except BaseException:
            self._close_quietly()
            raise

    def _check_header(self) -> None:
        path, name = self.path, self.path.name
        try:
            with open(path, "rb") as fh:
                head = fh.read(100)
        except PermissionError:
            raise errors.ReadOnlyFile("{name} cannot be read: permission denied.", str(path),
                                      name=name)
        if not head.startswith(SQLITE_HEADER):
            raise errors.NotAWorkshopFile(
                "{name} is not a Prachakhom workshop file.", str(path), name=name)
        if len(head) < 100:
            raise errors.DamagedFile(
                "{name} is damaged (it is cut short). Open one of its backups instead.",
                str(path), name=name)
        # The header names the application (offset 68): refuse someone else's database
        # before SQLite opens it (opening a WAL database leaves -wal/-shm files behind).
        if int.from_bytes(head[68:72], "big") != APPLICATION_ID:
            raise errors.NotAWorkshopFile(
                "{name} is an SQLite database, but not a Prachakhom workshop file.",
                str(path), name=name)

    def _check_writable(self, exists: bool) -> None:
        path = self.path
        if not self.read_only and exists:
            writable = os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)
            if not writable:
                raise errors.ReadOnlyFile(
                    "{name} is read-only: it can be opened for viewing only.", str(path),
                    name=path.name)

    def journal_path(self) -> Path:
        return self.path.with_name(self.path.name + "-journal")

    def _recover_journal(self) -> None:
        """Roll back an edit that a crash or a full disk left half-written (a "hot" journal
        beside the file), read-only opens included: SQLite does it on the first read of a
        connection that may write.  Sets :attr:`recovered` (a one-line notice) when it did;
        refuses with the reason when the file cannot be written here."""
        journal = self.journal_path()
        try:
            if not journal.exists():
                return
        except OSError:
            return
        path, name = self.path, self.path.name
        if not (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)):
            if not _valid_journal(journal):
                return      # never valid: the file was not touched, SQLite ignores it
            raise errors.ReadOnlyFile(
                "{name} was left half-written by a crash or a full disk, and cannot be repaired "
                "here because it is read-only. Copy {name} together with {journal} to a disk "
                "where they can be changed and open it there (never {name} alone).",
                str(path), name=name, journal=journal.name)
        try:
            conn = sqlite3.connect(Path(os.path.abspath(path)).as_uri(), uri=True,
                                   isolation_level=None, timeout=2.0)
            try:
                conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
                left = journal.exists()
                if left:
                    # still there: either another program is writing (it holds the lock:
                    # leave it) or it is a journal the crash left before it was ever valid
                    # (the file was not touched yet): remove that one, holding the lock
                    conn.execute("BEGIN IMMEDIATE")
                    try:
                        if not _valid_journal(journal):
                            journal.unlink()
                    finally:
                        conn.execute("ROLLBACK")
            finally:
                conn.close()
        except sqlite3.OperationalError as exc:
            if sqlerrors.primary_code(exc) in (sqlerrors.SQLITE_BUSY, sqlerrors.SQLITE_LOCKED):
                return      # another program is writing it: its journal is its own
            raise self._environment(exc)
        except sqlite3.DatabaseError as exc:
            raise self._environment(exc)
        except OSError:
            return
        if not left:
            self.recovered = errors.Notice(
                "{name}: an edit that was interrupted before it was saved (a crash or a full "
                "disk) was rolled back; every change saved before it is kept.", name=name)

    def _connect(self) -> None:
        uri = Path(os.path.abspath(self.path)).as_uri()
        if self.read_only:
            uri += "?mode=ro"
        conn = sqlite3.connect(uri, uri=True, isolation_level=None, timeout=2.0,
                               check_same_thread=False)
        self.conn = conn
        conn.row_factory = sqlite3.Row
        try:
            conn.execute("PRAGMA foreign_keys = ON")
            conn.execute("PRAGMA synchronous = FULL")
            # Dirty pages stay in memory until the commit: the main file is never half
            # written by a large import (SQLite would otherwise spill them mid-transaction).
            conn.execute("PRAGMA cache_spill = OFF")
        except sqlite3.DatabaseError as exc:
            raise self._environment(exc)

    def _check_and_migrate(self, *, create: bool) -> None:
        name = self.path.name
        try:
            app_id = self.conn.execute("PRAGMA application_id").fetchone()[0]
            version = self.conn.execute("PRAGMA user_version").fetchone()[0]
            n_tables = self.conn.execute(
                "SELECT count(*) FROM sqlite_master WHERE type='table'").fetchone()[0]
        except sqlite3.DatabaseError as exc:
            raise self._environment(exc)
        if version < 0:
            raise errors.DamagedFile(
                "{name} is damaged ({problem}). Open one of its backups instead.",
                str(self.path), name=name,
                problem=errors.Notice("its file format number is impossible ({version})",
                                      version=version))
        fresh = app_id == 0 and version == 0 and n_tables == 0
        if not fresh and app_id != APPLICATION_ID:
            raise errors.NotAWorkshopFile(
                "{name} is an SQLite database, but not a Prachakhom workshop file.",
                str(self.path), name=name)
        if fresh and not create:
            raise errors.NotAWorkshopFile(
                "{name} is an empty database, not a Prachakhom workshop file.", str(self.path),
                name=name)
        if version > SCHEMA_VERSION:
            raise errors.NewerVersion(
                "{name} was saved by a newer version of Prachakhom (file format {version}; "
                "this version reads up to {supported}). Please update Prachakhom.",
                str(self.path), name=name, version=version, supported=SCHEMA_VERSION)
        if not fresh:
            problems = self.quick_check()
            if problems:
                raise errors.DamagedFile(
                    "{name} is damaged ({problem}). Open one of its backups instead.",
                    str(self.path), name=name, problem=first_problem(problems))
        if not self.read_only:
            # only now that it is known to be ours (never convert someone else's database)
            try:
                mode = self.conn.execute("PRAGMA journal_mode").fetchone()[0]
                if mode.lower() == "wal":
                    self.conn.execute("PRAGMA journal_mode = DELETE")
            except sqlite3.DatabaseError as exc:
                raise self._environment(exc)
        if version < SCHEMA_VERSION:
            if self.read_only:
                # Viewing (and the read-only commands: minutes, check, export) must work on a
                # file from an older version without changing it: upgrade a copy in memory.
                self._upgrade_in_memory(version)
                return
            if not fresh:
                self.make_backup(reason=f"before-upgrade-v{version}")
            self._migrate(version)

    def _upgrade_in_memory(self, version: int) -> None:
        try:
            mem = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
            self.conn.backup(mem)
        except sqlite3.Error as exc:
            raise self._environment(exc)
        self.conn.close()
        mem.row_factory = sqlite3.Row
        mem.execute("PRAGMA foreign_keys = ON")
        self.conn = mem
        self._migrate(version)

    def _migrate(self, version: int) -> None:
        try:
            self.conn.execute("BEGIN IMMEDIATE")
            for v in range(version, SCHEMA_VERSION):
                for stmt in split_sql(MIGRATIONS[v]):
                    self.conn.execute(stmt)
                self.conn.execute(f"PRAGMA user_version = {v + 1}")
            if version == 0:
                self.conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
                now = now_iso()
                self.conn.executemany(
                    "INSERT INTO meta(key, value) VALUES (?, ?)",
                    [("file_id", new_id()), ("created", now), ("app", "Prachakhom")])
            self.conn.execute("COMMIT")
        except sqlite3.Error as exc:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise self._environment(exc)

    def _environment(self, exc: sqlite3.Error) -> Exception:
        """What to raise for an SQLite error: an environment WorkshopError or a StoreBug."""
        return sqlerrors.translate(exc, self.path)

    # ------------------------------------------------------------------ closing
    def close(self) -> None:
        self._close_quietly()

    def _close_quietly(self) -> None:
        conn = getattr(self, "conn", None)
        if conn is not None:
            with contextlib.suppress(sqlite3.Error):
                conn.close()
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    # ------------------------------------------------------------------ checks
    def quick_check(self) -> list[str]:
        try:
            rows = self.conn.execute("PRAGMA quick_check").fetchall()
        except sqlite3.DatabaseError as exc:
            return [str(exc)]
        out = [str(r[0]) for r in rows]
        return [] if out == ["ok"] else out

    def integrity_check(self) -> list[str]:
        """Full check: SQLite's integrity check, foreign keys and the schema version."""
        problems: list[str] = []
        try:
            rows = [str(r[0]) for r in self.conn.execute("PRAGMA integrity_check").fetchall()]
            if rows != ["ok"]:
                problems.extend(rows)
            for r in self.conn.execute("PRAGMA foreign_key_check").fetchall():
                problems.append(f"{r[0]} row {r[1]} refers to a missing {r[2]}")
        except sqlite3.DatabaseError as exc:
            problems.append(str(exc))
        expected = {t: cls.columns() for t, cls in RECORD_BY_TABLE.items()}
        expected.update(meta=["key", "value"], tombstones=["id", "table_name", "deleted"])
        for table, columns in expected.items():
            try:
                have = set(self.table_columns(table))
            except sqlite3.DatabaseError as exc:
                problems.append(f"table {table} cannot be read: {exc}")
                continue
            missing = set(columns) - have
            if missing:
                problems.append(f"table {table} lacks columns {sorted(missing)}")
        return problems

    def table_columns(self, table: str) -> list[str]:
        """The columns of ``table`` in the file ([] when there is no such table)."""
        return [str(r[1]) for r in self.conn.execute(f"PRAGMA table_info({table})")]

    @property
    def schema_version(self) -> int:
        return int(self.conn.execute("PRAGMA user_version").fetchone()[0])

    def meta(self, key: str, default: str = "") -> str:
        row = self.conn.execute("SELECT value FROM meta WHERE key=?", (key,)).fetchone()
        return str(row[0]) if row else default

    def __enter__(self) -> "WorkshopFile":
        return self

    def __exit__(self, exc_type: Optional[type[BaseException]],
                 exc: Optional[BaseException], tb: Optional[TracebackType]) -> None:
        self.close()


_JOURNAL_MAGIC = bytes.fromhex("d9d505f920a163d7")


def _valid_journal(journal: Path) -> bool:
    """Whether a rollback journal has a valid header (SQLite writes it only once the journal
    holds what a rollback needs, before the file itself is changed)."""
    try:
        with open(journal, "rb") as fh:
            return fh.read(8) == _JOURNAL_MAGIC
    except OSError:
        return False


def first_problem(problems: list[str]) -> str:
    """SQLite's first finding on one short line (its reports start with a header line)."""
    lines = [ln.strip() for p in problems for ln in p.splitlines()
             if ln.strip() and not ln.strip().startswith("***")]
    text = lines[0] if lines else "unknown problem"
    return text if len(text) <= 120 else text[:117] + "..."


def split_sql(script: str) -> list[str]:
    return [s.strip() for s in script.split(";") if s.strip()]
