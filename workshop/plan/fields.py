"""The plan fields of an action and the one user action that edits them.

Choice: the fields live **on the action** (schema 3), not on a separate "project" grouping
actions.  What a forum agrees is already one row per action (its lead, due date, cost, source
of funds and the three-way split :class:`~workshop.model.Response` are there), and a village
plan's project table has one row per project/activity (โครงการ/กิจกรรม): the action *is* the
row.  A grouping record would need its own page, merge and undo rules for no column the table
needs.  An action is carried to later meetings of a series by reference (follow-up items and
:func:`workshop.followup.carried_over` point at the same record, never a copy), so its plan
fields travel with it and are edited in one place.

The budget per B.E. fiscal year (the Thai fiscal year N runs from 1 October of B.E. year N-1
to 30 September of N) is JSON in ``Action.budget_years`` (``{"2570": 150000}``), read with
:func:`budgets_of`.  An action without a split has its whole ``cost_baht`` in the fiscal year
of its due date (or of its meeting's date): :func:`budgets_of` says so, so every total equals
the actions' costs.  :func:`set_plan` keeps ``cost_baht`` equal to the sum of the years.
"""
from __future__ import annotations

import json
from datetime import date
from typing import Mapping, Optional

from .. import errors
from ..model import Action, Meeting, Response
from ..store import Store
from ..thai import be_year, parse_date

#: the text fields :func:`set_plan` takes, in the order of the village plan's table
TEXT_FIELDS = ("objective", "target", "location", "indicator", "expected_result", "agency",
               "funding_source")
FIRST_YEAR, LAST_YEAR = 2500, 2700     # B.E. fiscal years a plan may name
PLAN_YEARS = 5                          # the local development plan's span


def fiscal_year(d: date | str | None) -> Optional[int]:
    """The B.E. fiscal year of a date: from 1 October it is the next year's."""
    d = parse_date(d)
    if d is None:
        return None
    return be_year(d.year) + (1 if d.month >= 10 else 0)


def parse_budgets(text: str) -> dict[int, float]:
    """``Action.budget_years`` as {B.E. fiscal year: baht}; bad content reads as no split."""
    if not text:
        return {}
    try:
        raw = json.loads(text)
    except ValueError:
        return {}
    if not isinstance(raw, dict):
        return {}
    out: dict[int, float] = {}
    for k, v in raw.items():
        try:
            year, amount = int(k), float(v)
        except (TypeError, ValueError):
            continue
        if amount > 0:
            out[year] = amount
    return dict(sorted(out.items()))


def encode_budgets(budgets: Mapping[int, float]) -> str:
    kept = {int(y): float(a) for y, a in budgets.items() if a}
    if not kept:
        return ""
    return json.dumps({str(y): (int(a) if a == int(a) else a) for y, a in sorted(kept.items())},
                      separators=(",", ":"))


def default_year(action: Action, meeting: Optional[Meeting]) -> Optional[int]:
    """The fiscal year an unsplit cost falls in: the due date's, else the meeting's."""
    return fiscal_year(action.due_date) or fiscal_year(meeting.date if meeting else None)


def budgets_of(action: Action, meeting: Optional[Meeting] = None) -> dict[int, float]:
    """Baht per B.E. fiscal year: the recorded split, or the whole cost in one year."""
    split = parse_budgets(action.budget_years)
    if split:
        return split
    year = default_year(action, meeting)
    if action.cost_baht > 0 and year:
        return {year: action.cost_baht}
    return {}


def plan_years(meeting: Optional[Meeting], action: Optional[Action] = None) -> list[int]:
    """The fiscal years the Action plan page offers: five from the meeting's fiscal year,
    plus any the action already names."""
    start = fiscal_year(meeting.date if meeting else None) or fiscal_year(date.today())
    years = set(range(start, start + PLAN_YEARS))
    if action is not None:
        years |= set(parse_budgets(action.budget_years))
    return sorted(years)


def _check_budgets(budgets: Mapping[int, float]) -> dict[int, float]:
    out: dict[int, float] = {}
    for year, amount in budgets.items():
        if not isinstance(year, int) or not FIRST_YEAR <= year <= LAST_YEAR:
            raise errors.InvalidInput(
                "A fiscal year is a Buddhist-Era year between {first} and {last}.",
                first=FIRST_YEAR, last=LAST_YEAR)
        if amount is None or amount < 0:
            raise errors.InvalidInput("A budget cannot be negative.")
        if amount:
            out[year] = float(amount)
    return out


def set_plan(store: Store, action_id: str, *, budgets: Optional[Mapping[int, float]] = None,
             response: Optional[Response] = None, **texts: str) -> None:
    """Edit an action's plan fields in one transaction (one undo step): any of
    :data:`TEXT_FIELDS` (trimmed), the three-way split ``response`` and the ``budgets`` per
    B.E. fiscal year.  Rules: a year is a B.E. year in range, no amount is negative, zero
    years are dropped; when a split is given its sum becomes the action's cost; an empty split
    clears the split and keeps the cost.  Only fields that change are written."""
    unknown = set(texts) - set(TEXT_FIELDS)
    if unknown:
        raise TypeError(f"not plan fields: {sorted(unknown)}")
    action = store.get(Action, action_id)
    changes: dict = {}
    for name, value in texts.items():
        value = (value or "").strip()
        if value != getattr(action, name):
            changes[name] = value
    if response is not None and Response(response) != action.response:
        changes["response"] = Response(response)
    if budgets is not None:
        split = _check_budgets(budgets)
        encoded = encode_budgets(split)
        if encoded != action.budget_years:
            changes["budget_years"] = encoded
        if split and sum(split.values()) != action.cost_baht:
            changes["cost_baht"] = sum(split.values())
    if changes:
        store.update(Action, action_id, **changes)
