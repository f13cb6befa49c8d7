"""Mouse helpers for graphics-view tests (QTest.mouseMove does not carry pressed buttons)."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QGraphicsView


def _send(view: QGraphicsView, kind, pos: QPoint, button, buttons,
          mods=Qt.KeyboardModifier.NoModifier):
    vp = view.viewport()
    local = QPointF(pos)
    glob = QPointF(vp.mapToGlobal(pos))
    ev = QMouseEvent(kind, local, local, glob, button, buttons, mods)
    QApplication.sendEvent(vp, ev)


def drag(view: QGraphicsView, start: QPointF, end: QPointF, steps: int = 5) -> None:
    """Drag with the left button from scene point ``start`` to ``end``."""
    a, b = view.mapFromScene(start), view.mapFromScene(end)
    left, none = Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton
    _send(view, QEvent.Type.MouseButtonPress, a, left, left)
    for i in range(1, steps + 1):
        p = a + (b - a) * (i / steps)
        _send(view, QEvent.Type.MouseMove, p, none, left)
    _send(view, QEvent.Type.MouseButtonRelease, b, left, none)


def click(view: QGraphicsView, at: QPointF, mods=Qt.KeyboardModifier.NoModifier) -> None:
    p = view.mapFromScene(at)
    left, none = Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton
    _send(view, QEvent.Type.MouseButtonPress, p, left, left, mods)
    _send(view, QEvent.Type.MouseButtonRelease, p, left, none, mods)
