"""The "Village plan" tab of the Action plan page: an action's plan fields and the plan table.

Pick an action of the meeting (or one carried into it from an earlier meeting of the series),
edit its objective, target, location, budget per B.E. fiscal year, source of funds, indicator,
expected result, responsible agency and the three-way split, then "Save plan fields": one
call to :func:`workshop.plan.fields.set_plan`, one undo step.  What is typed is never erased by
a reload: the form reloads an action's values only while nothing is typed into it.

The buttons below write the village plan table (:mod:`workshop.plan`) of this meeting or of
every meeting of the series, as PDF or XLSX, in Thai or English.
"""
from __future__ import annotations

from pathlib import Path
from typing import Optional

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDoubleSpinBox, QFileDialog, QGridLayout,
                               QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton,
                               QScrollArea, QVBoxLayout, QWidget)

from workshop import errors
from workshop.model import Action, Meeting, Response
from workshop.plan import fields as pf
from workshop.plan.table import ALL, build_plan

from . import labels
from . import settings as S
from .context import AppContext
from .filewrite import write_file
from .typed import mark_shown, refill
from .widgets import PlainTextField, limit_length, width_in_chars


class PlanForm(QWidget):
    """Plan fields of one action, and the village plan exports."""

    statusMessage = Signal(str)

    def __init__(self, ctx: AppContext, parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.ctx = ctx
        self._action_id = ""
        self._dirty = False
        self._loading = False
        self._build()
        ctx.meetingChanged.connect(lambda _id: self.reload())
        ctx.storeChanged.connect(self._on_store_changed)
        self.reload()

    def tab_title(self) -> str:
        return self.tr("Village plan")

    # ------------------------------------------------------------------ building
    def _build(self) -> None:
        top = QHBoxLayout()
        self.action_combo = QComboBox()
        self.action_combo.setMinimumContentsLength(30)
        self.action_combo.currentIndexChanged.connect(self._picked)
        top.addWidget(QLabel(self.tr("Action")))
        top.addWidget(self.action_combo, 1)

        box = QGroupBox(self.tr("Plan fields"))
        form = QGridLayout(box)       # two fields a row: the form and the table fit 1366×768
        self.objective = PlainTextField(max_height=60)
        self.target = PlainTextField(max_height=60)
        self.location = limit_length(QLineEdit(), "actions", "location")
        self.indicator = PlainTextField(max_height=60)
        self.expected_result = PlainTextField(max_height=60)
        self.agency = limit_length(QLineEdit(), "actions", "agency")
        self.agency.setPlaceholderText(self.tr("(the lead organisation)"))
        self.funding_source = limit_length(QLineEdit(), "actions", "funding_source")
        self.response = QComboBox()
        labels.fill_combo(self.response, Response)
        self.texts = {"objective": self.objective, "target": self.target,
                      "location": self.location, "indicator": self.indicator,
                      "expected_result": self.expected_result, "agency": self.agency,
                      "funding_source": self.funding_source}
        for w in self.texts.values():
            w.textChanged.connect(self._edited)
        self.response.currentIndexChanged.connect(self._edited)
        years = QWidget()
        self.years_grid = QGridLayout(years)
        self.years_grid.setContentsMargins(0, 0, 0, 0)
        self.year_boxes: dict[int, QDoubleSpinBox] = {}
        pairs = [(self.tr("Objective"), self.objective, self.tr("Target (output)"), self.target),
                 (self.tr("Indicator"), self.indicator, self.tr("Expected result"),
                  self.expected_result),
                 (self.tr("Location"), self.location, self.tr("Source of funds"),
                  self.funding_source),
                 (self.tr("Responsible agency"), self.agency, self.tr("Plan group"),
                  self.response)]
        for r, (left, lw, right, rw) in enumerate(pairs):
            for c, (text, w) in enumerate(((left, lw), (right, rw))):
                label = QLabel(text)
                label.setBuddy(w)
                top_aligned = Qt.AlignmentFlag.AlignTop if isinstance(w, PlainTextField) \
                    else Qt.AlignmentFlag.AlignVCenter
                form.addWidget(label, r, 2 * c, top_aligned)
                form.addWidget(w, r, 2 * c + 1)
        form.addWidget(QLabel(self.tr("Budget per fiscal year (baht)")), len(pairs), 0,
                       Qt.AlignmentFlag.AlignTop)
        form.addWidget(years, len(pairs), 1, 1, 3)
        form.setColumnStretch(1, 1)
        form.setColumnStretch(3, 1)
        self.save_button = QPushButton(self.tr("Save plan fields"))
        self.save_button.clicked.connect(self.save)
        form.addWidget(self.save_button, len(pairs) + 1, 3, Qt.AlignmentFlag.AlignRight)

        out = QGroupBox(self.tr("Village plan table"))
        ol = QHBoxLayout(out)
        self.scope = QComboBox()
        self.scope.addItem(self.tr("This meeting (and what is carried into it)"), "meeting")
        self.scope.addItem(self.tr("All meetings of the series"), ALL)
        self.plan_lang = QComboBox()            # the table's language (Thai by default)
        self.plan_lang.addItem(self.tr("Thai"), "th")
        self.plan_lang.addItem(self.tr("English"), "en")
        self.plan_trend = QCheckBox(self.tr("With governance across meetings"))
        self.plan_trend.setToolTip(self.tr("After the table: the figures of the series' "
                                           "meetings, each with its trend and the records it "
                                           "comes from"))
        self.plan_trend.setChecked(S.Settings().get(S.PLAN_TREND))
        self.plan_trend.toggled.connect(lambda on: S.Settings().set(S.PLAN_TREND, on))
        self.pdf_button = QPushButton(self.tr("Village plan PDF…"))
        self.pdf_button.clicked.connect(lambda: self._ask_export(".pdf"))
        self.xlsx_button = QPushButton(self.tr("Village plan XLSX…"))
        self.xlsx_button.clicked.connect(lambda: self._ask_export(".xlsx"))
        ol.addWidget(self.scope, 1)
        ol.addWidget(self.plan_lang)
        ol.addWidget(self.plan_trend)
        ol.addWidget(self.pdf_button)
        ol.addWidget(self.xlsx_button)

        inner = QWidget()
        lay = QVBoxLayout(inner)
        lay.addLayout(top)
        lay.addWidget(box)
        lay.addWidget(out)
        lay.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        root = QVBoxLayout(self)
        root.setContentsMargins(0, 0, 0, 0)
        root.addWidget(scroll)

    def _set_years(self, years: list[int]) -> None:
        if list(self.year_boxes) == years:
            return
        while self.years_grid.count():        # the old years' labels and boxes go at once,
            old = self.years_grid.takeAt(0).widget()   # not under the new ones until deleted
            if old is not None:
                old.hide()
                old.setParent(None)
                old.deleteLater()
        self.year_boxes = {}
        for k, year in enumerate(years):        # five years a row, each its label above it
            row, col = 2 * (k // pf.PLAN_YEARS), k % pf.PLAN_YEARS
            self.years_grid.addWidget(QLabel(self.tr("FY %1").replace("%1", str(year))), row,
                                      col)
            spin = QDoubleSpinBox()
            spin.setRange(0, 1e10)
            spin.setDecimals(0)
            spin.setGroupSeparatorShown(True)
            width_in_chars(spin, minimum=11)    # not the width of ten billion: the row fits
            spin.valueChanged.connect(self._edited)
            self.years_grid.addWidget(spin, row + 1, col)
            self.year_boxes[year] = spin
        for col in range(pf.PLAN_YEARS):
            self.years_grid.setColumnStretch(col, 1)

    # ------------------------------------------------------------------ data
    def _on_store_changed(self, change) -> None:
        """The list of actions keeps the one chosen (its texts updated); the form is
        filled again only when the action shown changed elsewhere (another page, undo) and
        nothing is typed into it, never after this form's own save."""
        if not change.touches("actions", "meetings", "agenda_items"):
            return
        self._fill_combo()
        new_id = self.action_combo.currentData() or ""
        if new_id != self._action_id:       # the action shown is gone
            self._load(new_id)
        elif (not change.made_by(self) and not self._dirty
              and (new_id in change.tables.get("actions", ()) or change.touches("meetings"))):
            self._load(new_id)

    def _edited(self, *_args) -> None:
        if not self._loading:
            self._dirty = True

    def action_ids(self) -> list[str]:
        return [self.action_combo.itemData(i) for i in range(self.action_combo.count())]

    def reload(self) -> None:
        keep = self._action_id
        self._fill_combo()
        new_id = self.action_combo.currentData() or ""
        if new_id != keep or not self._dirty:
            self._load(new_id)

    def _fill_combo(self) -> None:
        """The actions of the plan: the same ones keep their place (texts updated, nothing
        chosen anew); else the list anew, on the action shown if still there."""
        store, mid = self.ctx.store, self.ctx.meeting_id
        self.setEnabled(bool(mid))
        keep = self._action_id
        rows = []
        if mid and store.maybe(Meeting, mid) is not None:
            try:
                rows = build_plan(store, mid).rows
            except errors.WorkshopError:
                rows = []
        combo = self.action_combo
        if self.action_ids() == [r.action.id for r in rows]:
            for i, r in enumerate(rows):
                if combo.itemText(i) != r.title:
                    combo.setItemText(i, r.title)
            if combo.currentIndex() >= 0 or not rows:
                return
        combo.blockSignals(True)
        combo.clear()
        for r in rows:
            combo.addItem(r.title, r.action.id)
        idx = combo.findData(keep) if keep else -1
        if idx < 0 and rows:
            idx = 0
        combo.setCurrentIndex(idx)
        combo.blockSignals(False)

    def _picked(self, *_args) -> None:
        if self._dirty:
            self.commit_pending()
        self._load(self.action_combo.currentData() or "")

    def _load(self, action_id: str) -> None:
        store = self.ctx.store
        action = store.maybe(Action, action_id) if action_id else None
        self._loading = True
        try:
            self._action_id = action.id if action else ""
            meeting = store.maybe(Meeting, action.meeting_id if action else self.ctx.meeting_id)
            self._set_years(pf.plan_years(meeting, action))
            budgets = pf.budgets_of(action, meeting) if action else {}
            for year, spin in self.year_boxes.items():
                spin.setValue(budgets.get(year, 0.0))
            for name, w in self.texts.items():
                value = getattr(action, name) if action else ""
                refill(w, value, self._action_id)
            labels.fill_combo(self.response, Response,
                              action.response if action else Response.OURSELVES)
        finally:
            self._loading = False
        self._dirty = False
        for w in (self.save_button, *self.texts.values(), self.response,
                  *self.year_boxes.values()):
            w.setEnabled(action is not None)

    def _values(self) -> dict:
        texts = {name: (w.toPlainText() if isinstance(w, PlainTextField) else w.text())
                 for name, w in self.texts.items()}
        budgets = {year: spin.value() for year, spin in self.year_boxes.items()}
        return dict(texts, budgets=budgets, response=Response(self.response.currentData()))

    # ------------------------------------------------------------------ actions
    def save(self) -> bool:
        """Save the plan fields of the chosen action: one undo step."""
        aid = self._action_id
        if not aid:
            return False
        ok = bool(self.ctx.run(self.tr("Edit plan fields"), pf.set_plan, self.ctx.store, aid,
                               origin=self, **self._values()))
        if ok:
            self._dirty = False
            for w in self.texts.values():    # saved: the fields now show the stored values
                mark_shown(w)
        return ok

    def commit_pending(self) -> None:
        if self._dirty and self._action_id:
            self.save()

    def _ask_export(self, suffix: str) -> None:
        m = self.ctx.store.maybe(Meeting, self.ctx.meeting_id)
        if m is None:
            return
        which = self.scope.currentData()
        name = (self.tr("village-plan-all") if which == ALL else
                self.tr("village-plan-%1-%2").replace("%1", str(m.number)).replace(
                    "%2", str(m.be_year))) + suffix
        start = str(Path(self.ctx.store.path).with_name(name))
        filt = self.tr("PDF files (*.pdf)") if suffix == ".pdf" else self.tr(
            "Excel workbooks (*.xlsx)")
        path, _f = QFileDialog.getSaveFileName(self, self.tr("Write the village plan table"),
                                               start, filt)
        if path:
            self.export_to(path, which, str(self.plan_lang.currentData()))

    def export_to(self, path: str, which: str = "meeting", lang: str = "th",
                  trend: Optional[bool] = None) -> bool:
        """Write the plan table; ``trend``: with governance across meetings (default: as the
        check box says)."""
        from workshop.plan.output import write_plan

        self.commit_pending()
        across = self.plan_trend.isChecked() if trend is None else trend
        return bool(write_file(lambda: write_plan(
            self.ctx.store, self.ctx.meeting_id if which != ALL else ALL, path, lang, across),
            path, error=self.ctx.errorOccurred.emit, status=self.statusMessage.emit))
