"""The Store: the one place that opens, migrates, reads and writes a workshop file.

A workshop file (``.prachakhom``) is an SQLite database in rollback-journal mode with
``synchronous=FULL``: once a write has returned, it is on disk and the single file is complete
(no ``-wal`` side file to forget when copying it to a USB stick).

Every write runs in one transaction (:meth:`Store.transaction`); listeners are told what
changed after the outermost transaction commits.  Deletions cascade as the schema says and
are recorded in ``tombstones`` so that a later merge can tell "deleted" from "never existed";
:meth:`Store.delete` returns a :class:`Snapshot` that :meth:`Store.restore` puts back (undo).
"""
from __future__ import annotations

import contextlib
import dataclasses
import os
import sqlite3
import sys
import time
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Callable, Iterable, Iterator, Optional, TypeVar

import sqlite_utils

from . import errors, limits, paths
from .model import RECORD_BY_TABLE, Record, from_row, now_iso, new_id, to_row
from .schema import APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION

R = TypeVar("R", bound=Record)

SQLITE_HEADER = b"SQLite format 3\x00"
FILE_SUFFIX = ".prachakhom"
BACKUPS_KEPT = 10
BACKUP_INTERVAL_S = 600.0   # during a meeting: at most one backup per 10 minutes of edits


@dataclass
class Change:
    """What one committed transaction changed: table name -> ids."""
    tables: dict[str, set[str]] = field(default_factory=dict)

    def add(self, table: str, ids: Iterable[str]) -> None:
        self.tables.setdefault(table, set()).update(ids)

    def touches(self, *tables: str) -> bool:
        return any(t in self.tables for t in tables)


@dataclass
class Snapshot:
    """Rows removed by one delete (parents first) and rows whose references were cleared."""
    deleted: list[tuple[str, dict]] = field(default_factory=list)
    nulled: list[tuple[str, str, str, Optional[str]]] = field(default_factory=list)  # table,id,col,old


def _plain(message: str) -> str:
    return message


class _FileLock:
    """An OS lock that says "this file is open in a Prachakhom window".

    On POSIX it is ``flock`` on the database file itself (independent of SQLite's own
    byte-range locks, released by the OS when the process dies).  Elsewhere a side file.
    """

    def __init__(self, path: Path):
        self.path = path
        self._fh = None

    def acquire(self) -> bool:
        if os.name == "posix":
            import fcntl

            fh = open(self.path, "rb")
            try:
                fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:
                fh.close()
                return False
            self._fh = fh
            return True
        import msvcrt  # pragma: no cover - Windows

        lock_path = self.path.with_name(self.path.name + ".lock")
        fh = open(lock_path, "a+b")
        try:
            msvcrt.locking(fh.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            fh.close()
            return False
        self._fh = fh
        return True

    def release(self) -> None:
        if self._fh is not None:
            self._fh.close()  # closing releases the lock
            self._fh = None


def _translate(exc: sqlite3.Error, path: Path) -> Exception:
    """Turn an sqlite3 error about the environment into a WorkshopError; else return it."""
    msg = str(exc).lower()
    if "disk is full" in msg or "disk i/o error" in msg and "full" in msg:
        return errors.DiskFull(
            "The disk is full: the last change to {name} was not saved. "
            "Free some space or save a copy elsewhere.", str(path), name=path.name)
    if "readonly" in msg or "read-only" in msg:
        return errors.ReadOnlyFile(
            "{name} cannot be changed (it is read-only or on a locked disk). "
            "Save a copy elsewhere to keep working.", str(path), name=path.name)
    if "database is locked" in msg or "database is busy" in msg:
        return errors.FileLocked(
            "{name} is busy in another program. Close it there and try again.", str(path),
            name=path.name)
    if "not a database" in msg or "malformed" in msg or "corrupt" in msg:
        return errors.DamagedFile(
            "{name} is damaged and cannot be read safely. "
            "Open one of its backups instead.", str(path), name=path.name)
    return exc


class Store:
    """An open workshop file.  Use :meth:`open` or :meth:`create`; close when done."""

    def __init__(self, path: str | os.PathLike, *, create: bool = False,
                 read_only: bool = False, backups: bool = True,
                 backup_dir: str | os.PathLike | None = None, lock: bool = True):
        self.path = Path(path)
        self.read_only = read_only
        self._listeners: list[Callable[[Change], None]] = []
        self._depth = 0
        self._pending = Change()
        self._lock: Optional[_FileLock] = None
        self._backup_dir = Path(backup_dir) if backup_dir else None
        self.conn: sqlite3.Connection
        self._open(create=create, lock=lock)
        self.db = sqlite_utils.Database(self.conn)
        self._changed_since_backup = False
        self._last_backup = time.monotonic()
        if backups and not read_only:
            self.make_backup()

    # ------------------------------------------------------------------ opening
    @classmethod
    def open(cls, path, **kw) -> "Store":
        return cls(path, **kw)

    @classmethod
    def create(cls, path, **kw) -> "Store":
        p = Path(path)
        if p.exists() and p.stat().st_size > 0:
            raise errors.InvalidInput("{name} already exists; choose another name.", str(p),
                                      name=p.name)
        return cls(p, create=True, **kw)

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
        elif exists and not create:
            raise errors.NotAWorkshopFile(
                "{name} is empty: it is not a Prachakhom workshop file.", str(path), name=name)

        if not self.read_only and exists:
            writable = os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)
            if not writable:
                raise errors.ReadOnlyFile(
                    "{name} is read-only: it can be opened for viewing only.", str(path),
                    name=name)
        if create and not exists:
            try:
                path.touch()
            except OSError as exc:
                raise errors.ReadOnlyFile("Cannot create {name}: {reason}.", str(path),
                                          name=name, reason=errors.os_reason(exc))

        if lock:
            lk = _FileLock(path)
            if not lk.acquire():
                raise errors.FileLocked(
                    "{name} is already open in another Prachakhom window. "
                    "Switch to that window, or close it first.", str(path), name=name)
            self._lock = lk
        try:
            self._connect()
            self._check_and_migrate(create=create)
        except BaseException:
            self._close_quietly()
            raise

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
                    str(self.path), name=name, problem=_first_problem(problems))
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
                for stmt in _split_sql(MIGRATIONS[v]):
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
        return _translate(exc, self.path)

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

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # ------------------------------------------------------------------ checks
    def quick_check(self) -> list[str]:
        try:
            rows = self.conn.execute("PRAGMA quick_check").fetchall()
        except sqlite3.DatabaseError as exc:
            return [str(exc)]
        out = [r[0] for r in rows]
        return [] if out == ["ok"] else out

    def integrity_check(self) -> list[str]:
        """Full check: SQLite's integrity check, foreign keys and the schema version."""
        problems: list[str] = []
        try:
            rows = [r[0] for r in self.conn.execute("PRAGMA integrity_check").fetchall()]
            if rows != ["ok"]:
                problems.extend(rows)
            for r in self.conn.execute("PRAGMA foreign_key_check").fetchall():
                problems.append(f"{r[0]} row {r[1]} refers to a missing {r[2]}")
        except sqlite3.DatabaseError as exc:
            problems.append(str(exc))
        for table, cls in RECORD_BY_TABLE.items():
            have = set(self.db[table].columns_dict) if self.db[table].exists() else set()
            missing = set(cls.columns()) - have
            if missing:
                problems.append(f"table {table} lacks columns {sorted(missing)}")
        return problems

    @property
    def schema_version(self) -> int:
        return self.conn.execute("PRAGMA user_version").fetchone()[0]

    def meta(self, key: str, default: str = "") -> str:
        row = self.conn.execute("SELECT value FROM meta WHERE key=?", (key,)).fetchone()
        return row[0] if row else default

    def set_meta(self, key: str, value: str) -> None:
        with self.transaction():
            self.conn.execute(
                "INSERT INTO meta(key, value) VALUES(?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value=excluded.value", (key, value))
            self._pending.add("meta", [key])

    # ------------------------------------------------------------------ listeners
    def subscribe(self, callback: Callable[[Change], None]) -> None:
        self._listeners.append(callback)

    def unsubscribe(self, callback: Callable[[Change], None]) -> None:
        with contextlib.suppress(ValueError):
            self._listeners.remove(callback)

    # ------------------------------------------------------------------ transactions
    @contextlib.contextmanager
    def transaction(self) -> Iterator["Store"]:
        """One durable transaction; nested calls join the outermost one."""
        if self.read_only:
            raise errors.ReadOnlyFile(
                "{name} is open for viewing only; changes cannot be saved.",
                str(self.path), name=self.path.name)
        if self._depth == 0:
            try:
                self.conn.execute("BEGIN IMMEDIATE")
            except sqlite3.Error as exc:
                raise self._environment(exc)
            self._pending = Change()
        self._depth += 1
        try:
            yield self
        except BaseException:
            self._depth -= 1
            if self._depth == 0:
                with contextlib.suppress(sqlite3.Error):
                    self.conn.execute("ROLLBACK")
                self._pending = Change()
            raise
        self._depth -= 1
        if self._depth == 0:
            try:
                self.conn.execute("COMMIT")
            except sqlite3.Error as exc:
                with contextlib.suppress(sqlite3.Error):
                    self.conn.execute("ROLLBACK")
                self._pending = Change()
                raise self._environment(exc)
            change, self._pending = self._pending, Change()
            if change.tables:
                self._changed_since_backup = True
                for cb in list(self._listeners):
                    cb(change)

    def _exec(self, sql: str, params: Iterable = ()) -> sqlite3.Cursor:
        try:
            return self.conn.execute(sql, tuple(params))
        except sqlite3.IntegrityError as exc:
            raise errors.InvalidInput("This change conflicts with the saved data ({detail}).",
                                      detail=str(exc))
        except sqlite3.OperationalError as exc:
            err = self._environment(exc)
            if err is exc:
                raise
            raise err

    # ------------------------------------------------------------------ reading
    def rows(self, sql: str, params: Iterable = ()) -> list[sqlite3.Row]:
        """Run a read query (services in ``workshop`` use this for aggregates)."""
        return self._exec(sql, params).fetchall()

    def get(self, cls: type[R], id: str) -> R:
        row = self._exec(f"SELECT * FROM {cls.__table__} WHERE id=?", (id,)).fetchone()
        if row is None:
            raise errors.NotFound("The {kind} was not found (it may have been deleted).",
                                  kind=record_kind(cls))
        return from_row(cls, dict(row))  # type: ignore[return-value]

    def maybe(self, cls: type[R], id: Optional[str]) -> Optional[R]:
        if not id:
            return None
        try:
            return self.get(cls, id)
        except errors.NotFound:
            return None

    def find(self, cls: type[R], order_by: str = "", **where) -> list[R]:
        """Records whose columns equal the given values (None matches NULL)."""
        clauses, params = [], []
        for k, v in where.items():
            if k not in cls.columns():
                raise ValueError(f"{cls.__name__} has no column {k}")
            if v is None:
                clauses.append(f"{k} IS NULL")
            else:
                clauses.append(f"{k} = ?")
                params.append(_db_value(v))
        sql = f"SELECT * FROM {cls.__table__}"
        if clauses:
            sql += " WHERE " + " AND ".join(clauses)
        if order_by:
            sql += f" ORDER BY {order_by}"
        return [from_row(cls, dict(r)) for r in self._exec(sql, params)]  # type: ignore[misc]

    def select(self, cls: type[R], where: str = "", params: Iterable = (),
               order_by: str = "") -> list[R]:
        sql = f"SELECT * FROM {cls.__table__}"
        if where:
            sql += f" WHERE {where}"
        if order_by:
            sql += f" ORDER BY {order_by}"
        return [from_row(cls, dict(r)) for r in self._exec(sql, params)]  # type: ignore[misc]

    def count(self, cls: type[Record], **where) -> int:
        clauses = [f"{k} IS NULL" if v is None else f"{k} = ?" for k, v in where.items()]
        params = [_db_value(v) for v in where.values() if v is not None]
        sql = f"SELECT count(*) FROM {cls.__table__}"
        if clauses:
            sql += " WHERE " + " AND ".join(clauses)
        return self._exec(sql, params).fetchone()[0]

    # ------------------------------------------------------------------ writing
    def add(self, rec: R) -> R:
        """Insert a record (its id is kept); returns it with timestamps filled."""
        with self.transaction():
            now = now_iso()
            if not rec.created:
                rec.created = now
            rec.updated = now
            row = to_row(rec)
            limits.check(rec.__table__, row)
            cols = ", ".join(row)
            marks = ", ".join("?" for _ in row)
            self._exec(f"INSERT INTO {rec.__table__} ({cols}) VALUES ({marks})", row.values())
            self._exec("DELETE FROM tombstones WHERE id=?", (rec.id,))
            self._pending.add(rec.__table__, [rec.id])
        return rec

    def add_many(self, recs: Iterable[Record]) -> None:
        with self.transaction():
            for rec in recs:
                self.add(rec)

    def update(self, cls: type[R], id: str, **changes) -> dict:
        """Change some columns of one record; returns their previous values (for undo)."""
        if not changes:
            return {}
        bad = set(changes) - set(cls.columns()) | ({"id", "created"} & set(changes))
        if bad:
            raise ValueError(f"{cls.__name__} cannot update {sorted(bad)}")
        limits.check(cls.__table__, changes)
        with self.transaction():
            old = self.get(cls, id)
            before = {k: getattr(old, k) for k in changes}
            sets = ", ".join(f"{k} = ?" for k in changes) + ", updated = ?"
            params = [_db_value(v) for v in changes.values()] + [now_iso(), id]
            self._exec(f"UPDATE {cls.__table__} SET {sets} WHERE id = ?", params)
            self._pending.add(cls.__table__, [id])
        return before

    def save(self, rec: R) -> R:
        """Write every column of an existing record (or add it when new)."""
        with self.transaction():
            exists = self._exec(f"SELECT 1 FROM {rec.__table__} WHERE id=?",
                                (rec.id,)).fetchone()
            if not exists:
                return self.add(rec)
            row = to_row(rec)
            limits.check(rec.__table__, row)
            row.pop("id")
            row.pop("created")
            row["updated"] = rec.updated = now_iso()
            sets = ", ".join(f"{k} = ?" for k in row)
            self._exec(f"UPDATE {rec.__table__} SET {sets} WHERE id = ?",
                       [*row.values(), rec.id])
            self._pending.add(rec.__table__, [rec.id])
        return rec

    def delete(self, cls: type[Record], id: str) -> Snapshot:
        """Delete a record and what depends on it; returns what :meth:`restore` needs."""
        snap = Snapshot()
        with self.transaction():
            self._collect(cls.__table__, id, snap, set())
            now = now_iso()
            # children first, so the schema's own cascades have nothing left to do
            for table, row in reversed(snap.deleted):
                self._exec(f"DELETE FROM {table} WHERE id=?", (row["id"],))
                self._exec("INSERT OR REPLACE INTO tombstones(id, table_name, deleted) "
                           "VALUES (?, ?, ?)", (row["id"], table, now))
                self._pending.add(table, [row["id"]])
            for table, rid, _col, _old in snap.nulled:
                self._pending.add(table, [rid])
        return snap

    def _collect(self, table: str, id: str, snap: Snapshot, seen: set[str]) -> None:
        if id in seen:
            return
        seen.add(id)
        row = self._exec(f"SELECT * FROM {table} WHERE id=?", (id,)).fetchone()
        if row is None:
            raise errors.NotFound("The record was not found (it may have been deleted already).")
        snap.deleted.append((table, dict(row)))
        for child, col, on_delete in _children(self.conn, table):
            for r in self._exec(f"SELECT id FROM {child} WHERE {col}=?", (id,)).fetchall():
                if on_delete == "CASCADE":
                    self._collect(child, r[0], snap, seen)
                elif on_delete == "SET NULL" and r[0] not in seen:
                    snap.nulled.append((child, r[0], col, id))

    def restore(self, snap: Snapshot) -> None:
        """Undo a :meth:`delete`: put the rows back with their ids and references."""
        with self.transaction():
            # A cascade can reach a row before its other parent (criterion_scores before
            # criteria): check references at commit, not row by row.
            self._exec("PRAGMA defer_foreign_keys = ON")
            for table, row in snap.deleted:
                cols = ", ".join(row)
                marks = ", ".join("?" for _ in row)
                self._exec(f"INSERT INTO {table} ({cols}) VALUES ({marks})", list(row.values()))
                self._exec("DELETE FROM tombstones WHERE id=?", (row["id"],))
                self._pending.add(table, [row["id"]])
            for table, rid, col, old in snap.nulled:
                self._exec(f"UPDATE {table} SET {col}=? WHERE id=?", (old, rid))
                self._pending.add(table, [rid])

    def is_deleted(self, id: str) -> bool:
        return self._exec("SELECT 1 FROM tombstones WHERE id=?", (id,)).fetchone() is not None

    def notify(self, table: str, ids: Iterable[str]) -> None:
        """Mark extra ids as changed in the current transaction (for raw writes)."""
        self._pending.add(table, ids)

    def execute(self, sql: str, params: Iterable = ()) -> sqlite3.Cursor:
        """A raw write inside the current transaction (for services that need one)."""
        if self._depth == 0:
            raise RuntimeError("Store.execute must run inside store.transaction()")
        return self._exec(sql, params)

    # ------------------------------------------------------------------ backups
    def backup_to(self, dest: str | os.PathLike) -> Path:
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


_KINDS = {
    "organisations": errors.Notice("organisation"), "people": errors.Notice("person"),
    "meetings": errors.Notice("meeting"), "agenda_items": errors.Notice("agenda item"),
    "attendance": errors.Notice("check-in record"), "meeting_roles": errors.Notice("meeting role"),
    "network_roles": errors.Notice("network role"), "categories": errors.Notice("category"),
    "clusters": errors.Notice("group of issues"), "issues": errors.Notice("issue"),
    "issue_links": errors.Notice("link between issues"),
    "issue_actors": errors.Notice("party to an issue"), "maps": errors.Notice("map"),
    "dot_votes": errors.Notice("vote"), "criteria": errors.Notice("criterion"),
    "criterion_scores": errors.Notice("score"), "speaker_turns": errors.Notice("speaker's turn"),
    "contributions": errors.Notice("contribution"), "proposals": errors.Notice("proposal"),
    "proposal_positions": errors.Notice("position on a proposal"),
    "actions": errors.Notice("action"), "action_partners": errors.Notice("action partner"),
    "pledges": errors.Notice("pledge"),
}


def record_kind(cls: type) -> "errors.Notice | str":
    """What a record of ``cls`` is called in a message ("meeting"), translatable."""
    return _KINDS.get(getattr(cls, "__table__", ""), cls.__name__.lower())


def _first_problem(problems: list[str]) -> str:
    """SQLite's first finding on one short line (its reports start with a header line)."""
    lines = [ln.strip() for p in problems for ln in p.splitlines()
             if ln.strip() and not ln.strip().startswith("***")]
    text = lines[0] if lines else "unknown problem"
    return text if len(text) <= 120 else text[:117] + "..."


def _db_value(v):
    if isinstance(v, bool):
        return int(v)
    if hasattr(v, "value") and isinstance(getattr(v, "value"), str):
        return v.value
    return v


_CHILDREN: dict[str, list[tuple[str, str, str]]] = {}


def _children(conn: sqlite3.Connection, table: str) -> list[tuple[str, str, str]]:
    """(child table, column, on_delete) for every foreign key that points at ``table``."""
    if not _CHILDREN:
        names = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table'").fetchall()]
        for child in names:
            for fk in conn.execute(f"PRAGMA foreign_key_list({child})").fetchall():
                # id, seq, table, from, to, on_update, on_delete, match
                _CHILDREN.setdefault(fk[2], []).append((child, fk[3], fk[6].upper()))
        _CHILDREN.setdefault("__loaded__", [])
    return _CHILDREN.get(table, [])


def _split_sql(script: str) -> list[str]:
    return [s.strip() for s in script.split(";") if s.strip()]


def record_class(table: str) -> type[Record]:
    return RECORD_BY_TABLE[table]


def as_dict(rec: Record) -> dict:
    return dataclasses.asdict(rec)
