"""Meetings page: list, create, follow-on, delete with undo; the model passes qtmodeltester."""
from __future__ import annotations

from PySide6.QtCore import Qt

from ui.pages.meetings import MeetingsModel, MeetingsPage
from workshop.model import AgendaItem, Meeting
from workshop.store import Store


def test_model_passes_modeltester(check_model, ctx, meeting):
    check_model(MeetingsModel(ctx))


def test_lists_meetings_with_be_dates(qtbot, ctx, meeting):
    page = MeetingsPage(ctx)
    qtbot.addWidget(page)
    m = page.model
    assert m.rowCount() == 1
    assert m.data(m.index(0, 0)) == "1/2569"
    assert m.data(m.index(0, 1)) == "24 พฤศจิกายน 2569"
    assert m.data(m.index(0, 2)) == "เวทีประชาคมหมู่บ้าน"
    assert "บ้านหนองบัว" in m.data(m.index(0, 3))
    assert page.selected_id() == meeting.id


def test_create_undo_redo_and_reopen(qtbot, ctx, meeting, tmp_path):
    page = MeetingsPage(ctx)
    qtbot.addWidget(page)
    qtbot.mouseClick(page.btn_new, Qt.MouseButton.LeftButton)
    assert ctx.store.count(Meeting) == 2
    new_id = ctx.meeting_id
    assert new_id != meeting.id
    assert ctx.store.count(AgendaItem, meeting_id=new_id) == 5   # the customary agenda
    ctx.undo_stack.undo()
    assert ctx.store.count(Meeting) == 1
    assert page.model.rowCount() == 1
    ctx.undo_stack.redo()
    assert ctx.store.get(Meeting, new_id).number == 2   # the very same meeting is back
    assert ctx.store.count(AgendaItem, meeting_id=new_id) == 5
    path = ctx.store.path
    ctx.store.close()
    with Store.open(path, backups=False) as again:
        assert again.count(Meeting) == 2


def test_next_meeting_follows_on(qtbot, ctx, meeting):
    page = MeetingsPage(ctx)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.statusMessage):
        page.btn_next.click()
    nxt = ctx.store.get(Meeting, ctx.meeting_id)
    assert nxt.previous_id == meeting.id
    assert nxt.village_name == "บ้านหนองบัว"
    assert page.model.rowCount() == 2
    ctx.undo_stack.undo()
    assert ctx.store.count(Meeting) == 1


def test_delete_with_undo(qtbot, ctx, meeting):
    page = MeetingsPage(ctx)
    qtbot.addWidget(page)
    page.btn_delete.click()
    assert ctx.store.count(Meeting) == 0
    assert ctx.store.count(AgendaItem) == 0
    assert page.model.rowCount() == 0
    assert ctx.meeting_id == ""
    assert not page.btn_delete.isEnabled()
    ctx.undo_stack.undo()
    assert ctx.store.get(Meeting, meeting.id).title == "เวทีประชาคมหมู่บ้าน"
    assert ctx.store.count(AgendaItem, meeting_id=meeting.id) == 5
    assert page.model.rowCount() == 1


def test_open_requests_setup_page(qtbot, ctx, meeting):
    page = MeetingsPage(ctx)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.requestPage, check_params_cb=lambda name: name == "ui.pages.setup"):
        page.btn_open.click()


def test_selecting_a_row_chooses_the_meeting(qtbot, ctx, meeting):
    page = MeetingsPage(ctx)
    qtbot.addWidget(page)
    page.btn_new.click()
    other = ctx.meeting_id
    row = page.model.row_of(meeting.id)
    with qtbot.waitSignal(ctx.meetingChanged,
                          check_params_cb=lambda mid: mid == meeting.id):
        page.view.setCurrentIndex(page.model.index(row, 0))
    assert other != meeting.id


def test_main_window_switches_to_setup(window):
    page = window.page("ui.pages.meetings")
    window.show_page(0)
    page.open_current()
    assert type(window.stack.currentWidget()).__module__ == "ui.pages.setup"
