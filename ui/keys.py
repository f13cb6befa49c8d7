"""The keyboard and the text size (issue 12, item 7): the one place the window's keys are
chosen, and how a new text size reaches every widget at once.

Pages: Ctrl+1…Ctrl+9 are the first nine pages (Meetings … Community map), Alt+1, Alt+2 …
the rest (Problem tree … Minutes and reports), and Ctrl+PgDown / Ctrl+PgUp the next and
the previous page, whatever the page count; digits and PgUp/PgDown are the same keys on the
Thai (Kedmanee) and the English layout.  The navigation list and the Go menu show each
page's key.  Text size: Ctrl++ (or Ctrl+=), Ctrl+- and Ctrl+0 step through :data:`SIZES`
(points); a graphics view with the focus (board, map, tree, network) keeps those keys for its
own zoom (:class:`ui.graphics.view.ZoomView`).
"""
from __future__ import annotations

from typing import Iterable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QWidget

from . import fonts

CTRL_PAGES = 9
ALT_PAGES = 9
NEXT_PAGE = QKeySequence("Ctrl+PgDown")
PREVIOUS_PAGE = QKeySequence("Ctrl+PgUp")
ZOOM_IN = [QKeySequence("Ctrl++"), QKeySequence("Ctrl+=")]
ZOOM_OUT = [QKeySequence("Ctrl+-")]
ZOOM_RESET = QKeySequence("Ctrl+0")
# Text sizes in points, the default (fonts.DEFAULT_POINT_SIZE) among them; 17 is 150 %+.
SIZES = (8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 20, 22, 24)


def page_key(index: int) -> QKeySequence:
    """The key of the page at ``index`` (0-based); empty beyond the eighteenth."""
    if index < CTRL_PAGES:
        return QKeySequence(f"Ctrl+{index + 1}")
    if index < CTRL_PAGES + ALT_PAGES:
        return QKeySequence(f"Alt+{index - CTRL_PAGES + 1}")
    return QKeySequence()


def key_text(seq: QKeySequence) -> str:
    """A key as shown in a menu or a tooltip ("Ctrl+1")."""
    return seq.toString(QKeySequence.SequenceFormat.NativeText)


def text_size(setting: int) -> int:
    """The size in points for the FONT_SIZE setting (0: the default)."""
    return setting or fonts.DEFAULT_POINT_SIZE


def stepped(points: int, steps: int) -> int:
    """The size ``steps`` steps of :data:`SIZES` away from ``points`` (kept in range)."""
    below = [i for i, s in enumerate(SIZES) if s <= points]
    i = below[-1] if below else 0
    if SIZES[i] < points and steps:       # between two steps: each neighbour is one step
        if steps > 0:
            steps -= 1
            i += 1
        else:
            steps += 1
    return SIZES[max(0, min(len(SIZES) - 1, i + steps))]


def percent(points: int) -> int:
    return round(100 * points / fonts.DEFAULT_POINT_SIZE)


def set_text_size(points: int, roots: Iterable[QWidget]) -> None:
    """Make ``points`` the application's text size now.  Widgets that follow the application
    font change by themselves; a widget given its own font (a heading 1.3 times the text, the
    check-in counter) is scaled by the same ratio, in ``roots``' windows (the projector sizes
    its own type and is left alone)."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    old = app.font().pointSizeF()
    if old <= 0 or abs(old - points) < 0.01:
        return
    font = app.font()
    font.setPointSizeF(float(points))
    app.setFont(font)
    app.sendPostedEvents(None, QEvent.Type.ApplicationFontChange)   # now, not later
    ratio = points / old
    for root in roots:
        window = root.window()
        for w in [root, *root.findChildren(QWidget)]:
            if w.window() is not window or not w.testAttribute(Qt.WidgetAttribute.WA_SetFont):
                continue
            f = w.font()
            if f.pointSizeF() > 0:
                f.setPointSizeF(f.pointSizeF() * ratio)
                w.setFont(f)
