"""A series longer than the window (workshop.series.SERIES_WINDOW): the network, the follow-up,
problems that come back and governance across meetings read only its last meetings up to the
meeting shown, and say so; a shorter series is read whole, followers included."""
from __future__ import annotations

import pytest

from workshop import followup as fu
from workshop import network as nw
from workshop import recurring as rc
from workshop import trend
from workshop.minutes import network_annex as na
from workshop.model import (
    Action, Attendance, Category, Issue, Meeting, NetworkRole, NetworkRoleAssignment,
    Organisation, Person,
)
from workshop.series import SERIES_WINDOW, series_of, series_window

LONG = SERIES_WINDOW + 12


def _chain(store, n: int, start: int = 0, previous=None) -> list[Meeting]:
    out = []
    for i in range(start, start + n):
        m = store.add(Meeting(title=f"ครั้งที่ {i + 1}", date=f"{2000 + i // 12}-{i % 12 + 1:02d}-05",
                              previous_id=previous))
        previous = m.id
        out.append(m)
    return out


@pytest.fixture
def long_series(store):
    return _chain(store, LONG)


def test_a_long_series_is_read_as_its_last_meetings_up_to_the_one_shown(store, long_series):
    ids = [m.id for m in long_series]
    last = store.add(Meeting(title="นอกชุด", date="1999-01-01"))       # not of the series
    w = series_window(store, ids[-1])
    assert w.ids == ids[-SERIES_WINDOW:] and w.cut
    assert last.id not in w.ids
    # an earlier meeting: the meetings up to it, none after
    assert series_window(store, ids[55]).ids == ids[55 - SERIES_WINDOW + 1:56]
    assert series_window(store, ids[5]) == nw.series_window(store, ids[5])
    assert series_window(store, ids[5]).ids == ids[:6] and series_window(store, ids[5]).cut
    # no limit: the whole series, from any of its meetings
    assert series_of(store, ids[5]) == ids == series_window(store, ids[-1], None).ids
    # followup.series reads the same last meetings (newest first)
    assert list(reversed(fu.series(store, ids[-1]))) == w.ids


def test_a_short_series_is_read_whole_with_the_meetings_after_it(store):
    ms = [m.id for m in _chain(store, 4)]
    for mid in ms:
        w = series_window(store, mid)
        assert w.ids == ms and not w.cut
    # a branch: two meetings follow the second, by date
    extra = store.add(Meeting(title="แยก", date="2000-02-20", previous_id=ms[1]))
    assert series_window(store, ms[0]).ids == ms[:2] + [extra.id] + ms[2:]
    assert series_window(store, "no-such-meeting").ids == []


def test_a_loop_of_previous_ids_ends_the_series(store):
    a, b = _chain(store, 2)
    store.update(Meeting, a.id, previous_id=b.id)
    assert sorted(series_window(store, b.id).ids) == sorted([a.id, b.id])
    assert sorted(series_window(store, a.id, None).ids) == sorted([a.id, b.id])


def test_governance_across_meetings_counts_only_the_window(store, long_series):
    ids = [m.id for m in long_series]
    rows = trend.series_table(store, ids[-1])
    assert [r.meeting.id for r in rows] == ids[-SERIES_WINDOW:]
    assert len(trend.series_table(store, ids[-1], limit=None)) == LONG


def test_problems_and_suggestions_look_back_over_the_window_only(store, long_series):
    ids = [m.id for m in long_series]
    cat = store.add(Category(name_th="น้ำ"))
    first = store.add(Issue(meeting_id=ids[0], title="น้ำประปาไม่ไหล", category_id=cat.id))
    inside = store.add(Issue(meeting_id=ids[-5], title="น้ำประปาไม่ไหล", category_id=cat.id))
    now = store.add(Issue(meeting_id=ids[-1], title="น้ำประปาไม่ไหล", category_id=cat.id,
                          carried_from_id=first.id))
    later = store.add(Issue(meeting_id=ids[-1], title="น้ำประปาไม่ไหลเลย", category_id=cat.id))
    # the link to the first meeting reaches outside the window: no problem raised twice in it
    assert rc.problems(store, ids[-1]) == []
    whole = rc.problems(store, ids[-1], limit=None)
    assert [[o.issue.id for o in p.occurrences] for p in whole] == [[first.id, now.id]]
    # suggested: the earlier issue inside the window, never the one outside it
    sugg = rc.suggestions(store, ids[-1])
    assert {(s.earlier.id, s.later.id) for s in sugg} == {(inside.id, later.id)}
    assert (first.id, later.id) in {(s.earlier.id, s.later.id)
                                    for s in rc.suggestions(store, ids[-1], limit=None)}


def test_the_network_and_its_annex_of_a_long_series(store, long_series):
    ids = [m.id for m in long_series]
    early = store.add(Organisation(name="ผู้ร่วมรุ่นแรก"))
    late = store.add(Organisation(name="ผู้ร่วมรุ่นหลัง"))
    store.add(NetworkRoleAssignment(meeting_id=ids[0], organisation_id=early.id,
                                    role=NetworkRole.DECIDING))
    store.add(NetworkRoleAssignment(meeting_id=ids[-1], organisation_id=late.id,
                                    role=NetworkRole.DECIDING))
    net = nw.build(store, nw.series_of(store, ids[-1], nw.SERIES_WINDOW))
    assert {n.name for n in net.nodes.values()} == {"ผู้ร่วมรุ่นหลัง"}
    annex = na.build_network_annex(store, ids[-1])
    assert annex.meetings == SERIES_WINDOW and annex.cut
    short = na.build_network_annex(store, ids[3])
    assert short.meetings == 4 and not short.cut


def test_the_follow_up_dashboard_counts_the_window(store, long_series):
    ids = [m.id for m in long_series]
    lead = store.add(Person(first_name="ผู้นำ"))
    for mid in (ids[0], ids[-2]):
        store.add(Action(meeting_id=mid, title="ทำ", lead_person_id=lead.id))
    store.add(Attendance(meeting_id=ids[-1], person_id=lead.id))
    by_actor, _ = fu.dashboard(store, ids[-1])
    assert by_actor["ผู้นำ"].open == 1            # the action of the first meeting is outside
