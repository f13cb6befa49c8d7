"""The network page: the demo's graph drawn, filters hide links without moving nodes, roles on
hover and selection, coordinators table (qtmodeltester), stable layout, PNG export, Thai."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from ui import i18n

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

from workshop import network as nw
from workshop.model import Action, NetworkRole, NetworkRoleAssignment, Organisation


def _page(qtbot, ctx):
    from ui.pages.network import NetworkPage

    page = NetworkPage(ctx)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    qtbot.waitExposed(page)
    qtbot.waitUntil(lambda: not page._coordinators_due)    # filled right after the paint
    return page


def test_demo_network_drawn_filtered_and_stable(qtbot, qtmodeltester, demo_ctx, tmp_path):
    page = _page(qtbot, demo_ctx)
    net = nw.for_series(demo_ctx.store, demo_ctx.meeting_id)
    assert set(page.scene.nodes) == set(net.nodes)
    assert len(page.scene.edges) == net.graph.number_of_edges() > 5
    before = {k: (i.pos().x(), i.pos().y()) for k, i in page.scene.nodes.items()}
    qtmodeltester.check(page.model)
    assert page.model.rowCount() >= 1
    assert "คณะกรรมการหมู่บ้านหนองบัว" in {page.model.index(r, 0).data()
                                        for r in range(page.model.rowCount())}

    # role filter: partners only
    for k, box in page.kind_boxes.items():
        box.setChecked(k == nw.LinkKind.PARTNER)
    visible = [pair for pair, line in page.scene.edges.items() if line.isVisible()]
    assert visible and all(nw.LinkKind.PARTNER in net.link(*pair).kinds for pair in visible)
    assert {k: (i.pos().x(), i.pos().y()) for k, i in page.scene.nodes.items()} == before
    for box in page.kind_boxes.values():
        box.setChecked(True)

    # issue filter: the water problem's links only
    water = next(i for i in range(page.issue.count())
                 if page.issue.itemText(i) == "น้ำประปาหมู่บ้านไม่ไหลช่วงหน้าแล้ง")
    page.issue.setCurrentIndex(water)
    iid = page.issue.currentData()
    visible = [pair for pair, line in page.scene.edges.items() if line.isVisible()]
    assert visible and all(any(s.issue_id == iid for v in net.link(*p).kinds.values() for s in v)
                           for p in visible)
    page.issue.setCurrentIndex(0)

    # a node's roles on hover (tooltip) and on selection
    village = next(k for k, n in net.nodes.items() if n.name == "คณะกรรมการหมู่บ้านหนองบัว")
    item = page.scene.nodes[village]
    assert "ขุดลอกหนองน้ำสาธารณะ" in item.toolTip()
    item.setSelected(True)
    assert page.detail.text().startswith("คณะกรรมการหมู่บ้านหนองบัว")
    assert "ขุดลอกหนองน้ำสาธารณะ" in page.detail.text()

    # another visit (a rebuilt page) draws the same picture
    again = _page(qtbot, demo_ctx)
    assert {k: (i.pos().x(), i.pos().y()) for k, i in again.scene.nodes.items()} == before

    # zoom and export
    z = page.view.zoom()
    page.zoom_in.click()
    assert page.view.zoom() > z
    out = tmp_path / "network.png"
    assert page.export_png(str(out))
    img = QImage(str(out))
    assert img.width() > 300 and img.height() > 300


def test_an_edit_elsewhere_shows_up(qtbot, demo_ctx):
    page = _page(qtbot, demo_ctx)
    store = demo_ctx.store
    n = len(page.scene.nodes)
    new = store.add(Organisation(name="มูลนิธิใหม่"))
    act = store.find(Action, meeting_id=demo_ctx.meeting_id)[0]
    demo_ctx.run("role", lambda: store.add(NetworkRoleAssignment(
        meeting_id=demo_ctx.meeting_id, organisation_id=new.id, role=NetworkRole.IMPLEMENTING,
        action_id=act.id)))
    assert len(page.scene.nodes) == n + 1
    assert "org:" + new.id in page.scene.nodes


@pytest.fixture
def thai(qapp):
    i18n.install("th")
    yield
    i18n.install("en")


def test_page_in_thai(qtbot, demo_ctx, thai):
    from ui.pages.network import NetworkPage

    page = _page(qtbot, demo_ctx)
    assert NetworkPage.page_title() == "เครือข่าย"
    assert page.export_btn.text() == "ส่งออกภาพ PNG…"
    assert page.model.headerData(0, Qt.Orientation.Horizontal) == "ผู้ประสานงาน"
    row_text = page.model.index(0, 2).data()
    assert row_text and "the network" not in row_text and "เครือข่าย" in row_text


def test_a_change_redraws_only_what_differs(qtbot, demo_ctx):
    """A change notice keeps the items of the actors and links still there (the same
    objects: selection, zoom and the roles shown stay), adds the new actor, and its undo
    removes it again; a renamed actor keeps its item with the new name."""
    page = _page(qtbot, demo_ctx)
    store = demo_ctx.store
    items = dict(page.scene.nodes)
    lines = dict(page.scene.edges)
    village = next(k for k, i in items.items() if i.label.text().startswith("คณะกรรมการ"))
    items[village].setSelected(True)
    page.zoom_in.click()
    zoom = page.view.zoom()
    org = store.add(Organisation(name="มูลนิธิใหม่"))
    act = store.find(Action, meeting_id=demo_ctx.meeting_id)[0]
    demo_ctx.run("role", lambda: store.add(NetworkRoleAssignment(
        meeting_id=demo_ctx.meeting_id, organisation_id=org.id, role=NetworkRole.IMPLEMENTING,
        action_id=act.id)))
    key = "org:" + org.id
    assert key in page.scene.nodes
    assert all(page.scene.nodes[k] is item for k, item in items.items())
    kept = [p for p in lines if p in page.scene.edges]
    assert kept and all(page.scene.edges[p] is lines[p] for p in kept)
    assert page.scene.nodes[village].isSelected() and page.view.zoom() == zoom
    assert page.detail.text().startswith("คณะกรรมการหมู่บ้านหนองบัว")
    demo_ctx.run("rename", lambda: store.update(Organisation, org.id, name="มูลนิธิชื่อใหม่"))
    assert page.scene.nodes[key].label.text() == "มูลนิธิชื่อใหม่"
    demo_ctx.undo_stack.undo()
    demo_ctx.undo_stack.undo()
    assert key not in page.scene.nodes
    assert all(page.scene.nodes[k] is item for k, item in items.items())
    assert len(page.scene.items()) == len(page.scene.nodes) * 2 + len(page.scene.edges)


def test_a_long_series_shows_its_last_meetings_and_says_so(qtbot, ctx):
    from workshop.model import Meeting

    prev, ids = None, []
    for i in range(nw.SERIES_WINDOW + 5):
        prev = ctx.store.add(Meeting(title=f"{i + 1}", date=f"{2000 + i // 12}-{i % 12 + 1:02d}-01",
                                     previous_id=prev.id if prev else None))
        ids.append(prev.id)
    ctx.set_meeting(ids[-1])
    page = _page(qtbot, ctx)
    assert page.net.meeting_ids == ids[-nw.SERIES_WINDOW:]
    assert not page.window_note.isHidden()
    assert str(nw.SERIES_WINDOW) in page.window_note.text()
    page.scope.setCurrentIndex(page.scope.findData("meeting"))
    assert page.net.meeting_ids == [ids[-1]] and page.window_note.isHidden()
    ctx.set_meeting(ids[3])                      # a short part of it up to meeting 4
    page.scope.setCurrentIndex(page.scope.findData("series"))
    assert page.net.meeting_ids == ids[:4] and not page.window_note.isHidden()


def test_a_short_series_has_no_window_note(qtbot, demo_ctx):
    page = _page(qtbot, demo_ctx)
    assert page.window_note.isHidden()
