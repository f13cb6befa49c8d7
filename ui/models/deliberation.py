"""A read-only table model for the deliberation pages (speakers, decisions, action plan).

The page builds the rows (plain strings, already translated) from workshop objects and hands
them over with :meth:`RowsModel.set_rows`; the model never reads the store.  Each row carries
the id of its record (``ID_ROLE``), and optionally a text colour and a tooltip.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Optional, Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor

from .table import ID_ROLE, RIGHT, Index, RecordsModel, bold_font

__all__ = ["ID_ROLE", "Row", "RowsModel"]


@dataclass
class Row:
    cells: Sequence[str]
    id: str = ""
    color: Optional[str] = None      # "#rrggbb" for the whole row's text
    tooltip: str = ""
    bold: bool = False
    align_right: frozenset[int] = field(default_factory=frozenset)   # numeric columns


class RowsModel(RecordsModel):
    def __init__(self, headers: Sequence[str] = (), parent=None):
        super().__init__(parent)
        self._headers: list[str] = list(headers)

    # -- filling
    def set_headers(self, headers: Sequence[str]) -> None:
        with self.resetting():
            self._headers = list(headers)
            self.items = [r for r in self.items if len(r.cells) == len(self._headers)]

    def set_rows(self, rows: Sequence[Row]) -> None:
        width = len(self._headers)
        for r in rows:
            if len(r.cells) != width:
                raise ValueError(f"row has {len(r.cells)} cells, the table {width} columns")
        self.set_items(rows)

    def update_rows(self, rows: Sequence[Row]) -> None:
        """Show ``rows`` changing only the rows that differ, matched by id (no reset: the
        selection and the scroll position stay); see :meth:`RecordsModel.merging`."""
        self.update_items(rows)

    def row(self, i: int) -> Optional[Row]:
        return self.item_at(i)

    def ids(self) -> list[str]:
        return [r.id for r in self.items]

    # -- the table
    @property
    def COLUMNS(self) -> range:  # noqa: N802
        return range(len(self._headers))

    def headers(self) -> list[str]:
        return self._headers

    def cell(self, r: Row, row: int, col: int) -> str:
        return str(r.cells[col])

    def tooltip(self, r: Row, row: int, col: int) -> str:
        return r.tooltip or str(r.cells[col])

    def role_data(self, r: Row, row: int, col: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and r.color:
            return QBrush(QColor(r.color))
        if role == Qt.ItemDataRole.FontRole and r.bold:
            return bold_font()
        if role == Qt.ItemDataRole.TextAlignmentRole and col in r.align_right:
            return RIGHT
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Vertical:
            return str(section + 1) if 0 <= section < len(self.items) else None
        return super().headerData(section, orientation, role)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
