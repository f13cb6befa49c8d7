"""The one undo command: a step the store recorded (:class:`workshop.store.Step`).

A page never builds one: it calls :meth:`ui.context.AppContext.run` with a named workshop
function; the context runs it in one transaction, and the store hands back the step that
transaction recorded, which is pushed here.  ``undo()`` and ``redo()`` each make one store
call; nothing else knows how to reverse anything.
"""
from __future__ import annotations

from typing import Callable, Optional

from PySide6.QtGui import QUndoCommand

from ui import i18n
from workshop import errors
from workshop.store import Step, Store


class StepCommand(QUndoCommand):
    """Undo/redo of one recorded store step.  The step is already done when it is pushed,
    so the first ``redo()`` (called by ``QUndoStack.push``) does nothing."""

    def __init__(self, store: Store, step: Step, text: str,
                 on_error: Optional[Callable[[str], None]] = None):
        super().__init__(text)
        self.store = store
        self.step = step
        self.on_error = on_error
        self._pushed = False

    def redo(self) -> None:  # noqa: D401 - Qt API
        if not self._pushed:
            self._pushed = True
            return
        self._run(self.store.redo)

    def undo(self) -> None:
        self._run(self.store.undo)

    def _run(self, fn: Callable[[Step], None]) -> None:
        try:
            fn(self.step)
        except errors.WorkshopError as exc:
            # once on the stack, an environment error (disk full) is shown, not raised into
            # Qt's event loop; the step is unchanged and can be tried again
            if self.on_error is None:
                raise
            self.on_error(i18n.error_text(exc))
