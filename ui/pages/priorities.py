"""Prioritising: dot voting (per participant within the meeting's limit, or hand counts),
scoring by weighted criteria, and the ranked list with how each rank was reached; who takes
each issue forward (do ourselves / jointly with the local government / request support).

Every entry is one undo step.  The arithmetic is :mod:`workshop.ranking`.
"""
from __future__ import annotations

from typing import Optional

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDoubleSpinBox, QFormLayout,
                               QHBoxLayout, QHeaderView, QLabel, QPushButton, QSpinBox,
                               QTableWidget, QTableWidgetItem, QTabWidget, QVBoxLayout,
                               QWidget)

from workshop import issues, ranking
from workshop.model import Criterion, Meeting, RankingMethod, Response
from workshop.store import Change

from .. import labels
from ..context import AppContext
from ..paperkit import PaperKit
from ..graphics.text import breakable
from ..people_picker import Picker
from ..widgets import plain_tooltip, put_cell, text_width, width_in_chars
from . import Page

WATCHED = ("issues", "dot_votes", "criteria", "criterion_scores", "meetings", "people",
           "attendance", "categories")


HAND_TYPED = "#fffde7"     # the cells a person types into


def _fmt(v: float) -> str:
    return f"{v:.1f}".rstrip("0").rstrip(".") if v != int(v) else str(int(v))


class PrioritiesPage(Page):
    icon_name = "priorities"
    statusMessage = Signal(str)

    def __init__(self, ctx: AppContext, parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.ctx = ctx
        self._loading = False
        self.options = ranking.RankingOptions()
        self.rows: list[ranking.RankedIssue] = []
        self._ranking_sized = False

        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._build_dots(), self.tr("Dot voting"))
        self.tabs.addTab(self._build_scores(), self.tr("Scoring by criteria"))
        self.tabs.addTab(self._build_ranking(), self.tr("Ranked list"))
        self.paper = PaperKit(ctx, self)          # tally sheets, invitation, typed-in tallies
        self.paper.statusMessage.connect(self.statusMessage)
        self.tabs.addTab(self.paper, self.paper.tab_title())
        self.message = QLabel(self)
        self.message.setStyleSheet("color: #b71c1c; font-weight: bold;")
        self.message.setWordWrap(True)
        self.message.hide()
        lay = QVBoxLayout(self)
        lay.addWidget(self.message)
        lay.addWidget(self.tabs, 1)

        self.ctx.meetingChanged.connect(self._meeting_changed)
        self.ctx.storeChanged.connect(self._on_store_changed)
        self._ensure_criteria()
        self.reload()

    def load(self) -> None:
        self._meeting_changed(self.ctx.meeting_id)

    def commit_pending(self) -> None:
        self.paper.commit_pending()

    # ------------------------------------------------------------------ building
    def _build_dots(self) -> QWidget:
        w = QWidget(self)
        self.person_combo = Picker(self.ctx, w, none_text=self.tr("(choose a participant)"))
        width_in_chars(self.person_combo, minimum=22)
        self.dot_issue_combo = QComboBox(w)
        width_in_chars(self.dot_issue_combo, minimum=26)   # the row fits at 150 %
        self.dots_spin = QSpinBox(w)
        self.dots_spin.setRange(0, 99)
        self.dots_spin.setValue(1)
        self.give_btn = QPushButton(self.tr("Give dots"), w)
        self.used_label = QLabel(w)
        self.limit_spin = QSpinBox(w)
        self.limit_spin.setRange(1, 50)
        self.limit_spin.setSuffix(self.tr(" dots each"))
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Participant"), w))
        row.addWidget(self.person_combo, 2)
        row.addWidget(QLabel(self.tr("Issue"), w))
        row.addWidget(self.dot_issue_combo, 3)
        row.addWidget(self.dots_spin)
        row.addWidget(self.give_btn)
        row2 = QHBoxLayout()
        row2.addWidget(self.used_label, 1)
        row2.addWidget(QLabel(self.tr("Each participant has"), w))
        row2.addWidget(self.limit_spin)
        self.dots_table = QTableWidget(0, 4, w)
        self.dots_table.setObjectName("dotsTable")
        self.dots_table.setHorizontalHeaderLabels([
            self.tr("Issue"), self.tr("Participants' dots"), self.tr("Hand count"),
            self.tr("Total dots")])
        self._table_style(self.dots_table)
        hint = QLabel(self.tr("Type a hand count in its column when the room votes by raising "
                              "hands; each raised hand is one dot."), w)
        hint.setWordWrap(True)
        lay = QVBoxLayout(w)
        lay.addLayout(row)
        lay.addLayout(row2)
        lay.addWidget(self.dots_table, 1)
        lay.addWidget(hint)
        self.give_btn.clicked.connect(self._give_clicked)
        self.person_combo.chosen.connect(self._update_used)
        self.limit_spin.editingFinished.connect(self._limit_edited)
        self.dots_table.itemChanged.connect(self._hand_count_edited)
        return w

    def _build_scores(self) -> QWidget:
        w = QWidget(self)
        self.weights_box = QWidget(w)
        self.weights_form = QHBoxLayout(self.weights_box)
        self.weights_form.setContentsMargins(0, 0, 0, 0)
        self.weight_spins: dict[str, QDoubleSpinBox] = {}
        self.scores_table = QTableWidget(0, 0, w)
        self.scores_table.setObjectName("scoresTable")
        self._table_style(self.scores_table)
        hint = QLabel(self.tr("Score each issue from 1 (low) to 5 (high) on each criterion; "
                              "leave a cell empty when it was not scored. The criteria score is "
                              "the weighted mean."), w)
        hint.setWordWrap(True)
        lay = QVBoxLayout(w)
        lay.addWidget(QLabel(self.tr("Weights"), w))
        lay.addWidget(self.weights_box)
        lay.addWidget(self.scores_table, 1)
        lay.addWidget(hint)
        self.scores_table.itemChanged.connect(self._score_edited)
        return w

    def _build_ranking(self) -> QWidget:
        w = QWidget(self)
        self.method_combo = QComboBox(w)
        self.method_combo.setObjectName("methodCombo")
        for member, text in labels.ranking_methods().items():
            self.method_combo.addItem(text, member.value)
        form = QFormLayout()
        form.addRow(self.tr("Rank by"), self.method_combo)
        self.rank_table = QTableWidget(0, 6, w)
        self.rank_table.setObjectName("rankTable")
        self.rank_table.setProperty("rowsFitContents", True)   # _fit_rows sizes them
        self.rank_table.setHorizontalHeaderLabels([
            self.tr("Rank"), self.tr("Issue"), self.tr("Dots"), self.tr("Criteria (1–5)"),
            self.tr("Taken forward by"), self.tr("How the rank was reached")])
        self._table_style(self.rank_table)
        self.rank_table.setWordWrap(True)
        hh = self.rank_table.horizontalHeader()
        hh.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        hh.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        hh.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        # wrapped explanations: row heights follow the column widths
        hh.sectionResized.connect(lambda *_a: self._fit_rows())
        lay = QVBoxLayout(w)
        lay.addLayout(form)
        lay.addWidget(self.rank_table, 1)
        self.method_combo.activated.connect(self._method_changed)
        return w

    def _fit_rows(self) -> None:
        if not hasattr(self, "_rows_timer"):      # owned by the page: dies with it
            self._rows_timer = QTimer(self)
            self._rows_timer.setSingleShot(True)
            self._rows_timer.timeout.connect(self.rank_table.resizeRowsToContents)
        self._rows_timer.start(0)

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        self._fit_rows()

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._fit_rows()

    @staticmethod
    def _table_style(t: QTableWidget) -> None:
        t.verticalHeader().hide()
        t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        t.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        t.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        t.setAlternatingRowColors(True)

    # ------------------------------------------------------------------ loading
    def _ensure_criteria(self) -> None:
        mid = self.ctx.meeting_id
        if mid and not self.ctx.store.read_only and \
                self.ctx.store.count(Criterion, meeting_id=mid) == 0:
            ranking.ensure_default_criteria(self.ctx.store, mid,
                                            "th" if _lang() == "th" else "en")

    def _meeting_changed(self, _mid: str) -> None:
        self._ensure_criteria()
        self.reload()

    def _on_store_changed(self, change: Change) -> None:
        """The tables are refilled cell by cell: only a cell whose text changed is touched,
        so the current cell, the selection and the scroll position stay (a dot vote changes
        one issue's row of dots, and the ranked list, one small aggregate, as it must)."""
        if change.touches(*WATCHED):
            self._fill()

    def reload(self) -> None:
        """Everything for the current meeting (filled cell by cell too)."""
        self._fill()

    def _fill(self) -> None:
        self._loading = True
        try:
            mid = self.ctx.meeting_id
            store = self.ctx.store
            meeting = store.maybe(Meeting, mid)
            self.setEnabled(meeting is not None)
            live = issues.issues(store, mid) if mid else []
            # the method is the meeting's (saved in the file, printed in the minutes)
            method = RankingMethod(meeting.ranking_method) if meeting else RankingMethod.BOTH
            self.options = ranking.options_for(method)
            self.method_combo.setCurrentIndex(
                max(0, self.method_combo.findData(method.value)))
            self.rows = ranking.rank_issues(store, mid, self.options) if mid else []
            self._fill_dots(meeting, live)
            self._fill_scores(live)
            self._fill_ranking()
        finally:
            self._loading = False
        self._update_used()

    def _fill_dots(self, meeting: Optional[Meeting], live) -> None:
        mid = meeting.id if meeting else ""
        self.limit_spin.setValue(meeting.dots_per_person if meeting else 3)
        self.person_combo.refresh()
        choices = [(f"{n}. {i.title}", i.id) for n, i in enumerate(live, 1)]
        combo = self.dot_issue_combo
        if [(combo.itemText(k), combo.itemData(k)) for k in range(combo.count())] != choices:
            cur = combo.currentData()
            combo.clear()
            for text, iid in choices:
                combo.addItem(text, iid)
            combo.setCurrentIndex(max(0, combo.findData(cur)))
        by_issue = {r.issue_id: r for r in self.rows}
        if self.dots_table.rowCount() != len(live):
            self.dots_table.setRowCount(len(live))
        for n, i in enumerate(live):
            r = by_issue.get(i.id)
            cells = [f"{n + 1}. {i.title}", str(r.person_dots if r else 0),
                     str(r.hand_dots if r else 0), str(r.dots if r else 0)]
            for col, text in enumerate(cells):
                put_cell(self.dots_table, n, col, text, data=i.id, editable=col == 2,
                         center=col > 0, background=HAND_TYPED if col == 2 else "")

    def _fill_scores(self, live) -> None:
        store, mid = self.ctx.store, self.ctx.meeting_id
        crits = ranking.criteria(store, mid) if mid else []
        self._fill_weights(crits)
        by_issue = {r.issue_id: r for r in self.rows}
        headers = [self.tr("Issue")] + [c.name for c in crits] + [self.tr("Criteria score")]
        t = self.scores_table
        if [t.horizontalHeaderItem(k).text() if t.horizontalHeaderItem(k) else ""
                for k in range(t.columnCount())] != headers:
            t.clear()                 # other criteria: other columns
            t.setColumnCount(len(headers))
            t.setHorizontalHeaderLabels(headers)
        if t.rowCount() != len(live):
            t.setRowCount(len(live))
        for n, i in enumerate(live):
            r = by_issue.get(i.id)
            scores = {p.name: p.score for p in r.criteria} if r else {}
            put_cell(t, n, 0, f"{n + 1}. {i.title}")
            for k, c in enumerate(crits, 1):
                sc = scores.get(c.name)
                put_cell(t, n, k, "" if sc is None else _fmt(sc), data=(i.id, c.id),
                         editable=True, center=True, background=HAND_TYPED)
            put_cell(t, n, len(crits) + 1, "" if not r or r.criteria_score is None
                     else f"{r.criteria_score:.2f}", center=True)

    def _fill_weights(self, crits: list[Criterion]) -> None:
        """A weight box per criterion: made again only when the criteria changed."""
        if list(self.weight_spins) == [c.id for c in crits]:
            for c in crits:
                spin = self.weight_spins[c.id]
                if not spin.hasFocus() and spin.value() != c.weight:
                    spin.setValue(c.weight)
            return
        while self.weights_form.count():
            item = self.weights_form.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        self.weight_spins = {}
        for c in crits:
            lab = QLabel(c.name, self.weights_box)
            lab.setTextFormat(Qt.TextFormat.PlainText)
            spin = QDoubleSpinBox(self.weights_box)
            spin.setRange(0, 10)
            spin.setSingleStep(0.5)
            spin.setDecimals(1)
            spin.setValue(c.weight)
            spin.editingFinished.connect(lambda cid=c.id, s=spin: self.set_weight(cid, s.value()))
            self.weights_form.addWidget(lab)
            self.weights_form.addWidget(spin)
            self.weight_spins[c.id] = spin
        self.weights_form.addStretch(1)

    def _fill_ranking(self) -> None:
        t = self.rank_table
        if t.rowCount() != len(self.rows):
            t.setRowCount(len(self.rows))
        bold = QFont(t.font())
        bold.setBold(True)
        for n, r in enumerate(self.rows):
            put_cell(t, n, 0, ranking.rank_text(r), font=bold, center=True)
            # the issue number: the same on the board, the map's pins and the other tabs
            title = f"{r.number}. {r.title}" + (f"  (+{r.merged_count})" if r.merged_count
                                                else "")
            put_cell(t, n, 1, title)
            put_cell(t, n, 2, str(r.dots), center=True)
            put_cell(t, n, 3, "" if r.criteria_score is None else f"{r.criteria_score:.2f}",
                     center=True)
            combo = t.cellWidget(n, 4)
            if not isinstance(combo, QComboBox):
                combo = QComboBox(t)
                combo.addItem(self.tr("(not decided)"), "")
                for member, text in labels.responses().items():
                    combo.addItem(text, member.value)
                combo.activated.connect(lambda _i, c=combo: self.set_response(
                    c.property("issue"), Response(c.currentData()) if c.currentData() else None))
                t.setCellWidget(n, 4, combo)
            combo.setProperty("issue", r.issue_id)
            combo.setCurrentIndex(max(0, combo.findData(r.response.value if r.response else "")))
            put_cell(t, n, 5, breakable(self.explain(r)), tooltip=plain_tooltip(self.explain(r)))
        if not self._ranking_sized:
            t.setColumnWidth(1, text_width(t, 36))
            self._ranking_sized = True
        self._fit_rows()

    def explain(self, r: ranking.RankedIssue) -> str:
        """How the rank was reached, in the UI language."""
        parts = []
        opts = self.options
        if opts.use_dots:
            s = self.tr("%1 dots").replace("%1", str(r.dots))
            if r.person_dots and r.hand_dots:
                s += " " + self.tr("(%1 from %2 people, %3 by hand count)").replace(
                    "%1", str(r.person_dots)).replace("%2", str(r.voters)).replace(
                    "%3", str(r.hand_dots))
            elif r.hand_dots:
                s += " " + self.tr("(hand count)")
            elif r.voters:
                s += " " + self.tr("from %1 people").replace("%1", str(r.voters))
            s += " = " + self.tr("%1% of the most").replace("%1", _fmt(round(r.dots_part, 1)))
            parts.append(s)
        if opts.use_criteria:
            if r.criteria_score is None:
                parts.append(self.tr("not scored on the criteria"))
            else:
                detail = ", ".join(f"{c.name} {_fmt(c.score)}×{_fmt(c.weight)}"
                                   for c in r.criteria if c.score is not None)
                parts.append(self.tr("criteria %1/5 (%2) = %3%").replace(
                    "%1", f"{r.criteria_score:.2f}").replace("%2", detail).replace(
                    "%3", _fmt(round(r.criteria_part, 1))))
        if opts.use_dots and opts.use_criteria:
            parts.append(self.tr("combined %1").replace("%1", f"{r.combined:.1f}"))
        text = "; ".join(parts)
        if r.tied:
            text += " — " + self.tr("tied with another issue")
        return text

    def _update_used(self) -> None:
        pid = self.person_combo.current_id()
        mid = self.ctx.meeting_id
        meeting = self.ctx.store.maybe(Meeting, mid)
        self.give_btn.setEnabled(bool(pid) and self.dot_issue_combo.count() > 0)
        if not pid or meeting is None:
            self.used_label.setText(self.tr("Choose a participant to give their dots."))
            return
        used = sum(ranking.person_dots(self.ctx.store, mid, pid).values())
        self.used_label.setText(self.tr("%1 of %2 dots used").replace("%1", str(used)).replace(
            "%2", str(meeting.dots_per_person)))

    # ------------------------------------------------------------------ actions
    def give_dots(self, person_id: str, issue_id: str, dots: int) -> bool:
        """Set how many dots a participant puts on an issue (limit enforced); one undo step."""
        return bool(self.ctx.run_showing(self.message, self.tr("Give dots"),
                                         ranking.set_person_dots, self.ctx.store,
                                         self.ctx.meeting_id, person_id, issue_id, dots,
                                         origin=self))

    def _give_clicked(self) -> None:
        pid, iid = self.person_combo.value(), self.dot_issue_combo.currentData()
        if pid and iid:
            self.give_dots(pid, iid, self.dots_spin.value())

    def set_hand_count(self, issue_id: str, count: int) -> bool:
        return bool(self.ctx.run_showing(self.message, self.tr("Hand count"),
                                         ranking.set_hand_count, self.ctx.store,
                                         self.ctx.meeting_id, issue_id, count, origin=self))

    def _hand_count_edited(self, item: QTableWidgetItem) -> None:
        if self._loading or item.column() != 2:
            return
        text = item.text().strip() or "0"
        if not text.isdigit():
            self.message.setText(self.tr("A hand count is a whole number, like 12."))
            self.message.show()
            self.reload()
            return
        if not self.set_hand_count(item.data(Qt.ItemDataRole.UserRole), int(text)):
            self.reload()

    def set_score(self, issue_id: str, criterion_id: str, score: Optional[float]) -> bool:
        return bool(self.ctx.run_showing(self.message, self.tr("Score issue"), ranking.set_score,
                                         self.ctx.store, issue_id, criterion_id, score,
                                         origin=self))

    def _score_edited(self, item: QTableWidgetItem) -> None:
        if self._loading:
            return
        key = item.data(Qt.ItemDataRole.UserRole)
        if not key:
            return
        text = item.text().strip().replace(",", ".")
        try:
            score = float(text) if text else None
        except ValueError:
            self.message.setText(self.tr("A score is a number from 1 to 5."))
            self.message.show()
            self.reload()
            return
        if not self.set_score(key[0], key[1], score):
            self.reload()

    def set_weight(self, criterion_id: str, weight: float) -> bool:
        if self._loading:
            return False
        c = self.ctx.store.maybe(Criterion, criterion_id)
        if c is None or abs(c.weight - weight) < 1e-9:
            return False
        return bool(self.ctx.run(self.tr("Change weight"), ranking.set_weight, self.ctx.store,
                                 criterion_id, float(weight), origin=self))

    def _limit_edited(self) -> None:
        mid = self.ctx.meeting_id
        m = self.ctx.store.maybe(Meeting, mid)
        if m is None or m.dots_per_person == self.limit_spin.value():
            return
        self.ctx.run(self.tr("Dots per participant"), ranking.set_dots_per_person,
                     self.ctx.store, mid, self.limit_spin.value(), origin=self)

    def set_response(self, issue_id: str, response: Optional[Response]) -> bool:
        return bool(self.ctx.run(self.tr("Who takes it forward"), issues.set_response,
                                 self.ctx.store, issue_id, response, origin=self))

    def set_method(self, method: RankingMethod | str) -> bool:
        """Rank by both parts, dots only or criteria only; saved with the meeting (the minutes
        print the same ranking); one undo step."""
        store, mid = self.ctx.store, self.ctx.meeting_id
        method = RankingMethod(method)
        if not mid or ranking.meeting_method(store, mid) == method:
            return False
        return bool(self.ctx.run(self.tr("Ranking method"), ranking.set_method, store, mid,
                                 method, origin=self))

    def _method_changed(self, _i: int) -> None:
        if not self.set_method(self.method_combo.currentData()):
            self.reload()       # refused (read-only file): show the saved method again


def _lang() -> str:
    try:
        from .. import i18n
        return i18n.current()
    except Exception:  # pragma: no cover
        return "en"
