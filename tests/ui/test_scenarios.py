"""End-to-end scenarios through the real main window, as a facilitator uses the app.

Each scenario proves one issue's "Done when" over the demo file: it drives the pages' own
controls (buttons, line edits, key presses, the window's shortcuts and undo actions), reads the
result back from the store only to check it, closes the file and opens it again.  File dialogs
are patched to answer a path; modal message boxes go through the ``modals`` fixture.
"""
from __future__ import annotations

import json
import subprocess
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from workshop import agenda, attendance, issues, paths, ranking, roles
from workshop.minutes.content import build_minutes
from workshop.model import (
    Action, ActionStatus, Attendance, AttendanceStatus, CommunityMap, Meeting,
    MeetingRole, NetworkRoleAssignment, Person, Sector,
)
from workshop.store import Store

from helpers_scenario import FakeClock, focused, norm

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

ROOT = Path(__file__).resolve().parents[2]
MAP_PNG = paths.RESOURCES / "demo" / "village-map.png"


# ------------------------------------------------------------------ helpers
def type_text(widget, text: str) -> None:
    """Type like a keyboard does: one key press per character, carrying its text (QTest's
    keyClicks only handles ASCII and aborts on Thai)."""
    for ch in text:
        if ch.isascii():
            QTest.keyClick(widget, ch)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier,
                                                     ch))


def click(qtbot, button) -> None:
    assert button.isEnabled() and button.isVisibleTo(button.window()), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def fill(qtbot, line_edit, text: str) -> None:
    """Select what is there, type over it, press Enter (editingFinished)."""
    line_edit.setFocus()
    line_edit.selectAll()
    QTest.keyClick(line_edit, Qt.Key.Key_Backspace)
    type_text(line_edit, text)
    qtbot.keyClick(line_edit, Qt.Key.Key_Return)


@pytest.fixture
def open_window(qtbot, settings):
    """``open_window(path)``: a main window showing ``path``, shown and active."""
    from ui.mainwindow import MainWindow

    made = []

    def make(path: Path):
        w = MainWindow(settings)
        qtbot.addWidget(w)
        made.append(w)
        assert w.open_file(path)
        w.show()
        qtbot.waitExposed(w)
        w.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is w)
        return w

    yield make
    for w in made:
        w.close()


def goto(qtbot, window, module: str):
    """Switch pages with the window's own Ctrl+<n> shortcut, as the keyboard does."""
    from ui import pages

    n = [entry.module for entry in pages.PAGES].index(module)
    if n < 9:
        qtbot.keyClick(window, getattr(Qt.Key, f"Key_{n + 1}"),
                       Qt.KeyboardModifier.ControlModifier)
    else:
        window.nav.setCurrentRow(n)            # beyond Ctrl+9: the navigation list
    page = window.page(module)
    assert window.stack.currentWidget() is page
    return page


def undo(qtbot, window) -> None:
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)


def redo(qtbot, window) -> None:
    qtbot.keyClick(window, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)


# ------------------------------------------------------------------ issue 4
def test_issue4_run_a_meeting_from_setup_to_minutes(qtbot, open_window, demo_file, modals):
    """New meeting, setup, the agenda clock, forty check-ins by keyboard, roles, undo/redo,
    reopen: everything is there and the times are in the minutes."""
    w = open_window(demo_file)
    before = w.store.count(Meeting)

    # -- a new meeting
    mp = goto(qtbot, w, "ui.pages.meetings")
    click(qtbot, mp.btn_new)
    assert w.store.count(Meeting) == before + 1
    mid = w.ctx.meeting_id
    new = w.store.get(Meeting, mid)
    assert new.start_time == "" and len(agenda.items(w.store, mid)) == 5   # customary agenda

    # -- setup fields, typed
    sp = goto(qtbot, w, "ui.pages.setup")
    fill(qtbot, sp.title, "เวทีประชาคมหมู่บ้าน ทบทวนแผนชุมชน")
    fill(qtbot, sp.venue, "ศาลาประชาคมบ้านหนองบัว")
    fill(qtbot, sp.village_no, "5")
    got = w.store.get(Meeting, mid)
    assert (got.title, got.venue, got.village_no) == (
        "เวทีประชาคมหมู่บ้าน ทบทวนแผนชุมชน", "ศาลาประชาคมบ้านหนองบัว", "5")
    assert "ทบทวนแผนชุมชน" in w.meeting_label.text()

    # -- the meeting clock, on fake time
    ap = goto(qtbot, w, "ui.pages.agenda")
    clock = FakeClock(datetime(2026, 12, 6, 9, 30, tzinfo=timezone(timedelta(hours=7))))
    ap.clock = clock
    items = agenda.items(w.store, mid)
    ap.view.selectRow(0)
    click(qtbot, ap.btn_start)
    assert w.store.get(Meeting, mid).start_time == "09:30"
    clock.advance(minutes=8)
    ap.refresh_clock()
    assert ap.clock_time.text().startswith("8:00") and not ap.clock_time.property("overrun")
    click(qtbot, ap.btn_stop)
    ap.view.selectRow(1)                                   # approve minutes: 5 min box
    click(qtbot, ap.btn_start)
    clock.advance(minutes=9)
    ap.refresh_clock()                                     # what the 1 s timer does
    assert ap.clock_time.property("overrun") is True
    assert ap.clock_time.text() == "9:00 / 5:00" and "#c62828" in ap.clock_time.styleSheet()
    assert ap.schedule.property("delta") == 120            # 8 + 9 min for 10 + 5 planned
    cell = ap.model.index(1, ap.model.COLUMNS.index("used"))
    assert ap.model.data(cell, Qt.ItemDataRole.ForegroundRole).color().name() == "#c62828"
    for row in range(2, len(items)):                       # the rest, one after another
        ap.view.selectRow(row)
        click(qtbot, ap.btn_start)
        clock.advance(minutes=items[row].timebox_min)
    click(qtbot, ap.btn_stop)                              # stopping the last item ...
    assert w.store.get(Meeting, mid).end_time == "11:12"   # ... fills the end time
    used = [agenda.elapsed(i, clock()) for i in agenda.items(w.store, mid)]
    assert used == [8 * 60, 9 * 60, 15 * 60, 60 * 60, 10 * 60]

    # -- forty people checked in with the keyboard alone
    cp = goto(qtbot, w, "ui.pages.checkin")
    qtbot.waitUntil(lambda: focused() is cp.search)
    everyone = sorted(w.store.find(Person), key=lambda p: p.full_name)
    regulars = everyone[:25]
    for p in regulars:
        type_text(focused(), f"{p.first_name} {p.last_name}")
        for _ in range(cp.model.rowCount()):              # Down until the right person
            if cp.current_person_id() == p.id:
                break
            qtbot.keyClick(focused(), Qt.Key.Key_Down)
        assert cp.current_person_id() == p.id
        qtbot.keyClick(focused(), Qt.Key.Key_Return)
        assert focused() is cp.search and cp.search.text() == ""
    for n in range(15):
        qtbot.keyClicks(focused(), f"Mrs Visitor{n:02d} Rakthin")
        qtbot.keyClick(focused(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: cp.dialog is not None and focused() is cp.dialog.position)
        qtbot.keyClicks(focused(), "VHV")
        qtbot.keyClick(focused(), Qt.Key.Key_Return)      # save and check in
        qtbot.waitUntil(lambda: cp.dialog is None and focused() is cp.search)
    assert cp.counts.present == 40
    assert attendance.counts(w.store, mid).present == 40

    # -- a chair and a network role, ticked with Space
    rp = goto(qtbot, w, "ui.pages.roles")
    chair = regulars[0]
    view = rp.meeting_view
    view.setFocus()
    view.setCurrentIndex(rp.meeting_model.index(rp.meeting_model.row_of(chair.id),
                                                rp.meeting_model.column_of("chair")))
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert w.store.get(Meeting, mid).chair_id == chair.id
    nview, nm = rp.network_view, rp.network_model
    key = ("person", regulars[1].id)
    nview.setFocus()
    nview.setCurrentIndex(nm.index(nm.row_of(key), nm.column_of("deciding")))
    qtbot.keyClick(nview, Qt.Key.Key_Space)
    assert w.store.count(NetworkRoleAssignment, meeting_id=mid, person_id=regulars[1].id,
                         role="deciding") == 1

    # -- undo the last three steps (network role, chair, the 40th check-in), redo them
    for _ in range(3):
        undo(qtbot, w)
    assert w.store.count(NetworkRoleAssignment, meeting_id=mid) == 0
    assert w.store.get(Meeting, mid).chair_id is None
    assert attendance.counts(w.store, mid).present == 39
    assert not nm.is_checked(key, "deciding")
    for _ in range(3):
        redo(qtbot, w)
    assert attendance.counts(w.store, mid).present == 40
    assert w.store.get(Meeting, mid).chair_id == chair.id
    assert nm.is_checked(key, "deciding")

    # -- close the file, open it again: everything is there
    path = w.store.path
    w.close()
    w2 = open_window(path)
    assert w2.ctx.meeting_id == mid                        # the newest meeting is shown
    s = w2.store
    m = s.get(Meeting, mid)
    assert (m.title, m.venue, m.start_time, m.end_time, m.chair_id) == (
        "เวทีประชาคมหมู่บ้าน ทบทวนแผนชุมชน", "ศาลาประชาคมบ้านหนองบัว", "09:30", "11:12",
        chair.id)
    rows = s.find(Attendance, meeting_id=mid)
    assert len(rows) == 40 and all(r.status == AttendanceStatus.PRESENT for r in rows)
    assert s.count(Person, position="VHV") == 15
    assert roles.people_in_role(s, mid, MeetingRole.CHAIR) == [chair.id]
    assert s.count(NetworkRoleAssignment, meeting_id=mid, role="deciding") == 1
    assert [agenda.elapsed(i, clock()) for i in agenda.items(s, mid)] == used
    mins = build_minutes(s, mid)
    assert (mins.start_time, mins.end_time) == ("09:30", "11:12")
    assert w2.page("ui.pages.checkin").counts.present == 40


# ------------------------------------------------------------------ issue 5
ISSUES = [
    "น้ำประปาไม่ไหลช่วงหน้าแล้ง", "ถนนเข้าหมู่บ้านเป็นหลุมบ่อ", "ไฟทางดับหน้าโรงเรียน",
    "ขยะล้นถังหน้าตลาด", "ยุงชุมช่วงหน้าฝน", "เด็กติดเกมไม่ไปโรงเรียน", "ราคาข้าวตกต่ำ",
    "ผู้สูงอายุอยู่ลำพัง", "น้ำท่วมสะพานข้ามลำห้วย", "สุนัขจรจัดกัดเด็ก",
    "ไม่มีตลาดรับซื้อผักปลอดสาร", "หนี้นอกระบบ", "ฝุ่นควันจากการเผาอ้อย",
    "รางระบายน้ำอุดตัน", "ศาลาประชาคมหลังคารั่ว", "สัญญาณโทรศัพท์อ่อน",
    "ยาเสพติดในกลุ่มวัยรุ่น", "ขาดแคลนน้ำเพื่อการเกษตร", "ป่าชุมชนถูกบุกรุก",
    "รถวิ่งเร็วผ่านหน้าวัด",
]


def test_issue5_issues_board_map_votes_and_ranked_minutes(qtbot, open_window, demo_file,
                                                          modals, monkeypatch, tmp_path):
    """Twenty issues captured with Enter, clustered, pinned on the imported map, voted on by
    dots and by hands; the exported minutes list them in rank order with the map."""
    import pdfplumber
    from PySide6.QtCore import QPointF

    from helpers_issues import click as click_scene
    from helpers_issues import drag
    from ui.pages import board as board_mod
    from ui.pages import map as map_mod
    from ui.pages import report as report_mod
    from workshop.model import Cluster, DotVote, Issue

    w = open_window(demo_file)
    click(qtbot, goto(qtbot, w, "ui.pages.meetings").btn_new)
    mid = w.ctx.meeting_id
    s = w.store

    # -- capture twenty issues: type, Enter
    ip = goto(qtbot, w, "ui.pages.issues")
    for title in ISSUES:
        ip.capture.setFocus()
        type_text(ip.capture, title)
        qtbot.keyClick(ip.capture, Qt.Key.Key_Return)
        assert ip.capture.text() == ""
    live = issues.issues(s, mid)
    assert [i.title for i in live] == ISSUES and ip.model.rowCount() == 20
    by_title = {i.title: i.id for i in live}

    # -- the board: a group around three selected cards, a fourth card dragged into it
    answers = [("เรื่องน้ำ", True)]
    monkeypatch.setattr(board_mod.QInputDialog, "getText",
                        staticmethod(lambda *a, **k: answers.pop(0)))
    bp = goto(qtbot, w, "ui.pages.board")
    assert len(bp.scene.cards) == 20
    water = [by_title[t] for t in ("น้ำประปาไม่ไหลช่วงหน้าแล้ง", "น้ำท่วมสะพานข้ามลำห้วย",
                                   "ขาดแคลนน้ำเพื่อการเกษตร")]
    bp.scene.clearSelection()
    for iid in water:
        bp.scene.cards[iid].setSelected(True)
    click(qtbot, bp.new_group_btn)
    (cid,) = [c.id for c in s.find(Cluster, meeting_id=mid)]
    assert s.get(Cluster, cid).name == "เรื่องน้ำ"
    grouped = {i.id for i in s.find(Issue, cluster_id=cid)}    # and any card inside it
    assert set(water) <= grouped
    bp.scene.clearSelection()
    bp.view.fitInView(bp.scene.itemsBoundingRect())
    drain = by_title["รางระบายน้ำอุดตัน"]
    assert drain not in grouped
    card = bp.scene.cards[drain]
    group = bp.scene.clusters[cid].rect()
    drag(bp.view, card.sceneBoundingRect().center(), group.center())
    assert s.get(Issue, drain).cluster_id == cid
    assert s.count(Issue, cluster_id=cid) == len(grouped) + 1

    # -- the map: import the picture through the page's button, pin three issues
    monkeypatch.setattr(map_mod.QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (str(MAP_PNG), "")))
    mpg = goto(qtbot, w, "ui.pages.map")
    click(qtbot, mpg.import_btn)
    (cmap,) = s.find(CommunityMap, meeting_id=mid)
    assert (cmap.width, cmap.height) == (1600, 1100)
    pins = {by_title["น้ำท่วมสะพานข้ามลำห้วย"]: (400, 300),
            by_title["ไฟทางดับหน้าโรงเรียน"]: (800, 550),
            by_title["รถวิ่งเร็วผ่านหน้าวัด"]: (1200, 800)}
    ids = [mpg.list.item(r).data(Qt.ItemDataRole.UserRole) for r in range(mpg.list.count())]
    for iid, (x, y) in pins.items():
        mpg.list.setCurrentRow(ids.index(iid))
        click_scene(mpg.view, QPointF(x, y))
        got = s.get(Issue, iid)
        assert got.map_id == cmap.id
        assert abs(got.map_x - x / 1600) < 0.01 and abs(got.map_y - y / 1100) < 0.01

    # -- the dot vote: participants' dots with the page's controls, then a hand count
    pp = goto(qtbot, w, "ui.pages.priorities")
    pp.tabs.setCurrentIndex(0)                        # the dot-voting tab
    voters = sorted(s.find(Person), key=lambda p: (p.first_name, p.last_name))[:4]
    road = by_title["ถนนเข้าหมู่บ้านเป็นหลุมบ่อ"]
    for p in voters:                                  # three dots each on the road
        pp.person_combo.select(p.id)
        pp.person_combo.chosen.emit()                 # what a pick in its list signals
        pp.dot_issue_combo.setCurrentIndex(pp.dot_issue_combo.findData(road))
        pp.dots_spin.setValue(3)
        click(qtbot, pp.give_btn)
    assert s.count(DotVote, meeting_id=mid, issue_id=road) == 4
    hands = {by_title["ขาดแคลนน้ำเพื่อการเกษตร"]: "25", by_title["หนี้นอกระบบ"]: "7",
             by_title["ยุงชุมช่วงหน้าฝน"]: "3"}
    t = pp.dots_table
    for iid, count in hands.items():
        row = next(r for r in range(t.rowCount())
                   if t.item(r, 2).data(Qt.ItemDataRole.UserRole) == iid)
        t.setFocus()
        t.setCurrentCell(row, 2)
        t.editItem(t.item(row, 2))
        editor = focused()
        assert editor is not t and t.isAncestorOf(editor)
        editor.selectAll()
        qtbot.keyClicks(editor, count)
        qtbot.keyClick(editor, Qt.Key.Key_Return)
        # the delegate commits on Enter through a queued call: wait for it
        qtbot.waitUntil(lambda: t.state() != t.State.EditingState)
        assert t.item(row, 2).text() == count
    ranked = ranking.rank_issues(s, mid)
    assert [r.dots for r in ranked[:4]] == [25, 12, 7, 3], [(r.title, r.dots) for r in ranked[:6]]
    assert [r.issue_id for r in ranked[:4]] == [
        by_title["ขาดแคลนน้ำเพื่อการเกษตร"], road, by_title["หนี้นอกระบบ"],
        by_title["ยุงชุมช่วงหน้าฝน"]]
    assert pp.rank_table.item(0, 1).text().endswith("ขาดแคลนน้ำเพื่อการเกษตร")

    # -- the minutes, exported through the report page
    out = tmp_path / "minutes.pdf"
    monkeypatch.setattr(report_mod.QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(out), "")))
    rp = goto(qtbot, w, "ui.pages.report")
    rp.lang.setCurrentIndex(rp.lang.findData("th"))
    with qtbot.waitSignal(rp.exported, timeout=30000):
        click(qtbot, rp.minutes_btn)
    assert "minutes.pdf" in modals.pop("QMessageBox").text
    with pdfplumber.open(str(out)) as pdf:
        text = norm("\n".join(p.extract_text() or "" for p in pdf.pages))
        images = [im for p in pdf.pages for im in p.images]
    assert images and images[0]["width"] > 300             # the map, printed
    start = text.index(norm(ranked[0].title))
    at = [text.index(norm(r.title), start) for r in ranked]
    assert at == sorted(at), "the ranked table is not in ranking order"
    assert len(ranked) == 20


# ------------------------------------------------------------------ issue 6
def check_in_by_keyboard(qtbot, w, people) -> None:
    cp = goto(qtbot, w, "ui.pages.checkin")
    qtbot.waitUntil(lambda: focused() is cp.search)
    for p in people:
        type_text(focused(), f"{p.first_name} {p.last_name}")
        for _ in range(cp.model.rowCount()):
            if cp.current_person_id() == p.id:
                break
            qtbot.keyClick(focused(), Qt.Key.Key_Down)
        assert cp.current_person_id() == p.id
        qtbot.keyClick(focused(), Qt.Key.Key_Return)


def choose(combo, data) -> None:
    i = combo.findData(data.value if hasattr(data, "value") else data)
    assert i >= 0, (combo, data)
    combo.setCurrentIndex(i)
    combo.activated.emit(i)          # what picking it with the mouse or keys signals


def test_issue6_speakers_decisions_actions_and_follow_up(qtbot, open_window, demo_file,
                                                        modals, monkeypatch, tmp_path):
    """Speakers on a fake clock, three proposals decided by consensus, consent and a
    two-thirds hand count, an action with pledges, the minutes, then the next meeting whose
    follow-up item updates the original action."""
    import pdfplumber

    from ui.pages import report as report_mod
    from workshop import actions as ac
    from workshop import followup as fu
    from workshop import speakers
    from workshop.model import (Contribution, DecisionMethod, Outcome, Pledge, PositionValue,
                                Proposal, ResourceKind, SpeakerTurn, Threshold)

    w = open_window(demo_file)
    click(qtbot, goto(qtbot, w, "ui.pages.meetings").btn_new)
    mid = w.ctx.meeting_id
    s = w.store
    people = sorted(s.find(Person), key=lambda p: (p.first_name, p.last_name))
    check_in_by_keyboard(qtbot, w, people[:12])
    assert attendance.counts(s, mid).present == 12

    # -- speakers: a queue, next, next, contributions
    sp = goto(qtbot, w, "ui.pages.speakers")
    clock = FakeClock(datetime(2026, 12, 6, 2, 0, tzinfo=timezone.utc))
    sp.clock = clock
    decision_item = next(i for i in agenda.items(s, mid) if i.position == 3)
    choose(sp.item_combo, decision_item.id)
    sp.limit_spin.setValue(120)
    for name in ("Uncle Mee", "Auntie Daeng", "Khru Somporn"):
        sp.name_edit.setFocus()
        qtbot.keyClicks(sp.name_edit, name)
        qtbot.keyClick(sp.name_edit, Qt.Key.Key_Return)
        assert sp.name_edit.text() == ""
    assert sp.queue_model.rowCount() == 3
    click(qtbot, sp.next_button)
    assert sp.speaker_label.text() == "Uncle Mee"
    choose(sp.kind_combo, "concern")
    sp.contrib_edit.setFocus()
    type_text(sp.contrib_edit, "บ่อบาดาลแห้งทุกเดือนเมษายน")
    qtbot.keyClick(sp.contrib_edit, Qt.Key.Key_Return)
    clock.advance(seconds=150)                       # over the two-minute limit
    sp.tick()
    assert sp.timer_label.text() == "2:30" and sp.overrun_label.text()
    click(qtbot, sp.next_button)
    assert sp.speaker_label.text() == "Auntie Daeng"
    choose(sp.kind_combo, "idea")
    sp.contrib_edit.setFocus()
    type_text(sp.contrib_edit, "ขุดลอกสระหนองบัวก่อนหน้าฝน")
    qtbot.keyClick(sp.contrib_edit, Qt.Key.Key_Return)
    clock.advance(seconds=45)
    click(qtbot, sp.end_button)
    turns = [t for t in s.find(SpeakerTurn, meeting_id=mid, order_by="started_at")
             if t.started_at]
    assert [(t.name, speakers.elapsed(t, clock())) for t in turns] == [
        ("Uncle Mee", 150), ("Auntie Daeng", 45)]
    assert sp.queue_model.rowCount() == 1 and sp.contrib_model.rowCount() == 2
    notes = {c.text: c.turn_id for c in s.find(Contribution, meeting_id=mid)}
    assert notes == {"บ่อบาดาลแห้งทุกเดือนเมษายน": turns[0].id,
                     "ขุดลอกสระหนองบัวก่อนหน้าฝน": turns[1].id}

    # -- proposals, one per method
    dp = goto(qtbot, w, "ui.pages.decisions")

    def propose(title: str, method: DecisionMethod, threshold=Threshold.SIMPLE) -> Proposal:
        dp.title_edit.setFocus()
        type_text(dp.title_edit, title)
        choose(dp.method_combo, method)
        if method == DecisionMethod.MAJORITY:
            assert dp.threshold_combo.isEnabled()
            choose(dp.threshold_combo, threshold)
        click(qtbot, dp.add_button)
        (p,) = [p for p in s.find(Proposal, meeting_id=mid) if p.title == title]
        assert dp.selected_id() == p.id
        return p

    def position(value: PositionValue, count: int = 1, reason: str = "") -> None:
        choose(dp.value_combo, value)
        dp.people_spin.setValue(count)
        if reason:
            dp.reason_edit.setFocus()
            type_text(dp.reason_edit, reason)
        click(qtbot, dp.pos_button)

    def decide(outcome: Outcome, resolution: str) -> None:
        choose(dp.outcome_combo, outcome)
        dp.resolution_edit.setFocus()
        type_text(dp.resolution_edit, resolution)
        click(qtbot, dp.decide_button)

    dredge = propose("ขุดลอกสระหนองบัว", DecisionMethod.CONSENSUS)
    position(PositionValue.LEVEL_5, 7)
    position(PositionValue.LEVEL_4, 3)
    position(PositionValue.LEVEL_3, 2)
    decide(Outcome.ADOPTED, "ที่ประชุมเห็นพ้องให้ขุดลอกสระหนองบัวภายในเดือนมีนาคม")
    assert s.get(Proposal, dredge.id).outcome == Outcome.ADOPTED

    rota = propose("ตั้งเวรดูแลเครื่องสูบน้ำ", DecisionMethod.CONSENT)
    position(PositionValue.OBJECTION, 1, "ไม่มีค่าไฟฟ้าสำหรับเครื่องสูบน้ำ")
    assert Outcome.ADOPTED.value not in [dp.outcome_combo.itemData(i)
                                         for i in range(dp.outcome_combo.count())]
    dp.pos_view.selectRow(0)
    click(qtbot, dp.resolve_button)                  # the objection was answered
    assert all(p.resolved for p in dec_positions(s, rota.id))
    decide(Outcome.ADOPTED, "ให้ อบต. ช่วยค่าไฟฟ้าเครื่องสูบน้ำ และตั้งเวรดูแล")

    fee = propose("เก็บค่าน้ำประปาหน่วยละ 5 บาท", DecisionMethod.MAJORITY, Threshold.TWO_THIRDS)
    dp.for_spin.setValue(8)
    dp.against_spin.setValue(3)
    dp.abstain_spin.setValue(1)
    click(qtbot, dp.count_button)
    decide(Outcome.ADOPTED, "เก็บค่าน้ำประปาหน่วยละ 5 บาท เริ่มเดือนมกราคม")
    got = {p.id: p for p in s.find(Proposal, meeting_id=mid)}
    assert [got[x.id].outcome for x in (dredge, rota, fee)] == [Outcome.ADOPTED] * 3
    assert (got[fee.id].count_for, got[fee.id].count_against,
            got[fee.id].count_abstain) == (8, 3, 1)

    # -- the consensus decision becomes an action with pledges
    acp = goto(qtbot, w, "ui.pages.actions")
    acp.tabs.setCurrentIndex(0)
    choose(acp.from_combo, dredge.id)
    assert acp.a_title.text()                          # filled from the decision
    aobt = next(o for o in ac.Actors(s).orgs.values() if o.sector == Sector.LOCAL_GOVERNMENT)
    acp.a_lead_org.select(aobt.id)
    acp.a_cost.setValue(45000)
    click(qtbot, acp.add_action_button)
    (action,) = s.find(Action, meeting_id=mid)
    assert action.proposal_id == dredge.id and action.lead_organisation_id == aobt.id
    acp.tabs.setCurrentIndex(1)
    for kind, person, desc, qty in ((ResourceKind.MONEY, people[0], "เงินกองทุนหมู่บ้าน", 20000),
                                    (ResourceKind.LABOUR, people[1], "แรงงานชาวบ้าน", 30)):
        choose(acp.p_kind, kind)
        acp.p_person.select(person.id)
        acp.p_desc.setFocus()
        type_text(acp.p_desc, desc)
        acp.p_qty.setValue(qty)
        click(qtbot, acp.add_pledge_button)
    assert s.count(Pledge, meeting_id=mid) == 2
    total = ac.grand_total(s, mid)
    assert (total.money_baht, total.labour_days) == (20000, 30)

    # -- the minutes: resolutions, methods and pledge totals
    out = tmp_path / "minutes-6.pdf"
    monkeypatch.setattr(report_mod.QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(out), "")))
    rp = goto(qtbot, w, "ui.pages.report")
    rp.lang.setCurrentIndex(rp.lang.findData("th"))
    with qtbot.waitSignal(rp.exported, timeout=30000):
        click(qtbot, rp.minutes_btn)
    modals.pop("QMessageBox")
    with pdfplumber.open(str(out)) as pdf:
        text = norm("\n".join(p.extract_text() or "" for p in pdf.pages))
    for p in got.values():
        assert norm(p.resolution) in text, p.resolution
    for shown in ("ฉันทามติ", "ระดับ5:7คน,ระดับ4:3คน,ระดับ3:2คน",          # consensus levels
                  "ความยินยอม", "คัดค้าน,ได้รับการแก้ไขแล้ว",                 # consent
                  "ไม่มีค่าไฟฟ้าสำหรับเครื่องสูบน้ำ",                            # its reason
                  "สองในสาม", "เห็นด้วย8เสียงไม่เห็นด้วย3เสียงงดออกเสียง1เสียง",  # 2/3 hands
                  "45,000บาท", "30คน-วัน", "รวมทั้งสิ้น20,000"):                 # pledges
        assert norm(shown) in text, shown

    # -- the next meeting: item 3 lists the open action; its status is updated from there
    acp = goto(qtbot, w, "ui.pages.actions")
    acp.tabs.setCurrentIndex(3)
    click(qtbot, acp.followup.next_button)
    nxt = w.ctx.meeting_id
    assert nxt != mid and s.get(Meeting, nxt).previous_id == mid
    carried = fu.followup_items(s, nxt)
    assert [(i.source_table, i.source_id) for i in carried if i.source_table == "actions"] == [
        ("actions", action.id)]
    follow = next(i for i in agenda.items(s, nxt) if i.id == carried[0].id)
    assert agenda.numbering(agenda.items(s, nxt))[agenda.items(s, nxt).index(follow)] == "3.1"
    row = acp.followup.follow_model.row_of(next(i.id for i in carried if i.source_id == action.id))
    acp.followup.follow_view.selectRow(row)
    choose(acp.followup.follow_status, ActionStatus.DONE)
    click(qtbot, acp.followup.follow_button)
    assert s.get(Action, action.id).status == ActionStatus.DONE

    path = s.path
    w.close()
    w2 = open_window(path)
    assert w2.ctx.meeting_id == nxt
    assert w2.store.get(Action, action.id).status == ActionStatus.DONE
    assert w2.store.get(Action, action.id).meeting_id == mid


def dec_positions(store, proposal_id):
    from workshop import decisions

    return decisions.positions(store, proposal_id)


# ------------------------------------------------------------------ issues 2 and 3
def test_issue2_3_headless_commands_round_trip(tmp_path):
    """demo, check, minutes, sign-in sheet, export, import into a new file, export again:
    every command exits 0 and the two JSON exports are identical, byte for byte."""
    import pdfplumber

    def start(*args: str) -> tuple[tuple[str, ...], subprocess.Popen]:
        return args, subprocess.Popen([sys.executable, str(ROOT / "main.py"), *args],
                                      cwd=tmp_path, stdout=subprocess.PIPE,
                                      stderr=subprocess.PIPE, text=True)

    def finish(job) -> str:
        args, proc = job
        out, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, (args, out, err)
        assert err == "", (args, err)
        return out

    def run(*args: str) -> str:
        return finish(start(*args))

    run("demo", "x.prachakhom")
    assert "result: sound" in run("check", "x.prachakhom")
    # the two PDFs (the slow part, ~2 s each) are laid out while the JSON round trip runs
    pdfs = [start("minutes", "x.prachakhom", "--meeting", "latest", "-o", "m.pdf"),
            start("signin-sheet", "x.prachakhom", "--meeting", "latest", "-o", "s.pdf")]
    run("export", "x.prachakhom", "-o", "x.json")
    run("import", "y.prachakhom", "x.json")
    run("export", "y.prachakhom", "-o", "y.json")
    for job in pdfs:
        assert "wrote" in finish(job)
    x, y = (tmp_path / "x.json").read_bytes(), (tmp_path / "y.json").read_bytes()
    assert x == y
    data = json.loads(x)
    assert data and len(json.dumps(data)) > 10_000
    with Store.open(tmp_path / "y.prachakhom") as s:
        latest = max(s.find(Meeting), key=lambda m: m.date)
        assert s.count(Meeting) == 3 and s.count(Person) == 42
    for pdf_name, heading in (("m.pdf", "รายงานการประชุม"), ("s.pdf", "แบบลงทะเบียน")):
        with pdfplumber.open(str(tmp_path / pdf_name)) as pdf:
            first = norm(pdf.pages[0].extract_text() or "")
        assert norm(heading) in first, pdf_name
        if pdf_name == "m.pdf":
            assert norm(latest.title) in first
