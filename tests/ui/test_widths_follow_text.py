"""Widths given in characters grow with the text size (issue 12, item 7): a table column's
cap (ColumnFitter), a field's minimum width and a table's first column widths are measured in
the current font and set again when the text size changes, and a row of buttons in a
FlowLayout goes on to a second line when it has no room."""
from __future__ import annotations

import pytest
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton, QTableView, QWidget

from ui import keys
from ui.models.deliberation import Row, RowsModel
from ui.widgets import (ColumnFitter, FlowLayout, PlainTextField, columns_in_chars,
                        text_width, width_in_chars)

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

LONG = "องค์การบริหารส่วนตำบลโนนสูง อำเภอเมือง จังหวัดนครราชสีมา " * 3


@pytest.fixture
def text_size(qapp):
    """Set the application's text size like Ctrl++ does; the size before is put back."""
    before = QApplication.font().pointSizeF()

    def set_size(points: int) -> None:
        keys.set_text_size(points, [])
    set_size(11)
    yield set_size
    keys.set_text_size(round(before), [])


def _table(qtbot) -> tuple[QTableView, ColumnFitter]:
    model = RowsModel(["สิ่งที่จะทำ", "ผู้รับผิดชอบ", "ภาคีร่วม"])
    model.set_rows([Row(["ขุดลอกหนองน้ำ", LONG, LONG])] * 3)
    view = QTableView()
    view.setModel(model)
    qtbot.addWidget(view)
    fitter = ColumnFitter(view, 0, chars=20, col_chars={2: 30}, share=0.2)
    view.resize(1300, 300)
    view.show()
    qtbot.waitExposed(view)
    return view, fitter


def test_text_width_is_characters_of_the_widget_font(qtbot, text_size):
    w = QWidget()
    qtbot.addWidget(w)
    digit = QFontMetricsF(w.font()).horizontalAdvance("0")
    assert abs(text_width(w, 10) - 10 * digit) <= 1
    text_size(17)
    assert text_width(w, 10) > 10 * digit * 1.4         # the same 10 characters, wider


def test_a_column_cap_grows_with_the_text_size(qtbot, text_size):
    view, fitter = _table(qtbot)
    header = view.horizontalHeader()
    small = {c: header.sectionSize(c) for c in (1, 2)}
    assert small[1] == text_width(view, 20) and small[2] == text_width(view, 30)   # capped
    assert small[2] > small[1]
    text_size(17)
    qtbot.waitUntil(lambda: header.sectionSize(2) == text_width(view, 30))
    for col in (1, 2):                                  # the caps grew by the font's ratio
        assert header.sectionSize(col) > small[col] * 1.4, (col, header.sectionSize(col))
    assert fitter.cap(1) == header.sectionSize(1)


def test_minimum_and_fixed_widths_follow_the_text_size(qtbot, text_size):
    box = QWidget()
    qtbot.addWidget(box)
    field, button = QLineEdit(box), QPushButton("+", box)
    width_in_chars(field, minimum=30, maximum=40)
    width_in_chars(button, fixed=4)
    before = (field.minimumWidth(), field.maximumWidth(), button.width())
    assert before[0] == text_width(field, 30) and before[1] == text_width(field, 40)
    text_size(17)
    after = (field.minimumWidth(), field.maximumWidth(), button.width())
    assert after[0] == text_width(field, 30) and after[1] == text_width(field, 40)
    assert all(a > b * 1.4 for a, b in zip(after, before)), (before, after)


def test_a_text_box_keeps_its_lines_at_a_larger_text_size(qtbot, text_size):
    box = PlainTextField(max_height=80)
    qtbot.addWidget(box)
    small = box.maximumHeight()
    assert 70 <= small <= 90                             # about 80 pixels at the normal size
    text_size(17)
    line = QFontMetricsF(box.font()).lineSpacing()
    assert box.maximumHeight() > small * 1.4
    assert box.maximumHeight() >= 3 * line               # still three lines of the new size


def test_first_column_widths_follow_the_text_size(qtbot, text_size):
    view, _fitter = _table(qtbot)
    plain = QTableView()
    plain.setModel(view.model())
    qtbot.addWidget(plain)
    columns_in_chars(plain, (12, 25))
    before = plain.columnWidth(1)
    text_size(17)
    assert plain.columnWidth(1) == text_width(plain, 25) > before * 1.4


def test_a_row_of_buttons_wraps_when_there_is_no_room(qtbot, text_size):
    box = QWidget()
    qtbot.addWidget(box)
    row = FlowLayout(box)
    buttons = [QPushButton(f"ปุ่มที่มีข้อความยาว {n}", box) for n in range(4)]
    for b in buttons:
        row.addWidget(b)
    m = row.contentsMargins()
    widest = max(b.sizeHint().width() for b in buttons) + m.left() + m.right()
    assert box.minimumSizeHint().width() == widest          # never wider than one button
    box.resize(sum(b.sizeHint().width() for b in buttons) + 100, 200)
    box.show()
    qtbot.waitExposed(box)
    assert len({b.y() for b in buttons}) == 1                # room: one line
    box.resize(widest + 10, 400)
    qtbot.waitUntil(lambda: len({b.y() for b in buttons}) == 4)  # one a line
    assert box.minimumSizeHint().height() >= sum(b.height() for b in buttons)   # asks for it
    assert all(b.geometry().right() <= box.width() for b in buttons)
