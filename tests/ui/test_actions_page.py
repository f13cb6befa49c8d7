"""Action plan page: actions from decisions, pledges, totals, CSV, next meeting, undo."""
from __future__ import annotations

import csv
import io

import pytest
from PySide6.QtCore import QDate

from workshop import actions as ac
from workshop import decisions as dec
from workshop import errors
from workshop import followup as fu
from workshop.meetings import create_meeting
from workshop.model import (
    Action, ActionStatus, Attendance, DecisionMethod, Meeting, Organisation, Person, Pledge,
    ResourceKind, Response, Sector,
)


@pytest.fixture
def ctx(qapp, store):
    from ui.context import AppContext

    c = AppContext(store)
    yield c
    c.detach()


@pytest.fixture
def setup(ctx):
    store = ctx.store
    m = create_meeting(store, Meeting(title="เวทีประชาคม", body_name="หมู่ 5",
                                      date="2026-11-24"))
    obt = store.add(Organisation(name="อบต.หนองบัว", sector=Sector.LOCAL_GOVERNMENT))
    head = store.add(Person(prefix="นาย", first_name="บุญมี", last_name="ศรีสุข",
                        consent=True))   # named in the CSV (workshop.privacy)
    store.add(Attendance(meeting_id=m.id, person_id=head.id))
    prop = dec.add_proposal(store, m.id, "ขุดลอกคลองส่งน้ำ", method=DecisionMethod.CONSENT)
    dec.decide(store, prop.id)
    ctx.set_meeting(m.id)
    return m, obt, head, prop


@pytest.fixture
def page(qtbot, ctx, setup):
    from ui.pages.actions import ActionsPage

    p = ActionsPage(ctx)
    qtbot.addWidget(p)
    return p


def test_models(check_model, ctx, setup, page):
    page.a_title.setText("ทดสอบ")
    page.add_action()
    ctx.store.add(Pledge(meeting_id=setup[0].id, person_id=setup[2].id,
                         kind=ResourceKind.MONEY, quantity=500, unit="บาท", value_baht=500))
    for m in (page.action_model, page.pledge_model, page.actor_model, page.sector_model):
        check_model(m)
    nxt = fu.create_next_meeting(ctx.store, setup[0].id)   # the open action is carried over
    ctx.set_meeting(nxt.id)
    check_model(page.followup.follow_model)


def test_action_from_decision_pledges_totals_and_csv(tmp_path, ctx, setup, page):
    m, obt, head, prop = setup
    assert page.page_title()
    page.from_combo.setCurrentIndex(page.from_combo.findData(prop.id))
    assert page.a_title.text() == "ขุดลอกคลองส่งน้ำ"
    page.a_lead_org.select(obt.id)
    page.a_due.setDate(QDate(2027, 3, 31))
    assert page.a_due.text() == "31/03/2570"
    page.a_cost.setValue(150000)
    page.add_action()
    assert page.action_model.rowCount() == 1
    row = page.action_model.row(0).cells
    assert row[1] == "อบต.หนองบัว" and row[3] == "31 มี.ค. 2570" and row[5] == "150,000"
    saved = ctx.store.find(Action, meeting_id=m.id)[0]
    assert saved.proposal_id == prop.id and saved.due_date == "2027-03-31"

    page.p_org.select(obt.id)
    page.p_kind.setCurrentIndex(page.p_kind.findData(ResourceKind.MONEY.value))
    assert page.p_unit.text() == "บาท"
    page.p_qty.setValue(50000)
    page.add_pledge()
    page.p_org.select(None)
    page.p_person.select(head.id)
    page.p_kind.setCurrentIndex(page.p_kind.findData(ResourceKind.LABOUR.value))
    page.p_qty.setValue(12)
    page.add_pledge()
    assert page.pledge_model.rowCount() == 2
    actor = page.actor_model.row(page.actor_model.row_of("org:" + obt.id)).cells
    assert actor[2] == "50,000" and actor[6] == "1" and actor[7] == "150,000"
    total = page.sector_model.row(page.sector_model.rowCount() - 1).cells
    assert total[:3] == ["Total", "50,000", "12"]
    assert "2 pledges outstanding" in page.summary_label.text()

    page.pledge_view.selectRow(0)
    page.toggle_fulfilled()
    assert ctx.store.find(Pledge, organisation_id=obt.id)[0].fulfilled
    ctx.undo_stack.undo()
    assert not ctx.store.find(Pledge, organisation_id=obt.id)[0].fulfilled
    ctx.undo_stack.undo()              # the labour pledge
    ctx.undo_stack.undo()              # the money pledge
    assert page.pledge_model.rowCount() == 0
    ctx.undo_stack.redo()
    ctx.undo_stack.redo()
    assert page.pledge_model.rowCount() == 2

    out = tmp_path / "แผนปฏิบัติการ.csv"
    assert page.export_to(str(out))
    raw = out.read_bytes()
    assert raw[:3] == b"\xef\xbb\xbf"
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert rows[2][1] == "ขุดลอกคลองส่งน้ำ" and rows[2][4] == "31 มี.ค. 2570"
    assert any("นายบุญมี ศรีสุข" in r for r in rows)


def test_next_meeting_and_follow_up_status(ctx, setup, page):
    m, obt, head, prop = setup
    page.a_title.setText("ซ่อมฝาย")
    page.add_action()
    page.followup.next_date.setDate(QDate(2026, 12, 24))
    new = page.create_next_meeting()
    assert new is not None and ctx.meeting_id == new.id and new.previous_id == m.id
    assert page.followup.follow_model.rowCount() == 1
    assert page.followup.follow_model.row(0).cells[2] == "Planned"
    page.followup.follow_view.selectRow(0)
    page.followup.follow_status.setCurrentIndex(page.followup.follow_status.findData(ActionStatus.DONE.value))
    page.followup.update_followup()
    original = ctx.store.find(Action, meeting_id=m.id)[0]
    assert original.status == ActionStatus.DONE
    assert page.followup.follow_model.row(0).cells[2] == "Done"
    ctx.undo_stack.undo()
    assert ctx.store.get(Action, original.id).status == ActionStatus.PLANNED
    ctx.undo_stack.undo()              # undo "next meeting": the meeting is gone
    assert ctx.store.maybe(Meeting, new.id) is None
    ctx.undo_stack.redo()              # and back, with the same follow-up items
    assert [i.source_id for i in fu.followup_items(ctx.store, new.id)] == [original.id]


def test_follow_up_tab_says_when_nothing_is_carried_over(ctx, setup, page):
    page.reload()
    assert page.followup.follow_model.rowCount() == 0
    assert not page.followup.follow_empty.isHidden() and page.followup.follow_view.isHidden()
    assert "Create the next meeting" in page.followup.follow_empty.text()
    page.a_title.setText("ลอกคลอง")
    page.add_action()
    page.create_next_meeting()              # the next meeting carries the open action
    assert page.followup.follow_model.rowCount() == 1
    assert page.followup.follow_empty.isHidden() and not page.followup.follow_view.isHidden()


def test_the_page_reads_the_meetings_people_not_the_registry(ctx, setup, page, monkeypatch):
    """Issue 17: the page's load grows with the meeting, not with the file."""
    import workshop.store.records as records

    m, obt, head, prop = setup
    strangers = [ctx.store.add(Person(first_name=f"คนอื่น{i}")) for i in range(40)]
    pledger = strangers[0]        # not at the meeting, named by one of its pledges
    ctx.store.add(Pledge(meeting_id=m.id, person_id=pledger.id, kind=ResourceKind.LABOUR,
                         quantity=2, unit="คน-วัน"))
    loaded: list[str] = []
    real = records.from_row

    def counting(cls, row):
        if cls is Person:
            loaded.append(row["id"])
        return real(cls, row)

    monkeypatch.setattr(records, "from_row", counting)
    page.reload()
    page.plan_form.reload()
    assert loaded and set(loaded) <= {head.id, pledger.id}
    assert page.pledge_model.row(0).cells[0] == pledger.full_name
    monkeypatch.setattr(records, "from_row", real)
    page.p_person.setText(pledger.first_name)           # the register picker finds anyone
    page.p_person.show_matches()
    assert page.p_person.rows()[0].startswith(pledger.full_name)


# ------------------------------------------------------------------ issue 12, item 6: editing
def _step(ctx, do, check_new, check_old) -> None:
    """``do`` is one undo step; undo and redo bring the stored row back and forth."""
    n = ctx.undo_stack.count()
    do()
    assert ctx.undo_stack.count() == n + 1
    check_new()
    ctx.undo_stack.undo()
    check_old()
    ctx.undo_stack.redo()
    check_new()


def _edit_each_field(ctx, cls, ident, edits, save) -> None:
    """Each ``(field, change, value)`` of ``edits``: ``change()`` then ``save()`` is one undo
    step that stores ``value`` in ``field`` of the ``cls`` row ``ident``; undo brings the
    value before back, redo ``value`` again."""
    for field, change, value in edits:
        before = getattr(ctx.store.get(cls, ident), field)
        assert before != value, field

        def do(change=change):
            change()
            assert save()

        def new(field=field, value=value):
            assert getattr(ctx.store.get(cls, ident), field) == value, field

        def old(field=field, before=before):
            assert getattr(ctx.store.get(cls, ident), field) == before, field
        _step(ctx, do, new, old)


def _reopened(ctx, cls, ident):
    """The row as a fresh open of the file reads it."""
    from workshop.store import Store

    with Store.open(ctx.store.path, backups=False, read_only=True, lock=False) as again:
        return again.get(cls, ident)


def test_every_field_of_an_action_is_edited_as_one_undo_step(ctx, setup, page):
    m, obt, head, prop = setup
    other = ctx.store.add(Organisation(name="โรงเรียนบ้านหนองบัว", sector=Sector.STATE))
    page.a_title.setText("ซ่อมฝาย")
    page.add_action()
    (action,) = ctx.store.find(Action, meeting_id=m.id)
    page.action_view.selectRow(0)
    assert page.action_form.record_id == action.id and page.a_title.text() == "ซ่อมฝาย"
    edits = [
        ("proposal_id", lambda: page.from_combo.setCurrentIndex(page.from_combo.findData(
            prop.id)), prop.id),
        ("title", lambda: page.a_title.setText("ซ่อมฝายทั้งลำห้วย"), "ซ่อมฝายทั้งลำห้วย"),
        ("lead_person_id", lambda: page.a_lead_person.select(head.id), head.id),
        ("lead_organisation_id", lambda: page.a_lead_org.select(other.id), other.id),
        ("partners", lambda: page.a_partners.setText("อบต., วัด"), "อบต., วัด"),
        ("due_date", lambda: page.a_due.setDate(QDate(2027, 5, 1)), "2027-05-01"),
        ("due_date", lambda: page.a_no_due.setChecked(True), ""),
        ("status", lambda: page.a_status.setCurrentIndex(page.a_status.findData(
            ActionStatus.IN_PROGRESS.value)), ActionStatus.IN_PROGRESS),
        ("cost_baht", lambda: page.a_cost.setValue(12000), 12000.0),
        ("funding_source", lambda: page.a_funds.setText("กองทุนหมู่บ้าน"), "กองทุนหมู่บ้าน"),
        ("response", lambda: page.a_response.setCurrentIndex(page.a_response.findData(
            Response.JOINTLY.value)), Response.JOINTLY),
    ]
    _edit_each_field(ctx, Action, action.id, edits, page.save_action)
    saved = _reopened(ctx, Action, action.id)
    assert (saved.title, saved.proposal_id, saved.issue_id, saved.lead_person_id) == (
        "ซ่อมฝายทั้งลำห้วย", prop.id, prop.issue_id, head.id)
    assert (saved.cost_baht, saved.due_date, saved.response) == (12000, "", Response.JOINTLY)
    assert [u.status for u in fu.updates(ctx.store, action.id)] == [ActionStatus.IN_PROGRESS]
    row = page.action_model.row(0).cells
    assert row[0] == "ซ่อมฝายทั้งลำห้วย" and row[5] == "12,000"


def test_every_field_of_a_pledge_is_edited_as_one_undo_step(ctx, setup, page):
    m, obt, head, prop = setup
    for title in ("ซ่อมฝาย", "ขุดลอกคลอง"):
        page.a_title.setText(title)
        page.add_action()
    repair = ctx.store.find(Action, title="ขุดลอกคลอง")[0]
    page.p_org.select(obt.id)
    page.p_qty.setValue(5000)
    page.add_pledge()
    (pledge,) = ctx.store.find(Pledge, meeting_id=m.id)
    page.pledge_view.selectRow(0)
    assert page.pledge_form.record_id == pledge.id and page.p_qty.value() == 5000
    edits = [
        ("action_id", lambda: page.p_action.setCurrentIndex(page.p_action.findData(repair.id)),
         repair.id),
        ("person_id", lambda: page.p_person.select(head.id), head.id),
        ("organisation_id", lambda: page.p_org.select(None), None),
        ("quantity", lambda: page.p_qty.setValue(7500), 7500.0),
        ("kind", lambda: page.p_kind.setCurrentIndex(page.p_kind.findData(
            ResourceKind.MATERIALS.value)), ResourceKind.MATERIALS),
        ("description", lambda: page.p_desc.setText("ปูนซีเมนต์"), "ปูนซีเมนต์"),
        ("unit", lambda: page.p_unit.setText("ถุง"), "ถุง"),
        ("value_baht", lambda: page.p_value.setValue(9000), 9000.0),
        ("fulfilled", lambda: page.p_fulfilled.setChecked(True), True),
    ]
    _edit_each_field(ctx, Pledge, pledge.id, edits, page.save_pledge)
    saved = _reopened(ctx, Pledge, pledge.id)
    assert (saved.action_id, saved.person_id, saved.organisation_id, saved.kind) == (
        repair.id, head.id, None, ResourceKind.MATERIALS)
    assert (saved.quantity, saved.unit, saved.value_baht, saved.fulfilled) == (
        7500, "ถุง", 9000, True)


def test_a_pledge_for_an_action_shows_in_the_actions_resources(ctx, setup, page):
    m, obt, head, prop = setup
    page.a_title.setText("ขุดลอกคลอง")
    page.add_action()
    (action,) = ctx.store.find(Action, meeting_id=m.id)
    assert page.p_action.findData(action.id) >= 0
    page.p_org.select(obt.id)
    page.p_qty.setValue(50000)
    page.p_action.setCurrentIndex(page.p_action.findData(action.id))
    page.add_pledge()
    page.p_person.select(head.id)
    page.p_kind.setCurrentIndex(page.p_kind.findData(ResourceKind.LABOUR.value))
    page.p_qty.setValue(12)
    page.add_pledge()                                     # not for an action
    assert [p.action_id for p in ac.pledges(ctx.store, m.id)] == [action.id, None]
    assert page.pledge_model.row(0).cells[8] == "ขุดลอกคลอง"
    assert page.pledge_model.row(1).cells[8] == ""
    assert page.action_model.row(0).cells[8] == "Money 50,000 บาท"
    page.action_view.selectRow(0)
    assert "อบต.หนองบัว: Money 50,000 บาท" in page.a_resources.text()
    assert "Labour" not in page.a_resources.text()
    ctx.undo_stack.undo()
    ctx.undo_stack.undo()                                 # the pledge for the action
    assert page.action_model.row(0).cells[8] == ""
    assert "None yet" in page.a_resources.text()


def test_a_pledge_supports_an_action_of_its_own_meeting_only(ctx, setup):
    m, obt, head, prop = setup
    other = create_meeting(ctx.store, Meeting(title="อีกเวที", date="2026-12-24"))
    elsewhere = ac.add_action(ctx.store, Action(meeting_id=other.id, title="งานอื่น"))
    with pytest.raises(errors.InvalidInput):
        ac.add_pledge(ctx.store, Pledge(meeting_id=m.id, organisation_id=obt.id,
                                        quantity=100, action_id=elsewhere.id))


def test_forms_are_empty_after_adding_and_filled_from_the_selected_row(ctx, setup, page):
    m, obt, head, prop = setup
    page.p_person.select(head.id)
    page.p_kind.setCurrentIndex(page.p_kind.findData(ResourceKind.LABOUR.value))
    page.p_desc.setText("แรงงาน")
    page.p_qty.setValue(3)
    page.p_fulfilled.setChecked(True)
    page.add_pledge()
    assert ctx.store.find(Pledge, meeting_id=m.id)[0].person_id == head.id
    # the next pledge is not credited to the previous person
    assert page.p_person.value() is None and page.p_org.value() is None
    assert (page.p_desc.text(), page.p_qty.value(), page.p_fulfilled.isChecked()) == (
        "", 0, False)
    assert page.p_kind.currentData() == ResourceKind.MONEY.value and page.p_unit.text() == "บาท"
    assert not page.pledge_view.selectionModel().hasSelection()
    assert page.add_pledge_button.isEnabled() and not page.save_pledge_button.isEnabled()

    page.a_title.setText("ซ่อมฝาย")
    page.a_lead_person.select(head.id)
    page.a_lead_org.select(obt.id)
    page.a_cost.setValue(9000)
    page.a_status.setCurrentIndex(page.a_status.findData(ActionStatus.IN_PROGRESS.value))
    page.add_action()
    assert (page.a_title.text(), page.a_lead_person.value(), page.a_lead_org.value(),
            page.a_cost.value(), page.a_status.currentData()) == (
        "", None, None, 0, ActionStatus.PLANNED.value)
    assert not page.a_no_due.isChecked()

    page.pledge_view.selectRow(0)                        # the selected row fills the form
    assert (page.p_person.value(), page.p_desc.text(), page.p_qty.value(),
            page.p_kind.currentData(), page.p_fulfilled.isChecked()) == (
        head.id, "แรงงาน", 3, ResourceKind.LABOUR.value, True)
    assert page.save_pledge_button.isEnabled() and not page.add_pledge_button.isEnabled()
    page.action_view.selectRow(0)
    assert (page.a_title.text(), page.a_lead_person.value(), page.a_cost.value()) == (
        "ซ่อมฝาย", head.id, 9000)
    page.new_action_button.click()                       # and "New action" empties it
    assert page.a_title.text() == "" and page.a_lead_person.value() is None
    assert not page.action_view.selectionModel().hasSelection()


def test_an_edit_is_kept_when_another_row_is_picked_and_survives_reloads(ctx, setup, page):
    m, obt, head, prop = setup
    for title in ("ซ่อมฝาย", "ขุดลอกคลอง"):
        page.a_title.setText(title)
        page.add_action()
    first, second = ac.actions(ctx.store, m.id)
    page.action_view.selectRow(page.action_model.row_of(first.id))
    page.a_partners.setText("วัดหนองบัว")
    # another page's edit of the same action: what is typed stays, the rest follows the store
    ctx.run("x", ac.update_action, ctx.store, first.id, cost_baht=777.0)
    assert page.a_partners.text() == "วัดหนองบัว" and page.a_cost.value() == 777
    n = ctx.undo_stack.count()
    page.action_view.selectRow(page.action_model.row_of(second.id))   # leaving saves
    assert ctx.undo_stack.count() == n + 1
    assert ctx.store.get(Action, first.id).partners == "วัดหนองบัว"
    assert page.action_form.record_id == second.id and page.a_title.text() == second.title
    page.action_view.selectRow(page.action_model.row_of(first.id))
    n = ctx.undo_stack.count()
    page.action_view.selectRow(page.action_model.row_of(second.id))   # no change: no step
    assert ctx.undo_stack.count() == n
    page.delete_action()                                  # the action shown is gone
    assert page.action_form.record_id == "" and page.a_title.text() == ""


def test_a_pledge_supports_an_action_carried_over_from_the_previous_meeting(ctx, setup, page):
    """At the next meeting, an action still open from the one before is in "For action"; the
    pledge made for it is stored (one undo step) and listed in that action's resources on
    the earlier meeting's page; an action of another series is refused."""
    m, obt, head, prop = setup
    store = ctx.store
    old = ac.add_action(store, Action(meeting_id=m.id, title="ซ่อมฝายกั้นน้ำ"))
    ac.add_action(store, Action(meeting_id=m.id, title="ทาสีศาลา", status=ActionStatus.DONE))
    nxt = fu.create_next_meeting(store, m.id, "2026-12-24")
    ctx.set_meeting(nxt.id)
    offered = [page.p_action.itemData(i) for i in range(page.p_action.count())]
    assert offered == ["", old.id]                     # the done one is not carried over
    assert "1/2569" in page.p_action.itemText(1)
    page.p_person.select(head.id)
    page.p_kind.setCurrentIndex(page.p_kind.findData(ResourceKind.LABOUR.value))
    page.p_qty.setValue(4)
    page.p_action.setCurrentIndex(1)
    page.add_pledge()
    (pledge,) = store.find(Pledge, meeting_id=nxt.id)
    assert pledge.action_id == old.id
    assert page.pledge_model.row(0).cells[8] == "ซ่อมฝายกั้นน้ำ"
    ctx.undo_stack.undo()
    assert store.count(Pledge, meeting_id=nxt.id) == 0
    ctx.undo_stack.redo()
    from workshop.minutes.content import build_minutes
    lines = [pl for sec in build_minutes(store, nxt.id).agenda for pl in sec.pledges]
    assert [pl.action for pl in lines] == ["ซ่อมฝายกั้นน้ำ"]   # its minutes name the action
    ctx.set_meeting(m.id)                            # the action's own meeting shows it
    page.action_view.selectRow(page.action_model.row_of(old.id))
    assert "นายบุญมี ศรีสุข" in page.a_resources.text()
    other = create_meeting(store, Meeting(title="อีกเวที", date="2026-12-01"))
    with pytest.raises(errors.InvalidInput):
        ac.add_pledge(store, Pledge(meeting_id=other.id, person_id=head.id,
                                    kind=ResourceKind.LABOUR, quantity=1, action_id=old.id))
