"""Decisions page: each method recorded with undo, and the decision survives reopening."""
from __future__ import annotations

import pytest

from workshop import decisions as dec
from workshop.meetings import create_meeting
from workshop.model import (
    Attendance, DecisionMethod, Meeting, Outcome, Person, PositionValue, Proposal, Threshold,
)
from workshop.store import Store


@pytest.fixture
def ctx(qapp, store):
    from ui.context import AppContext

    c = AppContext(store)
    yield c
    c.detach()


def _forum(ctx, present=6, quorum=None):
    store = ctx.store
    m = create_meeting(store, Meeting(title="เวทีประชาคม", date="2026-11-24", quorum=quorum))
    people = [store.add(Person(first_name=f"สมาชิก{i}")) for i in range(present)]
    for p in people:
        store.add(Attendance(meeting_id=m.id, person_id=p.id))
    ctx.set_meeting(m.id)
    return m, people


@pytest.fixture
def page_factory(qtbot, ctx):
    from ui.pages.decisions import DecisionsPage

    def make():
        p = DecisionsPage(ctx)
        qtbot.addWidget(p)
        return p
    return make


def _new(page, title, method, threshold=Threshold.SIMPLE):
    page.title_edit.setText(title)
    page.method_combo.setCurrentIndex(page.method_combo.findData(method.value))
    page.threshold_combo.setCurrentIndex(page.threshold_combo.findData(threshold.value))
    page.add_proposal()
    return page.ctx.store.get(Proposal, page.selected_id())


def _choose(combo, value):
    combo.setCurrentIndex(combo.findData(value))


def test_models(check_model, ctx, page_factory):
    m, people = _forum(ctx)
    page = page_factory()
    _new(page, "ข้อเสนอ", DecisionMethod.CONSENSUS)
    _choose(page.value_combo, PositionValue.LEVEL_4.value)
    page.add_position()
    check_model(page.list_model)
    check_model(page.pos_model)


def test_majority_hand_count_decided_undone_and_reopened(tmp_path, qtbot, ctx, page_factory):
    m, people = _forum(ctx, present=10, quorum=6)
    page = page_factory()
    assert page.page_title()
    prop = _new(page, "ซ่อมถนนสายหลัก", DecisionMethod.MAJORITY, Threshold.TWO_THIRDS)
    assert prop.threshold == Threshold.TWO_THIRDS
    assert "10 members present (quorum 6)" in page.checkin_label.text()
    page.for_spin.setValue(5)
    page.against_spin.setValue(4)
    page.abstain_spin.setValue(1)
    page.save_count()
    assert "not adopted – two-thirds not reached" in page.result_label.text()
    page.for_spin.setValue(7)
    page.against_spin.setValue(2)
    page.save_count()
    assert "adopted by two-thirds (for 7, against 2, abstain 1)" in page.result_label.text()
    assert page.outcome_combo.currentData() == Outcome.ADOPTED.value
    page.resolution_edit.setPlainText("ที่ประชุมมีมติเห็นชอบ ๗ เสียง")
    page.record_decision()
    got = ctx.store.get(Proposal, prop.id)
    assert got.outcome == Outcome.ADOPTED and got.present == 10 and got.quorum == 6
    assert page.list_model.row(0).cells[2] == "Adopted"
    assert page.reopen_button.isEnabled() and not page.decide_button.isEnabled()

    ctx.undo_stack.undo()            # one step: back to pending, count kept
    got = ctx.store.get(Proposal, prop.id)
    assert got.outcome == Outcome.PENDING and got.resolution == "" and got.count_for == 7
    ctx.undo_stack.redo()

    path = ctx.store.path
    ctx.detach()
    ctx.store.close()
    with Store.open(path) as again:
        saved = again.get(Proposal, prop.id)
        assert saved.outcome == Outcome.ADOPTED
        assert saved.resolution == "ที่ประชุมมีมติเห็นชอบ ๗ เสียง"
        assert (saved.count_for, saved.count_against, saved.count_abstain) == (7, 2, 1)


def test_quorum_not_met_only_deferral(ctx, page_factory):
    m, people = _forum(ctx, present=3, quorum=5)
    page = page_factory()
    _new(page, "จัดงานวัด", DecisionMethod.MAJORITY)
    assert "quorum not met (3 of 5 members)" in page.result_label.text()
    assert [page.outcome_combo.itemData(i) for i in range(page.outcome_combo.count())] == [
        Outcome.DEFERRED.value]


def test_consensus_block_needs_reason_and_resolution(ctx, page_factory):
    m, people = _forum(ctx, present=5)
    errors = []
    ctx.errorOccurred.connect(errors.append)
    page = page_factory()
    prop = _new(page, "ย้ายจุดทิ้งขยะ", DecisionMethod.CONSENSUS)
    page.person_combo.select(people[0].id)
    _choose(page.value_combo, PositionValue.LEVEL_1.value)
    page.add_position()                        # no reason: refused, nothing recorded
    assert errors and "reason" in errors[-1]
    assert page.pos_model.rowCount() == 0
    page.reason_edit.setText("ใกล้บ่อน้ำ")
    page.add_position()
    page.person_combo.select(None)
    _choose(page.value_combo, PositionValue.LEVEL_4.value)
    page.people_spin.setValue(4)
    page.add_position()
    assert page.pos_model.rowCount() == 2
    assert "1 unresolved block" in page.result_label.text()
    page.pos_view.selectRow(0)
    page.toggle_resolved()
    assert "consensus – 80% at levels 3–5" in page.result_label.text()
    ctx.undo_stack.undo()                      # the block is unresolved again
    assert "unresolved block" in page.result_label.text()
    ctx.undo_stack.redo()
    page.record_decision()
    assert ctx.store.get(Proposal, prop.id).outcome == Outcome.ADOPTED
    page.reopen()
    assert ctx.store.get(Proposal, prop.id).outcome == Outcome.PENDING


def test_consent_and_person_by_person_vote(ctx, page_factory):
    m, people = _forum(ctx, present=4)
    page = page_factory()
    prop = _new(page, "เวรดูแลศาลา", DecisionMethod.CONSENT)
    page.person_combo.select(people[1].id)
    page.reason_edit.setText("ไม่ว่างวันเสาร์")
    page.add_position()
    assert "1 unresolved objection" in page.result_label.text()
    ctx.undo_stack.undo()                      # undo the objection
    assert page.pos_model.rowCount() == 0
    page.record_decision()
    assert ctx.store.get(Proposal, prop.id).outcome == Outcome.ADOPTED

    vote = _new(page, "ตั้งกองทุน", DecisionMethod.MAJORITY)
    for person, v in zip(people, [PositionValue.FOR, PositionValue.FOR, PositionValue.AGAINST,
                                  PositionValue.AGAINST]):
        page.person_combo.select(person.id)
        _choose(page.value_combo, v.value)
        page.add_position()
    assert "a tie" in page.result_label.text()
    page.person_combo.select(people[3].id)     # changes their vote: replaces, undoable
    _choose(page.value_combo, PositionValue.FOR.value)
    page.add_position()
    assert "adopted by majority (for 3, against 1" in page.result_label.text()
    ctx.undo_stack.undo()
    assert "a tie" in page.result_label.text()
    assert dec.tally(ctx.store, vote.id).count_against == 2


def test_a_new_proposal_belongs_to_the_current_agenda_item(ctx, page_factory):
    """Issue 12: the agenda item being discussed (its clock running), else the first item
    for decision; an item picked by hand is kept for that proposal only."""
    from datetime import datetime, timezone

    from workshop import agenda
    from workshop.model import AgendaKind

    m, _people = _forum(ctx)
    items = agenda.items(ctx.store, m.id)
    for_decision = next(it for it in items if it.kind == AgendaKind.FOR_DECISION)
    other = next(it for it in items if it.kind == AgendaKind.OTHER)
    page = page_factory()
    assert page.item_combo.currentData() == for_decision.id
    ctx.run("x", agenda.start_item, ctx.store, other.id, datetime.now(timezone.utc))
    assert page.item_combo.currentData() == other.id            # follows the clock
    p1 = _new(page, "ข้อเสนอแรก", DecisionMethod.CONSENSUS)
    assert p1.agenda_item_id == other.id
    page.item_combo.setCurrentIndex(page.item_combo.findData(""))
    page.item_combo.activated.emit(page.item_combo.currentIndex())   # picked by hand
    page.reload()
    assert page.item_combo.currentData() == ""
    p2 = _new(page, "ข้อเสนอที่สอง", DecisionMethod.CONSENSUS)
    assert p2.agenda_item_id is None
    assert page.item_combo.currentData() == other.id            # the next: the current item


def test_the_position_form_starts_empty_after_each_position(ctx, page_factory):
    """Issue 12, item 6: after a position is recorded the person is no longer chosen, so the
    next vote (a group's, or another person's) is not recorded as theirs again (a person's
    new vote replaces their earlier one)."""
    m, people = _forum(ctx, present=4)
    page = page_factory()
    vote = _new(page, "ตั้งกองทุน", DecisionMethod.MAJORITY)
    page.person_combo.select(people[0].id)
    _choose(page.value_combo, PositionValue.FOR.value)
    page.reason_edit.setText("มีเงินพอ")
    page.add_position()
    assert page.person_combo.current_id() is None and page.person_combo.text() == ""
    assert page.reason_edit.text() == ""
    _choose(page.value_combo, PositionValue.AGAINST.value)
    page.people_spin.setValue(2)
    page.add_position()                                   # a group of two, no name
    positions = dec.positions(ctx.store, vote.id)
    assert {(p.person_id, p.value, p.count) for p in positions} == {
        (people[0].id, PositionValue.FOR, 1), (None, PositionValue.AGAINST, 2)}
