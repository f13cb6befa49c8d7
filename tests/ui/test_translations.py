"""Every page in Thai shows no untranslated UI string; every .ts is complete and its .qm is
compiled from it.

Only a widget's own UI strings are checked (labels, buttons, group titles, placeholders, tabs,
actions, tooltips, header data of views' models, window titles); data shown in views' cells,
text typed into fields and labels marked ``setProperty("userText", True)`` are user data.
"""
from __future__ import annotations

import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QAbstractSpinBox, QGroupBox,
                               QLabel, QLineEdit, QPlainTextEdit, QTableView, QTabWidget,
                               QTextEdit, QTreeView, QWidget)

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
    lrelease = shutil.which("pyside6-lrelease") or shutil.which("lrelease")
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
