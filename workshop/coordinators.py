"""Coordinators (network builders) and the sectors left out, found from the record.

Read from a :class:`workshop.network.Network` (any scope, any filter):

* :func:`coordinators` -- the actors that connect otherwise separate parts of the network:
  an actor whose removal splits the network (an articulation point, networkx's
  ``articulation_points``), or one that brokers across sectors -- it links two actors of
  different sectors who have no link of their own -- and lies on many shortest paths between
  others (networkx's ``betweenness_centrality``).  Each comes with plain-language reasons
  (:class:`workshop.errors.Notice`, translated by the UI) and its measures.
* :func:`only_consulted` -- the sectors that took part (present, or holding some role) but
  never decided or implemented anything in the record (no deciding or implementing role, no
  action led or partnered).

Betweenness is exact up to :data:`EXACT_UP_TO` nodes; above that networkx estimates it from a
seeded sample of sources (the same answer every time), so a large series stays quick.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import networkx as nx

from .errors import Notice
from .model import Sector
from .network import ContentCache, Network, Node, fingerprint

EXACT_UP_TO = 150
SAMPLE = 50
SEED = 2569
MIN_SHARE = 0.1     # a broker lies on at least this share of the shortest paths between others

SECTOR_NAMES = {
    Sector.STATE: Notice("state agencies"),
    Sector.LOCAL_GOVERNMENT: Notice("local government"),
    Sector.PRIVATE: Notice("the private sector"),
    Sector.CIVIL_SOCIETY: Notice("civil society"),
    Sector.COMMUNITY: Notice("the community"),
    Sector.ACADEMIA: Notice("academia"),
}


@dataclass
class Coordinator:
    key: str
    node: Node
    betweenness: float              # 0..1, networkx normalised
    brokerage: int                  # neighbour pairs of different sectors not linked directly
    sectors_bridged: list[Sector]   # sectors among those pairs
    splits_into: int = 0            # parts the network falls into without this actor (0: none)
    recorded: bool = False          # the record also gives it the coordinating role
    reasons: list[Notice] = field(default_factory=list)


@dataclass
class LeftOut:
    """A sector that took part but never decided or implemented."""
    sector: Sector
    present: int                    # people present from it
    actors: list[Node]              # its actors in the network
    reason: Notice


_MEASURES = ContentCache()


def _betweenness(g: nx.Graph) -> dict[str, float]:
    """Betweenness (exact or seeded estimate), computed once per graph content."""
    def compute() -> dict[str, float]:
        if len(g) <= EXACT_UP_TO:
            return nx.betweenness_centrality(g)
        return nx.betweenness_centrality(g, k=min(SAMPLE, len(g)), seed=SEED)
    return dict(_MEASURES.get(("betweenness", fingerprint(g)), compute))


def _brokerage(net: Network, g: nx.Graph, key: str) -> tuple[int, set[Sector]]:
    sector = {k: net.nodes[k].sector for k in g}
    nbrs = sorted(g.neighbors(key))
    pairs, bridged = 0, set()
    for i, a in enumerate(nbrs):
        for b in nbrs[i + 1:]:
            if sector[a] != sector[b] and not g.has_edge(a, b):
                pairs += 1
                bridged.update((sector[a], sector[b]))
    return pairs, bridged


def _parts_without(g: nx.Graph) -> dict[str, int]:
    """For each actor whose removal splits its part of the network: into how many parts (the
    number of biconnected blocks it belongs to)."""
    blocks: dict[str, int] = {}
    for comp in nx.biconnected_components(g):
        for k in comp:
            blocks[k] = blocks.get(k, 0) + 1
    return {k: n for k, n in blocks.items() if n > 1}


def coordinators(net: Network) -> list[Coordinator]:
    """The actors that connect the network's parts, most central first."""
    g = net.graph
    if g.number_of_edges() == 0:
        return []
    between = _betweenness(g)
    cut = _parts_without(g)
    out: list[Coordinator] = []
    for key in g:
        pairs, bridged = _brokerage(net, g, key)
        share = between.get(key, 0.0)
        if key not in cut and not (pairs and share >= MIN_SHARE):
            continue
        node = net.nodes[key]
        c = Coordinator(key, node, share, pairs, sorted(bridged, key=list(Sector).index),
                        recorded="coordinating" in node.role_kinds())
        if key in cut:
            c.splits_into = cut[key]
            c.reasons.append(Notice(
                "Without {name} the network falls apart into {parts} groups that have no "
                "other link between them.", name=node.name, parts=c.splits_into))
        if pairs:
            c.reasons.append(Notice(
                "{name} is the link between actors of different sectors ({sectors}) who have no "
                "direct link with each other: {pairs} pair(s) of them.", name=node.name, pairs=pairs,
                sectors=_sector_list(c.sectors_bridged)))
        if share > 0:
            c.reasons.append(Notice(
                "{name} lies on {percent}% of the shortest paths between other actors.",
                name=node.name, percent=round(share * 100)))
        if c.recorded:
            c.reasons.append(Notice("The record also names {name} as coordinating.",
                                    name=node.name))
        out.append(c)
    out.sort(key=lambda c: (-c.betweenness, -c.splits_into, -c.brokerage, c.node.name))
    return out


def recorded_only(net: Network, found: list[Coordinator]) -> list[Node]:
    """Actors the record names as coordinating whom the network does not show connecting
    anyone (worth asking the room about)."""
    keys = {c.key for c in found}
    return sorted((n for n in net.nodes.values()
                   if "coordinating" in n.role_kinds() and n.key not in keys),
                  key=lambda n: n.name)


def _sector_list(sectors: list[Sector]) -> "Notice | str":
    """"A and B" / "A and B and C", each name translated."""
    names = [SECTOR_NAMES[s] for s in sectors]
    if not names:
        return ""
    if len(names) == 1:
        return names[0]
    text = names[-1]
    for n in reversed(names[:-1]):
        text = Notice("{a} and {b}", a=n, b=text)
    return text


def only_consulted(net: Network) -> list[LeftOut]:
    """Sectors that took part but never decided or implemented (see the module docstring)."""
    by_sector: dict[Sector, list[Node]] = {}
    for n in net.nodes.values():
        by_sector.setdefault(n.sector, []).append(n)
    sectors = set(by_sector) | {s for s, k in net.present.items() if k}
    out = []
    for s in sorted(sectors, key=list(Sector).index):
        actors = sorted(by_sector.get(s, []), key=lambda n: n.name)
        if any(n.decides_or_implements() for n in actors):
            continue
        present = net.present.get(s, 0)
        if actors:
            reason = Notice(
                "Actors from {sector} took part ({present} people present, {actors} actors with a role) but "
                "never decided or implemented anything in the record.",
                sector=SECTOR_NAMES[s], present=present, actors=len(actors))
        else:
            reason = Notice(
                "People from {sector} were present ({present}) but hold no role in the record: "
                "consulted at most, never deciding or implementing.",
                sector=SECTOR_NAMES[s], present=present)
        out.append(LeftOut(s, present, actors, reason))
    return out


__all__ = ["Coordinator", "LeftOut", "coordinators", "recorded_only", "only_consulted",
           "SECTOR_NAMES", "EXACT_UP_TO"]
