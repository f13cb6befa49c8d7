"""File ▸ Hand over…: write the meeting's hand-over package (:mod:`workshop.handover`) as a ZIP
(or, when the name chosen has no ``.zip``, a folder), asking before an existing one is replaced.
First the language and which copy of the workshop file (:mod:`ui.handover_options`).
"""
from __future__ import annotations

from pathlib import Path
from typing import Callable, Optional

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from workshop.handover import base_name, package_exists, write_package
from workshop.model import Meeting

from .context import AppContext
from .filewrite import write_file


def menu_text() -> str:
    return QCoreApplication.translate("HandOver", "&Hand over…")


class HandOver(QObject):
    """One run of File ▸ Hand over… for the current meeting."""

    def __init__(self, parent: QWidget, ctx: AppContext,
                 commit: Optional[Callable[[], None]] = None):
        super().__init__(parent)
        self.parent_widget = parent
        self.ctx = ctx
        self._commit = commit
        self.message = ""            # what the status bar should say afterwards

    def run(self) -> bool:
        m = self.ctx.store.maybe(Meeting, self.ctx.meeting_id)
        if m is None:
            self._error(self.tr("Choose a meeting first."))
            return False
        from .handover_options import HandOverOptions

        options = HandOverOptions(self.parent_widget)
        if options.exec() != QDialog.DialogCode.Accepted:
            return False
        lang, full_copy = options.lang(), options.full_copy()
        start = str(Path(self.ctx.store.path).with_name(base_name(m, lang) + ".zip"))
        path, _f = QFileDialog.getSaveFileName(
            self.parent_widget, self.tr("Hand over the meeting's documents"), start,
            self.tr("ZIP archives (*.zip)"))
        return bool(path) and self.write_to(path, lang, full_copy)

    def write_to(self, path: str, lang: str = "th", full_copy: bool = False) -> bool:
        if package_exists(path) and not self._ask_replace(Path(path).name):
            return False
        if self._commit is not None:
            self._commit()                  # the package holds what is being typed too
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            done = write_file(lambda: write_package(self.ctx.store, self.ctx.meeting_id, path,
                                                    replace=True, lang=lang,
                                                    full_copy=full_copy),
                              path, error=self._error)
        finally:
            QGuiApplication.restoreOverrideCursor()
        if done:
            self.message = self.tr("Hand-over package written: %1 (%2 files)").replace(
                "%1", Path(path).name).replace("%2", str(len(done.result)))
        return bool(done)

    def _ask_replace(self, name: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Replace the package?"),
                          self.tr("%1 already exists. Replace it with a new package?")
                          .replace("%1", name),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                          self.parent_widget)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        return box.exec() == QMessageBox.StandardButton.Yes

    def _error(self, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Hand over"), text,
                          QMessageBox.StandardButton.Ok, self.parent_widget)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.exec()
