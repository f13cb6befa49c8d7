"""The Paper tab of the Priorities page: tallies typed in by issue number in one pass are one
undo step and give the ranked list; the invitation and tally sheets are written from it."""
from __future__ import annotations

from workshop import issues, ranking
from workshop.model import RankingMethod


def test_tallies_typed_in_one_pass_are_one_undo_step(qtbot, ctx, meeting, tmp_path):
    from ui.pages.priorities import PrioritiesPage

    for t in ("น้ำประปาไม่ไหล", "ถนนชำรุด", "ไข้เลือดออก"):
        issues.capture_issue(ctx.store, meeting.id, t)
    ranking.set_method(ctx.store, meeting.id, RankingMethod.DOTS)
    page = PrioritiesPage(ctx)
    qtbot.addWidget(page)
    paper = page.paper
    assert sorted(paper.spins) == [1, 2, 3]
    for number, count in {1: 5, 2: 11, 3: 8}.items():
        paper.spins[number].setValue(count)
    before = ctx.undo_stack.count()
    assert paper.enter()
    assert ctx.undo_stack.count() == before + 1
    assert [(r.title, r.dots) for r in ranking.rank_issues(ctx.store, meeting.id)] == [
        ("ถนนชำรุด", 11), ("ไข้เลือดออก", 8), ("น้ำประปาไม่ไหล", 5)]
    ctx.undo_stack.undo()
    assert ranking.hand_counts(ctx.store, meeting.id) == {}
    assert paper.counts() == {1: 0, 2: 0, 3: 0}            # the tab follows the undo
    paper.spins[2].setValue(4)                             # typed, not entered ...
    page.commit_pending()                                  # ... kept when the page is left
    assert list(ranking.hand_counts(ctx.store, meeting.id).values()) == [4]
    assert paper.write("invitation", str(tmp_path / "inv.pdf"))
    assert paper.write("tally", str(tmp_path / "tally.pdf"))
    assert (tmp_path / "tally.pdf").read_bytes()[:5] == b"%PDF-"
