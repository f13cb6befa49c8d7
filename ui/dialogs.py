"""Message and report dialogs.

* :func:`show_error` — an environment problem the user can act on (disk full, read-only...).
* :func:`explain_open_error` — why a file could not be opened, in the user's language.
* :class:`ReportDialog` — a programming error: the traceback as copyable text; the app goes on.
* :func:`install_excepthook` — routes uncaught exceptions (including those raised in slots)
  to a ReportDialog instead of killing the app.
"""
from __future__ import annotations

import logging
import sys
import traceback
from typing import Callable, Optional

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QLabel, QMessageBox, QPlainTextEdit,
                               QPushButton, QVBoxLayout, QWidget)

from ui import i18n
from workshop import errors

log = logging.getLogger(__name__)


def show_error(parent: Optional[QWidget], message: str, title: str = "") -> None:
    box = QMessageBox(QMessageBox.Icon.Warning, title or QCoreApplication.translate("dialogs", "Prachakhom"), message,
                      QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.exec()


def show_about(parent: QWidget, icon) -> None:
    """Help ▸ About: what the program is for, and its keys (:mod:`ui.keys`)."""
    box = QMessageBox(parent)
    box.setWindowTitle(QCoreApplication.translate("MainWindow", "About Prachakhom"))
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(QCoreApplication.translate("MainWindow",
        "Prachakhom (ประชาคม) %1\n\nFacilitate a village community forum offline: who came, "
        "the agenda, the issues, the decisions and who does what — and the minutes.\n\n"
        "Every change is saved in the file at once; File ▸ Save a copy as… makes a copy "
        "for a USB stick.\n\nKeys: Ctrl+1…Ctrl+9 the first nine pages, Alt+1, Alt+2 … the "
        "rest, Ctrl+PgDown / Ctrl+PgUp the next / previous page; Ctrl++ / Ctrl+- "
        "larger / smaller text, Ctrl+0 normal; Ctrl+Z undo, Ctrl+Shift+Z redo; F5 the "
        "projector.").replace("%1", _version()))
    if icon.exists():
        box.setIconPixmap(QIcon(str(icon)).pixmap(64, 64))
    box.exec()


def _version() -> str:
    try:
        from importlib.metadata import version

        return version("prachakhom")
    except Exception:  # noqa: BLE001 - not installed: running from the source tree
        return "0.1"


def explain_open_error(exc: errors.WorkshopError, name: str) -> tuple[str, str]:
    """(title, message) for a file that could not be opened.

    The message is the error's own (translated by :func:`ui.i18n.error_text`: it says what
    exactly is wrong); a damaged file also gets where its backups are."""
    if isinstance(exc, errors.DamagedFile):
        return (QCoreApplication.translate("dialogs", "Damaged file"),
                QCoreApplication.translate("dialogs", "%1 is damaged and cannot be opened safely.\n\nOpen one of its backups "
                    "instead (File ▸ Open, in the backups folder).").replace("%1", name))
    titles = (
        (errors.NewerVersion, QCoreApplication.translate("dialogs", "Made by a newer version")),
        (errors.FileLocked, QCoreApplication.translate("dialogs", "File already open")),
        (errors.ReadOnlyFile, QCoreApplication.translate("dialogs", "Read-only file")),
        (errors.NotAWorkshopFile, QCoreApplication.translate("dialogs", "Not a workshop file")),
        (errors.NotFound, QCoreApplication.translate("dialogs", "File not found")),
        (errors.DiskFull, QCoreApplication.translate("dialogs", "Disk full")))
    title = next((t for cls, t in titles if isinstance(exc, cls)), None)
    return (title or QCoreApplication.translate("dialogs", "Cannot open the file"),
            i18n.error_text(exc))


def ask_open_read_only(parent: Optional[QWidget], name: str) -> bool:
    box = QMessageBox(QMessageBox.Icon.Question, QCoreApplication.translate("dialogs", "Read-only file"),
                      QCoreApplication.translate("dialogs", "%1 cannot be changed (it is read-only or on a locked disk).\n\n"
                          "Open it for viewing only? To keep working on it, use "
                          "File ▸ Save a copy as… afterwards.").replace("%1", name),
                      QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel,
                      parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.button(QMessageBox.StandardButton.Open).setText(QCoreApplication.translate("dialogs", "Open for viewing"))
    box.button(QMessageBox.StandardButton.Cancel).setText(QCoreApplication.translate("dialogs", "Cancel"))
    return box.exec() == QMessageBox.StandardButton.Open


class ReportDialog(QDialog):
    """Shows an unexpected error with its traceback, which can be copied into a report."""

    def __init__(self, report: str, parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Unexpected error"))
        self.report = report
        lay = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Something went wrong inside Prachakhom. Your work is saved: every change is "
            "written to the file as you make it.\n\nPlease copy the report below and send it "
            "to whoever looks after Prachakhom for you."))
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        lay.addWidget(intro)
        self.text = QPlainTextEdit(report)
        self.text.setReadOnly(True)
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        lay.addWidget(self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        self.copy_button = QPushButton(self.tr("Copy report"))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self.resize(640, 420)

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.report)


def format_report(exc_type, exc, tb) -> str:
    text = "".join(traceback.format_exception(exc_type, exc, tb))
    return f"Prachakhom — Python {sys.version.split()[0]}\n\n{text}"


_showing = False


def install_excepthook(parent_getter: Callable[[], Optional[QWidget]] = lambda: None):
    """Replace ``sys.excepthook``: log the traceback and show a ReportDialog.

    Returns the previous hook.  Environment errors that escape (a WorkshopError) are shown
    as a plain message, since they are not bugs.
    """
    previous = sys.excepthook

    def hook(exc_type, exc, tb):
        global _showing
        if issubclass(exc_type, KeyboardInterrupt):
            previous(exc_type, exc, tb)
            return
        if isinstance(exc, errors.WorkshopError):
            show_error(parent_getter(), i18n.error_text(exc))
            return
        report = format_report(exc_type, exc, tb)
        log.error("unexpected error\n%s", report)
        print(report, file=sys.stderr)
        if _showing:  # an error while the report is up: do not stack dialogs
            return
        _showing = True
        try:
            ReportDialog(report, parent_getter()).exec()
        finally:
            _showing = False

    sys.excepthook = hook
    return previous


class PreferencesDialog(QDialog):
    """The user's preferences; the window applies them at once when accepted
    (:meth:`ui.mainwindow.MainWindow.apply_preferences`)."""

    def __init__(self, settings, parent: Optional[QWidget] = None):
        from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QSpinBox

        from . import settings as S

        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Preferences"))
        lay = QVBoxLayout(self)
        form = QFormLayout()
        self.language = QComboBox(self)
        self.language.addItem(self.tr("Same as the computer"), "")
        self.language.addItem("ไทย", "th")            # language names are shown in themselves
        self.language.addItem("English", "en")
        idx = self.language.findData(settings.get(S.LANGUAGE))
        self.language.setCurrentIndex(max(0, idx))
        form.addRow(self.tr("&Language:"), self.language)
        self.font_size = QSpinBox(self)
        self.font_size.setRange(0, 24)
        self.font_size.setSpecialValueText(self.tr("Default"))
        self.font_size.setValue(settings.get(S.FONT_SIZE))
        form.addRow(self.tr("&Text size:"), self.font_size)
        self.thai_digits = QCheckBox(self.tr("Show Thai digits in dates"), self)
        self.thai_digits.setChecked(settings.get(S.THAI_DIGITS))
        form.addRow("", self.thai_digits)
        lay.addLayout(form)
        note = QLabel(self.tr("The language and text size change at once (Ctrl++ and Ctrl+- "
                              "change the text size too)."), self)
        note.setWordWrap(True)
        lay.addWidget(note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("OK"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)

    def accept(self) -> None:
        from . import settings as S

        self.settings.set(S.LANGUAGE, self.language.currentData())
        self.settings.set(S.FONT_SIZE, self.font_size.value())
        self.settings.set(S.THAI_DIGITS, self.thai_digits.isChecked())
        super().accept()
