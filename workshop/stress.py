"""A large part of the network laid out quickly in plain Python: pivot MDS, then sparse stress.

networkx's spring layout compares every pair of nodes in every iteration.  networkx does that
with numpy, and numpy is not a dependency (:mod:`workshop.spring`).  In plain Python a part of
300 actors then takes half a second to seconds, and the Network page of a large series must show
in under 300 ms.  networkx has no layout that works without numpy or scipy, so a part from
:data:`FROM_NODES` nodes up is laid out here instead, in the same way with or without numpy, by
two published methods that read only the graph distances from a few nodes:

1. **pivot MDS** (Brandes & Pich, "Eigensolver methods for progressive multidimensional scaling
   of large data", 2006): the hops from :data:`PIVOTS` well-spread nodes (each next one the
   farthest from those already chosen), and classical scaling of those distances.  This gives
   the shape of the whole part at once: a chain of neighbourhoods is drawn as a chain, a ring
   as a ring;
2. **sparse stress** (Ortmann, Klimenta & Brandes, "A sparse stress model", 2016): a few rounds
   that move each node to where its links (one hop each, heavier links pulling harder, as in
   the spring layout) and the pivots (their hop distance, weighted by how many nodes each
   pivot stands for) want it;
3. nodes still closer than :data:`MIN_GAP` hops (actors linked to exactly the same others land
   on one point) are pushed apart, comparing only nodes in neighbouring cells of a grid.

Everything is taken in the graph's node order with no random numbers, so the same graph gives
the same positions every time.  The result is scaled like networkx's ``rescale_layout``: centred on
the mean, the largest coordinate at ±1.
"""
from __future__ import annotations

import math
from operator import mul
from typing import Hashable

import networkx as nx

#: parts of at least this many nodes are laid out here (smaller ones by the spring layout,
#: which is quick enough for them without numpy)
FROM_NODES = 100
PIVOTS = 16
ROUNDS = 10
MIN_GAP = 0.7           # in hops (a link's length)

Positions = dict[Hashable, tuple[float, float]]


def stress_layout(g: nx.Graph, weight: str = "weight") -> Positions:
    """Positions in [-1, 1]² for the nodes of the connected graph ``g`` (see the module
    docstring)."""
    nodes = list(g)
    n = len(nodes)
    if n == 0:
        return {}
    if n == 1:
        return {nodes[0]: (0.0, 0.0)}
    index = {v: i for i, v in enumerate(nodes)}
    links: list[list[tuple[int, float]]] = [[] for _ in range(n)]
    for a, b, data in g.edges(data=True):
        i, j = index[a], index[b]
        if i != j:
            w = float(data.get(weight, 1) or 1)
            links[i].append((j, w))
            links[j].append((i, w))
    pivots, hops = _pivots(links)
    xs, ys = _classical_scaling(hops, n)
    _stress(xs, ys, links, pivots, hops)
    _push_apart(xs, ys)
    mx, my = sum(xs) / n, sum(ys) / n
    xs = [x - mx for x in xs]
    ys = [y - my for y in ys]
    lim = max(max(map(abs, xs)), max(map(abs, ys)))
    if lim > 0:
        xs = [x / lim for x in xs]
        ys = [y / lim for y in ys]
    return {v: (xs[i], ys[i]) for i, v in enumerate(nodes)}


def _hops(links: list[list[tuple[int, float]]], source: int) -> list[int]:
    """Hops from ``source`` to every node (breadth first; the part is connected)."""
    dist = [-1] * len(links)
    dist[source] = 0
    frontier = [source]
    d = 0
    while frontier:
        d += 1
        nxt = []
        for v in frontier:
            for u, _w in links[v]:
                if dist[u] < 0:
                    dist[u] = d
                    nxt.append(u)
        frontier = nxt
    return [max(x, 0) for x in dist]


def _pivots(links: list[list[tuple[int, float]]]) -> tuple[list[int], list[list[int]]]:
    """Max-min pivots: the first the node farthest from the first node, each next one the node
    farthest from every pivot chosen so far (ties: the earliest node); their hop distances."""
    n = len(links)
    d0 = _hops(links, 0)
    p = max(range(n), key=lambda i: (d0[i], -i))
    pivots, hops = [], []
    nearest = [n] * n
    for _ in range(min(PIVOTS, n)):
        d = _hops(links, p)
        pivots.append(p)
        hops.append(d)
        nearest = list(map(min, nearest, d))
        p = max(range(n), key=lambda i: (nearest[i], -i))
        if nearest[p] == 0:             # every node is a pivot
            break
    return pivots, hops


def _classical_scaling(hops: list[list[int]], n: int) -> tuple[list[float], list[float]]:
    """Pivot MDS: the squared distances to the pivots double-centred (C, n × k), the two
    leading eigenvectors v of CᵀC (k × k, by power iteration), the coordinates C·v scaled so
    that the two axes keep their proportion."""
    k = len(hops)
    sq = [[float(d * d) for d in col] for col in hops]
    col_mean = [sum(col) / n for col in sq]
    row_mean = [sum(col[i] for col in sq) / k for i in range(n)]
    grand = sum(col_mean) / k
    c = [[-0.5 * (v - r - cm + grand) for v, r in zip(col, row_mean)]
         for col, cm in zip(sq, col_mean)]
    m = [[sum(map(mul, c[a], c[b])) for b in range(k)] for a in range(k)]
    found: list[list[float]] = []
    axes = []
    for axis in range(2):
        v = [1.0 + ((i * 7 + axis * 3) % 11) / 10 for i in range(k)]
        lam = 0.0
        for _ in range(300):
            for u in found:             # keep it apart from the first axis
                dot = sum(map(mul, u, v))
                v = [a - dot * b for a, b in zip(v, u)]
            w = [sum(map(mul, row, v)) for row in m]
            norm = math.sqrt(sum(x * x for x in w))
            if norm == 0:
                break
            w = [x / norm for x in w]
            settled = max(abs(a - b) for a, b in zip(w, v)) < 1e-9
            v, lam = w, norm
            if settled:
                break
        found.append(v)
        scale = lam ** -0.25 if lam > 0 else 0.0      # C·v / sqrt(singular value)
        axes.append([sum(col[i] * vj for col, vj in zip(c, v)) * scale for i in range(n)])
    return axes[0], axes[1]


def _stress(xs: list[float], ys: list[float], links: list[list[tuple[int, float]]],
            pivots: list[int], hops: list[list[int]]) -> None:
    """Sparse stress majorisation, node by node (each move uses the newest positions)."""
    n = len(xs)
    share = [0] * len(pivots)           # how many nodes each pivot stands for (the nearest)
    for i in range(n):
        share[min(range(len(pivots)), key=lambda j: (hops[j][i], j))] += 1
    # x_i moves to  sum_j w (x_j + d (x_i - x_j) / |x_i - x_j|) / sum_j w, which is
    # x_i + sum_j (w d / |x_i - x_j| - w) (x_i - x_j) / sum_j w
    terms: list[tuple[tuple[int, float, float], ...]] = []
    total: list[float] = []
    for i in range(n):
        t = [(j, w, w) for j, w in links[i]]                # one hop: w·d = w
        for pj, p in enumerate(pivots):
            d = hops[pj][i]
            if d > 1:                   # one hop: a link, already there
                w = share[pj] / (d * d)
                t.append((p, w, w * d))
        terms.append(tuple(t))
        total.append(sum(w for _j, w, _wd in t))
    sqrt = math.sqrt
    for _ in range(ROUNDS):
        for i in range(n):
            xi, yi = xs[i], ys[i]
            ax = ay = 0.0
            for j, w, wd in terms[i]:
                dx, dy = xi - xs[j], yi - ys[j]
                length = sqrt(dx * dx + dy * dy)
                c = wd / length - w if length > 1e-9 else -w   # on one point: no direction
                ax += c * dx
                ay += c * dy
            s = total[i]
            xs[i], ys[i] = xi + ax / s, yi + ay / s


def _push_apart(xs: list[float], ys: list[float], passes: int = 3) -> None:
    """Nodes closer than MIN_GAP moved apart (each of a pair half the way), in grid cells of
    MIN_GAP so that only neighbours are compared; two on one point part in a direction set by
    their places in the order."""
    n, gap = len(xs), MIN_GAP
    gap2 = gap * gap
    for _ in range(passes):
        cells: dict[tuple[int, int], list[int]] = {}
        for i in range(n):
            cells.setdefault((math.floor(xs[i] / gap), math.floor(ys[i] / gap)), []).append(i)
        for (cx, cy), here in cells.items():
            near = []
            for ox, oy in ((1, -1), (1, 0), (1, 1), (0, 1)):
                near += cells.get((cx + ox, cy + oy), ())
            for pos, i in enumerate(here):
                for j in here[pos + 1:] + near:
                    dx, dy = xs[i] - xs[j], ys[i] - ys[j]
                    d2 = dx * dx + dy * dy
                    if d2 >= gap2:
                        continue
                    if d2 < 1e-18:
                        a = (i * 37 + j * 101) % 360 * math.pi / 180
                        dx, dy, push = math.cos(a), math.sin(a), gap / 2
                    else:
                        d = math.sqrt(d2)
                        push = (gap - d) / 2 / d
                    xs[i] += dx * push
                    ys[i] += dy * push
                    xs[j] -= dx * push
                    ys[j] -= dy * push


__all__ = ["stress_layout", "FROM_NODES"]
