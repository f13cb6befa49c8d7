"""File ▸ Restore from backup…: the dialog lists the backups, the restore puts one back and
the window shows the restored file (the state before is itself a backup)."""
from __future__ import annotations

from PySide6.QtWidgets import QDialog

from ui import restore_dialog
from workshop import interchange, meetings
from workshop.model import Meeting, Person
from workshop.store import Store


def test_restore_from_backup_in_the_window(window, monkeypatch, qtbot, tmp_path):
    store = window.store
    store.add(Person(first_name="สมชาย"))
    older = store.make_backup()
    assert older is not None
    with Store.open(older, read_only=True, backups=False, lock=False) as b:
        wanted = interchange.export_data(b)
    meetings.create_meeting(store, Meeting(title="ครั้งที่สอง", date="2026-12-01"))
    store.add(Person(first_name="มาลี"))
    edited = interchange.export_data(store)
    path = store.path

    seen = {}

    def choose(dialog):
        seen["rows"] = dialog.table.rowCount()
        seen["people"] = dialog.table.item(0, 2).text()
        assert not dialog.restore_button.isEnabled()      # nothing chosen yet
        dialog.table.selectRow(0)
        assert dialog.restore_button.isEnabled()
        dialog.grab().save(str(tmp_path / "restore-dialog.png"))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(restore_dialog.RestoreDialog, "exec", choose)
    monkeypatch.setattr(restore_dialog, "confirm", lambda *a: True)
    before = restore_dialog.restore_from_backup(window)

    assert seen == {"rows": 1, "people": "1"}
    assert before is not None and "before-restore" in before.name
    assert window.store is not store and window.store.path == path
    assert interchange.export_data(window.store) == wanted
    assert [p.first_name for p in window.store.find(Person)] == ["สมชาย"]
    with Store.open(before, read_only=True, backups=False, lock=False) as b:
        assert interchange.export_data(b) == edited
    assert "Restored" in window.statusBar().currentMessage()


def test_nothing_is_restored_when_cancelled(window, monkeypatch):
    store = window.store
    store.make_backup()
    store.add(Person(first_name="ยังอยู่"))
    monkeypatch.setattr(restore_dialog.RestoreDialog, "exec",
                        lambda d: QDialog.DialogCode.Rejected)
    assert restore_dialog.restore_from_backup(window) is None
    assert window.store is store and store.count(Person) == 1


def test_the_menu_has_the_entry(window):
    texts = [a.text() for a in window.menu_file.actions()]
    assert any("Restore from backup" in t for t in texts)


def test_opening_a_file_with_a_hot_journal_says_it_was_rolled_back(window, tmp_path):
    import subprocess
    import sys

    path = tmp_path / "crashed.prachakhom"
    with Store.create(path, backups=False) as s:
        for i in range(20):
            s.add(Person(first_name=f"คนที่{i}"))
    writer = ("import os, signal, sqlite3, sys\n"
              "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
              "c.execute('PRAGMA cache_size = 5'); c.execute('BEGIN IMMEDIATE')\n"
              "c.execute('UPDATE people SET notes = ?', ('x' * 3000,))\n"
              "os.kill(os.getpid(), signal.SIGKILL)\n")
    subprocess.run([sys.executable, "-c", writer, str(path)], timeout=60)
    journal = path.with_name(path.name + "-journal")
    assert journal.read_bytes()[:8] == bytes.fromhex("d9d505f920a163d7")
    assert window.open_file(path)
    assert "rolled back" in window.statusBar().currentMessage()
    assert not journal.exists()
    assert {p.notes for p in window.store.find(Person)} == {""}
