"""Names of people and organisations never break inside a name part (thaitext.Keep)."""
from __future__ import annotations

import pytest
from reportlab.lib.units import cm

from tests.pdf.conftest import norm, pnorm
from workshop.meetings import create_meeting
from workshop.minutes import thaifont
from workshop.minutes.content import build_minutes
from workshop.minutes.layout import MARGIN_LEFT, MARGIN_RIGHT, PAGE_W, render_minutes
from workshop.minutes.thaifont import REGULAR, text_width
from workshop.minutes.thaitext import Keep, Phrase, TextStyle, ThaiParagraph, line_texts
from workshop.model import (
    Action, ActionPartner, Attendance, Meeting, Organisation, Person, Pledge, ResourceKind,
    Sector,
)
from workshop.store import Store

CELL = TextStyle(size=12.5, leading=17)
LEAD_W = 3.9 * cm - 6       # the narrowest name column: the action plan's lead, less padding
TOL = 2.0

PEOPLE = [("นางสาว", "พรรณวดี", "ศรีสุวรรณวงศ์ชัยกุล"),
          ("ว่าที่ร้อยตรี", "เฉลิมพล", "ชัยมงคลประเสริฐสุข"),
          ("นาย", "ธีรวัฒน์", "เจริญรุ่งเรืองกิจ"),
          ("นาย", "ประเสริฐ", "วงศ์ใหญ่"),
          ("นาง", "คำปุ่น", "ไชยวงศ์ติ๊ก")]
ORGS = [("วิสาหกิจชุมชนกลุ่มทอผ้าไหมมัดหมี่บ้านหนองบัวพัฒนา", Sector.PRIVATE),  # wider than a cell
        ("องค์การบริหารส่วนตำบลโนนสูง", Sector.LOCAL_GOVERNMENT),
        ("ร้านสมหวังวัสดุก่อสร้าง", Sector.PRIVATE)]


@pytest.fixture(autouse=True)
def _fonts():
    thaifont.register_fonts()


def _name(pre, first, last) -> str:
    return f"{pre}{first} {last}"


# ------------------------------------------------------------------------ line filling
def test_a_name_goes_whole_to_the_next_line_when_it_fits_there():
    name = Keep("นายประเสริฐ วงศ์ใหญ่")
    width = text_width(name, REGULAR, CELL.size) + 2
    lines = line_texts(ThaiParagraph(Phrase("ผู้รับผิดชอบ ", name), CELL), width)
    assert lines == ["ผู้รับผิดชอบ", "นายประเสริฐ วงศ์ใหญ่"]
    # plain text (no Keep) is filled greedily and cuts the name: the marker is what helps
    plain = line_texts(ThaiParagraph("ผู้รับผิดชอบ นายประเสริฐ วงศ์ใหญ่", CELL), width)
    assert "นายประเสริฐ วงศ์ใหญ่" not in plain


def test_a_name_wider_than_the_line_breaks_only_between_first_and_last_name():
    for pre, first, last in PEOPLE:
        name = Keep(_name(pre, first, last))
        width = max(text_width(pre + first, REGULAR, CELL.size),
                    text_width(last, REGULAR, CELL.size)) + 1
        assert text_width(name, REGULAR, CELL.size) > width
        lines = line_texts(ThaiParagraph(Phrase("ติดต่อ ", name, " (ประธาน)"), CELL), width)
        assert pre + first in lines and any(x.startswith(last) for x in lines), lines


def test_a_name_part_wider_than_the_line_breaks_inside_the_margins():
    org = Keep(ORGS[0][0])
    for width in (LEAD_W, 60.0, 20.0):
        para = ThaiParagraph(Phrase("ผู้ประสาน ", Keep("นายธีรวัฒน์ เจริญรุ่งเรืองกิจ"), " (",
                                    org, ")"), CELL)
        lines = para.lines(width)
        assert all(line.width <= width + 0.01 for line in lines)
        assert norm("".join(line_texts(para, width))) == norm(para.plain_text())
    # at the lead column's width the organisation starts its own line and breaks between
    # words ("วิสาหกิจชุมชนกลุ่ม|ทอผ้าไหมมัดหมี่บ้าน|หนองบัวพัฒนา"), never mid-word
    texts = line_texts(ThaiParagraph(Phrase("ติดต่อ ", org), CELL), LEAD_W)
    assert texts[0] == "ติดต่อ" and "".join(texts[1:]) == org
    assert texts[1:] == ["วิสาหกิจชุมชนกลุ่ม", "ทอผ้าไหมมัดหมี่บ้าน", "หนองบัวพัฒนา"]


def test_names_print_literally_and_compare_as_text():
    name = Keep("<b>นาย&amp;</b> ใจดี")
    phrase = Phrase(name, " (", Keep("อบต.<i>"), ")")
    assert phrase == "<b>นาย&amp;</b> ใจดี (อบต.<i>)" and isinstance(phrase, str)
    assert Phrase.join(", ", [name, "x"]) == "<b>นาย&amp;</b> ใจดี, x"
    assert "".join(line_texts(ThaiParagraph(phrase, CELL), 400)) == phrase
    # the closing bracket stays with the name before it, the opening one with the name after
    lines = line_texts(ThaiParagraph(phrase, CELL), text_width("<b>นาย&amp;</b> ใจดี", REGULAR,
                                                                 CELL.size) + 3)
    assert lines[-1] == "(อบต.<i>)"


# ------------------------------------------------------------------------------ the PDF
@pytest.fixture(scope="module")
def names_pdf(tmp_path_factory):
    path = tmp_path_factory.mktemp("names") / "names.prachakhom"
    with Store.create(path, backups=False) as store:
        with store.transaction():
            orgs = [store.add(Organisation(name=n, sector=s)) for n, s in ORGS]
            people = [store.add(Person(prefix=p, first_name=f, last_name=la,
                                       organisation_id=orgs[i % len(orgs)].id))
                      for i, (p, f, la) in enumerate(PEOPLE)]
            m = create_meeting(store, Meeting(title="เวทีประชาคม", body_name="ประชาคมหมู่บ้าน",
                                              be_year=2569, date="2026-11-20",
                                              chair_id=people[0].id))
            for p in people:
                store.add(Attendance(meeting_id=m.id, person_id=p.id, member=True))
            for k, p in enumerate(people):
                org = orgs[k % len(orgs)] if k % 2 else None
                a = store.add(Action(meeting_id=m.id, title=f"กิจกรรมที่ {k + 1} ลอกคูคลอง",
                                     lead_person_id=p.id,
                                     lead_organisation_id=org.id if org else None,
                                     due_date="2026-12-31"))
                other = people[(k + 1) % len(people)]
                store.add(ActionPartner(action_id=a.id, person_id=other.id))
                store.add(ActionPartner(action_id=a.id, organisation_id=orgs[k % len(orgs)].id))
                store.add(Pledge(meeting_id=m.id, action_id=a.id, person_id=p.id,
                                 organisation_id=org.id if org else None,
                                 kind=ResourceKind.MONEY, description="งบประมาณ",
                                 value_baht=1000 * (k + 1)))
                store.add(Pledge(meeting_id=m.id, person_id=p.id, kind=ResourceKind.LABOUR,
                                 description="แรงงาน", quantity=3, unit="คน-วัน",
                                 value_baht=900))
        data = render_minutes(build_minutes(store, m.id), "th")
    out = path.with_suffix(".pdf")
    out.write_bytes(data)
    return out


def _cells(path) -> tuple[list[list[str]], list]:
    """Every table cell's lines of text, and every page's characters."""
    import pdfplumber

    cells, chars = [], []
    with pdfplumber.open(str(path)) as pdf:
        for page in pdf.pages:
            chars.extend(page.chars)
            for table in page.find_tables():
                for row in table.extract():
                    cells += [[pnorm(x) for x in c.split("\n")] for c in row if c]
    return cells, chars


def test_names_in_narrow_table_cells_are_contiguous_and_never_cut_inside_a_part(names_pdf):
    cells, chars = _cells(names_pdf)
    assert len(cells) > 60
    names = [_name(*p) for p in PEOPLE] + [n for n, _s in ORGS]
    for name in names:
        holding = [c for c in cells if pnorm(name) in "".join(c)]
        # every name is found whole; each person is in the action plan, the pledges and
        # the pledge totals
        assert len(holding) >= (3 if name.startswith(("น", "ว่า")) else 1), name
    units = [u for name in names for u in name.split()
             if text_width(f"({u})", REGULAR, CELL.size) <= LEAD_W]
    assert len(units) >= 7          # most name parts fit the narrowest column
    for u in units:
        for c in cells:
            if pnorm(u) in "".join(c):
                assert any(pnorm(u) in line for line in c), (u, c)
    # the organisation wider than any cell still breaks, and stays in the margins
    wide = pnorm(ORGS[0][0])
    assert any(wide in "".join(c) and not any(wide in line for line in c) for c in cells)
    assert min(ch["x0"] for ch in chars) >= MARGIN_LEFT - TOL
    assert max(ch["x1"] for ch in chars) <= PAGE_W - MARGIN_RIGHT + TOL
