"""Change notices: the page that made an edit does not reload itself, and an edit made
elsewhere updates only what it changed (issue 9, item 5).

For each page: its main user action is performed on the real widgets, and the page must not
have reloaded whole (no model reset of its tables, no call of its ``reload``/``load``, the
cells of its tables not made anew) while the edited row shows the new value.  Then a save
made elsewhere (a workshop function run through the context, as another page would) must
update only the rows it touched: the other rows are not told to change, and the row count,
the selection, the current row and the scroll position stay.

Meetings, setup, check-in, roles, speakers, the action plan (with its follow-up and village
plan tabs) and the projector: ``test_change_notices_pages.py``.  Not covered: network.
"""
from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt

from helpers_notices import Watch
from tests.counting import count_calls

from workshop import agenda as agenda_svc
from workshop import causes
from workshop import decisions as dec
from workshop import issues as issues_svc
from workshop import people as people_svc
from workshop import ranking
from workshop.model import Issue, Person

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

def _page(qtbot, ctx, cls, size=(1200, 700)):
    page = cls(ctx)
    qtbot.addWidget(page)
    page.resize(*size)
    return page


def _other_page(ctx, fn, *args, **kw):
    """A save made on another page (the context's run with another origin)."""
    assert ctx.run("elsewhere", fn, ctx.store, *args, **kw)


# ---------------------------------------------------------------------------- agenda
def test_agenda(qtbot, demo_ctx):
    from ui.pages.agenda import AgendaPage

    p = _page(qtbot, demo_ctx, AgendaPage)
    p.view.selectRow(1)
    item = p.current
    w = Watch(p, p.model)
    p.title.setText("ประกาศของกำนัน (แก้)")
    p.title.editingFinished.emit()
    assert demo_ctx.store.get(agenda_svc.AgendaItem, item.id).title == "ประกาศของกำนัน (แก้)"
    w.assert_no_whole_reload()
    assert p.model.data(p.model.index(1, 1)) == "ประกาศของกำนัน (แก้)"
    assert w.rows[0] == {1} and p.view.currentIndex().row() == 1

    w.clear()
    other = p.model.items[3]
    _other_page(demo_ctx, agenda_svc.update_item, other.id, timebox_min=45)
    w.assert_no_whole_reload()
    assert w.rows[0] == {3}, "only the row changed elsewhere is redrawn"
    assert p.view.currentIndex().row() == 1 and p.current.id == item.id
    assert p.model.rowCount() == 5 and p.title.text() == "ประกาศของกำนัน (แก้)"


def test_agenda_clock_start_is_not_a_reload(qtbot, demo_ctx):
    from ui.pages.agenda import AgendaPage

    p = _page(qtbot, demo_ctx, AgendaPage)
    p.clock = lambda: datetime(2026, 11, 24, 10, 0)
    p.view.selectRow(2)
    w = Watch(p, p.model)
    p.start_current()
    w.assert_no_whole_reload()
    assert p.model.data(p.model.index(2, 4)).startswith("▶")
    p.shutdown()


# ---------------------------------------------------------------------------- issues
def test_issues(qtbot, demo_ctx):
    from ui.pages.issues import IssuesPage

    p = _page(qtbot, demo_ctx, IssuesPage)
    first = p.model.items[0]
    p.select_issue(first.id)
    w = Watch(p, p.model)
    p.title_edit.setText("ถนนลูกรังเป็นหลุมเป็นบ่อ (แก้)")
    p.title_edit.editingFinished.emit()
    assert demo_ctx.store.get(Issue, first.id).title == "ถนนลูกรังเป็นหลุมเป็นบ่อ (แก้)"
    w.assert_no_whole_reload()
    assert p.model.data(p.model.index(0, 1)) == "ถนนลูกรังเป็นหลุมเป็นบ่อ (แก้)"
    assert w.rows[0] == {0}

    w.clear()
    other = p.model.items[5]
    _other_page(demo_ctx, issues_svc.update_issue, other.id, village_no="9")
    w.assert_no_whole_reload()
    assert w.rows[0] == {5} and p.model.data(p.model.index(5, 4)) == "9"
    assert p._selected_ids() == [first.id] and p.model.rowCount() == 14


# ---------------------------------------------------------------------------- board
def test_board(qtbot, demo_ctx):
    from ui.pages.board import BoardPage

    p = _page(qtbot, demo_ctx, BoardPage)
    cards = p.scene.cards
    ids = list(cards)
    items = {i: cards[i] for i in ids}
    w = Watch(p)
    data = {i: cards[i].data_ for i in ids}
    assert p.move_cards({ids[0]: (2000.0, 1500.0)})
    w.assert_no_whole_reload()
    assert cards[ids[0]].pos().x() == 2000.0
    assert all(cards[i] is items[i] for i in ids), "no card made anew"
    assert [i for i in ids if cards[i].data_ is not data[i]] == [ids[0]]

    data = {i: cards[i].data_ for i in ids}
    _other_page(demo_ctx, issues_svc.update_issue, ids[3], title="ไฟฟ้าส่องทางดับ (แก้)")
    w.assert_no_whole_reload()
    assert cards[ids[3]].data_.title == "ไฟฟ้าส่องทางดับ (แก้)"
    assert [i for i in ids if cards[i].data_ is not data[i]] == [ids[3]]


# ---------------------------------------------------------------------------- map
def test_map(qtbot, demo_ctx):
    from ui.pages.map import MapPage

    p = _page(qtbot, demo_ctx, MapPage, (1300, 750))
    unpinned = [r for r in range(p.list.count())
                if p.list.item(r).data(Qt.ItemDataRole.UserRole) not in p.scene.pins]
    row = unpinned[0] if unpinned else 0
    lines = [p.list.item(r) for r in range(p.list.count())]
    texts = [it.text() for it in lines]
    p.list.setCurrentRow(row)
    iid = p.selected_issue()
    w = Watch(p)
    assert p.pin(iid, 0.25, 0.75)
    w.assert_no_whole_reload()
    assert iid in p.scene.pins and p.list.item(row).font().bold()
    assert [p.list.item(r) for r in range(p.list.count())] == lines, "no line made anew"
    assert p.selected_issue() == iid

    other = p.list.item((row + 2) % p.list.count()).data(Qt.ItemDataRole.UserRole)
    _other_page(demo_ctx, issues_svc.update_issue, other, title="ทางระบายน้ำอุดตัน (แก้)")
    w.assert_no_whole_reload()
    now = [p.list.item(r).text() for r in range(p.list.count())]
    changed = [r for r in range(len(now)) if now[r] != texts[r] and r != row]
    assert changed == [(row + 2) % p.list.count()] and "(แก้)" in now[changed[0]]
    assert p.selected_issue() == iid


# ---------------------------------------------------------------------------- tree
def test_tree(qtbot, demo_ctx):
    from ui.pages.tree import TreePage

    p = _page(qtbot, demo_ctx, TreePage)
    links = p.links_list.count()
    tree = causes.problem_tree(demo_ctx.store, demo_ctx.meeting_id)
    a, b = tree.unlinked[:2] if len(tree.unlinked) >= 2 else list(tree.issues)[-2:]
    w = Watch(p)
    assert p.add_link(a, b)
    w.assert_no_whole_reload()
    assert p.links_list.count() == links + 1

    p.cause_combo.select(a)
    _other_page(demo_ctx, issues_svc.update_issue, b, title="ขยะล้นถัง (แก้)")
    w.assert_no_whole_reload()
    assert p.cause_combo.value() == a, "what is chosen stays"
    assert any("(แก้)" in p.links_list.item(r).text() for r in range(p.links_list.count()))


# ---------------------------------------------------------------------------- priorities
def test_priorities(qtbot, demo_ctx):
    from ui.pages.priorities import PrioritiesPage

    p = _page(qtbot, demo_ctx, PrioritiesPage)
    t = p.dots_table
    cells = [[t.item(r, c) for c in range(4)] for r in range(t.rowCount())]
    w = Watch(p)
    t.setCurrentCell(2, 2)
    before = int(t.item(2, 3).text())
    hands = int(t.item(2, 2).text())
    t.item(2, 2).setText(str(hands + 7))                       # typed in the table: saved
    w.assert_no_whole_reload()
    assert int(t.item(2, 3).text()) == before + 7
    assert [[t.item(r, c) for c in range(4)] for r in range(t.rowCount())] == cells, \
        "no cell made anew"
    assert (t.currentRow(), t.currentColumn()) == (2, 2)

    texts = [[t.item(r, c).text() for c in range(4)] for r in range(t.rowCount())]
    issue = t.item(5, 0).data(Qt.ItemDataRole.UserRole)
    _other_page(demo_ctx, ranking.set_hand_count, demo_ctx.meeting_id, issue, 30)
    w.assert_no_whole_reload()
    changed = {r for r in range(t.rowCount())
               if [t.item(r, c).text() for c in range(4)] != texts[r]}
    assert changed == {5}
    assert (t.currentRow(), t.currentColumn()) == (2, 2)


# ---------------------------------------------------------------------------- decisions
def test_decisions(qtbot, demo_ctx):
    from ui.pages.decisions import DecisionsPage
    from workshop.model import DecisionMethod

    pid = dec.add_proposal(demo_ctx.store, demo_ctx.meeting_id, "สร้างลานกีฬาประจำหมู่บ้าน",
                           "", method=DecisionMethod.MAJORITY).id
    p = _page(qtbot, demo_ctx, DecisionsPage)
    rows = p.list_model.rowCount()
    p.list_view.selectRow(p.list_model.row_of(pid))
    w = Watch(p, p.list_model, p.pos_model)
    p.resolution_edit.setPlainText("ที่ประชุมเห็นชอบ")            # typed, not saved
    p.for_spin.setValue(12)
    p.save_count()
    assert demo_ctx.store.get(dec.Proposal, pid).count_for == 12
    w.assert_no_whole_reload()
    assert p.resolution_edit.toPlainText() == "ที่ประชุมเห็นชอบ"
    assert p.selected_id() == pid and "12" in p.result_label.text()

    w.clear()
    _other_page(demo_ctx, dec.add_proposal, demo_ctx.meeting_id, "ข้อเสนอจากหน้าอื่น", "")
    w.assert_no_whole_reload()
    assert p.list_model.rowCount() == rows + 1 and p.selected_id() == pid
    assert w.rows[0] == set(), "the rows already shown are not redrawn"
    assert p.resolution_edit.toPlainText() == "ที่ประชุมเห็นชอบ"


# ---------------------------------------------------------------------------- people
def test_people(qtbot, demo_ctx):
    from ui.pages.people import PeoplePage

    p = _page(qtbot, demo_ctx, PeoplePage, (1200, 400))
    p.show()
    qtbot.waitExposed(p)
    last = p.model.rowCount() - 1
    p.table.selectRow(last)
    p.table.scrollToBottom()
    scroll = p.table.verticalScrollBar().value()
    assert scroll > 0
    person = p.model.person(last)
    w = Watch(p, p.model, p.orgs.model)
    p.phone.setText("0899999999")
    assert p.save_person()
    assert demo_ctx.store.get(Person, person.id).phone == "0899999999"
    w.assert_no_whole_reload()
    assert p.model.data(p.model.index(last, p.model.PHONE)) == "0899999999"
    assert w.rows[0] == {last}

    w.clear()
    other = p.model.person(3)
    _other_page(demo_ctx, people_svc.update_person, other.id, position="อสม. (แก้)")
    w.assert_no_whole_reload()
    assert w.rows[0] == {3} and p.model.data(p.model.index(3, p.model.POSITION)) == "อสม. (แก้)"
    assert p.table.currentIndex().row() == last and p._editing_id == person.id
    assert p.table.verticalScrollBar().value() == scroll
    p.hide()


# ---------------------------------------------------------------------------- report
@pytest.fixture
def counted(monkeypatch):
    """Count how often the report page works out its checklist and its assessment."""
    import ui.pages.report as report

    calls = {"checklist": 0, "governance": 0}
    count_calls(monkeypatch, calls, "checklist", report, "readiness")
    count_calls(monkeypatch, calls, "governance", report.governance, "assess")
    return calls


def test_report_works_out_only_the_part_a_change_touched(qtbot, demo_ctx, counted):
    from ui.pages.report import ReportPage

    p = _page(qtbot, demo_ctx, ReportPage)
    p.show()
    qtbot.waitExposed(p)
    counted.update(checklist=0, governance=0)
    issue = issues_svc.issues(demo_ctx.store, demo_ctx.meeting_id)[0]
    _other_page(demo_ctx, ranking.set_hand_count, demo_ctx.meeting_id, issue.id, 5)
    assert counted == {"checklist": 0, "governance": 0}, "dots are not in the report"
    item = agenda_svc.items(demo_ctx.store, demo_ctx.meeting_id)[0]
    _other_page(demo_ctx, agenda_svc.update_item, item.id, resolution="รับทราบ")
    assert counted == {"checklist": 1, "governance": 0}
    p.hide()
