"""The records side of the store: transactions, reading and writing records, change notices.

Every write runs in one transaction (:meth:`Store.transaction`); listeners are told what
changed after the outermost transaction commits.  Deletions cascade as the schema says and
are recorded in ``tombstones`` so that a later merge can tell "deleted" from "never existed".

Queries that serve one part of the workshop (aggregates, reports) live in their own modules
of this package (``workshop/store/<area>_queries.py``) as functions taking the Store.
"""
from __future__ import annotations

import contextlib
import dataclasses
import sqlite3
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Optional, Sequence, TypeVar

from .. import errors, limits
from ..model import RECORD_BY_TABLE, Record, from_row, now_iso, to_row
from . import undolog
from .changes import UNDO, REDO, Change
from .closed import refuse_closed
from .file import WorkshopFile
from .sqlerrors import ConstraintBug
from .undolog import Step

R = TypeVar("R", bound=Record)


class Store(WorkshopFile):
    """An open workshop file.  Use :meth:`open` or :meth:`create`; close when done."""

    def __init__(self, *args: Any, **kw: Any):
        self._listeners: list[Callable[[Change], None]] = []
        self._depth = 0
        self._origin: object = None
        #: the step the last outermost transaction recorded (see :meth:`record`)
        self.last_step = Step()
        super().__init__(*args, **kw)

    def _opened(self) -> None:
        if not self.read_only:
            try:
                undolog.install(self.conn)
            except sqlite3.Error as exc:
                raise self._environment(exc)

    @classmethod
    def open(cls, path: Any, **kw: Any) -> "Store":
        return cls(path, **kw)

    @classmethod
    def create(cls, path: Any, **kw: Any) -> "Store":
        p = Path(path)
        if p.exists() and p.stat().st_size > 0:
            raise errors.InvalidInput("{name} already exists; choose another name.", str(p),
                                      name=p.name)
        return cls(p, create=True, **kw)

    def __enter__(self) -> "Store":
        return self

    def set_meta(self, key: str, value: str) -> None:
        with self.transaction():
            self._exec("INSERT INTO meta(key, value) VALUES(?, ?) "
                       "ON CONFLICT(key) DO UPDATE SET value=excluded.value", (key, value))

    # ------------------------------------------------------------------ listeners
    def subscribe(self, callback: Callable[[Change], None]) -> None:
        self._listeners.append(callback)

    def unsubscribe(self, callback: Callable[[Change], None]) -> None:
        with contextlib.suppress(ValueError):
            self._listeners.remove(callback)

    # ------------------------------------------------------------------ transactions
    @contextlib.contextmanager
    def transaction(self, origin: object = None) -> Iterator["Store"]:
        """One durable transaction; nested calls join the outermost one.

        When the outermost one commits, :attr:`last_step` is what it did (undoable with
        :meth:`undo`) and every listener gets a :class:`Change` naming the tables and ids
        it touched, the step and ``origin`` (who asked for it: a page, :data:`UNDO`, ...).
        """
        if self.read_only:
            raise errors.ReadOnlyFile(
                "{name} is open for viewing only; changes cannot be saved.",
                str(self.path), name=self.path.name)
        if self._depth == 0:
            try:
                self.conn.execute("BEGIN IMMEDIATE")
            except sqlite3.Error as exc:
                raise self._environment(exc)
            self._origin = origin
        self._depth += 1
        try:
            yield self
        except BaseException:
            self._depth -= 1
            if self._depth == 0:
                with contextlib.suppress(sqlite3.Error):
                    self.conn.execute("ROLLBACK")
            raise
        self._depth -= 1
        if self._depth == 0:
            try:
                logged = undolog.take(self.conn)
                self.conn.execute("COMMIT")
            except sqlite3.Error as exc:
                with contextlib.suppress(sqlite3.Error):
                    self.conn.execute("ROLLBACK")
                raise self._environment(exc)
            step = Step(undo_sql=[sql for _t, _k, sql in logged])
            self.last_step = step
            if logged:
                change = Change(step=step, origin=self._origin)
                for table, key, _sql in logged:
                    change.add(table, [key])
                self._changed_since_backup = True
                for cb in list(self._listeners):
                    cb(change)

    def record(self, fn: Callable[..., Any], *args: Any, origin: object = None,
               **kw: Any) -> tuple[Any, Step]:
        """Run ``fn(*args, **kw)`` as one transaction; its result and the step it recorded."""
        if self._depth:
            raise RuntimeError("Store.record runs a whole user action: not inside a transaction")
        with self.transaction(origin=origin):
            result = fn(*args, **kw)
        return result, self.last_step

    def undo(self, step: Step) -> None:
        """Reverse a recorded step (in one transaction); :meth:`redo` makes it again."""
        if not step.done:
            raise RuntimeError("this step is already undone")
        with self.transaction(origin=UNDO):
            self._replay(step.undo_sql)
        step.redo_sql, step.done = self.last_step.undo_sql, False

    def redo(self, step: Step) -> None:
        if step.done:
            raise RuntimeError("this step is not undone")
        with self.transaction(origin=REDO):
            self._replay(step.redo_sql)
        step.undo_sql, step.done = self.last_step.undo_sql, True

    def _replay(self, statements: list[str]) -> None:
        try:
            undolog.replay(self.conn, statements)
        except sqlite3.Error as exc:
            err = self._environment(exc)
            if isinstance(err, ConstraintBug):
                # a write that is not on the undo stack (made outside a page action) took the
                # place this step would put a row back into: refuse, change nothing
                raise errors.InvalidInput(
                    "This step cannot be undone or redone any more: the file was changed "
                    "in between.") from exc
            raise err from exc

    def _exec(self, sql: str, params: Iterable[Any] = ()) -> sqlite3.Cursor:
        try:
            return self.conn.execute(sql, tuple(params))
        except sqlite3.Error as exc:
            raise self._environment(exc) from exc

    # ------------------------------------------------------------------ reading
    def rows(self, sql: str, params: Iterable[Any] = ()) -> list[sqlite3.Row]:
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

    def find(self, cls: type[R], order_by: str = "", **where: Any) -> list[R]:
        """Records whose columns equal the given values (None matches NULL)."""
        clauses, params = [], []
        for k, v in where.items():
            if k not in cls.columns():
                raise ValueError(f"{cls.__name__} has no column {k}")
            if v is None:
                clauses.append(f"{k} IS NULL")
            else:
                clauses.append(f"{k} = ?")
                params.append(db_value(v))
        sql = f"SELECT * FROM {cls.__table__}"
        if clauses:
            sql += " WHERE " + " AND ".join(clauses)
        if order_by:
            sql += f" ORDER BY {order_by}"
        return [from_row(cls, dict(r)) for r in self._exec(sql, params)]  # type: ignore[misc]

    def find_in(self, cls: type[R], column: str, via: type[Record], via_column: str = "id",
                order_by: str = "", **via_where: Any) -> list[R]:
        """Records whose ``column`` is the ``via_column`` of a ``via`` record matching
        ``via_where`` (equal values, None matching NULL): ``find_in(IssueLink, "cause_id",
        Issue, meeting_id=m)`` is the links whose cause is an issue of meeting ``m``."""
        if column not in cls.columns():
            raise ValueError(f"{cls.__name__} has no column {column}")
        if via_column not in via.columns():
            raise ValueError(f"{via.__name__} has no column {via_column}")
        clauses, params = [], []
        for k, v in via_where.items():
            if k not in via.columns():
                raise ValueError(f"{via.__name__} has no column {k}")
            clauses.append(f"{k} IS NULL" if v is None else f"{k} = ?")
            if v is not None:
                params.append(db_value(v))
        inner = f"SELECT {via_column} FROM {via.__table__}"
        if clauses:
            inner += " WHERE " + " AND ".join(clauses)
        return self.select(cls, f"{column} IN ({inner})", params, order_by=order_by)

    def select(self, cls: type[R], where: str = "", params: Iterable[Any] = (),
               order_by: str = "") -> list[R]:
        sql = f"SELECT * FROM {cls.__table__}"
        if where:
            sql += f" WHERE {where}"
        if order_by:
            sql += f" ORDER BY {order_by}"
        return [from_row(cls, dict(r)) for r in self._exec(sql, params)]  # type: ignore[misc]

    def count(self, cls: type[Record], **where: Any) -> int:
        clauses = [f"{k} IS NULL" if v is None else f"{k} = ?" for k, v in where.items()]
        params = [db_value(v) for v in where.values() if v is not None]
        sql = f"SELECT count(*) FROM {cls.__table__}"
        if clauses:
            sql += " WHERE " + " AND ".join(clauses)
        return int(self._exec(sql, params).fetchone()[0])

    def max_of(self, cls: type[Record], column: str, **where: Any) -> Any:
        """The largest ``column`` of the records matching ``where`` (None when there is none):
        the next position or number of a list."""
        if column not in cls.columns():
            raise ValueError(f"{cls.__name__} has no column {column}")
        clauses = [f"{k} IS NULL" if v is None else f"{k} = ?" for k, v in where.items()]
        params = [db_value(v) for v in where.values() if v is not None]
        sql = f"SELECT max({column}) FROM {cls.__table__}"
        if clauses:
            sql += " WHERE " + " AND ".join(clauses)
        return self._exec(sql, params).fetchone()[0]

    def table_count(self, table: str) -> int:
        """Rows in a table of the file (``check`` and ``info`` list them)."""
        if table not in {str(r[0]) for r in self.conn.execute(
                "SELECT name FROM main.sqlite_master WHERE type='table'")}:
            raise ValueError(f"no table {table}")
        return int(self._exec(f'SELECT count(*) FROM "{table}"').fetchone()[0])

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
            refuse_closed(self, "add", rec.__table__, rec.id, row=row)
            cols = ", ".join(row)
            marks = ", ".join("?" for _ in row)
            self._exec(f"INSERT INTO {rec.__table__} ({cols}) VALUES ({marks})", row.values())
            self._exec("DELETE FROM tombstones WHERE id=?", (rec.id,))
        return rec

    def add_many(self, recs: Iterable[Record]) -> None:
        with self.transaction():
            for rec in recs:
                self.add(rec)

    def update(self, cls: type[R], id: str, **changes: Any) -> dict[str, Any]:
        """Change some columns of one record; returns their previous values."""
        if not changes:
            return {}
        bad = set(changes) - set(cls.columns()) | ({"id", "created"} & set(changes))
        if bad:
            raise ValueError(f"{cls.__name__} cannot update {sorted(bad)}")
        limits.check(cls.__table__, changes)
        with self.transaction():
            old = self.get(cls, id)
            before = {k: getattr(old, k) for k in changes}
            refuse_closed(self, "update", cls.__table__, id, changes=changes)
            sets = ", ".join(f"{k} = ?" for k in changes) + ", updated = ?"
            params = [db_value(v) for v in changes.values()] + [now_iso(), id]
            self._exec(f"UPDATE {cls.__table__} SET {sets} WHERE id = ?", params)
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
            was = to_row(self.get(type(rec), rec.id))
            refuse_closed(self, "update", rec.__table__, rec.id,
                          changes={k: v for k, v in row.items() if was.get(k) != v})
            row.pop("id")
            row.pop("created")
            row["updated"] = rec.updated = now_iso()
            sets = ", ".join(f"{k} = ?" for k in row)
            self._exec(f"UPDATE {rec.__table__} SET {sets} WHERE id = ?",
                       [*row.values(), rec.id])
        return rec

    def delete(self, cls: type[Record], id: str) -> list[tuple[str, str]]:
        """Delete a record and what depends on it, leaving a tombstone for each deleted row
        (a later merge can tell "deleted" from "never existed"); the (table, id) deleted."""
        found: list[tuple[str, str]] = []
        with self.transaction():
            refuse_closed(self, "delete", cls.__table__, id)
            self._collect(cls.__table__, id, found, set())
            now = now_iso()
            # children first, so the schema's own cascades have nothing left to do
            for table, rid in reversed(found):
                self._exec(f"DELETE FROM {table} WHERE id=?", (rid,))
                self._exec("INSERT INTO tombstones(id, table_name, deleted) VALUES (?, ?, ?) "
                           "ON CONFLICT(id) DO UPDATE SET table_name=excluded.table_name, "
                           "deleted=excluded.deleted", (rid, table, now))
        return found

    def _collect(self, table: str, id: str, found: list[tuple[str, str]],
                 seen: set[str]) -> None:
        if id in seen:
            return
        seen.add(id)
        row = self._exec(f"SELECT id FROM {table} WHERE id=?", (id,)).fetchone()
        if row is None:
            raise errors.NotFound("The record was not found (it may have been deleted already).")
        found.append((table, id))
        for child, col, on_delete in self._children(table):
            if on_delete != "CASCADE":
                continue        # SET NULL: SQLite clears the reference (and the log records it)
            for r in self._exec(f"SELECT id FROM {child} WHERE {col}=?", (id,)).fetchall():
                self._collect(child, str(r[0]), found, seen)

    def content(self) -> dict[str, list[tuple[Any, ...]]]:
        """Every table of the file as rows (with their rowids), in rowid order: what a test
        compares to tell that undo put the file back exactly."""
        tables = [str(r[0]) for r in self.conn.execute(
            "SELECT name FROM main.sqlite_master WHERE type='table' "
            "AND name NOT LIKE 'sqlite_%' ORDER BY name")]
        return {t: [tuple(r) for r in self.conn.execute(
            f'SELECT rowid, * FROM main."{t}" ORDER BY rowid')] for t in tables}

    def is_deleted(self, id: str) -> bool:
        return self._exec("SELECT 1 FROM tombstones WHERE id=?", (id,)).fetchone() is not None

    def execute(self, sql: str, params: Iterable[Any] = ()) -> sqlite3.Cursor:
        """A raw write inside the current transaction (for services that need one)."""
        if self._depth == 0:
            raise RuntimeError("Store.execute must run inside store.transaction()")
        return self._exec(sql, params)

    # ------------------------------------------------------------------ schema
    _children_cache: Optional[dict[str, list[tuple[str, str, str]]]] = None

    def _children(self, table: str) -> list[tuple[str, str, str]]:
        """(child table, column, on_delete) for every foreign key that points at ``table``."""
        if self._children_cache is None:
            found: dict[str, list[tuple[str, str, str]]] = {}
            names = [r[0] for r in self.conn.execute(
                "SELECT name FROM sqlite_master WHERE type='table'").fetchall()]
            for child in names:
                for fk in self.conn.execute(f"PRAGMA foreign_key_list({child})").fetchall():
                    # id, seq, table, from, to, on_update, on_delete, match
                    found.setdefault(fk[2], []).append((child, fk[3], fk[6].upper()))
            self._children_cache = found
        return self._children_cache.get(table, [])

    def foreign_keys(self, table: str) -> Sequence[tuple[str, str, str]]:
        """(column, parent table, on_delete) of every foreign key of ``table``."""
        return [(str(fk[3]), str(fk[2]), str(fk[6]).upper())
                for fk in self.conn.execute(f"PRAGMA foreign_key_list({table})").fetchall()]


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


def db_value(v: Any) -> Any:
    if isinstance(v, bool):
        return int(v)
    if hasattr(v, "value") and isinstance(getattr(v, "value"), str):
        return v.value
    return v


def record_class(table: str) -> type[Record]:
    return RECORD_BY_TABLE[table]


def as_dict(rec: Record) -> dict[str, Any]:
    return dataclasses.asdict(rec)
