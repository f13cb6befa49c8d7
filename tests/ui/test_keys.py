"""The keyboard (issue 12, item 7): every page has a key, shown in the navigation and the Go
menu, and no two shortcuts of the window, its menus and its pages (window-wide, widget and
widget-with-children contexts) can be active at once with the same key."""
from __future__ import annotations

from dataclasses import dataclass

import pytest
from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMenu, QStackedWidget, QWidget

from ui import keys
from ui import pages as pages_pkg

Ctx = Qt.ShortcutContext


@dataclass
class Key:
    text: str            # the key, portable ("Ctrl+N")
    owner: QObject       # the QAction or QShortcut
    widget: QWidget      # where it lives: active while this widget is visible
    context: Qt.ShortcutContext

    def root(self) -> QWidget:
        """The widget whose subtree the key works in (the focus must be inside)."""
        return self.widget.window() if self.context == Ctx.WindowShortcut else self.widget

    def __repr__(self) -> str:
        name = self.owner.text() if isinstance(self.owner, QAction) else "QShortcut"
        return f"{self.text} {name!r} on {type(self.widget).__name__}" \
               f"({self.widget.objectName()}) {self.context.name}"


def shortcuts(window: QWidget) -> list[Key]:
    """Every shortcut of ``window``: its and its menus' actions, every page's QShortcuts and
    actions (context menus' included), each where it is active."""
    found: list[Key] = []
    for obj in [*window.findChildren(QAction), *window.findChildren(QShortcut)]:
        seqs = obj.shortcuts() if isinstance(obj, QAction) else [obj.key()]
        seqs = [s for s in seqs if not s.isEmpty()]
        if not seqs:
            continue
        if isinstance(obj, QAction):
            places = [w for w in obj.associatedObjects()
                      if isinstance(w, QWidget) and not isinstance(w, QMenu)]
            if not places:             # only in a menu: the window's
                places = [window]
        else:
            places = [obj.parent()]
        for w in places:
            for s in seqs:
                context = obj.shortcutContext() if isinstance(obj, QAction) else obj.context()
                found.append(Key(s.toString(QKeySequence.SequenceFormat.PortableText), obj, w,
                                 context))
    return found


def _chain(w: QWidget) -> list[QWidget]:
    out = []
    while w is not None:
        out.append(w)
        w = w.parentWidget()
    return out


def visible_together(a: QWidget, b: QWidget) -> bool:
    """False when ``a`` and ``b`` are on different pages of one stack (pages, tabs)."""
    ca, cb = _chain(a), _chain(b)
    ids_b = [id(x) for x in cb]
    common = next((x for x in ca if id(x) in ids_b), None)
    if common is None:
        return False
    if not isinstance(common, QStackedWidget) or common is a or common is b:
        return True
    below_a = ca[ca.index(common) - 1]
    below_b = cb[ids_b.index(id(common)) - 1]
    return below_a is below_b


def clashes(found: list[Key]) -> list[tuple[Key, Key]]:
    out = []
    for i, a in enumerate(found):
        for b in found[i + 1:]:
            if a.text != b.text or (a.owner is b.owner):
                continue
            if Ctx.ApplicationShortcut in (a.context, b.context):
                out.append((a, b))
                continue
            ra, rb = a.root(), b.root()
            nested = ra is rb or ra.isAncestorOf(rb) or rb.isAncestorOf(ra)
            if nested and visible_together(a.widget, b.widget):
                out.append((a, b))
    return out


@pytest.fixture(autouse=True)
def _app_font(qapp):
    """Ctrl++ below changes the application's text size: the next tests get it back."""
    from PySide6.QtWidgets import QApplication

    font = QApplication.font()
    yield
    QApplication.setFont(font)


@pytest.fixture
def every_page(window):
    for i in range(len(pages_pkg.PAGES)):
        window.show_page(i)
    assert len(window.pages) == len(pages_pkg.PAGES)
    window.show_page(0)
    return window


def test_no_two_shortcuts_clash_on_any_page(every_page):
    found = shortcuts(every_page)
    assert len(found) > 30            # the window's, the pages' and every page key
    assert {"Ctrl+N", "Ctrl+Shift+N", "Ctrl+F", "Ctrl+Return", "Ctrl+PgDown"} <= \
        {k.text for k in found}
    bad = clashes(found)
    assert not bad, "shortcut clashes:\n" + "\n".join(f"{a}  ×  {b}" for a, b in bad)


def test_the_clash_check_finds_a_clash(every_page):
    """A page's Ctrl+N (as People had) against File ▸ New; a widget shortcut inside a page
    against the window's; the same key on two pages is no clash."""
    from ui.pages.people import PeoplePage
    from ui.pages.checkin import CheckinPage

    people = every_page.page_of(PeoplePage)
    QShortcut(QKeySequence("Ctrl+N"), people, lambda: None)
    QShortcut(QKeySequence("Ctrl+Q"), people.search, lambda: None,
              context=Ctx.WidgetShortcut)
    QShortcut(QKeySequence("Ctrl+Alt+K"), people, lambda: None)
    QShortcut(QKeySequence("Ctrl+Alt+K"), every_page.page_of(CheckinPage), lambda: None)
    texts = sorted(a.text for a, _b in clashes(shortcuts(every_page)))
    assert texts == ["Ctrl+N", "Ctrl+Q"]


def test_every_page_has_its_own_key_shown_in_navigation_and_menu(every_page):
    w = every_page
    keys_seen = [a.shortcut().toString() for a in w.page_actions]
    assert len(keys_seen) == len(pages_pkg.PAGES) >= 16
    assert all(keys_seen) and len(set(keys_seen)) == len(keys_seen)
    assert keys_seen[:9] == [f"Ctrl+{n}" for n in range(1, 10)]
    assert keys_seen[9:] == [f"Alt+{n}" for n in range(1, len(keys_seen) - 8)]
    for i, a in enumerate(w.page_actions):
        assert a in w.menu_go.actions()
        assert keys.key_text(a.shortcut()) in w.nav.item(i).toolTip()
        assert w.nav.item(i).text() in w.nav.item(i).toolTip()
    assert w.act_next_page in w.menu_go.actions() and w.act_previous_page in w.menu_go.actions()


def test_page_keys_reach_every_page(qtbot, window):
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    for i in range(len(pages_pkg.PAGES)):
        seq = keys.page_key(i)
        mods = Qt.KeyboardModifier.ControlModifier if i < 9 else Qt.KeyboardModifier.AltModifier
        digit = Qt.Key(Qt.Key.Key_1 + (i if i < 9 else i - 9))
        QTest.keyClick(window.nav, digit, mods)
        assert window.stack.currentIndex() == i, seq.toString()
        assert window.nav.currentRow() == i
    QTest.keyClick(window.nav, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentIndex() == 0                 # after the last: the first
    QTest.keyClick(window.nav, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentIndex() == len(pages_pkg.PAGES) - 1
    QTest.keyClick(window.stack.currentWidget(), Qt.Key.Key_PageUp,
                   Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentIndex() == len(pages_pkg.PAGES) - 2


def test_a_focused_board_view_keeps_ctrl_plus_for_its_own_zoom(qtbot, window, settings):
    from ui import settings as S
    from ui.pages.board import BoardPage

    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    page = window.show_page_of(BoardPage)
    page.view.setFocus()
    before = page.view.zoom()
    QTest.keyClick(page.view, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert page.view.zoom() > before
    assert settings.get(S.FONT_SIZE) == 0                      # the text size did not move
    window.nav.setFocus()
    QTest.keyClick(window.nav, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert settings.get(S.FONT_SIZE) == keys.stepped(keys.text_size(0), 1)
