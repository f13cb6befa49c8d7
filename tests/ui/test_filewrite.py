"""One way to write a file the person asked for (ui.filewrite): an environment error is
reported in words, never raised; success says "Wrote <name>".  The Action plan CSV, the
village plan, the paper kit and the hand-over package all go through it."""
from __future__ import annotations

import errno

from workshop import errors


def test_write_file_reports_os_and_workshop_errors(qapp, tmp_path):
    from ui.filewrite import write_file

    said: list[str] = []
    status: list[str] = []

    def full_disk():
        raise OSError(errno.ENOSPC, "No space left on device", str(tmp_path / "x.pdf"))

    assert not write_file(full_disk, tmp_path / "x.pdf", error=said.append,
                          status=status.append)
    assert said and said[-1].startswith("The file could not be written: ") and not status

    def refused():
        raise errors.InvalidInput("Choose a meeting first.")

    assert not write_file(refused, "y.csv", error=said.append)
    assert said[-1] == "Choose a meeting first."
    done = write_file(lambda: 42, tmp_path / "z.csv", error=said.append, status=status.append)
    assert done and done.result == 42 and status == ["Wrote z.csv"]


def test_every_writer_reports_a_file_that_cannot_be_written(qtbot, demo_ctx, modals, tmp_path):
    from PySide6.QtWidgets import QWidget

    from ui.handover import HandOver
    from ui.pages.actions import ActionsPage

    shown: list[str] = []
    demo_ctx.errorOccurred.connect(shown.append)
    nowhere = tmp_path / "a-file"           # not a folder: nothing can be written in it
    nowhere.write_text("x")
    page = ActionsPage(demo_ctx)
    qtbot.addWidget(page)
    statuses: list[str] = []
    page.statusMessage.connect(statuses.append)
    assert not page.export_to(str(nowhere / "plan.csv"))
    assert not page.plan_form.export_to(str(nowhere / "plan.xlsx"))
    assert len(shown) == 2 and all(s.startswith("The file could not be written") for s in shown)
    assert page.export_to(str(tmp_path / "plan.csv")) and statuses[-1] == "Wrote plan.csv"
    parent = QWidget()
    qtbot.addWidget(parent)
    assert not HandOver(parent, demo_ctx).write_to(str(nowhere / "pkg.zip"))
    box = modals.pop("QMessageBox")
    assert box.text.startswith("The file could not be written")
