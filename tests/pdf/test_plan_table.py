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


# What each language must print: the heads, the groups' headings, the grand total's words,
# how a fiscal-year column is headed, the sheet's name and the words of the heads in XLSX.
WORDS = {
    "th": dict(heads=("แผนพัฒนาหมู่บ้าน", "ที่", "โครงการ/กิจกรรม", "วัตถุประสงค์", "เป้าหมาย",
                      "งบประมาณ(บาท)", "ตัวชี้วัด(KPI)", "ผลที่คาดว่าจะได้รับ",
                      "หน่วยงานรับผิดชอบหลัก", "ทำเอง", "ทำร่วม", "ขอรับการสนับสนุน",
                      "รวมทั้งสิ้น"),
               groups=("ก.ทำเอง", "ข.ทำร่วม", "ค.ขอรับการสนับสนุน"),
               grand="รวมทั้งสิ้น", projects="({n} โครงการ)", year="พ.ศ. {y}",
               sheet="แผนพัฒนาหมู่บ้าน",
               cells=("ที่", "โครงการ/กิจกรรม", "วัตถุประสงค์", "ตัวชี้วัด (KPI)",
                      "ผลที่คาดว่าจะได้รับ", "หน่วยงานรับผิดชอบหลัก")),
    "en": dict(heads=("Village development plan", "No.", "Project / activity", "Objective",
                      "Target (output)", "Budget (baht)", "Indicator (KPI)", "Expected result",
                      "Responsible", "Do ourselves", "Jointly", "Request support",
                      "Grand total"),
               groups=("A. Do ourselves", "B. Jointly", "C. Request support"),
               grand="Grand total", projects="({n} projects)", year="FY {g} (B.E. {y})",
               sheet="Village plan",
               cells=("No.", "Project / activity", "Objective", "Indicator (KPI)",
                      "Expected result", "Responsible agency")),
}
LANGS = [("latest", "th"), ("all", "th"), ("latest", "en"), ("all", "en")]


@pytest.mark.parametrize("which,lang", LANGS)
def test_pdf_holds_every_action_once_grouped_with_totals(demo, tmp_path, pdftotext, which,
                                                         lang):
    w = WORDS[lang]
    out = write_plan(demo, which, tmp_path / "plan.pdf", lang)
    raw = pdftotext(out, layout=True)
    text = norm(pdftotext(out))
    expected = _expected(demo, which)
    assert len(expected) >= 6
    for head in w["heads"]:
        assert norm(head) in text, head
    for a in expected:
        assert text.count(norm(a.title)) == 1, a.title
    # groups in order: every action lies between its group's heading and the next one
    starts = [text.index(norm(h)) for h in w["groups"]]
    assert starts == sorted(starts)
    bounds = dict(zip((Response.OURSELVES, Response.JOINTLY, Response.REQUEST_SUPPORT),
                      zip(starts, starts[1:] + [len(text)])))
    for a in expected:
        lo, hi = bounds[a.response]
        assert lo < text.index(norm(a.title)) < hi, a.title
    totals = _year_totals(demo, expected)
    assert sum(totals.values()) == sum(a.cost_baht for a in expected)
    for year, total in totals.items():
        for part in w["year"].format(y=year, g=year - 543).split(" ("):   # a head may wrap
            assert norm(part) in text, part
    grand = next(line for line in raw.splitlines() if w["grand"] in line)
    after = grand.split(w["projects"].format(n=len(expected)))[1]
    assert re.findall(r"\d[\d,]*\d|–", after) == [
        _baht(totals[y]) if totals.get(y) else "–" for y in sorted(totals)]
    if lang == "en":       # no fixed Thai word is left: Thai only in what people typed
        for thai in ("แผนพัฒนาหมู่บ้าน(แผนชุมชน)", "ก.ทำเอง", "รวมทั้งสิ้น", "พ.ศ.2", "ตัวชี้วัด(KPI)",
                     "ผลที่คาดว่าจะได้รับ", "หน่วยงานรับผิดชอบหลัก", "แหล่งงบประมาณ:", "โครงการ)",
                     "จากเวทีประชาคม"):
            assert thai not in text, thai


@pytest.mark.parametrize("which,lang", LANGS)
def test_xlsx_cells_totals_are_formulas_that_add_up(demo, tmp_path, which, lang):
    w = WORDS[lang]
    out = write_plan(demo, which, tmp_path / "plan.xlsx", lang)
    wb = load_workbook(out)
    assert wb.sheetnames == [w["sheet"]]
    ws = wb[w["sheet"]]
    cells = [[c.value for c in row] for row in ws.iter_rows()]
    flat = [v for row in cells for v in row if v is not None]
    expected = _expected(demo, which)
    for head in w["cells"]:
        assert head in flat
    titles = [str(v).split("\n")[0] for row in cells for v in row[1:2] if v]
    for a in expected:
        assert titles.count(a.title) == 1, a.title
    totals = _year_totals(demo, expected)
    head_row = next(i for i, row in enumerate(cells, 1) if w["cells"][0] in row)
    labels = {w["year"].format(y=y, g=y - 543): y for y in totals}
    years = {v: k for k, v in enumerate(cells[head_row], 1) if v in labels}
    assert sorted(years) == sorted(labels)
    assert len([v for v in cells[head_row] if v]) == len(totals)    # nothing but the years
    grand_row = next(i for i, row in enumerate(cells, 1)
                     if isinstance(row[0], str) and row[0].startswith(w["grand"]))
    assert cells[grand_row - 1][0] == f"{w['grand']} {w['projects'].format(n=len(expected))}"
    for label, col in years.items():
        ref = f"{ws.cell(row=grand_row, column=col).column_letter}{grand_row}"
        assert str(ws[ref].value).startswith("=")
        assert value(ws, ref) == totals[labels[label]]
        assert ws[ref].number_format == "#,##0"


def test_cli_plan_writes_pdf_and_refuses_other_suffixes(demo, tmp_path):
    env = {"PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    run = [sys.executable, str(ROOT / "main.py"), "plan", str(demo.path)]
    ok = subprocess.run(run + ["--meeting", "all", "-o", str(tmp_path / "p.pdf")],
                        capture_output=True, text=True, env=env)
    assert ok.returncode == 0, ok.stderr
    assert (tmp_path / "p.pdf").read_bytes()[:5] == b"%PDF-"
    en = subprocess.run(run + ["--lang", "en", "-o", str(tmp_path / "p.xlsx")],
                        capture_output=True, text=True, env=env)
    assert en.returncode == 0, en.stderr
    assert load_workbook(tmp_path / "p.xlsx").sheetnames == ["Village plan"]
    bad = subprocess.run(run + ["-o", str(tmp_path / "p.docx")], capture_output=True,
                         text=True, env=env)
    assert bad.returncode == 3 and "Traceback" not in bad.stderr
    assert not (tmp_path / "p.docx").exists()
