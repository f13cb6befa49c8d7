"""Small widgets shared by pages (pages never import each other, so they live here)."""
from __future__ import annotations

import html
import re
from typing import Optional

from PySide6.QtCore import QDate, QDateTime, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QValidator
from PySide6.QtWidgets import (QComboBox, QCompleter, QDateEdit, QLineEdit, QPlainTextEdit,
                               QWidget)

from workshop import limits, thai


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
        super().__init__(parent)
        self.setTabChangesFocus(True)
        if max_height:
            self.setMaximumHeight(max_height)

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
