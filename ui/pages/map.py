"""The community map: a picture of the walking map (phone photo, scan or exported image)
stored inside the workshop file, with the issues pinned on it as numbered pins.

Pin an issue by dragging it from the list onto the map, or by selecting it and clicking the
map; drag a pin to move it.  A pin carries its issue's number (``workshop.issues.pin_numbers``:
the board's card number, never changed by votes); the legend adds each issue's rank once
there are dots or scores ("rank 2=").  Export gives the map with its pins as PNG.
"""
from __future__ import annotations

from pathlib import Path
from typing import Optional

from PySide6.QtCore import QByteArray, QMimeData, Qt, Signal
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPen, QPixmap
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QFileDialog, QHBoxLayout, QLabel,
                               QListWidget, QListWidgetItem, QPushButton, QSplitter,
                               QVBoxLayout, QWidget)

from workshop import errors, issues, mapimage
from workshop.model import CommunityMap
from workshop.store import Change

from .. import i18n
from ..context import AppContext
from ..graphics.mapitems import ISSUE_MIME, MapScene, MapView
from . import Page

LINE_ROLE = Qt.ItemDataRole.UserRole + 1    # what a line of the list shows


def _pin_icon(number: int, color: str, on_map: bool) -> QIcon:
    """The legend's marker: the pin as drawn on the map, or a hollow ring when not pinned."""
    size = 30
    pix = QPixmap(size, size)
    pix.fill(Qt.GlobalColor.transparent)
    p = QPainter(pix)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    if on_map:
        p.setPen(QPen(QColor("white"), 2))
        p.setBrush(QColor(color))
    else:
        p.setPen(QPen(QColor("#9e9e9e"), 2))
        p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawEllipse(2, 2, size - 4, size - 4)
    f = QFont()
    f.setPixelSize(13)
    f.setBold(True)
    p.setFont(f)
    p.setPen(QColor("white") if on_map else QColor("#757575"))
    p.drawText(pix.rect(), Qt.AlignmentFlag.AlignCenter, str(number))
    p.end()
    return QIcon(pix)


class IssueList(QListWidget):
    """The legend: numbered issues; drag one onto the map to pin it."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setWordWrap(True)
        self.setIconSize(QSize(30, 30))
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def mimeData(self, items):  # noqa: N802
        data = QMimeData()
        if items:
            data.setData(ISSUE_MIME, QByteArray(items[0].data(Qt.ItemDataRole.UserRole).encode()))
            data.setText(items[0].text())
        return data

    def mimeTypes(self):  # noqa: N802
        return [ISSUE_MIME]


class MapPage(Page):
    icon_name = "map"
    statusMessage = Signal(str)

    def __init__(self, ctx: AppContext, parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.ctx = ctx
        self._map_id: Optional[str] = None
        self._image_key: Optional[tuple] = None

        self.map_combo = QComboBox(self)
        self.import_btn = QPushButton(self.tr("Import picture…"), self)
        self.import_btn.setToolTip(self.tr(
            "A phone photo of the hand-drawn walking map, a scan or an exported map (PNG/JPEG)"))
        self.export_btn = QPushButton(self.tr("Export with pins…"), self)
        self.delete_map_btn = QPushButton(self.tr("Remove picture"), self)
        self.fit_btn = QPushButton(self.tr("Show all"), self)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Map:"), self))
        top.addWidget(self.map_combo, 1)
        for b in (self.import_btn, self.export_btn, self.delete_map_btn, self.fit_btn):
            top.addWidget(b)

        self.list = IssueList(self)
        self.list.setObjectName("mapLegend")
        f = self.list.font()
        f.setPointSizeF(f.pointSizeF() * 1.15)
        self.list.setFont(f)
        self.unpin_btn = QPushButton(self.tr("Remove pin"), self)
        self.hint = QLabel(self.tr(
            "Drag an issue onto the map, or select it and click the map. Drag a pin to move it."),
            self)
        self.hint.setWordWrap(True)
        self.message = QLabel(self)
        self.message.setStyleSheet("color: #b71c1c;")
        self.message.setWordWrap(True)
        self.message.hide()
        left = QWidget(self)
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        legend = QLabel(self.tr("Legend"), left)
        lf = QFont(legend.font())
        lf.setBold(True)
        legend.setFont(lf)
        ll.addWidget(legend)
        ll.addWidget(self.list, 1)
        ll.addWidget(self.unpin_btn)
        ll.addWidget(self.hint)
        ll.addWidget(self.message)

        self.scene = MapScene(self)
        self.view = MapView(self)
        self.view.setObjectName("mapView")
        self.view.setScene(self.scene)
        self.empty = QLabel(self.tr(
            "No map yet. Import a photo or scan of the community's walking map."), self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        right = QWidget(self)
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(self.empty)
        rl.addWidget(self.view, 1)

        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 3)
        split.setSizes([360, 940])
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(split, 1)

        self._connect()
        self.reload()

    def load(self) -> None:
        self._meeting_changed(self.ctx.meeting_id)

    def _connect(self) -> None:
        self.ctx.meetingChanged.connect(self._meeting_changed)
        self.ctx.storeChanged.connect(self._on_store_changed)
        self.map_combo.activated.connect(lambda _i: self.show_map(self.map_combo.currentData()))
        self.import_btn.clicked.connect(self._ask_import)
        self.export_btn.clicked.connect(self._ask_export)
        self.delete_map_btn.clicked.connect(self.delete_map)
        self.fit_btn.clicked.connect(self.fit)
        self.unpin_btn.clicked.connect(self.unpin_selected)
        self.scene.pinMoved.connect(self.pin)
        self.scene.mapClicked.connect(self._map_clicked)
        self.view.issueDropped.connect(self.pin)
        self.list.currentItemChanged.connect(self._list_selection)

    # ------------------------------------------------------------------ loading
    def _meeting_changed(self, _mid: str) -> None:
        self._map_id = None
        self.reload()
        self.fit()

    def _on_store_changed(self, change: Change) -> None:
        """Only what changed is redrawn: the maps' list and picture when maps changed, the
        issues' lines whose text or pin changed, the pins that moved (this page's own drag
        is already shown: its pin stays as it is)."""
        if change.touches("maps"):
            self._show_maps()
        if change.touches("maps", "issues", "categories", "dot_votes", "criterion_scores",
                          "criteria"):
            self._fill_list()
            self._sync_pins()

    def reload(self) -> None:
        self._show_maps()
        self._fill_list()
        self._sync_pins()

    def _show_maps(self) -> None:
        """The meeting's maps in the list above, and the picture of the one shown."""
        mid = self.ctx.meeting_id
        store = self.ctx.store
        all_maps = issues.maps(store, mid) if mid else []
        if self._map_id not in {m.id for m in all_maps}:
            self._map_id = all_maps[0].id if all_maps else None
        self.map_combo.blockSignals(True)
        self.map_combo.clear()
        for m in all_maps:
            self.map_combo.addItem(m.name, m.id)
        self.map_combo.setCurrentIndex(max(0, self.map_combo.findData(self._map_id)))
        self.map_combo.blockSignals(False)
        self.map_combo.setEnabled(bool(all_maps))
        has_map = self._map_id is not None
        self.import_btn.setEnabled(bool(mid))
        for w in (self.export_btn, self.delete_map_btn, self.fit_btn):
            w.setEnabled(has_map)
        self.empty.setVisible(not has_map)
        self.view.setVisible(has_map)
        self._load_picture()

    def _load_picture(self) -> None:
        m = self.ctx.store.maybe(CommunityMap, self._map_id)
        key = (m.id, m.updated) if m else None
        if key == self._image_key:
            return
        self._image_key = key
        if m is None:
            self.scene.set_picture(None)
            return
        pix = QPixmap()
        pix.loadFromData(m.image)
        self.scene.set_picture(pix)
        self.fit()

    def _numbers(self) -> dict[str, int]:
        return issues.pin_numbers(self.ctx.store, self.ctx.meeting_id) if self.ctx.meeting_id \
            else {}

    def _lines(self) -> list[tuple[str, str, int, str, bool]]:
        """(issue id, text, number, pin colour, on the map shown) for the list, in order."""
        mid = self.ctx.meeting_id
        if not mid:
            return []
        numbers = self._numbers()
        ranks = issues.pin_ranks(self.ctx.store, mid)
        live = issues.issues(self.ctx.store, mid)
        live.sort(key=lambda i: numbers.get(i.id, 0))
        colors = {c.id: c.color for c in issues.categories(self.ctx.store)}
        out = []
        for i in live:
            n = numbers.get(i.id, 0)
            text = f"{n}. {i.title}"
            if i.id in ranks:
                # "(อันดับ 4=)" kept on one line
                rank = self.tr("rank %1").replace("%1", ranks[i.id]).replace(" ", "\u00a0")
                text += "  (" + rank + ")"
            out.append((i.id, text, n, issues.pin_color(colors.get(i.category_id or "")),
                        i.map_id == self._map_id and self._map_id is not None))
        return out

    def _fill_list(self) -> None:
        """The issues' lines; a line whose issue, text or pin did not change is left as it
        is, and the list is rebuilt only when issues came, went or changed places."""
        lines = self._lines()
        shown = [self.list.item(r).data(Qt.ItemDataRole.UserRole)
                 for r in range(self.list.count())]
        self.list.blockSignals(True)
        if shown != [line[0] for line in lines]:
            current = self.selected_issue()
            self.list.clear()
            for line in lines:
                it = QListWidgetItem(self.list)
                it.setData(Qt.ItemDataRole.UserRole, line[0])
                if line[0] == current:
                    self.list.setCurrentItem(it)
        bold = QFont(self.list.font())
        bold.setBold(True)
        for r, line in enumerate(lines):
            it = self.list.item(r)
            if it.data(LINE_ROLE) == line:
                continue
            iid, text, n, color, on_map = line
            it.setData(LINE_ROLE, line)
            it.setText(text)
            it.setIcon(_pin_icon(n, color, on_map))
            it.setFont(bold if on_map else self.list.font())
            it.setForeground(self.list.palette().text() if on_map else QColor("#555555"))
        self.list.blockSignals(False)
        self._list_selection()

    def _sync_pins(self) -> None:
        if self._map_id is None:
            self.scene.sync([])
            return
        w, h = self.scene.size
        radius = mapimage.pin_radius(int(w), int(h))
        self.scene.sync([(i.id, p.number, p.color, radius, i.title, p.x, p.y)
                         for i, p in issues.map_pins(self.ctx.store, self._map_id)])

    def selected_issue(self) -> Optional[str]:
        it = self.list.currentItem()
        return it.data(Qt.ItemDataRole.UserRole) if it else None

    def _list_selection(self, *_a) -> None:
        iid = self.selected_issue()
        self.unpin_btn.setEnabled(iid is not None and iid in self.scene.pins)
        for pid, pin in self.scene.pins.items():
            pin.setSelected(pid == iid)

    def show_map(self, map_id: Optional[str]) -> None:
        self._map_id = map_id
        self.reload()

    def fit(self) -> None:
        if self._map_id:
            self.view.request_fit()

    # ------------------------------------------------------------------ actions
    def import_picture(self, path: str | Path) -> Optional[str]:
        """Store a picture file as the meeting's (new) map; one undo step.  Returns its id."""
        mid = self.ctx.meeting_id
        if not mid:
            return None
        path = Path(path)
        try:
            data = path.read_bytes()
        except OSError as exc:
            self.ctx.errorOccurred.emit(
                self.tr("Cannot read %1: %2").replace("%1", path.name)
                .replace("%2", i18n.os_error_text(exc)))
            return None
        done = self.ctx.run_showing(self.message, self.tr("Import map picture"), issues.add_map,
                                    self.ctx.store, mid, path.stem, data, origin=self)
        if not done:
            return None
        map_id = done.result.id
        self.show_map(map_id)
        return map_id

    def delete_map(self) -> bool:
        if not self._map_id:
            return False
        return bool(self.ctx.run(self.tr("Remove map picture"), issues.delete_map,
                                 self.ctx.store, self._map_id, origin=self))

    def pin(self, issue_id: str, x: float, y: float) -> bool:
        """Pin (or move the pin of) an issue at x, y (0..1); one undo step."""
        if not self._map_id:
            return False
        ok = bool(self.ctx.run_showing(self.message, self.tr("Pin issue on the map"),
                                       issues.pin_issue, self.ctx.store, issue_id,
                                       self._map_id, x, y, origin=self))
        if not ok:
            self._sync_pins()
        return ok

    def unpin_selected(self) -> bool:
        iid = self.selected_issue()
        if not iid:
            return False
        return bool(self.ctx.run(self.tr("Remove pin"), issues.pin_issue, self.ctx.store, iid,
                                 None, None, None, origin=self))

    def _map_clicked(self, x: float, y: float) -> None:
        iid = self.selected_issue()
        if iid:
            self.pin(iid, x, y)

    def export_png(self, path: str | Path) -> bool:
        if not self._map_id:
            return False
        try:
            data = issues.map_png(self.ctx.store, self._map_id)
            Path(path).write_bytes(data)
        except errors.WorkshopError as exc:
            self.ctx.errorOccurred.emit(i18n.error_text(exc))
            return False
        except OSError as exc:
            self.ctx.errorOccurred.emit(self.tr("Cannot write %1: %2").replace(
                "%1", str(path)).replace("%2", i18n.os_error_text(exc)))
            return False
        self.statusMessage.emit(self.tr("Map saved as %1").replace("%1", str(path)))
        return True

    # ------------------------------------------------------------------ dialogs
    def _ask_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import map picture"), "",
            self.tr("Pictures (*.png *.jpg *.jpeg *.PNG *.JPG *.JPEG)"))
        if path:
            self.import_picture(path)

    def _ask_export(self) -> None:
        m = self.ctx.store.maybe(CommunityMap, self._map_id)
        if m is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export map with pins"), f"{m.name}-pins.png",
            self.tr("PNG picture (*.png)"))
        if path:
            if not path.lower().endswith(".png"):
                path += ".png"
            self.export_png(path)
