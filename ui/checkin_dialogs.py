"""The check-in page's dialogs: a new person (registered and checked in), the reason for an
absence, the member a substitute attends for."""
from __future__ import annotations

from typing import Optional

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout,
                               QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout,
                               QWidget)

from workshop import people
from workshop.model import Gender, Organisation, Person, Sector
from workshop.store import Store

from . import labels
from .widgets import limit_length


class NewPersonDialog(QDialog):
    """Prefix, first, last, position, organisation, gender, village no., member."""

    def __init__(self, store: Store, typed: str = "", parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.store = store
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
        self.village = QLineEdit(self)
        limit_length(self.village, "people", "village_no")
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
        form.addRow(self.tr("&Village no."), self.village)
        form.addRow("", self.member)
        form.addRow(self.warning)
        form.addRow(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(
            self.tr("Save and check in"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        for w in (self.prefix, self.first, self.last, self.position, self.organisation,
                  self.sector, self.gender, self.village, self.member):
            w.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.first.textChanged.connect(self._check_duplicates)
        self.last.textChanged.connect(self._check_duplicates)
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

    def _check_duplicates(self) -> None:
        warns = people.duplicate_warnings(self.store, self.first.text(), self.last.text())
        if warns:
            names = ", ".join(people.display_name(w.person) for w in warns[:3])
            self.warning.setText(self.tr("Already registered with this name: %1").replace(
                "%1", names))
        else:
            self.warning.setText("")

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
                   village_no=self.village.text().strip())
        return p, new_org

    def accept(self) -> None:
        if not self.first.text().strip():
            self.error.setText(self.tr("Type at least a first name."))
            self.first.setFocus()
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
    """Type to filter, Up/Down, Enter: the member someone attends in place of."""

    def __init__(self, store: Store, exclude_id: str, title: str,
                 parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.index = people.PeopleIndex(store)
        self.exclude_id = exclude_id
        lay = QVBoxLayout(self)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Type part of the member's name"))
        self.list = QListWidget(self)
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        lay.addWidget(self.search)
        lay.addWidget(self.list)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self.search.textChanged.connect(self._filter)
        self.search.installEventFilter(self)
        self._filter("")
        self.search.setFocus()

    def _filter(self, text: str) -> None:
        self.list.clear()
        for p in self.index.search(text, limit=50):
            if p.id == self.exclude_id:
                continue
            item = QListWidgetItem(people.display_name(p, self.index.orgs))
            item.setData(Qt.ItemDataRole.UserRole, p.id)
            self.list.addItem(item)
        self.list.setCurrentRow(0)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if obj is self.search and event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                step = -1 if key == Qt.Key.Key_Up else 1
                row = max(0, min(self.list.count() - 1, self.list.currentRow() + step))
                self.list.setCurrentRow(row)
                return True
        return super().eventFilter(obj, event)

    def person_id(self) -> str:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else ""


# ------------------------------------------------------------------ the page
