"""The minutes as an editable Word document (DOCX), with python-docx.

Thai offices finish and sign minutes in Word.  The document is made from the very story the
PDF is typeset from (:func:`workshop.minutes.layout.minutes_story`), so it has the same
content in the same order: each paragraph becomes a Word paragraph (headings in the Word
heading styles), each table a real Word table (attendance, the action plan, pledges and their
totals), the maps pictures.  A4 with the official margins (top 2.5 cm, left 3 cm, right
2 cm, bottom 2 cm), the official font TH Sarabun New 16 pt (Sarabun where it is missing: the
font table names it as the alternative) set for Thai as well (``w:cs``, ``w:eastAsia``), and
page numbers "‐ n ‐" at the top centre from page 2.
"""
from __future__ import annotations

import io
from typing import Iterable

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from reportlab.graphics.shapes import Drawing
from reportlab.platypus import Image, KeepTogether, PageBreak, Table

from .content import Minutes
from .labels import Labels
from .layout import (
    BOLD, FRAME_W, MARGIN_BOTTOM, MARGIN_LEFT, MARGIN_RIGHT, MARGIN_TOP, TITLE, minutes_story,
)
from .thaitext import ThaiParagraph

FONT = "TH Sarabun New"          # the official Thai font of government documents
FALLBACK = "Sarabun"             # the same design (SIL OFL), bundled with the app
SIZE = 16                        # TH Sarabun New 16 pt = the PDF's Sarabun 14 pt
CELL_SIZE = 14
PT_PER_CM = 28.3464567


def _set_font(rpr_owner, size: float, bold: bool = False) -> None:
    """TH Sarabun New for Latin and Thai (complex script) text, at ``size``; ``bold`` for
    both (Word takes Thai's bold from ``w:bCs``)."""
    rpr = rpr_owner.get_or_add_rPr()
    if bold:
        for tag in ("w:b", "w:bCs"):
            if rpr.find(qn(tag)) is None:
                rpr.insert(0, OxmlElement(tag))
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(attr), FONT)
    for tag in ("w:sz", "w:szCs"):
        el = rpr.find(qn(tag))
        if el is None:
            el = OxmlElement(tag)
            rpr.append(el)
        el.set(qn("w:val"), str(int(round(size * 2))))
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.append(lang)
    lang.set(qn("w:bidi"), "th-TH")


def _styles(doc) -> None:
    for name, size in (("Normal", SIZE), ("Heading 1", SIZE), ("Heading 2", SIZE),
                       ("Title", SIZE)):
        st = doc.styles[name]
        st.font.name = FONT
        st.font.size = Pt(size)
        st.font.color.rgb = None
        _set_font(st.element, size, bold=name != "Normal")
        pf = st.paragraph_format
        pf.space_before = Pt(6 if name.startswith("Heading") else 0)
        pf.space_after = Pt(0)
        pf.keep_with_next = name != "Normal"
    doc.styles["Title"].paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    # the Title style draws a rule under itself in the default template: not in minutes
    ppr = doc.styles["Title"].element.get_or_add_pPr()
    for el in ppr.findall(qn("w:pBdr")):
        ppr.remove(el)


def _font_table(doc) -> None:
    """Name Sarabun as the alternative of TH Sarabun New (Word and LibreOffice use it where
    TH Sarabun New is not installed)."""
    for rel in doc.part.rels.values():
        if rel.reltype.endswith("/fontTable"):
            part = rel.target_part
            root = part.element if hasattr(part, "element") else None
            if root is None:
                from docx.oxml import parse_xml
                root = parse_xml(part.blob)
            font = OxmlElement("w:font")
            font.set(qn("w:name"), FONT)
            alt = OxmlElement("w:altName")
            alt.set(qn("w:val"), FALLBACK)
            font.append(alt)
            charset = OxmlElement("w:charset")
            charset.set(qn("w:val"), "DE")          # Thai
            font.append(charset)
            root.append(font)
            if not hasattr(part, "element"):
                from lxml import etree
                part._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8",
                                            standalone=True)
            return


def _page_numbers(section, L: Labels) -> None:
    """‐ PAGE ‐ centred in the header, from page 2 (the first page has none)."""
    section.different_first_page_header_footer = True
    p = section.header.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    before, _n, after = L("page", n="\x00").partition("\x00")
    p.add_run(before)
    run = p.add_run()
    for kind, text in (("begin", None), (None, "PAGE"), ("separate", None), (None, "2"),
                       ("end", None)):
        if kind:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        elif text == "PAGE":
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = " PAGE "
        else:
            el = OxmlElement("w:t")
            el.text = text
        run._r.append(el)
    p.add_run(after)


def _add_runs(par, f: ThaiParagraph, size: float) -> None:
    for text, font in f.runs:
        if not text:
            continue
        lines = str(text).split("\n")
        for k, line in enumerate(lines):
            run = par.add_run(line)
            _set_font(run._r, size, bold=font == BOLD)
            if k < len(lines) - 1:
                run.add_break()


_ALIGN = {"center": WD_ALIGN_PARAGRAPH.CENTER, "right": WD_ALIGN_PARAGRAPH.RIGHT}


def _paragraph(container, f: ThaiParagraph, size: float = SIZE):
    st = f.style
    if f.style is TITLE or (st.align == "center" and st.font == BOLD and st.size >= 15):
        style = "Title"
    elif getattr(f, "is_heading", False):
        style = "Heading 1" if st.space_before >= 10 or st.size > 14 else "Heading 2"
    else:
        style = None
    par = container.add_paragraph(style=style)
    if style and style.startswith("Heading"):
        # Word numbers nothing here: the minutes' own numbers are in the text
        par.paragraph_format.left_indent = Cm(st.left_indent / PT_PER_CM)
    else:
        pf = par.paragraph_format
        pf.left_indent = Cm(st.left_indent / PT_PER_CM) if st.left_indent else None
        pf.first_line_indent = Cm(st.first_indent / PT_PER_CM) if st.first_indent else None
        if st.align in _ALIGN:
            pf.alignment = _ALIGN[st.align]
    _add_runs(par, f, size)
    return par


def _cell_flowables(cell) -> list:
    return list(cell) if isinstance(cell, (list, tuple)) else [cell]


def _table(doc, t: Table) -> None:
    rows = t._cellvalues
    ncols = max(len(r) for r in rows)
    grid = any(cmd[0] in ("GRID", "BOX", "INNERGRID") for cmd in _commands(t))
    table = doc.add_table(rows=len(rows), cols=ncols)
    table.style = doc.styles["Table Grid"] if grid else doc.styles["Normal Table"]
    table.alignment = WD_TABLE_ALIGNMENT.RIGHT if t.hAlign == "RIGHT" else WD_TABLE_ALIGNMENT.LEFT
    table.autofit = False
    mar = OxmlElement("w:tblCellMar")            # narrow cell margins, as the PDF's 3 pt
    for side in ("left", "right"):
        el = OxmlElement(f"w:{side}")
        el.set(qn("w:w"), "57")
        el.set(qn("w:type"), "dxa")
        mar.append(el)
    table._tbl.tblPr.append(mar)
    size = CELL_SIZE if grid or t.hAlign == "RIGHT" else SIZE   # cells, signatures: 14 pt
    widths = list(t._argW or [])
    if len(widths) == ncols and all(isinstance(w, (int, float)) for w in widths):
        for k, w in enumerate(widths):
            table.columns[k].width = Cm(w / PT_PER_CM)        # the grid (LibreOffice)
            for cell in table.columns[k].cells:
                cell.width = Cm(w / PT_PER_CM)                # each cell (Word)
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            cell = table.cell(r, c)
            first = True
            for f in _cell_flowables(value):
                if not isinstance(f, ThaiParagraph):
                    continue
                par = cell.paragraphs[0] if first else cell.add_paragraph()
                first = False
                if f.style.align in _ALIGN:
                    par.paragraph_format.alignment = _ALIGN[f.style.align]
                _add_runs(par, f, size)
    if t.repeatRows:
        tr_pr = table.rows[0]._tr.get_or_add_trPr()
        el = OxmlElement("w:tblHeader")
        el.set(qn("w:val"), "true")
        tr_pr.append(el)
    for (c0, r0), (c1, r1) in _spans(t, len(rows), ncols):
        a, b = table.cell(r0, c0), table.cell(r1, c1)
        texts = [p.text for p in b.paragraphs]
        merged = a.merge(b)
        # merge() appends the other cell's (empty) paragraphs: drop the empty ones
        for p in list(merged.paragraphs)[1:]:
            if not p.text and len(merged.paragraphs) > 1 and not any(texts):
                p._p.getparent().remove(p._p)


def _commands(t: Table) -> Iterable:
    for cmd in getattr(t, "_linecmds", []):
        yield cmd
    for cmd in getattr(t, "_spanCmds", []):
        yield cmd


def _spans(t: Table, nrows: int, ncols: int) -> list:
    out = []
    for cmd in getattr(t, "_spanCmds", []):
        (c0, r0), (c1, r1) = cmd[1], cmd[2]
        c0, c1 = (c % ncols for c in (c0, c1))
        r0, r1 = (r % nrows for r in (r0, r1))
        if (c0, r0) != (c1, r1):
            out.append(((c0, r0), (c1, r1)))
    return out


def _picture(doc, img: Image) -> None:
    png = getattr(img, "png", None)
    if not png:
        return
    data = io.BytesIO(png)
    par = doc.add_paragraph()
    par.alignment = WD_ALIGN_PARAGRAPH.CENTER
    par.add_run().add_picture(data, width=Cm(img.drawWidth / PT_PER_CM))


def _drawing(doc, d: Drawing) -> None:
    """A reportlab drawing with its own PNG (the network annex's picture) as a picture."""
    png = getattr(d, "png", None)
    if png is None:
        return
    data = io.BytesIO(png())
    par = doc.add_paragraph()
    par.alignment = WD_ALIGN_PARAGRAPH.CENTER
    par.add_run().add_picture(data, width=Cm(d.width / PT_PER_CM))


def _add(doc, f) -> None:
    if isinstance(f, ThaiParagraph):
        _paragraph(doc, f)
    elif isinstance(f, Table):
        _table(doc, f)
    elif isinstance(f, KeepTogether):
        for x in f._content:
            _add(doc, x)
    elif isinstance(f, Image):
        _picture(doc, f)
    elif isinstance(f, Drawing):
        _drawing(doc, f)
    elif isinstance(f, PageBreak):
        doc.add_page_break()
    # spacers, page-break guards and the title rule have no text


def render_minutes_docx(m: Minutes, lang: str = "th", thai_digits: bool = False,
                        annex=None) -> bytes:
    """The DOCX; ``annex``: the annexes to add (an assessment or
    :class:`workshop.minutes.annex.Annexes`), as in the PDF."""
    L = Labels(lang, thai_digits)
    doc = Document()
    _styles(doc)
    _font_table(doc)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.top_margin = Cm(MARGIN_TOP / PT_PER_CM)
    sec.left_margin = Cm(MARGIN_LEFT / PT_PER_CM)
    sec.right_margin = Cm(MARGIN_RIGHT / PT_PER_CM)
    sec.bottom_margin = Cm(MARGIN_BOTTOM / PT_PER_CM)
    sec.header_distance = Cm(1.2)
    _page_numbers(sec, L)
    props = doc.core_properties
    props.title = f"{L('minutes')} {m.body_name or m.title}".strip()
    props.author = "Prachakhom"
    props.language = "th-TH" if lang == "th" else "en-GB"
    for f in minutes_story(m, L, annex):
        _add(doc, f)
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


__all__ = ["render_minutes_docx", "FONT", "FALLBACK", "FRAME_W"]
