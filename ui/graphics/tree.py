"""The problem tree drawn as layered boxes: root causes at the bottom, effects at the top."""
from __future__ import annotations

from typing import Optional

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (QBrush, QColor, QFont, QPainter, QPainterPath, QPen, QPolygonF,
                           QTextOption)
from PySide6.QtWidgets import (QGraphicsItem, QGraphicsPathItem, QGraphicsScene,
                               QStyleOptionGraphicsItem, QWidget)

from workshop.causes import ProblemTree

from .text import breakable
from ..widgets import plain_tooltip

NODE_W, NODE_H = 230.0, 92.0
GAP_X, GAP_Y = 40.0, 90.0


class NodeItem(QGraphicsItem):
    def __init__(self, issue_id: str, number: int, title: str, color: str, role: str):
        super().__init__()
        self.issue_id, self.number, self.title, self.color, self.role = \
            issue_id, number, title, color, role
        self.setFlags(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setToolTip(plain_tooltip(title))

    def boundingRect(self) -> QRectF:  # noqa: N802
        return QRectF(-3, -3, NODE_W + 6, NODE_H + 6)

    def paint(self, p: QPainter, option: QStyleOptionGraphicsItem,  # noqa: D102
              widget: Optional[QWidget] = None) -> None:
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        base = QColor(self.color or "#bdbdbd")
        fill = {"root": QColor("#f3e5d0"), "effect": QColor("#fde2e0")}.get(
            self.role, base.lighter(170))
        p.setPen(QPen(QColor("#1565c0") if self.isSelected() else base.darker(150),
                      4 if self.isSelected() else 2))
        p.setBrush(QBrush(fill))
        p.drawRoundedRect(QRectF(0, 0, NODE_W, NODE_H), 10, 10)
        p.setBrush(QBrush(base))
        p.setPen(Qt.PenStyle.NoPen)
        p.drawEllipse(QRectF(8, 8, 30, 30))
        f = QFont(p.font())
        f.setPixelSize(15)
        f.setBold(True)
        p.setFont(f)
        p.setPen(QColor("white"))
        p.drawText(QRectF(8, 8, 30, 30), Qt.AlignmentFlag.AlignCenter, str(self.number))
        p.setPen(QColor("#222222"))
        f.setBold(False)
        f.setPixelSize(16)
        p.setFont(f)
        opt = QTextOption()
        opt.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        r = QRectF(44, 6, NODE_W - 52, NODE_H - 12)
        p.save()
        p.setClipRect(r)
        p.drawText(r, breakable(self.title), opt)
        p.restore()


class ArrowItem(QGraphicsPathItem):
    def __init__(self, link_id: str, start: QPointF, end: QPointF):
        super().__init__()
        self.link_id = link_id
        path = QPainterPath(start)
        mid_y = (start.y() + end.y()) / 2
        path.cubicTo(QPointF(start.x(), mid_y), QPointF(end.x(), mid_y), end)
        # arrow head, pointing up into the effect
        size = 14
        head = QPolygonF([end, QPointF(end.x() - size * 0.6, end.y() + size),
                          QPointF(end.x() + size * 0.6, end.y() + size), end])
        self.setPath(path)
        self.setPen(QPen(QColor("#6d4c41"), 3))
        self.setBrush(Qt.BrushStyle.NoBrush)
        self.setZValue(-1)
        self.setFlags(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self._head = head

    def paint(self, p: QPainter, option, widget=None):  # noqa: D102
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        col = QColor("#1565c0") if self.isSelected() else QColor("#6d4c41")
        p.setPen(QPen(col, 5 if self.isSelected() else 3))
        p.setBrush(Qt.BrushStyle.NoBrush)
        body = QPainterPath(self.path())
        p.drawPath(body)
        p.setBrush(QBrush(col))
        p.drawPolygon(self._head)


class TreeScene(QGraphicsScene):
    nodeSelected = Signal(str)
    linkSelected = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.nodes: dict[str, NodeItem] = {}
        self.arrows: dict[str, ArrowItem] = {}
        self.selectionChanged.connect(self._selection)

    def _selection(self) -> None:
        for it in self.selectedItems():
            if isinstance(it, NodeItem):
                self.nodeSelected.emit(it.issue_id)
                return
            if isinstance(it, ArrowItem):
                self.linkSelected.emit(it.link_id)
                return

    def build(self, tree: ProblemTree, numbers: dict[str, int], colors: dict[str, str]) -> None:
        self.clear()
        self.nodes, self.arrows = {}, {}
        layers = tree.layers()
        n = len(layers)
        pos: dict[str, float] = {}
        roots, tops = set(tree.roots), set(tree.top_effects)
        widest = max((len(l) for l in layers), default=0)
        for k, layer in enumerate(layers):
            if k > 0:   # order by the mean place of the causes (fewer crossings)
                layer.sort(key=lambda i: sum(pos.get(c, 0) for c in tree.causes.get(i, []))
                           / max(1, len(tree.causes.get(i, []))))
            offset = (widest - len(layer)) * (NODE_W + GAP_X) / 2
            for j, iid in enumerate(layer):
                x = offset + j * (NODE_W + GAP_X)
                y = (n - 1 - k) * (NODE_H + GAP_Y)
                pos[iid] = x
                issue = tree.issues[iid]
                role = "root" if iid in roots else "effect" if iid in tops else "middle"
                item = NodeItem(iid, numbers.get(iid, 0), issue.title,
                                colors.get(issue.category_id or "", ""), role)
                item.setPos(x, y)
                self.addItem(item)
                self.nodes[iid] = item
        for link in tree.links:
            a, b = self.nodes.get(link.cause_id), self.nodes.get(link.effect_id)
            if a is None or b is None:
                continue
            start = a.pos() + QPointF(NODE_W / 2, 0)            # top of the cause
            end = b.pos() + QPointF(NODE_W / 2, NODE_H + 2)      # bottom of the effect
            arrow = ArrowItem(link.id, start, end)
            self.addItem(arrow)
            self.arrows[link.id] = arrow
        self.setSceneRect(self.itemsBoundingRect().adjusted(-40, -40, 40, 40))
