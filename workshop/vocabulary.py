"""The one vocabulary: the Thai and English label of every enum value of :mod:`workshop.model`.

Written once here and read by the UI (``ui/labels.py``, which picks the UI's language), the
minutes (``workshop/minutes/labels.py``) and the CSV exports (``workshop/actions.py``), so a
sector is the same words on screen, in the PDF and in a spreadsheet.  The words are the
domain's (``GUIDE.md`` section 4): formal Thai as the minutes print it, short enough for a
table cell; the English is sentence case (the minutes lower-case it inside a sentence).

    from workshop import vocabulary
    vocabulary.label(Sector.PRIVATE, "th")          # "ภาคเอกชน (ธุรกิจ)"
    vocabulary.labels(Sector, "en")                 # {Sector.STATE: "State", ...}

``tests/unit/test_vocabulary.py`` fails when an enum value has no label here, or when a
module keeps enum labels of its own.
"""
from __future__ import annotations

import enum
from typing import NamedTuple, Optional, TypeVar

from .model import (
    ActionStatus, AgendaKind, AttendanceStatus, ContributionKind, DecisionMethod, Gender,
    MeetingRole, MeetingStatus, NetworkRole, Outcome, PositionValue, RankingMethod,
    ResourceKind, Response, Sector, Threshold,
)

LANGUAGES = ("th", "en")
E = TypeVar("E", bound=enum.Enum)


class Term(NamedTuple):
    th: str
    en: str

    def in_language(self, lang: str) -> str:
        if lang not in LANGUAGES:
            raise ValueError(f"unknown language {lang!r} (th or en)")
        return self.th if lang == "th" else self.en


TERMS: dict[type[enum.Enum], dict] = {
    Sector: {
        Sector.STATE: Term("ภาครัฐ", "State"),
        Sector.LOCAL_GOVERNMENT: Term("องค์กรปกครองส่วนท้องถิ่น", "Local government"),
        Sector.PRIVATE: Term("ภาคเอกชน (ธุรกิจ)", "Private sector"),
        Sector.CIVIL_SOCIETY: Term("ภาคประชาสังคม", "Civil society"),
        Sector.COMMUNITY: Term("ภาคประชาชน (ชุมชน)", "Community"),
        Sector.ACADEMIA: Term("สถาบันการศึกษา", "Academia"),
    },
    Gender: {
        Gender.FEMALE: Term("หญิง", "Female"),
        Gender.MALE: Term("ชาย", "Male"),
        Gender.OTHER: Term("เพศอื่น ๆ", "Other gender"),
        Gender.UNSPECIFIED: Term("ไม่ระบุ", "Not specified"),
    },
    AgendaKind: {
        AgendaKind.ANNOUNCEMENTS: Term("เรื่องที่ประธานแจ้งให้ที่ประชุมทราบ",
                                       "Announcements from the chair"),
        AgendaKind.APPROVE_MINUTES: Term("รับรองรายงานการประชุมครั้งที่ผ่านมา",
                                         "Approval of the minutes of the previous meeting"),
        AgendaKind.FOLLOW_UP: Term("เรื่องสืบเนื่อง", "Matters arising"),
        AgendaKind.FOR_DECISION: Term("เรื่องเสนอเพื่อพิจารณา", "Matters for consideration"),
        AgendaKind.OTHER: Term("เรื่องอื่น ๆ", "Other matters"),
    },
    AttendanceStatus: {
        AttendanceStatus.PRESENT: Term("มาประชุม", "Present"),
        AttendanceStatus.ABSENT: Term("ไม่มาประชุม", "Absent"),
        AttendanceStatus.EXCUSED: Term("ลาประชุม", "Excused"),
    },
    MeetingRole: {
        MeetingRole.CHAIR: Term("ประธาน", "Chair"),
        MeetingRole.FACILITATOR: Term("วิทยากรกระบวนการ", "Facilitator"),
        MeetingRole.SECRETARY: Term("เลขานุการ", "Secretary"),
        MeetingRole.RECORDER: Term("ผู้จดรายงานการประชุม", "Recorder"),
        MeetingRole.REVIEWER: Term("ผู้ตรวจรายงานการประชุม", "Reviewer of the minutes"),
        MeetingRole.TIMEKEEPER: Term("ผู้คุมเวลา", "Timekeeper"),
        MeetingRole.NOTE_TAKER: Term("ผู้จดบันทึก", "Note taker"),
        MeetingRole.INTERPRETER: Term("ล่าม", "Interpreter"),
    },
    NetworkRole: {
        NetworkRole.PLANNING: Term("ร่วมวางแผน", "Planning"),
        NetworkRole.DECIDING: Term("ร่วมตัดสินใจ", "Deciding"),
        NetworkRole.IMPLEMENTING: Term("ร่วมดำเนินการ", "Implementing"),
        NetworkRole.EXCHANGING: Term("แลกเปลี่ยน", "Exchanging"),
        NetworkRole.MOBILISING: Term("ระดมทรัพยากร", "Mobilising resources"),
        NetworkRole.COORDINATING: Term("ประสานงาน", "Coordinating"),
    },
    Response: {
        Response.OURSELVES: Term("ดำเนินการเอง", "Do ourselves"),
        Response.JOINTLY: Term("ร่วมกับ อปท.", "Jointly with local government"),
        Response.REQUEST_SUPPORT: Term("ขอรับการสนับสนุน", "Request support"),
    },
    ContributionKind: {
        ContributionKind.IDEA: Term("ความคิดเห็น", "Idea"),
        ContributionKind.CONCERN: Term("ข้อกังวล", "Concern"),
        ContributionKind.SUPPORT: Term("สนับสนุน", "Support"),
        ContributionKind.OBJECTION: Term("คัดค้าน", "Objection"),
        ContributionKind.INFORMATION: Term("ข้อมูล", "Information"),
    },
    DecisionMethod: {
        DecisionMethod.CONSENSUS: Term("ฉันทามติ (ระดับความเห็นพ้อง 5 ระดับ)",
                                       "Consensus (five levels of agreement)"),
        DecisionMethod.CONSENT: Term("ความยินยอม (ไม่มีผู้คัดค้าน)", "Consent (no objection)"),
        DecisionMethod.MAJORITY: Term("การลงคะแนนเสียงข้างมาก", "Majority vote"),
    },
    Threshold: {
        Threshold.SIMPLE: Term("เสียงข้างมากธรรมดา", "Simple majority"),
        Threshold.TWO_THIRDS: Term("สองในสามของผู้ออกเสียง", "Two thirds of votes cast"),
    },
    Outcome: {
        Outcome.PENDING: Term("ยังไม่ได้ตัดสิน", "Not yet decided"),
        Outcome.ADOPTED: Term("เห็นชอบ", "Adopted"),
        Outcome.REJECTED: Term("ไม่เห็นชอบ", "Rejected"),
        Outcome.DEFERRED: Term("เลื่อนการพิจารณา", "Deferred"),
        Outcome.AMENDED: Term("เห็นชอบโดยมีการแก้ไข", "Adopted as amended"),
    },
    PositionValue: {
        PositionValue.FOR: Term("เห็นด้วย", "For"),
        PositionValue.AGAINST: Term("ไม่เห็นด้วย", "Against"),
        PositionValue.ABSTAIN: Term("งดออกเสียง", "Abstain"),
        PositionValue.OBJECTION: Term("คัดค้าน", "Objection"),
        PositionValue.LEVEL_1: Term("ระดับ 1 ยอมรับไม่ได้", "Level 1, cannot accept"),
        PositionValue.LEVEL_2: Term("ระดับ 2 มีข้อกังวลสำคัญ", "Level 2, serious reservations"),
        PositionValue.LEVEL_3: Term("ระดับ 3 ยอมรับได้", "Level 3, can live with it"),
        PositionValue.LEVEL_4: Term("ระดับ 4 เห็นด้วย", "Level 4, agree"),
        PositionValue.LEVEL_5: Term("ระดับ 5 เห็นด้วยอย่างยิ่ง", "Level 5, fully agree"),
    },
    ActionStatus: {
        ActionStatus.PLANNED: Term("ยังไม่เริ่ม", "Planned"),
        ActionStatus.IN_PROGRESS: Term("กำลังดำเนินการ", "In progress"),
        ActionStatus.DONE: Term("เสร็จแล้ว", "Done"),
        ActionStatus.CANCELLED: Term("ยกเลิก", "Cancelled"),
    },
    ResourceKind: {
        # the unit (บาท, คน-วัน) is its own column and field, not part of the kind
        ResourceKind.MONEY: Term("งบประมาณ", "Money"),
        ResourceKind.LABOUR: Term("แรงงาน", "Labour"),
        ResourceKind.MATERIALS: Term("วัสดุ", "Materials"),
        ResourceKind.EQUIPMENT: Term("อุปกรณ์", "Equipment"),
        ResourceKind.KNOWLEDGE: Term("ความรู้", "Knowledge"),
        ResourceKind.VENUE: Term("สถานที่", "Venue"),
    },
    RankingMethod: {
        RankingMethod.BOTH: Term("การติดจุดและการให้คะแนนตามเกณฑ์ อย่างละครึ่ง",
                                 "Dots and criteria scores, half each"),
        RankingMethod.DOTS: Term("การติดจุดอย่างเดียว", "Dots only"),
        RankingMethod.CRITERIA: Term("การให้คะแนนตามเกณฑ์อย่างเดียว", "Criteria scores only"),
    },
    MeetingStatus: {
        MeetingStatus.PLANNED: Term("ยังไม่เริ่มประชุม", "Planned"),
        MeetingStatus.IN_PROGRESS: Term("กำลังประชุม", "In progress"),
        MeetingStatus.CLOSED: Term("ปิดการประชุมแล้ว", "Closed"),
    },
}

#: an organisation or person whose sector was not recorded
NO_SECTOR = Term("ไม่ระบุภาค", "Sector not recorded")

#: the village plan's own words for the three-way split (GUIDE section 7): the groups of its
#: project table (workshop.plan)
PLAN_GROUPS: dict[Response, Term] = {
    Response.OURSELVES: Term("ทำเอง", "Do ourselves"),
    Response.JOINTLY: Term("ทำร่วม", "Jointly"),
    Response.REQUEST_SUPPORT: Term("ขอรับการสนับสนุน", "Request support"),
}


def term(value: enum.Enum) -> Term:
    """The Thai and English words of one model enum member."""
    return TERMS[type(value)][value]


def label(value: Optional[enum.Enum], lang: str = "th") -> str:
    """The label of an enum member in ``lang`` ("" for None)."""
    if value is None:
        return ""
    return term(value).in_language(lang)


def labels(enum_cls: type[E], lang: str = "th") -> dict[E, str]:
    """Every member of ``enum_cls`` (in declaration order) with its label in ``lang``."""
    table = TERMS[enum_cls]
    return {member: table[member].in_language(lang) for member in enum_cls}


def sector_label(value: Optional[Sector], lang: str = "th") -> str:
    """A sector's label, or the words for 'sector not recorded'."""
    return (term(Sector(value)) if value is not None else NO_SECTOR).in_language(lang)


def parse(enum_cls: type[E], text: str) -> Optional[E]:
    """The member whose value or label (either language, any case) is ``text``, else None."""
    t = text.strip().casefold()
    for member, words in TERMS[enum_cls].items():
        if t in (member.value.casefold(), words.th.casefold(), words.en.casefold()):
            return member
    return None
