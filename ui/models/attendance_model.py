"""The check-in list: people (matching the search) with their attendance at the meeting."""
from __future__ import annotations

from typing import Any, Optional

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor

from workshop.attendance import RosterRow
from workshop.model import AttendanceStatus

from .. import labels
from .table import RecordsModel

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


class AttendanceModel(RecordsModel):
    """Rows of :class:`workshop.attendance.RosterRow`: name, position, organisation,
    sector, status (with the check-in time), member or participant, note (reason or
    "in place of ...")."""

    NAME, POSITION, ORGANISATION, SECTOR, STATUS, MEMBER, NOTE = COLUMNS = range(7)

    def set_rows(self, rows: list[RosterRow]) -> None:
        self.set_items(rows)

    def row(self, row: int) -> Optional[RosterRow]:
        return self.item_at(row)

    def item_id(self, r: RosterRow) -> str:
        return r.person.id

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Name"), self.tr("Position"), self.tr("Organisation"),
                self.tr("Sector"), self.tr("Status"), self.tr("Member"), self.tr("Note"))

    def role_data(self, r: RosterRow, row: int, col: int, role: int) -> Any:
        a = r.attendance
        if role == Qt.ItemDataRole.BackgroundRole and a is not None and col == self.STATUS:
            return QBrush(QColor(_STATUS_COLOURS[a.status]))
        return None

    def cell(self, r: RosterRow, row: int, col: int) -> Any:
        a = r.attendance
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
        if a is None:
            return ""
        if r.substitute_for is not None:
            return self.tr("in place of %1").replace("%1", r.substitute_for.full_name)
        return a.reason
