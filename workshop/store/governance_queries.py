"""The SQL behind :mod:`workshop.governance` (how far a forum met each condition)."""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .records import Store

PRESENT = "present"          # model.AttendanceStatus.PRESENT
PENDING = "pending"          # model.Outcome.PENDING


def sectors_present(store: "Store", meeting_id: str) -> dict[str, int]:
    """People present by their organisation's sector (no organisation: the community)."""
    rows = store.rows(
        "SELECT coalesce(o.sector, 'community') AS sector, count(*) AS n FROM attendance a "
        "JOIN people p ON p.id = a.person_id LEFT JOIN organisations o ON o.id = p.organisation_id "
        "WHERE a.meeting_id = ? AND a.status = ? GROUP BY 1", (meeting_id, PRESENT))
    return {str(r["sector"]): int(r["n"]) for r in rows}


def network_role_sectors(store: "Store", meeting_id: str) -> list[tuple[str, str]]:
    """(role, sector of the actor holding it) for every network role of the meeting."""
    rows = store.rows(
        "SELECT nr.role, coalesce(o.sector, po.sector, 'community') AS sector "
        "FROM network_roles nr LEFT JOIN organisations o ON o.id = nr.organisation_id "
        "LEFT JOIN people p ON p.id = nr.person_id "
        "LEFT JOIN organisations po ON po.id = p.organisation_id WHERE nr.meeting_id = ?",
        (meeting_id,))
    return [(str(r["role"]), str(r["sector"])) for r in rows]


def meeting_role_names(store: "Store", meeting_id: str) -> set[str]:
    return {str(r["role"]) for r in store.rows(
        "SELECT DISTINCT role FROM meeting_roles WHERE meeting_id = ?", (meeting_id,))}


def decided_methods(store: "Store", meeting_id: str) -> list[str]:
    """The decision method of every proposal of the meeting that has been decided."""
    return [str(r["method"]) for r in store.rows(
        "SELECT method FROM proposals WHERE meeting_id = ? AND outcome != ?",
        (meeting_id, PENDING))]


def speakers(store: "Store", meeting_id: str) -> int:
    """How many different people made a contribution."""
    return int(store.rows("SELECT count(DISTINCT person_id) FROM contributions "
                          "WHERE meeting_id = ?", (meeting_id,))[0][0])


def resolutions(store: "Store", meeting_id: str) -> int:
    return int(store.rows("SELECT count(*) FROM proposals WHERE meeting_id = ? "
                          "AND resolution != ''", (meeting_id,))[0][0])


def action_accountability(store: "Store", meeting_id: str) -> tuple[int, int, int]:
    """(actions, actions with someone leading, actions with a due date)."""
    r = store.rows(
        "SELECT count(*) AS n, sum(lead_person_id IS NOT NULL OR lead_organisation_id IS NOT "
        "NULL) AS led, sum(due_date != '') AS dated FROM actions WHERE meeting_id = ?",
        (meeting_id,))[0]
    return int(r["n"]), int(r["led"] or 0), int(r["dated"] or 0)


def members_present(store: "Store", meeting_id: str) -> int:
    return int(store.rows("SELECT count(*) FROM attendance WHERE meeting_id = ? AND status = ? "
                          "AND member = 1", (meeting_id, PRESENT))[0][0])
