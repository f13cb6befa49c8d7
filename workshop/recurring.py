"""Problems that come back: issues of different meetings of a series that are the same problem.

* **Linked** explicitly: an issue raised again at a later meeting names the earlier one in
  ``Issue.carried_from_id`` (:func:`link_carried`, :func:`unlink_carried`: one transaction
  each, one undo step recorded by the store).
* **Suggested**: two issues of different meetings of the series in the same category whose
  titles are close (after :func:`workshop.people.normalise`, difflib's ratio at least
  :data:`SIMILAR`), not linked yet.

:func:`problems` groups a series' issues into problems (linked chains, each with its history:
meeting, issue, the actions taken on it and their status); :func:`suggestions` lists the
pairs worth linking.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from difflib import SequenceMatcher
from typing import Optional

from . import errors
from .model import Action, Issue, Meeting
from .series import SERIES_WINDOW, series_of
from .people import normalise
from .store import Store
from .store.by_ids import records_by_ids, records_in

SIMILAR = 0.6


def link_carried(store: Store, issue_id: str, earlier_id: str) -> None:
    """Say that ``issue_id`` is the same problem as ``earlier_id`` of an earlier meeting."""
    issue, earlier = store.get(Issue, issue_id), store.get(Issue, earlier_id)
    if issue.id == earlier.id or issue.meeting_id == earlier.meeting_id:
        raise errors.InvalidInput("A problem comes back from another meeting of the series.")
    seen, cur = {issue.id}, earlier
    while cur is not None:          # never a loop of issues carried from each other
        if cur.id in seen:
            raise errors.InvalidInput("These issues are already linked the other way round.")
        seen.add(cur.id)
        cur = store.maybe(Issue, cur.carried_from_id)
    store.update(Issue, issue_id, carried_from_id=earlier_id)


def unlink_carried(store: Store, issue_id: str) -> None:
    store.update(Issue, issue_id, carried_from_id=None)


@dataclass
class Occurrence:
    meeting: Meeting
    issue: Issue
    actions: list[Action] = field(default_factory=list)


@dataclass
class Problem:
    """One problem across meetings: its occurrences, oldest first."""
    occurrences: list[Occurrence]

    @property
    def title(self) -> str:
        return self.occurrences[-1].issue.title

    @property
    def recurring(self) -> bool:
        return len(self.occurrences) > 1


@dataclass
class Suggestion:
    earlier: Issue
    later: Issue
    similarity: float


def _series_issues(store: Store, meeting_id: str, limit: Optional[int]
                   ) -> tuple[dict[str, Meeting], list[Issue]]:
    ids = series_of(store, meeting_id, limit)
    found = {m.id: m for m in records_by_ids(store, Meeting, ids)}
    meetings = {m: found[m] for m in ids if m in found}        # in the series' order
    ids = list(meetings)
    order = {m: i for i, m in enumerate(ids)}
    issues = [i for i in records_in(store, Issue, "meeting_id", ids, "position")
              if not i.merged_into_id]
    issues.sort(key=lambda i: (order[i.meeting_id], i.position))
    return meetings, issues


def problems(store: Store, meeting_id: str, recurring_only: bool = True,
             limit: Optional[int] = SERIES_WINDOW) -> list[Problem]:
    """The series' problems as linked chains (only those raised more than once by default),
    across the window of ``limit`` meetings ending at ``meeting_id``
    (:func:`workshop.series.series_window`): an earlier occurrence outside it is not shown."""
    meetings, issues = _series_issues(store, meeting_id, limit)
    by_id = {i.id: i for i in issues}
    root: dict[str, str] = {}

    def find_root(i: Issue) -> str:
        seen = set()
        cur = i
        while cur.carried_from_id in by_id and cur.id not in seen:
            seen.add(cur.id)
            cur = by_id[cur.carried_from_id]
        return cur.id

    groups: dict[str, list[Issue]] = {}
    for i in issues:
        root[i.id] = find_root(i)
        groups.setdefault(root[i.id], []).append(i)
    out = []
    for members in groups.values():
        if recurring_only and len(members) < 2:
            continue
        occ = [Occurrence(meetings[i.meeting_id], i,
                          store.find(Action, issue_id=i.id, order_by="created"))
               for i in members]
        out.append(Problem(occ))
    out.sort(key=lambda p: (-len(p.occurrences), p.title))
    return out


def similarity(a: Issue, b: Issue) -> float:
    return SequenceMatcher(None, normalise(a.title), normalise(b.title)).ratio()


def suggestions(store: Store, meeting_id: str, limit: Optional[int] = SERIES_WINDOW
                ) -> list[Suggestion]:
    """Issues raised at this meeting that look like an issue of an earlier meeting of its
    series: same category, close titles, not yet in the same problem; the closest first.

    Each of the meeting's issues is compared with the earlier issues of its category only,
    and :class:`SequenceMatcher`'s cheap upper bounds skip the hopeless pairs, so the page
    stays quick on a file of many years (thousands of earlier issues); the earlier issues are
    those of the window of ``limit`` meetings ending at ``meeting_id``."""
    meetings, issues = _series_issues(store, meeting_id, limit)
    ids = list(meetings)
    earlier_meetings = set(ids[:ids.index(meeting_id)]) if meeting_id in meetings else set()
    linked = {frozenset((i.id, i.carried_from_id)) for i in issues if i.carried_from_id}
    earlier_by_category: dict[Optional[str], list[tuple[Issue, str]]] = {}
    for i in issues:
        if i.meeting_id in earlier_meetings:
            earlier_by_category.setdefault(i.category_id, []).append((i, normalise(i.title)))
    out = []
    matcher = SequenceMatcher(None)
    for later in issues:
        if later.meeting_id != meeting_id or later.carried_from_id:
            continue
        matcher.set_seq2(normalise(later.title))
        for earlier, title in earlier_by_category.get(later.category_id, ()):
            if frozenset((earlier.id, later.id)) in linked:
                continue
            matcher.set_seq1(title)
            if (matcher.real_quick_ratio() >= SIMILAR and matcher.quick_ratio() >= SIMILAR
                    and (s := matcher.ratio()) >= SIMILAR):
                out.append(Suggestion(earlier, later, round(s, 3)))
    out.sort(key=lambda s: (-s.similarity, s.later.title))
    return out


def earlier_of(store: Store, issue_id: str) -> Optional[Issue]:
    i = store.get(Issue, issue_id)
    return store.maybe(Issue, i.carried_from_id)


__all__ = ["link_carried", "unlink_carried", "problems", "suggestions", "Problem",
           "Occurrence", "Suggestion", "similarity", "earlier_of", "SIMILAR"]
