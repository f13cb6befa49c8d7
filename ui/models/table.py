"""The base of the read-only table models: a list of records shown one per row.

A subclass names its columns (``COLUMNS``: keys, or a ``range`` for numbered columns), gives
the translated header titles (:meth:`RecordsModel.headers`, where its ``tr()`` keeps the
subclass's translation context) and the text of a cell (:meth:`RecordsModel.cell`); colours,
fonts and alignment come from :meth:`RecordsModel.role_data`.  The base answers the rest the
same way for every table: the record's id under ``ID_ROLE``, user text as a literal tooltip
(``plain_tooltip``), row and id look-ups, and a model reset around every refill.
"""
from __future__ import annotations

from contextlib import contextmanager
from typing import Any, Hashable, Iterable, Iterator, Optional, Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from ..widgets import plain_tooltip

Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1     # the record's id
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)   # numeric columns


def bold_font() -> QFont:
    f = QFont()
    f.setBold(True)
    return f


class RecordsModel(QAbstractTableModel):
    COLUMNS: Sequence[Any] = ()
    ID_ROLE: int = ID_ROLE

    def __init__(self, parent=None):
        super().__init__(parent)
        self.items: list[Any] = []

    # -- for subclasses
    def headers(self) -> Sequence[str]:
        """The translated column titles."""
        raise NotImplementedError

    def cell(self, item: Any, row: int, col: Any) -> Any:
        """The text shown in column ``col`` (a key of ``COLUMNS``)."""
        raise NotImplementedError

    def tooltip(self, item: Any, row: int, col: Any) -> str:
        """The tooltip's text, shown literally (none when empty); the cell's text by default,
        so an elided cell shows it all."""
        return str(self.cell(item, row, col) or "")

    def role_data(self, item: Any, row: int, col: Any, role: int) -> Any:
        """Any other role: colours, fonts, alignment, check states."""
        return None

    def item_id(self, item: Any) -> Hashable:
        return item.id

    # -- filling and look-ups
    @contextmanager
    def resetting(self) -> Iterator[None]:
        """Change ``items`` (and what the cells read) inside: the views reset once."""
        self.beginResetModel()
        try:
            yield
        finally:
            self.endResetModel()

    def set_items(self, items: Iterable[Any]) -> None:
        with self.resetting():
            self.items = list(items)

    def item_at(self, row: int) -> Optional[Any]:
        return self.items[row] if 0 <= row < len(self.items) else None

    def id_at(self, row: int) -> Any:
        """The id of the record in ``row`` ("" past the end)."""
        item = self.item_at(row)
        return self.item_id(item) if item is not None else ""

    def row_of(self, item_id: Hashable) -> int:
        for i, item in enumerate(self.items):
            if self.item_id(item) == item_id:
                return i
        return -1

    # -- Qt API
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        titles = self.headers()
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.parent().isValid():
            return None
        row, column = index.row(), index.column()
        if not (0 <= row < len(self.items) and 0 <= column < len(self.COLUMNS)):
            return None
        item, col = self.items[row], self.COLUMNS[column]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cell(item, row, col)
        if role == self.ID_ROLE:
            return self.item_id(item)
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(self.tooltip(item, row, col)) or None
        return self.role_data(item, row, col, role)
