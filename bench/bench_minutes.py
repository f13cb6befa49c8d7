"""Benchmark the minutes PDF of a large meeting.

    python bench/bench_minutes.py [--floor]

A meeting with 300 attendees, 60 issues (with dot votes), 30 decisions (each method, with
positions and dissent), 80 actions and 40 pledges; times building the content and typesetting
the Thai PDF (target: under 1.0 s warm).  ``bench/bench.py`` runs it too.
"""
from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
os.environ.setdefault("PRACHAKHOM_DATA_DIR", tempfile.mkdtemp(prefix="prachakhom-bench-"))

from workshop.meetings import create_meeting  # noqa: E402
from workshop.model import (  # noqa: E402
    Action, AgendaItem, Attendance, AttendanceStatus, DecisionMethod, DotVote,
    Issue, Meeting, Organisation, Outcome, Person, Pledge, PositionValue, Proposal,
    ProposalPosition, ResourceKind, Response, Sector,
)
from workshop.store import Store  # noqa: E402

FIRST = ["สมชาย", "บุญมี", "ประเสริฐ", "มาลัย", "ทองใบ", "คำปุ่น", "ศักดิ์ชัย", "ปิยะนุช",
         "วีระพงษ์", "สุภาพร", "ณัฐธิดา", "อรุณี"]
LAST = ["ใจดี", "ศรีสุข", "วงศ์ใหญ่", "คำภูแก้ว", "สีหาราช", "ไชยวงศ์", "พูลผล", "บุญเรือง"]
ISSUE = ["น้ำประปาไม่ไหลและน้ำขุ่น", "ถนนเข้าหมู่บ้านชำรุดเป็นหลุมบ่อ", "ไข้เลือดออกระบาด",
         "ขยะล้นถังบริเวณตลาดนัด", "ผู้สูงอายุติดบ้านขาดผู้ดูแล", "ราคาข้าวตกต่ำ"]
NOTE = ("ที่ประชุมร่วมกันอภิปรายถึงสาเหตุของปัญหาและแนวทางแก้ไข โดยผู้แทนแต่ละภาคส่วน"
        "ได้เสนอความเห็นและทรัพยากรที่สามารถสมทบได้ ")


def build_large_meeting(store: Store) -> str:
    """300 attendees, 60 issues, 30 decisions, 80 actions, 40 pledges; returns its id."""
    sectors = list(Sector)
    with store.transaction():
        orgs = [store.add(Organisation(name=f"องค์กรเครือข่ายที่ {k} ตำบลโนนสูง",
                                       sector=sectors[k % len(sectors)])) for k in range(24)]
        m = create_meeting(store, Meeting(
            title="เวทีประชาคมตำบล จัดทำแผนพัฒนาท้องถิ่น", body_name="ประชาคมตำบลโนนสูง",
            number=1, be_year=2569, date="2026-11-21", start_time="09:00", end_time="16:30",
            venue="หอประชุมองค์การบริหารส่วนตำบลโนนสูง"))
        people = []
        for k in range(300):
            p = store.add(Person(prefix="นาย" if k % 2 else "นาง",
                                 first_name=FIRST[k % len(FIRST)] + ("" if k < 12 else str(k)),
                                 last_name=LAST[k % len(LAST)], position="ผู้แทนชุมชน",
                                 organisation_id=orgs[k % len(orgs)].id,
                                 village_no=str(k % 12 + 1)))
            people.append(p)
            status = AttendanceStatus.ABSENT if k % 50 == 7 else AttendanceStatus.PRESENT
            store.add(Attendance(meeting_id=m.id, person_id=p.id, status=status,
                                 reason="ติดภารกิจ" if status != AttendanceStatus.PRESENT else "",
                                 member=k % 4 == 0))
        for it in store.find(AgendaItem, meeting_id=m.id):
            store.update(AgendaItem, it.id, notes=NOTE * 3, resolution="ที่ประชุมรับทราบ")
        issues = []
        for k in range(60):
            i = store.add(Issue(meeting_id=m.id, title=f"{ISSUE[k % len(ISSUE)]} จุดที่ {k + 1}",
                                position=k, response=list(Response)[k % 3]))
            issues.append(i)
            store.add(DotVote(meeting_id=m.id, issue_id=i.id, dots=(k * 7) % 40))
        methods = list(DecisionMethod)
        proposals = []
        for k in range(30):
            method = methods[k % 3]
            p = store.add(Proposal(
                meeting_id=m.id, issue_id=issues[k].id, title=f"ข้อเสนอแก้ปัญหา{issues[k].title}",
                text=NOTE, method=method, outcome=Outcome.ADOPTED, present=75,
                count_for=50 if method == DecisionMethod.MAJORITY else 0,
                count_against=10 if method == DecisionMethod.MAJORITY else 0,
                resolution=f"ที่ประชุมมีมติเห็นชอบข้อเสนอที่ {k + 1} ให้ดำเนินการตามแผน"))
            proposals.append(p)
            value = {DecisionMethod.CONSENSUS: PositionValue.LEVEL_2,
                     DecisionMethod.CONSENT: PositionValue.OBJECTION,
                     DecisionMethod.MAJORITY: PositionValue.AGAINST}[method]
            store.add(ProposalPosition(proposal_id=p.id, person_id=people[k].id, value=value,
                                       count=1, reason="กังวลเรื่องงบประมาณและความยั่งยืน"))
            if method == DecisionMethod.CONSENSUS:
                store.add(ProposalPosition(proposal_id=p.id, value=PositionValue.LEVEL_5,
                                           count=60))
        actions = []
        for k in range(80):
            actions.append(store.add(Action(
                meeting_id=m.id, proposal_id=proposals[k % 30].id,
                title=f"กิจกรรมที่ {k + 1} {ISSUE[k % len(ISSUE)]}",
                lead_person_id=people[k].id, lead_organisation_id=orgs[k % len(orgs)].id,
                partners="อบต.โนนสูง", due_date="2027-03-31", cost_baht=1000 * k,
                response=list(Response)[k % 3])))
        for k in range(40):
            store.add(Pledge(meeting_id=m.id, action_id=actions[k].id,
                             organisation_id=orgs[k % len(orgs)].id,
                             kind=list(ResourceKind)[k % 6], description="สมทบกิจกรรม",
                             quantity=k + 1, unit="หน่วย", value_baht=500 * k))
    return m.id


def run(repeat: int = 3) -> dict:
    from workshop import thai
    from workshop.minutes import thaifont
    from workshop.minutes.content import build_minutes
    from workshop.minutes.layout import render_minutes

    folder = Path(tempfile.mkdtemp(prefix="prachakhom-bench-minutes-"))
    with Store.create(folder / "large.prachakhom", backups=False) as store:
        mid = build_large_meeting(store)
        t0 = time.perf_counter()
        render_minutes(build_minutes(store, mid))  # loads fonts and the segmenter's dictionary
        first = time.perf_counter() - t0
        samples, pages = [], 0
        for _ in range(repeat):
            # no help from the previous run: shaping and word segmentation start cold
            thaifont.shape.cache_clear()
            thai._segment_run.cache_clear()
            t0 = time.perf_counter()
            data = render_minutes(build_minutes(store, mid))
            samples.append(time.perf_counter() - t0)
        pages = data.count(b"/Type /Page\n") or data.count(b"/Type /Page")
    return {"samples": samples, "median": statistics.median(samples), "pages": pages,
            "bytes": len(data), "first": first}


def run_vs_floor(repeat: int = 3) -> dict:
    """The minutes command as a process (``python main.py minutes``) against the floor
    (``bench/floor_minutes.py``: the same content laid out by plain reportlab), both on the
    large meeting, alternating, ``repeat`` times each; returns the samples and the ratio."""
    import subprocess

    folder = Path(tempfile.mkdtemp(prefix="prachakhom-bench-floor-"))
    path = folder / "large.prachakhom"
    with Store.create(path, backups=False) as store:
        mid = build_large_meeting(store)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    cmds = {"minutes": [sys.executable, str(ROOT / "main.py"), "minutes", str(path),
                        "--meeting", mid, "-o", str(folder / "m.pdf")],
            "floor": [sys.executable, str(ROOT / "bench" / "floor_minutes.py"), str(path),
                      "--meeting", mid, "-o", str(folder / "f.pdf")]}
    samples: dict[str, list[float]] = {"minutes": [], "floor": []}
    for _ in range(repeat):
        for name, cmd in cmds.items():
            t0 = time.perf_counter()
            subprocess.run(cmd, check=True, env=env, capture_output=True)
            samples[name].append(time.perf_counter() - t0)
    m, f = statistics.median(samples["minutes"]), statistics.median(samples["floor"])
    return {"minutes": samples["minutes"], "floor": samples["floor"], "ratio": m / f}


if __name__ == "__main__":
    if "--floor" in sys.argv:
        r = run_vs_floor()
        print(f"minutes process {statistics.median(r['minutes']) * 1000:.0f} ms, plain "
              f"reportlab floor {statistics.median(r['floor']) * 1000:.0f} ms: "
              f"{r['ratio']:.2f}x (goal <= 1.5x)")
        sys.exit(0 if r["ratio"] <= 1.5 else 1)
    r = run()
    print(f"minutes of a large meeting (300 attendees, 60 issues, 30 decisions, 80 actions, "
          f"40 pledges): median {r['median'] * 1000:.0f} ms over {len(r['samples'])} runs, "
          f"{r['pages']} pages, {r['bytes'] / 1024:.0f} KB, first run in a fresh process "
          f"{r['first'] * 1000:.0f} ms  (target < 1000 ms)")
    sys.exit(0 if r["median"] < 1.0 else 1)
