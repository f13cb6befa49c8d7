"""Excel workbooks (openpyxl): the village plan table, and the helpers every XLSX export uses.

* Thai headers in bold on grey, wrapped text, frozen header rows, A4 landscape page setup;
* money with the number format ``#,##0`` (baht), quantities ``#,##0.##``;
* totals are **formulas** (``=SUM(E5:E9)``), so a figure changed in Excel changes its total;
* dates are real dates shown in the Buddhist Era by the number format :data:`BE_DATE`
  (``[$-107041E]``: Western digits, calendar 07 = Thai Buddhist, locale 041E = Thai).
"""
from __future__ import annotations

import io
from datetime import date
from typing import Iterable, Optional, Sequence

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from .pdf import heading, headers, row_notes
from .table import VillagePlan, group_name, group_word
from .words import Words

MONEY = "#,##0"
QUANTITY = "#,##0.##"
BE_DATE = "[$-107041E]d mmm yyyy"
FONT = "TH Sarabun New"
_THIN = Side(style="thin", color="000000")
BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
HEAD_FILL = PatternFill("solid", fgColor="EEEEEE")
GROUP_FILL = PatternFill("solid", fgColor="F6F6F6")
WRAP = Alignment(wrap_text=True, vertical="top")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)


def new_workbook() -> Workbook:
    wb = Workbook()
    wb.remove(wb.active)
    return wb


def sheet(wb: Workbook, title: str) -> Worksheet:
    ws = wb.create_sheet(title[:31])
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    return ws


def header(ws: Worksheet, row: int, labels: Sequence[str], col: int = 1) -> None:
    for k, text in enumerate(labels):
        c = ws.cell(row=row, column=col + k, value=text)
        c.font = Font(name=FONT, bold=True, size=14)
        c.fill = HEAD_FILL
        c.border = BORDER
        c.alignment = CENTER


def cell(ws: Worksheet, row: int, col: int, value, number_format: str = "",
         bold: bool = False, fill: Optional[PatternFill] = None):
    c = ws.cell(row=row, column=col, value=value)
    c.font = Font(name=FONT, size=14, bold=bold)
    c.border = BORDER
    c.alignment = WRAP
    if number_format:
        c.number_format = number_format
    if fill is not None:
        c.fill = fill
    return c


def title_rows(ws: Worksheet, lines: Iterable[str], ncols: int) -> int:
    """Centred title lines merged across ``ncols``; returns the next free row."""
    row = 1
    for k, text in enumerate(lines):
        c = ws.cell(row=row, column=1, value=text)
        c.font = Font(name=FONT, size=16 if k == 0 else 14, bold=k == 0)
        c.alignment = Alignment(horizontal="center")
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=ncols)
        row += 1
    return row + 1


def widths(ws: Worksheet, values: Sequence[float]) -> None:
    for k, w in enumerate(values, 1):
        ws.column_dimensions[get_column_letter(k)].width = w


def as_date(iso: str) -> Optional[date]:
    try:
        return date.fromisoformat(iso[:10]) if iso else None
    except ValueError:
        return None


def to_bytes(wb: Workbook) -> bytes:
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


# ----------------------------------------------------------------------- the plan table
def plan_workbook(plan: VillagePlan, lang: str = "th") -> Workbook:
    """One sheet "แผนพัฒนาหมู่บ้าน" ("Village plan"): the same table as the PDF, totals as
    formulas."""
    L = Words(lang)
    wb = new_workbook()
    ws = sheet(wb, L("plan_sheet"))
    years = plan.years
    n = len(years)
    y0 = 5                                         # column of the first fiscal year
    ncol = 7 + n
    row = title_rows(ws, heading(plan, L), ncol)
    head = row
    before, after = headers(L)
    header(ws, head, before)
    header(ws, head, [L("plan_budget")] + [""] * (n - 1), col=y0)
    header(ws, head, after, col=y0 + n)
    header(ws, head + 1, [""] * 4)
    header(ws, head + 1, [L.fiscal_year(y) for y in years], col=y0)
    header(ws, head + 1, [""] * 3, col=y0 + n)
    for c in list(range(1, y0)) + list(range(y0 + n, ncol + 1)):
        ws.merge_cells(start_row=head, start_column=c, end_row=head + 1, end_column=c)
    if n > 1:
        ws.merge_cells(start_row=head, start_column=y0, end_row=head, end_column=y0 + n - 1)
    ws.freeze_panes = ws.cell(row=head + 2, column=3)
    row = head + 2
    group_total_rows: list[int] = []
    letters = L("plan_letters")
    for gi, group in enumerate(plan.groups):
        cell(ws, row, 1, f"{letters[gi]}. {group_name(group.response, lang)}", bold=True,
             fill=GROUP_FILL)
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=ncol)
        row += 1
        first = row
        for k, r in enumerate(group.rows, 1):
            title = "\n".join([r.title] + row_notes(r, L))
            values = [k, title, r.objective, r.target]
            for col, v in enumerate(values, 1):
                cell(ws, row, col, v)
            for j, y in enumerate(years):
                amount = r.budgets.get(y)
                cell(ws, row, y0 + j, amount if amount else None, MONEY)
            for j, v in enumerate((r.indicator, r.expected_result, r.agency)):
                cell(ws, row, y0 + n + j, v)
            row += 1
        if first == row:                            # an empty group keeps one blank row
            for col in range(1, ncol + 1):
                cell(ws, row, col, None)
            row += 1
        cell(ws, row, 1, L("plan_group_total", g=group_word(group.response, lang),
                           k=L.projects(len(group.rows))), bold=True)
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=y0 - 1)
        for j in range(n):
            letter = get_column_letter(y0 + j)
            cell(ws, row, y0 + j, f"=SUM({letter}{first}:{letter}{row - 1})", MONEY,
                 bold=True)
        for j in range(3):
            cell(ws, row, y0 + n + j, None)
        group_total_rows.append(row)
        row += 1
    cell(ws, row, 1, L("plan_grand_total", k=L.projects(len(plan.rows))), bold=True,
         fill=HEAD_FILL)
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=y0 - 1)
    for j in range(n):
        letter = get_column_letter(y0 + j)
        cell(ws, row, y0 + j, "=" + "+".join(f"{letter}{r}" for r in group_total_rows), MONEY,
             bold=True, fill=HEAD_FILL)
    for j in range(3):
        cell(ws, row, y0 + n + j, None, fill=HEAD_FILL)
    widths(ws, [5, 34, 28, 26] + [14] * n + [24, 26, 22])
    return wb


def trend_sheet(wb: Workbook, a, lang: str = "th") -> Worksheet:
    """A sheet "การอภิบาลต่อเนื่อง" ("Across meetings"): governance across the series'
    meetings (:mod:`workshop.minutes.trend_annex`), the same cells as the PDF, then where
    each figure comes from."""
    from ..minutes.trend_annex import PLAN_MEETINGS, trend_cells, word

    L = Words(lang)
    ws = sheet(wb, word("sheet", L))
    c = trend_cells(a, L, PLAN_MEETINGS)
    ncol = len(c.heads)
    row = title_rows(ws, [word("title", L)] + c.notes, max(ncol, 2))
    header(ws, row, c.heads)
    ws.freeze_panes = ws.cell(row=row + 1, column=2)
    row += 1
    for title, lines in c.groups:
        cell(ws, row, 1, title, bold=True, fill=GROUP_FILL)
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=ncol)
        row += 1
        for label, values in lines:
            cell(ws, row, 1, label)
            for k, (v, t) in enumerate(values, 2):
                cell(ws, row, k, "\n".join(x for x in (v, t) if x))
            row += 1
    row += 1
    for line in [word("key", L), word("sources", L)] + c.sources:
        ws.cell(row=row, column=1, value=line).font = Font(name=FONT, size=14)
        row += 1
    widths(ws, [40] + [22] * (ncol - 1))
    return ws


def plan_xlsx(plan: VillagePlan, lang: str = "th", trend=None) -> bytes:
    """The plan table; ``trend``: a :class:`workshop.minutes.trend_annex.TrendAnnex` on a
    sheet of its own."""
    wb = plan_workbook(plan, lang)
    if trend is not None:
        trend_sheet(wb, trend, lang)
    return to_bytes(wb)
