"""Thin undo commands.  One user action = one store transaction = one undo step.

Each command's ``redo()`` and ``undo()`` call workshop functions and nothing else.  Push them
with :meth:`ui.context.AppContext.push`, which runs the first redo itself so that an
environment error (disk full, read-only) is shown and nothing lands on the undo stack.
"""
from __future__ import annotations

import copy
from typing import Any, Callable, Optional

from PySide6.QtGui import QUndoCommand

from ui import i18n
from workshop import errors
from workshop.model import Record
from workshop.store import Snapshot, Store


class Command(QUndoCommand):
    """Base: subclasses implement ``do()`` and ``undo_it()``.

    Before it is on the stack (the first redo, run by ``AppContext.push``) an environment
    error propagates to the caller.  Once on the stack, undo/redo report it via ``on_error``
    instead of raising into Qt's event loop.
    """

    def __init__(self, text: str):
        super().__init__(text)
        self._skip = False
        self.live = False
        self.on_error: Optional[Callable[[str], None]] = None

    def skip_first_redo(self) -> None:
        self._skip = True
        self.live = True

    def redo(self) -> None:  # noqa: D401 - Qt API
        if self._skip:
            self._skip = False
            return
        self._run(self.do)

    def undo(self) -> None:
        self._run(self.undo_it)

    def _run(self, fn: Callable[[], None]) -> None:
        if not self.live:
            fn()
            return
        try:
            fn()
        except errors.WorkshopError as exc:
            if self.on_error is None:
                raise
            self.on_error(i18n.error_text(exc))

    def do(self) -> None:
        raise NotImplementedError

    def undo_it(self) -> None:
        raise NotImplementedError


class FuncCommand(Command):
    """Calls ``do`` on redo and ``undo`` on undo."""

    def __init__(self, text: str, do: Callable[[], Any], undo: Callable[[], Any]):
        super().__init__(text)
        self._do, self._undo = do, undo

    def do(self) -> None:
        self._do()

    def undo_it(self) -> None:
        self._undo()


class AddRecord(Command):
    def __init__(self, store: Store, record: Record, text: str):
        super().__init__(text)
        self.store = store
        self.record = copy.deepcopy(record)
        self._snap: Optional[Snapshot] = None

    def do(self) -> None:
        if self._snap is not None:
            self.store.restore(self._snap)  # redo after undo: bring back what hung from it
        else:
            self.store.add(copy.deepcopy(self.record))

    def undo_it(self) -> None:
        self._snap = self.store.delete(type(self.record), self.record.id)


class UpdateRecord(Command):
    def __init__(self, store: Store, cls: type[Record], id: str, changes: dict, text: str):
        super().__init__(text)
        # not ``self.id``: QUndoStack.push calls the virtual ``id()``, and shiboken would find
        # the string attribute instead and crash on the second push
        self.store, self.cls, self.record_id = store, cls, id
        self.changes = dict(changes)
        self.before: dict = {}

    def do(self) -> None:
        self.before = self.store.update(self.cls, self.record_id, **self.changes)

    def undo_it(self) -> None:
        self.store.update(self.cls, self.record_id, **self.before)


class DeleteRecord(Command):
    def __init__(self, store: Store, cls: type[Record], id: str, text: str):
        super().__init__(text)
        self.store, self.cls, self.record_id = store, cls, id
        self._snap: Optional[Snapshot] = None

    def do(self) -> None:
        self._snap = self.store.delete(self.cls, self.record_id)

    def undo_it(self) -> None:
        assert self._snap is not None
        self.store.restore(self._snap)
