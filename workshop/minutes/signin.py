"""The sign-in sheet (แบบลงทะเบียนผู้เข้าร่วมประชุม): A4, landscape when the meeting asks for
position or phone columns; built on the minutes' page and styles (:mod:`.layout`)."""
from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import cm
from reportlab.lib import colors
from reportlab.platypus import Spacer, Table, TableStyle

from .content import SignInSheet
from .labels import Labels
from .layout import CELL, CELL_HEAD, FRAME_W, MARGIN_LEFT, MARGIN_RIGHT, SECTOR_NOTE, TITLE, _cells, _doc, _p
from .thaifont import register_fonts


# no., name, organisation with its sector, village no., signature; "Village" needs more room
SIGNIN_WIDTHS = {"th": [1.1 * cm, 5.2 * cm, 5.0 * cm, 1.5 * cm, FRAME_W - 12.8 * cm],
                 "en": [1.1 * cm, 5.1 * cm, 5.0 * cm, 1.7 * cm, FRAME_W - 12.9 * cm]}
SIGNIN_EXTRA = {"position": 3.4 * cm, "phone": 3.0 * cm}


def signin_page(position: bool = False, phone: bool = False) -> tuple[float, float]:
    """A4, turned to landscape when the sheet has a position or phone column (a phone number
    and a signature need their room)."""
    return landscape(A4) if position or phone else A4


def signin_widths(lang: str, position: bool = False, phone: bool = False) -> list[float]:
    """The sign-in columns: no., name, [position], organisation, village, [phone], signature,
    filling the frame of :func:`signin_page`."""
    no, name, org, village, sig = SIGNIN_WIDTHS[lang]
    frame_w = signin_page(position, phone)[0] - MARGIN_LEFT - MARGIN_RIGHT
    extra = SIGNIN_EXTRA["position"] * position + SIGNIN_EXTRA["phone"] * phone
    k = (frame_w - no - village - extra) / (name + org + sig)
    return ([no, name * k] + [SIGNIN_EXTRA["position"]] * position + [org * k, village]
            + [SIGNIN_EXTRA["phone"]] * phone + [sig * k])


def signin_story(sheet: SignInSheet, L: Labels, blank_rows: int = 10) -> list:
    register_fonts()
    flow: list = [_p(L("signin"), TITLE)]
    name = sheet.body_name or sheet.title
    if name:
        flow.append(_p(name, TITLE))
    if sheet.title and sheet.body_name and sheet.title != sheet.body_name:
        flow.append(_p(sheet.title, TITLE))
    line = L("number", n=sheet.number, y=L.year(sheet.be_year))
    if sheet.date:
        line += " " + L("date", d=L.date(sheet.date))
    if sheet.start_time:
        line += " " + L.time(sheet.start_time)
    flow.append(_p(line, TITLE))
    if sheet.venue:
        flow.append(_p(L("at", v=sheet.venue), TITLE))
    flow.append(Spacer(1, 8))
    pos, phone = sheet.position, sheet.phone
    head = [L("col_no"), L("col_name")] + [L("col_position")] * pos + [
        L("col_org"), L("col_village")] + [L("col_phone")] * phone + [L("col_signature")]
    rows = [_cells(head, CELL_HEAD)]
    center = CELL.but(align="center")
    n = 0
    for n, r in enumerate(sheet.rows, 1):
        rows.append([_p(L.num(n), center), _p(r.name, CELL)]
                    + [_p(r.position if r.name else "", CELL)] * pos
                    + [_org_sector(r, L), _p(r.village_no, center)]
                    + [_p(r.phone, CELL)] * phone + [_p("", CELL)])
    for k in range(n + 1, n + 1 + blank_rows):
        rows.append([_p(L.num(k), center)] + [_p("", CELL) for _ in head[1:]])
    t = Table(rows, colWidths=signin_widths(L.lang, pos, phone),
              repeatRows=1, rowHeights=None, hAlign="LEFT")
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                           ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eeeeee")),
                           ("TOPPADDING", (0, 1), (-1, -1), 5),
                           ("BOTTOMPADDING", (0, 1), (-1, -1), 5),
                           ("LEFTPADDING", (0, 0), (-1, -1), 3),
                           ("RIGHTPADDING", (0, 0), (-1, -1), 3)]))
    flow.append(t)
    return flow


def _org_sector(r, L: Labels) -> list:
    """The organisation, with its sector below in small grey type; a person
    without an organisation gets the sector alone (ภาคประชาชน for the community)."""
    sector = L.sector(r.sector) if r.sector is not None else ""
    if not r.organisation:
        return [_p(sector, CELL)]
    return [_p(r.organisation, CELL)] + ([_p(sector, SECTOR_NOTE)] if sector else [])


def render_signin(sheet: SignInSheet, lang: str = "th", thai_digits: bool = False,
                  blank_rows: int = 10) -> bytes:
    L = Labels(lang, thai_digits)
    buf = io.BytesIO()
    _doc(buf, L("signin"), L, size=signin_page(sheet.position, sheet.phone)).build(
        signin_story(sheet, L, blank_rows))
    return buf.getvalue()


def signin_pdf(store, meeting_id: str, lang: str = "th", blank_rows: int = 10) -> bytes:
    from .content import build_signin

    return render_signin(build_signin(store, meeting_id), lang, blank_rows=blank_rows)
