"""Qt's own strings in the Thai UI: PySide6 ships no ``qtbase_th.qm``, so the app carries
``resources/translations/qt_th.ts`` (standard buttons, the text fields' right-click menus,
the non-native file dialog, the colour dialog, undo).  Each widget below shows Thai under
the Thai UI and Qt's English under the English one."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QAbstractButton, QColorDialog, QDialogButtonBox, QFileDialog,
                               QLabel, QLineEdit, QMessageBox, QPlainTextEdit, QSpinBox,
                               QTextEdit, QWidget)

from tests.ui.test_translations import untranslated
from ui import i18n
from workshop import paths

SB = QMessageBox.StandardButton


@pytest.fixture(params=["th", "en"])
def lang(request, qapp):
    i18n.install(request.param)
    yield request.param
    i18n.install("en")


def thai_only(texts: list[str]) -> list[str]:
    """The texts that still carry English words (shortcuts such as Ctrl+Z are allowed)."""
    return [t for t in texts if untranslated(t.split("\t")[0])]


def test_qt_translation_is_shipped_and_loaded():
    assert (paths.TRANSLATIONS / "qt_th.qm").exists()
    assert "qt_th.qm" in {p.name for p in i18n.qm_files("th")}


def test_message_box_buttons(qtbot, lang):
    box = QMessageBox(QMessageBox.Icon.Question, "t", "x", SB.Yes | SB.No | SB.Cancel)
    box.setDetailedText("details")
    qtbot.addWidget(box)
    texts = [box.button(b).text() for b in (SB.Yes, SB.No, SB.Cancel)]
    details = [b.text() for b in box.buttons()
               if box.buttonRole(b) == QMessageBox.ButtonRole.ActionRole]
    if lang == "th":
        assert texts == ["ใช่ (&Y)", "ไม่ (&N)", "ยกเลิก"]
        assert details == ["แสดงรายละเอียด..."]
    else:
        assert texts == ["&Yes", "&No", "Cancel"]
        assert details == ["Show Details..."]


def test_every_standard_button(qtbot, lang):
    every = QDialogButtonBox.StandardButton(0)
    for b in QDialogButtonBox.StandardButton:
        if b != QDialogButtonBox.StandardButton.NoButton:
            every |= b
    box = QDialogButtonBox(every)
    qtbot.addWidget(box)
    texts = [b.text() for b in box.buttons()]
    assert len(texts) >= 18
    if lang == "th":
        assert not thai_only(texts), texts
    else:
        assert {"OK", "Cancel", "&Yes", "&No", "Save", "Discard", "Apply"} <= set(texts)


@pytest.mark.parametrize("cls", [QLineEdit, QTextEdit, QPlainTextEdit])
def test_text_field_context_menu(qtbot, lang, cls):
    field = cls()
    qtbot.addWidget(field)
    (field.setText if cls is QLineEdit else field.setPlainText)("ข้อความ")
    menu = field.createStandardContextMenu()
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    menu.deleteLater()
    assert len(texts) == 7, texts
    if lang == "th":
        assert not thai_only(texts), texts
        assert texts[0].startswith("เลิกทำ (&U)") and "คัดลอก (&C)" in texts[3]
    else:
        assert texts[0].startswith("&Undo") and texts[3].startswith("&Copy")


def own_strings(root: QWidget) -> list[str]:
    out = []
    for w in [root, *root.findChildren(QWidget)]:
        out.append(w.toolTip())
        if isinstance(w, (QLabel, QAbstractButton)):
            out.append(w.text())
    return [t for t in out if t]


@pytest.mark.parametrize("mode", [QFileDialog.AcceptMode.AcceptOpen,
                                  QFileDialog.AcceptMode.AcceptSave])
def test_file_dialog(qtbot, lang, mode, tmp_path):
    dialog = QFileDialog(None, "x", str(tmp_path), "PDF (*.pdf)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setAcceptMode(mode)
    dialog.setViewMode(QFileDialog.ViewMode.Detail)
    qtbot.addWidget(dialog)          # built, not shown (the offscreen plugin warns)
    strings = own_strings(dialog)
    model = dialog.findChild(QWidget, "treeView").model()
    strings += [str(model.headerData(c, Qt.Orientation.Horizontal)) for c in range(4)]
    assert len(strings) >= 14
    if lang == "th":
        assert not thai_only(strings), strings
        assert "ดูใน (&L):" in strings and "ชื่อแฟ้ม (&N):" in strings
        assert ("บันทึก (&S)" if mode == QFileDialog.AcceptMode.AcceptSave
                else "เปิด (&O)") in strings
        assert "วันที่แก้ไข" in strings
    else:
        assert "&Look in:" in strings and "Date Modified" in strings


def test_colour_dialog(qtbot, lang):
    dialog = QColorDialog()
    dialog.setOption(QColorDialog.ColorDialogOption.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    strings = own_strings(dialog) + [dialog.windowTitle()]
    if lang == "th":
        assert not thai_only([s for s in strings if s != "#"]), strings
    else:
        assert "Select Color" in strings


def test_spin_box_menu(qtbot, lang):
    spin = QSpinBox()
    qtbot.addWidget(spin)
    menu = spin.lineEdit().createStandardContextMenu()
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    menu.deleteLater()
    assert (not thai_only(texts)) == (lang == "th"), texts


def test_edit_menu_undo_after_an_edit_in_thai(qtbot, settings, tmp_path):
    """The Edit menu names the step in Thai: prefix and command text both translated."""
    from ui.mainwindow import MainWindow
    from workshop.meetings import create_meeting
    from workshop.model import Meeting
    from workshop.store import Store

    i18n.install("th")
    try:
        store = Store.create(tmp_path / "w.prachakhom", backups=False)
        create_meeting(store, Meeting(title="เวทีประชาคม", date="2026-11-24"))
        window = MainWindow(settings, store)
        qtbot.addWidget(window)
        page = window.page("ui.pages.setup")
        assert window.act_undo.text() == "เลิกทำ"
        page.title.setText("เวทีใหม่")
        page.title.editingFinished.emit()
        undo_text = window.act_undo.text()
        window.ctx.undo_stack.undo()
        redo_text = window.act_redo.text()
        window.close()
    finally:
        i18n.install("en")
    assert undo_text.startswith("เลิกทำ ") and not untranslated(undo_text), undo_text
    assert redo_text.startswith("ทำซ้ำ ") and not untranslated(redo_text), redo_text
