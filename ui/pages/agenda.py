"""Agenda: the items of the current meeting, their order, notes and resolutions, and the live
meeting clock (start/stop an item, elapsed versus time box, ahead/behind schedule).

The clock is ``self.clock`` (a callable returning a datetime), so tests use fake time; the
QTimer only refreshes the display.
"""
from __future__ import annotations

from datetime import datetime
from typing import Any, Callable, Optional

from PySide6.QtCore import (QByteArray, QMimeData, QModelIndex,
                            QPersistentModelIndex, Qt, QTimer, Signal)
from PySide6.QtGui import QAction, QBrush, QColor, QFont, QFontMetrics, QKeySequence
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QFormLayout, QGroupBox,
                               QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton,
                               QSpinBox, QSplitter, QStyle, QTableView, QVBoxLayout, QWidget)

from workshop import agenda as svc
from workshop.model import AgendaItem, AgendaKind
from workshop.store import Change

from ..context import AppContext
from ..typed import mark_shown, refill
from ..models.table import RIGHT, RecordsModel, bold_font
from ..widgets import PlainTextField, follow_font, limit_length
from . import Page

_Index = QModelIndex | QPersistentModelIndex
MIME = "application/x-prachakhom-agenda-item"
OVERRUN = QColor("#c62828")
RUNNING = QColor("#2e7d32")
SUB_INDENT = "\u2003\u2003"        # two em spaces: carried matters sit under item 3


def default_clock() -> datetime:
    return datetime.now().astimezone()


class AgendaModel(RecordsModel):
    """Adapter over ``workshop.agenda.items`` for one meeting.  Drag a row to reorder: the
    drop calls ``move_requested(item_id, new_index)`` and the page makes it an undo step."""

    COLUMNS = ("no", "title", "kind", "timebox", "used")

    def __init__(self, ctx: AppContext, clock: Callable[[], datetime], parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.clock = clock
        self.numbers: dict[str, str] = {}   # id -> "1", "2", "3", "3.1" (carried), "4", ...
        self.move_requested: Optional[Callable[[str, int], None]] = None
        self.reload()

    def _read(self) -> list[AgendaItem]:
        mid = self.ctx.meeting_id
        items = svc.items(self.ctx.store, mid) if mid else []
        self.numbers = dict(zip((i.id for i in items), svc.numbering(items)))
        return items

    def reload(self) -> None:
        """Every row anew (another meeting): the views reset."""
        with self.resetting():
            self.items = self._read()

    def refresh(self) -> None:
        """The items after an edit: only the rows that differ change (no reset)."""
        self.update_items(self._read())

    def is_sub(self, row: int) -> bool:
        """A carried matter of item 3 (numbered "3.1", ...), shown indented under it."""
        it = self.item_at(row)
        return it is not None and "." in self.numbers.get(it.id, "")

    def kind_text(self, kind: AgendaKind) -> str:
        return {AgendaKind.ANNOUNCEMENTS: self.tr("Announcements"),
                AgendaKind.APPROVE_MINUTES: self.tr("Approve minutes"),
                AgendaKind.FOLLOW_UP: self.tr("Follow-up"),
                AgendaKind.FOR_DECISION: self.tr("For decision"),
                AgendaKind.OTHER: self.tr("Other matters")}.get(kind, "")

    # ---- the table
    def headers(self) -> tuple[str, ...]:
        return (self.tr("No."), self.tr("Item"), self.tr("Kind"), self.tr("Time box"),
                self.tr("Time used"))

    def cell(self, it: AgendaItem, row: int, col: str) -> Any:
        if col == "no":
            return self.numbers.get(it.id, "")
        if col == "title":
            return (SUB_INDENT + it.title) if self.is_sub(row) else it.title
        if col == "kind":
            if self.is_sub(row):
                return self.tr("Carried over")
            return self.kind_text(it.kind)
        if col == "timebox":
            return self.tr("%1 min").replace("%1", str(it.timebox_min)) \
                if it.timebox_min else ""
        if not svc.was_used(it):
            return ""
        text = svc.format_duration(svc.elapsed(it, self.clock()))
        return ("▶ " + text) if svc.is_running(it) else text

    def tooltip(self, it: AgendaItem, row: int, col: str) -> str:
        return it.title if col == "title" else ""     # long titles are elided in the cell

    def role_data(self, it: AgendaItem, row: int, col: str, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and col in ("no", "kind") \
                and self.is_sub(row):
            return QBrush(QColor("#555555"))
        if role == Qt.ItemDataRole.ForegroundRole and col == "used":
            if svc.overrun(it, self.clock()) > 0:
                return QBrush(OVERRUN)
            if svc.is_running(it):
                return QBrush(RUNNING)
        if role == Qt.ItemDataRole.FontRole and svc.is_running(it):
            return bold_font()
        if role == Qt.ItemDataRole.TextAlignmentRole and col in ("no", "timebox", "used"):
            return RIGHT
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return base | Qt.ItemFlag.ItemIsDragEnabled

    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [MIME]

    def mimeData(self, indexes) -> QMimeData:  # noqa: N802
        md = QMimeData()
        rows = sorted({i.row() for i in indexes if i.isValid()})
        if rows:
            md.setData(MIME, QByteArray(self.items[rows[0]].id.encode()))
        return md

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int,  # noqa: N802
                     column: int, parent: _Index) -> bool:
        if action != Qt.DropAction.MoveAction or not data.hasFormat(MIME):
            return False
        item_id = bytes(data.data(MIME).data()).decode()
        ids = [i.id for i in self.items]
        if item_id not in ids:
            return False
        if row < 0:
            row = parent.row() if parent.isValid() else len(ids)
        old = ids.index(item_id)
        new = row if row <= old else row - 1
        if new != old and self.move_requested is not None:
            self.move_requested(item_id, new)
        return False   # the page reloads from the store; the view must not remove rows

    def refresh_clock_cells(self) -> None:
        """The running item's time used (the only cell the clock changes)."""
        col = self.COLUMNS.index("used")
        for row, it in enumerate(self.items):
            if svc.is_running(it):
                self.dataChanged.emit(self.index(row, col), self.index(row, col))


class AgendaPage(Page):
    icon_name = "agenda"
    statusMessage = Signal(str)

    def __init__(self, ctx: AppContext, parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.ctx = ctx
        self._clock: Callable[[], datetime] = default_clock
        self._loading = False
        self.current: Optional[AgendaItem] = None
        lay = QVBoxLayout(self)

        # -- the clock panel
        clock_box = QGroupBox(self.tr("Meeting clock"), self)
        cl = QHBoxLayout(clock_box)
        self.clock_item = QLabel(clock_box)
        self.clock_item.setTextFormat(Qt.TextFormat.PlainText)
        self.clock_item.setWordWrap(True)
        self.clock_item.setProperty("userText", True)   # shows the item's title
        self.clock_time = QLabel(clock_box)
        self.clock_time.setObjectName("clockTime")
        self.clock_time.setStyleSheet("font-size: 20pt; font-weight: bold;")
        self.schedule = QLabel(clock_box)
        self.schedule.setObjectName("schedule")
        self.btn_start = QPushButton(self.tr("▶ &Start item"), clock_box)
        self.btn_stop = QPushButton(self.tr("■ S&top"), clock_box)
        cl.addWidget(self.clock_item, 2)
        cl.addWidget(self.clock_time)
        cl.addWidget(self.schedule, 1)
        cl.addWidget(self.btn_start)
        cl.addWidget(self.btn_stop)
        lay.addWidget(clock_box)

        split = QSplitter(Qt.Orientation.Horizontal, self)
        left = QWidget(split)
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        self.model = AgendaModel(ctx, lambda: self._clock(), self)
        self.model.move_requested = self.move_item
        self.view = QTableView(left)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.view.setDragEnabled(True)
        self.view.setAcceptDrops(True)
        self.view.setDropIndicatorShown(True)
        self.view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.view.verticalHeader().hide()
        hh = self.view.horizontalHeader()
        hh.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        hh.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        # Rows are selected whole, so a highlighted (bold) header says nothing.
        hh.setHighlightSections(False)
        follow_font(self.view, self._fit_clock_columns)     # and again at a new text size
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.setWordWrap(False)
        ll.addWidget(self.view, 1)
        self.empty_hint = QLabel(self.tr("This meeting has no agenda yet."), left)
        ll.addWidget(self.empty_hint)
        row1 = QHBoxLayout()
        self.btn_add = QPushButton(self.tr("&Add item"), left)
        self.btn_delete = QPushButton(self.tr("&Delete item"), left)
        self.btn_up = QPushButton(self.tr("Move &up"), left)
        self.btn_up.setToolTip(self.tr("Ctrl+Up"))
        self.btn_down = QPushButton(self.tr("Move do&wn"), left)
        self.btn_down.setToolTip(self.tr("Ctrl+Down"))
        for b in (self.btn_add, self.btn_delete, self.btn_up, self.btn_down):
            row1.addWidget(b)
        row1.addStretch(1)
        ll.addLayout(row1)
        self.btn_customary = QPushButton(self.tr("Use the &customary five items"), left)
        self.btn_customary.setToolTip(self.tr(
            "Announcements, approval of the previous minutes, follow-up, matters for decision, "
            "other matters"))
        ll.addWidget(self.btn_customary)

        # -- the editor
        self.editor = QGroupBox(self.tr("Agenda item"), split)
        form = QFormLayout(self.editor)
        self.title = QLineEdit(self.editor)
        limit_length(self.title, "agenda_items", "title")
        self.title.setPlaceholderText(self.tr("what the item is about"))
        form.addRow(self.tr("T&itle:"), self.title)
        self.kind = QComboBox(self.editor)
        for k in AgendaKind:
            self.kind.addItem(self.model.kind_text(k), k.value)
        form.addRow(self.tr("&Kind:"), self.kind)
        self.timebox = QSpinBox(self.editor)
        self.timebox.setRange(0, 600)
        self.timebox.setSuffix(self.tr(" min"))
        self.timebox.setSpecialValueText(self.tr("no time box"))
        self.timebox.setKeyboardTracking(False)
        form.addRow(self.tr("Time &box:"), self.timebox)
        self.notes = PlainTextField(self.editor, max_height=0)
        self.notes.setPlaceholderText(self.tr("what was said (the discussion summary)"))
        form.addRow(self.tr("Dis&cussion:"), self.notes)
        self.resolution = PlainTextField(self.editor, max_height=0)
        self.resolution.setPlaceholderText(self.tr("the meeting's resolution"))
        form.addRow(self.tr("&Resolution:"), self.resolution)
        split.addWidget(left)
        split.addWidget(self.editor)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        lay.addWidget(split, 1)

        # -- keyboard reordering on the table
        self.act_up = QAction(self.tr("Move item up"), self.view)
        self.act_up.setShortcut(QKeySequence("Ctrl+Up"))
        self.act_up.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.act_down = QAction(self.tr("Move item down"), self.view)
        self.act_down.setShortcut(QKeySequence("Ctrl+Down"))
        self.act_down.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.view.addAction(self.act_up)
        self.view.addAction(self.act_down)

        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self.refresh_clock)

        self._connect()
        self.setTabOrder(self.view, self.title)
        self.setTabOrder(self.title, self.kind)
        self.setTabOrder(self.kind, self.timebox)
        self.setTabOrder(self.timebox, self.notes)
        self.setTabOrder(self.notes, self.resolution)
        self.reload()

    def _fit_clock_columns(self) -> None:
        """The time box and time used columns get a fixed width that fits their header and
        their widest value: fitted to contents, Qt left the Thai header a few pixels short."""
        hh = self.view.horizontalHeader()
        fm = hh.fontMetrics()
        bold = QFont(hh.font())
        bold.setBold(True)
        fmb = QFontMetrics(bold)        # a running item's time is bold
        pad = 2 * self.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin) + 12
        samples = {3: self.tr("%1 min").replace("%1", "999"), 4: "\u25b6 " + "9:59:59"}
        for col, sample in samples.items():
            title = str(self.model.headerData(col, Qt.Orientation.Horizontal) or "")
            width = max(fmb.horizontalAdvance(title), fmb.horizontalAdvance(sample),
                        fm.horizontalAdvance(title)) + pad
            hh.setSectionResizeMode(col, QHeaderView.ResizeMode.Fixed)
            hh.resizeSection(col, width)

    def load(self) -> None:
        self.reload()

    # ---- the clock (injectable)
    @property
    def clock(self) -> Callable[[], datetime]:
        return self._clock

    @clock.setter
    def clock(self, fn: Callable[[], datetime]) -> None:
        self._clock = fn
        self.refresh_clock()

    def _connect(self) -> None:
        self.ctx.meetingChanged.connect(lambda _m: self.reload())
        self.ctx.storeChanged.connect(self._on_store_changed)
        self.view.selectionModel().currentRowChanged.connect(self._on_row)
        self.btn_add.clicked.connect(self.add_item)
        self.btn_delete.clicked.connect(self.delete_item)
        self.btn_up.clicked.connect(lambda: self.move_by(-1))
        self.btn_down.clicked.connect(lambda: self.move_by(1))
        self.act_up.triggered.connect(lambda: self.move_by(-1))
        self.act_down.triggered.connect(lambda: self.move_by(1))
        self.btn_customary.clicked.connect(self.use_customary)
        self.btn_start.clicked.connect(self.start_current)
        self.btn_stop.clicked.connect(self.stop_running)
        self.title.editingFinished.connect(lambda: self._commit("title", self.title.text()))
        self.kind.activated.connect(
            lambda _i: self._commit("kind", AgendaKind(self.kind.currentData())))
        self.timebox.editingFinished.connect(
            lambda: self._commit("timebox_min", self.timebox.value()))
        self.notes.editingFinished.connect(
            lambda: self._commit("notes", self.notes.toPlainText()))
        self.resolution.editingFinished.connect(
            lambda: self._commit("resolution", self.resolution.toPlainText()))

    # ---- loading
    def reload(self, *_args) -> None:
        keep = self.current.id if self.current else ""
        self.model.reload()
        row = self.model.row_of(keep)
        if row < 0 and self.model.items:
            running = svc.running_item(self.model.items)
            row = self.model.row_of(running.id) if running else 0
        if row >= 0:
            self.view.selectRow(row)
        self._on_row(self.view.currentIndex())

    def _on_store_changed(self, change: Change) -> None:
        """Only the rows that changed are updated (no reset: the selection and the scroll
        position stay).  The form is refilled for another page's edit of the item shown
        (what is typed stays), never after this page's own edit."""
        if not change.touches("agenda_items", "meetings"):
            return
        shown = self.current.id if self.current else ""
        old_row = self.model.row_of(shown) if shown else -1
        self.model.refresh()
        row = self.model.row_of(shown) if shown else -1
        if row >= 0:
            self.current = self.model.items[row]
            if not change.made_by(self) and shown in change.tables.get("agenda_items", ()):
                self._on_row(self.view.currentIndex())
        elif self.model.items:      # nothing shown, or the item shown is gone: a neighbour
            self.view.selectRow(min(max(old_row, 0), len(self.model.items) - 1))
        else:
            self._on_row(QModelIndex())
        self.refresh_clock()

    def _on_row(self, index: QModelIndex, _prev: QModelIndex | None = None) -> None:
        it = self.model.items[index.row()] if index.isValid() and \
            index.row() < len(self.model.items) else None
        self.current = it
        self._loading = True
        try:
            self.editor.setEnabled(it is not None and not self.ctx.read_only)
            key = it.id if it else ""
            refill(self.title, it.title if it else "", key)
            self.kind.setCurrentIndex(max(0, self.kind.findData(it.kind.value)) if it else 0)
            self.timebox.setValue(it.timebox_min if it else 0)
            refill(self.notes, it.notes if it else "", key)
            refill(self.resolution, it.resolution if it else "", key)
        finally:
            self._loading = False
        self.refresh_clock()

    def _update_buttons(self) -> None:
        has_meeting = bool(self.ctx.meeting_id)
        writable = has_meeting and not self.ctx.read_only
        n = len(self.model.items)
        row = self.model.row_of(self.current.id) if self.current else -1
        self.btn_add.setEnabled(writable)
        self.btn_delete.setEnabled(writable and row >= 0)
        self.btn_up.setEnabled(writable and row > 0)
        self.btn_down.setEnabled(writable and 0 <= row < n - 1)
        self.btn_customary.setVisible(n == 0)
        self.btn_customary.setEnabled(writable)
        self.empty_hint.setVisible(n == 0)
        running = svc.running_item(self.model.items)
        self.btn_start.setEnabled(writable and self.current is not None
                                  and not (running and running.id == self.current.id))
        self.btn_stop.setEnabled(writable and running is not None)

    def refresh_clock(self) -> None:
        """Redraw the clock from the store's times and ``self.clock()``; nothing is written."""
        now = self._clock()
        items = self.model.items
        running = svc.running_item(items)
        shown = running or self.current
        if shown is None:
            self.clock_item.setText(self.tr("No item"))
            self.clock_time.setText("")
        else:
            used = svc.elapsed(shown, now)
            state = self.tr("Running:") if running else self.tr("Selected:")
            self.clock_item.setText(f"{state} {shown.title}")
            text = svc.format_duration(used)
            if shown.timebox_min:
                text += " / " + svc.format_duration(shown.timebox_min * 60)
            over = svc.overrun(shown, now)
            color = OVERRUN.name() if over else (RUNNING.name() if running else "palette(text)")
            self.clock_time.setStyleSheet(f"font-size: 20pt; font-weight: bold; color: {color};")
            self.clock_time.setText(text)
            self.clock_time.setProperty("overrun", bool(over))
        delta = svc.schedule_delta(items, now)
        if not any(svc.was_used(i) for i in items):
            planned = svc.planned_minutes(items)
            self.schedule.setText(self.tr("Planned: %1 min").replace("%1", str(planned)))
            self.schedule.setStyleSheet("")
        elif delta > 0:
            self.schedule.setText(self.tr("%1 behind schedule").replace(
                "%1", svc.format_duration(delta)))
            self.schedule.setStyleSheet(f"color: {OVERRUN.name()}; font-weight: bold;")
        elif delta < 0:
            self.schedule.setText(self.tr("%1 ahead of schedule").replace(
                "%1", svc.format_duration(-delta)))
            self.schedule.setStyleSheet(f"color: {RUNNING.name()};")
        else:
            self.schedule.setText(self.tr("On schedule"))
            self.schedule.setStyleSheet("")
        self.schedule.setProperty("delta", delta)
        self.model.refresh_clock_cells()
        if running and not self.timer.isActive():
            self.timer.start()
        elif not running and self.timer.isActive():
            self.timer.stop()
        self._update_buttons()

    # ---- editing
    def commit_pending(self) -> None:
        """Save the item's fields still being typed (the file is about to close)."""
        self.timebox.interpretText()
        typed = [("title", self.title.text()), ("timebox_min", self.timebox.value()),
                 ("notes", self.notes.toPlainText()),
                 ("resolution", self.resolution.toPlainText())]
        for name, value in typed:     # read first: each save reloads the editor
            if name == "title" and not value.strip():
                continue              # no message while the window closes
            self._commit(name, value)

    def shutdown(self) -> None:
        self.timer.stop()

    def _commit(self, name: str, value: Any) -> None:
        if self._loading or self.current is None or self.ctx.read_only:
            return
        if getattr(self.current, name) == value:
            return
        label = {"title": self.tr("Edit item title"), "kind": self.tr("Change item kind"),
                 "timebox_min": self.tr("Change time box"),
                 "notes": self.tr("Edit discussion"),
                 "resolution": self.tr("Edit resolution")}[name]
        if not self.ctx.run(label, svc.update_item, self.ctx.store, self.current.id,
                            origin=self, **{name: value}):
            refill(self.title, self.current.title, self.current.id, force=True)  # refused
            return
        field = {"title": self.title, "notes": self.notes, "resolution": self.resolution}
        if name in field:
            mark_shown(field[name])    # saved: what it holds is now the stored text

    def add_item(self) -> None:
        mid = self.ctx.meeting_id
        if not mid:
            return
        row = self.model.row_of(self.current.id) if self.current else -1
        pos = row + 1 if row >= 0 else None
        done = self.ctx.run(self.tr("Add agenda item"), svc.add_item, self.ctx.store, mid,
                            self.tr("New item"), position=pos, origin=self)
        if done:
            self.select(done.result.id)
            self.title.setFocus()
            self.title.selectAll()

    def delete_item(self) -> None:
        if self.current is None:
            return
        self.ctx.run(self.tr("Delete agenda item"), svc.delete_item, self.ctx.store,
                     self.current.id, origin=self)

    def use_customary(self) -> None:
        mid = self.ctx.meeting_id
        if not mid:
            return
        self.ctx.run(self.tr("Customary agenda"), svc.add_customary, self.ctx.store, mid,
                     origin=self)

    def move_by(self, delta: int) -> None:
        if self.current is None:
            return
        row = self.model.row_of(self.current.id)
        new = row + delta
        if row < 0 or not 0 <= new < len(self.model.items):
            return
        self.move_item(self.current.id, new)

    def move_item(self, item_id: str, new_index: int) -> None:
        if self.ctx.run(self.tr("Move agenda item"), svc.move_item, self.ctx.store, item_id,
                        new_index, origin=self):
            self.select(item_id)

    def select(self, item_id: str) -> None:
        row = self.model.row_of(item_id)
        if row >= 0:
            self.view.selectRow(row)

    # ---- the clock
    def start_current(self) -> None:
        if self.current is None:
            return
        self.ctx.run(self.tr("Start item clock"), svc.start_item, self.ctx.store,
                     self.current.id, self._clock(), origin=self)

    def stop_running(self) -> None:
        running = svc.running_item(self.model.items)
        if running is None:
            return
        self.ctx.run(self.tr("Stop item clock"), svc.stop_item, self.ctx.store, running.id,
                     self._clock(), origin=self)
