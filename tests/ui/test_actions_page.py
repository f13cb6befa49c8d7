"""Action plan page: actions from decisions, pledges, totals, CSV, next meeting, undo."""
from __future__ import annotations

import csv
import io

import pytest
from PySide6.QtCore import QDate

from workshop import decisions as dec
from workshop import followup as fu
from workshop.meetings import create_meeting
from workshop.model import (
    Action, ActionStatus, Attendance, DecisionMethod, Meeting, Organisation, Person, Pledge,
    ResourceKind, Sector,
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
    check_model(page.follow_model)


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
    page.next_date.setDate(QDate(2026, 12, 24))
    new = page.create_next_meeting()
    assert new is not None and ctx.meeting_id == new.id and new.previous_id == m.id
    assert page.follow_model.rowCount() == 1
    assert page.follow_model.row(0).cells[2] == "Planned"
    page.follow_view.selectRow(0)
    page.follow_status.setCurrentIndex(page.follow_status.findData(ActionStatus.DONE.value))
    page.update_followup()
    original = ctx.store.find(Action, meeting_id=m.id)[0]
    assert original.status == ActionStatus.DONE
    assert page.follow_model.row(0).cells[2] == "Done"
    ctx.undo_stack.undo()
    assert ctx.store.get(Action, original.id).status == ActionStatus.PLANNED
    ctx.undo_stack.undo()              # undo "next meeting": the meeting is gone
    assert ctx.store.maybe(Meeting, new.id) is None
    ctx.undo_stack.redo()              # and back, with the same follow-up items
    assert [i.source_id for i in fu.followup_items(ctx.store, new.id)] == [original.id]


def test_follow_up_tab_says_when_nothing_is_carried_over(ctx, setup, page):
    page.reload()
    assert page.follow_model.rowCount() == 0
    assert not page.follow_empty.isHidden() and page.follow_view.isHidden()
    assert "Create the next meeting" in page.follow_empty.text()
    page.a_title.setText("ลอกคลอง")
    page.add_action()
    page.create_next_meeting()              # the next meeting carries the open action
    assert page.follow_model.rowCount() == 1
    assert page.follow_empty.isHidden() and not page.follow_view.isHidden()


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
    assert page.p_person.findData(pledger.id) >= 0 and page.p_person.findData(
        strangers[1].id) < 0
