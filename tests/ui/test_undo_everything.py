"""Undo by construction, checked over every user action of every page.

Each action is made through the real page (its buttons' slots, its fields), on the demo
file.  For each one, the whole file's content (every table as rows, with rowids, timestamps
and tombstones) after do → undo equals the content before, and after redo equals the content
after.  A new page action belongs in ``ACTIONS``.
"""
from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import Callable

import pytest

from workshop import decisions as dec
from workshop import issues as issues_svc
from workshop import ranking
from workshop.model import (Action, ActionStatus, AttendanceStatus, DecisionMethod, Meeting,
                            MeetingRole, NetworkRole, Organisation, Person, Sector)

T0 = datetime(2026, 11, 24, 9, 30, tzinfo=timezone(timedelta(hours=7)))


def _check(ctx, action: Callable[[], object], label: str) -> None:
    store, stack = ctx.store, ctx.undo_stack
    before = store.content()
    n = stack.count()
    action()
    assert stack.count() == n + 1, f"{label}: not one undo step ({stack.count() - n})"
    after = store.content()
    assert after != before, f"{label}: nothing changed"
    stack.undo()
    assert store.content() == before, f"{label}: undo did not restore the file"
    stack.redo()
    assert store.content() == after, f"{label}: redo did not remake the change"


def _select(view, row: int = 0) -> None:
    view.selectRow(row)
    view.setCurrentIndex(view.model().index(row, 0))


def _page(qtbot, ctx, cls):
    page = cls(ctx)
    qtbot.addWidget(page)
    return page


def _meeting(ctx) -> Meeting:
    return ctx.store.get(Meeting, ctx.meeting_id)


# ------------------------------------------------------------------------------ pages
def meetings_actions(qtbot, ctx):
    from ui.pages.meetings import MeetingsPage

    p = _page(qtbot, ctx, MeetingsPage)
    yield "new meeting", p.new_meeting
    yield "next meeting", lambda: (_select(p.view, 0), p.next_meeting())
    p.confirm_delete = lambda _m: True          # the question is tested in test_meetings
    for status in ("begin", "close", "reopen"):     # the newest meeting: planned → ... → open
        yield f"{status} meeting", lambda: (_select(p.view, 0), p.status_line.button.click())
    yield "delete meeting", lambda: (_select(p.view, 0), p.delete_meeting())


def setup_actions(qtbot, ctx):
    from ui.pages.setup import SetupPage

    p = _page(qtbot, ctx, SetupPage)

    def edit(widget, text):
        widget.setText(text)
        widget.editingFinished.emit()

    yield "title", lambda: edit(p.title, "เวทีประชาคมแก้ไข")
    yield "venue", lambda: edit(p.fields["venue"][0], "ศาลาวัด")
    yield "sign-in phone column", lambda: p.signin_phone.setChecked(True)

    def date():
        p.date.set_iso("2027-01-15")
        p.date.editingFinished.emit()
    yield "date (B.E. year follows)", date


def agenda_actions(qtbot, ctx):
    from ui.pages.agenda import AgendaPage

    p = _page(qtbot, ctx, AgendaPage)
    p.clock = lambda: T0
    yield "add item", p.add_item
    yield "move item", lambda: (_select(p.view, 1), p.move_by(1))

    def title():
        _select(p.view, 0)
        p.title.setText("วาระที่แก้")
        p.title.editingFinished.emit()
    yield "edit title", title
    yield "start clock", lambda: (_select(p.view, 0), p.start_current())
    yield "stop clock", p.stop_running
    yield "delete item", lambda: (_select(p.view, 2), p.delete_item())
    p.shutdown()


def people_actions(qtbot, ctx):
    from ui.pages.people import PeoplePage

    p = _page(qtbot, ctx, PeoplePage)

    def add():
        p.new_person(focus=False)
        p.first.setText("ทดสอบ")
        p.save_person()
    yield "add person", add

    def edit():
        _select(p.table, 0)
        p.first.setText(p.first.text() + "แก้")
        p.save_person()
    yield "edit person", edit
    yield "delete person (cascades)", lambda: (_select(p.table, 1), p.delete_person())

    def add_org():
        p.orgs.new_organisation(focus=False)
        p.orgs.name.setText("วิสาหกิจชุมชนทดสอบ")
        p.orgs.save_organisation()
    yield "add organisation", add_org
    yield "delete organisation (SET NULL)", lambda: (_select(p.orgs.table, 0),
                                                     p.orgs.delete_organisation())


def checkin_actions(qtbot, ctx):
    from ui.pages.checkin import CheckinPage

    p = _page(qtbot, ctx, CheckinPage)
    rows = [p.model.row(i) for i in range(p.model.rowCount())]
    someone = rows[0].person
    yield "set excused", lambda: p.set_status(someone.id, AttendanceStatus.EXCUSED, "ป่วย")

    def check_in():
        _select(p.table, 0)
        p.mark_present()
    yield "check in again", check_in
    yield "toggle member", lambda: (_select(p.table, 0), p.toggle_member())
    yield "remove check-in", lambda: (_select(p.table, 0), p.remove_selected())
    yield "register and check in", lambda: p.register(
        Person(first_name="มาใหม่"), Organisation(name="กลุ่มใหม่", sector=Sector.COMMUNITY), True)


def roles_actions(qtbot, ctx):
    from ui.pages.roles import RolesPage

    p = _page(qtbot, ctx, RolesPage)
    person = ctx.store.find(Person)[0]
    yield "give a meeting role", lambda: p._toggle_meeting_role(
        person.id, MeetingRole.REVIEWER.value, True)
    yield "take a meeting role", lambda: p._toggle_meeting_role(
        person.id, MeetingRole.REVIEWER.value, False)
    key = next(iter(p._actors))
    yield "give a network role", lambda: p._toggle_network_role(
        key, NetworkRole.MOBILISING.value, True)


def issues_actions(qtbot, ctx):
    from ui.pages.issues import IssuesPage

    p = _page(qtbot, ctx, IssuesPage)

    def capture():
        p.capture.setText("ถนนเป็นหลุม")
        p.capture_line()
    yield "capture issue", capture
    first = issues_svc.issues(ctx.store, ctx.meeting_id)[0]

    def edit():
        p.select_issue(first.id)
        p.title_edit.setText("ถนนชำรุดมาก")
        p.title_edit.editingFinished.emit()
    yield "edit issue", edit
    yield "link actor", lambda: (p.select_issue(first.id),
                                 p.link_actor("p:" + ctx.store.find(Person)[0].id))

    def link_raiser():
        p.person_combo.set_free_text("ลุงดำ")
        p.capture.setText("ไฟทางดับ")
        p.capture_line()
    yield "capture issue raised by a typed name", link_raiser
    yield "link the typed name to the register", lambda: p.link_raiser(
        "ลุงดำ", ctx.store.find(Person)[0].id)
    yield "delete issue (cascades)", lambda: (p.select_issue(first.id), p.delete_current())


def board_actions(qtbot, ctx):
    from ui.pages.board import BoardPage

    p = _page(qtbot, ctx, BoardPage)
    cards = issues_svc.issues(ctx.store, ctx.meeting_id)
    yield "move card", lambda: p.move_cards({cards[0].id: (3000.0, 3000.0)})
    yield "new group", lambda: p.new_group("กลุ่มทดสอบ")
    cid = issues_svc.clusters(ctx.store, ctx.meeting_id)[0].id
    yield "rename group", lambda: p.rename_group(cid, "ชื่อใหม่")
    yield "move group", lambda: p.change_cluster(cid, 10.0, 20.0, 600.0, 400.0)
    yield "tidy up", p.tidy_up

    def merge():
        p.scene.clearSelection()
        for c in cards[:2]:
            p.scene.cards[c.id].setSelected(True)
        p.merge_selected()
    yield "merge duplicates", merge


def map_actions(qtbot, ctx, tmp_path):
    from ui.pages.map import MapPage

    from tests.unit.test_issues import _png

    p = _page(qtbot, ctx, MapPage)
    pic = tmp_path / "map.png"
    pic.write_bytes(_png())
    yield "import map", lambda: p.import_picture(pic)
    issue = issues_svc.issues(ctx.store, ctx.meeting_id)[0]
    yield "pin issue", lambda: p.pin(issue.id, 0.25, 0.75)
    yield "remove map (pins cleared)", p.delete_map


def tree_actions(qtbot, ctx):
    from ui.pages.tree import TreePage

    p = _page(qtbot, ctx, TreePage)
    a, b = issues_svc.issues(ctx.store, ctx.meeting_id)[-2:]
    yield "link cause and effect", lambda: p.add_link(a.id, b.id)


def priorities_actions(qtbot, ctx):
    from ui.pages.priorities import PrioritiesPage

    p = _page(qtbot, ctx, PrioritiesPage)
    store, mid = ctx.store, ctx.meeting_id
    issue = issues_svc.issues(store, mid)[-1]
    yield "hand count", lambda: p.set_hand_count(issue.id, 7)
    crit = ranking.criteria(store, mid)[0]
    yield "score", lambda: p.set_score(issue.id, crit.id, 4)
    yield "weight", lambda: p.set_weight(crit.id, crit.weight + 1)
    yield "ranking method", lambda: p.set_method(
        "dots" if ranking.meeting_method(store, mid).value != "dots" else "criteria")
    yield "who takes it forward", lambda: p.set_response(issue.id, None if issue.response
                                                         else "jointly")


def speakers_actions(qtbot, ctx):
    from ui.pages.speakers import SpeakersPage

    p = _page(qtbot, ctx, SpeakersPage)
    p.clock = lambda: T0

    def add():
        p.name_edit.setText("ผู้พูดทดสอบ")     # not in the register: free text, on purpose
        p.add_speaker()
    yield "add speaker", add
    yield "link a typed name to the register", lambda: p.link_name(
        "ผู้พูดทดสอบ", ctx.store.find(Person)[0].id)
    yield "next speaker", p.next_speaker
    yield "end turn", p.end_turn

    def contribution():
        p.contrib_edit.setText("เสนอให้ซ่อมถนน")
        p.log_contribution()
    yield "log contribution", contribution
    p.shutdown()                       # its clock timer stops with the page


def decisions_actions(qtbot, ctx):
    from ui.pages.decisions import DecisionsPage

    p = _page(qtbot, ctx, DecisionsPage)

    def add():
        p.title_edit.setText("ข้อเสนอทดสอบ")
        p.method_combo.setCurrentIndex(p.method_combo.findData(DecisionMethod.MAJORITY.value))
        p.add_proposal()
    yield "add proposal", add
    mine = next(x for x in dec.proposals(ctx.store, ctx.meeting_id) if x.title == "ข้อเสนอทดสอบ")

    def count():
        _select(p.list_view, p.list_model.row_of(mine.id))
        p.for_spin.setValue(9)
        p.save_count()
    yield "hand count", count
    yield "position", lambda: (_select(p.list_view, p.list_model.row_of(mine.id)),
                               p.add_position())

    def decide():
        _select(p.list_view, p.list_model.row_of(mine.id))
        p.resolution_edit.setPlainText("ที่ประชุมเห็นชอบ")
        p.record_decision()
    yield "record decision", decide
    yield "reopen", lambda: (_select(p.list_view, p.list_model.row_of(mine.id)), p.reopen())


def actions_actions(qtbot, ctx):
    from ui.pages.actions import ActionsPage

    p = _page(qtbot, ctx, ActionsPage)

    def add():
        p.a_title.setText("ซ่อมถนนหมู่ 5")
        p.add_action()
    yield "add action", add

    def edit():
        _select(p.action_view, p.action_model.row_of(
            next(a.id for a in ctx.store.find(Action) if a.title == "ซ่อมถนนหมู่ 5")))
        p.a_title.setText("ซ่อมถนนหมู่ 5 ทั้งสาย")
        p.a_cost.setValue(25000)
        p.save_action()
    yield "edit action", edit

    def status():
        p.a_status.setCurrentIndex(p.a_status.findData(ActionStatus.DONE.value))
        p.save_action()
    yield "action status (its history)", status

    def pledge():
        p.p_org.select(ctx.store.find(Organisation)[0].id)
        p.p_qty.setValue(5000)
        p.p_action.setCurrentIndex(1)
        p.add_pledge()
    yield "add pledge for an action", pledge

    def edit_pledge():
        _select(p.pledge_view, 0)
        p.p_desc.setText("ค่าวัสดุ")
        p.p_qty.setValue(p.p_qty.value() + 100)
        p.save_pledge()
    yield "edit pledge", edit_pledge
    yield "pledge fulfilled", lambda: (_select(p.pledge_view, 0), p.toggle_fulfilled())
    yield "delete pledge", lambda: (_select(p.pledge_view, 0), p.delete_pledge())
    yield "delete action", lambda: (_select(p.action_view, 0), p.delete_action())
    yield "next meeting with follow-up", p.create_next_meeting


PAGES = {
    "meetings": meetings_actions, "setup": setup_actions, "agenda": agenda_actions,
    "people": people_actions, "checkin": checkin_actions, "roles": roles_actions,
    "issues": issues_actions, "board": board_actions, "map": map_actions,
    "tree": tree_actions, "priorities": priorities_actions, "speakers": speakers_actions,
    "decisions": decisions_actions, "actions": actions_actions,
}


@pytest.mark.parametrize("name", list(PAGES))
def test_every_action_of_the_page_undoes_and_redoes_the_whole_file(qtbot, demo_ctx, name,
                                                                   tmp_path, modals):
    fn = PAGES[name]
    gen = fn(qtbot, demo_ctx, tmp_path) if name == "map" else fn(qtbot, demo_ctx)
    done = 0
    for label, action in gen:
        _check(demo_ctx, action, f"{name}: {label}")
        done += 1
    assert done >= 1
