"""PDPA in practice: the consent box decides who is named; pseudonyms; erasing a person."""
from __future__ import annotations

import dataclasses
import json

import pytest

from workshop import actions, interchange, privacy
from workshop.minutes.content import build_minutes, build_signin
from workshop.model import (Action, Attendance, Contribution, Gender, Issue, Meeting,
                            Organisation, Person, Pledge, Sector, SpeakerTurn)
from workshop.store import Store

SECRET_NAME = "นางลำดวน ซ่อนกาย"
SECRET_PHONE = "089-555-0101"
MEMBER_NAME = "นายเงียบ สงบใจ"
MEMBER_PHONE = "081-777-2222"


@pytest.fixture
def forum(store):
    """A meeting with a consenting chair, a member and a participant without consent."""
    with store.transaction():
        shop = store.add(Organisation(name="ร้านค้าชุมชน", sector=Sector.PRIVATE))
        chair = store.add(Person(prefix="นาย", first_name="สมชาย", last_name="ใจดี",
                                 consent=True, phone="081-000-0000", gender=Gender.MALE))
        member = store.add(Person(prefix="นาย", first_name="เงียบ", last_name="สงบใจ",
                                  phone=MEMBER_PHONE, gender=Gender.MALE))
        secret = store.add(Person(prefix="นาง", first_name="ลำดวน", last_name="ซ่อนกาย",
                                  phone=SECRET_PHONE, gender=Gender.FEMALE,
                                  organisation_id=shop.id, notes="ไม่ขอเปิดเผยชื่อ"))
        other = store.add(Person(first_name="ขวัญใจ", last_name="ไม่บอก",
                                 gender=Gender.FEMALE, organisation_id=shop.id))
        m = store.add(Meeting(title="เวทีประชาคม", number=1, be_year=2569, date="2026-05-01",
                              chair_id=chair.id))
        store.add(Attendance(meeting_id=m.id, person_id=chair.id))
        store.add(Attendance(meeting_id=m.id, person_id=member.id))
        store.add(Attendance(meeting_id=m.id, person_id=secret.id, member=False))
        store.add(Attendance(meeting_id=m.id, person_id=other.id, member=False))
        store.add(Issue(meeting_id=m.id, title="น้ำท่วม", raised_by_name=SECRET_NAME,
                        description=f"แจ้งโดย {SECRET_NAME} โทร {SECRET_PHONE}"))
        store.add(SpeakerTurn(meeting_id=m.id, name=SECRET_NAME))
        store.add(Contribution(meeting_id=m.id, person_id=secret.id,
                               text=f"{SECRET_NAME} เสนอให้ขุดลอกคลอง"))
        act = store.add(Action(meeting_id=m.id, title="ขุดลอกคลอง", lead_person_id=secret.id))
        store.add(Pledge(meeting_id=m.id, action_id=act.id, person_id=secret.id,
                         description="แรงงาน", quantity=2, unit="คน-วัน"))
    return store, m, dict(chair=chair, member=member, secret=secret, other=other)


def _text(obj) -> str:
    return json.dumps(dataclasses.asdict(obj), ensure_ascii=False, default=str)


def test_official_minutes_name_members_and_count_the_others(forum):
    store, m, p = forum
    mins = build_minutes(store, m.id)
    present = [line.name for line in mins.present]
    assert "นายสมชาย ใจดี" in present and MEMBER_NAME in present     # members: public task
    text = _text(mins)
    assert SECRET_NAME not in text and "ขวัญใจ" not in text
    assert SECRET_PHONE not in text and MEMBER_PHONE not in text
    (group,) = mins.participants                     # the shop's two women, counted
    assert group.sector == Sector.PRIVATE
    assert [line.name for line in group.people] == [f"{privacy.UNNAMED} หญิง 2 รวม 2 คน"]
    # the action lead and the pledge are shown, without the name
    sec = next(s for s in mins.agenda if s.actions)
    assert sec.actions[0].lead == privacy.UNNAMED and sec.pledges[0].actor == privacy.UNNAMED


def test_public_minutes_name_only_who_consented(forum):
    store, m, p = forum
    mins = build_minutes(store, m.id, privacy.Audience.PUBLIC)
    text = _text(mins)
    assert "นายสมชาย ใจดี" in text
    assert MEMBER_NAME not in text and SECRET_NAME not in text
    assert [line.name for line in mins.present] == [
        "นายสมชาย ใจดี", f"{privacy.UNNAMED} ชาย 1 รวม 1 คน"]
    # withdraw the chair's consent: nobody is named any more
    store.update(Person, p["chair"].id, consent=False)
    text = _text(build_minutes(store, m.id, privacy.Audience.PUBLIC))
    assert "สมชาย" not in text and "ใจดี" not in text


def test_signin_sheet_leaves_a_blank_row_for_who_is_not_named(forum):
    store, m, p = forum
    sheet = build_signin(store, m.id)
    names = [r.name for r in sheet.rows]
    assert names == ["นายสมชาย ใจดี", MEMBER_NAME, "", ""]
    assert SECRET_NAME not in _text(sheet) and "ร้านค้าชุมชน" not in _text(sheet)


def test_action_plan_csv_names_nobody_without_consent(forum):
    store, m, p = forum
    text = actions.csv_text(store, m.id)
    assert "ขุดลอกคลอง" in text and privacy.UNNAMED in text
    assert SECRET_NAME not in text and "ลำดวน" not in text and SECRET_PHONE not in text


def test_anonymised_export_replaces_every_name_and_phone_stably(forum, tmp_path):
    store, m, p = forum
    a = interchange.export_json(store, tmp_path / "a.json", anonymise=True).read_text("utf-8")
    b = interchange.export_json(store, tmp_path / "b.json", anonymise=True).read_text("utf-8")
    data_a, data_b = json.loads(a), json.loads(b)
    data_a["meta"].pop("anonymised"), data_b["meta"].pop("anonymised")
    assert data_a == data_b                                        # stable pseudonyms
    for person in p.values():
        assert person.first_name not in a and person.last_name not in a
        if person.phone:
            assert person.phone not in a and person.phone.replace("-", "") not in a
    assert privacy.pseudonym(p["secret"].id) in a
    assert "เสนอให้ขุดลอกคลอง" in a                                    # content is kept
    # the anonymised export is still a valid workshop export
    with Store.create(tmp_path / "anon.prachakhom", backups=False) as other:
        interchange.import_data(other, data_a)
        assert other.integrity_check() == []
        assert other.get(Person, p["secret"].id).first_name == privacy.pseudonym(p["secret"].id)


def _grep(data: bytes, *texts: str) -> list[str]:
    return [t for t in texts if t.encode("utf-8") in data]


def test_erasure_reaches_the_file_its_export_and_its_backups(forum, tmp_path):
    store, m, p = forum
    secret = p["secret"]
    store.make_backup()
    store.update(Person, p["chair"].id, notes=f"ติดต่อ {SECRET_NAME} ผ่าน {SECRET_PHONE}")
    store.make_backup()
    old_export = interchange.export_data(store)
    backups = store.list_backups()
    assert len(backups) >= 2
    assert _grep(backups[0].read_bytes(), SECRET_NAME, SECRET_PHONE)    # it was there
    report = privacy.erase_person(store, secret.id)
    assert report.rows_removed >= 2 and report.texts_cleaned >= 4
    assert len(report.backups_cleaned) == len(backups) and not report.backups_removed
    assert store.maybe(Person, secret.id) is None and store.is_deleted(secret.id)
    export = interchange.dumps(interchange.export_data(store))
    path = store.path
    store.close()
    needles = (SECRET_NAME, "ลำดวน ซ่อนกาย", "ลำดวนซ่อนกาย", SECRET_PHONE, "0895550101")
    assert _grep(path.read_bytes(), *needles) == []
    assert _grep(export.encode("utf-8"), *needles) == []
    for b in backups:
        assert _grep(b.read_bytes(), *needles) == [], b.name
    # a merge of an export made before the erasure does not bring the person back
    with Store.open(path) as again:
        interchange.import_data(again, old_export)
        assert again.maybe(Person, secret.id) is None
        assert again.rows("SELECT count(*) FROM attendance WHERE person_id=?",
                          (secret.id,))[0][0] == 0
        assert "ขุดลอกคลอง" in [a.title for a in again.find(Action)]   # the rest is kept


def test_erase_person_command(forum, tmp_path):
    from workshop.cli import main

    store, m, p = forum
    path = store.path
    store.close()
    assert main(["erase-person", str(path), p["secret"].id]) == 0
    assert _grep(path.read_bytes(), SECRET_NAME, SECRET_PHONE) == []
