"""The domain model of a Prachakhom workshop file: plain dataclasses and enums.

Every record has a UUID text ``id`` and ``created``/``updated`` timestamps (ISO 8601, UTC).
Each dataclass names its table in ``__table__``; the Store maps rows to these classes and
back.  Nothing here knows about SQL or Qt.

Vocabulary (Thai / English) follows ``shared/GUIDE.md`` section 4.
"""
from __future__ import annotations

import dataclasses
import enum
import typing
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any, Callable, ClassVar, Optional


def new_id() -> str:
    return str(uuid.uuid4())


def now_iso() -> str:
    """Current UTC time, ISO 8601 with milliseconds (sorts as text)."""
    return datetime.now(timezone.utc).isoformat(timespec="milliseconds")


class StrEnum(str, enum.Enum):
    def __str__(self) -> str:  # pragma: no cover - convenience
        return self.value


# ---------------------------------------------------------------------------------- enums
class Sector(StrEnum):
    STATE = "state"                      # ภาครัฐ (ส่วนกลาง/ภูมิภาค)
    LOCAL_GOVERNMENT = "local_government"  # องค์กรปกครองส่วนท้องถิ่น (อปท.)
    PRIVATE = "private"                  # ภาคเอกชน (ธุรกิจ)
    CIVIL_SOCIETY = "civil_society"      # ภาคประชาสังคม
    COMMUNITY = "community"              # ภาคประชาชน (ชุมชน)
    ACADEMIA = "academia"                # สถาบันการศึกษา

    @property
    def is_state(self) -> bool:
        return self in (Sector.STATE, Sector.LOCAL_GOVERNMENT)


class Gender(StrEnum):
    FEMALE = "female"
    MALE = "male"
    OTHER = "other"
    UNSPECIFIED = "unspecified"


class AgendaKind(StrEnum):
    """The customary five agenda items of Thai minutes."""
    ANNOUNCEMENTS = "announcements"      # 1 เรื่องที่ประธานแจ้งให้ที่ประชุมทราบ
    APPROVE_MINUTES = "approve_minutes"  # 2 รับรองรายงานการประชุมครั้งที่ผ่านมา
    FOLLOW_UP = "follow_up"              # 3 เรื่องสืบเนื่อง
    FOR_DECISION = "for_decision"        # 4 เรื่องเสนอเพื่อพิจารณา
    OTHER = "other"                      # 5 เรื่องอื่น ๆ


class AttendanceStatus(StrEnum):
    PRESENT = "present"
    ABSENT = "absent"      # ไม่มาประชุม (with reason)
    EXCUSED = "excused"    # ลาประชุม


class MeetingRole(StrEnum):
    CHAIR = "chair"
    FACILITATOR = "facilitator"
    SECRETARY = "secretary"
    RECORDER = "recorder"
    REVIEWER = "reviewer"
    TIMEKEEPER = "timekeeper"
    NOTE_TAKER = "note_taker"
    INTERPRETER = "interpreter"


class NetworkRole(StrEnum):
    """What an actor does in the collaborative network (GUIDE section 2, condition 3)."""
    PLANNING = "planning"
    DECIDING = "deciding"
    IMPLEMENTING = "implementing"
    EXCHANGING = "exchanging"
    MOBILISING = "mobilising"        # mobilising resources
    COORDINATING = "coordinating"    # network builder


class Response(StrEnum):
    """Who takes an issue or action forward."""
    OURSELVES = "ourselves"              # ดำเนินการเอง
    JOINTLY = "jointly"                  # ร่วมกับ อปท.
    REQUEST_SUPPORT = "request_support"  # ขอรับการสนับสนุน


class ContributionKind(StrEnum):
    IDEA = "idea"
    CONCERN = "concern"
    SUPPORT = "support"
    OBJECTION = "objection"
    INFORMATION = "information"


class DecisionMethod(StrEnum):
    CONSENSUS = "consensus"   # levels of agreement (five-level scale)
    CONSENT = "consent"       # no unresolved objection
    MAJORITY = "majority"     # vote with quorum and threshold


class Threshold(StrEnum):
    SIMPLE = "simple"            # more for than against
    TWO_THIRDS = "two_thirds"    # at least two thirds of votes cast


class Outcome(StrEnum):
    PENDING = "pending"
    ADOPTED = "adopted"
    REJECTED = "rejected"
    DEFERRED = "deferred"
    AMENDED = "amended"


class PositionValue(StrEnum):
    """One participant's (or a hand-counted group's) position on a proposal."""
    # majority
    FOR = "for"
    AGAINST = "against"
    ABSTAIN = "abstain"
    # consent
    OBJECTION = "objection"
    # consensus, the five-level scale (1 = block ... 5 = full support)
    LEVEL_1 = "level_1"   # block / cannot accept
    LEVEL_2 = "level_2"   # serious reservations
    LEVEL_3 = "level_3"   # can live with it
    LEVEL_4 = "level_4"   # agree
    LEVEL_5 = "level_5"   # fully agree


class ActionStatus(StrEnum):
    PLANNED = "planned"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    CANCELLED = "cancelled"


class ResourceKind(StrEnum):
    MONEY = "money"          # งบประมาณ (บาท)
    LABOUR = "labour"        # แรงงาน (คน-วัน)
    MATERIALS = "materials"  # วัสดุ
    EQUIPMENT = "equipment"  # อุปกรณ์
    KNOWLEDGE = "knowledge"  # ความรู้
    VENUE = "venue"          # สถานที่


class RankingMethod(StrEnum):
    """How the Priorities page ranks the issues (:mod:`workshop.ranking`), kept per meeting so
    the minutes print the ranking the room saw."""
    BOTH = "both"            # dots and criteria, half each (the default)
    DOTS = "dots"            # dots only
    CRITERIA = "criteria"    # criteria scores only


class MeetingStatus(StrEnum):
    PLANNED = "planned"
    IN_PROGRESS = "in_progress"
    CLOSED = "closed"


# ------------------------------------------------------------------------------- records
@dataclass
class Record:
    __table__: ClassVar[str] = ""
    id: str = field(default_factory=new_id, kw_only=True)
    created: str = field(default="", kw_only=True)
    updated: str = field(default="", kw_only=True)

    @classmethod
    def columns(cls) -> list[str]:
        return [f.name for f in dataclasses.fields(cls)]


@dataclass
class Organisation(Record):
    __table__ = "organisations"
    name: str = ""
    short_name: str = ""
    sector: Sector = Sector.COMMUNITY
    kind: str = ""           # e.g. อบต., เทศบาล, โรงเรียน, วัด, กลุ่มแม่บ้าน
    notes: str = ""


@dataclass
class Person(Record):
    __table__ = "people"
    prefix: str = ""          # นาย นาง นางสาว ...
    first_name: str = ""
    last_name: str = ""
    position: str = ""        # ตำแหน่ง, e.g. ผู้ใหญ่บ้าน, อสม.
    organisation_id: Optional[str] = None
    phone: str = ""
    gender: Gender = Gender.UNSPECIFIED
    village_no: str = ""      # หมู่ที่
    consent: bool = False     # PDPA: consent to record and publish the name
    consent_at: str = ""
    notes: str = ""

    @property
    def full_name(self) -> str:
        name = f"{self.first_name} {self.last_name}".strip()
        return f"{self.prefix}{name}" if self.prefix else name


@dataclass
class Meeting(Record):
    __table__ = "meetings"
    title: str = ""                  # e.g. เวทีประชาคมหมู่บ้าน เพื่อจัดทำแผนชุมชน
    body_name: str = ""              # the body whose minutes these are
    number: int = 1                  # ครั้งที่ n
    be_year: int = 0                 # พ.ศ.; numbering restarts each year
    date: str = ""                   # ISO date (Gregorian; displayed in B.E.)
    start_time: str = ""             # "HH:MM"
    end_time: str = ""
    venue: str = ""
    village_no: str = ""
    village_name: str = ""
    subdistrict: str = ""
    district: str = ""
    province: str = ""
    initiator_id: Optional[str] = None     # organisation that opened the forum
    purpose: str = ""
    common_goal: str = ""
    structure: str = ""              # the agreed working arrangement (working group, rules)
    chair_id: Optional[str] = None
    recorder_id: Optional[str] = None
    reviewer_id: Optional[str] = None
    quorum: Optional[int] = None     # members needed; None when the meeting sets none
    dots_per_person: int = 3
    previous_id: Optional[str] = None      # the meeting this one follows up
    status: MeetingStatus = MeetingStatus.PLANNED
    notes: str = ""
    ranking_method: RankingMethod = RankingMethod.BOTH     # schema 2
    signin_position: bool = False    # schema 5: the sign-in sheet has a position column
    signin_phone: bool = False       # schema 5: ... and a phone column (personal data)


@dataclass
class AgendaItem(Record):
    __table__ = "agenda_items"
    meeting_id: str = ""
    position: int = 0
    kind: AgendaKind = AgendaKind.OTHER
    title: str = ""
    timebox_min: int = 0
    notes: str = ""          # discussion summary
    resolution: str = ""     # มติที่ประชุม
    started_at: str = ""     # ISO time the clock started (running when set and ended_at empty)
    ended_at: str = ""
    elapsed_s: int = 0       # accumulated seconds of finished runs
    source_table: str = ""   # follow-up items: what they carry over (actions/proposals/pledges)
    source_id: str = ""


@dataclass
class Attendance(Record):
    __table__ = "attendance"
    meeting_id: str = ""
    person_id: str = ""
    status: AttendanceStatus = AttendanceStatus.PRESENT
    reason: str = ""
    substitute_for_id: Optional[str] = None   # มาประชุมแทน
    member: bool = True                       # member of the body, or a participant
    check_in_at: str = ""


@dataclass
class MeetingRoleAssignment(Record):
    __table__ = "meeting_roles"
    meeting_id: str = ""
    person_id: str = ""
    role: MeetingRole = MeetingRole.FACILITATOR


@dataclass
class NetworkRoleAssignment(Record):
    __table__ = "network_roles"
    meeting_id: str = ""
    person_id: Optional[str] = None
    organisation_id: Optional[str] = None
    role: NetworkRole = NetworkRole.PLANNING
    issue_id: Optional[str] = None
    action_id: Optional[str] = None
    notes: str = ""


@dataclass
class Category(Record):
    __table__ = "categories"
    name_th: str = ""
    name_en: str = ""
    color: str = "#888888"
    position: int = 0


@dataclass
class Cluster(Record):
    __table__ = "clusters"
    meeting_id: str = ""
    name: str = ""
    color: str = "#dddddd"
    x: float = 0.0
    y: float = 0.0
    width: float = 400.0
    height: float = 300.0


@dataclass
class Issue(Record):
    __table__ = "issues"
    meeting_id: str = ""
    title: str = ""
    description: str = ""
    category_id: Optional[str] = None
    location: str = ""
    village_no: str = ""
    raised_by_id: Optional[str] = None
    raised_by_name: str = ""        # when the speaker is not registered
    people_affected: int = 0
    cluster_id: Optional[str] = None
    board_x: float = 0.0
    board_y: float = 0.0
    map_id: Optional[str] = None
    map_x: Optional[float] = None   # 0..1 of the map picture's width
    map_y: Optional[float] = None
    response: Optional[Response] = None
    merged_into_id: Optional[str] = None  # a duplicate merged into another issue
    position: int = 0
    carried_from_id: Optional[str] = None  # schema 4: the same problem at an earlier meeting


@dataclass
class IssueLink(Record):
    """cause → effect (problem tree)."""
    __table__ = "issue_links"
    cause_id: str = ""
    effect_id: str = ""


@dataclass
class IssueActor(Record):
    __table__ = "issue_actors"
    issue_id: str = ""
    person_id: Optional[str] = None
    organisation_id: Optional[str] = None
    notes: str = ""


@dataclass
class CommunityMap(Record):
    __table__ = "maps"
    meeting_id: str = ""
    name: str = ""
    mime: str = "image/png"
    image: bytes = b""
    width: int = 0
    height: int = 0


@dataclass
class DotVote(Record):
    """Dots on an issue: one participant's (person_id set) or a hand count (person_id None)."""
    __table__ = "dot_votes"
    meeting_id: str = ""
    issue_id: str = ""
    person_id: Optional[str] = None
    dots: int = 1


@dataclass
class Criterion(Record):
    __table__ = "criteria"
    meeting_id: str = ""
    name: str = ""
    weight: float = 1.0
    position: int = 0


@dataclass
class CriterionScore(Record):
    __table__ = "criterion_scores"
    issue_id: str = ""
    criterion_id: str = ""
    score: float = 0.0


@dataclass
class SpeakerTurn(Record):
    __table__ = "speaker_turns"
    meeting_id: str = ""
    agenda_item_id: Optional[str] = None
    person_id: Optional[str] = None
    name: str = ""             # when the speaker is not registered
    position: int = 0          # order in the queue
    queued_at: str = ""
    started_at: str = ""
    ended_at: str = ""
    duration_s: int = 0
    limit_s: int = 0


@dataclass
class Contribution(Record):
    __table__ = "contributions"
    meeting_id: str = ""
    agenda_item_id: Optional[str] = None
    turn_id: Optional[str] = None
    person_id: Optional[str] = None
    kind: ContributionKind = ContributionKind.IDEA
    text: str = ""


@dataclass
class Proposal(Record):
    __table__ = "proposals"
    meeting_id: str = ""
    agenda_item_id: Optional[str] = None
    issue_id: Optional[str] = None
    title: str = ""
    text: str = ""
    proposed_by_id: Optional[str] = None
    method: DecisionMethod = DecisionMethod.CONSENSUS
    threshold: Threshold = Threshold.SIMPLE
    quorum: Optional[int] = None     # copied from the meeting when decided
    present: int = 0                 # members present when decided (from check-in)
    count_for: int = 0
    count_against: int = 0
    count_abstain: int = 0
    outcome: Outcome = Outcome.PENDING
    resolution: str = ""             # มติที่ประชุม
    decided_at: str = ""
    amended_text: str = ""


@dataclass
class ProposalPosition(Record):
    """A position on a proposal: a person's, or a hand count of ``count`` people."""
    __table__ = "proposal_positions"
    proposal_id: str = ""
    person_id: Optional[str] = None
    value: PositionValue = PositionValue.FOR
    count: int = 1
    reason: str = ""            # required for a block or an objection
    resolved: bool = False      # consent: the objection was resolved


@dataclass
class Action(Record):
    __table__ = "actions"
    meeting_id: str = ""
    proposal_id: Optional[str] = None
    issue_id: Optional[str] = None
    title: str = ""
    lead_person_id: Optional[str] = None
    lead_organisation_id: Optional[str] = None
    partners: str = ""                 # free text, partner organisations also in action_partners
    due_date: str = ""                 # ISO date
    status: ActionStatus = ActionStatus.PLANNED
    cost_baht: float = 0.0
    funding_source: str = ""
    response: Response = Response.OURSELVES
    notes: str = ""
    # plan fields (schema 3, workshop.plan): the village plan's project table
    objective: str = ""                # วัตถุประสงค์
    target: str = ""                   # เป้าหมาย (ผลผลิตของโครงการ)
    location: str = ""                 # สถานที่ดำเนินการ
    budget_years: str = ""             # JSON {"2570": 150000}: baht per B.E. fiscal year
    indicator: str = ""                # ตัวชี้วัด (KPI)
    expected_result: str = ""          # ผลที่คาดว่าจะได้รับ
    agency: str = ""                   # หน่วยงานรับผิดชอบหลัก (empty: the lead)
    progress: int = 0                  # schema 4: percent done (workshop.followup)


@dataclass
class ActionPartner(Record):
    __table__ = "action_partners"
    action_id: str = ""
    person_id: Optional[str] = None
    organisation_id: Optional[str] = None


@dataclass
class Pledge(Record):
    __table__ = "pledges"
    meeting_id: str = ""
    action_id: Optional[str] = None
    person_id: Optional[str] = None
    organisation_id: Optional[str] = None
    kind: ResourceKind = ResourceKind.MONEY
    description: str = ""
    quantity: float = 0.0
    unit: str = ""                 # บาท, คน-วัน, กระสอบ ...
    value_baht: float = 0.0
    fulfilled: bool = False


@dataclass
class ActionUpdate(Record):
    """A reported change of an action's status or progress (schema 4, workshop.followup)."""
    __table__ = "action_updates"
    action_id: str = ""
    meeting_id: Optional[str] = None        # the meeting where it was reported
    date: str = ""                          # ISO date of the report
    status: ActionStatus = ActionStatus.PLANNED
    previous_status: Optional[ActionStatus] = None
    progress: int = 0                       # percent done, 0..100
    note: str = ""


ALL_RECORDS: tuple[type[Record], ...] = (
    Organisation, Person, Meeting, AgendaItem, Attendance, MeetingRoleAssignment,
    NetworkRoleAssignment, Category, Cluster, CommunityMap, Issue, IssueLink, IssueActor,
    DotVote, Criterion, CriterionScore, SpeakerTurn, Contribution, Proposal, ProposalPosition,
    Action, ActionPartner, Pledge, ActionUpdate,
)
RECORD_BY_TABLE: dict[str, type[Record]] = {c.__table__: c for c in ALL_RECORDS}


# ------------------------------------------------------------------- row <-> record mapping
def _field_types(cls: type[Record]) -> dict[str, type]:
    hints = typing.get_type_hints(cls)
    out: dict[str, type] = {}
    for f in dataclasses.fields(cls):
        t = hints[f.name]
        args = typing.get_args(t)
        if args:  # Optional[X]
            t = next(a for a in args if a is not type(None))
        out[f.name] = t
    return out


_TYPES_CACHE: dict[type, dict[str, type]] = {}


def field_types(cls: type[Record]) -> dict[str, type]:
    if cls not in _TYPES_CACHE:
        _TYPES_CACHE[cls] = _field_types(cls)
    return _TYPES_CACHE[cls]


def to_row(rec: Record) -> dict:
    row = {}
    for name, t in field_types(type(rec)).items():
        v = getattr(rec, name)
        if isinstance(v, enum.Enum):
            v = v.value
        elif isinstance(v, bool):
            v = int(v)
        row[name] = v
    return row


def _converter(t: type) -> Optional[Callable[[Any], Any]]:
    """How a stored value becomes a field of type ``t``; None: it is kept as stored."""
    if isinstance(t, type) and issubclass(t, enum.Enum):
        members = t._value2member_map_          # a look-up, not EnumType.__call__ per value
        return lambda v: members[v] if v in members else t(v)
    return t if t in (bool, float, int, bytes) else None


_CONVERTERS_CACHE: dict[type, tuple[tuple[str, Optional[Callable[[Any], Any]]], ...]] = {}


def from_row(cls: type[Record], row: dict) -> Record:
    fields = _CONVERTERS_CACHE.get(cls)
    if fields is None:
        fields = _CONVERTERS_CACHE[cls] = tuple(
            (name, _converter(t)) for name, t in field_types(cls).items())
    kwargs = {}
    for name, convert in fields:
        if name in row:
            v = row[name]
            kwargs[name] = v if convert is None or v is None else convert(v)
    return cls(**kwargs)
