"""The problem tree page: add/remove links with undo, cycles refused, reopen."""
from __future__ import annotations

import pytest

from workshop import causes, issues
from workshop.model import IssueLink
from workshop.store import Store

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_links_undo_cycle_and_reopen(qtbot, ctx, meeting):
    from ui.pages.tree import TreePage

    s = ctx.store
    a, b, c = (issues.capture_issue(s, meeting.id, t)
               for t in ("ขาดความรู้การทำเกษตรอินทรีย์", "ใช้สารเคมีมาก", "สุขภาพไม่ดี"))
    page = TreePage(ctx)
    qtbot.addWidget(page)
    assert page.page_title() == "Problem tree"
    assert page.add_link(a.id, b.id)
    assert page.add_link(b.id, c.id)
    assert len(page.scene.arrows) == 2 and len(page.scene.nodes) == 3
    # root cause drawn below its effect
    assert page.scene.nodes[a.id].pos().y() > page.scene.nodes[c.id].pos().y()
    assert not page.add_link(c.id, a.id)
    assert "circle" in page.message.text()
    assert ctx.undo_stack.count() == 2
    page.links_list.setCurrentRow(0)
    assert page.remove_selected_link()
    assert s.count(IssueLink) == 1 and page.links_list.count() == 1
    ctx.undo_stack.undo()
    assert s.count(IssueLink) == 2 and page.links_list.count() == 2
    ctx.undo_stack.undo()
    assert s.count(IssueLink) == 1
    ctx.undo_stack.redo()
    # clicking boxes fills cause then effect
    page.scene.nodes[c.id].setSelected(True)
    page.scene.clearSelection()
    page.scene.nodes[a.id].setSelected(True)
    assert page.cause_combo.value() in (c.id, a.id)
    path = s.path
    s.close()
    with Store.open(path) as s2:
        tree = causes.problem_tree(s2, meeting.id)
        assert tree.roots == [a.id] and tree.top_effects == [c.id]
