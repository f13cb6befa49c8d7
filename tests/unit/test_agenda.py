"""workshop.agenda: order and the meeting clock, with fake time."""
from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from workshop import agenda, errors
from workshop.meetings import create_meeting
from workshop.model import AgendaItem, AgendaKind, Meeting

T0 = datetime(2026, 11, 24, 9, 30, 0)


@pytest.fixture
def meeting(store):
    return create_meeting(store, Meeting(title="เวที", date="2026-11-24"))


def titles(store, meeting):
    return [i.title for i in agenda.items(store, meeting.id)]


def test_customary_agenda_has_five_items_in_order(store, meeting):
    got = agenda.items(store, meeting.id)
    assert [i.position for i in got] == [0, 1, 2, 3, 4]
    assert got[0].kind == AgendaKind.ANNOUNCEMENTS
    assert got[-1].kind == AgendaKind.OTHER


def test_add_item_at_position_moves_others_down(store, meeting):
    agenda.add_item(store, meeting.id, "แทรก", position=1)
    got = agenda.items(store, meeting.id)
    assert got[1].title == "แทรก"
    assert [i.position for i in got] == list(range(6))


def test_reordered_pure():
    assert agenda.reordered(["a", "b", "c"], "c", 0) == ["c", "a", "b"]
    assert agenda.reordered(["a", "b", "c"], "a", 99) == ["b", "c", "a"]
    with pytest.raises(ValueError):
        agenda.reordered(["a"], "x", 0)


def test_move_and_revert(store, meeting):
    before = titles(store, meeting)
    last = agenda.items(store, meeting.id)[-1]
    _r, undo = store.record(agenda.move_item, store, last.id, 0)
    after = titles(store, meeting)
    assert after[0] == before[-1] and after[1:] == before[:-1]
    store.undo(undo)
    assert titles(store, meeting) == before


def test_set_order_rejects_a_wrong_set(store, meeting):
    with pytest.raises(errors.InvalidInput):
        agenda.set_order(store, meeting.id, ["nope"])


def test_clock_start_stop_elapsed_and_meeting_times(store, meeting):
    first, second, *_rest, last = agenda.items(store, meeting.id)
    agenda.start_item(store, first.id, T0)
    first = store.get(AgendaItem, first.id)
    assert agenda.is_running(first)
    assert agenda.elapsed(first, T0 + timedelta(seconds=90)) == 90
    assert store.get(Meeting, meeting.id).start_time == "09:30"

    # starting the second stops the first
    agenda.start_item(store, second.id, T0 + timedelta(minutes=12))
    first = store.get(AgendaItem, first.id)
    assert not agenda.is_running(first)
    assert first.elapsed_s == 12 * 60
    assert agenda.overrun(first, T0 + timedelta(hours=1)) == 2 * 60  # box 10 min
    second = store.get(AgendaItem, second.id)
    assert agenda.is_running(second)
    # the meeting's start time is not moved by a later start
    assert store.get(Meeting, meeting.id).start_time == "09:30"

    agenda.stop_item(store, second.id, T0 + timedelta(minutes=14))
    assert store.get(Meeting, meeting.id).end_time == ""  # not the last item
    agenda.start_item(store, last.id, T0 + timedelta(minutes=20))
    agenda.stop_item(store, last.id, T0 + timedelta(minutes=25, seconds=30))
    assert store.get(Meeting, meeting.id).end_time == "09:55"


def test_resume_accumulates(store, meeting):
    item = agenda.items(store, meeting.id)[0]
    agenda.start_item(store, item.id, T0)
    agenda.stop_item(store, item.id, T0 + timedelta(seconds=100))
    agenda.start_item(store, item.id, T0 + timedelta(seconds=200))
    it = store.get(AgendaItem, item.id)
    assert agenda.elapsed(it, T0 + timedelta(seconds=250)) == 150
    agenda.stop_item(store, item.id, T0 + timedelta(seconds=260))
    assert store.get(AgendaItem, item.id).elapsed_s == 160


def test_start_undo_restores_everything(store, meeting):
    first, second = agenda.items(store, meeting.id)[:2]
    _r, u1 = store.record(agenda.start_item, store, first.id, T0)
    _r, u2 = store.record(agenda.start_item, store, second.id, T0 + timedelta(minutes=3))
    store.undo(u2)
    assert agenda.is_running(store.get(AgendaItem, first.id))
    assert not store.get(AgendaItem, second.id).started_at
    store.undo(u1)
    assert store.get(Meeting, meeting.id).start_time == ""
    assert not store.get(AgendaItem, first.id).started_at


def test_schedule_delta_ahead_and_behind(store, meeting):
    first, second = agenda.items(store, meeting.id)[:2]  # 10 and 5 minutes
    agenda.start_item(store, first.id, T0)
    agenda.stop_item(store, first.id, T0 + timedelta(minutes=7))
    items = agenda.items(store, meeting.id)
    assert agenda.schedule_delta(items, T0) == -3 * 60  # 3 minutes ahead
    agenda.start_item(store, second.id, T0 + timedelta(minutes=7))
    items = agenda.items(store, meeting.id)
    # running but within its box: still 3 minutes ahead
    assert agenda.schedule_delta(items, T0 + timedelta(minutes=10)) == -3 * 60
    # 9 minutes into a 5-minute box: 4 over, so 1 minute behind
    assert agenda.schedule_delta(items, T0 + timedelta(minutes=16)) == 60


def test_aware_and_naive_times_mix(store, meeting):
    from datetime import timezone

    item = agenda.items(store, meeting.id)[0]
    agenda.start_item(store, item.id, T0.replace(tzinfo=timezone.utc))
    it = store.get(AgendaItem, item.id)
    assert agenda.elapsed(it, T0 + timedelta(seconds=5)) == 5


def test_format_duration():
    assert agenda.format_duration(309) == "5:09"
    assert agenda.format_duration(3909) == "1:05:09"
    assert agenda.format_duration(-61) == "-1:01"
