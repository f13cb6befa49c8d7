"""Every page of a closed meeting can be shown without an error: showing writes nothing."""
from __future__ import annotations

import sys

from ui.mainwindow import MainWindow
from ui.pages import PAGES
from workshop.demo import build_demo
from workshop.model import Criterion, Meeting, MeetingStatus
from workshop.store import Store


def test_every_page_of_a_closed_meeting_shows_without_an_error(qtbot, monkeypatch, tmp_path,
                                                                settings):
    store = Store.create(tmp_path / "demo.prachakhom", backups=False)
    build_demo(store)
    w = MainWindow(settings, store)
    qtbot.addWidget(w)
    closed = [m for m in store.find(Meeting) if m.status == MeetingStatus.CLOSED]
    assert closed, "the demo has closed meetings"
    errors: list = []
    monkeypatch.setattr(sys, "excepthook", lambda t, e, tb: errors.append(e))
    w.ctx.set_meeting(closed[0].id)
    before = store.count(Criterion, meeting_id=closed[0].id)
    for i in range(len(PAGES)):
        w.show_page(i)
        qtbot.wait(1)
    assert errors == []
    assert store.count(Criterion, meeting_id=closed[0].id) == before
