"""Cause → effect links between a meeting's issues, and the problem tree they make."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

from . import errors
from .issues import issues
from .model import Issue, IssueLink
from .store import Store


def links(store: Store, meeting_id: str) -> list[IssueLink]:
    return store.find_in(IssueLink, "cause_id", Issue, meeting_id=meeting_id,
                         order_by="created")


def _reaches(edges: dict[str, set[str]], start: str, goal: str) -> bool:
    stack, seen = [start], set()
    while stack:
        n = stack.pop()
        if n == goal:
            return True
        if n in seen:
            continue
        seen.add(n)
        stack.extend(edges.get(n, ()))
    return False


def add_link(store: Store, cause_id: str, effect_id: str,
             link_id: Optional[str] = None) -> IssueLink:
    """Link cause → effect.  Refuses self links, repeats and links that close a circle."""
    if cause_id == effect_id:
        raise errors.InvalidInput("An issue cannot be its own cause.")
    cause, effect = store.get(Issue, cause_id), store.get(Issue, effect_id)
    if cause.meeting_id != effect.meeting_id:
        raise errors.InvalidInput("Only issues of the same meeting can be linked.")
    existing = links(store, cause.meeting_id)
    if any(l.cause_id == cause_id and l.effect_id == effect_id for l in existing):
        raise errors.InvalidInput("“{cause}” is already linked as a cause of “{effect}”.",
                                  cause=cause.title, effect=effect.title)
    edges: dict[str, set[str]] = {}
    for l in existing:
        edges.setdefault(l.cause_id, set()).add(l.effect_id)
    if _reaches(edges, effect_id, cause_id):
        raise errors.InvalidInput(
            "This link would make a circle: “{effect}” already leads to “{cause}”.",
            cause=cause.title, effect=effect.title)
    link = IssueLink(cause_id=cause_id, effect_id=effect_id)
    if link_id:
        link.id = link_id
    return store.add(link)


@dataclass
class ProblemTree:
    """The layered cause → effect graph of a meeting's issues."""
    issues: dict[str, Issue]
    links: list[IssueLink]
    layer: dict[str, int]                       # 0 = root causes, growing towards effects
    causes: dict[str, list[str]] = field(default_factory=dict)
    effects: dict[str, list[str]] = field(default_factory=dict)

    @property
    def roots(self) -> list[str]:
        """Root causes: linked issues that nothing causes."""
        return [i for i in self.layer if not self.causes.get(i) and self.effects.get(i)]

    @property
    def top_effects(self) -> list[str]:
        """Final effects: linked issues that cause nothing further."""
        return [i for i in self.layer if self.causes.get(i) and not self.effects.get(i)]

    @property
    def unlinked(self) -> list[str]:
        return [i for i in self.issues if i not in self.layer]

    def layers(self) -> list[list[str]]:
        n = max(self.layer.values(), default=-1) + 1
        out: list[list[str]] = [[] for _ in range(n)]
        for i in self.issues:            # keep capture order inside a layer
            if i in self.layer:
                out[self.layer[i]].append(i)
        return out


def problem_tree(store: Store, meeting_id: str) -> ProblemTree:
    iss = {i.id: i for i in issues(store, meeting_id)}
    lk = [l for l in links(store, meeting_id) if l.cause_id in iss and l.effect_id in iss]
    causes: dict[str, list[str]] = {}
    effects: dict[str, list[str]] = {}
    for l in lk:
        effects.setdefault(l.cause_id, []).append(l.effect_id)
        causes.setdefault(l.effect_id, []).append(l.cause_id)
    linked = set(causes) | set(effects)
    layer: dict[str, int] = {}

    def depth(n: str, trail: frozenset = frozenset()) -> int:
        if n in layer:
            return layer[n]
        if n in trail:      # a cycle from an old file: cut it
            return 0
        d = max((depth(c, trail | {n}) + 1 for c in causes.get(n, ())), default=0)
        layer[n] = d
        return d

    for n in iss:
        if n in linked:
            depth(n)
    return ProblemTree(iss, lk, layer, causes, effects)


def remove_link(store: Store, link_id: str) -> None:
    store.delete(IssueLink, link_id)
