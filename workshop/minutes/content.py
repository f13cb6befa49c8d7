"""The content of the minutes of one meeting, gathered from the store as plain data.

Nothing here knows about PDF or layout; :mod:`workshop.minutes.layout` typesets a
:class:`Minutes`.  Values are kept raw (ISO dates, "HH:MM" times, enums, numbers) so the
layout can print them in Thai or English.  Names of people and organisations are
:class:`~workshop.minutes.thaitext.Keep` strings (texts with names in them
:class:`~workshop.minutes.thaitext.Phrase`), so no line breaks inside a name.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional

from ..model import (
    Action, ActionPartner, ActionStatus, AgendaItem, AgendaKind, Attendance, AttendanceStatus,
    DecisionMethod, Meeting, MeetingStatus, Organisation, Outcome, Person, Pledge,
    PositionValue, Proposal, ProposalPosition, ResourceKind, Response, Sector, Threshold,
)
from .. import counts
from ..actions import Totals, meeting_totals
from ..people import DEFAULT_SECTOR
from ..ranking import rank_issues
from ..store import Store
from ..store.by_ids import records_by_ids
from .. import privacy
from .thaitext import Keep, Phrase

SECTOR_ORDER = (Sector.STATE, Sector.LOCAL_GOVERNMENT, Sector.PRIVATE, Sector.CIVIL_SOCIETY,
                Sector.COMMUNITY, Sector.ACADEMIA)
DISSENT_VALUES = (PositionValue.LEVEL_1, PositionValue.LEVEL_2, PositionValue.OBJECTION,
                  PositionValue.AGAINST)


@dataclass
class PersonLine:
    name: str
    position: str = ""
    organisation: str = ""
    sector: Optional[Sector] = None
    village_no: str = ""
    status: AttendanceStatus = AttendanceStatus.PRESENT
    reason: str = ""              # why absent
    substitute_for: str = ""      # name of the member this person stands in for


@dataclass
class SectorGroup:
    sector: Optional[Sector]      # None: not a registered person (a person without an
    #                               organisation is in the community, as check-in counts)
    people: list[PersonLine] = field(default_factory=list)


@dataclass
class IssueLine:
    rank: int
    title: str
    dots: int
    response: Optional[Response] = None
    tied: bool = False
    number: int = 0          # the issue number: its card on the board, its pin on the map
    criteria_score: Optional[float] = None   # weighted mean 1-5; None: not scored


@dataclass
class MapFigure:
    """A community map with its numbered pins (PNG from :func:`workshop.issues.map_png`)."""
    name: str
    png: bytes
    width: int
    height: int
    legend: list[tuple[int, str]] = field(default_factory=list)   # pin number, issue title


@dataclass
class Dissent:
    name: str                     # may be empty for a hand count
    value: PositionValue
    reason: str
    count: int = 1
    resolved: bool = False


@dataclass
class DecisionLine:
    title: str
    text: str
    method: DecisionMethod
    threshold: Threshold
    outcome: Outcome
    resolution: str
    count_for: int = 0
    count_against: int = 0
    count_abstain: int = 0
    objections: int = 0
    objections_unresolved: int = 0
    levels: dict[int, int] = field(default_factory=dict)   # 1..5 -> people
    present: int = 0
    dissent: list[Dissent] = field(default_factory=list)


@dataclass
class ActionLine:
    title: str
    lead: str
    partners: str
    due_date: str                 # ISO
    resources: str
    response: Response
    cost_baht: float = 0.0


@dataclass
class PledgeLine:
    actor: str
    sector: Optional[Sector]
    kind: ResourceKind
    description: str
    quantity: float
    unit: str
    value_baht: float
    action: str = ""


@dataclass
class Total:
    """One row of the pledge totals: an actor, a sector or the grand total.  The figures are
    :class:`workshop.actions.Totals` (money in baht, labour in person-days, other kinds per
    unit, estimated value, fulfilled and outstanding), the same the action plan page shows."""
    label: str                    # actor name, or the sector value ("" for the grand total)
    sector: Optional[Sector]
    totals: Totals

    @property
    def value_baht(self) -> float:
        return self.totals.value_baht

    @property
    def count(self) -> int:
        return self.totals.pledges


@dataclass
class AgendaSection:
    number: int
    kind: AgendaKind
    title: str
    notes: str = ""
    resolution: str = ""                       # the item's own มติที่ประชุม
    carried: list = field(default_factory=list)   # str | CarriedLine (agenda 3)
    issues: list[IssueLine] = field(default_factory=list)
    ranking_method: str = ""                   # model.RankingMethod of the issues' ranking
    maps: list[MapFigure] = field(default_factory=list)
    decisions: list[DecisionLine] = field(default_factory=list)
    actions: list[ActionLine] = field(default_factory=list)
    pledges: list[PledgeLine] = field(default_factory=list)
    pledge_totals_actor: list[Total] = field(default_factory=list)
    pledge_totals_sector: list[Total] = field(default_factory=list)
    pledge_grand_total: Optional[Total] = None

    @property
    def resolutions(self) -> list[str]:
        """Every resolution of this item: its own, then those of its decisions."""
        out = [self.resolution] if self.resolution.strip() else []
        out += [d.resolution for d in self.decisions if d.resolution.strip()]
        return out


@dataclass
class Signatory:
    name: str = ""
    position: str = ""


@dataclass
class Location:
    """Where the meeting was, as typed (Thai names); the minutes' labels word it per language."""
    village_no: str = ""
    village_name: str = ""
    subdistrict: str = ""
    district: str = ""
    province: str = ""


@dataclass
class CarriedLine:
    """A matter carried over from an earlier meeting (agenda 3): an action with its lead and
    status (worded by the minutes' labels), or a resolution or pledge as text."""
    title: str
    lead: str = ""
    status: Optional[ActionStatus] = None

    def __contains__(self, text: str) -> bool:     # as its text did: "ซ่อมฝาย" in line
        return text in self.title or text in self.lead


@dataclass
class Minutes:
    meeting_id: str
    title: str
    body_name: str
    number: int
    be_year: int
    date: str                     # ISO
    venue: str
    place: str                    # village / sub-district / district / province
    start_time: str
    end_time: str
    present: list[PersonLine] = field(default_factory=list)       # members present
    absent: list[PersonLine] = field(default_factory=list)
    participants: list[SectorGroup] = field(default_factory=list)
    chair: Signatory = field(default_factory=Signatory)
    agenda: list[AgendaSection] = field(default_factory=list)
    recorder: Signatory = field(default_factory=Signatory)
    reviewer: Signatory = field(default_factory=Signatory)
    location: Location = field(default_factory=Location)
    #: a meeting not closed yet has draft minutes (ร่างรายงานการประชุม)
    status: MeetingStatus = MeetingStatus.CLOSED

    @property
    def draft(self) -> bool:
        return self.status != MeetingStatus.CLOSED

    def all_names(self) -> list[str]:
        names = [p.name for p in self.present + self.absent]
        names += [p.name for g in self.participants for p in g.people]
        return names


@dataclass
class SignInRow:
    name: str
    organisation: str
    sector: Optional[Sector]      # the organisation's; COMMUNITY for a person without one
    village_no: str
    position: str = ""
    phone: str = ""               # only when the meeting asks for the phone column


@dataclass
class SignInSheet:
    meeting_id: str
    title: str
    body_name: str
    number: int
    be_year: int
    date: str
    venue: str
    start_time: str
    rows: list[SignInRow] = field(default_factory=list)
    #: the columns the meeting asks for besides the name, organisation and village (schema 5)
    position: bool = False
    phone: bool = False


# --------------------------------------------------------------------------- building
class _Names:
    def __init__(self, store: Store, rule: "privacy.NameRule"):
        self.rule = rule
        self.people = rule.people          # names as this output may print them (PDPA)
        self.orgs = {o.id: o for o in store.find(Organisation)}

    def person(self, pid: Optional[str]) -> str:
        p = self.people.get(pid or "")
        return Keep(p.full_name) if p else ""

    def org(self, oid: Optional[str]) -> str:
        o = self.orgs.get(oid or "")
        return Keep(o.name) if o else ""

    def org_of(self, pid: Optional[str]) -> Optional[Organisation]:
        p = self.people.get(pid or "")
        return self.orgs.get(p.organisation_id or "") if p else None

    def actor(self, pid: Optional[str], oid: Optional[str]) -> tuple[str, Optional[Sector]]:
        if oid and oid in self.orgs:
            o = self.orgs[oid]
            name = Keep(o.name)
            if pid and pid in self.people:
                name = Phrase(self.person(pid), " (", name, ")")
            return name, o.sector
        if pid and pid in self.people:
            o = self.org_of(pid)       # no organisation: the community, as check-in counts
            return self.person(pid), (o.sector if o else DEFAULT_SECTOR)
        return "", None


def _person_line(names: _Names, a: Attendance) -> PersonLine:
    p = names.people.get(a.person_id)
    org = names.org_of(a.person_id)
    return PersonLine(
        name=Keep(p.full_name) if p else "", position=p.position if p else "",
        organisation=Keep(org.name) if org else "",
        sector=org.sector if org else DEFAULT_SECTOR if p else None,
        village_no=p.village_no if p else "", status=a.status, reason=a.reason,
        substitute_for=names.person(a.substitute_for_id))


def _sector_key(s: Optional[Sector]) -> int:
    return SECTOR_ORDER.index(s) if s in SECTOR_ORDER else len(SECTOR_ORDER)


def group_by_sector(people: list[PersonLine]) -> list[SectorGroup]:
    groups: dict[Optional[Sector], SectorGroup] = {}
    for p in people:
        groups.setdefault(p.sector, SectorGroup(p.sector)).people.append(p)
    return sorted(groups.values(), key=lambda g: _sector_key(g.sector))


def _ranked_issues(store: Store, meeting_id: str) -> list[IssueLine]:
    """The ranking as the room saw it (workshop.ranking, with the meeting's saved method)."""
    return [IssueLine(r.rank, r.title, r.dots, r.response, r.tied, r.number, r.criteria_score)
            for r in rank_issues(store, meeting_id)]


MAP_MAX_PX = 1600     # enough for a full-width A4 figure at about 250 dpi


def _maps(store: Store, meeting_id: str) -> list[MapFigure]:
    """The meeting's community maps with their numbered pins (workshop.issues)."""
    from .. import issues

    out: list[MapFigure] = []
    for cm_ in issues.maps(store, meeting_id):
        pins = issues.map_pins(store, cm_.id)
        png = issues.map_png(store, cm_.id, max_px=MAP_MAX_PX)
        w, h = cm_.width, cm_.height
        if max(w, h) > MAP_MAX_PX:
            f = MAP_MAX_PX / max(w, h)
            w, h = round(w * f), round(h * f)
        out.append(MapFigure(cm_.name, png, w, h, [(p.number, i.title) for i, p in pins]))
    return out


def _decision(names: _Names, p: Proposal, positions: list[ProposalPosition]) -> DecisionLine:
    v = counts.votes(p, positions)     # the one rule the Decisions page uses too
    d = DecisionLine(title=p.title, text=p.amended_text or p.text, method=p.method,
                     threshold=p.threshold, outcome=p.outcome, resolution=p.resolution,
                     count_for=v.count_for, count_against=v.count_against,
                     count_abstain=v.count_abstain, present=p.present)
    for pos in positions:
        n = max(pos.count, 0)
        if pos.value == PositionValue.OBJECTION:
            d.objections += n
            if not pos.resolved:
                d.objections_unresolved += n
        elif pos.value.value.startswith("level_"):
            level = int(pos.value.value[-1])
            d.levels[level] = d.levels.get(level, 0) + n
            if level == 1:
                d.objections += n
                if not pos.resolved:
                    d.objections_unresolved += n
        if pos.value in DISSENT_VALUES and pos.reason.strip():
            d.dissent.append(Dissent(names.person(pos.person_id), pos.value, pos.reason, n,
                                     pos.resolved))
    return d


def _resources(action: Action, pledges: list[Pledge], names: _Names) -> str:
    parts = []
    if action.cost_baht:
        parts.append(f"{action.cost_baht:,.0f} บาท" + (f" ({action.funding_source})"
                                                       if action.funding_source else ""))
    elif action.funding_source:
        parts.append(action.funding_source)
    for pl in pledges:
        what = pl.description or pl.kind.value
        if pl.quantity:
            what += f" {pl.quantity:g} {pl.unit}".rstrip()
        parts.append(what)  # who pledged it is listed with the pledges
    return "; ".join(parts)


def build_minutes(store: Store, meeting_id: str,
                  audience: privacy.Audience = privacy.Audience.OFFICIAL) -> Minutes:
    """Gather everything the minutes of one meeting print, in the official order; who is
    named follows :mod:`workshop.privacy` for the ``audience``."""
    m = store.get(Meeting, meeting_id)
    names = _Names(store, privacy.NameRule(store, audience, m.id))
    place = " ".join(x for x in (
        f"หมู่ที่ {m.village_no}" if m.village_no else "", m.village_name,
        f"ตำบล{m.subdistrict}" if m.subdistrict else "",
        f"อำเภอ{m.district}" if m.district else "",
        f"จังหวัด{m.province}" if m.province else "") if x)
    mins = Minutes(meeting_id=m.id, title=m.title, body_name=m.body_name, number=m.number,
                   be_year=m.be_year, date=m.date, venue=m.venue, place=place,
                   start_time=m.start_time, end_time=m.end_time,
                   location=Location(m.village_no, m.village_name, m.subdistrict, m.district,
                                     m.province), status=MeetingStatus(m.status))

    # attendance ------------------------------------------------------------------
    attendance = store.find(Attendance, order_by="created, rowid", meeting_id=m.id)
    present, absent, others = [], [], []
    for a in attendance:
        if not names.rule.may_name(a.person_id):
            continue                            # counted below (workshop.privacy)
        line = _person_line(names, a)
        if a.status == AttendanceStatus.PRESENT:
            (present if a.member else others).append(line)
        elif a.member:
            absent.append(line)
    for into, rows in ((present, [a for a in attendance if a.status == AttendanceStatus.PRESENT
                                  and a.member]),
                       (absent, [a for a in attendance if a.status != AttendanceStatus.PRESENT
                                 and a.member]),
                       (others, [a for a in attendance if a.status == AttendanceStatus.PRESENT
                                 and not a.member])):
        into += [PersonLine(name=h.text(), sector=h.sector) for h in privacy.headcounts(
            names.rule, [a.person_id for a in rows], names.orgs)]
    key = lambda p: _sector_key(p.sector)  # noqa: E731 - members keep check-in order per sector
    mins.present = sorted(present, key=key)
    mins.absent = absent
    mins.participants = group_by_sector(others)
    mins.chair = Signatory(names.person(m.chair_id), _position(names, m.chair_id))
    mins.recorder = Signatory(names.person(m.recorder_id), _position(names, m.recorder_id))
    mins.reviewer = Signatory(names.person(m.reviewer_id), _position(names, m.reviewer_id))

    # agenda ----------------------------------------------------------------------
    items = store.find(AgendaItem, order_by="position, created", meeting_id=m.id)
    # follow-up sub-items (workshop.followup: kind FOLLOW_UP with a source) are the carried
    # matters of the item 3 header before them, not numbered agenda items of their own
    carried_into: dict[str, AgendaItem] = {}
    header: Optional[AgendaItem] = None
    for it in items:
        if it.kind == AgendaKind.FOLLOW_UP and not it.source_table:
            header = it
        elif header is not None and it.kind == AgendaKind.FOLLOW_UP and it.source_id:
            carried_into[it.id] = header
    subs = [it for it in items if it.id in carried_into]
    items = [it for it in items if it.id not in carried_into]
    sections = [AgendaSection(number=n, kind=it.kind, title=it.title, notes=it.notes,
                              resolution=it.resolution) for n, it in enumerate(items, 1)]
    by_item = {it.id: s for it, s in zip(items, sections)}
    for it in subs:
        by_item[it.id] = by_item[carried_into[it.id].id]
    decision_section = next((s for s in sections if s.kind == AgendaKind.FOR_DECISION), None)
    if decision_section is None:
        decision_section = AgendaSection(number=len(sections) + 1,
                                         kind=AgendaKind.FOR_DECISION, title="")
        sections.append(decision_section)

    # carried-over items (agenda 3) -------------------------------------------------
    for it in subs + [it for it in items if it.kind == AgendaKind.FOLLOW_UP
                      and it.source_table and it.source_id]:
        by_item[it.id].carried.append(_carried_text(store, names, it))

    # issues, decisions, actions, pledges ---------------------------------------------
    decision_section.issues = _ranked_issues(store, m.id)
    decision_section.ranking_method = str(m.ranking_method)    # the Priorities page's choice
    decision_section.maps = _maps(store, m.id)
    proposals = store.find(Proposal, order_by="created, rowid", meeting_id=m.id)
    pos_by_prop: dict[str, list[ProposalPosition]] = {}
    if proposals:
        for pos in store.find_in(ProposalPosition, "proposal_id", Proposal,
                                 order_by="created, rowid", meeting_id=m.id):
            pos_by_prop.setdefault(pos.proposal_id, []).append(pos)
    for p in proposals:
        target = by_item.get(p.agenda_item_id or "", decision_section)
        target.decisions.append(_decision(names, p, pos_by_prop.get(p.id, [])))

    pledges = store.find(Pledge, order_by="created, rowid", meeting_id=m.id)
    pledges_by_action: dict[str, list[Pledge]] = {}
    for pl in pledges:
        if pl.action_id:
            pledges_by_action.setdefault(pl.action_id, []).append(pl)
    actions = store.find(Action, order_by="created, rowid", meeting_id=m.id)
    action_titles = {a.id: a.title for a in actions}
    carried = {pl.action_id for pl in pledges if pl.action_id} - set(action_titles)
    action_titles.update((a.id, a.title) for a in records_by_ids(store, Action, carried))
    partners_by_action: dict[str, list[str]] = {}
    if actions:
        for ap in store.find_in(ActionPartner, "action_id", Action,
                                order_by="created, rowid", meeting_id=m.id):
            who, _s = names.actor(ap.person_id, ap.organisation_id)
            if who:
                partners_by_action.setdefault(ap.action_id, []).append(who)
    for a in actions:
        lead, _s = names.actor(a.lead_person_id, a.lead_organisation_id)
        partners = list(partners_by_action.get(a.id, []))
        free = [x for x in name_list(a.partners) if x not in partners]
        partners = free + partners
        decision_section.actions.append(ActionLine(
            title=a.title, lead=lead, partners=Phrase.join(", ", partners), due_date=a.due_date,
            resources=_resources(a, pledges_by_action.get(a.id, []), names),
            response=a.response, cost_baht=a.cost_baht))

    for pl in pledges:
        actor, sector = names.actor(pl.person_id, pl.organisation_id)
        decision_section.pledges.append(PledgeLine(
            actor=actor, sector=sector, kind=pl.kind, description=pl.description,
            quantity=pl.quantity, unit=pl.unit, value_baht=pl.value_baht,
            action=action_titles.get(pl.action_id or "", "")))
    if pledges:
        # the same totals as the action plan page (workshop.actions), pledges only
        mt = meeting_totals(store, m.id, names.rule)
        decision_section.pledge_totals_actor = sorted(
            (Total(Keep(r.name), r.sector, r.totals) for r in mt.by_actor if r.totals.pledges),
            key=lambda t: (-t.value_baht, t.label))       # the largest contribution first
        decision_section.pledge_totals_sector = sorted(
            (Total(s.value if s else "", s, t) for s, t in mt.by_sector.items() if t.pledges),
            key=lambda t: _sector_key(t.sector))
        decision_section.pledge_grand_total = Total("", None, mt.grand)
    mins.agenda = sections
    return mins


_LIST_SEP = re.compile(r"\s*[,，、;]\s*")


def name_list(text: str) -> list[str]:
    """The comma-separated organisation names of a free-text list (``Action.partners``),
    each a :class:`Keep`, so a name is not broken across lines when it fits on one."""
    return [Keep(x) for x in (part.strip() for part in _LIST_SEP.split(text or "")) if x]


def _position(names: _Names, pid: Optional[str]) -> str:
    p = names.people.get(pid or "")
    return p.position if p else ""


def _carried_text(store: Store, names: _Names, it: AgendaItem) -> "str | CarriedLine":
    if it.source_table == "actions":
        a = store.maybe(Action, it.source_id)
        if a:
            lead, _s = names.actor(a.lead_person_id, a.lead_organisation_id)
            return CarriedLine(a.title, lead, a.status)
    elif it.source_table == "proposals":
        p = store.maybe(Proposal, it.source_id)
        if p:
            return p.resolution or p.title
    elif it.source_table == "pledges":
        pl = store.maybe(Pledge, it.source_id)
        if pl:
            who, _s = names.actor(pl.person_id, pl.organisation_id)
            return Phrase(pl.description, " – ", who) if who else pl.description
    return it.title


def _phone(names: _Names, pid: str) -> str:
    """A registered phone number for the sign-in sheet that asks for it: only of a person who
    consented to their data being used (privacy blanks every other phone)."""
    real = names.rule.real.get(pid)
    return Keep(real.phone) if real is not None and real.consent and real.phone else ""


def build_signin(store: Store, meeting_id: str,
                 audience: privacy.Audience = privacy.Audience.OFFICIAL) -> SignInSheet:
    """Registered people of the meeting (else everyone in the file), for the sign-in sheet;
    a person :mod:`workshop.privacy` does not name gets a blank row to sign in by hand.
    The position and phone columns are there when the meeting asks for them
    (``Meeting.signin_position`` / ``signin_phone``); a phone number is printed only then."""
    m = store.get(Meeting, meeting_id)
    names = _Names(store, privacy.NameRule(store, audience, m.id))
    sheet = SignInSheet(meeting_id=m.id, title=m.title, body_name=m.body_name,
                        number=m.number, be_year=m.be_year, date=m.date, venue=m.venue,
                        start_time=m.start_time, position=m.signin_position,
                        phone=m.signin_phone)
    attendance = store.find(Attendance, order_by="created, rowid", meeting_id=m.id)
    if attendance:
        ids = list(dict.fromkeys(a.person_id for a in attendance))
    else:
        ids = [p.id for p in sorted(names.people.values(),
                                    key=lambda p: (p.first_name, p.last_name))]
    for pid in ids:
        p = names.people.get(pid)
        if p is None:
            continue
        if not names.rule.may_name(pid):
            sheet.rows.append(SignInRow("", "", None, ""))
            continue
        org = names.org_of(pid)
        sheet.rows.append(SignInRow(Keep(p.full_name), Keep(org.name) if org else "",
                                    org.sector if org else Sector.COMMUNITY, p.village_no,
                                    p.position, _phone(names, pid) if sheet.phone else ""))
    return sheet
