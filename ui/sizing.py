"""Sizes that follow the text size (issue 12, item 7): widths in characters and heights in
lines of a widget's current font, set again when the font changes (Ctrl++ / Ctrl+-), rows of
buttons that wrap (:class:`FlowLayout`), tables' rows and the rows a table keeps, and the
widgets that let a page be narrower than its longest words (a group box's title, a scroll
area's body).  Never a width in pixels in ``ui/``: one of these.  Re-exported by
:mod:`ui.widgets`."""
from __future__ import annotations

import math
from typing import Callable, Optional, Sequence

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetricsF
from PySide6.QtWidgets import (QFrame, QGroupBox, QLayout, QLayoutItem, QStyle, QTableView,
                               QWidget)

NORMAL_LINE = 19.5      # pixels: a line of the bundled font at the normal text size (11 pt)


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
    shared by the items that expand sideways (a line edit), else taken by a wrapped label that
    ends the line, as in a QHBoxLayout; a line with a wrapped label is aligned at the top,
    others in the middle.

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
        return QSize(w + m.left() + m.right(), self._lines_height(h))

    def minimumSize(self) -> QSize:  # noqa: N802 - Qt API
        """As wide as the widest item (every item on a line of its own), as tall as the
        lines at the width last given."""
        size = QSize(0, 0)
        for item in self._visible():
            size = size.expandedTo(item.minimumSize())
        m = self.contentsMargins()
        size += QSize(m.left() + m.right(), m.top() + m.bottom())
        return QSize(size.width(), self._lines_height(size.height()))

    def _lines_height(self, unknown: int) -> int:
        """The lines' height at the width last given (``unknown`` before one is given: a
        wrapped label's own hints are for other widths)."""
        return self.heightAt(self._width) if self._width >= 0 else unknown

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
            grow = [i for i, _h in line if i.expandingDirections() & Qt.Orientation.Horizontal]
            if not grow and line[-1][0].hasHeightForWidth():
                grow = [line[-1][0]]        # a wrapped label at the end takes the rest
            left = area.width() - sum(h.width() for _i, h in line) - gap * (len(line) - 1)
            share = max(0, left) // len(grow) if grow else 0
            sizes = []
            for item, hint in line:     # a wrapped label is as tall as its text at its width
                w = max(1, min(area.width(), hint.width() + (share if item in grow else 0)))
                sizes.append(QSize(w, item.heightForWidth(w) if item.hasHeightForWidth()
                                   else hint.height()))
            height = max(s.height() for s in sizes)
            centre = not any(i.hasHeightForWidth() for i, _h in line)   # text: at the top
            x = area.x()
            for (item, _hint), size in zip(line, sizes):
                if not test_only:
                    top = y + (height - size.height()) // 2 if centre else y
                    item.setGeometry(QRect(QPoint(x, top), size))
                x += size.width() + gap
            y += height + gap
        return max(0, y - gap - rect.y()) + m.bottom()


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
