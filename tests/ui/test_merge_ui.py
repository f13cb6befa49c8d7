"""File ▸ Merge another file…: the report first, then one transaction and one undo step."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from workshop import merge
from workshop.model import Meeting, Person
from workshop.store import Store

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def laptop2(tmp_path, window):
    """A copy of the open file, with changes of its own."""
    path = tmp_path / "laptop2.prachakhom"
    window.store.add(Person(first_name="สมชาย", last_name="ใจดี"))
    window.store.backup_to(path)
    with Store.open(path, backups=False) as s:
        s.add(Person(first_name="มาจากเครื่องสอง"))
        m = s.select(Meeting)[0]
        s.update(Meeting, m.id, venue="ศาลาวัด")
    return path


def test_merge_shows_the_report_applies_and_undoes_as_one_step(window, laptop2, modals):
    action = next(a for a in window.menu_file.actions() if a.objectName() == "mergeFiles")
    assert action.text()
    store = window.store
    before = merge.read(store)
    # cancelled at the report: nothing changes
    assert window._merge_files.merge_paths([str(laptop2)]) is False
    shown = modals.pop("QMessageBox")
    assert "1" in shown.text and "laptop2.prachakhom" in shown.text
    assert merge.read(store).rows == before.rows
    # accepted
    modals.answer(QMessageBox.StandardButton.Yes)
    assert window._merge_files.merge_paths([str(laptop2)]) is True
    modals.pop("QMessageBox")
    assert "มาจากเครื่องสอง" in [p.first_name for p in store.select(Person)]
    assert store.select(Meeting)[0].venue == "ศาลาวัด"
    assert window.ctx.undo_stack.count() == 1
    after = merge.read(store)
    window.ctx.undo_stack.undo()
    now = merge.read(store)
    assert now.rows == before.rows and now.tombs == before.tombs
    window.ctx.undo_stack.redo()
    now = merge.read(store)
    assert now.rows == after.rows and now.tombs == after.tombs
    # merging it again: nothing to do, said so
    assert window._merge_files.merge_paths([str(laptop2)]) is False
    assert "nothing" in modals.pop("QMessageBox").text


def test_merging_a_bad_file_explains_and_changes_nothing(window, tmp_path, modals):
    bad = tmp_path / "not-a-workshop.prachakhom"
    bad.write_text("hello", encoding="utf-8")
    before = merge.read(window.store)
    assert window._merge_files.merge_paths([str(bad)]) is False
    assert modals.shown, "an error was shown"
    modals.shown.clear()
    assert merge.read(window.store).rows == before.rows
