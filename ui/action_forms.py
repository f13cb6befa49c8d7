"""The action and pledge forms of the Action plan page (:mod:`ui.pages.actions`).

Each form shows one record: empty for a new one (:meth:`show_record` with ``None``), or the
selected row's, every field of it; never what was entered before.  :meth:`changes` are the
fields changed since, saved by the page as one undo step.  A reload shows newer
stored values only in the fields not changed since (:class:`ui.typed.FormFields`).
"""
from __future__ import annotations

from typing import Optional, Sequence

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDoubleSpinBox, QGridLayout, QGroupBox,
                               QHBoxLayout, QLabel, QLayout, QLineEdit, QPushButton, QWidget)

from workshop import actions as ac
from workshop import errors
from workshop.model import (Action, ActionStatus, Meeting, Pledge, Proposal, Record, ResourceKind,
                            Response)

from . import labels
from .context import AppContext
from .typed import FormFields
from .people_picker import Picker
from .widgets import BEDateEdit, FlowLayout, limit_length


def _grid(box: QGroupBox, cells: Sequence[tuple[str, object]],
          buttons: Sequence[QPushButton]) -> QGridLayout:
    """Label and field pairs in two columns, the buttons on the right of the last row."""
    g = QGridLayout(box)
    for i, (text, widget) in enumerate(cells):
        r, c = divmod(i, 2)
        g.addWidget(QLabel(text), r, c * 2)
        if isinstance(widget, QLayout):
            g.addLayout(widget, r, c * 2 + 1)
        else:
            g.addWidget(widget, r, c * 2 + 1)
    g.setColumnStretch(1, 1)
    g.setColumnStretch(3, 1)
    row = QHBoxLayout()
    row.addStretch(1)
    for b in buttons:
        row.addWidget(b)
    g.addLayout(row, (len(cells) + 1) // 2 + 1, 0, 1, 4)
    return g


def _spin(decimals: int) -> QDoubleSpinBox:
    spin = QDoubleSpinBox()
    spin.setRange(0, 1e10)
    spin.setDecimals(decimals)
    spin.setGroupSeparatorShown(True)
    return spin


class _RecordForm(QGroupBox):
    FIELDS: tuple[str, ...] = ()

    def __init__(self, ctx: AppContext, parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.ctx = ctx
        self.fields = FormFields()
        self.filling = False          # the form is being filled, not edited

    @property
    def record_id(self) -> str:
        return self.fields.key

    def stored(self, record: Record) -> dict:
        return {k: getattr(record, k) for k in self.FIELDS}

    def blank(self) -> dict:
        raise NotImplementedError

    def values(self) -> dict:
        return self.fields.values()

    def changes(self) -> dict:
        """The fields changed since the form showed the record (what the widgets made of
        a stored value, e.g. a rounded amount, is not a change)."""
        return self.fields.changed()

    def _fill(self, fill, *args) -> None:
        self.filling = True
        try:
            fill(*args)
        finally:
            self.filling = False

    def show_record(self, record: Optional[Record]) -> None:
        """Fill every field from ``record``, or empty the form (``None``: a new record)."""
        self._fill(self.fields.show, self.stored(record) if record else self.blank(),
                   record.id if record else "")
        self._editing(record is not None)

    def refresh(self, record: Record) -> None:
        self._fill(self.fields.refresh, self.stored(record))

    def _editing(self, editing: bool) -> None:
        raise NotImplementedError


class ActionForm(_RecordForm):
    """What will be done, by whom, by when, at what cost: one action of the meeting."""

    FIELDS = ac.ACTION_FIELDS

    def __init__(self, ctx: AppContext, parent: Optional[QWidget] = None):
        super().__init__(ctx, parent)
        self.from_combo = QComboBox()
        self.from_combo.currentIndexChanged.connect(self._from_decision)
        self.a_title = limit_length(QLineEdit(), "actions", "title")
        self.a_title.setPlaceholderText(self.tr("What will be done"))
        self.a_lead_person = Picker(ctx, none_text=self.tr("(no person)"))
        self.a_lead_org = Picker(ctx, people=False, organisations=True,
                                 none_text=self.tr("(no organisation)"))
        self.a_partners = limit_length(QLineEdit(), "actions", "partners")
        self.a_partners.setPlaceholderText(self.tr("Partner organisations"))
        self.a_due = BEDateEdit()           # shows and takes the Buddhist-Era year
        self.a_due.setDate(QDate.currentDate().addMonths(1))
        self.a_no_due = QCheckBox(self.tr("No due date"))
        self.a_status = QComboBox()
        labels.fill_combo(self.a_status, ActionStatus)
        self.a_cost = _spin(0)
        self.a_cost.setSuffix(self.tr(" baht"))
        self.a_funds = limit_length(QLineEdit(), "actions", "funding_source")
        self.a_funds.setPlaceholderText(self.tr("e.g. village fund, local government budget"))
        self.a_response = QComboBox()
        labels.fill_combo(self.a_response, Response)
        self.a_resources = QLabel()
        self.a_resources.setWordWrap(True)
        self.a_resources.setTextFormat(Qt.TextFormat.PlainText)
        self.add_action_button = QPushButton(self.tr("Add action"))
        self.save_action_button = QPushButton(self.tr("Save changes"))
        due = FlowLayout()              # the box goes under the date when the text is large
        due.addWidget(self.a_due)
        due.addWidget(self.a_no_due)
        g = _grid(self, [
            (self.tr("From decision"), self.from_combo), (self.tr("What"), self.a_title),
            (self.tr("Lead person"), self.a_lead_person),
            (self.tr("Lead organisation"), self.a_lead_org),
            (self.tr("Partners"), self.a_partners), (self.tr("Due date"), due),
            (self.tr("Status"), self.a_status), (self.tr("Cost"), self.a_cost),
            (self.tr("Source of funds"), self.a_funds), (self.tr("Approach"), self.a_response),
        ], [self.save_action_button, self.add_action_button])
        pledged = QLabel(self.tr("Resources pledged"))
        pledged.setWordWrap(True)           # the labels' column is not made wider for it
        g.addWidget(pledged, 5, 0)
        g.addWidget(self.a_resources, 5, 1, 1, 3)
        f = self.fields
        f.add("proposal_id", lambda: self.from_combo.currentData() or None, self._put_from)
        for name, edit in (("title", self.a_title), ("partners", self.a_partners),
                           ("funding_source", self.a_funds)):
            f.add(name, lambda e=edit: e.text().strip(), edit.setText)
        f.add("lead_person_id", self.a_lead_person.value, self.a_lead_person.select)
        f.add("lead_organisation_id", self.a_lead_org.value, self.a_lead_org.select)
        f.add("due_date", lambda: "" if self.a_no_due.isChecked() else self.a_due.iso(),
              self._put_due)
        f.add("status", lambda: ActionStatus(self.a_status.currentData()),
              lambda v: labels.fill_combo(self.a_status, ActionStatus, v))
        f.add("cost_baht", self.a_cost.value, self.a_cost.setValue)
        f.add("response", lambda: Response(self.a_response.currentData()),
              lambda v: labels.fill_combo(self.a_response, Response, v))

    def blank(self) -> dict:
        return dict(self.stored(Action()), due_date=QDate.currentDate().addMonths(1).toString(
            Qt.DateFormat.ISODate))

    def _editing(self, editing: bool) -> None:
        self.setTitle(self.tr("Selected action") if editing else self.tr("New action"))
        self.add_action_button.setEnabled(not editing)
        self.save_action_button.setEnabled(editing)

    def set_decisions(self, proposals: Sequence[Proposal]) -> None:
        """The decided proposals an action can come from; the choice shown is kept."""
        keep = self.from_combo.currentData()
        self.from_combo.blockSignals(True)
        self.from_combo.clear()
        self.from_combo.addItem(self.tr("(not from a decision)"), "")
        for p in proposals:
            self.from_combo.addItem(p.title, p.id)
        self.from_combo.blockSignals(False)
        self._put_from(keep)

    def _put_from(self, proposal_id: Optional[str]) -> None:
        i = self.from_combo.findData(proposal_id or "")
        self.from_combo.blockSignals(True)
        if i < 0 and proposal_id:       # a decision reopened since: still the action's source
            prop = self.ctx.store.maybe(Proposal, proposal_id)
            self.from_combo.addItem(prop.title if prop else proposal_id, proposal_id)
            i = self.from_combo.count() - 1
        self.from_combo.setCurrentIndex(max(0, i))
        self.from_combo.blockSignals(False)

    def _from_decision(self, *_args) -> None:
        """A decision picked for a new action (or one without a title) gives its title."""
        pid = self.from_combo.currentData()
        if pid and not (self.record_id and self.a_title.text().strip()):
            try:
                a = ac.action_from_proposal(self.ctx.store, pid)
            except errors.WorkshopError:
                return
            self.a_title.setText(a.title)

    def _put_due(self, iso: str) -> None:
        self.a_no_due.setChecked(not iso)
        if iso:
            self.a_due.set_iso(iso)

    def set_resources(self, lines: Sequence[str]) -> None:
        if not self.record_id:
            self.a_resources.setText(self.tr("(pledges can support the action once it is added)"))
        else:
            self.a_resources.setText("\n".join(lines) or self.tr(
                "None yet: on the Pledges tab, choose this action under \u201cFor action\u201d."))


class PledgeForm(_RecordForm):
    """Who gives what: one pledge of the meeting, and the action it supports."""

    FIELDS = ac.PLEDGE_FIELDS

    def __init__(self, ctx: AppContext, parent: Optional[QWidget] = None):
        super().__init__(ctx, parent)
        self.p_action = QComboBox()
        self.p_action.setMinimumContentsLength(24)
        self.p_person = Picker(ctx, none_text=self.tr("(no person)"))
        self.p_org = Picker(ctx, people=False, organisations=True,
                            none_text=self.tr("(no organisation)"))
        self.p_kind = QComboBox()
        labels.fill_combo(self.p_kind, ResourceKind)
        self.p_kind.currentIndexChanged.connect(self._kind_changed)
        self.p_desc = limit_length(QLineEdit(), "pledges", "description")
        self.p_desc.setPlaceholderText(self.tr("e.g. cement 20 bags, a tent, the temple hall"))
        self.p_qty = _spin(1)
        self.p_unit = limit_length(QLineEdit(), "pledges", "unit")
        self.p_value = _spin(0)
        self.p_value.setToolTip(self.tr("Estimated value in baht (optional)"))
        self.p_fulfilled = QCheckBox(self.tr("Already fulfilled"))
        self.add_pledge_button = QPushButton(self.tr("Add pledge"))
        self.save_pledge_button = QPushButton(self.tr("Save changes"))
        _grid(self, [(self.tr("Person"), self.p_person), (self.tr("Organisation"), self.p_org),
                     (self.tr("Resource"), self.p_kind), (self.tr("Description"), self.p_desc),
                     (self.tr("Amount"), self.p_qty), (self.tr("Unit"), self.p_unit),
                     (self.tr("Value (baht)"), self.p_value), ("", self.p_fulfilled),
                     (self.tr("For action"), self.p_action)],
              [self.save_pledge_button, self.add_pledge_button])
        self._kind_changed()
        f = self.fields
        f.add("action_id", lambda: self.p_action.currentData() or None,
              lambda v: self.p_action.setCurrentIndex(max(0, self.p_action.findData(v or ""))))
        f.add("person_id", self.p_person.value, self.p_person.select)
        f.add("organisation_id", self.p_org.value, self.p_org.select)
        f.add("kind", lambda: ResourceKind(self.p_kind.currentData()),
              lambda v: self.p_kind.setCurrentIndex(self.p_kind.findData(ResourceKind(v).value)))
        f.add("description", lambda: self.p_desc.text().strip(), self.p_desc.setText)
        f.add("quantity", self.p_qty.value, self.p_qty.setValue)
        f.add("unit", lambda: self.p_unit.text().strip(), self.p_unit.setText)
        f.add("value_baht", self._value, self.p_value.setValue)
        f.add("fulfilled", self.p_fulfilled.isChecked, self.p_fulfilled.setChecked)

    def blank(self) -> dict:
        return self.stored(Pledge(unit=ac.DEFAULT_UNIT[ResourceKind.MONEY]))

    def _editing(self, editing: bool) -> None:
        self.setTitle(self.tr("Selected pledge") if editing else self.tr("New pledge"))
        self.add_pledge_button.setEnabled(not editing)
        self.save_pledge_button.setEnabled(editing)

    def set_actions(self, actions: Sequence[Action], carried: Sequence[Action] = ()) -> None:
        """The actions a pledge can support: the meeting's, then those carried over from
        earlier meetings of the series (:func:`workshop.actions.carried_actions`); the
        choice shown is kept."""
        keep = self.p_action.currentData()
        self.p_action.clear()
        self.p_action.addItem(self.tr("(no action)"), "")
        for a in actions:
            self.p_action.addItem(a.title, a.id)
        for a in carried:
            m = self.ctx.store.maybe(Meeting, a.meeting_id)
            where = f"{m.number}/{m.be_year}" if m else ""
            self.p_action.addItem(self.tr("%1 (carried over from meeting %2)").replace(
                "%1", a.title).replace("%2", where), a.id)
        self.p_action.setCurrentIndex(max(0, self.p_action.findData(keep)))

    def _kind_changed(self, *_args) -> None:
        kind = ResourceKind(self.p_kind.currentData())
        if not self.filling:
            self.p_unit.setText(ac.DEFAULT_UNIT.get(kind, ""))
        self.p_value.setEnabled(kind != ResourceKind.MONEY)

    def _value(self) -> float:
        """Money is worth its amount (as the store keeps it); other kinds their estimate."""
        if ResourceKind(self.p_kind.currentData()) == ResourceKind.MONEY:
            return self.p_qty.value()
        return self.p_value.value()

    def pledge(self, meeting_id: str) -> Pledge:
        """A new pledge of the form's values."""
        return Pledge(meeting_id=meeting_id, **self.values())
