"""The undirected graph the actor network needs, and the three measures it takes of it.

networkx answered these, but importing it loads some 280 modules (every algorithm it has,
~18 MiB, a fifth of the app's memory on a large file) for a graph class and three
algorithms.  Here are the same, with the same answers and the same order of nodes and links
(``tests/unit/test_graph.py`` compares them with networkx's, which stays a test extra):

* :class:`Graph`: nodes and links with a data dict each, in the order they were added, as
  :class:`networkx.Graph` keeps them (``g.edges(data=True)``, ``g.edges[a, b]``, ``g[a]``,
  ``g.degree(a)``, ``g.subgraph(nodes)``, ...);
* :func:`connected_components`, :func:`biconnected_components` and
  :func:`betweenness_centrality` (Brandes' algorithm, exact or from a seeded sample of
  sources), written after networkx 3's (BSD-3-Clause, Copyright (C) 2004-2024 NetworkX
  Developers).
"""
from __future__ import annotations

import math
import random
from collections import deque
from itertools import chain
from typing import Any, Hashable, Iterable, Iterator, Optional

Node = Hashable


class NodeView:
    def __init__(self, g: "Graph"):
        self._g = g

    def __iter__(self) -> Iterator[Node]:
        return iter(self._g._node)

    def __len__(self) -> int:
        return len(self._g._node)

    def __contains__(self, n: object) -> bool:
        return n in self._g._node

    def __getitem__(self, n: Node) -> dict:
        return self._g._node[n]

    def __call__(self, data: bool = False) -> Iterable:
        return self._g._node.items() if data else iter(self._g._node)


class EdgeView:
    """Each link once, from the node added first, in the order networkx gives them."""

    def __init__(self, g: "Graph"):
        self._g = g

    def _triples(self) -> Iterator[tuple[Node, Node, dict]]:
        seen: set = set()
        for n, nbrs in self._g._adj.items():
            for nbr, dd in nbrs.items():
                if nbr not in seen:
                    yield n, nbr, dd
            seen.add(n)

    def __iter__(self) -> Iterator[tuple[Node, Node]]:
        return ((a, b) for a, b, _d in self._triples())

    def __len__(self) -> int:
        return self._g.number_of_edges()

    def __contains__(self, e: object) -> bool:
        try:
            a, b = e          # type: ignore[misc]
        except (TypeError, ValueError):
            return False
        return self._g.has_edge(a, b)

    def __getitem__(self, e: tuple[Node, Node]) -> dict:
        a, b = e
        return self._g._adj[a][b]

    def __call__(self, data: bool = False) -> Iterable:
        return self._triples() if data else iter(self)

    def values(self) -> Iterator[dict]:
        return (d for _a, _b, d in self._triples())

    def items(self) -> Iterator[tuple[tuple[Node, Node], dict]]:
        return (((a, b), d) for a, b, d in self._triples())


class Graph:
    """An undirected graph without parallel links (see the module docstring)."""

    def __init__(self) -> None:
        self._node: dict[Node, dict] = {}
        self._adj: dict[Node, dict[Node, dict]] = {}

    # nodes
    def add_node(self, n: Node, **attr: Any) -> None:
        if n not in self._node:
            self._adj[n] = {}
            self._node[n] = dict(attr)
        else:
            self._node[n].update(attr)

    def add_nodes_from(self, nodes: Iterable) -> None:
        for item in nodes:
            if isinstance(item, tuple) and len(item) == 2 and isinstance(item[1], dict):
                self.add_node(item[0], **item[1])
            else:
                self.add_node(item)

    @property
    def nodes(self) -> NodeView:
        return NodeView(self)

    def __iter__(self) -> Iterator[Node]:
        return iter(self._node)

    def __len__(self) -> int:
        return len(self._node)

    def __contains__(self, n: object) -> bool:
        try:
            return n in self._node
        except TypeError:
            return False

    def __getitem__(self, n: Node) -> dict[Node, dict]:
        return self._adj[n]

    def neighbors(self, n: Node) -> Iterator[Node]:
        return iter(self._adj[n])

    def degree(self, n: Node) -> int:
        nbrs = self._adj[n]
        return len(nbrs) + (1 if n in nbrs else 0)

    # links
    def add_edge(self, u: Node, v: Node, **attr: Any) -> None:
        self.add_edges_from([(u, v, attr)])

    def add_edges_from(self, edges: Iterable) -> None:
        for e in edges:
            if len(e) == 3:
                u, v, dd = e
            else:
                (u, v), dd = e, {}
            for n in (u, v):
                if n not in self._node:
                    self._adj[n] = {}
                    self._node[n] = {}
            data = self._adj[u].get(v, {})
            data.update(dd)
            self._adj[u][v] = data
            self._adj[v][u] = data

    @property
    def edges(self) -> EdgeView:
        return EdgeView(self)

    def has_edge(self, u: Node, v: Node) -> bool:
        return u in self._adj and v in self._adj[u]

    def get_edge_data(self, u: Node, v: Node, default: Any = None) -> Any:
        try:
            return self._adj[u][v]
        except KeyError:
            return default

    def number_of_edges(self) -> int:
        loops = sum(1 for n, nbrs in self._adj.items() if n in nbrs)
        return (sum(len(nbrs) for nbrs in self._adj.values()) - loops) // 2 + loops

    def copy(self) -> "Graph":
        g = Graph()
        g.add_nodes_from((n, d.copy()) for n, d in self._node.items())
        g.add_edges_from((u, v, d.copy()) for u, v, d in self.edges(data=True))
        return g

    def subgraph(self, nodes: Iterable[Node]) -> "Graph":
        """The nodes given (in this graph's order) and the links between them (their data
        shared, as networkx's subgraph view shares it)."""
        keep = {n for n in nodes if n in self._node}
        g = Graph()
        for n, d in self._node.items():
            if n in keep:
                g._node[n] = d
                g._adj[n] = {m: dd for m, dd in self._adj[n].items() if m in keep}
        return g


# ------------------------------------------------------------------------ measures
def connected_components(g: Any) -> Iterator[set]:
    """The node sets of the connected parts, in the order of their first node."""
    seen: set = set()
    for v in g:
        if v in seen:
            continue
        part, level = {v}, [v]
        while level:
            nxt = []
            for a in level:
                for b in g[a]:
                    if b not in part:
                        part.add(b)
                        nxt.append(b)
            level = nxt
        seen |= part
        yield part


def biconnected_components(g: Any) -> Iterator[set]:
    """The node sets of the biconnected blocks (networkx's ``_biconnected_dfs``)."""
    visited: set = set()
    for start in g:
        if start in visited:
            continue
        discovery = {start: 0}
        low = {start: 0}
        visited.add(start)
        edge_stack: list = []
        stack = [(start, start, iter(g[start]))]
        edge_index: dict = {}
        while stack:
            grandparent, parent, children = stack[-1]
            try:
                child = next(children)
                if grandparent == child:
                    continue
                if child in visited:
                    if discovery[child] <= discovery[parent]:       # a back link
                        low[parent] = min(low[parent], discovery[child])
                        edge_index[parent, child] = len(edge_stack)
                        edge_stack.append((parent, child))
                else:
                    low[child] = discovery[child] = len(discovery)
                    visited.add(child)
                    stack.append((parent, child, iter(g[child])))
                    edge_index[parent, child] = len(edge_stack)
                    edge_stack.append((parent, child))
            except StopIteration:
                stack.pop()
                if len(stack) > 1:
                    if low[parent] >= discovery[grandparent]:
                        ind = edge_index[grandparent, parent]
                        yield set(chain.from_iterable(edge_stack[ind:]))
                        del edge_stack[ind:]
                    low[grandparent] = min(low[parent], low[grandparent])
                elif stack:                                          # the root's child
                    ind = edge_index[grandparent, parent]
                    yield set(chain.from_iterable(edge_stack[ind:]))
                    del edge_stack[ind:]


def betweenness_centrality(g: Any, k: Optional[int] = None,
                           seed: Optional[int] = None) -> dict[Node, float]:
    """Normalised betweenness of every node, shortest paths counted without weights; with
    ``k``, estimated from ``k`` sources drawn by ``random.Random(seed)`` (networkx's
    ``betweenness_centrality(g, k=k, seed=seed)``, its numbers to the last bit)."""
    between = dict.fromkeys(g, 0.0)
    if k == len(g):
        k = None
    sources: Iterable[Node] = g if k is None else random.Random(seed).sample(list(g), k)
    if k is not None:
        sources = list(sources)
    for s in sources:
        order, preds, sigma = _shortest_paths(g, s)
        delta = dict.fromkeys(order, 0)
        while order:
            w = order.pop()
            coeff = (1 + delta[w]) / sigma[w]
            for v in preds[w]:
                delta[v] += sigma[v] * coeff
            if w != s:
                between[w] += delta[w]
    return _rescale(between, len(g), None if k is None else list(sources))  # type: ignore[arg-type]


def _shortest_paths(g: Any, s: Node) -> tuple[list, dict, dict]:
    order: list = []
    preds: dict = {v: [] for v in g}
    sigma = dict.fromkeys(g, 0.0)
    dist = {s: 0}
    sigma[s] = 1.0
    queue = deque([s])
    while queue:
        v = queue.popleft()
        order.append(v)
        dv, sv = dist[v], sigma[v]
        for w in g[v]:
            if w not in dist:
                queue.append(w)
                dist[w] = dv + 1
            if dist[w] == dv + 1:
                sigma[w] += sv
                preds[w].append(v)
    return order, preds, sigma


def _rescale(between: dict, n: int, sampled: Optional[list]) -> dict:
    N = n - 1                       # endpoints are not counted
    if N < 2:
        return between
    if sampled is None:
        scale = 1 / (N * (N - 1))
        for v in between:
            between[v] *= scale
        return between
    k = len(sampled)
    scale_source = 1 / ((k - 1) * (N - 1)) if k > 1 else math.nan
    scale_other = 1 / (k * (N - 1))
    chosen = set(sampled)
    for v in between:
        between[v] *= scale_source if v in chosen else scale_other
    return between


__all__ = ["Graph", "connected_components", "biconnected_components",
           "betweenness_centrality"]
