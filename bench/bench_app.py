"""The app on the five-year file: open it in the main window, then show every page.

Measures what a facilitator waits for: the window ready with the file open, and each page's
first appearance on the biggest meeting (its refresh from the store).
"""
from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def run(path: Path, meeting_id: str) -> dict:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    tmp = Path(tempfile.mkdtemp(prefix="prachakhom-app-"))
    os.environ["PRACHAKHOM_CONFIG_DIR"] = str(tmp / "config")
    os.environ["PRACHAKHOM_DATA_DIR"] = str(tmp / "data")
    copy = tmp / path.name
    shutil.copyfile(path, copy)

    from PySide6.QtWidgets import QApplication

    from ui import app as app_mod
    from ui import settings as S
    from ui.pages import PAGES

    settings = S.Settings()
    app = QApplication.instance() or app_mod.create_app([], settings)
    t0 = time.perf_counter()
    window = app_mod.build_window([str(copy)], settings)
    window.resize(1366, 768)
    window.show()
    app.processEvents()
    open_s = time.perf_counter() - t0
    window.ctx.set_meeting(meeting_id)
    app.processEvents()
    pages: dict[str, float] = {}
    for module, _cls in PAGES:
        t = time.perf_counter()
        window.show_page_module(module)
        app.processEvents()
        pages[module.rsplit(".", 1)[-1]] = time.perf_counter() - t
    window.close()
    app.processEvents()
    shutil.rmtree(tmp, ignore_errors=True)
    return {"open": open_s, "pages": pages}
