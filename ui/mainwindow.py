"""The main window: a thin shell.

It owns the open workshop file (through an :class:`AppContext`), lists one page per stage
(``ui.pages.PAGES``) in a navigation list + stacked widget, builds each page the first time it
is shown, and wires everything in :meth:`MainWindow._connect_signals` (the context) and
:meth:`MainWindow._connect_page` (a page, when it is built).  A hidden page gets no change
notices (its :class:`ui.pages.PageContext` holds them) and catches up when shown again.  It
never edits records itself, except creating a new file's first meeting.
"""
from __future__ import annotations

import logging
import os
from datetime import datetime
from pathlib import Path
from typing import Optional, TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeySequence, QUndoGroup
from PySide6.QtWidgets import (QApplication, QFileDialog, QHBoxLayout, QLabel, QListWidget,
                               QListWidgetItem, QMainWindow, QMenu, QSplitter,
                               QStackedWidget, QVBoxLayout, QWidget)

from workshop import errors, meetings, paths, thai
from workshop.model import Meeting
from workshop.store import FILE_SUFFIX, Store

from . import dialogs, handover, i18n, keys, merge_dialog, restore_dialog
from . import pages as pages_pkg
from . import settings as S
from .context import AppContext
from .pages import Page, PageContext, PageEntry
from .widgets import width_in_chars
from .window_text import WindowText, fit_page

log = logging.getLogger(__name__)
ICON = paths.ICONS / "prachakhom.svg"
DEFAULT_SIZE = QSize(1280, 720)   # fits a 1366×768 screen with a task bar
P = TypeVar("P", bound=Page)


class MainWindow(WindowText, QMainWindow):
    """``MainWindow(settings, store=None)``; :meth:`open_file` / :meth:`set_store` load files."""

    storeLoaded = Signal(object)   # the new AppContext

    def __init__(self, settings: Optional[S.Settings] = None, store: Optional[Store] = None,
                 parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.settings = settings or S.Settings()
        self.ctx: Optional[AppContext] = None
        self._entries: list[PageEntry] = []
        self._pages: list[Optional[Page]] = []          # None until first shown
        self._gates: list[Optional[PageContext]] = []
        self._shown = -1                                # the index of the page on screen
        self._open_backup_due = False       # opened without one: made once the window shows
        self._painted = False
        self._undo_group = QUndoGroup(self)
        if ICON.exists():
            self.setWindowIcon(QIcon(str(ICON)))
        self.resize(DEFAULT_SIZE)
        self.setMinimumSize(800, 500)

        central = QWidget(self)
        outer = QHBoxLayout(central)
        outer.setContentsMargins(4, 4, 4, 4)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, central)
        nav_box = QWidget(self.splitter)
        nav_lay = QVBoxLayout(nav_box)
        nav_lay.setContentsMargins(0, 0, 0, 0)
        self.meeting_label = QLabel(nav_box)
        self.meeting_label.setWordWrap(True)
        self.meeting_label.setTextFormat(Qt.TextFormat.PlainText)
        self.meeting_label.setObjectName("currentMeeting")
        self.meeting_label.setProperty("userText", True)   # shows the meeting's title
        nav_lay.addWidget(self.meeting_label)
        self.nav = QListWidget(nav_box)
        self.nav.setObjectName("navigation")
        width_in_chars(self.nav, minimum=18, maximum=29)
        nav_lay.addWidget(self.nav)
        self.stack = QStackedWidget(self.splitter)
        self.splitter.addWidget(nav_box)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setCollapsible(1, False)
        outer.addWidget(self.splitter)
        self.setCentralWidget(central)
        central.installEventFilter(self)    # its first paint: the window is on screen

        self.saved_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.saved_label)
        self._build_actions()
        self._build_menus()
        self.retranslate()
        self.nav.currentRowChanged.connect(self._switch_to)
        self._restore_window()
        # A rotating backup every so often while edits happen (the store decides when one
        # is due); the file itself is already saved on every edit.
        self.backup_timer = QTimer(self)
        self.backup_timer.setInterval(60_000)
        self.backup_timer.timeout.connect(self._backup_if_due)
        self.backup_timer.start()
        if store is not None:
            self.set_store(store)
        else:
            self._update_title()

    # ------------------------------------------------------------------ actions and menus
    def _build_actions(self) -> None:
        """The window's actions, without their texts (:meth:`retranslate` sets them)."""
        def act(slot, shortcut=None) -> QAction:
            a = QAction(self)
            if isinstance(shortcut, list):
                a.setShortcuts(shortcut)
            elif shortcut is not None:
                a.setShortcut(shortcut)
            a.triggered.connect(slot)
            self.addAction(a)
            return a

        self.act_new = act(self.new_file, QKeySequence.StandardKey.New)
        self.act_open = act(self.open_dialog, QKeySequence.StandardKey.Open)
        self.act_save_copy = act(self.save_copy, QKeySequence("Ctrl+Shift+S"))
        self.act_restore = act(lambda: restore_dialog.restore_from_backup(self))
        self.act_export_minutes = act(self.export_minutes, QKeySequence("Ctrl+E"))
        self.act_signin_sheet = act(self.export_signin)
        self.act_handover = act(self.hand_over)
        self.act_prefs = act(self.show_preferences, QKeySequence("Ctrl+,"))
        self.act_quit = act(self.close, QKeySequence("Ctrl+Q"))
        self.act_about = act(self.show_about, QKeySequence("F1"))
        self.act_projector = act(self.show_projector, QKeySequence("F5"))   # issue 12
        self.act_zoom_in = act(lambda: self.zoom_text(1), keys.ZOOM_IN)
        self.act_zoom_out = act(lambda: self.zoom_text(-1), keys.ZOOM_OUT)
        self.act_zoom_reset = act(lambda: self.zoom_text(0), keys.ZOOM_RESET)
        self.act_next_page = act(lambda: self.show_page((self._shown + 1) % len(self._entries)),
                                 keys.NEXT_PAGE)
        self.act_previous_page = act(
            lambda: self.show_page((self._shown - 1) % len(self._entries)), keys.PREVIOUS_PAGE)
        self.act_merge = merge_dialog.merge_action(self)    # issue 16
        self.page_actions: list[QAction] = []

    def _build_menus(self) -> None:
        mb = self.menuBar()
        self.menu_file = mb.addMenu("")
        self.menu_file.addAction(self.act_new)
        self.menu_file.addAction(self.act_open)
        self.menu_recent = QMenu(self)
        self.menu_recent.aboutToShow.connect(self._fill_recent)
        self.menu_file.addMenu(self.menu_recent)
        self.menu_file.addAction(self.act_save_copy)
        self.menu_file.addAction(self.act_merge)
        self.menu_file.addAction(self.act_restore)
        self.menu_file.addSeparator()
        self.menu_file.addAction(self.act_export_minutes)
        self.menu_file.addAction(self.act_signin_sheet)
        self.menu_file.addAction(self.act_handover)
        self.menu_file.addSeparator()
        self.menu_file.addAction(self.act_prefs)
        self.menu_file.addSeparator()
        self.menu_file.addAction(self.act_quit)
        self.menu_edit = mb.addMenu("")
        self._make_undo_actions()
        self.menu_view = mb.addMenu("")
        self.menu_view.addAction(self.act_projector)
        self.menu_view.addSeparator()
        for a in (self.act_zoom_in, self.act_zoom_out, self.act_zoom_reset):
            self.menu_view.addAction(a)
        self.menu_go = mb.addMenu("")
        self.menu_go.addAction(self.act_previous_page)
        self.menu_go.addAction(self.act_next_page)
        self.menu_go.addSeparator()
        self.menu_help = mb.addMenu("")
        self.menu_help.addAction(self.act_about)

    def _fill_recent(self) -> None:
        self.menu_recent.clear()
        files = self.settings.recent_files()
        for path in files:
            a = self.menu_recent.addAction(Path(path).name)
            a.setToolTip(path)
            a.setData(path)
            a.triggered.connect(lambda _=False, p=path: self.open_file(p))
        if not files:
            a = self.menu_recent.addAction(self.tr("(none)"))
            a.setEnabled(False)

    # ------------------------------------------------------------------ the open file
    @property
    def store(self) -> Optional[Store]:
        return self.ctx.store if self.ctx else None

    def set_store(self, store: Store) -> AppContext:
        """Show ``store``: a new AppContext and a fresh set of pages.  Closes the old store."""
        self._close_store()
        ctx = AppContext(store, self)
        self.ctx = ctx
        self._undo_group.addStack(ctx.undo_stack)
        self._undo_group.setActiveStack(ctx.undo_stack)
        latest = meetings.latest_meeting(store)
        ctx.set_meeting(latest.id if latest else "")   # before any page: each loads it once
        self._connect_signals()
        self._build_navigation()
        self._update_meeting_label()
        self._update_title()
        self.saved_label.setText("")
        self.act_save_copy.setEnabled(True)
        self.storeLoaded.emit(ctx)
        return ctx

    def commit_pages(self) -> None:
        """Let every page write what is still being typed (see ``ui.pages``): the field being
        edited loses focus (so its ``editingFinished`` fires), then each page's optional
        ``commit_pending()`` runs.  Called before the file is closed, switched or copied."""
        if self.ctx is None or self.ctx.read_only:
            return
        with self.ctx.holding_changes():   # no page reloads another's form meanwhile
            focus = QApplication.focusWidget()
            if focus is not None and self.stack.isAncestorOf(focus):
                focus.clearFocus()
            for page in self.pages:
                page.commit_pending()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.Paint and not self._painted \
                and obj is self.centralWidget():
            self._painted = True
            QTimer.singleShot(0, self._make_open_backup)
            QTimer.singleShot(0, thai.warm_up)    # the word list, read in the background
        return super().eventFilter(obj, event)

    def _make_open_backup(self) -> None:
        """The backup of the file as it was opened: made once the window is on screen (not
        while the facilitator waits for it), and in any case before the first edit (a page's
        first call into its context) or the file's close."""
        if self._open_backup_due and self.ctx is not None:
            self._open_backup_due = False
            self.ctx.store.make_backup()

    def _backup_if_due(self) -> None:
        if self.ctx is not None:
            self.ctx.store.backup_if_due()

    def _close_store(self) -> None:
        if self.ctx is None:
            return
        self._make_open_backup()
        self._remember_page()
        self.commit_pages()           # nothing typed is lost ...
        self.ctx.store.backup_if_due(0)   # ... and the last state is in the backups too
        for page in self.pages:       # ... and no timer or job outlives the file
            page.shutdown()
        # Pages and the context are deleted now, not with deleteLater(): a deferred delete
        # that is still pending when the window itself goes away crashed PySide6 6.12.
        self._shown = -1
        while self.stack.count():
            widget = self.stack.widget(0)
            self.stack.removeWidget(widget)
            shiboken6.delete(widget)
        for gate in self._gates:
            if gate is not None:
                gate.detach()
                shiboken6.delete(gate)
        self._entries, self._pages, self._gates = [], [], []
        self.nav.blockSignals(True)
        self.nav.clear()
        self.nav.blockSignals(False)
        for a in self.page_actions:
            self.menu_go.removeAction(a)
            self.removeAction(a)
            shiboken6.delete(a)
        self.page_actions.clear()
        self._undo_group.removeStack(self.ctx.undo_stack)
        self.ctx.detach()
        self.ctx.store.close()
        ctx, self.ctx = self.ctx, None
        shiboken6.delete(ctx)

    def _build_navigation(self) -> None:
        """One navigation entry, Go-menu action and placeholder per page; the page itself is
        built when first shown (:meth:`_page_at`)."""
        assert self.ctx is not None
        self._entries = list(pages_pkg.PAGES)
        for i, _entry in enumerate(self._entries):
            self._pages.append(None)
            self._gates.append(None)
            self.stack.addWidget(QWidget(self.stack))
            self.nav.addItem(QListWidgetItem())
            a = QAction(self)
            a.setShortcut(keys.page_key(i))
            a.triggered.connect(lambda _=False, n=i: self.show_page(n))
            self.addAction(a)
            self.menu_go.addAction(a)
            self.page_actions.append(a)
        self._name_pages()   # the titles, without importing a page before it is shown
        last = self.settings.get(S.LAST_PAGE)
        self.show_page(last if 0 <= last < len(self._entries) else 0)

    def _page_at(self, index: int) -> Page:
        """The page at ``index``, built now if it was not yet (hidden until shown)."""
        page = self._pages[index]
        if page is not None:
            return page
        assert self.ctx is not None
        cls = PageEntry(*self._entries[index]).load_class()
        gate = PageContext(self.ctx, self, before_acting=self._make_open_backup)
        if index != self._shown:
            gate.hold()
        page = cls(gate, self.stack)
        fit_page(page)
        placeholder = self.stack.widget(index)
        self.stack.insertWidget(index, page)
        self.stack.removeWidget(placeholder)
        shiboken6.delete(placeholder)
        self._pages[index], self._gates[index] = page, gate
        self._connect_page(page)
        return page

    @property
    def pages(self) -> list[Page]:
        """The pages built so far, in :data:`ui.pages.PAGES` order."""
        return [p for p in self._pages if p is not None]

    def _connect_signals(self) -> None:
        """Every connection between the context, the pages and the window, in one place."""
        ctx = self.ctx
        assert ctx is not None
        ctx.saved.connect(self._on_saved)
        ctx.errorOccurred.connect(self._on_error)
        ctx.meetingChanged.connect(self._update_meeting_label)
        ctx.storeChanged.connect(self._on_store_changed)

    def _connect_page(self, page: Page) -> None:
        """A page's connections to the window, made when the page is built."""
        page.requestPage.connect(self.show_page_module)
        page.statusMessage.connect(lambda text: self.statusBar().showMessage(text, 5000))

    # ------------------------------------------------------------------ pages
    def show_page(self, index: int) -> None:
        if 0 <= index < len(self._entries):
            self.nav.setCurrentRow(index)
            if index != self._shown:        # the row was already current (a new file)
                self._switch_to(index)

    def _switch_to(self, index: int) -> None:
        """Leave the shown page (its typed edits are saved, its notices held from now on) and
        show page ``index``, built if needed, caught up with what it missed while hidden."""
        if not 0 <= index < len(self._entries) or index == self._shown:
            return
        old = self._pages[self._shown] if self._shown >= 0 else None
        if old is not None:
            if self.ctx is not None and not self.ctx.read_only:
                old.commit_pending()
            gate = self._gates[self._shown]
            assert gate is not None
            gate.hold()
        self._shown = index
        page = self._page_at(index)
        gate = self._gates[index]
        assert gate is not None
        meeting_missed, change = gate.go_live()
        if meeting_missed:
            page.load()
        elif change is not None:
            gate.storeChanged.emit(change)
        self.stack.setCurrentIndex(index)

    def _index_of(self, module_name: str) -> int:
        return next((i for i, e in enumerate(self._entries) if e[0] == module_name), -1)

    def show_page_module(self, module_name: str) -> None:
        self.show_page(self._index_of(module_name))

    def page(self, module_name: str) -> Optional[Page]:
        """The page of a module (e.g. ``"ui.pages.setup"``), built if it was not yet."""
        i = self._index_of(module_name)
        return self._page_at(i) if i >= 0 and self.ctx is not None else None

    def page_of(self, cls: type[P]) -> Optional[P]:
        """The page of class ``cls``, built if it was not yet."""
        page = self.page(cls.__module__)
        return page if isinstance(page, cls) else None

    def show_page_of(self, cls: type[P]) -> Optional[P]:
        self.show_page_module(cls.__module__)
        return self.page_of(cls)

    def show_projector(self) -> None:
        """View ▸ Projector (F5): the room's window, following this one (ui/projector.py)."""
        from .projector import open_projector

        open_projector(self)

    def export_minutes(self) -> None:
        """File ▸ Export minutes: the minutes page's export (the page owns the logic)."""
        from .pages.report import ReportPage

        self.commit_pages()
        page = self.show_page_of(ReportPage)
        if page is not None:
            page.export_minutes()

    def export_signin(self) -> None:
        from .pages.report import ReportPage

        self.commit_pages()
        page = self.show_page_of(ReportPage)
        if page is not None:
            page.export_signin()

    def _remember_page(self) -> None:
        """The page shown, for the next start (written when the file closes, not on every
        switch: a settings write is a file write)."""
        if self._shown >= 0:
            self.settings.set(S.LAST_PAGE, self._shown)

    # ------------------------------------------------------------------ status
    def _on_saved(self) -> None:
        self.saved_label.setText(self.tr("Saved %1").replace(
            "%1", datetime.now().strftime("%H:%M:%S")))

    def _on_error(self, message: str) -> None:
        dialogs.show_error(self, message)

    def _on_store_changed(self, change) -> None:
        if change.touches("meetings"):
            self._update_meeting_label()

    def _update_meeting_label(self, *_args) -> None:
        m = self.store.maybe(Meeting, self.ctx.meeting_id) if self.ctx else None
        if m is None:
            self.meeting_label.setText(self.tr("No meeting chosen"))
            return
        head = self.tr("Meeting %1/%2").replace("%1", str(m.number)).replace("%2", str(m.be_year))
        self.meeting_label.setText(f"{head}\n{m.title}" if m.title else head)

    def _update_title(self) -> None:
        if self.store is None:
            self.setWindowTitle(self.tr("Prachakhom"))
            return
        title = self.tr("%1 — Prachakhom").replace("%1", self.store.path.name)
        if self.store.read_only:
            title += " " + self.tr("[read-only]")
        self.setWindowTitle(title)

    # ------------------------------------------------------------------ file commands
    def open_file(self, path: str | os.PathLike) -> bool:
        """Open ``path``; explain in a dialog when it cannot be (the current file stays)."""
        path = Path(path)
        name = path.name
        if self.store is not None and path.resolve() == self.store.path.resolve():
            return True
        try:
            store = Store.open(path, backups=False)   # the backup waits for the window
        except errors.ReadOnlyFile as exc:
            if not dialogs.ask_open_read_only(self, name):
                return False
            try:
                store = Store.open(path, read_only=True, backups=False)
            except errors.WorkshopError as exc2:
                self._explain(exc2, name)
                return False
            del exc
        except errors.WorkshopError as exc:
            self._explain(exc, name)
            if isinstance(exc, errors.NotFound):
                self.settings.remove_recent(str(path.resolve()))
            return False
        self.set_store(store)
        self._open_backup_due = not store.read_only
        if self._painted:                 # File ▸ Open in a window already on screen
            QTimer.singleShot(0, self._make_open_backup)
        self.settings.add_recent(path)
        if store.recovered is not None:   # an edit cut off by a crash was rolled back
            self.statusBar().showMessage(i18n.error_text(store.recovered), 20000)
        return True

    def reopen(self) -> bool:
        """Close the open file and open it again (its content was replaced: a restore)."""
        path = self.store.path if self.store is not None else None
        self._close_store()
        return path is not None and self.open_file(path)

    def _explain(self, exc: errors.WorkshopError, name: str) -> None:
        title, message = dialogs.explain_open_error(exc, name)
        dialogs.show_error(self, message, title)

    def _ask_open_path(self) -> str:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open a workshop file"), self._start_dir(),
            self.tr("Workshop files (*%1);;All files (*)").replace("%1", FILE_SUFFIX))
        return path

    def _ask_save_path(self, title: str, suggested: str) -> str:
        path, _ = QFileDialog.getSaveFileName(
            self, title, str(Path(self._start_dir()) / suggested),
            self.tr("Workshop files (*%1)").replace("%1", FILE_SUFFIX))
        if path and not path.endswith(FILE_SUFFIX):
            path += FILE_SUFFIX
        return path

    def _start_dir(self) -> str:
        if self.store is not None:
            return str(self.store.path.parent)
        return str(Path.home())

    def open_dialog(self) -> None:
        path = self._ask_open_path()
        if path:
            self.open_file(path)

    def new_file(self) -> None:
        path = self._ask_save_path(self.tr("New workshop file"), self.tr("forum") + FILE_SUFFIX)
        if not path:
            return
        p = Path(path)
        if p.exists() and self.store is not None and p.resolve() == self.store.path.resolve():
            dialogs.show_error(self, self.tr("That file is the one already open."))
            return
        try:
            if p.exists():
                p.unlink()   # the save dialog asked before replacing it
            store = Store.create(p)
            meetings.create_meeting(store)
        except (errors.WorkshopError, OSError) as exc:
            dialogs.show_error(self, i18n.error_text(exc))
            return
        self.set_store(store)
        self.settings.add_recent(p)

    def save_copy(self) -> None:
        if self.store is None:
            return
        self.commit_pages()           # the copy holds what is being typed too
        suggested = self.store.path.stem + "-" + datetime.now().strftime("%Y%m%d") + FILE_SUFFIX
        path = self._ask_save_path(self.tr("Save a copy as"), suggested)
        if not path:
            return
        if Path(path).resolve() == self.store.path.resolve():
            dialogs.show_error(self, self.tr("Choose another name: that is the open file."))
            return
        try:
            self.store.backup_to(path)
        except errors.WorkshopError as exc:
            dialogs.show_error(self, i18n.error_text(exc))
            return
        self.statusBar().showMessage(
            self.tr("A copy was saved as %1").replace("%1", str(path)), 8000)

    def hand_over(self) -> None:
        if self.ctx is not None:
            run = handover.HandOver(self, self.ctx, self.commit_pages)
            if run.run():
                self.statusBar().showMessage(run.message, 8000)

    def show_about(self) -> None:
        dialogs.show_about(self, ICON)

    # ------------------------------------------------------------------ window state
    def _restore_window(self) -> None:
        geo = self.settings.get(S.GEOMETRY)
        if not geo.isEmpty():
            self.restoreGeometry(geo)
        else:
            # first run: use the screen (a village laptop is often 1366×768), less the task bar
            screen = QApplication.primaryScreen()
            if screen is not None:
                room = screen.availableGeometry()
                self.resize(DEFAULT_SIZE.expandedTo(room.size() * 0.9).boundedTo(room.size()))
                self.move(room.center() - self.rect().center())
        state = self.settings.get(S.WINDOW_STATE)
        if not state.isEmpty():
            self.restoreState(state)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        self.settings.set(S.GEOMETRY, self.saveGeometry())
        self.settings.set(S.WINDOW_STATE, self.saveState())
        self._close_store()
        event.accept()

