"""District scale: 50 village files, each a year of forums, merged into one district file and
published (issue 16).  ``bench/bench.py`` runs it; alone: ``python bench/bench_district.py``.

Measured: the time to merge the 50 files into a new district file (``workshop.merge``, all
in one transaction), its size, the time to publish it (``workshop.publish``), and a floor:
the same rows bulk-inserted with plain SQLite into an empty file of the same schema, in one
transaction with the same journal settings (what any merge must at least write).
"""
from __future__ import annotations

import random
import sqlite3
import sys
import time
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from workshop import merge, publish  # noqa: E402
from workshop.model import (Action, ActionStatus, AgendaItem, AgendaKind, Attendance,  # noqa: E402
                            Category, DecisionMethod, DotVote, Gender, Issue, Meeting,
                            MeetingStatus, Organisation, Outcome, Person, Pledge, Proposal,
                            ResourceKind, Response, Sector, to_row)
from workshop.schema import MIGRATIONS  # noqa: E402
from workshop.store import Store  # noqa: E402
from workshop.store.district_queries import table_order  # noqa: E402

VILLAGES = 50
MEETINGS = 12          # a year of monthly forums
PEOPLE = 150
ATTENDANCE = 40
ISSUES = 12
DOTS = 20
PROPOSALS = 4
ACTIONS = 6
PLEDGES = 5
FIRST = ["สมชาย", "สมศรี", "บุญมี", "ประเสริฐ", "มาลี", "สุนทร", "วิไล", "อำนวย", "ทองดี", "กาญจนา"]
LAST = ["ใจดี", "มีสุข", "ศรีสวัสดิ์", "ทองคำ", "แก้วมณี", "บุญเรือง", "พรหมมา", "คำแสน"]
ISSUE_WORDS = ["ถนนชำรุด", "น้ำประปาไม่ไหล", "ไฟฟ้าส่องสว่างไม่พอ", "ขยะล้นถัง", "น้ำท่วมขัง",
               "ราคาผลผลิตตกต่ำ", "ผู้สูงอายุขาดผู้ดูแล", "ลำเหมืองตื้นเขิน"]


def village_rows(v: int, shared: dict[str, list[dict]]) -> dict[str, list[dict]]:
    """The rows of one village's year; organisations and categories of the sub-district are
    shared by every village (the same ids, as when files were copied from one template)."""
    rng = random.Random(2569 + v)
    rows: dict[str, list[dict]] = {t: list(r) for t, r in shared.items()}
    orgs = [r["id"] for r in shared["organisations"]]
    cats = [r["id"] for r in shared["categories"]]
    start = datetime(2025, 10, 1, 9, 0, tzinfo=timezone.utc) + timedelta(minutes=v)

    def put(rec, when: datetime) -> str:
        rec.created = rec.updated = when.isoformat(timespec="milliseconds")
        rows.setdefault(rec.__table__, []).append(to_row(rec))
        return rec.id

    people = [put(Person(prefix=rng.choice(["นาย", "นาง", "นางสาว"]),
                         first_name=f"{rng.choice(FIRST)}{v}-{i}", last_name=rng.choice(LAST),
                         organisation_id=rng.choice(orgs + [None] * 5),
                         gender=rng.choice([Gender.MALE, Gender.FEMALE]),
                         phone=f"08{v:02d}-{i:03d}-{rng.randint(0, 9999):04d}",
                         consent=rng.random() < 0.7), start) for i in range(PEOPLE)]
    for n in range(MEETINGS):
        when = start + timedelta(days=30 * n)
        d = when.date()
        mid = put(Meeting(title=f"เวทีประชาคมหมู่ที่ {v} ครั้งที่ {n + 1}", number=n + 1,
                          be_year=d.year + 543, date=d.isoformat(), village_no=str(v),
                          village_name=f"บ้านที่ {v}", subdistrict="โนนสูง", district="น้ำพอง",
                          province="ขอนแก่น", initiator_id=orgs[0], chair_id=people[0],
                          recorder_id=people[1], status=MeetingStatus.CLOSED), when)
        for pos, kind in enumerate(AgendaKind, start=1):
            put(AgendaItem(meeting_id=mid, position=pos, kind=kind, title=f"วาระที่ {pos}",
                           resolution="ที่ประชุมรับทราบ"), when)
        for pid in rng.sample(people, ATTENDANCE):
            put(Attendance(meeting_id=mid, person_id=pid, member=rng.random() < 0.3), when)
        issues = [put(Issue(meeting_id=mid, title=rng.choice(ISSUE_WORDS),
                            category_id=rng.choice(cats), location=f"หมู่ {v}",
                            people_affected=rng.randint(0, 200), position=i), when)
                  for i in range(ISSUES)]
        for _ in range(DOTS):
            put(DotVote(meeting_id=mid, issue_id=rng.choice(issues), person_id=rng.choice(people),
                        dots=rng.randint(1, 3)), when)
        props = [put(Proposal(meeting_id=mid, issue_id=rng.choice(issues), title="ข้อเสนอ",
                              method=rng.choice(list(DecisionMethod)), outcome=Outcome.ADOPTED,
                              resolution="ที่ประชุมมีมติเห็นชอบ", count_for=30, present=35),
                     when) for _ in range(PROPOSALS)]
        acts = [put(Action(meeting_id=mid, proposal_id=rng.choice(props), title="ดำเนินการตามมติ",
                           lead_organisation_id=rng.choice(orgs + [None]),
                           lead_person_id=rng.choice(people),
                           due_date=(d + timedelta(days=60)).isoformat(),
                           status=rng.choice(list(ActionStatus)),
                           cost_baht=float(rng.randint(0, 50) * 1000),
                           response=rng.choice(list(Response))), when) for _ in range(ACTIONS)]
        for _ in range(PLEDGES):
            put(Pledge(meeting_id=mid, action_id=rng.choice(acts), person_id=rng.choice(people),
                       organisation_id=rng.choice(orgs + [None]),
                       kind=rng.choice(list(ResourceKind)), quantity=rng.randint(1, 10),
                       unit="คน-วัน", value_baht=float(rng.randint(0, 20) * 500)), when)
    return rows


def shared_rows() -> dict[str, list[dict]]:
    when = datetime(2025, 9, 1, tzinfo=timezone.utc).isoformat(timespec="milliseconds")
    out: dict[str, list[dict]] = {"organisations": [], "categories": []}
    rng = random.Random(1)
    for i in range(30):
        o = Organisation(name=f"หน่วยงานที่ {i + 1}", sector=list(Sector)[i % len(Sector)])
        o.id = f"00000000-0000-4000-8000-{i:012d}"
        o.created = o.updated = when
        out["organisations"].append(to_row(o))
    for i in range(8):
        c = Category(name_th=f"หมวด {i + 1}", position=i)
        c.id = f"00000000-0000-4000-9000-{i:012d}"
        c.created = c.updated = when
        out["categories"].append(to_row(c))
    del rng
    return out


def _bulk(conn: sqlite3.Connection, rows: dict[str, list[dict]]) -> None:
    for table in table_order():
        batch = rows.get(table)
        if batch:
            cols = list(batch[0])
            conn.executemany(f"INSERT OR IGNORE INTO {table} ({', '.join(cols)}) VALUES "
                             f"({', '.join('?' for _ in cols)})",
                             [tuple(r[c] for c in cols) for r in batch])


def write_village(path: Path, rows: dict[str, list[dict]]) -> None:
    if path.exists():
        path.unlink()
    with Store.create(path, backups=False) as s:
        with s.transaction():
            _bulk(s.conn, rows)


def floor(path: Path, all_rows: list[dict[str, list[dict]]]) -> float:
    """Plain SQLite: the same rows into an empty file of the schema, one transaction."""
    if path.exists():
        path.unlink()
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA synchronous = FULL")
    for script in MIGRATIONS:
        conn.executescript(script)
    t0 = time.perf_counter()
    conn.execute("BEGIN IMMEDIATE")
    for rows in all_rows:
        _bulk(conn, rows)
    conn.execute("COMMIT")
    elapsed = time.perf_counter() - t0
    conn.close()
    return elapsed


def run(out_dir: Path, villages: int = VILLAGES) -> dict:
    out_dir.mkdir(parents=True, exist_ok=True)
    shared = shared_rows()
    t0 = time.perf_counter()
    paths, all_rows = [], []
    for v in range(1, villages + 1):
        rows = village_rows(v, shared)
        p = out_dir / f"village-{v:02d}.prachakhom"
        write_village(p, rows)
        paths.append(p)
        all_rows.append(rows)
    generated = time.perf_counter() - t0
    district = out_dir / "district.prachakhom"
    district.unlink(missing_ok=True)
    t0 = time.perf_counter()
    with Store.create(district, backups=False) as s:
        plan = merge.merge_files(s, paths)
    merge_s = time.perf_counter() - t0
    public = out_dir / "district-public.db"
    t0 = time.perf_counter()
    report = publish.publish([district], public)
    publish_s = time.perf_counter() - t0
    floor_s = floor(out_dir / "district-floor.sqlite", all_rows)
    return {"villages": villages, "generated_s": generated, "merge_s": merge_s,
            "rows": len(plan.add), "size_mb": district.stat().st_size / 1e6,
            "publish_s": publish_s, "public_mb": public.stat().st_size / 1e6,
            "published": report.counts, "floor_s": floor_s, "ratio": merge_s / floor_s}


if __name__ == "__main__":
    import tempfile

    r = run(Path(tempfile.mkdtemp(prefix="prachakhom-district-")),
            int(sys.argv[1]) if len(sys.argv) > 1 else VILLAGES)
    print(f"{r['villages']} villages generated in {r['generated_s']:.1f} s; merged "
          f"{r['rows']:,} rows in {r['merge_s']:.2f} s (floor {r['floor_s']:.2f} s, "
          f"{r['ratio']:.1f}x); district file {r['size_mb']:.1f} MB; published in "
          f"{r['publish_s']:.2f} s ({r['public_mb']:.1f} MB: "
          + ", ".join(f"{n} {t}" for t, n in r["published"].items()) + ")")
