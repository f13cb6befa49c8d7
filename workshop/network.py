"""The actor network of a meeting, a series of meetings or the whole file (GUIDE section 2).

Nodes are the organisations and people that the record shows taking part: a network role
(planning, deciding, implementing, exchanging, mobilising, coordinating), leading or partnering
an action, or pledging a resource.  A record that names both a person and their organisation
(an action's lead, a pledge) counts for the organisation, as the action plan's totals do
(:class:`workshop.actions.Actors`); a person who takes part in their own name is a node of
their own, linked to their organisation ("member") when it takes part too.

Links, each typed (:class:`LinkKind`) and each saying which records it comes from
(:class:`Source`):

* **shared roles on the same issue or action**: two actors with network roles on the same
  issue, or on the same action (an action's lead implements it), are linked, typed by the roles
  they hold there.  Roles for the meeting as a whole link nobody (they would join everyone who
  decided into one block); they stay on the node (:attr:`Node.roles`);
* **partner**: an action's lead and each of its partner organisations or people;
* **pledge**: whoever pledges a resource to an action and the action's lead;
* **member**: a person node and their organisation's node.

The graph is a :class:`networkx.Graph` (one edge per pair, the kinds and sources on it);
:func:`layout` places each connected part of it with networkx's spring layout (through
:mod:`workshop.spring`: networkx's own where numpy is installed, the same steps in Python where
it is not), seeded and started from positions derived from each node's id, so that two builds
of the same record give the same picture and a node keeps its place when another one joins; a
part of :data:`workshop.stress.FROM_NODES` actors or more (a large series) by
:mod:`workshop.stress` (pivot MDS and sparse stress, with or without numpy alike), which reads
only the graph and so gives the same picture every time too.  :mod:`workshop.coordinators`
reads the graph.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from operator import attrgetter
from typing import Iterable, Optional

import networkx as nx

from .model import (
    Action, ActionPartner, Issue, Meeting, NetworkRole, NetworkRoleAssignment, Organisation,
    Person, Pledge, Sector, StrEnum,
)
from .people import DEFAULT_SECTOR
from . import spring, stress
from .series import SERIES_WINDOW, series_of, series_window
from .store import Store
from .store.by_ids import Lookup, records_in
from .store.meeting_people import present_people

LAYOUT_SEED = 2569

#: how a sector is drawn, on screen and in the minutes: a colour *and* a shape, so that a
#: legend does not rely on colour alone
SECTOR_STYLE: dict[Sector, tuple[str, str]] = {      # colour, shape
    Sector.STATE: ("#1f77b4", "square"),
    Sector.LOCAL_GOVERNMENT: ("#6a3d9a", "diamond"),
    Sector.PRIVATE: ("#e6550d", "triangle"),
    Sector.CIVIL_SOCIETY: ("#31a354", "hexagon"),
    Sector.COMMUNITY: ("#8c6d31", "circle"),
    Sector.ACADEMIA: ("#d62728", "star"),
}


def shape_points(shape: str, r: float) -> list[tuple[float, float]]:
    """The corners of a sector's shape of radius ``r`` around (0, 0), y pointing down
    (screen); [] for a circle."""
    import math

    if shape == "circle":
        return []
    if shape == "square":
        q = r * 0.85
        return [(-q, -q), (q, -q), (q, q), (-q, q)]
    corners = {"diamond": 4, "triangle": 3, "hexagon": 6, "star": 10}[shape]
    pts = []
    for i in range(corners):
        a = -math.pi / 2 + i * 2 * math.pi / corners
        rr = r * (0.5 if shape == "star" and i % 2 else 1.0) * (1.15 if shape == "triangle" else 1)
        pts.append((rr * math.cos(a), rr * math.sin(a)))
    return pts


class LinkKind(StrEnum):
    """What a link stands for: a network role shared on an issue or action, or a relation."""
    PLANNING = "planning"
    DECIDING = "deciding"
    IMPLEMENTING = "implementing"
    EXCHANGING = "exchanging"
    MOBILISING = "mobilising"
    COORDINATING = "coordinating"
    PARTNER = "partner"      # an action's lead and a partner
    PLEDGE = "pledge"        # a pledge to an action and the action's lead
    MEMBER = "member"        # a person and their organisation


ROLE_KINDS = tuple(LinkKind(r.value) for r in NetworkRole)


@dataclass(frozen=True)
class Source:
    """The record a link or a role comes from."""
    table: str                  # network_roles, actions, action_partners, pledges, people
    id: str
    meeting_id: str = ""
    issue_id: Optional[str] = None
    action_id: Optional[str] = None


@dataclass(frozen=True)
class RoleEntry:
    """One thing an actor did: a role (a :class:`LinkKind` value, "lead" for an action's lead,
    "partner", "pledge") on an issue, an action or the meeting as a whole."""
    kind: str
    source: Source
    subject: str = ""           # the action's or issue's title ("" for the whole meeting)


@dataclass
class Node:
    key: str                    # "org:<id>" or "person:<id>"
    kind: str                   # "organisation" or "person"
    id: str
    name: str
    sector: Sector
    roles: list[RoleEntry] = field(default_factory=list)

    def role_kinds(self) -> set[str]:
        return {r.kind for r in self.roles}

    def decides_or_implements(self) -> bool:
        return bool(self.role_kinds() & {"deciding", "implementing", "lead", "partner"})


@dataclass
class Link:
    a: str
    b: str
    kinds: dict[LinkKind, list[Source]]

    @property
    def weight(self) -> int:
        return sum(len(v) for v in self.kinds.values())


@dataclass
class Network:
    meeting_ids: list[str]
    nodes: dict[str, Node]
    graph: nx.Graph
    titles: dict[str, str] = field(default_factory=dict)       # issue/action id -> title
    present: dict[Sector, int] = field(default_factory=dict)   # people present by sector

    @property
    def links(self) -> list[Link]:
        return [Link(a, b, d["kinds"]) for a, b, d in self.graph.edges(data=True)]

    def link(self, a: str, b: str) -> Optional[Link]:
        d = self.graph.get_edge_data(a, b)
        return Link(a, b, d["kinds"]) if d else None

    def filtered(self, kinds: Optional[Iterable[str]] = None,
                 issue_id: Optional[str] = None) -> "Network":
        """The network keeping only links of ``kinds`` and (when given) about ``issue_id``
        (its own roles and those of its actions).  Every node stays, so a layout of the whole
        network draws the filtered one too."""
        keep = {LinkKind(k) for k in kinds} if kinds is not None else set(LinkKind)
        if issue_id is None and keep == set(LinkKind):
            return self                 # nothing left out (the page's first view)
        g = nx.Graph()
        g.add_nodes_from(self.graph.nodes(data=True))
        for a, b, d in self.graph.edges(data=True):
            out = {}
            for k, sources in d["kinds"].items():
                if k not in keep:
                    continue
                if issue_id is not None:
                    sources = [s for s in sources if s.issue_id == issue_id]
                if sources:
                    out[k] = sources
            if out:
                g.add_edge(a, b, kinds=out, weight=sum(len(v) for v in out.values()))
        return Network(self.meeting_ids, self.nodes, g, self.titles, self.present)

    def issues(self) -> list[tuple[str, str]]:
        """(issue id, title) of the issues that some link is about, by title."""
        ids = {s.issue_id for d in self.graph.edges.values() for v in d["kinds"].values()
               for s in v if s.issue_id}
        return sorted(((i, self.titles.get(i, "")) for i in ids), key=lambda t: (t[1], t[0]))


# ------------------------------------------------------------------------ scopes
def all_meetings(store: Store) -> list[str]:
    return [m.id for m in store.find(Meeting, order_by="date, created")]


# ------------------------------------------------------------------------ building
class _Builder:
    def __init__(self, store: Store, meeting_ids: list[str]):
        self.store = store
        self.meeting_ids = list(meeting_ids)
        whole = len(self.meeting_ids) > SERIES_WINDOW      # the file: one read of each
        self.orgs = Lookup(store, Organisation, whole)
        self.people = Lookup(store, Person, whole)
        self.nodes: dict[str, Node] = {}
        self.links: dict[tuple[str, str], dict] = {}     # (a, b), a < b -> edge data
        self.titles: dict[str, str] = {}

    # nodes
    def key(self, person_id: Optional[str], org_id: Optional[str]) -> str:
        if self.orgs.get(org_id) is not None:
            return "org:" + org_id
        if self.people.get(person_id) is not None:
            return "person:" + person_id
        return ""

    def node(self, key: str) -> Node:
        if key not in self.nodes:
            kind, _, id = key.partition(":")
            if kind == "org":
                o = self.orgs.get(id)
                self.nodes[key] = Node(key, "organisation", id, o.name, o.sector)
            else:
                p = self.people.get(id)
                org = self.orgs.get(p.organisation_id)
                self.nodes[key] = Node(key, "person", id, p.full_name,
                                       org.sector if org else DEFAULT_SECTOR)
        return self.nodes[key]

    def link(self, a: str, b: str, kind: LinkKind, source: Source) -> None:
        if not a or not b or a == b:
            return
        d = self.links.get((a, b) if a < b else (b, a))
        if d is None:
            d = self.links[(a, b) if a < b else (b, a)] = {"kinds": {}, "weight": 0}
        sources = d["kinds"].setdefault(kind, [])
        if source not in sources:
            sources.append(source)
            d["weight"] += 1

    def _read_actors(self, records: list) -> None:
        """The people and organisations ``records`` name, and those people's organisations,
        read in a few queries (not one each)."""
        self.people.prefetch(getattr(r, f, None) for r in records
                             for f in ("person_id", "lead_person_id"))
        self.orgs.prefetch([*(getattr(r, f, None) for r in records
                              for f in ("organisation_id", "lead_organisation_id")),
                            *(p.organisation_id for p in self.people.known.values() if p)])

    def _of_meetings(self, cls: type, order_by: str) -> dict[str, list]:
        """The records of ``cls`` of each meeting, in ``order_by`` order: one query for the
        meetings (not one a meeting)."""
        out: dict[str, list] = {mid: [] for mid in self.meeting_ids}
        for r in records_in(self.store, cls, "meeting_id", self.meeting_ids, order_by):
            out[r.meeting_id].append(r)
        for records in out.values():        # more meetings than a query's chunk
            records.sort(key=attrgetter(order_by))
        return out

    def build(self) -> Network:
        scoped: dict[tuple[str, str], list[tuple[str, str, Source]]] = {}  # scope -> roles
        actions: dict[str, Action] = {}
        of_meetings = self._of_meetings(Action, "created")
        for mid in self.meeting_ids:
            for a in of_meetings[mid]:
                actions[a.id] = a
        for i in records_in(self.store, Issue, "meeting_id", self.meeting_ids):
            self.titles[i.id] = i.title
        self.titles.update({a.id: a.title for a in actions.values()})

        def scope_issue(action_id: Optional[str]) -> Optional[str]:
            a = actions.get(action_id or "")
            return a.issue_id if a else None

        roles = self._of_meetings(NetworkRoleAssignment, "created")
        pledges = self._of_meetings(Pledge, "created")
        partners = records_in(self.store, ActionPartner, "action_id", actions, "created")
        self._read_actors([*actions.values(), *partners,
                           *(r for rs in (*roles.values(), *pledges.values()) for r in rs)])

        for mid in self.meeting_ids:
            for r in roles[mid]:
                key = self.key(r.person_id, r.organisation_id)
                if not key:
                    continue
                issue_id = r.issue_id or scope_issue(r.action_id)
                src = Source("network_roles", r.id, mid, issue_id, r.action_id)
                subject = self.titles.get(r.action_id or r.issue_id or "", "")
                self.node(key).roles.append(RoleEntry(r.role.value, src, subject))
                scope = ("action", r.action_id) if r.action_id else (
                    ("issue", r.issue_id) if r.issue_id else None)
                if scope:
                    scoped.setdefault(scope, []).append((key, r.role.value, src))

        leads: dict[str, str] = {}
        for a in actions.values():
            key = self.key(a.lead_person_id, a.lead_organisation_id)
            if not key:
                continue
            leads[a.id] = key
            src = Source("actions", a.id, a.meeting_id, a.issue_id, a.id)
            self.node(key).roles.append(RoleEntry("lead", src, a.title))
            scoped.setdefault(("action", a.id), []).append(
                (key, LinkKind.IMPLEMENTING.value, src))

        for p in sorted(partners, key=lambda p: p.created):
            a = actions.get(p.action_id)
            key = self.key(p.person_id, p.organisation_id)
            if a is None or not key:
                continue
            src = Source("action_partners", p.id, a.meeting_id, a.issue_id, a.id)
            self.node(key).roles.append(RoleEntry("partner", src, a.title))
            self.link(leads.get(a.id, ""), key, LinkKind.PARTNER, src)

        for mid in self.meeting_ids:
            for p in pledges[mid]:
                key = self.key(p.person_id, p.organisation_id)
                if not key:
                    continue
                action = actions.get(p.action_id or "") or self.store.maybe(Action, p.action_id)
                src = Source("pledges", p.id, mid, action.issue_id if action else None,
                             action.id if action else None)
                self.node(key).roles.append(RoleEntry("pledge", src,
                                                      action.title if action else ""))
                if action is not None:
                    lead = leads.get(action.id) or self.key(action.lead_person_id,
                                                            action.lead_organisation_id)
                    if lead:
                        self.node(lead)
                    self.link(key, lead, LinkKind.PLEDGE, src)

        for (_, _), entries in scoped.items():
            for i, (ka, role_a, src_a) in enumerate(entries):
                for kb, role_b, src_b in entries[i + 1:]:
                    if ka == kb:
                        continue
                    for role, src in ((role_a, src_a), (role_b, src_b)):
                        self.link(ka, kb, LinkKind(role), src)

        for key, n in list(self.nodes.items()):
            if n.kind == "person":
                org_key = "org:" + (self.people.get(n.id).organisation_id or "")
                if org_key in self.nodes:
                    self.link(key, org_key, LinkKind.MEMBER, Source("people", n.id))

        # the graph holds every node, in a fixed order (the layout depends on the order)
        g = nx.Graph()
        for key in sorted(self.nodes):
            g.add_node(key)
        g.add_edges_from((a, b, d) for (a, b), d in sorted(self.links.items()))
        return Network(self.meeting_ids, self.nodes, g, self.titles, self._present())

    def _present(self) -> dict[Sector, int]:
        """People present at the meetings (each once), by sector."""
        out: dict[Sector, int] = {}
        present = present_people(self.store, self.meeting_ids)
        self.orgs.prefetch(present.values())
        for org_id in present.values():
            org = self.orgs.get(org_id)
            s = org.sector if org else DEFAULT_SECTOR
            out[s] = out.get(s, 0) + 1
        return out


def build(store: Store, meeting_ids: Iterable[str]) -> Network:
    """The actor network of the given meetings (see the module docstring)."""
    return _Builder(store, list(meeting_ids)).build()


def for_meeting(store: Store, meeting_id: str) -> Network:
    return build(store, [meeting_id])


def for_series(store: Store, meeting_id: str) -> Network:
    return build(store, series_of(store, meeting_id))


def for_file(store: Store) -> Network:
    return build(store, all_meetings(store))


# ------------------------------------------------------------------------ layout
def _start(key: str) -> tuple[float, float]:
    h = hashlib.sha256(key.encode("utf-8")).digest()
    return (int.from_bytes(h[:4], "big") / 2 ** 31 - 1.0,
            int.from_bytes(h[4:8], "big") / 2 ** 31 - 1.0)


def _component_layout(g: nx.Graph, seed: int) -> dict[str, tuple[float, float]]:
    if len(g) == 1:
        return {next(iter(g)): (0.0, 0.0)}
    if len(g) >= stress.FROM_NODES:              # a big series: quick without numpy too
        return stress.stress_layout(g, weight="weight")
    start = {k: _start(k) for k in g}
    return spring.spring_layout(g, start, seed=seed, weight="weight", iterations=50)


def fingerprint(g: nx.Graph) -> str:
    """A digest of what the layout and the measures read from a graph: its nodes, its links
    and their weights (not the records' wording), so two builds of the same record agree."""
    h = hashlib.sha256()
    for k in sorted(g):
        h.update(k.encode("utf-8") + b"\0")
    h.update(b"\1")
    for a, b, w in sorted((min(a, b), max(a, b), d.get("weight", 1))
                          for a, b, d in g.edges(data=True)):
        h.update(f"{a}\0{b}\0{w}\0".encode("utf-8"))
    return h.hexdigest()


class ContentCache:
    """The last few results of a slow computation on a graph, keyed on its content
    (:func:`fingerprint`): a page shown again, or the minutes' annex, reuse them."""

    def __init__(self, size: int = 8):
        self.size = size
        self._items: dict[tuple, object] = {}

    def get(self, key: tuple, compute):
        if key in self._items:
            value = self._items.pop(key)
        else:
            value = compute()
        self._items[key] = value                     # the most recent last
        while len(self._items) > self.size:
            self._items.pop(next(iter(self._items)))
        return value

    def clear(self) -> None:
        self._items.clear()


_LAYOUTS = ContentCache()


def cached_layout(net: Network, seed: int = LAYOUT_SEED) -> dict[str, tuple[float, float]]:
    """:func:`layout`, computed once per graph content (a copy: callers may change it)."""
    pos = _LAYOUTS.get((fingerprint(net.graph), seed), lambda: layout(net, seed))
    return dict(pos)  # type: ignore[call-overload]


def layout(net: Network, seed: int = LAYOUT_SEED) -> dict[str, tuple[float, float]]:
    """Positions in [-1, 1]² for every node: each connected part placed by networkx's spring
    layout (Fruchterman-Reingold, weighted by the number of records behind a link), seeded and
    started from positions derived from the node keys; the parts side by side in rows, the
    largest first, each given room by its size.  So it does not move between two builds."""
    g = net.graph
    if len(g) == 0:
        return {}
    parts = sorted((sorted(c) for c in nx.connected_components(g)), key=lambda c: (-len(c), c))
    placed: dict[str, tuple[float, float]] = {}
    cells = []
    for part in parts:
        sub = _component_layout(g.subgraph(part), seed)
        size = max(1.0, len(part) ** 0.5)          # a part's side grows with its size
        cells.append((part, sub, size))
    total = sum(size * size for _, _, size in cells)
    row_width = max(max(size for _, _, size in cells), total ** 0.5 * 1.3)
    x = y = row_h = 0.0
    for part, sub, size in cells:
        if x > 0 and x + size > row_width:
            x, y, row_h = 0.0, y + row_h, 0.0
        cx, cy = x + size / 2, y + size / 2
        for k, (px, py) in sub.items():
            placed[k] = (cx + px * size * 0.42, cy + py * size * 0.42)
        x += size
        row_h = max(row_h, size)
    xs, ys = [p[0] for p in placed.values()], [p[1] for p in placed.values()]
    mx, my = (max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2
    half = max(max(xs) - min(xs), max(ys) - min(ys), 1e-9) / 2
    return {k: (round((px - mx) / half, 6), round((py - my) / half, 6))
            for k, (px, py) in placed.items()}


__all__ = ["LinkKind", "ROLE_KINDS", "Source", "RoleEntry", "Node", "Link", "Network",
           "series_of", "series_window", "SERIES_WINDOW", "all_meetings", "build", "for_meeting", "for_series", "for_file",
           "layout", "cached_layout", "SECTOR_STYLE", "shape_points", "fingerprint", "ContentCache", "LAYOUT_SEED"]
