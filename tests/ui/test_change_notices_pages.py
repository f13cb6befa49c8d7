"""Change notices on the pages not covered by ``test_change_notices.py`` (issue 9, item 5):
meetings, setup, check-in, roles, speakers, the action plan with its follow-up and village
plan tabs, and the projector.

As there: the page's own action must not reload it whole (no model reset, no call of its
``reload``/``load``), and a save made elsewhere (a workshop function run through the
context, as another page would) updates only the rows it touched, while the selection, the
current row, the scroll position and what is typed stay.  A change that touches none of the
tables a page shows changes nothing on it.
"""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from PySide6.QtCore import Qt

from helpers_notices import Watch

from workshop import actions as ac
from workshop import agenda as agenda_svc
from workshop import attendance, meetings, ranking, roles, speakers
from workshop import followup as fu
from workshop import issues as issues_svc
from workshop.model import (Action, ActionStatus, AttendanceStatus, Meeting, MeetingRole,
                            NetworkRole, Pledge)
from workshop.plan import fields as pf

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

NOW = datetime(2026, 11, 24, 10, 0, tzinfo=timezone.utc)


def _page(qtbot, ctx, cls, size=(1200, 700), **kw):
    page = cls(ctx, **kw)
    qtbot.addWidget(page)
    page.resize(*size)
    return page


def _other_page(ctx, fn, *args, **kw):
    """A save made on another page (the context's run with another origin)."""
    assert ctx.run("elsewhere", fn, ctx.store, *args, **kw)


def _unrelated_change(ctx, meeting_id: str = "") -> None:
    """A save that touches only the issues (none of the pages below shows them)."""
    issue = issues_svc.issues(ctx.store, meeting_id or ctx.meeting_id)[0]
    _other_page(ctx, issues_svc.update_issue, issue.id, village_no="7")


# ---------------------------------------------------------------------------- meetings
def test_meetings(qtbot, demo_ctx):
    from ui.pages.meetings import MeetingsPage

    p = _page(qtbot, demo_ctx, MeetingsPage)
    rows = p.model.rowCount()
    w = Watch(p, p.model, methods=("load",))
    p.new_meeting()                                              # the page's own action
    w.assert_no_whole_reload()
    new = demo_ctx.meeting_id
    assert p.model.rowCount() == rows + 1 and p.selected_id() == new
    assert w.rows[0] == set(), "the rows already shown are not redrawn"

    w.clear()
    other = next(m for m in p.model.items if not meetings.is_closed(m) and m.id != new)
    row = p.model.row_of(other.id)
    _other_page(demo_ctx, meetings.update_details, other.id, venue="ศาลาวัดใหม่ (แก้)")
    _other_page(demo_ctx, meetings.update_details, other.id, village_name="บ้านใหม่")
    w.assert_no_whole_reload()
    assert w.rows[0] == {row}, "only the row changed elsewhere is redrawn"
    assert "บ้านใหม่" in p.model.data(p.model.index(row, 3))
    assert p.selected_id() == new and demo_ctx.meeting_id == new

    w.clear()
    _unrelated_change(demo_ctx, other.id)
    w.assert_no_whole_reload()
    assert w.rows[0] == set()


def test_meetings_current_deleted_elsewhere_moves_to_the_latest_once(qtbot, demo_ctx):
    from ui.pages.meetings import MeetingsPage

    p = _page(qtbot, demo_ctx, MeetingsPage)
    p.new_meeting()
    gone = demo_ctx.meeting_id
    chosen: list[str] = []
    demo_ctx.meetingChanged.connect(chosen.append)
    w = Watch(p, p.model, methods=("load",))
    _other_page(demo_ctx, meetings.delete_meeting, gone)
    w.assert_no_whole_reload()
    latest = meetings.latest_meeting(demo_ctx.store)
    assert p.model.row_of(gone) < 0 and chosen == [latest.id]
    assert p.selected_id() == latest.id


# ---------------------------------------------------------------------------- setup
def test_setup(qtbot, demo_ctx):
    from ui.pages.setup import SetupPage

    p = _page(qtbot, demo_ctx, SetupPage)
    mid = demo_ctx.meeting_id
    w = Watch(p, methods=("load",))
    venue = p.fields["venue"][0]
    venue.setText("ศาลาวัดหนองบัว")
    venue.editingFinished.emit()                                  # saved on this page
    assert demo_ctx.store.get(Meeting, mid).venue == "ศาลาวัดหนองบัว"
    w.assert_no_whole_reload()

    p.title.setText("กำลังพิมพ์หัวข้อ")                            # typed, not saved
    p.quorum.setValue(p.quorum.value() + 3)                       # changed, not saved
    quorum = p.quorum.value()
    _other_page(demo_ctx, meetings.update_details, mid, purpose="จัดทำแผนชุมชน",
                district="เมือง (แก้)")
    w.assert_no_whole_reload()
    assert p.fields["purpose"][0].toPlainText() == "จัดทำแผนชุมชน"
    assert p.district.text() == "เมือง (แก้)"
    assert p.title.text() == "กำลังพิมพ์หัวข้อ", "what is typed stays"
    assert p.quorum.value() == quorum, "a field whose stored value did not change is left"
    assert p.meeting.purpose == "จัดทำแผนชุมชน"

    demo_ctx.undo_stack.undo()                                    # undo: shown, no load
    w.assert_no_whole_reload()
    assert p.district.text() != "เมือง (แก้)" and p.fields["purpose"][0].toPlainText() == \
        demo_ctx.store.get(Meeting, mid).purpose


# ---------------------------------------------------------------------------- check-in
def test_checkin(qtbot, demo_ctx):
    from ui.pages.checkin import CheckinPage

    p = _page(qtbot, demo_ctx, CheckinPage, (1200, 400))
    p.show()
    qtbot.waitExposed(p)
    m = p.model
    row = max(r for r in range(m.rowCount())
              if m.row(r).attendance is None
              or m.row(r).attendance.status != AttendanceStatus.PRESENT)
    p.table.selectRow(row)
    p.table.scrollTo(m.index(row, 0))
    scroll = p.table.verticalScrollBar().value()
    assert scroll > 0
    person = m.row(row).person.id
    w = Watch(p, m, methods=("load", "_on_meeting"))
    p.mark_present()                                              # the page's own action
    a = demo_ctx.store.find(attendance.Attendance, meeting_id=demo_ctx.meeting_id,
                            person_id=person)
    assert a and a[0].status == AttendanceStatus.PRESENT
    w.assert_no_whole_reload()
    assert w.rows[0] == {row} and m.row(row).attendance.status == AttendanceStatus.PRESENT
    assert p.current_person_id() == person

    w.clear()
    other = next(r for r in range(3) if m.row(r).attendance is not None)
    _other_page(demo_ctx, attendance.set_attendance, demo_ctx.meeting_id,
                m.row(other).person.id, status=AttendanceStatus.EXCUSED, reason="ไปธุระ")
    w.assert_no_whole_reload()
    assert w.rows[0] == {other} and "ไปธุระ" in m.data(m.index(other, m.NOTE))
    assert p.current_person_id() == person
    assert p.table.verticalScrollBar().value() == scroll
    p.hide()


# ---------------------------------------------------------------------------- roles
def test_roles(qtbot, demo_ctx):
    from ui.pages.roles import RolesPage

    p = _page(qtbot, demo_ctx, RolesPage)
    mm, nm = p.meeting_model, p.network_model
    col = mm.column_of(MeetingRole.TIMEKEEPER.value)
    row = next(r for r in range(mm.rowCount())
               if not mm.is_checked(mm.key(r), MeetingRole.TIMEKEEPER.value))
    p.meeting_view.setCurrentIndex(mm.index(row, col))
    w = Watch(p, mm, nm, methods=("load", "_on_meeting"))
    assert mm.setData(mm.index(row, col), Qt.CheckState.Checked.value,
                      Qt.ItemDataRole.CheckStateRole)              # ticked on the page
    assert mm.key(row) in roles.people_in_role(demo_ctx.store, demo_ctx.meeting_id,
                                               MeetingRole.TIMEKEEPER)
    w.assert_no_whole_reload()
    assert w.rows[0] == {row} and w.rows[1] == set()
    assert mm.index(row, col).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert p.meeting_view.currentIndex() == mm.index(row, col)

    w.clear()
    k = 3
    actor = p._actors[nm.key(k)]
    role = next(r for r in NetworkRole if not nm.is_checked(nm.key(k), r.value))
    _other_page(demo_ctx, roles.add_network_role, demo_ctx.meeting_id, actor, role)
    w.assert_no_whole_reload()
    assert w.rows[1] == {k} and w.rows[0] == set()
    assert nm.is_checked(nm.key(k), role.value)
    assert p.meeting_view.currentIndex() == mm.index(row, col)

    w.clear()
    _unrelated_change(demo_ctx)
    w.assert_no_whole_reload()
    assert w.rows == {0: set(), 1: set()}


# ---------------------------------------------------------------------------- speakers
def test_speakers(qtbot, demo_ctx):
    from ui.pages.speakers import SpeakersPage

    p = _page(qtbot, demo_ctx, SpeakersPage, clock=lambda: NOW)
    p.timer.stop()
    mid, item = demo_ctx.meeting_id, p.agenda_item_id()
    for name in ("ทองดี", "บุญมา", "สมศรี"):
        _other_page(demo_ctx, speakers.enqueue, mid, item, name=name, now=NOW)
    queued = p.queue_model.rowCount()
    assert queued >= 3
    p.queue_view.selectRow(1)
    chosen = p.queue_model.id_at(1)
    logged = p.contrib_model.rowCount()
    w = Watch(p, p.queue_model, p.contrib_model, p.sector_model, p.gender_model)
    p.contrib_edit.setText("เสนอให้ขุดลอกคลอง")
    p.log_contribution()                                          # the page's own action
    w.assert_no_whole_reload()
    assert p.contrib_model.rowCount() == logged + 1
    assert w.rows[0] == set() and w.rows[1] == set(), "no row already shown is redrawn"
    assert p.queue_model.id_at(1) == chosen and p.queue_view.currentIndex().row() == 1

    w.clear()
    p.contrib_edit.setText("กำลังพิมพ์")                           # typed, not logged
    _other_page(demo_ctx, speakers.enqueue, mid, item, name="มานพ", now=NOW)
    w.assert_no_whole_reload()
    assert p.queue_model.rowCount() == queued + 1 and w.rows[0] == set()
    assert p.queue_view.currentIndex().row() == 1 and p.agenda_item_id() == item
    assert p.contrib_edit.text() == "กำลังพิมพ์"

    w.clear()
    first = p.queue_model.id_at(0)
    _other_page(demo_ctx, speakers.remove, first)
    w.assert_no_whole_reload()
    assert first not in p.queue_model.ids() and p.queue_model.id_at(0) == chosen
    p.tick()                                                      # the clock: no reset
    w.assert_no_whole_reload()
    p.shutdown()


# ---------------------------------------------------------------------------- action plan
def test_actions(qtbot, demo_ctx):
    from ui.pages.actions import ActionsPage

    p = _page(qtbot, demo_ctx, ActionsPage)
    store = demo_ctx.store
    p.action_view.selectRow(1)
    action = p.action_form.record_id
    assert action
    w = Watch(p, p.action_model, p.pledge_model, p.actor_model, p.sector_model)
    p.a_partners.setText("วัดหนองบัว (แก้)")
    assert p.save_action()                                        # the page's own action
    assert store.get(Action, action).partners == "วัดหนองบัว (แก้)"
    w.assert_no_whole_reload()
    assert w.rows[0] == {1} and p.action_model.row(1).cells[2] == "วัดหนองบัว (แก้)"
    assert p.action_form.record_id == action and p.action_view.currentIndex().row() == 1

    w.clear()
    p.a_funds.setText("กำลังพิมพ์")                                # typed, not saved
    pledge = p.pledge_model.id_at(4)
    _other_page(demo_ctx, ac.update_pledge, pledge, description="ปูนซีเมนต์ (แก้)")
    w.assert_no_whole_reload()
    assert w.rows[1] == {4} and p.pledge_model.row(4).cells[3] == "ปูนซีเมนต์ (แก้)"
    assert store.get(Pledge, pledge).description == "ปูนซีเมนต์ (แก้)"
    assert p.a_funds.text() == "กำลังพิมพ์" and p.action_form.record_id == action
    assert p.action_view.currentIndex().row() == 1

    w.clear()
    other = p.action_model.id_at(3)
    _other_page(demo_ctx, ac.update_action, other, meeting_id=demo_ctx.meeting_id,
                status=ActionStatus.DONE)
    w.assert_no_whole_reload()
    assert w.rows[0] == {3} and p.a_funds.text() == "กำลังพิมพ์"


def test_followup_tab(qtbot, demo_ctx):
    from ui.followup_tab import FollowUpTab

    nxt = fu.create_next_meeting(demo_ctx.store, demo_ctx.meeting_id, "2027-01-12")
    demo_ctx.set_meeting(nxt.id)
    t = _page(qtbot, demo_ctx, FollowUpTab)
    m = t.follow_model
    assert m.rowCount() >= 4
    t.follow_view.selectRow(1)
    t.follow_status.setCurrentIndex(2)                            # chosen, not applied yet
    w = Watch(t, m, methods=("reload",))
    matter = m.id_at(3)
    item = demo_ctx.store.get(agenda_svc.AgendaItem, matter)
    status = {"actions": ActionStatus.DONE}.get(item.source_table, True)
    _other_page(demo_ctx, fu.set_status, matter, status)
    w.assert_no_whole_reload()
    assert w.rows[0] == {3}
    assert t.follow_view.currentIndex().row() == 1 and t.follow_status.currentIndex() == 2

    w.clear()
    t.update_followup()                                           # the tab's own action
    w.assert_no_whole_reload()
    assert w.rows[0] == {1} and t.follow_view.currentIndex().row() == 1


def test_village_plan_tab(qtbot, demo_ctx):
    from ui.planform import PlanForm

    f = _page(qtbot, demo_ctx, PlanForm)
    ids = f.action_ids()
    assert len(ids) >= 3
    f.action_combo.setCurrentIndex(1)
    shown = f._action_id
    w = Watch(f, methods=("reload", "_load"))
    f.objective.setPlainText("กำลังพิมพ์วัตถุประสงค์")              # typed, not saved
    other = ids[2]
    _other_page(demo_ctx, ac.update_action, other, meeting_id=demo_ctx.meeting_id,
                title="ขุดลอกคลอง (แก้)")
    w.assert_no_whole_reload()
    assert f.action_combo.itemText(2) == "ขุดลอกคลอง (แก้)"
    assert f.action_ids() == ids and f._action_id == shown
    assert f.objective.toPlainText() == "กำลังพิมพ์วัตถุประสงค์"

    assert f.save()                                               # the form's own save
    w.assert_no_whole_reload()
    assert demo_ctx.store.get(Action, shown).objective == "กำลังพิมพ์วัตถุประสงค์"

    _other_page(demo_ctx, pf.set_plan, shown, target="ถนน 2 กิโลเมตร")   # the action shown
    assert w.reloads == ["_load"], "the form shows the other page's edit of its action"
    assert f.target.toPlainText() == "ถนน 2 กิโลเมตร"


# ---------------------------------------------------------------------------- projector
def test_projector_builds_again_only_for_the_tables_its_slide_reads(qtbot, demo_window,
                                                                    monkeypatch):
    from ui import projector_slides as slides

    demo_window.act_projector.trigger()
    pr = demo_window.projector
    pr.timer.stop()
    pr.clock = lambda: NOW
    ctx = demo_window.ctx
    store, mid = ctx.store, ctx.meeting_id
    built: list[str] = []
    real = slides.build

    def counted(view, *a, **k):
        built.append(view)
        return real(view, *a, **k)
    monkeypatch.setattr(slides, "build", counted)

    demo_window.show_page_module("ui.pages.priorities")           # the results
    assert pr.current_view()[0] == slides.RESULTS
    built.clear()
    item = agenda_svc.items(store, mid)[0]
    assert ctx.run("x", agenda_svc.update_item, store, item.id, timebox_min=17)
    assert built == [], "the results do not read the agenda"
    issue = issues_svc.issues(store, mid)[0]
    assert ctx.run("x", ranking.set_hand_count, store, mid, issue.id, 55)
    assert built == [slides.RESULTS]
    dots = {r.title: r.dots for r in ranking.rank_issues(store, mid)}
    assert dict(pr.slide.bars).items() <= dots.items() and dots[issue.title] >= 55
    built.clear()
    pr._tick()                                     # no clock, same view: left as it is
    assert built == []

    demo_window.show_page_module("ui.pages.agenda")
    built.clear()
    assert ctx.run("x", ranking.set_hand_count, store, mid, issue.id, 56)
    assert built == [], "the agenda does not read the dots"
    assert ctx.run("x", agenda_svc.update_item, store, item.id, title="ประธานแจ้ง (แก้)")
    assert built == [slides.AGENDA]
    built.clear()
    pr._tick()                                     # the agenda has a clock: every second
    assert built == [slides.AGENDA]


def test_every_view_declares_the_tables_it_reads():
    from ui import projector_slides as slides

    assert set(slides.READS) == set(slides.VIEWS)
    assert all("meetings" in tables for tables in slides.READS.values())
    assert slides.CLOCKS <= set(slides.VIEWS)
    assert slides.reads("nonsense") == slides.READS[slides.AGENDA]


def test_projector_follows_time_on_the_speakers_view(qtbot, demo_window):
    demo_window.act_projector.trigger()
    pr = demo_window.projector
    pr.timer.stop()
    ctx = demo_window.ctx
    demo_window.show_page_module("ui.pages.speakers")
    page = demo_window.page("ui.pages.speakers")
    ctx.run("q", speakers.enqueue, ctx.store, ctx.meeting_id, page.agenda_item_id(),
            name="ทองดี มีสุข", limit_s=120)
    ctx.run("n", speakers.start_next, ctx.store, ctx.meeting_id, page.agenda_item_id(), NOW)
    pr.clock = lambda: NOW + timedelta(seconds=30)
    pr._tick()
    assert pr.slide.big == agenda_svc.format_duration(90)
