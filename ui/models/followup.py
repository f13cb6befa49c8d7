"""The read-only tables of the follow-up page (issue 15): actions followed across a series
(:mod:`workshop.followup`), problems that come back (:mod:`workshop.recurring`) and governance
across meetings (:mod:`workshop.trend`).  Each is a :class:`RecordsModel`: one record a row,
the translated headers in the model's own context."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Optional

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor

from workshop import followup as fu
from workshop import governance
from workshop import recurring as rec
from workshop import trend
from workshop.model import Action, ActionStatus, Meeting
from workshop.thai import format_baht

from .. import i18n, labels
from .table import RIGHT, RecordsModel, bold_font

LATE = QColor("#a3231b")
DONE = QColor("#1b5e20")


def _num(v: float) -> str:
    return format_baht(v) if v else "–"


def percent(share: Optional[float]) -> str:
    return "–" if share is None else f"{round(share * 100)} %"


# ------------------------------------------------------------------ actions followed
class TallyModel(RecordsModel):
    """Open, late and done actions and pledges promised / received, one actor or sector a
    row (``items``: (name, :class:`workshop.followup.Tally`))."""
    COLUMNS = ("name", "open", "late", "done", "promised", "received")
    NUMERIC = frozenset(COLUMNS[1:])

    def __init__(self, first_header: str, parent=None):
        super().__init__(parent)
        self.first_header = first_header

    def headers(self):
        return [self.first_header, self.tr("Open"), self.tr("Late"), self.tr("Done"),
                self.tr("Promised (baht)"), self.tr("Received (baht)")]

    def item_id(self, item):
        return item[0]

    def cell(self, item, row, col):
        name, t = item
        if col == "name":
            return name
        if col in ("promised", "received"):
            return _num(getattr(t, col + "_baht"))
        return str(getattr(t, col))

    def role_data(self, item, row, col, role):
        if role == Qt.ItemDataRole.TextAlignmentRole and col in self.NUMERIC:
            return RIGHT
        if role == Qt.ItemDataRole.ForegroundRole and col == "late" and item[1].late:
            return LATE
        if role == Qt.ItemDataRole.FontRole and col == "late" and item[1].late:
            return bold_font()
        return None


@dataclass
class ActionRow:
    action: Action
    meeting: Optional[Meeting]
    lead: str
    late_days: int

    @property
    def id(self) -> str:
        return self.action.id


class SeriesActionsModel(RecordsModel):
    """Every action of the series: where it was agreed, who leads, status, progress, lateness."""
    COLUMNS = ("title", "meeting", "lead", "status", "progress", "due", "late")

    def headers(self):
        return [self.tr("Action"), self.tr("Agreed at"), self.tr("Responsible"),
                self.tr("Status"), self.tr("Progress"), self.tr("Due"), self.tr("Late (days)")]

    def cell(self, item: ActionRow, row, col):
        a = item.action
        if col == "title":
            return a.title
        if col == "meeting":
            return i18n.format_date(item.meeting.date, short=True) if item.meeting else ""
        if col == "lead":
            return item.lead
        if col == "status":
            return labels.label(a.status)
        if col == "progress":
            return f"{fu.progress_of(a)} %"
        if col == "due":
            return i18n.format_date(a.due_date, short=True) if a.due_date else ""
        return str(item.late_days) if item.late_days else ""

    def role_data(self, item: ActionRow, row, col, role):
        if role == Qt.ItemDataRole.TextAlignmentRole and col in ("progress", "late"):
            return RIGHT
        if role == Qt.ItemDataRole.ForegroundRole:
            if item.late_days and col in ("late", "due"):
                return LATE
            if col == "status" and item.action.status == ActionStatus.DONE:
                return DONE
        return None


class HistoryModel(RecordsModel):
    """An action's story (:func:`workshop.followup.history`), oldest first."""
    COLUMNS = ("date", "meeting", "status", "progress", "note")

    def __init__(self, parent=None):
        super().__init__(parent)
        self.meetings: dict[str, Meeting] = {}

    def headers(self):
        return [self.tr("Date"), self.tr("Reported at"), self.tr("Status"),
                self.tr("Progress"), self.tr("Note")]

    def item_id(self, item: fu.Step):
        return item.update_id or ""

    def cell(self, item: fu.Step, row, col):
        if col == "date":
            return i18n.format_date(item.date, short=True)
        if col == "meeting":
            m = self.meetings.get(item.meeting_id or "")
            text = m.title if m else ""
            return text if item.update_id else self.tr("Planned: %1").replace("%1", text)
        if col == "status":
            return labels.label(item.status)
        if col == "progress":
            return f"{item.progress} %"
        return item.note

    def role_data(self, item, row, col, role):
        if role == Qt.ItemDataRole.TextAlignmentRole and col == "progress":
            return RIGHT
        return None


# ------------------------------------------------------------------ problems that come back
def _meeting_date(m: Meeting) -> str:
    return i18n.format_date(m.date, short=True) or m.title


class ProblemsModel(RecordsModel):
    """Problems raised at more than one meeting of the series (linked)."""
    COLUMNS = ("title", "times", "meetings", "actions")

    def headers(self):
        return [self.tr("Problem"), self.tr("Times raised"), self.tr("Meetings"),
                self.tr("Actions taken")]

    def item_id(self, item: rec.Problem):
        return item.occurrences[0].issue.id

    def cell(self, item: rec.Problem, row, col):
        if col == "title":
            return item.title
        if col == "times":
            return str(len(item.occurrences))
        if col == "meetings":
            return ", ".join(_meeting_date(o.meeting) for o in item.occurrences)
        acts = [a for o in item.occurrences for a in o.actions]
        done = sum(a.status == ActionStatus.DONE for a in acts)
        return self.tr("%1 (%2 done)").replace("%1", str(len(acts))).replace("%2", str(done))

    def role_data(self, item, row, col, role):
        if role == Qt.ItemDataRole.TextAlignmentRole and col == "times":
            return RIGHT
        return None


class OccurrencesModel(RecordsModel):
    """One problem's history: each meeting it was raised at and what was done about it."""
    COLUMNS = ("meeting", "title", "issue", "actions")

    def headers(self):
        return [self.tr("Date"), self.tr("Meeting"), self.tr("Raised as"),
                self.tr("Actions and their status")]

    def item_id(self, item: rec.Occurrence):
        return item.issue.id

    def cell(self, item: rec.Occurrence, row, col):
        if col == "meeting":
            return i18n.format_date(item.meeting.date, short=True)
        if col == "title":
            return item.meeting.title
        if col == "issue":
            return item.issue.title
        return "; ".join(f"{a.title} ({labels.label(a.status)})" for a in item.actions) or "–"


class SuggestionsModel(RecordsModel):
    """Issues of different meetings that look like the same problem, not linked yet."""
    COLUMNS = ("earlier", "earlier_at", "later", "later_at", "similarity")

    def __init__(self, parent=None):
        super().__init__(parent)
        self.meetings: dict[str, Meeting] = {}

    def headers(self):
        return [self.tr("Earlier issue"), self.tr("Raised at"), self.tr("Later issue"),
                self.tr("Raised at"), self.tr("Similar")]

    def item_id(self, item: rec.Suggestion):
        return (item.earlier.id, item.later.id)

    def cell(self, item: rec.Suggestion, row, col):
        if col == "similarity":
            return percent(item.similarity)
        issue = item.earlier if col.startswith("earlier") else item.later
        if col.endswith("_at"):
            m = self.meetings.get(issue.meeting_id)
            return _meeting_date(m) if m else ""
        return issue.title

    def role_data(self, item, row, col, role):
        if role == Qt.ItemDataRole.TextAlignmentRole and col == "similarity":
            return RIGHT
        return None


# ------------------------------------------------------------------ governance across meetings
ARROWS = {trend.UP: "↑", trend.DOWN: "↓", trend.SAME: "→"}


@dataclass
class TrendLine:
    """One row of the trend table: a figure (``figure`` key) or a finding (``level`` key)."""
    key: str
    title: str
    is_level: bool = False


class TrendModel(RecordsModel):
    """Rows: the figures and the ten findings; columns: the meetings of the series, oldest
    first, then the trend between the last two.  Each figure's tooltip says which records it
    comes from (``explain``: (line key, meeting row) -> text)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[trend.MeetingRow] = []
        self.explain: Any = None
        self.COLUMNS = ("what",)

    def set_table(self, lines: list[TrendLine], rows: list[trend.MeetingRow], explain) -> None:
        with self.resetting():
            self.items, self.rows, self.explain = list(lines), list(rows), explain
            self.COLUMNS = ("what", *range(len(rows)), "trend")

    def headers(self):
        return [self.tr("What the record shows"),
                *(_meeting_date(r.meeting) for r in self.rows), self.tr("Trend")]

    def item_id(self, item: TrendLine):
        return item.key

    def level_text(self, level: str) -> str:
        # the words of the report page's assessment (its context holds their Thai)
        return {governance.MET: QCoreApplication.translate("ReportPage", "✓ Met"),
                governance.PARTLY: QCoreApplication.translate("ReportPage", "◐ Partly met"),
                governance.NOT_MET: QCoreApplication.translate("ReportPage", "✗ Not met")}[level]

    def value_text(self, line: TrendLine, r: trend.MeetingRow) -> str:
        if line.is_level:
            return self.level_text(r.levels[line.key])
        f = r.figures[line.key]
        if f.value is None:
            return "–"
        if line.key == "quorum":
            return self.tr("met") if f.value else self.tr("not met")
        if line.key.startswith("present_"):
            return str(int(f.value))
        return percent(f.value)

    def trend_of(self, line: TrendLine) -> Optional[str]:
        if line.is_level:
            return trend.level_trend(self.rows, line.key)
        return self.rows[-1].figures[line.key].trend if len(self.rows) > 1 else None

    def cell(self, item: TrendLine, row, col):
        if col == "what":
            return item.title
        if col == "trend":
            t = self.trend_of(item)
            if t is None:
                return ""
            words = {trend.UP: self.tr("up"), trend.DOWN: self.tr("down"),
                     trend.SAME: self.tr("same")}
            return f"{ARROWS[t]} {words[t]}"
        r = self.rows[col]
        text = self.value_text(item, r)
        t = None if item.is_level else r.figures[item.key].trend
        return f"{text} {ARROWS[t]}" if t else text

    def tooltip(self, item: TrendLine, row, col):
        if isinstance(col, int) and self.explain is not None:
            return self.explain(item, self.rows[col])
        return str(self.cell(item, row, col) or "")

    def role_data(self, item, row, col, role):
        if role == Qt.ItemDataRole.TextAlignmentRole and col != "what":
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.FontRole and col == "what" and item.is_level:
            return bold_font()
        return None
