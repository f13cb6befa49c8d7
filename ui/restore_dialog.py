"""File ▸ Restore from backup…: choose one of the open file's rotating backups and put its
content back (the current state is backed up first, so the restore itself can be undone by
restoring that backup).

:func:`restore_from_backup` is the whole action; the main window only calls it.  The work is
``Store.restore_from`` (workshop); this module asks and explains.
"""
from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path
from typing import Optional

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QHeaderView,
                               QLabel, QMessageBox, QTableWidget, QTableWidgetItem, QVBoxLayout,
                               QWidget)

from ui import dialogs, i18n
from workshop import errors
from workshop.store.backups import BackupInfo, describe


def _when(moment: Optional[datetime]) -> str:
    """A local time as the UI shows dates (Buddhist Era in Thai) with hh:mm:ss."""
    if moment is None:
        return "?"
    return f"{i18n.format_date(moment.date().isoformat(), short=True)} {moment:%H:%M:%S}"


def _last_edit(iso: str) -> Optional[datetime]:
    try:
        t = datetime.fromisoformat(iso)
    except ValueError:
        return None
    return (t if t.tzinfo else t.replace(tzinfo=timezone.utc)).astimezone().replace(tzinfo=None)


class RestoreDialog(QDialog):
    """The backups of the open file, newest first: when, meetings, people, last edit."""

    def __init__(self, backups: list[Path], parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore from backup"))
        self.infos: list[BackupInfo] = [describe(b) for b in backups]
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Choose the backup to go back to. The file's current state is "
                               "backed up first, so you can come back to it the same way."))
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(intro)
        self.table = QTableWidget(len(self.infos), 5, self)
        self.table.setHorizontalHeaderLabels([
            self.tr("Made"), self.tr("Meetings"), self.tr("People"), self.tr("Last edit"),
            self.tr("Note")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        for row, info in enumerate(self.infos):
            note = ""
            if info.problem is not None:
                note = self.tr("cannot be read: %1").replace("%1", i18n.error_text(info.problem))
            elif info.edited:
                note = self.tr("edited after it was made")
            cells = [_when(info.made),
                     "" if info.problem else str(info.meetings),
                     "" if info.problem else str(info.people),
                     _when(_last_edit(info.last_edit)) if info.last_edit else "",
                     note]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(info.path.name)
                if info.problem is not None:
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsSelectable)
                self.table.setItem(row, col, item)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table)
        if not self.infos:
            empty = QLabel(self.tr("This file has no backups yet."))
            layout.addWidget(empty)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.restore_button = self.buttons.addButton(self.tr("&Restore"),
                                                     QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_button.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(lambda _i: self.chosen() and self.accept())
        self.resize(720, 360)

    def _selection_changed(self) -> None:
        self.restore_button.setEnabled(self.chosen() is not None)

    def chosen(self) -> Optional[BackupInfo]:
        rows = {i.row() for i in self.table.selectedIndexes()}
        if len(rows) != 1:
            return None
        info = self.infos[rows.pop()]
        return None if info.problem is not None else info


def confirm(parent: QWidget, name: str, info: BackupInfo) -> bool:
    box = QMessageBox(QMessageBox.Icon.Question, RestoreDialog.tr("Restore from backup"),
                      RestoreDialog.tr("Replace everything in %1 by the backup made %2?\n\n"
                                       "The current state is backed up first.")
                      .replace("%1", name).replace("%2", _when(info.made)),
                      QMessageBox.StandardButton.Cancel, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    ok = box.addButton(RestoreDialog.tr("&Restore"), QMessageBox.ButtonRole.AcceptRole)
    box.exec()
    return box.clickedButton() is ok


def restore_from_backup(window) -> Optional[Path]:
    """The File ▸ Restore from backup… action of ``window`` (a MainWindow): returns the backup
    of the state before the restore, or None when nothing was restored."""
    store = window.store
    if store is None:
        return None
    if store.read_only:
        dialogs.show_error(window, RestoreDialog.tr(
            "This file is open for viewing only: it cannot be restored here."))
        return None
    window.commit_pages()             # what is being typed is in the "before" backup too
    dlg = RestoreDialog(store.list_backups(), window)
    if dlg.exec() != QDialog.DialogCode.Accepted or dlg.chosen() is None:
        return None
    info = dlg.chosen()
    assert info is not None
    if not confirm(window, store.path.name, info):
        return None
    try:
        before = store.restore_from(info.path)
    except errors.WorkshopError as exc:
        dialogs.show_error(window, i18n.error_text(exc))
        return None
    window.reopen()
    window.statusBar().showMessage(
        RestoreDialog.tr("Restored the backup made %1; the state before is in the backups too.")
        .replace("%1", _when(info.made)), 10000)
    return before
