"""Problems that come back (linked, suggested) and governance across the meetings of a series."""
from __future__ import annotations

import pytest

from workshop import errors
from workshop import followup as fu
from workshop import recurring as rc
from workshop import trend
from workshop.demo import build_demo
from workshop.meetings import create_meeting
from workshop.model import (
    Action, ActionStatus, Attendance, Category, Issue, Meeting, NetworkRole,
    NetworkRoleAssignment, Organisation, Person, Sector,
)


@pytest.fixture
def demo(store):
    build_demo(store)
    return store, store.find(Meeting, order_by="date")


def test_demo_linked_problems_have_their_history(demo):
    store, (m1, m2, m3) = demo
    found = rc.problems(store, m3.id)
    assert len(found) == 5
    water = next(p for p in found if p.title == "น้ำประปาหมู่บ้านไม่ไหลช่วงหน้าแล้ง")
    assert [o.meeting.id for o in water.occurrences] == [m1.id, m3.id]
    # the survey of leaking pipes (meeting 1) and the water-main repair (meeting 3)
    assert [[a.title for a in o.actions] for o in water.occurrences] == [
        ["สำรวจจุดท่อประปารั่วทั้งหมู่บ้าน"], ["ซ่อมแซมท่อเมนประปาและเปลี่ยนสารกรองน้ำ"]]
    # the other repeated titles are suggested, same category, not yet linked
    sugg = rc.suggestions(store, m3.id)
    assert {s.later.title for s in sugg} == {t.title for t in store.find(Issue, meeting_id=m1.id)
                                              } - {p.title for p in found}
    assert all(s.earlier.meeting_id == m1.id and s.later.meeting_id == m3.id for s in sugg)
    assert all(s.similarity == 1.0 for s in sugg)


def test_link_suggest_and_refuse(store):
    cat = store.add(Category(name_th="น้ำ"))
    other = store.add(Category(name_th="ถนน"))
    m1 = create_meeting(store, Meeting(title="1", date="2026-01-01"))
    m2 = fu.create_next_meeting(store, m1.id, "2026-04-01")
    a = store.add(Issue(meeting_id=m1.id, title="น้ำประปาไม่ไหล", category_id=cat.id))
    b = store.add(Issue(meeting_id=m2.id, title="น้ำประปาไม่ค่อยไหล", category_id=cat.id))
    store.add(Issue(meeting_id=m2.id, title="น้ำประปาไม่ไหล", category_id=other.id))
    store.add(Issue(meeting_id=m2.id, title="ถนนเป็นหลุม", category_id=cat.id))
    sugg = rc.suggestions(store, m2.id)
    assert [(s.earlier.id, s.later.id) for s in sugg] == [(a.id, b.id)]
    assert 0.6 <= sugg[0].similarity < 1
    _, step = store.record(rc.link_carried, store, b.id, a.id)
    assert rc.suggestions(store, m2.id) == []
    assert [o.issue.id for o in rc.problems(store, m1.id)[0].occurrences] == [a.id, b.id]
    with pytest.raises(errors.InvalidInput):
        rc.link_carried(store, a.id, b.id)          # a loop
    same = store.add(Issue(meeting_id=m1.id, title="x"))
    with pytest.raises(errors.InvalidInput):
        rc.link_carried(store, same.id, a.id)       # same meeting
    store.undo(step)
    assert store.get(Issue, b.id).carried_from_id is None


def test_governance_across_three_meetings_with_sources(store):
    state = store.add(Organisation(name="อบต.", sector=Sector.LOCAL_GOVERNMENT))
    group = store.add(Organisation(name="กลุ่มแม่บ้าน", sector=Sector.CIVIL_SOCIETY))
    official = store.add(Person(first_name="ปลัด", organisation_id=state.id))
    villager = store.add(Person(first_name="ชาวบ้าน"))
    m1 = create_meeting(store, Meeting(title="1", date="2026-01-10", quorum=2))
    m2 = fu.create_next_meeting(store, m1.id, "2026-04-10")
    m3 = fu.create_next_meeting(store, m2.id, "2026-07-10")
    store.update(Meeting, m2.id, quorum=2)
    for m, people in ((m1, [official]), (m2, [official, villager]), (m3, [villager])):
        for p in people:
            store.add(Attendance(meeting_id=m.id, person_id=p.id))
    store.add(NetworkRoleAssignment(meeting_id=m1.id, organisation_id=state.id,
                                    role=NetworkRole.DECIDING))
    for o in (state, group):
        store.add(NetworkRoleAssignment(meeting_id=m2.id, organisation_id=o.id,
                                        role=NetworkRole.DECIDING))
    on_time = store.add(Action(meeting_id=m1.id, title="ทำ", lead_organisation_id=state.id,
                               due_date="2026-03-31"))
    late = store.add(Action(meeting_id=m1.id, title="ช้า", due_date="2026-03-31"))
    fu.report(store, on_time.id, status=ActionStatus.DONE, meeting_id=m2.id,
              on_date="2026-03-20")
    fu.report(store, late.id, status=ActionStatus.DONE, meeting_id=m2.id)   # 10 April

    rows = trend.series_table(store, m2.id)
    assert [r.meeting.id for r in rows] == [m1.id, m2.id, m3.id]
    f1, f2, f3 = (r.figures for r in rows)
    assert f1["non_state_deciding"].value == 0 and f2["non_state_deciding"].value == 0.5
    assert f2["non_state_deciding"].trend == trend.UP
    assert f1["owned_dated"].value == 0.5 and f1["owned_dated"].ids == [on_time.id]
    assert f1["on_time"].value == 0.5 and f1["on_time"].ids == [on_time.id]
    assert "action_updates" in f1["on_time"].source
    assert f2["owned_dated"].value is None           # no actions at meeting 2
    assert (f1["quorum"].value, f2["quorum"].value, f3["quorum"].value) == (0.0, 1.0, 0.0)
    assert f3["quorum"].trend == trend.DOWN and f3["quorum"].of == 2
    assert f2["quorum"].trend == trend.UP
    assert f2["present_community"].value == 1 and f3["present_local_government"].value == 0
    assert f3["present_local_government"].trend == trend.DOWN
    assert set(rows[0].levels) == {"initiation", "actors", "roles", "structure", "decision",
                                   "goal", "participation", "transparency", "accountability",
                                   "legitimacy"}
    assert trend.level_trend(rows, "legitimacy") in (trend.UP, trend.DOWN, trend.SAME)
