"""Meetings: create with the customary agenda, number them per Buddhist-Era year, follow on."""
from __future__ import annotations

import dataclasses
from datetime import date
from typing import Optional

from .model import AgendaItem, AgendaKind, Meeting, MeetingStatus, new_id
from .store import Store
from .thai import be_year, parse_date

# The customary five agenda items (GUIDE section 4), in Thai and English.
CUSTOMARY_AGENDA: tuple[tuple[AgendaKind, str, str, int], ...] = (
    (AgendaKind.ANNOUNCEMENTS, "เรื่องที่ประธานแจ้งให้ที่ประชุมทราบ",
     "Matters the chair informs the meeting of", 10),
    (AgendaKind.APPROVE_MINUTES, "รับรองรายงานการประชุมครั้งที่ผ่านมา",
     "Approval of the minutes of the previous meeting", 5),
    (AgendaKind.FOLLOW_UP, "เรื่องสืบเนื่อง", "Matters arising (follow-up)", 15),
    (AgendaKind.FOR_DECISION, "เรื่องเสนอเพื่อพิจารณา", "Matters for consideration", 60),
    (AgendaKind.OTHER, "เรื่องอื่น ๆ", "Other matters", 10),
)


def customary_title(kind: AgendaKind, lang: str = "th") -> str:
    for k, th, en, _ in CUSTOMARY_AGENDA:
        if k == kind:
            return th if lang == "th" else en
    return ""


def next_number(store: Store, be: int, body_name: str = "") -> int:
    """The next meeting number (ครั้งที่) in Buddhist-Era year ``be``; restarts each year."""
    return int(store.max_of(Meeting, "number", be_year=be, body_name=body_name) or 0) + 1


def customary_agenda(meeting_id: str) -> list[AgendaItem]:
    return [AgendaItem(meeting_id=meeting_id, position=i, kind=kind, title=th, timebox_min=mins)
            for i, (kind, th, _en, mins) in enumerate(CUSTOMARY_AGENDA)]


def create_meeting(store: Store, meeting: Optional[Meeting] = None, *,
                   with_agenda: bool = True) -> Meeting:
    """Add a meeting (numbered for its year when the number is unset) with its agenda."""
    m = meeting or Meeting()
    d = parse_date(m.date) or date.today()
    if not m.date:
        m.date = d.isoformat()
    if not m.be_year:
        m.be_year = be_year(d.year)
    with store.transaction():
        if meeting is None or not m.number or m.number < 1:
            m.number = next_number(store, m.be_year, m.body_name)
        store.add(m)
        if with_agenda:
            store.add_many(customary_agenda(m.id))
    return m


def create_next(store: Store, previous_id: str, on_date: Optional[str] = None) -> Meeting:
    """The next meeting of the same series: same body, place and people, empty agenda
    notes, numbered for its year, ``previous_id`` pointing back."""
    prev = store.get(Meeting, previous_id)
    d = parse_date(on_date) or date.today()
    m = dataclasses.replace(
        prev, id=new_id(), created="", updated="", date=d.isoformat(), be_year=be_year(d.year),
        number=0, start_time="", end_time="", previous_id=prev.id,
        status=MeetingStatus.PLANNED, notes="")
    with store.transaction():
        m.number = next_number(store, m.be_year, m.body_name)
        store.add(m)
        store.add_many(customary_agenda(m.id))
    return m


def agenda(store: Store, meeting_id: str) -> list[AgendaItem]:
    return store.find(AgendaItem, order_by="position", meeting_id=meeting_id)


def latest_meeting(store: Store) -> Optional[Meeting]:
    found = store.select(Meeting, order_by="date DESC, be_year DESC, number DESC, created DESC")
    return found[0] if found else None


def resolve_meeting(store: Store, which: str) -> Meeting:
    """A meeting by id, or ``"latest"`` (:func:`latest_meeting`); a clear error otherwise."""
    from . import errors

    if which == "latest":
        found = latest_meeting(store)
        if found is None:
            raise errors.NotFound("The file has no meetings yet.")
        return found
    m = store.maybe(Meeting, which)
    if m is None:
        raise errors.NotFound("There is no meeting {meeting} in this file.",
                              meeting=repr(which))
    return m


def list_meetings(store: Store) -> list[Meeting]:
    return store.select(Meeting, order_by="date DESC, number DESC")


def update_details(store: Store, meeting_id: str, **changes: object) -> Meeting:
    """Change fields of a meeting's heading (the Setup page), checking their rules:

    * a meeting's title may not be empty (it heads the minutes);
    * the B.E. year follows the date, unless it had been set apart from the date.
    """
    if not changes:
        return store.get(Meeting, meeting_id)
    from . import errors

    if "title" in changes and not str(changes["title"] or "").strip():
        raise errors.InvalidInput("The meeting needs a title (it heads the minutes); "
                                  "the previous title is kept.")
    with store.transaction():
        m = store.get(Meeting, meeting_id)
        if "date" in changes and "be_year" not in changes:
            new = parse_date(str(changes["date"] or ""))
            old = parse_date(m.date)
            if new is not None and (old is None or m.be_year == be_year(old.year)):
                changes["be_year"] = be_year(new.year)
        store.update(Meeting, meeting_id, **changes)
    return store.get(Meeting, meeting_id)


def delete_meeting(store: Store, meeting_id: str) -> None:
    """Delete a meeting with everything recorded in it (undo brings it all back)."""
    store.delete(Meeting, meeting_id)
