"""Meetings page: list, create, follow-on, delete with undo; the model passes qtmodeltester."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

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


def test_delete_asks_first_naming_the_meeting_and_what_goes_with_it(qtbot, ctx, meeting,
                                                                     modals):
    from workshop.model import Attendance, Issue, Person

    p = ctx.store.add(Person(first_name="สมชาย", last_name="ใจดี"))
    ctx.store.add(Attendance(meeting_id=meeting.id, person_id=p.id))
    for t in ("ถนนชำรุด", "น้ำไม่ไหล"):
        ctx.store.add(Issue(meeting_id=meeting.id, title=t))
    page = MeetingsPage(ctx)
    qtbot.addWidget(page)
    page.btn_delete.click()                       # answered Cancel: nothing deleted
    asked = modals.pop("QMessageBox")
    assert "1/2569" in asked.text and "เวทีประชาคมหมู่บ้าน" in asked.text
    assert "24 พฤศจิกายน 2569" in asked.text
    assert "check-ins: 1" in asked.text and "issues: 2" in asked.text
    assert "actions" not in asked.text            # none recorded: not listed
    assert ctx.store.count(Meeting) == 1 and ctx.undo_stack.count() == 0
    modals.answer(QMessageBox.StandardButton.Yes)
    page.btn_delete.click()
    modals.pop("QMessageBox")
    assert ctx.store.count(Meeting) == 0 and ctx.store.count(Issue) == 0


def test_delete_with_undo(qtbot, ctx, meeting, modals):
    page = MeetingsPage(ctx)
    qtbot.addWidget(page)
    modals.answer(QMessageBox.StandardButton.Yes)
    page.btn_delete.click()
    assert "Nothing has been recorded" in modals.pop("QMessageBox").text
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


def test_new_meeting_takes_the_files_body_and_the_next_free_number(qtbot, ctx):
    from workshop.meetings import create_meeting

    body = "ประชาคมหมู่บ้านหนองบัว หมู่ที่ 5"
    today = __import__("datetime").date.today()
    for _ in range(3):
        create_meeting(ctx.store, Meeting(title="เวที", body_name=body, number=0,
                                          date=today.isoformat()))
    page = MeetingsPage(ctx)
    qtbot.addWidget(page)
    page.btn_new.click()
    m = ctx.store.get(Meeting, ctx.meeting_id)
    assert (m.body_name, m.number, m.be_year) == (body, 4, today.year + 543)


def test_next_in_series_then_close_and_reopen_from_the_status_line(qtbot, ctx, meeting):
    from workshop.model import Issue, MeetingStatus, Person

    chair = ctx.store.add(Person(first_name="ประธาน"))
    ctx.store.update(Meeting, meeting.id, chair_id=chair.id, quorum=12, venue="ศาลาวัด",
                     body_name="ประชาคมหมู่บ้าน")
    page = MeetingsPage(ctx)
    qtbot.addWidget(page)
    page.btn_next.click()
    nxt = ctx.store.get(Meeting, ctx.meeting_id)
    assert (nxt.chair_id, nxt.quorum, nxt.venue, nxt.body_name, nxt.previous_id) == (
        chair.id, 12, "ศาลาวัด", "ประชาคมหมู่บ้าน", meeting.id)
    line = page.status_line
    assert line.isVisibleTo(page) and "planned" in line.label.text()
    line.button.click()                                         # begin
    assert ctx.store.get(Meeting, nxt.id).status == MeetingStatus.IN_PROGRESS
    assert "Close" in line.button.text().replace("&", "")
    line.button.click()                                         # close
    assert ctx.store.get(Meeting, nxt.id).status == MeetingStatus.CLOSED
    assert "read-only" in line.label.text()
    assert page.model.data(page.model.index(page.model.row_of(nxt.id), 4)) == "Closed"
    errors: list[str] = []
    ctx.errorOccurred.connect(errors.append)
    assert not ctx.run("add", ctx.store.add, Issue(meeting_id=nxt.id, title="ก"))
    assert errors and "is closed" in errors[-1]
    page.btn_delete.click()              # closed: refused with the one message, nothing asked
    assert ctx.store.maybe(Meeting, nxt.id) is not None and "is closed" in errors[-1]
    assert "Reopen" in line.button.text().replace("&", "")
    line.button.click()                                         # reopen
    assert ctx.store.get(Meeting, nxt.id).status == MeetingStatus.IN_PROGRESS
    assert ctx.run("add", ctx.store.add, Issue(meeting_id=nxt.id, title="ก"))
    for _ in range(5):                   # add, reopen, close, begin, next: one step each
        ctx.undo_stack.undo()
    assert ctx.store.maybe(Meeting, nxt.id) is None


def test_next_in_series_carries_the_open_matters_into_item_3(qtbot, ctx, meeting):
    """Meetings ▸ Next meeting in this series is the Action plan's "Next meeting": an open
    action and an outstanding pledge of the previous meeting are follow-up items of the new
    one (item 3), in the same one undo step."""
    from workshop import followup
    from workshop.model import Action, Person, Pledge, ResourceKind

    p = ctx.store.add(Person(first_name="ทองดี"))
    action = ctx.store.add(Action(meeting_id=meeting.id, title="ขุดลอกสระ"))
    pledge = ctx.store.add(Pledge(meeting_id=meeting.id, person_id=p.id,
                                  kind=ResourceKind.LABOUR, quantity=3, unit="คน-วัน"))
    ctx.store.add(Action(meeting_id=meeting.id, title="ซ่อมถนน", status="done"))
    page = MeetingsPage(ctx)
    qtbot.addWidget(page)
    page.btn_next.click()
    nxt = ctx.meeting_id
    assert nxt != meeting.id
    carried = {(i.source_table, i.source_id) for i in followup.followup_items(ctx.store, nxt)}
    assert carried == {("actions", action.id), ("pledges", pledge.id)}
    ctx.undo_stack.undo()
    assert ctx.store.count(Meeting) == 1 and ctx.store.count(AgendaItem) == 5
