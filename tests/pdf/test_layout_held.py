"""The official layout held: the closing block stays with the last resolution, no heading
ends a page, a blank end time to fill, the English heading's full location."""
from __future__ import annotations

import pytest
from reportlab.platypus import Image, Table

from tests.pdf.conftest import build_rich_meeting
from workshop.minutes import layout
from workshop.minutes.content import build_minutes
from workshop.minutes.layout import render_minutes, write_atomic
from workshop.model import AgendaItem, AgendaKind, Meeting

SENTENCE = "ที่ประชุมร่วมกันอภิปรายถึงสาเหตุของปัญหาและแนวทางแก้ไขอย่างกว้างขวาง "


def _render_recording(monkeypatch, mins, lang="th"):
    """Render, recording (page, flowable) for every flowable drawn."""
    drawn: list = []
    make = layout._doc

    def doc(out, title, L, *args):
        d = make(out, title, L, *args)
        d.afterFlowable = lambda f: drawn.append((d.page, f))
        return d

    monkeypatch.setattr(layout, "_doc", doc)
    data = render_minutes(mins, lang)
    monkeypatch.setattr(layout, "_doc", make)
    return data, drawn


def _text(f) -> str:
    if isinstance(f, Table):
        return "\n".join(_text(x) for row in f._cellvalues for c in row
                         for x in (c if isinstance(c, (list, tuple)) else [c]))
    return f.plain_text() if hasattr(f, "plain_text") else ""


@pytest.fixture
def rich_store(store):
    return store, build_rich_meeting(store)


def _with_notes(store, m, sentences: int):
    item = store.find(AgendaItem, meeting_id=m.id, kind=AgendaKind.ANNOUNCEMENTS)[0]
    store.update(AgendaItem, item.id, notes=SENTENCE * sentences)
    return build_minutes(store, m.id)


def test_headings_never_end_a_page_and_the_closing_block_stays_with_the_last_resolution(
        rich_store, monkeypatch):
    store, m = rich_store
    headings_seen = closings_moved = 0
    for n in range(0, 60, 3):
        mins = _with_notes(store, m, n)
        _data, drawn = _render_recording(monkeypatch, mins)
        last_on_page: dict[int, object] = {}
        for page, f in drawn:
            if _text(f).strip() or isinstance(f, Image):
                last_on_page[page] = f
        for page, f in last_on_page.items():
            assert not getattr(f, "is_heading", False), (n, page, _text(f))
        headings_seen += sum(1 for _p, f in drawn if getattr(f, "is_heading", False))
        # the last resolution, the end time, the recorder and the reviewer: one page
        texts = [(page, _text(f)) for page, f in drawn if _text(f).strip()]
        end = next(p for p, t in texts if t.startswith("เลิกประชุมเวลา"))
        recorder = next(p for p, t in texts if t.endswith("\nผู้จดรายงานการประชุม"))
        reviewer = next(p for p, t in texts if t.endswith("\nผู้ตรวจรายงานการประชุม"))
        last_resolution = mins.agenda[-1].resolutions[-1]
        res_page = max(p for p, t in texts if last_resolution in t)
        assert res_page == end == recorder == reviewer, n
        closings_moved += end > 1 and not any(p == end and t.startswith("ระเบียบวาระที่ 5")
                                              for p, t in texts)
    assert headings_seen > 100
    assert closings_moved >= 1       # some of these layouts put the closing on a new page


def test_no_end_time_prints_a_blank_to_fill(rich_store, tmp_path, pdftotext):
    store, m = rich_store
    store.update(Meeting, m.id, end_time="")
    mins = build_minutes(store, m.id)
    th = pdftotext(write_atomic(render_minutes(mins, "th"), tmp_path / "th.pdf"))
    assert "เลิกประชุมเวลา ........ น." in th
    en = pdftotext(write_atomic(render_minutes(mins, "en"), tmp_path / "en.pdf"))
    assert "The meeting closed at ........" in en


def test_english_heading_has_the_full_location(rich_store, tmp_path, pdftotext):
    store, m = rich_store
    mins = build_minutes(store, m.id)
    en = " ".join(pdftotext(write_atomic(render_minutes(mins, "en"), tmp_path / "en.pdf"))
                  .split("Members present")[0].split())
    for part in ("ศาลาการเปรียบเทียบวัดศรีหนองบัว", "Village No. 5", "บ้านหนองบัว",
                 "โนนสูง Subdistrict", "น้ำพอง District", "ขอนแก่น Province"):
        assert part in en, part
    th = " ".join(pdftotext(write_atomic(render_minutes(mins, "th"), tmp_path / "th.pdf"))
                  .split("ผู้มาประชุม")[0].split())
    assert "หมู่ที่ 5 บ้านหนองบัว ตำบลโนนสูง อำเภอน้ำพอง จังหวัดขอนแก่น" in th
