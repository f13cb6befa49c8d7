"""Text size and language apply at once, without a restart (issue 12, item 7), and are kept
in the settings for the next start."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from ui import i18n, keys
from ui import settings as S
from workshop.model import Meeting


@pytest.fixture(autouse=True)
def _restore_app(qapp):
    font = QApplication.font()
    yield
    QApplication.setFont(font)
    i18n.install("en")


def _thai(text: str) -> bool:
    return any("\u0e00" <= ch <= "\u0e7f" for ch in text)


def test_steps_go_through_the_sizes():
    assert keys.stepped(11, 1) == 12 and keys.stepped(11, -1) == 10
    assert keys.stepped(24, 1) == 24 and keys.stepped(8, -1) == 8
    assert keys.stepped(19, 1) == 20            # between two steps: the next one up
    assert keys.stepped(19, -1) == 18
    assert keys.percent(17) >= 150


def test_ctrl_plus_and_minus_change_the_text_at_once_and_are_kept(qtbot, window, settings):
    from ui.pages.checkin import CheckinPage

    QApplication.setFont(QApplication.font().__class__(QApplication.font().family(), 11))
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    page = window.show_page_of(CheckinPage)
    heading = page.heading.font().pointSizeF()      # a heading with its own, larger font
    plain = window.nav.font().pointSizeF()
    for _ in range(3):
        qtbot.keyClick(window.nav, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert settings.get(S.FONT_SIZE) == 14
    assert window.nav.font().pointSizeF() == pytest.approx(14)
    assert page.heading.font().pointSizeF() == pytest.approx(heading * 14 / plain)
    assert "127 %" in window.statusBar().currentMessage()
    qtbot.keyClick(window.nav, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert settings.get(S.FONT_SIZE) == 13 and window.nav.font().pointSizeF() == 13
    qtbot.keyClick(window.nav, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert settings.get(S.FONT_SIZE) == 0            # the default again
    assert window.nav.font().pointSizeF() == pytest.approx(11)
    assert page.heading.font().pointSizeF() == pytest.approx(heading)


def test_the_menu_entries_show_their_keys(window):
    assert window.act_zoom_in in window.menu_view.actions()
    assert window.act_zoom_in.shortcuts()[0].toString() == "Ctrl++"
    assert window.act_zoom_out.shortcut().toString() == "Ctrl+-"
    assert window.act_zoom_reset.shortcut().toString() == "Ctrl+0"


def test_language_switches_without_a_restart(qtbot, window, settings):
    from ui.pages.setup import SetupPage

    i18n.install("en")
    window.retranslate()
    page = window.show_page_of(SetupPage)
    assert window.menu_file.title() == "&File"
    assert window.nav.item(0).text() == "Meetings"
    assert not any(_thai(lb.text()) for lb in page.findChildren(QLabel)
                   if not lb.property("userText"))
    page.venue.setText("ศาลาประชาคม")             # typed, not yet saved
    settings.set(S.LANGUAGE, "th")
    window.apply_preferences()
    assert i18n.current() == "th"
    assert _thai(window.menu_file.title()) and _thai(window.menu_go.title())
    assert window.nav.item(0).text() == "การประชุม"
    assert _thai(window.act_zoom_in.text()) and _thai(window.act_undo.text())
    new = window.page_of(SetupPage)
    assert window.stack.currentWidget() is new and new.isVisibleTo(window)
    assert sum(_thai(lb.text()) for lb in new.findChildren(QLabel)) > 5
    store = window.ctx.store
    assert store.get(Meeting, window.ctx.meeting_id).venue == "ศาลาประชาคม"   # kept
    settings.set(S.LANGUAGE, "en")
    window.apply_preferences()
    assert window.menu_file.title() == "&File"
    assert not _thai(window.page_of(SetupPage).findChild(QLabel).text())


def test_language_switch_keeps_the_undo_menu_working(qtbot, window):
    from workshop import meetings

    ctx = window.ctx
    window.set_language("th")
    ctx.run("แก้ชื่อ", meetings.update_details, ctx.store, ctx.meeting_id,
            title="เวทีใหม่", origin=None)
    assert window.act_undo.isEnabled() and _thai(window.act_undo.text())
    window.act_undo.trigger()
    assert ctx.store.get(Meeting, ctx.meeting_id).title == "เวทีประชาคม"


def test_preferences_say_the_change_is_at_once(qtbot, window, modals):
    from PySide6.QtWidgets import QDialog

    modals.answer(QDialog.DialogCode.Accepted)
    window.settings.set(S.FONT_SIZE, 15)
    window.show_preferences()
    shown = modals.pop("PreferencesDialog")
    note = [lb.text() for lb in shown.dialog.findChildren(QLabel) if lb.wordWrap()]
    assert any("at once" in t for t in note)
    assert QApplication.font().pointSize() == 15          # applied when accepted
