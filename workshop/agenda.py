"""The agenda of a meeting: order, add/remove, and the live meeting clock.

Everything here is plain Python and takes the current time as an argument (``now``, an aware
or naive :class:`datetime`), so tests use fake time.  Each write is one transaction; undo is
the store's (it records what every transaction changed).

Clock rules:

* An item is *running* when ``started_at`` is set and ``ended_at`` is empty.  ``elapsed_s``
  holds the seconds of runs that have finished; a running item adds ``now - started_at``.
* Starting an item stops any other running item of the same meeting (one clock at a time).
* Starting the first item of a meeting fills the meeting's ``start_time`` when it is empty;
  stopping the last item fills ``end_time`` when it is empty.  Both feed the minutes.
* Ahead/behind: for each finished or running item, time used minus its time box; a running
  item counts only once it overruns.  Negative = ahead of schedule, positive = behind.
"""
from __future__ import annotations

from datetime import datetime
from typing import Iterable, Optional, Sequence

from . import errors
from .model import AgendaItem, AgendaKind, Meeting
from .store import Store


# ------------------------------------------------------------------------- reading
def items(store: Store, meeting_id: str) -> list[AgendaItem]:
    return store.find(AgendaItem, order_by="position, created", meeting_id=meeting_id)


def is_carried(item: AgendaItem, header: Optional[AgendaItem]) -> bool:
    """A follow-up sub-item (see :mod:`workshop.followup`): a FOLLOW_UP item with a source
    after the item 3 header, a carried matter of that header, not an item of its own."""
    return (header is not None and item.kind == AgendaKind.FOLLOW_UP
            and bool(item.source_table) and bool(item.source_id))


def numbering(agenda: Sequence[AgendaItem]) -> list[str]:
    """The number of each item as the minutes give it: "1", "2", "3", carried matters of
    item 3 "3.1", "3.2", ..., then "4" (the sub-items do not count as agenda items)."""
    out: list[str] = []
    header: Optional[AgendaItem] = None
    header_no, n, sub = "", 0, 0
    for it in agenda:
        if is_carried(it, header):
            sub += 1
            out.append(f"{header_no}.{sub}")
            continue
        n += 1
        out.append(str(n))
        if it.kind == AgendaKind.FOLLOW_UP and not it.source_table:
            header, header_no, sub = it, str(n), 0
    return out


# ------------------------------------------------------------------------- editing
def add_item(store: Store, meeting_id: str, title: str = "",
             kind: AgendaKind = AgendaKind.OTHER, timebox_min: int = 10,
             position: Optional[int] = None) -> AgendaItem:
    """Add an item at ``position`` (default: the end); later items move down."""
    with store.transaction():
        current = items(store, meeting_id)
        pos = len(current) if position is None else max(0, min(position, len(current)))
        item = AgendaItem(meeting_id=meeting_id, title=title, kind=kind,
                          timebox_min=max(0, int(timebox_min)), position=pos)
        for other in current[pos:]:
            store.update(AgendaItem, other.id, position=other.position + 1)
        store.add(item)
        _renumber(store, meeting_id)
    return item


def set_order(store: Store, meeting_id: str, ids: Sequence[str]) -> None:
    """Put the meeting's items in the order ``ids`` (every item id exactly once)."""
    current = items(store, meeting_id)
    if sorted(ids) != sorted(i.id for i in current):
        raise errors.InvalidInput("The new agenda order does not match the agenda.")
    with store.transaction():
        by_id = {i.id: i for i in current}
        for pos, id in enumerate(ids):
            if by_id[id].position != pos:
                store.update(AgendaItem, id, position=pos)


def reordered(ids: Sequence[str], item_id: str, new_index: int) -> list[str]:
    """``ids`` with ``item_id`` moved to ``new_index`` (clamped)."""
    out = [i for i in ids if i != item_id]
    if len(out) == len(ids):
        raise ValueError(f"{item_id} is not in the list")
    new_index = max(0, min(new_index, len(out)))
    out.insert(new_index, item_id)
    return out


def move_item(store: Store, item_id: str, new_index: int) -> None:
    item = store.get(AgendaItem, item_id)
    ids = [i.id for i in items(store, item.meeting_id)]
    set_order(store, item.meeting_id, reordered(ids, item_id, new_index))


def update_item(store: Store, item_id: str, **changes: object) -> None:
    """Edit an agenda item's title, kind, time box, discussion or resolution."""
    if "title" in changes and not str(changes["title"] or "").strip():
        raise errors.InvalidInput("An agenda item needs a title; the previous title is kept.")
    store.update(AgendaItem, item_id, **changes)


def delete_item(store: Store, item_id: str) -> None:
    """Delete an agenda item; later items move up."""
    with store.transaction():
        item = store.get(AgendaItem, item_id)
        store.delete(AgendaItem, item_id)
        _renumber(store, item.meeting_id)


def add_customary(store: Store, meeting_id: str) -> list[AgendaItem]:
    """Add the customary five agenda items."""
    from .meetings import customary_agenda

    recs = customary_agenda(meeting_id)
    store.add_many(recs)
    return recs


def _renumber(store: Store, meeting_id: str) -> None:
    for pos, it in enumerate(items(store, meeting_id)):
        if it.position != pos:
            store.update(AgendaItem, it.id, position=pos)


# ------------------------------------------------------------------------- the clock
def _parse(ts: str) -> Optional[datetime]:
    if not ts:
        return None
    try:
        return datetime.fromisoformat(ts)
    except ValueError:
        return None


def _seconds(a: datetime, b: datetime) -> int:
    """Whole seconds from a to b (never negative); mixes aware and naive safely."""
    if (a.tzinfo is None) != (b.tzinfo is None):
        a, b = a.replace(tzinfo=None), b.replace(tzinfo=None)
    return max(0, int((b - a).total_seconds()))


def is_running(item: AgendaItem) -> bool:
    return bool(item.started_at) and not item.ended_at


def elapsed(item: AgendaItem, now: datetime) -> int:
    """Seconds spent on the item so far (finished runs plus the running one)."""
    total = int(item.elapsed_s or 0)
    if is_running(item):
        start = _parse(item.started_at)
        if start is not None:
            total += _seconds(start, now)
    return total


def remaining(item: AgendaItem, now: datetime) -> Optional[int]:
    """Seconds left in the time box (negative when overrun); None without a time box."""
    if not item.timebox_min:
        return None
    return item.timebox_min * 60 - elapsed(item, now)


def overrun(item: AgendaItem, now: datetime) -> int:
    """Seconds past the time box (0 when within it or without one)."""
    left = remaining(item, now)
    return -left if left is not None and left < 0 else 0


def was_used(item: AgendaItem) -> bool:
    return bool(item.started_at) or bool(item.elapsed_s)


def schedule_delta(agenda: Iterable[AgendaItem], now: datetime) -> int:
    """Seconds behind (+) or ahead of (-) schedule, over the items used so far."""
    total = 0
    for it in agenda:
        if not was_used(it):
            continue
        used = elapsed(it, now)
        box = it.timebox_min * 60
        if is_running(it):
            total += max(0, used - box)
        else:
            total += used - box
    return total


def planned_minutes(agenda: Iterable[AgendaItem]) -> int:
    return sum(it.timebox_min for it in agenda)


def _hhmm(now: datetime) -> str:
    return now.strftime("%H:%M")


def _iso(now: datetime) -> str:
    return now.isoformat(timespec="seconds")


def _stop(store: Store, item: AgendaItem, now: datetime) -> None:
    start = _parse(item.started_at)
    run = _seconds(start, now) if start is not None else 0
    store.update(AgendaItem, item.id, ended_at=_iso(now), elapsed_s=int(item.elapsed_s or 0) + run)


def start_item(store: Store, item_id: str, now: datetime) -> None:
    """Start (or resume) an item's clock; stops any other running item of the meeting."""
    with store.transaction():
        item = store.get(AgendaItem, item_id)
        if is_running(item):
            return
        agenda = items(store, item.meeting_id)
        for other in agenda:
            if other.id != item.id and is_running(other):
                _stop(store, other, now)
        store.update(AgendaItem, item.id, started_at=_iso(now), ended_at="")
        meeting = store.get(Meeting, item.meeting_id)
        if not meeting.start_time:
            store.update(Meeting, meeting.id, start_time=_hhmm(now))


def stop_item(store: Store, item_id: str, now: datetime) -> None:
    """Stop an item's clock; stopping the last item fills the meeting's end time."""
    with store.transaction():
        item = store.get(AgendaItem, item_id)
        if not is_running(item):
            return
        _stop(store, item, now)
        agenda = items(store, item.meeting_id)
        if agenda and agenda[-1].id == item.id:
            meeting = store.get(Meeting, item.meeting_id)
            if not meeting.end_time:
                store.update(Meeting, meeting.id, end_time=_hhmm(now))


def reset_item(store: Store, item_id: str) -> None:
    """Clear an item's clock (a start pressed by mistake)."""
    store.update(AgendaItem, item_id, started_at="", ended_at="", elapsed_s=0)


def running_item(agenda: Iterable[AgendaItem]) -> Optional[AgendaItem]:
    for it in agenda:
        if is_running(it):
            return it
    return None


def format_duration(seconds: int) -> str:
    """``1:05:09`` / ``5:09``; a leading minus for negative values."""
    sign = "-" if seconds < 0 else ""
    s = abs(int(seconds))
    h, rest = divmod(s, 3600)
    m, sec = divmod(rest, 60)
    return f"{sign}{h}:{m:02d}:{sec:02d}" if h else f"{sign}{m}:{sec:02d}"
