"""Roles: who chairs, facilitates, records... the meeting, and what each actor does in the
network (planning, deciding, implementing, exchanging, mobilising resources, coordinating),
for the whole meeting or for one issue or action.

Both are matrices of check boxes (actors present × roles), each on its own tab so a
hundred-odd attendees get the page's height; the search box (Ctrl+F) keeps only the rows
whose name or sector holds what is typed.  Arrow keys move, Space ticks; each tick is one
undo step.  The chair, recorder and reviewer are the meeting's own fields, the ones Setup
edits (:mod:`workshop.roles`): a tick here shows there and the reverse.
"""
from __future__ import annotations

from typing import Optional

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QGroupBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QTabWidget, QTableView, QVBoxLayout, QWidget,
)


from workshop import roles
from workshop.attendance import roster
from workshop.model import (
    Action, AttendanceStatus, Issue, Meeting, MeetingRole, NetworkRole,
)
from workshop.people import normalise, organisations_by_id, people_by_id, sector_of
from workshop.store import Change

from .. import labels
from ..context import AppContext
from ..models.roles_model import RoleMatrixModel
from ..widgets import text_width
from . import Page

TABLES = ("people", "organisations", "attendance", "meeting_roles", "network_roles",
          "meetings", "issues", "actions")


def _matrix_view(parent: QWidget, model: RoleMatrixModel) -> QTableView:
    t = QTableView(parent)
    t.setModel(model)
    t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
    t.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    t.setTabKeyNavigation(False)
    t.verticalHeader().setVisible(False)
    t.setWordWrap(False)
    hh = t.horizontalHeader()
    hh.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    hh.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
    return t


class RolesPage(Page):
    icon_name = "roles"
    statusMessage = Signal(str)

    def __init__(self, ctx: AppContext, parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.ctx = ctx
        self.store = ctx.store

        self.heading = QLabel(self)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        f = self.heading.font()
        f.setPointSizeF(f.pointSizeF() * 1.3)
        f.setBold(True)
        self.heading.setFont(f)

        # meeting roles
        mbox = QGroupBox(self.tr("Meeting roles (people present)"), self)
        self.meeting_model = RoleMatrixModel(self)
        self.meeting_view = _matrix_view(mbox, self.meeting_model)
        self.meeting_view.setObjectName("meetingRoles")
        self.meeting_model.toggleRequested.connect(self._toggle_meeting_role)
        self.meeting_hint = QLabel(mbox)
        self.meeting_hint.setTextFormat(Qt.TextFormat.PlainText)     # holds people's names
        self.meeting_hint.setWordWrap(True)
        ml = QVBoxLayout(mbox)
        ml.addWidget(self.meeting_hint)
        ml.addWidget(self.meeting_view, 1)

        # network roles
        nbox = QGroupBox(self.tr("Network roles of the actors (organisations in bold, then "
                                 "people present)"), self)
        self.scope = QComboBox(nbox)
        self.scope.setObjectName("roleScope")
        self.scope.currentIndexChanged.connect(self._reload_network)
        scope_label = QLabel(self.tr("&For:"), nbox)
        scope_label.setBuddy(self.scope)
        self.network_model = RoleMatrixModel(self)
        self.network_view = _matrix_view(nbox, self.network_model)
        self.network_view.setObjectName("networkRoles")
        self.network_model.toggleRequested.connect(self._toggle_network_role)
        self.summary_label = QLabel(nbox)
        self.summary_label.setObjectName("rolesSummary")
        self.summary_label.setTextFormat(Qt.TextFormat.PlainText)
        self.summary_label.setWordWrap(True)
        self.summary_label.setMargin(6)
        row = QHBoxLayout()
        row.addWidget(scope_label)
        row.addWidget(self.scope, 1)
        nl = QVBoxLayout(nbox)
        nl.addLayout(row)
        nl.addWidget(self.network_view, 1)
        nl.addWidget(self.summary_label)

        self.search = QLineEdit(self)
        self.search.setObjectName("rolesSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Find a name or a sector (Ctrl+F)"))
        self.search.textChanged.connect(self._filter)
        self.found_label = QLabel(self)
        QShortcut(QKeySequence("Ctrl+F"), self, self.search.setFocus)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(mbox, self.tr("&Meeting roles"))
        self.tabs.addTab(nbox, self.tr("&Network roles"))
        hint = QLabel(self.tr("Arrow keys move · Space ticks or clears · Ctrl+Z undoes"), self)
        hint.setStyleSheet("color: #666;")
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.search, 1)
        top.addWidget(self.found_label)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.tabs, 1)
        lay.addWidget(hint)
        QWidget.setTabOrder(self.search, self.tabs)
        QWidget.setTabOrder(self.tabs, self.meeting_view)
        QWidget.setTabOrder(self.meeting_view, self.scope)
        QWidget.setTabOrder(self.scope, self.network_view)

        ctx.meetingChanged.connect(self._on_meeting)
        ctx.storeChanged.connect(self._on_store)
        self._on_meeting(ctx.meeting_id)

    def load(self) -> None:
        self._on_meeting(self.ctx.meeting_id)

    # -------------------------------------------------------------- loading
    def _on_meeting(self, meeting_id: str) -> None:
        m = self.store.maybe(Meeting, meeting_id)
        self.heading.setText(self.tr("Roles: %1").replace("%1", m.title or m.body_name)
                             if m else self.tr("Choose or create a meeting first."))
        for w in (self.meeting_view, self.network_view, self.scope):
            w.setEnabled(m is not None)
        self._reload_scopes()
        self._reload_meeting_roles()
        self._reload_network()

    def _on_store(self, change: Change) -> None:
        """Only the rows (actors) that changed are updated, matched by key, never a reset:
        the current cell, the selection, the scroll position and the search stay."""
        if not change.touches(*TABLES):
            return
        mid = self.ctx.meeting_id
        if mid in change.tables.get("meetings", ()):
            m = self.store.maybe(Meeting, mid)
            if m is not None:
                self.heading.setText(self.tr("Roles: %1").replace("%1", m.title or m.body_name))
        scope = self.scope.currentData()
        if change.touches("issues", "actions"):
            self._reload_scopes()
        if change.touches("people", "organisations", "attendance", "meeting_roles",
                          "meetings"):
            self._reload_meeting_roles(merge=True)
        if change.touches("people", "organisations", "attendance", "network_roles") \
                or self.scope.currentData() != scope:
            self._reload_network(merge=True)

    def _scope_ids(self) -> tuple[Optional[str], Optional[str]]:
        kind, _, rid = (self.scope.currentData() or "").partition(":")
        return (rid if kind == "issue" else None, rid if kind == "action" else None)

    def _reload_scopes(self) -> None:
        mid = self.ctx.meeting_id
        current = self.scope.currentData()
        self.scope.blockSignals(True)
        self.scope.clear()
        self.scope.addItem(self.tr("The whole meeting"), "")
        if mid:
            for i in self.store.find(Issue, meeting_id=mid, merged_into_id=None,
                                     order_by="position, created"):
                self.scope.addItem(self.tr("Issue: %1").replace("%1", i.title),
                                   f"issue:{i.id}")
            for a in self.store.find(Action, meeting_id=mid, order_by="created"):
                self.scope.addItem(self.tr("Action: %1").replace("%1", a.title),
                                   f"action:{a.id}")
        i = self.scope.findData(current) if current else 0
        self.scope.setCurrentIndex(max(0, i))
        self.scope.blockSignals(False)

    def _reload_meeting_roles(self, merge: bool = False) -> None:
        """The people present and their meeting roles; ``merge``: after a change, only the
        rows that differ change (else anew: another meeting)."""
        mid = self.ctx.meeting_id
        role_cols = list(labels.meeting_roles().items())
        if not mid:
            self.meeting_model.set_matrix([], role_cols, set())
            return
        rows, seen = [], set()
        for r in roster(self.store, mid):
            if r.attendance is not None and r.attendance.status == AttendanceStatus.PRESENT:
                rows.append((r.person.id, r.person.full_name, labels.sector(r.sector)))
                seen.add(r.person.id)
        assigned = roles.meeting_roles(self.store, mid)
        late = people_by_id(self.store, [a.person_id for a in assigned
                                         if a.person_id not in seen])
        orgs = organisations_by_id(self.store, [p.organisation_id or "" for p in late.values()])
        for a in assigned:        # someone given a role but not checked in (yet)
            p = late.get(a.person_id)
            if p is not None and p.id not in seen:
                rows.append((p.id, p.full_name, labels.sector(sector_of(p, orgs))))
                seen.add(p.id)
        checked = {(a.person_id, a.role.value) for a in assigned}
        same = [r[0] for r in rows] == [self.meeting_model.key(i)
                                        for i in range(self.meeting_model.rowCount())]
        if merge and self.meeting_model.rowCount():
            self.meeting_model.update_matrix(rows, checked)
            if not same:
                self._filter()
        elif same:
            self.meeting_model.set_checked(checked)
        else:
            self.meeting_model.set_matrix(rows, role_cols, checked)
            self._size_columns(self.meeting_view)
            self._filter()
        names = []
        for role in (MeetingRole.CHAIR, MeetingRole.FACILITATOR, MeetingRole.RECORDER):
            who = [dict((r[0], r[1]) for r in rows).get(pid, "")
                   for pid in roles.people_in_role(self.store, mid, role)]
            names.append(f"{labels.meeting_role(role)}: {', '.join(who) or '—'}")
        self.meeting_hint.setText(" · ".join(names) if rows else self.tr(
            "Nobody is checked in yet: check people in first."))

    def _actor_key(self, actor: roles.Actor) -> tuple[str, str]:
        return (actor.kind, actor.id)

    def _reload_network(self, *_a, merge: bool = False) -> None:
        """The actors present and their network roles in the scope chosen; ``merge``: after
        a change, only the rows that differ change (else anew: another meeting or scope)."""
        mid = self.ctx.meeting_id
        role_cols = list(labels.network_roles().items())
        if not mid:
            self.network_model.set_matrix([], role_cols, set())
            self.summary_label.setText("")
            return
        actors = roles.actors_present(self.store, mid)
        self._actors = {self._actor_key(a): a for a in actors}
        rows = [(self._actor_key(a), a.name, labels.sector(a.sector)) for a in actors]
        orgs = {self._actor_key(a) for a in actors if a.kind == "organisation"}
        issue_id, action_id = self._scope_ids()
        checked = set()
        for r in roles.network_roles(self.store, mid, issue_id=issue_id, action_id=action_id):
            key = ("person", r.person_id) if r.person_id else ("organisation", r.organisation_id)
            checked.add((key, r.role.value))
        same = [r[0] for r in rows] == [self.network_model.key(i)
                                        for i in range(self.network_model.rowCount())]
        if merge and self.network_model.rowCount():
            self.network_model.update_matrix(rows, checked, bold=orgs)
            if not same:
                self._filter()
        elif same:
            self.network_model.set_checked(checked)
        else:
            self.network_model.set_matrix(rows, role_cols, checked, bold=orgs)
            self._size_columns(self.network_view)
            self._filter()
        self._update_summary()

    def _size_columns(self, view: QTableView) -> None:
        """Name and sector fit their text (at most 36 and 27 characters); a role column fits
        its header, so every column shows, and scrolls when the page is narrower.  Measured
        on the visible rows and the headers, never over every row (300 attendees)."""
        view.horizontalHeader().setResizeContentsPrecision(50)
        for col, cap in ((0, 36), (1, 27)):            # characters
            view.resizeColumnToContents(col)
            view.setColumnWidth(col, min(view.columnWidth(col), text_width(view, cap)))
        header = view.horizontalHeader()
        for col in range(2, view.model().columnCount()):
            view.setColumnWidth(col, header.sectionSizeHint(col))

    def _filter(self, *_args) -> None:
        """Hide the rows whose name and sector do not hold every word typed in the search."""
        terms = normalise(self.search.text()).split()
        shown = 0
        total = self.meeting_model.rowCount()
        for view, model in ((self.meeting_view, self.meeting_model),
                            (self.network_view, self.network_model)):
            for row in range(model.rowCount()):
                text = normalise(" ".join(str(model.index(row, c).data() or "")
                                          for c in (0, 1)))
                hide = bool(terms) and not all(t in text for t in terms)
                view.setRowHidden(row, hide)
                if model is self.meeting_model and not hide:
                    shown += 1
        self.found_label.setText(self.tr("%1 of %2").replace("%1", str(shown))
                                 .replace("%2", str(total)) if terms else "")

    def _update_summary(self) -> None:
        s = roles.summary(self.store, self.ctx.meeting_id)
        if s.non_state_deciding:
            text = self.tr("✔ Non-state actors take part in deciding.")
            style = "background: #dff0d8; color: #1d4d1d;"
        else:
            text = self.tr("⚠ No non-state actor has a deciding role yet: they should decide, "
                           "not only be consulted.")
            style = "background: #fcf3d9; color: #6b4b00;"
        shared = [labels.network_role(r) for r in NetworkRole if s.shared(r)]
        if shared:
            text += " " + self.tr("Shared by state and non-state actors: %1.").replace(
                "%1", ", ".join(shared))
        self.summary_label.setText(text)
        self.summary_label.setStyleSheet(style)

    # -------------------------------------------------------------- toggles
    def _toggle_meeting_role(self, person_id: str, role_value: str, on: bool) -> None:
        mid = self.ctx.meeting_id
        if not mid:
            return
        role = MeetingRole(role_value)
        name = self.meeting_model.data(self.meeting_model.index(
            self.meeting_model.row_of(person_id), 0)) or ""
        text = (self.tr("%1 is %2") if on else self.tr("%1 is no longer %2"))
        fn = roles.assign_meeting_role if on else roles.unassign_meeting_role
        self.ctx.run(text.replace("%1", name).replace("%2", labels.meeting_role(role)), fn,
                     self.store, mid, person_id, role)

    def _toggle_network_role(self, key: tuple[str, str], role_value: str, on: bool) -> None:
        mid = self.ctx.meeting_id
        actor = getattr(self, "_actors", {}).get(key)
        if not mid or actor is None:
            return
        role = NetworkRole(role_value)
        issue_id, action_id = self._scope_ids()
        label = labels.network_role(role)
        if on:
            self.ctx.run(self.tr("%1: %2").replace("%1", actor.name).replace("%2", label),
                         roles.add_network_role, self.store, mid, actor, role,
                         issue_id=issue_id, action_id=action_id)
        else:
            found = roles.find_network_role(self.store, mid, actor, role, issue_id=issue_id,
                                            action_id=action_id)
            if found is not None:
                self.ctx.run(self.tr("%1: no longer %2").replace("%1", actor.name)
                             .replace("%2", label), roles.remove_network_role, self.store,
                             found.id)
