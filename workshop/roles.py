"""Roles: who chairs, facilitates, records... a meeting, and what each actor does in the
collaborative network (planning, deciding, implementing, exchanging, mobilising resources,
coordinating -- GUIDE section 2, condition 3), optionally on one issue or action.

An actor is a person or an organisation.  Every writing function is one transaction (undo
is recorded by the store).

The chair, the recorder and the reviewer are stored once, in the meeting's ``chair_id`` /
``recorder_id`` / ``reviewer_id`` (the minutes read those, Setup edits them): giving one of
these roles on the Roles page sets the field, taking it away clears it, and
:func:`meeting_roles` reads them from there, so Setup and Roles always agree.  The other
meeting roles (facilitator, timekeeper...) are rows of ``meeting_roles``.  Rows for the three
that older files hold are ignored when reading and removed when the role is next given.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

from . import errors
from .model import (
    Meeting, MeetingRole, MeetingRoleAssignment, NetworkRole, NetworkRoleAssignment,
    Organisation, Person, Sector,
)
from .people import organisations_by_id, people_by_id, sector_of
from .store import Store

MEETING_FIELDS = {MeetingRole.CHAIR: "chair_id", MeetingRole.RECORDER: "recorder_id",
                  MeetingRole.REVIEWER: "reviewer_id"}


# ------------------------------------------------------------------ meeting roles
def meeting_roles(store: Store, meeting_id: str) -> list[MeetingRoleAssignment]:
    """The meeting's roles: its chair, recorder and reviewer (from the meeting's fields; not
    stored as rows, so they have no id of their own), then the other roles' assignments."""
    m = store.maybe(Meeting, meeting_id)
    officers = [MeetingRoleAssignment(meeting_id=meeting_id, person_id=pid, role=role)
                for role, col in MEETING_FIELDS.items()
                if m is not None and (pid := getattr(m, col))]
    return officers + [a for a in store.find(MeetingRoleAssignment, meeting_id=meeting_id,
                                             order_by="created")
                       if a.role not in MEETING_FIELDS]


def people_in_role(store: Store, meeting_id: str, role: MeetingRole) -> list[str]:
    role = MeetingRole(role)
    col = MEETING_FIELDS.get(role)
    if col:
        m = store.maybe(Meeting, meeting_id)
        pid = getattr(m, col) if m is not None else None
        return [pid] if pid else []
    return [a.person_id for a in store.find(MeetingRoleAssignment, meeting_id=meeting_id,
                                            role=role, order_by="created")]


def _rows(store: Store, meeting_id: str, role: MeetingRole,
          person_id: Optional[str] = None) -> list[MeetingRoleAssignment]:
    where: dict[str, object] = {"meeting_id": meeting_id, "role": MeetingRole(role)}
    if person_id is not None:
        where["person_id"] = person_id
    return store.find(MeetingRoleAssignment, **where)


def assign_meeting_role(store: Store, meeting_id: str, person_id: str,
                        role: MeetingRole) -> Optional[MeetingRoleAssignment]:
    """Give a person a meeting role (None when they have it already).  The chair, recorder
    and reviewer are one person each: giving the role replaces whoever had it."""
    role = MeetingRole(role)
    col = MEETING_FIELDS.get(role)
    with store.transaction():
        if col:
            stale = _rows(store, meeting_id, role)      # copies an older file kept
            for a in stale:
                store.delete(MeetingRoleAssignment, a.id)
            if getattr(store.get(Meeting, meeting_id), col) == person_id:
                return None
            store.update(Meeting, meeting_id, **{col: person_id})
            return MeetingRoleAssignment(meeting_id=meeting_id, person_id=person_id, role=role)
        if _rows(store, meeting_id, role, person_id):
            return None
        return store.add(MeetingRoleAssignment(meeting_id=meeting_id, person_id=person_id,
                                               role=role))


def unassign_meeting_role(store: Store, meeting_id: str, person_id: str,
                          role: MeetingRole) -> Optional[MeetingRoleAssignment]:
    """Take a meeting role away (None when the person did not have it)."""
    role = MeetingRole(role)
    col = MEETING_FIELDS.get(role)
    with store.transaction():
        found = _rows(store, meeting_id, role, person_id)
        for a in found:
            store.delete(MeetingRoleAssignment, a.id)
        if col:
            if getattr(store.get(Meeting, meeting_id), col) != person_id:
                return found[0] if found else None
            store.update(Meeting, meeting_id, **{col: None})
            return MeetingRoleAssignment(meeting_id=meeting_id, person_id=person_id, role=role)
        return found[0] if found else None


# ------------------------------------------------------------------ network roles
@dataclass(frozen=True)
class Actor:
    """A person or an organisation taking part in the network."""
    kind: str             # "person" or "organisation"
    id: str
    name: str
    sector: Sector

    @property
    def person_id(self) -> Optional[str]:
        return self.id if self.kind == "person" else None

    @property
    def organisation_id(self) -> Optional[str]:
        return self.id if self.kind == "organisation" else None


def network_roles(store: Store, meeting_id: str, *, issue_id: Optional[str] = None,
                  action_id: Optional[str] = None) -> list[NetworkRoleAssignment]:
    """The meeting's network roles in one scope: the whole meeting (no issue, no action),
    one issue or one action."""
    return store.find(NetworkRoleAssignment, meeting_id=meeting_id, issue_id=issue_id,
                      action_id=action_id, order_by="created")


def find_network_role(store: Store, meeting_id: str, actor: Actor, role: NetworkRole, *,
                      issue_id: Optional[str] = None,
                      action_id: Optional[str] = None) -> Optional[NetworkRoleAssignment]:
    found = store.find(NetworkRoleAssignment, meeting_id=meeting_id,
                       person_id=actor.person_id, organisation_id=actor.organisation_id,
                       role=NetworkRole(role), issue_id=issue_id, action_id=action_id)
    return found[0] if found else None


def new_network_role(meeting_id: str, actor: Actor, role: NetworkRole, *,
                     issue_id: Optional[str] = None,
                     action_id: Optional[str] = None) -> NetworkRoleAssignment:
    if actor.kind not in ("person", "organisation"):
        raise errors.InvalidInput("An actor is a person or an organisation.")
    return NetworkRoleAssignment(meeting_id=meeting_id, person_id=actor.person_id,
                                 organisation_id=actor.organisation_id,
                                 role=NetworkRole(role), issue_id=issue_id, action_id=action_id)


def add_network_role(store: Store, meeting_id: str, actor: Actor, role: NetworkRole, *,
                     issue_id: Optional[str] = None,
                     action_id: Optional[str] = None) -> NetworkRoleAssignment:
    """Give an actor a role in the network (the existing one when they have it already)."""
    with store.transaction():
        found = find_network_role(store, meeting_id, actor, role, issue_id=issue_id,
                                  action_id=action_id)
        if found is not None:
            return found
        return store.add(new_network_role(meeting_id, actor, role, issue_id=issue_id,
                                          action_id=action_id))


def remove_network_role(store: Store, assignment_id: str) -> None:
    store.delete(NetworkRoleAssignment, assignment_id)


def actors_present(store: Store, meeting_id: str) -> list[Actor]:
    """The organisations represented at the meeting, then the people present."""
    from .attendance import roster  # local: attendance imports people too

    rows = [r for r in roster(store, meeting_id)
            if r.attendance is not None and r.attendance.status.value == "present"]
    assigned = store.find(NetworkRoleAssignment, meeting_id=meeting_id)
    # the few people and organisations the meeting names, not the register
    others = people_by_id(store, [a.person_id or "" for a in assigned])
    orgs = organisations_by_id(store, [a.organisation_id or "" for a in assigned]
                               + [p.organisation_id or "" for p in others.values()]
                               + [r.person.organisation_id or "" for r in rows])
    org_actors: dict[str, Actor] = {}
    person_actors: list[Actor] = []
    for row in rows:
        p = row.person
        person_actors.append(Actor("person", p.id, p.full_name, sector_of(p, orgs)))
        o = row.organisation
        if o is not None and o.id not in org_actors:
            org_actors[o.id] = Actor("organisation", o.id, o.name, o.sector)
    # actors given a role earlier who are not present (e.g. an organisation that pledged)
    for a in assigned:
        if a.organisation_id and a.organisation_id not in org_actors:
            o = orgs.get(a.organisation_id)
            if o is not None:
                org_actors[o.id] = Actor("organisation", o.id, o.name, o.sector)
        if a.person_id and all(x.id != a.person_id for x in person_actors):
            p = others.get(a.person_id)
            if p is not None:
                person_actors.append(Actor("person", p.id, p.full_name, sector_of(p, orgs)))
    orgs_sorted = sorted(org_actors.values(), key=lambda a: (list(Sector).index(a.sector),
                                                             a.name))
    return orgs_sorted + person_actors


def organisation_actor(org: Organisation) -> Actor:
    return Actor("organisation", org.id, org.name, org.sector)


def person_actor(person: Person, orgs: dict[str, Organisation]) -> Actor:
    return Actor("person", person.id, person.full_name, sector_of(person, orgs))


@dataclass
class RoleSummary:
    """For each network role: how many state and non-state actors hold it."""
    state: dict[NetworkRole, int] = field(default_factory=dict)
    non_state: dict[NetworkRole, int] = field(default_factory=dict)

    def shared(self, role: NetworkRole) -> bool:
        """State and non-state actors both hold the role."""
        return self.state.get(role, 0) > 0 and self.non_state.get(role, 0) > 0

    @property
    def non_state_deciding(self) -> bool:
        """Non-state actors take part in deciding, not only in being consulted."""
        return self.non_state.get(NetworkRole.DECIDING, 0) > 0


def summary(store: Store, meeting_id: str) -> RoleSummary:
    """Network roles of the meeting (every scope) by state / non-state actors."""
    assigned = store.find(NetworkRoleAssignment, meeting_id=meeting_id)
    people = people_by_id(store, [a.person_id or "" for a in assigned])
    orgs = organisations_by_id(store, [a.organisation_id or "" for a in assigned]
                               + [p.organisation_id or "" for p in people.values()])
    s = RoleSummary({r: 0 for r in NetworkRole}, {r: 0 for r in NetworkRole})
    seen: set[tuple[str, str]] = set()
    for a in assigned:
        actor_id = a.person_id or a.organisation_id or ""
        if (actor_id, a.role.value) in seen:
            continue
        seen.add((actor_id, a.role.value))
        if a.organisation_id:
            o = orgs.get(a.organisation_id)
            sector = o.sector if o else Sector.COMMUNITY
        else:
            p = people.get(a.person_id or "")
            sector = sector_of(p, orgs) if p else Sector.COMMUNITY
        bucket = s.state if sector.is_state else s.non_state
        bucket[a.role] += 1
    return s
