"""The people one meeting's pages show and offer, read without loading the file's registry.

A file grows by a few hundred people a year; a meeting's board, issues, speakers and decisions
need only those checked in (or marked absent) at that meeting and those its records name.
"""
from __future__ import annotations

from typing import Optional

from ..model import Person
from .records import Store

_OF_MEETING = """id IN (
    SELECT person_id FROM attendance WHERE meeting_id = ?1
    UNION SELECT raised_by_id FROM issues WHERE meeting_id = ?1
    UNION SELECT a.person_id FROM issue_actors a JOIN issues i ON i.id = a.issue_id
          WHERE i.meeting_id = ?1
    UNION SELECT person_id FROM speaker_turns WHERE meeting_id = ?1
    UNION SELECT person_id FROM contributions WHERE meeting_id = ?1
    UNION SELECT pp.person_id FROM proposal_positions pp
          JOIN proposals p ON p.id = pp.proposal_id WHERE p.meeting_id = ?1
    UNION SELECT lead_person_id FROM actions WHERE meeting_id = ?1
    UNION SELECT person_id FROM pledges WHERE meeting_id = ?1)"""


def meeting_people(store: Store, meeting_id: str) -> list[Person]:
    """The meeting's people (attendance, issue raisers and actors, speakers, contributors,
    positions, action leads, pledgers), by first and last name."""
    if not meeting_id:
        return []
    return store.select(Person, _OF_MEETING, (meeting_id,), order_by="first_name, last_name")


def present_people(store: Store, meeting_ids: list[str]) -> dict[str, Optional[str]]:
    """Each person present at one of ``meeting_ids`` (once) and their organisation's id:
    two columns, not the people's records (a series' sign-in names thousands)."""
    out: dict[str, Optional[str]] = {}
    for start in range(0, len(meeting_ids), 500):
        chunk = meeting_ids[start:start + 500]
        for r in store.rows(
                # CROSS JOIN: read the meetings' attendance, then each person by id; with a
                # long list of meetings SQLite's planner walked every person of the file
                # instead, probing each meeting for each (5 s for a 500-meeting series)
                "SELECT DISTINCT p.id, p.organisation_id FROM attendance a "
                "CROSS JOIN people p ON p.id = a.person_id "
                f"WHERE a.status = 'present' AND a.meeting_id IN ({', '.join('?' * len(chunk))})",
                chunk):
            out[r[0]] = r[1]
    return out
