"""The minutes' text layer is exactly what was typed, with poppler and with PDFium.

The raw extracted text is compared, never normalised: ``ำ`` must come back as U+0E33 (not
ํ + า), marks after their base, no spaces inside words.  Only runs of whitespace are taken
as equal (a line break or a table cell's gap is whitespace to either reader).
"""
from __future__ import annotations

import re

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate

from tests.pdf.conftest import build_rich_meeting
from workshop.meetings import resolve_meeting
from workshop.minutes import layout, thaifont, thaitext
from workshop.minutes.content import build_minutes
from workshop.minutes.thaifont import BOLD, REGULAR
from workshop.minutes.thaitext import TextStyle, ThaiParagraph, line_texts
from workshop.store import Store

TYPED = ("ที่ ปี่ ญี่ปุ่น น้ำ ติ๊ก ค่ำ ปั้น ฤๅษี ผู้ใหญ่บ้าน กำนัน สำราญ เมื่อ เรื่อง ตำบล อำเภอ "
         "office fi มติที่ประชุมเห็นชอบ")
DECOMPOSED_AM = "\u0e4d\u0e32"
MARKS = "\u0e31\u0e34\u0e35\u0e36\u0e37\u0e38\u0e39\u0e3a\u0e47\u0e48\u0e49\u0e4a\u0e4b\u0e4c\u0e4d"


def _ws(text: str) -> str:
    return " ".join(text.split())


def _pdfium_search(path, words) -> list[str]:
    """The words PDFium's own search (FPDFText_FindStart, Chrome's find) does not find."""
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(path))
    try:
        pages = [pdf[i].get_textpage() for i in range(len(pdf))]
        missing = []
        for w in words:
            if not any(tp.search(w, match_case=True).get_next() for tp in pages):
                missing.append(w)
        return missing
    finally:
        pdf.close()


@pytest.fixture(autouse=True)
def _fonts():
    thaifont.register_fonts()


@pytest.mark.parametrize("font", [REGULAR, BOLD])
def test_a_paragraph_extracts_exactly_as_typed(tmp_path, monkeypatch, pdftotext, pdfium_text,
                                               font):
    path = tmp_path / "t.pdf"
    para = ThaiParagraph([(TYPED, font)], TextStyle())
    _data, drawn = _drawn_lines(
        monkeypatch, lambda: SimpleDocTemplate(str(path), pagesize=A4).build([para]))
    lines = [t for _n, t in drawn]
    assert len(lines) >= 2
    poppler = pdftotext(path)
    pdfium = pdfium_text(path)[0]
    for text in (poppler, pdfium):
        assert [ln.strip() for ln in text.splitlines() if ln.strip()] == \
            [ln.strip() for ln in lines]
        assert DECOMPOSED_AM not in text and "ำ" in text
        assert not re.search(f" [{MARKS}]", text)
    assert _pdfium_search(path, TYPED.split()) == []


def _drawn_lines(monkeypatch, render) -> tuple[bytes, list[tuple[int, str]]]:
    """Render, recording the text of every line drawn and its page."""
    drawn: list[tuple[int, str]] = []
    draw = thaifont.draw_line

    def record(canv, x, y, runs, size):
        drawn.append((canv.getPageNumber(), "".join(t for t, _f in runs)))
        draw(canv, x, y, runs, size)

    for module in (thaifont, thaitext):     # draw_text (thaifont) and paragraphs (thaitext)
        monkeypatch.setattr(module, "draw_line", record)
    data = render()
    for module in (thaifont, thaitext):
        monkeypatch.setattr(module, "draw_line", draw)
    return data, drawn


@pytest.fixture(scope="module")
def demo_minutes(tmp_path_factory):
    from workshop.demo import build_demo

    path = tmp_path_factory.mktemp("demo") / "demo.prachakhom"
    with Store.create(path, backups=False) as store:
        build_demo(store)
        return build_minutes(store, resolve_meeting(store, "latest").id)


def _check_document(tmp_path, data, drawn, pdftotext, pdfium_text):
    path = tmp_path / "m.pdf"
    path.write_bytes(data)
    poppler_pages = [_ws(p) for p in pdftotext(path).split("\f")]
    pdfium_pages = [_ws(p) for p in pdfium_text(path)]
    assert len(pdfium_pages) >= 2 and len(drawn) > 100
    typed: dict[int, set[str]] = {}
    for page, text in drawn:
        typed.setdefault(page, set()).update(text.split())
    for name, pages in (("poppler", poppler_pages), ("pdfium", pdfium_pages)):
        # every line drawn is in its page's text exactly (runs of whitespace aside) ...
        missing = [(n, t) for n, t in drawn if _ws(t) not in pages[n - 1]]
        assert missing == [], name
        # ... and nothing else: no word glued to the next cell's, none cut by a space
        extra = [(n, w) for n, ws in typed.items() for w in pages[n - 1].split()
                 if w not in ws]
        assert extra == [], name
        text = " ".join(pages)
        assert DECOMPOSED_AM not in text and "\ufffe" not in text
        assert not re.search(f" [{MARKS}]", text)
    words = sorted({w for _n, t in drawn for w in t.split()})
    assert _pdfium_search(path, words) == []


@pytest.mark.parametrize("lang", ["th", "en"])
def test_demo_minutes_text_layer_is_exact(demo_minutes, tmp_path, monkeypatch, pdftotext,
                                          pdfium_text, lang):
    data, drawn = _drawn_lines(monkeypatch,
                               lambda: layout.render_minutes(demo_minutes, lang))
    _check_document(tmp_path, data, drawn, pdftotext, pdfium_text)
    assert any("ตำบล" in t for _n, t in drawn)


def test_rich_minutes_and_signin_text_layer_is_exact(store, tmp_path, monkeypatch, pdftotext,
                                                     pdfium_text):
    from workshop.minutes.content import build_signin

    m = build_rich_meeting(store)
    mins = build_minutes(store, m.id)
    data, drawn = _drawn_lines(monkeypatch, lambda: layout.render_minutes(mins, "th"))
    _check_document(tmp_path, data, drawn, pdftotext, pdfium_text)
    sheet = build_signin(store, m.id)
    data, drawn = _drawn_lines(monkeypatch, lambda: layout.render_signin(sheet, "th"))
    (tmp_path / "s").mkdir()
    _check_document(tmp_path / "s", data, drawn, pdftotext, pdfium_text)


def test_hyphenated_words_never_end_a_line():
    # "คน-วัน" is one unit; a word cut between clusters never leaves "-" at a line end
    # (both readers would join the lines and drop the hyphen)
    para = ThaiParagraph("แรงงานขุดลอก 120 คน-วัน", TextStyle())
    width = thaifont.text_width("แรงงานขุดลอก 120 คน-", REGULAR, 14) + 1
    assert line_texts(para, width)[-1] == "คน-วัน"
    narrow = thaifont.text_width("person-", REGULAR, 14) + 1
    lines = line_texts(ThaiParagraph("person-days", TextStyle()), narrow)
    assert len(lines) > 1 and not any(ln.endswith("-") for ln in lines)
    assert "".join(lines) == "person-days"
