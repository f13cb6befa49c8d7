"""The network page: who works with whom, from the record (workshop.network), and who connects
the parties (workshop.coordinators).

The graph is drawn in a zoomable view: a shape and a colour per sector (the legend shows both),
organisations filled and people outlined, links thicker when more records stand behind them.
Filters by link type (the six network roles, partner, pledge, member) and by issue hide links,
never move nodes: the layout is computed once per graph content
(:func:`workshop.network.cached_layout`) and kept between visits and page instances.  Hover a
node for its roles; select it to read them below.  Export PNG saves the picture as shown.
"""
from __future__ import annotations

from typing import Optional

from PySide6.QtCore import QCoreApplication, QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QImage, QPainter, QPen, QBrush, QPixmap
from PySide6.QtWidgets import (QCheckBox, QComboBox, QFileDialog, QGridLayout, QGroupBox,
                               QHBoxLayout, QLabel, QPushButton, QSplitter, QVBoxLayout, QWidget)

from workshop import coordinators as co
from workshop import network as nw
from workshop.model import NetworkRole, Sector
from workshop.store import Change

from .. import i18n, labels
from ..context import AppContext
from ..graphics.network import SECTOR_STYLE, NetworkScene, shape_path
from ..graphics.view import ZoomView
from ..models.table import RecordsModel
from ..widgets import ColumnFitter, plain_tooltip, read_only_table
from . import Page

_ROLE_VALUES = {r.value for r in NetworkRole}
TABLES = ("network_roles", "actions", "action_partners", "pledges", "people", "organisations",
          "attendance", "issues", "meetings")


def kind_label(kind: str) -> str:
    """A link type's or a role's words: the vocabulary's for the six network roles."""
    if kind in _ROLE_VALUES:
        return labels.network_role(NetworkRole(kind))
    if kind == "partner":
        return QCoreApplication.translate("NetworkPage", "Partner")
    if kind == "pledge":
        return QCoreApplication.translate("NetworkPage", "Pledge")
    if kind == "member":
        return QCoreApplication.translate("NetworkPage", "Member of")
    if kind == "lead":
        return QCoreApplication.translate("NetworkPage", "Leads")
    return kind


class CoordinatorsModel(RecordsModel):
    COLUMNS = ("name", "sector", "why")

    def headers(self):
        return [self.tr("Coordinator"), self.tr("Sector"), self.tr("Why")]

    def item_id(self, item):
        return item.key

    def cell(self, item, row, col):
        if col == "name":
            return item.node.name
        if col == "sector":
            return labels.sector(item.node.sector)
        return " ".join(i18n.error_text(r) for r in item.reasons)


class NetworkPage(Page):
    icon_name = "network"

    def __init__(self, ctx: AppContext, parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.ctx = ctx
        self.net: Optional[nw.Network] = None
        self.shown: Optional[nw.Network] = None
        self._kind_words: dict[str, str] = {}
        self._coordinators_due = False

        self.scope = QComboBox(self)
        for value, text in (("meeting", self.tr("This meeting")),
                            ("series", self.tr("The series of meetings")),
                            ("file", self.tr("Every meeting in the file"))):
            self.scope.addItem(text, value)
        self.scope.setCurrentIndex(1)
        self.issue = QComboBox(self)
        self.kind_boxes: dict[nw.LinkKind, QCheckBox] = {}
        kinds = QGroupBox(self.tr("Links shown"), self)
        kl = QVBoxLayout(kinds)
        for k in nw.LinkKind:
            box = QCheckBox(kind_label(k.value), kinds)
            box.setChecked(True)
            box.toggled.connect(self.apply_filters)
            kl.addWidget(box)
            self.kind_boxes[k] = box
        self.zoom_in = QPushButton("+", self)
        self.zoom_out = QPushButton("−", self)
        self.fit = QPushButton(self.tr("Fit"), self)
        self.export_btn = QPushButton(self.tr("Export PNG…"), self)
        zoom_row = QHBoxLayout()
        for b in (self.zoom_in, self.zoom_out, self.fit):
            zoom_row.addWidget(b)
        self.legend = QWidget(self)
        self._build_legend()

        left = QWidget(self)
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(QLabel(self.tr("Meetings"), left))
        ll.addWidget(self.scope)
        self.window_note = QLabel(left)         # a long series: its last meetings only
        self.window_note.setWordWrap(True)
        self.window_note.hide()
        ll.addWidget(self.window_note)
        ll.addWidget(QLabel(self.tr("Issue"), left))
        ll.addWidget(self.issue)
        ll.addWidget(kinds)
        ll.addLayout(zoom_row)
        ll.addWidget(self.export_btn)
        ll.addWidget(self.legend)
        ll.addStretch(1)

        self.scene = NetworkScene(self)
        self.view = ZoomView(self)
        self.view.setObjectName("networkView")
        self.view.setScene(self.scene)
        self.detail = QLabel(self.tr("Select an actor to see its roles."), self)
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        self.model = CoordinatorsModel(self)
        self.table = read_only_table(self.model, stretch=2)
        ColumnFitter(self.table, 2, chars=40)     # fitted when the rows change, not at each show
        self.left_out = QLabel(self)
        self.left_out.setWordWrap(True)
        self.left_out.setTextFormat(Qt.TextFormat.PlainText)
        right = QWidget(self)
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(self.view, 3)
        rl.addWidget(self.detail)
        rl.addWidget(QLabel(self.tr("Coordinators found from the record"), right))
        rl.addWidget(self.table, 1)
        rl.addWidget(self.left_out)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(left)
        split.addWidget(right)
        split.setSizes([260, 1000])
        QVBoxLayout(self).addWidget(split)

        self.scope.currentIndexChanged.connect(lambda _i: self.load())
        self.issue.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.zoom_in.clicked.connect(self.view.zoom_in)
        self.zoom_out.clicked.connect(self.view.zoom_out)
        self.fit.clicked.connect(self.view.fit_all)
        self.export_btn.clicked.connect(self._export_clicked)
        self.scene.nodeSelected.connect(self._node_selected)
        self.ctx.meetingChanged.connect(lambda _m: self.load())
        self.ctx.storeChanged.connect(self._on_store_changed)
        self.load()

    # ------------------------------------------------------------------ building
    def _build_legend(self) -> None:
        grid = QGridLayout(self.legend)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setColumnStretch(1, 1)
        for row, sector in enumerate(Sector):
            colour, shape = SECTOR_STYLE[sector]
            pix = QPixmap(22, 22)
            pix.fill(Qt.GlobalColor.transparent)
            p = QPainter(pix)
            p.setRenderHint(QPainter.RenderHint.Antialiasing)
            p.translate(11, 11)
            p.setBrush(QBrush(QColor(colour)))
            p.setPen(QPen(QColor(colour).darker(130), 1.2))
            p.drawPath(shape_path(shape, 9))
            p.end()
            icon = QLabel(self.legend)
            icon.setPixmap(pix)
            grid.addWidget(icon, row, 0)
            grid.addWidget(QLabel(labels.sector(sector), self.legend), row, 1)
        note = QLabel(self.tr("Filled: organisation · outlined: person · dashed: pledge or "
                              "membership only · thicker: more records"), self.legend)
        note.setWordWrap(True)
        grid.addWidget(note, len(Sector), 0, 1, 2)

    def _meeting_ids(self) -> list[str]:
        store, mid = self.ctx.store, self.ctx.meeting_id
        scope = self.scope.currentData()
        self.window_note.hide()
        if scope == "file":
            return nw.all_meetings(store)
        if not mid:
            return []
        if scope == "meeting":
            return [mid]
        window = nw.series_window(store, mid, nw.SERIES_WINDOW)
        if window.cut:
            self.window_note.setText(self.tr("A long series: only its last %1 meetings up to "
                                             "this one are shown.")
                                     .replace("%1", str(len(window.ids))))
            self.window_note.show()
        return window.ids

    def load(self) -> None:
        self._show(fit=True)

    def _show(self, fit: bool) -> None:
        """Build the network for the meeting(s) in scope and draw it: the scene keeps the
        items that are still there (a change notice redraws only what differs); ``fit`` zooms
        to the whole picture (a new meeting or scope, not a change made meanwhile)."""
        self._kind_words: dict[str, str] = {}
        ids = self._meeting_ids()
        self.net = nw.build(self.ctx.store, ids)
        pos = nw.cached_layout(self.net)      # kept across visits and pages, per content
        self.scene.build(self.net, pos, self._labels(), self._tooltips(), self._edge_tips())
        current = self.issue.currentData()
        self.issue.blockSignals(True)
        self.issue.clear()
        self.issue.addItem(self.tr("(every issue)"), None)
        for iid, title in self.net.issues():
            self.issue.addItem(title, iid)
        i = self.issue.findData(current) if current else 0
        self.issue.setCurrentIndex(max(i, 0))
        self.issue.blockSignals(False)
        self.apply_filters()
        if fit:
            self.view.request_fit(max_zoom=1.5)
        else:       # the selected actor's roles as they are now
            picked = [i.key for i in self.scene.selectedItems() if hasattr(i, "key")]
            self._node_selected(picked[0] if picked else "")

    def _labels(self) -> dict[str, str]:
        out = {}
        for key, n in self.net.nodes.items():
            name = n.name
            out[key] = name if len(name) <= 22 else name[:21] + "…"
        return out

    def _kind(self, kind: str) -> str:
        if kind not in self._kind_words:
            self._kind_words[kind] = kind_label(kind)
        return self._kind_words[kind]

    def _roles_text(self, key: str) -> str:
        n = self.net.nodes[key]
        lines = [f"{n.name} ({labels.sector(n.sector)})"]
        for r in n.roles:
            what = self._kind(r.kind)
            lines.append(f"• {what}: {r.subject}" if r.subject else
                         f"• {what} " + self.tr("(the whole meeting)"))
        return "\n".join(lines)

    def _tooltips(self) -> dict[str, str]:
        return {k: plain_tooltip(self._roles_text(k)) for k in self.net.nodes}

    def _edge_tips(self) -> dict[tuple[str, str], str]:
        out = {}
        for link in self.net.links:
            a, b = self.net.nodes[link.a].name, self.net.nodes[link.b].name
            kinds = ", ".join(f"{self._kind(k.value)} ({len(v)})" for k, v in link.kinds.items())
            out[(link.a, link.b)] = plain_tooltip(f"{a} — {b}\n{kinds}")
        return out

    # ------------------------------------------------------------------ filtering
    def selected_kinds(self) -> list[nw.LinkKind]:
        return [k for k, b in self.kind_boxes.items() if b.isChecked()]

    def apply_filters(self) -> None:
        if self.net is None:
            return
        issue_id = self.issue.currentData()
        self.shown = self.net.filtered(self.selected_kinds(), issue_id)
        self.scene.show_links({(a, b) for a, b in self.shown.graph.edges})
        linked = {k for e in self.shown.graph.edges for k in e} if issue_id else None
        self.scene.dim_nodes(linked)
        self.statusMessage.emit(self.tr("%1 actors, %2 links shown").replace(
            "%1", str(len(self.net.nodes))).replace("%2", str(self.shown.graph.number_of_edges())))
        # the coordinators once the picture is painted (they take longest on a big series)
        self._coordinators_due = True
        QTimer.singleShot(0, self, self.refresh_coordinators)

    def refresh_coordinators(self) -> None:
        """Fill the coordinators table and the left-out sectors for what is shown."""
        if not self._coordinators_due or self.shown is None:
            return
        self._coordinators_due = False
        found = co.coordinators(self.shown)
        self.model.set_items(found)
        left = co.only_consulted(self.shown)
        quiet = co.recorded_only(self.shown, found)
        texts = [i18n.error_text(x.reason) for x in left]
        if quiet:
            texts.append(self.tr("Recorded as coordinating, but linking no one in the record: "
                                 "%1").replace("%1", ", ".join(n.name for n in quiet)))
        self.left_out.setText("\n".join(texts))

    def _node_selected(self, key: str) -> None:
        if key and self.net and key in self.net.nodes:
            self.detail.setText(self._roles_text(key))
        else:
            self.detail.setText(self.tr("Select an actor to see its roles."))

    def _on_store_changed(self, change: Change) -> None:
        if change.touches(*TABLES):
            self._show(fit=False)      # the view keeps its zoom, scroll and selection

    # ------------------------------------------------------------------ export
    def picture(self, scale: float = 2.0) -> QImage:
        rect = self.scene.itemsBoundingRect().adjusted(-30, -30, 30, 30)
        img = QImage(max(1, int(rect.width() * scale)), max(1, int(rect.height() * scale)),
                     QImage.Format.Format_ARGB32)
        img.fill(Qt.GlobalColor.white)
        p = QPainter(img)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        self.scene.render(p, QRectF(0, 0, img.width(), img.height()), rect)
        p.end()
        return img

    def export_png(self, path: str) -> bool:
        if not self.picture().save(path, "PNG"):
            self.ctx.errorOccurred.emit(self.tr("The picture could not be saved to %1.")
                                        .replace("%1", path))
            return False
        self.statusMessage.emit(self.tr("Saved %1").replace("%1", path))
        return True

    def _export_clicked(self) -> None:
        path, _f = QFileDialog.getSaveFileName(self, self.tr("Export the network picture"),
                                               "network.png", self.tr("PNG picture (*.png)"))
        if path:
            self.export_png(path)
