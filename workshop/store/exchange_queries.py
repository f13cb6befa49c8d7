"""The SQL behind :mod:`workshop.interchange` (JSON export, the emptiness test of an import)."""
from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING, Any

from ..model import ALL_RECORDS, RECORD_BY_TABLE

if TYPE_CHECKING:
    from .records import Store


def foreign_keys(conn: sqlite3.Connection, table: str) -> list[tuple[str, str, str]]:
    """(column, parent table, on_delete) for every foreign key of ``table``."""
    return [(str(r[3]), str(r[2]), str(r[6]).upper())
            for r in conn.execute(f"PRAGMA foreign_key_list({table})").fetchall()]


def table_order(conn: sqlite3.Connection) -> list[str]:
    """Record tables, parents before children (ties in model order); self-references ignored."""
    rank = {cls.__table__: i for i, cls in enumerate(ALL_RECORDS)}
    deps = {t: {p for _c, p, _d in foreign_keys(conn, t) if p != t and p in rank}
            for t in rank}
    order: list[str] = []
    while deps:
        ready = sorted((t for t, d in deps.items() if not d), key=rank.__getitem__)
        if not ready:  # pragma: no cover - the schema has no cycles between tables
            raise RuntimeError(f"cyclic foreign keys among {sorted(deps)}")
        t = ready[0]
        order.append(t)
        del deps[t]
        for d in deps.values():
            d.discard(t)
    return order


def export_order(store: "Store") -> list[str]:
    """:func:`table_order` of the store's file."""
    return table_order(store.conn)


def record_rows(store: "Store", table: str) -> list[dict[str, Any]]:
    """Every row of a record table, its model's columns only, ordered by id."""
    cols = RECORD_BY_TABLE[table].columns()
    return [dict(zip(cols, r)) for r in store.conn.execute(
        f"SELECT {', '.join(cols)} FROM {table} ORDER BY id")]


def meta_items(store: "Store") -> dict[str, str]:
    return {str(k): str(v) for k, v in store.conn.execute(
        "SELECT key, value FROM meta ORDER BY key")}


def tombstone_rows(store: "Store") -> list[dict[str, str]]:
    return [{"id": r[0], "table_name": r[1], "deleted": r[2]} for r in store.conn.execute(
        "SELECT id, table_name, deleted FROM tombstones ORDER BY id")]


def is_empty(store: "Store") -> bool:
    """True when the file holds no records and no tombstones."""
    for table in [*RECORD_BY_TABLE, "tombstones"]:
        if store.rows(f"SELECT 1 FROM {table} LIMIT 1"):
            return False
    return True
