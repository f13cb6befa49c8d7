"""Action plan: actions from decisions, resource pledges, totals per actor and sector, the CSV
export, and "Next meeting" with its follow-up matters.  Every change is one undo step."""
from __future__ import annotations

from pathlib import Path
from typing import Optional

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (QCheckBox, QComboBox,
                               QDoubleSpinBox, QFileDialog, QGridLayout, QGroupBox,
                               QHBoxLayout, QLabel, QLineEdit, QPushButton,
                               QTableView, QTabWidget, QVBoxLayout, QWidget)

from workshop import actions as ac
from workshop import errors
from workshop import followup as fu
from workshop import people as people_mod
from workshop.model import (
    Action, ActionStatus, Meeting, Organisation, Outcome, Pledge, Proposal,
    ResourceKind, Response, Sector,
)
from workshop.thai import format_baht, format_date_th

from .. import i18n, labels
from ..context import AppContext
from ..models.deliberation import RowsModel, Row
from ..planform import PlanForm
from ..widgets import BEDateEdit, ColumnFitter, SearchCombo, limit_length, read_only_table
from . import Page

STATUS_COLORS = {ActionStatus.DONE: "#1b5e20", ActionStatus.CANCELLED: "#757575",
                 ActionStatus.IN_PROGRESS: "#0d47a1"}
RIGHT = frozenset


def _num(v: float) -> str:
    return format_baht(v) if v else "–"


class ActionsPage(Page):
    icon_name = "actions"
    statusMessage = Signal(str)

    def __init__(self, ctx: AppContext, parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.ctx = ctx
        self._build()
        ctx.meetingChanged.connect(lambda _id: self.reload())
        ctx.storeChanged.connect(self._on_store_changed)
        self.reload()

    def load(self) -> None:
        self.reload()

    def commit_pending(self) -> None:
        self.plan_form.commit_pending()

    # ------------------------------------------------------------------ building
    def _build(self) -> None:
        top = QHBoxLayout()
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.export_button = QPushButton(self.tr("Export CSV…"))
        self.export_button.setToolTip(self.tr("Action plan and pledges for Excel (UTF-8)"))
        self.export_button.clicked.connect(self._ask_export)
        top.addWidget(self.summary_label, 1)
        top.addWidget(self.export_button)

        self.tabs = QTabWidget()
        self.tabs.addTab(self._build_actions(), self.tr("Actions"))
        self.tabs.addTab(self._build_pledges(), self.tr("Pledges"))
        self.tabs.addTab(self._build_totals(), self.tr("Totals"))
        self.tabs.addTab(self._build_followup(), self.tr("Follow-up and next meeting"))
        self.plan_form = PlanForm(self.ctx, self)      # plan fields and the village plan table
        self.plan_form.statusMessage.connect(self.statusMessage)
        self.tabs.addTab(self.plan_form, self.plan_form.tab_title())
        root = QVBoxLayout(self)
        root.addLayout(top)
        root.addWidget(self.tabs, 1)

    def _build_actions(self) -> QWidget:
        w = QWidget()
        lay = QVBoxLayout(w)
        self.action_model = RowsModel([
            self.tr("What"), self.tr("Lead"), self.tr("Partners"), self.tr("Due (B.E.)"),
            self.tr("Status"), self.tr("Cost (baht)"), self.tr("Source of funds"),
            self.tr("Approach")], self)
        self.action_view = read_only_table(self.action_model, stretch=0)
        ColumnFitter(self.action_view, 0, cap=200, caps={1: 240})   # "What" keeps its room
        lay.addWidget(self.action_view, 1)
        row = QHBoxLayout()
        self.status_combo = QComboBox()
        labels.fill_combo(self.status_combo, ActionStatus)
        self.set_status_button = QPushButton(self.tr("Set status"))
        self.set_status_button.clicked.connect(self.set_action_status)
        self.delete_action_button = QPushButton(self.tr("Delete action"))
        self.delete_action_button.clicked.connect(self.delete_action)
        row.addWidget(QLabel(self.tr("Selected action:")))
        row.addWidget(self.status_combo)
        row.addWidget(self.set_status_button)
        row.addWidget(self.delete_action_button)
        row.addStretch(1)
        lay.addLayout(row)

        box = QGroupBox(self.tr("New action"))
        g = QGridLayout(box)
        self.from_combo = QComboBox()
        self.from_combo.currentIndexChanged.connect(self._from_decision)
        self.a_title = QLineEdit()
        limit_length(self.a_title, "actions", "title")
        self.a_title.setPlaceholderText(self.tr("What will be done"))
        self.a_lead_person = SearchCombo()
        self.a_lead_org = SearchCombo()
        self.a_partners = QLineEdit()
        limit_length(self.a_partners, "actions", "partners")
        self.a_partners.setPlaceholderText(self.tr("Partner organisations"))
        self.a_due = BEDateEdit()           # shows and takes the Buddhist-Era year
        self.a_due.setDate(QDate.currentDate().addMonths(1))
        self.a_no_due = QCheckBox(self.tr("No due date"))
        self.a_status = QComboBox()
        labels.fill_combo(self.a_status, ActionStatus)
        self.a_cost = QDoubleSpinBox()
        self.a_cost.setRange(0, 1e10)
        self.a_cost.setDecimals(0)
        self.a_cost.setGroupSeparatorShown(True)
        self.a_cost.setSuffix(self.tr(" baht"))
        self.a_funds = QLineEdit()
        limit_length(self.a_funds, "actions", "funding_source")
        self.a_funds.setPlaceholderText(self.tr("e.g. village fund, local government budget"))
        self.a_response = QComboBox()
        labels.fill_combo(self.a_response, Response)
        self.add_action_button = QPushButton(self.tr("Add action"))
        self.add_action_button.clicked.connect(self.add_action)
        due = QHBoxLayout()
        due.addWidget(self.a_due)
        due.addWidget(self.a_no_due)
        due.addStretch(1)
        cells = [
            (self.tr("From decision"), self.from_combo), (self.tr("What"), self.a_title),
            (self.tr("Lead person"), self.a_lead_person),
            (self.tr("Lead organisation"), self.a_lead_org),
            (self.tr("Partners"), self.a_partners), (self.tr("Due date"), due),
            (self.tr("Status"), self.a_status), (self.tr("Cost"), self.a_cost),
            (self.tr("Source of funds"), self.a_funds), (self.tr("Approach"), self.a_response),
        ]
        for i, (text, widget) in enumerate(cells):
            r, c = divmod(i, 2)
            g.addWidget(QLabel(text), r, c * 2)
            if isinstance(widget, QHBoxLayout):
                g.addLayout(widget, r, c * 2 + 1)
            else:
                g.addWidget(widget, r, c * 2 + 1)
        g.setColumnStretch(1, 1)
        g.setColumnStretch(3, 1)
        g.addWidget(self.add_action_button, len(cells) // 2, 3,
                    alignment=Qt.AlignmentFlag.AlignRight)
        lay.addWidget(box)
        return w

    def _build_pledges(self) -> QWidget:
        w = QWidget()
        lay = QVBoxLayout(w)
        self.pledge_model = RowsModel([
            self.tr("Who"), self.tr("Sector"), self.tr("Resource"), self.tr("Description"),
            self.tr("Amount"), self.tr("Unit"), self.tr("Value (baht)"), self.tr("Status")], self)
        self.pledge_view = read_only_table(self.pledge_model, stretch=3)
        ColumnFitter(self.pledge_view, 3, caps={0: 300})
        lay.addWidget(self.pledge_view, 1)
        row = QHBoxLayout()
        self.toggle_pledge_button = QPushButton(self.tr("Fulfilled / outstanding"))
        self.toggle_pledge_button.clicked.connect(self.toggle_fulfilled)
        self.delete_pledge_button = QPushButton(self.tr("Delete pledge"))
        self.delete_pledge_button.clicked.connect(self.delete_pledge)
        row.addWidget(self.toggle_pledge_button)
        row.addWidget(self.delete_pledge_button)
        row.addStretch(1)
        lay.addLayout(row)
        box = QGroupBox(self.tr("New pledge"))
        g = QGridLayout(box)
        self.p_person = SearchCombo()
        self.p_org = SearchCombo()
        self.p_kind = QComboBox()
        labels.fill_combo(self.p_kind, ResourceKind)
        self.p_kind.currentIndexChanged.connect(self._kind_changed)
        self.p_desc = QLineEdit()
        limit_length(self.p_desc, "pledges", "description")
        self.p_desc.setPlaceholderText(self.tr("e.g. cement 20 bags, a tent, the temple hall"))
        self.p_qty = QDoubleSpinBox()
        self.p_qty.setRange(0, 1e10)
        self.p_qty.setDecimals(1)
        self.p_qty.setGroupSeparatorShown(True)
        self.p_unit = QLineEdit()
        limit_length(self.p_unit, "pledges", "unit")
        self.p_value = QDoubleSpinBox()
        self.p_value.setRange(0, 1e10)
        self.p_value.setDecimals(0)
        self.p_value.setGroupSeparatorShown(True)
        self.p_value.setToolTip(self.tr("Estimated value in baht (optional)"))
        self.p_fulfilled = QCheckBox(self.tr("Already fulfilled"))
        self.add_pledge_button = QPushButton(self.tr("Add pledge"))
        self.add_pledge_button.clicked.connect(self.add_pledge)
        cells = [(self.tr("Person"), self.p_person), (self.tr("Organisation"), self.p_org),
                 (self.tr("Resource"), self.p_kind), (self.tr("Description"), self.p_desc),
                 (self.tr("Amount"), self.p_qty), (self.tr("Unit"), self.p_unit),
                 (self.tr("Value (baht)"), self.p_value), ("", self.p_fulfilled)]
        for i, (text, widget) in enumerate(cells):
            r, c = divmod(i, 2)
            g.addWidget(QLabel(text), r, c * 2)
            g.addWidget(widget, r, c * 2 + 1)
        g.setColumnStretch(1, 1)
        g.setColumnStretch(3, 1)
        g.addWidget(self.add_pledge_button, len(cells) // 2, 3,
                    alignment=Qt.AlignmentFlag.AlignRight)
        lay.addWidget(box)
        self._kind_changed()
        return w

    def _build_totals(self) -> QWidget:
        w = QWidget()
        lay = QVBoxLayout(w)
        heads = [self.tr("Money (baht)"), self.tr("Labour (person-days)"),
                 self.tr("Other resources"), self.tr("Outstanding"), self.tr("Actions led"),
                 self.tr("Cost of actions (baht)")]
        self.actor_model = RowsModel([self.tr("Actor"), self.tr("Sector")] + heads, self)
        self.sector_model = RowsModel([self.tr("Sector")] + heads, self)
        lay.addWidget(QLabel(self.tr("Per actor")))
        self.actor_view = read_only_table(self.actor_model, stretch=0)
        self.sector_view = read_only_table(self.sector_model, stretch=0)
        ColumnFitter(self.actor_view, 0, share=0.25)
        ColumnFitter(self.sector_view, 0, share=0.25)
        lay.addWidget(self.actor_view, 3)
        lay.addWidget(QLabel(self.tr("Per sector")))
        lay.addWidget(self.sector_view, 2)
        return w

    def _build_followup(self) -> QWidget:
        w = QWidget()
        lay = QVBoxLayout(w)
        nxt = QGroupBox(self.tr("Next meeting"))
        nl = QHBoxLayout(nxt)
        self.next_date = BEDateEdit()
        self.next_date.setDate(QDate.currentDate().addMonths(1))
        self.next_button = QPushButton(self.tr("Create the next meeting"))
        self.next_button.setToolTip(self.tr(
            "Creates the next meeting of the series; its agenda item 3 lists the open actions, "
            "deferred proposals and outstanding pledges"))
        self.next_button.clicked.connect(self.create_next_meeting)
        nl.addWidget(QLabel(self.tr("Date")))
        nl.addWidget(self.next_date)
        nl.addWidget(self.next_button)
        nl.addStretch(1)
        lay.addWidget(nxt)
        lay.addWidget(QLabel(self.tr(
            "Follow-up matters of this meeting (agenda item 3): updating the status here "
            "updates the original action, proposal or pledge.")))
        self.follow_model = RowsModel([self.tr("Matter"), self.tr("Kind"), self.tr("Status")],
                                      self)
        self.follow_view = read_only_table(self.follow_model, stretch=0)
        ColumnFitter(self.follow_view, 0)
        self.follow_view.selectionModel().selectionChanged.connect(
            lambda *_: self._fill_follow_status())
        lay.addWidget(self.follow_view, 1)
        self.follow_empty = QLabel(self.tr(
            "Nothing is carried over into this meeting: agenda item 3 has no follow-up "
            "matters.\n\nWhen this meeting ends, \u201cCreate the next meeting\u201d above "
            "carries its open actions, deferred proposals and outstanding pledges into the next "
            "meeting's agenda item 3, where their status can be updated here."))
        self.follow_empty.setObjectName("followEmpty")
        self.follow_empty.setWordWrap(True)
        self.follow_empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.follow_empty.setMargin(24)
        self.follow_empty.hide()
        lay.addWidget(self.follow_empty, 1)
        row = QHBoxLayout()
        self.follow_status = QComboBox()
        self.follow_button = QPushButton(self.tr("Update status"))
        self.follow_button.clicked.connect(self.update_followup)
        row.addWidget(QLabel(self.tr("New status:")))
        row.addWidget(self.follow_status)
        row.addWidget(self.follow_button)
        row.addStretch(1)
        lay.addLayout(row)
        return w

    # ------------------------------------------------------------------ helpers
    def _kind_changed(self, *_args) -> None:
        kind = ResourceKind(self.p_kind.currentData())
        self.p_unit.setText(ac.DEFAULT_UNIT.get(kind, ""))
        self.p_value.setEnabled(kind != ResourceKind.MONEY)

    def _from_decision(self, *_args) -> None:
        pid = self.from_combo.currentData()
        if pid:
            try:
                a = ac.action_from_proposal(self.ctx.store, pid)
            except errors.WorkshopError:
                return
            self.a_title.setText(a.title)

    @staticmethod
    def _selected(view: QTableView, model: RowsModel) -> str:
        sel = view.selectionModel().selectedRows()
        return model.id_at(sel[0].row()) if sel else ""

    # ------------------------------------------------------------------ data
    def _on_store_changed(self, change) -> None:
        if change.touches("actions", "pledges", "proposals", "people", "organisations",
                          "agenda_items", "meetings"):
            self.reload()

    def reload(self) -> None:
        store, mid = self.ctx.store, self.ctx.meeting_id
        self.setEnabled(bool(mid))
        # the meeting's people (those its actions and pledges name included), not the registry
        people = people_mod.of_meeting(store, mid)
        orgs = sorted(store.find(Organisation), key=lambda o: o.name)
        for combo in (self.a_lead_person, self.p_person):
            combo.set_items(self.tr("(no person)"), [(p.id, p.full_name) for p in people],
                            combo.value())
        for combo in (self.a_lead_org, self.p_org):
            combo.set_items(self.tr("(no organisation)"), [(o.id, o.name) for o in orgs],
                            combo.value())
        keep = self.from_combo.currentData()
        self.from_combo.blockSignals(True)
        self.from_combo.clear()
        self.from_combo.addItem(self.tr("(not from a decision)"), "")
        if mid:
            for p in store.find(Proposal, order_by="created", meeting_id=mid):
                if p.outcome in (Outcome.ADOPTED, Outcome.AMENDED):
                    self.from_combo.addItem(p.title, p.id)
        self.from_combo.setCurrentIndex(max(0, self.from_combo.findData(keep)))
        self.from_combo.blockSignals(False)
        if not mid:
            for m in (self.action_model, self.pledge_model, self.actor_model, self.sector_model,
                      self.follow_model):
                m.set_rows([])
            self.summary_label.setText(self.tr("Choose a meeting first."))
            return
        actions, pledges = ac.actions(store, mid), ac.pledges(store, mid)
        actors = ac.Actors.named_by(store, [*actions, *pledges])
        self._fill_actions(actions, actors)
        self._fill_pledges(pledges, actors)
        self._fill_totals(actions)
        self._fill_followup()

    def _fill_actions(self, actions: list[Action], actors: ac.Actors) -> None:
        statuses, responses = labels.action_statuses(), labels.responses()
        rows = []
        for a in actions:
            rows.append(Row([a.title, actors.name(a.lead_person_id, a.lead_organisation_id),
                             a.partners, format_date_th(a.due_date, short=True),
                             statuses[a.status], _num(a.cost_baht), a.funding_source,
                             responses[a.response]], a.id, color=STATUS_COLORS.get(a.status),
                            align_right=RIGHT({5})))
        self.action_model.set_rows(rows)

    def _fill_pledges(self, pledges: list[Pledge], actors: ac.Actors) -> None:
        kinds, sectors = labels.resource_kinds(), labels.sectors()
        rows = []
        for p in pledges:
            sec = actors.sector(p.person_id, p.organisation_id)
            rows.append(Row([actors.name(p.person_id, p.organisation_id),
                             sectors[sec] if sec else labels.no_sector(), kinds[p.kind],
                             p.description, _num(p.quantity), p.unit, _num(p.value_baht),
                             self.tr("Fulfilled") if p.fulfilled else self.tr("Outstanding")],
                            p.id, color=None if p.fulfilled else "#e65100",
                            align_right=RIGHT({4, 6})))
        self.pledge_model.set_rows(rows)

    def _totals_cells(self, t: ac.Totals) -> list[str]:
        return [_num(t.money_baht), _num(t.labour_days), str(sum(t.other.values())),
                str(t.outstanding), str(t.actions_led), _num(t.action_cost_baht)]

    def _fill_totals(self, actions: list[Action]) -> None:
        sectors = labels.sectors()
        nums = RIGHT({2, 3, 4, 5, 6, 7})
        totals = ac.meeting_totals(self.ctx.store, self.ctx.meeting_id)   # one pass
        self.actor_model.set_rows([
            Row([r.name, sectors[r.sector] if r.sector else labels.no_sector()]
                + self._totals_cells(r.totals), r.key, align_right=nums)
            for r in totals.by_actor])
        by_sector = totals.by_sector
        rows = [Row([sectors[s] if s else labels.no_sector()] + self._totals_cells(t),
                    s.value if s else "", align_right=RIGHT({1, 2, 3, 4, 5, 6}))
                for s, t in sorted(by_sector.items(),
                                   key=lambda kv: list(Sector).index(kv[0]) if kv[0] else 99)]
        g = totals.grand
        rows.append(Row([self.tr("Total")] + self._totals_cells(g), "total", bold=True,
                        align_right=RIGHT({1, 2, 3, 4, 5, 6})))
        self.sector_model.set_rows(rows)
        self.summary_label.setText(self.tr(
            "%1 actions (%2 open) · pledged: %3 baht, %4 person-days, %5 other resources · "
            "%6 pledges outstanding").replace("%1", str(g.actions_led)).replace(
            "%2", str(sum(a.status in ac.OPEN_STATUSES for a in actions))).replace(
            "%3", format_baht(g.money_baht)).replace("%4", format_baht(g.labour_days)).replace(
            "%5", str(sum(g.other.values()))).replace("%6", str(g.outstanding)))

    def _status_text(self, value) -> str:
        if isinstance(value, ActionStatus):
            return labels.action_statuses()[value]
        if isinstance(value, Outcome):
            return labels.outcomes()[value]
        if value is None:
            return self.tr("(record deleted)")
        return self.tr("Fulfilled") if value else self.tr("Outstanding")

    def _fill_followup(self) -> None:
        store, mid = self.ctx.store, self.ctx.meeting_id
        kinds = {"actions": self.tr("Action"), "proposals": self.tr("Deferred proposal"),
                 "pledges": self.tr("Pledge")}
        keep = self._selected(self.follow_view, self.follow_model)
        rows = [Row([it.title, kinds.get(it.source_table, it.source_table),
                     self._status_text(fu.status_of(store, it))], it.id)
                for it in fu.followup_items(store, mid)]
        self.follow_model.set_rows(rows)
        self.follow_view.setVisible(bool(rows))
        self.follow_empty.setVisible(not rows)
        if keep and self.follow_model.row_of(keep) >= 0:
            self.follow_view.selectRow(self.follow_model.row_of(keep))
        self._fill_follow_status()

    def _fill_follow_status(self) -> None:
        self.follow_status.clear()
        item_id = self._selected(self.follow_view, self.follow_model)
        from workshop.model import AgendaItem
        item = self.ctx.store.maybe(AgendaItem, item_id) if item_id else None
        self.follow_button.setEnabled(item is not None)
        if item is None:
            return
        if item.source_table == "actions":
            labels.fill_combo(self.follow_status, ActionStatus, fu.status_of(self.ctx.store, item))
        elif item.source_table == "proposals":
            outs = labels.outcomes()
            for o in (Outcome.DEFERRED, Outcome.ADOPTED, Outcome.AMENDED, Outcome.REJECTED):
                self.follow_status.addItem(outs[o], o.value)
            self.follow_status.setCurrentIndex(max(0, self.follow_status.findData(
                fu.status_of(self.ctx.store, item).value)))
        else:
            self.follow_status.addItem(self.tr("Outstanding"), "0")
            self.follow_status.addItem(self.tr("Fulfilled"), "1")
            self.follow_status.setCurrentIndex(1 if fu.status_of(self.ctx.store, item) else 0)

    # ------------------------------------------------------------------ actions
    def add_action(self) -> None:
        mid = self.ctx.meeting_id
        if not mid:
            return
        store = self.ctx.store
        due = "" if self.a_no_due.isChecked() else self.a_due.iso()
        proposal_id = self.from_combo.currentData() or None
        issue_id = store.get(Proposal, proposal_id).issue_id if proposal_id else None
        action = Action(
            meeting_id=mid, proposal_id=proposal_id, issue_id=issue_id,
            title=self.a_title.text().strip(), lead_person_id=self.a_lead_person.value(),
            lead_organisation_id=self.a_lead_org.value(), partners=self.a_partners.text().strip(),
            due_date=due, status=ActionStatus(self.a_status.currentData()),
            cost_baht=self.a_cost.value(), funding_source=self.a_funds.text().strip(),
            response=Response(self.a_response.currentData()))
        if not action.title:
            self.ctx.errorOccurred.emit(self.tr("Write what will be done."))
            return
        if self.ctx.run(self.tr("Add action"), ac.add_action, store, action):
            self.a_title.clear()
            self.a_partners.clear()
            self.a_cost.setValue(0)
            self.a_funds.clear()
            self.from_combo.setCurrentIndex(0)

    def set_action_status(self) -> None:
        aid = self._selected(self.action_view, self.action_model)
        if aid:
            status = ActionStatus(self.status_combo.currentData())
            # recorded in the action's history, as reported at the meeting shown
            self.ctx.run(self.tr("Set action status"), fu.report, self.ctx.store, aid,
                         status=status, meeting_id=self.ctx.meeting_id)

    def delete_action(self) -> None:
        aid = self._selected(self.action_view, self.action_model)
        if aid:
            self.ctx.run(self.tr("Delete action"), ac.delete_action, self.ctx.store, aid)

    def add_pledge(self) -> None:
        mid = self.ctx.meeting_id
        if not mid:
            return
        store = self.ctx.store
        kind = ResourceKind(self.p_kind.currentData())
        pledge = Pledge(meeting_id=mid, person_id=self.p_person.value(),
                        organisation_id=self.p_org.value(), kind=kind,
                        description=self.p_desc.text().strip(), quantity=self.p_qty.value(),
                        unit=self.p_unit.text().strip(),
                        value_baht=self.p_value.value() if kind != ResourceKind.MONEY else 0.0,
                        fulfilled=self.p_fulfilled.isChecked())
        if self.ctx.run(self.tr("Add pledge"), ac.add_pledge, store, pledge):
            self.p_desc.clear()
            self.p_qty.setValue(0)
            self.p_value.setValue(0)
            self.p_fulfilled.setChecked(False)

    def toggle_fulfilled(self) -> None:
        pid = self._selected(self.pledge_view, self.pledge_model)
        if pid:
            cur = self.ctx.store.get(Pledge, pid).fulfilled
            self.ctx.run(self.tr("Pledge fulfilled") if not cur
                         else self.tr("Pledge outstanding"), ac.set_pledge_fulfilled,
                         self.ctx.store, pid, not cur)

    def delete_pledge(self) -> None:
        pid = self._selected(self.pledge_view, self.pledge_model)
        if pid:
            self.ctx.run(self.tr("Delete pledge"), ac.delete_pledge, self.ctx.store, pid)

    def create_next_meeting(self) -> Optional[Meeting]:
        mid = self.ctx.meeting_id
        if not mid:
            return None
        store = self.ctx.store
        on = self.next_date.iso()
        done = self.ctx.run(self.tr("Create the next meeting"), fu.create_next_meeting, store,
                            mid, on)
        if not done:
            return None
        m = done.result
        n = len(fu.followup_items(store, m.id))
        self.ctx.set_meeting(m.id)
        self.tabs.setCurrentIndex(3)
        self.statusMessage.emit(self.tr("Meeting %1/%2 created with %3 follow-up matters")
                                .replace("%1", str(m.number)).replace("%2", str(m.be_year))
                                .replace("%3", str(n)))
        return m

    def update_followup(self) -> None:
        item_id = self._selected(self.follow_view, self.follow_model)
        data = self.follow_status.currentData()
        if not item_id or data is None:
            return
        from workshop.model import AgendaItem
        item = self.ctx.store.get(AgendaItem, item_id)
        value = {"actions": ActionStatus, "proposals": Outcome}.get(item.source_table)
        status = value(data) if value else data == "1"
        self.ctx.run(self.tr("Update follow-up status"), fu.set_status, self.ctx.store,
                     item_id, status)

    def _ask_export(self) -> None:
        m = self.ctx.store.maybe(Meeting, self.ctx.meeting_id)
        if m is None:
            return
        name = self.tr("action-plan-%1-%2.csv").replace("%1", str(m.number)).replace(
            "%2", str(m.be_year))
        start = str(Path(self.ctx.store.path).with_name(name))
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Export the action plan"),
                                                    start, self.tr("CSV files (*.csv)"))
        if path:
            self.export_to(path)

    def export_to(self, path: str) -> bool:
        try:
            ac.write_csv(self.ctx.store, self.ctx.meeting_id, path)
        except OSError as exc:
            self.ctx.errorOccurred.emit(self.tr("The CSV could not be written: %1").replace(
                "%1", i18n.os_error_text(exc)))
            return False
        self.statusMessage.emit(self.tr("Exported %1").replace("%1", Path(path).name))
        return True
