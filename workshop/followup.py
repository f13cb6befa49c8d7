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

Actions followed over time (schema 4):

* :func:`report` records a change of an action's status and/or progress (percent) with its
  date and the meeting where it was reported (an :class:`ActionUpdate`), and updates the
  action -- one transaction (one undo step, recorded by the store).  :func:`set_status` reports an action's new status
  through it (the follow-up item's meeting, on that meeting's date).
* :func:`history` is an action's story: planned at its own meeting, then every update.
* :func:`progress_of` (done is 100 %), :func:`days_overdue` (an open action past its due date).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date as _date
from typing import Optional, Union

from . import actions as actions_mod
from . import errors, vocabulary
from .meetings import create_next
from .model import (
    Action, ActionStatus, ActionUpdate, AgendaItem, AgendaKind, Meeting, Outcome, Pledge,
    Proposal, ResourceKind,
)
from .series import SERIES_WINDOW, back_from
from .store import Store
from .thai import format_baht, format_date_th

NONE_TEXT = "ไม่มีเรื่องสืบเนื่อง"
SOURCES = {"actions": Action, "proposals": Proposal, "pledges": Pledge}

__all__ = ["create_next_meeting", "series", "carried_over", "followup_items", "source_of",
           "set_status", "NONE_TEXT", "report", "history", "Step", "progress_of",
           "days_overdue", "is_overdue", "dashboard", "Tally"]


def series(store: Store, meeting_id: str, limit: int = SERIES_WINDOW) -> list[str]:
    """``meeting_id`` and the meetings before it (newest first), following ``previous_id``:
    at most ``limit`` of them (:data:`workshop.series.SERIES_WINDOW`)."""
    return back_from(store, meeting_id, limit)


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
    actors = actions_mod.Actors.named_by(store, [rec for _t, rec in matters])
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
    return [i for i in store.find(AgendaItem, order_by="position", meeting_id=meeting_id,
                                  kind=AgendaKind.FOLLOW_UP) if i.source_table]


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
    if cls is Action:
        report(store, item.source_id, status=ActionStatus(value), meeting_id=item.meeting_id)
        return
    changes: dict[str, object]
    with store.transaction():
        if cls is Proposal:
            changes = {"outcome": Outcome(value)}
        else:
            changes = {"fulfilled": bool(value)}
        store.update(cls, item.source_id, **changes)


# ------------------------------------------------------------- actions followed over time
def _today() -> str:
    return _date.today().isoformat()


def report(store: Store, action_id: str, *, status: Optional[ActionStatus] = None,
           progress: Optional[int] = None, meeting_id: Optional[str] = None,
           on_date: Optional[str] = None, note: str = "") -> Optional[ActionUpdate]:
    """Record that ``action_id`` now has ``status`` and/or ``progress`` (percent), as reported
    at ``meeting_id`` on ``on_date`` (default: that meeting's date, else today).  Done means
    100 %.  Nothing is recorded (None) when nothing changes.  One transaction."""
    action = store.get(Action, action_id)
    new_status = ActionStatus(status) if status is not None else action.status
    if progress is not None and not 0 <= int(progress) <= 100:
        raise errors.InvalidInput("Progress is a percentage from 0 to 100.")
    new_progress = int(progress) if progress is not None else action.progress
    if new_status == ActionStatus.DONE:
        new_progress = 100
    meeting = store.maybe(Meeting, meeting_id)
    if meeting_id and meeting is None:
        raise errors.InvalidInput("The meeting where this was reported no longer exists.")
    when = on_date or (meeting.date if meeting and meeting.date else _today())
    if (new_status, new_progress) == (action.status, action.progress) and not note.strip():
        return None
    with store.transaction():
        store.update(Action, action_id, status=new_status, progress=new_progress)
        return store.add(ActionUpdate(action_id=action_id, meeting_id=meeting_id, date=when,
                                      status=new_status, previous_status=action.status,
                                      progress=new_progress, note=note.strip()))


@dataclass
class Step:
    """One moment of an action's story."""
    date: str                       # ISO date
    meeting_id: Optional[str]       # the meeting where it was planned or reported
    status: ActionStatus
    progress: int
    note: str = ""
    update_id: Optional[str] = None  # None: the action as first planned


def updates(store: Store, action_id: str) -> list[ActionUpdate]:
    return store.find(ActionUpdate, action_id=action_id, order_by="date, created")


def history(store: Store, action_id: str) -> list[Step]:
    """The action as planned at its meeting, then every reported change, oldest first."""
    action = store.get(Action, action_id)
    ups = updates(store, action_id)
    meeting = store.maybe(Meeting, action.meeting_id)
    first_status = ups[0].previous_status if ups and ups[0].previous_status else (
        action.status if not ups else ActionStatus.PLANNED)
    first_progress = 0 if ups else action.progress
    steps = [Step(meeting.date if meeting else action.created[:10], action.meeting_id,
                  first_status, 100 if first_status == ActionStatus.DONE else first_progress)]
    steps += [Step(u.date, u.meeting_id, u.status, u.progress, u.note, u.id) for u in ups]
    return steps


def progress_of(action: Action) -> int:
    """Percent done: 100 when done, else the last reported progress."""
    return 100 if action.status == ActionStatus.DONE else max(0, min(100, action.progress))


def days_overdue(action: Action, today: Optional[str] = None) -> int:
    """Days an open action is past its due date (0 when it is not late, done or cancelled,
    or has no due date)."""
    if action.status not in actions_mod.OPEN_STATUSES or not action.due_date:
        return 0
    try:
        due = _date.fromisoformat(action.due_date[:10])
        now = _date.fromisoformat((today or _today())[:10])
    except ValueError:
        return 0
    return max(0, (now - due).days)


def is_overdue(action: Action, today: Optional[str] = None) -> bool:
    return days_overdue(action, today) > 0


@dataclass
class Tally:
    """Open, late and done actions, and pledges promised against received (baht)."""
    open: int = 0
    late: int = 0
    done: int = 0
    cancelled: int = 0
    promised_baht: float = 0.0
    received_baht: float = 0.0


def dashboard(store: Store, meeting_id: str, today: Optional[str] = None
              ) -> tuple[dict[str, Tally], dict[Optional[str], Tally]]:
    """The follow-up across the series up to ``meeting_id`` (:func:`series`): a
    :class:`Tally` per responsible actor (its name, "" when no one leads) and per sector
    (a ``Sector`` value, None when unknown).  Late means open past its due date on ``today``
    (default: the meeting's date)."""
    ids = series(store, meeting_id)
    when = today or store.get(Meeting, meeting_id).date or _today()
    acts = {mid: actions_mod.actions(store, mid) for mid in ids}
    pledged = {mid: actions_mod.pledges(store, mid) for mid in ids}
    actors = actions_mod.Actors.named_by(
        store, [r for rs in (*acts.values(), *pledged.values()) for r in rs])
    by_actor: dict[str, Tally] = {}
    by_sector: dict[Optional[str], Tally] = {}

    def rows(person_id, org_id) -> tuple[Tally, Tally]:
        sector = actors.sector(person_id, org_id)
        key = actors.key(person_id, org_id)
        return (by_actor.setdefault(actors.key_name(key) if key else "", Tally()),
                by_sector.setdefault(sector.value if sector else None, Tally()))

    for mid in ids:
        for a in acts[mid]:
            for t in rows(a.lead_person_id, a.lead_organisation_id):
                if a.status == ActionStatus.DONE:
                    t.done += 1
                elif a.status == ActionStatus.CANCELLED:
                    t.cancelled += 1
                else:
                    t.open += 1
                    t.late += is_overdue(a, when)
        for p in pledged[mid]:
            value = p.quantity if p.kind == ResourceKind.MONEY else p.value_baht
            for t in rows(p.person_id, p.organisation_id):
                t.promised_baht += value
                t.received_baht += value if p.fulfilled else 0.0
    return by_actor, by_sector
