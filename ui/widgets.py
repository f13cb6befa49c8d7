"""Small widgets shared by pages (pages never import each other, so they live here)."""
from __future__ import annotations

import html
import math
import re
from typing import Any, Callable, Optional, Sequence

from PySide6.QtCore import QDate, QDateTime, QEvent, QObject, QPoint, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFocusEvent, QFont, QFontMetricsF, QKeyEvent, QValidator
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QCompleter, QDateEdit, QFrame,
                               QGroupBox, QHeaderView, QLayout, QLayoutItem, QLineEdit, QPlainTextEdit,
                               QScrollArea, QStyle, QTableView, QTableWidget,
                               QTableWidgetItem, QWidget)

from workshop import limits, thai


TOOLTIP_LIMIT = 1000
NORMAL_LINE = 19.5      # pixels: a line of the bundled font at the normal text size (11 pt)


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


def text_width(widget: QWidget, chars: float) -> int:
    """The width of ``chars`` characters (the digit "0", as CSS's ``ch``) in ``widget``'s
    current font: widths given this way grow with the text size."""
    return math.ceil(QFontMetricsF(widget.font()).horizontalAdvance("0") * chars)


class _FontFollower(QObject):
    """Calls ``apply`` now and again whenever its widget's font changes."""

    def __init__(self, widget: QWidget, apply: Callable[[], None], now: bool):
        super().__init__(widget)
        self.apply = apply
        widget.installEventFilter(self)
        if now:
            apply()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.FontChange:
            self.apply()
        return False


def follow_font(widget: QWidget, apply: Callable[[], None], now: bool = True) -> None:
    """Run ``apply`` now (unless not ``now``) and whenever ``widget``'s font changes (a new
    text size)."""
    _FontFollower(widget, apply, now)


def height_in_lines(widget: QWidget, *, maximum: float) -> QWidget:
    """Make ``widget`` (a text box, a short list) at most ``maximum`` lines of its font high,
    frame included, set again when the text size changes."""
    def apply() -> None:
        frame = widget.frameWidth() if isinstance(widget, QFrame) else 0
        widget.setMaximumHeight(math.ceil(maximum * QFontMetricsF(widget.font()).lineSpacing())
                                + 2 * frame + 8)
    follow_font(widget, apply)
    return widget


def columns_in_chars(view: QTableView, chars: Sequence[float]) -> None:
    """The first widths of ``view``'s columns, in characters of its font, set again when the
    text size changes (the user can drag them in between)."""
    def apply() -> None:
        for col, n in enumerate(chars):
            view.setColumnWidth(col, text_width(view, n))
    follow_font(view, apply)


def width_in_chars(widget: QWidget, *, fixed: float = 0, minimum: float = 0,
                   maximum: float = 0) -> QWidget:
    """Give ``widget`` a fixed, minimum and/or maximum width in characters of its font
    (:func:`text_width`), set again when the text size changes."""
    def apply() -> None:
        if fixed:
            widget.setFixedWidth(text_width(widget, fixed))
        if minimum:
            widget.setMinimumWidth(text_width(widget, minimum))
        if maximum:
            widget.setMaximumWidth(text_width(widget, maximum))
    follow_font(widget, apply)
    return widget


def rows_follow_text(view: QTableView) -> None:
    """``view``'s rows as tall as a line of its font needs (the style's height at the normal
    size, taller at a large text size, where Thai marks above and below would be cut)."""
    header = view.verticalHeader()

    def apply() -> None:
        header.resetDefaultSectionSize()
        if header.defaultSectionSize() < _line_height(view):
            header.setDefaultSectionSize(_line_height(view))
    follow_font(view, apply)


def _line_height(view: QTableView) -> int:
    return math.ceil(QFontMetricsF(view.font()).height()) + 4


def row_height(view: QTableView) -> int:
    """The height of one of ``view``'s rows at its current text size."""
    return max(view.verticalHeader().defaultSectionSize(), _line_height(view))


def show_rows(view: QTableView, rows: int) -> None:
    """``view`` is never made shorter than ``rows`` rows under its header (at any text
    size): the page or panel around it scrolls instead."""
    def apply() -> None:
        frame = 2 * view.frameWidth()
        head = view.horizontalHeader().sizeHint().height() if not \
            view.horizontalHeader().isHidden() else 0
        bar = view.horizontalScrollBar().sizeHint().height()
        view.setMinimumHeight(frame + head + bar + rows * row_height(view))
    follow_font(view, apply)


def width_for_texts(widget: QWidget, texts: Sequence[str], *, bold: bool = False,
                    pad: float = 2) -> QWidget:
    """Fix ``widget``'s width to the widest of ``texts`` (``bold`` if a style sheet makes it
    so) and ``pad`` characters, measured again when the text size changes."""
    def apply() -> None:
        font = QFont(widget.font())
        font.setBold(bold or font.bold())
        fm = QFontMetricsF(font)
        widest = max((fm.horizontalAdvance(t) for t in texts), default=0.0)
        widget.setFixedWidth(math.ceil(widest + fm.horizontalAdvance("0") * pad))
    follow_font(widget, apply)
    return widget


class FlowLayout(QLayout):
    """Items side by side that go on to a new line when there is no room (a row of buttons
    at a large text size), after Qt's Flow Layout example; on each line the room left is
    shared by the items that expand sideways (a line edit), as in a QHBoxLayout.

    Unlike the example it has no height for width (a parent that has one is laid out at the
    height it would like, not the height it needs: a page would scroll for nothing): its
    minimum height is what its lines need at the width it was last given, and a new width
    that changes the number of lines asks its parent for a new layout."""

    def __init__(self, parent: Optional[QWidget] = None, spacing: int = -1):
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self._width = -1                # the width last given (-1: all on one line)
        if parent is None:
            self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 - Qt API
        self._items.append(item)

    def addStretch(self, *_args) -> None:  # noqa: N802 - like QBoxLayout's
        """Accepted for a drop-in swap of a QHBoxLayout; a flow has no stretch."""

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> Optional[QLayoutItem]:  # noqa: N802 - Qt API
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> Optional[QLayoutItem]:  # noqa: N802 - Qt API
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802 - Qt API
        return Qt.Orientation(0)

    def heightAt(self, width: int) -> int:  # noqa: N802 - like heightForWidth
        """The height the items need on lines ``width`` wide."""
        return self._do_layout(QRect(0, 0, width, 0), True)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 - Qt API
        super().setGeometry(rect)
        if rect.width() != self._width:
            before = self.heightAt(self._width) if self._width >= 0 else None
            self._width = rect.width()
            if self.heightAt(self._width) != before:
                self.invalidate()       # more or fewer lines: the parent lays out again
        self._do_layout(rect, False)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        """All on one line (as tall as the lines at the width last given)."""
        hints = [i.sizeHint() for i in self._visible()]
        m = self.contentsMargins()
        w = sum(h.width() for h in hints) + self._gap() * max(0, len(hints) - 1)
        h = max((h.height() for h in hints), default=0) + m.top() + m.bottom()
        return QSize(w + m.left() + m.right(), max(h, self._lines_height()))

    def minimumSize(self) -> QSize:  # noqa: N802 - Qt API
        """As wide as the widest item (every item on a line of its own), as tall as the
        lines at the width last given."""
        size = QSize(0, 0)
        for item in self._visible():
            size = size.expandedTo(item.minimumSize())
        m = self.contentsMargins()
        size += QSize(m.left() + m.right(), m.top() + m.bottom())
        return QSize(size.width(), max(size.height(), self._lines_height()))

    def _lines_height(self) -> int:
        return self.heightAt(self._width) if self._width >= 0 else 0

    def _visible(self) -> list[QLayoutItem]:
        return [i for i in self._items if not i.isEmpty()]

    def _gap(self) -> int:
        if self._spacing >= 0:
            return self._spacing
        if self.spacing() >= 0:
            return self.spacing()
        parent = self.parentWidget()
        return parent.style().pixelMetric(QStyle.PixelMetric.PM_LayoutHorizontalSpacing) \
            if parent is not None else 6

    def _do_layout(self, rect: QRect, test_only: bool) -> int:
        m = self.contentsMargins()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        gap = self._gap()
        lines: list[list[tuple[QLayoutItem, QSize]]] = [[]]
        x = 0
        for item in self._visible():
            hint = item.sizeHint()
            if lines[-1] and x + hint.width() > area.width():
                lines.append([])
                x = 0
            lines[-1].append((item, hint))
            x += hint.width() + gap
        y = area.y()
        for line in (ln for ln in lines if ln):
            height = max(h.height() for _i, h in line)
            if not test_only:
                grow = [i for i, _h in line
                        if i.expandingDirections() & Qt.Orientation.Horizontal]
                left = area.width() - sum(h.width() for _i, h in line) - gap * (len(line) - 1)
                share = max(0, left) // len(grow) if grow else 0
                x = area.x()
                for item, hint in line:
                    w = min(area.width(), hint.width() + (share if item in grow else 0))
                    item.setGeometry(QRect(QPoint(x, y + (height - hint.height()) // 2),
                                           QSize(w, hint.height())))
                    x += w + gap
            y += height + gap
        return max(0, y - gap - rect.y()) + m.bottom()


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
    wider."""

    def __init__(self, view: QAbstractItemView, stretch: int, *, chars: float = 27,
                 col_chars: Optional[dict[int, float]] = None, share: float = 0.35):
        super().__init__(view)
        self.view, self.stretch, self.chars, self.col_chars, self.share = (
            view, stretch, chars, dict(col_chars or {}), share)
        header = view.horizontalHeader()
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
        if event.type() == QEvent.Type.Resize and obj is self.view.viewport():
            self.fit()
        elif event.type() == QEvent.Type.FontChange:
            self._later.start()
        return False

    def fit(self, *_args) -> None:
        view, header = self.view, self.view.horizontalHeader()
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


class TitleMayClipBox(QGroupBox):
    """A group box that its title does not make wider than its contents need: a long title
    at a large text size is cut at the box's edge (when the box has no more room) instead of
    pushing the page wider than the window."""

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        hint = super().minimumSizeHint()
        lay = self.layout()
        if lay is not None:
            hint.setWidth(min(hint.width(), lay.totalMinimumSize().width()))
        return hint


class ScrollBody(QWidget):
    """What a scroll area shows.  A scroll area makes a widget whose layout has a height for
    width (a row of buttons that wraps) as tall as its layout would like at that width; a
    ScrollBody is only as tall as it must be, so it scrolls only when it has to and leaves no
    gaps."""

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt API
        lay = self.layout()
        if lay is not None and lay.hasHeightForWidth():
            return lay.totalMinimumHeightForWidth(width)
        return super().heightForWidth(width)


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


def scrolling(widget: QWidget, keep_width: bool = False) -> QScrollArea:
    """``widget`` in a frameless scroll area that gives it all the room there is and scrolls
    when there is less than it needs (a form at a large text size); ``keep_width``: it
    scrolls up and down only, never narrower than ``widget`` needs (a side panel)."""
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
