"""The check-in page's dialogs: a new person (registered and checked in), the reason for an
absence, the member a substitute attends for."""
from __future__ import annotations

from typing import Optional

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout,
                               QLabel, QLineEdit, QListWidget, QListWidgetItem, QPushButton,
                               QVBoxLayout, QWidget)

from workshop import namecheck, people
from workshop.model import Gender, Organisation, Person, Sector
from workshop.store import Store

from . import labels
from .people_picker import Picker
from .widgets import height_in_lines, limit_length, width_in_chars


class NewPersonDialog(QDialog):
    """Prefix, first, last, position, organisation, gender, phone, village no., member.

    Mistakes are caught before a person is created: registered people with a similar name or
    the same phone are listed, and "Check in the registered person" takes one of them
    instead (``existingChosen``); saving while they are listed asks once more.  The gender
    follows the prefix (นาย, นาง, นางสาว, Mr, Mrs...) until it is changed by hand.  A name
    typed with the keyboard on the English layout is offered converted."""

    existingChosen = Signal(str)

    def __init__(self, store: Store, typed: str = "", parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.store = store
        self._gender_by_hand = False
        self._confirmed = False
        self._dups: list[namecheck.Duplicate] = []
        self.setWindowTitle(self.tr("New person"))
        self.setObjectName("newPersonDialog")
        prefix, first, last = people.split_name(typed)
        form = QFormLayout(self)
        self.prefix = QComboBox(self)
        self.prefix.setEditable(True)
        self.prefix.addItems(labels.name_prefixes())
        self.prefix.setCurrentText(prefix)
        self.first = QLineEdit(first, self)
        limit_length(self.first, "people", "first_name")
        self.last = QLineEdit(last, self)
        limit_length(self.last, "people", "last_name")
        self.position = QLineEdit(self)
        limit_length(self.position, "people", "position")
        self.organisation = QComboBox(self)
        self.organisation.setEditable(True)
        self.organisation.addItem("", "")
        for o in people.organisations(store):
            self.organisation.addItem(o.name, o.id)
        self.organisation.setCurrentIndex(0)
        self.organisation.lineEdit().setPlaceholderText(self.tr("none, or type a new one"))
        self.sector = QComboBox(self)
        labels.fill_combo(self.sector, Sector, Sector.COMMUNITY)
        self.gender = QComboBox(self)
        labels.fill_combo(self.gender, Gender, Gender.UNSPECIFIED)
        self.gender.activated.connect(self._gender_chosen)
        self.phone = QLineEdit(self)
        limit_length(self.phone, "people", "phone")
        self.village = QLineEdit(self)
        limit_length(self.village, "people", "village_no")
        self.layout_btn = QPushButton(self)
        self.layout_btn.setObjectName("layoutOffer")
        self.layout_btn.setAutoDefault(False)
        self.layout_btn.clicked.connect(self.use_other_layout)
        self.duplicates = QListWidget(self)
        self.duplicates.setObjectName("duplicateList")
        height_in_lines(self.duplicates, maximum=4)
        self.use_existing = QPushButton(self.tr("Check in the registered person &instead"), self)
        self.use_existing.setAutoDefault(False)
        self.use_existing.clicked.connect(self._use_existing)
        self.member = QCheckBox(self.tr("Member of the forum (not only a participant)"), self)
        self.member.setChecked(True)
        self.warning = QLabel(self)
        self.warning.setTextFormat(Qt.TextFormat.PlainText)
        self.warning.setWordWrap(True)
        self.warning.setObjectName("duplicateWarning")
        self.warning.setStyleSheet("color: #8a5a00;")
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #a00000;")
        form.addRow(self.tr("&Prefix"), self.prefix)
        form.addRow(self.tr("&First name"), self.first)
        form.addRow(self.tr("&Last name"), self.last)
        form.addRow(self.tr("P&osition"), self.position)
        form.addRow(self.tr("O&rganisation"), self.organisation)
        form.addRow(self.tr("Sec&tor"), self.sector)
        form.addRow(self.tr("&Gender"), self.gender)
        form.addRow(self.tr("P&hone"), self.phone)
        form.addRow(self.tr("&Village no."), self.village)
        form.addRow("", self.member)
        form.addRow(self.layout_btn)
        form.addRow(self.warning)
        form.addRow(self.duplicates)
        form.addRow(self.use_existing)
        form.addRow(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(
            self.tr("Save and check in"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        for w in (self.prefix, self.first, self.last, self.position, self.organisation,
                  self.sector, self.gender, self.phone, self.village, self.member):
            w.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        for edit in (self.first, self.last, self.phone):
            edit.textChanged.connect(self._check_duplicates)
        self.first.textChanged.connect(self._check_layout)
        self.last.textChanged.connect(self._check_layout)
        self.prefix.currentTextChanged.connect(self._prefix_changed)
        self._prefix_changed(self.prefix.currentText())
        self._check_layout()
        self.organisation.currentTextChanged.connect(self._organisation_changed)
        self._organisation_changed(self.organisation.currentText())
        self._check_duplicates()
        # the part not typed yet gets the focus
        (self.last if first and not last else self.position if first else self.first).setFocus()

    def _existing_org(self) -> Optional[Organisation]:
        text = self.organisation.currentText().strip()
        if not text:
            return None
        i = self.organisation.findText(text)
        if i > 0:
            return self.store.maybe(Organisation, self.organisation.itemData(i))
        return people.find_organisation(self.store, text)

    def _organisation_changed(self, text: str) -> None:
        org = self._existing_org()
        self.sector.setEnabled(bool(text.strip()) and org is None)
        if org is not None:
            self.sector.setCurrentIndex(self.sector.findData(org.sector.value))

    def _prefix_changed(self, prefix: str) -> None:
        """The gender follows the prefix until it is chosen by hand."""
        if self._gender_by_hand:
            return
        g = namecheck.gender_for_prefix(prefix) or Gender.UNSPECIFIED
        self.gender.setCurrentIndex(self.gender.findData(g.value))

    def _gender_chosen(self, _index: int) -> None:
        self._gender_by_hand = True

    def _names_other_layout(self) -> Optional[tuple[str, str]]:
        first, last = self.first.text(), self.last.text()
        conv = [namecheck.wrong_layout(t) if t.strip() else "" for t in (first, last)]
        if not any(conv) or None in [c for c, t in zip(conv, (first, last)) if t.strip()]:
            return None
        return conv[0] or "", conv[1] or ""

    def _check_layout(self) -> None:
        conv = self._names_other_layout()
        self.layout_btn.setVisible(conv is not None)
        if conv is not None:
            self.layout_btn.setText(self.tr("Typed with the other keyboard layout? Use "
                                            "“%1” instead").replace("%1", " ".join(
                                                x for x in conv if x)))

    def use_other_layout(self) -> None:
        conv = self._names_other_layout()
        if conv is None:
            return
        prefix, first, last = people.split_name(" ".join(x for x in conv if x))
        if prefix and not self.prefix.currentText().strip():
            self.prefix.setCurrentText(prefix)
        self.first.setText(first if prefix else conv[0])
        self.last.setText(last if prefix else conv[1])
        self.first.setFocus()

    def _check_duplicates(self) -> None:
        self._dups = namecheck.likely_duplicates(self.store, self.first.text(),
                                                 self.last.text(), self.phone.text())
        self._confirmed = False
        self.duplicates.clear()
        why = {"same name": self.tr("same name"), "similar name": self.tr("similar name"),
               "same phone": self.tr("same phone number")}
        for d in self._dups:
            item = QListWidgetItem(f"{people.display_name(d.person)} — {why[d.reason]}")
            item.setData(Qt.ItemDataRole.UserRole, d.person.id)
            self.duplicates.addItem(item)
        if self._dups:
            self.duplicates.setCurrentRow(0)
            self.warning.setText(self.tr("May already be registered: check in the registered "
                                         "person, or save a new person if it is someone else."))
        else:
            self.warning.setText("")
        for w in (self.duplicates, self.use_existing):
            w.setVisible(bool(self._dups))
        self._save_button().setText(self.tr("Save and check in"))

    def _save_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Save)

    def _use_existing(self) -> None:
        item = self.duplicates.currentItem()
        if item is None:
            return
        self.existingChosen.emit(item.data(Qt.ItemDataRole.UserRole))
        self.reject()

    def person_and_organisation(self) -> tuple[Person, Optional[Organisation]]:
        org = self._existing_org()
        new_org = None
        text = self.organisation.currentText().strip()
        if text and org is None:
            new_org = Organisation(name=text, sector=Sector(self.sector.currentData()))
        p = Person(prefix=self.prefix.currentText().strip(),
                   first_name=self.first.text().strip(), last_name=self.last.text().strip(),
                   position=self.position.text().strip(),
                   organisation_id=org.id if org else None,
                   gender=Gender(self.gender.currentData()),
                   phone=self.phone.text().strip(),
                   village_no=self.village.text().strip())
        return p, new_org

    def accept(self) -> None:
        if not self.first.text().strip():
            self.error.setText(self.tr("Type at least a first name."))
            self.first.setFocus()
            return
        if self._dups and not self._confirmed:        # offered before a person is created
            self._confirmed = True
            self._save_button().setText(self.tr("Save as a new person anyway"))
            self.duplicates.setFocus()
            return
        super().accept()


class ReasonDialog(QDialog):
    def __init__(self, title: str, prompt: str, parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        lay = QVBoxLayout(self)
        label = QLabel(prompt, self)
        label.setTextFormat(Qt.TextFormat.PlainText)
        self.reason = QLineEdit(self)
        limit_length(self.reason, "attendance", "reason")
        label.setBuddy(self.reason)
        lay.addWidget(label)
        lay.addWidget(self.reason)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self.reason.setFocus()


class PickPersonDialog(QDialog):
    """Type to find, Up/Down, Enter: the member someone attends in place of (the register
    picker, the person themselves left out)."""

    def __init__(self, ctx, exclude_id: str, title: str, parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        lay = QVBoxLayout(self)
        self.search = Picker(ctx, self, none_text=self.tr("Type part of the member's name"))
        self.search.exclude = {exclude_id}
        width_in_chars(self.search, minimum=44)
        lay.addWidget(self.search)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self.search.setFocus()

    def person_id(self) -> str:
        return self.search.value() or ""


# ------------------------------------------------------------------ the page
