"""The issue board's graphics: cards (coloured by category) and named clusters.

The scene only reports what the user did (``cardsMoved``, ``clusterChanged``, activations);
the page turns each report into one undo command.  :meth:`BoardScene.sync` reconciles the
items with the records, so a store change updates only what changed.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Optional

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPen, QTextOption
from PySide6.QtWidgets import (QGraphicsItem, QGraphicsScene, QGraphicsSceneMouseEvent,
                               QStyleOptionGraphicsItem, QWidget)

from workshop import issues
from workshop.issues import CARD_H, CARD_W
from workshop.model import Issue

from .text import breakable
from ..widgets import plain_tooltip

GRIP = 26.0


@dataclass
class CardData:
    issue_id: str
    number: int
    title: str
    category: str
    color: str
    raiser: str
    village: str
    merged: int
    cluster_id: Optional[str]
    x: float
    y: float


class CardItem(QGraphicsItem):
    def __init__(self, data: CardData, large: bool = False):
        super().__init__()
        self.data_ = data
        self.large = large
        self.setFlags(QGraphicsItem.GraphicsItemFlag.ItemIsMovable
                      | QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
                      | QGraphicsItem.GraphicsItemFlag.ItemIsFocusable)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.setZValue(1)
        self.setPos(data.x, data.y)
        self.setToolTip(plain_tooltip(data.title))

    @property
    def issue_id(self) -> str:
        return self.data_.issue_id

    def set_data(self, data: CardData, large: bool) -> None:
        changed = (data.title, data.number, data.color, data.category, data.raiser,
                   data.village, data.merged) != (
            self.data_.title, self.data_.number, self.data_.color, self.data_.category,
            self.data_.raiser, self.data_.village, self.data_.merged) or large != self.large
        self.data_ = data
        self.large = large
        if QPointF(data.x, data.y) != self.pos():
            self.setPos(data.x, data.y)
        if changed:
            self.setToolTip(plain_tooltip(data.title))
            self.update()

    def boundingRect(self) -> QRectF:  # noqa: N802
        return QRectF(-2, -2, CARD_W + 4, CARD_H + 4)

    def paint(self, p: QPainter, option: QStyleOptionGraphicsItem,  # noqa: D102
              widget: Optional[QWidget] = None) -> None:
        d = self.data_
        base = QColor(d.color or "#bdbdbd")
        rect = QRectF(0, 0, CARD_W, CARD_H)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        selected = self.isSelected()
        p.setPen(QPen(QColor("#1565c0") if selected else base.darker(140), 4 if selected else 1.5))
        p.setBrush(QBrush(_tint(base, 0.22)))
        p.drawRoundedRect(rect, 8, 8)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QBrush(base))
        p.drawRoundedRect(QRectF(0, 0, 12, CARD_H), 6, 6)
        small = QFont(p.font())
        small.setPixelSize(15 if self.large else 12)
        big = QFont(p.font())
        big.setPixelSize(22 if self.large else 16)
        big.setBold(True)
        # number and category
        p.setPen(QColor("#222222"))
        p.setFont(small)
        head = f"{d.number}"
        if d.category:
            head += f" · {d.category}"
        if d.village:
            head += f" · {d.village}"
        hr = QRectF(18, 4, CARD_W - 24, 20)
        p.drawText(hr, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                   p.fontMetrics().elidedText(head, Qt.TextElideMode.ElideRight,
                                              int(hr.width())))
        # title, wrapped at Thai word boundaries
        p.setFont(big)
        opt = QTextOption()
        opt.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        tr = QRectF(18, 24, CARD_W - 26, CARD_H - 46)
        p.save()
        p.setClipRect(tr)
        p.drawText(tr, breakable(d.title), opt)
        p.restore()
        # who raised it, and merged duplicates
        p.setFont(small)
        p.setPen(QColor("#444444"))
        foot = d.raiser
        if d.merged:
            foot = f"+{d.merged} · {foot}" if foot else f"+{d.merged}"
        fr = QRectF(18, CARD_H - 22, CARD_W - 26, 20)
        p.drawText(fr, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                   p.fontMetrics().elidedText(foot, Qt.TextElideMode.ElideRight,
                                              int(fr.width())))



def board_content(store, meeting_id: str, raiser: Callable[[Issue], str], lang: str
                  ) -> tuple[list[CardData], list[tuple[str, str, str, QRectF]]]:
    """The cards and groups of a meeting's issue board, as the board page and the projector
    show them: ``raiser(issue)`` names who raised it ("" for nobody: the projector)."""
    if not meeting_id:
        return [], []
    cats = {c.id: c for c in issues.categories(store)}
    all_issues = store.find(Issue, order_by="position, created", meeting_id=meeting_id)
    merged: dict[str, int] = {}
    for i in all_issues:
        if i.merged_into_id:
            merged[i.merged_into_id] = merged.get(i.merged_into_id, 0) + 1
    cards = []
    for n, i in enumerate((i for i in all_issues if not i.merged_into_id), 1):
        cat = cats.get(i.category_id or "")
        cards.append(CardData(
            issue_id=i.id, number=n, title=i.title,
            category=issues.category_name(cat, lang), color=cat.color if cat else "",
            raiser=raiser(i), village=QCoreApplication.translate(
                "BoardPage", "Village %1").replace("%1", i.village_no) if i.village_no else "",
            merged=merged.get(i.id, 0), cluster_id=i.cluster_id, x=i.board_x, y=i.board_y))
    groups = [(c.id, c.name, c.color, QRectF(c.x, c.y, c.width, c.height))
              for c in issues.clusters(store, meeting_id)]
    return cards, groups


def _tint(color: QColor, amount: float) -> QColor:
    """``color`` mixed with white (``amount`` of the colour): a calm card background."""
    return QColor(round(255 - (255 - color.red()) * amount),
                  round(255 - (255 - color.green()) * amount),
                  round(255 - (255 - color.blue()) * amount))


class ClusterItem(QGraphicsItem):
    """A named rectangle; dragging it moves its cards along; the corner grip resizes it."""

    def __init__(self, cluster_id: str, name: str, color: str, rect: QRectF):
        super().__init__()
        self.cluster_id = cluster_id
        self.name = name
        self.color = color
        self.size = rect.size()
        self.saved_rect = QRectF(rect)
        self.setPos(rect.topLeft())
        self.setFlags(QGraphicsItem.GraphicsItemFlag.ItemIsMovable
                      | QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setZValue(-1)
        self._resizing = False
        self._members: list[CardItem] = []
        self._last = QPointF()

    def set_state(self, name: str, color: str, rect: QRectF) -> None:
        if (name, color, QRectF(rect)) == (self.name, self.color, self.saved_rect) and \
                self.pos() == rect.topLeft() and self.size == rect.size():
            return                    # unchanged: nothing to redraw
        self.prepareGeometryChange()
        self.name, self.color, self.size = name, color, rect.size()
        self.saved_rect = QRectF(rect)
        self.setPos(rect.topLeft())
        self.update()

    def rect(self) -> QRectF:
        return QRectF(self.pos(), self.size)

    def boundingRect(self) -> QRectF:  # noqa: N802
        return QRectF(-3, -3, self.size.width() + 6, self.size.height() + 6)

    def paint(self, p: QPainter, option: QStyleOptionGraphicsItem,  # noqa: D102
              widget: Optional[QWidget] = None) -> None:
        r = QRectF(0, 0, self.size.width(), self.size.height())
        col = QColor(self.color or "#eeeeee")
        p.setPen(QPen(QColor("#1565c0") if self.isSelected() else col.darker(150), 3,
                      Qt.PenStyle.DashLine))
        fill = QColor(col)
        fill.setAlpha(110)
        p.setBrush(fill)
        p.drawRoundedRect(r, 14, 14)
        f = QFont(p.font())
        f.setPixelSize(24)
        f.setBold(True)
        p.setFont(f)
        p.setPen(QColor("#333333"))
        lr = QRectF(16, 6, r.width() - 32, 44)        # the name, in the group's top band
        p.drawText(lr, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                   p.fontMetrics().elidedText(self.name, Qt.TextElideMode.ElideRight,
                                              int(lr.width())))
        p.setPen(QPen(col.darker(170), 2))
        g = QRectF(r.width() - GRIP, r.height() - GRIP, GRIP - 4, GRIP - 4)
        for k in (0.3, 0.6, 0.9):
            p.drawLine(QPointF(g.right(), g.top() + g.height() * k),
                       QPointF(g.left() + g.width() * k, g.bottom()))

    def _in_grip(self, pos: QPointF) -> bool:
        return (pos.x() >= self.size.width() - GRIP and pos.y() >= self.size.height() - GRIP)

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802
        self._resizing = event.button() == Qt.MouseButton.LeftButton and \
            self._in_grip(event.pos())
        scene = self.scene()
        self._members = [c for c in scene.cards.values()
                         if c.data_.cluster_id == self.cluster_id and not c.isSelected()] \
            if isinstance(scene, BoardScene) else []
        self._last = self.pos()
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802
        if self._resizing:
            self.prepareGeometryChange()
            w = max(event.pos().x(), CARD_W)
            h = max(event.pos().y(), CARD_H)
            self.size.setWidth(w)
            self.size.setHeight(h)
            self.update()
            return
        super().mouseMoveEvent(event)
        # the group's cards move along.  (Not in itemChange: overriding it in PySide6 6.12
        # corrupts the reference count of None and crashes the interpreter later.)
        d = self.pos() - self._last
        if self._members and (d.x() or d.y()):
            for c in self._members:
                c.moveBy(d.x(), d.y())
        self._last = self.pos()

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802
        super().mouseReleaseEvent(event)
        self._resizing = False
        self._members = []



class BoardScene(QGraphicsScene):
    cardsMoved = Signal(dict)                        # issue id -> (x, y)
    clusterChanged = Signal(str, float, float, float, float)   # id, x, y, w, h
    cardActivated = Signal(str)
    clusterActivated = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.cards: dict[str, CardItem] = {}
        self.clusters: dict[str, ClusterItem] = {}
        self.large = False
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.BspTreeIndex)
        self._raised: list[CardItem] = []
        self.selectionChanged.connect(self._raise_selected)

    def _raise_selected(self) -> None:
        for c in self._raised:
            c.setZValue(1)
        self._raised = [i for i in self.selectedItems() if isinstance(i, CardItem)]
        for c in self._raised:
            c.setZValue(2)

    # -- reconcile with the records
    def sync(self, cards: list[CardData], clusters: list[tuple[str, str, str, QRectF]]) -> None:
        seen = set()
        for d in cards:
            seen.add(d.issue_id)
            item = self.cards.get(d.issue_id)
            if item is None:
                item = CardItem(d, self.large)
                self.cards[d.issue_id] = item
                self.addItem(item)
            elif item.data_ != d or item.pos() != QPointF(d.x, d.y):
                item.set_data(d, self.large)      # only a card that changed is redrawn
        for gone in set(self.cards) - seen:
            self.removeItem(self.cards.pop(gone))
        seen = set()
        for cid, name, color, rect in clusters:
            seen.add(cid)
            it = self.clusters.get(cid)
            if it is None:
                it = ClusterItem(cid, name, color, rect)
                self.clusters[cid] = it
                self.addItem(it)
            else:
                it.set_state(name, color, rect)
        for gone in set(self.clusters) - seen:
            self.removeItem(self.clusters.pop(gone))
        self._grow()

    def _grow(self) -> None:
        r = self.itemsBoundingRect().adjusted(-400, -400, 800, 800)
        self.setSceneRect(r.united(QRectF(-200, -200, 2400, 1400)))

    def set_large(self, large: bool) -> None:
        self.large = large
        for c in self.cards.values():
            c.set_data(c.data_, large)

    def selected_card_ids(self) -> list[str]:
        return [i.issue_id for i in self.selectedItems() if isinstance(i, CardItem)]

    def selected_cluster_ids(self) -> list[str]:
        return [i.cluster_id for i in self.selectedItems() if isinstance(i, ClusterItem)]

    # -- report what the mouse did
    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802
        super().mouseReleaseEvent(event)
        if event.button() != Qt.MouseButton.LeftButton:
            return
        self.report_moves()

    def report_moves(self) -> None:
        """Emit what moved since the records were last synced (one report per gesture)."""
        moved_clusters = [it for it in self.clusters.values() if it.rect() != it.saved_rect]
        if moved_clusters:
            it = moved_clusters[0]
            r = it.rect()
            self.clusterChanged.emit(it.cluster_id, r.x(), r.y(), r.width(), r.height())
            return
        moves = {cid: (c.pos().x(), c.pos().y()) for cid, c in self.cards.items()
                 if (c.pos().x(), c.pos().y()) != (c.data_.x, c.data_.y)}
        if moves:
            self.cardsMoved.emit(moves)

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802
        item = self.itemAt(event.scenePos(), self.views()[0].transform()) if self.views() \
            else None
        if isinstance(item, CardItem):
            self.cardActivated.emit(item.issue_id)
            return
        if isinstance(item, ClusterItem):
            self.clusterActivated.emit(item.cluster_id)
            return
        super().mouseDoubleClickEvent(event)
