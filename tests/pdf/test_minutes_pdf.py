"""The minutes and sign-in sheet PDFs: searchable, inside the margins, wrapped between words."""
from __future__ import annotations

import pytest

from tests.pdf.conftest import NON_ENDERS, NON_STARTERS, norm, plumber_text, pnorm
from workshop import cli
from workshop.meetings import resolve_meeting
from workshop.minutes.content import build_minutes, build_signin
from workshop.minutes.layout import (
    MARGIN_BOTTOM, MARGIN_LEFT, MARGIN_RIGHT, MARGIN_TOP, render_minutes, render_signin,
    write_atomic,
)
from workshop.model import Attendance, Meeting, Organisation, Person, Sector
from workshop.store import Store

TOL = 2.0   # points: glyph boxes of the first/last line may reach a hair past the frame


def _expected(mins) -> list[str]:
    texts = [n for n in mins.all_names() if n]
    for sec in mins.agenda:
        texts += [i.title for i in sec.issues]
        texts += sec.resolutions
    return texts


def _missing(texts, extracted, squash=norm) -> list[str]:
    hay = squash(extracted)
    return [t for t in texts if squash(t) not in hay]


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory):
    from workshop.demo import build_demo

    path = tmp_path_factory.mktemp("demo") / "demo.prachakhom"
    with Store.create(path, backups=False) as store:
        build_demo(store)
    return path


@pytest.fixture(scope="module")
def demo_pdfs(demo_file, tmp_path_factory):
    out = {}
    folder = tmp_path_factory.mktemp("pdfs")
    with Store.open(demo_file, read_only=True, backups=False, lock=False) as store:
        mins = build_minutes(store, resolve_meeting(store, "latest").id)
    for lang in ("th", "en"):
        out[lang] = write_atomic(render_minutes(mins, lang), folder / f"minutes-{lang}.pdf")
    return mins, out


@pytest.mark.parametrize("lang", ["th", "en"])
def test_demo_minutes_text_is_searchable(demo_pdfs, pdftotext, lang):
    mins, pdfs = demo_pdfs
    texts = _expected(mins)
    assert len(texts) > 30
    assert _missing(texts, pdftotext(pdfs[lang])) == []
    assert _missing(texts, plumber_text(pdfs[lang]), pnorm) == []


def test_demo_minutes_in_official_order(demo_pdfs, pdftotext):
    mins, pdfs = demo_pdfs
    text = norm(pdftotext(pdfs["th"]))
    order = ["รายงานการประชุม", f"ครั้งที่{mins.number}/{mins.be_year}", "เมื่อวัน",
             "ผู้มาประชุม", "ผู้ไม่มาประชุม", "ผู้เข้าร่วมประชุม", "เริ่มประชุมเวลา",
             "ระเบียบวาระที่1", "ระเบียบวาระที่2", "ระเบียบวาระที่3", "ระเบียบวาระที่4",
             "ระเบียบวาระที่5", "เลิกประชุมเวลา", "ผู้จดรายงานการประชุม",
             "ผู้ตรวจรายงานการประชุม"]
    positions = [text.find(norm(t)) for t in order]
    assert -1 not in positions, [t for t, p in zip(order, positions) if p < 0]
    assert positions == sorted(positions)
    assert norm("มาประชุมแทน") in text
    assert norm("(ลงชื่อ)") in text
    en = norm(pdftotext(pdfs["en"]))
    assert "Agendaitem4" in en and "Resolution" in en and "2026" in en


def _lines(text: str, pattern: str) -> list[str]:
    """Lines of ``pdftotext -layout`` output (one table row's first line each) that match."""
    import re

    return [line.strip() for line in text.splitlines() if re.match(pattern, line.strip())]


def test_demo_pledge_totals_in_the_pdf(demo_pdfs, pdftotext):
    """Totals per actor and per sector show money in baht, labour in person-days, the other
    kinds with their units, the value, received and outstanding; the grand total rows hold
    120 + 24 = 144 person-days and 150,000 + 5,000 = 155,000 baht."""
    _mins, pdfs = demo_pdfs
    th = pdftotext(pdfs["th"], layout=True)
    flat = norm(th)
    for word in ("รวมตามผู้สมทบ", "รวมตามภาค", "เงิน(บาท)", "(คน-วัน)", "ทรัพยากรอื่น",
                 "ได้รับแล้ว2", "ยังค้าง6", "วัสดุ20ท่อน", "อุปกรณ์3วัน", "ความรู้4ครั้ง",
                 "สถานที่1แห่ง", "มูลค่าโดยประมาณ"):
        assert word in flat, word
    # money, labour, the first other resource, the value, received: one row each table
    totals = _lines(th, r"รวมทั้งสิ้น\s+155,000\s+144\s+วัสดุ 20 ท่อน\s+233,200\s+ได้รับแล้ว 2$")
    assert len(totals) == 2, totals                # under the actors and under the sectors
    assert len(_lines(th, r"ภาคประชาชน \(ชุมชน\)\s+-\s+120\s+สถานที่ 1 แห่ง\s+36,000")) == 1
    assert len(_lines(th, r"ภาคประชาสังคม\s+-\s+24\s+-\s+7,200\s+ได้รับแล้ว 0")) == 1
    assert len(_lines(th, r"กลุ่มแม่บ้านเกษตรกร\s+-\s+24\s")) == 1       # per actor
    en = pdftotext(pdfs["en"], layout=True)
    # the header, on three lines: no line ends with "-" (readers would join it and drop it)
    assert "Labour," in en and "Labour,person-days" in norm(pdftotext(pdfs["en"]))
    assert "2received" in norm(en) and "6pending" in norm(en)
    assert len(_lines(en, r"Total\s+155,000\s+144\s+materials 20 ท่อน\s+233,200")) == 2
    plain = norm(pdftotext(pdfs["th"]))
    assert "155,000" in plain and "144" in plain and "คน-วัน" in plain


def _check_margins(path):
    import pdfplumber

    bad = []
    with pdfplumber.open(str(path)) as pdf:
        for page in pdf.pages:
            w, h = page.width, page.height
            for c in page.chars:
                if c["text"].isspace():
                    continue
                header = c["bottom"] < MARGIN_TOP - 8 and c["top"] > 0.8 * 28.35
                inside = (c["x0"] >= MARGIN_LEFT - TOL and c["x1"] <= w - MARGIN_RIGHT + TOL
                          and c["top"] >= MARGIN_TOP - TOL
                          and c["bottom"] <= h - MARGIN_BOTTOM + TOL)
                if not inside and not header:
                    bad.append((page.page_number, c["text"], round(c["x0"]), round(c["top"])))
    return bad


def _check_line_edges(text: str) -> list[str]:
    bad = []
    for line in text.splitlines():
        s = line.strip()
        if not s:
            continue
        if s[0] in NON_STARTERS or s[-1] in NON_ENDERS:
            bad.append(s)
    return bad


def test_demo_minutes_inside_margins_and_wrapped_between_words(demo_pdfs, pdftotext):
    _mins, pdfs = demo_pdfs
    for lang in ("th", "en"):
        assert _check_margins(pdfs[lang]) == []
        assert _check_line_edges(pdftotext(pdfs[lang], layout=True)) == []


def test_rich_fixture_minutes(rich, tmp_path, pdftotext):
    store, m = rich
    mins = build_minutes(store, m.id)
    path = write_atomic(render_minutes(mins, "th", thai_digits=True), tmp_path / "r.pdf")
    text = pdftotext(path)
    assert _missing(_expected(mins), text) == []
    assert norm("ไม่มีเรื่องสืบเนื่อง") in norm(text)
    assert "๒๕๖๙" in text and "2569" not in text.replace("2/2569", "")  # Thai digits
    assert norm("กังวลเรื่องค่าน้ำที่อาจเพิ่มขึ้นสำหรับผู้สูงอายุ") in norm(text)  # dissent
    assert norm("ความยินยอม") in norm(text) and norm("การลงคะแนนเสียงข้างมาก") in norm(text)
    assert _check_margins(path) == []


def _big_meeting(store, n_people: int, name_prefix: str = "") -> Meeting:
    with store.transaction():
        orgs = [store.add(Organisation(name=f"กลุ่มที่ {k} บ้านหนองบัว", sector=s))
                for k, s in enumerate(Sector)]
        m = store.add(Meeting(title="เวทีใหญ่", body_name="ประชาคมตำบลโนนสูง", number=1,
                              be_year=2569, date="2026-11-21", start_time="09:00",
                              end_time="16:00"))
        for k in range(n_people):
            p = store.add(Person(prefix="นาย", first_name=f"{name_prefix}สมศักดิ์{k}",
                                 last_name="ศรีสวัสดิ์ญี่ปุ่น", position="อาสาสมัครพัฒนาหมู่บ้าน",
                                 organisation_id=orgs[k % len(orgs)].id, village_no=str(k % 12)))
            store.add(Attendance(meeting_id=m.id, person_id=p.id, member=k % 3 == 0))
    return m


@pytest.mark.slow
def test_thousand_attendees_build(store, tmp_path, pdftotext):
    m = _big_meeting(store, 1000)
    mins = build_minutes(store, m.id)
    path = write_atomic(render_minutes(mins), tmp_path / "big.pdf")
    text = norm(pdftotext(path))
    assert norm("นายสมศักดิ์999 ศรีสวัสดิ์ญี่ปุ่น") in text
    assert norm("นายสมศักดิ์0 ศรีสวัสดิ์ญี่ปุ่น") in text
    sheet = write_atomic(render_signin(build_signin(store, m.id)), tmp_path / "sheet.pdf")
    assert norm("นายสมศักดิ์999") in norm(pdftotext(sheet))


def test_long_notes_split_across_pages(rich, tmp_path, pdftotext):
    store, m = rich
    from workshop.model import AgendaItem, AgendaKind

    item = store.find(AgendaItem, meeting_id=m.id, kind=AgendaKind.OTHER)[0]
    unit = "ที่ประชุมอภิปรายเรื่องการบริหารจัดการน้ำอย่างกว้างขวาง "
    store.update(AgendaItem, item.id, notes=(unit * 400)[:20000])
    path = write_atomic(render_minutes(build_minutes(store, m.id)), tmp_path / "long.pdf")
    import pdfplumber

    with pdfplumber.open(str(path)) as pdf:
        assert len(pdf.pages) >= 8
    assert norm(pdftotext(path)).count(norm(unit)) >= 350
    assert _check_line_edges(pdftotext(path, layout=True)) == []


def test_markup_in_user_text_prints_literally(rich, tmp_path, pdftotext):
    store, m = rich
    p = store.find(Person, first_name="สมชาย")[0]
    store.update(Person, p.id, prefix="", first_name="<b>สมชาย & co</b>", last_name="😀",
                 position="<br/>ผู้ใหญ่บ้าน &amp; \u0E49")
    mins = build_minutes(store, m.id)
    for lang in ("th", "en"):
        path = write_atomic(render_minutes(mins, lang), tmp_path / f"x-{lang}.pdf")
        text = pdftotext(path)
        assert norm("<b>สมชาย & co</b>") in norm(text)
        assert "😀" in text
        assert norm("<br/>ผู้ใหญ่บ้าน &amp;") in norm(text)
        assert norm("<b>สมชาย & co</b>") in norm(plumber_text(path))


def test_signin_sheet(rich, tmp_path, pdftotext):
    store, m = rich
    sheet = build_signin(store, m.id)
    path = write_atomic(render_signin(sheet, blank_rows=5), tmp_path / "s.pdf")
    text = pdftotext(path)
    for row in sheet.rows:
        assert norm(row.name) in norm(text)
    for word in ("แบบลงทะเบียน", "ลายมือชื่อ", "หมู่ที่", "ชมรมอาสาสมัครสาธารณสุขประจำหมู่บ้าน"):
        assert norm(word) in norm(text)
    # the numbered blank rows follow the registered people
    assert str(len(sheet.rows) + 5) in text.split()
    assert _check_margins(path) == []


def test_commands_write_pdfs_atomically(rich, tmp_path, pdftotext):
    store, m = rich
    store.close()
    out = tmp_path / "out.pdf"
    rc = cli.main(["minutes", str(store.path), "--meeting", "latest", "-o", str(out),
                   "--lang", "en"])
    assert rc == 0 and out.read_bytes().startswith(b"%PDF")
    assert not (tmp_path / "out.pdf.part").exists()
    assert "Members present" in pdftotext(out)
    sheet = tmp_path / "sheet.pdf"
    assert cli.main(["signin-sheet", str(store.path), "--meeting", m.id, "-o", str(sheet)]) == 0
    assert norm("แบบลงทะเบียน") in norm(pdftotext(sheet))
    missing = tmp_path / "missing.pdf"
    assert cli.main(["minutes", str(store.path), "--meeting", "nope", "-o", str(missing)]) == 3
    assert not missing.exists()
