"""Translated display labels for every enum in :mod:`workshop.model`.

One function per enum returns ``{member: label}`` in the current UI language; ``label(value)``
looks up any member.  The Thai texts live in ``resources/translations/people_th.ts``
(context ``Labels``).  Use them for combo boxes, table cells and filters::

    from ui import labels
    combo.addItem(labels.sector(Sector.COMMUNITY), Sector.COMMUNITY.value)
    for member, text in labels.sectors().items(): ...

Nothing here is cached: labels are built at call time so a language switch takes effect.
"""
from __future__ import annotations

import enum
from typing import Callable

from PySide6.QtCore import QCoreApplication

from workshop.model import (
    ActionStatus, AgendaKind, AttendanceStatus, ContributionKind, DecisionMethod, Gender,
    MeetingRole, MeetingStatus, NetworkRole, Outcome, PositionValue, RankingMethod,
    ResourceKind, Response, Sector, Threshold,
)


def sectors() -> dict[Sector, str]:
    return {
        Sector.STATE: QCoreApplication.translate("Labels", "State agency"),
        Sector.LOCAL_GOVERNMENT: QCoreApplication.translate("Labels", "Local government"),
        Sector.PRIVATE: QCoreApplication.translate("Labels", "Private sector"),
        Sector.CIVIL_SOCIETY: QCoreApplication.translate("Labels", "Civil society"),
        Sector.COMMUNITY: QCoreApplication.translate("Labels", "Community"),
        Sector.ACADEMIA: QCoreApplication.translate("Labels", "Academia"),
    }


def genders() -> dict[Gender, str]:
    return {
        Gender.FEMALE: QCoreApplication.translate("Labels", "Female"),
        Gender.MALE: QCoreApplication.translate("Labels", "Male"),
        Gender.OTHER: QCoreApplication.translate("Labels", "Other gender"),
        Gender.UNSPECIFIED: QCoreApplication.translate("Labels", "Not specified"),
    }


def agenda_kinds() -> dict[AgendaKind, str]:
    return {
        AgendaKind.ANNOUNCEMENTS: QCoreApplication.translate(
            "Labels", "Announcements from the chair"),
        AgendaKind.APPROVE_MINUTES: QCoreApplication.translate(
            "Labels", "Approval of the previous minutes"),
        AgendaKind.FOLLOW_UP: QCoreApplication.translate("Labels", "Follow-up matters"),
        AgendaKind.FOR_DECISION: QCoreApplication.translate(
            "Labels", "Matters for consideration"),
        AgendaKind.OTHER: QCoreApplication.translate("Labels", "Other matters"),
    }


def attendance_statuses() -> dict[AttendanceStatus, str]:
    return {
        AttendanceStatus.PRESENT: QCoreApplication.translate("Labels", "Present"),
        AttendanceStatus.ABSENT: QCoreApplication.translate("Labels", "Absent"),
        AttendanceStatus.EXCUSED: QCoreApplication.translate("Labels", "Excused"),
    }


def meeting_roles() -> dict[MeetingRole, str]:
    return {
        MeetingRole.CHAIR: QCoreApplication.translate("Labels", "Chair"),
        MeetingRole.FACILITATOR: QCoreApplication.translate("Labels", "Facilitator"),
        MeetingRole.SECRETARY: QCoreApplication.translate("Labels", "Secretary"),
        MeetingRole.RECORDER: QCoreApplication.translate("Labels", "Recorder"),
        MeetingRole.REVIEWER: QCoreApplication.translate("Labels", "Reviewer of the minutes"),
        MeetingRole.TIMEKEEPER: QCoreApplication.translate("Labels", "Timekeeper"),
        MeetingRole.NOTE_TAKER: QCoreApplication.translate("Labels", "Note taker"),
        MeetingRole.INTERPRETER: QCoreApplication.translate("Labels", "Interpreter"),
    }


def network_roles() -> dict[NetworkRole, str]:
    return {
        NetworkRole.PLANNING: QCoreApplication.translate("Labels", "Planning"),
        NetworkRole.DECIDING: QCoreApplication.translate("Labels", "Deciding"),
        NetworkRole.IMPLEMENTING: QCoreApplication.translate("Labels", "Implementing"),
        NetworkRole.EXCHANGING: QCoreApplication.translate("Labels", "Exchanging"),
        NetworkRole.MOBILISING: QCoreApplication.translate("Labels", "Mobilising resources"),
        NetworkRole.COORDINATING: QCoreApplication.translate("Labels", "Coordinating"),
    }


def responses() -> dict[Response, str]:
    return {
        Response.OURSELVES: QCoreApplication.translate("Labels", "Do it ourselves"),
        Response.JOINTLY: QCoreApplication.translate("Labels", "Jointly with local government"),
        Response.REQUEST_SUPPORT: QCoreApplication.translate("Labels", "Request support"),
    }


def ranking_methods() -> dict[RankingMethod, str]:
    return {
        RankingMethod.BOTH: QCoreApplication.translate("Labels", "Dots and criteria (half each)"),
        RankingMethod.DOTS: QCoreApplication.translate("Labels", "Dots only"),
        RankingMethod.CRITERIA: QCoreApplication.translate("Labels", "Criteria only"),
    }


def contribution_kinds() -> dict[ContributionKind, str]:
    return {
        ContributionKind.IDEA: QCoreApplication.translate("Labels", "Idea"),
        ContributionKind.CONCERN: QCoreApplication.translate("Labels", "Concern"),
        ContributionKind.SUPPORT: QCoreApplication.translate("Labels", "Support"),
        ContributionKind.OBJECTION: QCoreApplication.translate("Labels", "Objection"),
        ContributionKind.INFORMATION: QCoreApplication.translate("Labels", "Information"),
    }


def decision_methods() -> dict[DecisionMethod, str]:
    return {
        DecisionMethod.CONSENSUS: QCoreApplication.translate("Labels", "Consensus"),
        DecisionMethod.CONSENT: QCoreApplication.translate("Labels", "Consent (no objection)"),
        DecisionMethod.MAJORITY: QCoreApplication.translate("Labels", "Majority vote"),
    }


def thresholds() -> dict[Threshold, str]:
    return {
        Threshold.SIMPLE: QCoreApplication.translate("Labels", "Simple majority"),
        Threshold.TWO_THIRDS: QCoreApplication.translate("Labels", "Two-thirds majority"),
    }


def outcomes() -> dict[Outcome, str]:
    return {
        Outcome.PENDING: QCoreApplication.translate("Labels", "Pending"),
        Outcome.ADOPTED: QCoreApplication.translate("Labels", "Adopted"),
        Outcome.REJECTED: QCoreApplication.translate("Labels", "Rejected"),
        Outcome.DEFERRED: QCoreApplication.translate("Labels", "Deferred"),
        Outcome.AMENDED: QCoreApplication.translate("Labels", "Adopted with amendments"),
    }


def position_values() -> dict[PositionValue, str]:
    return {
        PositionValue.FOR: QCoreApplication.translate("Labels", "For"),
        PositionValue.AGAINST: QCoreApplication.translate("Labels", "Against"),
        PositionValue.ABSTAIN: QCoreApplication.translate("Labels", "Abstain"),
        PositionValue.OBJECTION: QCoreApplication.translate("Labels", "Objection"),
        PositionValue.LEVEL_1: QCoreApplication.translate("Labels", "1 – Cannot accept"),
        PositionValue.LEVEL_2: QCoreApplication.translate("Labels", "2 – Serious reservations"),
        PositionValue.LEVEL_3: QCoreApplication.translate("Labels", "3 – Can live with it"),
        PositionValue.LEVEL_4: QCoreApplication.translate("Labels", "4 – Agree"),
        PositionValue.LEVEL_5: QCoreApplication.translate("Labels", "5 – Fully agree"),
    }


def action_statuses() -> dict[ActionStatus, str]:
    return {
        ActionStatus.PLANNED: QCoreApplication.translate("Labels", "Planned"),
        ActionStatus.IN_PROGRESS: QCoreApplication.translate("Labels", "In progress"),
        ActionStatus.DONE: QCoreApplication.translate("Labels", "Done"),
        ActionStatus.CANCELLED: QCoreApplication.translate("Labels", "Cancelled"),
    }


def resource_kinds() -> dict[ResourceKind, str]:
    return {
        ResourceKind.MONEY: QCoreApplication.translate("Labels", "Money (baht)"),
        ResourceKind.LABOUR: QCoreApplication.translate("Labels", "Labour (person-days)"),
        ResourceKind.MATERIALS: QCoreApplication.translate("Labels", "Materials"),
        ResourceKind.EQUIPMENT: QCoreApplication.translate("Labels", "Equipment"),
        ResourceKind.KNOWLEDGE: QCoreApplication.translate("Labels", "Knowledge"),
        ResourceKind.VENUE: QCoreApplication.translate("Labels", "Venue"),
    }


def meeting_statuses() -> dict[MeetingStatus, str]:
    return {
        MeetingStatus.PLANNED: QCoreApplication.translate("Labels", "Planned"),
        MeetingStatus.IN_PROGRESS: QCoreApplication.translate("Labels", "In progress"),
        MeetingStatus.CLOSED: QCoreApplication.translate("Labels", "Closed"),
    }


#: enum class -> the function giving its labels
BY_ENUM: dict[type[enum.Enum], Callable[[], dict]] = {
    Sector: sectors,
    Gender: genders,
    AgendaKind: agenda_kinds,
    AttendanceStatus: attendance_statuses,
    MeetingRole: meeting_roles,
    NetworkRole: network_roles,
    Response: responses,
    ContributionKind: contribution_kinds,
    DecisionMethod: decision_methods,
    Threshold: thresholds,
    Outcome: outcomes,
    PositionValue: position_values,
    ActionStatus: action_statuses,
    ResourceKind: resource_kinds,
    MeetingStatus: meeting_statuses,
    RankingMethod: ranking_methods,
}


def label(value: enum.Enum | None) -> str:
    """The translated label of any model enum member ("" for None)."""
    if value is None:
        return ""
    return BY_ENUM[type(value)]()[value]


def sector(value: Sector) -> str:
    return sectors()[Sector(value)]


def gender(value: Gender) -> str:
    return genders()[Gender(value)]


def attendance_status(value: AttendanceStatus) -> str:
    return attendance_statuses()[AttendanceStatus(value)]


def meeting_role(value: MeetingRole) -> str:
    return meeting_roles()[MeetingRole(value)]


def network_role(value: NetworkRole) -> str:
    return network_roles()[NetworkRole(value)]


def fill_combo(combo, enum_cls: type[enum.Enum], current: enum.Enum | None = None) -> None:
    """Fill a QComboBox with an enum's labels; item data is the member's value string."""
    combo.clear()
    for member, text in BY_ENUM[enum_cls]().items():
        combo.addItem(text, member.value)
    if current is not None:
        combo.setCurrentIndex(max(0, combo.findData(enum_cls(current).value)))


THAI_PREFIXES = ("นาย", "นาง", "นางสาว")
ENGLISH_PREFIXES = ("Mr", "Mrs", "Ms")


def name_prefixes() -> tuple[str, ...]:
    """The name prefixes a person form offers: the Thai ones, and Mr/Mrs/Ms in the English UI
    only (a Thai facilitator can still type any prefix; a stored "Mr" is shown as it is)."""
    from . import i18n

    return THAI_PREFIXES + (ENGLISH_PREFIXES if i18n.current() == "en" else ())
