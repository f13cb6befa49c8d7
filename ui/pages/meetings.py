"""Meetings: the meetings in the file; create, follow on with the next one, delete (undoable)."""
from __future__ import annotations

from typing import Any, Optional

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QMessageBox,
                               QPushButton, QTableView, QVBoxLayout, QWidget)

from workshop import followup, meetings
from workshop.model import Meeting

from .. import i18n
from ..context import AppContext
from ..meeting_status import MeetingStatusLine, status_text
from ..models.table import ID_ROLE, RecordsModel, bold_font
from ..widgets import follow_font
from . import Page


FIT_ROWS = 100      # rows a column is fitted to (the newest meetings, on screen first)
CELL_PADDING = 16   # a cell's margins and grid line


class MeetingsModel(RecordsModel):
    """Adapter over ``workshop.meetings.list_meetings`` (newest first)."""

    COLUMNS = ("number", "date", "title", "village", "status")

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.reload()

    def reload(self) -> None:
        """Every row anew (another file, a page built): the views reset."""
        self.set_items(meetings.list_meetings(self.ctx.store))

    def refresh(self) -> None:
        """The meetings after a change: only the rows that differ change (no reset: the
        selection and the scroll position stay)."""
        self.update_items(meetings.list_meetings(self.ctx.store))

    def headers(self) -> tuple[str, ...]:
        return (self.tr("No./B.E. year"), self.tr("Date"), self.tr("Title"), self.tr("Village"),
                self.tr("Status"))

    def cell(self, m: Meeting, row: int, col: str) -> Any:
        if col == "number":
            return f"{m.number}/{m.be_year}"
        if col == "date":
            return i18n.format_date_be(m.date)
        if col == "title":
            return m.title
        if col == "village":
            parts = []
            if m.village_no:
                parts.append(self.tr("Village no. %1").replace("%1", m.village_no))
            if m.village_name:
                parts.append(m.village_name)
            return " ".join(parts)
        return status_text(m.status)

    def meeting(self, meeting_id: str) -> Optional[Meeting]:
        return self.item_at(self.row_of(meeting_id)) if meeting_id else None

    def tooltip(self, m: Meeting, row: int, col: str) -> str:
        return ""

    def role_data(self, m: Meeting, row: int, col: str, role: int) -> Any:
        if role == Qt.ItemDataRole.FontRole and m.id == self.ctx.meeting_id:
            return bold_font()
        return None



class MeetingsPage(Page):
    icon_name = "meetings"
    requestPage = Signal(str)
    statusMessage = Signal(str)

    def __init__(self, ctx: AppContext, parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.ctx = ctx
        self._merging = False       # a change notice's rows being merged (not a choice)
        lay = QVBoxLayout(self)
        heading = QLabel(self.tr("Meetings in this file"), self)
        heading.setStyleSheet("font-size: 14pt; font-weight: bold;")
        lay.addWidget(heading)
        hint = QLabel(self.tr("Choose the meeting to work on. Each forum of a series follows "
                              "on from the one before: its unfinished actions come back as "
                              "follow-up items."), self)
        hint.setWordWrap(True)
        lay.addWidget(hint)

        self.model = MeetingsModel(ctx, self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.setWordWrap(False)
        hh = self.view.horizontalHeader()
        # a file holds thousands of meetings: the columns fit the first rows once per reload,
        # never every row on every show (ResizeToContents)
        hh.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        hh.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.model.modelReset.connect(self._fit_columns)
        follow_font(self.view, self._fit_columns)       # and again at a new text size
        lay.addWidget(self.view, 1)
        self.status_line = MeetingStatusLine(ctx, self)
        lay.addWidget(self.status_line)

        buttons = QHBoxLayout()
        self.btn_open = QPushButton(self.tr("&Open meeting"), self)
        self.btn_new = QPushButton(self.tr("&New meeting"), self)
        self.btn_next = QPushButton(self.tr("Next meeting in this &series"), self)
        self.btn_next.setToolTip(self.tr("A new meeting with the same body, place, officers, "
                                         "quorum and map, numbered for its year"))
        self.btn_delete = QPushButton(self.tr("&Delete meeting"), self)
        self.btn_delete.setToolTip(self.tr("Deletes the meeting and everything recorded in it, "
                                           "after asking (Edit ▸ Undo brings it back)"))
        for b in (self.btn_open, self.btn_new, self.btn_next, self.btn_delete):
            buttons.addWidget(b)
        buttons.addStretch(1)
        lay.addLayout(buttons)

        self.btn_open.clicked.connect(self.open_current)
        self.btn_new.clicked.connect(self.new_meeting)
        self.btn_next.clicked.connect(self.next_meeting)
        self.btn_delete.clicked.connect(self.delete_meeting)
        self.view.doubleClicked.connect(lambda _i: self.open_current())
        self.view.selectionModel().currentRowChanged.connect(self._on_row)
        ctx.storeChanged.connect(self._on_store_changed)
        ctx.meetingChanged.connect(self._select_current)
        self.setTabOrder(self.view, self.btn_open)
        self.setTabOrder(self.btn_open, self.btn_new)
        self.setTabOrder(self.btn_new, self.btn_next)
        self.setTabOrder(self.btn_next, self.btn_delete)
        self.setTabOrder(self.btn_delete, self.status_line.button)
        self._select_current()
        self._update_buttons()

    def load(self) -> None:
        self.model.reload()
        self._select_current()

    # ---- state
    def selected_id(self) -> str:
        idx = self.view.currentIndex()
        return self.model.data(idx, ID_ROLE) if idx.isValid() else ""

    def _on_row(self, current: QModelIndex, _previous: QModelIndex) -> None:
        mid = self.model.data(current, ID_ROLE) if current.isValid() else ""
        if mid and not self._merging:      # not a row gone from under it
            self.ctx.set_meeting(mid)
        self._update_buttons()

    def _fit_columns(self) -> None:
        """Each column but the title fits its header and the first FIT_ROWS rows' text (the
        newest meetings: the ones on screen), measured here without asking the view to size
        every row."""
        model, hh = self.model, self.view.horizontalHeader()
        font = self.view.font()
        font.setBold(True)                  # the current meeting's row is bold
        fm = QFontMetrics(font)
        rows = min(FIT_ROWS, model.rowCount())
        for col in range(model.columnCount()):
            if col == 2:
                continue
            texts = (model.data(model.index(r, col)) for r in range(rows))
            need = max((fm.horizontalAdvance(str(t)) for t in texts if t), default=0)
            hh.resizeSection(col, max(need + CELL_PADDING, hh.sectionSizeHint(col)))

    def _select_current(self, *_args) -> None:
        row = self.model.row_of(self.ctx.meeting_id)
        if row >= 0 and self.view.currentIndex().row() != row:
            self.view.selectRow(row)
        self.view.viewport().update()
        self._update_buttons()

    def _update_buttons(self) -> None:
        sel = self.selected_id()
        self.status_line.show_meeting(self.model.meeting(sel))
        has = bool(sel)
        writable = not self.ctx.read_only
        self.btn_open.setEnabled(has)
        self.btn_new.setEnabled(writable)
        self.btn_next.setEnabled(has and writable)
        self.btn_delete.setEnabled(has and writable)

    def _on_store_changed(self, change) -> None:
        """Only the rows that changed are updated (no reset: the selection and the scroll
        position stay); the current meeting deleted, the latest becomes current."""
        if not change.touches("meetings"):
            return
        keep = self.ctx.meeting_id
        self._merging = True
        try:
            self.model.refresh()
        finally:
            self._merging = False
        if self.model.row_of(keep) < 0:   # the current meeting was deleted
            latest = meetings.latest_meeting(self.ctx.store)
            self.ctx.set_meeting(latest.id if latest else "")
        self._select_current()

    # ---- actions
    def open_current(self) -> None:
        mid = self.selected_id()
        if mid:
            self.ctx.set_meeting(mid)
            self.requestPage.emit("ui.pages.setup")

    def new_meeting(self) -> None:
        title = self.tr("Community forum")
        done = self.ctx.run(self.tr("New meeting"), meetings.new_meeting, self.ctx.store, title)
        if done:
            self.ctx.set_meeting(done.result.id)

    def next_meeting(self) -> None:
        prev = self.selected_id()
        if not prev:
            return
        # the same as the Action plan's "Next meeting": item 3 lists what is still open
        done = self.ctx.run(self.tr("Next meeting"), followup.create_next_meeting,
                            self.ctx.store, prev)
        if done:
            m = done.result
            self.ctx.set_meeting(m.id)
            self.statusMessage.emit(self.tr("Meeting %1/%2 created").replace(
                "%1", str(m.number)).replace("%2", str(m.be_year)))

    def delete_meeting(self) -> None:
        mid = self.selected_id()
        m = self.model.meeting(mid)
        if m is None:
            return
        # a closed meeting is refused by the store with its one message; nothing to ask
        if not meetings.is_closed(m) and not self.confirm_delete(m):
            return
        if self.ctx.run(self.tr("Delete meeting"), meetings.delete_meeting, self.ctx.store, mid):
            self.statusMessage.emit(self.tr("Meeting deleted. Ctrl+Z brings it back."))

    def confirm_delete(self, m: Meeting) -> bool:
        """Ask before deleting ``m``, naming it and what goes with it."""
        rec = meetings.recorded_in(self.ctx.store, m.id)
        name = (f"{m.number}/{m.be_year} «{m.title}»" if m.title else f"{m.number}/{m.be_year}")
        when = i18n.format_date_be(m.date)
        text = self.tr("Delete meeting %1 of %2?").replace("%1", name).replace("%2", when)
        if rec.empty:
            text += "\n\n" + self.tr("Nothing has been recorded in it yet.")
        else:
            parts = [(self.tr("check-ins"), rec.attendance), (self.tr("issues"), rec.issues),
                     (self.tr("proposals"), rec.proposals), (self.tr("actions"), rec.actions),
                     (self.tr("pledges"), rec.pledges)]
            what = ", ".join(f"{label}: {n}" for label, n in parts if n)
            text += "\n\n" + self.tr("Everything recorded in it is deleted with it (%1) and its "
                                      "agenda.").replace("%1", what)
        text += "\n\n" + self.tr("Edit ▸ Undo brings it all back.")
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Delete meeting"), text,
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                          self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("&Delete"))
        box.button(QMessageBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        return box.exec() == QMessageBox.StandardButton.Yes
