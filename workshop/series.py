"""The meetings of a series: a meeting, its predecessors (``Meeting.previous_id``) and the
meetings that follow it up, directly or not, oldest first.

A forum that meets every week for years makes a series of thousands of meetings.  The pages
and the minutes that look across a series (the network, the follow-up, problems that come
back, governance across meetings) read a *window* of it (:func:`series_window`): a series
of more than :data:`SERIES_WINDOW` meetings is read as its last :data:`SERIES_WINDOW` meetings
up to the meeting shown, as :func:`workshop.followup.series` follows an action back; a shorter
series is read whole.  So the time they take grows with the meetings looked at, not with the
file (only those meetings are read), and they say so (:attr:`Window.cut`) when meetings
were left out.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from .store import Store
from .store.series_queries import ancestors, descendants, in_date_order, meeting_links

#: meetings of a series that the pages and the minutes look across
SERIES_WINDOW = 50


@dataclass(frozen=True)
class Window:
    """Meetings of a series, oldest first; ``cut``: the series has more (left out)."""
    ids: list[str]
    cut: bool = False


def _whole_series(store: Store, meeting_id: str) -> list[str]:
    links = {i: (prev, date, created) for i, prev, date, created in meeting_links(store)}
    if meeting_id not in links:
        return []
    root, seen = meeting_id, {meeting_id}
    while links[root][0] in links and links[root][0] not in seen:
        root = links[root][0]
        seen.add(root)
    followers: dict[str, list[str]] = {}
    for i, (prev, _d, _c) in links.items():
        if prev:
            followers.setdefault(prev, []).append(i)
    out, done, todo = [], set(), [root]
    while todo:
        cur = todo.pop()
        if cur in done:
            continue
        done.add(cur)
        out.append(cur)
        todo += followers.get(cur, [])
    return sorted(out, key=lambda i: (links[i][1], links[i][2]))


def back_from(store: Store, meeting_id: str, limit: int) -> list[str]:
    """``meeting_id`` and the meetings before it (``previous_id``), newest first, at most
    ``limit`` of them; a loop of ``previous_id`` ends the chain where it comes round."""
    chain: list[str] = []
    for i in ancestors(store, meeting_id, limit):
        if i in chain:
            break
        chain.append(i)
    return chain


def series_window(store: Store, meeting_id: str, limit: Optional[int] = SERIES_WINDOW
                  ) -> Window:
    """The series of ``meeting_id``, oldest first; when it has more than ``limit`` meetings,
    only the last ``limit`` of them up to ``meeting_id``: the meeting and those before it
    (``previous_id``), as :func:`workshop.followup.series` reads them.  Only the ``limit``
    meetings are read, never the file's list of meetings (``limit`` None: the whole
    series, however long)."""
    if limit is None:
        return Window(_whole_series(store, meeting_id))
    chain = back_from(store, meeting_id, limit + 1)
    if not chain:
        return Window([])
    if len(chain) > limit:
        return Window(list(reversed(chain[:limit])), cut=True)
    whole = descendants(store, chain[-1], limit + 1)
    if len(whole) > limit:          # meetings follow this one: the window ends here
        return Window(list(reversed(chain)), cut=True)
    return Window(in_date_order(store, whole))


def series_of(store: Store, meeting_id: str, limit: Optional[int] = None) -> list[str]:
    """The meeting ids of :func:`series_window` (the whole series when ``limit`` is None)."""
    return series_window(store, meeting_id, limit).ids


__all__ = ["SERIES_WINDOW", "Window", "back_from", "series_window", "series_of"]
