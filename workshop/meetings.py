"""Meetings: create with the customary agenda, number them per body and Buddhist-Era year,
follow on in a series, open and close them.

The rules (issue 12):

* a meeting's number (ครั้งที่) is unique within its body (``body_name``) and B.E. year;
  when the body or the date's year changes, the meeting takes the next number there
  (:func:`update_details`); the meetings already numbered keep theirs (their minutes may be
  signed);
* the next meeting of a series (:func:`create_next`) takes the place, officers, quorum, body
  and community map of the previous one;
* status: planned → open → closed, closed → open again (:func:`reopen_meeting`); a closed
  meeting is read-only, refused by the store for every caller (:mod:`workshop.store.closed`).
"""
from __future__ import annotations

import dataclasses
from datetime import date
from typing import Optional

from . import errors
from .model import (Action, AgendaItem, AgendaKind, Attendance, CommunityMap, Issue, Meeting,
                    MeetingStatus, Pledge, Proposal, new_id)
from .store import Store
from .thai import be_year, format_date_th, parse_date

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
    """The next meeting number (ครั้งที่) of ``body_name`` in Buddhist-Era year ``be``;
    restarts each year."""
    return int(store.max_of(Meeting, "number", be_year=be, body_name=body_name) or 0) + 1


def number_holder(store: Store, body_name: str, be: int, number: int,
                  except_id: str = "") -> Optional[Meeting]:
    """The meeting other than ``except_id`` that already has ``number``/``be`` in the body."""
    found = [m for m in store.find(Meeting, body_name=body_name, be_year=be, number=number)
             if m.id != except_id]
    return found[0] if found else None


def customary_agenda(meeting_id: str) -> list[AgendaItem]:
    return [AgendaItem(meeting_id=meeting_id, position=i, kind=kind, title=th, timebox_min=mins)
            for i, (kind, th, _en, mins) in enumerate(CUSTOMARY_AGENDA)]


def create_meeting(store: Store, meeting: Optional[Meeting] = None, *,
                   with_agenda: bool = True) -> Meeting:
    """Add a meeting with its agenda.  Its number is the next one of its body and B.E. year
    when unset or already taken there (numbers never repeat within a body and year)."""
    m = meeting or Meeting()
    d = parse_date(m.date) or date.today()
    if not m.date:
        m.date = d.isoformat()
    if not m.be_year:
        m.be_year = be_year(d.year)
    with store.transaction():
        if (meeting is None or not m.number or m.number < 1
                or number_holder(store, m.body_name, m.be_year, m.number, m.id) is not None):
            m.number = next_number(store, m.be_year, m.body_name)
        store.add(m)
        if with_agenda:
            store.add_many(customary_agenda(m.id))
    return m


def new_meeting(store: Store, title: str, on_date: Optional[str] = None) -> Meeting:
    """A new meeting outside any series (Meetings page: New meeting): empty but for the body,
    which is the latest meeting's (a file usually keeps one body's minutes), so that it is
    numbered after that body's meetings of the year."""
    latest = latest_meeting(store)
    d = parse_date(on_date) or date.today()
    return create_meeting(store, Meeting(title=title, number=0, date=d.isoformat(),
                                         body_name=latest.body_name if latest else ""))


def create_next(store: Store, previous_id: str, on_date: Optional[str] = None) -> Meeting:
    """The next meeting of the same series, ``previous_id`` pointing back: it takes the
    body, title, place and venue, village, officers (chair, recorder, reviewer), quorum,
    purpose and ways of working and the community map of the previous one; it is planned,
    dated ``on_date`` (today), numbered for its body and year, with the customary agenda."""
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
        for old in store.find(CommunityMap, order_by="created, rowid", meeting_id=prev.id):
            store.add(dataclasses.replace(old, id=new_id(), created="", updated="",
                                          meeting_id=m.id))
    return m


# ------------------------------------------------------------------ status
#: the status a meeting may move to from each status (closing a planned meeting is allowed:
#: minutes typed in afterwards from paper)
TRANSITIONS: dict[MeetingStatus, tuple[MeetingStatus, ...]] = {
    MeetingStatus.PLANNED: (MeetingStatus.IN_PROGRESS, MeetingStatus.CLOSED),
    MeetingStatus.IN_PROGRESS: (MeetingStatus.CLOSED,),
    MeetingStatus.CLOSED: (MeetingStatus.IN_PROGRESS,),
}


def set_status(store: Store, meeting_id: str, status: MeetingStatus) -> Meeting:
    """Move a meeting to ``status`` along :data:`TRANSITIONS` (one transaction)."""
    status = MeetingStatus(status)
    with store.transaction():
        m = store.get(Meeting, meeting_id)
        if status not in TRANSITIONS[MeetingStatus(m.status)]:
            raise errors.InvalidInput(
                "Meeting {number}/{year} cannot go from {old} to {new}.", number=m.number,
                year=m.be_year, old=_STATUS_WORDS[MeetingStatus(m.status)], new=_STATUS_WORDS[status])
        store.update(Meeting, meeting_id, status=status)
    return store.get(Meeting, meeting_id)


_STATUS_WORDS = {MeetingStatus.PLANNED: errors.Notice("planned"),
                 MeetingStatus.IN_PROGRESS: errors.Notice("open"),
                 MeetingStatus.CLOSED: errors.Notice("closed")}


def open_meeting(store: Store, meeting_id: str) -> Meeting:
    """A planned meeting begins (planned → open)."""
    return set_status(store, meeting_id, MeetingStatus.IN_PROGRESS)


def close_meeting(store: Store, meeting_id: str) -> Meeting:
    """Close a meeting: from now on it is read-only (:mod:`workshop.store.closed`) and its
    minutes are no longer a draft."""
    return set_status(store, meeting_id, MeetingStatus.CLOSED)


def reopen_meeting(store: Store, meeting_id: str) -> Meeting:
    """Reopen a closed meeting to correct it (closed → open)."""
    return set_status(store, meeting_id, MeetingStatus.IN_PROGRESS)


def is_closed(m: Meeting) -> bool:
    return MeetingStatus(m.status) == MeetingStatus.CLOSED


def agenda(store: Store, meeting_id: str) -> list[AgendaItem]:
    return store.find(AgendaItem, order_by="position", meeting_id=meeting_id)


def latest_meeting(store: Store) -> Optional[Meeting]:
    found = store.select(Meeting, order_by="date DESC, be_year DESC, number DESC, created DESC")
    return found[0] if found else None


def resolve_meeting(store: Store, which: str) -> Meeting:
    """A meeting by id, or ``"latest"`` (:func:`latest_meeting`); a clear error otherwise."""
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
    * the B.E. year follows the date, unless it had been set apart from the date;
    * a number typed in must be free in the meeting's body and year;
    * when the body or the B.E. year changes (and no number is typed in with it), the
      meeting takes the next number of its new body and year;
    * a closed meeting refuses every change (the store says so: reopen it first).
    """
    if not changes:
        return store.get(Meeting, meeting_id)
    if "status" in changes:
        raise ValueError("a meeting's status changes through set_status")
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
        body = str(changes.get("body_name", m.body_name))
        year = int(changes.get("be_year", m.be_year))       # type: ignore[call-overload]
        if "number" in changes:
            number = int(changes["number"])                  # type: ignore[call-overload]
            holder = number_holder(store, body, year, number, m.id)
            if holder is not None:
                raise errors.InvalidInput(
                    "Meeting no. {number}/{year} of this body is already the meeting of "
                    "{date}; the number is kept.", number=number, year=year,
                    date=format_date_th(holder.date) or holder.title)
        elif (body, year) != (m.body_name, m.be_year):
            changes["number"] = next_number(store, year, body)
        store.update(Meeting, meeting_id, **changes)
    return store.get(Meeting, meeting_id)


@dataclasses.dataclass
class Recorded:
    """What deleting a meeting takes with it (the confirmation names it)."""
    attendance: int = 0
    issues: int = 0
    proposals: int = 0
    actions: int = 0
    pledges: int = 0

    @property
    def empty(self) -> bool:
        return not any(dataclasses.astuple(self))


def recorded_in(store: Store, meeting_id: str) -> Recorded:
    return Recorded(*(store.count(cls, meeting_id=meeting_id)
                      for cls in (Attendance, Issue, Proposal, Action, Pledge)))


def delete_meeting(store: Store, meeting_id: str) -> None:
    """Delete a meeting with everything recorded in it (undo brings it all back); a closed
    meeting is refused (reopen it first)."""
    store.delete(Meeting, meeting_id)
