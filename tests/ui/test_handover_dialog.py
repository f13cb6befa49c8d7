"""File ▸ Hand over…: a second run asks before replacing; Cancel keeps the old package."""
from __future__ import annotations

import zipfile

from PySide6.QtWidgets import QMessageBox


def test_second_hand_over_asks_before_replacing(qtbot, demo_ctx, modals, tmp_path):
    from PySide6.QtWidgets import QWidget

    from ui.handover import HandOver

    parent = QWidget()
    qtbot.addWidget(parent)
    out = tmp_path / "pkg.zip"
    committed = []
    run = HandOver(parent, demo_ctx, commit=lambda: committed.append(1))
    assert run.write_to(str(out))
    assert committed == [1] and "pkg.zip" in run.message
    first = out.stat().st_mtime_ns
    assert not run.write_to(str(out))                 # the default answer: Cancel
    asked = modals.pop("QMessageBox")
    assert "pkg.zip" in asked.text
    assert out.stat().st_mtime_ns == first
    modals.answer(QMessageBox.StandardButton.Yes)
    assert run.write_to(str(out))
    modals.pop("QMessageBox")
    assert out.stat().st_mtime_ns != first
    assert any(n.endswith("index.html") for n in zipfile.ZipFile(out).namelist())


def test_the_file_menu_has_hand_over(window):
    texts = [a.text() for a in window.menu_file.actions()]
    assert any("Hand over" in t for t in texts)
