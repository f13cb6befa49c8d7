"""The speakers' queue of an agenda item, turn timing and the balance of who has been heard.

Time is always passed in (``now``: a :class:`datetime`), so the UI injects a clock and tests
use fake time.  A turn is *waiting* while ``started_at`` is empty, *speaking* while it has
``started_at`` and no ``ended_at``, and *done* once ``ended_at`` is set (``duration_s`` then
holds its length).  One person speaks at a time per meeting.

Each write is one transaction; undo is recorded by the store.

Balance: turns and seconds by sector (the sector check-in counts the person in: their
organisation's, else the community; ``None`` for a name not in the register, until it is
linked to a register person with :func:`link_name`) and by gender; *not heard* = people checked
in as present with no turn done or running in the meeting (or agenda item).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Optional

from . import errors
from .agenda import _parse, _seconds
from .model import (
    Attendance, AttendanceStatus, Contribution, ContributionKind, Gender, Organisation, Person,
    Sector, SpeakerTurn,
)
from .people import of_meeting, organisations_by_id, sector_of
from .store import Store

__all__ = ["enqueue", "waiting", "speaking", "done_turns", "start_next", "end_turn",
           "remove", "elapsed", "overrun", "add_contribution", "contributions", "balance",
           "Balance", "speaker_name", "unlinked_names", "link_name"]


def _iso(now: datetime) -> str:
    return now.isoformat(timespec="seconds")


# ------------------------------------------------------------------------ reading
def _turns(store: Store, meeting_id: str, agenda_item_id: Optional[str]) -> list[SpeakerTurn]:
    return store.find(SpeakerTurn, order_by="position, created", meeting_id=meeting_id,
                      agenda_item_id=agenda_item_id)


def waiting(store: Store, meeting_id: str, agenda_item_id: Optional[str]) -> list[SpeakerTurn]:
    return [t for t in _turns(store, meeting_id, agenda_item_id) if not t.started_at]


def done_turns(store: Store, meeting_id: str,
               agenda_item_id: Optional[str]) -> list[SpeakerTurn]:
    return sorted((t for t in _turns(store, meeting_id, agenda_item_id) if t.ended_at),
                  key=lambda t: t.started_at)


def speaking(store: Store, meeting_id: str) -> Optional[SpeakerTurn]:
    found = [t for t in store.find(SpeakerTurn, order_by="started_at DESC",
                                   meeting_id=meeting_id, ended_at="") if t.started_at]
    return found[0] if found else None


def speaker_name(store: Store, turn: SpeakerTurn) -> str:
    if turn.person_id:
        p = store.maybe(Person, turn.person_id)
        if p:
            return p.full_name
    return turn.name


def elapsed(turn: SpeakerTurn, now: datetime) -> int:
    """Seconds of the turn: its duration when done, the running time while speaking."""
    if turn.ended_at or not turn.started_at:
        return int(turn.duration_s or 0)
    start = _parse(turn.started_at)
    return _seconds(start, now) if start else 0


def overrun(turn: SpeakerTurn, now: datetime) -> int:
    """Seconds past the turn's limit (0 without a limit or within it)."""
    if not turn.limit_s:
        return 0
    return max(0, elapsed(turn, now) - int(turn.limit_s))


# ------------------------------------------------------------------------ writing
def enqueue(store: Store, meeting_id: str, agenda_item_id: Optional[str], *,
            person_id: Optional[str] = None, name: str = "", limit_s: int = 0,
            now: Optional[datetime] = None, id: Optional[str] = None) -> SpeakerTurn:
    """Add a speaker at the end of the item's queue (registry person or a free name)."""
    name = (name or "").strip()
    if not person_id and not name:
        raise errors.InvalidInput("Type the speaker's name.")
    if person_id:
        p = store.get(Person, person_id)
        name = name or p.full_name
    with store.transaction():
        last = store.max_of(SpeakerTurn, "position", meeting_id=meeting_id)
        turn = SpeakerTurn(meeting_id=meeting_id, agenda_item_id=agenda_item_id or None,
                           person_id=person_id or None, name=name,
                           position=(-1 if last is None else int(last)) + 1, limit_s=max(0, int(limit_s)),
                           queued_at=_iso(now) if now else "")
        if id:
            turn.id = id
        store.add(turn)
    return turn


def _finish(store: Store, turn: SpeakerTurn, now: datetime) -> None:
    store.update(SpeakerTurn, turn.id, ended_at=_iso(now), duration_s=elapsed(turn, now))


def end_turn(store: Store, meeting_id: str, now: datetime) -> None:
    """End whoever is speaking in the meeting."""
    with store.transaction():
        cur = speaking(store, meeting_id)
        if cur:
            _finish(store, cur, now)


def start_next(store: Store, meeting_id: str, agenda_item_id: Optional[str], now: datetime,
               turn_id: Optional[str] = None) -> None:
    """End the current turn and give the floor to the next waiting speaker (or ``turn_id``)."""
    with store.transaction():
        cur = speaking(store, meeting_id)
        if cur:
            _finish(store, cur, now)
        queue = waiting(store, meeting_id, agenda_item_id)
        nxt = next((t for t in queue if t.id == turn_id), None) if turn_id else \
            (queue[0] if queue else None)
        if nxt is not None:
            store.update(SpeakerTurn, nxt.id, started_at=_iso(now), ended_at="")


def unlinked_names(store: Store, meeting_id: str) -> list[str]:
    """The names typed as free text (speakers not in the register) in a meeting's turns."""
    return sorted({t.name for t in store.find(SpeakerTurn, meeting_id=meeting_id,
                                              person_id=None) if t.name})


def link_name(store: Store, meeting_id: str, name: str, person_id: str) -> int:
    """A name typed as free text was a register person after all: every turn of the meeting
    under that name (and the contributions logged in them) becomes theirs, so the balance
    counts them with the person's sector and gender.  Returns how many turns changed."""
    person = store.get(Person, person_id)
    with store.transaction():
        turns = [t for t in store.find(SpeakerTurn, meeting_id=meeting_id, person_id=None)
                 if t.name == name]
        if not turns:
            raise errors.InvalidInput("No speaker of this meeting has that name.")
        for t in turns:
            store.update(SpeakerTurn, t.id, person_id=person.id, name=person.full_name)
            for c in store.find(Contribution, turn_id=t.id, person_id=None):
                store.update(Contribution, c.id, person_id=person.id)
    return len(turns)


def remove(store: Store, turn_id: str) -> None:
    """Take a speaker off the queue."""
    store.delete(SpeakerTurn, turn_id)


def add_contribution(store: Store, meeting_id: str, agenda_item_id: Optional[str],
                     kind: ContributionKind, text: str, *, person_id: Optional[str] = None,
                     turn_id: Optional[str] = None, id: Optional[str] = None) -> Contribution:
    text = (text or "").strip()
    if not text:
        raise errors.InvalidInput("Write a short note of what was said.")
    c = Contribution(meeting_id=meeting_id, agenda_item_id=agenda_item_id or None,
                     turn_id=turn_id or None, person_id=person_id or None,
                     kind=ContributionKind(kind), text=text)
    if id:
        c.id = id
    return store.add(c)


def contributions(store: Store, meeting_id: str,
                  agenda_item_id: Optional[str] = None) -> list[Contribution]:
    if agenda_item_id is None:
        return store.find(Contribution, order_by="created", meeting_id=meeting_id)
    return store.find(Contribution, order_by="created", meeting_id=meeting_id,
                      agenda_item_id=agenda_item_id)


# ------------------------------------------------------------------------ balance
@dataclass
class Share:
    turns: int = 0
    seconds: int = 0


@dataclass
class Balance:
    by_sector: dict[Optional[Sector], Share] = field(default_factory=dict)
    by_gender: dict[Gender, Share] = field(default_factory=dict)
    present_by_sector: dict[Optional[Sector], int] = field(default_factory=dict)
    present_by_gender: dict[Gender, int] = field(default_factory=dict)
    not_heard: list[Person] = field(default_factory=list)
    turns: int = 0
    seconds: int = 0


def _sector_of(person: Optional[Person], orgs: dict[str, Organisation]) -> Optional[Sector]:
    """A registered speaker's sector, the same as check-in counts them in
    (:func:`workshop.people.sector_of`); None for a name not in the register."""
    return sector_of(person, orgs) if person is not None else None


def balance(store: Store, meeting_id: str, now: datetime,
            agenda_item_id: Optional[str] = None, *, whole_meeting: bool = True) -> Balance:
    """Who has spoken, by sector and gender; present people with no turn yet.

    With ``whole_meeting`` False only the turns of ``agenda_item_id`` count."""
    people = {p.id: p for p in of_meeting(store, meeting_id)}      # the meeting's, not all
    orgs = organisations_by_id(store, (p.organisation_id or "" for p in people.values()))
    turns = store.find(SpeakerTurn, meeting_id=meeting_id)
    if not whole_meeting:
        turns = [t for t in turns if t.agenda_item_id == agenda_item_id]
    out = Balance()
    heard: set[str] = set()
    for t in turns:
        if not t.started_at:
            continue
        secs = elapsed(t, now)
        person = people.get(t.person_id or "")
        sec = _sector_of(person, orgs)
        gen = person.gender if person else Gender.UNSPECIFIED
        for bucket, key in ((out.by_sector, sec), (out.by_gender, gen)):
            share = bucket.setdefault(key, Share())
            share.turns += 1
            share.seconds += secs
        out.turns += 1
        out.seconds += secs
        if t.person_id:
            heard.add(t.person_id)
    present = store.find(Attendance, meeting_id=meeting_id, status=AttendanceStatus.PRESENT)
    for a in present:
        person = people.get(a.person_id)
        if person is None:
            continue
        sec = _sector_of(person, orgs)
        out.present_by_sector[sec] = out.present_by_sector.get(sec, 0) + 1
        out.present_by_gender[person.gender] = out.present_by_gender.get(person.gender, 0) + 1
        if a.person_id not in heard:
            out.not_heard.append(person)
    out.not_heard.sort(key=lambda p: (p.first_name, p.last_name))
    return out
