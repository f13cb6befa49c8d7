"""Follow-up: "Next meeting" with agenda item 3 (เรื่องสืบเนื่อง) filled from what is open.

:func:`create_next_meeting` creates the next meeting of the series (see
:func:`workshop.meetings.create_next`) and, right after the customary item 3
(``AgendaKind.FOLLOW_UP``), adds one sub-item per carried-over matter:

* actions still planned or in progress,
* proposals that were deferred,
* pledges not yet fulfilled,

from the previous meeting and the meetings before it in the series (followed through
``Meeting.previous_id``).  Each sub-item has ``kind`` FOLLOW_UP and names its record in
``source_table`` / ``source_id``; the items after them move down.  When there is nothing to
carry over, the item 3 header's notes say "ไม่มีเรื่องสืบเนื่อง".  Convention (the minutes
follow it): a FOLLOW_UP item with ``source_table`` set is a carried matter of the item 3 header
before it, not an agenda item with its own number.

:func:`set_status` changes the status of the original record from its follow-up item:
an action's :class:`ActionStatus`, a proposal's :class:`Outcome`, a pledge's ``fulfilled``.
"""
from __future__ import annotations

from typing import Optional, Union

from . import actions as actions_mod
from . import errors, vocabulary
from .meetings import create_next
from .model import (
    Action, ActionStatus, AgendaItem, AgendaKind, Meeting, Outcome, Pledge, Proposal,
    ResourceKind,
)
from .store import Store
from .thai import format_baht, format_date_th

NONE_TEXT = "ไม่มีเรื่องสืบเนื่อง"
SOURCES = {"actions": Action, "proposals": Proposal, "pledges": Pledge}

__all__ = ["create_next_meeting", "series", "carried_over", "followup_items", "source_of",
           "set_status", "NONE_TEXT"]


def series(store: Store, meeting_id: str, limit: int = 50) -> list[str]:
    """``meeting_id`` and the meetings before it (newest first), following ``previous_id``."""
    out: list[str] = []
    cur: Optional[str] = meeting_id
    while cur and cur not in out and len(out) < limit:
        m = store.maybe(Meeting, cur)
        if m is None:
            break
        out.append(m.id)
        cur = m.previous_id
    return out


def carried_over(store: Store, meeting_id: str) -> list[tuple[str, object]]:
    """(table, record) of every open matter of ``meeting_id`` and its predecessors."""
    ids = series(store, meeting_id)
    out: list[tuple[str, object]] = []
    out += [("actions", a) for a in actions_mod.open_actions(store, ids)]
    for mid in ids:
        out += [("proposals", p) for p in store.find(Proposal, order_by="created",
                                                       meeting_id=mid, outcome=Outcome.DEFERRED)]
    out += [("pledges", p) for p in actions_mod.outstanding_pledges(store, ids)]
    return out


def _title(store: Store, table: str, rec, actors: actions_mod.Actors) -> str:
    if table == "actions":
        who = actors.name(rec.lead_person_id, rec.lead_organisation_id)
        due = format_date_th(rec.due_date)
        extra = "; ".join(x for x in (f"ผู้รับผิดชอบ {who}" if who else "",
                                      f"กำหนด {due}" if due else "") if x)
        return f"ติดตามการดำเนินงาน: {rec.title}" + (f" ({extra})" if extra else "")
    if table == "proposals":
        return f"ข้อเสนอที่เลื่อนการพิจารณา: {rec.title}"
    who = actors.name(rec.person_id, rec.organisation_id)
    what = vocabulary.label(ResourceKind(rec.kind))
    amount = (f" {format_baht(rec.quantity)} {rec.unit}".rstrip() if rec.quantity else "")
    desc = f" {rec.description}" if rec.description else ""
    return f"การสนับสนุนที่ยังค้าง: {who} – {what}{desc}{amount}"


def create_next_meeting(store: Store, previous_id: str,
                        on_date: Optional[str] = None) -> Meeting:
    """The next meeting with item 3 filled from the open matters (one transaction)."""
    with store.transaction():
        m = create_next(store, previous_id, on_date)
        fill_follow_up(store, m.id, previous_id)
    return m


def fill_follow_up(store: Store, meeting_id: str, previous_id: str) -> list[AgendaItem]:
    items = store.find(AgendaItem, order_by="position, created", meeting_id=meeting_id)
    header = next((i for i in items if i.kind == AgendaKind.FOLLOW_UP and not i.source_table),
                  None)
    if header is None:
        raise errors.InvalidInput("The new meeting has no follow-up agenda item.")
    matters = carried_over(store, previous_id)
    actors = actions_mod.Actors(store)
    with store.transaction():
        n = len(matters)
        for it in items:
            if it.position > header.position:
                store.update(AgendaItem, it.id, position=it.position + n)
        added = []
        for k, (table, rec) in enumerate(matters, 1):
            sub = AgendaItem(meeting_id=meeting_id, position=header.position + k,
                             kind=AgendaKind.FOLLOW_UP, title=_title(store, table, rec, actors),
                             timebox_min=0, source_table=table, source_id=rec.id)
            store.add(sub)
            added.append(sub)
        if not added and not header.notes.strip():
            store.update(AgendaItem, header.id, notes=NONE_TEXT)
    return added


def followup_items(store: Store, meeting_id: str) -> list[AgendaItem]:
    return store.select(AgendaItem, "meeting_id=? AND kind=? AND source_table != ''",
                        (meeting_id, AgendaKind.FOLLOW_UP.value), order_by="position")


def source_of(store: Store, item: AgendaItem):
    cls = SOURCES.get(item.source_table)
    return store.maybe(cls, item.source_id) if cls else None


StatusValue = Union[ActionStatus, Outcome, bool]


def status_of(store: Store, item: AgendaItem) -> Optional[StatusValue]:
    rec = source_of(store, item)
    if rec is None:
        return None
    if isinstance(rec, Action):
        return rec.status
    if isinstance(rec, Proposal):
        return rec.outcome
    return rec.fulfilled


def set_status(store: Store, agenda_item_id: str, value: StatusValue) -> None:
    """Update the original record from its follow-up item (one transaction)."""
    item = store.get(AgendaItem, agenda_item_id)
    cls = SOURCES.get(item.source_table)
    if cls is None:
        raise errors.InvalidInput("This agenda item does not carry over a record.")
    changes: dict[str, object]
    with store.transaction():
        if cls is Action:
            changes = {"status": ActionStatus(value)}
        elif cls is Proposal:
            changes = {"outcome": Outcome(value)}
        else:
            changes = {"fulfilled": bool(value)}
        store.update(cls, item.source_id, **changes)
