"""The demo workshop is realistic: every sector, every decision method, sound file."""
from workshop.demo import build_demo
from workshop.meetings import latest_meeting
from workshop.model import (
    Attendance, DecisionMethod, Issue, Organisation, Pledge, Proposal, ResourceKind, Sector,
)
from workshop.store import Store


def test_demo_covers_the_domain(tmp_path):
    path = tmp_path / "demo.prachakhom"
    with Store.create(path) as s:
        build_demo(s)
    with Store.open(path) as s:
        assert s.integrity_check() == []
        assert {o.sector for o in s.find(Organisation)} == set(Sector)
        latest = latest_meeting(s)
        assert latest.number == 3 and latest.be_year == 2569
        assert {p.method for p in s.find(Proposal, meeting_id=latest.id)} == set(DecisionMethod)
        assert s.count(Issue, meeting_id=latest.id) >= 14
        assert {p.kind for p in s.find(Pledge, meeting_id=latest.id)} == set(ResourceKind)
        subs = [a for a in s.find(Attendance, meeting_id=latest.id) if a.substitute_for_id]
        assert len(subs) == 1
