"""Prioritising issues: dot votes, criteria scores and the combined ranking.

The arithmetic is in pure functions (no store) so it can be tested and explained:

* **dots** — each participant has ``Meeting.dots_per_person`` dots; a :class:`DotVote` with a
  ``person_id`` is one person's dots on one issue, one without is a hand count (people who
  raised a hand, one dot each).  Dots on a merged duplicate count for the issue it was merged
  into.
* **criteria** — each issue gets a score per criterion (1–5); the criteria score is the
  weighted mean ``Σ weight·score / Σ weight`` over the criteria scored.
* **combined** — each part is scaled to 0–100 (dots relative to the issue with most dots,
  the criteria score relative to the top of the scale) and averaged with ``dots_share``.
  Issues with the same combined score share a rank (1, 2, 2, 4).

``rank_issues(store, meeting_id)`` puts it together for the UI and the minutes, with the
method chosen for the meeting (``Meeting.ranking_method``: both parts, dots only or criteria
only) unless options are given.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable, Optional

from . import errors
from .model import (Criterion, CriterionScore, DotVote, Issue, Meeting, MeetingStatus, Person,
                    RankingMethod, Response)
from .store import Store

SCORE_MIN, SCORE_MAX = 1.0, 5.0
DEFAULT_DOTS_SHARE = 0.5

# (Thai, English, weight) — the default criteria for a new meeting.
DEFAULT_CRITERIA: tuple[tuple[str, str, float], ...] = (
    ("ความรุนแรงของปัญหา", "Severity", 1.0),
    ("ความเร่งด่วน", "Urgency", 1.0),
    ("จำนวนผู้ได้รับผลกระทบ", "People affected", 1.0),
    ("ความเป็นไปได้ในการแก้ไข", "Feasibility", 1.0),
)


# --------------------------------------------------------------------------- pure parts
@dataclass
class DotTotal:
    person_dots: int = 0      # dots given by named participants
    hand_dots: int = 0        # hand counts
    voters: int = 0           # named participants who gave dots here

    @property
    def total(self) -> int:
        return self.person_dots + self.hand_dots


def dot_totals(votes: Iterable[DotVote], merged_into: Optional[dict[str, str]] = None
               ) -> dict[str, DotTotal]:
    """Dots per issue; ``merged_into`` maps a duplicate to the issue that stands for it."""
    merged_into = merged_into or {}
    out: dict[str, DotTotal] = {}
    voters: dict[str, set[str]] = {}
    for v in votes:
        iid = merged_into.get(v.issue_id, v.issue_id)
        t = out.setdefault(iid, DotTotal())
        if v.person_id:
            t.person_dots += v.dots
            voters.setdefault(iid, set()).add(v.person_id)
        else:
            t.hand_dots += v.dots
    for iid, who in voters.items():
        out[iid].voters = len(who)
    return out


def dots_used(votes: Iterable[DotVote], person_id: str) -> int:
    return sum(v.dots for v in votes if v.person_id == person_id)


def check_dot_limit(votes: Iterable[DotVote], person_id: str, issue_id: str, dots: int,
                    limit: int, person_name: str = "") -> None:
    """Raise InvalidInput when giving ``dots`` to ``issue_id`` (replacing what the person gave
    it before) would take the person over ``limit`` dots."""
    if dots < 0:
        raise errors.InvalidInput("Dots cannot be negative.")
    votes = list(votes)
    elsewhere = sum(v.dots for v in votes if v.person_id == person_id and v.issue_id != issue_id)
    if elsewhere + dots > limit:
        left = max(limit - elsewhere, 0)
        if not person_name:
            raise errors.InvalidInput(
                "This participant has {limit} dots and has already used {used} on other "
                "issues; at most {left} can go on this one.",
                limit=limit, used=elsewhere, left=left)
        raise errors.InvalidInput(
            "{name} has {limit} dots and has already used {used} on other issues; "
            "at most {left} can go on this one.",
            name=person_name, limit=limit, used=elsewhere, left=left)


def weighted_score(scores: dict[str, float], weights: dict[str, float]) -> Optional[float]:
    """Weighted mean of the scores given (criterion id -> score), or None when none is."""
    num = den = 0.0
    for cid, s in scores.items():
        w = weights.get(cid, 0.0)
        if w <= 0:
            continue
        num += w * s
        den += w
    return None if den == 0 else num / den


def competition_ranks(values: list[float], ndigits: int = 6) -> list[int]:
    """Ranks of values sorted high to low, ties sharing the rank: [9, 7, 7, 3] -> 1, 2, 2, 4."""
    ranks: list[int] = []
    prev = None
    for i, v in enumerate(values):
        key = round(v, ndigits)
        if prev is not None and key == prev:
            ranks.append(ranks[-1])
        else:
            ranks.append(i + 1)
        prev = key
    return ranks


def combine(dots: int, max_dots: int, criteria_score: Optional[float], *,
            dots_share: float = DEFAULT_DOTS_SHARE, use_dots: bool = True,
            use_criteria: bool = True) -> tuple[float, float, float]:
    """(dots part 0–100, criteria part 0–100, combined 0–100)."""
    dots_part = 100.0 * dots / max_dots if max_dots > 0 else 0.0
    crit_part = 0.0
    if criteria_score is not None:
        crit_part = 100.0 * (criteria_score - SCORE_MIN) / (SCORE_MAX - SCORE_MIN)
        crit_part = min(max(crit_part, 0.0), 100.0)
    if use_dots and use_criteria:
        combined = dots_share * dots_part + (1 - dots_share) * crit_part
    elif use_dots:
        combined = dots_part
    elif use_criteria:
        combined = crit_part
    else:
        combined = 0.0
    return dots_part, crit_part, combined


# --------------------------------------------------------------------------- the ranking
@dataclass
class CriterionPart:
    name: str
    weight: float
    score: Optional[float]


@dataclass
class RankedIssue:
    rank: int
    issue_id: str
    number: int                 # capture order, 1-based
    title: str
    category_id: Optional[str]
    dots: int
    person_dots: int
    hand_dots: int
    voters: int
    criteria_score: Optional[float]
    criteria: list[CriterionPart]
    dots_part: float
    criteria_part: float
    combined: float
    tied: bool
    response: Optional[Response]
    merged_count: int = 0       # duplicates merged into it
    explanation: str = ""       # English
    explanation_th: str = ""

    def explain(self, lang: str = "th") -> str:
        return self.explanation_th if lang == "th" else self.explanation_en

    @property
    def explanation_en(self) -> str:
        return self.explanation


@dataclass
class RankingOptions:
    dots_share: float = DEFAULT_DOTS_SHARE
    use_dots: bool = True
    use_criteria: bool = True
    extra: dict = field(default_factory=dict)


def options_for(method: RankingMethod | str) -> RankingOptions:
    """The options of a ranking method (dots and criteria half each, dots only, criteria only)."""
    method = RankingMethod(method)
    return RankingOptions(use_dots=method != RankingMethod.CRITERIA,
                          use_criteria=method != RankingMethod.DOTS)


def method_of(options: RankingOptions) -> RankingMethod:
    if options.use_dots and not options.use_criteria:
        return RankingMethod.DOTS
    if options.use_criteria and not options.use_dots:
        return RankingMethod.CRITERIA
    return RankingMethod.BOTH


def meeting_method(store: Store, meeting_id: str) -> RankingMethod:
    """The ranking method saved for the meeting (the default blend when there is none)."""
    m = store.maybe(Meeting, meeting_id)
    return RankingMethod(m.ranking_method) if m else RankingMethod.BOTH


def set_method(store: Store, meeting_id: str, method: RankingMethod | str) -> RankingMethod:
    """Save how the meeting's issues are ranked; returns the previous method."""
    try:
        method = RankingMethod(method)
    except ValueError:
        raise errors.InvalidInput("Unknown ranking method {method}.", method=repr(method))
    before = meeting_method(store, meeting_id)
    if method != before:
        store.update(Meeting, meeting_id, ranking_method=method)
    return before


def _fmt(v: float) -> str:
    return f"{v:.1f}".rstrip("0").rstrip(".") if v != int(v) else str(int(v))


def _explain(r: RankedIssue, opts: RankingOptions, max_dots: int, lang: str) -> str:
    parts = []
    th = lang == "th"
    if opts.use_dots:
        if th:
            s = f"{r.dots} จุด"
            if r.person_dots and r.hand_dots:
                s += f" (รายบุคคล {r.person_dots} จาก {r.voters} คน, นับมือ {r.hand_dots})"
            elif r.hand_dots:
                s += " (นับมือ)"
            elif r.voters:
                s += f" จาก {r.voters} คน"
            s += f" = {_fmt(r.dots_part)}% ของสูงสุด ({max_dots})"
        else:
            s = f"{r.dots} dots"
            if r.person_dots and r.hand_dots:
                s += (f" ({r.person_dots} from {r.voters} people, "
                      f"{r.hand_dots} by hand count)")
            elif r.hand_dots:
                s += " (hand count)"
            elif r.voters:
                s += f" from {r.voters} people"
            s += f" = {_fmt(r.dots_part)}% of the most ({max_dots})"
        parts.append(s)
    if opts.use_criteria:
        if r.criteria_score is None:
            parts.append("ยังไม่ได้ให้คะแนนตามเกณฑ์" if th else "not scored on the criteria")
        else:
            detail = ", ".join(f"{c.name} {_fmt(c.score)}×{_fmt(c.weight)}"
                               for c in r.criteria if c.score is not None)
            if th:
                parts.append(f"คะแนนเกณฑ์ {r.criteria_score:.2f}/5 ({detail}) = "
                             f"{_fmt(r.criteria_part)}%")
            else:
                parts.append(f"criteria {r.criteria_score:.2f}/5 ({detail}) = "
                             f"{_fmt(r.criteria_part)}%")
    if opts.use_dots and opts.use_criteria:
        d = round(opts.dots_share * 100)
        if th:
            parts.append(f"รวม (จุด {d}% + เกณฑ์ {100 - d}%) = {r.combined:.1f}")
        else:
            parts.append(f"combined ({d}% dots + {100 - d}% criteria) = {r.combined:.1f}")
    tie = ""
    if r.tied:
        tie = " (คะแนนเท่ากับประเด็นอื่น)" if th else " (tied)"
    head = f"อันดับ {r.rank}{tie}: " if th else f"rank {r.rank}{tie}: "
    return head + "; ".join(parts)


def rank_text(r: RankedIssue) -> str:
    """The rank as printed: "2=" when tied with another issue, else "2"."""
    return f"{r.rank}=" if r.tied else str(r.rank)


def rank_issues(store: Store, meeting_id: str, options: Optional[RankingOptions] = None,
                lang_names: str = "th") -> list[RankedIssue]:
    """The meeting's issues (merged duplicates folded in), best first, with explanations.

    Without ``options`` the meeting's saved method (``Meeting.ranking_method``) is used.
    """
    opts = options or options_for(meeting_method(store, meeting_id))
    all_issues = store.find(Issue, order_by="position, created", meeting_id=meeting_id)
    by_id = {i.id: i for i in all_issues}

    def root(iid: str) -> str:
        seen = set()
        while by_id[iid].merged_into_id and by_id[iid].merged_into_id in by_id \
                and iid not in seen:
            seen.add(iid)
            iid = by_id[iid].merged_into_id  # type: ignore[assignment]
        return iid

    merged_into = {i.id: root(i.id) for i in all_issues if i.merged_into_id}
    live = [i for i in all_issues if i.id not in merged_into]
    if not live:
        return []
    totals = dot_totals(store.find(DotVote, meeting_id=meeting_id), merged_into)
    crits = criteria(store, meeting_id)
    weights = {c.id: c.weight for c in crits}
    scores: dict[str, dict[str, float]] = {}
    for s in store.find_in(CriterionScore, "issue_id", Issue,
                           meeting_id=meeting_id):
        if s.issue_id in merged_into:
            continue      # a duplicate's scores do not count; the target's do
        scores.setdefault(s.issue_id, {})[s.criterion_id] = s.score
    max_dots = max((t.total for t in totals.values()), default=0)
    merged_count: dict[str, int] = {}
    for r in merged_into.values():
        merged_count[r] = merged_count.get(r, 0) + 1

    rows: list[RankedIssue] = []
    for n, issue in enumerate(live, 1):
        t = totals.get(issue.id, DotTotal())
        sc = scores.get(issue.id, {})
        cs = weighted_score(sc, weights)
        dp, cp, comb = combine(t.total, max_dots, cs, dots_share=opts.dots_share,
                               use_dots=opts.use_dots, use_criteria=opts.use_criteria)
        rows.append(RankedIssue(
            rank=0, issue_id=issue.id, number=n, title=issue.title,
            category_id=issue.category_id, dots=t.total, person_dots=t.person_dots,
            hand_dots=t.hand_dots, voters=t.voters, criteria_score=cs,
            criteria=[CriterionPart(c.name, c.weight, sc.get(c.id)) for c in crits],
            dots_part=dp, criteria_part=cp, combined=comb, tied=False,
            response=issue.response, merged_count=merged_count.get(issue.id, 0)))
    # best first; equal scores keep capture order
    rows.sort(key=lambda r: (-round(r.combined, 6), r.number))
    ranks = competition_ranks([r.combined for r in rows])
    counts: dict[int, int] = {}
    for r, k in zip(rows, ranks):
        r.rank = k
        counts[k] = counts.get(k, 0) + 1
    for r in rows:
        r.tied = counts[r.rank] > 1
        r.explanation = _explain(r, opts, max_dots, "en")
        r.explanation_th = _explain(r, opts, max_dots, "th")
    return rows


# --------------------------------------------------------------------------- writing
def criteria(store: Store, meeting_id: str) -> list[Criterion]:
    return store.find(Criterion, order_by="position, created", meeting_id=meeting_id)


def ensure_default_criteria(store: Store, meeting_id: str, lang: str = "th") -> list[Criterion]:
    """Severity, urgency, people affected, feasibility (weight 1) when the meeting has none
    and is not closed (a closed meeting is read-only: showing its priorities writes nothing)."""
    closed = store.get(Meeting, meeting_id).status == MeetingStatus.CLOSED
    if not closed and store.count(Criterion, meeting_id=meeting_id) == 0:
        with store.transaction():
            store.add_many(Criterion(meeting_id=meeting_id, name=th if lang == "th" else en,
                                     weight=w, position=i)
                           for i, (th, en, w) in enumerate(DEFAULT_CRITERIA))
    return criteria(store, meeting_id)


def set_weight(store: Store, criterion_id: str, weight: float) -> float:
    if weight < 0:
        raise errors.InvalidInput("A weight cannot be negative.")
    return store.update(Criterion, criterion_id, weight=float(weight))["weight"]


def set_dots_per_person(store: Store, meeting_id: str, dots: int) -> None:
    """How many dots each participant may give in the meeting."""
    if int(dots) < 0:
        raise errors.InvalidInput("Dots cannot be negative.")
    store.update(Meeting, meeting_id, dots_per_person=int(dots))


def set_score(store: Store, issue_id: str, criterion_id: str, score: Optional[float]
              ) -> Optional[float]:
    """Set (or clear, with None) one issue's score on one criterion; returns the previous."""
    if score is not None and not (SCORE_MIN <= score <= SCORE_MAX):
        raise errors.InvalidInput("A score goes from {low:g} to {high:g}; {score:g} is outside.",
                                  low=SCORE_MIN, high=SCORE_MAX, score=score)
    with store.transaction():
        old = store.find(CriterionScore, issue_id=issue_id, criterion_id=criterion_id)
        before = old[0].score if old else None
        if score is None:
            if old:
                store.delete(CriterionScore, old[0].id)
        elif old:
            store.update(CriterionScore, old[0].id, score=float(score))
        else:
            store.add(CriterionScore(issue_id=issue_id, criterion_id=criterion_id,
                                     score=float(score)))
    return before


def set_person_dots(store: Store, meeting_id: str, person_id: str, issue_id: str, dots: int
                    ) -> int:
    """Set how many dots a participant gives an issue (0 removes them), within the limit.

    Returns the previous number.
    """
    meeting = store.get(Meeting, meeting_id)
    issue = store.get(Issue, issue_id)
    if issue.meeting_id != meeting_id:
        raise errors.InvalidInput("The issue belongs to another meeting.")
    votes = store.find(DotVote, meeting_id=meeting_id, person_id=person_id)
    person = store.maybe(Person, person_id)
    check_dot_limit(votes, person_id, issue_id, dots, meeting.dots_per_person,
                    person.full_name if person else "")
    return _set_dots(store, meeting_id, issue_id, person_id, dots)


def set_hand_count(store: Store, meeting_id: str, issue_id: str, count: int) -> int:
    """Set the hand count (dots) for an issue; returns the previous count."""
    if count < 0:
        raise errors.InvalidInput("A hand count cannot be negative.")
    issue = store.get(Issue, issue_id)
    if issue.meeting_id != meeting_id:
        raise errors.InvalidInput("The issue belongs to another meeting.")
    return _set_dots(store, meeting_id, issue_id, None, count)


def _set_dots(store: Store, meeting_id: str, issue_id: str, person_id: Optional[str],
              dots: int) -> int:
    with store.transaction():
        old = store.find(DotVote, meeting_id=meeting_id, issue_id=issue_id, person_id=person_id)
        before = sum(v.dots for v in old)
        for extra in old[1:]:
            store.delete(DotVote, extra.id)
        if dots == 0:
            if old:
                store.delete(DotVote, old[0].id)
        elif old:
            store.update(DotVote, old[0].id, dots=int(dots))
        else:
            store.add(DotVote(meeting_id=meeting_id, issue_id=issue_id, person_id=person_id,
                              dots=int(dots)))
    return before


def person_dots(store: Store, meeting_id: str, person_id: str) -> dict[str, int]:
    out: dict[str, int] = {}
    for v in store.find(DotVote, meeting_id=meeting_id, person_id=person_id):
        out[v.issue_id] = out.get(v.issue_id, 0) + v.dots
    return out


def hand_counts(store: Store, meeting_id: str) -> dict[str, int]:
    out: dict[str, int] = {}
    for v in store.find(DotVote, meeting_id=meeting_id, person_id=None):
        out[v.issue_id] = out.get(v.issue_id, 0) + v.dots
    return out
