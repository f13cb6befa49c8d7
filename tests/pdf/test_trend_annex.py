"""Governance across meetings as an annex (issue 15, item 6): optional, in the minutes (PDF and
Word) and after the village plan (PDF and XLSX); one column per meeting up to this one
("ครั้งที่ 3/2569"), each figure with its trend in words, and which records it comes from.

A constructed series of three meetings whose numbers are worked out by hand below; the cells
are read back from the PDF's table (pdfplumber), the Word table (python-docx) and the
workbook (openpyxl), the Thai words exactly from poppler and PDFium."""
from __future__ import annotations

import docx
import pdfplumber
import pytest
from openpyxl import load_workbook

from workshop import cli
from workshop import followup as fu
from workshop.demo import build_demo
from workshop.meetings import create_meeting
from workshop.minutes import trend_annex as ta
from workshop.minutes.annex import Annexes
from workshop.minutes.content import build_minutes
from workshop.minutes.labels import Labels
from workshop.minutes.layout import render_minutes, write_atomic
from workshop.minutes.word import render_minutes_docx
from workshop.model import (
    Action, ActionStatus, Attendance, Meeting, NetworkRole, NetworkRoleAssignment,
    Organisation, Person, Sector,
)
from workshop.store import Store

from tests.pdf.conftest import norm, pnorm

TITLE_TH = "ภาคผนวก การอภิบาลแบบร่วมมือต่อเนื่องหลายครั้ง"
TITLE_EN = "Annex: governance across meetings"

# the cells worked out by hand from the records made in ``series`` (Thai)
EXPECTED = {
    "ผู้มาประชุม: ภาคประชาสังคม": ["2 คน", "4 คน\n▲ เพิ่มขึ้น", "1 คน\n▼ ลดลง"],
    "ผู้มาประชุม: องค์กรปกครองส่วนท้องถิ่น": ["1 คน", "1 คน\n= เท่าเดิม", "0 คน\n▼ ลดลง"],
    "ผู้มาประชุม: ภาคประชาชน (ชุมชน)": ["0 คน", "0 คน\n= เท่าเดิม", "1 คน\n▲ เพิ่มขึ้น"],
    "สัดส่วนภาคที่ไม่ใช่รัฐในผู้ร่วมตัดสินใจ": [
        "–", "ร้อยละ 50\n(1 จาก 2)", "ร้อยละ 67\n(2 จาก 3)\n▲ เพิ่มขึ้น"],
    "กิจกรรมที่มีผู้รับผิดชอบและกำหนดเสร็จ": [
        "ร้อยละ 50\n(1 จาก 2)", "–", "ร้อยละ 100\n(1 จาก 1)"],
    "กิจกรรมที่เสร็จตามกำหนด": ["ร้อยละ 50\n(1 จาก 2)", "–", "ร้อยละ 0\n(0 จาก 1)"],
    "องค์ประชุม": ["ครบ\nมา 3 คน\nต้องการ 3", "ครบ\nมา 5 คน\nต้องการ 3\n= เท่าเดิม",
                   "ไม่ครบ\nมา 2 คน\nต้องการ 4\n▼ แย่ลง"],
}
HEADS = ["สิ่งที่บันทึกแสดง", "ครั้งที่ 1/2569", "ครั้งที่ 2/2569", "ครั้งที่ 3/2569"]
# exact lines of the PDF's text (poppler keeps a cell's lines as lines)
EXACT = ["ครั้งที่ 1/2569", "ครั้งที่ 3/2569", "▲ เพิ่มขึ้น", "▼ ลดลง", "= เท่าเดิม", "▼ แย่ลง",
         "ร้อยละ 67", "(2 จาก 3)", "ไม่ครบ", "มา 2 คน", "ต้องการ 4", "ที่มาของตัวเลข"]
# text that wraps at a space: its lines joined by that space
WRAPPED = ["ผู้มาประชุมตามภาคส่วน: จากการลงทะเบียน ผู้ที่บันทึกว่ามาประชุม"]


@pytest.fixture
def series(tmp_path):
    """Three meetings of one series, 1/2569 to 3/2569, with known attendance, roles and
    actions; returns (path, [m1, m2, m3])."""
    path = tmp_path / "series.prachakhom"
    with Store.create(path, backups=False) as store:
        tambon = store.add(Organisation(name="อบต.หนองบัว", sector=Sector.LOCAL_GOVERNMENT))
        women = store.add(Organisation(name="กลุ่มแม่บ้าน", sector=Sector.CIVIL_SOCIETY))
        shop = store.add(Organisation(name="ร้านค้าชุมชน", sector=Sector.PRIVATE))
        official = store.add(Person(first_name="ปลัด", last_name="ใจดี",
                                    organisation_id=tambon.id))
        members = [store.add(Person(first_name=f"สมาชิก{k}", last_name="แม่บ้าน",
                                    organisation_id=women.id)) for k in range(4)]
        villager = store.add(Person(first_name="ชาวบ้าน", last_name="หนองบัว"))   # community
        m1 = create_meeting(store, Meeting(title="เวทีประชาคม", date="2026-01-10"))
        m2 = fu.create_next_meeting(store, m1.id, "2026-04-10")
        m3 = fu.create_next_meeting(store, m2.id, "2026-07-10")
        for k, (m, quorum) in enumerate(((m1, 3), (m2, 3), (m3, 4)), 1):
            store.update(Meeting, m.id, number=k, be_year=2569, quorum=quorum)
        present = {m1.id: [official] + members[:2], m2.id: [official] + members,
                   m3.id: [members[0], villager]}
        for mid, people in present.items():
            for p in people:
                store.add(Attendance(meeting_id=mid, person_id=p.id, member=True))
        for mid, orgs in ((m2.id, [tambon, women]), (m3.id, [tambon, women, shop])):
            for o in orgs:
                store.add(NetworkRoleAssignment(meeting_id=mid, organisation_id=o.id,
                                                role=NetworkRole.DECIDING))
        on_time = store.add(Action(meeting_id=m1.id, title="ลอกคลอง",
                                   lead_organisation_id=tambon.id, due_date="2026-03-31"))
        late = store.add(Action(meeting_id=m1.id, title="ซ่อมถนน", due_date="2026-03-31"))
        fu.report(store, on_time.id, status=ActionStatus.DONE, meeting_id=m2.id,
                  on_date="2026-03-20")
        fu.report(store, late.id, status=ActionStatus.DONE, meeting_id=m2.id)  # 10 April
        store.add(Action(meeting_id=m3.id, title="ปลูกป่า", lead_person_id=members[0].id,
                         due_date="2026-12-31"))
        ids = [m1.id, m2.id, m3.id]
    return path, ids


def _open(path):
    return Store.open(path, backups=False, read_only=True, lock=False)


def _pdf_table(path) -> list[list[str]]:
    """The annex's table rows as pdfplumber reads them (cells NFKC, whitespace removed),
    across its pages, the repeated header once."""
    rows: list[list[str]] = []
    with pdfplumber.open(str(path)) as pdf:
        for page in pdf.pages:
            for t in page.extract_tables():
                cells = [[pnorm(c or "") for c in r] for r in t]
                if cells and cells[0][0] == pnorm(HEADS[0]):
                    rows += cells if not rows else cells[1:]
    return rows


def test_the_cells_are_the_records_numbers_in_the_pdf(series, tmp_path, pdftotext,
                                                      pdfium_text):
    path, (m1, m2, m3) = series
    with _open(path) as store:
        a = ta.build_trend_annex(store, m3)
        mins = build_minutes(store, m3)
        sources = {k: f.source for k, f in a.rows[-1].figures.items()}
    assert [r.meeting.id for r in a.rows] == [m1, m2, m3]
    out = write_atomic(render_minutes(mins, "th", annex=Annexes(trend=a)), tmp_path / "m.pdf")
    rows = _pdf_table(out)
    assert rows[0] == [pnorm(h) for h in HEADS]
    by_label = {r[0]: r[1:] for r in rows[1:]}
    for label, cells in EXPECTED.items():
        assert by_label[pnorm(label)] == [pnorm(c) for c in cells], label
    # the findings: a level in words, its trend against the meeting before in words
    assert len(by_label[pnorm("ความชอบธรรม")]) == 3
    assert all(pnorm(c) in {pnorm(x) for x in ("ผ่าน", "ผ่านบางส่วน", "ยังไม่ผ่าน")}
               for c in by_label[pnorm("การริเริ่ม")][:1])
    # exactly as typed, from poppler and from PDFium
    lines = pdftotext(out).splitlines()
    # PDFium puts the cells of one baseline on one line, a space between them
    pdfium = " ".join(" ".join(pdfium_text(out)).split())
    for text in EXACT + [TITLE_TH]:
        assert text in lines, text
        assert text in pdfium, text
    for text in WRAPPED:
        assert text in " ".join(lines), text
        assert text in pdfium, text
    # which records each figure comes from: the words and the record's own rule
    flat = norm(pdftotext(out))
    for key in ("present", *ta.FIGURE_KEYS, "levels"):
        assert norm(ta.SOURCES[key][0]) in flat, key
    for key in ("present_state", *ta.FIGURE_KEYS):
        assert norm(sources[key]) in flat, sources[key]
    # optional: not there unless asked for
    plain = write_atomic(render_minutes(mins, "th"), tmp_path / "plain.pdf")
    assert norm(TITLE_TH) not in norm(pdftotext(plain))
    assert _pdf_table(plain) == []


def test_up_to_this_meeting_only_and_the_latest_columns(series, tmp_path, pdftotext):
    path, (m1, m2, _m3) = series
    with _open(path) as store:
        a = ta.build_trend_annex(store, m2)
        mins = build_minutes(store, m2)
    assert [r.meeting.id for r in a.rows] == [m1, m2]
    c = ta.trend_cells(a, Labels("th"), max_meetings=1)
    assert c.heads == [HEADS[0], HEADS[2]]
    assert "แสดง 1 ครั้งล่าสุดจากทั้งหมด 2 ครั้ง" in c.notes
    out = write_atomic(render_minutes(mins, "en", annex=Annexes(trend=a)), tmp_path / "en.pdf")
    text = pdftotext(out)
    assert TITLE_EN in text.splitlines()
    assert "No. 2/2026" in text.splitlines() and "No. 3/2026" not in text
    assert "▲ up" in text.splitlines() and "met" in text.splitlines()


def test_word_copy_holds_the_same_table(series, tmp_path):
    path, (_m1, _m2, m3) = series
    with _open(path) as store:
        a = ta.build_trend_annex(store, m3)
        mins = build_minutes(store, m3)
    out = tmp_path / "m.docx"
    out.write_bytes(render_minutes_docx(mins, "th", annex=Annexes(trend=a)))
    document = docx.Document(str(out))
    assert TITLE_TH in [p.text for p in document.paragraphs]
    table = next(t for t in document.tables if t.rows[0].cells[0].text == HEADS[0])
    assert [c.text for c in table.rows[0].cells] == HEADS
    by_label = {r.cells[0].text: [c.text for c in r.cells[1:]] for r in table.rows[1:]}
    for label, cells in EXPECTED.items():
        assert by_label[label] == cells, label
    assert any(p.text.startswith("- " + ta.SOURCES["quorum"][0]) for p in document.paragraphs)
    plain = tmp_path / "plain.docx"
    plain.write_bytes(render_minutes_docx(mins, "th"))
    assert TITLE_TH not in [p.text for p in docx.Document(str(plain)).paragraphs]


def test_trend_flag_on_minutes_and_plan(series, tmp_path, pdftotext):
    path, _ids = series
    out = tmp_path / "m.pdf"
    assert cli.main(["minutes", str(path), "--meeting", "latest", "--trend",
                     "-o", str(out)]) == 0
    assert TITLE_TH in pdftotext(out).splitlines()
    assert "ภาคผนวก เครือข่าย" not in pdftotext(out)      # only the one asked for
    assert cli.main(["minutes", str(path), "--meeting", "latest", "-o", str(out)]) == 0
    assert TITLE_TH not in pdftotext(out)
    word = tmp_path / "m.docx"
    assert cli.main(["minutes", str(path), "--meeting", "latest", "--trend",
                     "-o", str(word)]) == 0
    assert TITLE_TH in [p.text for p in docx.Document(str(word)).paragraphs]

    plan = tmp_path / "plan.pdf"
    assert cli.main(["plan", str(path), "--meeting", "all", "--trend", "-o", str(plan)]) == 0
    lines = pdftotext(plan).splitlines()
    assert TITLE_TH in lines and "ครั้งที่ 3/2569" in lines and "▼ แย่ลง" in lines
    by_label = {r[0]: r[1:] for r in _pdf_table(plan)[1:]}
    assert by_label[pnorm("องค์ประชุม")] == [pnorm(c) for c in EXPECTED["องค์ประชุม"]]
    assert cli.main(["plan", str(path), "--meeting", "all", "-o", str(plan)]) == 0
    assert TITLE_TH not in pdftotext(plan)

    book = tmp_path / "plan.xlsx"
    assert cli.main(["plan", str(path), "--meeting", "all", "--trend", "-o", str(book)]) == 0
    wb = load_workbook(book)
    assert wb.sheetnames == ["แผนพัฒนาหมู่บ้าน", "การอภิบาลต่อเนื่อง"]
    cells = [[c for c in r] for r in wb["การอภิบาลต่อเนื่อง"].iter_rows(values_only=True)]
    assert cells[0][0] == TITLE_TH
    head = cells.index(HEADS)
    by_label = {r[0]: list(r[1:]) for r in cells[head + 1:] if r[0]}
    for label, expected in EXPECTED.items():
        assert by_label[label] == expected, label
    assert any(str(r[0]).startswith(ta.SOURCES["on_time"][0]) for r in cells if r[0])
    assert cli.main(["plan", str(path), "--meeting", "all", "-o", str(book)]) == 0
    assert load_workbook(book).sheetnames == ["แผนพัฒนาหมู่บ้าน"]


def test_demo_annex_pages(tmp_path, pdftotext):
    """The demo's three meetings: the table fits the page's width, every line of the table is
    there once, and the meeting's findings are the assessment's."""
    path = tmp_path / "demo.prachakhom"
    with Store.create(path, backups=False) as store:
        build_demo(store)
        last = store.find(Meeting, order_by="date")[-1]
        a = ta.build_trend_annex(store, last.id)
        mins = build_minutes(store, last.id)
    out = write_atomic(render_minutes(mins, "th", annex=Annexes(trend=a)), tmp_path / "d.pdf")
    rows = _pdf_table(out)
    labels = [label for label, _l in ((x[1], x[2]) for x in ta.lines(Labels("th")))]
    assert [r[0] for r in rows[1:] if any(r[1:])] == [pnorm(x) for x in labels]
    with pdfplumber.open(str(out)) as pdf:
        from workshop.minutes.layout import MARGIN_LEFT, FRAME_W
        for page in pdf.pages:
            for t in page.find_tables():
                assert t.bbox[0] >= MARGIN_LEFT - 1 and t.bbox[2] <= MARGIN_LEFT + FRAME_W + 1
    last_row = a.rows[-1]
    assert [r for r in rows if r[0] == pnorm("ความชอบธรรม")][0][-1].startswith(
        pnorm(ta.value_text("legitimacy", last_row, Labels("th"))))
