"""How far a forum met the conditions of collaborative local governance (GUIDE section 2).

Everything is judged from what was recorded in the meeting; nothing is typed in as a score.
Each condition gives a level (met / partly / not met) and the evidence behind it, so the
facilitator (and the minutes) can show *why*.

Evidence is structured, not worded: an :class:`Evidence` has a ``key`` (one of
:data:`EVIDENCE_KEYS`) and its values (numbers, names, the recorded text), so the UI and the
minutes word it in Thai or English.  The keys and their values:

* ``initiator`` name, sector — the organisation that opened the forum
* ``sector_present`` sector, n — people present from one sector (``"community"`` when the
  person has no organisation)
* ``non_state_role`` role — a network role a non-state actor took (``NetworkRole`` value)
* ``structure`` text — the agreed working arrangement, as recorded
* ``core_roles`` chair, recorder (bools) — the meeting's chair and recorder are named
* ``consensual`` n, of — decided proposals settled by consensus or consent, of all decided
* ``goal`` text — the common goal, as recorded
* ``present`` n; ``spoke`` n — people present; people who spoke
* ``resolutions`` n; ``recorder`` set (bool)
* ``actions`` n, led, dated — actions, with a lead, with a due date
* ``quorum`` met (bool), present, needed (``needed`` is None when the meeting sets no quorum)
"""
from __future__ import annotations

from dataclasses import dataclass, field

from .model import DecisionMethod, Meeting, MeetingRole, NetworkRole, Organisation, Sector
from .store import Store
from .store import governance_queries as q

MET, PARTLY, NOT_MET = "met", "partly", "not_met"

CONDITIONS = ("initiation", "actors", "roles", "structure", "decision", "goal")
PRINCIPLES = ("participation", "transparency", "accountability", "legitimacy")


EVIDENCE_KEYS = ("initiator", "sector_present", "non_state_role", "structure", "core_roles",
                 "consensual", "goal", "present", "spoke", "resolutions", "recorder", "actions",
                 "quorum")


@dataclass
class Evidence:
    """One fact behind a finding: a key from :data:`EVIDENCE_KEYS` and its values."""
    key: str
    values: dict = field(default_factory=dict)

    def __getitem__(self, name: str):
        return self.values[name]


@dataclass
class Finding:
    key: str
    level: str
    evidence: list[Evidence] = field(default_factory=list)

    def find(self, key: str) -> list[Evidence]:
        return [e for e in self.evidence if e.key == key]


@dataclass
class Assessment:
    meeting_id: str
    conditions: list[Finding]
    principles: list[Finding]

    def finding(self, key: str) -> Finding:
        for f in self.conditions + self.principles:
            if f.key == key:
                return f
        raise KeyError(key)

    def level(self, key: str) -> str:
        return self.finding(key).level


def assess(store: Store, meeting_id: str) -> Assessment:
    m = store.get(Meeting, meeting_id)
    sectors = q.sectors_present(store, meeting_id)
    state = sum(n for s, n in sectors.items() if Sector(s).is_state)
    non_state = sum(n for s, n in sectors.items() if not Sector(s).is_state)

    # 1 initiation: a public body opened the space
    init = Finding("initiation", NOT_MET)
    initiator = store.maybe(Organisation, m.initiator_id)
    if initiator is not None:
        init.evidence.append(Evidence("initiator", {"name": initiator.name,
                                                    "sector": initiator.sector.value}))
        init.level = MET if initiator.sector.is_state else PARTLY

    # 2 actors: state and non-state actors both present
    actors = Finding("actors", NOT_MET, [Evidence("sector_present", {"sector": s, "n": n})
                                         for s, n in sorted(sectors.items())])
    if state and non_state:
        actors.level = MET if len(sectors) >= 3 else PARTLY
    elif state or non_state:
        actors.level = PARTLY if len(sectors) >= 2 else NOT_MET

    # 3 roles: non-state actors take part in deciding and in other network roles
    non_state_roles = {role for role, sector in q.network_role_sectors(store, meeting_id)
                       if not Sector(sector).is_state}
    roles = Finding("roles", NOT_MET, [Evidence("non_state_role", {"role": r})
                                       for r in sorted(non_state_roles)])
    if NetworkRole.DECIDING.value in non_state_roles and len(non_state_roles) >= 3:
        roles.level = MET
    elif non_state_roles:
        roles.level = PARTLY

    # 4 structure: an agreed working arrangement and the meeting's own roles
    meeting_roles = q.meeting_role_names(store, meeting_id)
    structure = Finding("structure", NOT_MET)
    if m.structure.strip():
        structure.evidence.append(Evidence("structure", {"text": m.structure.strip()}))
    chair = bool(m.chair_id) or MeetingRole.CHAIR.value in meeting_roles
    recorder = bool(m.recorder_id) or MeetingRole.RECORDER.value in meeting_roles
    has_core = {MeetingRole.CHAIR.value, MeetingRole.RECORDER.value} <= meeting_roles or bool(
        m.chair_id and m.recorder_id)
    structure.evidence.append(Evidence("core_roles", {"chair": chair, "recorder": recorder}))
    if m.structure.strip() and has_core:
        structure.level = MET
    elif m.structure.strip() or has_core:
        structure.level = PARTLY

    # 5 decision: by consensus (or consent) where possible
    decided = q.decided_methods(store, meeting_id)
    consensual = sum(1 for method in decided
                     if method in (DecisionMethod.CONSENSUS.value, DecisionMethod.CONSENT.value))
    decision = Finding("decision", NOT_MET,
                       [Evidence("consensual", {"n": consensual, "of": len(decided)})])
    if decided:
        decision.level = MET if consensual * 2 >= len(decided) else PARTLY

    # 6 goal: a stated common public goal
    goal = Finding("goal", MET if m.common_goal.strip() else NOT_MET,
                   [Evidence("goal", {"text": m.common_goal.strip()})]
                   if m.common_goal.strip() else [])

    # principles
    n_present = sum(sectors.values())
    contributions = q.speakers(store, meeting_id)
    participation = Finding("participation", NOT_MET,
                            [Evidence("present", {"n": n_present}),
                             Evidence("spoke", {"n": contributions})])
    if n_present and len(sectors) >= 3:
        participation.level = MET if contributions >= 3 else PARTLY
    elif n_present:
        participation.level = PARTLY

    resolutions = q.resolutions(store, meeting_id)
    transparency = Finding("transparency", NOT_MET,
                           [Evidence("resolutions", {"n": resolutions}),
                            Evidence("recorder", {"set": bool(m.recorder_id)})])
    if resolutions and m.recorder_id:
        transparency.level = MET
    elif resolutions or m.recorder_id:
        transparency.level = PARTLY

    n_actions, led, dated = q.action_accountability(store, meeting_id)
    accountability = Finding("accountability", NOT_MET,
                             [Evidence("actions", {"n": n_actions, "led": led, "dated": dated})])
    if n_actions:
        full = led == n_actions and dated == n_actions
        accountability.level = MET if full else PARTLY

    members = q.members_present(store, meeting_id)
    quorum_ok = m.quorum is None or members >= m.quorum
    legitimacy = Finding("legitimacy", MET if quorum_ok and init.level == MET else PARTLY
                         if quorum_ok or init.level == MET else NOT_MET,
                         [Evidence("quorum", {"met": quorum_ok, "present": members,
                                              "needed": m.quorum})])

    return Assessment(meeting_id, [init, actors, roles, structure, decision, goal],
                      [participation, transparency, accountability, legitimacy])
