"""The village plan table (แผนพัฒนาหมู่บ้าน / แผนชุมชน): its rows, groups and totals.

One computation for the PDF (:mod:`workshop.plan.pdf`), the XLSX (:mod:`workshop.plan.xlsx`)
and the hand-over package:

* **which actions** — of one meeting: its own actions and the open actions carried into it
  from the meetings before it in the series (``Meeting.previous_id``; the follow-up items of
  :mod:`workshop.followup` point at the same records); of ``all``: every action of every
  meeting of the series, each once (a carried action is the same record, so it is counted
  once, under the meeting that agreed it).  Cancelled actions are left out.
* **groups** — ทำเอง / ทำร่วม / ขอรับการสนับสนุน (:class:`~workshop.model.Response`).
* **order** — by the forum's ranking of the action's issue in the meeting that agreed it
  (:func:`workshop.ranking.rank_issues`), actions without an issue after, then by due date.
* **budgets** — per B.E. fiscal year (:func:`workshop.plan.fields.budgets_of`), with totals
  per group and overall; the sum of every year equals the sum of the actions' costs.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

from .. import actions as actions_mod
from .. import errors, vocabulary
from ..followup import followup_items, series
from ..meetings import latest_meeting, resolve_meeting
from ..model import Action, ActionStatus, Meeting, Response
from ..ranking import rank_issues
from ..store import Store
from .fields import budgets_of, fiscal_year

GROUPS = (Response.OURSELVES, Response.JOINTLY, Response.REQUEST_SUPPORT)


def group_name(response: Response, lang: str = "th") -> str:
    """The plan's word for a group, and the forum's when it differs: "ทำเอง (ดำเนินการเอง)"."""
    short = vocabulary.PLAN_GROUPS[Response(response)].in_language(lang)
    full = vocabulary.label(Response(response), lang)
    return short if full == short else f"{short} ({full})"


def group_word(response: Response, lang: str = "th") -> str:
    return vocabulary.PLAN_GROUPS[Response(response)].in_language(lang)


ALL = "all"


@dataclass
class PlanRow:
    action: Action
    title: str
    objective: str
    target: str
    location: str
    budgets: dict[int, float]
    indicator: str
    expected_result: str
    agency: str
    funding_source: str
    rank: Optional[int]        # the forum's rank of the action's issue (None: no issue)
    meeting: Meeting           # the meeting that agreed the action
    carried: bool              # agreed at an earlier meeting of the series

    @property
    def total(self) -> float:
        return sum(self.budgets.values())


@dataclass
class PlanGroup:
    response: Response
    rows: list[PlanRow] = field(default_factory=list)

    def total(self, year: int) -> float:
        return sum(r.budgets.get(year, 0.0) for r in self.rows)

    @property
    def grand(self) -> float:
        return sum(r.total for r in self.rows)


@dataclass
class VillagePlan:
    body_name: str
    title: str
    meetings: list[Meeting]     # oldest first: the meetings the plan draws from
    years: list[int]            # the fiscal-year columns
    groups: list[PlanGroup]     # the three groups, in order (empty ones kept)

    @property
    def rows(self) -> list[PlanRow]:
        return [r for g in self.groups for r in g.rows]

    def total(self, year: int) -> float:
        return sum(g.total(year) for g in self.groups)

    @property
    def grand(self) -> float:
        return sum(g.grand for g in self.groups)


def _meetings_for(store: Store, which: str) -> tuple[list[Meeting], Optional[Meeting]]:
    """(meetings whose actions count, the meeting carried actions come into) for ``which``."""
    if which == ALL:
        last = latest_meeting(store)
        if last is None:
            raise errors.NotFound("The file has no meetings yet.")
        ids = series(store, last.id)
        return [store.get(Meeting, i) for i in reversed(ids)], None
    m = resolve_meeting(store, which)
    return [m], m


def _carried(store: Store, meeting: Meeting) -> list[Action]:
    """Open actions of earlier meetings of the series, and those its follow-up items name."""
    earlier = series(store, meeting.id)[1:]
    found = {a.id: a for a in actions_mod.open_actions(store, earlier)}
    for item in followup_items(store, meeting.id):
        if item.source_table == "actions" and item.source_id not in found:
            a = store.maybe(Action, item.source_id)
            if a is not None and a.meeting_id != meeting.id:
                found[a.id] = a
    return list(found.values())


def build_plan(store: Store, which: str = "latest") -> VillagePlan:
    """The village plan table of one meeting (an id or ``latest``) or of ``all``."""
    meetings, into = _meetings_for(store, which)
    picked: dict[str, Action] = {}
    for m in meetings:
        for a in actions_mod.actions(store, m.id):
            picked.setdefault(a.id, a)
    carried_ids: set[str] = set()
    if into is not None:
        for a in _carried(store, into):
            if a.id not in picked:
                picked[a.id] = a
                carried_ids.add(a.id)
    by_meeting: dict[str, Meeting] = {m.id: m for m in meetings}
    ranks: dict[str, dict[str, int]] = {}
    from ..privacy import Audience, NameRule

    # the plan goes to others: a lead person is named only with consent (workshop.privacy)
    named = actions_mod.people_named(picked.values())
    actors = actions_mod.Actors.named_by(store, picked.values(), NameRule(
        store, Audience.PUBLIC, person_ids=named))
    rows: list[PlanRow] = []
    for a in picked.values():
        if a.status == ActionStatus.CANCELLED:
            continue
        m = by_meeting.get(a.meeting_id) or store.get(Meeting, a.meeting_id)
        by_meeting[m.id] = m
        if m.id not in ranks:
            ranks[m.id] = {r.issue_id: r.rank for r in rank_issues(store, m.id)}
        agency = a.agency or actors.name(None, a.lead_organisation_id) or actors.name(
            a.lead_person_id, None)
        rows.append(PlanRow(
            action=a, title=a.title, objective=a.objective, target=a.target,
            location=a.location, budgets=budgets_of(a, m), indicator=a.indicator,
            expected_result=a.expected_result, agency=agency, funding_source=a.funding_source,
            rank=ranks[m.id].get(a.issue_id or ""), meeting=m, carried=a.id in carried_ids))
    rows.sort(key=lambda r: (r.rank is None, r.rank or 0, r.meeting.date,
                             r.action.due_date == "", r.action.due_date, r.action.created))
    groups = [PlanGroup(g, [r for r in rows if Response(r.action.response) == g])
              for g in GROUPS]
    years = sorted({y for r in rows for y in r.budgets})
    if not years:
        base = into or meetings[-1]
        years = [fiscal_year(base.date) or base.be_year]
    last = meetings[-1]
    return VillagePlan(body_name=last.body_name, title=last.title,
                       meetings=meetings if into is None else [into], years=years,
                       groups=groups)
