"""The check-in list: people (matching the search) with their attendance at the meeting."""
from __future__ import annotations

from typing import Any, Optional

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from workshop.attendance import RosterRow
from workshop.model import AttendanceStatus

from .. import labels
from ..widgets import plain_tooltip
from .people_model import ID_ROLE

Index = QModelIndex | QPersistentModelIndex

_STATUS_COLOURS = {AttendanceStatus.PRESENT: "#d8f0d8", AttendanceStatus.ABSENT: "#f6dddd",
                   AttendanceStatus.EXCUSED: "#f3ecd0"}


def clock(iso: str) -> str:
    """``2026-03-01T02:05:00+00:00`` -> local ``09:05`` (empty when unset)."""
    if not iso:
        return ""
    from datetime import datetime

    try:
        return datetime.fromisoformat(iso).astimezone().strftime("%H:%M")
    except ValueError:
        return ""


class AttendanceModel(QAbstractTableModel):
    """Rows of :class:`workshop.attendance.RosterRow`: name, position, organisation,
    sector, status (with the check-in time), member or participant, note (reason or
    "in place of ...")."""

    NAME, POSITION, ORGANISATION, SECTOR, STATUS, MEMBER, NOTE = range(7)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[RosterRow] = []

    def set_rows(self, rows: list[RosterRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row(self, row: int) -> Optional[RosterRow]:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, person_id: str) -> int:
        for i, r in enumerate(self._rows):
            if r.person.id == person_id:
                return i
        return -1

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 7

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        titles = (self.tr("Name"), self.tr("Position"), self.tr("Organisation"),
                  self.tr("Sector"), self.tr("Status"), self.tr("Member"), self.tr("Note"))
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        r = self._rows[index.row()]
        a = r.attendance
        if role == ID_ROLE:
            return r.person.id
        if role == Qt.ItemDataRole.BackgroundRole:
            if a is not None and index.column() == self.STATUS:
                return QBrush(QColor(_STATUS_COLOURS[a.status]))
            return None
        if role == Qt.ItemDataRole.ToolTipRole:     # user text: shown literally
            return plain_tooltip(str(self.data(index) or "")) or None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        col = index.column()
        if col == self.NAME:
            return r.person.full_name
        if col == self.POSITION:
            return r.person.position
        if col == self.ORGANISATION:
            o = r.organisation
            return (o.short_name or o.name) if o else ""
        if col == self.SECTOR:
            return labels.sector(r.sector)
        if col == self.STATUS:
            if a is None:
                return self.tr("not yet")
            text = labels.attendance_status(a.status)
            t = clock(a.check_in_at) if a.status == AttendanceStatus.PRESENT else ""
            return f"{text} {t}".strip()
        if col == self.MEMBER:
            if a is None:
                return ""
            return self.tr("member") if a.member else self.tr("participant")
        if col == self.NOTE:
            if a is None:
                return ""
            if r.substitute_for is not None:
                return self.tr("in place of %1").replace("%1", r.substitute_for.full_name)
            return a.reason
        return None
