"""Check-in: who came to a meeting, who did not (and why), who came in whose place.

One attendance row per person and meeting (``UNIQUE(meeting_id, person_id)``).  Every writing
function here is one transaction (one undo step, recorded by the store):

* :func:`set_attendance` creates or changes a person's row;
* :func:`register_and_check_in` adds a new person (and, when asked, a new organisation) and
  checks them in.

:func:`counts` gives the live numbers the check-in page shows: present / absent / excused,
members and participants, by sector and gender, whether state *and* non-state actors are
both in the room (GUIDE section 2, condition 2), and the quorum when the meeting sets one
(members present, substitutes included).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

from . import errors
from .model import (
    Attendance, AttendanceStatus, Gender, Meeting, Organisation, Person, Sector, now_iso,
)
from .people import (DEFAULT_SECTOR, organisation_map, organisations_by_id, people_by_id,
                     sector_of, validate)
from .store import Store



def get(store: Store, meeting_id: str, person_id: str) -> Optional[Attendance]:
    found = store.find(Attendance, meeting_id=meeting_id, person_id=person_id)
    return found[0] if found else None


def for_meeting(store: Store, meeting_id: str) -> list[Attendance]:
    return store.find(Attendance, meeting_id=meeting_id, order_by="check_in_at, created, rowid")


def usual_member(store: Store, person_id: str, default: bool = True) -> bool:
    """Whether the person came as a member the last time they attended any meeting."""
    rows = store.find(Attendance, order_by="created DESC", person_id=person_id)
    return rows[0].member if rows else default


def set_attendance(store: Store, meeting_id: str, person_id: str, *,
                   status: AttendanceStatus = AttendanceStatus.PRESENT, reason: str = "",
                   substitute_for_id: Optional[str] = None, member: Optional[bool] = None,
                   at: Optional[str] = None) -> Optional[Attendance]:
    """Record a person's attendance (creating or replacing their row); returns the old row.

    ``member`` None keeps the row's current value, or for a new row takes the person's
    usual one.  A substitute (``substitute_for_id``) is present and counts as a member.
    ``check_in_at`` is set when the person becomes present (kept if they already were).
    """
    status = AttendanceStatus(status)
    if substitute_for_id == person_id:
        raise errors.InvalidInput("A person cannot attend in their own place.")
    if substitute_for_id:
        status = AttendanceStatus.PRESENT
    if status != AttendanceStatus.PRESENT:
        substitute_for_id = None
    with store.transaction():
        old = get(store, meeting_id, person_id)
        if member is None:
            member = old.member if old is not None else usual_member(store, person_id)
        if substitute_for_id:
            member = True
        check_in_at = ""
        if status == AttendanceStatus.PRESENT:
            keep = old is not None and old.status == AttendanceStatus.PRESENT and old.check_in_at
            check_in_at = old.check_in_at if keep else (at or now_iso())
        if old is None:
            store.add(Attendance(meeting_id=meeting_id, person_id=person_id, status=status,
                                 reason=reason, substitute_for_id=substitute_for_id,
                                 member=member, check_in_at=check_in_at))
        else:
            store.update(Attendance, old.id, status=status, reason=reason,
                         substitute_for_id=substitute_for_id, member=member,
                         check_in_at=check_in_at)
    return old


def check_in(store: Store, meeting_id: str, person_id: str, **kw) -> Optional[Attendance]:
    """Mark present now (see :func:`set_attendance`)."""
    return set_attendance(store, meeting_id, person_id, status=AttendanceStatus.PRESENT, **kw)


def remove(store: Store, meeting_id: str, person_id: str) -> Optional[Attendance]:
    """Forget a person's attendance row (a check-in made by mistake); returns it."""
    with store.transaction():
        old = get(store, meeting_id, person_id)
        if old is not None:
            store.delete(Attendance, old.id)
    return old


def register_and_check_in(store: Store, meeting_id: str, person: Person, *,
                          organisation: Optional[Organisation] = None,
                          member: bool = True, at: Optional[str] = None) -> Attendance:
    """Add a new person (and a new organisation, when given) and check them in: one
    transaction, so one undo step."""
    validate(person)
    with store.transaction():
        if organisation is not None:
            store.add(organisation)
            person.organisation_id = organisation.id
        store.add(person)
        rec = Attendance(meeting_id=meeting_id, person_id=person.id, member=member,
                         check_in_at=at or now_iso())
        store.add(rec)
    return rec


# ------------------------------------------------------------------ numbers
@dataclass
class Counts:
    present: int = 0
    absent: int = 0
    excused: int = 0
    members_present: int = 0          # members present, substitutes included
    participants_present: int = 0     # non-members present
    substitutes: int = 0
    by_sector: dict[Sector, int] = field(default_factory=dict)     # present only
    by_gender: dict[Gender, int] = field(default_factory=dict)     # present only
    quorum: Optional[int] = None

    @property
    def state_present(self) -> int:
        return sum(n for s, n in self.by_sector.items() if s.is_state)

    @property
    def non_state_present(self) -> int:
        return sum(n for s, n in self.by_sector.items() if not s.is_state)

    @property
    def both_state_and_non_state(self) -> bool:
        """State actors and non-state actors are both in the room."""
        return self.state_present > 0 and self.non_state_present > 0

    @property
    def quorum_met(self) -> Optional[bool]:
        """None when the meeting sets no quorum."""
        if self.quorum is None:
            return None
        return self.members_present >= self.quorum

    @property
    def missing_side(self) -> str:
        """"state", "non_state", "both" or "" (nobody missing)."""
        if self.state_present == 0 and self.non_state_present == 0:
            return "both"
        if self.state_present == 0:
            return "state"
        if self.non_state_present == 0:
            return "non_state"
        return ""


def counts(store: Store, meeting_id: str) -> Counts:
    meeting = store.maybe(Meeting, meeting_id)
    c = Counts(quorum=meeting.quorum if meeting is not None else None,
               by_sector={s: 0 for s in Sector}, by_gender={g: 0 for g in Gender})
    rows = for_meeting(store, meeting_id)
    if not rows:
        return c
    persons = {p.id: p for p in store.find_in(
        Person, "id", Attendance, "person_id", meeting_id=meeting_id)}
    orgs = organisations_by_id(store, [p.organisation_id or "" for p in persons.values()])
    for a in rows:
        if a.status == AttendanceStatus.ABSENT:
            c.absent += 1
            continue
        if a.status == AttendanceStatus.EXCUSED:
            c.excused += 1
            continue
        c.present += 1
        if a.substitute_for_id:
            c.substitutes += 1
        if a.member or a.substitute_for_id:
            c.members_present += 1
        else:
            c.participants_present += 1
        p = persons.get(a.person_id)
        if p is not None:
            c.by_sector[sector_of(p, orgs)] += 1
            c.by_gender[p.gender] += 1
    return c


@dataclass
class RosterRow:
    """One line of the sign-in list: the person, their row (None: not checked in yet)."""
    person: Person
    attendance: Optional[Attendance]
    organisation: Optional[Organisation]
    substitute_for: Optional[Person] = None

    @property
    def sector(self) -> Sector:
        return self.organisation.sector if self.organisation else DEFAULT_SECTOR


def roster(store: Store, meeting_id: str, *, everyone: bool = False) -> list[RosterRow]:
    """The meeting's attendance rows with their people (by check-in order); with
    ``everyone`` also every registered person not yet recorded (attendance None)."""
    rows = for_meeting(store, meeting_id)
    if everyone:
        orgs = organisation_map(store)
        all_people = {p.id: p for p in store.select(Person)}
    else:       # the meeting's people only: the roster grows with the meeting, not the file
        all_people = people_by_id(store, [x for a in rows
                                          for x in (a.person_id, a.substitute_for_id or "")])
        orgs = organisations_by_id(store, [p.organisation_id or ""
                                           for p in all_people.values()])
    out: list[RosterRow] = []
    seen: set[str] = set()
    for a in rows:
        p = all_people.get(a.person_id)
        if p is None:
            continue
        seen.add(p.id)
        out.append(RosterRow(p, a, orgs.get(p.organisation_id or ""),
                             all_people.get(a.substitute_for_id or "")))
    if everyone:
        rest = sorted((p for p in all_people.values() if p.id not in seen),
                      key=lambda p: (p.first_name, p.last_name))
        out.extend(RosterRow(p, None, orgs.get(p.organisation_id or "")) for p in rest)
    return out
