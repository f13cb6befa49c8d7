"""A matrix of actors (rows) × roles (columns) with a check box in each cell."""
from __future__ import annotations

import enum
from typing import Any, Hashable, Optional, Sequence

from PySide6.QtCore import (QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt,
                            Signal)
from PySide6.QtGui import QFont

from ..widgets import plain_tooltip

Index = QModelIndex | QPersistentModelIndex
KEY_ROLE = Qt.ItemDataRole.UserRole + 2


class RoleMatrixModel(QAbstractTableModel):
    """Columns: name, sector, then one check-box column per role.

    The model does not write anything: ticking a box emits ``toggleRequested(row_key,
    role_value, checked)`` and the page pushes an undo command; the page then hands the
    model the new set of ticked cells with :meth:`set_checked`.
    """

    toggleRequested = Signal(object, str, bool)
    FIXED = 2

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[tuple[Hashable, str, str]] = []    # (key, name, sector label)
        self._roles: list[tuple[enum.Enum, str]] = []        # (member, label)
        self._checked: set[tuple[Hashable, str]] = set()
        self._bold: set[Hashable] = set()
        self._headers = (self.tr("Name"), self.tr("Sector"))

    def set_matrix(self, rows: Sequence[tuple[Hashable, str, str]],
                   roles: Sequence[tuple[enum.Enum, str]],
                   checked: set[tuple[Hashable, str]],
                   bold: Optional[set[Hashable]] = None) -> None:
        """``rows``: (key, name, sector label); ``bold``: keys whose names stand out."""
        self.beginResetModel()
        self._bold = set(bold or ())
        self._rows = list(rows)
        self._roles = list(roles)
        self._checked = set(checked)
        self.endResetModel()

    def set_checked(self, checked: set[tuple[Hashable, str]]) -> None:
        """New ticks for the same rows and roles: only the cells repaint."""
        self._checked = set(checked)
        if self._rows and self._roles:
            self.dataChanged.emit(self.index(0, self.FIXED),
                                  self.index(len(self._rows) - 1,
                                             self.FIXED + len(self._roles) - 1),
                                  [Qt.ItemDataRole.CheckStateRole])

    def is_checked(self, key: Hashable, role_value: str) -> bool:
        return (key, role_value) in self._checked

    def key(self, row: int) -> Optional[Hashable]:
        return self._rows[row][0] if 0 <= row < len(self._rows) else None

    def role_at(self, column: int) -> Optional[enum.Enum]:
        i = column - self.FIXED
        return self._roles[i][0] if 0 <= i < len(self._roles) else None

    def column_of(self, role_value: str) -> int:
        for i, (member, _) in enumerate(self._roles):
            if member.value == role_value:
                return self.FIXED + i
        return -1

    def row_of(self, key: Hashable) -> int:
        for i, r in enumerate(self._rows):
            if r[0] == key:
                return i
        return -1

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else self.FIXED + len(self._roles)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if 0 <= section < self.FIXED:
            return self._headers[section]
        r = self.role_at(section)
        return self._roles[section - self.FIXED][1] if r is not None else None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        f = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() >= self.FIXED:
            f |= Qt.ItemFlag.ItemIsUserCheckable
        return f

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        key, name, sector = self._rows[index.row()]
        col = index.column()
        if role == KEY_ROLE:
            return key
        if col < self.FIXED:
            if role == Qt.ItemDataRole.FontRole and key in self._bold:
                f = QFont()
                f.setBold(True)
                return f
            if role == Qt.ItemDataRole.DisplayRole:
                return name if col == 0 else sector
            if role == Qt.ItemDataRole.ToolTipRole:
                return plain_tooltip(name if col == 0 else sector) or None
            return None
        member = self.role_at(col)
        if member is None:
            return None
        if role == Qt.ItemDataRole.CheckStateRole:
            on = (key, member.value) in self._checked
            return Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(f"{name}: {self._roles[col - self.FIXED][1]}")
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (not index.isValid() or role != Qt.ItemDataRole.CheckStateRole
                or index.column() < self.FIXED):
            return False
        member = self.role_at(index.column())
        key = self.key(index.row())
        if member is None or key is None:
            return False
        checked = Qt.CheckState(value) == Qt.CheckState.Checked if not isinstance(value, bool) \
            else value
        if checked == ((key, member.value) in self._checked):
            return False
        self.toggleRequested.emit(key, member.value, checked)
        return True
