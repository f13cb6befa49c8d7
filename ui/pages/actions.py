"""Action plan: actions from decisions, resource pledges, totals per actor and sector, the CSV
export, "Next meeting" with its follow-up matters (:mod:`ui.followup_tab`) and the village
plan (:mod:`ui.planform`).

Selecting an action or a pledge fills its form (:mod:`ui.action_forms`) from it; "Save
changes" edits its fields as one undo step (:func:`workshop.actions.update_action`,
:func:`workshop.actions.update_pledge`), and so does leaving it for another row.  "Add" adds the
form as a new record and empties the form: a form starts empty or from the selected row,
never from the previous entry.  A pledge may support one of the meeting's actions; the action's
resources list its pledges.  Every change is one undo step.
"""
from __future__ import annotations

from pathlib import Path
from typing import Optional

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QFileDialog, QHBoxLayout, QLabel, QPushButton, QTableView,
                               QTabWidget, QVBoxLayout, QWidget)

from workshop import actions as ac
from workshop.model import (
    Action, ActionStatus, Meeting, Outcome, Pledge, Proposal, Sector,
)
from workshop.thai import format_baht, format_date_th

from .. import labels
from ..action_forms import ActionForm, PledgeForm
from ..context import AppContext
from ..filewrite import write_file
from ..followup_tab import FollowUpTab
from ..models.deliberation import RowsModel, Row
from ..planform import PlanForm
from ..widgets import ColumnFitter, FlowLayout, read_only_table, scrolling, show_rows
from . import Page

STATUS_COLORS = {ActionStatus.DONE: "#1b5e20", ActionStatus.CANCELLED: "#757575",
                 ActionStatus.IN_PROGRESS: "#0d47a1"}
RIGHT = frozenset
#: the forms' widgets, also the page's attributes (tests and shortcuts reach them there)
FORM_WIDGETS = {
    "action_form": ("from_combo", "a_title", "a_lead_person", "a_lead_org", "a_partners",
                    "a_due", "a_no_due", "a_status", "a_cost", "a_funds", "a_response",
                    "a_resources", "add_action_button", "save_action_button"),
    "pledge_form": ("p_action", "p_person", "p_org", "p_kind", "p_desc", "p_qty", "p_unit",
                    "p_value", "p_fulfilled", "add_pledge_button", "save_pledge_button"),
}


def _num(v: float) -> str:
    return format_baht(v) if v else "–"


class ActionsPage(Page):
    icon_name = "actions"
    statusMessage = Signal(str)

    def __init__(self, ctx: AppContext, parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.ctx = ctx
        self._selecting = False       # the page itself selects a row (not the person)
        self._actors = ac.Actors.named_by(ctx.store, [])
        self._by_action: dict[str, list[Pledge]] = {}
        self._build()
        ctx.meetingChanged.connect(lambda _id: self._meeting_changed())
        ctx.storeChanged.connect(self._on_store_changed)
        self._meeting_changed()

    def load(self) -> None:
        self._meeting_changed()
        self.followup.reload()
        self.plan_form.reload()

    def _meeting_changed(self) -> None:
        self.reload()
        self._show_action("")
        self._show_pledge("")

    def commit_pending(self) -> None:
        self.save_action()
        self.save_pledge()
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

        self.action_form = ActionForm(self.ctx, self)
        self.pledge_form = PledgeForm(self.ctx, self)
        for form, names in FORM_WIDGETS.items():
            for name in names:
                setattr(self, name, getattr(getattr(self, form), name))
        self.add_action_button.clicked.connect(self.add_action)
        self.save_action_button.clicked.connect(self.save_action)
        self.add_pledge_button.clicked.connect(self.add_pledge)
        self.save_pledge_button.clicked.connect(self.save_pledge)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._build_actions(), self.tr("Actions"))
        self.tabs.addTab(self._build_pledges(), self.tr("Pledges"))
        self.tabs.addTab(self._build_totals(), self.tr("Totals"))
        self.followup = FollowUpTab(self.ctx, self)    # the next meeting, follow-up matters
        self.followup.statusMessage.connect(self.statusMessage)
        self.followup.meetingCreated.connect(
            lambda _id: self.tabs.setCurrentWidget(self.followup))
        self.tabs.addTab(self.followup, self.followup.tab_title())
        self.plan_form = PlanForm(self.ctx, self)      # plan fields and the village plan table
        self.plan_form.statusMessage.connect(self.statusMessage)
        self.tabs.addTab(self.plan_form, self.plan_form.tab_title())
        root = QVBoxLayout(self)
        root.addLayout(top)
        root.addWidget(self.tabs, 1)

    def _table_tab(self, view: QTableView, buttons: list[QPushButton], form) -> QWidget:
        w = QWidget()
        lay = QVBoxLayout(w)
        show_rows(view, 5)              # the form scrolls instead, at a large text size
        lay.addWidget(view, 1)
        row = FlowLayout()              # on two lines when the text is large
        for b in buttons:
            row.addWidget(b)
        lay.addLayout(row)
        lay.addWidget(scrolling(form, keep_width=True))
        return w

    def _build_actions(self) -> QWidget:
        self.action_model = RowsModel([
            self.tr("What"), self.tr("Lead"), self.tr("Partners"), self.tr("Due (B.E.)"),
            self.tr("Status"), self.tr("Cost (baht)"), self.tr("Source of funds"),
            self.tr("Approach"), self.tr("Resources")], self)
        self.action_view = read_only_table(self.action_model, stretch=0)
        ColumnFitter(self.action_view, 0, chars=24, col_chars={1: 29, 8: 24})  # "What" keeps room
        self.action_view.selectionModel().selectionChanged.connect(
            lambda *_: self._picked(self.action_view, self.action_model, self._leave_action))
        self.new_action_button = QPushButton(self.tr("New action"))
        self.new_action_button.setToolTip(self.tr("Empty the form to add another action"))
        self.new_action_button.clicked.connect(lambda: self._leave_action(""))
        self.delete_action_button = QPushButton(self.tr("Delete action"))
        self.delete_action_button.clicked.connect(self.delete_action)
        return self._table_tab(self.action_view,
                               [self.new_action_button, self.delete_action_button],
                               self.action_form)

    def _build_pledges(self) -> QWidget:
        self.pledge_model = RowsModel([
            self.tr("Who"), self.tr("Sector"), self.tr("Resource"), self.tr("Description"),
            self.tr("Amount"), self.tr("Unit"), self.tr("Value (baht)"), self.tr("Status"),
            self.tr("For action")], self)
        self.pledge_view = read_only_table(self.pledge_model, stretch=3)
        ColumnFitter(self.pledge_view, 3, col_chars={0: 36, 8: 29})
        self.pledge_view.selectionModel().selectionChanged.connect(
            lambda *_: self._picked(self.pledge_view, self.pledge_model, self._leave_pledge))
        self.new_pledge_button = QPushButton(self.tr("New pledge"))
        self.new_pledge_button.setToolTip(self.tr("Empty the form to add another pledge"))
        self.new_pledge_button.clicked.connect(lambda: self._leave_pledge(""))
        self.toggle_pledge_button = QPushButton(self.tr("Fulfilled / outstanding"))
        self.toggle_pledge_button.clicked.connect(self.toggle_fulfilled)
        self.delete_pledge_button = QPushButton(self.tr("Delete pledge"))
        self.delete_pledge_button.clicked.connect(self.delete_pledge)
        return self._table_tab(self.pledge_view,
                               [self.new_pledge_button, self.toggle_pledge_button,
                                self.delete_pledge_button], self.pledge_form)

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

    # ------------------------------------------------------------------ selection and forms
    @staticmethod
    def _selected(view: QTableView, model: RowsModel) -> str:
        sel = view.selectionModel().selectedRows()
        return model.id_at(sel[0].row()) if sel else ""

    def _select_row(self, view: QTableView, model: RowsModel, ident: str) -> None:
        self._selecting = True
        try:
            row = model.row_of(ident) if ident else -1
            if row >= 0:
                view.selectRow(row)
            else:
                view.clearSelection()
        finally:
            self._selecting = False

    def _picked(self, view: QTableView, model: RowsModel, leave) -> None:
        if not self._selecting:
            leave(self._selected(view, model))

    def _show_action(self, action_id: str) -> None:
        """Fill the action form from the action, or empty it ("" : a new one)."""
        action = self.ctx.store.maybe(Action, action_id) if action_id else None
        self.action_form.show_record(action)
        self._select_row(self.action_view, self.action_model, self.action_form.record_id)
        self.delete_action_button.setEnabled(action is not None)
        self._show_resources()

    def _show_resources(self) -> None:
        kinds = labels.resource_kinds()
        self.action_form.set_resources([
            f"• {self._actors.name(p.person_id, p.organisation_id)}: {kinds[p.kind]} "
            f"{_num(p.quantity)} {p.unit} {p.description}".rstrip()
            + ("" if p.fulfilled else " (" + self.tr("outstanding") + ")")
            for p in self._by_action.get(self.action_form.record_id, [])])

    def _leave_action(self, next_id: str) -> None:
        """Save what was changed in the action shown, then show ``next_id``."""
        if next_id and next_id == self.action_form.record_id:
            return
        self.save_action()
        self._show_action(next_id)

    def _show_pledge(self, pledge_id: str) -> None:
        pledge = self.ctx.store.maybe(Pledge, pledge_id) if pledge_id else None
        self.pledge_form.show_record(pledge)
        self._select_row(self.pledge_view, self.pledge_model, self.pledge_form.record_id)
        for b in (self.delete_pledge_button, self.toggle_pledge_button):
            b.setEnabled(pledge is not None)

    def _leave_pledge(self, next_id: str) -> None:
        if next_id and next_id == self.pledge_form.record_id:
            return
        self.save_pledge()
        self._show_pledge(next_id)

    def _sync_forms(self, actions: list[Action], pledges: list[Pledge]) -> None:
        """After a reload: the rows shown in the forms stay selected and their newer stored
        values show in the fields not changed since; a record gone (deleted, undone) leaves
        an empty form."""
        for form, records, view, model, show in (
                (self.action_form, actions, self.action_view, self.action_model,
                 self._show_action),
                (self.pledge_form, pledges, self.pledge_view, self.pledge_model,
                 self._show_pledge)):
            rec = next((r for r in records if r.id == form.record_id), None)
            if rec is not None:
                self._select_row(view, model, rec.id)
                form.refresh(rec)
            elif form.record_id:
                show("")
        self._show_resources()

    # ------------------------------------------------------------------ data
    def _on_store_changed(self, change) -> None:
        """Only what a change touched is read again; the tables change only in the rows
        that differ (matched by id, no reset: the selection and the scroll position stay),
        and the forms keep what is typed in them."""
        if change.touches("actions", "pledges", "proposals", "people", "organisations",
                          "agenda_items", "meetings"):
            self._show_records(change.touches)

    def reload(self) -> None:
        self._show_records()

    def _show_records(self, touches=None) -> None:
        """Every table anew (``touches`` None: another meeting), or after a change (its
        ``touches``): the rows merged, the lists to choose from refilled only when what they
        list changed."""
        store, mid = self.ctx.store, self.ctx.meeting_id
        merge = touches is not None
        touched = touches or (lambda *_t: True)
        self.setEnabled(bool(mid))
        if touched("people", "organisations"):
            # the register pickers: names shown again after a rename, nothing loaded
            for picker in (self.a_lead_person, self.p_person, self.a_lead_org, self.p_org):
                picker.refresh()
        actions = ac.actions(store, mid) if mid else []
        pledges = ac.pledges(store, mid) if mid else []
        if touched("proposals"):
            self.action_form.set_decisions([
                p for p in (store.find(Proposal, order_by="created", meeting_id=mid)
                            if mid else [])
                if p.outcome in (Outcome.ADOPTED, Outcome.AMENDED)])
        carried = ac.carried_actions(store, mid) if mid else []
        if touched("actions"):
            self.pledge_form.set_actions(actions, carried)
        # an action's resources: its pledges, those of later meetings it was carried to too
        supporting = ac.pledges_supporting(store, [a.id for a in actions])
        self._actors = ac.Actors.named_by(store, [*actions, *pledges, *supporting])
        self._by_action = ac.pledges_by_action(supporting)
        if not mid:
            for m in (self.action_model, self.pledge_model, self.actor_model, self.sector_model):
                m.set_rows([])
            self.summary_label.setText(self.tr("Choose a meeting first."))
            return
        self._selecting = True        # a row gone moves the selection: not the person's pick
        try:
            self._fill_actions(actions, merge)
            self._fill_pledges(pledges, {a.id: a.title for a in [*actions, *carried]}, merge)
            self._fill_totals(actions, merge)
        finally:
            self._selecting = False
        self._sync_forms(actions, pledges)

    @staticmethod
    def _put_rows(model: RowsModel, rows: list[Row], merge: bool) -> None:
        (model.update_rows if merge else model.set_rows)(rows)

    def _fill_actions(self, actions: list[Action], merge: bool = False) -> None:
        statuses, responses = labels.action_statuses(), labels.responses()
        kinds, actors = labels.resource_kinds(), self._actors
        rows = []
        for a in actions:
            resources = ", ".join(f"{kinds[p.kind]} {_num(p.quantity)} {p.unit}".rstrip()
                                  for p in self._by_action.get(a.id, []))
            rows.append(Row([a.title, actors.name(a.lead_person_id, a.lead_organisation_id),
                             a.partners, format_date_th(a.due_date, short=True),
                             statuses[a.status], _num(a.cost_baht), a.funding_source,
                             responses[a.response], resources], a.id,
                            color=STATUS_COLORS.get(a.status), align_right=RIGHT({5})))
        self._put_rows(self.action_model, rows, merge)

    def _fill_pledges(self, pledges: list[Pledge], titles: dict[str, str],
                      merge: bool = False) -> None:
        kinds, sectors, actors = labels.resource_kinds(), labels.sectors(), self._actors
        rows = []
        for p in pledges:
            sec = actors.sector(p.person_id, p.organisation_id)
            rows.append(Row([actors.name(p.person_id, p.organisation_id),
                             sectors[sec] if sec else labels.no_sector(), kinds[p.kind],
                             p.description, _num(p.quantity), p.unit, _num(p.value_baht),
                             self.tr("Fulfilled") if p.fulfilled else self.tr("Outstanding"),
                             titles.get(p.action_id or "", "")],
                            p.id, color=None if p.fulfilled else "#e65100",
                            align_right=RIGHT({4, 6})))
        self._put_rows(self.pledge_model, rows, merge)

    def _totals_cells(self, t: ac.Totals) -> list[str]:
        return [_num(t.money_baht), _num(t.labour_days), str(sum(t.other.values())),
                str(t.outstanding), str(t.actions_led), _num(t.action_cost_baht)]

    def _fill_totals(self, actions: list[Action], merge: bool = False) -> None:
        sectors = labels.sectors()
        nums = RIGHT({2, 3, 4, 5, 6, 7})
        totals = ac.meeting_totals(self.ctx.store, self.ctx.meeting_id)   # one pass
        self._put_rows(self.actor_model, [
            Row([r.name, sectors[r.sector] if r.sector else labels.no_sector()]
                + self._totals_cells(r.totals), r.key, align_right=nums)
            for r in totals.by_actor], merge)
        rows = [Row([sectors[s] if s else labels.no_sector()] + self._totals_cells(t),
                    s.value if s else "", align_right=RIGHT({1, 2, 3, 4, 5, 6}))
                for s, t in sorted(totals.by_sector.items(),
                                   key=lambda kv: list(Sector).index(kv[0]) if kv[0] else 99)]
        g = totals.grand
        rows.append(Row([self.tr("Total")] + self._totals_cells(g), "total", bold=True,
                        align_right=RIGHT({1, 2, 3, 4, 5, 6})))
        self._put_rows(self.sector_model, rows, merge)
        self.summary_label.setText(self.tr(
            "%1 actions (%2 open) · pledged: %3 baht, %4 person-days, %5 other resources · "
            "%6 pledges outstanding").replace("%1", str(g.actions_led)).replace(
            "%2", str(sum(a.status in ac.OPEN_STATUSES for a in actions))).replace(
            "%3", format_baht(g.money_baht)).replace("%4", format_baht(g.labour_days)).replace(
            "%5", str(sum(g.other.values()))).replace("%6", str(g.outstanding)))

    # ------------------------------------------------------------------ actions
    def add_action(self) -> None:
        """Add the form as a new action; the form is empty after."""
        mid, store = self.ctx.meeting_id, self.ctx.store
        if not mid or self.action_form.record_id:
            return
        values = self.action_form.values()
        if not values["title"]:
            self.ctx.errorOccurred.emit(self.tr("Write what will be done."))
            return
        prop = store.maybe(Proposal, values["proposal_id"])
        action = Action(meeting_id=mid, issue_id=prop.issue_id if prop else None, **values)
        if self.ctx.run(self.tr("Add action"), ac.add_action, store, action):
            self._show_action("")

    def save_action(self) -> bool:
        """Save the fields changed in the action shown: one undo step."""
        action = self.ctx.store.maybe(Action, self.action_form.record_id)
        if action is None:
            return False
        changes = self.action_form.changes()
        if not changes:
            return True
        done = self.ctx.run(self.tr("Edit action"), ac.update_action, self.ctx.store,
                            action.id, meeting_id=self.ctx.meeting_id, **changes)
        if done:
            self.action_form.fields.mark_shown()
        return bool(done)

    def delete_action(self) -> None:
        aid = self.action_form.record_id
        if aid:
            self.ctx.run(self.tr("Delete action"), ac.delete_action, self.ctx.store, aid)

    def add_pledge(self) -> None:
        """Add the form as a new pledge; the form is empty after (no one is kept)."""
        mid = self.ctx.meeting_id
        if not mid or self.pledge_form.record_id:
            return
        if self.ctx.run(self.tr("Add pledge"), ac.add_pledge, self.ctx.store,
                        self.pledge_form.pledge(mid)):
            self._show_pledge("")

    def save_pledge(self) -> bool:
        """Save the fields changed in the pledge shown: one undo step."""
        pledge = self.ctx.store.maybe(Pledge, self.pledge_form.record_id)
        if pledge is None:
            return False
        changes = self.pledge_form.changes()
        if not changes:
            return True
        done = self.ctx.run(self.tr("Edit pledge"), ac.update_pledge, self.ctx.store,
                            pledge.id, **changes)
        if done:
            self.pledge_form.fields.mark_shown()
        return bool(done)

    def toggle_fulfilled(self) -> None:
        pid = self.pledge_form.record_id
        if pid:
            cur = self.ctx.store.get(Pledge, pid).fulfilled
            self.ctx.run(self.tr("Pledge fulfilled") if not cur
                         else self.tr("Pledge outstanding"), ac.set_pledge_fulfilled,
                         self.ctx.store, pid, not cur)

    def delete_pledge(self) -> None:
        pid = self.pledge_form.record_id
        if pid:
            self.ctx.run(self.tr("Delete pledge"), ac.delete_pledge, self.ctx.store, pid)

    def create_next_meeting(self) -> Optional[Meeting]:
        return self.followup.create_next_meeting()

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
        return bool(write_file(lambda: ac.write_csv(self.ctx.store, self.ctx.meeting_id, path),
                               path, error=self.ctx.errorOccurred.emit,
                               status=self.statusMessage.emit))
