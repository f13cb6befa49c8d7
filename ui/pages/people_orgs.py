"""The Organisations tab of the People page: the list of organisations and the form beside it.

An organisation is edited in the form; leaving it (another row, another tab, another page)
saves what was typed, one undo step, as the person form does.  The page owns the tab: it
gives the tab the organisations (:meth:`OrganisationsTab.set_organisations`) and passes on
the store's change notices (:meth:`OrganisationsTab.changed`).
"""
from __future__ import annotations

from typing import Optional

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPushButton, QSplitter, QTableView, QVBoxLayout, QWidget,
)

from workshop import people as people_svc
from workshop.model import Organisation, Sector
from workshop.store import Change

from .. import labels
from ..models.people_model import OrganisationModel
from ..typed import mark_shown, refill
from ..widgets import columns_in_chars, limit_length


def registry_table(parent: QWidget, model) -> QTableView:
    """A read-only, one-row-at-a-time list of the registry (people or organisations)."""
    t = QTableView(parent)
    t.setModel(model)
    t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    t.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    t.setTabKeyNavigation(False)
    t.verticalHeader().setVisible(False)
    t.setWordWrap(False)
    t.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    t.horizontalHeader().setStretchLastSection(True)
    return t


class OrganisationsTab(QWidget):
    """The organisations and their form; ``origin`` is the page, named as the maker of the
    tab's edits (the page does not reload after them)."""

    def __init__(self, ctx, origin: QWidget, parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.ctx = ctx
        self.store = ctx.store
        self._origin = origin
        self.editing_id: Optional[str] = None
        self._loading = False

        self.model = OrganisationModel(self)
        self.table = registry_table(self, self.model)
        self.table.setObjectName("organisationTable")
        columns_in_chars(self.table, (36, 15, 16, 15))
        self.table.selectionModel().currentRowChanged.connect(self._selected)
        self.new_btn = QPushButton(self.tr("New &organisation"), self)
        self.delete_btn = QPushButton(self.tr("Delete organisation"), self)
        self.new_btn.clicked.connect(lambda: self.new_organisation())
        self.delete_btn.clicked.connect(self.delete_organisation)
        left = QWidget(self)
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(self.table, 1)
        b = QHBoxLayout()
        b.addWidget(self.new_btn)
        b.addWidget(self.delete_btn)
        b.addStretch(1)
        ll.addLayout(b)

        box = QGroupBox(self.tr("Organisation"), self)
        form = QFormLayout(box)
        self.name = QLineEdit(box)
        limit_length(self.name, "organisations", "name")
        self.short = QLineEdit(box)
        limit_length(self.short, "organisations", "short_name")
        self.sector = QComboBox(box)
        labels.fill_combo(self.sector, Sector, Sector.COMMUNITY)
        self.kind = QLineEdit(box)
        limit_length(self.kind, "organisations", "kind")
        self.kind.setPlaceholderText(self.tr("e.g. SAO, municipality, school, temple, "
                                             "women's group"))
        self.notes = QLineEdit(box)
        limit_length(self.notes, "organisations", "notes")
        self.state_hint = QLabel(box)
        self.state_hint.setWordWrap(True)
        self.state_hint.setStyleSheet("color: #555;")
        self.save_btn = QPushButton(self.tr("&Save (Ctrl+Enter)"), box)
        self.save_btn.clicked.connect(self.save_organisation)
        form.addRow(self.tr("&Name"), self.name)
        form.addRow(self.tr("Short name"), self.short)
        form.addRow(self.tr("Sec&tor"), self.sector)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Notes"), self.notes)
        form.addRow(self.state_hint)
        form.addRow(self.save_btn)
        self.sector.currentIndexChanged.connect(self._sector_hint)
        for w in (self.name, self.short, self.kind, self.notes):
            w.returnPressed.connect(self.save_organisation)
        QShortcut(QKeySequence("Ctrl+Return"), box, self.save_organisation,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(left)
        split.addWidget(box)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(split)
        order = [self.table, self.new_btn, self.delete_btn, self.name, self.short,
                 self.sector, self.kind, self.notes, self.save_btn]
        for a, b2 in zip(order, order[1:]):
            QWidget.setTabOrder(a, b2)
        self._sector_hint()

    # -------------------------------------------------------------- the list
    def set_organisations(self, orgs: list[Organisation], members: dict[str, int],
                          merge: bool = False) -> None:
        """Show ``orgs`` (``merge``: only the rows that differ change), the one edited kept
        selected."""
        self._loading = True
        try:
            self.model.set_organisations(orgs, members, merge=merge)
        finally:
            self._loading = False
        self.select(self.editing_id)

    def changed(self, change: Change, own: bool) -> None:
        """An edit touched organisations: clear the form if the organisation it shows is
        gone; refill it for another page's edit of it (what is typed stays), never after the
        page's own save (``own``)."""
        if self.editing_id and self.editing_id in change.tables.get("organisations", set()):
            o = self.store.maybe(Organisation, self.editing_id)
            if o is None:
                self.new_organisation(focus=False)
            elif not own:
                self._fill(o, keep_typed=True)

    def select(self, org_id: Optional[str]) -> None:
        row = self.model.row_of(org_id) if org_id else -1
        if row >= 0 and self.table.currentIndex().row() != row:
            self._loading = True
            self.table.selectRow(row)
            self._loading = False

    def _selected(self, current, _previous) -> None:
        if self._loading:
            return
        o = self.model.organisation(current.row())
        if not self.leave():
            self.select(self.editing_id)
            if self.editing_id is None:
                self._loading = True
                self.table.clearSelection()
                self._loading = False
            return
        if o is not None:
            self.editing_id = o.id
            self.select(o.id)
            self._fill(o)

    # -------------------------------------------------------------- the form
    def values(self) -> dict:
        return {"name": self.name.text().strip(),
                "short_name": self.short.text().strip(),
                "sector": Sector(self.sector.currentData()),
                "kind": self.kind.text().strip(),
                "notes": self.notes.text().strip()}

    def dirty(self) -> bool:
        if self.editing_id:
            base = self.store.maybe(Organisation, self.editing_id)
        else:
            base = Organisation(sector=Sector.COMMUNITY)    # the blank form's sector
        if base is None:
            return False
        return any(getattr(base, k) != v for k, v in self.values().items())

    def leave(self) -> bool:
        """Save the form's edits before it shows something else (False: the form stays,
        with the reason, when they cannot be saved)."""
        if self.ctx.read_only or not self.dirty():
            return True
        return self.save_organisation()

    def commit_pending(self) -> None:
        """Save the form's edits quietly; a form without a name is dropped."""
        if not self.ctx.read_only and self.dirty() and self.name.text().strip():
            self.save_organisation()

    def _fill(self, o: Optional[Organisation], keep_typed: bool = False) -> None:
        key, force = self.editing_id or "", not keep_typed
        o = o or Organisation()
        refill(self.name, o.name, key, force=force)
        refill(self.short, o.short_name, key, force=force)
        self.sector.setCurrentIndex(max(0, self.sector.findData(o.sector.value)))
        refill(self.kind, o.kind, key, force=force)
        refill(self.notes, o.notes, key, force=force)

    def _sector_hint(self, *_a) -> None:
        s = Sector(self.sector.currentData())
        self.state_hint.setText(self.tr("Counted as a state actor.") if s.is_state
                                else self.tr("Counted as a non-state actor."))

    def new_organisation(self, focus: bool = True) -> None:
        if not self.leave():
            return
        self.editing_id = None
        self.table.clearSelection()
        self._fill(None)
        if focus:
            self.name.setFocus()

    def save_organisation(self) -> bool:
        values = self.values()
        if not values["name"]:
            self.state_hint.setText(self.tr("Type the organisation's name."))
            self.name.setFocus()
            return False
        if self.editing_id is None:
            o = Organisation(**values)
            if not self.ctx.run(self.tr("Add %1").replace("%1", o.name),
                                people_svc.add_organisation, self.store, o,
                                origin=self._origin):
                return False
            self.editing_id = o.id
            self.select(o.id)
            return True
        old = self.store.get(Organisation, self.editing_id)
        changes = {k: v for k, v in values.items() if getattr(old, k) != v}
        if not changes:
            return True
        if not self.ctx.run(self.tr("Edit %1").replace("%1", values["name"]),
                            people_svc.update_organisation, self.store, old.id,
                            origin=self._origin, **changes):
            return False
        for w in (self.name, self.short, self.kind, self.notes):
            mark_shown(w)          # saved: what the form holds is now stored
        return True

    def delete_organisation(self) -> None:
        o = self.model.organisation(self.table.currentIndex().row())
        if o is None:
            return
        self.ctx.run(self.tr("Delete %1").replace("%1", o.name),
                     people_svc.delete_organisation, self.store, o.id, origin=self._origin)
