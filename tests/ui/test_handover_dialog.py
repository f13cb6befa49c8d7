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


def test_hand_over_asks_language_and_copy_first(qtbot, demo_ctx, modals, tmp_path,
                                                 monkeypatch):
    """The options come first: Cancel there asks nothing more; by default the package is in
    Thai with the copy for handing over; the full copy and English only when chosen."""
    from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

    from ui.handover import HandOver
    from ui.handover_options import HandOverOptions

    parent = QWidget()
    qtbot.addWidget(parent)
    asked = []
    out = tmp_path / "pkg.zip"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (asked.append(a[2]) or str(out), ""))
    run = HandOver(parent, demo_ctx)
    assert not run.run()                                  # options cancelled
    assert modals.pop().kind == "HandOverOptions" and asked == []
    modals.answer(QDialog.DialogCode.Accepted)
    assert run.run()
    modals.pop("HandOverOptions")
    assert asked[0].endswith(".zip") and "ครั้งที่_3-2569" in asked[0]
    names = zipfile.ZipFile(out).namelist()
    assert any(n.endswith("_แฟ้มเวที.prachakhom") for n in names)
    assert not any("ฉบับเต็ม" in n for n in names)

    options = HandOverOptions(parent)
    assert (options.lang(), options.full_copy()) == ("th", False)
    options.full.setChecked(True)
    options.language.setCurrentIndex(options.language.findData("en"))
    assert (options.lang(), options.full_copy()) == ("en", True)
    assert run.write_to(str(tmp_path / "en.zip"), options.lang(), options.full_copy())
    names = zipfile.ZipFile(tmp_path / "en.zip").namelist()
    assert any(n.endswith("_workshop_full.prachakhom") for n in names)
    assert any(n.endswith("_minutes.pdf") for n in names)
