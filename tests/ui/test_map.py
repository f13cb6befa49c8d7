"""The community map: import a picture, pin by click and by drop, move pins, export, undo,
reopen; the picture lives inside the workshop file."""
from __future__ import annotations

import io

import pytest
from PIL import Image
from PySide6.QtCore import QByteArray, QMimeData, QPointF, Qt
from PySide6.QtGui import QDropEvent

from workshop import issues, paths
from workshop.model import CommunityMap, Issue
from workshop.store import Store

from helpers_issues import click, drag

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
SAMPLE = paths.RESOURCES / "demo" / "village-map.png"


def _page(qtbot, ctx):
    from ui.pages.map import MapPage

    page = MapPage(ctx)
    qtbot.addWidget(page)
    page.resize(1300, 750)
    page.show()
    qtbot.waitExposed(page)
    return page


def test_sample_map_is_small_png():
    assert SAMPLE.exists() and SAMPLE.stat().st_size < 200_000
    with Image.open(SAMPLE) as img:
        assert img.format == "PNG" and img.size == (1600, 1100)


def test_import_pin_move_export_undo_reopen(qtbot, ctx, meeting, tmp_path):
    a = issues.capture_issue(ctx.store, meeting.id, "น้ำท่วมสะพาน")
    b = issues.capture_issue(ctx.store, meeting.id, "ไฟทางดับหน้าโรงเรียน")
    page = _page(qtbot, ctx)
    assert page.empty.isVisibleTo(page) and not page.export_btn.isEnabled()
    map_id = page.import_picture(SAMPLE)
    assert map_id and ctx.store.get(CommunityMap, map_id).width == 1600
    assert page.scene.size == (1600, 1100) and not page.empty.isVisibleTo(page)
    assert page.list.count() == 2

    # select an issue in the legend and click the map
    page.list.setCurrentRow(0)
    assert page.selected_issue() == a.id
    click(page.view, QPointF(800, 550))
    got = ctx.store.get(Issue, a.id)
    assert got.map_id == map_id and abs(got.map_x - 0.5) < 0.01 and abs(got.map_y - 0.5) < 0.01
    assert a.id in page.scene.pins and page.list.item(0).font().bold()

    # drop the second issue from the list
    mime = QMimeData()
    mime.setData("application/x-prachakhom-issue", QByteArray(b.id.encode()))
    target = page.view.mapFromScene(QPointF(400, 275))
    ev = QDropEvent(QPointF(target), Qt.DropAction.CopyAction, mime,
                    Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    page.view.dropEvent(ev)
    got = ctx.store.get(Issue, b.id)
    assert abs(got.map_x - 0.25) < 0.01 and abs(got.map_y - 0.25) < 0.01

    # move the first pin by dragging it
    drag(page.view, QPointF(800, 550), QPointF(1200, 330))
    got = ctx.store.get(Issue, a.id)
    assert abs(got.map_x - 0.75) < 0.01 and abs(got.map_y - 0.3) < 0.01
    assert ctx.undo_stack.count() == 4           # import, pin, drop, move
    ctx.undo_stack.undo()
    got = ctx.store.get(Issue, a.id)
    assert abs(got.map_x - 0.5) < 0.01
    assert abs(page.scene.pins[a.id].pos().x() - 800) < 10
    ctx.undo_stack.redo()

    # export with numbered pins
    out = tmp_path / "map.png"
    assert page.export_png(out)
    with Image.open(out) as img:
        rgb = img.convert("RGB")
        assert img.size == (1600, 1100)
        assert rgb.getpixel((1200, 330)) != Image.open(SAMPLE).convert("RGB").getpixel((1200, 330))

    # unpin, undo
    page.list.setCurrentRow([page.list.item(i).data(Qt.ItemDataRole.UserRole)
                             for i in range(page.list.count())].index(b.id))
    assert page.unpin_selected()
    assert ctx.store.get(Issue, b.id).map_id is None and b.id not in page.scene.pins
    ctx.undo_stack.undo()
    assert ctx.store.get(Issue, b.id).map_id == map_id

    # the picture is inside the workshop file
    path = ctx.store.path
    ctx.store.close()
    (tmp_path / "elsewhere").mkdir()
    with Store.open(path) as s:
        m = s.get(CommunityMap, map_id)
        assert Image.open(io.BytesIO(m.image)).size == (1600, 1100)
        assert s.get(Issue, b.id).map_id == map_id


def test_import_rejects_non_pictures_and_undo_removes_map(qtbot, ctx, meeting, tmp_path):
    page = _page(qtbot, ctx)
    bad = tmp_path / "notes.png"
    bad.write_text("not a picture")
    assert page.import_picture(bad) is None
    assert "PNG or JPEG" in page.message.text()
    assert ctx.store.count(CommunityMap) == 0 and ctx.undo_stack.count() == 0
    big = tmp_path / "photo.jpg"
    Image.new("RGB", (4000, 3000), "tan").save(big, "JPEG")
    mid = page.import_picture(big)
    m = ctx.store.get(CommunityMap, mid)
    assert (m.width, m.height) == (2400, 1800)
    ctx.undo_stack.undo()
    assert ctx.store.count(CommunityMap) == 0 and page.empty.isVisibleTo(page)


def test_pins_keep_issue_numbers_and_the_legend_shows_tied_ranks(qtbot, ctx, meeting):
    from workshop import ranking

    s = ctx.store
    a, b, c = (issues.capture_issue(s, meeting.id, t) for t in ("น้ำ", "ถนน", "ขยะ"))
    ranking.set_method(s, meeting.id, "dots")
    for issue, dots in ((a, 2), (b, 5), (c, 5)):
        ranking.set_hand_count(s, meeting.id, issue.id, dots)
    page = _page(qtbot, ctx)
    map_id = page.import_picture(SAMPLE)
    for k, i in enumerate((a, b, c)):
        assert page.pin(i.id, 0.2 + 0.3 * k, 0.5)
    # pins: the issue numbers 1, 2, 3 (as on the board), not the ranked order
    assert sorted((p.number, iid) for iid, p in page.scene.pins.items()) == [
        (1, a.id), (2, b.id), (3, c.id)]
    assert [p.number for _i, p in issues.map_pins(s, map_id)] == [1, 2, 3]
    texts = [page.list.item(r).text() for r in range(page.list.count())]
    assert texts == ["1. น้ำ  (rank\u00a03)", "2. ถนน  (rank\u00a01=)", "3. ขยะ  (rank\u00a01=)"]
