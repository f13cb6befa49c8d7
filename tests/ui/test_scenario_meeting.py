"""Issue 12's scenario: a new meeting run from creation to closed, through every page, keyboard
first, at 1366×768 and again at 150 % text, in Thai, checking what is stored.

It follows on from the demo file's meeting 3/2569 with Meetings ▸ Next meeting in this series,
reaches each page with its key (Ctrl+1…9, Alt+1…8), types into the pages' own fields and
pickers (type-ahead, Up/Down, Enter), presses their buttons by their underlined letter
(Alt+letter) or with Space, and after each stage reads the store.  At the end the window is
closed and the file opened again with ``Store.open``: what a facilitator did is all there,
and the closed meeting is read-only.
"""
from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QDateTimeEdit

from ui import fonts, keys, labels
from ui import pages as pages_pkg
from ui import settings as S
from workshop import (agenda, attendance, errors, followup, issues, meetings, namecheck,
                      people)
from workshop import actions as ac
from workshop import speakers as sp_mod
from workshop.model import (
    Action, ActionUpdate, Attendance, CommunityMap, DecisionMethod, DotVote, Gender, Issue,
    Meeting, MeetingStatus, Outcome, Person, Pledge, Proposal, ResourceKind, SpeakerTurn,
    Threshold,
)
from workshop.store import Store

from helpers_scenario import FakeClock, focused, norm

# the offscreen platform cannot raise a drop-down list or a dialog, nor grab the keyboard
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

LARGE = 17              # points: 150 % of the default text (keys.percent)
TZ = timezone(timedelta(hours=7))


# ------------------------------------------------------------------ keyboard helpers
def goto(qtbot, w, module: str):
    """The page's own key: Ctrl+<n> for the first nine, Alt+<n> for the rest."""
    n = [e.module for e in pages_pkg.PAGES].index(module)
    seq = keys.page_key(n)
    combo = seq[0]
    if QApplication.activeWindow() is not w:      # a dialog closed: what a window manager
        w.activateWindow()                         # does (offscreen has none)
        qtbot.waitUntil(lambda: QApplication.activeWindow() is w)
    qtbot.keyClick(w, combo.key(), combo.keyboardModifiers())
    page = w.page(module)
    assert w.stack.currentWidget() is page, module
    assert (w.width(), w.height()) == (1366, 768), module     # no page pushes the window
    return page


def press(qtbot, button: QAbstractButton) -> None:
    """A button pressed from the keyboard: by its underlined letter (Alt+letter) when its
    label has one, else it takes the focus and Space presses it."""
    assert button.isEnabled() and button.isVisibleTo(button.window()), button.text()
    if "&" in button.text().replace("&&", ""):
        alt_key(qtbot, button.window(), button)
        return
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)


def alt_key(qtbot, w, button: QAbstractButton) -> None:
    """A button pressed by its underlined letter (Alt+letter), as its label offers."""
    text = button.text()
    at = text.find("&")
    assert at >= 0 and button.isEnabled() and button.isVisibleTo(w), text
    key = getattr(Qt.Key, f"Key_{text[at + 1].upper()}")
    with qtbot.waitSignal(button.clicked, timeout=2000):     # a mnemonic animates the click
        qtbot.keyClick(w, key, Qt.KeyboardModifier.AltModifier)


def type_in(qtbot, type_text, edit, text: str, enter: bool = True) -> None:
    """Select what the field holds, type over it, Enter."""
    edit.setFocus()
    edit.selectAll()
    QTest.keyClick(edit, Qt.Key.Key_Backspace)
    type_text(edit, text)
    if enter:
        qtbot.keyClick(edit, Qt.Key.Key_Return)


def pick(qtbot, type_text, picker, text: str, person_id: str, chosen: bool = True) -> None:
    """Type-ahead in a register picker: type part of the name, Down to the person, Enter
    (``chosen``: the picker holds the person after; else Enter used and cleared it)."""
    picker.setFocus()
    picker.selectAll()
    QTest.keyClick(picker, Qt.Key.Key_Backspace)
    type_text(picker, text)
    popup = picker.completer_.popup()
    qtbot.waitUntil(popup.isVisible)
    from ui.people_picker import ID_ROLE
    for _ in range(picker.model.rowCount()):
        if popup.currentIndex().data(ID_ROLE) == person_id:
            break
        qtbot.keyClick(popup, Qt.Key.Key_Down)
    assert popup.currentIndex().data(ID_ROLE) == person_id, picker.rows()
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert picker.current_id() == (person_id if chosen else None)


def choose(qtbot, combo, data) -> None:
    """A combo box from the keyboard: focus, then Down/Up until it shows ``data``."""
    value = data.value if hasattr(data, "value") else data
    target = combo.findData(value)
    assert target >= 0, (combo, data)
    combo.setFocus()
    key = Qt.Key.Key_Down if target > combo.currentIndex() else Qt.Key.Key_Up
    for _ in range(combo.count()):
        if combo.currentIndex() == target:
            break
        qtbot.keyClick(combo, key)
    assert combo.currentIndex() == target


def check_in(qtbot, type_text, cp, p: Person) -> None:
    """Check-in's sign-in box: the name, Down to the person, Enter."""
    qtbot.waitUntil(lambda: focused() is cp.search)
    type_text(cp.search, f"{p.first_name} {p.last_name}")
    for _ in range(cp.model.rowCount()):
        if cp.current_person_id() == p.id:
            break
        qtbot.keyClick(cp.search, Qt.Key.Key_Down)
    assert cp.current_person_id() == p.id
    qtbot.keyClick(cp.search, Qt.Key.Key_Return)


# ------------------------------------------------------------------ fixtures
class MeetingDay(date):
    """The day the new meeting is held (its number depends on the year)."""

    @classmethod
    def today(cls):
        return date(2026, 12, 6)


@pytest.fixture(params=[0, LARGE], ids=["normal-text", "150-percent"])
def window(request, qtbot, qapp, settings, demo_file, monkeypatch):
    """The main window on the demo file, 1366×768, in Thai, at the text size asked."""
    from ui import i18n
    from ui.mainwindow import MainWindow

    monkeypatch.setattr(meetings, "date", MeetingDay)

    font = QApplication.font()
    fonts.apply_app_font(qapp, 0)
    i18n.install("th")
    settings.set(S.LANGUAGE, "th")
    w = MainWindow(settings)
    qtbot.addWidget(w)
    assert w.open_file(demo_file)
    w.resize(1366, 768)
    w.show()
    qtbot.waitExposed(w)
    w.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w)
    if request.param:
        settings.set(S.FONT_SIZE, request.param)
        w.apply_preferences()
        assert QApplication.font().pointSize() == request.param
        assert keys.percent(request.param) >= 150
    yield w
    w.close()
    QApplication.setFont(font)
    i18n.install("en")


# ------------------------------------------------------------------ the scenario
def test_a_new_meeting_from_creation_to_closed(qtbot, window, type_text, modals, monkeypatch,
                                               tmp_path):
    w = window
    s = w.store
    path = s.path
    previous = meetings.latest_meeting(s)
    assert (previous.number, previous.be_year) == (3, 2569)

    # -- Meetings (Ctrl+1): the next meeting of the series
    mp = goto(qtbot, w, "ui.pages.meetings")
    assert mp.selected_id() == previous.id
    alt_key(qtbot, w, mp.btn_next)                    # "การประชุมครั้งถัดไป (&S)"
    mid = w.ctx.meeting_id
    assert mid != previous.id
    m = s.get(Meeting, mid)
    assert m.date == "2026-12-06"
    assert (m.number, m.be_year, m.previous_id, m.status) == (
        4, previous.be_year, previous.id, MeetingStatus.PLANNED)
    for name in ("body_name", "venue", "village_no", "village_name", "subdistrict",
                 "district", "province", "chair_id", "recorder_id", "reviewer_id", "quorum"):
        assert getattr(m, name) == getattr(previous, name), name
    assert m.chair_id and m.venue and m.quorum
    assert s.count(CommunityMap, meeting_id=mid) == s.count(CommunityMap,
                                                            meeting_id=previous.id) == 1
    carried = followup.followup_items(s, mid)
    open_before = ac.open_actions(s, followup.series(s, previous.id))
    assert open_before and {i.source_id for i in carried if i.source_table == "actions"} == {
        a.id for a in open_before}

    # -- Setup (Ctrl+2): begin the meeting, its title, a new recorder
    stp = goto(qtbot, w, "ui.pages.setup")
    assert stp.chair.current_id() == previous.chair_id       # the officers came along
    alt_key(qtbot, w, stp.status_line.button)        # "เริ่มประชุม (&G)"
    assert s.get(Meeting, mid).status == MeetingStatus.IN_PROGRESS
    type_in(qtbot, type_text, stp.title, "เวทีประชาคมหมู่บ้าน ติดตามแผนชุมชน")
    # another body: numbered there (1/2569); back to the forum: 4/2569 again, no duplicate
    type_in(qtbot, type_text, stp.body_name, "คณะทำงานแผนชุมชน")
    assert (s.get(Meeting, mid).number, stp.number.value()) == (1, 1)
    type_in(qtbot, type_text, stp.body_name, previous.body_name)
    assert (s.get(Meeting, mid).number, stp.number.value()) == (4, 4)
    # the date moved to January: the first meeting of 2570; back: 4/2569 again
    shown = stp.date.text()
    for typed, number in (("10/01/2570", (1, 2570)), (shown, (4, 2569))):
        stp.date.setFocus()
        stp.date.setSelectedSection(QDateTimeEdit.Section.DaySection)
        qtbot.keyClicks(stp.date, typed)
        qtbot.keyClick(stp.date, Qt.Key.Key_Return)
        got = s.get(Meeting, mid)
        assert (got.number, got.be_year) == number and stp.number.value() == number[0]
    assert got.date == m.date
    everyone = {p.full_name: p for p in s.find(Person)}
    recorder = everyone["นางสาวศิริพร ทองมา"]
    pick(qtbot, type_text, stp.recorder, "ศิริพร", recorder.id)
    qtbot.keyClick(stp.recorder, Qt.Key.Key_Tab)
    got = s.get(Meeting, mid)
    assert got.title == "เวทีประชาคมหมู่บ้าน ติดตามแผนชุมชน"
    assert got.recorder_id == recorder.id

    # -- People (Ctrl+3): the register is there
    pp = goto(qtbot, w, "ui.pages.people")
    assert pp.model.rowCount() == s.count(Person)
    # a villager registered ahead of the meeting: the gender follows the prefix นาง
    pp.search.setFocus()
    qtbot.keyClick(pp.search, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    assert focused() is pp.first
    qtbot.keyClick(pp.first, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    type_in(qtbot, type_text, pp.prefix.lineEdit(), "นาง", enter=False)
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    type_in(qtbot, type_text, pp.first, "บัวลอย", enter=False)
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    type_in(qtbot, type_text, pp.last, "ศรีหนองบัว")            # Enter saves
    (bualoy,) = s.find(Person, first_name="บัวลอย")
    assert (bualoy.prefix, bualoy.last_name, bualoy.gender) == (
        "นาง", "ศรีหนองบัว", Gender.FEMALE)

    # -- Check-in (Ctrl+4): registered people, a new person, a likely duplicate
    cp = goto(qtbot, w, "ui.pages.checkin")
    chair = s.get(Person, m.chair_id)
    regulars = [everyone[n] for n in (
        "นางสาวศิริพร ทองมา", "นายทองดี ศรีสะอาด", "นางสมศรี บัวบาน", "นายประเสริฐ วงศ์ใหญ่",
        "นางมาลัย คำภูแก้ว", "นายวิชัย คำแหง", "นางพิกุล สายทอง", "นายบุญชู ไชยสิทธิ์",
        "พระครูสุวรรณธรรมโชติ", "นางสาวณัฐธิดา พลราช", "นายสุริยา บุตรดี")]
    for p in regulars:
        check_in(qtbot, type_text, cp, p)
    assert attendance.counts(s, mid).present == len(regulars)
    # "อนุชา ดวงดี" typed with the keyboard on the English layout: offered converted (Ctrl+L)
    anucha = everyone["นายอนุชา ดวงดี"]
    qtbot.waitUntil(lambda: focused() is cp.search)
    qtbot.keyClicks(cp.search, namecheck.to_english("อนุชา ดวงดี"))
    assert cp.model.rowCount() == 0 and cp.layout_btn.isVisibleTo(cp)
    qtbot.keyClick(cp.search, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert cp.search.text() == "อนุชา ดวงดี" and cp.current_person_id() == anucha.id
    qtbot.keyClick(cp.search, Qt.Key.Key_Return)
    regulars.append(anucha)
    before = s.count(Person)
    # a new villager: the gender follows the prefix นางสาว
    qtbot.waitUntil(lambda: focused() is cp.search)
    type_text(cp.search, "นางสาวบุษบา ใจงาม")
    qtbot.keyClick(cp.search, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: cp.dialog is not None)
    dlg = cp.dialog
    qtbot.waitUntil(lambda: focused() is dlg.position)      # the part not typed yet
    assert dlg.gender.currentData() == Gender.FEMALE.value
    qtbot.keyClick(focused(), Qt.Key.Key_Return)                  # save and check in
    qtbot.waitUntil(lambda: cp.dialog is None and focused() is cp.search)
    (new,) = [p for p in s.find(Person, first_name="บุษบา")]
    assert (new.prefix, new.last_name, new.gender) == ("นางสาว", "ใจงาม", Gender.FEMALE)
    # "สมชัย ใจดี" is the registered "สมชาย ใจดี": offered, and taken instead
    type_text(cp.search, "นายสมชัย ใจดี")
    qtbot.keyClick(cp.search, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: cp.dialog is not None)
    dlg = cp.dialog
    qtbot.waitUntil(lambda: focused() is dlg.position)
    assert dlg.duplicates.count() >= 1 and dlg.duplicates.isVisibleTo(dlg)
    assert dlg.duplicates.item(0).data(Qt.ItemDataRole.UserRole) == chair.id
    qtbot.keyClick(focused(), Qt.Key.Key_Return)       # Enter: asks once more, on the list
    assert focused() is dlg.duplicates and s.count(Person) == before + 1
    press(qtbot, dlg.use_existing)
    qtbot.waitUntil(lambda: cp.dialog is None and focused() is cp.search)
    assert s.count(Person) == before + 1                   # no duplicate was created
    present = {a.person_id for a in s.find(Attendance, meeting_id=mid)}
    assert present == {p.id for p in regulars} | {new.id, chair.id}
    assert attendance.counts(s, mid).present == 14 > m.quorum

    # -- Roles (Ctrl+5): Setup's chair and recorder are ticked; a reviewer ticked here
    rp = goto(qtbot, w, "ui.pages.roles")
    mm = rp.meeting_model
    assert mm.is_checked(chair.id, "chair") and mm.is_checked(recorder.id, "recorder")
    reviewer = everyone["นางมาลัย คำภูแก้ว"]
    qtbot.keyClick(rp, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert focused() is rp.search
    type_text(rp.search, "มาลัย")
    shown = [r for r in range(mm.rowCount()) if not rp.meeting_view.isRowHidden(r)]
    assert shown == [mm.row_of(reviewer.id)] and rp.found_label.text()
    rp.meeting_view.setFocus()
    rp.meeting_view.setCurrentIndex(mm.index(shown[0], mm.column_of("reviewer")))
    qtbot.keyClick(rp.meeting_view, Qt.Key.Key_Space)
    assert s.get(Meeting, mid).reviewer_id == reviewer.id
    stp = goto(qtbot, w, "ui.pages.setup")                      # Setup shows it too
    assert stp.reviewer.current_id() == reviewer.id

    # -- Agenda (Ctrl+6): the clock on fake time, up to the item for decision
    ap = goto(qtbot, w, "ui.pages.agenda")
    clock = FakeClock(datetime(2026, 12, 6, 9, 30, tzinfo=TZ))
    ap.clock = clock
    items = agenda.items(s, mid)
    decision_item = next(i for i in items if i.kind.value == "for_decision")
    for it in items[:items.index(decision_item) + 1]:
        ap.view.selectRow(ap.model.row_of(it.id))
        press(qtbot, ap.btn_start)
        clock.advance(minutes=max(it.timebox_min, 1))
    assert agenda.running_item(agenda.items(s, mid)).id == decision_item.id
    assert s.get(Meeting, mid).start_time == "09:30"

    # -- Issues (Ctrl+7): one raised by a registered villager, one by a name typed freely
    ip = goto(qtbot, w, "ui.pages.issues")
    thongdee = everyone["นายทองดี ศรีสะอาด"]
    pick(qtbot, type_text, ip.person_combo, "ทองดี", thongdee.id)
    type_in(qtbot, type_text, ip.capture, "น้ำประปาไม่ไหลช่วงหน้าแล้ง")
    assert ip.capture.text() == "" and ip.person_combo.current_id() is None
    type_in(qtbot, type_text, ip.person_combo, "ลุงแดง", enter=False)
    type_in(qtbot, type_text, ip.capture, "ถนนเข้าหมู่บ้านเป็นหลุมบ่อ")
    water, road = issues.issues(s, mid)[-2:]
    assert (water.title, water.raised_by_id) == ("น้ำประปาไม่ไหลช่วงหน้าแล้ง", thongdee.id)
    assert (road.raised_by_id, road.raised_by_name) == (None, "ลุงแดง")
    # ลุงแดง is the registered นายคำพอง สุวรรณ: linked from the page, later
    elder = everyone["นายคำพอง สุวรรณ"]
    press(qtbot, ip.link_btn)
    dlg = ip.link_dialog
    qtbot.waitUntil(dlg.isVisible)
    assert dlg.names.currentText() == "ลุงแดง"
    pick(qtbot, type_text, dlg.picker, "คำพอง", elder.id)
    qtbot.keyClick(dlg.picker, Qt.Key.Key_Return)                 # Link
    qtbot.waitUntil(lambda: not dlg.isVisible())
    assert s.get(Issue, road.id).raised_by_id == elder.id
    assert not ip.link_btn.isEnabled()

    # -- Issue board (Ctrl+8), Community map (Ctrl+9: the series' map came along)
    bp = goto(qtbot, w, "ui.pages.board")
    assert set(bp.scene.cards) == {i.id for i in issues.issues(s, mid)}
    mpg = goto(qtbot, w, "ui.pages.map")
    assert mpg.list.count() == len(issues.issues(s, mid))
    # -- Problem tree (Alt+1)
    goto(qtbot, w, "ui.pages.tree")

    # -- Priorities (Alt+2): dots given by two participants
    pr = goto(qtbot, w, "ui.pages.priorities")
    pr.tabs.setCurrentIndex(0)
    for voter, dots in ((thongdee, 3), (new, 2)):
        pick(qtbot, type_text, pr.person_combo, voter.first_name, voter.id)
        choose(qtbot, pr.dot_issue_combo, water.id)
        type_in(qtbot, type_text, pr.dots_spin.lineEdit(), str(dots), enter=False)
        press(qtbot, pr.give_btn)
    votes = {v.person_id: v.dots for v in s.find(DotVote, meeting_id=mid, issue_id=water.id)}
    assert votes == {thongdee.id: 3, new.id: 2}

    # -- Speakers (Alt+3): "ทองดี" is the registered one; a free name linked later
    spk = goto(qtbot, w, "ui.pages.speakers")
    sclock = FakeClock(clock.now)
    spk.clock = sclock
    assert spk.agenda_item_id() == decision_item.id             # the item being discussed
    pick(qtbot, type_text, spk.name_edit, "ทองดี", thongdee.id, chosen=False)   # and queued
    type_in(qtbot, type_text, spk.name_edit, "ลุงแดง")
    turns = s.find(SpeakerTurn, meeting_id=mid, order_by="created")
    assert [(t.person_id, t.name) for t in turns] == [(thongdee.id, thongdee.full_name),
                                                      (None, "ลุงแดง")]
    sector_of = {p.id: labels.sector(people.sector_of(p, people.organisations_by_id(
        s, [p.organisation_id or ""]))) for p in (thongdee, everyone["นายสมบัติ ทองสุข"])}
    assert spk.queue_model.row(0).cells[1] == sector_of[thongdee.id]   # the one word
    press(qtbot, spk.next_button)
    type_in(qtbot, type_text, spk.contrib_edit, "บ่อบาดาลแห้งทุกเดือนเมษายน")
    sclock.advance(seconds=75)
    press(qtbot, spk.next_button)
    sclock.advance(seconds=40)
    press(qtbot, spk.end_button)
    press(qtbot, spk.link_button)
    dlg = spk.link_dialog
    qtbot.waitUntil(lambda: dlg.isVisible())
    farmer = everyone["นายสมบัติ ทองสุข"]
    pick(qtbot, type_text, dlg.picker, "สมบัติ", farmer.id)
    qtbot.keyClick(dlg.picker, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dlg.isVisible())
    turns = {t.person_id: t for t in s.find(SpeakerTurn, meeting_id=mid)}
    assert set(turns) == {thongdee.id, farmer.id}
    assert sp_mod.unlinked_names(s, mid) == []
    sector_word = sector_of[farmer.id]
    assert spk.queue_model.rowCount() == 0
    bal = sp_mod.balance(s, mid, sclock())
    assert None not in bal.by_sector                              # nobody left unlinked
    assert any(spk.sector_model.index(r, 0).data() == sector_word
               for r in range(spk.sector_model.rowCount()))

    # -- Decisions (Alt+4): a proposal on the item being discussed, a hand count
    dp = goto(qtbot, w, "ui.pages.decisions")
    assert dp.item_combo.currentData() == decision_item.id
    type_in(qtbot, type_text, dp.title_edit, "ขุดลอกสระหนองบัว", enter=False)
    choose(qtbot, dp.method_combo, DecisionMethod.MAJORITY)
    choose(qtbot, dp.threshold_combo, Threshold.SIMPLE)
    press(qtbot, dp.add_button)
    (prop,) = s.find(Proposal, meeting_id=mid)
    assert prop.agenda_item_id == decision_item.id and dp.selected_id() == prop.id
    for spin, n in ((dp.for_spin, 8), (dp.against_spin, 3), (dp.abstain_spin, 1)):
        type_in(qtbot, type_text, spin.lineEdit(), str(n), enter=False)
    press(qtbot, dp.count_button)
    choose(qtbot, dp.outcome_combo, Outcome.ADOPTED)
    type_in(qtbot, type_text, dp.resolution_edit, "ที่ประชุมมีมติให้ขุดลอกสระหนองบัว",
            enter=False)
    press(qtbot, dp.decide_button)
    prop = s.get(Proposal, prop.id)
    assert (prop.count_for, prop.count_against, prop.count_abstain, prop.outcome) == (
        8, 3, 1, Outcome.ADOPTED)
    assert prop.resolution == "ที่ประชุมมีมติให้ขุดลอกสระหนองบัว"
    assert labels.outcomes()[Outcome.ADOPTED] in dp.result_label.text()      # its result

    # -- Action plan (Alt+5): an action from the decision, a pledge attached to it
    acp = goto(qtbot, w, "ui.pages.actions")
    acp.tabs.setCurrentIndex(0)
    choose(qtbot, acp.from_combo, prop.id)
    assert acp.a_title.text() == prop.title
    pick(qtbot, type_text, acp.a_lead_person, "ประเสริฐ", regulars[3].id)
    type_in(qtbot, type_text, acp.a_cost.lineEdit(), "45000", enter=False)
    press(qtbot, acp.add_action_button)
    (action,) = s.find(Action, meeting_id=mid)
    assert (action.proposal_id, action.lead_person_id, action.cost_baht) == (
        prop.id, regulars[3].id, 45000)
    assert acp.a_title.text() == "" and acp.a_lead_person.current_id() is None
    acp.tabs.setCurrentIndex(1)
    pick(qtbot, type_text, acp.p_person, "ทองดี", thongdee.id)
    choose(qtbot, acp.p_kind, ResourceKind.LABOUR)
    type_in(qtbot, type_text, acp.p_qty.lineEdit(), "5", enter=False)
    type_in(qtbot, type_text, acp.p_desc, "แรงงานขุดลอก", enter=False)
    choose(qtbot, acp.p_action, action.id)
    press(qtbot, acp.add_pledge_button)
    (pledge,) = s.find(Pledge, meeting_id=mid)
    assert (pledge.person_id, pledge.action_id, pledge.quantity) == (thongdee.id, action.id, 5)
    assert acp.p_person.current_id() is None and acp.p_desc.text() == ""   # an empty form
    # a pledge for an action carried over from meeting 3 (item 3 lists it)
    carried_action = open_before[0]
    pick(qtbot, type_text, acp.p_person, "บุญชู", everyone["นายบุญชู ไชยสิทธิ์"].id)
    choose(qtbot, acp.p_kind, ResourceKind.MONEY)
    type_in(qtbot, type_text, acp.p_qty.lineEdit(), "3000", enter=False)
    choose(qtbot, acp.p_action, carried_action.id)
    press(qtbot, acp.add_pledge_button)
    (later,) = [p for p in s.find(Pledge, meeting_id=mid) if p.id != pledge.id]
    assert (later.action_id, later.quantity, later.kind) == (
        carried_action.id, 3000, ResourceKind.MONEY)
    # the action: its resources show the pledge; edited (Save changes), one undo step
    acp.tabs.setCurrentIndex(0)
    acp.action_view.selectRow(acp.action_model.row_of(action.id))
    assert thongdee.full_name in acp.a_resources.text()
    assert acp.a_title.text() == prop.title                      # the selected row's
    type_in(qtbot, type_text, acp.a_cost.lineEdit(), "52000", enter=False)
    press(qtbot, acp.save_action_button)
    assert s.get(Action, action.id).cost_baht == 52000
    qtbot.keyClick(w, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)      # one step
    assert s.get(Action, action.id).cost_baht == 45000 and acp.a_cost.value() == 45000
    qtbot.keyClick(w, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert s.get(Action, action.id).cost_baht == 52000

    # -- Follow-up (Alt+6) and Network (Alt+7)
    # the action carried over from meeting 3 reported on at this meeting: 90 % done
    fp = goto(qtbot, w, "ui.pages.followup")
    fp.actions_view.setFocus()
    fp.actions_view.selectRow(fp.actions_model.row_of(carried_action.id))
    type_in(qtbot, type_text, fp.f_progress.lineEdit(), "90", enter=False)
    type_in(qtbot, type_text, fp.f_note, "ขุดไปแล้วเก้าส่วน", enter=False)
    press(qtbot, fp.f_record)
    (report,) = s.find(ActionUpdate, action_id=carried_action.id, meeting_id=mid)
    assert (report.progress, report.note) == (90, "ขุดไปแล้วเก้าส่วน")
    assert s.get(Action, carried_action.id).progress == 90 and fp.f_note.text() == ""
    goto(qtbot, w, "ui.pages.network")

    # -- Minutes and reports (Alt+8): a draft while the meeting is open
    from ui.pages import report as report_mod
    asked = []

    def save_as(_parent, _title, start, _filter):
        asked.append(start)
        return str(tmp_path / f"minutes-{len(asked)}.pdf"), ""

    monkeypatch.setattr(report_mod.QFileDialog, "getSaveFileName", staticmethod(save_as))
    rep = goto(qtbot, w, "ui.pages.report")
    assert "ครั้งที่4-2569" in asked_name(qtbot, rep, asked, modals)
    draft = pdf_text(tmp_path / "minutes-1.pdf")
    assert norm("(ร่าง)") in draft and norm("การประชุมครั้งนี้ยังไม่ปิด") in draft

    # -- Setup (Ctrl+2): close the meeting; it is read-only
    stp = goto(qtbot, w, "ui.pages.setup")
    alt_key(qtbot, w, stp.status_line.button)        # "ปิดการประชุม (&L)"
    assert s.get(Meeting, mid).status == MeetingStatus.CLOSED
    assert not stp.body.isEnabled() and stp.status_line.button.isEnabled()  # reopen only
    # a late-comer checked in at a closed meeting: refused, saying why, nothing stored
    cp = goto(qtbot, w, "ui.pages.checkin")
    qtbot.waitUntil(lambda: focused() is cp.search)
    latecomer = everyone["นายชาญชัย บุญมา"]
    check_in(qtbot, type_text, cp, latecomer)
    assert "4/2569" in modals.pop("QMessageBox").text
    assert s.count(Attendance, meeting_id=mid, person_id=latecomer.id) == 0
    rep = goto(qtbot, w, "ui.pages.report")
    asked_name(qtbot, rep, asked, modals)
    final = pdf_text(tmp_path / "minutes-2.pdf")
    assert norm("(ร่าง)") not in final and norm("ยังไม่ปิด") not in final   # final now
    assert norm("ขุดลอกสระหนองบัว") in final and norm("ครั้งที่4/2569") in final

    # -- the file, opened again
    w.close()
    with Store.open(path) as again:
        m = again.get(Meeting, mid)
        assert (m.status, m.number, m.be_year, m.title) == (
            MeetingStatus.CLOSED, 4, 2569, "เวทีประชาคมหมู่บ้าน ติดตามแผนชุมชน")
        numbers = [(x.body_name, x.be_year, x.number) for x in again.find(Meeting)]
        assert len(numbers) == len(set(numbers)) == 4
        assert (m.chair_id, m.recorder_id, m.reviewer_id) == (chair.id, recorder.id,
                                                              reviewer.id)
        assert {a.person_id for a in again.find(Attendance, meeting_id=mid)} == present
        assert again.get(Person, new.id).gender == Gender.FEMALE
        assert again.get(Issue, water.id).raised_by_id == thongdee.id
        assert again.get(Pledge, pledge.id).action_id == action.id
        assert again.get(Pledge, later.id).action_id == carried_action.id
        assert again.get(Issue, road.id).raised_by_id == elder.id
        assert again.get(Action, action.id).cost_baht == 52000
        assert again.get(Proposal, prop.id).outcome == Outcome.ADOPTED
        with pytest.raises(errors.MeetingClosed):
            again.update(Meeting, mid, title="แก้ไข")
        with pytest.raises(errors.MeetingClosed):
            issues.capture_issue(again, mid, "เรื่องใหม่")


def asked_name(qtbot, rep, asked, modals) -> str:
    """Ctrl+E on the report page: the minutes, laid out in the background; the file name
    the page suggested."""
    n = len(asked)
    with qtbot.waitSignal(rep.exported, timeout=30000):
        qtbot.keyClick(rep, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert len(asked) == n + 1
    modals.pop("QMessageBox")
    return asked[-1]


def pdf_text(path) -> str:
    import pdfplumber

    with pdfplumber.open(str(path)) as pdf:
        return norm("\n".join(p.extract_text() or "" for p in pdf.pages))
