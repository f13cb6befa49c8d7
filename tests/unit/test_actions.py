"""Action plan, pledges, totals per actor and sector, and the CSV for Thai Excel."""
from __future__ import annotations

import csv
import io

import pytest

from workshop import actions as ac
from workshop import decisions as d
from workshop import errors
from workshop.meetings import create_meeting
from workshop.model import (
    Action, ActionStatus, Attendance, DecisionMethod, Meeting, Organisation, Person, Pledge,
    ResourceKind, Response, Sector,
)


@pytest.fixture
def plan(store):
    m = create_meeting(store, Meeting(title="เวทีประชาคมหมู่ 5", date="2026-11-24"))
    obt = store.add(Organisation(name="อบต.หนองบัว", sector=Sector.LOCAL_GOVERNMENT))
    shop = store.add(Organisation(name="ร้านค้าชุมชน", sector=Sector.PRIVATE))
    head = store.add(Person(prefix="นาย", first_name="บุญมี", last_name="ศรีสุข"))
    ac.add_action(store, Action(meeting_id=m.id, title="ขุดลอกคลองส่งน้ำ",
                                lead_organisation_id=obt.id, due_date="2027-03-31",
                                cost_baht=150000, funding_source="งบ อบต.",
                                response=Response.JOINTLY))
    ac.add_action(store, Action(meeting_id=m.id, title="ทำความสะอาดศาลา",
                                lead_person_id=head.id, status=ActionStatus.DONE))
    ac.add_pledge(store, Pledge(meeting_id=m.id, organisation_id=obt.id,
                                kind=ResourceKind.MONEY, quantity=50000))
    ac.add_pledge(store, Pledge(meeting_id=m.id, organisation_id=shop.id,
                                kind=ResourceKind.MONEY, quantity=3000, fulfilled=True))
    ac.add_pledge(store, Pledge(meeting_id=m.id, person_id=head.id, kind=ResourceKind.LABOUR,
                                quantity=10))
    ac.add_pledge(store, Pledge(meeting_id=m.id, organisation_id=shop.id,
                                kind=ResourceKind.EQUIPMENT, description="เต็นท์ 2 หลัง"))
    return store, m, obt, shop, head


def test_totals_by_actor_and_sector(plan):
    store, m, obt, shop, head = plan
    rows = {r.name: r for r in ac.totals_by_actor(store, m.id)}
    assert rows["อบต.หนองบัว"].totals.money_baht == 50000
    assert rows["อบต.หนองบัว"].totals.actions_led == 1
    assert rows["อบต.หนองบัว"].totals.action_cost_baht == 150000
    assert rows["ร้านค้าชุมชน"].totals.other == {ResourceKind.EQUIPMENT: 1}
    assert rows["ร้านค้าชุมชน"].totals.outstanding == 1          # the tents
    assert rows["นายบุญมี ศรีสุข"].totals.labour_days == 10
    sec = ac.totals_by_sector(store, m.id)
    assert sec[Sector.PRIVATE].money_baht == 3000
    # a villager without an organisation counts in the community, the word check-in shows
    assert sec[Sector.COMMUNITY].labour_days == 10 and None not in sec
    g = ac.grand_total(store, m.id)
    assert (g.money_baht, g.outstanding_baht, g.pledges, g.actions_led) == (53000, 50000, 4, 2)


def test_totals_keep_quantities_units_value_and_status(plan):
    store, m, obt, shop, head = plan
    ac.add_pledge(store, Pledge(meeting_id=m.id, organisation_id=shop.id,
                                kind=ResourceKind.MATERIALS, quantity=20, unit="ท่อน",
                                value_baht=6000, fulfilled=True))
    ac.add_pledge(store, Pledge(meeting_id=m.id, organisation_id=shop.id,
                                kind=ResourceKind.MATERIALS, quantity=5, unit="ท่อน",
                                value_baht=1500))
    mt = ac.meeting_totals(store, m.id)
    shop_row = next(r for r in mt.by_actor if r.name == "ร้านค้าชุมชน").totals
    # the tents have no quantity: one item; the pipes add up in their unit
    assert shop_row.other_amounts == {(ResourceKind.EQUIPMENT, ""): 1,
                                      (ResourceKind.MATERIALS, "ท่อน"): 25}
    assert shop_row.other == {ResourceKind.EQUIPMENT: 1, ResourceKind.MATERIALS: 2}
    assert shop_row.value_baht == 3000 + 6000 + 1500
    assert (shop_row.pledges, shop_row.fulfilled, shop_row.outstanding) == (4, 2, 2)
    assert shop_row.outstanding_value_baht == 1500
    assert mt.by_sector[Sector.PRIVATE] == shop_row
    assert mt.grand.value_baht == 50000 + 3000 + 6000 + 1500    # labour has no value here
    assert mt.grand.labour_days == 10


def test_validation(plan):
    store, m, *_ = plan
    with pytest.raises(errors.InvalidInput):
        ac.add_action(store, Action(meeting_id=m.id, title="  "))
    with pytest.raises(errors.InvalidInput):
        ac.add_action(store, Action(meeting_id=m.id, title="x", due_date="31/03/2570"))
    with pytest.raises(errors.InvalidInput):
        ac.add_pledge(store, Pledge(meeting_id=m.id, kind=ResourceKind.MONEY, quantity=5))


def test_csv_is_utf8_with_bom_and_be_dates(plan, tmp_path):
    store, m, *_ = plan
    out = tmp_path / "แผน.csv"
    ac.write_csv(store, m.id, out)
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert rows[0] == ["แผนปฏิบัติการ"]
    first = rows[2]
    assert first[1] == "ขุดลอกคลองส่งน้ำ" and first[2] == "อบต.หนองบัว"
    assert first[4] == "31 มี.ค. 2570"                            # Buddhist Era
    assert first[8] == "ร่วมกับ อปท."
    flat = [c for r in rows for c in r]
    assert "การสนับสนุนทรัพยากร" in flat and "เต็นท์ 2 หลัง" in flat
    assert rows[-1][:3] == ["รวมทั้งสิ้น", "53000", "10"]
    assert not list(tmp_path.glob("*.part"))


def test_action_from_adopted_proposal(store):
    m = create_meeting(store, Meeting(title="เวที", date="2026-11-24"))
    p = store.add(Person(first_name="ก"))
    store.add(Attendance(meeting_id=m.id, person_id=p.id))
    prop = d.add_proposal(store, m.id, "ติดไฟส่องสว่าง", method=DecisionMethod.CONSENT)
    with pytest.raises(errors.InvalidInput):
        ac.action_from_proposal(store, prop.id)
    d.decide(store, prop.id)
    a = ac.action_from_proposal(store, prop.id)
    assert a.title == "ติดไฟส่องสว่าง" and a.proposal_id == prop.id


def test_export_actions_command(plan, tmp_path, capsys):
    from workshop import cli

    store, m, *_ = plan
    path = store.path
    store.close()
    out = tmp_path / "plan.csv"
    assert cli.main(["export-actions", str(path), "--meeting", "latest", "-o", str(out)]) == 0
    text = out.read_bytes().decode("utf-8-sig")
    assert "ขุดลอกคลองส่งน้ำ" in text and "2 actions, 4 pledges" in capsys.readouterr().out
    assert cli.main(["export-actions", str(path), "--meeting", "nope", "-o", str(out)]) == 3


def test_edits_are_checked_as_new_records_are(store):
    m = create_meeting(store, Meeting(title="เวที", date="2026-11-24"))
    obt = store.add(Organisation(name="อบต.", sector=Sector.LOCAL_GOVERNMENT))
    a = ac.add_action(store, Action(meeting_id=m.id, title="ซ่อมถนน"))
    p = ac.add_pledge(store, Pledge(meeting_id=m.id, organisation_id=obt.id, quantity=100))
    for bad in ({"title": "  "}, {"due_date": "31/02/2570"}, {"cost_baht": -1.0}):
        with pytest.raises(errors.InvalidInput):
            ac.update_action(store, a.id, **bad)
    for bad in ({"organisation_id": None}, {"quantity": 0.0}, {"value_baht": -5.0}):
        with pytest.raises(errors.InvalidInput):
            ac.update_pledge(store, p.id, **bad)
    with pytest.raises(ValueError):
        ac.update_action(store, a.id, meeting_id_x="x")
    assert store.get(Action, a.id).title == "ซ่อมถนน"
    ac.update_pledge(store, p.id, quantity=250.0, action_id=a.id)   # money: its value follows
    got = store.get(Pledge, p.id)
    assert (got.quantity, got.value_baht, got.action_id) == (250, 250, a.id)
    assert ac.pledges_by_action(ac.pledges(store, m.id)) == {a.id: [got]}
    ac.update_action(store, a.id, title=" ซ่อมถนนสายหลัก ", status=ActionStatus.DONE)
    got_a = store.get(Action, a.id)
    assert (got_a.title, got_a.status, got_a.progress) == ("ซ่อมถนนสายหลัก", ActionStatus.DONE, 100)
