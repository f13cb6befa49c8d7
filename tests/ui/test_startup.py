"""Start-up does only what the first screen needs: the open-time backup waits until the window
is on screen (and is made before the first edit anyway); the PDF libraries, the Thai word
dictionary and the headless commands are not imported by the GUI until used."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from workshop.meetings import create_meeting
from workshop.model import Meeting
from workshop.store import Store

ROOT = Path(__file__).resolve().parents[2]


def _file(tmp_path) -> Path:
    path = tmp_path / "forum.prachakhom"
    with Store.create(path, backups=False) as store:
        create_meeting(store, Meeting(title="เวทีประชาคม", date="2026-11-24"))
    return path


def _backups(window) -> list[Path]:
    return window.store.list_backups()


def test_the_open_backup_is_made_once_the_window_is_on_screen(qtbot, tmp_path, settings):
    from ui.mainwindow import MainWindow

    w = MainWindow(settings)
    qtbot.addWidget(w)
    assert w.open_file(_file(tmp_path))
    assert _backups(w) == []                     # not while the window is being built
    w.show()
    qtbot.waitUntil(lambda: len(_backups(w)) == 1, timeout=3000)
    w.close()


def test_the_open_backup_comes_before_the_first_edit(qtbot, tmp_path, settings):
    from ui.mainwindow import MainWindow

    w = MainWindow(settings)                     # never shown
    qtbot.addWidget(w)
    assert w.open_file(_file(tmp_path))
    setup = w.page("ui.pages.setup")
    assert _backups(w) == []
    setup.title.setText("เวทีประชาคมหมู่บ้าน")
    setup.commit_pending()                       # the first edit: the backup is made first
    backups = _backups(w)
    assert len(backups) == 1
    with Store.open(backups[0], backups=False, read_only=True, lock=False) as copy:
        assert copy.find(Meeting)[0].title == "เวทีประชาคม"      # the file as it was opened
    assert w.store.find(Meeting)[0].title == "เวทีประชาคมหมู่บ้าน"
    w.close()
    assert len(list(backups[0].parent.glob("*.prachakhom"))) == 2   # and the one at close


SCRIPT = """
import json, os, sys
from ui import app as app_mod, settings as S
s = S.Settings()
app = app_mod.create_app([], s)
w = app_mod.build_window([sys.argv[1]], s)
w.show()
app.processEvents()
assert w.store is not None
heavy = ("reportlab", "uharfbuzz", "sqlite_utils", "workshop.cli.documents",
         "workshop.cli.exchange", "workshop.minutes.layout", "ui.pages.priorities",
         "ui.pages.report", "ui.pages.speakers")
print(json.dumps({"loaded": [m for m in heavy if m in sys.modules],
                  "pages": [type(p).__name__ for p in w.pages]}))
w.close()
"""


def test_the_gui_starts_without_the_pdf_and_command_libraries(tmp_path):
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen",
               PRACHAKHOM_CONFIG_DIR=str(tmp_path / "config"),
               PRACHAKHOM_DATA_DIR=str(tmp_path / "data"))
    out = subprocess.run([sys.executable, "-c", SCRIPT, str(_file(tmp_path))], cwd=ROOT,
                         env=env, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    result = json.loads(out.stdout.strip().splitlines()[-1])
    assert result["pages"] == ["MeetingsPage"]
    assert result["loaded"] == []


def test_main_tells_a_command_from_a_file_without_importing_the_commands(tmp_path,
                                                                          monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "forum").write_bytes(b"")
    code = ("import sys, main\n"
            "cases = [[], ['forum.prachakhom'], ['./forum'], ['-style', 'fusion'],"
            " ['check', 'f'], ['--help'], ['restor'], ['x.prachakhom', 'extra']]\n"
            "print([main.needs_commands(c) for c in cases], 'workshop.cli' in sys.modules)\n")
    out = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True,
                         text=True, timeout=60, env=dict(os.environ, PYTHONPATH=str(ROOT)))
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["[False,", "False,", "False,", "True,", "True,", "True,",
                                  "True,", "True]", "False"]
    import main
    from workshop.store import FILE_SUFFIX

    assert main.FILE_SUFFIX == FILE_SUFFIX
    for name in __import__("workshop.cli", fromlist=["COMMANDS"]).COMMANDS:
        assert main.needs_commands([name, "x"]) and main.needs_commands([name]), name


RUN = """
import sys
from PySide6.QtCore import QTimer
from ui import app as app_mod
build = app_mod.build_window


def build_and_close_soon(argv, settings):
    window = build(argv, settings)
    QTimer.singleShot(300, window.close)
    return window


app_mod.build_window = build_and_close_soon
app_mod.run([sys.argv[1]])
print("not reached")
"""


def test_the_app_exits_at_once_with_the_file_closed_and_settings_saved(tmp_path):
    path = _file(tmp_path)
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen",
               PRACHAKHOM_CONFIG_DIR=str(tmp_path / "config"),
               PRACHAKHOM_DATA_DIR=str(tmp_path / "data"))
    out = subprocess.run([sys.executable, "-c", RUN, str(path)], cwd=ROOT, env=env,
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert "not reached" not in out.stdout
    with Store.open(path, backups=False) as store:      # the lock was released
        assert store.find(Meeting)
    assert list((tmp_path / "data").rglob("*.prachakhom")), "no backup was made"
    ini = "".join(p.read_text(encoding="utf-8", errors="replace")
                  for p in (tmp_path / "config").rglob("*.ini"))
    assert path.name in ini                              # recent files / last file synced


def _start_without_display(tmp_path, language: str) -> subprocess.CompletedProcess:
    config = tmp_path / "config"
    config.mkdir()
    (config / "preferences.ini").write_text(f"[ui]\nlanguage={language}\n", encoding="utf-8")
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env.update(PRACHAKHOM_CONFIG_DIR=str(config), PRACHAKHOM_DATA_DIR=str(tmp_path / "data"),
               PYTHONPATH=str(ROOT))
    return subprocess.run([sys.executable, str(ROOT / "main.py"), str(_file(tmp_path))],
                          env=env, capture_output=True, text=True, timeout=120)


def test_no_display_is_one_clear_message_in_the_users_language(tmp_path):
    """On Linux without a display Qt would abort the process with a core dump; the app says
    why in one line instead (Thai when the user chose Thai) and exits with 1."""
    if not sys.platform.startswith("linux"):
        import pytest

        pytest.skip("the display check is for Linux")
    th = _start_without_display(tmp_path, "th")
    assert th.returncode == 1, th.stderr
    assert th.stderr.strip().startswith("เครื่องนี้ไม่มีจอภาพ"), th.stderr
    assert "Traceback" not in th.stderr and "qt.qpa" not in th.stderr
    assert len(th.stderr.strip().splitlines()) == 1


def test_display_problem_names_the_missing_library(monkeypatch):
    """With X11 but a library of Qt's window plugin missing (a bare Debian lacks
    libxcb-cursor0, libxcb-icccm4, ...), the message says which package to install."""
    from ui import app as app_mod

    monkeypatch.setattr(app_mod.sys, "platform", "linux")
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.setenv("DISPLAY", ":99")
    loaded = []

    def no_library(name):
        loaded.append(name)
        raise OSError("libxcb-icccm.so.4: cannot open shared object file: No such file")

    monkeypatch.setattr(app_mod.ctypes, "CDLL", no_library)
    message, package = app_mod.display_problem()
    assert "%1" in message and package == "libxcb-icccm4"
    assert loaded and loaded[0].endswith("libqxcb.so")
    monkeypatch.setattr(app_mod.ctypes, "CDLL", lambda name: object())
    assert app_mod.display_problem() == ("", "")
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    monkeypatch.setattr(app_mod.ctypes, "CDLL", no_library)
    assert app_mod.display_problem() == ("", "")


def test_debian_package_names_follow_debians_rule():
    from ui.app import debian_package

    assert debian_package("libxcb-cursor.so.0: cannot open shared object file") == "libxcb-cursor0"
    assert debian_package("libxkbcommon-x11.so.0: cannot open") == "libxkbcommon-x11-0"
    assert debian_package("libxcb-render-util.so.0: x") == "libxcb-render-util0"
