"""The People page's personal-data panel: the consent rule in words, and erasing a person.

The rule is the one :mod:`workshop.privacy` applies to every output; the words here must say
exactly what it does.  Erasing (PDPA: a person asks to be forgotten) calls
:func:`workshop.privacy.erase_person` after a confirmation; it cannot be undone, so the undo
history (which still holds the person) is cleared.
"""
from __future__ import annotations

from typing import Callable, Optional

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget

from workshop import errors, privacy
from workshop.model import Person

from . import i18n
from .context import AppContext


class ConsentPanel(QWidget):
    """The rule, and an "Erase person…" button for the person in the form."""

    statusMessage = Signal(str)

    def __init__(self, ctx: AppContext, current: Callable[[], Optional[Person]],
                 parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.ctx = ctx
        self._current = current
        self.rule = QLabel(self.rule_text(), self)
        self.rule.setObjectName("consentRule")
        self.rule.setTextFormat(Qt.TextFormat.PlainText)
        self.rule.setWordWrap(True)
        self.rule.setStyleSheet("color: #444;")
        self.erase_btn = QPushButton(self.tr("Erase this person (PDPA)…"), self)
        self.erase_btn.setObjectName("erasePerson")
        self.erase_btn.clicked.connect(self.ask_and_erase)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.rule)
        lay.addWidget(self.erase_btn, 0, Qt.AlignmentFlag.AlignLeft)

    def rule_text(self) -> str:
        return self.tr(
            "Who is named (PDPA): anything published or given to others (public minutes, the "
            "published database, the action-plan CSV, anonymised exports) names a person only "
            "when this box is ticked; everyone else is counted by sector and gender. The "
            "official minutes and the sign-in sheet name the members of the body and the "
            "chair, recorder and reviewer (the body's public task), and others only with "
            "consent; the sign-in sheet leaves them a blank row. Phone numbers are never "
            "printed or published.")

    def ask_and_erase(self) -> bool:
        person = self._current()
        if person is None or self.ctx.read_only:
            return False
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Erase a person"), self.tr(
            "Erase %1 for good?\n\nThe person, their check-ins, roles and dots are removed, "
            "their name and phone are blanked wherever they were written, and the same is done "
            "in every backup of this file (a backup that cannot be cleaned is deleted). A merge "
            "will not bring them back. Copies saved elsewhere are not reached. This cannot be "
            "undone.").replace("%1", person.full_name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, self)
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Erase"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        if box.exec() != QMessageBox.StandardButton.Yes:
            return False
        return self.erase(person)

    def erase(self, person: Person) -> bool:
        try:
            report = privacy.erase_person(self.ctx.store, person.id)
        except errors.WorkshopError as exc:
            self.ctx.errorOccurred.emit(i18n.error_text(exc))
            return False
        self.ctx.undo_stack.clear()      # the history still holds the person's data
        self.statusMessage.emit(self.tr("%1 was erased from the file and %2 backups.")
                                .replace("%1", report.name)
                                .replace("%2", str(len(report.backups_cleaned)
                                                   + len(report.backups_removed))))
        return True
