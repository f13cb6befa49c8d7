"""Small widgets shared by pages (pages never import each other, so they live here)."""
from __future__ import annotations

from typing import Optional

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QComboBox, QCompleter, QPlainTextEdit, QWidget


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
