"""The check-in page: keyboard-first check-in, new person in one step, statuses, counts."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from workshop import attendance
from workshop.model import (
    Attendance, AttendanceStatus, Gender, Meeting, Organisation, Person, Sector,
)
from workshop.store import Store

# the offscreen platform cannot resize top-level windows to their size hints; harmless
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def registry(ctx, meeting):
    s = ctx.store
    aobt = s.add(Organisation(name="องค์การบริหารส่วนตำบลหนองบัว", short_name="อบต.หนองบัว",
                              sector=Sector.LOCAL_GOVERNMENT))
    out = {
        "somchai": s.add(Person(prefix="นาย", first_name="สมชาย", last_name="ใจดี",
                                position="ผู้ใหญ่บ้าน", gender=Gender.MALE)),
        "somsri": s.add(Person(prefix="นาง", first_name="สมศรี", last_name="รักถิ่น",
                               position="อสม.", gender=Gender.FEMALE)),
        "kanya": s.add(Person(prefix="นางสาว", first_name="กัญญา", last_name="คำดี",
                              position="นักพัฒนาชุมชน", gender=Gender.FEMALE,
                              organisation_id=aobt.id)),
    }
    return out


@pytest.fixture
def page(qtbot, ctx, registry):
    from ui.pages.checkin import CheckinPage

    p = CheckinPage(ctx)
    qtbot.addWidget(p)
    p.resize(1100, 700)
    p.show()
    qtbot.waitExposed(p)
    return p


def focused():
    return QApplication.focusWidget()


def test_search_has_focus_and_filters(page, qtbot, type_text):
    qtbot.waitUntil(lambda: focused() is page.search)
    assert page.model.rowCount() == 0        # nothing typed: the meeting's people (none yet)
    type_text(page.search, "สม")
    assert [page.model.row(i).person.first_name for i in range(page.model.rowCount())] == [
        "สมชาย", "สมศรี"]
    page.search.clear()
    type_text(page.search, "อบต")
    assert page.model.rowCount() == 1 and page.model.row(0).person.first_name == "กัญญา"


def test_empty_search_lists_the_meetings_people_not_the_register(page, qtbot, ctx, meeting,
                                                                   registry, type_text):
    type_text(page.search, "สมศรี")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)          # checked in, the box cleared
    assert page.search.text() == ""
    shown = [page.model.row(i).person.id for i in range(page.model.rowCount())]
    assert shown == [registry["somsri"].id]
    assert ctx.store.count(Person) == 3                     # the others are not listed
    type_text(page.search, "สมชาย")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    page.set_status(registry["somchai"].id, AttendanceStatus.EXCUSED, "ป่วย")
    # by name, whatever their status: an excused person does not move under the others
    assert [page.model.row(i).person.first_name for i in range(page.model.rowCount())] == [
        "สมชาย", "สมศรี"]


def test_enter_checks_in_clears_box_and_undo_redo(page, qtbot, ctx, meeting, registry, type_text):
    type_text(page.search, "สม")
    qtbot.keyClick(page.search, Qt.Key.Key_Down)       # สมศรี
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert page.search.text() == ""
    a = attendance.get(ctx.store, meeting.id, registry["somsri"].id)
    assert a is not None and a.status == AttendanceStatus.PRESENT and a.check_in_at
    assert page.big_count.text() == "1"
    assert ctx.undo_stack.count() == 1
    ctx.undo_stack.undo()
    assert attendance.get(ctx.store, meeting.id, registry["somsri"].id) is None
    assert page.counts.present == 0
    ctx.undo_stack.redo()
    again = attendance.get(ctx.store, meeting.id, registry["somsri"].id)
    assert again.check_in_at == a.check_in_at
    assert page.counts.present == 1


def test_enter_without_match_opens_prefilled_dialog_one_undo_step(page, qtbot, ctx, meeting,
        type_text):
    type_text(page.search, "นางบุญมี ศรีสุข")
    assert page.model.rowCount() == 0
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    dlg = page.dialog
    assert dlg is not None and dlg.isVisible()
    assert (dlg.prefix.currentText(), dlg.first.text(), dlg.last.text()) == (
        "นาง", "บุญมี", "ศรีสุข")
    qtbot.waitUntil(lambda: focused() is dlg.position)
    type_text(focused(), "อสม.")
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is dlg.organisation or focused() is dlg.organisation.lineEdit()
    type_text(focused(), "กลุ่มแม่บ้านหนองบัว")
    assert dlg.sector.isEnabled()
    dlg.sector.setCurrentIndex(dlg.sector.findData(Sector.CIVIL_SOCIETY.value))
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.dialog is None)
    p = ctx.store.find(Person, first_name="บุญมี")[0]
    assert p.position == "อสม."
    org = ctx.store.get(Organisation, p.organisation_id)
    assert org.sector == Sector.CIVIL_SOCIETY
    assert attendance.get(ctx.store, meeting.id, p.id).status == AttendanceStatus.PRESENT
    assert ctx.undo_stack.count() == 1
    ctx.undo_stack.undo()
    assert ctx.store.find(Person, first_name="บุญมี") == []
    assert ctx.store.find(Organisation, name="กลุ่มแม่บ้านหนองบัว") == []
    assert ctx.store.count(Attendance) == 0
    ctx.undo_stack.redo()
    assert attendance.get(ctx.store, meeting.id, p.id) is not None
    assert ctx.store.get(Person, p.id).organisation_id == org.id


def test_new_person_dialog_warns_on_duplicate_name(page, qtbot, type_text):
    type_text(page.search, "สมชาย")
    qtbot.keyClick(page.search, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    dlg = page.dialog
    assert dlg.first.text() == "สมชาย" and dlg.warning.text() == ""
    type_text(dlg.last, "ใจดี")
    assert dlg.warning.text() and dlg.duplicates.count() == 1
    assert "นายสมชาย ใจดี" in dlg.duplicates.item(0).text()
    qtbot.keyClick(dlg.last, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: page.dialog is None)


def test_empty_first_name_is_refused(page, qtbot, ctx):
    qtbot.keyClick(page.search, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    dlg = page.dialog
    dlg.accept()
    assert dlg.isVisible() and dlg.error.text()
    dlg.reject()
    assert ctx.store.count(Person) == 3


def test_absent_excused_substitute_member_and_counts(page, qtbot, ctx, meeting, registry,
        type_text):
    ctx.store.update(Meeting, meeting.id, quorum=2)
    # absent with a reason, by the keyboard
    type_text(page.search, "สมชาย")
    page.ask_reason(AttendanceStatus.ABSENT)
    type_text(page.dialog.reason, "ไปต่างจังหวัด")
    qtbot.keyClick(page.dialog.reason, Qt.Key.Key_Return)
    a = attendance.get(ctx.store, meeting.id, registry["somchai"].id)
    assert (a.status, a.reason) == (AttendanceStatus.ABSENT, "ไปต่างจังหวัด")
    # somsri comes in place of somchai
    type_text(page.search, "สมศรี")
    page.ask_substitute()
    type_text(page.dialog.search, "สมชาย")
    qtbot.keyClick(page.dialog.search, Qt.Key.Key_Return)
    a = attendance.get(ctx.store, meeting.id, registry["somsri"].id)
    assert a.substitute_for_id == registry["somchai"].id and a.member
    assert "No quorum" in page.quorum_label.text() or "1" in page.quorum_label.text()
    assert page.counts.quorum_met is False
    assert page.counts.missing_side == "state"
    assert "⚠" in page.actors_label.text()
    # kanya (local government) checks in: both sides present, quorum reached
    type_text(page.search, "กัญญา")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert page.counts.both_state_and_non_state and page.counts.quorum_met
    assert "✔" in page.actors_label.text()
    assert page.sector_counts[Sector.LOCAL_GOVERNMENT].text() == "1"
    assert page.gender_counts[Gender.FEMALE].text() == "2"
    # she is a participant, not a member (Ctrl+M), one undo step
    type_text(page.search, "กัญญา")
    qtbot.keyClick(page.search, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    assert attendance.get(ctx.store, meeting.id, registry["kanya"].id).member is False
    assert page.counts.quorum_met is False
    ctx.undo_stack.undo()
    assert attendance.get(ctx.store, meeting.id, registry["kanya"].id).member is True
    # excused
    page.search.clear()
    type_text(page.search, "สมชาย")
    page.ask_reason(AttendanceStatus.EXCUSED)
    page.dialog.accept()
    assert attendance.get(ctx.store, meeting.id, registry["somchai"].id).status == \
        AttendanceStatus.EXCUSED
    assert page.counts.excused == 1 and page.counts.absent == 0


def test_remove_check_in_and_undo(page, qtbot, ctx, meeting, registry, type_text):
    type_text(page.search, "กัญญา")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    type_text(page.search, "กัญญา")
    page.remove_btn.click()
    assert attendance.get(ctx.store, meeting.id, registry["kanya"].id) is None
    ctx.undo_stack.undo()
    assert attendance.get(ctx.store, meeting.id, registry["kanya"].id) is not None


def test_no_meeting_disables_the_page(qtbot, ctx):
    from ui.pages.checkin import CheckinPage

    p = CheckinPage(ctx)
    qtbot.addWidget(p)
    assert not p.search.isEnabled()
    assert p.page_title()


def test_attendance_model(check_model, page, type_text):
    type_text(page.search, "ส")                 # people of the register found
    check_model(page.model)


# (prefix, first name, last name, what the facilitator types to find them)
REGISTERED = [
    ("นาย", "สมชาย", "ใจดี", "สมชาย"), ("นาง", "สมศรี", "รักถิ่น", "สมศ"),
    ("นางสาว", "กัญญา", "คำดี", "กัญ"), ("นาย", "ประเสริฐ", "ศรีสุข", "ประเส"),
    ("นาง", "บุญมี", "แก้วมณี", "บุญมี"), ("นาย", "บุญส่ง", "ทองดี", "บุญส่"),
    ("นาง", "มาลี", "พันธ์ดี", "มาลี"), ("นาย", "วิชัย", "สุขใจ", "วิช"),
    ("นาง", "อำไพ", "ชัยมงคล", "อำไพ"), ("นาย", "ทองใบ", "ศรีเมือง", "ศรีเม"),
    ("นางสาว", "จันทร์เพ็ญ", "บุญมา", "จันทร์"), ("นาย", "สุรศักดิ์", "พรหมมา", "สุรศ"),
    ("นาง", "ลำดวน", "ยอดดี", "ลำดวน"), ("นาย", "เกษม", "มั่นคง", "เกษม"),
    ("นางสาว", "ปราณี", "วงศ์ใหญ่", "วงศ์"), ("นาย", "อนุชา", "ดวงแก้ว", "อนุ"),
    ("Mr", "John", "Smith", "john"), ("Ms", "Mary", "Brown", "brow"),
    ("นาย", "ณรงค์", "ศักดิ์ดี", "ณรงค์"), ("นาง", "พิมพ์ใจ", "ใจดี", "พิมพ์ ใจ"),
]
NEWCOMERS = [
    "นาง สมหญิง มีสุข", "นาย ชาติชาย บุญเรือง", "นางสาว วรรณา ทองคำ", "นาย สมบัติ แสงทอง",
    "นาง ประไพ ศรีวงศ์", "นาย บุญเลิศ คงมั่น", "นางสาว นิภาพร แก้วกาญจน์", "นาย ไพโรจน์ ดีงาม",
    "นาง สุดารัตน์ พึ่งบุญ", "นาย เฉลิม ชัยชนะ", "นางสาว รัตนา อินทร์แก้ว", "นาย ธนากร ภูมิใจ",
    "นาง ละเอียด ผาสุข", "นาย คำปั่น ศรีบุญเรือง", "นางสาว ศิริพร จำปาทอง", "นาย อุดม ไชยวงศ์",
    "นาง ทองสุข นาคำ", "Mrs Anna Lee", "Mr Tom Baker", "Ms Noi Green",
]


def test_forty_people_checked_in_by_keyboard_alone(qtbot, ctx, meeting, tmp_path, type_text):
    """20 registered people found by typing a part of their Thai (or English) name, 20 new
    ones registered from the dialog, with key events only: no mouse, no direct calls."""
    from ui.pages.checkin import CheckinPage

    s = ctx.store
    registered = [s.add(Person(prefix=pre, first_name=first, last_name=last))
                  for pre, first, last, _typed in REGISTERED]
    page = CheckinPage(ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    qtbot.waitUntil(lambda: focused() is page.search)
    for p, (*_name, typed) in zip(registered, REGISTERED):
        type_text(focused(), typed)
        assert page.current_person_id() == p.id, typed        # the match is on top
        qtbot.keyClick(focused(), Qt.Key.Key_Return)
        assert focused() is page.search and page.search.text() == ""
    for typed in NEWCOMERS:
        type_text(focused(), typed)
        qtbot.keyClick(focused(), Qt.Key.Key_Return)          # no match: the dialog
        qtbot.waitUntil(lambda: page.dialog is not None and focused() is page.dialog.position)
        type_text(focused(), "อสม.")                           # position has the focus
        qtbot.keyClick(focused(), Qt.Key.Key_Return)           # save and check in
        qtbot.waitUntil(lambda: page.dialog is None and focused() is page.search)
    assert page.counts.present == 40
    assert ctx.undo_stack.count() == 40
    path = s.path
    s.close()
    with Store.open(path) as again:
        rows = again.find(Attendance, meeting_id=meeting.id)
        assert len(rows) == 40
        assert all(r.status == AttendanceStatus.PRESENT and r.check_in_at for r in rows)
        assert {r.person_id for r in rows} >= {p.id for p in registered}
        newcomers = again.find(Person, position="อสม.")
        assert sorted(f"{p.prefix} {p.first_name} {p.last_name}" for p in newcomers) == \
            sorted(NEWCOMERS)


def test_a_likely_duplicate_is_offered_before_a_new_person_is_created(page, qtbot, ctx, meeting,
                                                                       registry, type_text):
    """"สมชัย ใจดี" typed at the door: the registered "สมชาย ใจดี" is offered, and taken."""
    type_text(page.search, "นายสมชัย ใจดี")
    assert page.model.rowCount() == 0
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    dlg = page.dialog
    assert dlg.duplicates.isVisibleTo(dlg) and dlg.duplicates.count() == 1
    assert "นายสมชาย ใจดี" in dlg.duplicates.item(0).text()
    assert "similar name" in dlg.duplicates.item(0).text()
    dlg.use_existing.click()
    qtbot.waitUntil(lambda: page.dialog is None)
    assert ctx.store.count(Person) == 3                  # no duplicate created
    assert attendance.get(ctx.store, meeting.id, registry["somchai"].id).status == \
        AttendanceStatus.PRESENT
    assert ctx.undo_stack.count() == 1


def test_saving_a_look_alike_asks_once_more_then_creates(page, qtbot, ctx, meeting, registry,
                                                        type_text):
    type_text(page.search, "สมชัย ใจดี")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    dlg = page.dialog
    dlg.phone.setText("089 999 0000")
    dlg.accept()                                          # first Save: the offer stays
    assert dlg.isVisible() and ctx.store.count(Person) == 3
    assert dlg.buttons.button(dlg.buttons.StandardButton.Save).text() == \
        "Save as a new person anyway"
    dlg.accept()                                          # someone else after all
    qtbot.waitUntil(lambda: page.dialog is None)
    new = ctx.store.find(Person, first_name="สมชัย")[0]
    assert new.phone == "089 999 0000"
    # the same phone later is offered too
    page.search.setText("ทองใบ")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    dlg = page.dialog
    dlg.phone.setText("0899990000")
    assert [dlg.duplicates.item(i).text() for i in range(dlg.duplicates.count())] == [
        "สมชัย ใจดี — same phone number"]
    dlg.reject()


def test_gender_follows_the_prefix_unless_changed_by_hand(page, qtbot, type_text):
    type_text(page.search, "นางสาวมาลี มีสุข")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    dlg = page.dialog
    assert dlg.gender.currentData() == Gender.FEMALE.value
    dlg.prefix.setCurrentText("นาย")
    assert dlg.gender.currentData() == Gender.MALE.value
    dlg.prefix.setCurrentText("Mrs")
    assert dlg.gender.currentData() == Gender.FEMALE.value
    dlg.prefix.setCurrentText("ดร.")
    assert dlg.gender.currentData() == Gender.UNSPECIFIED.value
    i = dlg.gender.findData(Gender.OTHER.value)
    dlg.gender.setCurrentIndex(i)
    dlg.gender.activated.emit(i)                           # chosen by hand: it stays
    dlg.prefix.setCurrentText("นาง")
    assert dlg.gender.currentData() == Gender.OTHER.value
    person, _org = dlg.person_and_organisation()
    assert person.gender == Gender.OTHER and person.prefix == "นาง"
    dlg.reject()


def test_wrong_keyboard_layout_is_offered_converted(page, qtbot, ctx, meeting, registry,
                                                    type_text):
    # Thai typed with the keyboard on the English layout: "l,=kp" is สมชาย on the Thai keys
    type_text(page.search, "l,=kp")
    assert page.model.rowCount() == 0
    assert page.layout_btn.isVisibleTo(page) and "สมชาย" in page.layout_btn.text()
    qtbot.keyClick(page.search, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert page.search.text() == "สมชาย"
    assert page.model.rowCount() == 1 and not page.layout_btn.isVisibleTo(page)
    # the reverse: a phone number typed with the keyboard on the Thai layout
    ctx.store.update(Person, registry["kanya"].id, phone="0812345678")
    page.search.clear()
    type_text(page.search, "จคๅ/-ภถุึค")
    assert page.layout_btn.isVisibleTo(page) and "0812345678" in page.layout_btn.text()
    page.layout_btn.click()
    assert page.model.rowCount() == 1 and page.model.row(0).person.first_name == "กัญญา"
    # the new-person dialog offers a converted name too
    page.search.setText("ylfu ;kd")                  # "ัสดี": no Thai word starts so
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    dlg = page.dialog
    assert not dlg.layout_btn.isVisibleTo(dlg)
    dlg.first.setText("l;ylfu")
    dlg.last.setText(";kd")
    assert dlg.layout_btn.isVisibleTo(dlg)
    dlg.layout_btn.click()
    assert (dlg.first.text(), dlg.last.text()) == ("สวัสดี", "วาก")
    assert not dlg.layout_btn.isVisibleTo(dlg)
    dlg.reject()
