"""The read-only tables answer a painted cell's roles in one call (RecordsModel.multiData):
the same answers as one data() call per role, on every table of every page of the demo."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QModelRoleData, Qt
from PySide6.QtWidgets import QAbstractItemView

from ui.models.table import ID_ROLE, RecordsModel
from ui.pages import PAGES

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

ROLES = [int(r) for r in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.DecorationRole,
                          Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.FontRole,
                          Qt.ItemDataRole.TextAlignmentRole, Qt.ItemDataRole.BackgroundRole,
                          Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.CheckStateRole,
                          Qt.ItemDataRole.EditRole)] + [ID_ROLE]


def _shown(value):
    """A value as a painted cell shows it (QFont and QColor compare by value)."""
    return value.toString() if hasattr(value, "toString") else value


def test_one_call_per_cell_answers_as_data_does(qtbot, demo_window):
    win = demo_window
    for i in range(len(PAGES)):
        win.show_page(i)
    models = {id(v.model()): v.model() for p in win.pages
              for v in p.findChildren(QAbstractItemView)
              if isinstance(v.model(), RecordsModel)}
    models = [m for m in models.values() if m.rowCount() > 0]
    assert len(models) >= 12
    cells = 0
    for model in models:
        for row in range(min(model.rowCount(), 8)):
            for col in range(model.columnCount()):
                index = model.index(row, col)
                for role in ROLES:
                    wanted = QModelRoleData(role)
                    model.multiData(index, wanted)
                    assert _shown(wanted.data()) == _shown(model.data(index, role)), (
                        type(model).__name__, row, col, role)
                cells += 1
    assert cells > 300
    outside = QModelRoleData(int(Qt.ItemDataRole.DisplayRole))
    models[0].multiData(models[0].index(10_000, 0), outside)
    assert outside.data() is None


def test_a_painted_table_is_asked_once_per_cell(qtbot, demo_window):
    """Painting calls into Python once per cell (multiData), not once per role (data)."""
    import sys

    from ui.pages.people import PeoplePage

    page = demo_window.show_page_of(PeoplePage)
    view = next(v for v in page.findChildren(QAbstractItemView)
                if isinstance(v.model(), RecordsModel) and v.isVisible())
    codes = {RecordsModel.data.__code__: "data", RecordsModel.multiData.__code__: "multiData"}
    calls = {"data": 0, "multiData": 0}

    def profile(frame, event, _arg):
        if event == "call" and frame.f_code in codes:
            calls[codes[frame.f_code]] += 1

    sys.setprofile(profile)
    try:
        view.viewport().repaint()
    finally:
        sys.setprofile(None)
    assert calls["multiData"] >= view.model().columnCount()     # at least a row painted
    assert calls["data"] == 0
