"""Is the record of a meeting ready to become its minutes?  A checklist computed from the store.

Nothing is typed in: each :class:`Check` looks at what was recorded and says whether it is
complete, and if not, what is missing (as keys and names, worded by the UI):

* ``officers`` — the chair, recorder and reviewer are named; ``missing`` lists the roles
  (``"chair"``, ``"recorder"``, ``"reviewer"``);
* ``times`` — the start and end times are filled; ``missing``: ``"start"``, ``"end"``;
* ``resolutions`` — every numbered agenda item has a resolution (``"รับทราบ"`` — noted — counts)
  or a decided proposal with one; ``missing``: the items' titles.  An item 3 header whose
  notes say there is no follow-up matter needs none;
* ``follow_up`` — the customary item 3 (เรื่องสืบเนื่อง) is on the agenda;
* ``attendance`` — someone was checked in present; ``count``: people present;
* ``pending`` — no proposal is still pending; ``count``: pending proposals, ``missing`` their
  titles.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from .followup import NONE_TEXT
from .model import (AgendaItem, AgendaKind, Attendance, AttendanceStatus, Meeting, Outcome,
                    Proposal)
from .store import Store

CHECKS = ("officers", "times", "resolutions", "follow_up", "attendance", "pending")


@dataclass
class Check:
    key: str
    ok: bool
    missing: list[str] = field(default_factory=list)
    count: int = 0


def readiness(store: Store, meeting_id: str) -> list[Check]:
    """The checklist of one meeting, in :data:`CHECKS` order."""
    m = store.get(Meeting, meeting_id)
    officers = [k for k, v in (("chair", m.chair_id), ("recorder", m.recorder_id),
                               ("reviewer", m.reviewer_id)) if not v]
    times = [k for k, v in (("start", m.start_time), ("end", m.end_time)) if not v.strip()]

    items = store.find(AgendaItem, order_by="position, created", meeting_id=m.id)
    proposals = store.find(Proposal, order_by="created, rowid", meeting_id=m.id)
    numbered = [it for it in items if not (it.kind == AgendaKind.FOLLOW_UP and it.source_table)]
    decision_item = next((it for it in numbered if it.kind == AgendaKind.FOR_DECISION), None)
    known = {it.id for it in numbered}
    decided_for: set[str] = set()
    for p in proposals:
        if p.resolution.strip() or p.outcome != Outcome.PENDING:
            target = p.agenda_item_id if p.agenda_item_id in known else (
                decision_item.id if decision_item else "")
            decided_for.add(target)
    has_sub = any(it.kind == AgendaKind.FOLLOW_UP and it.source_table for it in items)
    unresolved = []
    for it in numbered:
        if it.resolution.strip() or it.id in decided_for:
            continue
        if it.kind == AgendaKind.FOLLOW_UP and not has_sub and NONE_TEXT in it.notes:
            continue
        unresolved.append(it.title)

    present = store.count(Attendance, meeting_id=m.id, status=AttendanceStatus.PRESENT)
    pending = [p.title for p in proposals if p.outcome == Outcome.PENDING]
    return [
        Check("officers", not officers, officers),
        Check("times", not times, times),
        Check("resolutions", bool(numbered) and not unresolved, unresolved, len(numbered)),
        Check("follow_up", any(it.kind == AgendaKind.FOLLOW_UP for it in items)),
        Check("attendance", present > 0, count=present),
        Check("pending", not pending, pending, len(pending)),
    ]


__all__ = ["CHECKS", "Check", "readiness"]
