"""The one way to pick a person or an organisation from the register, on every page.

:class:`Picker` is a line edit with the type-ahead of check-in: type part of a name, a
position, an organisation, a village no. or a phone number, and a list of at most
``limit`` matches drops down, the current meeting's attendees first (those present marked
✔), each with its position, organisation and sector.  Up/Down pick, Enter or a click
chooses; Down (or the arrow button) on an empty field lists the meeting's attendees.  The list
comes from a store query (:func:`workshop.people.find_people`): nothing loads the whole
register, so a page's load does not grow with the file.

Free text only on purpose: a picker made with ``free_text=True`` (a speaker not in the
register) offers the typed text as its last row, "“ลุงแดง” (not in the register)", and
:meth:`free_text` gives it back; the page can link it to a register person later.  Without
it, text that names nobody is put back as it was when the field is left.

``chosen`` is emitted when the user changes the choice (a pick, Enter, leaving the field
with other text, or clearing it); :meth:`select` (a page loading) never emits it::

    picker = Picker(ctx, self, none_text=self.tr("(nobody chosen)"))
    picker.chosen.connect(self._commit)
    picker.select(meeting.chair_id)
    picker.value()          # the chosen id, or None
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Optional

from PySide6.QtCore import QEvent, QModelIndex, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QIcon, QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (QComboBox, QCompleter, QDialog, QDialogButtonBox, QFormLayout,
                               QLineEdit, QStyle, QWidget)

from workshop import people as people_mod
from workshop.model import Organisation, Person

from . import labels
from .widgets import width_in_chars

PERSON, ORGANISATION, TEXT = "person", "organisation", "text"
KIND_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2


@dataclass(frozen=True)
class Choice:
    """What a picker holds: a register record (``kind`` person or organisation, its ``id``)
    or free text (``kind`` text, no id); ``text`` is what the field shows."""
    kind: str
    id: str
    text: str

    @property
    def key(self) -> str:
        """``p:<id>`` / ``o:<id>`` (the value of a picker of both kinds)."""
        return ("p:" if self.kind == PERSON else "o:") + self.id if self.id else ""


def person_text(p: Person) -> str:
    """What a picker's field shows for a person: the name as the minutes print it."""
    return p.full_name


def match_line(m: people_mod.Match) -> str:
    """One row of the drop-down list: name, position, organisation, sector, and ✔ for
    someone present at the meeting."""
    if m.person is not None:
        extra = [x for x in (m.person.position,
                             (m.organisation.short_name or m.organisation.name)
                             if m.organisation else "") if x]
        sector = labels.sector(m.organisation.sector if m.organisation
                               else people_mod.DEFAULT_SECTOR)
        text = m.person.full_name + (f" – {', '.join(extra)}" if extra else "")
        return f"{'✔ ' if m.at_meeting == 2 else ''}{text} · {sector}"
    org = m.organisation
    assert org is not None
    return f"{'✔ ' if m.at_meeting else ''}{org.name} · {labels.sector(org.sector)}"


class Picker(QLineEdit):
    """A person or organisation from the register (see the module docstring)."""

    chosen = Signal()
    DEBOUNCE_MS = 120

    def __init__(self, ctx, parent: Optional[QWidget] = None, *, people: bool = True,
                 organisations: bool = False, free_text: bool = False, none_text: str = "",
                 limit: int = 30):
        super().__init__(parent)
        self.ctx = ctx
        self.kinds = tuple(k for k, on in ((PERSON, people), (ORGANISATION, organisations))
                           if on)
        self.allow_free_text = free_text
        self.limit = limit
        self.exclude: set[str] = set()
        self._choice: Optional[Choice] = None
        self.setClearButtonEnabled(True)
        self.set_none_text(none_text)
        self.model = QStandardItemModel(self)
        self.completer_ = QCompleter(self.model, self)
        self.completer_.setWidget(self)
        self.completer_.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer_.setMaxVisibleItems(12)
        self.completer_.activated[QModelIndex].connect(self._activated)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(self.DEBOUNCE_MS)
        self._timer.timeout.connect(self.show_matches)
        self.textEdited.connect(lambda _t: self._timer.start())
        self.editingFinished.connect(self._finished)
        arrow = self.style().standardIcon(QStyle.StandardPixmap.SP_ArrowDown)
        self.list_action = QAction(QIcon(arrow), self.tr("Show the list"), self)
        self.list_action.triggered.connect(self.show_matches)
        self.addAction(self.list_action, QLineEdit.ActionPosition.TrailingPosition)
        self.setToolTip(self.tr("Type part of a name, position, organisation or phone; "
                                "Down shows the meeting's people"))

    def set_none_text(self, text: str) -> None:
        self.setPlaceholderText(text)

    # ------------------------------------------------------------------ the value
    def choice(self) -> Optional[Choice]:
        """The current choice after :meth:`resolve`, None for nothing chosen."""
        self.resolve()
        return self._choice

    def value(self) -> Optional[str]:
        """The chosen record's id (``p:``/``o:`` key for a picker of both kinds), else None."""
        c = self.choice()
        if c is None or c.kind == TEXT:
            return None
        return c.key if len(self.kinds) > 1 else c.id

    def free_text(self) -> str:
        """The typed text when it names no record of the register (free-text pickers only)."""
        c = self.choice()
        return c.text if c is not None and c.kind == TEXT else ""

    def select(self, ident: Optional[str]) -> None:
        """Show the record ``ident`` (an id, or a ``p:``/``o:`` key); None or "" clears.
        Does not emit ``chosen``."""
        self._choice = self._lookup(ident or "")
        self._show_choice()

    def set_free_text(self, text: str) -> None:
        """Show free text (a name typed before, not linked to the register)."""
        self._choice = Choice(TEXT, "", text) if text else None
        self._show_choice()

    def clear_choice(self) -> None:
        self.select(None)

    def refresh(self) -> None:
        """Show the chosen record's name again after the register changed (a rename, a
        deletion); text being typed is left alone."""
        c = self._choice
        if c is None or c.kind == TEXT:
            return
        typing = self.text() != c.text
        self._choice = self._lookup(c.key)
        if not typing:
            self._show_choice()

    def _lookup(self, ident: str) -> Optional[Choice]:
        kind, _, rid = ident.partition(":") if ident[:2] in ("p:", "o:") else ("", "", ident)
        if not rid:
            return None
        store = self.ctx.store
        if kind != "o" and PERSON in self.kinds:
            p = store.maybe(Person, rid)
            if p is not None:
                return Choice(PERSON, p.id, person_text(p))
        if kind != "p" and ORGANISATION in self.kinds:
            o = store.maybe(Organisation, rid)
            if o is not None:
                return Choice(ORGANISATION, o.id, o.name)
        return None

    def _show_choice(self) -> None:
        self._timer.stop()
        self.completer_.popup().hide()
        self.setText(self._choice.text if self._choice else "")
        self.setCursorPosition(0)

    def resolve(self, put_back: bool = False) -> bool:
        """Settle what is typed: the choice's own text keeps it; empty clears; a text that is
        exactly one match's name (or, without free text, matches one record only) chooses it;
        other text becomes free text (free-text pickers)
        or leaves the choice as it was (and with ``put_back``, as when the field is left, is
        replaced by the choice's text).  True when the choice changed."""
        text = self.text().strip()
        old = self._choice
        if old is not None and text == old.text:
            return False
        if not text:
            new = None
        else:
            new = self._exact(text)
            if new is None and self.allow_free_text:
                new = Choice(TEXT, "", text)
        if new is None and text:
            if put_back:
                self._show_choice()            # undo stray typing
            return False
        self._choice = new
        if new is not None and new.text != self.text():
            self._show_choice()
        return new != old

    def current_id(self) -> Optional[str]:
        """The chosen record's id as it stands, without settling what is being typed."""
        c = self._choice
        return None if c is None or c.kind == TEXT else (
            c.key if len(self.kinds) > 1 else c.id)

    def _exact(self, text: str) -> Optional[Choice]:
        """The record ``text`` names: exactly one match's name, or (a picker without free
        text) the only match there is."""
        key = people_mod.normalise(text)
        found = self._query(text)
        hits = [c for c in found if people_mod.normalise(c.text) == key]
        if len(hits) == 1:
            return hits[0]
        if not hits and not self.allow_free_text and len(found) == 1:
            return found[0]
        return None

    # ------------------------------------------------------------------ the list
    def _query(self, text: str) -> list[Choice]:
        return [c for c, _line in self._matches(text)]

    def _matches(self, text: str) -> list[tuple[Choice, str]]:
        store, mid = self.ctx.store, self.ctx.meeting_id
        out: list[tuple[Choice, str]] = []
        if PERSON in self.kinds:
            for m in people_mod.find_people(store, text, mid, self.limit + len(self.exclude)):
                assert m.person is not None
                if m.person.id not in self.exclude:
                    out.append((Choice(PERSON, m.person.id, person_text(m.person)),
                                match_line(m)))
        if ORGANISATION in self.kinds:
            for m in people_mod.find_organisations(store, text, mid, self.limit):
                assert m.organisation is not None
                out.append((Choice(ORGANISATION, m.organisation.id, m.organisation.name),
                            match_line(m)))
        return out[:self.limit]

    def show_matches(self) -> None:
        """Fill the drop-down list with what matches the typed text and show it."""
        self._timer.stop()
        text = self.text().strip()
        if self._choice is not None and text == self._choice.text:
            text = ""                      # the arrow on a chosen name lists everyone again
        self.model.clear()
        for c, line in self._matches(text):
            self._add_row(c, line)
        if text and self.allow_free_text and not any(
                people_mod.normalise(c.text) == people_mod.normalise(text)
                for c, _l in self._matches(text)):
            self._add_row(Choice(TEXT, "", text),
                          self.tr("“%1” (not in the register)").replace("%1", text))
        if not self.model.rowCount() or not self.isVisible():
            self.completer_.popup().hide()
            return
        rect = QRect(0, 0, max(self.width(), 460), self.height())
        self.completer_.complete(rect)
        self.completer_.popup().setCurrentIndex(self.model.index(0, 0))

    def _add_row(self, c: Choice, line: str) -> None:
        item = QStandardItem(line)
        item.setData(c.kind, KIND_ROLE)
        item.setData(c.id, ID_ROLE)
        item.setData(c.text, Qt.ItemDataRole.UserRole)
        item.setEditable(False)
        self.model.appendRow(item)

    def rows(self) -> list[str]:
        """The lines the drop-down list shows now."""
        return [self.model.item(i).text() for i in range(self.model.rowCount())]

    def activate_row(self, row: int) -> None:
        """Choose the list's row ``row`` (as a click or Enter on it does)."""
        self._activated(self.model.index(row, 0))

    def _activated(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        c = Choice(index.data(KIND_ROLE), index.data(ID_ROLE) or "",
                   index.data(Qt.ItemDataRole.UserRole))
        changed = c != self._choice
        self._choice = c
        self._show_choice()
        if changed:
            self.chosen.emit()

    def _finished(self) -> None:
        # not when the field is hidden: a page or file closing takes the focus away
        if self.completer_.popup().isVisible() or not self.isVisible():
            return
        self._timer.stop()
        if self.resolve(put_back=True):
            self.chosen.emit()

    # ------------------------------------------------------------------ keyboard
    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        popup = self.completer_.popup()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and popup.isVisible():
            # Enter on a row of the list: the row is chosen first, then Enter is the field's
            # (returnPressed sees the person, not the part of the name typed); the completer,
            # which would hand the row over after the field's Enter, is told it is done
            index = popup.currentIndex()
            popup.hide()
            if index.isValid():
                self._activated(index)
            super().keyPressEvent(event)
            event.accept()
            return
        if event.key() == Qt.Key.Key_Down and not popup.isVisible():
            self.show_matches()
            return
        if event.key() == Qt.Key.Key_Escape and self._choice is not None \
                and self.text() != self._choice.text:
            self._show_choice()            # Esc puts the choice back
            return
        super().keyPressEvent(event)

    def event(self, ev: QEvent) -> bool:
        # the pending query belongs to this field: none after it lost the focus
        if ev.type() == QEvent.Type.FocusOut and not self.completer_.popup().isVisible():
            self._timer.stop()
        return super().event(ev)



class LinkNameDialog(QDialog):
    """A name typed as free text, linked to a register person: choose the name (when there
    are several) and the person; ``link()`` gives (name, person id)."""

    def __init__(self, ctx, names: list[str], parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Link a name to the register"))
        self.setObjectName("linkNameDialog")
        form = QFormLayout(self)
        self.names = QComboBox(self)
        self.names.addItems(names)
        self.picker = Picker(ctx, self, none_text=self.tr("Type part of the person's name"))
        width_in_chars(self.picker, minimum=44)
        form.addRow(self.tr("&Name as typed:"), self.names)
        form.addRow(self.tr("&Register person:"), self.picker)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Link"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self.names.currentTextChanged.connect(self._suggest)
        self._suggest(self.names.currentText())
        self.picker.setFocus()

    @classmethod
    def offer(cls, ctx, names: list[str], parent: QWidget,
              on_link: Callable[[str, Optional[str]], object]) -> Optional["LinkNameDialog"]:
        """Open the dialog (window-modal, not blocking) for ``names``, calling
        ``on_link(name, person_id)`` when it is accepted; None when there is nothing to link."""
        if not names:
            return None
        dlg = cls(ctx, names, parent)
        dlg.accepted.connect(lambda: on_link(*dlg.link()))
        dlg.finished.connect(lambda _r: dlg.deleteLater())
        dlg.open()
        return dlg

    def _suggest(self, name: str) -> None:
        """The typed name is the first search: the person is usually among the first rows."""
        self.picker.setText(name)

    def link(self) -> tuple[str, Optional[str]]:
        return self.names.currentText(), self.picker.value()

    def accept(self) -> None:
        if self.picker.value() is None:
            self.picker.setFocus()
            self.picker.show_matches()
            return
        super().accept()
