"""The actor network drawn: one shape per sector (colour *and* shape, so the legend does not
rely on colour alone), organisations filled, people outlined; links as lines, thicker when
more records stand behind them, dashed when they are only pledges or membership."""
from __future__ import annotations

from typing import Optional

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import (QGraphicsItem, QGraphicsLineItem, QGraphicsPathItem,
                               QGraphicsScene, QGraphicsSimpleTextItem)

from workshop.model import Sector
from workshop.network import SECTOR_STYLE, LinkKind, Network, shape_points

SPREAD = 420.0          # scene units for the layout's [-1, 1]
RADIUS = 14.0


def shape_path(shape: str, r: float = RADIUS) -> QPainterPath:
    """A sector's shape (:data:`workshop.network.SECTOR_STYLE`) as a painter path (made once
    per shape and size: a large series draws hundreds of nodes)."""
    key = (shape, r)
    if key not in _PATHS:
        _PATHS[key] = _make_path(shape, r)
    return QPainterPath(_PATHS[key])


_PATHS: dict[tuple[str, float], QPainterPath] = {}


def _make_path(shape: str, r: float) -> QPainterPath:
    path = QPainterPath()
    pts = shape_points(shape, r)
    if not pts:
        path.addEllipse(QPointF(0, 0), r, r)
        return path
    path.addPolygon(QPolygonF([QPointF(x, y) for x, y in pts]))
    path.closeSubpath()
    return path


class NodeItem(QGraphicsPathItem):
    def __init__(self, key: str, sector: Sector, person: bool, label: str, tooltip: str):
        colour, shape = SECTOR_STYLE[sector]
        super().__init__(shape_path(shape, RADIUS * (0.75 if person else 1.0)))
        self.key = key
        self.style = (sector, person)
        c = QColor(colour)
        self.setBrush(QBrush(Qt.GlobalColor.white if person else c))
        self.setPen(QPen(c.darker(130), 2.5 if person else 1.2))
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setAcceptHoverEvents(True)
        self.setToolTip(tooltip)
        self.setZValue(2)
        self.label = QGraphicsSimpleTextItem(label, self)
        w = self.label.boundingRect().width()
        self.label.setPos(-w / 2, RADIUS + 2)

    def relabel(self, label: str, tooltip: str) -> None:
        """A renamed actor or new roles: the same item, its words changed only if they did."""
        if self.toolTip() != tooltip:
            self.setToolTip(tooltip)
        if self.label.text() != label:
            self.label.setText(label)
            self.label.setPos(-self.label.boundingRect().width() / 2, RADIUS + 2)


class NetworkScene(QGraphicsScene):
    nodeSelected = Signal(str)          # node key, "" when nothing is selected

    def __init__(self, parent=None):
        super().__init__(parent)
        self.nodes: dict[str, NodeItem] = {}
        self.edges: dict[tuple[str, str], QGraphicsLineItem] = {}
        self.selectionChanged.connect(self._selection)

    def build(self, net: Network, pos: dict[str, tuple[float, float]], labels: dict[str, str],
              tooltips: dict[str, str], edge_tips: dict[tuple[str, str], str]) -> None:
        """Draw ``net``, keeping the items of actors and links that are still there (matched
        by key: a change notice moves, relabels, adds or removes only what differs, so the
        selection and the view stay), a node made anew only when its sector or kind
        changed."""
        for key in [k for k in self.nodes if k not in net.nodes]:
            self.removeItem(self.nodes.pop(key))
        for key, node in net.nodes.items():
            x, y = pos.get(key, (0.0, 0.0))
            label, tip = labels.get(key, node.name), tooltips.get(key, node.name)
            item = self.nodes.get(key)
            style = (node.sector, node.kind == "person")
            if item is not None and item.style != style:
                self.removeItem(self.nodes.pop(key))
                item = None
            if item is None:
                item = NodeItem(key, node.sector, node.kind == "person", label, tip)
                self.addItem(item)
                self.nodes[key] = item
            else:
                item.relabel(label, tip)
            if item.pos() != QPointF(x * SPREAD, y * SPREAD):
                item.setPos(x * SPREAD, y * SPREAD)
        pens: dict[tuple[int, bool], QPen] = {}
        only_relations = {LinkKind.PLEDGE, LinkKind.MEMBER}
        seen: set[tuple[str, str]] = set()
        for a, b, d in net.graph.edges(data=True):
            (xa, ya), (xb, yb) = pos.get(a, (0.0, 0.0)), pos.get(b, (0.0, 0.0))
            style = (min(d["weight"], 6), set(d["kinds"]) <= only_relations)
            pen = pens.get(style)
            if pen is None:
                pen = pens[style] = QPen(QColor("#555555"), 1.0 + style[0] * 0.6)
                if style[1]:
                    pen.setStyle(Qt.PenStyle.DashLine)
            pair = (a, b) if (a, b) in self.edges or (b, a) not in self.edges else (b, a)
            seen.add(pair)
            line = self.edges.get(pair)
            if line is None:
                line = QGraphicsLineItem()
                line.setZValue(1)
                self.addItem(line)
                self.edges[pair] = line
            if pair != (a, b):
                (xa, ya), (xb, yb) = (xb, yb), (xa, ya)
            if line.line() != QLineF(xa * SPREAD, ya * SPREAD, xb * SPREAD, yb * SPREAD):
                line.setLine(xa * SPREAD, ya * SPREAD, xb * SPREAD, yb * SPREAD)
            if line.pen() != pen:
                line.setPen(pen)
            tip = edge_tips.get((a, b), edge_tips.get((b, a), ""))
            if line.toolTip() != tip:
                line.setToolTip(tip)
        for pair in [p for p in self.edges if p not in seen]:
            self.removeItem(self.edges.pop(pair))

    def show_links(self, visible: set[tuple[str, str]]) -> None:
        """Show only these links (a filter); every node stays where it is."""
        for pair, line in self.edges.items():
            line.setVisible(pair in visible or (pair[1], pair[0]) in visible)

    def dim_nodes(self, linked: Optional[set[str]]) -> None:
        for key, item in self.nodes.items():
            item.setOpacity(1.0 if linked is None or key in linked else 0.25)

    def _selection(self) -> None:
        sel = [i for i in self.selectedItems() if isinstance(i, NodeItem)]
        self.nodeSelected.emit(sel[0].key if sel else "")
