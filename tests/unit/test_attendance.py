"""Check-in: statuses, substitutes, counts by sector and gender, state/non-state, quorum."""
from __future__ import annotations

import pytest

from workshop import attendance, errors, roles
from workshop.meetings import create_meeting
from workshop.model import (
    Attendance, AttendanceStatus, Gender, Meeting, MeetingRole, MeetingRoleAssignment,
    NetworkRole, NetworkRoleAssignment, Organisation, Person, Sector,
)


@pytest.fixture
def forum(store):
    m = create_meeting(store, Meeting(title="เวทีประชาคมหมู่ที่ 3", date="2026-03-01"))
    aobt = store.add(Organisation(name="อบต.บ้านนา", sector=Sector.LOCAL_GOVERNMENT))
    shop = store.add(Organisation(name="ร้านค้าชุมชน", sector=Sector.PRIVATE))
    p = {
        "head": store.add(Person(prefix="นาย", first_name="สมชาย", last_name="ใจดี",
                                 gender=Gender.MALE)),
        "staff": store.add(Person(prefix="นาง", first_name="กาญจนา", last_name="คำดี",
                                  gender=Gender.FEMALE, organisation_id=aobt.id)),
        "shop": store.add(Person(first_name="วิชัย", last_name="ค้าขาย", gender=Gender.MALE,
                                 organisation_id=shop.id)),
        "vol": store.add(Person(prefix="นาง", first_name="สมศรี", last_name="รักถิ่น",
                                gender=Gender.FEMALE)),
        "sub": store.add(Person(prefix="นาย", first_name="มานะ", last_name="แทนที่",
                                gender=Gender.MALE)),
    }
    return store, m, p, aobt


def test_check_in_sets_time_and_returns_previous(forum):
    store, m, p, _ = forum
    assert attendance.check_in(store, m.id, p["head"].id, at="2026-03-01T02:00:00+00:00") is None
    a = attendance.get(store, m.id, p["head"].id)
    assert a.status == AttendanceStatus.PRESENT and a.check_in_at.startswith("2026-03-01T02")
    # checking in again keeps the first time
    prev = attendance.check_in(store, m.id, p["head"].id)
    assert prev.check_in_at == a.check_in_at
    assert attendance.get(store, m.id, p["head"].id).check_in_at == a.check_in_at
    assert store.count(Attendance) == 1


def test_undo_of_a_check_in(forum):
    store, m, p, _ = forum
    _r, step = store.record(attendance.check_in, store, m.id, p["vol"].id)
    store.undo(step)
    assert attendance.get(store, m.id, p["vol"].id) is None
    attendance.set_attendance(store, m.id, p["vol"].id, status=AttendanceStatus.ABSENT,
                              reason="ไปโรงพยาบาล")
    _r, step = store.record(attendance.check_in, store, m.id, p["vol"].id)
    assert attendance.get(store, m.id, p["vol"].id).status == AttendanceStatus.PRESENT
    store.undo(step)
    a = attendance.get(store, m.id, p["vol"].id)
    assert (a.status, a.reason, a.check_in_at) == (AttendanceStatus.ABSENT, "ไปโรงพยาบาล", "")


def test_absent_excused_and_substitute(forum):
    store, m, p, _ = forum
    attendance.set_attendance(store, m.id, p["head"].id, status=AttendanceStatus.EXCUSED,
                              reason="ติดราชการ")
    attendance.set_attendance(store, m.id, p["sub"].id, substitute_for_id=p["head"].id,
                              member=False)
    sub = attendance.get(store, m.id, p["sub"].id)
    assert sub.status == AttendanceStatus.PRESENT and sub.member is True
    assert sub.substitute_for_id == p["head"].id and sub.check_in_at
    rows = attendance.roster(store, m.id)
    assert [r.substitute_for.first_name for r in rows if r.substitute_for] == ["สมชาย"]
    with pytest.raises(errors.InvalidInput):
        attendance.set_attendance(store, m.id, p["vol"].id, substitute_for_id=p["vol"].id)


def test_counts_by_sector_gender_and_member(forum):
    store, m, p, _ = forum
    for k in ("head", "staff", "shop", "vol"):
        attendance.check_in(store, m.id, p[k].id, member=(k != "shop"))
    attendance.set_attendance(store, m.id, p["sub"].id, status=AttendanceStatus.ABSENT,
                              reason="ป่วย")
    c = attendance.counts(store, m.id)
    assert (c.present, c.absent, c.excused) == (4, 1, 0)
    assert (c.members_present, c.participants_present) == (3, 1)
    assert c.by_sector[Sector.LOCAL_GOVERNMENT] == 1
    assert c.by_sector[Sector.PRIVATE] == 1
    assert c.by_sector[Sector.COMMUNITY] == 2
    assert c.by_gender[Gender.FEMALE] == 2 and c.by_gender[Gender.MALE] == 2
    assert (c.state_present, c.non_state_present) == (1, 3)


def test_state_and_non_state_check(forum):
    store, m, p, _ = forum
    c = attendance.counts(store, m.id)
    assert not c.both_state_and_non_state and c.missing_side == "both"
    attendance.check_in(store, m.id, p["vol"].id)
    c = attendance.counts(store, m.id)
    assert not c.both_state_and_non_state and c.missing_side == "state"
    attendance.check_in(store, m.id, p["staff"].id)
    c = attendance.counts(store, m.id)
    assert c.both_state_and_non_state and c.missing_side == ""
    attendance.remove(store, m.id, p["vol"].id)
    assert attendance.counts(store, m.id).missing_side == "non_state"


def test_quorum_counts_members_and_substitutes(forum):
    store, m, p, _ = forum
    assert attendance.counts(store, m.id).quorum_met is None
    store.update(Meeting, m.id, quorum=3)
    attendance.check_in(store, m.id, p["head"].id)
    attendance.check_in(store, m.id, p["shop"].id, member=False)
    c = attendance.counts(store, m.id)
    assert c.quorum == 3 and c.members_present == 1 and c.quorum_met is False
    attendance.set_attendance(store, m.id, p["sub"].id, substitute_for_id=p["vol"].id,
                              member=False)
    attendance.check_in(store, m.id, p["staff"].id)
    c = attendance.counts(store, m.id)
    assert c.members_present == 3 and c.substitutes == 1 and c.quorum_met is True


def test_register_and_check_in_is_one_transaction(forum):
    store, m, _, _ = forum
    changes = []
    store.subscribe(changes.append)
    person = Person(prefix="นาง", first_name="บุญมี", last_name="ใหม่")
    org = Organisation(name="กลุ่มแม่บ้าน", sector=Sector.CIVIL_SOCIETY)
    rec = attendance.register_and_check_in(store, m.id, person, organisation=org, member=False)
    assert len(changes) == 1
    assert changes[0].touches("people", "attendance", "organisations")
    assert store.get(Person, person.id).organisation_id == org.id
    assert rec.member is False and rec.check_in_at
    _r, step = store.record(store.delete, Person, person.id)
    assert attendance.get(store, m.id, person.id) is None
    store.undo(step)
    assert attendance.get(store, m.id, person.id).id == rec.id
    with pytest.raises(errors.InvalidInput):
        attendance.register_and_check_in(store, m.id, Person(first_name=""))


def test_usual_member_remembered_across_meetings(forum):
    store, m, p, _ = forum
    attendance.check_in(store, m.id, p["shop"].id, member=False)
    m2 = create_meeting(store, Meeting(title="ครั้งที่ 2", date="2026-04-01"))
    attendance.check_in(store, m2.id, p["shop"].id)
    assert attendance.get(store, m2.id, p["shop"].id).member is False


def test_roster_everyone_lists_unrecorded_people(forum):
    store, m, p, _ = forum
    attendance.check_in(store, m.id, p["vol"].id)
    rows = attendance.roster(store, m.id, everyone=True)
    assert rows[0].person.id == p["vol"].id and rows[0].attendance is not None
    assert len(rows) == 5 and all(r.attendance is None for r in rows[1:])


def test_meeting_roles_fill_meeting_fields_and_undo(forum):
    store, m, p, _ = forum
    _r, ch = store.record(roles.assign_meeting_role, store, m.id, p["head"].id,
                          MeetingRole.CHAIR)
    assert store.get(Meeting, m.id).chair_id == p["head"].id
    assert roles.assign_meeting_role(store, m.id, p["head"].id, MeetingRole.CHAIR) is None
    store.undo(ch)
    assert store.get(Meeting, m.id).chair_id is None
    assert store.count(MeetingRoleAssignment) == 0
    store.redo(ch)
    assert store.get(Meeting, m.id).chair_id == p["head"].id
    _r, un = store.record(roles.unassign_meeting_role, store, m.id, p["head"].id,
                          MeetingRole.CHAIR)
    assert store.get(Meeting, m.id).chair_id is None
    store.undo(un)
    assert store.get(Meeting, m.id).chair_id == p["head"].id
    assert roles.people_in_role(store, m.id, MeetingRole.CHAIR) == [p["head"].id]


def test_network_roles_actors_and_summary(forum):
    store, m, p, aobt = forum
    attendance.check_in(store, m.id, p["staff"].id)
    attendance.check_in(store, m.id, p["vol"].id)
    actors = roles.actors_present(store, m.id)
    assert [(a.kind, a.name) for a in actors] == [
        ("organisation", "อบต.บ้านนา"), ("person", "นางกาญจนา คำดี"), ("person", "นางสมศรี รักถิ่น")]
    s = roles.summary(store, m.id)
    assert not s.non_state_deciding
    vol = actors[2]
    store.add(roles.new_network_role(m.id, vol, NetworkRole.DECIDING))
    store.add(roles.new_network_role(m.id, actors[0], NetworkRole.DECIDING))
    s = roles.summary(store, m.id)
    assert s.non_state_deciding and s.shared(NetworkRole.DECIDING)
    assert not s.shared(NetworkRole.PLANNING)
    found = roles.find_network_role(store, m.id, vol, NetworkRole.DECIDING)
    assert found is not None and found.person_id == p["vol"].id
    assert roles.find_network_role(store, m.id, vol, NetworkRole.PLANNING) is None
    assert len(roles.network_roles(store, m.id)) == 2
    assert store.count(NetworkRoleAssignment, organisation_id=aobt.id) == 1


def test_roster_keeps_check_in_order_within_one_millisecond(store, monkeypatch):
    """Two check-ins in the same millisecond (timestamps have ms resolution) stay in the
    order they were made; before, the tie fell to the (random) person ids, which made the
    roles page's rows, and a test over them, change order from run to run."""
    import workshop.attendance as att_mod
    import workshop.store.records as store_mod

    frozen = "2026-11-24T02:00:00.000+00:00"
    monkeypatch.setattr(att_mod, "now_iso", lambda: frozen)
    monkeypatch.setattr(store_mod, "now_iso", lambda: frozen)
    m = create_meeting(store, Meeting(title="เวที", date="2026-11-24"))
    people = [store.add(Person(first_name=f"คนที่{n}")) for n in range(12)]
    for p in people:
        attendance.check_in(store, m.id, p.id)
    assert [r.person.id for r in attendance.roster(store, m.id)] == [p.id for p in people]
