"""Decisions: proposals, the method per proposal, positions or hand counts, the result
computed from check-in, and the resolution (มติที่ประชุม).  Every change is one undo step."""
from __future__ import annotations

from typing import Optional

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QComboBox, QFormLayout, QGroupBox,
                               QHBoxLayout, QLabel, QLineEdit, QPushButton,
                               QSpinBox, QSplitter, QVBoxLayout, QWidget)

from workshop import agenda as agenda_mod
from workshop import errors
from workshop import decisions as dec
from workshop import people as people_mod
from workshop.model import (
    DecisionMethod, Outcome, Person, PositionValue, Proposal, ProposalPosition, Threshold,
)
from workshop.store import Change

from .. import i18n, labels
from ..context import AppContext
from ..typed import refill
from ..models.deliberation import RowsModel, Row
from ..people_picker import Picker
from ..widgets import (ColumnFitter, PlainTextField, limit_length, read_only_table, scrolling,
                       show_rows, width_in_chars)
from . import Page

OUTCOME_COLORS = {Outcome.ADOPTED: "#1b5e20", Outcome.AMENDED: "#1b5e20",
                  Outcome.REJECTED: "#c62828", Outcome.DEFERRED: "#e65100"}


class DecisionsPage(Page):
    icon_name = "decisions"
    statusMessage = Signal(str)

    def __init__(self, ctx: AppContext, parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.ctx = ctx
        self._people: dict[str, Person] = {}
        self._proposal: Optional[Proposal] = None
        self._build()
        ctx.meetingChanged.connect(lambda _id: self.reload())
        ctx.storeChanged.connect(self._on_store_changed)
        self.reload()

    def load(self) -> None:
        self.reload()

    # ------------------------------------------------------------------ building
    def _build(self) -> None:
        # -- left: proposals and a new one
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        self.list_model = RowsModel([self.tr("Proposal"), self.tr("Method"),
                                     self.tr("Outcome")], self)
        self.list_view = read_only_table(self.list_model)
        ColumnFitter(self.list_view, 0, chars=15, share=0.6)   # the proposal's title first
        self.list_view.selectionModel().selectionChanged.connect(lambda *_: self._show_selected())
        ll.addWidget(QLabel(self.tr("Proposals of this meeting")))
        show_rows(self.list_view, 5)        # the new proposal's form scrolls instead
        ll.addWidget(self.list_view, 1)

        new_box = QGroupBox(self.tr("New proposal"))
        nf = QFormLayout(new_box)
        self.title_edit = QLineEdit()
        limit_length(self.title_edit, "proposals", "title")
        self.title_edit.setPlaceholderText(self.tr("What is proposed, in a few words"))
        self.text_edit = PlainTextField(max_height=60)
        self.item_combo = QComboBox()
        self._item_chosen = False      # picked by hand: kept; else the current agenda item
        self.item_combo.activated.connect(lambda _i: setattr(self, "_item_chosen", True))
        self.method_combo = QComboBox()
        labels.fill_combo(self.method_combo, DecisionMethod)
        self.threshold_combo = QComboBox()
        labels.fill_combo(self.threshold_combo, Threshold)
        self.method_combo.currentIndexChanged.connect(
            lambda _i: self.threshold_combo.setEnabled(
                self.method_combo.currentData() == DecisionMethod.MAJORITY.value))
        self.threshold_combo.setEnabled(False)
        self.add_button = QPushButton(self.tr("Add proposal"))
        self.add_button.clicked.connect(self.add_proposal)
        nf.addRow(self.tr("Title"), self.title_edit)
        nf.addRow(self.tr("Details"), self.text_edit)
        nf.addRow(self.tr("Agenda item"), self.item_combo)
        nf.addRow(self.tr("Method"), self.method_combo)
        nf.addRow(self.tr("Threshold"), self.threshold_combo)
        nf.addRow("", self.add_button)
        ll.addWidget(scrolling(new_box, keep_width=True))

        # -- right: the selected proposal
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel()
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setWordWrap(True)
        hf = self.heading.font()
        hf.setPointSize(hf.pointSize() + 3)
        hf.setBold(True)
        self.heading.setFont(hf)
        self.text_label = QLabel()
        self.text_label.setTextFormat(Qt.TextFormat.PlainText)
        self.text_label.setWordWrap(True)
        self.method_label = QLabel()
        self.checkin_label = QLabel()
        self.method_label.setWordWrap(True)
        self.checkin_label.setWordWrap(True)
        rl.addWidget(self.heading)
        rl.addWidget(self.text_label)
        rl.addWidget(self.method_label)
        rl.addWidget(self.checkin_label)

        self.count_box = QGroupBox(self.tr("Hand count"))
        cl = QHBoxLayout(self.count_box)
        self.for_spin, self.against_spin, self.abstain_spin = QSpinBox(), QSpinBox(), QSpinBox()
        for text, spin in ((self.tr("For"), self.for_spin),
                           (self.tr("Against"), self.against_spin),
                           (self.tr("Abstain"), self.abstain_spin)):
            spin.setRange(0, 100000)
            cl.addWidget(QLabel(text))
            cl.addWidget(spin)
        self.count_button = QPushButton(self.tr("Save count"))
        self.count_button.clicked.connect(self.save_count)
        cl.addWidget(self.count_button)
        cl.addStretch(1)
        rl.addWidget(self.count_box)

        self.pos_box = QGroupBox(self.tr("Positions"))
        pl = QVBoxLayout(self.pos_box)
        self.pos_model = RowsModel([self.tr("Who"), self.tr("Position"), self.tr("People"),
                                    self.tr("Reason"), self.tr("Resolved")], self)
        self.pos_view = read_only_table(self.pos_model)
        ColumnFitter(self.pos_view, 3, col_chars={0: 24, 1: 21})   # the reason takes the rest
        pl.addWidget(self.pos_view, 1)
        prow = QHBoxLayout()
        self.person_combo = Picker(self.ctx, none_text=self.tr("(group, no name)"))
        width_in_chars(self.person_combo, minimum=24)
        self.value_combo = QComboBox()
        self.people_spin = QSpinBox()
        self.people_spin.setRange(1, 10000)
        self.people_spin.setToolTip(self.tr("Number of people (for a group without names)"))
        self.reason_edit = QLineEdit()
        limit_length(self.reason_edit, "proposal_positions", "reason")
        self.reason_edit.setPlaceholderText(self.tr("Reason (required for a block or objection)"))
        self.pos_button = QPushButton(self.tr("Record position"))
        self.pos_button.clicked.connect(self.add_position)
        prow.addWidget(self.person_combo, 1)
        prow.addWidget(self.value_combo, 1)
        prow.addWidget(self.people_spin)
        pl.addLayout(prow)
        prow_b = QHBoxLayout()             # the reason on its own line: it needs the width
        prow_b.addWidget(self.reason_edit, 1)
        prow_b.addWidget(self.pos_button)
        pl.addLayout(prow_b)
        prow2 = QHBoxLayout()
        self.resolve_button = QPushButton(self.tr("Resolved / not resolved"))
        self.resolve_button.clicked.connect(self.toggle_resolved)
        self.remove_pos_button = QPushButton(self.tr("Remove position"))
        self.remove_pos_button.clicked.connect(self.remove_position)
        prow2.addWidget(self.resolve_button)
        prow2.addWidget(self.remove_pos_button)
        prow2.addStretch(1)
        pl.addLayout(prow2)
        rl.addWidget(self.pos_box, 1)

        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        rf = self.result_label.font()
        rf.setBold(True)
        rf.setPointSize(rf.pointSize() + 1)
        self.result_label.setFont(rf)
        rl.addWidget(self.result_label)

        dec_box = QGroupBox(self.tr("Resolution (มติที่ประชุม)"))
        df = QFormLayout(dec_box)
        self.outcome_combo = QComboBox()
        self.amended_edit = QLineEdit()
        limit_length(self.amended_edit, "proposals", "amended_text")
        self.amended_edit.setPlaceholderText(self.tr("The proposal as amended"))
        self.resolution_edit = PlainTextField(max_height=70)
        self.resolution_edit.setPlaceholderText(self.tr("The resolution as it goes into the minutes"))
        brow = QHBoxLayout()
        self.decide_button = QPushButton(self.tr("Record decision"))
        self.decide_button.clicked.connect(self.record_decision)
        self.reopen_button = QPushButton(self.tr("Reopen"))
        self.reopen_button.clicked.connect(self.reopen)
        brow.addWidget(self.decide_button)
        brow.addWidget(self.reopen_button)
        brow.addStretch(1)
        df.addRow(self.tr("Outcome"), self.outcome_combo)
        df.addRow(self.tr("Amended text"), self.amended_edit)
        df.addRow(self.tr("Resolution"), self.resolution_edit)
        df.addRow("", brow)
        rl.addWidget(dec_box)

        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(scrolling(right))       # the proposal's form scrolls at 150 % text
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        split.setSizes([480, 800])
        root = QVBoxLayout(self)
        root.addWidget(split)

    # ------------------------------------------------------------------ data
    def _on_store_changed(self, change: Change) -> None:
        """Only what changed is shown again: the lists to choose from when people or the
        agenda changed, the proposals' rows that differ (no reset: the selection stays),
        and the proposal shown (its result, positions; what is typed stays)."""
        if not change.touches("proposals", "proposal_positions", "attendance", "people",
                              "agenda_items", "meetings"):
            return
        if change.touches("attendance", "people", "agenda_items"):
            self._fill_choices()
        self._fill_list(merge=True)

    def selected_id(self) -> str:
        sel = self.list_view.selectionModel().selectedRows()
        return self.list_model.id_at(sel[0].row()) if sel else ""

    def reload(self) -> None:
        self.setEnabled(bool(self.ctx.meeting_id))
        self._fill_choices()
        self._fill_list(merge=False)

    def _fill_choices(self) -> None:
        """The meeting's people and agenda items to choose from (what is chosen stays)."""
        store, mid = self.ctx.store, self.ctx.meeting_id
        self._people = {p.id: p for p in people_mod.of_meeting(store, mid)}
        self._fill_items(agenda_mod.items(store, mid) if mid else [])
        self.person_combo.refresh()

    def _fill_list(self, merge: bool) -> None:
        """The proposals (``merge``: only the rows that differ change) and the one shown."""
        store, mid = self.ctx.store, self.ctx.meeting_id
        keep = self.selected_id() or (self._proposal.id if self._proposal else "")
        methods, outcomes = labels.decision_methods(), labels.outcomes()
        rows = []
        for p in (dec.proposals(store, mid) if mid else []):
            rows.append(Row([p.title, methods[p.method], outcomes[p.outcome]], p.id,
                            color=OUTCOME_COLORS.get(p.outcome)))
        (self.list_model.update_rows if merge else self.list_model.set_rows)(rows)
        r = self.list_model.row_of(keep) if keep else -1
        if r < 0 and rows:
            r = 0
        if r >= 0 and self.selected_id() != self.list_model.id_at(r):
            self.list_view.selectRow(r)       # (selecting shows it)
        else:
            self._show_selected()

    def _show_selected(self) -> None:
        pid = self.selected_id()
        store = self.ctx.store
        same = self._proposal is not None and self._proposal.id == pid
        self._proposal = store.maybe(Proposal, pid) if pid else None
        p = self._proposal
        detail = (self.count_box, self.pos_box, self.outcome_combo, self.decide_button,
                  self.reopen_button, self.resolution_edit, self.amended_edit)
        for w in detail:
            w.setEnabled(p is not None)
        if p is None:
            self.heading.setText(self.tr("Add a proposal, or choose one on the left."))
            for w in (self.text_label, self.method_label, self.checkin_label,
                      self.result_label):
                w.setText("")
            self.pos_model.update_rows([])
            self.outcome_combo.clear()
            return
        self.heading.setText(p.title)
        self.text_label.setText(p.amended_text or p.text)
        self.text_label.setVisible(bool(p.amended_text or p.text))
        method = labels.decision_methods()[p.method]
        if p.method == DecisionMethod.MAJORITY:
            method += " – " + labels.thresholds()[p.threshold]
        self.method_label.setText(self.tr("Method: %1").replace("%1", method))
        members, everyone = dec.present_counts(store, p.meeting_id)
        from workshop.model import Meeting
        quorum = store.get(Meeting, p.meeting_id).quorum
        q = str(quorum) if quorum else self.tr("none set")
        self.checkin_label.setText(
            self.tr("From check-in: %1 members present (quorum %2), %3 people present in all")
            .replace("%1", str(members)).replace("%2", q).replace("%3", str(everyone)))
        pending = p.outcome == Outcome.PENDING
        is_majority = p.method == DecisionMethod.MAJORITY
        self.count_box.setVisible(is_majority)
        for spin, v in ((self.for_spin, p.count_for), (self.against_spin, p.count_against),
                        (self.abstain_spin, p.count_abstain)):
            if not (same and spin.hasFocus()):     # a count being typed stays
                spin.setValue(v)
        self.count_box.setEnabled(pending)
        self.pos_box.setTitle(self.tr("Positions, person by person or in groups")
                              if not is_majority else
                              self.tr("Votes person by person (instead of a hand count)"))
        allowed = {DecisionMethod.CONSENSUS: dec.LEVELS,
                   DecisionMethod.CONSENT: (PositionValue.OBJECTION,),
                   DecisionMethod.MAJORITY: dec.VOTES}[p.method]
        current_value = self.value_combo.currentData()
        self.value_combo.clear()
        pv = labels.position_values()
        for v in allowed:
            self.value_combo.addItem(pv[v], v.value)
        self.value_combo.setCurrentIndex(max(0, self.value_combo.findData(current_value)))
        for w in (self.person_combo, self.value_combo, self.people_spin, self.reason_edit,
                  self.pos_button, self.resolve_button, self.remove_pos_button):
            w.setEnabled(pending)
        rows = []
        for pos in dec.positions(store, p.id):
            who = self._people[pos.person_id].full_name if pos.person_id in self._people else \
                self.tr("Group")
            needs = pos.value in dec.NEEDS_REASON
            resolved = (self.tr("Yes") if pos.resolved else self.tr("No")) if needs else ""
            color = "#c62828" if needs and not pos.resolved else None
            rows.append(Row([who, pv[pos.value], str(pos.count), pos.reason, resolved], pos.id,
                            color=color, align_right=frozenset({2})))
        self.pos_model.update_rows(rows)
        self._show_result(p)

    def _show_result(self, p: Proposal) -> None:
        store = self.ctx.store
        try:
            result = dec.tally(store, p.id)
            text = self.result_text(result)
            allowed = dec.allowed_outcomes(result)
        except errors.WorkshopError as exc:   # an input error (more votes than people)
            result, text, allowed = None, i18n.error_text(exc), [Outcome.DEFERRED]
        outcomes = labels.outcomes()
        pending = p.outcome == Outcome.PENDING
        if pending:
            self.result_label.setText(self.tr("Result: %1").replace("%1", text))
            color = OUTCOME_COLORS.get(result.outcome) if result and result.outcome else "#e65100"
        else:
            self.result_label.setText(self.tr("Decided: %1").replace("%1", outcomes[p.outcome])
                                      + (f" · {text}" if result is not None else ""))
            color = OUTCOME_COLORS.get(p.outcome, "#000000")
        self.result_label.setStyleSheet(f"color: {color};")
        self.outcome_combo.clear()
        for o in ([p.outcome] if not pending else allowed):
            self.outcome_combo.addItem(outcomes[o], o.value)
        # a resolution being typed survives a reload caused by another save (the hand count)
        refill(self.resolution_edit, p.resolution, p.id)
        refill(self.amended_edit, p.amended_text, p.id)
        for w in (self.outcome_combo, self.resolution_edit, self.amended_edit, self.decide_button):
            w.setEnabled(pending)
        self.reopen_button.setEnabled(not pending)

    def result_text(self, r: dec.Result) -> str:
        R = dec
        if r.reason == R.NOBODY_PRESENT:
            return self.tr("nobody is checked in as present – no decision is possible")
        if r.reason == R.QUORUM_NOT_MET:
            return self.tr("quorum not met (%1 of %2 members) – no decision is possible; "
                           "the proposal can only be deferred").replace(
                "%1", str(r.present)).replace("%2", str(r.quorum))
        if r.reason == R.NO_POSITIONS:
            return self.tr("no positions recorded yet")
        levels = ", ".join(f"{k[-1]}: {v}" for k, v in sorted(r.levels.items()) if v)
        share = f"{round(100 * r.support_share)}%" if r.support_share is not None else ""
        votes = self.tr("for %1, against %2, abstain %3").replace("%1", str(r.count_for)) \
            .replace("%2", str(r.count_against)).replace("%3", str(r.count_abstain))
        texts = {
            R.UNRESOLVED_BLOCK: self.tr("not agreed – %1 unresolved block(s)").replace(
                "%1", str(r.blocks)),
            R.SUPPORT_TOO_LOW: self.tr("not agreed – only %1 at levels 3–5 (%2 needed)")
            .replace("%1", share).replace("%2", f"{round(100 * dec.ConsensusRule().support)}%"),
            R.CONSENSUS_REACHED: self.tr("consensus – %1 at levels 3–5, no block").replace(
                "%1", share),
            R.UNRESOLVED_OBJECTION: self.tr("not adopted – %1 unresolved objection(s)").replace(
                "%1", str(r.blocks)),
            R.NO_OBJECTION: self.tr("adopted by consent – no unresolved objection"),
            R.NO_VOTES_CAST: self.tr("not adopted – no votes cast (%1)").replace("%1", votes),
            R.TIE: self.tr("not adopted – a tie (%1)").replace("%1", votes),
            R.MAJORITY_FOR: self.tr("adopted by majority (%1)").replace("%1", votes),
            R.MAJORITY_AGAINST: self.tr("rejected by majority (%1)").replace("%1", votes),
            R.TWO_THIRDS_REACHED: self.tr("adopted by two-thirds (%1)").replace("%1", votes),
            R.TWO_THIRDS_MISSED: self.tr("not adopted – two-thirds not reached (%1)")
            .replace("%1", votes),
        }
        text = texts.get(r.reason, r.reason)
        if levels and r.levels:
            text += " · " + self.tr("levels %1").replace("%1", levels)
        return text

    def _fill_items(self, items) -> None:
        """A new proposal belongs to the agenda item being discussed (its clock running),
        else to the first item for decision, unless another was picked by hand."""
        from workshop.model import AgendaKind

        cur_item = self.item_combo.currentData() if self._item_chosen else None
        self.item_combo.clear()
        self.item_combo.addItem(self.tr("(no agenda item)"), "")
        for it in items:
            self.item_combo.addItem(f"{it.position + 1}. {it.title}", it.id)
        i = self.item_combo.findData(cur_item) if cur_item is not None else -1
        if i < 0:
            self._item_chosen = False
            current = agenda_mod.running_item(items) or next(
                (it for it in items if it.kind == AgendaKind.FOR_DECISION), None)
            i = max(0, self.item_combo.findData(current.id if current else ""))
        self.item_combo.setCurrentIndex(i)

    # ------------------------------------------------------------------ actions
    def add_proposal(self) -> None:
        mid = self.ctx.meeting_id
        title = self.title_edit.text().strip()
        if not mid or not title:
            self.ctx.errorOccurred.emit(self.tr("A proposal needs a title."))
            return
        store = self.ctx.store
        text = self.text_edit.toPlainText()
        method = DecisionMethod(self.method_combo.currentData())
        threshold = Threshold(self.threshold_combo.currentData())
        item = self.item_combo.currentData() or None
        done = self.ctx.run(self.tr("Add proposal"), dec.add_proposal, store, mid, title, text,
                            method=method, threshold=threshold, agenda_item_id=item,
                            origin=self)
        if done:
            self.title_edit.clear()
            self.text_edit.clear()
            self._item_chosen = False        # the next one: the current agenda item again
            self._fill_items(agenda_mod.items(store, mid))
            self.list_view.selectRow(self.list_model.row_of(done.result.id))

    def commit_pending(self) -> None:
        """The file is about to close: a hand count typed but not saved is saved.  The
        resolution and amended text are not: they are written only with "Record decision",
        which decides the proposal, and that stays the facilitator's act."""
        p = self._proposal
        if p is None or p.outcome != Outcome.PENDING or p.method != DecisionMethod.MAJORITY:
            return
        for spin in (self.for_spin, self.against_spin, self.abstain_spin):
            spin.interpretText()
        typed = (self.for_spin.value(), self.against_spin.value(), self.abstain_spin.value())
        if typed != (p.count_for, p.count_against, p.count_abstain):
            self.save_count()

    def save_count(self) -> None:
        p = self._proposal
        if p is None:
            return
        f, a, ab = self.for_spin.value(), self.against_spin.value(), self.abstain_spin.value()
        self.ctx.run(self.tr("Hand count"), dec.set_hand_count, self.ctx.store, p.id, f, a, ab,
                     origin=self)

    def add_position(self) -> None:
        p = self._proposal
        if p is None:
            return
        store = self.ctx.store
        value = PositionValue(self.value_combo.currentData())
        person = self.person_combo.value()
        count, reason = self.people_spin.value(), self.reason_edit.text()
        if self.ctx.run(self.tr("Record position"), dec.add_position, store, p.id, value,
                        person_id=person, count=count, reason=reason, origin=self):
            self.reason_edit.clear()
            self.people_spin.setValue(1)
            self.person_combo.clear_choice()   # the next position is not theirs again

    def _selected_position(self) -> str:
        sel = self.pos_view.selectionModel().selectedRows()
        return self.pos_model.id_at(sel[0].row()) if sel else ""

    def toggle_resolved(self) -> None:
        pos_id = self._selected_position()
        if not pos_id:
            return
        store = self.ctx.store
        pos = store.get(ProposalPosition, pos_id)
        self.ctx.run(self.tr("Objection resolved") if not pos.resolved
                     else self.tr("Objection reopened"), dec.resolve_objection, store, pos_id,
                     not pos.resolved, origin=self)

    def remove_position(self) -> None:
        pos_id = self._selected_position()
        if pos_id:
            self.ctx.run(self.tr("Remove position"), dec.remove_position, self.ctx.store,
                         pos_id, origin=self)

    def record_decision(self) -> None:
        p = self._proposal
        if p is None or self.outcome_combo.currentData() is None:
            return
        store = self.ctx.store
        outcome = Outcome(self.outcome_combo.currentData())
        resolution = self.resolution_edit.toPlainText()
        amended = self.amended_edit.text()
        self.ctx.run(self.tr("Record decision"), dec.decide, store, p.id, outcome,
                     resolution=resolution, amended_text=amended, origin=self)

    def reopen(self) -> None:
        p = self._proposal
        if p is not None:
            self.ctx.run(self.tr("Reopen proposal"), dec.reopen, self.ctx.store, p.id,
                         origin=self)
