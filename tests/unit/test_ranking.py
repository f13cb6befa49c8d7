"""Ranking arithmetic: dot totals, limits, weighted criteria, ties, explanations."""
from __future__ import annotations

import pytest

from workshop import errors, issues, ranking
from workshop.meetings import create_meeting
from workshop.model import Criterion, DotVote, Meeting, Person


def test_dot_totals_person_and_hand_counts_and_merges():
    votes = [DotVote(issue_id="a", person_id="p1", dots=2),
             DotVote(issue_id="a", person_id="p2", dots=1),
             DotVote(issue_id="a", person_id=None, dots=10),
             DotVote(issue_id="b", person_id="p1", dots=1),
             DotVote(issue_id="dup", person_id="p3", dots=3)]
    t = ranking.dot_totals(votes, {"dup": "b"})
    assert (t["a"].person_dots, t["a"].hand_dots, t["a"].total, t["a"].voters) == (3, 10, 13, 2)
    assert (t["b"].total, t["b"].voters) == (4, 2)
    assert "dup" not in t


def test_dot_limit():
    votes = [DotVote(issue_id="a", person_id="p", dots=2),
             DotVote(issue_id="b", person_id="q", dots=3)]
    ranking.check_dot_limit(votes, "p", "b", 1, 3)          # 2 + 1 = 3: fine
    ranking.check_dot_limit(votes, "p", "a", 3, 3)          # replaces the 2 on a
    with pytest.raises(errors.InvalidInput, match="at most 1"):
        ranking.check_dot_limit(votes, "p", "b", 2, 3, "นายก")
    with pytest.raises(errors.InvalidInput):
        ranking.check_dot_limit(votes, "p", "b", -1, 3)


def test_weighted_score():
    assert ranking.weighted_score({"s": 5, "u": 3}, {"s": 3, "u": 1}) == pytest.approx(4.5)
    assert ranking.weighted_score({"s": 5, "u": 3}, {"s": 0, "u": 1}) == 3
    assert ranking.weighted_score({}, {"s": 1}) is None


def test_competition_ranks():
    assert ranking.competition_ranks([9, 7, 7, 3]) == [1, 2, 2, 4]
    assert ranking.competition_ranks([5, 5, 5]) == [1, 1, 1]
    assert ranking.competition_ranks([3, 2, 1]) == [1, 2, 3]
    assert ranking.competition_ranks([]) == []


def test_combine():
    assert ranking.combine(5, 10, 5.0) == (50.0, 100.0, 75.0)
    assert ranking.combine(0, 0, None) == (0.0, 0.0, 0.0)
    assert ranking.combine(10, 10, 1.0, dots_share=0.8)[2] == pytest.approx(80.0)
    assert ranking.combine(10, 10, 1.0, use_criteria=False)[2] == 100.0


@pytest.fixture
def meeting(store):
    return create_meeting(store, Meeting(date="2026-03-01", dots_per_person=3))


def test_rank_issues_with_ties_weights_and_explanations(store, meeting):
    a, b, c, d = (issues.capture_issue(store, meeting.id, t) for t in ("น้ำ", "ถนน", "ขยะ", "ไฟ"))
    p = store.add(Person(first_name="สมชาย"))
    crit = ranking.ensure_default_criteria(store, meeting.id)
    assert [x.name for x in crit][0] == "ความรุนแรงของปัญหา" and len(crit) == 4
    assert len(ranking.ensure_default_criteria(store, meeting.id)) == 4
    ranking.set_person_dots(store, meeting.id, p.id, a.id, 2)
    ranking.set_hand_count(store, meeting.id, a.id, 8)        # a: 10 dots
    ranking.set_hand_count(store, meeting.id, b.id, 5)        # b: 5
    ranking.set_hand_count(store, meeting.id, c.id, 5)        # c: 5
    for cr in crit:
        ranking.set_score(store, b.id, cr.id, 3)
        ranking.set_score(store, c.id, cr.id, 3)
        ranking.set_score(store, a.id, cr.id, 4)
    rows = ranking.rank_issues(store, meeting.id)
    assert [r.title for r in rows] == ["น้ำ", "ถนน", "ขยะ", "ไฟ"]
    assert [r.rank for r in rows] == [1, 2, 2, 4]
    assert rows[1].tied and rows[2].tied and not rows[0].tied
    assert rows[0].dots == 10 and rows[0].person_dots == 2 and rows[0].hand_dots == 8
    assert rows[1].combined == pytest.approx(0.5 * 50 + 0.5 * 50)
    assert rows[0].combined == pytest.approx(0.5 * 100 + 0.5 * 75)
    assert "10 dots" in rows[0].explanation and "hand count" in rows[0].explanation
    assert "อันดับ 2" in rows[1].explanation_th and "เท่ากับ" in rows[1].explanation_th
    # weights break the tie
    ranking.set_weight(store, crit[0].id, 3)
    ranking.set_score(store, c.id, crit[0].id, 5)
    rows = ranking.rank_issues(store, meeting.id)
    assert [r.title for r in rows][1:3] == ["ขยะ", "ถนน"] and [r.rank for r in rows] == [1, 2, 3, 4]
    # criteria alone
    only = ranking.rank_issues(store, meeting.id, ranking.RankingOptions(use_dots=False))
    assert {only[0].title, only[1].title} == {"น้ำ", "ขยะ"}      # both 4.0
    assert (only[0].rank, only[1].rank, only[2].rank) == (1, 1, 3)


def test_person_dot_limit_in_store_and_undo(store, meeting):
    a, b = (issues.capture_issue(store, meeting.id, t) for t in "AB")
    p = store.add(Person(first_name="สมศรี"))
    assert ranking.set_person_dots(store, meeting.id, p.id, a.id, 2) == 0
    with pytest.raises(errors.InvalidInput, match="สมศรี has 3 dots"):
        ranking.set_person_dots(store, meeting.id, p.id, b.id, 2)
    assert ranking.set_person_dots(store, meeting.id, p.id, a.id, 3) == 2
    ranking.set_person_dots(store, meeting.id, p.id, a.id, 0)
    assert store.count(DotVote) == 0
    with pytest.raises(errors.InvalidInput):
        ranking.set_score(store, a.id, ranking.ensure_default_criteria(store, meeting.id)[0].id, 9)


def test_merged_duplicate_dots_count_for_target(store, meeting):
    a, b, c = (issues.capture_issue(store, meeting.id, t) for t in "ABC")
    ranking.set_hand_count(store, meeting.id, b.id, 4)
    ranking.set_hand_count(store, meeting.id, c.id, 3)
    ranking.set_hand_count(store, meeting.id, a.id, 2)
    issues.merge_issues(store, a.id, [b.id])
    rows = ranking.rank_issues(store, meeting.id, ranking.RankingOptions(use_criteria=False))
    assert [(r.title, r.dots, r.merged_count) for r in rows] == [("A", 6, 1), ("C", 3, 0)]
    assert store.count(Criterion) == 0
