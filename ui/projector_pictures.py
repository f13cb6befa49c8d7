"""The projector's pictures: the issue board and the community map with its pins, drawn by the
facilitator's own scenes (:mod:`ui.graphics.board`, :mod:`ui.graphics.mapitems`) from the
records, fitted to the projector and not interactive.

The board shows what the board page shows (cards in their groups, large text) except who
raised each issue: the room's screen names nobody.  The map shows the picture the map page
has chosen (``selected``) or the meeting's first, with the numbered pins.
"""
from __future__ import annotations

from typing import Optional

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPixmap
from PySide6.QtWidgets import QFrame, QGraphicsView, QSizePolicy, QWidget

from workshop import issues, mapimage
from workshop.model import CommunityMap

from . import i18n
from .graphics.board import BoardScene, board_content
from .graphics.mapitems import MapScene
from .projector_slides import BOARD, MAP


class PictureView(QGraphicsView):
    """The board or the map for the room (``show(kind, store, meeting_id, selected)``)."""

    def __init__(self, parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.setObjectName("projectorPicture")
        self.setInteractive(False)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setBackgroundBrush(QColor("#10151c"))
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setRenderHints(QPainter.RenderHint.Antialiasing
                            | QPainter.RenderHint.SmoothPixmapTransform
                            | QPainter.RenderHint.TextAntialiasing)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.board = BoardScene(self)
        self.board.set_large(True)
        self.map = MapScene(self)
        self.kind = ""
        self._picture_key: Optional[tuple] = None
        self._content: Optional[tuple] = None

    def show_picture(self, kind: str, store, meeting_id: str, selected: str) -> int:
        """Show ``kind`` (BOARD or MAP) for the meeting; returns how many cards or pins."""
        if kind == BOARD:
            cards, groups = board_content(store, meeting_id, lambda _issue: "",
                                          i18n.current())
            content = (BOARD, tuple((c.issue_id, c.number, c.title, c.category, c.color,
                                     c.village, c.merged, c.x, c.y) for c in cards),
                       tuple((g[0], g[1], g[2], g[3].getRect()) for g in groups))
            if content != self._content:
                self.board.sync(cards, groups)
            self._use(self.board, content)
            return len(cards)
        maps = issues.maps(store, meeting_id) if meeting_id else []
        chosen = next((m for m in maps if m.id == selected), maps[0] if maps else None)
        pins = issues.map_pins(store, chosen.id) if chosen is not None else []
        self._load_picture(store, chosen)
        w, h = self.map.size
        radius = mapimage.pin_radius(int(w), int(h)) * 1.4   # a little larger for the room
        rows = [(i.id, p.number, p.color, radius, "", p.x, p.y) for i, p in pins]
        content = (MAP, chosen.id if chosen else "", tuple(rows))
        if content != self._content:
            self.map.sync(rows)
        self._use(self.map, content)
        return len(rows)

    def _load_picture(self, store, chosen) -> None:
        key = (chosen.id, chosen.updated) if chosen is not None else None
        if key == self._picture_key:
            return
        self._picture_key = key
        m = store.maybe(CommunityMap, chosen.id) if chosen is not None else None
        pix = QPixmap()
        if m is not None:
            pix.loadFromData(m.image)
        self.map.set_picture(pix if not pix.isNull() else None)

    def _use(self, scene, content: tuple) -> None:
        changed = content != self._content or self.scene() is not scene
        self._content = content
        if self.scene() is not scene:
            self.setScene(scene)
        if changed:
            self.fit()

    def fit(self) -> None:
        scene = self.scene()
        if scene is None:
            return
        rect = scene.itemsBoundingRect() if scene is self.board else scene.sceneRect()
        if rect.isEmpty():
            return
        self.fitInView(rect.adjusted(-20, -20, 20, 20), Qt.AspectRatioMode.KeepAspectRatio)

    def visible_rect(self) -> QRectF:
        """What of the scene is on the screen (for tests: everything shown is in it)."""
        return self.mapToScene(self.viewport().rect()).boundingRect()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self.fit()
