"""People and organisations: the registry kept across meetings.

Search as you type (Thai or English; name, position, organisation, phone), edit a person or
an organisation in the form beside the list, duplicates are warned about while typing, and a
people list can be imported from a CSV file.  Every change is one undo step.
"""
from __future__ import annotations

from pathlib import Path
from typing import Optional

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QFileDialog, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit,
    QPushButton, QSplitter, QTabWidget, QVBoxLayout, QWidget,
)

from workshop import namecheck, people
from workshop import people as people_svc
from workshop.model import Gender, Person
from workshop.store import Change

from .. import i18n, labels
from ..consent import ConsentPanel
from ..context import AppContext
from ..typed import mark_shown, refill
from ..models.people_model import PeopleModel
from ..widgets import FlowLayout, columns_in_chars, limit_length, scrolling
from . import Page
from .people_orgs import OrganisationsTab, registry_table

try:  # the people-CSV import (workshop/people_csv.py)
    from workshop.people_csv import import_people_csv
except ImportError:  # pragma: no cover - the button is left out without it
    import_people_csv = None

class PeoplePage(Page):
    icon_name = "people"
    statusMessage = Signal(str)

    def __init__(self, ctx: AppContext, parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.ctx = ctx
        self.store = ctx.store
        self._index: Optional[people.PeopleIndex] = None
        self._editing_id: Optional[str] = None
        self._loading = False

        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._build_people_tab(), self.tr("&People"))
        self.orgs = OrganisationsTab(ctx, self, self)
        self.tabs.addTab(self.orgs, self.tr("&Organisations"))
        self.tabs.currentChanged.connect(self._leave_forms)
        lay = QVBoxLayout(self)
        lay.addWidget(self.tabs)

        QShortcut(QKeySequence("Ctrl+F"), self, self._focus_search)
        QShortcut(QKeySequence("Ctrl+Shift+N"), self, self._new_in_tab)  # Ctrl+N: File ▸ New
        ctx.storeChanged.connect(self._on_store)
        ctx.meetingChanged.connect(lambda _m: None)   # the registry is kept across meetings
        self.reload()

    def load(self) -> None:
        self.reload()

    # -------------------------------------------------------------- people tab
    def _build_people_tab(self) -> QWidget:
        tab = QWidget(self)
        self.search = QLineEdit(tab)
        self.search.setObjectName("peopleSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr(
            "Search by name, position, organisation or phone (Thai or English)"))
        self.search.textChanged.connect(self._refilter)
        self.count_label = QLabel(tab)
        self.model = PeopleModel(self)
        self.table = registry_table(tab, self.model)
        self.table.setObjectName("peopleTable")
        columns_in_chars(self.table, (25, 18, 15, 15, 10, 8.5))
        self.table.selectionModel().currentRowChanged.connect(self._person_selected)
        self.new_btn = QPushButton(self.tr("&New person (Ctrl+Shift+N)"), tab)
        self.delete_btn = QPushButton(self.tr("&Delete person"), tab)
        self.new_btn.clicked.connect(lambda: self.new_person())
        self.delete_btn.clicked.connect(self.delete_person)
        buttons = FlowLayout()          # on two lines when the text is large
        buttons.addWidget(self.new_btn)
        buttons.addWidget(self.delete_btn)
        self.import_btn: Optional[QPushButton] = None
        if import_people_csv is not None:
            self.import_btn = QPushButton(self.tr("&Import CSV…"), tab)
            self.import_btn.clicked.connect(self._choose_csv)
            buttons.addWidget(self.import_btn)
        buttons.addStretch(1)
        self.import_label = QLabel(tab)
        self.import_label.setTextFormat(Qt.TextFormat.PlainText)
        self.import_label.setWordWrap(True)

        left = QWidget(tab)
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(self.search)
        ll.addWidget(self.count_label)
        ll.addWidget(self.table, 1)
        ll.addLayout(buttons)
        ll.addWidget(self.import_label)

        form_box = QGroupBox(self.tr("Person"), tab)
        self.form_title = form_box
        form = QFormLayout(form_box)
        self.prefix = QComboBox(form_box)
        self.prefix.setEditable(True)
        self.prefix.addItems(("", *labels.name_prefixes()))
        self.first = QLineEdit(form_box)
        limit_length(self.first, "people", "first_name")
        self.last = QLineEdit(form_box)
        limit_length(self.last, "people", "last_name")
        self.position = QLineEdit(form_box)
        limit_length(self.position, "people", "position")
        self.organisation = QComboBox(form_box)
        self.gender = QComboBox(form_box)
        labels.fill_combo(self.gender, Gender, Gender.UNSPECIFIED)
        # the gender follows the prefix (นาย, นาง, นางสาว...) until it is chosen by hand,
        # as in check-in's new person dialog
        self._gender_by_hand = False
        self.gender.activated.connect(lambda _i: setattr(self, "_gender_by_hand", True))
        self.prefix.currentTextChanged.connect(self._prefix_changed)
        self.phone = QLineEdit(form_box)
        limit_length(self.phone, "people", "phone")
        self.village = QLineEdit(form_box)
        limit_length(self.village, "people", "village_no")
        self.consent = QCheckBox(self.tr("Agreed that the name may be recorded and published"),
                                 form_box)
        self.notes = QLineEdit(form_box)
        limit_length(self.notes, "people", "notes")
        self.warning = QLabel(form_box)
        self.warning.setObjectName("duplicateWarning")
        self.warning.setTextFormat(Qt.TextFormat.PlainText)
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #8a5a00;")
        self.save_btn = QPushButton(self.tr("&Save (Ctrl+Enter)"), form_box)
        self.revert_btn = QPushButton(self.tr("Re&vert"), form_box)
        self.save_btn.clicked.connect(self.save_person)
        self.revert_btn.clicked.connect(self._revert_person)
        form.addRow(self.tr("Prefix"), self.prefix)
        form.addRow(self.tr("&First name"), self.first)
        form.addRow(self.tr("&Last name"), self.last)
        form.addRow(self.tr("Position"), self.position)
        form.addRow(self.tr("Organisation"), self.organisation)
        form.addRow(self.tr("Gender"), self.gender)
        form.addRow(self.tr("Phone"), self.phone)
        form.addRow(self.tr("Village no."), self.village)
        form.addRow("", self.consent)
        self.consent_panel = ConsentPanel(self.ctx, self._person_in_form, form_box)  # PDPA
        self.consent_panel.statusMessage.connect(self.statusMessage)
        form.addRow("", self.consent_panel)
        form.addRow(self.tr("Notes"), self.notes)
        form.addRow(self.warning)
        row = QHBoxLayout()
        row.addWidget(self.save_btn)
        row.addWidget(self.revert_btn)
        form.addRow(row)
        for w in (self.first, self.last, self.phone):
            w.textChanged.connect(self._check_duplicates)
        for w in (self.first, self.last, self.position, self.phone, self.village, self.notes):
            w.returnPressed.connect(self.save_person)
        QShortcut(QKeySequence("Ctrl+Return"), form_box, self.save_person,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)

        split = QSplitter(Qt.Orientation.Horizontal, tab)
        split.addWidget(left)
        split.addWidget(scrolling(form_box, keep_width=True))   # taller than the room at 150 %
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setCollapsible(0, False)
        lay = QVBoxLayout(tab)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(split)
        order = [self.search, self.table, self.new_btn, self.delete_btn]
        if self.import_btn is not None:
            order.append(self.import_btn)
        order += [self.prefix, self.first, self.last, self.position, self.organisation,
                  self.gender, self.phone, self.village, self.consent, self.notes,
                  self.save_btn, self.revert_btn]
        for a, b in zip(order, order[1:]):
            QWidget.setTabOrder(a, b)
        return tab

    # -------------------------------------------------------------- loading
    def reload(self) -> None:
        """The whole registry anew."""
        self._show_registry(merge=False)

    def _show_registry(self, merge: bool) -> None:
        """Both lists (``merge``: only the rows that differ change, no reset, so the
        selection and the scroll position stay) and the organisations to choose from."""
        self._index = people.PeopleIndex(self.store)
        orgs = people.organisations(self.store)
        members: dict[str, int] = {}
        for p in self._index.people:
            if p.organisation_id:
                members[p.organisation_id] = members.get(p.organisation_id, 0) + 1
        choices = [("", self.tr("(none)"))] + [
            (o.id, o.name + (f" ({o.short_name})" if o.short_name else "")) for o in orgs]
        combo = self.organisation
        if [(combo.itemData(k), combo.itemText(k)) for k in range(combo.count())] != choices:
            self._loading = True
            try:
                current = combo.currentData()
                combo.clear()
                for oid, label in choices:
                    combo.addItem(label, oid)
                combo.setCurrentIndex(max(0, combo.findData(current or "")))
            finally:
                self._loading = False
        self.orgs.set_organisations(orgs, members, merge=merge)
        self._refilter(merge=merge)

    def _refilter(self, *_a, merge: bool = True) -> None:
        assert self._index is not None
        found = self._index.search(self.search.text())
        self._loading = True          # (rows removed by the filter move the current row)
        try:
            self.model.set_people(found, self._index.orgs, merge=merge)
        finally:
            self._loading = False
        self.count_label.setText(self.tr("%1 of %2 people").replace("%1", str(len(found)))
                                 .replace("%2", str(len(self._index.people))))
        row = self.model.row_of(self._editing_id) if self._editing_id else -1
        if row >= 0 and self.table.currentIndex().row() != row:
            self._loading = True
            self.table.selectRow(row)
            self._loading = False

    def _on_store(self, change: Change) -> None:
        """Only the rows that changed are updated (no reset); the form is refilled for
        another page's edit of the person shown (what is typed stays), never after this
        page's own save."""
        if not change.touches("people", "organisations"):
            return
        self._show_registry(merge=True)
        own = change.made_by(self)
        if self._editing_id and self._editing_id in change.tables.get("people", set()):
            p = self.store.maybe(Person, self._editing_id)
            if p is None:
                self.new_person(focus=False)
            elif not own:
                self._fill_person(p, keep_typed=True)   # another save: typing stays
        self.orgs.changed(change, own)

    # -------------------------------------------------------------- the person form
    def _person_selected(self, current, _previous) -> None:
        if self._loading:
            return
        p = self.model.person(current.row())
        if not self._leave_person():
            self._show_editing_row()
            return
        if p is not None:
            self._editing_id = p.id
            self._show_editing_row()
            self._fill_person(p)

    def _show_editing_row(self) -> None:
        """Select the row of the person in the form (none for a new person), quietly."""
        row = self.model.row_of(self._editing_id) if self._editing_id else -1
        self._loading = True
        try:
            if row >= 0:
                self.table.selectRow(row)
            else:
                self.table.clearSelection()
        finally:
            self._loading = False

    def _person_dirty(self) -> bool:
        """The form differs from the stored person (or, for a new one, from a blank form)."""
        base = self.store.maybe(Person, self._editing_id) if self._editing_id else Person()
        if base is None:
            return False
        return any(getattr(base, k) != v for k, v in self._form_values().items())

    def _leave_person(self) -> bool:
        """Save the form's edits before it shows something else, as the Setup page saves a
        field on leaving it: there is no Save to forget.  One undo step.  False (the form
        stays, with the reason) when they cannot be saved, e.g. the first name was erased."""
        if self.ctx.read_only or not self._person_dirty():
            return True
        return self.save_person()

    def _fill_person(self, p: Optional[Person], keep_typed: bool = False) -> None:
        self._loading = True
        try:
            key, force = self._editing_id or "", not keep_typed
            p = p or Person()
            self.form_title.setTitle(self.tr("Person") if self._editing_id
                                     else self.tr("New person"))
            self.prefix.setCurrentText(p.prefix)
            refill(self.first, p.first_name, key, force=force)
            refill(self.last, p.last_name, key, force=force)
            refill(self.position, p.position, key, force=force)
            self.organisation.setCurrentIndex(max(0, self.organisation.findData(
                p.organisation_id or "")))
            self.gender.setCurrentIndex(max(0, self.gender.findData(p.gender.value)))
            self._gender_by_hand = p.gender not in (
                Gender.UNSPECIFIED, namecheck.gender_for_prefix(p.prefix))
            refill(self.phone, p.phone, key, force=force)
            refill(self.village, p.village_no, key, force=force)
            self.consent.setChecked(p.consent)
            refill(self.notes, p.notes, key, force=force)
        finally:
            self._loading = False
        self._check_duplicates()

    def _prefix_changed(self, prefix: str) -> None:
        if self._loading or self._gender_by_hand:
            return
        g = namecheck.gender_for_prefix(prefix) or Gender.UNSPECIFIED
        self.gender.setCurrentIndex(max(0, self.gender.findData(g.value)))

    def _form_values(self) -> dict:
        return {"prefix": self.prefix.currentText().strip(),
                "first_name": self.first.text().strip(),
                "last_name": self.last.text().strip(),
                "position": self.position.text().strip(),
                "organisation_id": self.organisation.currentData() or None,
                "phone": self.phone.text().strip(),
                "gender": Gender(self.gender.currentData()),
                "village_no": self.village.text().strip(),
                "consent": self.consent.isChecked(),
                "notes": self.notes.text().strip()}

    def _check_duplicates(self, *_a) -> None:
        if self._loading:
            return
        # as check-in's new person dialog: a similar name too ("สมชัย" for "สมชาย")
        warns = namecheck.likely_duplicates(self.store, self.first.text(), self.last.text(),
                                            self.phone.text(), exclude_id=self._editing_id)
        if not warns:
            self.warning.setText("")
            return
        parts = []
        for w in warns[:3]:
            text = {"same name": self.tr("same name as %1"),
                    "similar name": self.tr("a name like %1")}.get(
                w.reason, self.tr("same phone as %1"))
            parts.append(text.replace("%1", people.display_name(w.person, self._index.orgs
                                                                if self._index else None)))
        self.warning.setText(self.tr("Possible duplicate: %1").replace("%1", "; ".join(parts)))

    def new_person(self, focus: bool = True) -> None:
        if not self._leave_person():
            return
        self._editing_id = None
        self.table.clearSelection()
        self._fill_person(None)
        if focus:
            self.first.setFocus()

    def _revert_person(self) -> None:
        p = self.store.maybe(Person, self._editing_id) if self._editing_id else None
        self._fill_person(p)

    def _person_in_form(self) -> Optional[Person]:
        return self.store.maybe(Person, self._editing_id) if self._editing_id else None

    def save_person(self) -> bool:
        values = self._form_values()
        if not values["first_name"]:
            self.warning.setText(self.tr("Type at least a first name."))
            self.first.setFocus()
            return False
        if self._editing_id is None:
            p = Person(**values)
            if not self.ctx.run(self.tr("Add %1").replace("%1", p.full_name),
                                people_svc.add_person, self.store, p, origin=self):
                return False
            self._editing_id = p.id
            self._refilter()
            self.statusMessage.emit(self.tr("%1 added to the registry.").replace(
                "%1", p.full_name))
            return True
        old = self.store.get(Person, self._editing_id)
        changes = {k: v for k, v in values.items() if getattr(old, k) != v}
        if not changes:
            return True
        name = Person(**values).full_name
        if not self.ctx.run(self.tr("Edit %1").replace("%1", name), people_svc.update_person,
                            self.store, old.id, origin=self, **changes):
            return False
        for w in (self.first, self.last, self.position, self.phone, self.village, self.notes):
            mark_shown(w)          # saved: what the form holds is now the stored person
        return True

    def delete_person(self) -> None:
        p = self.model.person(self.table.currentIndex().row())
        if p is None:
            return
        if self.ctx.run(self.tr("Delete %1").replace("%1", p.full_name),
                        people_svc.delete_person, self.store, p.id, origin=self):
            self.statusMessage.emit(self.tr("%1 deleted (Ctrl+Z brings them back).").replace(
                "%1", p.full_name))

    # -------------------------------------------------------------- CSV import
    def _choose_csv(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import a people list"), str(Path.home()),
            self.tr("CSV files (*.csv);;All files (*)"))
        if path:
            self.import_csv(path)

    def import_csv(self, path: str) -> bool:
        done = self.ctx.run(self.tr("Import %1").replace("%1", Path(path).name),
                            import_people_csv, self.store, path, origin=self)
        if not done:
            self.import_label.setText(self.tr("Nothing was imported."))
            return False
        r = done.result
        text = self.tr("Imported %1 people and %2 organisations; %3 rows skipped.") \
            .replace("%1", str(r.added)).replace("%2", str(r.organisations_added)) \
            .replace("%3", str(len(r.skipped)))
        details = [i18n.message_text(m) for m in r.skipped[:5] + r.warnings[:3]]
        self.import_label.setText(text + ("\n" + "\n".join(details) if details else ""))
        self.statusMessage.emit(text)
        return True

    # -------------------------------------------------------------- keyboard
    def _focus_search(self) -> None:
        self.tabs.setCurrentIndex(0)
        self.search.setFocus()
        self.search.selectAll()

    def _new_in_tab(self) -> None:
        if self.tabs.currentIndex() == 0:
            self.new_person()
        else:
            self.orgs.new_organisation()

    def commit_pending(self) -> None:
        """Save both forms' edits (the file is about to close), quietly: a form that cannot
        be saved (no name typed) is dropped, as a half-typed new person may be."""
        if self.ctx.read_only:
            return
        if self._person_dirty() and self.first.text().strip():
            self.save_person()
        self.orgs.commit_pending()

    def _leave_forms(self, *_a) -> None:
        self._leave_person()
        self.orgs.leave()

    def hideEvent(self, event) -> None:  # noqa: N802 - Qt API
        # Another page is shown: keep the form's edits.  (When the window itself closes the
        # file is already closed; skip then.)
        if self.window().isVisible():
            self._leave_forms()
        super().hideEvent(event)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.tabs.currentIndex() == 0:
            self.search.setFocus()
