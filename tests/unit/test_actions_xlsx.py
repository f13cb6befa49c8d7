"""export-actions to XLSX: a sheet per table, totals as formulas that add up to the
actions' and pledges' own figures, due dates as real dates shown in the B.E."""
from __future__ import annotations

import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook

from tests.xlsxcheck import value
from workshop import actions as ac
from workshop.demo import build_demo
from workshop.meetings import latest_meeting
from workshop.plan.actions_xlsx import SHEETS, write_actions_xlsx
from workshop.plan.xlsx import BE_DATE
from workshop.store import Store

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    s = Store.create(tmp_path_factory.mktemp("ax") / "demo.prachakhom", backups=False)
    build_demo(s)
    yield s
    s.close()


def _row_of(ws, first_text: str, exact: bool = False) -> int:
    for row in ws.iter_rows():
        v = row[0].value
        if isinstance(v, str) and (v == first_text if exact else v.startswith(first_text)):
            return row[0].row
    raise AssertionError(first_text)


# sheets, the actions' total, pledged money, total value, value pending, grand total, dates
WORDS = {"th": (SHEETS, "รวม (", "เงินที่สมทบ", "มูลค่ารวม", "มูลค่าที่ยังค้าง", "รวมทั้งสิ้น", BE_DATE),
         "en": (("Action plan", "Resources pledged", "Totals by actor", "Totals by sector"),
                "Total (", "Money pledged", "Total value", "Value still pending", "Total",
                "d mmm yyyy")}


@pytest.mark.parametrize("lang", ["th", "en"])
def test_a_sheet_per_table_with_totals_that_add_up(demo, tmp_path, lang):
    sheets, total_w, money_w, value_w, pending_w, grand_w, day = WORDS[lang]
    m = latest_meeting(demo)
    out = write_actions_xlsx(demo, m.id, tmp_path / "a.xlsx", lang)
    wb = load_workbook(out)
    assert wb.sheetnames == list(sheets)
    acts = ac.actions(demo, m.id)
    ws = wb[sheets[0]]
    total = _row_of(ws, total_w)
    assert ws[f"G{total}"].value.startswith("=SUM(")
    assert value(ws, f"G{total}") == sum(a.cost_baht for a in acts)
    dates = [c for c in ws["E"] if isinstance(c.value, datetime)]
    assert [c.value.date().isoformat() for c in dates] == [a.due_date for a in acts if a.due_date]
    assert {c.number_format for c in dates} == {day}
    grand = ac.meeting_totals(demo, m.id).grand
    ws = wb[sheets[1]]
    assert value(ws, f"F{_row_of(ws, money_w)}") == grand.money_baht
    assert value(ws, f"H{_row_of(ws, value_w)}") == grand.value_baht
    assert value(ws, f"H{_row_of(ws, pending_w)}") == grand.outstanding_value_baht
    for name in sheets[2:]:
        ws = wb[name]
        row = _row_of(ws, grand_w, exact=True)
        cols = [c.column_letter for c in ws[row] if isinstance(c.value, str)
                and c.value.startswith("=SUM(")]
        assert len(cols) == 6
        got = [value(ws, f"{c}{row}") for c in cols]
        assert got == [grand.money_baht, grand.labour_days, sum(grand.other.values()),
                       grand.outstanding, grand.actions_led, grand.action_cost_baht]


def test_an_empty_meeting_has_no_circular_totals(store, tmp_path):
    from workshop.meetings import create_meeting
    from workshop.model import Meeting

    m = create_meeting(store, Meeting(title="ว่าง", date="2026-11-20"))
    wb = load_workbook(write_actions_xlsx(store, m.id, tmp_path / "e.xlsx"))
    ws = wb["แผนปฏิบัติการ"]
    assert ws[f"G{_row_of(ws, 'รวม (')}"].value == 0


def test_cli_export_actions_xlsx(demo, tmp_path):
    env = {"PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    out = tmp_path / "plan.xlsx"
    r = subprocess.run([sys.executable, str(ROOT / "main.py"), "export-actions", str(demo.path),
                        "-o", str(out)], capture_output=True, text=True, env=env)
    assert r.returncode == 0, r.stderr
    assert load_workbook(out).sheetnames == list(SHEETS)
