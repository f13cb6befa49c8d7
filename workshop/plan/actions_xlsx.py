"""The action plan and the pledges of a meeting as an Excel workbook, beside the CSV.

People are named as in the CSV: only with consent (:mod:`workshop.privacy`, PUBLIC).
A sheet per table, as the CSV's sections (:func:`workshop.actions.csv_rows`): แผนปฏิบัติการ,
การสนับสนุนทรัพยากร, สรุปตามผู้สนับสนุน, สรุปตามภาคส่วน.  Numbers are numbers (``#,##0``),
due dates are real dates shown in the Buddhist Era (:data:`workshop.plan.xlsx.BE_DATE`), and
every total row is a formula over the rows above it.
"""
from __future__ import annotations

import os
from pathlib import Path

from openpyxl.utils import get_column_letter

from .. import actions as ac
from .. import vocabulary
from ..minutes.layout import write_atomic
from ..model import ActionStatus, Meeting, ResourceKind, Response
from ..store import Store
from ..thai import format_date_th
from .xlsx import (BE_DATE, HEAD_FILL, MONEY, QUANTITY, cell, header, new_workbook, sheet,
                   title_rows, to_bytes, widths, as_date)

SHEETS = ("แผนปฏิบัติการ", "การสนับสนุนทรัพยากร", "สรุปตามผู้สนับสนุน", "สรุปตามภาคส่วน")


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


def actions_workbook(store: Store, meeting_id: str):
    from ..privacy import Audience, NameRule

    m = store.get(Meeting, meeting_id)
    rule = NameRule(store, Audience.PUBLIC, meeting_id)   # handed to others, as the CSV
    actors = ac.Actors(store, rule)
    th, sector_th = vocabulary.label, vocabulary.sector_label
    wb = new_workbook()
    title = [f"{m.body_name or m.title}".strip(),
             f"ครั้งที่ {m.number}/{m.be_year} เมื่อวันที่ {format_date_th(m.date)}".strip()]

    # --- actions
    ws = sheet(wb, SHEETS[0])
    heads = ["ลำดับ", "กิจกรรม/สิ่งที่จะทำ", "ผู้รับผิดชอบหลัก", "ภาคี", "กำหนดเสร็จ (พ.ศ.)",
             "สถานะ", "งบประมาณ (บาท)", "แหล่งงบประมาณ", "แนวทาง", "หมายเหตุ"]
    row = title_rows(ws, [SHEETS[0]] + title, len(heads))
    header(ws, row, heads)
    ws.freeze_panes = ws.cell(row=row + 1, column=3)
    first = row = row + 1
    acts = ac.actions(store, meeting_id)
    for i, a in enumerate(acts, 1):
        values = [i, a.title, actors.name(a.lead_person_id, a.lead_organisation_id), a.partners,
                  as_date(a.due_date), th(ActionStatus(a.status)), a.cost_baht,
                  a.funding_source, th(Response(a.response)), a.notes]
        for col, v in enumerate(values, 1):
            fmt = BE_DATE if col == 5 else MONEY if col == 7 else ""
            cell(ws, row, col, v, fmt)
        row += 1
    _total_row(ws, row, first, f"รวม ({len(acts)} กิจกรรม)", 6, [7], len(heads))
    widths(ws, [7, 40, 30, 28, 16, 16, 16, 26, 20, 24])

    # --- pledges
    ws = sheet(wb, SHEETS[1])
    heads = ["ลำดับ", "ผู้สนับสนุน", "ภาค", "ประเภท", "รายละเอียด", "จำนวน", "หน่วย",
             "มูลค่า (บาท)", "สถานะ"]
    row = title_rows(ws, [SHEETS[1]] + title, len(heads))
    header(ws, row, heads)
    ws.freeze_panes = ws.cell(row=row + 1, column=3)
    first = row = row + 1
    pls = ac.pledges(store, meeting_id)
    for i, p in enumerate(pls, 1):
        value = p.quantity if ResourceKind(p.kind) == ResourceKind.MONEY else p.value_baht
        values = [i, actors.name(p.person_id, p.organisation_id),
                  sector_th(actors.sector(p.person_id, p.organisation_id)),
                  th(ResourceKind(p.kind)), p.description, p.quantity, p.unit, value,
                  "ได้รับแล้ว" if p.fulfilled else "ยังค้างอยู่"]
        for col, v in enumerate(values, 1):
            cell(ws, row, col, v, QUANTITY if col == 6 else MONEY if col == 8 else "")
        row += 1
    last = max(first, row - 1)          # no pledges: the (empty) total row's cells, not itself
    money = th(ResourceKind.MONEY)
    _total_row(ws, row, first, f"มูลค่ารวม ({len(pls)} รายการ)", 5, [8], len(heads))
    cell(ws, row + 1, 1, "เงินที่สมทบ (บาท)", bold=True)
    ws.merge_cells(start_row=row + 1, start_column=1, end_row=row + 1, end_column=5)
    cell(ws, row + 1, 6, f'=SUMIF(D{first}:D{last},"{money}",F{first}:F{last})', MONEY,
         bold=True)
    cell(ws, row + 2, 1, "มูลค่าที่ยังค้าง (บาท)", bold=True)
    ws.merge_cells(start_row=row + 2, start_column=1, end_row=row + 2, end_column=5)
    cell(ws, row + 2, 8, f'=SUMIF(I{first}:I{last},"ยังค้างอยู่",H{first}:H{last})', MONEY,
         bold=True)
    widths(ws, [7, 34, 22, 18, 34, 12, 10, 16, 14])

    # --- totals per actor and per sector
    mt = ac.meeting_totals(store, meeting_id, rule)
    nums = ["เงิน (บาท)", "แรงงาน (คน-วัน)", "ทรัพยากรอื่น (รายการ)", "ยังค้าง (รายการ)",
            "กิจกรรมที่รับผิดชอบ", "งบกิจกรรม (บาท)"]

    def figures(t: ac.Totals) -> list:
        return [t.money_baht, t.labour_days, sum(t.other.values()), t.outstanding,
                t.actions_led, t.action_cost_baht]

    ws = sheet(wb, SHEETS[2])
    heads = ["ผู้สนับสนุน/ผู้รับผิดชอบ", "ภาค"] + nums
    row = title_rows(ws, [SHEETS[2]] + title, len(heads))
    header(ws, row, heads)
    first = row = row + 1
    for r in mt.by_actor:
        for col, v in enumerate([r.name, sector_th(r.sector)] + figures(r.totals), 1):
            cell(ws, row, col, v, QUANTITY if col > 2 else "")
        row += 1
    _total_row(ws, row, first, "รวมทั้งสิ้น", 2, list(range(3, 9)), len(heads))
    widths(ws, [40, 24] + [16] * 6)

    ws = sheet(wb, SHEETS[3])
    heads = ["ภาค"] + nums
    row = title_rows(ws, [SHEETS[3]] + title, len(heads))
    header(ws, row, heads)
    first = row = row + 1
    for sec, t in mt.by_sector.items():
        for col, v in enumerate([sector_th(sec)] + figures(t), 1):
            cell(ws, row, col, v, QUANTITY if col > 1 else "")
        row += 1
    _total_row(ws, row, first, "รวมทั้งสิ้น", 1, list(range(2, 8)), len(heads))
    widths(ws, [28] + [16] * 6)
    return wb


def actions_xlsx(store: Store, meeting_id: str) -> bytes:
    return to_bytes(actions_workbook(store, meeting_id))


def write_actions_xlsx(store: Store, meeting_id: str, out: str | os.PathLike) -> Path:
    return write_atomic(actions_xlsx(store, meeting_id), out)
