"""The application context every page receives: the open store, the undo stack, the meeting.

Pages never reach into each other; they read and write through the workshop layer using this
context, and learn about changes from its signals:

* ``meetingChanged(str)``: the meeting the facilitator is working on ("" for none).
* ``storeChanged(object)``: a :class:`workshop.store.Change` after every committed write,
  including writes made by undo/redo.  ``change.made_by(page)`` is True for the page whose
  own edit it was (that page already shows it and does not reload).

A page changes the file in one way only: ``ctx.run(text, workshop_fn, *args, origin=self)``
runs one named workshop function as one transaction and puts the step the store recorded on
the undo stack (:class:`ui.undo.StepCommand`).
* ``errorOccurred(str)``: a :class:`workshop.errors.WorkshopError` message to show the user,
  already in the UI's language (:func:`ui.i18n.error_text`).
"""
from __future__ import annotations

import contextlib
from dataclasses import dataclass
from typing import Any, Callable, Iterator, Optional

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from ui import i18n
from workshop import errors
from workshop.store import Change, Store

from .undo import StepCommand


@dataclass
class Done:
    """What :meth:`AppContext.run` did: true when the change was made; ``result`` is what the
    workshop function returned."""
    ok: bool
    result: Any = None

    def __bool__(self) -> bool:
        return self.ok


class AppContext(QObject):
    meetingChanged = Signal(str)
    storeChanged = Signal(object)
    errorOccurred = Signal(str)
    saved = Signal()

    def __init__(self, store: Store, parent: Optional[QObject] = None):
        super().__init__(parent)
        self.store = store
        self.undo_stack = QUndoStack(self)
        self._meeting_id = ""
        self._commands: list[QUndoCommand] = []
        self._held: Optional[list[Change]] = None
        store.subscribe(self._on_change)
        # a cleared history (after erasing a person, PDPA) lets go of every step it held:
        # the steps hold the rows they changed
        self.undo_stack.indexChanged.connect(self._forget_if_cleared)

    # -- the current meeting
    @property
    def meeting_id(self) -> str:
        return self._meeting_id

    def set_meeting(self, meeting_id: str) -> None:
        meeting_id = meeting_id or ""
        if meeting_id != self._meeting_id:
            self._meeting_id = meeting_id
            self.meetingChanged.emit(meeting_id)

    @property
    def read_only(self) -> bool:
        return self.store.read_only

    # -- changes
    def _on_change(self, change: Change) -> None:
        if self._held is not None:
            self._held.append(change)
        else:
            self.storeChanged.emit(change)
        self.saved.emit()

    @contextlib.contextmanager
    def holding_changes(self) -> Iterator[None]:
        """Emit ``storeChanged`` for the writes made inside only when the block ends (in
        order): pages saving typed edits one after another must not reload each other's
        forms in between, wiping what is still to be saved."""
        if self._held is not None:       # already holding
            yield
            return
        self._held = held = []
        try:
            yield
        finally:
            self._held = None
            for change in held:
                self.storeChanged.emit(change)

    def run(self, text: str, fn: Callable[..., Any], *args: Any, origin: object = None,
            **kw: Any) -> Done:
        """Run one user action: ``fn(*args, **kw)`` (a named workshop function) as one
        transaction, then put the step the store recorded on the undo stack as ``text``.

        An environment error or a refused input (a WorkshopError) is shown through
        ``errorOccurred`` and nothing is changed; ``origin`` (the page) is told apart in the
        change notice so that it does not reload what it has just shown.
        """
        if self.read_only:
            self.errorOccurred.emit(self.tr(
                "This file is open for viewing only; changes cannot be saved."))
            return Done(False)
        try:
            result, step = self.store.record(fn, *args, origin=origin, **kw)
        except errors.WorkshopError as exc:
            self.errorOccurred.emit(i18n.error_text(exc))
            return Done(False)
        if step:
            command = StepCommand(self.store, step, text, self.errorOccurred.emit)
            self.undo_stack.push(command)
            self._keep(command)
        return Done(True, result)

    def run_showing(self, label: Any, text: str, fn: Callable[..., Any], *args: Any,
                    **kw: Any) -> Done:
        """:meth:`run` that also puts the refusal message (if any) in ``label`` (a QLabel
        beside the field): for limits hit while typing.  The main window shows it as usual."""
        messages: list[str] = []
        self.errorOccurred.connect(messages.append)
        try:
            done = self.run(text, fn, *args, **kw)
        finally:
            self.errorOccurred.disconnect(messages.append)
        if label is not None:
            label.setText(messages[-1] if messages else "")
            label.setVisible(bool(messages))
        return done

    def _forget_if_cleared(self, _index: int) -> None:
        if self.undo_stack.count() == 0:
            self._commands.clear()

    def _keep(self, command: QUndoCommand) -> None:
        """Hold a Python reference to every command the stack holds.

        The stack owns the C++ objects, but a Python subclass's wrapper (and the closures its
        redo/undo call) must outlive the cyclic garbage collector for as long as the stack
        can still call it.  Commands the stack has dropped are pruned now and then.
        """
        self._commands.append(command)
        if len(self._commands) > 2 * max(self.undo_stack.count(), 50):
            alive = {id(self.undo_stack.command(i)) for i in range(self.undo_stack.count())}
            self._commands = [c for c in self._commands if id(c) in alive]

    def detach(self) -> None:
        self.store.unsubscribe(self._on_change)
