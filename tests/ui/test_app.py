"""The application shell: start-up file choice, open/new/save-copy, error dialogs, undo keys,
settings, the crash report."""
from __future__ import annotations

import os
import sqlite3
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMessageBox

from ui import app as app_mod
from ui import dialogs, pages
from ui import settings as S
from ui.mainwindow import MainWindow
from workshop import schema
from workshop.meetings import create_meeting
from workshop.model import Meeting
from workshop.store import Store


def make_file(path: Path, title: str = "เวที") -> Path:
    with Store.create(path, backups=False) as s:
        create_meeting(s, Meeting(title=title, date="2026-11-24"))
    return path


@pytest.fixture
def empty_window(qtbot, settings):
    w = MainWindow(settings)
    qtbot.addWidget(w)
    yield w
    w.close()


# ------------------------------------------------------------------ start-up
def test_first_run_opens_the_demo(qtbot, settings, tmp_path):
    w = app_mod.build_window([], settings)
    qtbot.addWidget(w)
    try:
        assert w.store is not None
        assert w.store.path == app_mod.demo_path()
        assert w.store.count(Meeting) >= 1
        assert "demo.prachakhom" in w.windowTitle()
        # it is remembered as the last file
        assert settings.get(S.LAST_FILE) == str(app_mod.demo_path().resolve())
    finally:
        w.close()
        sys.excepthook = sys.__excepthook__


def test_start_opens_argument_then_last_file(qtbot, settings, tmp_path):
    a = make_file(tmp_path / "a.prachakhom", "ก")
    b = make_file(tmp_path / "b.prachakhom", "ข")
    w = app_mod.build_window([str(a)], settings)
    qtbot.addWidget(w)
    assert w.store.path.name == "a.prachakhom"
    w.close()
    settings.add_recent(b)
    w2 = app_mod.build_window([], settings)
    qtbot.addWidget(w2)
    assert w2.store.path.name == "b.prachakhom"
    w2.close()
    sys.excepthook = sys.__excepthook__


def test_window_title_and_default_size_fit_1366x768(window):
    assert window.windowTitle().startswith("window.prachakhom")
    assert window.width() <= 1366 and window.height() <= 740
    assert window.minimumSizeHint().width() <= 1366


def test_pages_are_listed_in_one_place_and_a_missing_one_is_an_error(window, monkeypatch):
    # pages are built on first show: only the one on screen exists at start
    assert [type(p).__module__ for p in window.pages] == [pages.PAGES[0].module]
    assert window.nav.count() == len(pages.PAGES) == window.stack.count()
    assert [window.nav.item(i).text() for i in range(window.nav.count())] == \
        [cls.page_title() for cls in pages.page_classes()]
    for i in range(len(pages.PAGES)):
        window.show_page(i)
        assert window.stack.currentWidget() is window.pages[i]
        assert window.stack.currentWidget().isVisibleTo(window)
    names = [type(p).__module__ for p in window.pages]
    assert names == [entry.module for entry in pages.PAGES]
    assert window.nav.count() == len(window.pages) == window.stack.count()
    monkeypatch.setattr(pages, "PAGES", [*pages.PAGES, ("ui.pages.not_there", "X")])
    with pytest.raises(ModuleNotFoundError):
        pages.page_classes()
    monkeypatch.setattr(pages, "PAGES", [("ui.pages.setup", "NoSuchPage")])
    with pytest.raises(ImportError):
        pages.page_classes()


def test_ctrl_digit_switches_pages(window, qtbot):
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentIndex() == 1
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentIndex() == 0


def test_shortcuts_declared(window):
    assert window.act_new.shortcut() == QKeySequence(QKeySequence.StandardKey.New)
    assert window.act_open.shortcut() == QKeySequence("Ctrl+O")
    assert window.act_save_copy.shortcut() == QKeySequence("Ctrl+Shift+S")
    assert window.act_quit.shortcut() == QKeySequence("Ctrl+Q")
    assert window.act_about.shortcut() == QKeySequence("F1")
    assert window.act_undo.shortcut() == QKeySequence("Ctrl+Z")
    assert {s.toString() for s in window.act_redo.shortcuts()} == {"Ctrl+Shift+Z", "Ctrl+Y"}


def test_saved_status_and_undo_redo_through_the_menu(window, qtbot):
    ctx = window.ctx
    assert window.saved_label.text() == ""
    from workshop import meetings

    ctx.run("t", meetings.update_details, ctx.store, ctx.meeting_id, title="ใหม่")
    assert window.saved_label.text().startswith("Saved ")
    assert window.act_undo.isEnabled()
    window.act_undo.trigger()
    assert ctx.store.get(Meeting, ctx.meeting_id).title == "เวทีประชาคม"
    window.act_redo.trigger()
    assert ctx.store.get(Meeting, ctx.meeting_id).title == "ใหม่"


def test_error_occurred_shows_a_message(window, modals):
    window.ctx.errorOccurred.emit("The disk is full")
    shown = modals.pop("QMessageBox")
    assert shown.text == "The disk is full"


# ------------------------------------------------------------------ files
def test_new_file(window, tmp_path, monkeypatch):
    target = tmp_path / "new.prachakhom"
    monkeypatch.setattr(window, "_ask_save_path", lambda *a: str(target))
    window.new_file()
    assert window.store.path == target
    assert window.store.count(Meeting) == 1
    assert window.ctx.meeting_id
    assert window.settings.recent_files()[0] == str(target.resolve())


def test_save_copy(window, tmp_path, monkeypatch):
    target = tmp_path / "usb" / "copy.prachakhom"
    target.parent.mkdir()
    monkeypatch.setattr(window, "_ask_save_path", lambda *a: str(target))
    window.save_copy()
    with Store.open(target, read_only=True, backups=False, lock=False) as s:
        assert s.find(Meeting)[0].title == "เวทีประชาคม"


def test_open_and_recent(window, tmp_path, monkeypatch):
    other = make_file(tmp_path / "other.prachakhom", "อื่น")
    monkeypatch.setattr(window, "_ask_open_path", lambda: str(other))
    window.open_dialog()
    assert window.store.path == other
    assert window.store.find(Meeting)[0].title == "อื่น"
    window._fill_recent()
    paths_in_menu = [a.data() for a in window.menu_recent.actions()]
    assert str(other.resolve()) in paths_in_menu


def test_open_damaged_file(window, tmp_path, modals):
    bad = tmp_path / "bad.prachakhom"
    good = make_file(tmp_path / "good.prachakhom")
    data = bytearray(good.read_bytes())
    data[100:len(data)] = b"\xff" * (len(data) - 100)   # keep the header, ruin the pages
    bad.write_bytes(bytes(data))
    before = window.store.path
    assert not window.open_file(bad)
    shown = modals.pop("QMessageBox")
    assert shown.title in ("Damaged file", "Not a workshop file")
    assert "bad.prachakhom" in shown.text
    assert window.store.path == before   # the open file stays open


def test_open_not_a_workshop_file(window, tmp_path, modals):
    p = tmp_path / "notes.prachakhom"
    p.write_text("hello")
    assert not window.open_file(p)
    assert modals.pop().title == "Not a workshop file"


def test_open_newer_version(window, tmp_path, modals):
    p = make_file(tmp_path / "newer.prachakhom")
    conn = sqlite3.connect(p)
    conn.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION + 5}")
    conn.commit()
    conn.close()
    assert not window.open_file(p)
    shown = modals.pop()
    assert shown.title == "Made by a newer version"
    assert "newer version" in shown.text


def test_open_locked_file(window, tmp_path, modals):
    p = make_file(tmp_path / "busy.prachakhom")
    holder = Store.open(p, backups=False)     # "another window"
    try:
        assert not window.open_file(p)
        assert modals.pop().title == "File already open"
    finally:
        holder.close()


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0,
                    reason="root can write read-only files")
def test_open_read_only_file_for_viewing(window, tmp_path, modals):
    p = make_file(tmp_path / "ro.prachakhom")
    p.chmod(0o444)
    try:
        modals.answer(QMessageBox.StandardButton.Open)
        assert window.open_file(p)
        assert modals.pop().title == "Read-only file"
        assert window.store.read_only
        assert "[read-only]" in window.windowTitle()
    finally:
        window.close()
        p.chmod(0o644)


def test_open_read_only_file_when_not_writable(window, tmp_path, modals, monkeypatch):
    """Even as root: make the store report the file read-only."""
    p = make_file(tmp_path / "ro2.prachakhom")
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda path, mode: False if Path(path) == p
                        and mode == os.W_OK else real_access(path, mode))
    modals.answer(QMessageBox.StandardButton.Open)
    assert window.open_file(p)
    assert modals.pop().title == "Read-only file"
    assert window.store.read_only
    assert "[read-only]" in window.windowTitle()
    meetings_page = window.page("ui.pages.meetings")
    assert not meetings_page.btn_new.isEnabled()
    # an edit attempt is refused with a message, nothing is written
    from workshop import meetings

    assert not window.ctx.run("t", meetings.update_details, window.store,
                              window.ctx.meeting_id, title="x")
    assert "viewing only" in modals.pop().text


def test_open_read_only_refused(window, tmp_path, modals, monkeypatch):
    p = make_file(tmp_path / "ro3.prachakhom")
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda path, mode: False if Path(path) == p
                        and mode == os.W_OK else real_access(path, mode))
    before = window.store.path
    assert not window.open_file(p)       # the default answer is Cancel
    modals.pop()
    assert window.store.path == before


# ------------------------------------------------------------------ crashes
class Emitter(QObject):
    fire = Signal()


@pytest.mark.qt_no_exception_capture
def test_crash_in_a_slot_shows_a_report_and_the_app_goes_on(window, qtbot, modals):
    previous = dialogs.install_excepthook(lambda: window)
    try:
        em = Emitter()

        def broken():
            raise ZeroDivisionError("boom in a slot")

        em.fire.connect(broken)
        em.fire.emit()
        shown = modals.pop("ReportDialog")
        assert "ZeroDivisionError" in shown.dialog.text.toPlainText()
        assert "boom in a slot" in shown.dialog.report
        shown.dialog.copy()
        from PySide6.QtGui import QGuiApplication

        assert "boom in a slot" in QGuiApplication.clipboard().text()
        # the window still works and nothing was lost
        assert window.isEnabled()
        assert window.store.count(Meeting) == 1
    finally:
        sys.excepthook = previous


def test_preferences_saved(window, modals):
    dlg = dialogs.PreferencesDialog(window.settings, window)
    dlg.language.setCurrentIndex(dlg.language.findData("th"))
    dlg.thai_digits.setChecked(True)
    dlg.accept()
    assert window.settings.get(S.LANGUAGE) == "th"
    assert window.settings.get(S.THAI_DIGITS) is True
    # kept apart from window state
    assert (window.settings.folder / "preferences.ini").exists()
    window.close()
    assert (window.settings.folder / "state.ini").exists()
    assert not window.settings.qsettings(S.GEOMETRY).fileName().endswith("preferences.ini")


def test_settings_in_config_dir_from_env(tmp_path, monkeypatch, qapp):
    monkeypatch.setenv("PRACHAKHOM_CONFIG_DIR", str(tmp_path / "cfg"))
    s = S.Settings()
    assert s.get(S.LANGUAGE) == ""
    s.add_recent(tmp_path / "x.prachakhom")
    s.add_recent(tmp_path / "y.prachakhom")
    s.add_recent(tmp_path / "x.prachakhom")
    again = S.Settings()
    assert [Path(p).name for p in again.recent_files()] == ["x.prachakhom", "y.prachakhom"]
    assert (tmp_path / "cfg" / "state.ini").exists()


def test_about_dialog(window, modals):
    window.show_about()
    assert modals.pop().title == "About Prachakhom"


def test_closing_the_window_backs_up_the_last_edits(qtbot, tmp_path, settings):
    from ui.mainwindow import MainWindow

    store = Store.create(tmp_path / "w.prachakhom", backup_dir=tmp_path / "backups")
    m = create_meeting(store, Meeting(title="เวที", date="2026-11-24"))
    w = MainWindow(settings, store)
    qtbot.addWidget(w)
    assert w.backup_timer.isActive()
    before = len(store.list_backups())
    store.update(Meeting, m.id, venue="ศาลาวัด")
    w.close()
    backups = sorted((tmp_path / "backups").glob("*.prachakhom"))
    assert len(backups) == before + 1
    with Store.open(backups[-1], backups=False) as copy:
        assert copy.get(Meeting, m.id).venue == "ศาลาวัด"


def test_first_run_window_fits_the_screen(qtbot, settings):
    from PySide6.QtWidgets import QApplication

    from ui.mainwindow import MainWindow

    w = MainWindow(settings)
    qtbot.addWidget(w)
    room = QApplication.primaryScreen().availableGeometry()
    assert w.width() <= room.width() and w.height() <= room.height()
    assert room.contains(w.frameGeometry().center())
