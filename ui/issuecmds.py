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


def push(ctx, command) -> bool:
    """``ctx.push`` (kept as the pages' single entry point for issue commands)."""
    return ctx.push(command)


def push_showing(ctx, command, label=None) -> bool:
    """:func:`push` that also puts the refusal message (if any) in ``label`` — for limits
    the user hits while typing (the main window shows the same message as usual)."""
    messages: list[str] = []
    ctx.errorOccurred.connect(messages.append)
    try:
        ok = push(ctx, command)
    finally:
        ctx.errorOccurred.disconnect(messages.append)
    if label is not None:
        label.setText(messages[-1] if messages else "")
        label.setVisible(bool(messages))
    return ok
