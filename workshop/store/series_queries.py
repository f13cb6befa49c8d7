"""The meetings of a series, followed through ``meetings.previous_id``, read as ids only: a
file of many years holds thousands of meetings, and a page needs a few dozen of them."""
from __future__ import annotations

from typing import Iterable, Optional

from .records import Store

_UP = """WITH RECURSIVE up(id, prev, n) AS (
    SELECT id, previous_id, 1 FROM meetings WHERE id = ?1
    UNION ALL SELECT m.id, m.previous_id, up.n + 1 FROM meetings m JOIN up ON m.id = up.prev
    WHERE up.n < ?2)
SELECT id FROM up ORDER BY n"""

_DOWN = """WITH RECURSIVE down(id, n) AS (
    SELECT ?1, 1
    UNION SELECT m.id, down.n + 1 FROM meetings m JOIN down ON m.previous_id = down.id
    WHERE down.n < ?2)
SELECT DISTINCT id FROM down LIMIT ?2"""

_CHUNK = 500


def meeting_links(store: Store) -> list[tuple[str, Optional[str], str, str]]:
    """Every meeting's id, ``previous_id``, date and creation stamp (no other column)."""
    return [(r[0], r[1], r[2] or "", r[3] or "")
            for r in store.rows("SELECT id, previous_id, date, created FROM meetings")]


def ancestors(store: Store, meeting_id: str, limit: int) -> list[str]:
    """``meeting_id`` and the meetings before it (``previous_id``), newest first, at most
    ``limit`` of them (a loop of ``previous_id`` comes round again: see
    :func:`workshop.series.back_from`)."""
    return [r[0] for r in store.rows(_UP, (meeting_id, limit))]


def descendants(store: Store, root_id: str, limit: int) -> list[str]:
    """``root_id`` and the meetings that follow it, directly or not: at most ``limit``."""
    return [r[0] for r in store.rows(_DOWN, (root_id, limit))]


def in_date_order(store: Store, ids: Iterable[str]) -> list[str]:
    """``ids`` by the meetings' date and creation stamp, oldest first."""
    wanted = sorted(set(ids))
    rows: list[tuple[str, str, str]] = []
    for start in range(0, len(wanted), _CHUNK):
        chunk = wanted[start:start + _CHUNK]
        rows += [(r[0], r[1] or "", r[2] or "") for r in store.rows(
            f"SELECT id, date, created FROM meetings WHERE id IN ({', '.join('?' * len(chunk))})",
            chunk)]
    return [r[0] for r in sorted(rows, key=lambda r: (r[1], r[2]))]
