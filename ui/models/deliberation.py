"""A read-only table model for the deliberation pages (speakers, decisions, action plan).

The page builds the rows (plain strings, already translated) from workshop objects and hands
them over with :meth:`RowsModel.set_rows`; the model never reads the store.  Each row carries
the id of its record (``ID_ROLE``), and optionally a text colour and a tooltip.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Optional, Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from ..widgets import plain_tooltip

Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass
class Row:
    cells: Sequence[str]
    id: str = ""
    color: Optional[str] = None      # "#rrggbb" for the whole row's text
    tooltip: str = ""
    bold: bool = False
    align_right: frozenset[int] = field(default_factory=frozenset)   # numeric columns


class RowsModel(QAbstractTableModel):
    def __init__(self, headers: Sequence[str] = (), parent=None):
        super().__init__(parent)
        self._headers: list[str] = list(headers)
        self._rows: list[Row] = []

    # -- filling
    def set_headers(self, headers: Sequence[str]) -> None:
        self.beginResetModel()
        self._headers = list(headers)
        self._rows = [r for r in self._rows if len(r.cells) == len(self._headers)]
        self.endResetModel()

    def set_rows(self, rows: Sequence[Row]) -> None:
        width = len(self._headers)
        for r in rows:
            if len(r.cells) != width:
                raise ValueError(f"row has {len(r.cells)} cells, the table {width} columns")
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row(self, i: int) -> Optional[Row]:
        return self._rows[i] if 0 <= i < len(self._rows) else None

    def id_at(self, i: int) -> str:
        r = self.row(i)
        return r.id if r else ""

    def row_of(self, id: str) -> int:
        for i, r in enumerate(self._rows):
            if r.id == id:
                return i
        return -1

    def ids(self) -> list[str]:
        return [r.id for r in self._rows]

    # -- Qt API
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._headers[section] if 0 <= section < len(self._headers) else None
        return str(section + 1) if 0 <= section < len(self._rows) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.parent().isValid():
            return None
        r = self.row(index.row())
        if r is None or not 0 <= index.column() < len(self._headers):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return str(r.cells[index.column()])
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(r.tooltip or str(r.cells[index.column()])) or None
        if role == ID_ROLE:
            return r.id
        if role == Qt.ItemDataRole.ForegroundRole and r.color:
            return QBrush(QColor(r.color))
        if role == Qt.ItemDataRole.FontRole and r.bold:
            from PySide6.QtGui import QFont

            f = QFont()
            f.setBold(True)
            return f
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in r.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
