"""The readiness checklist is computed from the record."""
from workshop.demo import build_demo
from workshop.meetings import create_meeting, latest_meeting, list_meetings
from workshop.model import AgendaItem, AgendaKind, Meeting, Person
from workshop.readiness import CHECKS, readiness


def _by_key(store, mid):
    return {c.key: c for c in readiness(store, mid)}


def test_demo_latest_meeting_is_ready(store):
    build_demo(store)
    checks = readiness(store, latest_meeting(store).id)
    assert [c.key for c in checks] == list(CHECKS)
    assert all(c.ok for c in checks), checks


def test_a_new_meeting_lists_what_is_missing(store):
    m = create_meeting(store, Meeting(title="ใหม่"))
    c = _by_key(store, m.id)
    assert c["officers"].missing == ["chair", "recorder", "reviewer"]
    assert c["times"].missing == ["start", "end"]
    assert not c["resolutions"].ok and len(c["resolutions"].missing) == c["resolutions"].count
    assert c["follow_up"].ok            # the customary agenda has item 3
    assert not c["attendance"].ok
    assert c["pending"].ok
    p = store.add(Person(first_name="สมชาย"))
    store.update(Meeting, m.id, recorder_id=p.id, start_time="09:00")
    c = _by_key(store, m.id)
    assert c["officers"].missing == ["chair", "reviewer"]
    assert c["times"].missing == ["end"]


def test_noted_counts_as_a_resolution(store):
    m = create_meeting(store, Meeting(title="ใหม่"))
    items = store.find(AgendaItem, order_by="position", meeting_id=m.id)
    first = items[0]
    assert first.title in _by_key(store, m.id)["resolutions"].missing
    store.update(AgendaItem, first.id, resolution="รับทราบ")
    assert first.title not in _by_key(store, m.id)["resolutions"].missing
    for it in items:
        if it.kind == AgendaKind.FOLLOW_UP:
            store.delete(AgendaItem, it.id)
    assert not _by_key(store, m.id)["follow_up"].ok


def test_demo_second_meeting_has_an_unresolved_item(store):
    build_demo(store)
    m = [x for x in list_meetings(store) if x.number == 2][0]
    c = _by_key(store, m.id)["resolutions"]
    assert not c.ok and c.missing
