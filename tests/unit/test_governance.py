"""The six conditions and four principles are judged from what was recorded."""
from workshop import governance
from workshop.demo import build_demo
from workshop.meetings import create_meeting, latest_meeting
from workshop.model import (
    Attendance, Meeting, NetworkRole, NetworkRoleAssignment, Organisation, Person, Sector,
)


def test_demo_latest_meeting_meets_every_condition(store):
    build_demo(store)
    m = latest_meeting(store)
    a = governance.assess(store, m.id)
    assert [f.key for f in a.conditions] == list(governance.CONDITIONS)
    assert {f.level for f in a.conditions} == {governance.MET}, a.conditions
    assert a.level("accountability") == governance.MET


def test_empty_meeting_meets_nothing(store):
    m = create_meeting(store, Meeting(title="ว่าง"))
    a = governance.assess(store, m.id)
    assert all(f.level == governance.NOT_MET for f in a.conditions if f.key != "structure")
    assert a.level("participation") == governance.NOT_MET


def test_only_state_actors_is_not_collaboration(store):
    abt = store.add(Organisation(name="อบต.", sector=Sector.LOCAL_GOVERNMENT))
    m = create_meeting(store, Meeting(title="t", initiator_id=abt.id))
    for i in range(3):
        p = store.add(Person(first_name=f"คน{i}", organisation_id=abt.id))
        store.add(Attendance(meeting_id=m.id, person_id=p.id))
    a = governance.assess(store, m.id)
    assert a.level("initiation") == governance.MET
    assert a.level("actors") == governance.NOT_MET
    # a community member who takes part in deciding changes the picture
    villager = store.add(Person(first_name="ชาวบ้าน"))
    store.add(Attendance(meeting_id=m.id, person_id=villager.id))
    store.add(NetworkRoleAssignment(meeting_id=m.id, person_id=villager.id,
                                    role=NetworkRole.DECIDING))
    a = governance.assess(store, m.id)
    assert a.level("actors") == governance.PARTLY
    assert a.level("roles") == governance.PARTLY
