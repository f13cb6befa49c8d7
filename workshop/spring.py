"""networkx's spring layout, with or without numpy.

:func:`networkx.spring_layout` computes with numpy (and, from 500 nodes, with scipy): numpy
and its OpenBLAS take 73 MB in a venv and 42 MB in the bundle, more than a third of what the
app needs besides Qt.  numpy is therefore not a dependency.  :func:`spring_layout` calls
networkx's where numpy is installed (and the part has fewer than 500 nodes); elsewhere it runs
the same computation -- networkx 3's ``_fruchterman_reingold`` with ``method="force"`` and
every node given a start position, then ``rescale_layout`` -- step for step in plain Python
(:func:`python_spring_layout`).  The two start from the same numbers; Fruchterman-Reingold
amplifies rounding over its iterations, so they end within a few thousandths of the unit
square of each other (under a pixel on screen; ``tests/unit/test_spring.py`` compares them),
and each gives the same positions every time.

Only what :mod:`workshop.network` uses is here: two dimensions, all start positions given, no
fixed nodes, networkx's defaults for ``k``, ``threshold``, ``scale`` and ``center``.
"""
from __future__ import annotations

import importlib.util
import math
from typing import Hashable, Mapping

import networkx as nx

THRESHOLD = 1e-4       # networkx's default: stop when the mean step is smaller
#: networkx's dense computation (numpy); from this size networkx switches to scipy's sparse one
NETWORKX_BELOW = 500
HAVE_NUMPY = importlib.util.find_spec("numpy") is not None

Positions = dict[Hashable, tuple[float, float]]


def spring_layout(g: nx.Graph, pos: Mapping[Hashable, tuple[float, float]], *,
                  iterations: int = 50, weight: str = "weight", seed: int = 0) -> Positions:
    """``nx.spring_layout(g, pos=pos, weight=weight, iterations=iterations, method="force",
    seed=seed)`` (``pos`` holds every node of ``g``, so the seed draws nothing that is kept):
    networkx's own where numpy is installed, else :func:`python_spring_layout`."""
    if HAVE_NUMPY and len(g) < NETWORKX_BELOW:
        out = nx.spring_layout(g, pos=dict(pos), weight=weight, iterations=iterations,
                               method="force", seed=seed)
        return {k: (float(x), float(y)) for k, (x, y) in out.items()}
    return python_spring_layout(g, pos, iterations=iterations, weight=weight)


def python_spring_layout(g: nx.Graph, pos: Mapping[Hashable, tuple[float, float]], *,
                         iterations: int = 50, weight: str = "weight") -> Positions:
    """networkx's ``spring_layout`` as :func:`spring_layout` calls it, in plain Python."""
    nodes = list(g)
    n = len(nodes)
    if n == 0:
        return {}
    if n == 1:
        return {nodes[0]: (0.0, 0.0)}
    index = {v: i for i, v in enumerate(nodes)}
    xs = [float(pos[v][0]) for v in nodes]
    ys = [float(pos[v][1]) for v in nodes]
    # the weighted adjacency as nx.to_numpy_array gives it (a missing weight counts 1)
    links = [[] for _ in range(n)]
    for a, b, data in g.edges(data=True):
        i, j = index[a], index[b]
        if i != j:
            w = float(data.get(weight, 1))
            links[i].append((j, w))
            links[j].append((i, w))
    k = math.sqrt(1.0 / n)
    k2 = k * k
    t = max(max(xs) - min(xs), max(ys) - min(ys)) * 0.1
    dt = t / (iterations + 1)
    for _ in range(iterations):
        dxs = [0.0] * n
        dys = [0.0] * n
        for i in range(n):          # repulsion between every pair, k²/d²
            xi, yi = xs[i], ys[i]
            sx = sy = 0.0
            for j in range(i + 1, n):
                dx, dy = xi - xs[j], yi - ys[j]
                d = max(math.sqrt(dx * dx + dy * dy), 0.01)
                f = k2 / (d * d)
                fx, fy = dx * f, dy * f
                sx += fx
                sy += fy
                dxs[j] -= fx
                dys[j] -= fy
            dxs[i] += sx
            dys[i] += sy
        for i in range(n):          # attraction along the links, w·d/k
            xi, yi = xs[i], ys[i]
            for j, w in links[i]:
                dx, dy = xi - xs[j], yi - ys[j]
                d = max(math.sqrt(dx * dx + dy * dy), 0.01)
                f = w * d / k
                dxs[i] -= dx * f
                dys[i] -= dy * f
        moved = 0.0
        for i in range(n):
            length = max(math.sqrt(dxs[i] * dxs[i] + dys[i] * dys[i]), 0.01)
            step = t / length
            sx, sy = dxs[i] * step, dys[i] * step
            xs[i] += sx
            ys[i] += sy
            moved += sx * sx + sy * sy
        t -= dt
        if math.sqrt(moved) / n < THRESHOLD:
            break
    # rescale_layout: centred on the mean, the largest coordinate at ±1
    mx, my = sum(xs) / n, sum(ys) / n
    xs = [x - mx for x in xs]
    ys = [y - my for y in ys]
    lim = max(max(map(abs, xs)), max(map(abs, ys)))
    if lim > 0:
        xs = [x / lim for x in xs]
        ys = [y / lim for y in ys]
    return {v: (xs[i], ys[i]) for i, v in enumerate(nodes)}


__all__ = ["spring_layout", "python_spring_layout", "HAVE_NUMPY"]
