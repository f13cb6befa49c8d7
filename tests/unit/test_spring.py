"""networkx's spring layout without numpy (workshop/spring.py) places nodes where networkx does.

numpy is not a dependency of the app (it is one of the test extras, so that these tests can
compare): the installed app and the bundle lay out the network with the Python steps.
"""
from __future__ import annotations

import random
import sys

import networkx as nx
import pytest

from workshop import network as nw
from workshop import spring
from workshop.demo import build_demo
from workshop.model import Meeting

pytest.importorskip("numpy", reason="the comparison needs networkx's numpy layout")

#: Fruchterman-Reingold amplifies rounding over its iterations: the two end this close (in
#: the unit square; on an 800-pixel canvas, under two pixels).
CLOSE = 4e-3


@pytest.fixture
def demo(store):
    build_demo(store)
    return store, store.find(Meeting, order_by="date")


def _clustered(n: int, links: int, seed: int) -> nx.Graph:
    """Actors who work with their neighbours, as a village's groups do (bench_network.py)."""
    rng = random.Random(seed)
    g = nx.Graph()
    g.add_nodes_from(f"org-{i:03d}" for i in range(n))
    for _ in range(links):
        a = rng.randrange(n)
        b = (a + rng.randrange(1, 12)) % n
        g.add_edge(f"org-{a:03d}", f"org-{b:03d}", weight=rng.randint(1, 4))
    return g


def _farthest(a: dict, b: dict) -> float:
    assert a.keys() == b.keys()
    return max(max(abs(a[k][0] - b[k][0]), abs(a[k][1] - b[k][1])) for k in a)


@pytest.mark.parametrize("n,links,iterations", [(2, 1, 50), (9, 12, 50), (40, 80, 50),
                                                (120, 300, 50), (300, 900, 30)])
def test_python_steps_end_where_networkx_does(n, links, iterations):
    g = _clustered(n, links, seed=n)
    start = {k: nw._start(k) for k in g}
    theirs = nx.spring_layout(g, pos=start, seed=nw.LAYOUT_SEED, weight="weight",
                              iterations=iterations, method="force")
    ours = spring.python_spring_layout(g, start, iterations=iterations)
    assert _farthest(ours, {k: tuple(map(float, v)) for k, v in theirs.items()}) < CLOSE
    # and it did lay them out: they moved away from where they started
    assert _farthest(ours, start) > 0.05


def test_the_demo_network_looks_the_same_without_numpy(demo, monkeypatch):
    store, (_m1, _m2, m3) = demo
    net = nw.for_series(store, m3.id)
    with_numpy = nw.layout(net)
    monkeypatch.setattr(spring, "HAVE_NUMPY", False)
    without = nw.layout(net)
    assert without == nw.layout(nw.for_series(store, m3.id))      # stable without numpy too
    assert without.keys() == with_numpy.keys() and len(without) > 10
    assert _farthest(without, with_numpy) < CLOSE


def test_a_part_of_500_actors_needs_no_scipy(monkeypatch):
    """networkx lays out 500 nodes and more with scipy, which is no dependency either."""
    monkeypatch.setitem(sys.modules, "scipy", None)          # as if it were not installed
    g = _clustered(spring.NETWORKX_BELOW, 1500, seed=5)
    with pytest.raises(ImportError):
        nx.spring_layout(g, pos={k: nw._start(k) for k in g}, iterations=1, method="force")
    pos = spring.spring_layout(g, {k: nw._start(k) for k in g}, iterations=1)
    assert pos.keys() == set(g)
    assert max(abs(c) for p in pos.values() for c in p) == pytest.approx(1.0)
