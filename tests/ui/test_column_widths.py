"""Tables keep room for the column that says what a row is (ColumnFitter), at 1366×768 with the
Thai demo: the action plan's "what", the decisions' proposal titles, the issues' titles."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QTableView

from ui.models.deliberation import Row, RowsModel
from ui.widgets import ColumnFitter

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_fitter_gives_the_main_column_its_share_keeps_short_columns_and_headers(qtbot):
    long = "ผู้รับผิดชอบหลักที่มีชื่อยาวมาก / องค์การบริหารส่วนตำบลโนนสูง" * 2
    model = RowsModel(["สิ่งที่จะทำ", "ผู้รับผิดชอบหลัก", "กำหนดเสร็จ (พ.ศ.)", "ภาคีร่วม"])
    model.set_rows([Row(["ขุดลอกหนองน้ำสาธารณะ", long, "15 มี.ค. 2570", long])] * 3)
    view = QTableView()
    view.setModel(model)
    qtbot.addWidget(view)
    fitter = ColumnFitter(view, 0, chars=48, share=0.35)
    view.resize(700, 300)
    view.show()
    qtbot.waitExposed(view)
    header = view.horizontalHeader()
    width = view.viewport().width()
    main_need = view.sizeHintForColumn(0)
    assert header.sectionSize(0) >= min(main_need, int(width * 0.35))
    assert header.sectionSize(2) >= view.sizeHintForColumn(2)       # the date stays whole
    for col in (1, 3):                                               # long texts are cut ...
        assert header.sectionSizeHint(col) <= header.sectionSize(col) < view.sizeHintForColumn(col)
    assert header.sectionSize(1) == header.sectionSize(3)            # ... to one width
    assert view.model().data(model.index(0, 1), 3)                   # with the full tooltip
    view.resize(1400, 300)                                           # wider: all of it fits
    qtbot.waitUntil(lambda: header.sectionSize(1) >= min(fitter.cap(1), view.sizeHintForColumn(1)))


@pytest.fixture
def demo_window(qtbot, tmp_path, settings):
    from ui import i18n
    from ui.mainwindow import MainWindow
    from workshop.demo import build_demo
    from workshop.store import Store

    i18n.install("th", False)
    store = Store.create(tmp_path / "demo.prachakhom", backups=False)
    build_demo(store)
    w = MainWindow(settings, store)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.close()
    i18n.install("en", False)


def _shown(window, module: str, qtbot):
    window.show_page_module(module)
    page = window.page(module)
    qtbot.waitExposed(page)
    return page


def _main_column_fits(view: QTableView, col: int, share: float) -> bool:
    got = view.horizontalHeader().sectionSize(col)
    return got >= min(view.sizeHintForColumn(col), int(view.viewport().width() * share)) \
        and got >= 150


def test_action_plan_what_column_keeps_its_room(demo_window, qtbot):
    page = _shown(demo_window, "ui.pages.actions", qtbot)
    assert page.action_model.rowCount() >= 3
    qtbot.waitUntil(lambda: _main_column_fits(page.action_view, 0, 0.35))
    # no column of the action plan is narrower than its header
    header = page.action_view.horizontalHeader()
    for col in range(1, page.action_model.columnCount()):
        assert header.sectionSize(col) >= header.sectionSizeHint(col) - 1


def test_decisions_and_issues_titles_keep_their_room(demo_window, qtbot):
    page = _shown(demo_window, "ui.pages.decisions", qtbot)
    assert page.list_model.rowCount() >= 2
    qtbot.waitUntil(lambda: _main_column_fits(page.list_view, 0, 0.6))
    page = _shown(demo_window, "ui.pages.issues", qtbot)
    assert page.model.rowCount() >= 5
    qtbot.waitUntil(lambda: _main_column_fits(page.table, 1, 0.4))


def test_a_table_whose_headers_leave_no_room_scrolls_inside_itself(qtbot):
    """Many long headers in a narrow table (150 % text): the main column keeps its share and
    the table scrolls sideways in itself, never narrower columns than their headers."""
    heads = ["ประเด็น"] + [f"หัวคอลัมน์ที่ยาวพอสมควร {n}" for n in range(6)]
    model = RowsModel(heads)
    model.set_rows([Row(["น้ำประปาหมู่บ้านไม่ไหลช่วงหน้าแล้ง"] + ["5"] * 6)] * 3)
    view = QTableView()
    view.setModel(model)
    qtbot.addWidget(view)
    ColumnFitter(view, 0, share=0.4)
    view.resize(500, 300)
    view.show()
    qtbot.waitExposed(view)
    header = view.horizontalHeader()
    width = view.viewport().width()
    assert header.sectionSize(0) >= min(view.sizeHintForColumn(0), int(width * 0.4))
    for col in range(1, len(heads)):
        assert header.sectionSize(col) >= header.sectionSizeHint(col) - 1
    assert header.length() > width                                   # more than it shows ...
    qtbot.waitUntil(lambda: view.horizontalScrollBar().maximum() > 0)   # ... so it scrolls
    view.resize(2400, 300)                                           # room again: it fits
    qtbot.waitUntil(lambda: header.length() <= view.viewport().width() + 1)
    assert view.horizontalScrollBar().maximum() == 0


def test_a_long_table_is_measured_when_shown_on_the_rows_around_the_view(qtbot):
    class Counting(RowsModel):
        reads = 0

        def cell(self, item, row, col):          # a cell's text read (to measure or paint)
            Counting.reads += 1
            return super().cell(item, row, col)

    model = Counting(["สิ่งที่จะทำ", "ผู้รับผิดชอบหลัก"])
    rows = [Row([f"กิจกรรมที่ {i}", "อบต."]) for i in range(5000)]
    rows[4000] = Row(["กิจกรรมที่ 4000", "ผู้รับผิดชอบที่มีชื่อยาวมากจริง ๆ " * 3])
    view = QTableView()
    view.setModel(model)
    qtbot.addWidget(view)
    ColumnFitter(view, 0, chars=80, share=0.35)
    view.resize(900, 300)
    model.set_rows(rows)
    assert Counting.reads == 0                  # hidden: nothing measured yet
    view.show()
    qtbot.waitExposed(view)
    header = view.horizontalHeader()
    measured = Counting.reads
    assert 0 < measured < 2 * (ColumnFitter.MEASURED_ROWS + 50) * 2     # not 5000 rows a column
    # the long text far down is not read: the column fits the rows near the view
    assert header.sectionSize(1) < 300
