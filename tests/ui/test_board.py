"""The issue board: drag, nudge, groups, merge — each one undo step, saved, reopened."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, Qt

from workshop import issues
from workshop.model import Cluster, Issue
from workshop.store import Store

from helpers_issues import drag

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _page(qtbot, ctx):
    from ui.pages.board import BoardPage

    page = BoardPage(ctx)
    qtbot.addWidget(page)
    page.resize(1300, 750)
    page.show()
    qtbot.waitExposed(page)
    return page


def _three(ctx, meeting):
    s = ctx.store
    return [issues.capture_issue(s, meeting.id, t, raised_by_name=n)
            for t, n in (("น้ำประปาไม่ไหล", "ยายมา"), ("ถนนเป็นหลุม", "ลุงดำ"),
                         ("ไม่มีน้ำใช้", "ป้าแดง"))]


def test_cards_shown_and_drag_is_one_undo_step(qtbot, ctx, meeting):
    a, b, c = _three(ctx, meeting)
    page = _page(qtbot, ctx)
    assert set(page.scene.cards) == {a.id, b.id, c.id}
    assert page.page_title() == "Issue board"
    page.view.zoom_reset()
    card = page.scene.cards[a.id]
    page.view.centerOn(card)
    start = card.sceneBoundingRect().center()
    drag(page.view, start, start + QPointF(300, 400))
    got = ctx.store.get(Issue, a.id)
    assert (got.board_x, got.board_y) != (a.board_x, a.board_y)
    assert abs(got.board_y - a.board_y - 400) < 5
    assert ctx.undo_stack.count() == 1
    ctx.undo_stack.undo()
    got = ctx.store.get(Issue, a.id)
    assert (got.board_x, got.board_y) == (a.board_x, a.board_y)
    assert page.scene.cards[a.id].pos() == QPointF(a.board_x, a.board_y)
    ctx.undo_stack.redo()
    assert abs(ctx.store.get(Issue, a.id).board_y - a.board_y - 400) < 5


def test_arrow_keys_move_selection(qtbot, ctx, meeting):
    a, b, _c = _three(ctx, meeting)
    page = _page(qtbot, ctx)
    page.scene.cards[b.id].setSelected(True)
    page.view.setFocus()
    qtbot.keyClick(page.view.viewport(), Qt.Key.Key_Right)
    qtbot.keyClick(page.view.viewport(), Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    got = ctx.store.get(Issue, b.id)
    assert (got.board_x, got.board_y) == (b.board_x + 10, b.board_y + 50)
    assert ctx.undo_stack.count() == 2
    ctx.undo_stack.undo()
    ctx.undo_stack.undo()
    got = ctx.store.get(Issue, b.id)
    assert (got.board_x, got.board_y) == (b.board_x, b.board_y)


def test_group_drag_into_and_reopen(qtbot, ctx, meeting, tmp_path):
    a, b, c = _three(ctx, meeting)
    page = _page(qtbot, ctx)
    page.scene.cards[a.id].setSelected(True)
    page.scene.cards[c.id].setSelected(True)
    cid = page.new_group("เรื่องน้ำ")
    assert cid and cid in page.scene.clusters
    assert ctx.store.get(Issue, a.id).cluster_id == cid
    assert ctx.store.get(Issue, c.id).cluster_id == cid
    assert ctx.store.get(Issue, b.id).cluster_id in (None, cid)
    ctx.undo_stack.undo()
    assert ctx.store.maybe(Cluster, cid) is None and not page.scene.clusters
    assert ctx.store.get(Issue, a.id).cluster_id is None
    ctx.undo_stack.redo()
    assert ctx.store.get(Issue, a.id).cluster_id == cid and cid in page.scene.clusters
    # move the group: its cards come along
    x0 = ctx.store.get(Issue, a.id).board_x
    r = page.scene.clusters[cid].rect()
    assert page.change_cluster(cid, r.x() + 100, r.y(), r.width(), r.height())
    assert ctx.store.get(Issue, a.id).board_x == x0 + 100
    assert page.rename_group(cid, "น้ำ และ ประปา")
    path = ctx.store.path
    ctx.store.close()
    with Store.open(path) as s:
        assert s.get(Cluster, cid).name == "น้ำ และ ประปา"
        assert s.get(Issue, c.id).cluster_id == cid
        assert s.get(Issue, a.id).board_x == x0 + 100


def test_merge_selected_keeps_raisers_and_undo(qtbot, ctx, meeting):
    a, b, c = _three(ctx, meeting)
    page = _page(qtbot, ctx)
    assert not page.merge_btn.isEnabled()
    page.scene.cards[c.id].setSelected(True)
    page.scene.cards[a.id].setSelected(True)
    assert page.merge_btn.isEnabled()
    assert page.merge_selected()
    assert set(page.scene.cards) == {a.id, b.id}
    assert page.scene.cards[a.id].data_.merged == 1
    assert [r.name for r in issues.raisers(ctx.store, a.id)] == ["ยายมา", "ป้าแดง"]
    ctx.undo_stack.undo()
    assert set(page.scene.cards) == {a.id, b.id, c.id}
    assert ctx.store.get(Issue, c.id).merged_into_id is None


def test_zoom_keys_and_large_text(qtbot, ctx, meeting):
    _three(ctx, meeting)
    page = _page(qtbot, ctx)
    page.view.zoom_reset()
    page.view.setFocus()
    qtbot.keyClick(page.view.viewport(), Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert page.view.zoom() > 1.1
    qtbot.keyClick(page.view.viewport(), Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(page.view.viewport(), Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert page.view.zoom() < 0.9
    page.large_box.setChecked(True)
    assert all(c.large for c in page.scene.cards.values())
    assert ctx.undo_stack.count() == 0


def test_no_meeting_empty_board(qtbot, ctx):
    page = _page(qtbot, ctx)
    assert not page.scene.cards and page.new_group("x") is None


def test_dragging_a_group_moves_its_cards(qtbot, ctx, meeting):
    a, b, c = _three(ctx, meeting)
    page = _page(qtbot, ctx)
    page.scene.cards[a.id].setSelected(True)
    cid = page.new_group("น้ำ")
    page.scene.clearSelection()
    page.view.zoom_reset()
    group = page.scene.clusters[cid]
    page.view.centerOn(group)
    grab = group.rect().topLeft() + QPointF(8, 8)       # the group's margin, not a card
    x0 = ctx.store.get(Issue, a.id).board_x
    drag(page.view, grab, grab + QPointF(200, 0))
    assert abs(ctx.store.get(Cluster, cid).x - group.saved_rect.x()) < 1
    assert abs(ctx.store.get(Issue, a.id).board_x - x0 - 200) < 2
    assert abs(page.scene.cards[a.id].pos().x() - x0 - 200) < 2
    ctx.undo_stack.undo()
    assert ctx.store.get(Issue, a.id).board_x == x0
    assert page.scene.cards[a.id].pos().x() == x0


def test_tidy_up_is_one_undo_step(qtbot, ctx, meeting):
    a, b, c = _three(ctx, meeting)
    for i in (a, b, c):
        ctx.store.update(Issue, i.id, board_x=100, board_y=100)     # a pile
    page = _page(qtbot, ctx)
    assert page.tidy_up()
    spots = {(ctx.store.get(Issue, i.id).board_x, ctx.store.get(Issue, i.id).board_y)
             for i in (a, b, c)}
    assert len(spots) == 3 and ctx.undo_stack.count() == 1
    assert {(page.scene.cards[i.id].pos().x(), page.scene.cards[i.id].pos().y())
            for i in (a, b, c)} == spots
    ctx.undo_stack.undo()
    assert ctx.store.get(Issue, b.id).board_x == 100
