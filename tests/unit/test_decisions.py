"""Decision rules: quorum, thresholds, consensus and consent, and the store operations."""
from __future__ import annotations

import pytest

from workshop import decisions as d
from workshop import errors
from workshop.meetings import create_meeting
from workshop.model import (
    Attendance, AttendanceStatus, DecisionMethod, Meeting, Outcome, Person, PositionValue,
    Proposal, ProposalPosition, Threshold,
)
from workshop.store import Store

L = PositionValue


# ----------------------------------------------------------------------- pure: majority
@pytest.mark.parametrize("f,a,ab,outcome,reason", [
    (6, 4, 0, Outcome.ADOPTED, d.MAJORITY_FOR),
    (5, 5, 0, Outcome.REJECTED, d.TIE),
    (3, 7, 0, Outcome.REJECTED, d.MAJORITY_AGAINST),
    (0, 0, 10, Outcome.REJECTED, d.NO_VOTES_CAST),
    (2, 1, 7, Outcome.ADOPTED, d.MAJORITY_FOR),     # abstentions do not count
])
def test_simple_majority(f, a, ab, outcome, reason):
    r = d.majority_result(f, a, ab, present=10, present_all=10)
    assert (r.outcome, r.reason) == (outcome, reason)
    assert r.votes_cast == f + a
    assert r.count_abstain == ab


@pytest.mark.parametrize("f,a,outcome", [
    (20, 10, Outcome.ADOPTED),    # exactly two thirds
    (19, 10, Outcome.REJECTED),   # just below
    (2, 1, Outcome.ADOPTED),
    (1, 1, Outcome.REJECTED),
    (0, 0, Outcome.REJECTED),
])
def test_two_thirds(f, a, outcome):
    r = d.majority_result(f, a, 0, threshold=Threshold.TWO_THIRDS, present=30, present_all=30)
    assert r.outcome == outcome


def test_quorum_not_met_means_no_decision():
    r = d.majority_result(8, 0, 0, present=8, present_all=12, quorum=10)
    assert r.outcome is None and r.reason == d.QUORUM_NOT_MET and not r.decidable
    assert d.allowed_outcomes(r) == [Outcome.DEFERRED]
    # exactly the quorum is enough
    assert d.majority_result(8, 2, 0, present=10, present_all=10, quorum=10).decidable


def test_nobody_present():
    for r in (d.majority_result(0, 0, 0, present=0, present_all=0),
              d.consent_result(0, 0, present=0, present_all=0),
              d.consensus_result({}, 0, present=0, present_all=0)):
        assert r.outcome is None and r.reason == d.NOBODY_PRESENT


def test_more_votes_than_people_present_is_refused():
    with pytest.raises(errors.InvalidInput):
        d.majority_result(10, 5, 0, present=12, present_all=12)


# ----------------------------------------------------------------------- pure: consensus
def test_consensus_rule():
    ok = d.consensus_result({"level_5": 3, "level_4": 3, "level_3": 2, "level_2": 2}, 0,
                            present=10, present_all=10)
    assert ok.outcome == Outcome.ADOPTED and ok.support_share == pytest.approx(0.8)
    low = d.consensus_result({"5": 3, "3": 3, "2": 4}, 0, present=10, present_all=10)
    assert low.outcome == Outcome.REJECTED and low.reason == d.SUPPORT_TOO_LOW
    block = d.consensus_result({"5": 9, "1": 1}, 1, present=10, present_all=10)
    assert block.outcome == Outcome.REJECTED and block.reason == d.UNRESOLVED_BLOCK
    resolved = d.consensus_result({"5": 9, "1": 1}, 0, present=10, present_all=10)
    assert resolved.outcome == Outcome.ADOPTED
    none = d.consensus_result({}, 0, present=10, present_all=10)
    assert none.outcome is None and none.reason == d.NO_POSITIONS
    strict = d.consensus_result({"5": 8, "2": 2}, 0, present=10, present_all=10,
                                rule=d.ConsensusRule(support=0.9))
    assert strict.outcome == Outcome.REJECTED


def test_consent_rule():
    assert d.consent_result(0, 0, present=5, present_all=5).outcome == Outcome.ADOPTED
    assert d.consent_result(2, 1, present=5, present_all=5).outcome == Outcome.REJECTED
    assert d.consent_result(2, 0, present=5, present_all=5).outcome == Outcome.ADOPTED


# ----------------------------------------------------------------------- with a store
def _meeting(store: Store, members: int, others: int = 0, quorum=None, absent: int = 0):
    m = create_meeting(store, Meeting(title="เวทีทดสอบ", date="2026-11-24", quorum=quorum))
    people = []
    for i in range(members + others + absent):
        p = store.add(Person(first_name=f"คน{i}"))
        people.append(p)
        status = AttendanceStatus.ABSENT if i >= members + others else AttendanceStatus.PRESENT
        store.add(Attendance(meeting_id=m.id, person_id=p.id, status=status,
                             member=i < members or i >= members + others))
    return m, people


def test_present_counts_from_check_in(store):
    m, _ = _meeting(store, members=4, others=2, absent=3)
    assert d.present_counts(store, m.id) == (4, 6)


def test_hand_count_majority_decided_and_undone(store):
    m, _ = _meeting(store, members=10, quorum=6)
    p = d.add_proposal(store, m.id, "ซ่อมถนนสายหลัก", method=DecisionMethod.MAJORITY)
    d.set_hand_count(store, p.id, 6, 3, 1)
    assert d.tally(store, p.id).outcome == Outcome.ADOPTED
    _r, undo = store.record(d.decide, store, p.id, resolution="ที่ประชุมมีมติเห็นชอบ")
    got = store.get(Proposal, p.id)
    assert got.outcome == Outcome.ADOPTED and got.present == 10 and got.quorum == 6
    assert (got.count_for, got.count_against, got.count_abstain) == (6, 3, 1)
    assert got.resolution == "ที่ประชุมมีมติเห็นชอบ" and got.decided_at
    store.undo(undo)
    back = store.get(Proposal, p.id)
    assert back.outcome == Outcome.PENDING and back.resolution == "" and back.decided_at == ""


def test_quorum_not_met_allows_only_deferral(store):
    m, _ = _meeting(store, members=3, others=5, quorum=5)
    p = d.add_proposal(store, m.id, "จัดงานวัด", method=DecisionMethod.MAJORITY)
    d.set_hand_count(store, p.id, 8, 0, 0)
    r = d.tally(store, p.id)
    assert r.reason == d.QUORUM_NOT_MET and r.present == 3
    with pytest.raises(errors.InvalidInput, match="Quorum not met"):
        d.decide(store, p.id)
    with pytest.raises(errors.InvalidInput):
        d.decide(store, p.id, Outcome.ADOPTED)
    d.decide(store, p.id, Outcome.DEFERRED)
    assert store.get(Proposal, p.id).outcome == Outcome.DEFERRED


def test_person_by_person_majority_and_replacement(store):
    m, people = _meeting(store, members=5)
    p = d.add_proposal(store, m.id, "ตั้งกองทุน", method=DecisionMethod.MAJORITY,
                       threshold=Threshold.TWO_THIRDS)
    for person, v in zip(people, [L.FOR, L.FOR, L.AGAINST, L.AGAINST, L.ABSTAIN]):
        d.add_position(store, p.id, v, person_id=person.id)
    assert d.tally(store, p.id).outcome == Outcome.REJECTED
    # person 3 changes their mind: the earlier position is replaced, and undo puts it back
    against = store.count(ProposalPosition, proposal_id=p.id, value=L.AGAINST)
    new, step = store.record(d.add_position, store, p.id, L.FOR, person_id=people[2].id)
    assert store.count(ProposalPosition, proposal_id=p.id, value=L.AGAINST) == against - 1
    r = d.tally(store, p.id)
    assert (r.count_for, r.count_against, r.count_abstain) == (3, 1, 1)
    assert r.outcome == Outcome.ADOPTED
    store.undo(step)
    assert d.tally(store, p.id).count_against == 2


def test_block_needs_reason_and_can_be_resolved(store):
    m, people = _meeting(store, members=4)
    p = d.add_proposal(store, m.id, "ย้ายจุดทิ้งขยะ")
    with pytest.raises(errors.InvalidInput, match="reason"):
        d.add_position(store, p.id, L.LEVEL_1, person_id=people[0].id)
    with pytest.raises(errors.InvalidInput):
        d.add_position(store, p.id, L.FOR, count=2)   # not a consensus position
    blk = d.add_position(store, p.id, L.LEVEL_1, person_id=people[0].id,
                            reason="ใกล้บ่อน้ำ")
    d.add_position(store, p.id, L.LEVEL_4, count=3)
    assert d.tally(store, p.id).reason == d.UNRESOLVED_BLOCK
    d.resolve_objection(store, blk.id)
    assert d.tally(store, p.id).outcome == Outcome.ADOPTED
    d.decide(store, p.id, Outcome.AMENDED, amended_text="ย้ายห่างบ่อน้ำ 200 เมตร")
    assert [x.reason for x in d.dissent(store, p.id)] == ["ใกล้บ่อน้ำ"]
    with pytest.raises(errors.InvalidInput, match="reopen"):
        d.add_position(store, p.id, L.LEVEL_5, count=1)
    d.reopen(store, p.id)
    assert store.get(Proposal, p.id).outcome == Outcome.PENDING


def test_consent_objection_needs_reason(store):
    m, people = _meeting(store, members=4)
    p = d.add_proposal(store, m.id, "เวรดูแลศาลา", method=DecisionMethod.CONSENT)
    with pytest.raises(errors.InvalidInput):
        d.add_position(store, p.id, L.OBJECTION, person_id=people[1].id, reason="  ")
    o = d.add_position(store, p.id, L.OBJECTION, person_id=people[1].id,
                          reason="ไม่มีคนว่างวันเสาร์")
    assert d.tally(store, p.id).outcome == Outcome.REJECTED
    with pytest.raises(errors.InvalidInput):
        d.decide(store, p.id, Outcome.ADOPTED)
    d.resolve_objection(store, o.id)
    d.decide(store, p.id)
    assert store.get(Proposal, p.id).outcome == Outcome.ADOPTED


def test_decision_survives_reopen_of_the_file(tmp_path):
    path = tmp_path / "w.prachakhom"
    s = Store.create(path)
    m, _ = _meeting(s, members=3)
    p = d.add_proposal(s, m.id, "ขุดลอกคลอง", method=DecisionMethod.MAJORITY)
    d.set_hand_count(s, p.id, 2, 1, 0)
    d.decide(s, p.id, resolution="เห็นชอบ")
    s.close()
    with Store.open(path) as s2:
        got = s2.get(Proposal, p.id)
        assert got.outcome == Outcome.ADOPTED and got.resolution == "เห็นชอบ"
        assert got.present == 3


def test_title_required(store):
    m, _ = _meeting(store, members=1)
    with pytest.raises(errors.InvalidInput):
        d.add_proposal(store, m.id, "  ")


def test_person_by_person_decision_keeps_votes_in_positions_only(store):
    m, people = _meeting(store, members=3)
    p = d.add_proposal(store, m.id, "ปลูกต้นไม้", method=DecisionMethod.MAJORITY)
    d.set_hand_count(store, p.id, 1, 0, 0)       # typed by mistake before voting by name
    for person in people[:2]:
        d.add_position(store, p.id, L.FOR, person_id=person.id)
    d.add_position(store, p.id, L.AGAINST, person_id=people[2].id)
    r = d.tally(store, p.id)
    assert (r.count_for, r.count_against) == (2, 1)
    d.decide(store, p.id)
    got = store.get(Proposal, p.id)
    assert (got.count_for, got.count_against, got.count_abstain) == (0, 0, 0)
    assert got.outcome == Outcome.ADOPTED
