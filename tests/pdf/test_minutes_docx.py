"""The minutes as DOCX: the same content and order as the PDF, official page and font, real
Word tables, heading styles, page numbers; converted by LibreOffice where it is installed."""
from __future__ import annotations

import re
import shutil
import subprocess
import zipfile

import pytest

from workshop import cli
from workshop.meetings import resolve_meeting
from workshop.minutes.content import build_minutes
from workshop.minutes.labels import Labels
from workshop.minutes.layout import minutes_story, write_atomic
from workshop.minutes.word import FALLBACK, FONT, render_minutes_docx
from workshop.store import Store


def _paragraph_texts(flow) -> list[str]:
    """The text of the story's paragraphs and table cells, in order."""
    from reportlab.platypus import KeepTogether, Table

    from workshop.minutes.thaitext import ThaiParagraph

    out: list[str] = []

    def walk(f):
        if isinstance(f, ThaiParagraph):
            if f.plain_text().strip():
                out.append(f.plain_text())
        elif isinstance(f, Table):
            for row in f._cellvalues:
                for c in row:
                    for x in (c if isinstance(c, (list, tuple)) else [c]):
                        walk(x)
        elif isinstance(f, KeepTogether):
            for x in f._content:
                walk(x)

    for f in flow:
        walk(f)
    return out


def _docx_texts(doc) -> list[str]:
    """Paragraph and cell texts in document order (body paragraphs and tables)."""
    from docx.table import Table as DocxTable
    from docx.text.paragraph import Paragraph

    out: list[str] = []
    for block in doc.element.body.iterchildren():
        tag = block.tag.rsplit("}", 1)[-1]
        if tag == "p":
            t = Paragraph(block, doc).text
            if t.strip():
                out.append(t)
        elif tag == "tbl":
            seen: list = []      # the cells' elements (a merged cell comes once per column)
            for row in DocxTable(block, doc).rows:
                for cell in row.cells:
                    if any(cell._tc is x for x in seen):
                        continue
                    seen.append(cell._tc)
                    out += [p.text for p in cell.paragraphs if p.text.strip()]
    return out


@pytest.fixture(scope="module")
def demo_docx(tmp_path_factory):
    from workshop.demo import build_demo

    folder = tmp_path_factory.mktemp("docx")
    path = folder / "demo.prachakhom"
    with Store.create(path, backups=False) as store:
        build_demo(store)
        mins = build_minutes(store, resolve_meeting(store, "latest").id)
    out = write_atomic(render_minutes_docx(mins, "th"), folder / "minutes.docx")
    return mins, out, path


def test_docx_has_the_pdfs_content_in_its_order(demo_docx):
    import docx

    mins, out, _path = demo_docx
    doc = docx.Document(str(out))
    expected = [t.replace("\n", "") for t in _paragraph_texts(minutes_story(mins, Labels("th")))]
    got = [t.replace("\n", "") for t in _docx_texts(doc)]
    assert len(expected) > 200
    assert got == expected
    text = "\n".join(got)
    for word in ("ตำบลโนนสูง", "มติที่ประชุม", "เลิกประชุมเวลา", "ผู้ตรวจรายงานการประชุม",
                 "เห็นด้วย 27 เสียง ไม่เห็นด้วย 6 เสียง"):
        assert word in text, word


def test_docx_page_font_tables_headings_page_numbers(demo_docx):
    import docx
    from docx.shared import Cm

    _mins, out, _path = demo_docx
    doc = docx.Document(str(out))
    sec = doc.sections[0]
    assert (round(sec.page_width.cm, 1), round(sec.page_height.cm, 1)) == (21.0, 29.7)
    assert abs(sec.top_margin - Cm(2.5)) < Cm(0.01)
    assert abs(sec.left_margin - Cm(3.0)) < Cm(0.01)
    assert abs(sec.right_margin - Cm(2.0)) < Cm(0.01)
    normal = doc.styles["Normal"]
    assert normal.font.name == FONT
    fonts = normal.element.rPr.find(
        "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}rFonts")
    w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    assert fonts.get(w + "cs") == FONT and fonts.get(w + "eastAsia") == FONT
    with zipfile.ZipFile(out) as z:
        table = z.read("word/fontTable.xml").decode()
        assert f'w:name="{FONT}"' in table and f'w:val="{FALLBACK}"' in table
        header = "".join(z.read(n).decode() for n in z.namelist() if n.startswith("word/header"))
    assert "PAGE" in header
    assert sec.different_first_page_header_footer
    # headings are Word heading styles, the attendance and the action plan real tables
    styles = {p.style.name for p in doc.paragraphs if p.text.startswith("ระเบียบวาระที่")}
    assert styles == {"Heading 1"}
    assert any(p.style.name == "Heading 2" and p.text == "ผู้มาประชุม" for p in doc.paragraphs)
    tables = doc.tables
    attendance = tables[0]
    assert len(attendance.rows) > 10 and attendance.cell(0, 0).text == "1."
    plan = next(t for t in tables if t.cell(0, 1).text == "กิจกรรม/โครงการ")
    assert len(plan.rows) >= 3 and plan.style.name == "Table Grid"


def test_minutes_command_writes_docx(demo_docx, tmp_path, capsys):
    import docx

    _mins, _out, path = demo_docx
    out = tmp_path / "m.docx"
    assert cli.main(["minutes", str(path), "--meeting", "latest", "-o", str(out),
                     "--lang", "en"]) == 0
    doc = docx.Document(str(out))
    assert doc.paragraphs[0].text.startswith("Minutes of the meeting")
    assert "Agenda item 1" in "\n".join(p.text for p in doc.paragraphs)


@pytest.mark.slow
def test_libreoffice_converts_the_docx_with_the_text(demo_docx, tmp_path, pdftotext):
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("LibreOffice (Debian libreoffice-writer) is not installed: "
                    "the DOCX is checked with python-docx only")
    mins, out, _path = demo_docx
    profile = tmp_path / "profile"
    subprocess.run([soffice, f"-env:UserInstallation=file://{profile}", "--headless",
                    "--convert-to", "pdf", "--outdir", str(tmp_path), str(out)],
                   check=True, capture_output=True, timeout=180)
    pdf = tmp_path / "minutes.pdf"
    # a paragraph that runs over a page has the next page's number "‐ n ‐" inside it
    flat = re.sub(r"‐\d+‐", "", "".join(pdftotext(pdf).split()))
    # full-width paragraphs whole (LibreOffice wraps the narrow cells its own way, with the
    # fonts it has), and the first word of every name
    texts = ["รายงานการประชุม", "ผู้มาประชุม", "ระเบียบวาระที่ 1", "มติที่ประชุม",
             "เลิกประชุมเวลา", "ผู้ตรวจรายงานการประชุม"]
    texts += [r for sec in mins.agenda for r in sec.resolutions]
    texts += [n.split()[0] for n in mins.all_names()]
    assert len(texts) > 40
    missing = [t for t in texts if "".join(t.split()) not in flat]
    assert missing == []
