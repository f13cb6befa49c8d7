"""A matrix of actors (rows) × roles (columns) with a check box in each cell."""
from __future__ import annotations

import enum
from typing import Any, Hashable, Optional, Sequence

from PySide6.QtCore import Qt, Signal

from .table import Index, RecordsModel, bold_font

KEY_ROLE = Qt.ItemDataRole.UserRole + 2


class RoleMatrixModel(RecordsModel):
    """Columns: name, sector, then one check-box column per role.

    The model does not write anything: ticking a box emits ``toggleRequested(row_key,
    role_value, checked)`` and the page pushes an undo command; the page then hands the
    model the new set of ticked cells with :meth:`set_checked`.
    """

    toggleRequested = Signal(object, str, bool)
    FIXED = 2
    ID_ROLE = KEY_ROLE

    def __init__(self, parent=None):
        super().__init__(parent)
        self.items: list[tuple[Hashable, str, str]] = []    # (key, name, sector label)
        self._roles: list[tuple[enum.Enum, str]] = []        # (member, label)
        self._checked: set[tuple[Hashable, str]] = set()
        self._bold: set[Hashable] = set()
        self._headers = (self.tr("Name"), self.tr("Sector"))

    def set_matrix(self, rows: Sequence[tuple[Hashable, str, str]],
                   roles: Sequence[tuple[enum.Enum, str]],
                   checked: set[tuple[Hashable, str]],
                   bold: Optional[set[Hashable]] = None) -> None:
        """``rows``: (key, name, sector label); ``bold``: keys whose names stand out."""
        with self.resetting():
            self._bold = set(bold or ())
            self.items = list(rows)
            self._roles = list(roles)
            self._checked = set(checked)

    def update_matrix(self, rows: Sequence[tuple[Hashable, str, str]],
                      checked: set[tuple[Hashable, str]],
                      bold: Optional[set[Hashable]] = None) -> None:
        """New rows and ticks for the same roles, after a change: the rows are matched by
        key and only those that differ change (inserted, removed, moved, or repainted when
        their name, sector or a tick changed); never a reset, so the selection, the current
        cell and the scroll position stay."""
        with self.merging() as put:
            self._checked = set(checked)
            if bold is not None:
                self._bold = set(bold)
            put(rows)

    def set_checked(self, checked: set[tuple[Hashable, str]]) -> None:
        """New ticks for the same rows and roles: only the cells repaint."""
        self._checked = set(checked)
        if self.items and self._roles:
            self.dataChanged.emit(self.index(0, self.FIXED),
                                  self.index(len(self.items) - 1,
                                             self.FIXED + len(self._roles) - 1),
                                  [Qt.ItemDataRole.CheckStateRole])

    def is_checked(self, key: Hashable, role_value: str) -> bool:
        return (key, role_value) in self._checked

    def key(self, row: int) -> Optional[Hashable]:
        return self.id_at(row) if 0 <= row < len(self.items) else None

    def role_at(self, column: int) -> Optional[enum.Enum]:
        i = column - self.FIXED
        return self._roles[i][0] if 0 <= i < len(self._roles) else None

    def column_of(self, role_value: str) -> int:
        for i, (member, _) in enumerate(self._roles):
            if member.value == role_value:
                return self.FIXED + i
        return -1

    # -- the table
    @property
    def COLUMNS(self) -> range:  # noqa: N802
        return range(self.FIXED + len(self._roles))

    def headers(self) -> list[str]:
        return [*self._headers, *(label for _, label in self._roles)]

    def item_id(self, row: tuple[Hashable, str, str]) -> Hashable:
        return row[0]

    def cell(self, row: tuple[Hashable, str, str], r: int, col: int) -> Any:
        return row[1 + col] if col < self.FIXED else None   # name, sector

    def tooltip(self, row: tuple[Hashable, str, str], r: int, col: int) -> str:
        if col < self.FIXED:
            return row[1 + col]
        return f"{row[1]}: {self._roles[col - self.FIXED][1]}"

    def role_data(self, row: tuple[Hashable, str, str], r: int, col: int, role: int) -> Any:
        key = row[0]
        if col < self.FIXED:
            return bold_font() if role == Qt.ItemDataRole.FontRole and key in self._bold \
                else None
        if role == Qt.ItemDataRole.CheckStateRole:
            on = (key, self._roles[col - self.FIXED][0].value) in self._checked
            return Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        f = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() >= self.FIXED:
            f |= Qt.ItemFlag.ItemIsUserCheckable
        return f

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
