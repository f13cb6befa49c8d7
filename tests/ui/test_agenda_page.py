"""Agenda page: add/edit/delete/reorder (drag and keyboard) with undo, and the meeting clock
driven by a fake clock (no sleeps)."""
from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import QModelIndex, Qt

from ui.pages.agenda import AgendaModel, AgendaPage
from workshop import agenda as svc
from workshop.model import AgendaItem, AgendaKind, Meeting
from workshop.store import Store


class FakeClock:
    def __init__(self):
        self.now = datetime(2026, 11, 24, 9, 0, 0)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **kw) -> None:
        self.now += timedelta(**kw)


@pytest.fixture
def clock():
    return FakeClock()


@pytest.fixture
def page(qtbot, ctx, meeting, clock):
    p = AgendaPage(ctx)
    p.clock = clock
    qtbot.addWidget(p)
    return p


def titles(ctx):
    return [i.title for i in svc.items(ctx.store, ctx.meeting_id)]


def test_model_passes_modeltester(check_model, ctx, meeting, clock):
    check_model(AgendaModel(ctx, clock))


def test_shows_the_customary_agenda(page):
    m = page.model
    assert m.rowCount() == 5
    assert m.data(m.index(0, 1)) == "เรื่องที่ประธานแจ้งให้ที่ประชุมทราบ"
    assert m.data(m.index(0, 2)) == "Announcements"
    assert m.data(m.index(3, 3)) == "60 min"
    assert page.btn_customary.isHidden()


def test_empty_agenda_offers_the_customary_items(qtbot, ctx, clock):
    from workshop.meetings import create_meeting

    m = create_meeting(ctx.store, Meeting(title="x"), with_agenda=False)
    ctx.set_meeting(m.id)
    p = AgendaPage(ctx)
    p.clock = clock
    qtbot.addWidget(p)
    assert p.model.rowCount() == 0
    assert not p.btn_customary.isHidden()
    p.btn_customary.click()
    assert p.model.rowCount() == 5
    ctx.undo_stack.undo()
    assert p.model.rowCount() == 0
    ctx.undo_stack.redo()
    assert p.model.rowCount() == 5


def test_add_edit_delete_with_undo(page, ctx):
    page.view.selectRow(4)
    page.btn_add.click()
    assert page.model.rowCount() == 6
    assert page.current.title == "New item"
    assert page.model.row_of(page.current.id) == 5
    page.title.setText("ถนนในหมู่บ้าน")
    page.title.editingFinished.emit()
    page.timebox.setValue(25)
    page.timebox.editingFinished.emit()
    page.kind.setCurrentIndex(page.kind.findData(AgendaKind.FOR_DECISION.value))
    page.kind.activated.emit(page.kind.currentIndex())
    page.notes.setPlainText("ถนนชำรุด")
    page.notes.editingFinished.emit()
    page.resolution.setPlainText("เห็นชอบ")
    page.resolution.editingFinished.emit()
    it = ctx.store.get(AgendaItem, page.current.id)
    assert (it.title, it.timebox_min, it.kind, it.notes, it.resolution) == \
        ("ถนนในหมู่บ้าน", 25, AgendaKind.FOR_DECISION, "ถนนชำรุด", "เห็นชอบ")
    assert ctx.undo_stack.count() == 6
    ctx.undo_stack.undo()
    assert ctx.store.get(AgendaItem, it.id).resolution == ""
    assert page.resolution.toPlainText() == ""
    ctx.undo_stack.redo()
    item_id = it.id
    page.btn_delete.click()
    assert ctx.store.maybe(AgendaItem, item_id) is None
    ctx.undo_stack.undo()
    assert ctx.store.get(AgendaItem, item_id).resolution == "เห็นชอบ"


def test_keyboard_reorder(page, ctx, qtbot):
    before = titles(ctx)
    page.view.selectRow(0)
    page.act_down.trigger()                     # Ctrl+Down
    assert titles(ctx) == [before[1], before[0], *before[2:]]
    assert page.model.row_of(page.current.id) == 1   # the selection follows the item
    page.act_up.trigger()
    assert titles(ctx) == before
    ctx.undo_stack.undo()
    assert titles(ctx)[1] == before[0]
    assert page.act_down.shortcut().toString() == "Ctrl+Down"


@pytest.mark.qt_log_ignore("propagateSizeHints")   # the offscreen platform's own notice
def test_keyboard_shortcut_on_the_table(page, ctx, qtbot):
    before = titles(ctx)
    page.show()
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    page.view.setFocus()
    page.view.selectRow(2)
    qtbot.keyClick(page.view, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert titles(ctx)[1] == before[2]


def test_drag_and_drop_reorder(page, ctx):
    before = titles(ctx)
    m = page.model
    data = m.mimeData([m.index(4, 0)])
    # drop the last item between rows 0 and 1
    m.dropMimeData(data, Qt.DropAction.MoveAction, 1, 0, QModelIndex())
    assert titles(ctx) == [before[0], before[4], *before[1:4]]
    data = m.mimeData([m.index(0, 0)])
    m.dropMimeData(data, Qt.DropAction.MoveAction, -1, -1, QModelIndex())   # to the end
    assert titles(ctx)[-1] == before[0]
    ctx.undo_stack.undo()
    ctx.undo_stack.undo()
    assert titles(ctx) == before


def test_clock_start_stop_overrun_and_schedule(page, ctx, clock):
    page.view.selectRow(0)                       # 10-minute time box
    page.btn_start.click()
    assert ctx.store.get(Meeting, ctx.meeting_id).start_time == "09:00"
    assert page.timer.isActive()                 # only to refresh the display
    clock.advance(minutes=4)
    page.refresh_clock()
    assert page.clock_time.text() == "4:00 / 10:00"
    assert page.clock_time.property("overrun") is False
    assert page.model.data(page.model.index(0, 4)) == "▶ 4:00"
    clock.advance(minutes=8)                     # 12 minutes: 2 over
    page.refresh_clock()
    assert page.clock_time.property("overrun") is True
    assert page.model.data(page.model.index(0, 4), Qt.ItemDataRole.ForegroundRole) \
        .color().name() == "#c62828"
    assert "behind" in page.schedule.text()
    assert page.schedule.property("delta") == 120
    page.btn_stop.click()
    assert not page.timer.isActive()
    it = ctx.store.get(AgendaItem, page.model.items[0].id)
    assert it.elapsed_s == 12 * 60
    # undo the stop: running again
    ctx.undo_stack.undo()
    assert svc.is_running(ctx.store.get(AgendaItem, it.id))
    ctx.undo_stack.redo()
    assert not svc.is_running(ctx.store.get(AgendaItem, it.id))


def test_stopping_the_last_item_sets_end_time(page, ctx, clock):
    page.view.selectRow(4)
    page.btn_start.click()
    clock.advance(minutes=3)
    page.btn_stop.click()
    m = ctx.store.get(Meeting, ctx.meeting_id)
    assert (m.start_time, m.end_time) == ("09:00", "09:03")
    assert "ahead" in page.schedule.text()       # 3 of 10 minutes used
    ctx.undo_stack.undo()
    assert ctx.store.get(Meeting, ctx.meeting_id).end_time == ""


def test_starting_another_item_stops_the_running_one(page, ctx, clock):
    page.view.selectRow(0)
    page.btn_start.click()
    clock.advance(minutes=5)
    page.view.selectRow(1)
    page.btn_start.click()
    first, second = page.model.items[:2]
    assert not svc.is_running(first) and first.elapsed_s == 300
    assert svc.is_running(second)
    assert page.clock_item.text().endswith(second.title)


def test_edits_persist_after_reopen(page, ctx):
    page.view.selectRow(1)
    page.resolution.setPlainText("รับรองรายงานการประชุม")
    page.resolution.editingFinished.emit()
    item_id = page.current.id
    path = ctx.store.path
    ctx.store.close()
    with Store.open(path, backups=False) as again:
        assert again.get(AgendaItem, item_id).resolution == "รับรองรายงานการประชุม"


def test_carried_matters_are_numbered_and_indented_under_item_3(qtbot, ctx, meeting, page):
    from workshop import actions as ac
    from workshop import followup as fu
    from workshop.model import Action

    ac.add_action(ctx.store, Action(meeting_id=meeting.id, title="ซ่อมฝาย"))
    nxt = fu.create_next_meeting(ctx.store, meeting.id, "2026-12-24")
    ctx.set_meeting(nxt.id)
    page.reload()
    m = page.model
    col = {name: i for i, name in enumerate(AgendaModel.COLUMNS)}
    shown = [m.data(m.index(r, col["no"])) for r in range(m.rowCount())]
    assert shown == ["1", "2", "3", "3.1", "4", "5"]
    sub = m.data(m.index(3, col["title"]))
    assert sub.startswith("\u2003") and "ซ่อมฝาย" in sub           # indented under item 3
    assert m.data(m.index(3, col["kind"])) == "Carried over"
    assert m.data(m.index(2, col["kind"])) == "Follow-up"
    assert not m.data(m.index(2, col["title"])).startswith("\u2003")


def test_clock_columns_fit_their_headers(qtbot, ctx, meeting, page):
    page.use_customary()
    hh = page.view.horizontalHeader()
    fm = hh.fontMetrics()
    for col in (3, 4):
        title = page.model.headerData(col, Qt.Orientation.Horizontal)
        assert hh.sectionSize(col) >= fm.horizontalAdvance(title) + 8
    assert not hh.highlightSections()
