"""The base of the read-only table models: a list of records shown one per row.

A subclass names its columns (``COLUMNS``: keys, or a ``range`` for numbered columns), gives
the translated header titles (:meth:`RecordsModel.headers`, where its ``tr()`` keeps the
subclass's translation context) and the text of a cell (:meth:`RecordsModel.cell`); colours,
fonts and alignment come from :meth:`RecordsModel.role_data`.  The base answers the rest the
same way for every table: the record's id under ``ID_ROLE``, user text as a literal tooltip
(``plain_tooltip``), row and id look-ups, and a model reset around a refill (a new meeting).

A change notice is shown with :meth:`RecordsModel.merging` instead: the rows are matched by
id, and only what differs is told to the views (rows updated, inserted, removed or moved), so
the selection, the current row and the scroll position stay.
"""
from __future__ import annotations

from contextlib import contextmanager
from typing import Any, Callable, Hashable, Iterable, Iterator, Optional, Sequence

from PySide6.QtCore import (QAbstractTableModel, QModelIndex, QModelRoleData,
                            QModelRoleDataSpan, QPersistentModelIndex, Qt)
from PySide6.QtGui import QFont

from ..widgets import plain_tooltip

Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1     # the record's id
DISPLAY = int(Qt.ItemDataRole.DisplayRole)
TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
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

    def update_items(self, items: Iterable[Any]) -> None:
        """``items`` merged into the rows shown (see :meth:`merging`): what a change notice
        refills, where :meth:`set_items` is for another meeting."""
        with self.merging() as put:
            put(items)

    @contextmanager
    def merging(self) -> Iterator[Callable[[Iterable[Any]], None]]:
        """Change what the cells read inside (look-ups, numbering) and pass the new rows to
        the function it gives; on leaving, the rows are merged into the shown ones by id:
        rows gone are removed, new ones inserted, moved ones moved, and a row whose record
        or shown text changed is updated in place.  Never a reset."""
        before = {self.item_id(it): self._shown(it, r) for r, it in enumerate(self.items)}
        new: list[list[Any]] = []
        yield lambda items: new.append(list(items))
        if new:
            self._merge(new[-1], before)

    def _shown(self, item: Any, row: int) -> tuple:
        """What a row shows: its record and its cells' text and look (to tell a change)."""
        roles = (Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.ForegroundRole,
                 Qt.ItemDataRole.FontRole, Qt.ItemDataRole.CheckStateRole)
        return (item, tuple(self.cell(item, row, c) for c in self.COLUMNS),
                tuple(self.role_data(item, row, c, role) for c in self.COLUMNS for role in roles))

    def _merge(self, new: list[Any], before: dict[Hashable, tuple]) -> None:
        keep = {self.item_id(it) for it in new}
        for r in range(len(self.items) - 1, -1, -1):
            if self.item_id(self.items[r]) not in keep:
                self.beginRemoveRows(QModelIndex(), r, r)
                del self.items[r]
                self.endRemoveRows()
        for i, item in enumerate(new):
            iid = self.item_id(item)
            if i >= len(self.items) or self.item_id(self.items[i]) != iid:
                j = next((k for k in range(i + 1, len(self.items))
                          if self.item_id(self.items[k]) == iid), -1)
                if j < 0:
                    self.beginInsertRows(QModelIndex(), i, i)
                    self.items.insert(i, item)
                    self.endInsertRows()
                    continue
                self.beginMoveRows(QModelIndex(), j, j, QModelIndex(), i)
                self.items.insert(i, self.items.pop(j))
                self.endMoveRows()
            self.items[i] = item
            if before.get(iid) != self._shown(item, i):
                self.dataChanged.emit(self.index(i, 0),
                                      self.index(i, max(0, len(self.COLUMNS) - 1)))

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
        place = self._place(index)
        return self._answer(*place, role) if place is not None else None

    def multiData(self, index: Index,  # noqa: N802 - Qt API
                  roles: QModelRoleDataSpan | QModelRoleData) -> None:
        """Every role a view asks of a cell it paints, in one call (Qt's default asks
        :meth:`data` once per role: seven calls into Python per painted cell)."""
        place = self._place(index)
        for wanted in (roles,) if isinstance(roles, QModelRoleData) else roles:
            value = self._answer(*place, wanted.role()) if place is not None else None
            if value is None:
                wanted.clearData()
            else:
                wanted.setData(value)

    def _place(self, index: Index) -> Optional[tuple[Any, int, Any]]:
        """(record, row, column key) of a cell, None for an index outside the table."""
        if not index.isValid() or index.parent().isValid():
            return None
        row, column = index.row(), index.column()
        if not (0 <= row < len(self.items) and 0 <= column < len(self.COLUMNS)):
            return None
        return self.items[row], row, self.COLUMNS[column]

    def _answer(self, item: Any, row: int, col: Any, role: int) -> Any:
        if role == DISPLAY:
            return self.cell(item, row, col)
        if role == self.ID_ROLE:
            return self.item_id(item)
        if role == TOOLTIP:
            return plain_tooltip(self.tooltip(item, row, col)) or None
        return self.role_data(item, row, col, role)
