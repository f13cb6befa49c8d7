"""The paper kit: the invitation letter with its agenda, and blank tally sheets.

* :func:`invitation_pdf` — หนังสือเชิญประชุม in the official letter layout (GUIDE section 7):
  ที่ (number) on the left and the sender's address on the right, the B.E. date, เรื่อง,
  เรียน, สิ่งที่ส่งมาด้วย (the agenda), the body, ขอแสดงความนับถือ, signature space, name and
  position; the agenda (ระเบียบวาระการประชุม) on its own page after it.  What the file does not
  hold (the letter's number, the addressee, the address) comes from :class:`Letter`, with
  defaults from the meeting: the initiating organisation, the chair as signatory.
* :func:`tally_pdf` — blank tally sheets for dot voting and for hand counts, one row per issue
  with the **issue number** the board shows (:func:`workshop.counts.numbered_issues`), a wide
  box to tally in and a total box; a few blank rows for issues raised on paper.  The totals
  are typed back by number with :func:`workshop.counts.enter_tallies`.

Text is laid out with the minutes' helpers (:mod:`workshop.minutes.thaitext`: shaped, wrapped,
searchable) on the minutes' official A4 page (:mod:`workshop.minutes.layout`).
"""
from __future__ import annotations

import io
from dataclasses import dataclass
from typing import Optional

from reportlab.lib import colors
from reportlab.lib.units import cm
from reportlab.platypus import (BaseDocTemplate, Frame, PageBreak, PageTemplate, Spacer, Table,
                                TableStyle)

from .agenda import items as agenda_items, numbering
from .counts import numbered_issues
from .minutes.layout import (BODY, CELL, CELL_HEAD, FRAME_W, INDENT, MARGIN_BOTTOM,
                             MARGIN_LEFT, MARGIN_RIGHT, MARGIN_TOP, PAGE_H, PAGE_W, TITLE)
from .minutes.thaifont import BOLD, register_fonts
from .minutes.thaitext import TextStyle, ThaiParagraph
from .model import Meeting, Organisation, Person
from .store import Store
from .thai import format_date_th, format_time_th

RIGHT_COL = FRAME_W * 0.5           # where the address, the date and the signature start
LABEL_W = 3.3 * cm


def _p(text: str, style: TextStyle = BODY) -> ThaiParagraph:
    return ThaiParagraph([(text, style.font)], style)


def _doc(buf, title: str) -> BaseDocTemplate:
    doc = BaseDocTemplate(buf, leftMargin=MARGIN_LEFT, rightMargin=MARGIN_RIGHT,
                          topMargin=MARGIN_TOP, bottomMargin=MARGIN_BOTTOM, title=title,
                          author="Prachakhom", creator="Prachakhom", lang="th",
                          pagesize=(PAGE_W, PAGE_H))
    frame = Frame(MARGIN_LEFT, MARGIN_BOTTOM, FRAME_W, PAGE_H - MARGIN_TOP - MARGIN_BOTTOM,
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="body")
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    return doc


# ----------------------------------------------------------------------- invitation
@dataclass
class Letter:
    """What the letter needs beyond the meeting; empty fields take the meeting's defaults."""
    number: str = ""             # ที่ ขก 0000/ว 123
    to: str = ""                 # เรียน ...
    address: str = ""            # the sender's address (lines separated by newlines)
    signer: str = ""             # name of the signatory
    signer_position: str = ""
    date: str = ""               # ISO date of the letter (default: today)
    contact: str = ""            # the contact line at the foot (unit, telephone)


def _labelled(label: str, text: str) -> Table:
    t = Table([[_p(label, BODY.but(font=BOLD)), _p(text)]],
              colWidths=[LABEL_W, FRAME_W - LABEL_W], hAlign="LEFT")
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("LEFTPADDING", (0, 0), (-1, -1), 0),
                           ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                           ("TOPPADDING", (0, 0), (-1, -1), 0),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
    return t


def _right(lines: list[str], style: TextStyle = BODY) -> list:
    st = style.but(left_indent=RIGHT_COL)
    return [_p(x, st) for x in lines if x]


def letter_defaults(store: Store, m: Meeting, letter: Letter) -> Letter:
    from datetime import date

    org = store.maybe(Organisation, m.initiator_id) if m.initiator_id else None
    chair = store.maybe(Person, m.chair_id) if m.chair_id else None
    place = " ".join(x for x in (f"อำเภอ{m.district}" if m.district else "",
                                 f"จังหวัด{m.province}" if m.province else "") if x)
    address = letter.address or "\n".join(x for x in (
        org.name if org else (m.body_name or ""),
        f"ตำบล{m.subdistrict}" if m.subdistrict else "", place) if x)
    return Letter(
        number=letter.number or "ที่ ........../..........",
        to=letter.to or "ผู้เข้าร่วมเวทีประชาคม",
        address=address,
        signer=letter.signer or (chair.full_name if chair else ""),
        signer_position=letter.signer_position or (chair.position if chair else ""),
        date=letter.date or date.today().isoformat(),
        contact=letter.contact)


def invitation_story(store: Store, meeting_id: str, letter: Optional[Letter] = None) -> list:
    m = store.get(Meeting, meeting_id)
    L = letter_defaults(store, m, letter or Letter())
    org = store.maybe(Organisation, m.initiator_id) if m.initiator_id else None
    title = m.title or "เวทีประชาคม"
    when = " ".join(x for x in (format_date_th(m.date, weekday=True),
                                f"เวลา {format_time_th(m.start_time)}" if m.start_time else "")
                    if x)
    head = Table([[_p(L.number), [_p(x) for x in L.address.splitlines() if x]]],
                 colWidths=[RIGHT_COL, FRAME_W - RIGHT_COL], hAlign="LEFT")
    head.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                              ("LEFTPADDING", (0, 0), (-1, -1), 0),
                              ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    host = org.name if org else (m.body_name or "ที่ประชุม")
    purpose = f" เพื่อ{m.purpose.removeprefix('เพื่อ')}" if m.purpose else ""
    body1 = (f"ด้วย{host} กำหนดจัด{title} ครั้งที่ {m.number}/{m.be_year}{purpose} "
             f"ใน{when}" + (f" ณ {m.venue}" if m.venue else ""))
    body2 = "จึงเรียนมาเพื่อโปรดเข้าร่วมประชุมตามวัน เวลา และสถานที่ดังกล่าว"
    para = BODY.but(first_indent=INDENT, space_before=6)
    flow: list = [_p("หนังสือเชิญประชุม", TITLE), Spacer(1, 10), head, Spacer(1, 6)]
    flow += _right([format_date_th(L.date)])
    flow += [Spacer(1, 8), _labelled("เรื่อง", f"ขอเชิญประชุม{title}"),
             _labelled("เรียน", L.to),
             _labelled("สิ่งที่ส่งมาด้วย", "ระเบียบวาระการประชุม จำนวน 1 ฉบับ"),
             _p(body1, para), _p(body2, para), Spacer(1, 14)]
    flow += _right(["ขอแสดงความนับถือ"])
    flow += [Spacer(1, 40)]
    flow += _right([f"({L.signer})" if L.signer else "(...........................................)",
                    L.signer_position])
    if L.contact:
        flow += [Spacer(1, 30)] + [_p(x, BODY.but(size=12, leading=17))
                                   for x in L.contact.splitlines()]
    flow += [PageBreak()] + agenda_story(store, m)
    return flow


def agenda_story(store: Store, m: Meeting) -> list:
    """ระเบียบวาระการประชุม: the agenda as it is sent with the invitation."""
    items = agenda_items(store, m.id)
    nums = numbering(items)
    flow: list = [_p("ระเบียบวาระการประชุม", TITLE), _p(m.title or m.body_name, TITLE),
                  _p(f"ครั้งที่ {m.number}/{m.be_year}", TITLE)]
    when = " ".join(x for x in (format_date_th(m.date, weekday=True),
                                f"เวลา {format_time_th(m.start_time)}" if m.start_time else "",
                                f"ณ {m.venue}" if m.venue else "") if x)
    flow += [_p(when, TITLE), Spacer(1, 12)]
    for no, it in zip(nums, items):
        sub = "." in no
        label = f"{no} " if sub else f"ระเบียบวาระที่ {no} "
        st = BODY.but(left_indent=(INDENT if sub else 0) + 2.2 * cm, first_indent=-2.2 * cm,
                      space_before=0 if sub else 4)
        font = BODY.font if sub else BOLD
        flow.append(ThaiParagraph([(label, font), (it.title, font)], st))
    return flow


def invitation_pdf(store: Store, meeting_id: str, letter: Optional[Letter] = None) -> bytes:
    register_fonts()
    buf = io.BytesIO()
    _doc(buf, "หนังสือเชิญประชุม").build(invitation_story(store, meeting_id, letter))
    return buf.getvalue()


# ----------------------------------------------------------------------- tally sheets
KINDS = {"dots": ("แบบนับคะแนนการติดจุด (จัดลำดับความสำคัญของปัญหา)", "จำนวนจุด"),
         "hands": ("แบบนับคะแนนการยกมือ", "จำนวนผู้ยกมือ")}


def tally_story(store: Store, meeting_id: str, kinds=("dots", "hands"),
                blank_rows: int = 5) -> list:
    m = store.get(Meeting, meeting_id)
    rows_data = numbered_issues(store, meeting_id)
    center = CELL.but(align="center")
    flow: list = []
    for k, kind in enumerate(kinds):
        title, total_head = KINDS[kind]
        if k:
            flow.append(PageBreak())
        flow += [_p(title, TITLE), _p(m.body_name or m.title, TITLE),
                 _p(f"ครั้งที่ {m.number}/{m.be_year} วันที่ {format_date_th(m.date)}", TITLE),
                 Spacer(1, 4),
                 _p("เลขที่ตรงกับเลขบัตรปัญหาบนกระดาน ขีดนับในช่อง แล้วเขียนยอดรวม "
                    "นำยอดรวมไปกรอกกลับตามเลขที่", CELL.but(align="center")),
                 Spacer(1, 8)]
        rows = [[_p("เลขที่", CELL_HEAD), _p("ประเด็นปัญหา", CELL_HEAD),
                 _p("ขีดนับ", CELL_HEAD), _p(total_head, CELL_HEAD)]]
        for number, _iid, issue_title in rows_data:
            rows.append([_p(str(number), center.but(font=BOLD, size=16, leading=20)),
                         _p(issue_title, CELL), "", ""])
        last = rows_data[-1][0] if rows_data else 0
        for n in range(last + 1, last + 1 + blank_rows):
            rows.append([_p(str(n), center.but(size=16, leading=20)), "", "", ""])
        widths = [1.4 * cm, 6.8 * cm, FRAME_W - 10.6 * cm, 2.4 * cm]
        t = Table(rows, colWidths=widths, repeatRows=1, hAlign="LEFT")
        t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.6, colors.black),
                               ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                               ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eeeeee")),
                               ("LEFTPADDING", (0, 0), (-1, -1), 3),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                               ("TOPPADDING", (0, 1), (-1, -1), 6),
                               ("BOTTOMPADDING", (0, 1), (-1, -1), 6)]))
        flow += [t, Spacer(1, 14),
                 _p("ผู้นับคะแนน ..................................................  "
                    "ผู้ตรวจ ..................................................", CELL)]
    return flow


def tally_pdf(store: Store, meeting_id: str, kinds=("dots", "hands"),
              blank_rows: int = 5) -> bytes:
    register_fonts()
    buf = io.BytesIO()
    _doc(buf, "แบบนับคะแนน").build(tally_story(store, meeting_id, kinds, blank_rows))
    return buf.getvalue()
