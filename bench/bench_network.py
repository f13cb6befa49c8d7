"""Benchmark the network page with a 300-actor series (three meetings), with and without numpy.

    python bench/bench_network.py

Builds a file with 300 organisations (all six sectors), three meetings in a series, 150
actions (each with a lead, two partners, roles of three other actors and two pledges), then
times showing the Network page offscreen, each time for a graph whose layout this session has
not computed yet (the layout and measure caches emptied first): reading the record, the layout,
drawing the scene and painting the page once (``NetworkPage(ctx)`` until ``grab()``).  The
coordinators table, filled by a zero-time timer right after the first paint, is timed apart, as
is a visit to the same scope again (``load()``, the layout cached).  The session's very first
page (Qt's first paint of the fonts and shapes) is reported apart too.  The goal is judged on
the wall time; the process's CPU time and the load average are printed beside it, since on a
machine that other work shares the wall time grows with the load.

numpy is a test extra, not a dependency: the installed app has none.  So the same is measured
twice, here (numpy used where the layout would use it) and in a child process in which numpy
and scipy cannot be imported (``sys.modules[name] = None``, as if they were not installed;
:data:`workshop.spring.HAVE_NUMPY` is then false).  Target: under 300 ms to show, in both.
``bench/bench.py`` runs both.
"""
from __future__ import annotations

import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

WITHOUT_NUMPY = "--without-numpy" in sys.argv
if WITHOUT_NUMPY:                      # before anything imports networkx or workshop.spring
    for _name in ("numpy", "scipy"):
        sys.modules[_name] = None  # type: ignore[assignment]

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
os.environ.setdefault("PRACHAKHOM_DATA_DIR", tempfile.mkdtemp(prefix="prachakhom-bench-"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from workshop import network as nw  # noqa: E402
from workshop.meetings import create_meeting  # noqa: E402
from workshop.model import (  # noqa: E402
    Action, ActionPartner, Meeting, NetworkRole, NetworkRoleAssignment, Organisation, Pledge,
    ResourceKind, Sector,
)
from workshop.store import Store  # noqa: E402

ACTORS = 300


def fill(store: Store, n: int = ACTORS, seed: int = 2569) -> str:
    rng = random.Random(seed)
    sectors = list(Sector)
    with store.transaction():
        orgs = [store.add(Organisation(name=f"องค์กรที่ {i + 1}", sector=sectors[i % 6]))
                for i in range(n)]
        m1 = create_meeting(store, Meeting(title="ครั้งที่ 1", date="2026-01-10"))
        m2 = create_meeting(store, Meeting(title="ครั้งที่ 2", date="2026-04-10",
                                           previous_id=m1.id))
        m3 = create_meeting(store, Meeting(title="ครั้งที่ 3", date="2026-07-10",
                                           previous_id=m2.id))
        roles = list(NetworkRole)
        for k in range(150):
            m = (m1, m2, m3)[k % 3]
            # actors cluster by neighbourhood (a village's groups work together)
            base = rng.randrange(n)
            near = [orgs[(base + rng.randrange(-12, 13)) % n] for _ in range(8)]
            a = store.add(Action(meeting_id=m.id, title=f"กิจกรรม {k + 1}",
                                 lead_organisation_id=near[0].id))
            for o in near[1:3]:
                store.add(ActionPartner(action_id=a.id, organisation_id=o.id))
            for o in near[3:6]:
                store.add(NetworkRoleAssignment(meeting_id=m.id, organisation_id=o.id,
                                                role=rng.choice(roles), action_id=a.id))
            for o in near[6:8]:
                store.add(Pledge(meeting_id=m.id, action_id=a.id, organisation_id=o.id,
                                 kind=ResourceKind.MONEY, quantity=1000))
    return m3.id


def run(repeat: int = 5) -> dict:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    from ui.context import AppContext
    from ui.pages.network import NetworkPage
    from workshop import coordinators as co
    from workshop import spring

    tmp = Path(tempfile.mkdtemp(prefix="prachakhom-bench-network-"))
    store = Store.create(tmp / "network.prachakhom", backups=False)
    mid = fill(store)
    ctx = AppContext(store)
    ctx.set_meeting(mid)
    net = nw.for_series(store, mid)
    shows, cpu, coords, visits = [], [], [], []
    for _ in range(repeat + 1):
        nw._LAYOUTS.clear()         # a graph whose layout was not computed yet
        co._MEASURES.clear()
        t0, c0 = time.perf_counter(), time.process_time()
        page = NetworkPage(ctx)
        page.resize(1366, 768)
        page.show()
        page.grab()                 # the page painted with the graph
        shows.append(time.perf_counter() - t0)
        cpu.append(time.process_time() - c0)
        t0 = time.perf_counter()
        app.processEvents()         # the coordinators table, filled right after
        coords.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        page.load()
        page.grab()
        visits.append(time.perf_counter() - t0)
        app.processEvents()
        page.close()
        page.deleteLater()
        app.processEvents()
    ctx.detach()
    store.close()
    return {"shows": shows[1:], "cpu": cpu[1:], "coords": coords[1:], "visits": visits[1:],
            "cold_show": shows[0], "cold_coords": coords[0], "nodes": len(net.nodes),
            "links": net.graph.number_of_edges(), "numpy": spring.HAVE_NUMPY,
            "numpy_imported": sys.modules.get("numpy") is not None}


def run_without_numpy(repeat: int = 5) -> dict:
    """:func:`run` in a child process where numpy and scipy cannot be imported."""
    out = subprocess.run([sys.executable, str(Path(__file__).resolve()), "--json",
                          "--without-numpy", str(repeat)], cwd=ROOT, capture_output=True,
                         text=True, check=True)
    r = json.loads(out.stdout.strip().splitlines()[-1])
    assert not r["numpy"] and not r["numpy_imported"], "numpy was not hidden in the child"
    return r


def summary(r: dict) -> str:
    ms = 1000
    return (f"{r['nodes']} actors, {r['links']} links, "
            f"{'numpy installed' if r['numpy'] else 'without numpy'}"
            f"{' (imported)' if r['numpy_imported'] else ''}: show "
            f"{statistics.median(r['shows']) * ms:.0f} ms (median of {len(r['shows'])}, layout "
            f"computed each time; CPU time {statistics.median(r['cpu']) * ms:.0f} ms, load "
            f"average {os.getloadavg()[0]:.1f}), coordinators after it "
            f"{statistics.median(r['coords']) * ms:.0f} ms, visit again "
            f"{statistics.median(r['visits']) * ms:.0f} ms; first page of the session "
            f"{r['cold_show'] * ms:.0f} ms + coordinators {r['cold_coords'] * ms:.0f} ms")


def main() -> int:
    if "--json" in sys.argv:
        args = [a for a in sys.argv[1:] if not a.startswith("--")]
        print(json.dumps(run(int(args[0]) if args else 5)))
        return 0
    ok = True
    for r in (run(), run_without_numpy()):
        show = statistics.median(r["shows"]) * 1000
        ok &= show < 300
        print(f"network page, {summary(r)}; goal < 300 ms {'PASS' if show < 300 else 'FAIL'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
