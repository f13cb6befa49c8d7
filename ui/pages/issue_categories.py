"""The categories of the issues (ประเภทปัญหา): Thai and English names and a colour each,
edited in a dialog opened from the Issues page; every edit is one undo step."""
from __future__ import annotations

from typing import Optional

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (QColorDialog, QDialog, QDialogButtonBox, QHeaderView,
                               QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout,
                               QWidget)

from workshop import issues
from workshop.store import Change

from ..context import AppContext


class CategoriesDialog(QDialog):
    """Edit the categories: Thai and English names, colour; add new ones."""

    def __init__(self, ctx: AppContext, parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Categories"))
        self.table = QTableWidget(0, 3, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Thai name"), self.tr("English name"), self.tr("Colour")])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.add_btn = QPushButton(self.tr("Add category"), self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.table)
        lay.addWidget(self.add_btn)
        lay.addWidget(buttons)
        self.resize(520, 420)
        self._loading = False
        self.reload()
        self.table.itemChanged.connect(self._edited)
        self.table.cellDoubleClicked.connect(self._pick_color)
        ctx.storeChanged.connect(self._on_store_changed)
        self.add_btn.clicked.connect(lambda: self.add_category(self.tr("New category")))

    def _on_store_changed(self, change: Change) -> None:
        if change.touches("categories"):
            self.reload()

    def reload(self) -> None:
        self._loading = True
        cats = issues.categories(self.ctx.store)
        self.table.setRowCount(len(cats))
        for r, c in enumerate(cats):
            for col, text in enumerate((c.name_th, c.name_en, c.color)):
                it = QTableWidgetItem(text)
                it.setData(Qt.ItemDataRole.UserRole, c.id)
                if col == 2:
                    it.setBackground(QColor(c.color))
                    it.setFlags(it.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(r, col, it)
        self._loading = False

    def _edited(self, item: QTableWidgetItem) -> None:
        if self._loading:
            return
        field = ("name_th", "name_en", "color")[item.column()]
        self.set_field(item.data(Qt.ItemDataRole.UserRole), field, item.text())

    def set_field(self, category_id: str, field: str, value: str) -> bool:
        value = value.strip()
        if field == "name_th" and not value:
            self.reload()
            return False
        ok = bool(self.ctx.run(self.tr("Edit category"), issues.update_category,
                               self.ctx.store, category_id, **{field: value}))
        self.reload()
        return ok

    def add_category(self, name: str) -> bool:
        ok = bool(self.ctx.run(self.tr("Add category"), issues.add_category, self.ctx.store,
                               name, color="#90a4ae"))
        self.reload()
        return ok

    def _pick_color(self, row: int, col: int) -> None:
        if col != 2:
            return
        item = self.table.item(row, col)
        color = QColorDialog.getColor(QColor(item.text()), self, self.tr("Colour"))
        if color.isValid():
            self.set_field(item.data(Qt.ItemDataRole.UserRole), "color", color.name())
