"""The benchmark: make a five-year workshop file, time the key operations, print a table.

    python bench/bench.py [--out DIR] [--keep] [--only NAME ...]

The generated file (about 600 meetings, 30,000 attendance rows, 10,000 issues, 5,000
proposals, 8,000 actions, ...) is written to ``DIR/five-years.prachakhom`` (default
``bench/out``) and reused when it exists and ``--fresh`` is not given.

To add a benchmark, append a function to ``BENCHMARKS`` with the :func:`benchmark` decorator::

    @benchmark("minutes of the biggest meeting", target_ms=2000)
    def minutes_big(ctx: Context) -> Timing:
        with ctx.store() as store:
            return timed(lambda: build_minutes(store, ctx.big_meeting_id), repeat=3)

A benchmark returns a :class:`Timing` (use :func:`timed`); the runner compares its median
with ``target_ms`` (None: reported only).  A benchmark measured against a floor timed in the
same run (``target_ratio``) sets ``Timing.ratio`` and is compared with that instead.  The exit
code is 1 when a target is missed.
"""
from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Callable, Optional

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

# Backups of the benchmark file go to a throw-away folder, never the user's data folder.
os.environ.setdefault("PRACHAKHOM_DATA_DIR", tempfile.mkdtemp(prefix="prachakhom-bench-"))

from workshop import interchange  # noqa: E402
from workshop.model import (Action, ActionStatus, AgendaItem, AgendaKind, Attendance,  # noqa: E402
                            AttendanceStatus, Category, DecisionMethod, DotVote, Gender, Issue,
                            Meeting, MeetingStatus, Organisation, Outcome, Person, Pledge,
                            Proposal, ResourceKind, Response, Sector, to_row)
from workshop.store import Store  # noqa: E402

# ----------------------------------------------------------------------------- sizes
YEARS = 5
MEETINGS = 600
ATTENDANCE_PER_MEETING = 50          # 30,000 rows
ISSUES_PER_MEETING = 17              # ~10,000 (rounded up on a few meetings)
PROPOSALS = 5000
ACTIONS = 8000
PEOPLE = 1500
ORGANISATIONS = 80
DOTS_PER_MEETING = 30                # 18,000 dot votes
PLEDGES = 3000
OPEN_MEETINGS = 12                   # the latest ones: planned, the last in progress; others closed


@dataclass
class Timing:
    samples: list[float]                 # seconds
    detail: str = ""
    ratio: Optional[float] = None        # to a floor measured in the same run

    @property
    def median_ms(self) -> float:
        return statistics.median(self.samples) * 1000

    @property
    def max_ms(self) -> float:
        return max(self.samples) * 1000


def timed(fn: Callable[[], object], repeat: int = 5, detail: str = "") -> Timing:
    samples = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - t0)
    return Timing(samples, detail)


@dataclass
class Context:
    path: Path
    out_dir: Path
    big_meeting_id: str = ""
    counts: dict[str, int] = field(default_factory=dict)

    def store(self, **kw) -> Store:
        """Open the benchmark file (no backup, so timings measure the work itself)."""
        kw.setdefault("backups", False)
        return Store.open(self.path, **kw)


Bench = Callable[[Context], Timing]
BENCHMARKS: list[tuple[str, Optional[float], Optional[float], Bench]] = []


def benchmark(name: str, target_ms: Optional[float] = None,
              target_ratio: Optional[float] = None):
    def wrap(fn: Bench) -> Bench:
        BENCHMARKS.append((name, target_ms, target_ratio, fn))
        return fn
    return wrap


# ----------------------------------------------------------------------------- generator
THAI_FIRST = ["สมชาย", "สมศรี", "บุญมี", "ประเสริฐ", "มาลี", "สุนทร", "วิไล", "อำนวย", "จันทร์เพ็ญ",
              "ทองดี", "สมหมาย", "บุญช่วย", "นงลักษณ์", "ชัยวัฒน์", "ศรีสุดา", "ประยูร", "กาญจนา",
              "วีระ", "สายสุนีย์", "ณรงค์"]
THAI_LAST = ["ใจดี", "มีสุข", "ศรีสวัสดิ์", "ทองคำ", "แก้วมณี", "บุญเรือง", "สุขสบาย", "พรหมมา",
             "วงศ์ใหญ่", "เพ็ชรรัตน์", "คำแสน", "อินทร์แก้ว", "ชัยมงคล", "ทองใบ", "สีดา"]
ISSUE_WORDS = ["ถนนชำรุดเป็นหลุมบ่อ", "น้ำประปาไม่ไหล", "ไฟฟ้าส่องสว่างไม่เพียงพอ", "ขยะล้นถัง",
               "น้ำท่วมขังช่วงฤดูฝน", "ยาเสพติดในกลุ่มเยาวชน", "ราคาผลผลิตตกต่ำ",
               "ผู้สูงอายุขาดผู้ดูแล", "ลำเหมืองตื้นเขิน", "สัญญาณโทรศัพท์ไม่ดี"]
SECTORS = list(Sector)


def _iso(d: datetime) -> str:
    return d.isoformat(timespec="milliseconds")


def generate(path: Path, seed: int = 2569, scale: int = 1) -> dict[str, int]:
    """Write the five-year file (``scale`` times as many meetings, people, proposals,
    actions and pledges: the same meetings over ``scale`` × five years) with bulk inserts in
    one transaction; returns row counts."""
    rng = random.Random(seed)
    MEETINGS, PROPOSALS, ACTIONS, PEOPLE, ORGANISATIONS, PLEDGES = (  # noqa: N806
        n * scale for n in (globals()["MEETINGS"], globals()["PROPOSALS"], globals()["ACTIONS"],
                            globals()["PEOPLE"], globals()["ORGANISATIONS"],
                            globals()["PLEDGES"]))
    rows: dict[str, list[dict]] = {}

    def put(rec, stamp: datetime) -> str:
        rec.created = rec.updated = _iso(stamp)
        rows.setdefault(rec.__table__, []).append(to_row(rec))
        return rec.id

    start = datetime(2021, 10, 1, 9, 0, tzinfo=timezone.utc)
    orgs = [put(Organisation(name=f"องค์กรที่ {i + 1}", sector=SECTORS[i % len(SECTORS)]), start)
            for i in range(ORGANISATIONS)]
    people = [put(Person(prefix=rng.choice(["นาย", "นาง", "นางสาว"]),
                         first_name=f"{rng.choice(THAI_FIRST)}{i}",
                         last_name=rng.choice(THAI_LAST), organisation_id=rng.choice(orgs),
                         gender=rng.choice([Gender.MALE, Gender.FEMALE]),
                         village_no=str(rng.randint(1, 12)), consent=True), start)
              for i in range(PEOPLE)]
    cats = [put(Category(name_th=f"หมวด {i + 1}", position=i), start) for i in range(8)]
    meetings: list[str] = []
    issues_by_meeting: dict[str, list[str]] = {}
    days = YEARS * 365 * scale
    previous = None
    for n in range(MEETINGS):
        when = start + timedelta(days=days * n / MEETINGS)
        d = when.date()
        mid = put(Meeting(title=f"เวทีประชาคมหมู่บ้าน ครั้งที่ {n + 1}", number=n % 120 + 1,
                          be_year=d.year + 543, date=d.isoformat(), start_time="09:00",
                          end_time="12:00", venue="ศาลาอเนกประสงค์", village_no="3",
                          initiator_id=orgs[0], chair_id=people[0], recorder_id=people[1],
                          previous_id=previous, quorum=25,
                          status=(MeetingStatus.CLOSED if n < MEETINGS - OPEN_MEETINGS
                                  else MeetingStatus.IN_PROGRESS if n == MEETINGS - 1
                                  else MeetingStatus.PLANNED)), when)
        previous = mid
        meetings.append(mid)
        for pos, kind in enumerate(AgendaKind, start=1):
            put(AgendaItem(meeting_id=mid, position=pos, kind=kind, title=f"ระเบียบวาระที่ {pos}",
                           resolution="ที่ประชุมรับทราบ"), when)
        for pid in rng.sample(people, ATTENDANCE_PER_MEETING):
            put(Attendance(meeting_id=mid, person_id=pid,
                           status=rng.choice([AttendanceStatus.PRESENT] * 9
                                             + [AttendanceStatus.EXCUSED]),
                           check_in_at=_iso(when)), when)
        n_issues = ISSUES_PER_MEETING if n % 3 else ISSUES_PER_MEETING - 1
        ids = [put(Issue(meeting_id=mid, title=rng.choice(ISSUE_WORDS), category_id=rng.choice(cats),
                         raised_by_id=rng.choice(people), people_affected=rng.randint(0, 300),
                         response=rng.choice(list(Response)), position=i,
                         board_x=rng.uniform(0, 1600), board_y=rng.uniform(0, 900)), when)
               for i in range(n_issues)]
        issues_by_meeting[mid] = ids
        for _ in range(DOTS_PER_MEETING):
            put(DotVote(meeting_id=mid, issue_id=rng.choice(ids), person_id=rng.choice(people),
                        dots=rng.randint(1, 3)), when)
    proposals: list[tuple[str, str]] = []
    for i in range(PROPOSALS):
        mid = meetings[i * MEETINGS // PROPOSALS]
        when = start + timedelta(days=days * (i * MEETINGS // PROPOSALS) / MEETINGS)
        pid = put(Proposal(meeting_id=mid, issue_id=rng.choice(issues_by_meeting[mid]),
                           title="ข้อเสนอแก้ไขปัญหา", text="เสนอให้ดำเนินการ",
                           method=rng.choice(list(DecisionMethod)),
                           outcome=rng.choice([Outcome.ADOPTED] * 4 + [Outcome.REJECTED]),
                           resolution="ที่ประชุมมีมติเห็นชอบ", present=45, count_for=40,
                           decided_at=_iso(when)), when)
        proposals.append((mid, pid))
    actions = []
    for i in range(ACTIONS):
        mid, prop = proposals[i * PROPOSALS // ACTIONS]
        when = start + timedelta(days=days * (meetings.index(mid)) / MEETINGS)
        actions.append((mid, put(Action(
            meeting_id=mid, proposal_id=prop, title="ดำเนินการตามมติ",
            lead_organisation_id=rng.choice(orgs), lead_person_id=rng.choice(people),
            due_date=(when.date() + timedelta(days=90)).isoformat(),
            status=rng.choice(list(ActionStatus)), cost_baht=float(rng.randint(0, 500) * 1000),
            response=rng.choice(list(Response))), when)))
    for i in range(PLEDGES):
        mid, aid = actions[i * ACTIONS // PLEDGES]
        put(Pledge(meeting_id=mid, action_id=aid, person_id=rng.choice(people),
                   kind=rng.choice(list(ResourceKind)), quantity=rng.randint(1, 20),
                   unit="คน-วัน"), start)

    if path.exists():
        path.unlink()
    with Store.create(path, backups=False) as store:
        order = interchange.table_order(store.conn)
        with store.transaction():
            for table in order:
                batch = rows.get(table)
                if not batch:
                    continue
                cols = list(batch[0])
                store.conn.executemany(
                    f"INSERT INTO {table} ({', '.join(cols)}) "
                    f"VALUES ({', '.join('?' for _ in cols)})",
                    [tuple(r[c] for c in cols) for r in batch])
        store.conn.execute("ANALYZE")
    return {t: len(v) for t, v in rows.items()}


# ----------------------------------------------------------------------------- benchmarks
@benchmark("open (quick_check, no backup)", target_ms=300)
def bench_open(ctx: Context) -> Timing:
    def once():
        ctx.store().close()
    once()  # the first open warms the OS cache, as a second launch would
    return timed(once, repeat=10)


@benchmark("one meeting's attendance with people", target_ms=100)
def bench_attendance(ctx: Context) -> Timing:
    from workshop import attendance

    with ctx.store() as store:
        n = len(attendance.roster(store, ctx.big_meeting_id))
        return timed(lambda: attendance.roster(store, ctx.big_meeting_id), repeat=20,
                     detail=f"{n} rows")


def open_issue_ids(store: Store, n: int = 200) -> list[str]:
    """``n`` ids of issues of meetings that are not closed (a closed meeting is read-only),
    repeated when there are fewer."""
    ids = [r[0] for r in store.rows(
        "SELECT i.id FROM issues i JOIN meetings m ON m.id = i.meeting_id "
        "WHERE m.status <> 'closed' ORDER BY i.id LIMIT ?", (n,))]
    if not ids:
        raise RuntimeError(f"{store.path}: every meeting is closed; run with --fresh")
    return (ids * (n // len(ids) + 1))[:n]


@benchmark("one durable edit (store.update, median of 200)", target_ms=15)
def bench_edit(ctx: Context) -> Timing:
    with ctx.store() as store:
        ids = open_issue_ids(store)
        samples = []
        for i, iid in enumerate(ids):
            t0 = time.perf_counter()
            store.update(Issue, iid, board_x=float(i))
            samples.append(time.perf_counter() - t0)
    return Timing(samples, detail=f"max {max(samples) * 1000:.1f} ms")


@benchmark("durable edit / bare SQLite commit, same journal settings (median of 200 pairs)",
           target_ratio=3.0)
def bench_edit_ratio(ctx: Context) -> Timing:
    """A Store edit (transaction, limits, undo log by temporary triggers, change notice)
    against the floor: the same UPDATE in a bare sqlite3 transaction on the same file with the
    same pragmas (rollback journal, synchronous=FULL).  Pairs alternate, so load on the machine
    hits both alike."""
    import sqlite3

    with ctx.store(lock=False) as store:
        ids = open_issue_ids(store)
        bare = sqlite3.connect(str(ctx.path), isolation_level=None)
        bare.execute("PRAGMA synchronous = FULL")
        bare.execute("PRAGMA foreign_keys = ON")
        mode = bare.execute("PRAGMA journal_mode").fetchone()[0]
        edits, floors = [], []
        try:
            for i, iid in enumerate(ids):
                t0 = time.perf_counter()
                bare.execute("BEGIN IMMEDIATE")
                bare.execute("UPDATE issues SET board_y = ?, updated = ? WHERE id = ?",
                             (float(i), "x", iid))
                bare.execute("COMMIT")
                t1 = time.perf_counter()
                store.update(Issue, iid, board_x=float(i))
                t2 = time.perf_counter()
                floors.append(t1 - t0)
                edits.append(t2 - t1)
        finally:
            bare.close()
    edit, floor = statistics.median(edits), statistics.median(floors)
    return Timing(edits, ratio=edit / floor,
                  detail=f"store {edit * 1000:.2f} ms / bare {floor * 1000:.2f} ms "
                         f"(journal_mode={mode}, synchronous=FULL)")


@benchmark("full JSON export", target_ms=10000)
def bench_export(ctx: Context) -> Timing:
    dest = ctx.out_dir / "five-years.json"
    with ctx.store(read_only=True, lock=False) as store:
        t = timed(lambda: interchange.export_json(store, dest), repeat=1)
    t.detail = f"{dest.stat().st_size / 1e6:.1f} MB"
    return t


@benchmark("full JSON import into a new file", target_ms=None)
def bench_import(ctx: Context) -> Timing:
    src = ctx.out_dir / "five-years.json"
    if not src.exists():
        with ctx.store(read_only=True, lock=False) as store:
            interchange.export_json(store, src)
    dest = ctx.out_dir / "imported.prachakhom"

    def once():
        if dest.exists():
            dest.unlink()
        with Store.create(dest, backups=False) as store:
            interchange.import_json(store, src)
    t = timed(once, repeat=1)
    dest.unlink()
    return t


@benchmark("minutes PDF of a large meeting (300 people, 60 issues, 30 decisions, 80 actions)",
           target_ms=1000)
def bench_minutes(ctx: Context) -> Timing:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from bench_minutes import run

    r = run(repeat=3)
    return Timing(r["samples"], detail=f"{r['pages']} pages; first run {r['first'] * 1000:.0f} ms")


@benchmark("minutes process / plain reportlab floor, same content", target_ratio=1.5)
def bench_minutes_floor(ctx: Context) -> Timing:
    """``python main.py minutes`` on the large meeting against bench/floor_minutes.py (the same
    story laid out by plain reportlab: no shaping, no segmentation), alternating."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from bench_minutes import run_vs_floor

    r = run_vs_floor(repeat=3)
    floor = statistics.median(r["floor"]) * 1000
    return Timing(r["minutes"], ratio=r["ratio"], detail=f"floor {floor:.0f} ms")


@benchmark("issue board: drag frame with all 300 cards in view", target_ms=50)
def bench_board(ctx: Context) -> Timing:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from bench_board import run

    r = run()
    return Timing([t / 1000 for t in r["all_frames"]],
                  detail=f"100% zoom {r['frame_ms']:.1f} ms/frame; whole scene to QImage "
                         f"{r['scene_first_ms']:.0f} ms cold; drop {r['drop_ms']:.0f} ms")


@benchmark("network page: a 300-actor series, to show", target_ms=300)
def bench_network(ctx: Context) -> Timing:
    """numpy where it is installed (a test extra)."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import bench_network as bn

    r = bn.run()
    return Timing(r["shows"], detail=bn.summary(r))


@benchmark("network page: a 300-actor series, to show, without numpy (as installed)",
           target_ms=300)
def bench_network_without_numpy(ctx: Context) -> Timing:
    """numpy and scipy hidden in a child process: the installed app has neither."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import bench_network as bn

    r = bn.run_without_numpy()
    return Timing(r["shows"], detail=bn.summary(r))


@benchmark("app: first paint with the five-year file open", target_ms=2000)
def bench_app(ctx: Context) -> Timing:
    """Also measures the goals of issue 17 (``GOALS``, printed after the table)."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import bench_app as ba

    GOALS.clear()
    four = ensure_file(ctx.out_dir / "twenty-years.prachakhom", scale=4)
    demo = ensure_demo(ctx.out_dir / "demo.prachakhom")
    with Store.open(four, backups=False, read_only=True, lock=False) as store:
        big4, other4 = big_and_other(store)
    with Store.open(ctx.path, backups=False, read_only=True, lock=False) as store:
        big1, other1 = big_and_other(store)
    runs = 3
    bare = [ba.spawn("bare") for _ in range(runs)]
    on_demo = [ba.spawn("app", str(ba.working_copy(demo)), "", "") for _ in range(runs)]
    on_five = [ba.spawn("app", str(ba.working_copy(ctx.path)), "", "") for _ in range(runs)]
    visit1 = ba.spawn("app-visit", str(ba.working_copy(ctx.path)), big1, other1)
    # memory as the README installs the app (no numpy: it is a test extra), beside the
    # development environment's figure
    installed1 = ba.spawn("app-visit", str(ba.working_copy(ctx.path)), big1, other1,
                          env={ba.AS_INSTALLED: "1"})
    visit4 = ba.spawn("app-visit", str(ba.working_copy(four)), big4, other4)
    floor_paint, floor_rss = ba.median_of(bare, "paint"), ba.median_of(bare, "rss")
    demo_paint, five_paint = ba.median_of(on_demo, "paint"), ba.median_of(on_five, "paint")
    ms = 1000.0
    load_ratio, load_detail = _worst_ratio(visit1["load"], visit4["load"])
    GOALS.extend([
        ("first paint, demo file", f"bare QMainWindow first paint {floor_paint * ms:.0f} ms",
         demo_paint / floor_paint, 4.0, "×", f"{demo_paint * ms:.0f} ms"),
        ("first paint, five-year file", "same", five_paint / floor_paint, 5.0, "×",
         f"{five_paint * ms:.0f} ms"),
        ("peak RSS, five-year file, every page visited",
         f"bare window {floor_rss:.0f} MiB", installed1["rss"] / floor_rss, 2.5, "×",
         f"{installed1['rss']:.0f} MiB as installed (no numpy); with the test extras "
         f"{visit1['rss']:.0f} MiB ({visit1['rss'] / floor_rss:.2f}×"
         f"{', numpy imported' if visit1.get('numpy') else ''})"),
        ("change current meeting, 4× file", "-", visit4["change_meeting"] * ms, 300.0, "ms",
         "median of 4, every page built, only the shown one reloads"),
        ("any page switch, 4× file", "-", max(visit4["switch"].values()) * ms, 50.0, "ms",
         "median of 3 per page; slowest: " + _slowest(visit4["switch"])),
        ("process exit after closing the window", "-",
         max(visit1["exit"], visit4["exit"]) * ms, 100.0, "ms",
         f"five-year {visit1['exit'] * ms:.0f} ms, 4× {visit4['exit'] * ms:.0f} ms"),
        ("a page's load for one meeting (worst page)", "same page on a file 4× smaller",
         load_ratio, 1.3, "×", load_detail),
    ])
    INFO.clear()
    INFO.extend([
        ("first show of each page (build), 4× file", _slowest(visit4["first_show"], 4)),
        ("page switch, slowest of the 3 rounds, 4× file", _slowest(visit4["switch_max"], 4)),
        ("page shown after a change of meeting (catch-up), 4× file",
         _slowest(visit4["catch_up"], 4)),
        ("page load(), five-year file", _slowest(visit1["load"], 4)),
        ("page load(), 4× file", _slowest(visit4["load"], 4)),
        ("page load() ratio 4×/1× per page (file-wide: " + ", ".join(FILE_WIDE_PAGES) + ")",
         _ratios(visit1["load"], visit4["load"])),
    ])
    return Timing([five_paint], detail=f"demo {demo_paint * ms:.0f} ms; bare window "
                                       f"{floor_paint * ms:.0f} ms")


#: issue 17's goal table, filled by ``bench_app``: (metric, floor, value, goal, unit, detail)
GOALS: list[tuple] = []
INFO: list[tuple[str, str]] = []


def _slowest(times: dict[str, float], n: int = 1) -> str:
    top = sorted(times.items(), key=lambda kv: -kv[1])[:n]
    return ", ".join(f"{k} {v * 1000:.0f} ms" for k, v in top)


#: pages that show the whole file (the registry, the list of meetings), not one meeting
FILE_WIDE_PAGES = ("people", "meetings")
NOISE_MS = 20.0        # loads this quick on both files are not judged by their ratio


def _worst_ratio(small: dict[str, float], big: dict[str, float]) -> tuple[float, str]:
    """The largest 4×/1× load ratio over the meeting pages (file-wide pages and loads under
    NOISE_MS on both files left out), with the page and its times."""
    ratios = {k: big[k] / small[k] for k in small
              if k not in FILE_WIDE_PAGES and small[k] > 0
              and max(small[k], big[k]) * 1000 >= NOISE_MS}
    if not ratios:
        return 1.0, f"every meeting page loads in under {NOISE_MS:g} ms"
    page = max(ratios, key=lambda k: ratios[k])
    detail = f"{page}: {small[page] * 1000:.0f} → {big[page] * 1000:.0f} ms"
    return ratios[page], detail


def _ratios(small: dict[str, float], big: dict[str, float]) -> str:
    return ", ".join(f"{k} {big[k] / small[k]:.1f}×" for k in small if small[k] > 0)


def is_stale(path: Path) -> bool:
    """True for a file made by an older generator (every meeting closed: nothing to edit)."""
    if not path.exists():
        return False
    with Store.open(path, backups=False, read_only=True, lock=False) as store:
        return not store.rows("SELECT 1 FROM meetings WHERE status <> 'closed' LIMIT 1")


def ensure_file(path: Path, scale: int) -> Path:
    if not path.exists() or is_stale(path):
        t0 = time.perf_counter()
        generate(path, scale=scale)
        print(f"generated {path} in {time.perf_counter() - t0:.1f} s "
              f"({path.stat().st_size / 1e6:.1f} MB)")
    return path


def ensure_demo(path: Path) -> Path:
    if not path.exists():
        from workshop.demo import build_demo

        with Store.create(path, backups=False) as store:
            build_demo(store)
    return path


def big_and_other(store: Store) -> tuple[str, str]:
    """The meeting in progress (the one a facilitator has open: the latest of the series,
    its pages looking back over the meetings before it) and the latest other one."""
    big = store.rows("SELECT id FROM meetings WHERE status = 'in_progress' "
                     "ORDER BY date DESC, created DESC LIMIT 1")[0][0]
    other = store.rows("SELECT id FROM meetings WHERE id <> ? ORDER BY date DESC LIMIT 1",
                       (big,))[0][0]
    return big, other


def print_goals() -> bool:
    """The goal table of issue 17; True when every goal is met."""
    if not GOALS:
        return True
    print()
    print("issue 17 goals (each against its floor in this run)")
    w = max(len(g[0]) for g in GOALS)
    print(f"{'metric':<{w}}  {'measured':>10}  {'goal':>9}  result  floor / detail")
    print("-" * (w + 60))
    ok_all = True
    for metric, floor, value, goal, unit, detail in GOALS:
        ok = value <= goal
        ok_all &= ok
        shown = f"{value:.2f}{unit}" if unit == "×" else f"{value:.0f} {unit}"
        goal_s = f"≤ {goal:g}{unit}" if unit == "×" else f"≤ {goal:g} {unit}"
        extra = "; ".join(x for x in (floor if floor != "-" else "", detail) if x)
        print(f"{metric:<{w}}  {shown:>10}  {goal_s:>9}  {'PASS' if ok else 'FAIL':<6}  {extra}")
    for name, detail in INFO:
        print(f"  {name}: {detail}")
    return ok_all


@benchmark("district: merge 50 village files (a year each) / plain SQLite floor",
           target_ratio=5.0)
def bench_district(ctx: Context) -> Timing:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from bench_district import run      # issue 16: merge, file size, publish

    r = run(ctx.out_dir / "district")
    return Timing([r["merge_s"]], ratio=r["ratio"],
                  detail=f"{r['rows']:,} rows; floor {r['floor_s'] * 1000:.0f} ms; district "
                         f"file {r['size_mb']:.1f} MB; publish {r['publish_s']:.1f} s "
                         f"({r['public_mb']:.1f} MB)")


# ----------------------------------------------------------------------------- runner
def main(argv: Optional[list[str]] = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default=str(ROOT / "bench" / "out"),
                    help="folder for the generated file and exports (default bench/out)")
    ap.add_argument("--fresh", action="store_true", help="regenerate the file even if present")
    ap.add_argument("--only", nargs="*", default=None,
                    help="run only benchmarks whose name contains one of these words")
    args = ap.parse_args(argv)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    path = out / "five-years.prachakhom"
    counts: dict[str, int] = {}
    if args.fresh or not path.exists() or is_stale(path):
        t0 = time.perf_counter()
        counts = generate(path)
        print(f"generated {path} in {time.perf_counter() - t0:.1f} s "
              f"({path.stat().st_size / 1e6:.1f} MB)")
    with Store.open(path, backups=False, read_only=True, lock=False) as store:
        if not counts:
            counts = {t: store.rows(f"SELECT count(*) FROM {t}")[0][0]
                      for t in ("meetings", "attendance", "issues", "proposals", "actions")}
        big = store.rows("SELECT meeting_id FROM attendance GROUP BY meeting_id "
                         "ORDER BY count(*) DESC, meeting_id LIMIT 1")[0][0]
    print("rows: " + ", ".join(f"{t} {n:,}" for t, n in sorted(counts.items())))
    ctx = Context(path=path, out_dir=out, big_meeting_id=big, counts=counts)

    results = []
    for name, target, target_ratio, fn in BENCHMARKS:
        if args.only and not any(w in name for w in args.only):
            continue
        t = fn(ctx)
        if target_ratio is not None:
            ok = t.ratio is not None and t.ratio <= target_ratio
        else:
            ok = target is None or t.median_ms <= target
        results.append((name, t, target, target_ratio, ok))
    width = max(len(r[0]) for r in results) if results else 10
    print()
    print(f"{'benchmark':<{width}}  {'median':>10}  {'target':>10}  result  detail")
    print("-" * (width + 45))
    for name, t, target, target_ratio, ok in results:
        if target_ratio is not None:
            value, tgt = f"{t.ratio or 0:>8.2f} ×", f"≤ {target_ratio:g} ×"
        else:
            value = f"{t.median_ms:>7.1f} ms"
            tgt = f"< {target:g} ms" if target is not None else "-"
        judged = target is not None or target_ratio is not None
        verdict = ("PASS" if ok else "FAIL") if judged else "-"
        print(f"{name:<{width}}  {value:>10}  {tgt:>10}  {verdict:<6}  {t.detail}")
    goals_ok = print_goals()
    return 0 if all(r[4] for r in results) and goals_ok else 1


if __name__ == "__main__":
    sys.exit(main())
