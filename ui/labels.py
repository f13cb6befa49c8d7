"""Display labels for every enum in :mod:`workshop.model`, in the current UI language.

The words are written once, in :mod:`workshop.vocabulary` (Thai and English, read also by the
minutes and the CSV exports); this module picks the UI's language (:func:`ui.i18n.current`).
One function per enum returns ``{member: label}``; ``label(value)`` looks up any member.  Use
them for combo boxes, table cells and filters::

    from ui import labels
    combo.addItem(labels.sector(Sector.COMMUNITY), Sector.COMMUNITY.value)
    for member, text in labels.sectors().items(): ...

Nothing here is cached: labels are looked up at call time so a language switch takes effect.
"""
from __future__ import annotations

import enum
from typing import Callable

from workshop import vocabulary
from workshop.model import (
    ActionStatus, AgendaKind, AttendanceStatus, ContributionKind, DecisionMethod, Gender,
    MeetingRole, MeetingStatus, NetworkRole, Outcome, PositionValue, RankingMethod,
    ResourceKind, Response, Sector, Threshold,
)

from . import i18n


def _labels(enum_cls: type[enum.Enum]) -> Callable[[], dict]:
    def table() -> dict:
        return vocabulary.labels(enum_cls, i18n.current())
    table.__name__ = table.__qualname__ = f"labels_of_{enum_cls.__name__}"
    table.__doc__ = f"{{member: label}} of {enum_cls.__name__} in the UI's language."
    return table


sectors = _labels(Sector)
genders = _labels(Gender)
agenda_kinds = _labels(AgendaKind)
attendance_statuses = _labels(AttendanceStatus)
meeting_roles = _labels(MeetingRole)
network_roles = _labels(NetworkRole)
responses = _labels(Response)
ranking_methods = _labels(RankingMethod)
contribution_kinds = _labels(ContributionKind)
decision_methods = _labels(DecisionMethod)
thresholds = _labels(Threshold)
outcomes = _labels(Outcome)
position_values = _labels(PositionValue)
action_statuses = _labels(ActionStatus)
resource_kinds = _labels(ResourceKind)
meeting_statuses = _labels(MeetingStatus)

#: enum class -> the function giving its labels
BY_ENUM: dict[type[enum.Enum], Callable[[], dict]] = {
    cls: _labels(cls) for cls in vocabulary.TERMS}


def label(value: enum.Enum | None) -> str:
    """The label of any model enum member in the UI's language ("" for None)."""
    return vocabulary.label(value, i18n.current())


def sector(value: Sector) -> str:
    return vocabulary.label(Sector(value), i18n.current())


def no_sector() -> str:
    return vocabulary.NO_SECTOR.in_language(i18n.current())


def gender(value: Gender) -> str:
    return vocabulary.label(Gender(value), i18n.current())


def attendance_status(value: AttendanceStatus) -> str:
    return vocabulary.label(AttendanceStatus(value), i18n.current())


def meeting_role(value: MeetingRole) -> str:
    return vocabulary.label(MeetingRole(value), i18n.current())


def network_role(value: NetworkRole) -> str:
    return vocabulary.label(NetworkRole(value), i18n.current())


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
    return THAI_PREFIXES + (ENGLISH_PREFIXES if i18n.current() == "en" else ())
