"""Actions followed over time: status history with dates and meetings, progress, overdue,
across a series of three meetings (and kept in the file)."""
from __future__ import annotations

import pytest

from workshop import actions as ac
from workshop import errors
from workshop import followup as fu
from workshop.demo import build_demo
from workshop.meetings import create_meeting
from workshop.model import Action, ActionStatus, ActionUpdate, Meeting
from workshop.store import Store

S = ActionStatus


@pytest.fixture
def series(store):
    m1 = create_meeting(store, Meeting(title="ครั้งที่ 1", date="2026-03-01"))
    act = ac.add_action(store, Action(meeting_id=m1.id, title="ขุดลอกคลอง",
                                      due_date="2026-06-30"))
    m2 = fu.create_next_meeting(store, m1.id, "2026-05-01")
    m3 = fu.create_next_meeting(store, m2.id, "2026-08-01")
    return store, (m1, m2, m3), act


def test_status_history_progress_and_overdue_across_three_meetings(series, tmp_path):
    store, (m1, m2, m3), act = series
    assert fu.history(store, act.id) == [fu.Step("2026-03-01", m1.id, S.PLANNED, 0)]
    # meeting 2, before the due date: started, 40 % done, not late
    fu.report(store, act.id, status=S.IN_PROGRESS, progress=40, meeting_id=m2.id,
              note="ขุดแล้วครึ่งสาย")
    a = store.get(Action, act.id)
    assert (a.status, fu.progress_of(a)) == (S.IN_PROGRESS, 40)
    assert fu.days_overdue(a, m2.date) == 0
    # meeting 3, after the due date: still open, a month late
    assert fu.days_overdue(a, m3.date) == 32 and fu.is_overdue(a, m3.date)
    fu.report(store, act.id, progress=80, meeting_id=m3.id)
    # ... then done: 100 %, no longer late
    fu.report(store, act.id, status=S.DONE, meeting_id=m3.id, on_date="2026-08-02")
    a = store.get(Action, act.id)
    assert fu.progress_of(a) == 100 and a.progress == 100
    assert not fu.is_overdue(a, "2027-01-01")

    steps = fu.history(store, act.id)
    assert [(s.date, s.meeting_id, s.status, s.progress) for s in steps] == [
        ("2026-03-01", m1.id, S.PLANNED, 0),
        ("2026-05-01", m2.id, S.IN_PROGRESS, 40),
        ("2026-08-01", m3.id, S.IN_PROGRESS, 80),
        ("2026-08-02", m3.id, S.DONE, 100)]
    assert steps[1].note == "ขุดแล้วครึ่งสาย"
    ups = store.find(ActionUpdate, action_id=act.id, order_by="date")
    assert [u.previous_status for u in ups] == [S.PLANNED, S.IN_PROGRESS, S.IN_PROGRESS]

    # kept in the file: reopen and read the same story
    path = store.path
    store.close()
    with Store.open(path, backups=False) as again:
        assert [(s.date, s.status, s.progress) for s in fu.history(again, act.id)] == [
            (s.date, s.status, s.progress) for s in steps]


def test_report_is_one_undo_step_and_refuses_bad_progress(series):
    store, (m1, m2, m3), act = series
    update, step = store.record(fu.report, store, act.id, status=S.IN_PROGRESS, progress=25,
                                meeting_id=m2.id)
    assert store.count(ActionUpdate, action_id=act.id) == 1 and update.progress == 25
    store.undo(step)
    a = store.get(Action, act.id)
    assert (a.status, a.progress) == (S.PLANNED, 0)
    assert store.count(ActionUpdate, action_id=act.id) == 0
    store.redo(step)
    assert store.get(Action, act.id).status == S.IN_PROGRESS
    assert store.get(ActionUpdate, update.id).progress == 25
    with pytest.raises(errors.InvalidInput):
        fu.report(store, act.id, progress=120)
    # nothing changed, nothing recorded
    assert fu.report(store, act.id, status=S.IN_PROGRESS) is None
    assert store.count(ActionUpdate) == 1


def test_follow_up_item_reports_at_its_meeting(series):
    store, (m1, m2, m3), act = series
    item = next(i for i in fu.followup_items(store, m3.id) if i.source_id == act.id)
    _, step = store.record(fu.set_status, store, item.id, S.DONE)
    steps = fu.history(store, act.id)
    assert (steps[-1].meeting_id, steps[-1].date, steps[-1].status) == (m3.id, m3.date, S.DONE)
    store.undo(step)
    assert store.get(Action, act.id).status == S.PLANNED
    assert len(fu.history(store, act.id)) == 1


def test_no_due_date_or_cancelled_is_never_late(store):
    m = create_meeting(store, Meeting(title="x", date="2026-01-01"))
    undated = ac.add_action(store, Action(meeting_id=m.id, title="ไม่มีกำหนด"))
    cancelled = ac.add_action(store, Action(meeting_id=m.id, title="ยกเลิก",
                                            due_date="2026-01-15", status=S.CANCELLED))
    assert fu.days_overdue(undated, "2030-01-01") == 0
    assert fu.days_overdue(cancelled, "2030-01-01") == 0


def test_demo_has_a_story_for_the_first_forums_actions(store):
    build_demo(store)
    m1, m2, m3 = store.find(Meeting, order_by="date")
    survey = store.find(Action, title="สำรวจจุดท่อประปารั่วทั้งหมู่บ้าน")[0]
    steps = fu.history(store, survey.id)
    assert [(s.meeting_id, s.progress) for s in steps] == [(m1.id, 0), (m2.id, 30), (m3.id, 70)]
    assert steps[0].status == S.PLANNED and steps[-1].status == survey.status


def test_dashboard_open_late_done_and_pledges_by_actor_and_sector(store):
    build_demo(store)
    m1, m2, m3 = store.find(Meeting, order_by="date")
    by_actor, by_sector = fu.dashboard(store, m3.id, today="2027-02-01")
    osm = by_actor["ชมรมอาสาสมัครสาธารณสุขประจำหมู่บ้าน"]
    assert (osm.done, osm.open) == (1, 0)
    abt = by_actor["องค์การบริหารส่วนตำบลโนนสูง"]
    # the water-main repair (due 31 Jan 2570) and the road letter (due 15 Dec 2569) are late
    assert (abt.open, abt.late) == (2, 2)
    assert abt.promised_baht == 153000 and abt.received_baht == 0
    shop = by_actor["ร้านสมหวังวัสดุก่อสร้าง"]
    assert shop.promised_baht == shop.received_baht == 6000
    assert by_sector["local_government"].late == 2
    total_open = sum(t.open for t in by_actor.values())
    assert total_open == sum(t.open for t in by_sector.values()) == sum(
        1 for m in (m1, m2, m3) for a in store.find(Action, meeting_id=m.id)
        if a.status in (S.PLANNED, S.IN_PROGRESS))
    # on the third meeting's own day nothing of the water-main repair is late yet
    by_actor, _ = fu.dashboard(store, m3.id)
    assert by_actor["องค์การบริหารส่วนตำบลโนนสูง"].late == 0
