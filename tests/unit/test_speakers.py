"""Speakers' queue, turn timing with fake time, and the balance of who has been heard."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from workshop import errors
from workshop import speakers as sp
from workshop.meetings import agenda, create_meeting
from workshop.model import (
    Attendance, AttendanceStatus, ContributionKind, Gender, Meeting, Organisation, Person,
    Sector, SpeakerTurn,
)

T0 = datetime(2026, 11, 24, 9, 0, tzinfo=timezone.utc)


def at(sec: int) -> datetime:
    return T0 + timedelta(seconds=sec)


@pytest.fixture
def forum(store):
    m = create_meeting(store, Meeting(title="เวที", date="2026-11-24"))
    item = agenda(store, m.id)[3]
    obt = store.add(Organisation(name="อบต.หนองบัว", sector=Sector.LOCAL_GOVERNMENT))
    grp = store.add(Organisation(name="กลุ่มแม่บ้าน", sector=Sector.COMMUNITY))
    a = store.add(Person(prefix="นาง", first_name="สมศรี", last_name="ใจดี",
                         gender=Gender.FEMALE, organisation_id=grp.id))
    b = store.add(Person(prefix="นาย", first_name="สมชาย", last_name="ทองดี",
                         gender=Gender.MALE, organisation_id=obt.id))
    c = store.add(Person(prefix="นางสาว", first_name="มาลี", gender=Gender.FEMALE))
    for p in (a, b, c):
        store.add(Attendance(meeting_id=m.id, person_id=p.id, status=AttendanceStatus.PRESENT))
    return store, m, item, (a, b, c)


def test_queue_order_and_next(forum):
    store, m, item, (a, b, c) = forum
    sp.enqueue(store, m.id, item.id, person_id=a.id, limit_s=60, now=at(0))
    sp.enqueue(store, m.id, item.id, name="ลุงแดง", now=at(1))
    sp.enqueue(store, m.id, item.id, person_id=b.id, now=at(2))
    assert [t.name for t in sp.waiting(store, m.id, item.id)] == [
        "นางสมศรี ใจดี", "ลุงแดง", "นายสมชาย ทองดี"]
    with pytest.raises(errors.InvalidInput):
        sp.enqueue(store, m.id, item.id, name="   ")

    sp.start_next(store, m.id, item.id, at(10))
    cur = sp.speaking(store, m.id)
    assert cur.person_id == a.id
    assert sp.elapsed(cur, at(55)) == 45 and sp.overrun(cur, at(55)) == 0
    assert sp.overrun(cur, at(100)) == 30          # limit 60 s, 90 s spoken

    _r, undo = store.record(sp.start_next, store, m.id, item.id, at(100))
    done = store.get(SpeakerTurn, cur.id)
    assert done.duration_s == 90 and done.ended_at
    assert sp.speaking(store, m.id).name == "ลุงแดง"
    store.undo(undo)                          # undo "next": a speaks again
    assert sp.speaking(store, m.id).id == cur.id
    assert len(sp.waiting(store, m.id, item.id)) == 2

    sp.end_turn(store, m.id, at(130))
    assert sp.speaking(store, m.id) is None
    assert store.get(SpeakerTurn, cur.id).duration_s == 120


def test_balance_and_not_heard(forum):
    store, m, item, (a, b, c) = forum
    sp.enqueue(store, m.id, item.id, person_id=a.id)
    sp.enqueue(store, m.id, item.id, person_id=b.id)
    sp.enqueue(store, m.id, item.id, name="ผู้ไม่ลงทะเบียน")
    sp.start_next(store, m.id, item.id, at(0))
    sp.start_next(store, m.id, item.id, at(30))    # a spoke 30 s
    sp.start_next(store, m.id, item.id, at(100))   # b spoke 70 s
    bal = sp.balance(store, m.id, at(110))         # free name speaking for 10 s
    assert bal.turns == 3 and bal.seconds == 110
    assert bal.by_sector[Sector.COMMUNITY].seconds == 30
    assert bal.by_sector[Sector.LOCAL_GOVERNMENT].turns == 1
    assert bal.by_sector[None].seconds == 10
    assert bal.by_gender[Gender.FEMALE].turns == 1 and bal.by_gender[Gender.MALE].seconds == 70
    assert [p.id for p in bal.not_heard] == [c.id]
    assert bal.present_by_gender[Gender.FEMALE] == 2


def test_nobody_spoke_yet(forum):
    store, m, item, people = forum
    bal = sp.balance(store, m.id, at(0))
    assert bal.turns == 0 and len(bal.not_heard) == 3


def test_contributions(forum):
    store, m, item, (a, *_rest) = forum
    sp.add_contribution(store, m.id, item.id, ContributionKind.CONCERN, "น้ำท่วมทุกปี",
                        person_id=a.id)
    with pytest.raises(errors.InvalidInput):
        sp.add_contribution(store, m.id, item.id, ContributionKind.IDEA, " ")
    got = sp.contributions(store, m.id, item.id)
    assert [(c.kind, c.text) for c in got] == [(ContributionKind.CONCERN, "น้ำท่วมทุกปี")]


def test_a_free_name_linked_to_the_register_counts_with_the_person(forum):
    store, m, item, (a, b, c) = forum
    t1 = sp.enqueue(store, m.id, item.id, name="ลุงแดง")
    sp.enqueue(store, m.id, item.id, name="ป้าแดง")
    sp.start_next(store, m.id, item.id, at(0))
    sp.add_contribution(store, m.id, item.id, ContributionKind.IDEA, "ขุดลอกคลอง", turn_id=t1.id)
    sp.end_turn(store, m.id, at(20))
    assert sp.balance(store, m.id, at(30)).by_sector[None].seconds == 20
    assert sp.unlinked_names(store, m.id) == ["ป้าแดง", "ลุงแดง"]
    assert sp.link_name(store, m.id, "ลุงแดง", b.id) == 1
    assert sp.unlinked_names(store, m.id) == ["ป้าแดง"]
    bal = sp.balance(store, m.id, at(30))
    assert None not in bal.by_sector and bal.by_sector[Sector.LOCAL_GOVERNMENT].seconds == 20
    assert [x.person_id for x in sp.contributions(store, m.id)] == [b.id]
    with pytest.raises(errors.InvalidInput):
        sp.link_name(store, m.id, "ไม่มีชื่อนี้", b.id)
