"""A large part of the network laid out by workshop/stress.py (pivot MDS and sparse stress):
the same picture every time and with or without numpy, nobody on top of anybody, and the shape
of the network kept (a ring of neighbourhoods drawn as one ring, in order, not folded)."""
from __future__ import annotations

import math
import sys

import networkx as nx
import pytest

from workshop import network as nw
from workshop import spring, stress

GROUPS = 20


def _ring(groups: int = GROUPS, size: int = 6, leaves: int = 2) -> nx.Graph:
    """Neighbourhoods of ``size`` actors who all work together, each linked to the next one by
    one actor, round a ring; in each, ``leaves`` people who only pledge to its first actor (so
    they are linked to exactly the same one: the same place in the distances)."""
    g = nx.Graph()
    for i in range(groups):
        members = [f"org:{i:02d}-{j}" for j in range(size)]
        for a in range(size):
            for b in range(a + 1, size):
                g.add_edge(members[a], members[b], weight=1 + (a + b) % 3)
        g.add_edge(members[0], f"org:{(i + 1) % groups:02d}-1", weight=1)
        for k in range(leaves):
            g.add_edge(members[0], f"person:{i:02d}-{k}", weight=1)
    out = nx.Graph()                      # in the node order network.build gives
    out.add_nodes_from(sorted(g))
    out.add_edges_from(sorted(g.edges(data=True)))
    return out


def _group(key: str) -> int:
    return int(key.split(":")[1].split("-")[0])


def _winding(pos: dict) -> tuple[float, list[float]]:
    """How many times the neighbourhoods' centres go round their mean, and each step's angle."""
    centres = []
    for i in range(GROUPS):
        pts = [p for k, p in pos.items() if _group(k) == i]
        centres.append((sum(p[0] for p in pts) / len(pts), sum(p[1] for p in pts) / len(pts)))
    mx = sum(c[0] for c in centres) / GROUPS
    my = sum(c[1] for c in centres) / GROUPS
    angles = [math.atan2(y - my, x - mx) for x, y in centres]
    steps = [(angles[(i + 1) % GROUPS] - angles[i] + math.pi) % (2 * math.pi) - math.pi
             for i in range(GROUPS)]
    return sum(steps) / (2 * math.pi), steps


def test_the_same_graph_gives_the_same_positions_scaled_like_networkx():
    g = _ring()
    pos = stress.stress_layout(g)
    assert pos == stress.stress_layout(_ring())
    assert pos.keys() == set(g)
    assert max(abs(c) for p in pos.values() for c in p) == pytest.approx(1.0)
    for axis in (0, 1):                                   # centred on the mean
        assert sum(p[axis] for p in pos.values()) / len(pos) == pytest.approx(0.0, abs=1e-9)


def test_a_ring_of_neighbourhoods_is_drawn_as_one_ring_in_order():
    g = _ring()
    turns, steps = _winding(stress.stress_layout(g))
    assert abs(turns) == pytest.approx(1.0)
    assert all(s > 0 for s in steps) or all(s < 0 for s in steps)     # not folded
    # the spring layout from scattered starting points, as the page drew it before, folds it
    start = {k: nw._start(k) for k in g}
    folded, fsteps = _winding(spring.python_spring_layout(g, start, iterations=50))
    assert abs(folded) != pytest.approx(1.0) or not (all(s > 0 for s in fsteps)
                                                      or all(s < 0 for s in fsteps))


def test_nobody_on_top_of_anybody_and_links_short():
    g = _ring()
    pos = stress.stress_layout(g)
    keys = sorted(pos)

    def dist(a, b):
        return math.dist(pos[a], pos[b])
    links = [dist(a, b) for a, b in g.edges]
    mean_link = sum(links) / len(links)
    closest = min(dist(a, b) for i, a in enumerate(keys) for b in keys[i + 1:])
    assert closest > 0.3 * mean_link        # the two people of each neighbourhood parted too
    others = [dist(a, b) for i, a in enumerate(keys) for b in keys[i + 1:]
              if not g.has_edge(a, b)]
    assert mean_link < 0.25 * sum(others) / len(others)


def test_a_large_part_is_laid_out_alike_with_or_without_numpy(monkeypatch):
    """The installed app has no numpy: a large series looks the same there (and numpy is not
    even imported for it)."""
    g = _ring(groups=GROUPS, size=6, leaves=2)
    assert len(g) >= stress.FROM_NODES
    net = nw.Network([], {}, g)
    with_numpy = nw.layout(net)
    monkeypatch.setattr(spring, "HAVE_NUMPY", False)
    monkeypatch.setitem(sys.modules, "numpy", None)        # as if it were not installed
    assert nw.layout(net) == with_numpy
    # and it is the stress layout, placed as layout places a single part
    assert _winding(with_numpy)[0] == pytest.approx(_winding(stress.stress_layout(g))[0])


def test_small_parts_keep_the_spring_layout(monkeypatch):
    """A village meeting's network (every part under FROM_NODES) is drawn as before."""
    calls = []
    monkeypatch.setattr(stress, "stress_layout", lambda *a, **k: calls.append(a) or {})
    g = _ring(groups=5, size=4, leaves=1)
    assert len(g) < stress.FROM_NODES
    pos = nw.layout(nw.Network([], {}, g))
    assert pos.keys() == set(g) and not calls
