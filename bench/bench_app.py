"""The app as a facilitator waits for it, each measure beside its floor in the same run.

Every run is a fresh process (``python bench/bench_app.py --child MODE ...``), so imports,
the first paint and the process exit are measured as a start from the desktop would see them:

* ``bare``: a bare ``QMainWindow`` (PySide6 imported, a QApplication, the window shown):
  the floor for the first paint and for memory;
* ``app FILE MEETING``: the main window with FILE open: its first paint; then every page
  shown on MEETING (first show = build), every page shown again three times (a page switch:
  the median of each page's three), the current
  meeting changed and back, each page's ``load()`` for MEETING, the peak RSS, and the
  process exit after the window closed.

Times are from the child's first line (before PySide6 is imported) to the first paint of the
window's central widget, the same event for both.
"""
from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

T0 = time.perf_counter()
#: the app as the README installs it: numpy and scipy are test extras only (networkx then lays
#: out in plain Python, workshop/spring.py), so a child run "as installed" cannot import them
AS_INSTALLED = "PRACHAKHOM_BENCH_AS_INSTALLED"
if os.environ.get(AS_INSTALLED) and sys.argv[1:2] == ["--child"]:
    for _name in ("numpy", "scipy"):
        sys.modules[_name] = None  # type: ignore[assignment]
ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def _peak_rss_mib() -> float:
    with open("/proc/self/status", encoding="ascii") as fh:
        for line in fh:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return 0.0


def _wait_first_paint(app, window) -> float:
    """Show ``window`` and return the seconds since T0 at its central widget's first paint."""
    from PySide6.QtCore import QEvent, QObject

    painted: list[float] = []

    class Spy(QObject):
        def eventFilter(self, obj, event):  # noqa: N802 - Qt API
            if event.type() == QEvent.Type.Paint and not painted:
                painted.append(time.perf_counter() - T0)
            return False

    spy = Spy()
    window.centralWidget().installEventFilter(spy)
    window.resize(1366, 768)
    window.show()
    deadline = time.perf_counter() + 30
    while not painted and time.perf_counter() < deadline:
        app.processEvents()
    window.centralWidget().removeEventFilter(spy)
    return painted[0] if painted else float("nan")


def _child_bare() -> dict:
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    app = QApplication([sys.argv[0]])
    window = QMainWindow()
    window.setCentralWidget(QLabel("ประชาคม"))
    paint = _wait_first_paint(app, window)
    return {"paint": paint, "rss": _peak_rss_mib(), "window": window, "app": app}


def _switch(app, window, index: int) -> float:
    t = time.perf_counter()
    window.show_page(index)
    app.processEvents()
    return time.perf_counter() - t


def _fail(what: str) -> None:
    """End the child at once with ``what`` and the main thread's stack on stderr."""
    import traceback

    print(f"bench child: {what}", file=sys.stderr)
    traceback.print_stack(file=sys.stderr)
    sys.stderr.flush()
    os._exit(3)


def _uncaught(exc_type, exc, tb) -> None:
    import traceback

    traceback.print_exception(exc_type, exc, tb, file=sys.stderr)
    _fail("uncaught exception")


def _raise_uncaught() -> None:
    """An uncaught error (in a slot too) ends the child instead of opening the app's report
    dialog (the app's ``build_window`` installs its own hook: call this after it again)."""
    sys.excepthook = _uncaught


def _fail_fast(app) -> object:
    """Nobody is there to press OK: an uncaught error, or any modal dialog (an error shown by
    a page, the crash report, a question), ends the child with its text and where it was
    opened, instead of waiting forever.  Returns the timer (keep a reference)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    def modal():
        w = QApplication.activeModalWidget()
        if w is not None:
            text = w.text() if isinstance(w, QMessageBox) else ""
            _fail(f"a modal {type(w).__name__} opened: {w.windowTitle()!r} {text!r}")

    _raise_uncaught()
    timer = QTimer()
    timer.timeout.connect(modal)
    timer.start(100)          # fires inside a dialog's exec() too (its own event loop)
    return timer


def _child_app(path: str, meeting_id: str, other_id: str, visit: bool) -> dict:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from ui import app as app_mod
    from ui import settings as S

    settings = S.Settings()
    app = app_mod.create_app([], settings)
    watchdog = _fail_fast(app)
    window = app_mod.build_window([path], settings)
    _raise_uncaught()
    paint = _wait_first_paint(app, window)
    out: dict = {"paint": paint, "app": app, "window": window, "watchdog": watchdog}
    if not visit:
        out["rss"] = _peak_rss_mib()
        return out
    from ui.pages import PAGES

    window.ctx.set_meeting(meeting_id)
    app.processEvents()
    names = [e[0].rsplit(".", 1)[-1] for e in PAGES]
    out["first_show"] = {n: _switch(app, window, i) for i, n in enumerate(names)}
    # a page switch: each page shown again, three rounds, the median of each page's three
    # (one switch is a few tens of ms, where another process on the machine weighs as much)
    rounds = [{n: _switch(app, window, i) for i, n in enumerate(names)} for _ in range(3)]
    out["switch"] = {n: statistics.median(r[n] for r in rounds) for n in names}
    out["switch_max"] = {n: max(r[n] for r in rounds) for n in names}
    loads = {}
    for i, n in enumerate(names):
        page = window.pages[i]
        samples = []
        for _ in range(3):
            t = time.perf_counter()
            page.load()
            samples.append(time.perf_counter() - t)
        loads[n] = statistics.median(samples)
    out["load"] = loads
    changes = []
    for mid in (other_id, meeting_id, other_id, meeting_id):
        t = time.perf_counter()
        window.ctx.set_meeting(mid)
        app.processEvents()
        changes.append(time.perf_counter() - t)
    out["change_meeting"] = statistics.median(changes)
    window.ctx.set_meeting(other_id)
    app.processEvents()
    out["catch_up"] = {n: _switch(app, window, i) for i, n in enumerate(names)}
    out["rss"] = _peak_rss_mib()
    out["numpy"] = sys.modules.get("numpy") is not None
    return out


def child_main(argv: list[str]) -> int:
    mode = argv[0]
    if mode == "bare":
        r = _child_bare()
    else:
        r = _child_app(argv[1], argv[2], argv[3], visit=(mode == "app-visit"))
    window, app = r.pop("window"), r.pop("app")
    watchdog = r.pop("watchdog", None)      # noqa: F841 - alive until the window closed
    window.close()
    app.processEvents()
    r["closed_at"] = time.monotonic()
    print(json.dumps(r), flush=True)
    if mode != "bare":             # the app's own way out after its window closed
        from ui.app import exit_process

        exit_process(0)
    return 0


#: a child that has not finished by then is stuck (the visit of every page on the 4× file
#: took four minutes before the pages were scoped to the meeting)
CHILD_TIMEOUT_S = 600


def spawn(*args: str, env: dict | None = None) -> dict:
    """Run one child; its JSON result plus ``exit``: seconds from the window closed to the
    process gone."""
    tmp = Path(tempfile.mkdtemp(prefix="prachakhom-app-"))
    full_env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT),
                    PRACHAKHOM_CONFIG_DIR=str(tmp / "config"),
                    PRACHAKHOM_DATA_DIR=str(tmp / "data"), **(env or {}))
    proc = subprocess.Popen([sys.executable, str(Path(__file__).resolve()), "--child", *args],
                            cwd=ROOT, env=full_env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    try:                   # both pipes read as they fill: a chatty child cannot block on one
        out, err = proc.communicate(timeout=CHILD_TIMEOUT_S)
    except subprocess.TimeoutExpired:
        proc.kill()
        out, err = proc.communicate()
        err += f"\n(killed after {CHILD_TIMEOUT_S} s)"
    gone = time.monotonic()
    shutil.rmtree(tmp, ignore_errors=True)
    line = out.splitlines()[0] if out else ""
    if proc.returncode != 0 or not line:
        raise RuntimeError(f"bench child {' '.join(args)} failed (exit {proc.returncode}):\n"
                           f"{err[-4000:]}")
    result = json.loads(line)
    result["exit"] = gone - result.pop("closed_at")
    return result


def working_copy(path: Path) -> Path:
    """A copy of ``path`` to open in the app (opening writes: a lock, maybe a backup)."""
    tmp = Path(tempfile.mkdtemp(prefix="prachakhom-copy-"))
    copy = tmp / path.name
    shutil.copyfile(path, copy)
    return copy


def median_of(runs: list[dict], key: str) -> float:
    return statistics.median(r[key] for r in runs)


if __name__ == "__main__" and len(sys.argv) > 1 and sys.argv[1] == "--child":
    sys.exit(child_main(sys.argv[2:]))
