"""Speakers page: queue, next, timer with a fake clock (no sleeping), balance, undo."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from workshop import speakers
from workshop.meetings import create_meeting
from workshop.model import (
    Attendance, ContributionKind, Gender, Meeting, Organisation, Person, Sector,
)


class FakeClock:
    def __init__(self):
        self.now = datetime(2026, 11, 24, 9, 0, tzinfo=timezone.utc)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: int) -> None:
        self.now += timedelta(seconds=seconds)


@pytest.fixture
def ctx(qapp, store):
    from ui.context import AppContext

    c = AppContext(store)
    yield c
    c.detach()


@pytest.fixture
def forum(ctx):
    store = ctx.store
    m = create_meeting(store, Meeting(title="เวทีประชาคม", date="2026-11-24"))
    org = store.add(Organisation(name="กลุ่มแม่บ้าน", sector=Sector.COMMUNITY))
    a = store.add(Person(prefix="นาง", first_name="สมศรี", last_name="ใจดี",
                         gender=Gender.FEMALE, organisation_id=org.id))
    b = store.add(Person(prefix="นาย", first_name="สมชาย", gender=Gender.MALE))
    for p in (a, b):
        store.add(Attendance(meeting_id=m.id, person_id=p.id))
    ctx.set_meeting(m.id)
    return m, a, b


@pytest.fixture
def page(qtbot, ctx, forum):
    from ui.pages.speakers import SpeakersPage

    clock = FakeClock()
    p = SpeakersPage(ctx, clock=clock)
    p.timer.stop()          # the test drives time
    qtbot.addWidget(p)
    p.clock_obj = clock
    return p


def test_model(check_model, page):
    page.name_edit.setText("ลุงแดง")
    page.add_speaker()
    check_model(page.queue_model)
    check_model(page.sector_model)


def test_queue_timer_overrun_and_undo(qtbot, ctx, forum, page):
    m, a, b = forum
    clock = page.clock_obj
    assert page.page_title()
    page.limit_spin.setValue(60)
    page.name_edit.setText("นางสมศรี ใจดี")        # the exact name of a register person links
    page.add_speaker()
    page.name_edit.setText("ลุงแดง")                         # a free name
    page.add_speaker()
    assert page.queue_model.rowCount() == 2
    assert page.queue_model.row(0).cells[1] == "Community"
    assert page.queue_model.row(1).cells[1] == "not in the register"
    waiting = speakers.waiting(ctx.store, m.id, page.agenda_item_id())
    assert waiting[0].person_id == a.id and waiting[1].person_id is None

    page.next_speaker()
    assert page.speaker_label.text() == "นางสมศรี ใจดี"
    assert page.queue_model.rowCount() == 1
    clock.advance(45)
    page.timer.timeout.emit()
    assert page.timer_label.text() == "0:45" and "Over" not in page.overrun_label.text()
    clock.advance(30)
    page.tick()
    assert page.timer_label.text() == "1:15"
    assert page.overrun_label.text() == "Over the limit by 0:15"

    page.kind_combo.setCurrentIndex(page.kind_combo.findData(ContributionKind.CONCERN.value))
    page.contrib_edit.setText("น้ำประปาไม่ไหล")
    page.log_contribution()
    assert page.contrib_model.row(0).cells[1:] == ["นางสมศรี ใจดี", "น้ำประปาไม่ไหล"]

    # balance: the speaker's sector has a turn, the man present has not been heard
    names = [page.not_heard.item(i).text() for i in range(page.not_heard.count())]
    assert names == ["นายสมชาย"]
    community = page.sector_model.row(page.sector_model.row_of(Sector.COMMUNITY.value))
    assert community.cells[2:] == ["1", "1:15"]

    page.next_speaker()                 # ลุงแดง takes the floor
    assert page.speaker_label.text() == "ลุงแดง"
    ctx.undo_stack.undo()               # one undo step: สมศรี speaks again, ลุงแดง waits
    assert page.speaker_label.text() == "นางสมศรี ใจดี"
    assert page.queue_model.rowCount() == 1
    ctx.undo_stack.redo()
    clock.advance(10)
    page.end_turn()
    assert page.speaker_label.text() == "Nobody has the floor"
    assert not page.end_button.isEnabled()


def test_remove_from_queue_undo(qtbot, ctx, forum, page):
    page.name_edit.setText("คนที่หนึ่ง")
    page.add_speaker()
    page.queue_view.selectRow(0)
    page.remove_selected()
    assert page.queue_model.rowCount() == 0
    ctx.undo_stack.undo()
    assert page.queue_model.rowCount() == 1


@pytest.mark.qt_log_ignore("This plugin does not support")   # offscreen: the dialog's list
def test_picked_from_the_register_with_a_sector_then_a_free_name_linked(qtbot, ctx, forum, page):
    m, a, b = forum
    page.name_edit.setText("สมช")                   # part of the name: the picker's list
    page.name_edit.show_matches()
    assert page.name_edit.rows()[0].startswith("✔ นายสมชาย · Community")
    page.name_edit.activate_row(0)
    page.add_speaker()
    page.name_edit.setText("ทองดี")                  # not in the register: free text, on purpose
    page.add_speaker()
    page.name_edit.setText("ทองดี")
    page.add_speaker()
    waiting = speakers.waiting(ctx.store, m.id, page.agenda_item_id())
    assert [(t.person_id, t.name) for t in waiting] == [
        (b.id, "นายสมชาย"), (None, "ทองดี"), (None, "ทองดี")]
    assert page.link_button.isEnabled()
    # ทองดี was registered after all: linked later, all his turns at once, one undo step
    thong = ctx.store.add(Person(first_name="ทองดี", last_name="มีสุข",
                                 organisation_id=a.organisation_id))
    page.open_link_dialog()
    dlg = page.link_dialog
    assert dlg.names.currentText() == "ทองดี"
    dlg.picker.show_matches()
    assert dlg.picker.rows()[0].startswith("ทองดี มีสุข")
    dlg.picker.activate_row(0)
    dlg.accept()
    waiting = speakers.waiting(ctx.store, m.id, page.agenda_item_id())
    assert [t.person_id for t in waiting] == [b.id, thong.id, thong.id]
    assert [page.queue_model.row(i).cells[1] for i in range(3)] == ["Community"] * 3
    assert not page.link_button.isEnabled()
    ctx.undo_stack.undo()
    assert [t.person_id for t in speakers.waiting(ctx.store, m.id, page.agenda_item_id())] == [
        b.id, None, None]


@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
def test_the_turn_timer_runs_only_while_someone_has_the_floor_on_the_shown_page(
        qtbot, ctx, forum, page):
    """A hidden page, or nobody speaking: nothing to count, the page reads nothing every
    second; shown again, the running turn's time is current at once."""
    clock = page.clock_obj
    page.show()
    qtbot.waitExposed(page)
    page.tick()
    assert not page.timer.isActive()                    # nobody has the floor
    page.name_edit.setText("ลุงแดง")
    page.add_speaker()
    page.next_speaker()
    assert page.timer.isActive()
    page.hide()
    assert not page.timer.isActive()                    # hidden: it stops
    clock.advance(100)
    page.show()
    assert page.timer_label.text() == "1:40"            # brought up to date when shown
    assert page.timer.isActive()
    page.end_turn()
    assert not page.timer.isActive()
