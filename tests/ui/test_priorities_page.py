"""The priorities page: dots with the limit, hand counts, scores, weights, ranking, response."""
from __future__ import annotations

import pytest

from workshop import issues, ranking
from workshop.model import Criterion, DotVote, Issue, Person, Response
from workshop.store import Store

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _page(qtbot, ctx):
    from ui.pages.priorities import PrioritiesPage

    page = PrioritiesPage(ctx)
    qtbot.addWidget(page)
    page.resize(1300, 750)
    return page


def test_vote_score_rank_undo_reopen(qtbot, ctx, meeting):
    s = ctx.store
    a, b, c = (issues.capture_issue(s, meeting.id, t) for t in ("น้ำ", "ถนน", "ขยะ"))
    p = s.add(Person(first_name="สมศรี", last_name="มีสุข"))
    page = _page(qtbot, ctx)
    assert page.page_title() == "Priorities"
    crits = ranking.criteria(s, meeting.id)
    assert len(crits) == 4 and page.scores_table.columnCount() == 6

    # per-person dots, limit enforced with a clear message
    assert page.give_dots(p.id, b.id, 2)
    assert not page.give_dots(p.id, c.id, 2)
    assert "has 3 dots" in page.message.text() and page.message.isVisibleTo(page)
    assert page.give_dots(p.id, c.id, 1)
    assert not page.message.isVisibleTo(page)
    page.person_combo.select(p.id)
    page._update_used()
    assert "3 of 3" in page.used_label.text()

    # a hand count typed in the table
    row = [page.dots_table.item(r, 0).data(0x0100) for r in range(3)].index(a.id)
    page.dots_table.item(row, 2).setText("7")
    assert ranking.hand_counts(s, meeting.id) == {a.id: 7}
    assert page.rows[0].issue_id == a.id and page.rows[0].dots == 7

    # a score typed in the table; weights
    item = page.scores_table.item(
        [page.scores_table.item(r, 0).text() for r in range(3)].index("2. ถนน"), 1)
    item.setText("5")
    assert s.find(DotVote, issue_id=b.id)[0].dots == 2
    sc = ranking.rank_issues(s, meeting.id)
    assert next(r for r in sc if r.issue_id == b.id).criteria_score == 5
    assert page.set_weight(crits[0].id, 2.0)
    assert s.get(Criterion, crits[0].id).weight == 2.0
    text = page.rank_table.item(0, 5).text()
    assert "dots" in text

    # who takes it forward
    assert page.set_response(a.id, Response.REQUEST_SUPPORT)
    assert s.get(Issue, a.id).response == Response.REQUEST_SUPPORT
    n = ctx.undo_stack.count()
    assert n == 6
    ctx.undo_stack.undo()           # response
    ctx.undo_stack.undo()           # weight
    ctx.undo_stack.undo()           # score
    assert s.get(Issue, a.id).response is None
    assert s.get(Criterion, crits[0].id).weight == 1.0
    assert all(r.criteria_score is None for r in ranking.rank_issues(s, meeting.id))
    ctx.undo_stack.undo()           # hand count
    assert ranking.hand_counts(s, meeting.id) == {}
    ctx.undo_stack.redo()
    path = s.path
    s.close()
    with Store.open(path) as s2:
        assert ranking.hand_counts(s2, meeting.id) == {a.id: 7}
        assert ranking.person_dots(s2, meeting.id, p.id) == {b.id: 2, c.id: 1}


def test_ranking_method_and_ties(qtbot, ctx, meeting):
    s = ctx.store
    a, b = (issues.capture_issue(s, meeting.id, t) for t in "AB")
    page = _page(qtbot, ctx)
    page.set_hand_count(a.id, 4)
    page.set_hand_count(b.id, 4)
    page.set_method("dots")
    assert [page.rank_table.item(r, 0).text() for r in range(2)] == ["1=", "1="]
    assert "tied" in page.rank_table.item(0, 5).text()
    assert not page.set_hand_count(a.id, -1)
    assert page.message.text()


def test_ranking_method_is_saved_one_undo_step_and_reopens(qtbot, ctx, meeting):
    from workshop.model import Meeting, RankingMethod

    s = ctx.store
    a, b = (issues.capture_issue(s, meeting.id, t) for t in ("น้ำ", "ถนน"))
    page = _page(qtbot, ctx)
    crit = ranking.criteria(s, meeting.id)[0]           # the page made the default criteria
    page.set_hand_count(a.id, 5)
    page.set_score(b.id, crit.id, 5.0)
    assert page.method_combo.currentData() == "both"
    n = ctx.undo_stack.count()
    # the user picks "Criteria only" in the combo box
    page.method_combo.setCurrentIndex(page.method_combo.findData("criteria"))
    page.method_combo.activated.emit(page.method_combo.currentIndex())
    assert ctx.undo_stack.count() == n + 1
    assert s.get(Meeting, meeting.id).ranking_method == RankingMethod.CRITERIA
    assert page.rank_table.item(0, 1).text() == "2. ถนน"      # issue number beside the rank
    assert "dots" not in page.rank_table.item(0, 5).text()
    assert not page.set_method("criteria")                    # no change, no undo step
    assert ctx.undo_stack.count() == n + 1
    ctx.undo_stack.undo()
    assert s.get(Meeting, meeting.id).ranking_method == RankingMethod.BOTH
    assert page.method_combo.currentData() == "both"
    ctx.undo_stack.redo()
    assert page.method_combo.currentData() == "criteria"
    path = s.path
    s.close()
    with Store.open(path) as s2:
        assert s2.get(Meeting, meeting.id).ranking_method == RankingMethod.CRITERIA
        assert [r.title for r in ranking.rank_issues(s2, meeting.id)] == ["ถนน", "น้ำ"]
