"""Next meeting: item 3 filled from open actions, deferred proposals, outstanding pledges."""
from __future__ import annotations

from workshop import actions as ac
from workshop import followup as fu
from workshop.meetings import agenda, create_meeting
from workshop.model import (
    Action, ActionStatus, AgendaKind, Meeting, Outcome, Person, Pledge, Proposal, ResourceKind,
)


def test_next_meeting_carries_over_and_updates_the_record(store):
    m1 = create_meeting(store, Meeting(title="เวที", body_name="หมู่ 5", date="2026-11-24"))
    boss = store.add(Person(prefix="นาย", first_name="ดำ"))
    open_a = ac.add_action(store, Action(meeting_id=m1.id, title="ซ่อมฝาย",
                                         lead_person_id=boss.id, due_date="2027-01-15"))
    ac.add_action(store, Action(meeting_id=m1.id, title="เสร็จแล้ว", status=ActionStatus.DONE))
    deferred = store.add(Proposal(meeting_id=m1.id, title="ตั้งกลุ่มออมทรัพย์",
                                  outcome=Outcome.DEFERRED))
    store.add(Proposal(meeting_id=m1.id, title="ผ่านแล้ว", outcome=Outcome.ADOPTED))
    pledge = ac.add_pledge(store, Pledge(meeting_id=m1.id, person_id=boss.id,
                                         kind=ResourceKind.MONEY, quantity=2000))

    m2 = fu.create_next_meeting(store, m1.id, "2026-12-24")
    assert m2.previous_id == m1.id and m2.number == 2
    items = agenda(store, m2.id)
    kinds = [(i.kind, i.source_table) for i in items]
    assert kinds[:2] == [(AgendaKind.ANNOUNCEMENTS, ""), (AgendaKind.APPROVE_MINUTES, "")]
    assert kinds[2] == (AgendaKind.FOLLOW_UP, "")
    assert kinds[3:6] == [(AgendaKind.FOLLOW_UP, "actions"), (AgendaKind.FOLLOW_UP, "proposals"),
                          (AgendaKind.FOLLOW_UP, "pledges")]
    assert [i.kind for i in items[6:]] == [AgendaKind.FOR_DECISION, AgendaKind.OTHER]
    assert [i.position for i in items] == list(range(8))
    assert {i.source_id for i in items[3:6]} == {open_a.id, deferred.id, pledge.id}
    assert "ซ่อมฝาย" in items[3].title and "2570" in items[3].title
    assert items[2].notes == ""          # the sub-items are the record; the minutes list them

    from workshop.minutes.content import build_minutes
    sections = build_minutes(store, m2.id).agenda
    assert [s.number for s in sections] == [1, 2, 3, 4, 5]
    assert len(sections[2].carried) == 3 and "ซ่อมฝาย" in sections[2].carried[0]

    subs = fu.followup_items(store, m2.id)
    _r, undo = store.record(fu.set_status, store, subs[0].id, ActionStatus.DONE)
    assert store.get(Action, open_a.id).status == ActionStatus.DONE
    store.undo(undo)
    assert store.get(Action, open_a.id).status == ActionStatus.PLANNED
    fu.set_status(store, subs[0].id, ActionStatus.DONE)
    fu.set_status(store, subs[2].id, True)
    assert store.get(Pledge, pledge.id).fulfilled is True
    fu.set_status(store, subs[1].id, Outcome.ADOPTED)
    assert fu.status_of(store, subs[1]) == Outcome.ADOPTED

    # the third meeting carries over only what is still open (across the series)
    m3 = fu.create_next_meeting(store, m2.id, "2027-01-24")
    assert fu.followup_items(store, m3.id) == []
    header = [i for i in agenda(store, m3.id) if i.kind == AgendaKind.FOLLOW_UP][0]
    assert header.notes == fu.NONE_TEXT


def test_open_matters_of_earlier_meetings_are_carried(store):
    m1 = create_meeting(store, Meeting(title="เวที", date="2026-10-01"))
    a = ac.add_action(store, Action(meeting_id=m1.id, title="ทำป้าย",
                                    status=ActionStatus.IN_PROGRESS))
    m2 = fu.create_next_meeting(store, m1.id, "2026-11-01")
    m3 = fu.create_next_meeting(store, m2.id, "2026-12-01")
    assert [i.source_id for i in fu.followup_items(store, m3.id)] == [a.id]
    assert fu.series(store, m3.id) == [m3.id, m2.id, m1.id]


def test_agenda_numbering_matches_the_minutes(store):
    """Carried matters are "3.1", "3.2"... under item 3, as the minutes attach them to
    section 3; the items after them keep the minutes' section numbers."""
    from workshop import agenda as agenda_svc
    from workshop.minutes.content import build_minutes

    m1 = create_meeting(store, Meeting(title="เวที", body_name="หมู่ 5", date="2026-11-24"))
    ac.add_action(store, Action(meeting_id=m1.id, title="ซ่อมฝาย"))
    ac.add_action(store, Action(meeting_id=m1.id, title="ลอกคลอง"))
    m2 = fu.create_next_meeting(store, m1.id, "2026-12-24")
    items = agenda(store, m2.id)
    numbers = agenda_svc.numbering(items)
    assert numbers == ["1", "2", "3", "3.1", "3.2", "4", "5"]
    sections = build_minutes(store, m2.id).agenda
    main = [it for it, n in zip(items, numbers) if "." not in n]
    assert [str(s.number) for s in sections] == [n for n in numbers if "." not in n]
    assert [s.title for s in sections] == [it.title for it in main]
    assert len(sections[2].carried) == 2
    # no header: a stray FOLLOW_UP item with a source is an ordinary numbered item
    assert agenda_svc.numbering([items[3]]) == ["1"]
