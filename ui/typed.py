"""Nothing a person is typing is erased by a reload.

A page fills its text fields from the store with :func:`refill` instead of ``setText``: the
field remembers what the page last put in it (and for which record), and a reload caused by
another save leaves the field alone while it holds text typed since and not saved yet.  A
field is filled normally when it shows another record, when what is typed equals the stored
value (it was saved), or when nothing was typed (so undo and other pages' edits show).

After the page saves a field itself without reloading (its own change notice), it calls
:func:`mark_shown`: the saved text is now what the field shows from the store.
"""
from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

_SHOWN = "prachakhomShown"
_KEY = "prachakhomShownFor"


def _text(w: QWidget) -> str:
    if isinstance(w, QPlainTextEdit):
        return w.toPlainText()
    if isinstance(w, QLineEdit):
        return w.text()
    raise TypeError(f"not a text field: {type(w).__name__}")


def _set(w: QWidget, text: str) -> None:
    if isinstance(w, QPlainTextEdit):
        if w.toPlainText() != text:
            w.setPlainText(text)
    elif isinstance(w, QLineEdit):
        if w.text() != text:
            w.setText(text)


def is_typed(w: QWidget) -> bool:
    """The field holds text typed since the page last filled it."""
    shown = w.property(_SHOWN)
    return shown is not None and _text(w) != shown


def refill(w: QWidget, value: Any, key: str = "", *, force: bool = False) -> bool:
    """Show the stored ``value`` of record ``key`` in ``w`` unless unsaved typing for the same
    record would be lost (``force``: the person asked for the stored value, e.g. Revert);
    returns True when the field now shows ``value``."""
    text = "" if value is None else str(value)
    same = w.property(_KEY) == key
    keep = not force and same and is_typed(w) and _text(w) != text
    w.setProperty(_SHOWN, text)
    w.setProperty(_KEY, key)
    if not keep:
        _set(w, text)
    return not keep


def mark_shown(w: QWidget) -> None:
    """What the field holds is now stored (the page saved it and does not reload)."""
    w.setProperty(_SHOWN, _text(w))
