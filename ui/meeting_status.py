"""A meeting's status and the one button that moves it on (planned → open → closed, closed →
reopened): the Meetings page shows it for the selected meeting, Setup for the current one.

The rules are :mod:`workshop.meetings` (``open_meeting``, ``close_meeting``,
``reopen_meeting``); a closed meeting is read-only, and this line says so.
"""
from __future__ import annotations

from typing import Optional

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from workshop import meetings
from workshop.model import Meeting, MeetingStatus

from . import labels
from .context import AppContext


def status_text(status: MeetingStatus) -> str:
    """A meeting status in the one vocabulary's words (also the Meetings list's column)."""
    return labels.label(MeetingStatus(status))


class MeetingStatusLine(QWidget):
    """"Meeting 3/2569 is in progress  [Close meeting]" for the meeting :meth:`show_meeting`
    was given; the button runs the change as one undo step through ``ctx.run``.  Its
    underlined letter (Alt+M, Alt+L) is one no label of Setup or the Meetings page nor a menu
    of the window takes (Alt+G was the Go menu's and Setup's "Common goal": it only moved
    the focus)."""

    changed = Signal(object)        # the Meeting after its status changed

    def __init__(self, ctx: AppContext, parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.ctx = ctx
        self.meeting: Optional[Meeting] = None
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.button = QPushButton(self)
        self.button.clicked.connect(self.advance)
        lay.addWidget(self.label, 1)
        lay.addWidget(self.button)

    def show_meeting(self, m: Optional[Meeting]) -> None:
        self.meeting = m
        self.setVisible(m is not None)
        if m is None:
            return
        status = MeetingStatus(m.status)
        n = f"{m.number}/{m.be_year}"
        if status == MeetingStatus.CLOSED:
            self.label.setText(self.tr("Meeting %1 is closed: it is read-only, and its minutes "
                                       "are final. Reopen it to correct it.").replace("%1", n))
            self.button.setText(self.tr("Reopen &meeting"))
            self.button.setToolTip(self.tr("Reopen the meeting to change what was recorded "
                                           "(its minutes become a draft again)"))
        elif status == MeetingStatus.IN_PROGRESS:
            self.label.setText(self.tr("Meeting %1 is in progress: its minutes are a draft "
                                       "until it is closed.").replace("%1", n))
            self.button.setText(self.tr("C&lose meeting"))
            self.button.setToolTip(self.tr("Close the meeting when it is over: it becomes "
                                           "read-only and its minutes final"))
        else:
            self.label.setText(self.tr("Meeting %1 is planned.").replace("%1", n))
            self.button.setText(self.tr("Begin &meeting"))
            self.button.setToolTip(self.tr("The meeting begins (in progress)"))
        self.label.setStyleSheet("font-weight: bold;" if status == MeetingStatus.CLOSED else "")
        self.button.setEnabled(not self.ctx.read_only)

    def advance(self) -> None:
        m = self.meeting
        if m is None:
            return
        status = MeetingStatus(m.status)
        if status == MeetingStatus.CLOSED:
            text, fn = self.tr("Reopen meeting"), meetings.reopen_meeting
        elif status == MeetingStatus.IN_PROGRESS:
            text, fn = self.tr("Close meeting"), meetings.close_meeting
        else:
            text, fn = self.tr("Begin meeting"), meetings.open_meeting
        done = self.ctx.run(text, fn, self.ctx.store, m.id, origin=self)
        if done:
            self.show_meeting(done.result)
            self.changed.emit(done.result)
