"""The village plan table of the demo, per meeting and for all: PDF text (pdftotext) and XLSX
cells (openpyxl), totals checked against the actions themselves."""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from openpyxl import load_workbook

from workshop.demo import build_demo
from workshop.meetings import latest_meeting
from workshop.model import Action, ActionStatus, Meeting, Response
from workshop.plan.fields import budgets_of
from workshop.plan.output import write_plan
from workshop.store import Store

from tests.pdf.conftest import norm
from tests.xlsxcheck import value

ROOT = Path(__file__).resolve().parents[2]
OPEN = (ActionStatus.PLANNED, ActionStatus.IN_PROGRESS)


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    path = tmp_path_factory.mktemp("plan") / "demo.prachakhom"
    s = Store.create(path, backups=False)
    build_demo(s)
    yield s
    s.close()


def _expected(store, which: str) -> list[Action]:
    """The actions the table must hold, worked out from the records (not from build_plan)."""
    last = latest_meeting(store)
    chain, cur = [], last
    while cur is not None:
        chain.append(cur)
        cur = store.maybe(Meeting, cur.previous_id) if cur.previous_id else None
    acts = {m.id: store.find(Action, meeting_id=m.id) for m in chain}
    if which == "all":
        out = [a for m in chain for a in acts[m.id]]
    else:
        out = acts[last.id] + [a for m in chain[1:] for a in acts[m.id] if a.status in OPEN]
    return [a for a in out if a.status != ActionStatus.CANCELLED]


def _year_totals(store, actions) -> dict[int, float]:
    out: dict[int, float] = {}
    for a in actions:
        for y, v in budgets_of(a, store.get(Meeting, a.meeting_id)).items():
            out[y] = out.get(y, 0) + v
    return out


def _baht(v: float) -> str:
    return f"{v:,.0f}"


@pytest.mark.parametrize("which", ["latest", "all"])
def test_pdf_holds_every_action_once_grouped_with_totals(demo, tmp_path, pdftotext, which):
    out = write_plan(demo, which, tmp_path / "plan.pdf")
    raw = pdftotext(out, layout=True)
    text = norm(pdftotext(out))
    expected = _expected(demo, which)
    assert len(expected) >= 6
    for head in ("แผนพัฒนาหมู่บ้าน", "ที่", "โครงการ/กิจกรรม", "วัตถุประสงค์", "เป้าหมาย",
                 "งบประมาณ(บาท)", "ตัวชี้วัด(KPI)", "ผลที่คาดว่าจะได้รับ", "หน่วยงานรับผิดชอบหลัก",
                 "ทำเอง", "ทำร่วม", "ขอรับการสนับสนุน", "รวมทั้งสิ้น"):
        assert norm(head) in text, head
    for a in expected:
        assert text.count(norm(a.title)) == 1, a.title
    # groups in order: every action lies between its group's heading and the next one
    starts = [text.index(norm(h)) for h in ("ก.ทำเอง", "ข.ทำร่วม", "ค.ขอรับการสนับสนุน")]
    assert starts == sorted(starts)
    bounds = dict(zip((Response.OURSELVES, Response.JOINTLY, Response.REQUEST_SUPPORT),
                      zip(starts, starts[1:] + [len(text)])))
    for a in expected:
        lo, hi = bounds[a.response]
        assert lo < text.index(norm(a.title)) < hi, a.title
    totals = _year_totals(demo, expected)
    assert sum(totals.values()) == sum(a.cost_baht for a in expected)
    for year, total in totals.items():
        assert f"พ.ศ.{year}" in text
    grand = next(line for line in raw.splitlines() if "รวมทั้งสิ้น" in line)
    assert re.findall(r"\d[\d,]*\d|–", grand.split("โครงการ)")[1]) == [
        _baht(totals[y]) if totals.get(y) else "–" for y in sorted(totals)]
    assert f"({len(expected)} โครงการ)" in grand


@pytest.mark.parametrize("which", ["latest", "all"])
def test_xlsx_cells_totals_are_formulas_that_add_up(demo, tmp_path, which):
    out = write_plan(demo, which, tmp_path / "plan.xlsx")
    ws = load_workbook(out)["แผนพัฒนาหมู่บ้าน"]
    cells = [[c.value for c in row] for row in ws.iter_rows()]
    flat = [v for row in cells for v in row if v is not None]
    expected = _expected(demo, which)
    for head in ("ที่", "โครงการ/กิจกรรม", "วัตถุประสงค์", "ตัวชี้วัด (KPI)",
                 "ผลที่คาดว่าจะได้รับ", "หน่วยงานรับผิดชอบหลัก"):
        assert head in flat
    titles = [str(v).split("\n")[0] for row in cells for v in row[1:2] if v]
    for a in expected:
        assert titles.count(a.title) == 1, a.title
    totals = _year_totals(demo, expected)
    head_row = next(i for i, row in enumerate(cells, 1) if "ที่" in row)
    years = {v: k for k, v in enumerate(cells[head_row], 1) if isinstance(v, str)
             and v.startswith("พ.ศ.")}
    assert sorted(years) == [f"พ.ศ. {y}" for y in sorted(totals)]
    grand_row = next(i for i, row in enumerate(cells, 1)
                     if isinstance(row[0], str) and row[0].startswith("รวมทั้งสิ้น"))
    for label, col in years.items():
        ref = f"{ws.cell(row=grand_row, column=col).column_letter}{grand_row}"
        assert str(ws[ref].value).startswith("=")
        assert value(ws, ref) == totals[int(label.split()[1])]
        assert ws[ref].number_format == "#,##0"


def test_cli_plan_writes_pdf_and_refuses_other_suffixes(demo, tmp_path):
    env = {"PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    run = [sys.executable, str(ROOT / "main.py"), "plan", str(demo.path)]
    ok = subprocess.run(run + ["--meeting", "all", "-o", str(tmp_path / "p.pdf")],
                        capture_output=True, text=True, env=env)
    assert ok.returncode == 0, ok.stderr
    assert (tmp_path / "p.pdf").read_bytes()[:5] == b"%PDF-"
    bad = subprocess.run(run + ["-o", str(tmp_path / "p.docx")], capture_output=True,
                         text=True, env=env)
    assert bad.returncode == 3 and "Traceback" not in bad.stderr
    assert not (tmp_path / "p.docx").exists()
