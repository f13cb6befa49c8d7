"""A QGraphicsView with zoom (Ctrl+wheel, Ctrl+plus/minus/0), pan (middle button or
Space+drag) and arrow-key moves of the selected items (reported, not done: the page turns
them into one undoable command)."""
from __future__ import annotations

from typing import Optional

from PySide6.QtCore import QEvent, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QPainter, QWheelEvent
from PySide6.QtWidgets import QGraphicsView, QWidget

MIN_ZOOM, MAX_ZOOM = 0.1, 4.0
STEP = 1.2
NUDGE = 10.0          # scene units per arrow key (Shift: 5×)


class ZoomView(QGraphicsView):
    zoomChanged = Signal(float)
    nudged = Signal(float, float)      # dx, dy for the selected items

    def __init__(self, parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._pan_from: Optional[QPoint] = None
        self._space = False
        self._fit_pending: Optional[float] = None   # max zoom of a fit waiting to be shown

    # -- zoom
    def zoom(self) -> float:
        return self.transform().m11()

    def set_zoom(self, z: float) -> None:
        z = min(max(z, MIN_ZOOM), MAX_ZOOM)
        f = z / self.zoom()
        if abs(f - 1.0) > 1e-9:
            self.scale(f, f)
            self.zoomChanged.emit(z)

    def zoom_in(self) -> None:
        self.set_zoom(self.zoom() * STEP)

    def zoom_out(self) -> None:
        self.set_zoom(self.zoom() / STEP)

    def zoom_reset(self) -> None:
        self.set_zoom(1.0)

    def fit_all(self) -> None:
        scene = self.scene()
        if scene is None:
            return
        rect = scene.itemsBoundingRect().adjusted(-20, -20, 20, 20)
        if rect.isEmpty():
            return
        # A fitted scene needs no scroll bars: fit on the viewport without them (fitting while
        # they show would leave a margin once they go), and from the identity (Qt's margin is
        # measured through the current transform), so that every fit gives the same zoom.
        h, v = self.horizontalScrollBarPolicy(), self.verticalScrollBarPolicy()
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.resetTransform()
        self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)
        self.setHorizontalScrollBarPolicy(h)
        self.setVerticalScrollBarPolicy(v)
        if self.zoom() > MAX_ZOOM or self.zoom() < MIN_ZOOM:
            self.set_zoom(self.zoom())
        self.zoomChanged.emit(self.zoom())

    def request_fit(self, max_zoom: float = MAX_ZOOM) -> None:
        """Fit everything (never zooming in beyond ``max_zoom``): now when the view is on
        screen, else as soon as it is shown and has its size (a page built hidden)."""
        if self.isVisible():
            self._fit_pending = None
            self.fit_all()
            if self.zoom() > max_zoom:
                self.set_zoom(max_zoom)
        else:
            self._fit_pending = max_zoom

    def showEvent(self, event) -> None:  # noqa: N802 - fit once the view has its size
        super().showEvent(event)
        if self._fit_pending is not None:
            max_zoom = self._fit_pending
            QTimer.singleShot(0, self, lambda: self.request_fit(max_zoom))

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            if event.angleDelta().y() > 0:
                self.zoom_in()
            elif event.angleDelta().y() < 0:
                self.zoom_out()
            event.accept()
            return
        super().wheelEvent(event)

    # -- keys
    ZOOM_KEYS = (Qt.Key.Key_Plus, Qt.Key.Key_Equal, Qt.Key.Key_Minus, Qt.Key.Key_0)

    def event(self, event: QEvent) -> bool:  # noqa: D102
        # With the focus here, Ctrl++ / Ctrl+- / Ctrl+0 zoom this view (its keyPressEvent),
        # not the window's text size (ui/keys.py).
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) \
                and event.modifiers() & Qt.KeyboardModifier.ControlModifier \
                and event.key() in self.ZOOM_KEYS:
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key, mods = event.key(), event.modifiers()
        ctrl = bool(mods & Qt.KeyboardModifier.ControlModifier)
        if ctrl and key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_in()
            return
        if ctrl and key == Qt.Key.Key_Minus:
            self.zoom_out()
            return
        if ctrl and key == Qt.Key.Key_0:
            self.zoom_reset()
            return
        arrows = {Qt.Key.Key_Left: (-1, 0), Qt.Key.Key_Right: (1, 0),
                  Qt.Key.Key_Up: (0, -1), Qt.Key.Key_Down: (0, 1)}
        if key in arrows and self.scene() is not None and self.scene().selectedItems():
            step = NUDGE * (5 if mods & Qt.KeyboardModifier.ShiftModifier else 1)
            dx, dy = arrows[key]
            self.nudged.emit(dx * step, dy * step)
            return
        if key == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space = True
            self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
            return
        super().keyPressEvent(event)

    def keyReleaseEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space = False
            self.viewport().unsetCursor()
            return
        super().keyReleaseEvent(event)

    # -- pan
    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.MiddleButton or (
                self._space and event.button() == Qt.MouseButton.LeftButton):
            self._pan_from = event.position().toPoint()
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self._pan_from is not None:
            p = event.position().toPoint()
            d = p - self._pan_from
            self._pan_from = p
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() - d.x())
            self.verticalScrollBar().setValue(self.verticalScrollBar().value() - d.y())
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self._pan_from is not None:
            self._pan_from = None
            self.viewport().unsetCursor()
            event.accept()
            return
        super().mouseReleaseEvent(event)
