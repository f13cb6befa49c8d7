"""The follow-up dashboard (issue 15): the actions of a series of meetings followed over time.

Across the series up to the current meeting (:func:`workshop.followup.series`):

* open, late and done actions, and pledges promised against received, by responsible actor
  and by sector (:func:`workshop.followup.dashboard`); late means open past its due date on
  the current meeting's date;
* every action with its status, progress and lateness; the selected one's history
  (:func:`workshop.followup.history`) and a form to record a progress report -- a status
  change and/or a progress percentage, with its date and the meeting where it was reported
  (:func:`workshop.followup.report`: one ``ctx.run``, one undo step);
* the tabs "Problems that come back" and "Governance across meetings"
  (:mod:`ui.followup_tabs`).

The form keeps what is typed: only selecting another action fills it.
"""
from __future__ import annotations

from typing import Optional

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (QComboBox, QGridLayout, QGroupBox, QHBoxLayout, QLabel,
                               QLineEdit, QPushButton, QSpinBox, QSplitter, QTabWidget,
                               QVBoxLayout, QWidget)

from workshop import actions as ac
from workshop import followup as fu
from workshop.model import Action, ActionStatus, Meeting, Sector
from workshop.series import series_window
from workshop.store import Change
from workshop.thai import format_baht

from .. import i18n, labels
from ..context import AppContext
from ..followup_tabs import RecurringTab, TrendTab
from ..models.followup import ActionRow, HistoryModel, SeriesActionsModel, TallyModel
from ..widgets import BEDateEdit, ColumnFitter, TabsReadWhenShown, limit_length, read_only_table
from . import Page

TABLES = ("actions", "action_updates", "pledges", "people", "organisations", "meetings",
          "issues", "attendance", "network_roles", "proposals", "action_partners")


def _selected(view) -> int:
    rows = view.selectionModel().selectedRows() if view.selectionModel() else []
    return rows[0].row() if rows else -1


class FollowupPage(Page):
    icon_name = "followup"

    def __init__(self, ctx: AppContext, parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.ctx = ctx
        self._merge = False             # refresh(merge=True): after a change notice
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._build_actions(), self.tr("Actions followed"))
        self.recurring = RecurringTab(ctx, self, self.tabs)
        self.tabs.addTab(self.recurring, self.tr("Problems that come back"))
        self.trend = TrendTab(ctx, self.tabs)
        self.tabs.addTab(self.trend, self.tr("Governance across meetings"))
        # the two series-wide tabs read the file when shown (each costs as much as the rest)
        self.series_tabs = TabsReadWhenShown(self.tabs, {self.recurring: self.recurring.refresh,
                                                         self.trend: self.trend.refresh})
        self.window_note = QLabel(self)         # a long series: its last meetings only
        self.window_note.setWordWrap(True)
        self.window_note.hide()
        lay = QVBoxLayout(self)
        lay.addWidget(self.window_note)
        lay.addWidget(self.tabs)
        ctx.meetingChanged.connect(lambda _m: self.load())
        ctx.storeChanged.connect(self._on_store_changed)
        self.load()

    # ------------------------------------------------------------------ building
    def _build_actions(self) -> QWidget:
        w = QWidget(self)
        self.summary = QLabel(w)
        self.summary.setWordWrap(True)
        self.by_actor = TallyModel(self.tr("Responsible"), self)
        self.by_sector = TallyModel(self.tr("Sector"), self)
        self.actor_view = read_only_table(self.by_actor, stretch=0)
        self.sector_view = read_only_table(self.by_sector, stretch=0)
        self.actions_model = SeriesActionsModel(self)
        self.actions_view = read_only_table(self.actions_model, stretch=0)
        self.history = HistoryModel(self)
        self.history_view = read_only_table(self.history, stretch=4)
        for view, main in ((self.actor_view, 0), (self.sector_view, 0),
                           (self.actions_view, 0), (self.history_view, 4)):
            ColumnFitter(view, main, chars=21, share=0.3)

        tallies = QSplitter(Qt.Orientation.Horizontal, w)
        for title, view in ((self.tr("By responsible organisation"), self.actor_view),
                            (self.tr("By sector"), self.sector_view)):
            box = QGroupBox(title, tallies)
            QVBoxLayout(box).addWidget(view)
            tallies.addWidget(box)
        tallies.setSizes([700, 500])

        lower = QSplitter(Qt.Orientation.Horizontal, w)
        abox = QGroupBox(self.tr("Actions of the series"), lower)
        QVBoxLayout(abox).addWidget(self.actions_view)
        lower.addWidget(abox)
        right = QWidget(lower)
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        self.history_title = QLabel(self.tr("Select an action to see its history."), right)
        self.history_title.setWordWrap(True)
        self.history_title.setTextFormat(Qt.TextFormat.PlainText)
        rl.addWidget(self.history_title)
        rl.addWidget(self.history_view, 1)
        rl.addWidget(self._build_form(right))
        lower.addWidget(right)
        lower.setSizes([800, 460])

        split = QSplitter(Qt.Orientation.Vertical, w)
        split.addWidget(tallies)
        split.addWidget(lower)
        split.setSizes([230, 470])
        lay = QVBoxLayout(w)
        lay.addWidget(self.summary)
        lay.addWidget(split, 1)
        self.actions_view.selectionModel().selectionChanged.connect(
            lambda *_: self._action_selected())
        return w

    def _build_form(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("Record a progress report"), parent)
        g = QGridLayout(box)
        self.f_status = QComboBox(box)
        labels.fill_combo(self.f_status, ActionStatus)
        self.f_progress = QSpinBox(box)
        self.f_progress.setRange(0, 100)
        self.f_progress.setSuffix(" %")
        self.f_date = BEDateEdit(box)
        self.f_meeting = QComboBox(box)
        self.f_note = limit_length(QLineEdit(box), "action_updates", "note")
        self.f_note.setPlaceholderText(self.tr("What was reported (optional)"))
        self.f_record = QPushButton(self.tr("&Record the report"), box)
        self.f_record.clicked.connect(self.record_report)
        for r, (text, field) in enumerate(((self.tr("Status:"), self.f_status),
                                           (self.tr("Progress:"), self.f_progress),
                                           (self.tr("Date:"), self.f_date),
                                           (self.tr("Reported at:"), self.f_meeting))):
            g.addWidget(QLabel(text, box), r // 2, (r % 2) * 2)
            g.addWidget(field, r // 2, (r % 2) * 2 + 1)
        g.setColumnStretch(1, 1)
        g.setColumnStretch(3, 2)
        g.addWidget(QLabel(self.tr("Note:"), box), 2, 0)
        g.addWidget(self.f_note, 2, 1, 1, 3)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.f_record)
        g.addLayout(row, 3, 0, 1, 4)
        self.f_status.currentIndexChanged.connect(self._status_picked)
        self.form = box
        return box

    # ------------------------------------------------------------------ reading
    def load(self) -> None:
        """Re-read everything for the current meeting; the form is filled afresh."""
        self._fill_meetings()
        self.refresh()
        self._fill_form()

    def _series(self) -> list[Meeting]:
        store, mid = self.ctx.store, self.ctx.meeting_id
        if not mid or store.maybe(Meeting, mid) is None:
            return []
        return [store.get(Meeting, i) for i in reversed(fu.series(store, mid))]

    def _fill_meetings(self) -> None:
        keep = self.f_meeting.currentData()
        self.f_meeting.blockSignals(True)
        self.f_meeting.clear()
        self.f_meeting.addItem(self.tr("(not at a meeting)"), "")
        for m in reversed(self._series()):
            date = i18n.format_date(m.date, short=True)
            self.f_meeting.addItem(f"{date} {m.title}".strip(), m.id)
        i = self.f_meeting.findData(keep or self.ctx.meeting_id)
        self.f_meeting.setCurrentIndex(max(i, 0))
        self.f_meeting.blockSignals(False)

    def refresh(self, merge: bool = False) -> None:
        """Re-read the tables (never the form: what is typed there stays); ``merge`` after a
        change notice: the rows that changed are updated in place, no reset (the selection
        and the scroll position stay)."""
        self._merge = merge
        try:
            self._refresh()
        finally:
            self._merge = False

    def _refresh(self) -> None:
        store, mid = self.ctx.store, self.ctx.meeting_id
        meetings = self._series()
        self.setEnabled(bool(meetings))
        keep = self.actions_model.id_at(_selected(self.actions_view))
        if not meetings:
            for model in (self.by_actor, self.by_sector, self.actions_model, self.history):
                model.set_items([])
            self.summary.setText(self.tr("Open or create a meeting to follow its actions."))
            self.window_note.hide()
            self.series_tabs.refresh()
            return
        window = series_window(store, mid)
        self.window_note.setVisible(window.cut)
        self.window_note.setText(self.tr("A long series: only its last %1 meetings up to this "
                                         "one are counted here.")
                                 .replace("%1", str(len(window.ids))))
        when = store.get(Meeting, mid).date or None
        by_actor, by_sector = fu.dashboard(store, mid, when)
        nobody = self.tr("(no one responsible)")
        self._put(self.by_actor, sorted(((k or nobody, t) for k, t in by_actor.items()),
                                       key=lambda x: (-x[1].late, -x[1].open, x[0])))
        order = [s.value for s in Sector]
        self._put(self.by_sector, (
            (labels.sector(Sector(k)) if k else labels.no_sector(), t)
            for k, t in sorted(by_sector.items(),
                               key=lambda kv: order.index(kv[0]) if kv[0] else len(order))))
        acts = [(a, m) for m in meetings for a in ac.actions(store, m.id)]
        actors = ac.Actors.named_by(store, [a for a, _m in acts])
        rows = [ActionRow(a, m, actors.name(a.lead_person_id, a.lead_organisation_id),
                          fu.days_overdue(a, when)) for a, m in acts]
        self._put(self.actions_model, rows)
        self.history.meetings = {m.id: m for m in meetings}
        total = [sum(getattr(t, f) for t in by_actor.values())
                 for f in ("open", "late", "done")]
        promised = sum(t.promised_baht for t in by_actor.values())
        received = sum(t.received_baht for t in by_actor.values())
        self.summary.setText(
            self.tr("%1 meetings in the series, %2 actions: %3 open (%4 late on %5), %6 done. "
                    "Pledges: %7 baht received of %8 baht promised.")
            .replace("%1", str(len(meetings))).replace("%2", str(len(rows)))
            .replace("%3", str(total[0])).replace("%4", str(total[1]))
            .replace("%5", i18n.format_date(when or "", short=True))
            .replace("%6", str(total[2])).replace("%7", format_baht(received) or "0")
            .replace("%8", format_baht(promised) or "0"))
        row = self.actions_model.row_of(keep) if keep else -1
        sel = self.actions_view.selectionModel()
        sel.blockSignals(True)          # the same action again: the form keeps what is typed
        if row >= 0:
            self.actions_view.selectRow(row)
        sel.blockSignals(False)
        self._show_history()
        self.series_tabs.refresh()

    def _put(self, model, items) -> None:
        (model.update_items if self._merge else model.set_items)(items)

    def selected_action(self) -> Optional[Action]:
        row = self.actions_model.item_at(_selected(self.actions_view))
        return row.action if row else None

    def _show_history(self) -> None:
        a = self.selected_action()
        if a is None:
            self.history.set_items([])
            self.history_title.setText(self.tr("Select an action to see its history."))
            self.form.setEnabled(False)
            return
        self._put(self.history, fu.history(self.ctx.store, a.id))
        self.history_title.setText(self.tr("History of: %1").replace("%1", a.title))
        self.form.setEnabled(True)

    def _action_selected(self) -> None:
        self._show_history()
        self._fill_form()

    def _fill_form(self) -> None:
        """The selected action as it stands now, to be reported on at the current meeting."""
        a = self.selected_action()
        m = self.ctx.store.maybe(Meeting, self.ctx.meeting_id) if self.ctx.meeting_id else None
        if a is not None:
            self.f_status.blockSignals(True)
            self.f_status.setCurrentIndex(max(0, self.f_status.findData(a.status.value)))
            self.f_status.blockSignals(False)
            self.f_progress.setValue(fu.progress_of(a))
        self.f_meeting.setCurrentIndex(max(0, self.f_meeting.findData(m.id if m else "")))
        if m and m.date:
            self.f_date.set_iso(m.date)
        else:
            self.f_date.setDate(QDate.currentDate())
        self.f_note.clear()

    def _status_picked(self) -> None:
        if self.f_status.currentData() == ActionStatus.DONE.value:
            self.f_progress.setValue(100)

    # ------------------------------------------------------------------ editing
    def record_report(self) -> bool:
        """Record the form as a progress report of the selected action (one undo step)."""
        a = self.selected_action()
        if a is None:
            return False
        done = self.ctx.run(self.tr("Record a progress report"), fu.report, self.ctx.store,
                            a.id, status=ActionStatus(self.f_status.currentData()),
                            progress=self.f_progress.value(),
                            meeting_id=self.f_meeting.currentData() or None,
                            on_date=self.f_date.iso(), note=self.f_note.text(), origin=self)
        if not done:
            return False
        if done.result is None:
            self.statusMessage.emit(self.tr("Nothing changed: the action already has this "
                                            "status and progress."))
            return False
        self.refresh()
        self.f_note.clear()
        self.statusMessage.emit(self.tr("Progress report recorded for %1").replace("%1", a.title))
        return True

    def _on_store_changed(self, change: Change) -> None:
        if change.made_by(self) or not change.touches(*TABLES):
            return              # its own edit: already shown by record_report / the tabs
        if change.touches("meetings"):
            self._fill_meetings()
        self.refresh(merge=True)
