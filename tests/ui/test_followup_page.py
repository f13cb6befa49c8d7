"""The follow-up page (issue 15): tallies across the series, an action's history, a progress
report as one undo step, lateness, problems that come back (link a suggestion, unlink) and
the governance trend table whose figures name their records.  Models via qtmodeltester."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from workshop import followup as fu
from workshop import recurring as rec
from workshop.meetings import create_meeting
from workshop.model import (
    Action, ActionStatus, ActionUpdate, Issue, Meeting, Organisation, Sector,
)

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _page(qtbot, ctx):
    from ui.pages.followup import FollowupPage

    page = FollowupPage(ctx)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    qtbot.waitExposed(page)
    return page


def _tab(page, tab):
    """Pick a tab of the page (the series-wide ones read the file when shown)."""
    page.tabs.setCurrentWidget(tab)
    return tab


def _cells(model, col):
    return [model.index(r, col).data() for r in range(model.rowCount())]


def _select(page, title):
    row = next(r for r in range(page.actions_model.rowCount())
               if page.actions_model.item_at(r).action.title == title)
    page.actions_view.selectRow(row)
    return page.actions_model.item_at(row).action


def test_demo_dashboard_history_and_models(qtbot, qtmodeltester, demo_ctx):
    page = _page(qtbot, demo_ctx)
    store, mid = demo_ctx.store, demo_ctx.meeting_id
    _tab(page, page.recurring)
    _tab(page, page.trend)
    for model in (page.by_actor, page.by_sector, page.actions_model, page.recurring.problems,
                  page.recurring.suggestions, page.trend.model):
        assert model.rowCount() > 0
        qtmodeltester.check(model)
    by_actor, by_sector = fu.dashboard(store, mid)
    # every responsible actor and sector of the series, with the workshop's counts
    assert page.by_actor.rowCount() == len(by_actor)
    open_col = page.by_actor.COLUMNS.index("open")
    assert sum(int(x) for x in _cells(page.by_actor, open_col)) == \
        sum(t.open for t in by_actor.values()) > 0
    assert page.by_sector.rowCount() == len(by_sector)
    ids = fu.series(store, mid)
    assert page.actions_model.rowCount() == sum(len(store.find(Action, meeting_id=i))
                                          for i in ids) > 3
    # the pledges promised and received are said in the summary
    promised = sum(t.promised_baht for t in by_actor.values())
    assert f"{promised:,.0f}" in page.summary.text()

    # an action of the first forum, reported on at the second and third: its whole story
    a = _select(page, "รณรงค์กำจัดลูกน้ำยุงลายทุกวันศุกร์")
    qtmodeltester.check(page.history)
    steps = fu.history(store, a.id)
    assert page.history.rowCount() == len(steps) == 3
    assert _cells(page.history, 3) == [f"{s.progress} %" for s in steps]
    assert page.history_title.text().endswith(a.title)
    assert page.f_progress.value() == 100            # the form shows it as it stands


def test_progress_report_is_one_undo_step(qtbot, demo_ctx):
    page = _page(qtbot, demo_ctx)
    store, stack = demo_ctx.store, demo_ctx.undo_stack
    a = _select(page, "สำรวจจุดท่อประปารั่วทั้งหมู่บ้าน")
    before = (store.get(Action, a.id).status, store.get(Action, a.id).progress)
    n_updates = len(fu.updates(store, a.id))
    page.f_status.setCurrentIndex(page.f_status.findData(ActionStatus.IN_PROGRESS.value))
    page.f_progress.setValue(85)
    page.f_date.set_iso("2026-11-25")
    page.f_note.setText("เหลือ 1 คุ้ม")
    count = stack.count()
    assert page.record_report()
    assert stack.count() == count + 1
    got = store.get(Action, a.id)
    assert (got.status, got.progress) == (ActionStatus.IN_PROGRESS, 85)
    last = fu.updates(store, a.id)[-1]
    assert (last.date, last.meeting_id, last.note) == ("2026-11-25", demo_ctx.meeting_id,
                                                       "เหลือ 1 คุ้ม")
    assert page.history.rowCount() == n_updates + 2   # planned + every update
    assert "85 %" in _cells(page.actions_model, page.actions_model.COLUMNS.index("progress"))
    # the same report again changes nothing and records nothing
    assert not page.record_report()
    assert stack.count() == count + 1
    stack.undo()
    got = store.get(Action, a.id)
    assert (got.status, got.progress) == before
    assert len(fu.updates(store, a.id)) == n_updates
    assert page.history.rowCount() == n_updates + 1
    stack.redo()
    assert store.get(Action, a.id).progress == 85


def test_late_actions_across_a_series_of_three(qtbot, ctx):
    store = ctx.store
    org = store.add(Organisation(name="อบต.ทดสอบ", sector=Sector.LOCAL_GOVERNMENT))
    m1 = create_meeting(store, Meeting(title="ครั้งที่ 1", date="2026-01-10"))
    m2 = create_meeting(store, Meeting(title="ครั้งที่ 2", date="2026-04-10", previous_id=m1.id))
    m3 = create_meeting(store, Meeting(title="ครั้งที่ 3", date="2026-07-10", previous_id=m2.id))
    late = store.add(Action(meeting_id=m1.id, title="ซ่อมถนน", lead_organisation_id=org.id,
                            due_date="2026-03-01"))
    store.add(Action(meeting_id=m2.id, title="ขุดลอก", lead_organisation_id=org.id,
                     due_date="2026-12-01"))
    fu.report(store, late.id, status=ActionStatus.IN_PROGRESS, progress=40, meeting_id=m2.id)
    ctx.set_meeting(m3.id)
    page = _page(qtbot, ctx)
    row = page.by_actor.row_of("อบต.ทดสอบ")
    t = page.by_actor.items[row][1]
    assert (t.open, t.late, t.done) == (2, 1, 0)
    late_col = page.by_actor.COLUMNS.index("late")
    assert page.by_actor.index(row, late_col).data(Qt.ItemDataRole.ForegroundRole) is not None
    days = (fu._date.fromisoformat("2026-07-10") - fu._date.fromisoformat("2026-03-01")).days
    r = page.actions_model.row_of(late.id)
    assert page.actions_model.index(r, page.actions_model.COLUMNS.index("late")).data() == str(days)
    assert page.actions_model.index(r, page.actions_model.COLUMNS.index("progress")).data() == "40 %"
    # done at the third meeting: no longer late, counted done
    page.actions_view.selectRow(r)
    page.f_status.setCurrentIndex(page.f_status.findData(ActionStatus.DONE.value))
    assert page.f_progress.value() == 100
    assert page.record_report()
    t = page.by_actor.items[page.by_actor.row_of("อบต.ทดสอบ")][1]
    assert (t.open, t.late, t.done) == (1, 0, 1)
    steps = fu.history(store, late.id)
    assert [s.meeting_id for s in steps] == [m1.id, m2.id, m3.id]


def test_link_a_suggested_problem_and_unlink_it(qtbot, qtmodeltester, demo_ctx):
    page = _page(qtbot, demo_ctx)
    store, stack = demo_ctx.store, demo_ctx.undo_stack
    tab = _tab(page, page.recurring)
    n_problems, n_sugg = tab.problems.rowCount(), tab.suggestions.rowCount()
    assert n_sugg >= 1
    tab.sugg_view.selectRow(0)
    s = tab.suggestions.item_at(0)
    count = stack.count()
    assert tab.link_selected()
    assert stack.count() == count + 1
    assert store.get(Issue, s.later.id).carried_from_id == s.earlier.id
    assert tab.problems.rowCount() == n_problems + 1
    assert tab.suggestions.rowCount() == n_sugg - 1
    # its history: the two meetings it was raised at
    row = tab.problems.row_of(s.earlier.id)
    tab.problems_view.selectRow(row)
    qtmodeltester.check(tab.occurrences)
    assert [o.issue.id for o in tab.occurrences.items] == [s.earlier.id, s.later.id]
    stack.undo()
    assert store.get(Issue, s.later.id).carried_from_id is None
    assert tab.problems.rowCount() == n_problems
    # a linked problem of the demo, said to be another one after all
    tab.problems_view.selectRow(0)
    later = tab.occurrences.items[-1]
    tab.occ_view.selectRow(tab.occurrences.rowCount() - 1)
    assert tab.unlink_btn.isEnabled()
    assert tab.unlink_selected()
    assert store.get(Issue, later.issue.id).carried_from_id is None
    assert later.issue.id in {x.later.id for x in rec.suggestions(store, demo_ctx.meeting_id)}


def test_trend_table_figures_name_their_records(qtbot, demo_ctx):
    page = _page(qtbot, demo_ctx)
    model = _tab(page, page.trend).model
    rows = page.trend.model.rows
    assert model.columnCount() == len(rows) + 2 == 5
    line = model.row_of("owned_dated")
    last = rows[-1]
    f = last.figures["owned_dated"]
    tip = model.index(line, len(rows)).data(Qt.ItemDataRole.ToolTipRole)
    assert tip and store_title(demo_ctx, f.ids[0]) in tip
    assert f"{len(f.ids)} " in tip
    # the trend against the meeting before, in the last column and beside the figure
    present = model.row_of("present_community")
    a, b = (r.figures["present_community"].value for r in rows[-2:])
    arrow = "↑" if b > a else "↓" if b < a else "→"
    assert model.index(present, len(rows) + 1).data().startswith(arrow)
    assert model.index(present, len(rows)).data() == f"{int(b)} {arrow}"


def store_title(ctx, action_id):
    return ctx.store.get(Action, action_id).title


def test_updates_from_elsewhere_refresh_the_tables_not_the_form(qtbot, demo_ctx):
    page = _page(qtbot, demo_ctx)
    a = _select(page, "สำรวจจุดท่อประปารั่วทั้งหมู่บ้าน")
    page.f_note.setText("กำลังพิมพ์")
    demo_ctx.run("report", fu.report, demo_ctx.store, a.id, progress=90, origin=None)
    assert "90 %" in _cells(page.actions_model, page.actions_model.COLUMNS.index("progress"))
    assert page.f_note.text() == "กำลังพิมพ์"
    assert page.history.rowCount() == len(fu.history(demo_ctx.store, a.id))
    assert isinstance(fu.updates(demo_ctx.store, a.id)[-1], ActionUpdate)


def test_a_change_elsewhere_updates_rows_without_a_reset(qtbot, demo_ctx):
    """A change notice (an action renamed on another page) updates that row in place: no
    model reset of the dashboard's tables, the selected action and its history stay, and
    the new title shows; a change of meeting still refills them whole."""
    page = _page(qtbot, demo_ctx)
    store = demo_ctx.store
    models = (page.by_actor, page.by_sector, page.actions_model, page.history)
    first = page.actions_model.item_at(0).action
    other = page.actions_model.item_at(1).action
    _select(page, other.title)
    history = page.history.rowCount()
    resets = []
    for m in models:
        m.modelReset.connect(lambda m=m: resets.append(m))
    changed = []
    page.actions_model.dataChanged.connect(lambda a, b: changed.append((a.row(), b.row())))
    demo_ctx.run("rename", lambda: store.update(Action, first.id, title="ชื่อใหม่ของงาน"))
    assert resets == []
    row = page.actions_model.row_of(first.id)
    assert (row, row) in changed and len(changed) == 1
    assert page.actions_model.item_at(row).action.title == "ชื่อใหม่ของงาน"
    assert page.selected_action().id == other.id
    assert page.history.rowCount() == history
    page.refresh()
    assert set(resets) == set(models)


def test_a_long_series_counts_its_last_meetings_and_says_so(qtbot, ctx):
    from workshop.series import SERIES_WINDOW

    prev, ids = None, []
    for i in range(SERIES_WINDOW + 5):
        prev = ctx.store.add(Meeting(title=f"{i + 1}", date=f"{2000 + i // 12}-{i % 12 + 1:02d}-01",
                                     previous_id=prev.id if prev else None))
        ids.append(prev.id)
    old = ctx.store.add(Action(meeting_id=ids[0], title="เก่า"))
    new = ctx.store.add(Action(meeting_id=ids[-3], title="ใหม่"))
    ctx.set_meeting(ids[-1])
    page = _page(qtbot, ctx)
    assert [r.action.id for r in page.actions_model.items] == [new.id]      # not the old one
    assert not page.window_note.isHidden()
    assert str(SERIES_WINDOW) in page.window_note.text()
    assert page.summary.text().startswith(f"{SERIES_WINDOW} ")
    assert [r.meeting.id for r in _tab(page, page.trend).model.rows] == ids[-SERIES_WINDOW:]
    ctx.set_meeting(ids[2])                      # the first three: the whole series up to it
    assert page.summary.text().startswith("3 ")


def test_a_short_series_has_no_window_note(qtbot, demo_ctx):
    page = _page(qtbot, demo_ctx)
    assert page.window_note.isHidden()


def test_the_series_tabs_read_the_file_only_when_shown(qtbot, demo_ctx, monkeypatch):
    """Problems that come back and governance across meetings look over the whole series:
    a load or a change reads them only when their tab is the one shown; picked later, they
    show what the file holds then."""
    from workshop import recurring, trend

    from tests.counting import count_calls

    reads = {"trend": 0, "recurring": 0}
    count_calls(monkeypatch, reads, "trend", trend, "series_table")
    count_calls(monkeypatch, reads, "recurring", recurring, "problems")
    page = _page(qtbot, demo_ctx)
    page.load()
    assert reads == {"trend": 0, "recurring": 0}          # the actions tab is shown
    _tab(page, page.trend)
    assert reads == {"trend": 1, "recurring": 0}
    rows = page.trend.model.rowCount()
    assert rows > 0
    _tab(page, page.tabs.widget(0))
    _tab(page, page.trend)
    assert reads["trend"] == 1                              # nothing changed: not read again
    page.load()                                             # shown: read at once
    assert reads == {"trend": 2, "recurring": 0}
    # a link made elsewhere (the Issues page carries an issue): shown when the tab is picked
    s = recurring.suggestions(demo_ctx.store, demo_ctx.meeting_id)[0]
    before = len(recurring.problems(demo_ctx.store, demo_ctx.meeting_id))
    reads["recurring"] = 0
    demo_ctx.run("link", recurring.link_carried, demo_ctx.store, s.later.id, s.earlier.id)
    assert reads["recurring"] == 0                          # the trend tab is shown
    _tab(page, page.recurring)
    assert reads["recurring"] == 1
    assert page.recurring.problems.rowCount() == before + 1
