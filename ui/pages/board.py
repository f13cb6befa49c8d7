"""The issue board: every issue as a card on a canvas, coloured by category, dragged into
named groups (clusters); duplicates merged; zoom, pan and arrow-key moves; large text for a
projector.  Each drag, nudge, merge or group edit is one undo step."""
from __future__ import annotations

from typing import Optional

from PySide6.QtCore import QRectF, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QCheckBox, QHBoxLayout, QInputDialog, QLabel, QPushButton,
                               QVBoxLayout, QWidget)

from workshop import issues
from workshop import people as people_mod
from workshop.store import Change

from ..context import AppContext
from ..graphics.board import BoardScene, board_content
from ..graphics.view import ZoomView
from ..widgets import FlowLayout, width_in_chars
from . import Page

CLUSTER_COLORS = ("#fff3c4", "#d7ecff", "#dff5d8", "#fde0e0", "#eadcf7", "#e0f2f1")
WATCHED = ("issues", "clusters", "categories", "people")


class BoardPage(Page):
    icon_name = "board"
    statusMessage = Signal(str)

    def __init__(self, ctx: AppContext, parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.ctx = ctx
        self.scene = BoardScene(self)
        self.view = ZoomView(self)
        self.view.setObjectName("boardView")
        self.view.setScene(self.scene)

        self.new_group_btn = QPushButton(self.tr("New group"), self)
        self.new_group_btn.setToolTip(self.tr(
            "Draw a named group around the selected cards (or in the middle of the view)"))
        self.merge_btn = QPushButton(self.tr("Merge duplicates"), self)
        self.merge_btn.setToolTip(self.tr(
            "Merge the selected cards into the first one; everyone who raised them is kept"))
        self.tidy_btn = QPushButton(self.tr("Tidy up"), self)
        self.tidy_btn.setToolTip(self.tr(
            "Line up the cards in a grid inside each group, and the other cards below"))
        self.large_box = QCheckBox(self.tr("Large text"), self)
        self.zoom_out_btn = QPushButton("−", self)
        self.zoom_out_btn.setToolTip(self.tr("Zoom out (Ctrl+minus)"))
        self.zoom_in_btn = QPushButton("+", self)
        self.zoom_in_btn.setToolTip(self.tr("Zoom in (Ctrl+plus)"))
        self.fit_btn = QPushButton(self.tr("Show all"), self)
        self.zoom_label = QLabel(self)
        self.count_label = QLabel(self)
        for b in (self.zoom_out_btn, self.zoom_in_btn):
            width_in_chars(b, fixed=4.4)
        bar = QHBoxLayout()
        tools = FlowLayout()            # on two lines when the text is large
        for w in (self.new_group_btn, self.merge_btn, self.tidy_btn, self.large_box):
            tools.addWidget(w)
        bar.addLayout(tools, 1)
        for w in (self.count_label, self.zoom_out_btn, self.zoom_label, self.zoom_in_btn,
                  self.fit_btn):
            bar.addWidget(w)
        hint = QLabel(self.tr("Drag cards into groups · arrows move the selection · "
                              "Ctrl+wheel zooms · middle button or Space+drag pans · "
                              "double-click a group to rename it"), self)
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555;")
        lay = QVBoxLayout(self)
        lay.addLayout(bar)
        lay.addWidget(self.view, 1)
        lay.addWidget(hint)

        self._connect()
        self._update_zoom_label(1.0)
        self.reload(fit=True)

    def load(self) -> None:
        self.reload(fit=True)

    def _connect(self) -> None:
        self.ctx.meetingChanged.connect(lambda _m: self.reload(fit=True))
        self.ctx.storeChanged.connect(self._on_store_changed)
        self.scene.cardsMoved.connect(self.move_cards)
        self.scene.clusterChanged.connect(self.change_cluster)
        self.scene.clusterActivated.connect(self._ask_rename)
        self.scene.selectionChanged.connect(self._update_buttons)
        self.view.nudged.connect(self.nudge)
        self.view.zoomChanged.connect(self._update_zoom_label)
        self.new_group_btn.clicked.connect(self._ask_new_group)
        self.merge_btn.clicked.connect(self.merge_selected)
        self.tidy_btn.clicked.connect(self.tidy_up)
        self.large_box.toggled.connect(self.scene.set_large)
        self.zoom_in_btn.clicked.connect(self.view.zoom_in)
        self.zoom_out_btn.clicked.connect(self.view.zoom_out)
        self.fit_btn.clicked.connect(self.view.fit_all)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.view,
                  self.delete_selected_groups)

    # ------------------------------------------------------------------ data
    def _on_store_changed(self, change: Change) -> None:
        """Only what changed is redrawn: the cards when issues (or the words on them)
        changed, the groups when groups did; a card or group whose data are the same is left
        alone, so this page's own drag (already shown) redraws nothing."""
        if not change.touches(*WATCHED):
            return
        self._show(cards=change.touches("issues", "categories", "people"),
                   groups=change.touches("clusters"))

    def reload(self, fit: bool = False) -> None:
        """Everything anew (another meeting, or an edit refused: the cards go back)."""
        self._show(cards=True, groups=True)
        if fit:
            self.view.request_fit(max_zoom=1.0)

    def _show(self, cards: bool, groups: bool) -> None:
        store, mid = self.ctx.store, self.ctx.meeting_id
        if not mid:
            self.scene.sync([], [])
            self._update_buttons()
            return
        people = {p.id: p.full_name for p in people_mod.of_meeting(store, mid)}
        all_cards, all_groups = board_content(
            store, mid, lambda i: people.get(i.raised_by_id or "", "") or i.raised_by_name,
            _lang())
        card_data = all_cards if cards else [c.data_ for c in self.scene.cards.values()]
        group_data = all_groups if groups else \
            [(c.cluster_id, c.name, c.color, c.saved_rect) for c in self.scene.clusters.values()]
        self.scene.sync(card_data, group_data)
        self.count_label.setText(self.tr("Issues: %1").replace("%1", str(len(card_data))))
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.merge_btn.setEnabled(len(self.scene.selected_card_ids()) >= 2)
        self.new_group_btn.setEnabled(bool(self.ctx.meeting_id))
        self.tidy_btn.setEnabled(bool(self.scene.cards))

    def _update_zoom_label(self, z: float) -> None:
        self.zoom_label.setText(f"{round(z * 100)}%")

    # ------------------------------------------------------------------ actions
    def move_cards(self, moves: dict) -> bool:
        """Place cards (one undo step); each joins the group it lands in."""
        moves = dict(moves)
        text = self.tr("Move card") if len(moves) == 1 else self.tr("Move cards")
        ok = bool(self.ctx.run(text, issues.move_cards, self.ctx.store, self.ctx.meeting_id,
                               moves, origin=self))
        if not ok:
            self.reload()
        return ok

    def change_cluster(self, cluster_id: str, x: float, y: float, w: float, h: float) -> bool:
        ok = bool(self.ctx.run(self.tr("Move group"), issues.move_cluster, self.ctx.store,
                               cluster_id, x, y, w, h, origin=self))
        if not ok:
            self.reload()
        return ok

    def nudge(self, dx: float, dy: float) -> None:
        groups = self.scene.selected_cluster_ids()
        if groups:
            it = self.scene.clusters[groups[0]]
            r = it.rect()
            self.change_cluster(it.cluster_id, r.x() + dx, r.y() + dy, r.width(), r.height())
            return
        moves = {cid: (self.scene.cards[cid].pos().x() + dx, self.scene.cards[cid].pos().y() + dy)
                 for cid in self.scene.selected_card_ids()}
        if moves:
            self.move_cards(moves)

    def new_group(self, name: str, rect: Optional[QRectF] = None) -> Optional[str]:
        """Add a named group around the selected cards (or ``rect``); returns its id."""
        mid = self.ctx.meeting_id
        if not mid:
            return None
        if rect is None:
            sel = [self.scene.cards[i] for i in self.scene.selected_card_ids()]
            if sel:
                rect = sel[0].sceneBoundingRect()
                for c in sel[1:]:
                    rect = rect.united(c.sceneBoundingRect())
                rect = rect.adjusted(-30, -30, 30, 30)
            else:
                c = self.view.mapToScene(self.view.viewport().rect().center())
                rect = QRectF(c.x() - 250, c.y() - 180, 500, 360)
        color = CLUSTER_COLORS[len(self.scene.clusters) % len(CLUSTER_COLORS)]
        r = QRectF(rect)
        done = self.ctx.run(self.tr("New group"), issues.add_cluster, self.ctx.store, mid, name,
                            r.x(), r.y(), r.width(), r.height(), color, origin=self)
        return done.result.id if done else None

    def rename_group(self, cluster_id: str, name: str) -> bool:
        if not name.strip():
            return False
        return bool(self.ctx.run(self.tr("Rename group"), issues.rename_cluster,
                                 self.ctx.store, cluster_id, name, origin=self))

    def delete_selected_groups(self) -> None:
        for cid in self.scene.selected_cluster_ids():
            self.ctx.run(self.tr("Delete group"), issues.delete_cluster, self.ctx.store, cid,
                         origin=self)

    def tidy_up(self) -> bool:
        """Arrange the cards in their groups (one undo step)."""
        mid = self.ctx.meeting_id
        if not mid:
            return False
        ok = bool(self.ctx.run(self.tr("Tidy up the board"), issues.arrange_board,
                               self.ctx.store, mid, origin=self))
        if ok:
            self.view.fit_all()
        return ok

    def merge_selected(self) -> bool:
        ids = self.scene.selected_card_ids()
        if len(ids) < 2:
            return False
        ids.sort(key=lambda i: self.scene.cards[i].data_.number)
        target, dups = ids[0], ids[1:]
        return bool(self.ctx.run(self.tr("Merge duplicates"), issues.merge_issues,
                                 self.ctx.store, target, dups, origin=self))

    # ------------------------------------------------------------------ dialogs
    def _ask_new_group(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("New group"), self.tr("Name of the group:"))
        if ok and name.strip():
            self.new_group(name)

    def _ask_rename(self, cluster_id: str) -> None:
        it = self.scene.clusters.get(cluster_id)
        if it is None:
            return
        name, ok = QInputDialog.getText(self, self.tr("Rename group"),
                                        self.tr("Name of the group:"), text=it.name)
        if ok:
            self.rename_group(cluster_id, name)


def _lang() -> str:
    try:
        from .. import i18n
        return i18n.current()
    except Exception:  # pragma: no cover - i18n not installed yet
        return "en"
