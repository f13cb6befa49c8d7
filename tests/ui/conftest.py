"""UI test fixtures.  Modal dialogs never block: ``QDialog.exec`` is patched for every UI test
and records what would have been shown; a test takes what it expected with ``modals.pop()``
and any dialog left unexpected fails the test at teardown."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from workshop.meetings import create_meeting
from workshop.model import Meeting


@dataclass
class Shown:
    kind: str
    title: str
    text: str
    dialog: Any = None


@dataclass
class Modals:
    shown: list[Shown] = field(default_factory=list)
    answers: list[Any] = field(default_factory=list)   # what exec() returns, in order
    allow_unexpected: bool = False

    def pop(self, kind: str | None = None) -> Shown:
        assert self.shown, "expected a dialog, none was shown"
        got = self.shown.pop(0)
        if kind is not None:
            assert got.kind == kind, f"expected a {kind}, got {got}"
        return got

    def answer(self, value: Any) -> None:
        self.answers.append(value)


@pytest.fixture(autouse=True)
def modals(monkeypatch):
    rec = Modals()

    def fake_exec(self, *args, **kwargs):
        text = self.text() if isinstance(self, QMessageBox) else ""
        rec.shown.append(Shown(type(self).__name__, self.windowTitle(), text, self))
        if rec.answers:
            return rec.answers.pop(0)
        if isinstance(self, QMessageBox):
            return QMessageBox.StandardButton.Cancel
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(QDialog, "exec", fake_exec)
    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    yield rec
    if not rec.allow_unexpected:
        assert not rec.shown, f"unexpected dialogs: {rec.shown}"


@pytest.fixture
def ctx(qtbot, store):
    from ui.context import AppContext

    c = AppContext(store)
    yield c
    c.detach()


@pytest.fixture
def meeting(ctx) -> Meeting:
    m = create_meeting(ctx.store, Meeting(title="เวทีประชาคมหมู่บ้าน", date="2026-11-24",
                                          village_no="5", village_name="บ้านหนองบัว"))
    ctx.set_meeting(m.id)
    return m


@pytest.fixture
def demo_ctx(qtbot, tmp_path):
    from ui.context import AppContext
    from workshop.store import Store

    store = Store.create(tmp_path / "demo.prachakhom", backups=False)
    try:
        from workshop import demo
        demo.build_demo(store)
    except ImportError:
        create_meeting(store, Meeting(title="เวทีประชาคมหมู่บ้าน", date="2026-11-24"))
    c = AppContext(store)
    latest = store.select(Meeting, order_by="date DESC")
    c.set_meeting(latest[0].id if latest else "")
    yield c
    c.detach()
    store.close()


@pytest.fixture
def settings():
    from ui.settings import Settings

    return Settings()


@pytest.fixture
def window(qtbot, tmp_path, settings):
    from ui.mainwindow import MainWindow
    from workshop.store import Store

    store = Store.create(tmp_path / "window.prachakhom", backups=False)
    create_meeting(store, Meeting(title="เวทีประชาคม", date="2026-11-24"))
    w = MainWindow(settings, store)
    qtbot.addWidget(w)
    yield w
    w.close()


@pytest.fixture
def demo_file(tmp_path):
    """The demo workshop written to a file and closed (a test opens it as the app would)."""
    from workshop import demo
    from workshop.store import Store

    path = tmp_path / "ban-nong-bua.prachakhom"
    s = Store.create(path, backups=False)
    try:
        demo.build_demo(s)
    finally:
        s.close()
    return path


@pytest.fixture
def demo_window(qtbot, tmp_path, settings):
    """The main window on the demo workshop, shown."""
    from ui.mainwindow import MainWindow
    from workshop import demo
    from workshop.store import Store

    store = Store.create(tmp_path / "demo.prachakhom", backups=False)
    demo.build_demo(store)
    w = MainWindow(settings, store)
    qtbot.addWidget(w)
    w.show()
    yield w
    w.close()


def _type_text(widget, text: str) -> None:
    """Type like a keyboard does, Thai included: one key press and release per character,
    carrying its text (``QTest.keyClicks`` aborts on a non-ASCII character)."""
    for ch in text:
        if ch.isascii():
            QTest.keyClick(widget, ch)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier,
                                                     ch))


@pytest.fixture
def type_text():
    """``type_text(widget, text)``: see :func:`_type_text`."""
    return _type_text


@pytest.fixture
def check_model(qtmodeltester):
    """qtmodeltester on a model that holds data (a tester run on an empty model proves
    little): every model check also asserts the rows and columns it exercised."""

    def check(model, *, min_rows: int = 1) -> None:
        qtmodeltester.check(model)
        assert model.columnCount() > 0
        assert model.rowCount() >= min_rows, f"{type(model).__name__} was checked empty"

    return check
