"""The action plan and the pledges of a meeting as an Excel workbook, beside the CSV.

People are named as in the CSV: only with consent (:mod:`workshop.privacy`, PUBLIC).
A sheet per table, as the CSV's sections (:func:`workshop.actions.csv_rows`): แผนปฏิบัติการ,
การสนับสนุนทรัพยากร, สรุปตามผู้สนับสนุน, สรุปตามภาคส่วน.  Numbers are numbers (``#,##0``),
due dates are real dates shown in the Buddhist Era (:data:`workshop.plan.xlsx.BE_DATE`), and
every total row is a formula over the rows above it.  ``lang="en"``: English sheet names,
heads and words (:mod:`workshop.plan.words`), dates shown in the Gregorian calendar.
"""
from __future__ import annotations

import os
from pathlib import Path

from openpyxl.utils import get_column_letter

from .. import actions as ac
from ..minutes.layout import write_atomic
from ..model import ActionStatus, Meeting, ResourceKind, Response
from ..store import Store
from .words import Words
from .xlsx import (BE_DATE, HEAD_FILL, MONEY, QUANTITY, cell, header, new_workbook, sheet,
                   title_rows, to_bytes, widths, as_date)

SHEET_KEYS = ("xa_actions", "xa_pledges", "xa_by_actor", "xa_by_sector")
SHEETS = tuple(Words("th")(k) for k in SHEET_KEYS)          # the Thai sheet names
DATE = "d mmm yyyy"                                        # a Gregorian date, for English


def _total_row(ws, row: int, first: int, label: str, label_cols: int, sum_cols: list[int],
               ncols: int, formulas: dict[int, str] | None = None) -> None:
    cell(ws, row, 1, label, bold=True, fill=HEAD_FILL)
    if label_cols > 1:
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=label_cols)
    for col in range(label_cols + 1, ncols + 1):
        if col in sum_cols:
            L = get_column_letter(col)
            value = f"=SUM({L}{first}:{L}{row - 1})" if row > first else 0
        else:
            value = (formulas or {}).get(col)
        cell(ws, row, col, value, MONEY if value is not None else "", bold=True,
             fill=HEAD_FILL)


def actions_workbook(store: Store, meeting_id: str, lang: str = "th"):
    from ..privacy import Audience, NameRule

    L = Words(lang)
    m = store.get(Meeting, meeting_id)
    rule = NameRule(store, Audience.PUBLIC, meeting_id)   # handed to others, as the CSV
    actors = ac.Actors(store, rule)
    th, sector_th = L.term, L.sector
    names = [L(k) for k in SHEET_KEYS]
    day = BE_DATE if lang == "th" else DATE
    wb = new_workbook()
    title = [f"{m.body_name or m.title}".strip(),
             L("xa_meeting", n=m.number, y=L.year(m.be_year), d=L.day(m.date)).strip()]

    # --- actions
    ws = sheet(wb, names[0])
    heads = [L(k) for k in ("xa_no", "xa_activity", "xa_lead", "xa_partners", "xa_due",
                            "xa_status", "xa_cost", "xa_funds", "xa_response", "xa_notes")]
    row = title_rows(ws, [names[0]] + title, len(heads))
    header(ws, row, heads)
    ws.freeze_panes = ws.cell(row=row + 1, column=3)
    first = row = row + 1
    acts = ac.actions(store, meeting_id)
    for i, a in enumerate(acts, 1):
        values = [i, a.title, actors.name(a.lead_person_id, a.lead_organisation_id), a.partners,
                  as_date(a.due_date), th(ActionStatus(a.status)), a.cost_baht,
                  a.funding_source, th(Response(a.response)), a.notes]
        for col, v in enumerate(values, 1):
            fmt = day if col == 5 else MONEY if col == 7 else ""
            cell(ws, row, col, v, fmt)
        row += 1
    total = L("xa_action_1" if len(acts) == 1 else "xa_actions_total", k=len(acts))
    _total_row(ws, row, first, total, 6, [7], len(heads))
    widths(ws, [7, 40, 30, 28, 16, 16, 16, 26, 20, 24])

    # --- pledges
    ws = sheet(wb, names[1])
    heads = [L(k) for k in ("xa_no", "xa_actor", "xa_sector", "xa_kind", "xa_detail",
                            "xa_quantity", "xa_unit", "xa_value", "xa_status")]
    row = title_rows(ws, [names[1]] + title, len(heads))
    header(ws, row, heads)
    ws.freeze_panes = ws.cell(row=row + 1, column=3)
    first = row = row + 1
    pls = ac.pledges(store, meeting_id)
    for i, p in enumerate(pls, 1):
        value = p.quantity if ResourceKind(p.kind) == ResourceKind.MONEY else p.value_baht
        values = [i, actors.name(p.person_id, p.organisation_id),
                  sector_th(actors.sector(p.person_id, p.organisation_id)),
                  th(ResourceKind(p.kind)), p.description, p.quantity, p.unit, value,
                  L("xa_received") if p.fulfilled else L("xa_pending")]
        for col, v in enumerate(values, 1):
            cell(ws, row, col, v, QUANTITY if col == 6 else MONEY if col == 8 else "")
        row += 1
    last = max(first, row - 1)          # no pledges: the (empty) total row's cells, not itself
    money = th(ResourceKind.MONEY)
    total = L("xa_pledge_1" if len(pls) == 1 else "xa_pledges_total", k=len(pls))
    _total_row(ws, row, first, total, 5, [8], len(heads))
    cell(ws, row + 1, 1, L("xa_money_total"), bold=True)
    ws.merge_cells(start_row=row + 1, start_column=1, end_row=row + 1, end_column=5)
    cell(ws, row + 1, 6, f'=SUMIF(D{first}:D{last},"{money}",F{first}:F{last})', MONEY,
         bold=True)
    cell(ws, row + 2, 1, L("xa_pending_total"), bold=True)
    ws.merge_cells(start_row=row + 2, start_column=1, end_row=row + 2, end_column=5)
    pending = L("xa_pending")
    cell(ws, row + 2, 8, f'=SUMIF(I{first}:I{last},"{pending}",H{first}:H{last})', MONEY,
         bold=True)
    widths(ws, [7, 34, 22, 18, 34, 12, 10, 16, 14])

    # --- totals per actor and per sector
    mt = ac.meeting_totals(store, meeting_id, rule)
    nums = [L(k) for k in ("xa_money", "xa_labour", "xa_other", "xa_outstanding", "xa_led",
                           "xa_led_cost")]

    def figures(t: ac.Totals) -> list:
        return [t.money_baht, t.labour_days, sum(t.other.values()), t.outstanding,
                t.actions_led, t.action_cost_baht]

    ws = sheet(wb, names[2])
    heads = [L("xa_actor_lead"), L("xa_sector")] + nums
    row = title_rows(ws, [names[2]] + title, len(heads))
    header(ws, row, heads)
    first = row = row + 1
    for r in mt.by_actor:
        for col, v in enumerate([r.name, sector_th(r.sector)] + figures(r.totals), 1):
            cell(ws, row, col, v, QUANTITY if col > 2 else "")
        row += 1
    _total_row(ws, row, first, L("xa_grand"), 2, list(range(3, 9)), len(heads))
    widths(ws, [40, 24] + [16] * 6)

    ws = sheet(wb, names[3])
    heads = [L("xa_sector")] + nums
    row = title_rows(ws, [names[3]] + title, len(heads))
    header(ws, row, heads)
    first = row = row + 1
    for sec, t in mt.by_sector.items():
        for col, v in enumerate([sector_th(sec)] + figures(t), 1):
            cell(ws, row, col, v, QUANTITY if col > 1 else "")
        row += 1
    _total_row(ws, row, first, L("xa_grand"), 1, list(range(2, 8)), len(heads))
    widths(ws, [28] + [16] * 6)
    return wb


def actions_xlsx(store: Store, meeting_id: str, lang: str = "th") -> bytes:
    return to_bytes(actions_workbook(store, meeting_id, lang))


def write_actions_xlsx(store: Store, meeting_id: str, out: str | os.PathLike,
                       lang: str = "th") -> Path:
    return write_atomic(actions_xlsx(store, meeting_id, lang), out)
