"""Meetings that follow each other (issue 12, item 2): numbers per body and B.E. year without
duplicates, renumbered when the body or the year changes; the next meeting of a series takes
the place, officers, quorum, map and body; planned → open → closed; a closed meeting is
read-only for every caller until reopened, and its minutes are no longer a draft."""
from __future__ import annotations

import pytest

from workshop import errors
from workshop import meetings as mt
from workshop.followup import create_next_meeting, report
from workshop.minutes.content import build_minutes
from workshop.model import (Action, ActionStatus, AgendaItem, Attendance, CommunityMap, Issue,
                            IssueLink, Meeting, MeetingStatus, Person, Pledge)

BODY = "ประชาคมหมู่บ้านหนองบัว หมู่ที่ 5"


def _meeting(store, body=BODY, day="2026-03-15", **kw) -> Meeting:
    return mt.create_meeting(store, Meeting(title="เวที", body_name=body, date=day, number=0,
                                            **kw))


def _numbers(store, body=BODY, be=2569) -> list[int]:
    return sorted(m.number for m in store.find(Meeting, body_name=body, be_year=be))


# ------------------------------------------------------------------ numbering
def test_numbers_follow_on_per_body_and_year(store):
    for day in ("2026-01-10", "2026-04-10", "2026-07-10"):
        _meeting(store, day=day)
    other = _meeting(store, body="คณะกรรมการหมู่บ้าน", day="2026-08-01")
    next_year = _meeting(store, day="2027-02-01")
    assert _numbers(store) == [1, 2, 3]
    assert (other.number, other.be_year) == (1, 2569)          # its own body's first
    assert (next_year.number, next_year.be_year) == (1, 2570)  # numbering restarts each year


def test_a_taken_number_is_never_given_twice(store):
    _meeting(store)
    _meeting(store)
    # the default number (1) and an explicit taken one both become the next free number
    dup = mt.create_meeting(store, Meeting(title="x", body_name=BODY, date="2026-05-01"))
    dup2 = mt.create_meeting(store, Meeting(title="x", body_name=BODY, date="2026-05-01",
                                            number=2))
    assert (dup.number, dup2.number) == (3, 4)
    assert _numbers(store) == [1, 2, 3, 4]


def test_new_meeting_takes_the_files_body_so_it_is_numbered_after_its_meetings(store):
    for _ in range(3):
        _meeting(store, day="2026-11-01")
    m = mt.new_meeting(store, "เวทีใหม่", "2026-11-30")
    assert (m.body_name, m.number, m.be_year, m.previous_id) == (BODY, 4, 2569, None)
    assert m.venue == "" and m.chair_id is None                # outside the series: empty


def test_changing_the_body_renumbers_into_the_new_body(store):
    for _ in range(3):
        _meeting(store)
    lone = _meeting(store, body="")
    assert lone.number == 1
    got = mt.update_details(store, lone.id, body_name=BODY)
    assert (got.number, got.body_name) == (4, BODY)
    assert _numbers(store) == [1, 2, 3, 4]


def test_changing_the_year_by_the_date_renumbers_and_a_same_year_date_does_not(store):
    a = _meeting(store, day="2026-03-01")
    b = _meeting(store, day="2026-06-01")
    _meeting(store, day="2027-01-05")                            # 1/2570
    got = mt.update_details(store, b.id, date="2026-09-30")     # same year: stays 2
    assert (got.number, got.be_year) == (2, 2569)
    got = mt.update_details(store, b.id, date="2027-03-01")
    assert (got.number, got.be_year) == (2, 2570)               # after 1/2570
    got = mt.update_details(store, a.id, be_year=2570)          # the year typed in
    assert (got.number, got.be_year) == (3, 2570)
    assert _numbers(store, be=2570) == [1, 2, 3] and _numbers(store) == []


def test_a_typed_number_that_is_taken_is_refused_and_nothing_changes(store):
    _meeting(store, day="2026-03-01")
    b = _meeting(store, day="2026-06-01")
    with pytest.raises(errors.InvalidInput, match="1/2569"):
        mt.update_details(store, b.id, number=1, venue="ศาลา")
    assert (store.get(Meeting, b.id).number, store.get(Meeting, b.id).venue) == (2, "")
    assert mt.update_details(store, b.id, number=7).number == 7


def test_renumbering_is_one_undo_step(store):
    for _ in range(2):
        _meeting(store)
    lone = _meeting(store, body="")
    _r, step = store.record(mt.update_details, store, lone.id, body_name=BODY)
    assert store.get(Meeting, lone.id).number == 3
    store.undo(step)
    back = store.get(Meeting, lone.id)
    assert (back.number, back.body_name) == (1, "")


# ------------------------------------------------------------------ series
def test_the_next_meeting_takes_place_officers_quorum_map_and_body(store):
    chair, rec, rev = (store.add(Person(first_name=n)) for n in ("ประธาน", "เลขา", "ผู้ตรวจ"))
    prev = _meeting(store, venue="ศาลาวัด", village_no="5", village_name="บ้านหนองบัว",
                    subdistrict="โนนสูง", district="น้ำพอง", province="ขอนแก่น",
                    chair_id=chair.id, recorder_id=rec.id, reviewer_id=rev.id, quorum=12,
                    start_time="09:00")
    store.add(CommunityMap(meeting_id=prev.id, name="แผนที่หมู่บ้าน", image=b"\x89PNG..",
                           width=800, height=600))
    prev = mt.close_meeting(store, prev.id)          # a closed meeting is followed on
    nxt, step = store.record(mt.create_next, store, prev.id, "2026-07-19")
    fields = ("body_name", "title", "venue", "village_no", "village_name", "subdistrict",
              "district", "province", "chair_id", "recorder_id", "reviewer_id", "quorum")
    assert {f: getattr(nxt, f) for f in fields} == {f: getattr(prev, f) for f in fields}
    assert (nxt.previous_id, nxt.status, nxt.number, nxt.start_time) == (
        prev.id, MeetingStatus.PLANNED, 2, "")
    maps = store.find(CommunityMap, meeting_id=nxt.id)
    assert [(m.name, m.image, m.width) for m in maps] == [("แผนที่หมู่บ้าน", b"\x89PNG..", 800)]
    assert store.count(CommunityMap, meeting_id=prev.id) == 1    # the old one keeps its own
    store.undo(step)
    assert store.count(Meeting) == 1 and store.count(CommunityMap) == 1


# ------------------------------------------------------------------ status
def test_status_goes_planned_open_closed_and_back_to_open(store):
    m = _meeting(store)
    assert m.status == MeetingStatus.PLANNED
    assert mt.open_meeting(store, m.id).status == MeetingStatus.IN_PROGRESS
    with pytest.raises(errors.InvalidInput, match="open to open"):
        mt.open_meeting(store, m.id)
    assert mt.close_meeting(store, m.id).status == MeetingStatus.CLOSED
    with pytest.raises(errors.InvalidInput, match="closed to closed"):
        mt.close_meeting(store, m.id)
    assert mt.reopen_meeting(store, m.id).status == MeetingStatus.IN_PROGRESS
    planned = _meeting(store)             # minutes typed in afterwards: closed straight away
    assert mt.close_meeting(store, planned.id).status == MeetingStatus.CLOSED


def test_closing_is_one_undo_step(store):
    m = _meeting(store)
    _r, step = store.record(mt.close_meeting, store, m.id)
    assert store.get(Meeting, m.id).status == MeetingStatus.CLOSED
    store.undo(step)
    assert store.get(Meeting, m.id).status == MeetingStatus.PLANNED
    store.add(Issue(meeting_id=m.id, title="เปิดอยู่"))           # writable again


@pytest.fixture
def closed(store):
    m = _meeting(store)
    p = store.add(Person(first_name="สมชาย"))
    att = store.add(Attendance(meeting_id=m.id, person_id=p.id))
    a, b = (store.add(Issue(meeting_id=m.id, title=t)) for t in ("น้ำ", "ถนน"))
    action = store.add(Action(meeting_id=m.id, title="ซ่อมท่อ", issue_id=a.id))
    pledge = store.add(Pledge(meeting_id=m.id, action_id=action.id, person_id=p.id))
    mt.close_meeting(store, m.id)
    return store, m, dict(person=p, attendance=att, issue=a, other=b, action=action,
                          pledge=pledge)


def _refused(fn, *args, **kw) -> str:
    with pytest.raises(errors.MeetingClosed) as exc:
        fn(*args, **kw)
    return str(exc.value)


def test_a_closed_meeting_refuses_every_edit_with_one_message(closed):
    store, m, r = closed
    before = store.content()
    messages = {
        _refused(mt.update_details, store, m.id, venue="ที่อื่น"),
        _refused(mt.update_details, store, m.id, body_name="อื่น"),
        _refused(mt.delete_meeting, store, m.id),
        _refused(store.add, Issue(meeting_id=m.id, title="ใหม่")),
        _refused(store.add, AgendaItem(meeting_id=m.id, title="วาระ")),
        _refused(store.update, Issue, r["issue"].id, title="แก้"),
        _refused(store.delete, Issue, r["other"].id),
        _refused(store.delete, Attendance, r["attendance"].id),
        _refused(store.add, IssueLink(cause_id=r["issue"].id, effect_id=r["other"].id)),
        _refused(store.add, Action(meeting_id=m.id, title="ใหม่")),
        _refused(store.delete, Action, r["action"].id),
        _refused(store.update, Action, r["action"].id, meeting_id=m.id),
    }
    assert messages == {"Meeting 1/2569 is closed, so what was recorded in it cannot be "
                        "changed. Reopen the meeting first (Meetings page: Reopen)."}
    assert store.content() == before                  # nothing written


def test_what_later_meetings_follow_up_stays_editable(closed):
    store, m, r = closed
    nxt = create_next_meeting(store, m.id, "2026-07-19")     # carries the open action
    report(store, r["action"].id, status=ActionStatus.IN_PROGRESS, progress=40,
           meeting_id=nxt.id)
    store.update(Pledge, r["pledge"].id, fulfilled=True)
    assert store.get(Action, r["action"].id).progress == 40
    mt.close_meeting(store, nxt.id)
    with pytest.raises(errors.MeetingClosed, match="2/2569"):
        report(store, r["action"].id, progress=50, meeting_id=nxt.id)   # at a closed one


def test_the_register_and_erasing_a_person_are_not_frozen(closed):
    store, _m, r = closed
    store.update(Person, r["person"].id, phone="0812345678")
    store.delete(Person, r["person"].id)                      # privacy: the person goes
    assert store.count(Attendance) == 0


def test_reopening_makes_it_editable_again(closed):
    store, m, r = closed
    mt.reopen_meeting(store, m.id)
    assert mt.update_details(store, m.id, venue="ศาลาใหม่").venue == "ศาลาใหม่"
    store.update(Issue, r["issue"].id, title="น้ำไม่ไหล")
    mt.delete_meeting(store, m.id)
    assert store.count(Issue) == 0


def test_the_cli_refuses_typing_tallies_into_a_closed_meeting(tmp_path, capsys):
    from workshop import cli
    from workshop.store import Store

    path = tmp_path / "f.prachakhom"
    with Store.create(path, backups=False) as store:
        m = _meeting(store)
        store.add(Issue(meeting_id=m.id, title="น้ำ", position=1))
        mt.close_meeting(store, m.id)
    rc = cli.main(["enter-tallies", str(path), "--meeting", m.id, "1=5"])
    err = capsys.readouterr().err
    assert rc != 0 and "is closed" in err and "Reopen" in err


def test_the_minutes_of_an_open_meeting_are_a_draft_and_a_closed_ones_are_not(store):
    m = _meeting(store)
    assert build_minutes(store, m.id).draft
    mt.open_meeting(store, m.id)
    assert build_minutes(store, m.id).draft
    mt.close_meeting(store, m.id)
    assert not build_minutes(store, m.id).draft


def test_deleting_says_what_goes_with_the_meeting(closed):
    store, m, _r = closed
    got = mt.recorded_in(store, m.id)
    assert (got.attendance, got.issues, got.actions, got.pledges, got.proposals) == (
        1, 2, 1, 1, 0)
    assert not got.empty and mt.recorded_in(store, _meeting(store).id).empty
