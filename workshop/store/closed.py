"""A closed meeting is read-only until it is reopened (issue 12).

The store asks :func:`refuse_closed` before every write of :class:`~.records.Store` (add,
update, save, delete), so the Setup page, every other page, the command line and scripts get
the same refusal, one translatable :class:`~workshop.errors.MeetingClosed`, and nothing is
written.  What counts as "recorded in a meeting":

* the meeting's own record: only its ``status`` may change (closing and reopening it,
  :mod:`workshop.meetings`); it cannot be deleted while closed;
* every row with the meeting's ``meeting_id`` (agenda, check-in, issues, votes, speakers,
  proposals, actions, pledges, ...), and rows hanging from those (links between issues,
  parties to an issue, scores, positions on a proposal).

Not frozen, on purpose:

* what later meetings of the series follow up (:data:`FOLLOWED`): an action's status,
  progress and plan fields, a pledge received, a deferred proposal decided later -- their
  rows may be *changed* after their meeting closed, but none can be added to or removed from
  a closed meeting;
* deletions that start outside the meeting (a person removed from the register at their
  request takes their check-ins with them: privacy comes first);
* merging and importing files (:mod:`workshop.merge` writes whole records by the newest-edit
  rule, a closed meeting arriving closed), undo and redo (they replay what was done).
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any, Optional

from .. import errors
from ..model import RECORD_BY_TABLE

if TYPE_CHECKING:
    from .records import Store

CLOSED = "closed"

#: rows that belong to a meeting through a parent record: table -> (parent table, column)
THROUGH: dict[str, tuple[str, str]] = {
    "issue_links": ("issues", "cause_id"),
    "issue_actors": ("issues", "issue_id"),
    "criterion_scores": ("issues", "issue_id"),
    "proposal_positions": ("proposals", "proposal_id"),
}

#: records that later meetings follow up: the columns that may still change once their meeting
#: is closed (None: any column but ``meeting_id``)
FOLLOWED: dict[str, Optional[frozenset[str]]] = {
    "actions": None,
    "pledges": None,
    "proposals": frozenset({"outcome", "resolution", "decided_at"}),
}

#: tables never frozen: an action's partners follow the action
FREE = frozenset({"action_partners", "meta", "tombstones"})


def _meeting_tables() -> frozenset[str]:
    return frozenset(t for t, cls in RECORD_BY_TABLE.items() if "meeting_id" in cls.columns())


MEETING_TABLES = _meeting_tables()


def _closed(store: "Store", meeting_id: Any) -> Optional[tuple[int, int]]:
    """(number, B.E. year) of ``meeting_id`` when it is closed; None otherwise."""
    if not meeting_id:
        return None
    row = store._exec("SELECT number, be_year, status FROM meetings WHERE id=?",
                      (meeting_id,)).fetchone()
    if row is None or row[2] != CLOSED:
        return None
    return int(row[0]), int(row[1])


def _owner(store: "Store", table: str, rid: str) -> Any:
    """The meeting id an existing row of ``table`` is recorded in (None when there is none)."""
    if table in MEETING_TABLES:
        row = store._exec(f"SELECT meeting_id FROM {table} WHERE id=?", (rid,)).fetchone()
        return row[0] if row else None
    parent, col = THROUGH[table]
    row = store._exec(f"SELECT p.meeting_id FROM {table} t JOIN {parent} p ON p.id = t.{col} "
                      f"WHERE t.id=?", (rid,)).fetchone()
    return row[0] if row else None


def _owner_of_new(store: "Store", table: str, row: dict[str, Any]) -> Any:
    if table in MEETING_TABLES:
        return row.get("meeting_id")
    parent, col = THROUGH[table]
    found = store._exec(f"SELECT meeting_id FROM {parent} WHERE id=?",
                        (row.get(col),)).fetchone()
    return found[0] if found else None


def _refuse(number_year: tuple[int, int]) -> errors.MeetingClosed:
    number, year = number_year
    return errors.MeetingClosed(
        "Meeting {number}/{year} is closed, so what was recorded in it cannot be changed. "
        "Reopen the meeting first (Meetings page: Reopen).", number=number, year=year)


def refuse_closed(store: "Store", op: str, table: str, rid: str = "",
                  row: Optional[dict[str, Any]] = None,
                  changes: Optional[dict[str, Any]] = None) -> None:
    """Raise :class:`~workshop.errors.MeetingClosed` when writing ``op`` ("add", "update",
    "delete") to ``table`` would change a closed meeting; ``changes`` are an update's new
    values (the changed columns), ``row`` an added record's values."""
    if table in FREE:
        return
    if table == "meetings":
        if op == "add":
            return
        if op == "update" and changes is not None and set(changes) <= {"status", "updated"}:
            return
        if (found := _closed(store, rid)) is not None:
            raise _refuse(found)
        return
    if table not in MEETING_TABLES and table not in THROUGH:
        return                  # the register (people, organisations, categories)
    if op == "add":
        found = _closed(store, _owner_of_new(store, table, row or {}))
        if found is not None:
            raise _refuse(found)
        return
    if op == "update" and table in FOLLOWED and changes is not None:
        allowed = FOLLOWED[table]
        moved = "meeting_id" in changes
        if not moved and (allowed is None or set(changes) <= allowed | {"updated"}):
            return
    found = _closed(store, _owner(store, table, rid))
    if found is None and op == "update" and changes and "meeting_id" in changes:
        found = _closed(store, changes["meeting_id"])      # moved into a closed meeting
    if found is not None:
        raise _refuse(found)
