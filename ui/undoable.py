"""Undo commands for the shell's pages, beside the generic ones in :mod:`ui.commands`.

* :class:`CreateRecords` — runs a workshop function that creates records (a meeting with its
  agenda, the customary agenda items); undo deletes them, redo restores the very same rows.
* :class:`ServiceCommand` — runs a workshop function that returns a
  :class:`workshop.agenda.Undo` token; undo calls :func:`workshop.agenda.revert` with it.
"""
from __future__ import annotations

from typing import Callable, Optional, Sequence

from workshop import agenda
from workshop.model import Record
from workshop.store import Snapshot, Store

from .commands import Command


class CreateRecords(Command):
    def __init__(self, store: Store, create: Callable[[], Record | Sequence[Record]], text: str):
        super().__init__(text)
        self.store = store
        self._create = create
        self.records: list[Record] = []
        self._snaps: list[Snapshot] = []

    @property
    def record(self) -> Optional[Record]:
        return self.records[0] if self.records else None

    def do(self) -> None:
        if self._snaps:
            with self.store.transaction():
                for snap in self._snaps:
                    self.store.restore(snap)
            self._snaps = []
            return
        made = self._create()
        self.records = list(made) if isinstance(made, (list, tuple)) else [made]

    def undo_it(self) -> None:
        with self.store.transaction():
            snaps = []
            for rec in reversed(self.records):
                if self.store.maybe(type(rec), rec.id) is not None:
                    snaps.append(self.store.delete(type(rec), rec.id))
        self._snaps = list(reversed(snaps))


class ServiceCommand(Command):
    def __init__(self, store: Store, fn: Callable[[], agenda.Undo], text: str):
        super().__init__(text)
        self.store = store
        self._fn = fn
        self._token: Optional[agenda.Undo] = None

    def do(self) -> None:
        self._token = self._fn()

    def undo_it(self) -> None:
        if self._token is not None:
            agenda.revert(self.store, self._token)
