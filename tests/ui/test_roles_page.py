"""The roles page: meeting roles and network roles as check-box matrices, one undo per tick."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from workshop import attendance, roles
from workshop.model import (
    Issue, Meeting, MeetingRole, MeetingRoleAssignment, NetworkRole, NetworkRoleAssignment,
    Organisation, Person, Sector,
)
from workshop.store import Store

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def present(ctx, meeting):
    s = ctx.store
    aobt = s.add(Organisation(name="อบต.หนองบัว", sector=Sector.LOCAL_GOVERNMENT))
    head = s.add(Person(prefix="นาย", first_name="สมชาย", last_name="ใจดี"))
    staff = s.add(Person(prefix="นาง", first_name="กัญญา", last_name="คำดี",
                         organisation_id=aobt.id))
    for p in (head, staff):
        attendance.check_in(s, meeting.id, p.id)
    return {"aobt": aobt, "head": head, "staff": staff}


@pytest.fixture
def page(qtbot, ctx, present):
    from ui.pages.roles import RolesPage

    p = RolesPage(ctx)
    qtbot.addWidget(p)
    p.resize(1100, 700)
    p.show()
    qtbot.waitExposed(p)
    return p


def test_matrices_list_people_present_and_organisations(page, present):
    assert page.page_title()
    m = page.meeting_model
    assert [m.key(i) for i in range(m.rowCount())] == [present["head"].id, present["staff"].id]
    assert m.columnCount() == 2 + len(MeetingRole)
    n = page.network_model
    assert [n.key(i) for i in range(n.rowCount())] == [
        ("organisation", present["aobt"].id), ("person", present["head"].id),
        ("person", present["staff"].id)]
    assert "⚠" in page.summary_label.text()


def test_space_ticks_chair_undo_redo_reopen(page, qtbot, ctx, meeting, present):
    view = page.meeting_view
    col = page.meeting_model.column_of(MeetingRole.CHAIR.value)
    view.setFocus()
    view.setCurrentIndex(page.meeting_model.index(0, col))
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert roles.people_in_role(ctx.store, meeting.id, MeetingRole.CHAIR) == [
        present["head"].id]
    assert ctx.store.get(Meeting, meeting.id).chair_id == present["head"].id
    assert page.meeting_model.is_checked(present["head"].id, "chair")
    assert ctx.undo_stack.count() == 1
    ctx.undo_stack.undo()
    assert ctx.store.count(MeetingRoleAssignment) == 0
    assert ctx.store.get(Meeting, meeting.id).chair_id is None
    assert not page.meeting_model.is_checked(present["head"].id, "chair")
    ctx.undo_stack.redo()
    assert ctx.store.get(Meeting, meeting.id).chair_id == present["head"].id
    # untick with Space again
    view.setCurrentIndex(page.meeting_model.index(0, col))
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert ctx.store.count(MeetingRoleAssignment) == 0
    ctx.undo_stack.undo()
    path = ctx.store.path
    ctx.store.close()
    with Store.open(path) as again:
        assert again.get(Meeting, meeting.id).chair_id == present["head"].id
        assert again.count(MeetingRoleAssignment, role="chair") == 1


def test_network_role_toggle_and_summary(page, qtbot, ctx, meeting, present):
    n = page.network_model
    col = n.column_of(NetworkRole.DECIDING.value)
    row = n.row_of(("person", present["head"].id))
    assert n.setData(n.index(row, col), Qt.CheckState.Checked.value,
                     Qt.ItemDataRole.CheckStateRole)
    assert ctx.store.count(NetworkRoleAssignment, person_id=present["head"].id,
                           role="deciding") == 1
    assert "✔" in page.summary_label.text()
    org_row = n.row_of(("organisation", present["aobt"].id))
    n.setData(n.index(org_row, col), Qt.CheckState.Checked.value,
              Qt.ItemDataRole.CheckStateRole)
    assert "Shared" in page.summary_label.text()
    ctx.undo_stack.undo()
    ctx.undo_stack.undo()
    assert ctx.store.count(NetworkRoleAssignment) == 0
    assert "⚠" in page.summary_label.text()
    ctx.undo_stack.redo()
    assert n.is_checked(("person", present["head"].id), "deciding")
    # unticking deletes the assignment
    n.setData(n.index(row, col), Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    assert ctx.store.count(NetworkRoleAssignment) == 0


def test_network_roles_per_issue(page, qtbot, ctx, meeting, present):
    issue = ctx.store.add(Issue(meeting_id=meeting.id, title="ถนนชำรุด"))
    i = page.scope.findData(f"issue:{issue.id}")
    assert i > 0
    page.scope.setCurrentIndex(i)
    n = page.network_model
    col = n.column_of(NetworkRole.IMPLEMENTING.value)
    row = n.row_of(("organisation", present["aobt"].id))
    n.setData(n.index(row, col), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    rec = ctx.store.find(NetworkRoleAssignment)[0]
    assert rec.issue_id == issue.id and rec.organisation_id == present["aobt"].id
    page.scope.setCurrentIndex(0)
    assert not n.is_checked(("organisation", present["aobt"].id), "implementing")
    page.scope.setCurrentIndex(i)
    assert n.is_checked(("organisation", present["aobt"].id), "implementing")


def test_new_check_in_adds_a_row(page, ctx, meeting):
    p = ctx.store.add(Person(first_name="วิชัย"))
    attendance.check_in(ctx.store, meeting.id, p.id)
    assert page.meeting_model.row_of(p.id) == 2
    assert page.network_model.row_of(("person", p.id)) >= 0


def test_role_models(check_model, page):
    check_model(page.meeting_model)
    check_model(page.network_model)


def test_labels_cover_every_enum(qtbot):
    import enum

    import workshop.model as m
    from ui import labels

    enums = [v for v in vars(m).values() if isinstance(v, type) and issubclass(v, enum.Enum)
             and v not in (enum.Enum, m.StrEnum)]
    assert set(enums) == set(labels.BY_ENUM)
    for e in enums:
        texts = labels.BY_ENUM[e]()
        assert set(texts) == set(e) and all(texts.values())
        assert labels.label(next(iter(e))) == texts[next(iter(e))]
