"""File ▸ Merge another file…: merge whole workshop files into the open one.

The report (added, updated, deleted, conflicts) is shown before anything changes; the merge
is one transaction and one undo step (:mod:`workshop.merge` computes the merged content; the
store records what the merge changed, so undo puts the content from before back, tombstones
included).
"""
from __future__ import annotations

from pathlib import Path
from typing import Optional

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from workshop import errors, merge
from workshop.store import FILE_SUFFIX

from . import dialogs, i18n


class MergeFiles(QObject):
    """The menu entry and what it does, for one main window."""

    def __init__(self, window: QWidget):
        super().__init__(window)
        self.window = window

    def action(self) -> QAction:
        a = QAction(self.tr("&Merge another file…"), self.window)
        a.setObjectName("mergeFiles")
        a.triggered.connect(self.choose)
        return a

    def choose(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self.window, self.tr("Merge another workshop file"), str(Path.home()),
            self.tr("Workshop files (*%1);;All files (*)").replace("%1", FILE_SUFFIX))
        if paths:
            self.merge_paths(paths)

    def report_text(self, plan: merge.Plan, names: list[str]) -> str:
        text = self.tr("Merge %1 into this file?\n\n%2 records will be added, %3 updated and "
                       "%4 deleted; %5 conflicts were decided by the merge rule (the latest "
                       "change wins; a deletion wins over an earlier edit).").replace(
            "%1", ", ".join(names)).replace("%2", str(len(plan.add))).replace(
            "%3", str(len(plan.update))).replace("%4", str(len(plan.delete))).replace(
            "%5", str(len(plan.conflicts)))
        return text + "\n\n" + self.tr("Ctrl+Z undoes the whole merge.")

    def merge_paths(self, paths: list[str]) -> bool:
        ctx = getattr(self.window, "ctx", None)
        if ctx is None or ctx.read_only:
            return False
        store = ctx.store
        if any(Path(p).resolve() == store.path.resolve() for p in paths):
            dialogs.show_error(self.window, self.tr("That is the open file; choose another."))
            return False
        commit = getattr(self.window, "commit_pages", None)
        if callable(commit):
            commit()                    # what is being typed is part of "this file"
        try:
            others = [merge.read_file(p) for p in paths]
            before = merge.read(store)
            plan, target = merge.merge_plan(before, others)
        except errors.WorkshopError as exc:
            dialogs.show_error(self.window, i18n.error_text(exc))
            return False
        names = [Path(p).name for p in paths]
        if plan.empty:
            box = QMessageBox(QMessageBox.Icon.Information, self.tr("Merge"), self.tr(
                "%1 holds nothing this file does not already have.").replace(
                "%1", ", ".join(names)), QMessageBox.StandardButton.Ok, self.window)
            box.exec()
            return False
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Merge"),
                          self.report_text(plan, names),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                          self.window)
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Merge"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        if plan.conflicts:
            box.setDetailedText("\n".join(f"{c.table} {c.id}: {c.what}"
                                          for c in plan.conflicts[:200]))
        if box.exec() != QMessageBox.StandardButton.Yes:
            return False
        done = bool(ctx.run(self.tr("Merge %1").replace("%1", ", ".join(names)), merge.apply,
                            store, merge.plan(before, target)))
        if done and hasattr(self.window, "statusBar"):
            self.window.statusBar().showMessage(
                self.tr("Merged: %1 added, %2 updated, %3 deleted.")
                .replace("%1", str(len(plan.add))).replace("%2", str(len(plan.update)))
                .replace("%3", str(len(plan.delete))), 8000)
        return done


def merge_action(window: QWidget) -> QAction:
    """The File menu's "Merge another file…" for ``window`` (a MainWindow)."""
    helper: Optional[MergeFiles] = getattr(window, "_merge_files", None)
    if helper is None:
        helper = MergeFiles(window)
        window._merge_files = helper            # type: ignore[attr-defined]
    return helper.action()
