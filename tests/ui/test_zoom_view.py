"""ZoomView.request_fit: a view built hidden fits its scene once it is shown."""
from PySide6.QtCore import QRectF
from PySide6.QtWidgets import QGraphicsScene

from ui.graphics.view import ZoomView


def _view(qtbot, rect: QRectF) -> ZoomView:
    scene = QGraphicsScene()
    scene.addRect(rect)
    view = ZoomView()
    view.setScene(scene)
    view._scene = scene          # keep it alive with the view
    view.resize(400, 300)
    qtbot.addWidget(view)
    return view


def test_fit_requested_while_hidden_happens_when_shown(qtbot):
    view = _view(qtbot, QRectF(0, 0, 2000, 1500))
    view.request_fit()
    assert view.zoom() == 1.0                   # hidden: nothing yet
    view.show()
    qtbot.waitUntil(lambda: view.zoom() < 0.5)  # fitted once shown
    deferred = view.zoom()
    view.fit_all()                               # the same as fitting it now
    assert abs(view.zoom() - deferred) < 1e-6


def test_fit_never_zooms_in_beyond_the_limit(qtbot):
    view = _view(qtbot, QRectF(0, 0, 40, 30))
    view.show()
    qtbot.waitExposed(view)
    view.request_fit(max_zoom=1.0)
    assert view.zoom() == 1.0
    view.request_fit()
    assert view.zoom() > 1.0
