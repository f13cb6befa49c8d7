"""Setup: every field of the minutes' heading for the current meeting.

Each field is saved when editing finishes (leaving the field or pressing Enter) and each such
save is one undo step.  When the record changes (also by undo/redo) the form is reloaded.
"""
from __future__ import annotations

import re
from typing import Any, Callable, Optional

from PySide6.QtCore import QRegularExpression, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (QCheckBox, QFormLayout, QGridLayout, QGroupBox, QHBoxLayout,
                               QLabel, QLineEdit, QScrollArea, QSpinBox, QVBoxLayout, QWidget)

from workshop import meetings
from workshop.model import Meeting

from ..context import AppContext
from ..meeting_status import MeetingStatusLine
from ..typed import mark_shown, refill
from ..people_picker import Picker
from ..widgets import BEDateEdit, PlainTextField, limit_length, width_in_chars
from . import Page

TIME_RE = re.compile(r"^\s*(\d{1,2})[:.](\d{2})\s*$")


class SetupPage(Page):
    icon_name = "setup"
    statusMessage = Signal(str)

    def __init__(self, ctx: AppContext, parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.ctx = ctx
        self._loading = False
        self._force = False           # load() puts the stored values back even over typing
        self.meeting: Optional[Meeting] = None
        # field name -> (widget, getter, setter)
        self.fields: dict[str, tuple[QWidget, Callable[[], Any], Callable[[Any], None]]] = {}
        self.labels: dict[str, str] = {}

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.empty_label = QLabel(self.tr("Choose or create a meeting on the Meetings page."), self)
        outer.addWidget(self.empty_label)
        # planned / in progress / closed, and the button that moves it on: a closed meeting's
        # fields are read-only until it is reopened here or on the Meetings page
        self.status_line = MeetingStatusLine(ctx, self)
        self.status_line.setContentsMargins(8, 4, 8, 0)
        outer.addWidget(self.status_line)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        outer.addWidget(scroll, 1)
        body = QWidget(scroll)
        scroll.setWidget(body)
        self.body = body
        grid = QGridLayout(body)

        # -- the meeting
        box = QGroupBox(self.tr("The meeting"), body)
        form = QFormLayout(box)
        self.title = self._line("title", form, self.tr("&Title:"),
                                self.tr("e.g. Village forum for the community plan"))
        self.body_name = self._line("body_name", form, self.tr("&Body:"),
                                    self.tr("whose minutes these are"))
        row = QHBoxLayout()
        self.number = self._spin("number", 1, 999)
        self.be_year = self._spin("be_year", 2500, 2800)
        row.addWidget(self.number)
        row.addWidget(QLabel(self.tr("/ B.E."), box))
        row.addWidget(self.be_year)
        row.addStretch(1)
        form.addRow(self.tr("Meeting &no.:"), row)
        self.labels.update(number=self.tr("Meeting no."), be_year=self.tr("B.E. year"),
                           date=self.tr("Date"), start_time=self.tr("Start time"),
                           end_time=self.tr("End time"), quorum=self.tr("Quorum"),
                           dots_per_person=self.tr("Dots per person"))
        if (lbl := form.labelForField(row)) is not None:
            lbl.setBuddy(self.number)
        drow = QHBoxLayout()
        self.date = BEDateEdit(box)          # shows and takes the Buddhist-Era year
        self.date.editingFinished.connect(self._commit_date)
        drow.addWidget(self.date)
        drow.addStretch(1)
        form.addRow(self.tr("&Date:"), drow)
        if (lbl := form.labelForField(drow)) is not None:
            lbl.setBuddy(self.date)
        trow = QHBoxLayout()
        self.start_time = self._time("start_time")
        self.end_time = self._time("end_time")
        trow.addWidget(self.start_time)
        trow.addWidget(QLabel(self.tr("to"), box))
        trow.addWidget(self.end_time)
        trow.addStretch(1)
        form.addRow(self.tr("&Time:"), trow)
        if (lbl := form.labelForField(trow)) is not None:
            lbl.setBuddy(self.start_time)
        self.venue = self._line("venue", form, self.tr("&Venue:"),
                                self.tr("e.g. the village hall"))
        grid.addWidget(box, 0, 0)

        # -- the place
        box = QGroupBox(self.tr("The place"), body)
        form = QFormLayout(box)
        self.village_no = self._line("village_no", form, self.tr("Village n&o.:"))
        self.village_name = self._line("village_name", form, self.tr("Village &name:"))
        self.subdistrict = self._line("subdistrict", form, self.tr("S&ub-district:"))
        self.district = self._line("district", form, self.tr("Dis&trict:"))
        self.province = self._line("province", form, self.tr("&Province:"))
        grid.addWidget(box, 0, 1)

        # -- the people
        box = QGroupBox(self.tr("Who runs it"), body)
        form = QFormLayout(box)
        self.initiator = self._combo("initiator_id", form, self.tr("&Initiating organisation:"),
                                     self.tr("(none)"), organisations=True)
        self.chair = self._combo("chair_id", form, self.tr("&Chair:"))
        self.recorder = self._combo("recorder_id", form, self.tr("&Recorder:"))
        self.reviewer = self._combo("reviewer_id", form, self.tr("Re&viewer:"))
        self.quorum = self._spin("quorum", 0, 9999)
        width_in_chars(self.quorum, maximum=19)
        self.quorum.setSpecialValueText(self.tr("none"))
        self.quorum.setToolTip(self.tr("Members needed for a vote; none when the meeting "
                                       "sets no quorum"))
        form.addRow(self.tr("&Quorum:"), self.quorum)
        self.dots = self._spin("dots_per_person", 1, 20)
        width_in_chars(self.dots, maximum=19)
        self.dots.setToolTip(self.tr("How many dots each participant gets to rank the issues"))
        form.addRow(self.tr("D&ots per person:"), self.dots)
        grid.addWidget(box, 1, 0)

        # -- the governance
        box = QGroupBox(self.tr("Purpose and working arrangement"), body)
        form = QFormLayout(box)
        self.purpose = self._text("purpose", form, self.tr("P&urpose:"))
        self.common_goal = self._text("common_goal", form, self.tr("Common &goal:"))
        self.structure = self._text("structure", form, self.tr("&Structure:"))
        self.structure.setToolTip(self.tr("The working arrangement the parties agreed on: a "
                                          "working group, its rules, who coordinates"))
        grid.addWidget(box, 1, 1)

        # -- the sign-in sheet's columns besides name, organisation and village (schema 5)
        box = QGroupBox(self.tr("Sign-in sheet"), body)
        form = QFormLayout(box)
        self.signin_position = self._check("signin_position", form,
                                           self.tr("A &position column"))
        self.signin_phone = self._check("signin_phone", form, self.tr("A p&hone column"))
        self.signin_phone.setToolTip(self.tr("Phone numbers are personal data: the registered "
                                             "numbers are printed on the sheet only when "
                                             "this is ticked"))
        grid.addWidget(box, 2, 0)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(3, 1)

        ctx.meetingChanged.connect(self.load)
        ctx.storeChanged.connect(self._on_store_changed)
        self._reload_choices()
        self.load()

    # ---- building fields
    def _line(self, name: str, form: QFormLayout, label: str, placeholder: str = "") -> QLineEdit:
        w = QLineEdit(self)
        limit_length(w, "meetings", name)
        if placeholder:
            w.setPlaceholderText(placeholder)
        w.editingFinished.connect(lambda: self._commit(name))
        self.fields[name] = (w, w.text, lambda v: refill(w, v, self._key(), force=self._force))
        form.addRow(label, w)
        self.labels[name] = label
        return w

    def _text(self, name: str, form: QFormLayout, label: str) -> PlainTextField:
        w = PlainTextField(self)
        w.editingFinished.connect(lambda: self._commit(name))
        self.fields[name] = (w, w.toPlainText,
                             lambda v: refill(w, v, self._key(), force=self._force))
        form.addRow(label, w)
        self.labels[name] = label
        return w

    def _check(self, name: str, form: QFormLayout, label: str) -> QCheckBox:
        w = QCheckBox(label, self)
        w.toggled.connect(lambda _on: self._commit(name))
        self.fields[name] = (w, w.isChecked, lambda v: w.setChecked(bool(v)))
        form.addRow(w)
        self.labels[name] = label
        return w

    def _spin(self, name: str, lo: int, hi: int) -> QSpinBox:
        w = QSpinBox(self)
        w.setRange(lo, hi)
        w.setKeyboardTracking(False)
        w.editingFinished.connect(lambda: self._commit(name))
        if name == "quorum":
            self.fields[name] = (w, lambda: w.value() or None, lambda v: w.setValue(v or 0))
        else:
            self.fields[name] = (w, w.value, lambda v: w.setValue(int(v or lo)))
        return w

    def _time(self, name: str) -> QLineEdit:
        w = QLineEdit(self)
        w.setPlaceholderText(self.tr("hh:mm"))
        width_in_chars(w, maximum=11)
        w.setValidator(QRegularExpressionValidator(
            QRegularExpression(r"^$|^([01]?\d|2[0-3])[:.]?[0-5]?\d?$"), w))
        w.editingFinished.connect(lambda: self._commit(name))
        self.fields[name] = (w, lambda: _normal_time(w.text()),
                             lambda v: refill(w, v, self._key(), force=self._force))
        return w

    def _combo(self, name: str, form: QFormLayout, label: str, none_text: str = "", *,
               organisations: bool = False) -> Picker:
        w = Picker(self.ctx, self, people=not organisations, organisations=organisations,
                   none_text=none_text or self.tr("(nobody chosen)"))
        w.chosen.connect(lambda: self._commit(name))
        self.fields[name] = (w, w.value, w.select)
        form.addRow(label, w)
        self.labels[name] = label
        return w

    # ---- loading
    def _key(self) -> str:
        return self.meeting.id if self.meeting else ""

    def _reload_choices(self) -> None:
        """The register changed: the pickers show their people's names again."""
        for w in (self.initiator, self.chair, self.recorder, self.reviewer):
            w.refresh()

    def load(self, *_args) -> None:
        self.meeting = self.ctx.store.maybe(Meeting, self.ctx.meeting_id)
        has = self.meeting is not None
        self.empty_label.setVisible(not has)
        self.status_line.show_meeting(self.meeting)
        closed = has and meetings.is_closed(self.meeting)
        self.body.setEnabled(has and not self.ctx.read_only and not closed)
        if not has:
            return
        self._loading = True
        try:
            for name, (_w, _get, put) in self.fields.items():
                put(getattr(self.meeting, name))
            self.date.set_iso(self.meeting.date)
        finally:
            self._loading = False

    def _on_store_changed(self, change) -> None:
        if change.touches("people", "organisations"):
            self._reload_choices()
        if change.made_by(self):
            return      # this page's own edit: the form already shows it
        if self.meeting is not None and self.meeting.id in change.tables.get("meetings", ()):
            self._refresh()
        elif change.touches("meetings") and self.meeting is None:
            self.load()     # no form shown: nothing typed to keep

    def _refresh(self) -> None:
        """The meeting shown was changed elsewhere (another page, undo): the fields whose
        stored value changed show it, the text fields through ``refill`` (what is typed
        there stays); the other fields are left as they are."""
        old = self.meeting
        new = self.ctx.store.maybe(Meeting, self.ctx.meeting_id)
        if old is None or new is None or new.id != old.id:
            self.load()     # gone, or another meeting
            return
        self.meeting = new
        self.status_line.show_meeting(new)
        self.body.setEnabled(not self.ctx.read_only and not meetings.is_closed(new))
        self._loading = True
        try:
            for name, (_w, _get, put) in self.fields.items():
                if getattr(new, name) != getattr(old, name):
                    put(getattr(new, name))
            if new.date != old.date:
                self.date.set_iso(new.date)
        finally:
            self._loading = False

    # ---- saving
    def _commit(self, name: str) -> None:
        if self._loading or self.meeting is None or self.ctx.read_only:
            return
        _w, get, put = self.fields[name]
        value = get()
        if value == getattr(self.meeting, name):
            return
        self._save({name: value}, name)

    def commit_pending(self) -> None:
        """Save what is typed in any field and not saved yet (the file is about to close).
        An emptied title is left as it was, without a message: the window is closing."""
        if self._loading or self.meeting is None or self.ctx.read_only:
            return
        for w, _get, _put in self.fields.values():
            if isinstance(w, QSpinBox):
                w.interpretText()
        typed = {name: get() for name, (_w, get, _put) in self.fields.items()}
        date = self.date.iso()
        for name, value in typed.items():
            if self.meeting is None or value == getattr(self.meeting, name):
                continue
            if name == "title" and not str(value).strip():
                continue
            self.fields[name][2](value)    # an earlier save reloaded the form
            self._commit(name)
        if self.meeting is not None and date != self.meeting.date:
            self.date.set_iso(date)
            self._commit_date()

    def _commit_date(self) -> None:
        if self._loading or self.meeting is None or self.ctx.read_only:
            return
        iso = self.date.iso()
        if iso == self.meeting.date:
            return
        self._save({"date": iso}, "date")   # the B.E. year follows (meetings.update_details)

    def _save(self, changes: dict, name: str) -> None:
        assert self.meeting is not None
        label = self.labels.get(name, "").replace("&", "").rstrip(":")
        text = self.tr("Edit %1").replace("%1", label) if label else self.tr("Edit meeting")
        done = self.ctx.run(text, meetings.update_details, self.ctx.store, self.meeting.id,
                            origin=self, **changes)
        if done:
            self.meeting = done.result
            for field in changes:      # saved: what the field shows is now the stored value
                w = self.fields[field][0] if field in self.fields else None
                if isinstance(w, (QLineEdit, PlainTextField)):
                    mark_shown(w)
            if changes.keys() & {"date", "body_name", "be_year"}:
                # the year followed the date; a new body or year renumbered the meeting
                renumbered = done.result.number != self.number.value()
                self.fields["be_year"][2](done.result.be_year)
                self.fields["number"][2](done.result.number)
                if renumbered:
                    self.statusMessage.emit(self.tr("The meeting is now no. %1/%2 (the next "
                                                    "number of its body and year)").replace(
                        "%1", str(done.result.number)).replace("%2", str(done.result.be_year)))
        else:
            self._force = True        # put the stored value back in the field
            try:
                self.load()
            finally:
                self._force = False


def _normal_time(text: str) -> str:
    text = text.strip()
    if not text:
        return ""
    m = TIME_RE.match(text)
    if m:
        return f"{int(m.group(1)):02d}:{m.group(2)}"
    digits = re.sub(r"\D", "", text)
    if len(digits) in (3, 4):
        return f"{int(digits[:-2]):02d}:{digits[-2:]}"
    if len(digits) in (1, 2):
        return f"{int(digits):02d}:00"
    return text
