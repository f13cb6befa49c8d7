"""How far a forum met the conditions of collaborative local governance (GUIDE section 2).

Everything is judged from what was recorded in the meeting; nothing is typed in as a score.
Each condition gives a level (met / partly / not met) and the evidence behind it, so the
facilitator (and the minutes) can show *why*.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from .model import (
    AttendanceStatus, DecisionMethod, Meeting, MeetingRole, NetworkRole, Organisation, Outcome,
    Sector,
)
from .store import Store

MET, PARTLY, NOT_MET = "met", "partly", "not_met"

CONDITIONS = ("initiation", "actors", "roles", "structure", "decision", "goal")
PRINCIPLES = ("participation", "transparency", "accountability", "legitimacy")


@dataclass
class Finding:
    key: str
    level: str
    evidence: list[str] = field(default_factory=list)


@dataclass
class Assessment:
    meeting_id: str
    conditions: list[Finding]
    principles: list[Finding]

    def level(self, key: str) -> str:
        for f in self.conditions + self.principles:
            if f.key == key:
                return f.level
        raise KeyError(key)


def _sectors_present(store: Store, meeting_id: str) -> dict[str, int]:
    rows = store.rows(
        "SELECT coalesce(o.sector, 'community') AS sector, count(*) AS n FROM attendance a "
        "JOIN people p ON p.id = a.person_id LEFT JOIN organisations o ON o.id = p.organisation_id "
        "WHERE a.meeting_id = ? AND a.status = ? GROUP BY 1",
        (meeting_id, AttendanceStatus.PRESENT.value))
    return {r["sector"]: r["n"] for r in rows}


def assess(store: Store, meeting_id: str) -> Assessment:
    m = store.get(Meeting, meeting_id)
    sectors = _sectors_present(store, meeting_id)
    state = sum(n for s, n in sectors.items() if Sector(s).is_state)
    non_state = sum(n for s, n in sectors.items() if not Sector(s).is_state)

    # 1 initiation: a public body opened the space
    init = Finding("initiation", NOT_MET)
    initiator = store.maybe(Organisation, m.initiator_id)
    if initiator is not None:
        init.evidence.append(initiator.name)
        init.level = MET if initiator.sector.is_state else PARTLY

    # 2 actors: state and non-state actors both present
    actors = Finding("actors", NOT_MET, [f"{s}: {n}" for s, n in sorted(sectors.items())])
    if state and non_state:
        actors.level = MET if len(sectors) >= 3 else PARTLY
    elif state or non_state:
        actors.level = PARTLY if len(sectors) >= 2 else NOT_MET

    # 3 roles: non-state actors take part in deciding and in other network roles
    role_rows = store.rows(
        "SELECT nr.role, coalesce(o.sector, po.sector, 'community') AS sector "
        "FROM network_roles nr LEFT JOIN organisations o ON o.id = nr.organisation_id "
        "LEFT JOIN people p ON p.id = nr.person_id "
        "LEFT JOIN organisations po ON po.id = p.organisation_id WHERE nr.meeting_id = ?",
        (meeting_id,))
    non_state_roles = {r["role"] for r in role_rows if not Sector(r["sector"]).is_state}
    roles = Finding("roles", NOT_MET, sorted(non_state_roles))
    if NetworkRole.DECIDING.value in non_state_roles and len(non_state_roles) >= 3:
        roles.level = MET
    elif non_state_roles:
        roles.level = PARTLY

    # 4 structure: an agreed working arrangement and the meeting's own roles
    meeting_roles = {r["role"] for r in store.rows(
        "SELECT DISTINCT role FROM meeting_roles WHERE meeting_id = ?", (meeting_id,))}
    structure = Finding("structure", NOT_MET)
    if m.structure.strip():
        structure.evidence.append(m.structure.strip())
    has_core = {MeetingRole.CHAIR.value, MeetingRole.RECORDER.value} <= meeting_roles or (
        m.chair_id and m.recorder_id)
    if m.structure.strip() and has_core:
        structure.level = MET
    elif m.structure.strip() or has_core:
        structure.level = PARTLY

    # 5 decision: by consensus (or consent) where possible
    decided = store.rows(
        "SELECT method, outcome FROM proposals WHERE meeting_id = ? AND outcome != ?",
        (meeting_id, Outcome.PENDING.value))
    consensual = sum(1 for r in decided
                     if r["method"] in (DecisionMethod.CONSENSUS.value, DecisionMethod.CONSENT.value))
    decision = Finding("decision", NOT_MET, [f"{consensual}/{len(decided)} by consensus or consent"])
    if decided:
        decision.level = MET if consensual * 2 >= len(decided) else PARTLY

    # 6 goal: a stated common public goal
    goal = Finding("goal", MET if m.common_goal.strip() else NOT_MET,
                   [m.common_goal.strip()] if m.common_goal.strip() else [])

    # principles
    n_present = sum(sectors.values())
    contributions = store.rows(
        "SELECT count(DISTINCT person_id) FROM contributions WHERE meeting_id = ?",
        (meeting_id,))[0][0]
    participation = Finding("participation", NOT_MET,
                            [f"{n_present} present", f"{contributions} people spoke"])
    if n_present and len(sectors) >= 3:
        participation.level = MET if contributions >= 3 else PARTLY
    elif n_present:
        participation.level = PARTLY

    resolutions = store.rows(
        "SELECT count(*) FROM proposals WHERE meeting_id = ? AND resolution != ''",
        (meeting_id,))[0][0]
    transparency = Finding("transparency", NOT_MET, [f"{resolutions} resolutions recorded"])
    if resolutions and m.recorder_id:
        transparency.level = MET
    elif resolutions or m.recorder_id:
        transparency.level = PARTLY

    actions = store.rows(
        "SELECT count(*) AS n, sum(lead_person_id IS NOT NULL OR lead_organisation_id IS NOT NULL)"
        " AS led, sum(due_date != '') AS dated FROM actions WHERE meeting_id = ?", (meeting_id,))[0]
    accountability = Finding("accountability", NOT_MET,
                             [f"{actions['n']} actions, {actions['led'] or 0} with a lead, "
                              f"{actions['dated'] or 0} with a due date"])
    if actions["n"]:
        full = (actions["led"] or 0) == actions["n"] and (actions["dated"] or 0) == actions["n"]
        accountability.level = MET if full else PARTLY

    quorum_ok = m.quorum is None or _members_present(store, meeting_id) >= m.quorum
    legitimacy = Finding("legitimacy", MET if quorum_ok and init.level == MET else PARTLY
                         if quorum_ok or init.level == MET else NOT_MET,
                         ["quorum met" if quorum_ok else "quorum not met"])

    return Assessment(meeting_id, [init, actors, roles, structure, decision, goal],
                      [participation, transparency, accountability, legitimacy])


def _members_present(store: Store, meeting_id: str) -> int:
    return store.rows(
        "SELECT count(*) FROM attendance WHERE meeting_id = ? AND status = ? AND member = 1",
        (meeting_id, AttendanceStatus.PRESENT.value))[0][0]
