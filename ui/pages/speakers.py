"""Speakers: the queue of an agenda item, the turn timer, contributions, and who was heard.

The clock is injected (``SpeakersPage(ctx, parent, clock=...)``) so tests drive time without
sleeping; a one-second QTimer only repaints.  Every change is one undo step.
"""
from __future__ import annotations

from datetime import datetime, timezone
from typing import Callable, Optional

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (QComboBox, QGroupBox, QHBoxLayout, QLabel, QLineEdit,
                               QListWidget, QPushButton, QSpinBox, QVBoxLayout, QWidget)

from workshop import agenda as agenda_mod
from workshop import people as people_mod
from workshop import speakers
from workshop.model import ContributionKind, Organisation, Person, Sector, SpeakerTurn

from .. import labels
from ..context import AppContext
from ..models.deliberation import RowsModel, Row
from ..people_picker import PERSON, LinkNameDialog, Picker
from ..widgets import FlowLayout, limit_length, read_only_table, width_in_chars
from . import Page

Clock = Callable[[], datetime]


def utc_now() -> datetime:
    return datetime.now(timezone.utc)


def mmss(seconds: int) -> str:
    seconds = max(0, int(seconds))
    h, rest = divmod(seconds, 3600)
    m, s = divmod(rest, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m}:{s:02d}"


class SpeakersPage(Page):
    icon_name = "speakers"
    statusMessage = Signal(str)

    def __init__(self, ctx: AppContext, parent: Optional[QWidget] = None,
                 clock: Optional[Clock] = None):
        super().__init__(parent)
        self.ctx = ctx
        self.clock: Clock = clock or utc_now
        self._people: dict[str, Person] = {}
        self._orgs: dict[str, Organisation] = {}
        self._current: Optional[SpeakerTurn] = None
        self.link_dialog: Optional[LinkNameDialog] = None
        self._build()
        ctx.meetingChanged.connect(lambda _id: self.reload())
        ctx.storeChanged.connect(self._on_store_changed)
        # counts the turn of whoever has the floor, every second while the page is shown
        # (a hidden page is brought up to date when shown: it reads nothing meanwhile)
        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self.tick)
        self.reload()

    def load(self) -> None:
        self.reload()

    def shutdown(self) -> None:
        """The file is about to close: the turn timer stops with it."""
        self.timer.stop()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        if self._current is not None:       # the turn went on while the page was hidden
            self.tick()

    def hideEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().hideEvent(event)
        self.timer.stop()

    # ------------------------------------------------------------------ building
    def _build(self) -> None:
        top = QHBoxLayout()
        self.item_combo = QComboBox()
        width_in_chars(self.item_combo, minimum=46)
        self.item_combo.currentIndexChanged.connect(lambda _i: self._reload_item())
        top.addWidget(QLabel(self.tr("Agenda item:")))
        top.addWidget(self.item_combo, 1)
        self.limit_spin = QSpinBox()
        self.limit_spin.setRange(0, 1800)
        self.limit_spin.setSingleStep(30)
        self.limit_spin.setValue(180)
        self.limit_spin.setSuffix(self.tr(" s"))
        self.limit_spin.setSpecialValueText(self.tr("No limit"))
        self.limit_spin.setToolTip(self.tr("Time limit for each new turn (0 = no limit)"))
        top.addWidget(QLabel(self.tr("Limit per turn:")))
        top.addWidget(self.limit_spin)

        # -- queue
        queue_box = QGroupBox(self.tr("Queue"))
        ql = QVBoxLayout(queue_box)
        add_row = QHBoxLayout()
        # the register's people, the meeting's first; a name not in the register on purpose
        self.name_edit = Picker(self.ctx, free_text=True,
                                none_text=self.tr("Type a name (registered or not)"))
        limit_length(self.name_edit, "speaker_turns", "name")
        self.name_edit.returnPressed.connect(self.add_speaker)
        self.add_button = QPushButton(self.tr("Add to queue"))
        self.add_button.clicked.connect(self.add_speaker)
        add_row.addWidget(self.name_edit, 1)
        add_row.addWidget(self.add_button)
        ql.addLayout(add_row)
        self.queue_model = RowsModel([self.tr("Name"), self.tr("Sector"), self.tr("Limit")], self)
        self.queue_view = read_only_table(self.queue_model, stretch=0, word_wrap=False)
        ql.addWidget(self.queue_view, 1)
        btns = FlowLayout()             # on two lines when the text is large
        self.next_button = QPushButton(self.tr("Next speaker"))
        self.next_button.clicked.connect(self.next_speaker)
        self.end_button = QPushButton(self.tr("End turn"))
        self.end_button.clicked.connect(self.end_turn)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.clicked.connect(self.remove_selected)
        for b in (self.next_button, self.end_button, self.remove_button):
            btns.addWidget(b)
        ql.addLayout(btns)
        self.link_button = QPushButton(self.tr("&Link a typed name to the register…"))
        self.link_button.setToolTip(self.tr("A speaker typed as free text is a registered "
                                            "person: their turns then count with their sector"))
        self.link_button.clicked.connect(self.open_link_dialog)
        ql.addWidget(self.link_button)

        # -- the floor
        floor_box = QGroupBox(self.tr("Speaking now"))
        fl = QVBoxLayout(floor_box)
        self.speaker_label = QLabel()
        self.speaker_label.setTextFormat(Qt.TextFormat.PlainText)
        f = QFont(self.font())
        f.setPointSize(f.pointSize() + 6)
        f.setBold(True)
        self.speaker_label.setFont(f)
        self.speaker_label.setWordWrap(True)
        self.timer_label = QLabel("0:00")
        tf = QFont(self.font())
        tf.setPointSize(tf.pointSize() + 22)
        tf.setBold(True)
        self.timer_label.setFont(tf)
        self.timer_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.overrun_label = QLabel()
        self.overrun_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        fl.addWidget(self.speaker_label)
        fl.addWidget(self.timer_label)
        fl.addWidget(self.overrun_label)

        contrib_box = QGroupBox(self.tr("Contributions"))
        cl = QVBoxLayout(contrib_box)
        crow = FlowLayout()             # the note goes under the kind when the text is large
        self.kind_combo = QComboBox()
        labels.fill_combo(self.kind_combo, ContributionKind)
        self.contrib_edit = QLineEdit()
        limit_length(self.contrib_edit, "contributions", "text")
        self.contrib_edit.setPlaceholderText(self.tr("A short note of what was said"))
        self.contrib_edit.returnPressed.connect(self.log_contribution)
        self.log_button = QPushButton(self.tr("Log"))
        self.log_button.clicked.connect(self.log_contribution)
        crow.addWidget(self.kind_combo)
        crow.addWidget(self.contrib_edit)       # takes the room left on its line
        crow.addWidget(self.log_button)
        cl.addLayout(crow)
        self.contrib_model = RowsModel([self.tr("Kind"), self.tr("Speaker"), self.tr("Note")],
                                       self)
        self.contrib_view = read_only_table(self.contrib_model, stretch=2, word_wrap=False)
        cl.addWidget(self.contrib_view, 1)

        middle = QVBoxLayout()
        middle.addWidget(floor_box)
        middle.addWidget(contrib_box, 1)

        # -- balance
        bal_box = QGroupBox(self.tr("Balance of voices (whole meeting)"))
        bl = QVBoxLayout(bal_box)
        self.sector_model = RowsModel([self.tr("Sector"), self.tr("Present"), self.tr("Turns"),
                                       self.tr("Time")], self)
        self.gender_model = RowsModel([self.tr("Gender"), self.tr("Present"), self.tr("Turns"),
                                       self.tr("Time")], self)
        self.sector_view = read_only_table(self.sector_model, stretch=0, word_wrap=False)
        self.gender_view = read_only_table(self.gender_model, stretch=0, word_wrap=False)
        self.not_heard_label = QLabel()
        self.not_heard_label.setWordWrap(True)
        self.not_heard = QListWidget()
        bl.addWidget(self.sector_view, 5)
        bl.addWidget(self.gender_view, 3)
        bl.addWidget(self.not_heard_label)
        bl.addWidget(self.not_heard, 4)

        cols = QHBoxLayout()
        cols.addWidget(queue_box, 3)
        cols.addLayout(middle, 4)
        cols.addWidget(bal_box, 3)
        root = QVBoxLayout(self)
        root.addLayout(top)
        root.addLayout(cols, 1)

    # ------------------------------------------------------------------ data
    def _on_store_changed(self, change) -> None:
        """Only what a change touched is read again, and the tables change only in the rows
        that differ (matched by id; no reset: the selection and the scroll position stay);
        the agenda item chosen and what is typed stay."""
        if not change.touches("speaker_turns", "contributions", "attendance", "people",
                              "organisations", "agenda_items", "meetings"):
            return
        if change.touches("attendance", "people", "organisations", "speaker_turns",
                          "contributions"):
            self._read_people()     # those at the meeting and those its records name
        if change.touches("speaker_turns", "people"):
            mid = self.ctx.meeting_id
            self.link_button.setEnabled(bool(mid) and bool(
                speakers.unlinked_names(self.ctx.store, mid)))
        item = self.agenda_item_id()
        if change.touches("agenda_items", "meetings"):
            self._fill_items()
        self._reload_item(merge=self.agenda_item_id() == item)

    def agenda_item_id(self) -> Optional[str]:
        return self.item_combo.currentData() or None

    def reload(self) -> None:
        store, mid = self.ctx.store, self.ctx.meeting_id
        self._read_people()
        self.link_button.setEnabled(bool(mid) and bool(speakers.unlinked_names(store, mid)))
        self._fill_items()
        self.setEnabled(bool(mid))
        self._reload_item()

    def _read_people(self) -> None:
        store, mid = self.ctx.store, self.ctx.meeting_id
        self._people = {p.id: p for p in people_mod.of_meeting(store, mid)}
        self._orgs = people_mod.organisations_by_id(
            store, (p.organisation_id or "" for p in self._people.values()))

    def _fill_items(self) -> None:
        """The agenda items to choose from: the same items keep the one chosen (their
        texts updated); else the list anew, on the item chosen if still there, else the
        running item, else the first."""
        store, mid = self.ctx.store, self.ctx.meeting_id
        items = agenda_mod.items(store, mid) if mid else []
        entries = [(f"{it.position + 1}. " if not it.source_table else "   • ") + it.title
                   for it in items]
        combo = self.item_combo
        if mid and [combo.itemData(i) for i in range(combo.count())] == [it.id for it in items]:
            for i, text in enumerate(entries):
                if combo.itemText(i) != text:
                    combo.setItemText(i, text)
            return
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        if mid:
            for it, text in zip(items, entries):
                combo.addItem(text, it.id)
            i = combo.findData(current)
            if i < 0:  # default: the running item, else the first "for decision" item
                running = next((it for it in items if agenda_mod.is_running(it)), None)
                i = combo.findData(running.id) if running else 0
            combo.setCurrentIndex(max(0, i))
        combo.blockSignals(False)

    def _sector_text(self, person_id: Optional[str]) -> str:
        p = self._people.get(person_id or "")
        if p is None:
            return self.tr("not in the register")
        return labels.sector(people_mod.sector_of(p, self._orgs))

    def _reload_item(self, merge: bool = False) -> None:
        """The queue and the contributions of the item chosen: anew (another item), or
        ``merge``: only the rows that differ change (no reset)."""
        store, mid, item = self.ctx.store, self.ctx.meeting_id, self.agenda_item_id()
        if not mid:
            self.queue_model.set_rows([])
            self.contrib_model.set_rows([])
            return
        queue = speakers.waiting(store, mid, item)
        (self.queue_model.update_rows if merge else self.queue_model.set_rows)([
            Row([t.name or speakers.speaker_name(store, t), self._sector_text(t.person_id),
                 mmss(t.limit_s) if t.limit_s else "–"], t.id) for t in queue])
        kinds = labels.contribution_kinds()
        rows = []
        for c in speakers.contributions(store, mid, item):
            who = self._people[c.person_id].full_name if c.person_id in self._people else ""
            if not who and c.turn_id:
                turn = store.maybe(SpeakerTurn, c.turn_id)
                who = turn.name if turn else ""
            rows.append(Row([kinds[c.kind], who, c.text], c.id))
        logged = self.contrib_model.rowCount()
        (self.contrib_model.update_rows if merge else self.contrib_model.set_rows)(rows)
        if not merge or self.contrib_model.rowCount() > logged:    # the latest in sight
            self.contrib_view.scrollToBottom()
        self.tick()

    def tick(self) -> None:
        """Repaint the timer and the balance (called every second and after changes)."""
        mid = self.ctx.meeting_id
        if not mid:
            return
        now = self.clock()
        cur = speakers.speaking(self.ctx.store, mid)
        self._current = cur
        if cur is None:
            self.speaker_label.setText(self.tr("Nobody has the floor"))
            self.timer_label.setText("0:00")
            self.timer_label.setStyleSheet("")
            self.overrun_label.setText("")
        else:
            self.speaker_label.setText(speakers.speaker_name(self.ctx.store, cur))
            self.timer_label.setText(mmss(speakers.elapsed(cur, now)))
            over = speakers.overrun(cur, now)
            if over:
                self.timer_label.setStyleSheet("color: #c62828;")
                self.overrun_label.setText(self.tr("Over the limit by %1").replace(
                    "%1", mmss(over)))
                self.overrun_label.setStyleSheet("color: #c62828; font-weight: bold;")
            else:
                self.timer_label.setStyleSheet("color: #1b5e20;" if cur.limit_s else "")
                self.overrun_label.setStyleSheet("")
                self.overrun_label.setText(
                    self.tr("Limit %1").replace("%1", mmss(cur.limit_s)) if cur.limit_s
                    else self.tr("No limit"))
        self._update_balance(now)
        busy = cur is not None
        if busy and self.isVisible():
            if not self.timer.isActive():
                self.timer.start()
        elif self.timer.isActive():
            self.timer.stop()
        self.end_button.setEnabled(busy)
        self.next_button.setEnabled(self.queue_model.rowCount() > 0 or busy)

    def _update_balance(self, now: datetime) -> None:
        bal = speakers.balance(self.ctx.store, self.ctx.meeting_id, now)
        secs = labels.sectors()
        rows = []
        keys: list[Optional[Sector]] = list(Sector) + [None]
        for k in keys:
            share = bal.by_sector.get(k)
            present = bal.present_by_sector.get(k, 0)
            if not share and not present:
                continue
            name = secs[k] if k else self.tr("Not in the register")
            turns = share.turns if share else 0
            rows.append(Row([name, str(present), str(turns), mmss(share.seconds if share else 0)],
                            k.value if k else "", color="#c62828" if present and not turns
                            else None, align_right=frozenset({1, 2, 3})))
        self.sector_model.update_rows(rows)   # every second: no reset
        gens = labels.genders()
        grows = []
        for g, name in gens.items():
            share = bal.by_gender.get(g)
            present = bal.present_by_gender.get(g, 0)
            if not share and not present:
                continue
            turns = share.turns if share else 0
            grows.append(Row([name, str(present), str(turns), mmss(share.seconds if share else 0)],
                             g.value, color="#c62828" if present and not turns else None,
                             align_right=frozenset({1, 2, 3})))
        self.gender_model.update_rows(grows)
        names = [p.full_name for p in bal.not_heard]
        if [self.not_heard.item(i).text() for i in range(self.not_heard.count())] != names:
            self.not_heard.clear()
            self.not_heard.addItems(names)
        self.not_heard_label.setText(self.tr("Not heard yet: %1 of %2 present").replace(
            "%1", str(len(names))).replace("%2", str(sum(bal.present_by_gender.values()))))

    # ------------------------------------------------------------------ actions
    def add_speaker(self) -> None:
        mid = self.ctx.meeting_id
        choice = self.name_edit.choice()
        if choice is None or not mid:
            return
        person_id = choice.id if choice.kind == PERSON else None
        name = choice.text
        item, limit = self.agenda_item_id(), self.limit_spin.value()
        if self.ctx.run(self.tr("Add %1 to the queue").replace("%1", name), speakers.enqueue,
                        self.ctx.store, mid, item, person_id=person_id, name=name,
                        limit_s=limit, now=self.clock()):
            self.name_edit.clear_choice()

    def open_link_dialog(self) -> None:
        mid = self.ctx.meeting_id
        names = speakers.unlinked_names(self.ctx.store, mid) if mid else []
        dlg = LinkNameDialog.offer(self.ctx, names, self, self.link_name)
        if dlg is not None:
            self.link_dialog = dlg     # (tests reach it here)

    def link_name(self, name: str, person_id: Optional[str]) -> bool:
        """The free-text speaker ``name`` is the register person ``person_id`` (one undo
        step for all their turns)."""
        mid = self.ctx.meeting_id
        if not mid or not person_id:
            return False
        return bool(self.ctx.run(self.tr("Link %1 to the register").replace("%1", name),
                                 speakers.link_name, self.ctx.store, mid, name, person_id))

    def next_speaker(self) -> None:
        mid, item, now = self.ctx.meeting_id, self.agenda_item_id(), self.clock()
        if not mid:
            return
        sel = self.queue_view.selectionModel().selectedRows()
        chosen = self.queue_model.id_at(sel[0].row()) if sel else None
        self.ctx.run(self.tr("Next speaker"), speakers.start_next, self.ctx.store, mid, item,
                     now, turn_id=chosen)

    def end_turn(self) -> None:
        mid, now = self.ctx.meeting_id, self.clock()
        if not mid:
            return
        self.ctx.run(self.tr("End turn"), speakers.end_turn, self.ctx.store, mid, now)

    def remove_selected(self) -> None:
        sel = self.queue_view.selectionModel().selectedRows()
        if not sel:
            return
        tid = self.queue_model.id_at(sel[0].row())
        self.ctx.run(self.tr("Remove from the queue"), speakers.remove, self.ctx.store, tid)

    def log_contribution(self) -> None:
        text = self.contrib_edit.text().strip()
        mid = self.ctx.meeting_id
        if not text or not mid:
            return
        kind = ContributionKind(self.kind_combo.currentData())
        cur = speakers.speaking(self.ctx.store, mid)
        if self.ctx.run(self.tr("Log a contribution"), speakers.add_contribution,
                        self.ctx.store, mid, self.agenda_item_id(), kind, text,
                        person_id=cur.person_id if cur else None,
                        turn_id=cur.id if cur else None):
            self.contrib_edit.clear()
