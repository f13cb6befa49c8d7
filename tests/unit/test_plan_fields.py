"""Plan fields of an action (schema 3): fiscal years, set_plan's rules and undo, migration,
carried across meetings of a series."""
from __future__ import annotations

import sqlite3

import pytest

from workshop import errors
from workshop.followup import create_next_meeting
from workshop.meetings import create_meeting
from workshop.model import Action, ActionStatus, Meeting, Response
from workshop.plan import fields as pf
from workshop.plan.table import build_plan
from workshop.schema import _V1, _V2, APPLICATION_ID, MIGRATIONS
from workshop.store import Store, _split_sql


@pytest.mark.parametrize("iso, fy", [("2026-09-30", 2569), ("2026-10-01", 2570),
                                     ("2027-01-31", 2570), ("2027-12-31", 2571), ("", None)])
def test_fiscal_year_starts_on_1_october(iso, fy):
    assert pf.fiscal_year(iso) == fy


def _action(store, **kw) -> tuple[Meeting, Action]:
    m = create_meeting(store, Meeting(title="เวที", date="2026-11-20"))
    a = store.add(Action(meeting_id=m.id, title="ซ่อมท่อประปา", **kw))
    return m, a


def test_set_plan_saves_fields_budgets_and_cost_in_one_undo_step(store):
    m, a = _action(store, cost_baht=1000, due_date="2027-01-31")
    _r, undo = store.record(pf.set_plan, store, a.id, objective="  เพื่อให้มีน้ำใช้ ",
                            target="186 ครัวเรือน", indicator="ร้อยละ 95",
                            expected_result="มีน้ำสะอาด", agency="อบต.", location="หมู่ 5",
                            budgets={2570: 100000, 2571: 50000, 2572: 0},
                            response=Response.JOINTLY)
    got = store.get(Action, a.id)
    assert got.objective == "เพื่อให้มีน้ำใช้"
    assert pf.budgets_of(got, m) == {2570: 100000.0, 2571: 50000.0}
    assert got.cost_baht == 150000 and got.response == Response.JOINTLY
    store.undo(undo)
    back = store.get(Action, a.id)
    assert (back.objective, back.budget_years, back.cost_baht, back.response) == (
        "", "", 1000, Response.OURSELVES)


def test_an_unsplit_cost_falls_in_the_due_dates_fiscal_year(store):
    m, a = _action(store, cost_baht=8000, due_date="2026-12-05")
    assert pf.budgets_of(a, m) == {2570: 8000.0}
    _m2, b = _action(store, cost_baht=500)            # no due date: the meeting's year
    assert pf.budgets_of(b, m) == {2570: 500.0}


@pytest.mark.parametrize("budgets", [{2570: -1}, {1990: 5}, {3000: 5}])
def test_bad_budgets_are_refused_and_nothing_changes(store, budgets):
    _m, a = _action(store, cost_baht=10)
    with pytest.raises(errors.InvalidInput):
        pf.set_plan(store, a.id, objective="x", budgets=budgets)
    assert store.get(Action, a.id).objective == ""


def test_an_empty_split_keeps_the_cost_and_unchanged_fields_are_not_written(store):
    m, a = _action(store, cost_baht=700, due_date="2027-03-01")
    pf.set_plan(store, a.id, budgets={2570: 300, 2571: 400})
    before = store.get(Action, a.id)
    pf.set_plan(store, a.id, budgets={})
    got = store.get(Action, a.id)
    assert got.budget_years == "" and got.cost_baht == 700
    assert pf.budgets_of(got, m) == {2570: 700.0}
    assert {k for k, v in vars(got).items() if v != getattr(before, k)} == {
        "budget_years", "updated"}
    _r, step = store.record(pf.set_plan, store, a.id, budgets={})
    assert not step                                  # nothing changed: nothing written


def test_plan_fields_are_carried_into_the_next_meeting_of_the_series(store):
    m, a = _action(store, status=ActionStatus.IN_PROGRESS)
    pf.set_plan(store, a.id, objective="เพื่อให้มีน้ำใช้", budgets={2570: 9000})
    nxt = create_next_meeting(store, m.id, "2027-02-01")
    rows = build_plan(store, nxt.id).rows
    assert [(r.action.id, r.objective, r.budgets, r.carried) for r in rows] == [
        (a.id, "เพื่อให้มีน้ำใช้", {2570: 9000.0}, True)]
    # editing it from the later meeting edits the one record
    pf.set_plan(store, a.id, target="186 ครัวเรือน")
    assert [r.target for r in build_plan(store, m.id).rows] == ["186 ครัวเรือน"]


def test_schema_2_file_gains_the_plan_fields(tmp_path):
    path = tmp_path / "v2.prachakhom"
    conn = sqlite3.connect(path)
    for stmt in _split_sql(_V1) + _split_sql(_V2):
        conn.execute(stmt)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute("PRAGMA user_version = 2")
    conn.executemany("INSERT INTO meta(key, value) VALUES (?, ?)",
                     [("file_id", "f0e1d2c3-0000-4000-8000-000000000002"),
                      ("created", "2026-01-01T00:00:00.000+00:00"), ("app", "Prachakhom")])
    t = "2026-01-02T03:04:05.000+00:00"
    conn.execute("INSERT INTO meetings(id, created, updated, title) VALUES ('m1', ?, ?, 'ก')",
                 (t, t))
    conn.execute("INSERT INTO actions(id, created, updated, meeting_id, title, cost_baht) "
                 "VALUES ('a1', ?, ?, 'm1', 'ซ่อมถนน', 5000)", (t, t))
    conn.commit()
    conn.close()
    assert "objective" in MIGRATIONS[2]
    with Store.open(path, backup_dir=tmp_path / "b") as s:
        a = s.get(Action, "a1")
        assert (a.title, a.cost_baht, a.objective, a.budget_years) == ("ซ่อมถนน", 5000, "", "")
        assert s.integrity_check() == []


def test_the_plan_names_a_lead_person_only_with_consent(store):
    from workshop.model import Person
    from workshop.privacy import UNNAMED

    m = create_meeting(store, Meeting(title="เวที", date="2026-11-20"))
    shy = store.add(Person(first_name="สมศรี", last_name="ไม่ยินยอม", consent=False))
    ok = store.add(Person(first_name="สมชาย", last_name="ยินยอม", consent=True))
    store.add(Action(meeting_id=m.id, title="ก", lead_person_id=shy.id))
    store.add(Action(meeting_id=m.id, title="ข", lead_person_id=ok.id))
    agencies = {r.title: r.agency for r in build_plan(store, m.id).rows}
    assert "ไม่ยินยอม" not in agencies["ก"] and UNNAMED in agencies["ก"]
    assert "ยินยอม" in agencies["ข"]
