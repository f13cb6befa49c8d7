"""The action plan and resource pledges: who does what, who gives what, and the totals.

* Actions come from decisions (:func:`action_from_proposal` pre-fills one from an adopted
  proposal) or are added directly; each has a lead actor (person and/or organisation),
  partners, a due date (ISO; shown in the Buddhist Era), status, cost, source of funds and
  how it is taken forward (:class:`workshop.model.Response`).
* Pledges: an actor (person or organisation) offers money (baht), labour (person-days),
  materials, equipment, knowledge or a venue; fulfilled or outstanding; optionally for one
  action of its meeting (``Pledge.action_id``: :func:`pledges_by_action`, the action's
  resources).
* Editing: :func:`update_action` and :func:`update_pledge` change any of the form's fields
  (:data:`ACTION_FIELDS`, :data:`PLEDGE_FIELDS`) in one transaction, checked as a new record
  is; an action's change of status goes into its history (:func:`workshop.followup.report`).
* Totals per actor and per sector (:func:`meeting_totals`, one computation shared by the
  action plan page, the CSV and the minutes): money in baht, labour in person-days, the
  other kinds as quantities per unit (or a count of pledges), the estimated value in baht,
  fulfilled and outstanding; plus the number of actions each actor leads and their cost.
* :func:`write_csv` writes the action plan and the pledges as one CSV file in UTF-8 with a
  byte-order mark, which Thai Excel opens with the Thai intact; dates are in the B.E.
"""
from __future__ import annotations

import csv
import dataclasses
import io
import os
from dataclasses import dataclass, field
from typing import Iterable, Optional

from . import errors, vocabulary
from .model import (
    Action, ActionStatus, Organisation, Outcome, Person, Pledge, Proposal, ResourceKind,
    Response, Sector,
)
from .people import sector_of
from .store import Store
from .store.by_ids import records_by_ids
from .thai import format_baht, format_date_th, parse_date

OPEN_STATUSES = (ActionStatus.PLANNED, ActionStatus.IN_PROGRESS)

DEFAULT_UNIT = {ResourceKind.MONEY: "บาท", ResourceKind.LABOUR: "คน-วัน"}


# ------------------------------------------------------------------------ reading
def actions(store: Store, meeting_id: str) -> list[Action]:
    return store.find(Action, order_by="due_date = '', due_date, created", meeting_id=meeting_id)


def pledges(store: Store, meeting_id: str) -> list[Pledge]:
    return store.find(Pledge, order_by="created", meeting_id=meeting_id)


def open_actions(store: Store, meeting_ids: Iterable[str]) -> list[Action]:
    return [a for mid in meeting_ids for a in actions(store, mid) if a.status in OPEN_STATUSES]


def outstanding_pledges(store: Store, meeting_ids: Iterable[str]) -> list[Pledge]:
    return [p for mid in meeting_ids for p in pledges(store, mid) if not p.fulfilled]


def _earlier_in_series(store: Store, meeting_id: str) -> list[str]:
    from .followup import series

    return series(store, meeting_id)[1:]


def carried_actions(store: Store, meeting_id: str) -> list[Action]:
    """The actions of earlier meetings of the series a pledge made at ``meeting_id`` may
    support: those still open (they come back as its follow-up items), and any its pledges
    support already."""
    earlier = _earlier_in_series(store, meeting_id)
    found = open_actions(store, earlier)
    have = {a.id for a in found}
    named = {p.action_id for p in pledges(store, meeting_id) if p.action_id} - have
    mine = {a.id for a in actions(store, meeting_id)}
    found += [a for a in records_by_ids(store, Action, named - mine) if a.meeting_id in earlier]
    return found


def pledges_supporting(store: Store, action_ids: Iterable[str]) -> list[Pledge]:
    """Every pledge, of any meeting, that supports one of ``action_ids`` (a carried action
    gets pledges at the later meetings it comes back to)."""
    return [p for aid in dict.fromkeys(action_ids)
            for p in store.find(Pledge, order_by="created", action_id=aid)]


def people_named(records: Iterable[object]) -> set[str]:
    """The ids of the people some actions and pledges name (lead, pledger)."""
    return {pid for r in records for f in ("person_id", "lead_person_id")
            if (pid := getattr(r, f, None))}


class Actors:
    """Names and sectors of people and organisations, loaded once: the whole registry, or
    (:meth:`named_by`) only those some records name, so that one meeting's pages and outputs
    grow with the meeting, not with the file."""

    def __init__(self, store: Store, rule=None):
        # rule: a workshop.privacy.NameRule when the names are for others (PDPA)
        self.people = rule.people if rule is not None else {p.id: p for p in store.find(Person)}
        self.orgs = {o.id: o for o in store.find(Organisation)}

    @classmethod
    def named_by(cls, store: Store, records: Iterable[object], rule=None) -> "Actors":
        """The people and organisations ``records`` (actions, pledges) name, and the
        organisations of those people (their sector)."""
        from .store.by_ids import records_by_ids

        recs = list(records)
        pids = people_named(recs)
        oids = {getattr(r, f, None) for r in recs
                for f in ("organisation_id", "lead_organisation_id")}
        self = cls.__new__(cls)
        if rule is not None:
            self.people = {pid: rule.people[pid] for pid in pids if pid in rule.people}
        else:
            self.people = {p.id: p for p in records_by_ids(store, Person, pids)}
        oids |= {p.organisation_id for p in self.people.values()}
        self.orgs = {o.id: o for o in records_by_ids(store, Organisation, oids)}
        return self

    def name(self, person_id: Optional[str], organisation_id: Optional[str]) -> str:
        parts = []
        if person_id and person_id in self.people:
            parts.append(self.people[person_id].full_name)
        if organisation_id and organisation_id in self.orgs:
            parts.append(self.orgs[organisation_id].name)
        return " / ".join(parts)

    def key(self, person_id: Optional[str], organisation_id: Optional[str]) -> str:
        """Pledges and actions group under the organisation when there is one."""
        if organisation_id and organisation_id in self.orgs:
            return "org:" + organisation_id
        if person_id and person_id in self.people:
            return "person:" + person_id
        return ""

    def key_name(self, key: str) -> str:
        kind, _, id = key.partition(":")
        if kind == "org":
            return self.orgs[id].name
        if kind == "person":
            return self.people[id].full_name
        return ""

    def sector(self, person_id: Optional[str], organisation_id: Optional[str]) -> Optional[Sector]:
        if organisation_id and organisation_id in self.orgs:
            return self.orgs[organisation_id].sector
        p = self.people.get(person_id or "")
        if p is not None:        # the sector check-in counts them in (community without one)
            return sector_of(p, self.orgs)
        return None


# ------------------------------------------------------------------------ writing
def _check_action(a: Action) -> None:
    if not a.title.strip():
        raise errors.InvalidInput("An action needs a short description of what will be done.")
    if a.due_date and parse_date(a.due_date) is None:
        raise errors.InvalidInput("The due date is not a valid date.")
    if a.cost_baht < 0:
        raise errors.InvalidInput("The cost cannot be negative.")


def add_action(store: Store, action: Action) -> Action:
    action.title = action.title.strip()
    _check_action(action)
    return store.add(action)


#: what the action form edits (the plan fields are edited by :func:`workshop.plan.fields.set_plan`)
ACTION_FIELDS = ("proposal_id", "title", "lead_person_id", "lead_organisation_id", "partners",
                 "due_date", "status", "cost_baht", "funding_source", "response")


def update_action(store: Store, action_id: str, *, meeting_id: Optional[str] = None,
                  **changes: object) -> None:
    """Edit some of an action's :data:`ACTION_FIELDS` in one transaction.  Its issue follows
    the decision it comes from; a change of status is reported as at ``meeting_id``, in the
    action's history (:func:`workshop.followup.report`), as "Set status" does."""
    from .followup import report

    bad = set(changes) - set(ACTION_FIELDS)
    if bad:
        raise ValueError(f"not an action form field: {sorted(bad)}")
    with store.transaction():
        old = store.get(Action, action_id)
        new = dataclasses.replace(old, **changes)
        new.title = new.title.strip()
        _check_action(new)
        diff = {k: getattr(new, k) for k in changes if getattr(new, k) != getattr(old, k)}
        if "proposal_id" in diff:
            prop = store.get(Proposal, diff["proposal_id"]) if diff["proposal_id"] else None
            diff["issue_id"] = prop.issue_id if prop else None
        status = diff.pop("status", None)
        if diff:
            store.update(Action, action_id, **diff)
        if status is not None:
            report(store, action_id, status=ActionStatus(status), meeting_id=meeting_id)


def action_from_proposal(store: Store, proposal_id: str) -> Action:
    """A new (unsaved) action pre-filled from a decided proposal."""
    prop = store.get(Proposal, proposal_id)
    if prop.outcome not in (Outcome.ADOPTED, Outcome.AMENDED):
        raise errors.InvalidInput("Only an adopted proposal leads to actions.")
    title = prop.amended_text or prop.title
    return Action(meeting_id=prop.meeting_id, proposal_id=prop.id, issue_id=prop.issue_id,
                  title=title)


def set_action_status(store: Store, action_id: str, status: ActionStatus) -> None:
    store.update(Action, action_id, status=ActionStatus(status))


def delete_action(store: Store, action_id: str) -> None:
    """Delete an action; its pledges stay, no longer tied to it."""
    store.delete(Action, action_id)


def set_pledge_fulfilled(store: Store, pledge_id: str, fulfilled: bool) -> None:
    store.update(Pledge, pledge_id, fulfilled=bool(fulfilled))


def delete_pledge(store: Store, pledge_id: str) -> None:
    store.delete(Pledge, pledge_id)


def _check_pledge(store: Store, pledge: Pledge) -> None:
    """Refuse a pledge without an actor or amount; fill its default unit and money value."""
    if not (pledge.person_id or pledge.organisation_id):
        raise errors.InvalidInput("Say who pledges the resource (a person or organisation).")
    if pledge.quantity < 0 or pledge.value_baht < 0:
        raise errors.InvalidInput("A pledge cannot be negative.")
    kind = ResourceKind(pledge.kind)
    if kind in (ResourceKind.MONEY, ResourceKind.LABOUR) and pledge.quantity <= 0:
        raise errors.InvalidInput("Give the amount pledged.")
    pledge.description, pledge.unit = pledge.description.strip(), pledge.unit.strip()
    if not pledge.unit:
        pledge.unit = DEFAULT_UNIT.get(kind, "")
    if kind == ResourceKind.MONEY:
        pledge.value_baht = pledge.quantity
    if pledge.action_id:
        action = store.get(Action, pledge.action_id)
        if action.meeting_id != pledge.meeting_id and action.meeting_id not in \
                _earlier_in_series(store, pledge.meeting_id):
            raise errors.InvalidInput("A pledge supports an action of its own meeting or "
                                      "one carried over from an earlier meeting of the "
                                      "series.")


def add_pledge(store: Store, pledge: Pledge) -> Pledge:
    _check_pledge(store, pledge)
    return store.add(pledge)


#: what the pledge form edits
PLEDGE_FIELDS = ("action_id", "person_id", "organisation_id", "kind", "description",
                 "quantity", "unit", "value_baht", "fulfilled")


def update_pledge(store: Store, pledge_id: str, **changes: object) -> None:
    """Edit some of a pledge's :data:`PLEDGE_FIELDS` (the action it supports among them) in
    one transaction, checked as a new pledge is."""
    bad = set(changes) - set(PLEDGE_FIELDS)
    if bad:
        raise ValueError(f"not a pledge form field: {sorted(bad)}")
    with store.transaction():
        old = store.get(Pledge, pledge_id)
        new = dataclasses.replace(old, **changes)
        _check_pledge(store, new)
        diff = {k: getattr(new, k) for k in PLEDGE_FIELDS if getattr(new, k) != getattr(old, k)}
        if diff:
            store.update(Pledge, pledge_id, **diff)


def pledges_by_action(pledges: Iterable[Pledge]) -> dict[str, list[Pledge]]:
    """The pledges that support each action (by action id), in the order given."""
    out: dict[str, list[Pledge]] = {}
    for p in pledges:
        if p.action_id:
            out.setdefault(p.action_id, []).append(p)
    return out


# ------------------------------------------------------------------------ totals
@dataclass
class Totals:
    """What a group of pledges adds up to (and the actions its actor(s) lead).

    Money is counted in baht and labour in person-days; the other kinds are kept as
    quantities per unit (``other_amounts``: pledges without a quantity or unit count as
    items under the unit ``""``) and as a number of pledges (``other``)."""

    money_baht: float = 0.0
    labour_days: float = 0.0
    other: dict[ResourceKind, int] = field(default_factory=dict)   # count of pledges
    other_amounts: dict[tuple[ResourceKind, str], float] = field(default_factory=dict)
    value_baht: float = 0.0         # estimated value of every pledge (money at face value)
    outstanding_baht: float = 0.0   # money not yet received
    outstanding_value_baht: float = 0.0
    outstanding: int = 0            # pledges not fulfilled
    pledges: int = 0
    actions_led: int = 0
    action_cost_baht: float = 0.0

    @property
    def fulfilled(self) -> int:
        return self.pledges - self.outstanding

    def add_pledge(self, p: Pledge) -> None:
        self.pledges += 1
        kind = ResourceKind(p.kind)
        value = p.quantity if kind == ResourceKind.MONEY else p.value_baht
        self.value_baht += value
        if kind == ResourceKind.MONEY:
            self.money_baht += p.quantity
            if not p.fulfilled:
                self.outstanding_baht += p.quantity
        elif kind == ResourceKind.LABOUR:
            self.labour_days += p.quantity
        else:
            self.other[kind] = self.other.get(kind, 0) + 1
            unit = (p.unit or "").strip()
            key = (kind, unit) if unit and p.quantity > 0 else (kind, "")
            self.other_amounts[key] = self.other_amounts.get(key, 0) + (
                p.quantity if key[1] else 1)
        if not p.fulfilled:
            self.outstanding += 1
            self.outstanding_value_baht += value

    def add_action(self, a: Action) -> None:
        self.actions_led += 1
        self.action_cost_baht += a.cost_baht


@dataclass
class ActorTotals:
    key: str
    name: str
    sector: Optional[Sector]
    totals: Totals


@dataclass
class MeetingTotals:
    by_actor: list[ActorTotals]                 # most money first, then by name
    by_sector: dict[Optional[Sector], Totals]   # in the order met
    grand: Totals


def meeting_totals(store: Store, meeting_id: str, rule=None) -> MeetingTotals:
    """Totals per actor, per sector and overall, in one pass over the meeting's pledges and
    actions.  Pledges and actions group under the organisation when there is one.  The
    action plan page, the CSV and the minutes all use this.  ``rule``: who may be named
    (a :class:`workshop.privacy.NameRule`) when the totals are printed for others."""
    meeting_pledges, meeting_actions = pledges(store, meeting_id), actions(store, meeting_id)
    actors = Actors.named_by(store, [*meeting_pledges, *meeting_actions], rule)
    by_actor: dict[str, ActorTotals] = {}
    by_sector: dict[Optional[Sector], Totals] = {}
    grand = Totals()

    def actor_row(person_id, org_id) -> Optional[ActorTotals]:
        key = actors.key(person_id, org_id)
        if not key:
            return None
        if key not in by_actor:
            pid = person_id if key.startswith("person:") else None
            oid = org_id if key.startswith("org:") else None
            by_actor[key] = ActorTotals(key, actors.key_name(key), actors.sector(pid, oid),
                                        Totals())
        return by_actor[key]

    for p in meeting_pledges:
        grand.add_pledge(p)
        by_sector.setdefault(actors.sector(p.person_id, p.organisation_id),
                             Totals()).add_pledge(p)
        r = actor_row(p.person_id, p.organisation_id)
        if r:
            r.totals.add_pledge(p)
    for a in meeting_actions:
        grand.add_action(a)
        by_sector.setdefault(actors.sector(a.lead_person_id, a.lead_organisation_id),
                             Totals()).add_action(a)
        r = actor_row(a.lead_person_id, a.lead_organisation_id)
        if r:
            r.totals.add_action(a)
    rows = sorted(by_actor.values(), key=lambda r: (-r.totals.money_baht, r.name))
    return MeetingTotals(rows, by_sector, grand)


def totals_by_actor(store: Store, meeting_id: str) -> list[ActorTotals]:
    return meeting_totals(store, meeting_id).by_actor


def totals_by_sector(store: Store, meeting_id: str) -> dict[Optional[Sector], Totals]:
    return meeting_totals(store, meeting_id).by_sector


def grand_total(store: Store, meeting_id: str) -> Totals:
    return meeting_totals(store, meeting_id).grand


# ------------------------------------------------------------------------ CSV
def _num(v: float) -> str:
    return f"{v:.2f}".rstrip("0").rstrip(".") if v % 1 else f"{v:.0f}"


def csv_rows(store: Store, meeting_id: str) -> list[list[str]]:
    """The action plan, the pledges and the totals as rows (Thai headings, B.E. dates).
    The CSV is handed to others: people are named only with consent (workshop.privacy)."""
    from .privacy import Audience, NameRule

    meeting_actions, meeting_pledges = actions(store, meeting_id), pledges(store, meeting_id)
    named = [*meeting_actions, *meeting_pledges]
    rule = NameRule(store, Audience.PUBLIC, meeting_id, person_ids=people_named(named))
    actors = Actors.named_by(store, named, rule)
    th, sector_th = vocabulary.label, vocabulary.sector_label
    rows: list[list[str]] = [["แผนปฏิบัติการ"],
                             ["ลำดับ", "กิจกรรม/สิ่งที่จะทำ", "ผู้รับผิดชอบหลัก", "ภาคี",
                              "กำหนดเสร็จ (พ.ศ.)", "สถานะ", "งบประมาณ (บาท)", "แหล่งงบประมาณ",
                              "แนวทาง", "หมายเหตุ"]]
    for i, a in enumerate(meeting_actions, 1):
        rows.append([str(i), a.title, actors.name(a.lead_person_id, a.lead_organisation_id),
                     a.partners, format_date_th(a.due_date, short=True),
                     th(ActionStatus(a.status)), _num(a.cost_baht), a.funding_source,
                     th(Response(a.response)), a.notes])
    rows += [[], ["การสนับสนุนทรัพยากร"],
             ["ลำดับ", "ผู้สนับสนุน", "ภาค", "ประเภท", "รายละเอียด", "จำนวน", "หน่วย",
              "มูลค่า (บาท)", "สถานะ"]]
    for i, p in enumerate(meeting_pledges, 1):
        rows.append([str(i), actors.name(p.person_id, p.organisation_id),
                     sector_th(actors.sector(p.person_id, p.organisation_id)),
                     th(ResourceKind(p.kind)), p.description, _num(p.quantity), p.unit,
                     _num(p.value_baht), "ได้รับแล้ว" if p.fulfilled else "ยังค้างอยู่"])
    rows += [[], ["สรุปตามผู้สนับสนุน"],
             ["ผู้สนับสนุน/ผู้รับผิดชอบ", "ภาค", "เงิน (บาท)", "แรงงาน (คน-วัน)",
              "ทรัพยากรอื่น (รายการ)", "ยังค้าง (รายการ)", "กิจกรรมที่รับผิดชอบ",
              "งบกิจกรรม (บาท)"]]
    mt = meeting_totals(store, meeting_id, rule)
    for r in mt.by_actor:
        t = r.totals
        rows.append([r.name, sector_th(r.sector), _num(t.money_baht), _num(t.labour_days),
                     str(sum(t.other.values())), str(t.outstanding), str(t.actions_led),
                     _num(t.action_cost_baht)])
    rows += [[], ["สรุปตามภาคส่วน"],
             ["ภาค", "เงิน (บาท)", "แรงงาน (คน-วัน)", "ทรัพยากรอื่น (รายการ)",
              "ยังค้าง (รายการ)", "กิจกรรมที่รับผิดชอบ", "งบกิจกรรม (บาท)"]]
    for sec, t in mt.by_sector.items():
        rows.append([sector_th(sec), _num(t.money_baht), _num(t.labour_days),
                     str(sum(t.other.values())), str(t.outstanding), str(t.actions_led),
                     _num(t.action_cost_baht)])
    g = mt.grand
    rows.append(["รวมทั้งสิ้น", _num(g.money_baht), _num(g.labour_days),
                 str(sum(g.other.values())), str(g.outstanding), str(g.actions_led),
                 _num(g.action_cost_baht)])
    return rows


def csv_text(store: Store, meeting_id: str) -> str:
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\r\n").writerows(csv_rows(store, meeting_id))
    return buf.getvalue()


def write_csv(store: Store, meeting_id: str, path: str | os.PathLike) -> None:
    """Write the CSV in UTF-8 with BOM (Excel) through a temporary file, then replace."""
    tmp = f"{os.fspath(path)}.part"
    try:
        with open(tmp, "w", encoding="utf-8-sig", newline="") as fh:
            fh.write(csv_text(store, meeting_id))
        os.replace(tmp, path)
    except OSError:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


__all__ = ["actions", "pledges", "people_named", "update_action", "update_pledge",
           "pledges_by_action", "ACTION_FIELDS", "PLEDGE_FIELDS", "open_actions", "outstanding_pledges", "add_action",
           "add_pledge", "action_from_proposal", "totals_by_actor", "totals_by_sector",
           "grand_total", "meeting_totals", "MeetingTotals", "ActorTotals", "csv_rows",
           "csv_text", "write_csv", "format_baht", "Actors", "Totals", "OPEN_STATUSES"]
