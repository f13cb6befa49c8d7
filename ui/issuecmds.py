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
    """``ctx.push`` keeping a Python reference to the command.

    With PySide6 6.12 a command's wrapper was collected by the cyclic garbage collector
    while the QUndoStack still held it (the next push then crashed reading the freed
    command); holding the reference here avoids that.
    """
    ok = ctx.push(command)
    if ok:
        keep = ctx.__dict__.setdefault("_kept_commands", [])
        keep.append(command)
        if len(keep) > 2 * max(ctx.undo_stack.count(), 50):
            alive = {id(ctx.undo_stack.command(i)) for i in range(ctx.undo_stack.count())}
            keep[:] = [c for c in keep if id(c) in alive]
    return ok


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
