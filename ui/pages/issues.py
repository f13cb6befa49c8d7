"""Issues: capture while people speak (one line + Enter), then edit the details.

The capture line understands ``#category``, ``@speaker`` and ``หมู่ 3``; the combos beside it
do the same for those who prefer the mouse.  Details (description, people affected, who takes
it forward, the actors concerned, merged duplicates) are edited in the panel on the right; each
edit is one undo step.
"""
from __future__ import annotations

from typing import Any, Optional

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QFormLayout, QGroupBox,
                               QHBoxLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem,
                               QPushButton, QSpinBox, QSplitter, QTableView, QVBoxLayout,
                               QWidget)

from workshop import issues
from workshop import people as people_mod
from workshop.model import Category, Issue, Organisation, Person, Response
from workshop.store import Change

from .. import labels
from ..context import AppContext
from ..typed import mark_shown, refill
from ..models.table import RecordsModel
from ..people_picker import PERSON, TEXT, LinkNameDialog, Picker
from ..widgets import (ColumnFitter, FlowLayout, PlainTextField, height_in_lines, limit_length,
                       scrolling, width_in_chars)
from . import Page
from .issue_categories import CategoriesDialog


def _lang() -> str:
    try:
        from .. import i18n
        return i18n.current()
    except Exception:  # pragma: no cover
        return "en"


class IssuesModel(RecordsModel):
    """The meeting's issues (merged duplicates left out) in capture order."""

    COLUMNS = ("number", "title", "category", "raised_by", "village", "response", "merged")

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self._cats: dict[str, Category] = {}
        self._people: dict[str, str] = {}
        self._merged: dict[str, int] = {}
        self.reload()

    def _read(self) -> list[Issue]:
        store, mid = self.ctx.store, self.ctx.meeting_id
        self._cats = {c.id: c for c in issues.categories(store)}
        self._people = {p.id: p.full_name for p in people_mod.of_meeting(store, mid)}
        all_issues = store.find(Issue, order_by="position, created", meeting_id=mid) if mid \
            else []
        self._merged = {}
        for i in all_issues:
            if i.merged_into_id:
                self._merged[i.merged_into_id] = self._merged.get(i.merged_into_id, 0) + 1
        return [i for i in all_issues if not i.merged_into_id]

    def reload(self) -> None:
        """Every row anew (another meeting): the views reset."""
        with self.resetting():
            self.items = self._read()

    def refresh(self) -> None:
        """The issues after an edit: only the rows that differ change (no reset)."""
        self.update_items(self._read())

    def headers(self) -> tuple[str, ...]:
        return (self.tr("No."), self.tr("Issue"), self.tr("Category"), self.tr("Raised by"),
                self.tr("Village no."), self.tr("Taken forward by"),
                self.tr("Duplicates"))

    def cell(self, i: Issue, row: int, col: str) -> Any:
        if col == "number":
            return str(row + 1)
        if col == "title":
            return i.title
        if col == "category":
            return issues.category_name(self._cats.get(i.category_id or ""), _lang())
        if col == "raised_by":
            return self._people.get(i.raised_by_id or "", "") or i.raised_by_name
        if col == "village":
            return i.village_no
        if col == "response":
            return labels.label(i.response)
        n = self._merged.get(i.id, 0)
        return f"+{n}" if n else ""

    def tooltip(self, i: Issue, row: int, col: str) -> str:
        if col in ("title", "category", "raised_by", "response"):
            return self.cell(i, row, col)       # an elided cell shows it all
        return ""

    def role_data(self, i: Issue, row: int, col: str, role: int) -> Any:
        cat = self._cats.get(i.category_id or "")
        if role == Qt.ItemDataRole.DecorationRole and col == "category" and cat:
            return QColor(cat.color)
        return None


class IssuesPage(Page):
    icon_name = "issues"
    statusMessage = Signal(str)

    def __init__(self, ctx: AppContext, parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.ctx = ctx
        self._current: Optional[str] = None
        self._loading = False

        # -- capture row
        self.capture = QLineEdit(self)
        limit_length(self.capture, "issues", "title")
        self.capture.setObjectName("captureLine")
        self.capture.setPlaceholderText(self.tr(
            "Type the issue and press Enter  (#category  @who raised it  village 3)"))
        f = self.capture.font()
        f.setPointSizeF(f.pointSizeF() * 1.3)
        self.capture.setFont(f)
        self.person_combo = Picker(self.ctx, self, free_text=True,
                                   none_text=self.tr("(who raised it)"))
        width_in_chars(self.person_combo, minimum=22)
        self.person_combo.setToolTip(self.tr(
            "Who raised it: pick from the registry or type a name"))
        self.category_combo = QComboBox(self)
        self.village_edit = QLineEdit(self)
        limit_length(self.village_edit, "issues", "village_no")
        self.village_edit.setPlaceholderText(self.tr("Village no."))
        width_in_chars(self.village_edit, maximum=11)
        self.add_btn = QPushButton(self.tr("Add"), self)
        self.message = QLabel(self)
        self.message.setStyleSheet("color: #b71c1c;")
        self.message.setWordWrap(True)
        self.message.hide()
        cap = QHBoxLayout()
        cap.addWidget(self.capture, 3)
        cap.addWidget(self.person_combo, 1)
        cap.addWidget(self.category_combo, 1)
        cap.addWidget(self.village_edit)
        cap.addWidget(self.add_btn)

        # -- list
        self.model = IssuesModel(ctx, self)
        self.table = QTableView(self)
        self.table.setObjectName("issuesTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        ColumnFitter(self.table, 1, chars=18, share=0.4)     # long texts elide, title wins
        self.merge_btn = QPushButton(self.tr("Merge selected duplicates"), self)
        self.delete_btn = QPushButton(self.tr("Delete issue"), self)
        self.categories_btn = QPushButton(self.tr("Categories…"), self)
        # a name typed freely for who raised an issue is linked to the register later
        self.link_btn = QPushButton(self.tr("Link a typed name…"), self)
        self.link_btn.setToolTip(self.tr("Who raised an issue was typed as a name: link it "
                                         "to the person in the register"))
        self.link_dialog: Optional[LinkNameDialog] = None
        self.count_label = QLabel(self)
        lbar = FlowLayout()             # on two lines when the text is large
        lbar.addWidget(self.count_label)
        for b in (self.merge_btn, self.delete_btn, self.categories_btn):
            lbar.addWidget(b)
        left = QWidget(self)
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(self.table)
        ll.addLayout(lbar)

        # -- details
        self.details = QGroupBox(self.tr("Details"), self)
        form = QFormLayout(self.details)
        self.title_edit = QLineEdit(self.details)
        limit_length(self.title_edit, "issues", "title")
        self.desc_edit = PlainTextField(self.details, max_height=110)
        self.detail_category = QComboBox(self.details)
        self.location_edit = QLineEdit(self.details)
        limit_length(self.location_edit, "issues", "location")
        self.detail_village = QLineEdit(self.details)
        limit_length(self.detail_village, "issues", "village_no")
        self.affected_spin = QSpinBox(self.details)
        self.affected_spin.setRange(0, 1_000_000)
        self.affected_spin.setSuffix(self.tr(" people"))
        self.response_combo = QComboBox(self.details)
        self.raisers_list = QListWidget(self.details)
        height_in_lines(self.raisers_list, maximum=4)
        self.split_btn = QPushButton(self.tr("Split off selected duplicate"), self.details)
        self.actors_list = QListWidget(self.details)
        height_in_lines(self.actors_list, maximum=4)
        self.actor_combo = Picker(self.ctx, self.details, organisations=True,
                                  none_text=self.tr("(person or organisation)"))
        self.add_actor_btn = QPushButton(self.tr("Link"), self.details)
        self.remove_actor_btn = QPushButton(self.tr("Unlink"), self.details)
        arow = QHBoxLayout()           # the buttons under the combo: it needs the width
        arow.addWidget(self.add_actor_btn)
        arow.addWidget(self.remove_actor_btn)
        arow.addStretch(1)
        form.addRow(self.tr("Issue"), self.title_edit)
        form.addRow(self.tr("Description"), self.desc_edit)
        form.addRow(self.tr("Category"), self.detail_category)
        form.addRow(self.tr("Place"), self.location_edit)
        form.addRow(self.tr("Village no."), self.detail_village)
        form.addRow(self.tr("People affected"), self.affected_spin)
        form.addRow(self.tr("Taken forward by"), self.response_combo)
        form.addRow(self.tr("Raised by"), self.raisers_list)
        form.addRow("", self.split_btn)
        form.addRow("", self.link_btn)
        form.addRow(self.tr("Actors concerned"), self.actors_list)
        form.addRow("", self.actor_combo)
        form.addRow("", arow)

        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(left)
        split.addWidget(scrolling(self.details, keep_width=True))   # taller than the room at 150 %
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([800, 480])
        lay = QVBoxLayout(self)
        lay.addLayout(cap)
        lay.addWidget(self.message)
        lay.addWidget(split, 1)

        self._connect()
        self._ensure_categories()
        self.reload()

    def load(self) -> None:
        self._meeting_changed(self.ctx.meeting_id)

    def _ensure_categories(self) -> None:
        """The default categories, the first time a meeting is open in a file without any."""
        store = self.ctx.store
        if self.ctx.meeting_id and not store.read_only and store.count(Category) == 0:
            issues.ensure_default_categories(store)

    def _connect(self) -> None:
        self.ctx.meetingChanged.connect(self._meeting_changed)
        self.ctx.storeChanged.connect(self._on_store_changed)
        self.capture.returnPressed.connect(self.capture_line)
        self.add_btn.clicked.connect(self.capture_line)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.merge_btn.clicked.connect(self.merge_selected)
        self.delete_btn.clicked.connect(self.delete_current)
        self.categories_btn.clicked.connect(self._edit_categories)
        self.link_btn.clicked.connect(self.open_link_dialog)
        self.title_edit.editingFinished.connect(
            lambda: self._set("title", " ".join(self.title_edit.text().split())))
        self.desc_edit.editingFinished.connect(
            lambda: self._set("description", self.desc_edit.toPlainText()))
        self.location_edit.editingFinished.connect(
            lambda: self._set("location", self.location_edit.text().strip()))
        self.detail_village.editingFinished.connect(
            lambda: self._set("village_no", self.detail_village.text().strip()))
        self.affected_spin.editingFinished.connect(
            lambda: self._set("people_affected", self.affected_spin.value()))
        self.detail_category.activated.connect(
            lambda _i: self._set("category_id", self.detail_category.currentData() or None))
        self.response_combo.activated.connect(self._response_chosen)
        self.split_btn.clicked.connect(self.split_selected)
        self.add_actor_btn.clicked.connect(self._add_actor_clicked)
        self.remove_actor_btn.clicked.connect(self.remove_selected_actor)

    # ------------------------------------------------------------------ loading
    def _meeting_changed(self, _mid: str) -> None:
        self._current = None
        self._ensure_categories()
        self.reload()

    def _on_store_changed(self, change: Change) -> None:
        """The rows that changed are updated in place (no reset: the selection, the scroll
        position and the details stay); the lists to choose from are refilled only when
        what they list changed; the details are refilled for another page's edit of the
        issue shown (what is typed stays), and after this page's own edit only the lists
        in them (raisers, actors) that the edit changed."""
        if not change.touches("issues", "categories", "people", "organisations",
                              "issue_actors", "attendance"):
            return
        if change.touches("categories", "people", "organisations", "attendance"):
            self._fill_choices()
        current = self._current
        self.model.refresh()
        self._show_count()
        if current and self.model.row_of(current) < 0:   # merged away or deleted
            self._current = None
            self._show_details()
        elif current and (not change.made_by(self) or change.touches("issue_actors")
                          or self._merged_changed(change)):
            self._show_details()
        else:
            self._update_buttons()

    def _merged_changed(self, change: Change) -> bool:
        """The edit merged into or split off the issue shown (its raisers changed)."""
        ids = change.tables.get("issues", set())
        return bool(ids - {self._current})

    def reload(self) -> None:
        self._fill_choices()
        current = self._current
        self.model.reload()
        self._show_count()
        enabled = bool(self.ctx.meeting_id)
        for w in (self.capture, self.add_btn, self.person_combo, self.category_combo,
                  self.village_edit):
            w.setEnabled(enabled)
        if current and self.model.row_of(current) >= 0:
            self.select_issue(current)
        else:
            self._current = None
            self._show_details()

    def _show_count(self) -> None:
        self.count_label.setText(
            self.tr("Issues: %1").replace("%1", str(self.model.rowCount())))

    def _fill_choices(self) -> None:
        """The categories, the meeting's people and the actors to choose from."""
        store = self.ctx.store
        self._loading = True
        cats = issues.categories(store)
        for combo in (self.category_combo, self.detail_category):
            cur = combo.currentData()
            combo.clear()
            combo.addItem(self.tr("(no category)"), "")
            for c in cats:
                combo.addItem(issues.category_name(c, _lang()), c.id)
                combo.setItemData(combo.count() - 1, QColor(c.color),
                                  Qt.ItemDataRole.DecorationRole)
            combo.setCurrentIndex(max(0, combo.findData(cur)))
        self.person_combo.refresh()
        self.actor_combo.refresh()
        self.response_combo.clear()
        self.response_combo.addItem(self.tr("(not decided)"), "")
        for member, text in labels.responses().items():
            self.response_combo.addItem(text, member.value)
        issue = store.maybe(Issue, self._current) if self._current else None
        self.detail_category.setCurrentIndex(max(0, self.detail_category.findData(
            issue.category_id or "" if issue else "")))
        self.response_combo.setCurrentIndex(max(0, self.response_combo.findData(
            issue.response.value if issue and issue.response else "")))
        self._loading = False

    def select_issue(self, issue_id: str) -> None:
        row = self.model.row_of(issue_id)
        if row >= 0:
            self.table.selectRow(row)
        self._current = issue_id if row >= 0 else None
        self._show_details()

    def _update_buttons(self) -> None:
        self.merge_btn.setEnabled(len(self._selected_ids()) >= 2)
        self.delete_btn.setEnabled(self._current is not None)
        mid = self.ctx.meeting_id
        self.link_btn.setEnabled(bool(mid) and bool(issues.unlinked_raisers(self.ctx.store,
                                                                            mid)))

    def _selected_ids(self) -> list[str]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.id_at(r) for r in rows]

    def _selection_changed(self, *_a) -> None:
        ids = self._selected_ids()
        self._current = ids[0] if ids else None
        self._show_details()

    def _show_details(self) -> None:
        self._loading = True
        store = self.ctx.store
        issue = store.maybe(Issue, self._current)
        self.details.setEnabled(issue is not None)
        self._update_buttons()
        self.raisers_list.clear()
        self.actors_list.clear()
        if issue is None:
            for w in (self.title_edit, self.location_edit, self.detail_village):
                w.clear()
            self.desc_edit.clear()
            self.affected_spin.setValue(0)
            self._loading = False
            return
        refill(self.title_edit, issue.title, issue.id)
        refill(self.desc_edit, issue.description, issue.id)
        refill(self.location_edit, issue.location, issue.id)
        refill(self.detail_village, issue.village_no, issue.id)
        self.affected_spin.setValue(issue.people_affected)
        self.detail_category.setCurrentIndex(max(0, self.detail_category.findData(
            issue.category_id or "")))
        self.response_combo.setCurrentIndex(max(0, self.response_combo.findData(
            issue.response.value if issue.response else "")))
        for r in issues.raisers(store, issue.id):
            text = r.name or self.tr("(not recorded)")
            if r.issue_id != issue.id:
                text = f"{text} — {r.title}"
            it = QListWidgetItem(text, self.raisers_list)
            it.setData(Qt.ItemDataRole.UserRole, r.issue_id)
        self.split_btn.setEnabled(self.raisers_list.count() > 1)
        for a in issues.actors(store, issue.id):
            name = ""
            if a.person_id:
                p = store.maybe(Person, a.person_id)
                name = p.full_name if p else ""
            if a.organisation_id:
                o = store.maybe(Organisation, a.organisation_id)
                name = f"{name} ({o.name})" if name and o else (o.name if o else name)
            it = QListWidgetItem(name, self.actors_list)
            it.setData(Qt.ItemDataRole.UserRole, a.id)
        self._loading = False

    # ------------------------------------------------------------------ actions
    def capture_line(self) -> Optional[str]:
        """Add the typed issue (one undo step); returns its id."""
        mid = self.ctx.meeting_id
        text = self.capture.text()
        if not mid or not text.strip():
            return None
        store = self.ctx.store
        q = issues.parse_quick_line(text, issues.categories(store), store.find(Person))
        who = self.person_combo.choice()
        person_id = q.raised_by_id or (who.id if who and who.kind == PERSON else None)
        name = q.raised_by_name
        if not person_id and not name and who and who.kind == TEXT:
            name = who.text                                    # a speaker not in the registry
        category = q.category_id or self.category_combo.currentData() or None
        village = q.village_no or self.village_edit.text().strip()
        title = q.title or text.strip()
        done = self.ctx.run_showing(
            self.message, self.tr("Add issue"), issues.capture_issue, store, mid, title,
            raised_by_id=person_id, raised_by_name=name, category_id=category,
            village_no=village, origin=self)
        if not done:
            return None
        iid = done.result.id
        self.capture.clear()
        self.person_combo.clear_choice()
        self.statusMessage.emit(self.tr("Issue added: %1").replace("%1", title))
        self.select_issue(iid)
        self.capture.setFocus()
        return iid

    def commit_pending(self) -> None:
        """Save the issue's detail fields still being typed (the file is about to close)."""
        if self._loading or not self._current:
            return
        self.affected_spin.interpretText()
        typed = [("title", " ".join(self.title_edit.text().split())),
                 ("description", self.desc_edit.toPlainText()),
                 ("location", self.location_edit.text().strip()),
                 ("village_no", self.detail_village.text().strip()),
                 ("people_affected", self.affected_spin.value())]
        for field, value in typed:    # read first: each save reloads the details
            if field != "title" or value:
                self._set(field, value)

    def _set(self, field: str, value) -> bool:
        if self._loading or not self._current:
            return False
        issue = self.ctx.store.maybe(Issue, self._current)
        if issue is None or getattr(issue, field) == value:
            return False
        if field == "title" and not value:
            self._show_details()
            return False
        if not self.ctx.run_showing(self.message, self.tr("Edit issue"), issues.update_issue,
                                    self.ctx.store, issue.id, origin=self, **{field: value}):
            return False
        typed = {"title": self.title_edit, "description": self.desc_edit,
                 "location": self.location_edit, "village_no": self.detail_village}
        if field in typed:
            mark_shown(typed[field])     # saved: what it holds is now the stored text
        return True

    def _response_chosen(self, _i: int) -> None:
        v = self.response_combo.currentData()
        self._set("response", Response(v) if v else None)

    def merge_selected(self) -> bool:
        ids = self._selected_ids()
        if len(ids) < 2:
            return False
        target, dups = ids[0], ids[1:]
        self._current = target
        return bool(self.ctx.run_showing(self.message, self.tr("Merge duplicates"),
                                         issues.merge_issues, self.ctx.store, target, dups,
                                         origin=self))

    def split_selected(self) -> bool:
        it = self.raisers_list.currentItem()
        if it is None or it.data(Qt.ItemDataRole.UserRole) == self._current:
            return False
        dup = it.data(Qt.ItemDataRole.UserRole)
        return bool(self.ctx.run_showing(self.message, self.tr("Split off duplicate"),
                                         issues.split_off, self.ctx.store, dup, origin=self))

    def delete_current(self) -> bool:
        if not self._current:
            return False
        return bool(self.ctx.run_showing(self.message, self.tr("Delete issue"),
                                         issues.delete_issue, self.ctx.store, self._current,
                                         origin=self))

    def _add_actor_clicked(self) -> None:
        key = self.actor_combo.value()
        if key:
            self.link_actor(key)

    def link_actor(self, key: str) -> bool:
        """Link a person ("p:<id>") or organisation ("o:<id>") to the current issue."""
        if not self._current:
            return False
        kind, _, ident = key.partition(":")
        ok = bool(self.ctx.run_showing(
            self.message, self.tr("Link actor"), issues.add_actor, self.ctx.store,
            self._current, person_id=ident if kind == "p" else None,
            organisation_id=ident if kind == "o" else None, origin=self))
        if ok:
            self.actor_combo.clear_choice()
        return ok

    def remove_selected_actor(self) -> bool:
        it = self.actors_list.currentItem()
        if it is None:
            return False
        return bool(self.ctx.run(self.tr("Unlink actor"), issues.remove_actor, self.ctx.store,
                                 it.data(Qt.ItemDataRole.UserRole), origin=self))

    def open_link_dialog(self) -> None:
        mid = self.ctx.meeting_id
        names = issues.unlinked_raisers(self.ctx.store, mid) if mid else []
        dlg = LinkNameDialog.offer(self.ctx, names, self, self.link_raiser)
        if dlg is not None:
            self.link_dialog = dlg     # (tests reach it here)

    def link_raiser(self, name: str, person_id: Optional[str]) -> bool:
        """The free-text name ``name`` of who raised issues is the register person
        ``person_id`` (one undo step for all those issues)."""
        mid = self.ctx.meeting_id
        if not mid or not person_id:
            return False
        return bool(self.ctx.run_showing(
            self.message, self.tr("Link %1 to the register").replace("%1", name),
            issues.link_raiser, self.ctx.store, mid, name, person_id))   # details refilled

    def _edit_categories(self) -> None:
        CategoriesDialog(self.ctx, self).exec()
