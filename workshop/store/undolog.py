"""Undo and redo recorded by the store, correct by construction.

This follows SQLite's "Automatic Undo/Redo Using SQLite" (https://www.sqlite.org/undoredo.html):
for every table of the file, three **temporary** triggers (they live in the connection's
``temp`` schema and never change the file) write the statement that reverses each row change
into ``temp.undo_log``:

* after an INSERT: ``DELETE FROM t WHERE rowid=…``;
* after an UPDATE: ``UPDATE t SET every column = its old value WHERE rowid=…``;
* before a DELETE: ``INSERT INTO t(rowid, every column) VALUES(the old row)``.

Because the triggers fire for every row SQLite changes, the log holds what a transaction did
whatever code made it: foreign-key cascades (ON DELETE CASCADE and SET NULL fire the child's
triggers), tombstones, ``INSERT OR REPLACE`` (``recursive_triggers`` is on, so the replaced
row's delete is logged), upserts, imports and merges.  No workshop function writes an inverse.

A :class:`Step` is what one outermost transaction logged.  ``undo(step)`` runs its reversing
statements newest first in one transaction (foreign keys checked at commit, since a child can
come back before its parent); the triggers log that run too, and what they log is exactly the
statements that redo the step.  Redo works the same way the other way round.
"""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from typing import Iterable

LOG_TABLE = "temp.undo_log"


@dataclass
class Step:
    """One undoable unit: the statements that reverse it (``undo_sql``) or, once undone,
    the statements that redo it (``redo_sql``); both oldest first.  ``label`` is free text."""
    undo_sql: list[str] = field(default_factory=list)
    redo_sql: list[str] = field(default_factory=list)
    label: str = ""
    done: bool = True

    def __bool__(self) -> bool:
        return bool(self.undo_sql if self.done else self.redo_sql)


def _key_column(conn: sqlite3.Connection, table: str) -> str:
    """The column that names a row in change notices (``id``; ``key`` for ``meta``)."""
    pks = [str(r[1]) for r in conn.execute(f"PRAGMA table_info({table})") if r[5]]
    return pks[0] if len(pks) == 1 else "rowid"


def _quote_literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def trigger_sql(conn: sqlite3.Connection, table: str) -> list[str]:
    """The three CREATE TEMP TRIGGER statements that log the inverse of changes to ``table``."""
    cols = [str(r[1]) for r in conn.execute(f"PRAGMA table_info({table})")]
    key = _key_column(conn, table)
    t = _quote_literal(table)
    # 'INSERT INTO t(rowid,a,b) VALUES(' || old.rowid || ',' || quote(old.a) || ',' || ... || ')'
    insert_head = _quote_literal(f'INSERT INTO "{table}"(rowid,{",".join(cols)}) VALUES(')
    values = "||','||".join(f"quote(old.{c})" for c in cols)
    undo_delete = f"{insert_head}||old.rowid||','||{values}||')'"
    sets = "||','||".join(f"{_quote_literal(c + '=')}||quote(old.{c})" for c in cols)
    undo_update = (f"{_quote_literal(f'UPDATE {chr(34)}{table}{chr(34)} SET ')}||{sets}"
                   f"||' WHERE rowid='||old.rowid")
    undo_insert = f"{_quote_literal(f'DELETE FROM {chr(34)}{table}{chr(34)} WHERE rowid=')}||new.rowid"
    log = f"INSERT INTO undo_log(tbl, key, sql) VALUES({t}, "  # temp is searched first
    return [
        f'CREATE TEMP TRIGGER "undo_{table}_insert" AFTER INSERT ON main."{table}" BEGIN '
        f"{log}new.{key}, {undo_insert}); END",
        f'CREATE TEMP TRIGGER "undo_{table}_update" AFTER UPDATE ON main."{table}" BEGIN '
        f"{log}old.{key}, {undo_update}); END",
        f'CREATE TEMP TRIGGER "undo_{table}_delete" BEFORE DELETE ON main."{table}" BEGIN '
        f"{log}old.{key}, {undo_delete}); END",
    ]


def install(conn: sqlite3.Connection) -> None:
    """Create the log table and the triggers for every table of the file (after migrating)."""
    conn.execute("PRAGMA recursive_triggers = ON")
    conn.execute(f"CREATE TEMP TABLE IF NOT EXISTS undo_log ("
                 "seq INTEGER PRIMARY KEY, tbl TEXT NOT NULL, key TEXT, sql TEXT NOT NULL)")
    tables = [str(r[0]) for r in conn.execute(
        "SELECT name FROM main.sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'")]
    existing = {str(r[0]) for r in conn.execute(
        "SELECT name FROM temp.sqlite_master WHERE type='trigger'")}
    for table in tables:
        for stmt in trigger_sql(conn, table):
            name = stmt.split('"')[1]
            if name not in existing:
                conn.execute(stmt)


def take(conn: sqlite3.Connection) -> list[tuple[str, str, str]]:
    """What the triggers logged since the last take (table, key, reversing SQL), oldest
    first; the log is emptied (inside the same transaction, so a rollback keeps both)."""
    rows = conn.execute(f"SELECT tbl, key, sql FROM {LOG_TABLE} ORDER BY seq").fetchall()
    if rows:
        conn.execute(f"DELETE FROM {LOG_TABLE}")
    return [(str(r[0]), "" if r[1] is None else str(r[1]), str(r[2])) for r in rows]


def replay(conn: sqlite3.Connection, statements: Iterable[str]) -> None:
    """Run reversing statements newest first (inside the caller's transaction)."""
    conn.execute("PRAGMA defer_foreign_keys = ON")
    for sql in reversed(list(statements)):
        conn.execute(sql)
