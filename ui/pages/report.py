"""Minutes and reports (รายงานการประชุม): the last page of a meeting.

* Export the minutes of the current meeting as PDF (Thai or English, Thai digits), the sign-in
  sheet (with blank rows) and the action plan with pledges as CSV.  The content is gathered
  from the store on the GUI thread; the PDF is laid out in a worker thread (no store there)
  and written atomically by :func:`workshop.minutes.layout.write_atomic`.
* A readiness checklist computed from the record (:mod:`workshop.readiness`): each line is ✓
  or a warning with a button that opens the page that fixes it.
* The collaborative-governance assessment (:func:`workshop.governance.assess`): the six
  conditions and four principles, each met / partly / not met (colour and text) with its
  evidence, worded here from the structured evidence.
"""
from __future__ import annotations

import threading
from pathlib import Path
from typing import Callable, Optional

from PySide6.QtCore import QObject, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QShowEvent
from PySide6.QtWidgets import (
    QApplication, QCheckBox, QComboBox, QFileDialog, QFormLayout, QFrame, QGridLayout,
    QGroupBox, QHBoxLayout, QLabel, QMessageBox, QPushButton, QScrollArea,
    QSpinBox, QVBoxLayout, QWidget,
)

from workshop import actions as actions_mod
from workshop import governance
from workshop.model import Meeting
from workshop.readiness import readiness
from workshop.store import Change

from .. import i18n
from .. import settings as S
from ..context import AppContext
from ..filewrite import write_error_text
from ..widgets import FlowLayout, TitleMayClipBox, scrolling, width_for_texts, width_in_chars
from . import Page
from . import report_wording as wording

# the page that fixes each readiness check / governance finding (by module name)
FIX_PAGE = {
    "officers": "ui.pages.setup", "times": "ui.pages.setup", "resolutions": "ui.pages.agenda",
    "follow_up": "ui.pages.agenda", "attendance": "ui.pages.checkin",
    "pending": "ui.pages.decisions",
    "initiation": "ui.pages.setup", "actors": "ui.pages.checkin", "roles": "ui.pages.roles",
    "structure": "ui.pages.setup", "decision": "ui.pages.decisions", "goal": "ui.pages.setup",
    "participation": "ui.pages.speakers", "transparency": "ui.pages.decisions",
    "accountability": "ui.pages.actions", "legitimacy": "ui.pages.setup",
}
LEVEL_COLOURS = {governance.MET: ("#1b6e34", "#e3f3e6"),
                 governance.PARTLY: ("#8a4b00", "#fdf0d8"),
                 governance.NOT_MET: ("#a3231b", "#fbe3e1")}
OK_COLOUR, WARN_COLOUR = "#1b6e34", "#8a4b00"
PARTS = ("meeting", "checklist", "governance")
# what each part reads (workshop.readiness, workshop.governance)
CHECKLIST_TABLES = ("meetings", "agenda_items", "proposals", "attendance")
GOVERNANCE_TABLES = ("meetings", "attendance", "people", "organisations", "network_roles",
                     "meeting_roles", "proposals", "contributions", "actions")


def default_name(kind: str, number: int, be_year: int, lang: str) -> str:
    """A file name for an export, in the document's language (e.g. ``minutes-3-2569.pdf``)."""
    th = {"minutes": "รายงานการประชุม-ครั้งที่{n}-{y}.pdf",
          "minutes_docx": "รายงานการประชุม-ครั้งที่{n}-{y}.docx",
          "signin": "แบบลงทะเบียน-ครั้งที่{n}-{y}.pdf",
          "actions": "แผนปฏิบัติการ-ครั้งที่{n}-{y}.csv"}
    en = {"minutes": "minutes-{n}-{y}.pdf", "minutes_docx": "minutes-{n}-{y}.docx",
          "signin": "signin-sheet-{n}-{y}.pdf",
          "actions": "action-plan-{n}-{y}.csv"}
    return (th if lang == "th" else en)[kind].format(n=number, y=be_year)


def _minutes():
    """The minutes modules, imported on first export: reportlab and uharfbuzz are not
    loaded at start-up."""
    from workshop.minutes import content, layout

    return content, layout


class _Bridge(QObject):
    """Carries a worker thread's result back to the GUI thread (a queued signal)."""
    done = Signal(object, object, object)   # job, bytes or None, exception or None


class ReportPage(Page):
    icon_name = "report"
    requestPage = Signal(str)
    statusMessage = Signal(str)
    exported = Signal(str)          # the path of a file just written

    def __init__(self, ctx: AppContext, parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.ctx = ctx
        self.store = ctx.store
        self._settings: Optional[S.Settings] = None
        self._stale: set[str] = set(PARTS)     # the parts to work out again when shown
        self._busy = False
        self._bridge = _Bridge(self)
        self._bridge.done.connect(self._on_rendered)

        self.heading = QLabel(self.tr("Minutes and reports"), self)
        f = self.heading.font()
        f.setPointSizeF(f.pointSizeF() * 1.3)
        f.setBold(True)
        self.heading.setFont(f)
        self.meeting_line = QLabel(self)
        self.meeting_line.setTextFormat(Qt.TextFormat.PlainText)
        self.meeting_line.setObjectName("reportMeeting")
        self.meeting_line.setProperty("userText", True)   # the meeting's title
        self.meeting_line.setWordWrap(True)

        left = QVBoxLayout()
        left.addWidget(self._build_export())
        left.addWidget(self._build_checklist())
        self.about_label = QLabel(self.tr(
            "The assessment on the right is judged only from what was recorded in this "
            "meeting — who came from which sector, the roles, the decisions, the action plan — "
            "nothing is typed in as a score. A line that is not met shows what to record, "
            "and Go opens the page for it."), self)
        self.about_label.setWordWrap(True)
        self.about_label.setStyleSheet("color: #555;")
        left.addWidget(self.about_label)
        left.addStretch(1)
        right = self._build_governance()

        body = QHBoxLayout()
        body.addWidget(scrolling(left, keep_width=True), 5)     # it scrolls at 150 % text
        body.addWidget(right, 6)
        lay = QVBoxLayout(self)
        lay.addWidget(self.heading)
        lay.addWidget(self.meeting_line)
        lay.addLayout(body, 1)

        ctx.storeChanged.connect(self._on_store_changed)
        ctx.meetingChanged.connect(self._on_meeting_changed)
        self.refresh()

    def load(self) -> None:
        self.refresh()

    # ------------------------------------------------------------------ building
    def _build_export(self) -> QGroupBox:
        box = QGroupBox(self.tr("Hand the village its documents"), self)
        form = QFormLayout(box)
        self.lang = QComboBox(box)
        self.lang.setObjectName("reportLanguage")
        self.lang.addItem(self.tr("Thai"), "th")
        self.lang.addItem(self.tr("English"), "en")
        self.lang.setCurrentIndex(0 if i18n.current() == "th" else 1)
        self.lang.currentIndexChanged.connect(
            lambda: self.thai_digits.setEnabled(self._language() == "th"))
        self.thai_digits = QCheckBox(self.tr("Thai &digits (๑๒๓)"), box)
        self.thai_digits.setObjectName("thaiDigits")
        self.thai_digits.setEnabled(self._language() == "th")
        lrow = QHBoxLayout()
        lrow.addWidget(self.lang)
        lrow.addWidget(self.thai_digits)
        lrow.addStretch(1)
        form.addRow(self.tr("&Language:"), lrow)
        if (lbl := form.labelForField(lrow)) is not None:
            lbl.setBuddy(self.lang)

        self.minutes_btn = QPushButton(self.tr("Export &minutes as PDF… (Ctrl+E)"), box)
        self.minutes_btn.setObjectName("exportMinutes")
        self.minutes_btn.setDefault(True)
        self.minutes_btn.clicked.connect(self.export_minutes)
        self.docx_btn = QPushButton(self.tr("Minutes as &Word (DOCX)…"), box)
        self.docx_btn.setObjectName("exportMinutesDocx")
        self.docx_btn.setToolTip(self.tr("An editable copy for the office to finish and sign"))
        self.docx_btn.clicked.connect(self.export_minutes_docx)
        mrow = FlowLayout()             # on two lines when the text is large
        mrow.addWidget(self.minutes_btn)
        mrow.addWidget(self.docx_btn)
        form.addRow(mrow)
        self.annex_box = QCheckBox(self.tr("Add the governance assessment as an &annex"), box)
        self.annex_box.setObjectName("governanceAnnex")
        form.addRow(self.annex_box)
        self.network_box = QCheckBox(self.tr("Add the actor &network (picture and table) as an "
                                             "annex"), box)
        self.network_box.setChecked(self.settings.get(S.NETWORK_ANNEX))
        self.network_box.toggled.connect(lambda on: self.settings.set(S.NETWORK_ANNEX, on))
        form.addRow(self.network_box)
        self.trend_box = QCheckBox(self.tr("Add governance across meetings (figures with their "
                                           "&trend) as an annex"), box)
        self.trend_box.setObjectName("trendAnnex")
        self.trend_box.setChecked(self.settings.get(S.TREND_ANNEX))
        self.trend_box.toggled.connect(lambda on: self.settings.set(S.TREND_ANNEX, on))
        form.addRow(self.trend_box)

        srow = QHBoxLayout()
        self.signin_btn = QPushButton(self.tr("&Sign-in sheet as PDF…"), box)
        self.signin_btn.setObjectName("exportSignin")
        self.signin_btn.clicked.connect(self.export_signin)
        self.blank_rows = QSpinBox(box)
        self.blank_rows.setObjectName("blankRows")
        self.blank_rows.setRange(0, 200)
        self.blank_rows.setValue(10)
        self.blank_rows.setToolTip(self.tr("Empty rows for people who were not registered"))
        blank_label = QLabel(self.tr("&Blank rows:"), box)
        blank_label.setBuddy(self.blank_rows)
        srow.addWidget(self.signin_btn, 1)
        srow.addWidget(blank_label)
        srow.addWidget(self.blank_rows)
        form.addRow(srow)

        self.csv_btn = QPushButton(self.tr("&Action plan and pledges as CSV (Excel)…"), box)
        self.csv_btn.setObjectName("exportActions")
        self.csv_btn.clicked.connect(self.export_actions)
        form.addRow(self.csv_btn)
        self.last_label = QLabel(box)
        self.last_label.setObjectName("lastExport")
        self.last_label.setTextFormat(Qt.TextFormat.PlainText)
        self.last_label.setWordWrap(True)
        self.last_label.setProperty("userText", True)   # a file path
        form.addRow(self.last_label)
        return box

    def _build_checklist(self) -> QGroupBox:
        box = QGroupBox(self.tr("Before you export: what the record says"), self)
        self.check_grid = QGridLayout(box)
        self.check_grid.setColumnStretch(1, 1)
        self.check_rows: dict[str, tuple[QLabel, QLabel, QPushButton]] = {}
        buttons = {"officers": self.tr("Name them…"), "times": self.tr("Set the times…"),
                   "resolutions": self.tr("Open the agenda…"),
                   "follow_up": self.tr("Open the agenda…"),
                   "attendance": self.tr("Open check-in…"),
                   "pending": self.tr("Open decisions…")}
        for row, key in enumerate(("officers", "times", "resolutions", "follow_up",
                                   "attendance", "pending")):
            mark = QLabel(box)
            mark.setObjectName(f"mark_{key}")
            mark.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
            width_in_chars(mark, minimum=2.7)
            text = QLabel(box)
            text.setObjectName(f"check_{key}")
            text.setTextFormat(Qt.TextFormat.PlainText)
            text.setWordWrap(True)
            btn = QPushButton(buttons[key], box)
            btn.setObjectName(f"fix_{key}")
            btn.clicked.connect(lambda _=False, k=key: self.requestPage.emit(FIX_PAGE[k]))
            self.check_grid.addWidget(mark, row, 0)
            self.check_grid.addWidget(text, row, 1)
            self.check_grid.addWidget(btn, row, 2, Qt.AlignmentFlag.AlignTop)
            self.check_rows[key] = (mark, text, btn)
        self.check_summary = QLabel(box)
        self.check_summary.setObjectName("checkSummary")
        self.check_summary.setWordWrap(True)
        self.check_grid.addWidget(self.check_summary, len(self.check_rows), 0, 1, 3)
        return box

    def _build_governance(self) -> QGroupBox:
        box = TitleMayClipBox(self.tr("Collaborative governance: what the record shows"), self)
        outer = QVBoxLayout(box)
        scroll = QScrollArea(box)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        inner = QWidget(scroll)
        self.gov_layout = QVBoxLayout(inner)
        self.gov_layout.setSpacing(6)
        self.gov_rows: dict[str, tuple[QLabel, QLabel, QLabel, QPushButton]] = {}
        names = wording.finding_names()
        for title, keys in ((self.tr("The six conditions"), governance.CONDITIONS),
                            (self.tr("The four principles of good governance"),
                             governance.PRINCIPLES)):
            head = QLabel(title, inner)
            hf = head.font()
            hf.setBold(True)
            hf.setPointSizeF(hf.pointSizeF() * 1.1)
            head.setFont(hf)
            head.setWordWrap(True)
            self.gov_layout.addWidget(head)
            for key in keys:
                row = QWidget(inner)
                row.setObjectName(f"finding_{key}")
                rl = QHBoxLayout(row)
                rl.setContentsMargins(0, 0, 0, 0)
                badge = QLabel(row)
                badge.setObjectName(f"level_{key}")
                badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
                width_for_texts(badge, wording.level_texts(), bold=True, pad=2.5)
                name = QLabel(names[key][0], row)
                nf = name.font()
                nf.setBold(True)
                name.setFont(nf)
                name.setWordWrap(True)          # a long name on two lines at 150 % text
                name.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
                desc = QLabel(names[key][1], row)
                desc.setObjectName(f"about_{key}")
                desc.setWordWrap(True)
                desc.setStyleSheet("color: #555;")
                name_row = FlowLayout(spacing=8)    # what it means under the name if narrow
                name_row.addWidget(name)
                name_row.addWidget(desc)
                evidence = QLabel(row)
                evidence.setObjectName(f"evidence_{key}")
                evidence.setTextFormat(Qt.TextFormat.PlainText)
                evidence.setWordWrap(True)
                btn = QPushButton(self.tr("Go"), row)
                btn.setObjectName(f"go_{key}")
                btn.setToolTip(self.tr("Open the page where this is recorded"))
                btn.clicked.connect(lambda _=False, k=key: self.requestPage.emit(FIX_PAGE[k]))
                text_box = QVBoxLayout()
                text_box.setSpacing(1)
                text_box.addLayout(name_row)
                text_box.addWidget(evidence)
                badge_col = QVBoxLayout()           # Go under the badge: the text keeps the width
                badge_col.addWidget(badge)
                badge_col.addWidget(btn, 0, Qt.AlignmentFlag.AlignHCenter)
                badge_col.addStretch(1)
                rl.addLayout(badge_col)
                rl.addLayout(text_box, 1)
                self.gov_layout.addWidget(row)
                self.gov_rows[key] = (badge, name, evidence, btn)
        self.gov_layout.addStretch(1)
        scroll.setWidget(inner)
        outer.addWidget(scroll)
        return box

    # ------------------------------------------------------------------ refresh
    def _on_store_changed(self, change: Change) -> None:
        """Each part (the checklist, the assessment) is worked out again only when a change
        touched what it reads, and only once shown."""
        if change.touches("meetings"):
            self._stale.add("meeting")
        if change.touches(*CHECKLIST_TABLES):
            self._stale.add("checklist")
        if change.touches(*GOVERNANCE_TABLES):
            self._stale.add("governance")
        if self._stale and self.isVisible():
            self._show_stale()

    def _on_meeting_changed(self, _meeting_id: str) -> None:
        self._stale = set(PARTS)
        if self.isVisible():
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        if self._stale:
            self._show_stale()
        super().showEvent(event)

    def meeting(self) -> Optional[Meeting]:
        return self.store.maybe(Meeting, self.ctx.meeting_id) if self.ctx.meeting_id else None

    def refresh(self) -> None:
        """Every part for the current meeting."""
        self._stale = set(PARTS)
        self._show_stale()

    def _show_stale(self) -> None:
        stale, self._stale = self._stale, set()
        m = self.meeting()
        for b in (self.minutes_btn, self.docx_btn, self.signin_btn, self.csv_btn):
            b.setEnabled(m is not None and not self._busy)
        if m is None:
            self.meeting_line.setText(self.tr("No meeting chosen"))
            for mark, text, btn in self.check_rows.values():
                mark.setText("")
                text.setText("")
                btn.setVisible(False)
            self.check_summary.setText("")
            for badge, _name, evidence, btn in self.gov_rows.values():
                badge.setText("")
                badge.setStyleSheet("")
                evidence.setText("")
                btn.setVisible(False)
            return
        if "meeting" in stale:
            head = self.tr("Meeting %1/%2").replace("%1", str(m.number)).replace(
                "%2", str(m.be_year))
            when = i18n.format_date(m.date) if m.date else ""
            self.meeting_line.setText(" · ".join(x for x in (head, m.title, when) if x))
        if "checklist" in stale:
            self._show_checklist(m)
        if "governance" in stale:
            self._show_governance(m)

    def _show_checklist(self, m: Meeting) -> None:
        checks = readiness(self.store, m.id)
        for c in checks:
            mark, text, btn = self.check_rows[c.key]
            mark.setText("✓" if c.ok else "⚠")
            mark.setStyleSheet(f"color: {OK_COLOUR if c.ok else WARN_COLOUR}; font-weight: bold;")
            mark.setToolTip(self.tr("Complete") if c.ok else self.tr("To check"))
            text.setText(wording.check_text(c))
            btn.setVisible(not c.ok)
        todo = sum(not c.ok for c in checks)
        self.check_summary.setText(
            self.tr("The record is complete: ready to export.") if not todo else
            self.tr("%1 things to check. You can still export; the minutes show what was "
                    "recorded.").replace("%1", str(todo)))

    def _show_governance(self, m: Meeting) -> None:
        a = governance.assess(self.store, m.id)
        for f in a.conditions + a.principles:
            badge, _name, evidence, btn = self.gov_rows[f.key]
            fg, bg = LEVEL_COLOURS[f.level]
            badge.setText(wording.level_text(f.level))
            badge.setProperty("level", f.level)
            badge.setStyleSheet(f"color: {fg}; background: {bg}; border: 1px solid {fg};"
                                " border-radius: 4px; padding: 2px 6px; font-weight: bold;")
            evidence.setText("\n".join(wording.evidence_lines(f)))
            btn.setVisible(f.level != governance.MET)

    # ------------------------------------------------------------------ exporting
    @property
    def settings(self) -> S.Settings:
        if self._settings is None:
            self._settings = S.Settings()
        return self._settings

    def _start_dir(self) -> Path:
        last = self.settings.get(S.EXPORT_DIR)
        if last and Path(last).is_dir():
            return Path(last)
        return Path(self.store.path).parent

    def _ask_save_path(self, title: str, name: str, file_filter: str, suffix: str) -> str:
        path, _ = QFileDialog.getSaveFileName(self, title, str(self._start_dir() / name),
                                              file_filter)
        if path and not path.lower().endswith(suffix):
            path += suffix
        return path

    def _language(self) -> str:
        return self.lang.currentData() or "th"

    def export_minutes(self) -> None:
        """Ask where, gather the minutes, lay them out in a worker thread, then write."""
        m = self.meeting()
        if m is None or self._busy:
            return
        lang = self._language()
        path = self._ask_save_path(self.tr("Export the minutes"),
                                   default_name("minutes", m.number, m.be_year, lang),
                                   self.tr("PDF files (*.pdf)"), ".pdf")
        if not path:
            return
        digits = self.thai_digits.isChecked()
        content, layout = _minutes()
        annex = self._annex(m)
        self._build(path, lambda: content.build_minutes(self.store, m.id),
                    lambda mins: layout.render_minutes(mins, lang, digits, annex),
                    self.tr("The minutes were saved as:"))

    def _annex(self, m):
        """The annexes asked for (read here, on the GUI thread: the worker has no store)."""
        from workshop.minutes.annex import Annexes
        from workshop.minutes.network_annex import build_network_annex
        from workshop.minutes.trend_annex import build_trend_annex

        return Annexes(governance.assess(self.store, m.id) if self.annex_box.isChecked()
                       else None, build_network_annex(self.store, m.id)
                       if self.network_box.isChecked() else None,
                       build_trend_annex(self.store, m.id) if self.trend_box.isChecked()
                       else None)

    def export_minutes_docx(self) -> None:
        """The minutes as an editable Word copy (same content as the PDF)."""
        m = self.meeting()
        if m is None or self._busy:
            return
        lang = self._language()
        path = self._ask_save_path(self.tr("Export the minutes as Word"),
                                   default_name("minutes_docx", m.number, m.be_year, lang),
                                   self.tr("Word documents (*.docx)"), ".docx")
        if not path:
            return
        digits = self.thai_digits.isChecked()
        content, _layout = _minutes()
        from workshop.minutes import word

        annex = self._annex(m)
        self._build(path, lambda: content.build_minutes(self.store, m.id),
                    lambda mins: word.render_minutes_docx(mins, lang, digits, annex),
                    self.tr("The minutes were saved as:"))

    def export_signin(self) -> None:
        m = self.meeting()
        if m is None or self._busy:
            return
        lang = self._language()
        path = self._ask_save_path(self.tr("Export the sign-in sheet"),
                                   default_name("signin", m.number, m.be_year, lang),
                                   self.tr("PDF files (*.pdf)"), ".pdf")
        if not path:
            return
        digits, blank = self.thai_digits.isChecked(), self.blank_rows.value()
        content, layout = _minutes()
        self._build(path, lambda: content.build_signin(self.store, m.id),
                    lambda sheet: layout.render_signin(sheet, lang, digits, blank_rows=blank),
                    self.tr("The sign-in sheet was saved as:"))

    def export_actions(self) -> None:
        m = self.meeting()
        if m is None or self._busy:
            return
        path = self._ask_save_path(self.tr("Export the action plan"),
                                   default_name("actions", m.number, m.be_year,
                                                self._language()),
                                   self.tr("CSV files (*.csv)"), ".csv")
        if not path:
            return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            actions_mod.write_csv(self.store, m.id, path)
        except OSError as exc:
            QApplication.restoreOverrideCursor()
            self._failed(exc)
            return
        QApplication.restoreOverrideCursor()
        self._written(Path(path), self.tr("The action plan and pledges were saved as:"))

    def _build(self, path: str, gather: Callable[[], object],
               render: Callable[[object], bytes], done_text: str) -> None:
        """Gather on this thread (the store is not shared), render in a worker thread."""
        self._set_busy(True)
        try:
            content = gather()
        except Exception:
            self._set_busy(False)
            raise
        job = (path, done_text)

        def work() -> None:
            data, error = None, None
            try:
                data = render(content)
            except Exception as exc:  # noqa: BLE001 - reported on the GUI thread
                error = exc
            try:
                self._bridge.done.emit(job, data, error)
            except RuntimeError:   # the page went away while laying out
                pass

        self.statusMessage.emit(self.tr("Laying out the PDF…"))
        threading.Thread(target=work, name="report-render", daemon=True).start()

    def _on_rendered(self, job, data: Optional[bytes], error: Optional[BaseException]) -> None:
        path, done_text = job
        try:
            if error is not None:
                raise error
            out = _minutes()[1].write_atomic(data, path)
        except OSError as exc:
            self._set_busy(False)
            self._failed(exc)
            return
        except Exception:
            self._set_busy(False)
            raise
        self._set_busy(False)
        self._written(out, done_text)

    def _set_busy(self, busy: bool) -> None:
        if busy == self._busy:
            return
        self._busy = busy
        if busy:
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        else:
            QApplication.restoreOverrideCursor()
        on = not busy and self.meeting() is not None
        for b in (self.minutes_btn, self.docx_btn, self.signin_btn, self.csv_btn):
            b.setEnabled(on)

    def shutdown(self) -> None:
        """The file is about to close: a PDF still being laid out is abandoned (its worker
        finds the page gone) and the wait cursor goes with it."""
        self._set_busy(False)

    @property
    def busy(self) -> bool:
        return self._busy

    def _failed(self, exc: OSError) -> None:
        self.ctx.errorOccurred.emit(write_error_text(exc))

    def _written(self, path: Path, done_text: str) -> None:
        self.settings.set(S.EXPORT_DIR, str(path.parent))
        self.last_label.setText(str(path))
        self.statusMessage.emit(self.tr("Saved %1").replace("%1", path.name))
        self.exported.emit(str(path))
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(self.tr("Exported"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(f"{done_text}\n{path}")
        box.setStandardButtons(QMessageBox.StandardButton.Open
                               | QMessageBox.StandardButton.Close)
        box.button(QMessageBox.StandardButton.Open).setText(self.tr("&Open it"))
        box.button(QMessageBox.StandardButton.Close).setText(self.tr("&Close"))
        box.setDefaultButton(QMessageBox.StandardButton.Open)
        if box.exec() == QMessageBox.StandardButton.Open:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
