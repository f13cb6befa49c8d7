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
from ui import labels

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
        assert again.count(MeetingRoleAssignment, role="chair") == 0     # one stored truth


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


def test_setup_and_roles_agree_both_ways(qtbot, ctx, meeting, present, page):
    """Chair, recorder and reviewer: one stored truth (the meeting's fields) that both pages
    show, whichever of them changed it."""
    from ui.pages.setup import SetupPage

    setup = SetupPage(ctx)
    qtbot.addWidget(setup)
    head, staff = present["head"], present["staff"]
    # chosen on Setup -> ticked on Roles
    setup.chair.select(head.id)
    setup.chair.chosen.emit()
    setup.reviewer.select(staff.id)
    setup.reviewer.chosen.emit()
    assert page.meeting_model.is_checked(head.id, "chair")
    assert page.meeting_model.is_checked(staff.id, "reviewer")
    assert "Chair: นายสมชาย ใจดี" in page.meeting_hint.text()
    # ticked on Roles -> shown on Setup; one chair: the tick moves it from head to staff
    page._toggle_meeting_role(staff.id, "chair", True)
    assert ctx.store.get(Meeting, meeting.id).chair_id == staff.id
    assert setup.chair.text() == "นางกัญญา คำดี"
    assert not page.meeting_model.is_checked(head.id, "chair")
    page._toggle_meeting_role(staff.id, "recorder", True)
    assert setup.recorder.text() == "นางกัญญา คำดี"
    page._toggle_meeting_role(staff.id, "reviewer", False)
    assert setup.reviewer.text() == "" and ctx.store.get(Meeting, meeting.id).reviewer_id is None
    assert ctx.store.count(MeetingRoleAssignment) == 0          # no copies
    # undo walks back through both pages
    ctx.undo_stack.undo()
    assert setup.reviewer.text() == "นางกัญญา คำดี"
    assert page.meeting_model.is_checked(staff.id, "reviewer")
    # someone chosen on Setup who is not checked in still gets a row on Roles
    late = ctx.store.add(Person(first_name="มาสาย"))
    setup.recorder.select(late.id)
    setup.recorder.chosen.emit()
    assert page.meeting_model.is_checked(late.id, "recorder")


def test_a_chair_row_of_an_older_file_is_replaced_not_doubled(ctx, meeting, present):
    s = ctx.store
    s.add(MeetingRoleAssignment(meeting_id=meeting.id, person_id=present["head"].id,
                                role=MeetingRole.CHAIR))           # as files before kept it
    s.update(Meeting, meeting.id, chair_id=present["head"].id)
    assert [a.person_id for a in roles.meeting_roles(s, meeting.id)] == [present["head"].id]
    roles.assign_meeting_role(s, meeting.id, present["staff"].id, MeetingRole.CHAIR)
    assert roles.people_in_role(s, meeting.id, MeetingRole.CHAIR) == [present["staff"].id]
    assert s.count(MeetingRoleAssignment) == 0


def test_search_and_scroll_with_300_attendees(qtbot, ctx, meeting, tmp_path):
    from ui.pages.roles import RolesPage

    s = ctx.store
    orgs = [s.add(Organisation(name=f"กลุ่มที่ {i}", sector=list(Sector)[i % 6]))
            for i in range(6)]
    for i in range(300):
        p = s.add(Person(prefix="นาย", first_name=f"สมชาย{i:03d}", last_name="ใจดี",
                         organisation_id=orgs[i % 6].id))
        attendance.check_in(s, meeting.id, p.id)
    page = RolesPage(ctx)
    qtbot.addWidget(page)
    page.resize(1366 - 260, 768 - 100)             # its share of a 1366×768 window
    page.show()
    qtbot.waitExposed(page)
    view, model = page.meeting_view, page.meeting_model
    assert model.rowCount() == 300
    visible = view.viewport().height() // view.rowHeight(0)
    assert visible >= 12                            # the whole height is the grid's
    # every column fits or scrolls: the columns' widths add up to what the bar scrolls over
    widths = sum(view.columnWidth(c) for c in range(model.columnCount()))
    bar = view.horizontalScrollBar()
    assert widths <= view.viewport().width() + bar.maximum()
    for c in range(2, model.columnCount()):        # no role column is cut below its header
        assert view.columnWidth(c) >= view.horizontalHeader().sectionSizeHint(c) - 1
    # search: type part of a name, the rest hide; a tick on the found row
    page.search.setText("สมชาย123")
    shown = [r for r in range(300) if not view.isRowHidden(r)]
    assert [model.key(r) for r in shown] == [model.key(123)]
    assert page.found_label.text() == "1 of 300"
    view.setCurrentIndex(model.index(123, model.column_of("timekeeper")))
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert roles.people_in_role(s, meeting.id, MeetingRole.TIMEKEEPER) == [model.key(123)]
    assert view.isRowHidden(0) and not view.isRowHidden(123)     # the tick kept the search
    page.search.setText(labels.sector(Sector.STATE))  # a sector word finds its people
    assert sum(not view.isRowHidden(r) for r in range(300)) == 50
    page.search.clear()
    assert not any(view.isRowHidden(r) for r in range(300))
    view.scrollToBottom()
    assert view.verticalScrollBar().value() == view.verticalScrollBar().maximum() > 0
    page.grab().save(str(tmp_path / "roles-300.png"))
