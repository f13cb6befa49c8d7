"""Two tabs of the follow-up page (issue 15): problems that come back
(:mod:`workshop.recurring`) and governance across meetings (:mod:`workshop.trend`).

They sit on the follow-up page, not on the Issues page: both look across the meetings of a
series, which is what the facilitator reads when preparing the next forum, while the Issues
page is about the current meeting's list.  Each tab is told by its page to ``refresh()``;
an edit is one ``ctx.run`` (one undo step) with the page as its origin.
"""
from __future__ import annotations

from typing import Optional

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QPushButton, QSplitter, QVBoxLayout,
                               QWidget)

from workshop import governance
from workshop import recurring as rec
from workshop import trend
from workshop.model import (
    Action, Attendance, Meeting, NetworkRoleAssignment, Organisation, Person, Sector,
)
from workshop.store import Store

from . import labels
from .models.followup import (
    OccurrencesModel, ProblemsModel, SuggestionsModel, TrendLine, TrendModel, percent,
)
from .widgets import ColumnFitter, read_only_table

# the findings' names: the report page's words (its context holds their Thai)
FINDING_NAMES = {
    "initiation": "Initiation", "actors": "Actors", "roles": "Roles", "structure": "Structure",
    "decision": "Decision", "goal": "Goal", "participation": "Participation",
    "transparency": "Transparency", "accountability": "Accountability",
    "legitimacy": "Legitimacy",
}
LISTED = 12          # records named in a figure's tooltip


def finding_name(key: str) -> str:
    return QCoreApplication.translate("ReportPage", FINDING_NAMES[key])


def _selected(view) -> int:
    rows = view.selectionModel().selectedRows() if view.selectionModel() else []
    return rows[0].row() if rows else -1


class RecurringTab(QWidget):
    """Problems raised at more than one meeting, with their history, and the pairs of issues
    that look like the same problem ("Link as the same problem")."""

    def __init__(self, ctx, origin: QWidget, parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.ctx, self.origin = ctx, origin
        self.problems = ProblemsModel(self)
        self.occurrences = OccurrencesModel(self)
        self.suggestions = SuggestionsModel(self)
        self.problems_view = read_only_table(self.problems, stretch=0)
        self.occ_view = read_only_table(self.occurrences, stretch=3)
        self.sugg_view = read_only_table(self.suggestions, stretch=2)
        for view, main in ((self.problems_view, 0), (self.occ_view, 3), (self.sugg_view, 2)):
            ColumnFitter(view, main, chars=32, share=0.3)
        self.unlink_btn = QPushButton(self.tr("Not the same problem"), self)
        self.unlink_btn.setToolTip(self.tr("Undo the link of the selected meeting's issue to "
                                           "the one before it"))
        self.link_btn = QPushButton(self.tr("Link as the same problem"), self)
        self.link_btn.setToolTip(self.tr("Record that the later issue is the earlier problem "
                                         "come back (one undo step)"))
        self.empty = QLabel(self)
        self.empty.setWordWrap(True)

        top = QWidget(self)
        tl = QVBoxLayout(top)
        tl.setContentsMargins(0, 0, 0, 0)
        tl.addWidget(QLabel(self.tr("Problems raised at more than one meeting"), top))
        tl.addWidget(self.problems_view, 2)
        tl.addWidget(QLabel(self.tr("Its history"), top))
        tl.addWidget(self.occ_view, 2)
        row = QHBoxLayout()
        row.addWidget(self.empty, 1)
        row.addWidget(self.unlink_btn)
        tl.addLayout(row)
        bottom = QWidget(self)
        bl = QVBoxLayout(bottom)
        bl.setContentsMargins(0, 0, 0, 0)
        bl.addWidget(QLabel(self.tr("Maybe the same problem (close titles, same category)"),
                            bottom))
        bl.addWidget(self.sugg_view, 1)
        brow = QHBoxLayout()
        brow.addStretch(1)
        brow.addWidget(self.link_btn)
        bl.addLayout(brow)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(top)
        split.addWidget(bottom)
        split.setSizes([420, 260])
        QVBoxLayout(self).addWidget(split)

        self.problems_view.selectionModel().selectionChanged.connect(lambda *_: self._show())
        self.occ_view.selectionModel().selectionChanged.connect(lambda *_: self._buttons())
        self.sugg_view.selectionModel().selectionChanged.connect(lambda *_: self._buttons())
        self.link_btn.clicked.connect(self.link_selected)
        self.unlink_btn.clicked.connect(self.unlink_selected)

    def refresh(self) -> None:
        store, mid = self.ctx.store, self.ctx.meeting_id
        keep = self.problems.id_at(_selected(self.problems_view))
        problems = rec.problems(store, mid) if mid else []
        suggestions = rec.suggestions(store, mid) if mid else []
        named = {i.meeting_id for s in suggestions for i in (s.earlier, s.later)}
        self.suggestions.meetings = {m: store.get(Meeting, m) for m in named}
        self.problems.set_items(problems)
        self.suggestions.set_items(suggestions)
        row = self.problems.row_of(keep) if keep else -1
        self.problems_view.selectRow(row if row >= 0 else 0)
        self.empty.setText("" if problems else self.tr(
            "No problem is linked across meetings yet: link a suggestion below, or carry an "
            "issue when it is raised again."))
        self._show()

    def _show(self) -> None:
        p = self.problems.item_at(_selected(self.problems_view))
        self.occurrences.set_items(p.occurrences if p else [])
        self._buttons()

    def _buttons(self) -> None:
        occ = self.occurrences.item_at(_selected(self.occ_view))
        self.unlink_btn.setEnabled(bool(occ and occ.issue.carried_from_id))
        self.link_btn.setEnabled(_selected(self.sugg_view) >= 0)

    def link_selected(self) -> bool:
        s = self.suggestions.item_at(_selected(self.sugg_view))
        if s is None:
            return False
        done = self.ctx.run(self.tr("Link as the same problem"), rec.link_carried,
                            self.ctx.store, s.later.id, s.earlier.id, origin=self.origin)
        if done:
            self.refresh()
        return bool(done)

    def unlink_selected(self) -> bool:
        occ = self.occurrences.item_at(_selected(self.occ_view))
        if occ is None or not occ.issue.carried_from_id:
            return False
        done = self.ctx.run(self.tr("Not the same problem"), rec.unlink_carried,
                            self.ctx.store, occ.issue.id, origin=self.origin)
        if done:
            self.refresh()
        return bool(done)


class TrendTab(QWidget):
    """The series' meetings side by side: the figures and the ten findings, with a trend;
    each figure's tooltip names the records it counts."""

    def __init__(self, ctx, parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.ctx = ctx
        self.model = TrendModel(self)
        self.view = read_only_table(self.model, stretch=0, word_wrap=False)
        note = QLabel(self.tr("Each figure comes from the record of its meeting: hold the "
                              "pointer over it to see which records. ↑ ↓ → compare it with "
                              "the meeting before."), self)
        note.setWordWrap(True)
        lay = QVBoxLayout(self)
        lay.addWidget(note)
        lay.addWidget(self.view, 1)

    def lines(self) -> list[TrendLine]:
        out = [TrendLine(f"present_{s.value}",
                         self.tr("Present: %1").replace("%1", labels.sector(s))) for s in Sector]
        out += [TrendLine("non_state_deciding", self.tr("Non-state share of those who decide")),
                TrendLine("owned_dated", self.tr("Actions with a lead and a due date")),
                TrendLine("on_time", self.tr("Actions with a due date done on time")),
                TrendLine("quorum", self.tr("Quorum met"))]
        out += [TrendLine(k, finding_name(k), True)
                for k in governance.CONDITIONS + governance.PRINCIPLES]
        return out

    def refresh(self) -> None:
        mid = self.ctx.meeting_id
        rows = trend.series_table(self.ctx.store, mid) if mid else []
        self.model.set_table(self.lines(), rows, self.explain)

    def explain(self, line: TrendLine, row: trend.MeetingRow) -> str:
        """Which records a figure of the table comes from (its tooltip)."""
        head = f"{row.meeting.title}\n"
        if line.is_level:
            return head + self.tr("From the assessment of this meeting's record (the page "
                                  "Minutes and reports shows its evidence).")
        f = row.figures[line.key]
        n, of = len(f.ids), f.of
        if line.key.startswith("present_"):
            text, table = self.tr("From the sign-in: people marked present from this "
                                  "sector (%1 records)."), "attendance"
        elif line.key == "non_state_deciding":
            text, table = self.tr("From the roles: the actors holding the deciding role at "
                                  "this meeting, %2 of them; %1 are not state."), "network_roles"
            n = round((f.value or 0) * (of or 0))
        elif line.key == "owned_dated":
            text, table = self.tr("From the action plan: %1 of the meeting's %2 actions "
                                  "have a lead and a due date."), "actions"
        elif line.key == "on_time":
            text, table = self.tr("From the action plan and its progress reports: %1 of "
                                  "the %2 actions with a due date were reported done by "
                                  "then."), "actions"
        elif of is None:
            return head + self.tr("No quorum set for this meeting (%1 members present).") \
                .replace("%1", str(n))
        else:
            text, table = self.tr("From the sign-in and the meeting's quorum: %1 members "
                                  "present, %2 needed."), "attendance"
        body = text.replace("%1", str(n)).replace("%2", str(of if of is not None else n))
        if f.value is not None and not line.key.startswith("present_") and line.key != "quorum":
            body += " (" + percent(f.value) + ")"
        names = [x for x in (record_name(self.ctx.store, table, i) for i in f.ids[:LISTED])
                 if x]
        if names:
            body += "\n• " + "\n• ".join(names)
            if len(f.ids) > LISTED:
                body += "\n" + self.tr("… and %1 more").replace("%1", str(len(f.ids) - LISTED))
        return head + body


def _actor(store: Store, person_id: Optional[str], org_id: Optional[str]) -> str:
    o = store.maybe(Organisation, org_id) if org_id else None
    if o is not None:
        return o.name
    p = store.maybe(Person, person_id) if person_id else None
    return p.full_name if p else ""


def record_name(store: Store, table: str, rid: str) -> str:
    """A counted record in words: the person present, the actor deciding, the action."""
    if table == "attendance":
        a = store.maybe(Attendance, rid)
        return _actor(store, a.person_id, None) if a else ""
    if table == "network_roles":
        r = store.maybe(NetworkRoleAssignment, rid)
        return _actor(store, r.person_id, r.organisation_id) if r else ""
    a = store.maybe(Action, rid)
    return a.title if a else ""
