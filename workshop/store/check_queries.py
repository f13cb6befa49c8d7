"""The SQL that ``check`` (:mod:`workshop.validate`) needs: every value as it is stored."""
from __future__ import annotations

from .file import WorkshopFile


def raw_rows(store: WorkshopFile, table: str, columns: list[str]) -> list[tuple[object, ...]]:
    """The rows of ``table`` with texts as bytes, so that bytes that are not UTF-8 are found
    by the check instead of raising inside SQLite's text conversion."""
    conn = store.conn
    old = conn.text_factory
    conn.text_factory = bytes
    try:
        return conn.execute(f"SELECT {', '.join(columns)} FROM {table}").fetchall()
    finally:
        conn.text_factory = old
