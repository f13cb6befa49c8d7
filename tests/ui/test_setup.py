"""Setup page: each field saved on editing finished, one undo step each, reload on undo."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, Qt

from ui.pages.setup import SetupPage, _normal_time
from workshop.model import Meeting, Organisation, Person
from workshop.store import Store


def finish(widget) -> None:
    widget.editingFinished.emit()


def stored(ctx) -> Meeting:
    return ctx.store.get(Meeting, ctx.meeting_id)


def test_loads_the_current_meeting(qtbot, ctx, meeting):
    page = SetupPage(ctx)
    qtbot.addWidget(page)
    assert page.title.text() == "เวทีประชาคมหมู่บ้าน"
    assert page.village_name.text() == "บ้านหนองบัว"
    assert page.be_year.value() == 2569
    assert page.date.date() == QDate(2026, 11, 24)
    assert page.date.text() == "24/11/2569"           # the year is shown in B.E.


def test_no_meeting(qtbot, ctx):
    page = SetupPage(ctx)
    qtbot.addWidget(page)
    assert not page.empty_label.isHidden()
    assert not page.body.isEnabled()


def test_edit_title_typing_is_one_undo_step(qtbot, ctx, meeting):
    page = SetupPage(ctx)
    qtbot.addWidget(page)
    page.title.clear()
    qtbot.keyClicks(page.title, "Forum 2")     # QTest cannot type Thai characters
    qtbot.keyClick(page.title, Qt.Key.Key_Return)
    assert stored(ctx).title == "Forum 2"
    assert ctx.undo_stack.count() == 1
    finish(page.title)                     # no change: no second step
    assert ctx.undo_stack.count() == 1
    ctx.undo_stack.undo()
    assert stored(ctx).title == "เวทีประชาคมหมู่บ้าน"
    assert page.title.text() == "เวทีประชาคมหมู่บ้าน"   # the form follows undo
    ctx.undo_stack.redo()
    assert page.title.text() == "Forum 2"


def test_every_text_field_saves(qtbot, ctx, meeting):
    page = SetupPage(ctx)
    qtbot.addWidget(page)
    values = {"body_name": "คณะกรรมการหมู่บ้าน", "venue": "ศาลาประชาคม", "village_no": "7",
              "subdistrict": "หนองบัว", "district": "เมือง", "province": "ขอนแก่น"}
    for name, value in values.items():
        w = page.fields[name][0]
        w.setText(value)
        finish(w)
    for name, text in (("purpose", "จัดทำแผนชุมชน"), ("common_goal", "น้ำสะอาด"),
                       ("structure", "คณะทำงาน 9 คน")):
        w = page.fields[name][0]
        w.setPlainText(text)
        finish(w)
        values[name] = text
    m = stored(ctx)
    for name, value in values.items():
        assert getattr(m, name) == value, name
    assert ctx.undo_stack.count() == len(values)


def test_times_numbers_quorum_and_dots(qtbot, ctx, meeting):
    page = SetupPage(ctx)
    qtbot.addWidget(page)
    page.start_time.setText("9.30")
    finish(page.start_time)
    page.end_time.setText("1200")
    finish(page.end_time)
    page.quorum.setValue(25)
    finish(page.quorum)
    page.dots.setValue(5)
    finish(page.dots)
    page.number.setValue(4)
    finish(page.number)
    m = stored(ctx)
    assert (m.start_time, m.end_time, m.quorum, m.dots_per_person, m.number) == \
        ("09:30", "12:00", 25, 5, 4)
    page.quorum.setValue(0)                 # "none"
    finish(page.quorum)
    assert stored(ctx).quorum is None


def test_normal_time():
    assert _normal_time("9:05") == "09:05"
    assert _normal_time("930") == "09:30"
    assert _normal_time("14") == "14:00"
    assert _normal_time("") == ""


def test_date_change_moves_be_year(qtbot, ctx, meeting):
    page = SetupPage(ctx)
    qtbot.addWidget(page)
    page.date.setDate(QDate(2027, 1, 15))
    finish(page.date)
    m = stored(ctx)
    assert m.date == "2027-01-15"
    assert m.be_year == 2570
    assert page.date.text() == "15/01/2570"
    assert ctx.undo_stack.count() == 1      # date and year: one step
    ctx.undo_stack.undo()
    assert stored(ctx).be_year == 2569


@pytest.mark.qt_log_ignore("This plugin does not support")   # offscreen: shown pickers
def test_people_and_organisation_combos(qtbot, ctx, meeting):
    store = ctx.store
    org = store.add(Organisation(name="อบต.หนองบัว"))
    chair = store.add(Person(prefix="นาย", first_name="สมชาย", last_name="ใจดี",
                             position="ผู้ใหญ่บ้าน"))
    rec = store.add(Person(prefix="นาง", first_name="สมศรี", last_name="รักดี"))
    page = SetupPage(ctx)
    qtbot.addWidget(page)
    page.show()
    # type-ahead: part of the position finds the chair, a pick saves
    page.chair.setText("ใหญ่")
    page.chair.show_matches()
    assert page.chair.rows()[0].startswith("นายสมชาย ใจดี – ผู้ใหญ่บ้าน")
    page.chair.activate_row(0)
    page.initiator.setText("หนองบัว")
    page.initiator.show_matches()
    page.initiator.activate_row(0)
    # the full name of a person chooses them when the field is left
    page.recorder.setText("นางสมศรี รักดี")
    page.recorder.editingFinished.emit()
    m = stored(ctx)
    assert m.chair_id == chair.id
    assert m.initiator_id == org.id
    assert m.recorder_id == rec.id
    ctx.undo_stack.undo()
    assert stored(ctx).recorder_id is None
    # a person added later is found too
    store.add(Person(first_name="ใหม่"))
    page.reviewer.setText("ใหม่")
    page.reviewer.show_matches()
    assert page.reviewer.rows()[0].startswith("ใหม่")


def test_edit_persists_after_reopen(qtbot, ctx, meeting):
    page = SetupPage(ctx)
    qtbot.addWidget(page)
    page.province.setText("ขอนแก่น")
    finish(page.province)
    path = ctx.store.path
    ctx.store.close()
    with Store.open(path, backups=False) as again:
        assert again.get(Meeting, meeting.id).province == "ขอนแก่น"


@pytest.mark.qt_log_ignore("This plugin does not support")   # offscreen: shown pickers
def test_typing_a_name_that_matches_nobody_changes_nothing(qtbot, ctx, meeting):
    page = SetupPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.chair.setText("ไม่มีคนนี้")
    page.chair.editingFinished.emit()
    assert stored(ctx).chair_id is None
    assert ctx.undo_stack.count() == 0
    assert page.chair.text() == "" and page.chair.placeholderText() == "(nobody chosen)"


def test_tab_order_follows_the_form(qtbot, ctx, meeting):
    page = SetupPage(ctx)
    qtbot.addWidget(page)
    wanted = [page.title, page.body_name, page.number, page.be_year, page.date,
              page.start_time, page.end_time, page.venue, page.village_no, page.village_name,
              page.subdistrict, page.district, page.province, page.initiator, page.chair,
              page.recorder, page.reviewer, page.quorum, page.dots, page.purpose,
              page.common_goal, page.structure]
    order = []
    w = page.title
    for _ in range(200):
        if w in wanted and w not in order:
            order.append(w)
        w = w.nextInFocusChain()
        if w is page.title:
            break
    assert order == wanted


def test_a_closed_meeting_is_read_only_on_setup_until_reopened(qtbot, ctx, meeting):
    from workshop.meetings import close_meeting
    from workshop.model import MeetingStatus

    close_meeting(ctx.store, meeting.id)
    page = SetupPage(ctx)
    qtbot.addWidget(page)
    assert not page.body.isEnabled()
    line = page.status_line
    assert line.isVisibleTo(page) and "1/2569 is closed" in line.label.text()
    assert line.button.text().replace("&", "") == "Reopen meeting"
    line.button.click()
    assert stored(ctx).status == MeetingStatus.IN_PROGRESS
    assert page.body.isEnabled()
    page.venue.setText("ศาลาใหม่")
    finish(page.venue)
    assert stored(ctx).venue == "ศาลาใหม่"
    line.button.click()                                   # close again: read-only again
    assert stored(ctx).status == MeetingStatus.CLOSED and not page.body.isEnabled()
    ctx.undo_stack.undo()                                 # undo the closing
    assert stored(ctx).status == MeetingStatus.IN_PROGRESS and page.body.isEnabled()


def test_a_new_body_renumbers_the_meeting_and_the_form_shows_it(qtbot, ctx, meeting):
    from workshop.meetings import create_meeting

    for _ in range(3):
        create_meeting(ctx.store, Meeting(title="เวที", body_name="คณะกรรมการหมู่บ้าน",
                                          date="2026-05-01", number=0))
    page = SetupPage(ctx)
    qtbot.addWidget(page)
    assert page.number.value() == 1
    page.body_name.setText("คณะกรรมการหมู่บ้าน")
    with qtbot.waitSignal(page.statusMessage):
        finish(page.body_name)
    assert (stored(ctx).number, page.number.value()) == (4, 4)
    ctx.undo_stack.undo()
    assert (stored(ctx).number, page.number.value()) == (1, 1)


@pytest.mark.qt_log_ignore("This plugin does not support")
@pytest.mark.parametrize("lang", ["en", "th"])
def test_the_status_button_is_pressed_by_its_letter_on_setup_and_meetings(qtbot, window,
                                                                         lang):
    """Begin, close and reopen a meeting with Alt and the button's underlined letter, in
    the main window (its menus' letters count) on Setup and on Meetings, in English and in
    Thai: no label, button or menu there takes the same letter (Alt+G was the Go menu's and
    Setup's "Common goal": the focus moved, nothing was pressed)."""
    from PySide6.QtWidgets import QApplication
    from ui import i18n
    from ui.mainwindow import MainWindow
    from workshop.model import MeetingStatus

    i18n.install(lang)
    try:
        w = MainWindow(window.settings, window.store)
        qtbot.addWidget(w)
        w.show()
        qtbot.waitExposed(w)
        w.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is w)
        mid = w.ctx.meeting_id
        for index, page_status in ((1, [MeetingStatus.IN_PROGRESS, MeetingStatus.CLOSED,
                                        MeetingStatus.IN_PROGRESS]),
                                   (0, [MeetingStatus.CLOSED, MeetingStatus.IN_PROGRESS])):
            w.show_page(index)
            button = w.stack.currentWidget().status_line.button
            for want in page_status:
                text = button.text()
                letter = text[text.index("&") + 1].upper()
                with qtbot.waitSignal(button.clicked, timeout=2000):
                    qtbot.keyClick(w, getattr(Qt.Key, f"Key_{letter}"),
                                   Qt.KeyboardModifier.AltModifier)
                assert w.store.get(Meeting, mid).status == want, (lang, text)
        w.close()
    finally:
        i18n.install("en")
