"""Every page in Thai shows no untranslated UI string; every .ts is complete and its .qm is
compiled from it.

Only a widget's own UI strings are checked (labels, buttons, group titles, placeholders, tabs,
actions, tooltips, combo box items, header data of views' models, window titles); data shown
in views' cells, text typed into fields and labels marked ``setProperty("userText", True)`` are
user data.  Dialogs, file dialogs' titles and filters and status messages are walked too, and
every tr() of ``ui/`` must have a Thai translation.
"""
from __future__ import annotations

import re
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QAbstractSpinBox, QComboBox,
                               QGroupBox, QLabel, QLineEdit, QPlainTextEdit, QTableView,
                               QTabWidget, QTextEdit, QTreeView, QWidget)

from tests.scripts import console_script
from ui import i18n
from ui import pages as pages_pkg
from workshop import paths

TRANSLATIONS = paths.TRANSLATIONS

# Keys and key sequences, formats and acronyms that stay in Latin letters in Thai UI.
KEY_RE = re.compile(r"\b(?:Ctrl|Shift|Alt|Meta)(?:\+(?:Ctrl|Shift|Alt|Meta|Up|Down|Left|Right|"
                    r"Enter|Return|Space|Tab|Del|Delete|Home|End|PgUp|PgDown|F\d{1,2}|"
                    r"[A-Z0-9]|[^\sA-Za-z]))+")
MNEMONIC_RE = re.compile(r"\(&?[A-Za-z0-9]\)")   # "(&S)", or "(S)" in a tooltip
ALLOWED_WORDS = {"PDF", "CSV", "JSON", "PNG", "JPEG", "JPG", "SVG", "XLSX", "QR", "USB", "PDPA",
                 "ID", "UUID", "SQLite", "F1", "F2", "F5", "Esc", "Enter", "Tab", "Del",
                 "Ctrl", "Shift", "Alt", "Space", "Backspace", "Up", "Down", "Left", "Right",
                 "Home", "End", "PgUp", "PgDown", "Excel", "Word", "UTF-8", "km", "m", "x"}
WORD_RE = re.compile(r"[A-Za-z][A-Za-z0-9_.\-]*")
TS_FILES = sorted(TRANSLATIONS.glob("*_th.ts"))


def untranslated(text: str) -> list[str]:
    """The Latin words in ``text`` that are not allowed to stay untranslated."""
    text = MNEMONIC_RE.sub("", text or "")
    text = KEY_RE.sub("", text).replace("&&", "").replace("&", "")
    return [w for w in WORD_RE.findall(text) if w.rstrip(".") not in ALLOWED_WORDS]


def test_checker_finds_english_and_allows_keys():
    assert untranslated("Save a copy") == ["Save", "a", "copy"]
    assert untranslated("บันทึก (&S)") == []
    assert untranslated("กด Ctrl+Shift+Z เพื่อทำซ้ำ") == []
    assert untranslated("ส่งออก PDF และ CSV") == []
    assert untranslated("Ctrl+Up") == []
    assert untranslated("ลบ Meeting") == ["Meeting"]


def ui_strings(root: QWidget, skip: tuple[QWidget, ...] = ()) -> list[tuple[str, str]]:
    """(where, text) for every UI string of ``root`` and its child widgets (not ``skip``'s)."""
    out: list[tuple[str, str]] = []
    skipped = {id(w) for s in skip for w in s.findChildren(QWidget)}
    widgets = [w for w in [root, *root.findChildren(QWidget)] if id(w) not in skipped]
    views = [w for w in widgets if isinstance(w, QAbstractItemView)]
    in_view = {id(c) for v in views for c in v.viewport().findChildren(QWidget)}
    for w in widgets:
        if id(w) in in_view or w.property("userText"):
            continue
        name = f"{type(w).__name__}({w.objectName()})"
        if w.toolTip():
            out.append((name + ".toolTip", w.toolTip()))
        if w.isWindow() and w.windowTitle():
            out.append((name + ".windowTitle", w.windowTitle()))
        if isinstance(w, QLabel):
            out.append((name + ".text", w.text()))
        if isinstance(w, QAbstractButton):
            out.append((name + ".text", w.text()))
        if isinstance(w, QGroupBox):
            out.append((name + ".title", w.title()))
        if isinstance(w, (QLineEdit, QPlainTextEdit, QTextEdit)):
            out.append((name + ".placeholder", w.placeholderText()))
        if isinstance(w, QAbstractSpinBox):
            out.append((name + ".specialValueText", w.specialValueText()))
            if hasattr(w, "suffix"):
                out.append((name + ".suffix", w.suffix()))
                out.append((name + ".prefix", w.prefix()))
        if isinstance(w, QComboBox):      # (a language is named in itself: "English")
            out.extend((f"{name}.item{i}", w.itemText(i)) for i in range(w.count())
                       if w.itemData(i) != "en")
        if isinstance(w, QTabWidget):
            out.extend((f"{name}.tab{i}", w.tabText(i)) for i in range(w.count()))
        for a in w.actions():
            out.append((f"{name}.action", a.text()))
            out.append((f"{name}.action.toolTip", a.toolTip()))
        header = w.horizontalHeader() if isinstance(w, QTableView) else \
            w.header() if isinstance(w, QTreeView) else None
        if header is not None and w.model() is not None and not header.isHidden():
            m = w.model()
            for c in range(header.count()):
                if not header.isSectionHidden(c):
                    out.append((f"{name}.header{c}",
                                str(m.headerData(c, Qt.Orientation.Horizontal) or "")))
    return [(where, text) for where, text in out if text]


PAGE_CLASSES = pages_pkg.page_classes()


@pytest.fixture
def thai(qapp):
    i18n.install("th")
    yield
    i18n.install("en")


@pytest.mark.parametrize("cls", PAGE_CLASSES, ids=[c.__module__ for c in PAGE_CLASSES])
def test_page_fully_translated_in_thai(qtbot, demo_ctx, thai, cls):
    page = cls(demo_ctx)
    page.resize(1100, 700)
    bad = [(where, text, words) for where, text in ui_strings(page)
           if (words := untranslated(text))]
    title = page.page_title()
    shiboken6.delete(page)   # now, before the store closes (pages may run timers)
    assert not untranslated(title), title
    assert not bad, "untranslated in Thai:\n" + "\n".join(map(str, bad))


@pytest.mark.parametrize("cls", PAGE_CLASSES, ids=[c.__module__ for c in PAGE_CLASSES])
def test_page_opens_in_english(qtbot, demo_ctx, cls):
    i18n.install("en")
    page = cls(demo_ctx)
    title, strings = page.page_title(), ui_strings(page)
    shiboken6.delete(page)
    assert title and not any("\u0e00" <= ch <= "\u0e7f" for ch in title)
    assert strings


def test_main_window_in_thai(qtbot, thai, window):
    """The shell's own strings (the pages are checked one by one above)."""
    own = set(window.page_actions)
    page_titles = {a.text() for a in own} | {a.toolTip() for a in own}
    strings = [(w, t) for w, t in ui_strings(window, skip=(window.stack,))
               if not w.startswith("MainWindow().action") and t not in page_titles]
    strings.extend(("action", a.text()) for a in window.actions() if a not in own)
    for menu in (window.menu_file, window.menu_edit, window.menu_help):
        strings.append(("menu", menu.title()))
        strings.extend(("menu action", a.text()) for a in menu.actions())
    bad = [(w, t) for w, t in strings if untranslated(t) and ".prachakhom" not in t]
    assert not bad, bad


def test_the_checker_would_catch_an_english_page(qtbot, demo_ctx, thai):
    """With Thai installed but a string no .ts knows, the walk reports it."""
    page = QWidget()
    qtbot.addWidget(page)
    QLabel("Untranslated words", page)
    assert any(untranslated(t) for _w, t in ui_strings(page))


@pytest.mark.parametrize("ts", TS_FILES, ids=[p.name for p in TS_FILES])
def test_ts_file_complete(ts: Path):
    tree = ET.parse(ts)
    problems = []
    for ctx in tree.iter("context"):
        cname = ctx.findtext("name")
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            kind = tr.get("type") if tr is not None else "missing"
            if kind in ("obsolete", "vanished"):
                continue
            if tr is None or kind == "unfinished" or not (tr.text or "").strip():
                problems.append(f"{cname}: {msg.findtext('source')!r}")
    assert not problems, f"{ts.name} unfinished:\n" + "\n".join(problems)


@pytest.mark.parametrize("ts", TS_FILES, ids=[p.name for p in TS_FILES])
def test_qm_compiled_from_ts(ts: Path, tmp_path):
    qm = ts.with_suffix(".qm")
    assert qm.exists(), f"{qm.name} missing: run pyside6-lrelease {ts}"
    lrelease = console_script("pyside6-lrelease", "lrelease")
    if lrelease is None:
        assert qm.stat().st_mtime >= ts.stat().st_mtime - 1, f"{qm.name} is older than {ts.name}"
        return
    fresh = tmp_path / qm.name
    subprocess.run([lrelease, str(ts), "-qm", str(fresh)], check=True, capture_output=True)
    assert fresh.read_bytes() == qm.read_bytes(), \
        f"{qm.name} is not compiled from the current {ts.name}: run pyside6-lrelease"


def test_thai_loads_every_qm(qapp):
    files = i18n.qm_files("th")
    assert {p.name for p in files} >= {p.with_suffix(".qm").name for p in TS_FILES}
    i18n.install("th")
    try:
        from PySide6.QtCore import QCoreApplication

        assert QCoreApplication.translate("MeetingsPage", "Meetings") == "การประชุม"
        assert i18n.format_date("2026-11-24") == "24 พฤศจิกายน 2569"
    finally:
        i18n.install("en")
    assert i18n.format_date("2026-11-24") == "24 November 2026"


# ---------------------------------------------------------------- dialogs, files, status bar
GLOB_RE = re.compile(r"\([^()]*\*[^()]*\)")     # "(*.png *.JPG)" in a file filter


def dialog_problems(shown) -> list:
    """Untranslated strings of the recorded dialogs (``modals`` entries or widgets)."""
    bad = []
    for s in shown:
        w = s if isinstance(s, QWidget) else s.dialog
        strings = ui_strings(w)
        if hasattr(w, "text") and callable(w.text) and not w.property("userText"):
            strings.append((f"{type(w).__name__}.text", w.text()))
        bad += [(type(w).__name__, where, t) for where, t in strings
                if untranslated(t.replace(".prachakhom", ""))]
    return bad


@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
def test_dialogs_fully_translated_in_thai(qtbot, demo_ctx, thai, modals, window, monkeypatch,
                                          tmp_path):
    """Every dialog the pages and the window open, its file dialogs' titles and filters, and
    the status-bar and error messages of those actions are Thai."""
    from PySide6.QtWidgets import QFileDialog, QInputDialog

    from ui import dialogs
    from ui.pages.checkin import CheckinPage, NewPersonDialog
    from ui.pages.issues import CategoriesDialog
    from workshop.model import AttendanceStatus

    modals.allow_unexpected = True
    asked: list[tuple[str, str]] = []

    def fake_file(parent, caption="", directory="", filter="", *a, **k):
        asked.append((caption, filter))
        return "", ""

    def fake_text(parent, title, label, *a, **k):
        asked.append((title, label))
        return "", False

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(fake_file))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake_file))
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(fake_text))
    messages: list[str] = []
    widgets: list[QWidget] = []

    def keep(w: QWidget) -> QWidget:
        qtbot.addWidget(w)
        widgets.append(w)
        return w

    # the pages' own dialogs
    keep(NewPersonDialog(demo_ctx.store, "นายสมชาย ใจดี"))
    checkin = keep(CheckinPage(demo_ctx))
    checkin.statusMessage.connect(messages.append)
    demo_ctx.errorOccurred.connect(messages.append)
    checkin.table.selectRow(0)
    for ask in (lambda: checkin.ask_reason(AttendanceStatus.ABSENT),
                lambda: checkin.ask_reason(AttendanceStatus.EXCUSED), checkin.ask_substitute):
        ask()
        assert checkin.dialog is not None
        widgets.append(checkin.dialog)
        checkin.dialog.reject()
    keep(CategoriesDialog(demo_ctx))
    keep(dialogs.PreferencesDialog(window.settings))
    keep(dialogs.ReportDialog("Traceback (most recent call last): ..."))
    input_dialog = keep(QInputDialog())
    input_dialog.setLabelText("ชื่อกลุ่ม:")

    # every page's file dialogs and input dialogs, through their own buttons
    pages = [cls(demo_ctx) for cls in PAGE_CLASSES]
    for page in pages:
        if hasattr(page, "statusMessage"):
            page.statusMessage.connect(messages.append)
        for name in ("_choose_csv", "_ask_import", "_ask_export", "_ask_new_group",
                     "export_minutes", "export_signin", "export_actions", "update_followup"):
            if hasattr(page, name):
                getattr(page, name)()

    # the window: about, open/new/save a copy, a read-only file, an error
    window.show_about()
    window.open_dialog()
    window.new_file()
    window.save_copy()
    dialogs.ask_open_read_only(window, "เวที.prachakhom")
    dialogs.show_error(window, "ข้อความ")
    window.statusBar().showMessage("")
    window._on_saved()

    assert len(asked) >= 8 and len(modals.shown) >= 3
    bad = dialog_problems(widgets + modals.shown)
    bad += [("file dialog", c, f) for c, f in asked
            if untranslated(c) or untranslated(GLOB_RE.sub("", f))]
    bad += [("message", "", m) for m in messages if untranslated(m)]
    status = [window.statusBar().currentMessage(), window.saved_label.text()]
    bad += [("status bar", "", m) for m in status if untranslated(m)]
    modals.shown.clear()
    for w in pages:
        shiboken6.delete(w)    # before the store closes (pages may run timers)
    assert not bad, "untranslated in Thai:\n" + "\n".join(map(str, bad))


def _messages(ts: Path, finished: bool) -> set[tuple[str, str]]:
    out = set()
    for ctx in ET.parse(ts).iter("context"):
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            if finished and (tr is None or tr.get("type") in ("unfinished", "vanished",
                                                                "obsolete")
                             or not (tr.text or "").strip()):
                continue
            out.add((ctx.findtext("name") or "", msg.findtext("source") or ""))
    return out


def test_every_tr_string_in_the_code_has_a_thai_translation(tmp_path):
    """Strings no walk reaches (status-bar messages, errors, tooltips set later, dialogs
    opened by rare paths) are still caught: lupdate lists every tr() of ``ui/``, and each
    must be translated in one of the area .ts files."""
    lupdate = console_script("pyside6-lupdate", "lupdate")
    if lupdate is None:
        pytest.skip("pyside6-lupdate is not installed")
    root = Path(__file__).resolve().parents[2]
    sources = sorted(str(p) for p in (root / "ui").rglob("*.py"))
    out = tmp_path / "all_th.ts"
    subprocess.run([lupdate, *sources, "-ts", str(out)], check=True, capture_output=True)
    in_code = _messages(out, finished=False)
    translated = set().union(*(_messages(ts, finished=True) for ts in TS_FILES))
    assert len(in_code) > 500
    missing = sorted(in_code - translated)
    assert not missing, "tr() strings with no Thai translation:\n" + "\n".join(map(str, missing))
