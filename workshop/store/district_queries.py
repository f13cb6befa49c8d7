"""The queries of merging files and erasing a person (issue 16): :mod:`workshop.merge` and
:mod:`workshop.privacy` call these and hold no SQL of their own."""
from __future__ import annotations

import functools
import sqlite3
from typing import TYPE_CHECKING, Any

from .. import errors
from ..model import ALL_RECORDS, RECORD_BY_TABLE
from ..schema import MIGRATIONS
from .sqlerrors import ConstraintBug

if TYPE_CHECKING:
    from .records import Store

Row = dict[str, Any]


@functools.lru_cache(maxsize=1)
def _schema() -> sqlite3.Connection:
    conn = sqlite3.connect(":memory:", check_same_thread=False)
    for script in MIGRATIONS:
        conn.executescript(script)
    return conn


@functools.lru_cache(maxsize=None)
def foreign_keys(table: str) -> list[tuple[str, str, str]]:
    """(column, parent table, on_delete) of every foreign key of ``table``."""
    rows = _schema().execute(f"PRAGMA foreign_key_list({table})").fetchall()
    return [(r[3], r[2], r[6].upper()) for r in rows]


@functools.lru_cache(maxsize=1)
def _order() -> tuple[str, ...]:
    rank = {cls.__table__: i for i, cls in enumerate(ALL_RECORDS)}
    deps = {t: {p for _c, p, _d in foreign_keys(t) if p != t and p in rank} for t in rank}
    order: list[str] = []
    while deps:
        t = sorted((t for t, d in deps.items() if not d), key=rank.__getitem__)[0]
        order.append(t)
        del deps[t]
        for d in deps.values():
            d.discard(t)
    return tuple(order)


def table_order() -> list[str]:
    """Record tables, parents before children."""
    return list(_order())


def read_content(store: "Store") -> tuple[dict[str, dict[str, Row]],
                                           dict[str, tuple[str, str]]]:
    rows: dict[str, dict[str, Row]] = {}
    for table in table_order():
        cols = RECORD_BY_TABLE[table].columns()
        rows[table] = {r[0]: dict(zip(cols, r)) for r in store.rows(
            f"SELECT {', '.join(cols)} FROM {table}")}
    tombs = {r[0]: (r[1], r[2]) for r in store.rows(
        "SELECT id, table_name, deleted FROM tombstones")}
    return rows, tombs


def apply_plan(store: "Store", plan: Any) -> None:
    """Deletes (children first), then adds and updates (parents first), then tombstones; one
    transaction, references checked at commit."""
    order = table_order()
    rank = {t: i for i, t in enumerate(order)}
    try:
        with store.transaction():
            store.execute("PRAGMA defer_foreign_keys = ON")
            for table, rid in sorted(plan.delete, key=lambda d: -rank[d[0]]):
                store.execute(f"DELETE FROM {table} WHERE id = ?", (rid,))
            for table, row in sorted(plan.add, key=lambda a: rank[a[0]]):
                cols = list(row)
                store.execute(f"INSERT INTO {table} ({', '.join(cols)}) VALUES "
                              f"({', '.join('?' for _ in cols)})", [row[c] for c in cols])
            for table, row in sorted(plan.update, key=lambda a: rank[a[0]]):
                cols = [c for c in row if c != "id"]
                store.execute(f"UPDATE {table} SET {', '.join(f'{c} = ?' for c in cols)} "
                              "WHERE id = ?", [row[c] for c in cols] + [row["id"]])
            for rid, table, deleted in plan.set_tombs:
                store.execute("INSERT INTO tombstones(id, table_name, deleted) VALUES (?, ?, ?) "
                              "ON CONFLICT(id) DO UPDATE SET table_name = excluded.table_name, "
                              "deleted = excluded.deleted", (rid, table, deleted))
            for rid in plan.drop_tombs:
                store.execute("DELETE FROM tombstones WHERE id = ?", (rid,))
            problems = store.rows("PRAGMA foreign_key_check")
            if problems:
                p = problems[0]
                raise errors.ImportFailed("{table} refers to a {parent} record that is missing.",
                                          table=p[0], parent=p[2])
    except errors.InvalidInput as exc:
        raise errors.ImportFailed.from_error(exc)
    except ConstraintBug as exc:          # the incoming data, not the code, broke a rule
        raise errors.ImportFailed("the data is inconsistent ({detail}).", detail=str(exc))


# ---------------------------------------------------------------------------- erasure
def person_row(store: "Store", person_id: str) -> Row | None:
    rows = store.rows("SELECT * FROM people WHERE id=?", (person_id,))
    return dict(rows[0]) if rows else None


def replace_in_texts(store: "Store", columns: dict[str, list[str]], forms: list[str], replacement: str,
                     now: str) -> int:
    """Replace every form in the given text columns (table -> columns), marking the rows
    edited at ``now``; inside the caller's transaction.  Returns the values changed."""
    n = 0
    for table, cols in columns.items():
        for col in cols:
            for f in forms:
                cur = store.execute(f"UPDATE {table} SET {col} = replace({col}, ?, ?), "
                                    f"updated = ? WHERE instr({col}, ?) > 0",
                                    (f, replacement, now, f))
                n += cur.rowcount
    return n


def set_tombstone(store: "Store", rid: str, table: str, deleted: str) -> None:
    store.execute("INSERT INTO tombstones(id, table_name, deleted) VALUES (?, ?, ?) "
                  "ON CONFLICT(id) DO UPDATE SET deleted = excluded.deleted, "
                  "table_name = excluded.table_name", (rid, table, deleted))


def secure_delete(store: "Store") -> None:
    """From now on SQLite overwrites deleted content with zeros (this connection)."""
    store.conn.execute("PRAGMA secure_delete = ON")


def vacuum(store: "Store") -> None:
    """Rebuild the file so no freed page keeps old content (outside a transaction)."""
    store.conn.execute("VACUUM")
