"""Start the GUI: ``python main.py [FILE]``.

Opens FILE, else the last file used, else (first run) a demo workshop in the data folder.
"""
from __future__ import annotations

import ctypes
import logging
import os
import re
import sys
from pathlib import Path
from typing import NoReturn, Optional

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLibraryInfo
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from workshop import errors, meetings, paths
from workshop.store import FILE_SUFFIX, Store

from . import dialogs, fonts, i18n
from . import settings as S
from .mainwindow import ICON, MainWindow

log = logging.getLogger(__name__)


def demo_path() -> Path:
    return paths.data_dir() / f"demo{FILE_SUFFIX}"


def make_demo(path: Path) -> Path:
    """Write the demo workshop (or, without workshop.demo, an empty one with one meeting)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        from workshop import demo
    except ImportError:
        demo = None
    with Store.create(path, backups=False) as store:
        if demo is not None and hasattr(demo, "build_demo"):
            demo.build_demo(store)
        else:
            meetings.create_meeting(store)
    return path


def choose_file(argv: list[str], settings: S.Settings) -> Optional[Path]:
    """The file to open at start: the argument, the last file, or the demo (made if needed)."""
    args = [a for a in argv if not a.startswith("-")]
    if args:
        return Path(args[0])
    last = settings.get(S.LAST_FILE)
    if last and Path(last).exists():
        return Path(last)
    demo = demo_path()
    if not demo.exists():
        try:
            make_demo(demo)
        except (errors.WorkshopError, OSError) as exc:
            log.warning("could not write the demo workshop: %s", exc)
            return None
    return demo


def create_app(argv: list[str], settings: S.Settings) -> QApplication:
    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "prachakhom",
                                                   *[a for a in argv if a.startswith("-")]])
    QCoreApplication.setOrganizationName(S.ORGANISATION)
    QCoreApplication.setApplicationName(S.APPLICATION)
    if ICON.exists():
        app.setWindowIcon(QIcon(str(ICON)))
    fonts.apply_app_font(app, settings.get(S.FONT_SIZE))
    i18n.install(settings.get(S.LANGUAGE), settings.get(S.THAI_DIGITS))
    return app


def build_window(argv: list[str], settings: S.Settings) -> MainWindow:
    """The main window with the start-up file open (or empty when it could not be)."""
    window = MainWindow(settings)
    dialogs.install_excepthook(lambda: window)
    path = choose_file(argv, settings)
    if path is not None:
        ok = window.open_file(path)
        if not ok and window.store is None and path != demo_path():
            fallback = demo_path()
            if not fallback.exists():
                make_demo(fallback)
            window.open_file(fallback)
    return window


def display_problem() -> tuple[str, str]:
    """Why no window can be shown here: an English message (translated by the caller) and
    what to put in it, or ("", "") when a window can open.  On Linux without a display, or
    on X11 when a system library of Qt's window plugin is missing (a bare Debian lacks
    libxcb-cursor0, libxcb-icccm4, ...): Qt itself would abort the process with a core dump."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return "", ""
    if os.environ.get("WAYLAND_DISPLAY"):
        return "", ""
    if not os.environ.get("DISPLAY"):
        return QT_TRANSLATE_NOOP(
            "Startup", "There is no display here, so the window cannot open. Start Prachakhom "
            "from the desktop, or run a headless command (see: prachakhom --help)."), ""
    plugin = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)) / "platforms" / \
        "libqxcb.so"
    if not plugin.exists():
        return "", ""
    try:
        ctypes.CDLL(str(plugin))
    except OSError as exc:          # "libxcb-icccm.so.4: cannot open shared object file: ..."
        return QT_TRANSLATE_NOOP(
            "Startup", "The window cannot open: the system library %1 is missing. Install it "
            "once (sudo apt install %1) and start Prachakhom again."), debian_package(str(exc))
    return "", ""


def debian_package(dlopen_error: str) -> str:
    """The Debian package of the library a dlopen error names: ``libxcb-icccm.so.4`` is
    libxcb-icccm4, ``libxkbcommon-x11.so.0`` is libxkbcommon-x11-0 (Debian's naming rule)."""
    m = re.search(r"(lib[\w+.-]+?)\.so\.(\d+)", dlopen_error)
    if not m:
        return "libxcb-cursor0"
    name, version = m.groups()
    return f"{name}-{version}" if name[-1].isdigit() else f"{name}{version}"


def _refuse_start(problem: str, detail: str, settings: S.Settings) -> int:
    """Say ``problem`` (``%1`` is ``detail``) on stderr in the user's language (a
    QCoreApplication needs no display) and return the exit code."""
    core = QCoreApplication.instance() or QCoreApplication([sys.argv[0] if sys.argv else ""])
    i18n.install(settings.get(S.LANGUAGE))
    print(core.translate("Startup", problem).replace("%1", detail), file=sys.stderr)
    return 1


def run(argv: list[str]) -> int:
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    settings = S.Settings()
    problem, detail = display_problem()
    if problem:
        return _refuse_start(problem, detail, settings)
    app = create_app(argv, settings)
    window = build_window(argv, settings)
    window.show()
    code = app.exec()
    window.close()                 # mostly closed already (the last window): the file is closed
    exit_process(code, settings)


def exit_process(code: int, settings: Optional[S.Settings] = None) -> NoReturn:
    """End the process at once once the window has closed the file: the settings are
    synced, the logs and streams flushed, then ``os._exit``.  Python's own teardown would
    free every object one by one (the Thai dictionary alone is ~450,000; the process took
    seconds to go); nothing is left to write by then, and the OS frees the memory."""
    if settings is not None:
        settings.sync()
    logging.shutdown()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):
            pass
    os._exit(code)
