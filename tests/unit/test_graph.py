"""workshop.graph gives networkx's answers: the same nodes and links in the same order, the
same connected parts and biconnected blocks, the same betweenness to the last bit (exact and
from a seeded sample), on random graphs and on the demo's network; the app never imports
networkx (it is a test extra)."""
from __future__ import annotations

import random
import subprocess
import sys

import pytest

from workshop import graph as wg

nx = pytest.importorskip("networkx")


def _pair(seed: int, n: int, links: int):
    rng = random.Random(seed)
    ours, theirs = wg.Graph(), nx.Graph()
    names = [f"n{rng.randrange(10 ** 6):06d}" for _ in range(n)]
    for g in (ours, theirs):
        g.add_nodes_from(names[: n // 2])
    for _ in range(links):
        a, b = rng.choice(names), rng.choice(names)
        if a != b:
            w = rng.randint(1, 4)
            ours.add_edge(a, b, weight=w)
            theirs.add_edge(a, b, weight=w)
    for name in names:                  # lone nodes too
        ours.add_node(name)
        theirs.add_node(name)
    return ours, theirs


@pytest.mark.parametrize("seed, n, links", [(1, 12, 14), (2, 40, 45), (3, 90, 160),
                                             (4, 30, 12)])
def test_same_graph_same_answers(seed, n, links):
    ours, theirs = _pair(seed, n, links)
    assert list(ours) == list(theirs) and len(ours) == len(theirs)
    assert list(ours.edges) == list(theirs.edges)
    assert list(ours.edges(data=True)) == list(theirs.edges(data=True))
    assert ours.number_of_edges() == theirs.number_of_edges()
    for v in theirs:
        assert list(ours[v]) == list(theirs[v]) and ours.degree(v) == theirs.degree(v)
        assert sorted(ours.neighbors(v)) == sorted(theirs.neighbors(v))
    a, b = next(iter(theirs.edges))
    assert ours.edges[a, b] == theirs.edges[a, b] == ours.get_edge_data(b, a)
    assert ours.has_edge(b, a) and not ours.has_edge(a, "nobody")
    assert [sorted(c) for c in wg.connected_components(ours)] == \
        [sorted(c) for c in nx.connected_components(theirs)]
    assert [sorted(c) for c in wg.biconnected_components(ours)] == \
        [sorted(c) for c in nx.biconnected_components(theirs)]
    assert wg.betweenness_centrality(ours) == nx.betweenness_centrality(theirs)
    k = max(2, n // 3)
    assert wg.betweenness_centrality(ours, k=k, seed=7) == \
        nx.betweenness_centrality(theirs, k=k, seed=7)
    part = sorted(max(nx.connected_components(theirs), key=len))
    sub_ours, sub_theirs = ours.subgraph(part), theirs.subgraph(part)
    assert set(sub_ours) == set(sub_theirs)
    assert {frozenset(e) for e in sub_ours.edges} == {frozenset(e) for e in sub_theirs.edges}
    assert wg.betweenness_centrality(sub_ours) == pytest.approx(
        nx.betweenness_centrality(sub_theirs))


def test_copy_is_apart_and_filters_keep_every_node():
    ours, _ = _pair(5, 20, 30)
    g = ours.copy()
    a, b = next(iter(g.edges))
    g.edges[a, b]["weight"] += 10
    assert ours.edges[a, b]["weight"] == g.edges[a, b]["weight"] - 10
    h = wg.Graph()
    h.add_nodes_from(ours.nodes(data=True))
    assert list(h) == list(ours) and h.number_of_edges() == 0


def test_the_demo_network_measures_as_with_networkx(store):
    from workshop import coordinators as co
    from workshop import network as nw
    from workshop.demo import build_demo
    from workshop.model import Meeting

    build_demo(store)
    last = store.find(Meeting, order_by="date")[-1]
    net = nw.for_series(store, last.id)
    theirs = nx.Graph()
    theirs.add_nodes_from(net.graph)
    theirs.add_edges_from(net.graph.edges(data=True))
    assert list(theirs.edges) == list(net.graph.edges)
    assert wg.betweenness_centrality(net.graph) == nx.betweenness_centrality(theirs)
    assert co.coordinators(net)


def test_the_app_does_not_import_networkx():
    code = ("import sys, workshop.network, workshop.coordinators, workshop.minutes.network_annex;"
            "print('networkx' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True)
    assert out.stdout.strip() == "False"
