"""The village plan table as landscape A4 PDF, in the layout of plan project tables.

Columns: ที่, โครงการ/กิจกรรม, วัตถุประสงค์, เป้าหมาย (ผลผลิตของโครงการ), งบประมาณ (บาท) with one
column per B.E. fiscal year, ตัวชี้วัด (KPI), ผลที่คาดว่าจะได้รับ, หน่วยงานรับผิดชอบหลัก.  Rows are
grouped ทำเอง / ทำร่วม / ขอรับการสนับสนุน with a total row each and a grand total.  Every text
is a :class:`~workshop.minutes.thaitext.ThaiParagraph` (shaped, word-wrapped, searchable), the
same helpers as the minutes.  ``lang="en"``: the same table with English heads and words
(:mod:`workshop.plan.words`); what people typed stays as typed.
"""
from __future__ import annotations

import io

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import cm
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Spacer, Table, TableStyle

from ..minutes.thaifont import BOLD, REGULAR, draw_text, register_fonts
from ..minutes.thaitext import TextStyle, ThaiParagraph
from .table import VillagePlan, group_name, group_word
from .words import Words

PAGE_W, PAGE_H = landscape(A4)
MARGIN = 1.5 * cm
FRAME_W = PAGE_W - 2 * MARGIN
YEAR_W = 2.3 * cm
NO_W = 0.9 * cm
# the text columns share what the number and year columns leave, in these proportions
TEXT_SHARES = (("title", 1.35), ("objective", 1.15), ("target", 1.0), ("indicator", 0.95),
               ("expected_result", 1.05), ("agency", 0.85))

TITLE = TextStyle(size=16, leading=22, font=BOLD, align="center")
SUB = TextStyle(size=13, leading=18, align="center")
HEAD = TextStyle(size=11.5, leading=15, font=BOLD, align="center")
CELL = TextStyle(size=11.5, leading=15)
NOTE = TextStyle(size=10, leading=13, color="#444444")
NUM = CELL.but(align="right")
CENTER = CELL.but(align="center")
GROUP = CELL.but(font=BOLD)
TOTAL = CELL.but(font=BOLD, align="right")
TOTAL_NUM = NUM.but(font=BOLD)


def _p(text: str, style: TextStyle = CELL) -> ThaiParagraph:
    return ThaiParagraph([(text, style.font)], style)


def _money(L: Words, v: float) -> str:
    return L.baht(v) if v else "–"


def widths(n_years: int) -> list[float]:
    rest = FRAME_W - NO_W - n_years * YEAR_W
    total = sum(s for _n, s in TEXT_SHARES)
    w = {name: rest * s / total for name, s in TEXT_SHARES}
    return ([NO_W, w["title"], w["objective"], w["target"]] + [YEAR_W] * n_years
            + [w["indicator"], w["expected_result"], w["agency"]])


def heading(plan: VillagePlan, L: Words) -> list[str]:
    """The lines above the table."""
    lines = [L("plan_title")]
    if plan.body_name:
        lines.append(plan.body_name)
    if plan.meetings and L.place(plan.meetings[-1]):
        lines.append(L.place(plan.meetings[-1]))
    if len(plan.meetings) == 1:
        m = plan.meetings[0]
        lines.append(L("plan_from_one", n=m.number, y=L.year(m.be_year), d=L.day(m.date)))
    elif plan.meetings:
        first, last = plan.meetings[0], plan.meetings[-1]
        lines.append(L("plan_from_many", k=len(plan.meetings),
                       a=f"{L.num(first.number)}/{L.year(first.be_year)}",
                       b=f"{L.num(last.number)}/{L.year(last.be_year)}"))
    return lines


def headers(L: Words) -> tuple[list[str], list[str]]:
    """The column heads before and after the budget's year columns (PDF and XLSX)."""
    return ([L("plan_no"), L("plan_project"), L("plan_objective"), L("plan_target")],
            [L("plan_indicator"), L("plan_expected"), L("plan_agency")])


def row_notes(row, L: Words) -> list[str]:
    """The small lines under a project's title: location, source of funds, carried over."""
    notes = [L("plan_location", v=row.location) if row.location else "",
             L("plan_funds", v=row.funding_source) if row.funding_source else "",
             L("plan_carried", n=row.meeting.number, y=L.year(row.meeting.be_year))
             if row.carried else ""]
    return [x for x in notes if x]


def _table(plan: VillagePlan, L: Words) -> Table:
    years = plan.years
    n = len(years)
    ncol = 7 + n
    y0 = 4                       # first year column
    before, after = headers(L)
    rows: list[list] = [
        [_p(h, HEAD) for h in before] + [_p(L("plan_budget"), HEAD)] + [""] * (n - 1)
        + [_p(h, HEAD) for h in after],
        [""] * y0 + [_p(L.fiscal_year(y), HEAD) for y in years] + [""] * 3,
    ]
    style = [("GRID", (0, 0), (-1, -1), 0.5, colors.black),
             ("VALIGN", (0, 0), (-1, -1), "TOP"),
             ("VALIGN", (0, 0), (-1, 1), "MIDDLE"),
             ("BACKGROUND", (0, 0), (-1, 1), colors.HexColor("#eeeeee")),
             ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
             ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
             ("SPAN", (y0, 0), (y0 + n - 1, 0))]
    for c in list(range(y0)) + list(range(y0 + n, ncol)):
        style.append(("SPAN", (c, 0), (c, 1)))
    letters = L("plan_letters")
    for gi, group in enumerate(plan.groups):
        r = len(rows)
        rows.append([_p(f"{letters[gi]}. {group_name(group.response, L.lang)}", GROUP)]
                    + [""] * (ncol - 1))
        style += [("SPAN", (0, r), (-1, r)),
                  ("BACKGROUND", (0, r), (-1, r), colors.HexColor("#f6f6f6")),
                  ("NOSPLIT", (0, r), (-1, r + 1))]      # a group's heading never ends a page
        if not group.rows:
            rows.append([_p("", CENTER), _p(L("plan_none"), NOTE)] + [""] * (ncol - 2))
        for k, row in enumerate(group.rows, 1):
            title = [_p(row.title)] + [_p(x, NOTE) for x in row_notes(row, L)]
            rows.append([_p(L.num(k), CENTER), title, _p(row.objective), _p(row.target)]
                        + [_p(_money(L, row.budgets.get(y, 0.0)), NUM) for y in years]
                        + [_p(row.indicator), _p(row.expected_result), _p(row.agency)])
        r = len(rows)
        rows.append([_p(L("plan_group_total", g=group_word(group.response, L.lang),
                          k=L.projects(len(group.rows))), TOTAL)] + [""] * (y0 - 1)
                    + [_p(_money(L, group.total(y)), TOTAL_NUM) for y in years] + [""] * 3)
        style += [("SPAN", (0, r), (y0 - 1, r)),
                  ("NOSPLIT", (0, r - 1), (-1, r))]      # nor does a total start one
    r = len(rows)
    grand = L("plan_grand_total", k=L.projects(len(plan.rows)))
    rows.append([_p(grand, TOTAL)] + [""] * (y0 - 1)
                + [_p(_money(L, plan.total(y)), TOTAL_NUM) for y in years] + [""] * 3)
    style += [("SPAN", (0, r), (y0 - 1, r)),
              ("BACKGROUND", (0, r), (-1, r), colors.HexColor("#eeeeee")),
              ("NOSPLIT", (0, r - 1), (-1, r))]
    t = Table(rows, colWidths=widths(n), repeatRows=2, hAlign="LEFT")
    t.setStyle(TableStyle(style))
    return t


def _on_page(canv, doc) -> None:
    n = canv.getPageNumber()
    if n > 1:
        canv.saveState()
        draw_text(canv, PAGE_W / 2, PAGE_H - 1.0 * cm, f"- {n} -", REGULAR, 12, align="center")
        canv.restoreState()


def render_plan(plan: VillagePlan, lang: str = "th", trend=None) -> bytes:
    """The plan table; ``trend``: a :class:`workshop.minutes.trend_annex.TrendAnnex` to add
    after it, on a page of its own."""
    L = Words(lang)
    register_fonts()
    buf = io.BytesIO()
    doc = BaseDocTemplate(buf, pagesize=landscape(A4), leftMargin=MARGIN, rightMargin=MARGIN,
                          topMargin=MARGIN, bottomMargin=MARGIN,
                          title=f"{L('plan_sheet')} {plan.body_name}".strip(),
                          author="Prachakhom", creator="Prachakhom", lang=lang)
    frame = Frame(MARGIN, MARGIN, FRAME_W, PAGE_H - 2 * MARGIN, leftPadding=0, rightPadding=0,
                  topPadding=0, bottomPadding=0, id="body")
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=_on_page)])
    lines = heading(plan, L)
    flow: list = [_p(lines[0], TITLE)] + [_p(x, SUB) for x in lines[1:]]
    flow += [Spacer(1, 8), _table(plan, L)]
    if trend is not None:
        from ..minutes.trend_annex import PLAN_MEETINGS, trend_story

        flow += trend_story(trend, L, FRAME_W, PLAN_MEETINGS)
    doc.build(flow)
    return buf.getvalue()
