"""The "Paper" tab of the Priorities page: what runs on paper beside the laptop.

* print the invitation letter (:func:`workshop.paperkit.invitation_pdf`) and blank tally
  sheets numbered as the board (:func:`workshop.paperkit.tally_pdf`);
* type the paper's totals back in by issue number, every issue in one pass: one call to
  :func:`workshop.counts.enter_tallies` through ``ctx.run``, one undo step.

The count fields are filled from the file only while nothing is typed into them.
"""
from __future__ import annotations

from pathlib import Path
from typing import Optional

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QFileDialog, QFormLayout, QFrame, QGridLayout, QGroupBox,
                               QHBoxLayout, QLabel, QLineEdit, QPushButton, QScrollArea, QSpinBox,
                               QVBoxLayout, QWidget)

from workshop.model import Meeting
from workshop.ranking import hand_counts
from workshop.counts import enter_tallies, numbered_issues

from .context import AppContext
from .filewrite import write_file


class PaperKit(QWidget):
    statusMessage = Signal(str)

    def __init__(self, ctx: AppContext, parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.ctx = ctx
        self._dirty = False
        self._loading = False
        self.spins: dict[int, QSpinBox] = {}
        self._build()
        ctx.meetingChanged.connect(lambda _id: self.reload(force=True))
        ctx.storeChanged.connect(self._on_store_changed)
        self.reload(force=True)

    def tab_title(self) -> str:
        return self.tr("Paper")

    def _build(self) -> None:
        printing = QGroupBox(self.tr("Print"))
        form = QFormLayout(printing)
        self.letter_number = QLineEdit()
        self.letter_number.setPlaceholderText(self.tr("e.g. ที่ ขก 76001/ว 125"))
        self.letter_to = QLineEdit()
        self.letter_to.setPlaceholderText(self.tr("(the participants of the forum)"))
        self.invitation_button = QPushButton(self.tr("Invitation letter with the agenda…"))
        self.invitation_button.clicked.connect(lambda: self._ask("invitation"))
        self.tally_button = QPushButton(self.tr("Blank tally sheets…"))
        self.tally_button.clicked.connect(lambda: self._ask("tally"))
        form.addRow(self.tr("Letter number"), self.letter_number)
        form.addRow(self.tr("To"), self.letter_to)
        buttons = QHBoxLayout()
        buttons.addWidget(self.invitation_button)
        buttons.addWidget(self.tally_button)
        buttons.addStretch(1)
        form.addRow("", buttons)

        typing = QGroupBox(self.tr("Type in the tallies from paper"))
        tl = QVBoxLayout(typing)
        explain = QLabel(self.tr(
            "The numbers are the issue numbers on the board and on the tally sheets. "
            "The counts become the hand counts of the issues, all in one step."))
        explain.setWordWrap(True)          # one line at normal size, two at large text
        tl.addWidget(explain)
        self.grid_host = QWidget()
        self.grid = QGridLayout(self.grid_host)
        self.grid.setColumnMinimumWidth(1, 460)  # a title on one line, mostly ...
        self.grid.setColumnStretch(3, 1)         # ... and its count right after it
        self.grid.setRowStretch(1000, 1)
        rows = QScrollArea()                     # the issues scroll; the button stays in view
        rows.setWidgetResizable(True)
        rows.setFrameShape(QFrame.Shape.NoFrame)
        rows.setWidget(self.grid_host)
        tl.addWidget(rows, 1)
        self.enter_button = QPushButton(self.tr("Enter the tallies"))
        self.enter_button.clicked.connect(self.enter)
        tl.addWidget(self.enter_button, 0, Qt.AlignmentFlag.AlignLeft)

        root = QVBoxLayout(self)
        root.addWidget(printing)
        root.addWidget(typing, 1)

    # ------------------------------------------------------------------ data
    def _on_store_changed(self, change) -> None:
        if change.touches("issues", "dot_votes", "meetings"):
            self.reload()

    def _edited(self, *_a) -> None:
        if not self._loading:
            self._dirty = True

    def reload(self, force: bool = False) -> None:
        if self._dirty and not force:
            return
        store, mid = self.ctx.store, self.ctx.meeting_id
        ok = bool(mid) and store.maybe(Meeting, mid) is not None
        self.setEnabled(ok)
        rows = numbered_issues(store, mid) if ok else []
        counts = hand_counts(store, mid) if ok else {}
        self._loading = True
        try:
            while self.grid.count():
                item = self.grid.takeAt(0)
                if item.widget() is not None:
                    item.widget().deleteLater()
            self.spins = {}
            for r, (number, iid, title) in enumerate(rows):
                spin = QSpinBox()
                spin.setRange(0, 100000)
                spin.setValue(counts.get(iid, 0))
                spin.valueChanged.connect(self._edited)
                title_label = QLabel(title)
                title_label.setTextFormat(Qt.TextFormat.PlainText)
                title_label.setWordWrap(True)
                self.grid.addWidget(QLabel(str(number)), r, 0)
                self.grid.addWidget(title_label, r, 1)
                self.grid.addWidget(spin, r, 2)
                self.spins[number] = spin
        finally:
            self._loading = False
        self._dirty = False
        self.enter_button.setEnabled(bool(rows))

    # ------------------------------------------------------------------ actions
    def counts(self) -> dict[int, int]:
        return {n: spin.value() for n, spin in self.spins.items()}

    def enter(self) -> bool:
        mid = self.ctx.meeting_id
        if not mid or not self.spins:
            return False
        done = self.ctx.run(self.tr("Enter the tallies"), enter_tallies, self.ctx.store, mid,
                            self.counts(), origin=self)
        if done:
            self._dirty = False
            self.statusMessage.emit(self.tr("%1 tallies entered").replace(
                "%1", str(done.result)))
        return bool(done)

    def commit_pending(self) -> None:
        if self._dirty:
            self.enter()

    def _ask(self, what: str) -> None:
        m = self.ctx.store.maybe(Meeting, self.ctx.meeting_id)
        if m is None:
            return
        stem = (self.tr("invitation-%1-%2") if what == "invitation" else
                self.tr("tally-sheets-%1-%2")).replace("%1", str(m.number)).replace(
            "%2", str(m.be_year))
        start = str(Path(self.ctx.store.path).with_name(stem + ".pdf"))
        path, _f = QFileDialog.getSaveFileName(self, self.tr("Save the PDF"), start,
                                               self.tr("PDF files (*.pdf)"))
        if path:
            self.write(what, path)

    def write(self, what: str, path: str) -> bool:
        from workshop.minutes.layout import write_atomic     # reportlab: only when printing
        from workshop.paperkit import Letter, invitation_pdf, tally_pdf

        store, mid = self.ctx.store, self.ctx.meeting_id

        def pdf() -> None:
            if what == "invitation":
                data = invitation_pdf(store, mid, Letter(number=self.letter_number.text(),
                                                         to=self.letter_to.text()))
            else:
                data = tally_pdf(store, mid)
            write_atomic(data, path)
        return bool(write_file(pdf, path, error=self.ctx.errorOccurred.emit,
                               status=self.statusMessage.emit))
