"""One rule for a vote's counts (workshop.counts.votes): the Decisions page, minutes, PDF."""
from __future__ import annotations

import pytest

from workshop import counts, decisions
from workshop.meetings import resolve_meeting
from workshop.minutes.content import build_minutes
from workshop.minutes.layout import render_minutes, write_atomic
from workshop.model import (
    DecisionMethod, Outcome, PositionValue, Proposal, ProposalPosition,
)
from workshop.store import Store

ITEM_4 = "เสนอ อบจ. ซ่อมถนนลาดยางเข้าหมู่บ้าน"


def _p(f=0, a=0, ab=0) -> Proposal:
    return Proposal(meeting_id="m", title="x", method=DecisionMethod.MAJORITY,
                    count_for=f, count_against=a, count_abstain=ab)


def _pos(value, count=1, person="p", reason="") -> ProposalPosition:
    return ProposalPosition(proposal_id="x", person_id=person, value=value, count=count,
                            reason=reason)


F, A, AB = PositionValue.FOR, PositionValue.AGAINST, PositionValue.ABSTAIN


@pytest.mark.parametrize("hand, positions, expected", [
    ((0, 0, 0), [], (0, 0, 0, counts.NONE)),
    ((27, 6, 3), [], (27, 6, 3, counts.HAND)),
    # a reasoned "against" noted within the hand count never replaces it, nor adds to it
    ((27, 6, 3), [_pos(A, reason="ควรใช้งบ อบต. ก่อน")], (27, 6, 3, counts.HAND)),
    ((6, 2, 1), [_pos(A, count=0, reason="ใช้งบหมู่บ้านก่อน")], (6, 2, 1, counts.HAND)),
    # person by person only
    ((0, 0, 0), [_pos(F, person="a"), _pos(F, person="b"), _pos(A, person="c")],
     (2, 1, 0, counts.PEOPLE)),
    # the room voted by name after a hand count typed by mistake: the names are the count
    ((1, 0, 0), [_pos(F, person="a"), _pos(F, person="b"), _pos(A, person="c")],
     (2, 1, 0, counts.PEOPLE)),
    # groups count their people; levels and objections are no votes
    ((0, 0, 0), [_pos(F, count=5, person=None), _pos(AB, count=2, person=None),
                 _pos(PositionValue.OBJECTION, reason="r")], (5, 0, 2, counts.PEOPLE)),
])
def test_the_rule(hand, positions, expected):
    v = counts.votes(_p(*hand), positions)
    assert (v.count_for, v.count_against, v.count_abstain, v.source) == expected


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    from workshop.demo import build_demo

    path = tmp_path_factory.mktemp("tally") / "demo.prachakhom"
    with Store.create(path, backups=False) as store:
        build_demo(store)
    return path


def test_demo_item_4_is_27_to_6_on_the_page_and_in_the_minutes(demo, tmp_path, pdftotext):
    with Store.open(demo, backups=False) as store:
        prop = next(p for p in store.find(Proposal) if p.title == ITEM_4)
        assert any(p.value == PositionValue.AGAINST and p.reason
                   for p in decisions.positions(store, prop.id))      # the reasoned dissent
        # the Decisions page shows decisions.tally()
        r = decisions.tally(store, prop.id)
        assert (r.count_for, r.count_against, r.count_abstain) == (27, 6, 3)
        assert r.outcome == Outcome.ADOPTED
        mins = build_minutes(store, resolve_meeting(store, prop.meeting_id).id)
        line = next(d for sec in mins.agenda for d in sec.decisions if d.title == ITEM_4)
        assert (line.count_for, line.count_against, line.count_abstain) == (27, 6, 3)
        assert [x.value for x in line.dissent] == [PositionValue.AGAINST]
    text = pdftotext(write_atomic(render_minutes(mins, "th"), tmp_path / "m.pdf"))
    assert "เห็นด้วย 27 เสียง ไม่เห็นด้วย 6 เสียง งดออกเสียง 3 เสียง" in text
    assert "ไม่เห็นด้วย 7" not in text and "27 ต่อ 6" in " ".join(text.split())


def test_deciding_keeps_a_hand_count_with_reasoned_dissent(demo, tmp_path):
    import shutil

    path = tmp_path / "d.prachakhom"
    shutil.copy(demo, path)
    with Store.open(path, backups=False) as store:
        prop = next(p for p in store.find(Proposal) if p.title == ITEM_4)
        decisions.reopen(store, prop.id)
        decisions.decide(store, prop.id, resolution="ที่ประชุมมีมติ 27 ต่อ 6")
    with Store.open(path, backups=False) as store:
        got = store.get(Proposal, prop.id)
        assert (got.count_for, got.count_against, got.count_abstain) == (27, 6, 3)
        assert got.outcome == Outcome.ADOPTED
