"""Small widgets shared by pages (pages never import each other, so they live here)."""
from __future__ import annotations

import html
import re
from typing import Any, Callable, Optional

from PySide6.QtCore import QDate, QDateTime, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFocusEvent, QFont, QKeyEvent, QValidator
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QCompleter, QDateEdit, QFrame,
                               QHeaderView, QLayout, QLineEdit, QPlainTextEdit, QScrollArea,
                               QTabWidget, QTableView, QTableWidget, QTableWidgetItem,
                               QWidget)

from workshop import limits, thai

from .sizing import (NORMAL_LINE, FlowLayout, ScrollBody, TitleMayClipBox,  # noqa: F401
                     columns_in_chars, follow_font, height_in_lines, row_height,
                     rows_follow_text, show_rows, text_width, width_for_texts, width_in_chars)


TOOLTIP_LIMIT = 1000


def plain_tooltip(text: str, limit: int = TOOLTIP_LIMIT) -> str:
    """A tooltip that shows user text literally.

    Qt guesses whether a tooltip is rich text (``Qt::mightBeRichText``), so a name such as
    ``<b>Somchai</b>`` would turn bold and ``&amp;`` would become ``&``.  The text is escaped
    inside an explicit rich-text paragraph that keeps line breaks, and cut at ``limit``
    characters so a pasted book does not fill the screen.
    """
    if not text:
        return ""
    if len(text) > limit:
        text = text[:limit] + "\u2026"
    return f"<p style='white-space:pre-wrap'>{html.escape(text, quote=False)}</p>"


#: rows read to fit a table's columns to their contents, beyond those in view
MEASURED_ROWS = 100


def read_only_table(model, stretch: int = -1, *, word_wrap: bool = True) -> QTableView:
    """A read-only, whole-row, single-selection table over ``model``; column ``stretch``
    takes the spare width (else the last column does)."""
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().setVisible(False)
    view.setWordWrap(word_wrap)
    h = view.horizontalHeader()
    h.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    # columns fit the rows in view and a hundred around them, not a thousand rows at every
    # show of the page (Qt's default)
    h.setResizeContentsPrecision(MEASURED_ROWS)
    if stretch >= 0:
        h.setStretchLastSection(False)
        h.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    else:
        h.setStretchLastSection(True)
    return view


def limit_length(edit: QLineEdit, table: str, column: str) -> QLineEdit:
    """Mirror the store's limit of ``table.column`` (:mod:`workshop.limits`) in a line edit,
    so a pasted page of text is cut there instead of being refused after typing."""
    limit = limits.max_length(table, column)
    if limit:
        edit.setMaxLength(limit)
    return edit


class PlainTextField(QPlainTextEdit):
    """A multi-line plain-text field that says when editing finished (on leaving it)."""

    editingFinished = Signal()

    def __init__(self, parent: Optional[QWidget] = None, max_height: int = 80):
        """``max_height``: pixels at the normal text size (as many lines at any size)."""
        super().__init__(parent)
        self.setTabChangesFocus(True)
        if max_height:
            height_in_lines(self, maximum=max(1.0, (max_height - 12) / NORMAL_LINE))

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt API
        super().focusOutEvent(event)
        self.editingFinished.emit()


class SearchCombo(QComboBox):
    """A combo of records with type-to-search (matches anywhere in the name).

    Item data is the record id; the first item ("none") has "" as its data.
    """

    def __init__(self, parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        comp = self.completer()
        comp.setFilterMode(Qt.MatchFlag.MatchContains)
        comp.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        comp.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def set_items(self, none_text: str, items: list[tuple[str, str]],
                  current: Optional[str]) -> None:
        self.blockSignals(True)
        self.clear()
        self.addItem(none_text, "")
        for ident, text in items:
            self.addItem(text, ident)
        self.blockSignals(False)
        self.select(current)

    def select(self, ident: Optional[str]) -> None:
        i = self.findData(ident or "")
        self.blockSignals(True)
        self.setCurrentIndex(max(0, i))
        self.setEditText(self.itemText(max(0, i)))
        self.blockSignals(False)

    def value(self) -> Optional[str]:
        """The chosen id; text typed that names an item chooses it, other text is ignored."""
        i = self.findText(self.currentText(), Qt.MatchFlag.MatchFixedString)
        if i >= 0 and i != self.currentIndex():
            self.setCurrentIndex(i)
        elif i < 0:
            self.setEditText(self.itemText(self.currentIndex()))   # undo stray typing
        return self.currentData() or None


_BE_YEAR = re.compile(r"(\d{4,5})(?!.*\d)")   # the last number in the text: the year


def _shift_year(text: str, offset: int, lowest: int) -> str:
    """Add ``offset`` to the year in ``text`` when it is a complete year >= ``lowest``."""
    def shift(m: re.Match) -> str:
        year = int(m.group(1))
        return str(year + offset) if year >= lowest else m.group(1)
    return _BE_YEAR.sub(shift, text, count=1)


class BEDateEdit(QDateEdit):
    """A date field whose shown and typed year is Buddhist Era (C.E. + 543): "20/11/2569".

    The value (``date()``, ``setDate()``, the calendar popup) stays Gregorian; only the text
    is shifted, so stepping with the arrow keys and the popup work as in a plain QDateEdit.
    """

    SEPARATORS = "/.- "

    def __init__(self, parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.setDisplayFormat("dd/MM/yyyy")
        self.setCalendarPopup(True)
        # The maximum stays Qt's (C.E. 9999): a partly typed B.E. year ("25") must pass as a
        # possible C.E. year while it is being typed.
        self.setMinimumDate(QDate(1900, 1, 1))

    # text <-> value
    def textFromDateTime(self, dt: QDateTime) -> str:  # noqa: N802 - Qt API
        return _shift_year(super().textFromDateTime(dt), thai.BE_OFFSET, 1000)

    def dateTimeFromText(self, text: str) -> QDateTime:  # noqa: N802 - Qt API
        return super().dateTimeFromText(self._to_ce(text))

    def validate(self, text: str, pos: int):  # noqa: D401 - Qt API
        state, fixed, pos = super().validate(self._to_ce(text), pos)
        if state == QValidator.State.Acceptable:
            return state, _shift_year(fixed, thai.BE_OFFSET, 1000), pos
        return state, text, pos

    def fixup(self, text: str) -> str:
        fixed = super().fixup(self._to_ce(text))
        return _shift_year(fixed, thai.BE_OFFSET, 1000) if isinstance(fixed, str) else text

    @staticmethod
    def _to_ce(text: str) -> str:
        return _shift_year(text, -thai.BE_OFFSET, 1000 + thai.BE_OFFSET)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        # Typing "15/03/2569": after "15" the field moves to the month by itself, so the "/"
        # that follows must not skip the month as well.
        line = self.lineEdit()
        start = line.selectionStart()
        if (event.text() and event.text() in self.SEPARATORS and start > 0
                and line.text()[start - 1] in self.SEPARATORS):
            event.accept()
            return
        super().keyPressEvent(event)

    # the stored form
    def iso(self) -> str:
        return self.date().toString("yyyy-MM-dd")

    def set_iso(self, iso: str) -> None:
        d = thai.parse_date(iso)
        if d is not None:
            self.setDate(QDate(d.year, d.month, d.day))


class ColumnFitter(QObject):
    """Size a table's columns so its main text column keeps its room.

    ``stretch`` (the column that says what a row is) takes what is left and never less than
    ``share`` of the width.  Every other column fits its header and contents, at most
    ``col_chars.get(col, chars)`` characters of the table's font (:func:`text_width`, so the
    caps grow with the text size); when they still need more than is left, the widest of them
    are cut to one common width, never below their header (short columns such as dates and
    amounts stay whole), and their text is elided, the tooltip showing all of it; when even
    their headers leave the main column less than its share, the table scrolls sideways
    (inside itself: the page stays as wide as the window).  Refitted
    when the rows, the width or the text size change; the user can still drag a column
    wider.

    A table of thousands of rows is measured on the rows in view and :data:`MEASURED_ROWS`
    around them (Qt would read every row of a hidden table): a hidden table is fitted when
    it is shown."""

    MEASURED_ROWS = MEASURED_ROWS

    def __init__(self, view: QAbstractItemView, stretch: int, *, chars: float = 27,
                 col_chars: Optional[dict[int, float]] = None, share: float = 0.35):
        super().__init__(view)
        self.view, self.stretch, self.chars, self.col_chars, self.share = (
            view, stretch, chars, dict(col_chars or {}), share)
        self._due = False
        header = view.horizontalHeader()
        header.setResizeContentsPrecision(self.MEASURED_ROWS)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        view.setTextElideMode(Qt.TextElideMode.ElideRight)
        view.setWordWrap(False)
        model = view.model()
        for sig in (model.modelReset, model.rowsInserted, model.rowsRemoved,
                    model.layoutChanged, model.headerDataChanged):
            sig.connect(self.fit)
        self._later = QTimer(self)          # after a new text size: once every part has it
        self._later.setSingleShot(True)
        self._later.setInterval(0)
        self._later.timeout.connect(self.fit)
        view.viewport().installEventFilter(self)
        view.installEventFilter(self)
        self.fit()

    def cap(self, col: int) -> int:
        """The widest column ``col`` is made (pixels, in the table's current font)."""
        return text_width(self.view, self.col_chars.get(col, self.chars))

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if (event.type() == QEvent.Type.Resize and obj is self.view.viewport()) or (
                event.type() == QEvent.Type.Show and self._due):
            self.fit()
        elif event.type() == QEvent.Type.FontChange:
            self._later.start()
        return False

    def fit(self, *_args) -> None:
        view, header = self.view, self.view.horizontalHeader()
        if not view.isVisible():        # measured when shown (Qt would read every row)
            self._due = True
            return
        self._due = False
        model = view.model()
        width = view.viewport().width()
        if model is None or width <= 0:
            return
        wanted: dict[int, tuple[int, int]] = {}     # col -> (its header, what it wants)
        for col in range(model.columnCount()):
            if col == self.stretch or header.isSectionHidden(col):
                continue
            head = header.sectionSizeHint(col)
            need = min(max(view.sizeHintForColumn(col), head), self.cap(col))
            wanted[col] = (min(head, need), need)
        main = max(view.sizeHintForColumn(self.stretch), header.sectionSizeHint(self.stretch))
        room = width - min(int(width * self.share), main)

        def widths(limit: int) -> dict[int, int]:
            # every column gets what it wants up to ``limit``, never less than its header
            return {c: max(head, min(need, limit)) for c, (head, need) in wanted.items()}

        lo, hi = 0, max((need for _h, need in wanted.values()), default=0)
        while lo < hi:          # the widest common limit that fits in the room
            mid = (lo + hi + 1) // 2
            if sum(widths(mid).values()) <= room:
                lo = mid
            else:
                hi = mid - 1
        wanted = widths(lo)
        for col, w in wanted.items():
            if header.sectionSize(col) != w:
                header.resizeSection(col, w)
        own = min(int(width * self.share), main)
        if sum(wanted.values()) + own > width:      # even the headers leave it no room
            header.setSectionResizeMode(self.stretch, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(self.stretch, own)         # the table scrolls sideways
        elif header.sectionResizeMode(self.stretch) != QHeaderView.ResizeMode.Stretch:
            header.setSectionResizeMode(self.stretch, QHeaderView.ResizeMode.Stretch)


class TabsReadWhenShown(QObject):
    """Tabs of a ``QTabWidget`` that read the file only when they are shown: :meth:`refresh`
    re-reads the current one now and marks the others, which re-read when picked (a tab
    looking across a whole series costs a few hundred milliseconds on a large file)."""

    def __init__(self, tabs: QTabWidget, readers: dict[QWidget, Callable[[], None]]):
        super().__init__(tabs)
        self.tabs, self.readers = tabs, readers
        self.stale: set[QWidget] = set(readers)
        tabs.currentChanged.connect(self._read_shown)

    def refresh(self) -> None:
        self.stale = set(self.readers)
        self._read_shown()

    def _read_shown(self, *_args) -> None:
        tab = self.tabs.currentWidget()
        if tab in self.stale:
            self.stale.discard(tab)
            self.readers[tab]()


class _Scrolling(QScrollArea):
    def __init__(self, keep_width: bool):
        super().__init__()
        self.keep_width = keep_width
        if keep_width:
            self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def minimumSizeHint(self):  # noqa: N802 - Qt API
        hint = super().minimumSizeHint()
        inner = self.widget()
        if self.keep_width and inner is not None:
            hint.setWidth(max(inner.minimumSizeHint().width(), inner.minimumWidth())
                          + self.verticalScrollBar().sizeHint().width())
        return hint


def scrolling(widget: QWidget | QLayout, keep_width: bool = False) -> QScrollArea:
    """``widget`` in a frameless scroll area that gives it all the room there is and scrolls
    when there is less than it needs (a form at a large text size); ``keep_width``: it
    scrolls up and down only, never narrower than ``widget`` needs (a side panel).  A layout
    is put in a :class:`ScrollBody` first (without margins)."""
    if isinstance(widget, QLayout):
        layout, widget = widget, ScrollBody()
        layout.setContentsMargins(0, 0, 0, 0)
        widget.setLayout(layout)
    scroll = _Scrolling(keep_width)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    scroll.setWidget(widget)
    return scroll


def put_cell(table: QTableWidget, row: int, col: int, text: str, *, data: Any = None,
             editable: bool = False, center: bool = False, background: str = "",
             font: Optional[QFont] = None, tooltip: str = "") -> QTableWidgetItem:
    """Show ``text`` in a cell of ``table``, changing the cell only if it differs: the item
    is made once (its flags, alignment, colour) and then only its text, data, font and
    tooltip are updated, so a refill keeps the current cell, the selection and the scroll
    position, and an unchanged cell is not redrawn."""
    it = table.item(row, col)
    if it is None:
        it = QTableWidgetItem(text)
        if not editable:
            it.setFlags(it.flags() & ~Qt.ItemFlag.ItemIsEditable)
        if center:
            it.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
        if background:
            it.setBackground(QColor(background))
        table.setItem(row, col, it)
    elif it.text() != text:
        it.setText(text)
    if data is not None and it.data(Qt.ItemDataRole.UserRole) != data:
        it.setData(Qt.ItemDataRole.UserRole, data)
    if font is not None and it.font() != font:
        it.setFont(font)
    if it.toolTip() != tooltip:
        it.setToolTip(tooltip)
    return it
