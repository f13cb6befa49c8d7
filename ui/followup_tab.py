"""The "Follow-up and next meeting" tab of the Action plan page.

"Create the next meeting" makes the next meeting of the series, whose agenda item 3 lists
this meeting's open actions, deferred proposals and outstanding pledges; the follow-up matters
carried into the meeting shown are listed here, and updating the status of one updates the
original action, proposal or pledge (:mod:`workshop.followup`).  Each is one undo step.
"""
from __future__ import annotations

from typing import Optional

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (QComboBox, QGroupBox, QHBoxLayout, QLabel, QPushButton,
                               QVBoxLayout, QWidget)

from workshop import followup as fu
from workshop.model import ActionStatus, AgendaItem, Meeting, Outcome

from . import labels
from .context import AppContext
from .models.deliberation import Row, RowsModel
from .widgets import BEDateEdit, ColumnFitter, read_only_table


class FollowUpTab(QWidget):
    """The next meeting, and the follow-up matters of the meeting shown."""

    statusMessage = Signal(str)
    meetingCreated = Signal(str)

    def __init__(self, ctx: AppContext, parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.ctx = ctx
        self._build()
        ctx.meetingChanged.connect(lambda _id: self.reload())
        ctx.storeChanged.connect(self._on_store_changed)
        self.reload()

    def tab_title(self) -> str:
        return self.tr("Follow-up and next meeting")

    def _build(self) -> None:
        lay = QVBoxLayout(self)
        nxt = QGroupBox(self.tr("Next meeting"))
        nl = QHBoxLayout(nxt)
        self.next_date = BEDateEdit()
        self.next_date.setDate(QDate.currentDate().addMonths(1))
        self.next_button = QPushButton(self.tr("Create the next meeting"))
        self.next_button.setToolTip(self.tr(
            "Creates the next meeting of the series; its agenda item 3 lists the open actions, "
            "deferred proposals and outstanding pledges"))
        self.next_button.clicked.connect(self.create_next_meeting)
        nl.addWidget(QLabel(self.tr("Date")))
        nl.addWidget(self.next_date)
        nl.addWidget(self.next_button)
        nl.addStretch(1)
        lay.addWidget(nxt)
        intro = QLabel(self.tr(
            "Follow-up matters of this meeting (agenda item 3): updating the status here "
            "updates the original action, proposal or pledge."))
        intro.setWordWrap(True)             # the tab is never wider than the window
        lay.addWidget(intro)
        self.follow_model = RowsModel([self.tr("Matter"), self.tr("Kind"), self.tr("Status")],
                                      self)
        self.follow_view = read_only_table(self.follow_model, stretch=0)
        ColumnFitter(self.follow_view, 0)
        self.follow_view.selectionModel().selectionChanged.connect(
            lambda *_: self._fill_follow_status())
        lay.addWidget(self.follow_view, 1)
        self.follow_empty = QLabel(self.tr(
            "Nothing is carried over into this meeting: agenda item 3 has no follow-up "
            "matters.\n\nWhen this meeting ends, \u201cCreate the next meeting\u201d above "
            "carries its open actions, deferred proposals and outstanding pledges into the next "
            "meeting's agenda item 3, where their status can be updated here."))
        self.follow_empty.setObjectName("followEmpty")
        self.follow_empty.setWordWrap(True)
        self.follow_empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.follow_empty.setMargin(24)
        self.follow_empty.hide()
        lay.addWidget(self.follow_empty, 1)
        row = QHBoxLayout()
        self.follow_status = QComboBox()
        self.follow_button = QPushButton(self.tr("Update status"))
        self.follow_button.clicked.connect(self.update_followup)
        row.addWidget(QLabel(self.tr("New status:")))
        row.addWidget(self.follow_status)
        row.addWidget(self.follow_button)
        row.addStretch(1)
        lay.addLayout(row)

    # ------------------------------------------------------------------ data
    def _on_store_changed(self, change) -> None:
        """Only the rows that differ change (matched by id, no reset: the selection and the
        scroll position stay); the status being chosen stays unless the matter's own status
        changed."""
        if change.touches("actions", "pledges", "proposals", "agenda_items", "meetings"):
            self._show_matters(merge=True)

    def _selected(self) -> str:
        sel = self.follow_view.selectionModel().selectedRows()
        return self.follow_model.id_at(sel[0].row()) if sel else ""

    def _status_text(self, value) -> str:
        if isinstance(value, ActionStatus):
            return labels.action_statuses()[value]
        if isinstance(value, Outcome):
            return labels.outcomes()[value]
        if value is None:
            return self.tr("(record deleted)")
        return self.tr("Fulfilled") if value else self.tr("Outstanding")

    def reload(self) -> None:
        self._show_matters()

    def _show_matters(self, merge: bool = False) -> None:
        """The follow-up matters anew (another meeting), or ``merge``: after a change."""
        store, mid = self.ctx.store, self.ctx.meeting_id
        self.setEnabled(bool(mid))
        kinds = {"actions": self.tr("Action"), "proposals": self.tr("Deferred proposal"),
                 "pledges": self.tr("Pledge")}
        keep = self._selected()
        rows = [Row([it.title, kinds.get(it.source_table, it.source_table),
                     self._status_text(fu.status_of(store, it))], it.id)
                for it in (fu.followup_items(store, mid) if mid else [])]
        shown = self.follow_model.row(self.follow_model.row_of(keep)) if keep else None
        (self.follow_model.update_rows if merge else self.follow_model.set_rows)(rows)
        self.follow_view.setVisible(bool(rows))
        self.follow_empty.setVisible(not rows)
        if merge:
            now = self.follow_model.row(self.follow_model.row_of(keep)) if keep else None
            if now is None or shown is None or now.cells != shown.cells:
                self._fill_follow_status()     # the matter gone, or its status changed
            return
        if keep and self.follow_model.row_of(keep) >= 0:
            self.follow_view.selectRow(self.follow_model.row_of(keep))
        self._fill_follow_status()

    def _fill_follow_status(self) -> None:
        self.follow_status.clear()
        item_id = self._selected()
        item = self.ctx.store.maybe(AgendaItem, item_id) if item_id else None
        self.follow_button.setEnabled(item is not None)
        if item is None:
            return
        status = fu.status_of(self.ctx.store, item)
        if item.source_table == "actions":
            labels.fill_combo(self.follow_status, ActionStatus, status)
        elif item.source_table == "proposals":
            outs = labels.outcomes()
            for o in (Outcome.DEFERRED, Outcome.ADOPTED, Outcome.AMENDED, Outcome.REJECTED):
                self.follow_status.addItem(outs[o], o.value)
            self.follow_status.setCurrentIndex(max(0, self.follow_status.findData(
                status.value if isinstance(status, Outcome) else None)))
        else:
            self.follow_status.addItem(self.tr("Outstanding"), "0")
            self.follow_status.addItem(self.tr("Fulfilled"), "1")
            self.follow_status.setCurrentIndex(1 if status else 0)

    # ------------------------------------------------------------------ actions
    def create_next_meeting(self) -> Optional[Meeting]:
        mid = self.ctx.meeting_id
        if not mid:
            return None
        store = self.ctx.store
        done = self.ctx.run(self.tr("Create the next meeting"), fu.create_next_meeting, store,
                            mid, self.next_date.iso())
        if not done:
            return None
        m = done.result
        n = len(fu.followup_items(store, m.id))
        self.ctx.set_meeting(m.id)
        self.meetingCreated.emit(m.id)
        self.statusMessage.emit(self.tr("Meeting %1/%2 created with %3 follow-up matters")
                                .replace("%1", str(m.number)).replace("%2", str(m.be_year))
                                .replace("%3", str(n)))
        return m

    def update_followup(self) -> None:
        item_id = self._selected()
        data = self.follow_status.currentData()
        if not item_id or data is None:
            return
        item = self.ctx.store.get(AgendaItem, item_id)
        value = {"actions": ActionStatus, "proposals": Outcome}.get(item.source_table)
        status = value(data) if value else data == "1"
        self.ctx.run(self.tr("Update follow-up status"), fu.set_status, self.ctx.store,
                     item_id, status)
