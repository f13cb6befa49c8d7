"""The community map's graphics: the picture and numbered pins (drawn like the export in
:mod:`workshop.mapimage`), plus a view that accepts issues dropped from a list."""
from __future__ import annotations

from typing import Optional

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (QBrush, QColor, QDragEnterEvent, QDragMoveEvent, QDropEvent, QFont,
                           QPainter, QPen, QPixmap)
from PySide6.QtWidgets import (QGraphicsItem, QGraphicsPixmapItem, QGraphicsScene,
                               QGraphicsSceneMouseEvent, QStyleOptionGraphicsItem, QWidget)

from .view import ZoomView
from ..widgets import plain_tooltip

ISSUE_MIME = "application/x-prachakhom-issue"


class PinItem(QGraphicsItem):
    def __init__(self, issue_id: str, number: int, color: str, radius: float, title: str):
        super().__init__()
        self.issue_id = issue_id
        self.number = number
        self.color = color
        self.radius = radius
        self.setToolTip(plain_tooltip(title))
        self.setFlags(QGraphicsItem.GraphicsItemFlag.ItemIsMovable
                      | QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setZValue(2)
        self.saved = QPointF()

    def set_state(self, number: int, color: str, radius: float, title: str, pos: QPointF):
        if (number, color, radius) != (self.number, self.color, self.radius):
            self.prepareGeometryChange()
            self.number, self.color, self.radius = number, color, radius
            self.update()
        self.setToolTip(plain_tooltip(title))
        self.saved = QPointF(pos)
        if self.pos() != pos:
            self.setPos(pos)

    def boundingRect(self) -> QRectF:  # noqa: N802
        r = self.radius + 3
        return QRectF(-r, -r, 2 * r, 2 * r)

    def paint(self, p: QPainter, option: QStyleOptionGraphicsItem,  # noqa: D102
              widget: Optional[QWidget] = None) -> None:
        r = self.radius
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(QColor("#1565c0") if self.isSelected() else QColor("white"),
                   max(2.0, r / 5))
        p.setPen(pen)
        p.setBrush(QBrush(QColor(self.color)))
        p.drawEllipse(QPointF(0, 0), r, r)
        f = QFont(p.font())
        f.setPixelSize(max(8, round(r * 1.15)))
        f.setBold(True)
        p.setFont(f)
        p.setPen(QColor("white"))
        p.drawText(QRectF(-r, -r, 2 * r, 2 * r), Qt.AlignmentFlag.AlignCenter, str(self.number))


class MapScene(QGraphicsScene):
    pinMoved = Signal(str, float, float)        # issue id, x, y (0..1)
    mapClicked = Signal(float, float)           # x, y (0..1) on the picture

    def __init__(self, parent=None):
        super().__init__(parent)
        self.picture = QGraphicsPixmapItem()
        self.picture.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        self.addItem(self.picture)
        self.pins: dict[str, PinItem] = {}
        self._press: Optional[QPointF] = None

    def set_picture(self, pixmap: Optional[QPixmap]) -> None:
        self.picture.setPixmap(pixmap or QPixmap())
        self.setSceneRect(self.picture.boundingRect())

    @property
    def size(self) -> tuple[float, float]:
        r = self.picture.boundingRect()
        return r.width(), r.height()

    def to_unit(self, pos: QPointF) -> tuple[float, float]:
        w, h = self.size
        if w <= 0 or h <= 0:
            return 0.0, 0.0
        return (min(max(pos.x() / w, 0.0), 1.0), min(max(pos.y() / h, 0.0), 1.0))

    def from_unit(self, x: float, y: float) -> QPointF:
        w, h = self.size
        return QPointF(x * w, y * h)

    def sync(self, pins: list[tuple[str, int, str, float, str, float, float]]) -> None:
        """(issue id, number, colour, radius, title, x, y) for every pin."""
        seen = set()
        for iid, number, color, radius, title, x, y in pins:
            seen.add(iid)
            item = self.pins.get(iid)
            if item is None:
                item = PinItem(iid, number, color, radius, title)
                self.pins[iid] = item
                self.addItem(item)
            item.set_state(number, color, radius, title, self.from_unit(x, y))
        for gone in set(self.pins) - seen:
            self.removeItem(self.pins.pop(gone))

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802
        self._press = event.scenePos() if event.button() == Qt.MouseButton.LeftButton else None
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802
        super().mouseReleaseEvent(event)
        if event.button() != Qt.MouseButton.LeftButton:
            return
        for pin in self.pins.values():
            if pin.pos() != pin.saved:
                self.pinMoved.emit(pin.issue_id, *self.to_unit(pin.pos()))
                return
        press, self._press = self._press, None
        if press is not None and (event.scenePos() - press).manhattanLength() < 4:
            hit = [i for i in self.items(event.scenePos()) if isinstance(i, PinItem)]
            if not hit and self.picture.contains(self.picture.mapFromScene(event.scenePos())):
                self.mapClicked.emit(*self.to_unit(event.scenePos()))


class MapView(ZoomView):
    issueDropped = Signal(str, float, float)    # issue id, x, y (0..1)

    def __init__(self, parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.setAcceptDrops(True)
        self.setDragMode(ZoomView.DragMode.NoDrag)

    def _accepts(self, event) -> bool:
        return event.mimeData().hasFormat(ISSUE_MIME) and isinstance(self.scene(), MapScene) \
            and self.scene().size[0] > 0

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if self._accepts(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802
        if self._accepts(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        if not self._accepts(event):
            event.ignore()
            return
        issue_id = bytes(event.mimeData().data(ISSUE_MIME).data()).decode()
        pos = self.mapToScene(event.position().toPoint())
        event.acceptProposedAction()
        self.issueDropped.emit(issue_id, *self.scene().to_unit(pos))
