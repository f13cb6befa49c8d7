"""Undo commands for the issue pages: run a workshop function that returns what its inverse
needs, and call the inverse with it on undo.  One user action = one command."""
from __future__ import annotations

from typing import Any, Callable, Optional

from .commands import Command


class TokenCommand(Command):
    """``do()`` returns a token (previous values); ``undo(token)`` puts them back.  Redo calls
    ``do()`` again, so functions given fixed ids recreate the very same records."""

    def __init__(self, text: str, do: Callable[[], Any], undo: Callable[[Any], Any]):
        super().__init__(text)
        self._fn, self._inverse = do, undo
        self.token: Optional[Any] = None
        self.result: Any = None

    def do(self) -> None:
        self.result = self.token = self._fn()

    def undo_it(self) -> None:
        self._inverse(self.token)
