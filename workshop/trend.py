"""Governance across meetings: the six conditions and four principles for each meeting of a
series (:func:`workshop.governance.assess`), and a few figures as a small table with a trend.

Each :class:`Figure` says which records it comes from (:attr:`Figure.source`: a table and the
rule, and the ids it counted), so the table can be checked against the record:

* ``present_<sector>`` -- people present from the sector (attendance, present)
* ``non_state_deciding`` -- share of the actors who hold the deciding role that are
  non-state (network_roles, role deciding)
* ``owned_dated`` -- share of the meeting's actions with a lead and a due date (actions)
* ``on_time`` -- share of the meeting's actions with a due date that were reported done on or
  before it (actions, action_updates)
* ``quorum`` -- members present against the quorum (attendance, meetings.quorum)

A trend compares a figure with the meeting before: up, down or same.  A long series is read
as its window of :data:`workshop.series.SERIES_WINDOW` meetings ending at the meeting.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

from . import governance
from .model import (
    Action, ActionStatus, ActionUpdate, Attendance, AttendanceStatus, Meeting, NetworkRole,
    NetworkRoleAssignment, Organisation, Person, Sector,
)
from .series import SERIES_WINDOW, series_of
from .people import DEFAULT_SECTOR
from .store import Store
from .store.by_ids import Lookup

UP, DOWN, SAME = "up", "down", "same"


@dataclass
class Figure:
    key: str
    value: Optional[float]          # a count or a share 0..1; None when there is nothing
    of: Optional[int] = None        # the denominator of a share
    source: str = ""                # table(s) and rule
    ids: list[str] = field(default_factory=list)   # the records counted
    trend: Optional[str] = None     # against the meeting before


@dataclass
class MeetingRow:
    meeting: Meeting
    levels: dict[str, str]          # condition or principle -> met / partly / not_met
    figures: dict[str, Figure]


def _share(n: int, of: int) -> Optional[float]:
    return n / of if of else None


def _figures(store: Store, m: Meeting, orgs: Lookup, people: Lookup,
             present: list[Attendance]) -> dict[str, Figure]:
    def sector_of(person_id, org_id) -> Sector:
        o = orgs.get(org_id)
        if o is not None:
            return o.sector
        p = people.get(person_id)
        o = orgs.get(p.organisation_id) if p else None
        return o.sector if o else DEFAULT_SECTOR

    out: dict[str, Figure] = {}
    for s in Sector:
        ids = [a.id for a in present if sector_of(a.person_id, None) == s]
        out[f"present_{s.value}"] = Figure(f"present_{s.value}", len(ids), None,
                                           "attendance: present", ids)
    deciding = store.find(NetworkRoleAssignment, meeting_id=m.id, role=NetworkRole.DECIDING)
    actors: dict[str, tuple[Sector, str]] = {}
    for r in deciding:
        actors.setdefault(r.organisation_id or r.person_id or r.id,
                          (sector_of(r.person_id, r.organisation_id), r.id))
    non_state = [rid for s, rid in actors.values() if not s.is_state]
    out["non_state_deciding"] = Figure("non_state_deciding", _share(len(non_state), len(actors)),
                                       len(actors), "network_roles: deciding, by actor",
                                       [rid for _, rid in actors.values()])
    actions = store.find(Action, meeting_id=m.id, order_by="created")
    owned = [a.id for a in actions
             if (a.lead_person_id or a.lead_organisation_id) and a.due_date]
    out["owned_dated"] = Figure("owned_dated", _share(len(owned), len(actions)), len(actions),
                                "actions: with a lead and a due date", owned)
    dated = [a for a in actions if a.due_date]
    on_time = []
    for a in dated:
        if a.status != ActionStatus.DONE:
            continue
        done = [u.date for u in store.find(ActionUpdate, action_id=a.id,
                                           status=ActionStatus.DONE)]
        when = min(done) if done else m.date      # done when planned: at its meeting
        if when and when[:10] <= a.due_date[:10]:
            on_time.append(a.id)
    out["on_time"] = Figure("on_time", _share(len(on_time), len(dated)), len(dated),
                            "actions with a due date, action_updates: done by then", on_time)
    members = [a.id for a in present if a.member]
    met = None if m.quorum is None else float(len(members) >= m.quorum)
    out["quorum"] = Figure("quorum", met, m.quorum, "attendance: members present; "
                           "meetings.quorum", members)
    return out


def series_table(store: Store, meeting_id: str, limit: Optional[int] = SERIES_WINDOW
                 ) -> list[MeetingRow]:
    """One row per meeting of the series (its window of ``limit`` meetings ending at
    ``meeting_id``, :func:`workshop.series.series_window`), oldest first, each figure with
    its trend."""
    orgs, people = Lookup(store, Organisation), Lookup(store, Person)
    ids = series_of(store, meeting_id, limit)
    present = {mid: store.find(Attendance, meeting_id=mid, status=AttendanceStatus.PRESENT)
               for mid in ids}
    people.prefetch(a.person_id for rs in present.values() for a in rs)   # a few queries
    orgs.prefetch(p.organisation_id for p in people.known.values() if p)
    rows: list[MeetingRow] = []
    for mid in ids:
        m = store.get(Meeting, mid)
        a = governance.assess(store, mid)
        levels = {f.key: f.level for f in a.conditions + a.principles}
        figures = _figures(store, m, orgs, people, present[mid])
        if rows:
            before = rows[-1].figures
            for k, f in figures.items():
                b = before[k].value
                if f.value is not None and b is not None:
                    f.trend = UP if f.value > b else DOWN if f.value < b else SAME
        rows.append(MeetingRow(m, levels, figures))
    return rows


LEVEL_SCORE = {governance.MET: 2, governance.PARTLY: 1, governance.NOT_MET: 0}


def level_trend(rows: list[MeetingRow], key: str) -> Optional[str]:
    """How a condition or principle moved between the last two meetings."""
    if len(rows) < 2:
        return None
    a, b = LEVEL_SCORE[rows[-2].levels[key]], LEVEL_SCORE[rows[-1].levels[key]]
    return UP if b > a else DOWN if b < a else SAME


__all__ = ["Figure", "MeetingRow", "series_table", "level_trend", "UP", "DOWN", "SAME"]
