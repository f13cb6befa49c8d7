"""The projector: a second top-level window for the room (View ▸ Projector, F5).

It follows what the facilitator does in the main window: the page in front picks the view
(agenda, speakers, issue board, community map, priorities → results, decisions, actions; any
other page → the meeting and its current agenda item), and what is selected there (the agenda
item, the speakers page's item, the map, the proposal) picks what it shows.  The board and
the map are pictures (:mod:`ui.projector_pictures`).  It re-reads on a page switch, on a
change notice that touches a table its slide reads (:data:`ui.projector_slides.READS`) and
once a second while its slide has a clock.  The facilitator's small control
(:class:`ProjectorControl`, in the main window's status bar while the projector is open)
can pick a view instead of following, freeze the screen or blank it.

Readable at 5 m: every text is at least :data:`MIN_POINTS` pt at 1280×720 and grows with the
window; Thai in the bundled Sarabun.  Data comes from :mod:`ui.projector_slides` (workshop
functions only, people named by the PUBLIC rule).
"""
from __future__ import annotations

from datetime import datetime, timezone
from typing import Callable, Optional

import shiboken6
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QCloseEvent, QFont, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (QCheckBox, QComboBox, QFrame, QGridLayout, QHBoxLayout, QLabel,
                               QSizePolicy, QStackedWidget, QVBoxLayout, QWidget)

from . import fonts
from . import projector_slides as slides
from .projector_pictures import PictureView

MIN_POINTS = 28.0
FOLLOW = "follow"
VIEW_OF_PAGE = {"ui.pages.agenda": slides.AGENDA, "ui.pages.speakers": slides.SPEAKERS,
                "ui.pages.board": slides.BOARD, "ui.pages.map": slides.MAP,
                "ui.pages.priorities": slides.RESULTS, "ui.pages.decisions": slides.DECISIONS,
                "ui.pages.actions": slides.ACTIONS}
STYLE = """
QWidget#projector { background: #10151c; }
QLabel { color: #f4f4f4; }
QLabel#meetingTitle { color: #9fc3e6; }
QLabel#bigFigure { color: #ffd34d; }
QLabel#bigFigure[alarm="true"] { color: #ff6b5e; }
QFrame#bar { background: #4fa3e0; border-radius: 6px; }
QFrame#bar[zero="true"] { background: #9fb3c8; border-radius: 0px; }
"""
ZERO_BAR = 6          # px: a 0-count bar is a thin line, seen as "none" rather than missing


def _utc_now() -> datetime:
    return datetime.now(timezone.utc).astimezone()


def _selection(page: Optional[QWidget]) -> str:
    """What the facilitator has selected on ``page``: an agenda item or proposal id."""
    if page is None:
        return ""
    module = type(page).__module__
    if module == "ui.pages.agenda":
        current = getattr(page, "current", None)
        return current.id if current is not None else ""
    if module == "ui.pages.speakers":
        return page.agenda_item_id() or ""
    if module == "ui.pages.decisions":
        return page.selected_id()
    if module == "ui.pages.map":
        return page.map_combo.currentData() or ""
    return ""


def _label(parent: QWidget, name: str, points: float) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setProperty("userText", True)       # meeting data, not UI strings
    label.setProperty("points", points)
    return label


class ProjectorWindow(QWidget):
    """``ProjectorWindow(main_window)``: shows the main window's file and page for the room."""

    ROWS = slides.MAX_ROWS + 2

    def __init__(self, window, clock: Callable[[], datetime] = _utc_now):
        super().__init__(window, Qt.WindowType.Window)   # closed and deleted with it
        self.window_ = window
        self.clock = clock
        self.view = FOLLOW          # or one of slides.VIEWS
        self.frozen = False
        self.blanked = False
        self.slide = slides.Slide()
        self._ctx = None
        self._shown_view: tuple[str, str] = ("", "")
        self.setObjectName("projector")
        self.setWindowTitle(self.tr("Prachakhom — projector"))
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(STYLE)
        self.resize(1280, 720)
        self.setMinimumSize(640, 360)
        self._family = self._sarabun()

        self.pages = QStackedWidget(self)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.pages)
        self.content = QWidget(self.pages)
        self.blank = QWidget(self.pages)           # the blanked screen: nothing at all
        self.pages.addWidget(self.content)
        self.pages.addWidget(self.blank)
        lay = QVBoxLayout(self.content)
        lay.setContentsMargins(48, 28, 48, 28)
        lay.setSpacing(8)
        self.meeting_label = _label(self.content, "meetingTitle", MIN_POINTS)
        self.heading_label = _label(self.content, "heading", 40)
        self.big_label = _label(self.content, "bigFigure", 96)
        self.big_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        for w in (self.meeting_label, self.heading_label, self.big_label):
            lay.addWidget(w)
        self.picture = PictureView(self.content)
        self.picture.hide()
        lay.addWidget(self.picture, 1)
        self.line_labels = [_label(self.content, "line", MIN_POINTS) for _ in range(self.ROWS)]
        for w in self.line_labels:
            lay.addWidget(w)
        bars = QWidget(self.content)
        grid = QGridLayout(bars)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(16)
        self.bar_rows: list[tuple[QLabel, QFrame, QLabel]] = []
        for r in range(slides.MAX_ROWS + 1):
            name = _label(bars, "barName", MIN_POINTS)
            name.setWordWrap(False)
            bar = QFrame(bars)
            bar.setObjectName("bar")
            bar.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
            value = _label(bars, "barValue", MIN_POINTS)
            grid.addWidget(name, r, 0)
            grid.addWidget(bar, r, 1, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            grid.addWidget(value, r, 2)
            self.bar_rows.append((name, bar, value))
        grid.setColumnStretch(3, 1)
        lay.addWidget(bars)
        lay.addStretch(1)
        self._layout = lay
        self._apply_fonts()

        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self._tick)
        self.timer.start()
        window.stack.currentChanged.connect(self._page_switched)
        window.storeLoaded.connect(self._attach)
        if window.ctx is not None:
            self._attach(window.ctx)
        self.refresh()

    # ------------------------------------------------------------------ placing
    def show_on_best_screen(self) -> None:
        """Full screen on the second screen when there is one, else a resizable window."""
        screens = QGuiApplication.screens()
        if len(screens) > 1:
            other = next((s for s in screens if s is not self.window_.screen()), screens[1])
            self.setScreen(other)
            self.setGeometry(other.geometry())
            self.showFullScreen()
        else:
            self.showNormal()

    # ------------------------------------------------------------------ following
    def _attach(self, ctx) -> None:
        if self._ctx is not None and shiboken6.isValid(self._ctx):
            self._ctx.meetingChanged.disconnect(self.refresh)
            self._ctx.storeChanged.disconnect(self._on_store_changed)
        self._ctx = ctx
        ctx.meetingChanged.connect(self.refresh)
        ctx.storeChanged.connect(self._on_store_changed)
        self.refresh()

    def _on_store_changed(self, change) -> None:
        """Built again only when the change touches a table the slide shown reads (or
        the view it follows changed meanwhile)."""
        view = self.current_view()
        if view != self._shown_view or change.touches(*slides.reads(view[0])):
            self.refresh()

    def _page_switched(self, _index: int) -> None:
        self.refresh()

    def front_page(self) -> Optional[QWidget]:
        page = self.window_.stack.currentWidget()
        return page if page is not None and type(page).__module__.startswith("ui.pages.") \
            else None

    def current_view(self) -> tuple[str, str]:
        """(view, selected id) for what the facilitator is doing (or has picked)."""
        page = self.front_page()
        module = type(page).__module__ if page is not None else ""
        followed = VIEW_OF_PAGE.get(module, slides.AGENDA)
        view = followed if self.view == FOLLOW else self.view
        selected = _selection(page) if view == VIEW_OF_PAGE.get(module) else ""
        return view, selected

    def set_view(self, view: str) -> None:
        self.view = view
        self.refresh()

    def set_frozen(self, frozen: bool) -> None:
        self.frozen = frozen
        self.refresh()

    def set_blanked(self, blanked: bool) -> None:
        self.blanked = blanked
        self.pages.setCurrentWidget(self.blank if blanked else self.content)

    def _tick(self) -> None:
        """Once a second, for the clocks and for what the facilitator selects: a slide
        without a clock (a picture, the results...) is left as it is while the view and the
        selection stay (its data changes come as change notices)."""
        view = self.current_view()
        if view != self._shown_view or view[0] in slides.CLOCKS:
            self.refresh()

    def refresh(self, *_args) -> None:
        if self.frozen:
            return
        ctx = self._ctx if self._ctx is not None and shiboken6.isValid(self._ctx) else None
        if ctx is None or ctx.store is None:
            self.show_slide(slides.Slide(meeting=self.tr("No file open")))
            return
        view, selected = self._shown_view = self.current_view()
        slide = slides.build(view, ctx.store, ctx.meeting_id, selected, self.clock())
        if slide.picture:
            self.picture.show_picture(slide.picture, ctx.store, ctx.meeting_id,
                                      slide.picture_id)
        self.show_slide(slide)

    # ------------------------------------------------------------------ drawing
    def show_slide(self, slide: slides.Slide) -> None:
        self.slide = slide

        def put(label: QLabel, text: str) -> None:
            if label.text() != text:
                label.setText(text)
            label.setVisible(bool(text))

        put(self.meeting_label, slide.meeting)
        put(self.heading_label, slide.heading)
        put(self.big_label, slide.big)
        self.picture.setVisible(bool(slide.picture))
        self._layout.setStretch(self._layout.count() - 1, 0 if slide.picture else 1)
        if self.big_label.property("alarm") != slide.big_alarm:
            self.big_label.setProperty("alarm", slide.big_alarm)
            self.big_label.style().unpolish(self.big_label)
            self.big_label.style().polish(self.big_label)
        for i, label in enumerate(self.line_labels):
            put(label, slide.lines[i] if i < len(slide.lines) else "")
        top = max([v for _n, v in slide.bars] + [1])
        room = max(40, int(self.width() * 0.35))
        bar_height = int(self._points_to_pixels(MIN_POINTS * self._scale()) * 0.8)
        for i, (name, bar, value) in enumerate(self.bar_rows):
            shown = i < len(slide.bars)
            put(name, slide.bars[i][0] if shown else "")
            put(value, str(slide.bars[i][1]) if shown else "")
            bar.setVisible(shown)
            if shown:
                zero = slide.bars[i][1] <= 0
                if bar.property("zero") != zero:
                    bar.setProperty("zero", zero)
                    bar.style().unpolish(bar)
                    bar.style().polish(bar)
                bar.setFixedSize(ZERO_BAR if zero else max(ZERO_BAR * 2,
                                                           int(room * slide.bars[i][1] / top)),
                                 bar_height)

    def _sarabun(self) -> str:
        if fonts.FAMILY not in QFontDatabase.families():
            fonts.register_fonts()
        return fonts.FAMILY

    def _scale(self) -> float:
        return max(1.0, min(self.width() / 1280, self.height() / 720))

    def _points_to_pixels(self, points: float) -> float:
        return points * self.logicalDpiY() / 72.0

    def _apply_fonts(self) -> None:
        scale = self._scale()
        for label in self.findChildren(QLabel):
            font = QFont(self._family)
            font.setPointSizeF(float(label.property("points") or MIN_POINTS) * scale)
            if label.objectName() in ("heading", "bigFigure"):
                font.setBold(True)
            label.setFont(font)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._apply_fonts()
        self.show_slide(self.slide)

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape and self.isFullScreen():
            self.showNormal()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.timer.stop()
        super().closeEvent(event)

    def retranslate(self) -> None:
        """The language was switched: the title, and the slide built again (a frozen one
        when it is let go)."""
        self.setWindowTitle(self.tr("Prachakhom — projector"))
        self.refresh()


class ProjectorControl(QWidget):
    """The facilitator's control: what to show, Freeze, Blank (in the main window)."""

    def __init__(self, projector: ProjectorWindow, parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.projector = projector
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel(self)
        self.combo = QComboBox(self)
        for key in (FOLLOW, *slides.VIEWS):
            self.combo.addItem("", key)
        self.freeze = QCheckBox(self)
        self.blank = QCheckBox(self)
        self.retranslate()
        for w in (self.label, self.combo, self.freeze, self.blank):
            lay.addWidget(w)
        self.combo.currentIndexChanged.connect(
            lambda _i: projector.set_view(self.combo.currentData()))
        self.freeze.toggled.connect(projector.set_frozen)
        self.blank.toggled.connect(projector.set_blanked)

    def retranslate(self) -> None:
        names = {FOLLOW: self.tr("Follow the facilitator"), slides.AGENDA: self.tr("Agenda"),
                 slides.SPEAKERS: self.tr("Speakers"), slides.BOARD: self.tr("Issue board"),
                 slides.MAP: self.tr("Community map"), slides.RESULTS: self.tr("Results"),
                 slides.DECISIONS: self.tr("Decisions"), slides.ACTIONS: self.tr("Actions")}
        self.label.setText(self.tr("Projector:"))
        for i in range(self.combo.count()):
            self.combo.setItemText(i, names.get(self.combo.itemData(i), ""))
        self.freeze.setText(self.tr("Freeze"))
        self.blank.setText(self.tr("Blank"))
        self.blank.setToolTip(self.tr("Show nothing on the projector"))


def open_projector(window) -> ProjectorWindow:
    """View ▸ Projector: show the window's projector (made on first use) and its control."""
    projector = getattr(window, "projector", None)
    if projector is None or not shiboken6.isValid(projector):
        projector = ProjectorWindow(window)
        window.projector = projector
        window.projector_control = ProjectorControl(projector, window)
        window.statusBar().addWidget(window.projector_control)
    window.projector_control.show()
    projector.show_on_best_screen()
    return projector

