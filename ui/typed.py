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

from typing import Any, Callable

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


class FormFields:
    """:func:`refill` for a whole record form, any kind of widget: each field is a name with
    a getter and a setter of its value.  :meth:`show` fills the form with a record's values
    (or a blank one's); :meth:`refresh` shows newer stored values of the same record (undo,
    another page's edit) in the fields not changed since, keeping what the person changed."""

    def __init__(self) -> None:
        self._fields: dict[str, tuple[Callable[[], Any], Callable[[Any], None]]] = {}
        self._shown: dict[str, Any] = {}
        self.key = ""              # the id of the record shown ("" for a new one)

    def add(self, name: str, get: Callable[[], Any], put: Callable[[Any], None]) -> None:
        self._fields[name] = (get, put)

    def values(self) -> dict[str, Any]:
        return {name: get() for name, (get, _put) in self._fields.items()}

    def changed(self) -> dict[str, Any]:
        """The fields changed since the form was filled, with their values."""
        return {k: v for k, v in self.values().items() if v != self._shown.get(k)}

    def show(self, values: dict[str, Any], key: str = "") -> None:
        self.key = key
        for name, (_get, put) in self._fields.items():
            put(values[name])
        self._shown = self.values()

    def refresh(self, values: dict[str, Any]) -> None:
        changed = self.changed()
        for name, (_get, put) in self._fields.items():
            if name not in changed:
                put(values[name])
        self._shown = {**self.values(), **{k: values[k] for k in changed}}

    def mark_shown(self) -> None:
        """What the form holds is now stored (the page saved it)."""
        self._shown = self.values()
