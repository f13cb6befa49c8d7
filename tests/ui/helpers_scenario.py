"""Helpers the scenario tests share (tests/ui/test_scenarios.py, test_scenario_meeting.py)."""
from __future__ import annotations

import unicodedata
from datetime import datetime, timedelta

from PySide6.QtWidgets import QApplication


class FakeClock:
    """Meeting time that moves only when the test says so."""

    def __init__(self, start: datetime):
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **kw) -> None:
        self.now += timedelta(**kw)


def norm(text: str) -> str:
    """Text compared without spaces and in one Unicode form (as read out of a PDF)."""
    return "".join(unicodedata.normalize("NFKC", text).split())


def focused():
    return QApplication.focusWidget()
