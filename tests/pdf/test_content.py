"""The minutes' content as plain data (no PDF involved)."""
from __future__ import annotations

import pytest

from tests.pdf.conftest import ISSUES
from workshop import errors
from workshop.meetings import resolve_meeting
from workshop.minutes.content import build_minutes, build_signin
from workshop.model import (
    AgendaItem, AgendaKind, Attendance, DecisionMethod, Meeting, Pledge, PositionValue,
    ResourceKind, Sector,
)


def test_attendance_is_split_and_grouped(rich):
    store, m = rich
    mins = build_minutes(store, m.id)
    present = {p.name: p for p in mins.present}
    assert "นายสมชาย ใจดี" in present and "นางสุภาพร ทองคำ" not in present
    assert present["นางสาวศิริพร ทองมา"].substitute_for == "นายธนากร ศรีวิไล"
    absent = {p.name: p.reason for p in mins.absent}
    assert absent == {"นางสุภาพร ทองคำ": "ติดราชการที่จังหวัด", "นายธนากร ศรีวิไล": "ลาป่วย"}
    sectors = [g.sector for g in mins.participants]
    assert sectors == [Sector.PRIVATE, Sector.CIVIL_SOCIETY, Sector.COMMUNITY, Sector.ACADEMIA]
    assert [p.name for p in mins.participants[-1].people] == ["ผศ.ดร.อรุณี จันทร์เพ็ญ"]
    assert mins.recorder.name == "นางสาวกนกวรรณ แก้วมณี"
    assert mins.reviewer.position == "ผู้ช่วยผู้ใหญ่บ้าน"


def test_agenda_issues_decisions_actions_pledges(rich):
    store, m = rich
    mins = build_minutes(store, m.id)
    assert [s.kind for s in mins.agenda][:5] == list(AgendaKind)
    sec = next(s for s in mins.agenda if s.kind == AgendaKind.FOR_DECISION)
    # ranked by total dots, best first; ties share a rank
    assert [i.title for i in sec.issues][:2] == [ISSUES[1][0], ISSUES[0][0]]
    assert [i.dots for i in sec.issues] == [20, 12, 7, 7, 0]
    assert sec.issues[2].rank == sec.issues[3].rank == 3 and sec.issues[2].tied
    methods = [d.method for d in sec.decisions]
    assert methods == [DecisionMethod.CONSENSUS, DecisionMethod.CONSENT,
                       DecisionMethod.MAJORITY]
    consensus, consent, majority = sec.decisions
    assert consensus.levels == {5: 6, 4: 3, 3: 1, 2: 1}
    assert consensus.dissent[0].name == "ผศ.ดร.อรุณี จันทร์เพ็ญ"
    assert consensus.dissent[0].value == PositionValue.LEVEL_2
    assert consent.objections == 1 and consent.objections_unresolved == 0
    assert consent.dissent[0].resolved
    assert (majority.count_for, majority.count_against, majority.count_abstain) == (6, 2, 1)
    assert majority.dissent[0].reason == "ควรใช้งบประมาณของหมู่บ้านก่อน"
    # the item's own resolution first, then each decision's
    assert sec.resolutions[0] == "ที่ประชุมเห็นชอบลำดับความสำคัญของปัญหาตามคะแนน"
    assert len(sec.resolutions) == 4
    assert [a.title for a in sec.actions] == ["ซ่อมท่อประปาและล้างถังกรองน้ำ",
                                              "ทำหนังสือขอรับการสนับสนุน"]
    assert "องค์การบริหารส่วนตำบลโนนสูง" in sec.actions[0].partners
    assert "ท่อ PVC" in sec.actions[0].resources
    totals = {t.sector: t.value_baht for t in sec.pledge_totals_sector}
    assert totals[Sector.LOCAL_GOVERNMENT] == 150000
    assert totals[Sector.PRIVATE] == 6000
    assert totals[Sector.COMMUNITY] == 36000   # a person's pledge counts for their organisation
    assert sum(t.value_baht for t in sec.pledge_totals_actor) == 212000
    assert sec.pledge_totals_actor[0].value_baht == 150000
    # the labour pledge keeps its person-days, the knowledge pledge (no unit) is an item
    by_sector = {t.sector: t.totals for t in sec.pledge_totals_sector}
    assert by_sector[Sector.COMMUNITY].labour_days == 120
    assert by_sector[Sector.ACADEMIA].other_amounts == {(ResourceKind.KNOWLEDGE, ""): 1}
    assert by_sector[Sector.PRIVATE].other_amounts == {(ResourceKind.MATERIALS, "ท่อน"): 20}
    grand = sec.pledge_grand_total.totals
    assert (grand.money_baht, grand.labour_days, grand.value_baht) == (150000, 120, 212000)
    assert (grand.pledges, grand.fulfilled, grand.outstanding) == (4, 0, 4)


def test_demo_pledge_totals_per_actor_and_sector(store):
    """The demo's latest forum: money in baht, labour in person-days, the other kinds with
    their units, the estimated value, received and outstanding; the same figures as the
    action plan page (one computation, workshop.actions.meeting_totals)."""
    from workshop import actions as ac
    from workshop.demo import build_demo

    build_demo(store)
    m = resolve_meeting(store, "latest")
    sec = next(s for s in build_minutes(store, m.id).agenda if s.pledges)
    sectors = {t.sector: t.totals for t in sec.pledge_totals_sector}
    assert list(sectors) == [Sector.LOCAL_GOVERNMENT, Sector.PRIVATE, Sector.CIVIL_SOCIETY,
                             Sector.COMMUNITY, Sector.ACADEMIA]     # official order
    assert sectors[Sector.COMMUNITY].labour_days == 120             # ขุดลอก
    assert sectors[Sector.CIVIL_SOCIETY].labour_days == 24          # กลุ่มแม่บ้าน
    assert sum(t.labour_days for t in sectors.values()) == 144
    assert sum(t.money_baht for t in sectors.values()) == 155000
    assert sectors[Sector.PRIVATE].other_amounts == {(ResourceKind.MATERIALS, "ท่อน"): 20,
                                                     (ResourceKind.EQUIPMENT, "วัน"): 3}
    assert sectors[Sector.ACADEMIA].other_amounts == {(ResourceKind.KNOWLEDGE, "ครั้ง"): 4}
    grand = sec.pledge_grand_total.totals
    assert (grand.money_baht, grand.labour_days) == (155000, 144)
    assert grand.value_baht == sum(p.value_baht for p in sec.pledges) == 233200
    assert (grand.pledges, grand.fulfilled, grand.outstanding) == (8, 2, 6)
    pledged = store.find(Pledge, meeting_id=m.id)
    assert grand.fulfilled == sum(1 for p in pledged if p.fulfilled)
    # per actor: grouped under the organisation, the same rows the action plan page shows
    actors = {t.label: t.totals for t in sec.pledge_totals_actor}
    assert actors["คณะกรรมการหมู่บ้านหนองบัว"].labour_days == 120
    assert actors["กลุ่มแม่บ้านเกษตรกรหนองบัว"].labour_days == 24
    assert actors["องค์การบริหารส่วนตำบลโนนสูง"].money_baht == 150000
    assert sum(t.value_baht for t in actors.values()) == 233200
    page = {r.name: r.totals for r in ac.totals_by_actor(store, m.id) if r.totals.pledges}
    assert actors == page
    assert grand == ac.grand_total(store, m.id)


def test_follow_up_without_items_is_empty(rich):
    store, m = rich
    sec = next(s for s in build_minutes(store, m.id).agenda if s.kind == AgendaKind.FOLLOW_UP)
    assert sec.carried == [] and sec.notes == ""


def test_carried_over_items(rich):
    store, m = rich
    from workshop.model import Action, ActionStatus

    action = store.find(Action, meeting_id=m.id)[0]
    item = store.find(AgendaItem, meeting_id=m.id, kind=AgendaKind.FOLLOW_UP)[0]
    store.update(AgendaItem, item.id, source_table="actions", source_id=action.id)
    sec = next(s for s in build_minutes(store, m.id).agenda if s.kind == AgendaKind.FOLLOW_UP)
    carried = sec.carried[0]
    assert carried.title == action.title and carried.status == action.status
    # printed with its status in the minutes' language, never the raw value
    from workshop import vocabulary
    from workshop.minutes.labels import Labels
    from workshop.minutes.layout import _carried

    for lang in ("th", "en"):
        text = _carried(carried, Labels(lang))
        assert text.startswith(action.title + " (")
        assert vocabulary.label(action.status, lang).lower() in text.lower()
        assert action.status.value not in text or lang == "en"    # "planned" is English
    carried.status = ActionStatus.IN_PROGRESS
    assert "in_progress" not in _carried(carried, Labels("en"))
    assert "in_progress" not in _carried(carried, Labels("th"))


def test_latest_meeting_and_unknown_id(rich):
    store, m = rich
    older = store.add(Meeting(title="ครั้งก่อน", number=2, be_year=2569, date="2026-10-01"))
    same_day = store.add(Meeting(title="ปีก่อน", number=9, be_year=2568, date="2026-11-20"))
    assert resolve_meeting(store, "latest").id == m.id
    assert resolve_meeting(store, older.id).id == older.id
    assert same_day.id != m.id
    with pytest.raises(errors.NotFound):
        resolve_meeting(store, "no-such-meeting")


def test_latest_in_empty_file(store):
    with pytest.raises(errors.NotFound):
        resolve_meeting(store, "latest")


def test_signin_uses_registered_people_else_everyone(rich):
    store, m = rich
    sheet = build_signin(store, m.id)
    assert len(sheet.rows) == store.count(Attendance, meeting_id=m.id)
    assert sheet.rows[0].name == "นายสมชาย ใจดี" and sheet.rows[0].village_no == "5"
    other = store.add(Meeting(title="ครั้งหน้า", number=4, be_year=2569, date="2026-12-20"))
    everyone = build_signin(store, other.id)
    assert len(everyone.rows) == 12
