"""What File ▸ Hand over… asks first: the documents' language, and which copy of the workshop
file goes with them (:func:`workshop.handover.build_package`).

The copy for handing over is the default (:func:`workshop.privacy.handover_copy`: people named
only with consent, no phones); the full copy with every personal field must be chosen.
"""
from __future__ import annotations

from typing import Optional

from PySide6.QtWidgets import (QButtonGroup, QComboBox, QDialog, QDialogButtonBox, QFormLayout,
                               QGroupBox, QLabel, QRadioButton, QVBoxLayout, QWidget)


class HandOverOptions(QDialog):
    def __init__(self, parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Hand over the meeting's documents"))
        intro = QLabel(self.tr(
            "The package holds the minutes (PDF and Word), the sign-in sheet, the community "
            "maps, the action plan, the village plan table, a copy of the workshop file and an "
            "index page."))
        intro.setWordWrap(True)
        self.language = QComboBox()
        self.language.addItem(self.tr("Thai"), "th")
        self.language.addItem(self.tr("English"), "en")
        form = QFormLayout()
        form.addRow(self.tr("Language of the documents"), self.language)

        copy = QGroupBox(self.tr("Copy of the workshop file"))
        cl = QVBoxLayout(copy)
        self.safe_copy = QRadioButton(self.tr(
            "For handing over (recommended): names only the people who agreed to be named; "
            "no phone numbers, no notes about people"))
        self.full = QRadioButton(self.tr(
            "The full file with all personal data, only for the body's own records "
            "(keep it safe: PDPA)"))
        self.safe_copy.setChecked(True)
        group = QButtonGroup(self)
        for button in (self.safe_copy, self.full):
            group.addButton(button)
            cl.addWidget(button)
        note = QLabel(self.tr(
            "The minutes and the sign-in sheet are the official record either way."))
        note.setWordWrap(True)
        cl.addWidget(note)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.next_button = buttons.addButton(self.tr("Choose where to save…"),
                                             QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(intro)
        lay.addLayout(form)
        lay.addWidget(copy)
        lay.addWidget(buttons)
        self.resize(620, self.sizeHint().height())

    def lang(self) -> str:
        return str(self.language.currentData())

    def full_copy(self) -> bool:
        return self.full.isChecked()
