"""The main window's texts, text size and language, applied at once (issue 12, item 7).

:class:`WindowText` is a part of :class:`ui.mainwindow.MainWindow` (a mixin: it uses the
window's actions, menus, pages and settings).  Its strings are the window's own, in the
context ``MainWindow``.  A language switch sets the window's texts again, and every built page
either sets its own again (:meth:`ui.pages.Page.retranslate`) or is built again (what is typed
is written first, as when the page is left); a new text size reaches every widget at once
(:func:`ui.keys.set_text_size`).  Both are kept in the settings for the next start.
"""
from __future__ import annotations

import shiboken6
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractScrollArea, QComboBox, QTableView, QVBoxLayout, QWidget

from . import dialogs, handover, i18n, keys
from . import settings as S
from .pages import PageEntry
from .widgets import ScrollBody, rows_follow_text, scrolling


def fit_page(page: QWidget) -> None:
    """Make ``page`` fit the window at any text size: its drop-down lists do not ask for the
    width of their longest entry (an agenda item's title at 150 % is wider than the screen),
    its tables' rows grow with the text (:func:`ui.widgets.rows_follow_text`; a table whose
    rows the page sizes itself has the property ``rowsFitContents``),
    and what it lays out is put in a scroll area (the page itself stays the stack's widget),
    so that a page taller or wider than the window scrolls instead of pushing the window off
    the screen.  A page that scrolls already (one scroll area filling it) keeps its own."""
    for combo in page.findChildren(QComboBox):
        if combo.sizeAdjustPolicy() != QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon:
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(max(combo.minimumContentsLength(), 12))
    for view in page.findChildren(QTableView):
        if not view.property("rowsFitContents"):   # rows sized by the page itself
            rows_follow_text(view)
    lay = page.layout()
    if lay is None or (lay.count() == 1 and isinstance(lay.itemAt(0).widget(),
                                                       QAbstractScrollArea)):
        return
    body = ScrollBody()
    body.setObjectName("pageBody")
    body.setLayout(lay)              # the page's widgets move with their layout
    scroll = scrolling(body)
    scroll.setObjectName("pageScroll")
    outer = QVBoxLayout(page)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(scroll)


class WindowText:
    """Texts, text size and language of the main window (mixed into MainWindow)."""

    def retranslate(self) -> None:
        """Every text of the window in the current language (at start and on a switch)."""
        for a, text in (
                (self.act_new, QCoreApplication.translate("MainWindow", "&New workshop file…")),
                (self.act_open, QCoreApplication.translate("MainWindow", "&Open…")),
                (self.act_save_copy, QCoreApplication.translate("MainWindow", "Save a &copy as…")),
                (self.act_restore, QCoreApplication.translate("MainWindow", "&Restore from backup…")),
                (self.act_export_minutes,
                 QCoreApplication.translate("MainWindow", "&Export minutes as PDF…")),
                (self.act_signin_sheet,
                 QCoreApplication.translate("MainWindow", "Print &sign-in sheet…")),
                (self.act_handover, handover.menu_text()),
                (self.act_prefs, QCoreApplication.translate("MainWindow", "&Preferences…")),
                (self.act_quit, QCoreApplication.translate("MainWindow", "&Quit")),
                (self.act_about, QCoreApplication.translate("MainWindow", "&About Prachakhom")),
                (self.act_projector, QCoreApplication.translate("Projector", "&Projector")),
                (self.act_zoom_in, QCoreApplication.translate("MainWindow", "&Larger text")),
                (self.act_zoom_out, QCoreApplication.translate("MainWindow", "&Smaller text")),
                (self.act_zoom_reset, QCoreApplication.translate("MainWindow", "&Normal text size")),
                (self.act_next_page, QCoreApplication.translate("MainWindow", "&Next page")),
                (self.act_previous_page, QCoreApplication.translate("MainWindow", "&Previous page")),
                (self.act_merge, QCoreApplication.translate("MergeFiles", "&Merge another file…")),
                (self.menu_recent.menuAction(), QCoreApplication.translate("MainWindow", "Open &recent")),
                (self.menu_file.menuAction(), QCoreApplication.translate("MainWindow", "&File")),
                (self.menu_edit.menuAction(), QCoreApplication.translate("MainWindow", "&Edit")),
                (self.menu_view.menuAction(), QCoreApplication.translate("Projector", "&View")),
                (self.menu_go.menuAction(), QCoreApplication.translate("MainWindow", "&Go")),
                (self.menu_help.menuAction(), QCoreApplication.translate("MainWindow", "&Help"))):
            a.setText(text)
        self._name_undo()
        self._name_pages()
        self._update_meeting_label()
        self._update_title()

    def _make_undo_actions(self) -> None:
        """Edit ▸ Undo / Redo: the undo group's, named "Undo <step>" in the current language
        (made here rather than by QUndoGroup.createUndoAction, whose word cannot change)."""
        group = self._undo_group
        self.act_undo, self.act_redo = QAction(self), QAction(self)
        self.act_undo.setShortcut(QKeySequence("Ctrl+Z"))
        self.act_redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        for a, can, step, changed in (
                (self.act_undo, group.canUndoChanged, group.undo, group.undoTextChanged),
                (self.act_redo, group.canRedoChanged, group.redo, group.redoTextChanged)):
            a.setEnabled(False)
            can.connect(a.setEnabled)
            changed.connect(self._name_undo)
            a.triggered.connect(step)
            self.addAction(a)
            self.menu_edit.addAction(a)

    def _name_undo(self, *_args) -> None:
        group = self._undo_group
        for a, word, step in (
                (self.act_undo, QCoreApplication.translate("MainWindow", "Undo"),
                 group.undoText()),
                (self.act_redo, QCoreApplication.translate("MainWindow", "Redo"),
                 group.redoText())):
            a.setText(f"{word} {step}" if step else word)

    def _name_pages(self) -> None:
        """Each page's title in the navigation and the Go menu, its key in the tooltip."""
        for i, (a, entry) in enumerate(zip(self.page_actions, self._entries)):
            title = PageEntry(*entry).translated_title()
            a.setText(title)
            self.nav.item(i).setText(title)
            self.nav.item(i).setToolTip(f"{title} ({keys.key_text(a.shortcut())})")

    def show_preferences(self) -> None:
        if dialogs.PreferencesDialog(self.settings, self).exec():
            self.apply_preferences()

    def zoom_text(self, steps: int) -> None:
        """View ▸ Larger / Smaller / Normal text (Ctrl++, Ctrl+-, Ctrl+0)."""
        now = keys.text_size(self.settings.get(S.FONT_SIZE))
        size = keys.stepped(now, steps) if steps else keys.text_size(0)
        self.settings.set(S.FONT_SIZE, 0 if size == keys.text_size(0) else size)
        self.apply_preferences()
        self.statusBar().showMessage(QCoreApplication.translate(
            "MainWindow", "Text size %1 %").replace("%1", str(keys.percent(size))), 4000)

    def apply_preferences(self) -> None:
        """The text size, language and digits of the settings, applied now."""
        keys.set_text_size(keys.text_size(self.settings.get(S.FONT_SIZE)), [self])
        language, digits = self.settings.get(S.LANGUAGE), self.settings.get(S.THAI_DIGITS)
        if (i18n.resolve(language), digits) != (i18n.current(), i18n.thai_digits()):
            self.set_language(language, digits)

    def set_language(self, language: str, thai_digits: bool = False) -> None:
        """Switch the language now (see the module doc); the projector follows."""
        i18n.install(language, thai_digits)
        self.retranslate()
        if self.ctx is not None:
            self.commit_pages()
            for i, page in enumerate(self._pages):
                if page is not None and not page.retranslate():
                    self._unbuild(i)
            if 0 <= self._shown < len(self._pages) and self._pages[self._shown] is None:
                shown, self._shown = self._shown, -1
                self.show_page(shown)
        projector = getattr(self, "projector", None)
        if projector is not None and shiboken6.isValid(projector):
            projector.retranslate()
            self.projector_control.retranslate()

    def _unbuild(self, index: int) -> None:
        """Page ``index`` back to a placeholder (built again when shown)."""
        page, gate = self._pages[index], self._gates[index]
        page.shutdown()
        self.stack.insertWidget(index, QWidget(self.stack))
        self.stack.removeWidget(page)
        shiboken6.delete(page)
        gate.detach()
        shiboken6.delete(gate)
        self._pages[index] = self._gates[index] = None
