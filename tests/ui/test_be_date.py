"""BEDateEdit: the year is shown and typed in the Buddhist Era; the stored date stays ISO C.E."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDateTimeEdit

from ui.pages.setup import SetupPage
from ui.widgets import BEDateEdit
from workshop.model import Meeting

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def type_date(qtbot, edit: BEDateEdit, text: str) -> None:
    """Type as a facilitator does: click into the day and type, then Enter."""
    edit.setFocus()
    edit.setSelectedSection(QDateTimeEdit.Section.DaySection)
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


@pytest.mark.parametrize("typed", ["15/03/2569", "15032569", "15.03.2569"])
def test_typing_a_be_date(qtbot, typed):
    edit = BEDateEdit()
    qtbot.addWidget(edit)
    edit.setDate(QDate(2026, 11, 20))
    edit.show()
    type_date(qtbot, edit, typed)
    assert edit.date() == QDate(2026, 3, 15)
    assert edit.iso() == "2026-03-15"
    assert edit.text() == "15/03/2569"


def test_typing_another_year_and_stepping(qtbot):
    edit = BEDateEdit()
    qtbot.addWidget(edit)
    edit.setDate(QDate(2026, 11, 20))
    edit.show()
    type_date(qtbot, edit, "15122570")
    assert edit.iso() == "2027-12-15"
    edit.setSelectedSection(QDateTimeEdit.Section.YearSection)
    qtbot.keyClick(edit, Qt.Key.Key_Up)
    assert edit.text() == "15/12/2571" and edit.iso() == "2028-12-15"
    edit.set_iso("2024-02-29")                      # a leap day keeps its day
    assert edit.text() == "29/02/2567"


def test_calendar_popup_sets_the_date(qtbot):
    edit = BEDateEdit()
    qtbot.addWidget(edit)
    edit.setDate(QDate(2026, 11, 20))
    assert edit.calendarPopup()
    cal = edit.calendarWidget()
    cal.setSelectedDate(QDate(2026, 12, 5))
    cal.clicked.emit(QDate(2026, 12, 5))
    assert edit.iso() == "2026-12-05" and edit.text() == "05/12/2569"


def test_setup_page_types_be_and_stores_ce_with_undo(qtbot, ctx, meeting):
    page = SetupPage(ctx)
    qtbot.addWidget(page)
    page.show()
    assert page.date.text() == "24/11/2569"        # the stored 2026-11-24, shown in B.E.
    type_date(qtbot, page.date, "15/03/2569")
    saved = ctx.store.get(Meeting, meeting.id)
    assert saved.date == "2026-03-15" and saved.be_year == 2569
    assert ctx.undo_stack.count() == 1
    ctx.undo_stack.undo()
    assert ctx.store.get(Meeting, meeting.id).date == "2026-11-24"
    assert page.date.text() == "24/11/2569"
    ctx.undo_stack.redo()
    assert ctx.store.get(Meeting, meeting.id).date == "2026-03-15"
    assert page.date.text() == "15/03/2569"
