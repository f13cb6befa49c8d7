"""The problem tree: link issues as cause → effect and see the tree grow — root causes at the
bottom, the problems they lead to above, the effects at the top.  Each link added or removed is
one undo step; a link that would make a circle is refused with a clear message."""
from __future__ import annotations

from typing import Optional

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QGroupBox, QHBoxLayout, QLabel, QListWidget, QListWidgetItem,
                               QPushButton, QSplitter, QVBoxLayout, QWidget)

from workshop import causes, issues
from workshop.store import Change

from ..context import AppContext
from ..graphics.tree import TreeScene
from ..graphics.view import ZoomView
from ..widgets import SearchCombo
from . import Page


class TreePage(Page):
    icon_name = "tree"
    statusMessage = Signal(str)

    def __init__(self, ctx: AppContext, parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.ctx = ctx
        self.cause_combo = SearchCombo(self)
        self.effect_combo = SearchCombo(self)
        self.add_btn = QPushButton(self.tr("Add link"), self)
        self.swap_btn = QPushButton("⇅", self)
        self.swap_btn.setToolTip(self.tr("Swap cause and effect"))
        self.message = QLabel(self)
        self.message.setStyleSheet("color: #b71c1c;")
        self.message.setWordWrap(True)
        self.message.hide()
        box = QGroupBox(self.tr("New link"), self)
        bl = QVBoxLayout(box)
        bl.addWidget(QLabel(self.tr("Cause"), box))
        bl.addWidget(self.cause_combo)
        arrow = QLabel(self.tr("↓ leads to"), box)
        arrow.setAlignment(Qt.AlignmentFlag.AlignCenter)
        bl.addWidget(arrow)
        bl.addWidget(QLabel(self.tr("Effect"), box))
        bl.addWidget(self.effect_combo)
        row = QHBoxLayout()
        row.addWidget(self.add_btn, 1)
        row.addWidget(self.swap_btn)
        bl.addLayout(row)
        bl.addWidget(self.message)

        self.links_list = QListWidget(self)
        self.remove_btn = QPushButton(self.tr("Remove link"), self)
        self.unlinked_label = QLabel(self)
        self.unlinked_label.setWordWrap(True)
        self.unlinked_label.setTextFormat(Qt.TextFormat.PlainText)
        left = QWidget(self)
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(box)
        ll.addWidget(QLabel(self.tr("Links"), left))
        ll.addWidget(self.links_list, 1)
        ll.addWidget(self.remove_btn)
        ll.addWidget(self.unlinked_label)

        self.scene = TreeScene(self)
        self.view = ZoomView(self)
        self.view.setObjectName("treeView")
        self.view.setScene(self.scene)
        self.legend = QLabel(self.tr(
            "Bottom: root causes · middle: problems · top: effects. Arrows point from a cause "
            "to its effect."), self)
        self.legend.setWordWrap(True)
        right = QWidget(self)
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(self.view, 1)
        rl.addWidget(self.legend)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(left)
        split.addWidget(right)
        split.setSizes([320, 980])
        lay = QVBoxLayout(self)
        lay.addWidget(split)

        self.ctx.meetingChanged.connect(lambda _m: self.reload(fit=True))
        self.ctx.storeChanged.connect(self._on_store_changed)
        self.add_btn.clicked.connect(self._add_clicked)
        self.swap_btn.clicked.connect(self._swap)
        self.remove_btn.clicked.connect(self.remove_selected_link)
        self.scene.nodeSelected.connect(self._node_selected)
        self.scene.linkSelected.connect(self._link_selected)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.view,
                  self.remove_selected_link)
        self.reload(fit=True)

    def load(self) -> None:
        self.reload(fit=True)

    def _on_store_changed(self, change: Change) -> None:
        """The tree is one small aggregate (every link moves the boxes' layout): it is
        drawn again, the view kept where it is; the issues to choose from are refilled only
        when issues changed, keeping what is chosen."""
        if change.touches("issues", "issue_links", "categories"):
            self._show(choices=change.touches("issues"))

    def reload(self, fit: bool = False) -> None:
        """Everything anew (another meeting)."""
        self._show(choices=True)
        if fit:
            self.view.request_fit(max_zoom=1.0)

    def _show(self, choices: bool) -> None:
        mid = self.ctx.meeting_id
        store = self.ctx.store
        if not mid:
            self.scene.clear()
            self.scene.nodes, self.scene.arrows = {}, {}
            self.links_list.clear()
            self.cause_combo.set_items(self.tr("(choose an issue)"), [], None)
            self.effect_combo.set_items(self.tr("(choose an issue)"), [], None)
            self.unlinked_label.clear()
            self._enable()
            return
        tree = causes.problem_tree(store, mid)
        numbers = {iid: n for n, iid in enumerate(tree.issues, 1)}
        if choices:
            items = [(iid, f"{numbers[iid]}. {i.title}") for iid, i in tree.issues.items()]
            self.cause_combo.set_items(self.tr("(choose an issue)"), items,
                                       self.cause_combo.value())
            self.effect_combo.set_items(self.tr("(choose an issue)"), items,
                                        self.effect_combo.value())
        colors = {c.id: c.color for c in issues.categories(store)}
        self.scene.build(tree, numbers, colors)
        current = self._selected_link()
        self.links_list.clear()
        for link in tree.links:
            c, e = tree.issues[link.cause_id], tree.issues[link.effect_id]
            it = QListWidgetItem(f"{numbers[c.id]}. {c.title}  →  {numbers[e.id]}. {e.title}",
                                 self.links_list)
            it.setData(Qt.ItemDataRole.UserRole, link.id)
            if link.id == current:
                self.links_list.setCurrentItem(it)
        unlinked = tree.unlinked
        self.unlinked_label.setText(
            self.tr("Not in the tree yet: %1").replace(
                "%1", ", ".join(str(numbers[i]) for i in unlinked)) if unlinked else "")
        self._enable()

    def _enable(self) -> None:
        has = bool(self.ctx.meeting_id)
        self.add_btn.setEnabled(has)
        self.remove_btn.setEnabled(self.links_list.count() > 0)

    def _selected_link(self) -> Optional[str]:
        it = self.links_list.currentItem()
        return it.data(Qt.ItemDataRole.UserRole) if it else None

    def _node_selected(self, issue_id: str) -> None:
        # clicking boxes fills the form: first the cause, then the effect
        if not self.cause_combo.value() or self.effect_combo.value():
            self.cause_combo.select(issue_id)
            self.effect_combo.select(None)
        else:
            self.effect_combo.select(issue_id)

    def _link_selected(self, link_id: str) -> None:
        for r in range(self.links_list.count()):
            if self.links_list.item(r).data(Qt.ItemDataRole.UserRole) == link_id:
                self.links_list.setCurrentRow(r)

    def _swap(self) -> None:
        c, e = self.cause_combo.value(), self.effect_combo.value()
        self.cause_combo.select(e)
        self.effect_combo.select(c)

    def _add_clicked(self) -> None:
        c, e = self.cause_combo.value(), self.effect_combo.value()
        if c and e:
            self.add_link(c, e)
        else:
            self.message.setText(self.tr("Choose a cause and an effect."))
            self.message.show()

    def add_link(self, cause_id: str, effect_id: str) -> bool:
        ok = bool(self.ctx.run_showing(self.message, self.tr("Link cause and effect"),
                                       causes.add_link, self.ctx.store, cause_id, effect_id,
                                       origin=self))
        if ok:
            self.cause_combo.select(None)
            self.effect_combo.select(None)
        return ok

    def remove_selected_link(self) -> bool:
        link_id = self._selected_link()
        if not link_id:
            return False
        return bool(self.ctx.run(self.tr("Remove link"), causes.remove_link, self.ctx.store,
                                 link_id, origin=self))


