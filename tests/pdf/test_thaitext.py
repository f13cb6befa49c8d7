"""Thai typesetting: shaping, searchable text, word wrapping, page splitting, literal text."""
from __future__ import annotations

import io

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate

from tests.pdf.conftest import NON_ENDERS, NON_STARTERS, norm, plumber_text, pnorm
from workshop.minutes import thaifont
from workshop.minutes.thaifont import BOLD, REGULAR
from workshop.minutes.thaitext import TextStyle, ThaiParagraph, line_texts
from workshop.thai import segment

TONE_WORDS = "ที่ ปี่ ญี่ปุ่น น้ำ ติ๊ก ค่ำ ปั้น ฤๅษี ผู้ใหญ่บ้าน กำนัน สำราญ office fi"


def _build(tmp_path, story, name="t.pdf"):
    path = tmp_path / name
    SimpleDocTemplate(str(path), pagesize=A4).build(story)
    return path


@pytest.fixture(autouse=True)
def _fonts():
    thaifont.register_fonts()


def test_shaping_moves_tone_marks_above_upper_vowels():
    # ป has a tall stem: HarfBuzz moves the tone mark of ปี่ left of where it sits on ที่
    shaped_ti, _w = thaifont.shape("ที่", REGULAR, 14)
    shaped_pi, _w = thaifont.shape("ปี่", REGULAR, 14)
    tone_ti = shaped_ti.__shapeData__[-1]
    offsets_pi = [d.x_offset for d in shaped_pi.__shapeData__]
    assert min(offsets_pi) < -100 < tone_ti.x_offset
    # the small tone-mark glyph (not the plain one) is used above the vowel
    font = thaifont.pdfmetrics.getFont(REGULAR)
    assert any(ord(c) in font.pk_text for c in shaped_ti)


@pytest.mark.parametrize("font", [REGULAR, BOLD])
def test_shaped_text_is_searchable(tmp_path, pdftotext, font):
    text = TONE_WORDS + " มติที่ประชุมเห็นชอบ"
    path = _build(tmp_path, [ThaiParagraph([(text, font)], TextStyle())])
    assert norm(text) in norm(pdftotext(path))
    assert pnorm(text) in pnorm(plumber_text(path))


def test_breaks_only_between_words():
    text = ("ที่ประชุมร่วมกันพิจารณาแนวทางการแก้ไขปัญหาน้ำประปาไม่ไหลและน้ำขุ่นในฤดูแล้ง "
            "โดยผู้ใหญ่บ้านเสนอให้ซ่อมท่อประปาและล้างถังกรองน้ำร่วมกับองค์การบริหารส่วนตำบล") * 4
    para = ThaiParagraph(text, TextStyle())
    lines = line_texts(para, 200)
    assert len(lines) > 5
    assert "".join(lines).replace(" ", "") == text.replace(" ", "")
    words = segment(text)
    bounds = set()
    pos = 0
    for w in words:
        pos += len(w)
        bounds.add(pos)
    pos = 0
    for line in lines[:-1]:
        # the end of every line is a word boundary of the text
        pos = text.index(line.rstrip(), pos) + len(line.rstrip())
        while pos < len(text) and text[pos] == " ":
            pos += 1
        assert pos in bounds or text[pos - 1] == " "
        assert line[:1] not in NON_STARTERS and line.rstrip()[-1:] not in NON_ENDERS
    for line in lines:
        w = thaifont.text_width(line.strip(), REGULAR, 14)
        assert w <= 200.01


def test_long_word_is_broken_between_clusters_only():
    para = ThaiParagraph("ก้" * 300, TextStyle())
    lines = line_texts(para, 100)
    assert len(lines) > 3
    for line in lines:
        assert line[0] == "ก" and line[-1] == "้"


def test_paragraph_of_20000_characters_spans_pages(tmp_path, pdftotext):
    unit = "ชาวบ้านร่วมกันเสนอปัญหาน้ำท่วมขังและถนนชำรุดในหมู่บ้าน "
    text = (unit * (20000 // len(unit) + 1))[:20000]
    path = _build(tmp_path, [ThaiParagraph(text, TextStyle())])
    import pdfplumber

    with pdfplumber.open(str(path)) as pdf:
        assert len(pdf.pages) >= 5
    assert norm(pdftotext(path)).count(norm(unit)) >= 20000 // len(unit) - 1


def test_markup_prints_literally_and_emoji_does_not_crash(tmp_path, pdftotext):
    name = "<b>สมชาย & co</b> <br/> &amp; 😀 \u0E48ลอย"
    path = _build(tmp_path, [ThaiParagraph(name, TextStyle()),
                             ThaiParagraph([("<i>", BOLD), ("x\x00y\x07z", REGULAR)],
                                           TextStyle())])
    out = norm(pdftotext(path))
    assert norm("<b>สมชาย & co</b>") in out
    assert "<br/>&amp;" in out
    assert "😀" in out
    assert "<i>xyz" in out
    assert norm("<b>สมชาย & co</b>") in norm(plumber_text(path))


def test_split_keeps_every_line(tmp_path):
    para = ThaiParagraph("คำ " * 400, TextStyle())
    para.wrap(300, 10_000)
    total = len(para.lines(300))
    parts = para.split(300, 5 * 21)
    assert len(parts) == 2
    head, tail = parts
    head.wrap(300, 1000)
    tail.wrap(300, 10_000)
    assert len(head.lines(300)) == 5
    assert len(head.lines(300)) + len(tail.lines(300)) == total


def test_width_of_empty_and_newlines():
    para = ThaiParagraph("บรรทัดแรก\nบรรทัดที่สอง\n\nบรรทัดที่สี่", TextStyle())
    assert line_texts(para, 400) == ["บรรทัดแรก", "บรรทัดที่สอง", "", "บรรทัดที่สี่"]
    assert ThaiParagraph("", TextStyle()).wrap(400, 100)[1] == 21


def test_font_registration_is_idempotent():
    assert thaifont.register_fonts() == thaifont.register_fonts()
    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=A4).build([ThaiParagraph("ทดสอบ", TextStyle())])
    assert buf.getvalue().startswith(b"%PDF")
