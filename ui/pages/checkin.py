"""Check-in: fast and keyboard-first.

The search box has the focus when the page opens; while it is empty the table lists the
people recorded for the meeting.  Type part of a name (or position, organisation, phone) to
search the register, Up/Down pick, Enter marks the picked person present (one undo step) and
clears the box for the next person.  Enter with no match, or Ctrl+Enter, opens a compact
"new person" dialog prefilled with what was typed; saving it registers the person and checks
them in as one undo step.  Absent (with a reason), excused, substitute for a member, member or
participant are a button or a key away.  The panel on the right shows live counts by sector
and gender, whether state and non-state actors are both present, and the quorum.
"""
from __future__ import annotations

from typing import Optional

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QDialog, QFrame, QGridLayout,
                               QGroupBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
                               QPushButton, QSplitter, QTableView, QVBoxLayout, QWidget)

from workshop import attendance, namecheck, people
from workshop.model import (Attendance, AttendanceStatus, Gender, Meeting, Organisation, Person,
                            Sector)
from workshop.store import Change

from .. import labels
from ..widgets import columns_in_chars, scrolling, width_in_chars
from ..context import AppContext
from ..checkin_dialogs import NewPersonDialog, PickPersonDialog, ReasonDialog
from ..models.attendance_model import AttendanceModel
from . import Page

TABLES = ("people", "organisations", "attendance", "meetings")
ROWS = 300          # the table shows at most this many: a search narrows it


class CheckinPage(Page):
    icon_name = "checkin"
    statusMessage = Signal(str)

    def __init__(self, ctx: AppContext, parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.ctx = ctx
        self.store = ctx.store
        self._att: dict[str, Attendance] = {}
        self._converted = ""
        self.dialog: Optional[QDialog] = None

        self.heading = QLabel(self)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setObjectName("pageHeading")
        self.heading.setWordWrap(True)     # a long meeting title at a large text size
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)

        self.search = QLineEdit(self)
        self.search.setObjectName("checkinSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr(
            "Type part of a name, position, organisation or phone - Enter checks in"))
        f = self.search.font()
        f.setPointSizeF(f.pointSizeF() * 1.25)
        self.search.setFont(f)
        self.search.installEventFilter(self)
        self.search.textChanged.connect(self._refilter)

        self.only_recorded = QCheckBox(self.tr("Only people &recorded for this meeting"), self)
        self.only_recorded.toggled.connect(self._refilter)
        # text typed with the keyboard on the other layout ("l;ylfu" for สวัสดี), offered back
        self.layout_btn = QPushButton(self)
        self.layout_btn.setObjectName("layoutOffer")
        self.layout_btn.setAutoDefault(False)
        self.layout_btn.setVisible(False)
        self.layout_btn.clicked.connect(self.use_other_layout)
        QShortcut(QKeySequence("Ctrl+L"), self, self.use_other_layout)
        self.more_label = QLabel(self)
        self.more_label.setStyleSheet("color: #666;")

        self.model = AttendanceModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("checkinTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        hh = self.table.horizontalHeader()
        hh.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        hh.setStretchLastSection(True)
        columns_in_chars(self.table, (24, 17, 15, 16, 13, 10))
        self.table.doubleClicked.connect(lambda _i: self.mark_present())
        self.table.installEventFilter(self)

        self.present_btn = QPushButton(self.tr("Present (Enter)"), self)
        self.new_btn = QPushButton(self.tr("&New person… (Ctrl+Enter)"), self)
        self.absent_btn = QPushButton(self.tr("&Absent…"), self)
        self.excused_btn = QPushButton(self.tr("E&xcused…"), self)
        self.substitute_btn = QPushButton(self.tr("&Substitute for…"), self)
        self.member_btn = QPushButton(self.tr("&Member / participant"), self)
        self.remove_btn = QPushButton(self.tr("&Undo check-in of this person"), self)
        self.present_btn.clicked.connect(self.mark_present)
        self.new_btn.clicked.connect(self.open_new_person)
        self.absent_btn.clicked.connect(lambda: self.ask_reason(AttendanceStatus.ABSENT))
        self.excused_btn.clicked.connect(lambda: self.ask_reason(AttendanceStatus.EXCUSED))
        self.substitute_btn.clicked.connect(self.ask_substitute)
        self.member_btn.clicked.connect(self.toggle_member)
        self.remove_btn.clicked.connect(self.remove_selected)
        for b in (self.present_btn, self.new_btn, self.absent_btn, self.excused_btn,
                  self.substitute_btn, self.member_btn, self.remove_btn):
            b.setAutoDefault(False)
        QShortcut(QKeySequence("Ctrl+M"), self, self.toggle_member)
        QShortcut(QKeySequence("Ctrl+F"), self, self.focus_search)

        left = QWidget(self)
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(self.heading)
        ll.addWidget(self.search)
        row = QHBoxLayout()
        row.addWidget(self.only_recorded)
        self.hint = QLabel(self.tr("Up/Down pick · Enter present · Ctrl+Enter new person · "
                                   "Esc clear"), self)
        self.hint.setStyleSheet("color: #666;")
        self.hint.setWordWrap(True)  # never cut off on a small screen or in Thai
        row.addWidget(self.hint, 1)
        ll.addLayout(row)
        ll.addWidget(self.layout_btn)
        ll.addWidget(self.table, 1)
        ll.addWidget(self.more_label)
        buttons = QGridLayout()
        buttons.addWidget(self.present_btn, 0, 0)
        buttons.addWidget(self.new_btn, 0, 1)
        buttons.addWidget(self.member_btn, 0, 2)
        buttons.addWidget(self.absent_btn, 1, 0)
        buttons.addWidget(self.excused_btn, 1, 1)
        buttons.addWidget(self.substitute_btn, 1, 2)
        buttons.addWidget(self.remove_btn, 2, 0, 1, 3)
        ll.addLayout(buttons)

        self.counts_box = self._build_counts()
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(scrolling(self.counts_box, keep_width=True))   # taller than the room at 150 %
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setCollapsible(0, False)
        lay = QVBoxLayout(self)
        lay.addWidget(splitter)

        self.setTabOrder(self.search, self.only_recorded)
        self.setTabOrder(self.only_recorded, self.table)
        prev = self.table
        for b in (self.present_btn, self.new_btn, self.member_btn, self.absent_btn,
                  self.excused_btn, self.substitute_btn, self.remove_btn):
            self.setTabOrder(prev, b)
            prev = b

        ctx.meetingChanged.connect(self._on_meeting)
        ctx.storeChanged.connect(self._on_store)
        self._on_meeting(ctx.meeting_id)

    def load(self) -> None:
        self._on_meeting(self.ctx.meeting_id)

    # -------------------------------------------------------------- counts panel
    def _build_counts(self) -> QWidget:
        box = QGroupBox(self.tr("In the room"), self)
        width_in_chars(box, minimum=24)     # its texts wrap: room for the table at 150 %
        lay = QVBoxLayout(box)
        self.big_count = QLabel(box)
        self.big_count.setObjectName("presentCount")
        f = self.big_count.font()
        f.setPointSizeF(f.pointSizeF() * 2.6)
        f.setBold(True)
        self.big_count.setFont(f)
        self.big_count.setAlignment(Qt.AlignmentFlag.AlignCenter)
        lay.addWidget(self.big_count)
        self.big_caption = QLabel(self.tr("people present"), box)
        self.big_caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        lay.addWidget(self.big_caption)
        self.quorum_label = QLabel(box)
        self.quorum_label.setObjectName("quorumLabel")
        self.quorum_label.setWordWrap(True)
        self.quorum_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        lay.addWidget(self.quorum_label)
        self.actors_label = QLabel(box)
        self.actors_label.setObjectName("actorsCheck")
        self.actors_label.setWordWrap(True)
        self.actors_label.setMargin(6)
        lay.addWidget(self.actors_label)
        self.summary_label = QLabel(box)
        self.summary_label.setWordWrap(True)
        lay.addWidget(self.summary_label)
        line = QFrame(box)
        line.setFrameShape(QFrame.Shape.HLine)
        lay.addWidget(line)
        sector_title = QLabel(self.tr("By sector"), box)
        sector_title.setStyleSheet("font-weight: bold;")
        lay.addWidget(sector_title)
        grid = QGridLayout()
        self.sector_counts: dict[Sector, QLabel] = {}
        for i, (s, text) in enumerate(labels.sectors().items()):
            name = QLabel(text, box)
            n = QLabel("0", box)
            n.setAlignment(Qt.AlignmentFlag.AlignRight)
            grid.addWidget(name, i, 0)
            grid.addWidget(n, i, 1)
            self.sector_counts[s] = n
        lay.addLayout(grid)
        gender_title = QLabel(self.tr("By gender"), box)
        gender_title.setStyleSheet("font-weight: bold;")
        lay.addWidget(gender_title)
        grid = QGridLayout()
        self.gender_counts: dict[Gender, QLabel] = {}
        for i, (g, text) in enumerate(labels.genders().items()):
            name = QLabel(text, box)
            n = QLabel("0", box)
            n.setAlignment(Qt.AlignmentFlag.AlignRight)
            grid.addWidget(name, i, 0)
            grid.addWidget(n, i, 1)
            self.gender_counts[g] = n
        lay.addLayout(grid)
        lay.addStretch(1)
        return box

    def _update_counts(self) -> None:
        mid = self.ctx.meeting_id
        c = attendance.counts(self.store, mid) if mid else attendance.Counts()
        self.counts = c
        self.big_count.setText(str(c.present))
        if c.quorum is None:
            self.quorum_label.setText(self.tr("Members present: %1 (no quorum set)").replace(
                "%1", str(c.members_present)))
            self.quorum_label.setStyleSheet("")
        else:
            met = bool(c.quorum_met)
            text = (self.tr("Quorum reached: %1 members present, %2 needed") if met
                    else self.tr("No quorum yet: %1 members present, %2 needed"))
            self.quorum_label.setText(text.replace("%1", str(c.members_present))
                                      .replace("%2", str(c.quorum)))
            self.quorum_label.setStyleSheet(
                "color: #1d6b1d; font-weight: bold;" if met else "color: #a00000; "
                "font-weight: bold;")
        side = c.missing_side
        if side == "":
            self.actors_label.setText(self.tr("✔ State and non-state actors are both present "
                                              "(%1 state, %2 non-state).")
                                      .replace("%1", str(c.state_present))
                                      .replace("%2", str(c.non_state_present)))
            self.actors_label.setStyleSheet("background: #dff0d8; color: #1d4d1d;")
        else:
            text = {"state": self.tr("⚠ No state actor (government or local government) is "
                                     "present yet."),
                    "non_state": self.tr("⚠ No non-state actor (community, civil society, "
                                         "business, academia) is present yet."),
                    "both": self.tr("⚠ Nobody is present yet: a forum needs state and "
                                    "non-state actors.")}[side]
            self.actors_label.setText(text)
            self.actors_label.setStyleSheet("background: #fcf3d9; color: #6b4b00;")
        self.summary_label.setText(
            self.tr("Members %1 · participants %2 · substitutes %3 · absent %4 · excused %5")
            .replace("%1", str(c.members_present)).replace("%2", str(c.participants_present))
            .replace("%3", str(c.substitutes)).replace("%4", str(c.absent))
            .replace("%5", str(c.excused)))
        for s, lbl in self.sector_counts.items():
            lbl.setText(str(c.by_sector.get(s, 0)))
        for g, lbl in self.gender_counts.items():
            lbl.setText(str(c.by_gender.get(g, 0)))

    # -------------------------------------------------------------- data
    def _reload_attendance(self) -> None:
        mid = self.ctx.meeting_id
        self._att = {a.person_id: a for a in attendance.for_meeting(self.store, mid)} \
            if mid else {}

    def _refilter(self, *_args, merge: bool = False) -> None:
        """The people matching the search, anew (a new search: the first is picked), or
        ``merge``: after a change, only the rows that differ change (matched by person; no
        reset: the selection and the scroll position stay)."""
        current = self.current_person_id()
        text = self.search.text()
        mid = self.ctx.meeting_id
        # nothing typed: the meeting's people (never the whole register: it grows by the
        # year); typing searches the register
        found = people.find_people(self.store, text, mid, ROWS, meeting_first=False) \
            if mid else []
        if self.only_recorded.isChecked():
            found = [m for m in found if m.person and m.person.id in self._att]
        subs = people.people_by_id(self.store, [a.substitute_for_id or ""
                                                for a in self._att.values()])
        rows = []
        for m in found:
            assert m.person is not None
            a = self._att.get(m.person.id)
            rows.append(attendance.RosterRow(m.person, a, m.organisation,
                                             subs.get(a.substitute_for_id or "") if a else None))
        if merge:
            self.model.update_items(rows)
        else:
            self.model.set_rows(rows)
        self.more_label.setText(self.tr("The first %1 shown: type more of the name to find "
                                        "others.").replace("%1", str(ROWS))
                                if len(found) >= ROWS else "")
        self._offer_other_layout(text, bool(rows))
        if merge and (self.table.currentIndex().isValid() or not rows):
            return
        row = 0 if text else max(0, self.model.row_of(current)) if current else 0
        if self.model.rowCount():
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    def _offer_other_layout(self, text: str, found: bool) -> None:
        """Nobody matches: when the text reads as typed on the other keyboard layout (or its
        conversion finds someone), offer the converted text."""
        self._converted = ""
        if not found and text.strip():
            conv = namecheck.wrong_layout(text)
            other = namecheck.other_layout(text)
            if conv is None and other and people.find_people(
                    self.store, other, self.ctx.meeting_id, 1):
                conv = other
            self._converted = conv or ""
        self.layout_btn.setVisible(bool(self._converted))
        if self._converted:
            self.layout_btn.setText(self.tr("Typed with the other keyboard layout? Search "
                                            "“%1” instead (Ctrl+L)").replace(
                "%1", self._converted))

    def use_other_layout(self) -> None:
        if self._converted:
            self.search.setText(self._converted)
            self.focus_search()

    def _on_meeting(self, meeting_id: str) -> None:
        m = self.store.maybe(Meeting, meeting_id)
        if m is None:
            self.heading.setText(self.tr("Choose or create a meeting first."))
        else:
            self.heading.setText(self.tr("Check-in: %1").replace("%1", m.title or m.body_name))
        enabled = m is not None
        for w in (self.search, self.table, self.present_btn, self.new_btn, self.absent_btn,
                  self.excused_btn, self.substitute_btn, self.member_btn, self.remove_btn,
                  self.only_recorded):
            w.setEnabled(enabled)
        self._reload_attendance()
        self._refilter()
        self._update_counts()

    def _on_store(self, change: Change) -> None:
        if not change.touches(*TABLES):
            return
        if change.touches("meetings") and self.ctx.meeting_id in change.tables.get(
                "meetings", set()):
            m = self.store.maybe(Meeting, self.ctx.meeting_id)
            if m is not None:
                self.heading.setText(self.tr("Check-in: %1").replace("%1",
                                                                     m.title or m.body_name))
        if change.touches("people", "organisations", "attendance"):
            self._reload_attendance()
            self._refilter(merge=True)
        self._update_counts()

    # -------------------------------------------------------------- keyboard
    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.focus_search()

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.OtherFocusReason)
        self.search.selectAll()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress:
            return super().eventFilter(obj, event)
        key = event.key()
        mods = event.modifiers()
        enter = key in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ctrl = bool(mods & Qt.KeyboardModifier.ControlModifier)
        if obj is self.search:
            if enter and ctrl:
                self.open_new_person()
                return True
            if enter:
                if self.model.rowCount() == 0 and self.search.text().strip():
                    self.open_new_person()
                else:
                    self.mark_present()
                return True
            if key in (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
                self._move(key)
                return True
            if key == Qt.Key.Key_Escape and self.search.text():
                self.search.clear()
                return True
        elif obj is self.table and enter:
            self.mark_present()
            return True
        return super().eventFilter(obj, event)

    def _move(self, key) -> None:
        n = self.model.rowCount()
        if not n:
            return
        row = self.table.currentIndex().row()
        step = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1, Qt.Key.Key_PageUp: -10,
                Qt.Key.Key_PageDown: 10}[key]
        row = max(0, min(n - 1, (row if row >= 0 else -1) + step))
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))

    # -------------------------------------------------------------- actions
    def current_person_id(self) -> str:
        idx = self.table.currentIndex()
        r = self.model.row(idx.row()) if idx.isValid() else None
        return r.person.id if r else ""

    def _current_row(self) -> Optional[attendance.RosterRow]:
        idx = self.table.currentIndex()
        return self.model.row(idx.row()) if idx.isValid() else None

    def _ready(self) -> bool:
        return bool(self.ctx.meeting_id)

    def _after_action(self) -> None:
        self.search.clear()
        self.focus_search()

    def mark_present(self) -> None:
        r = self._current_row()
        if r is None or not self._ready():
            return
        if r.attendance is not None and r.attendance.status == AttendanceStatus.PRESENT:
            self.statusMessage.emit(self.tr("%1 is already checked in.").replace(
                "%1", r.person.full_name))
            self._after_action()
            return
        if self.ctx.run(self.tr("Check in %1").replace("%1", r.person.full_name),
                        attendance.check_in, self.store, self.ctx.meeting_id, r.person.id):
            self.statusMessage.emit(self.tr("%1 checked in.").replace("%1", r.person.full_name))
        self._after_action()

    def set_status(self, person_id: str, status: AttendanceStatus, reason: str = "") -> None:
        p = self.store.maybe(Person, person_id)
        if p is None or not self._ready():
            return
        text = {AttendanceStatus.PRESENT: self.tr("Check in %1"),
                AttendanceStatus.ABSENT: self.tr("Mark %1 absent"),
                AttendanceStatus.EXCUSED: self.tr("Mark %1 excused")}[status]
        self.ctx.run(text.replace("%1", p.full_name), attendance.set_attendance, self.store,
                     self.ctx.meeting_id, person_id, status=status, reason=reason)
        self._after_action()

    def set_substitute(self, person_id: str, for_id: str) -> None:
        p, member = self.store.maybe(Person, person_id), self.store.maybe(Person, for_id)
        if p is None or member is None or not self._ready():
            return
        self.ctx.run(self.tr("%1 attends in place of %2").replace("%1", p.full_name)
                     .replace("%2", member.full_name), attendance.set_attendance, self.store,
                     self.ctx.meeting_id, person_id, substitute_for_id=for_id)
        self._after_action()

    def toggle_member(self) -> None:
        r = self._current_row()
        if r is None or not self._ready():
            return
        a = r.attendance
        if a is None:
            self.statusMessage.emit(self.tr("Check the person in first."))
            return
        member = not a.member
        text = (self.tr("%1 is a member") if member else self.tr("%1 is a participant"))
        self.ctx.run(text.replace("%1", r.person.full_name), attendance.set_attendance,
                     self.store, self.ctx.meeting_id, r.person.id, status=a.status,
                     reason=a.reason, substitute_for_id=a.substitute_for_id, member=member,
                     at=a.check_in_at or None)
        self.focus_search()

    def remove_selected(self) -> None:
        r = self._current_row()
        if r is None or r.attendance is None or not self._ready():
            return
        self.ctx.run(self.tr("Remove the check-in of %1").replace("%1", r.person.full_name),
                     attendance.remove, self.store, self.ctx.meeting_id, r.person.id)
        self._after_action()

    def register(self, person: Person, organisation: Optional[Organisation],
                 member: bool) -> bool:
        if not self._ready():
            return False
        ok = bool(self.ctx.run(
            self.tr("Register and check in %1").replace("%1", person.full_name),
            attendance.register_and_check_in, self.store, self.ctx.meeting_id, person,
            organisation=organisation, member=member))
        if ok:
            self.statusMessage.emit(self.tr("%1 registered and checked in.").replace(
                "%1", person.full_name))
        self._after_action()
        return ok

    # -------------------------------------------------------------- dialogs
    def open_new_person(self) -> None:
        if not self._ready():
            return
        dlg = NewPersonDialog(self.store, self.search.text(), self)
        dlg.setModal(True)
        dlg.accepted.connect(lambda: self._new_person_accepted(dlg))
        dlg.existingChosen.connect(self.check_in_registered)
        dlg.finished.connect(lambda _r: self._dialog_closed(dlg))
        self.dialog = dlg
        dlg.open()

    def check_in_registered(self, person_id: str) -> None:
        """The new person was someone registered already (the dialog offered them)."""
        p = self.store.maybe(Person, person_id)
        if p is None or not self._ready():
            return
        a = self._att.get(person_id)
        if a is not None and a.status == AttendanceStatus.PRESENT:
            self.statusMessage.emit(self.tr("%1 is already checked in.").replace(
                "%1", p.full_name))
        elif self.ctx.run(self.tr("Check in %1").replace("%1", p.full_name),
                          attendance.check_in, self.store, self.ctx.meeting_id, person_id):
            self.statusMessage.emit(self.tr("%1 checked in.").replace("%1", p.full_name))
        self._after_action()

    def _new_person_accepted(self, dlg: NewPersonDialog) -> None:
        person, org = dlg.person_and_organisation()
        self.register(person, org, dlg.member.isChecked())

    def _dialog_closed(self, dlg: QDialog) -> None:
        if self.dialog is dlg:
            self.dialog = None
        dlg.deleteLater()
        self.window().activateWindow()   # back to the sign-in box, whatever the platform does
        self.focus_search()

    def ask_reason(self, status: AttendanceStatus) -> None:
        r = self._current_row()
        if r is None or not self._ready():
            return
        if status == AttendanceStatus.ABSENT:
            title = self.tr("Absent")
            prompt = self.tr("Why is %1 absent? (optional)")
        else:
            title = self.tr("Excused")
            prompt = self.tr("Reason %1 sent for being excused (optional)")
        dlg = ReasonDialog(title, prompt.replace("%1", r.person.full_name), self)
        pid = r.person.id
        dlg.accepted.connect(lambda: self.set_status(pid, status, dlg.reason.text().strip()))
        dlg.finished.connect(lambda _r: self._dialog_closed(dlg))
        self.dialog = dlg
        dlg.open()

    def ask_substitute(self) -> None:
        r = self._current_row()
        if r is None or not self._ready():
            return
        dlg = PickPersonDialog(self.ctx, r.person.id,
                               self.tr("%1 attends in place of…").replace(
                                   "%1", r.person.full_name), self)
        pid = r.person.id
        dlg.accepted.connect(lambda: dlg.person_id() and self.set_substitute(
            pid, dlg.person_id()))
        dlg.finished.connect(lambda _r: self._dialog_closed(dlg))
        self.dialog = dlg
        dlg.open()
