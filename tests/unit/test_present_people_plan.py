"""present_people reads the meetings' attendance, then each person by id: its work grows with
the attendance of the meetings asked, not with the people of the file times the meetings (the
plan SQLite's planner chose once the file had statistics: 5 s for a 500-meeting series)."""
from __future__ import annotations

import random
import uuid

from workshop.model import Attendance, AttendanceStatus, Meeting, Person
from workshop.store import Store
from workshop.store.meeting_people import present_people


def _steps(store: Store, meeting_ids: list[str]) -> tuple[int, dict]:
    """SQLite virtual-machine steps (in thousands) to answer, and the answer."""
    count = [0]

    def tick() -> int:
        count[0] += 1
        return 0

    store.conn.set_progress_handler(tick, 1000)
    try:
        out = present_people(store, meeting_ids)
    finally:
        store.conn.set_progress_handler(None, 0)
    return count[0], out


def test_the_work_follows_the_attendance_read(tmp_path):
    store = Store.create(tmp_path / "series.prachakhom", backups=False)
    rnd = random.Random(7)
    people = [str(uuid.uuid4()) for _ in range(2000)]
    meetings = [str(uuid.uuid4()) for _ in range(500)]
    with store.transaction():
        for i, pid in enumerate(people):
            store.add(Person(id=pid, first_name=f"คน{i}"))
        for i, mid in enumerate(meetings):
            store.add(Meeting(id=mid, title=f"ครั้งที่ {i}", date="2026-01-01"))
            for pid in rnd.sample(people, 10):
                store.add(Attendance(meeting_id=mid, person_id=pid,
                                     status=AttendanceStatus.PRESENT))
    store.conn.execute("ANALYZE")          # statistics, as an optimised file has them
    steps, present = _steps(store, meetings)
    expected = {r.person_id for r in store.find(Attendance)}
    assert set(present) == expected
    # 5,000 attendance rows read and 5,000 people looked up; walking 2,000 people x 500
    # meetings took over a million probes
    assert steps < 200, steps
    store.close()
