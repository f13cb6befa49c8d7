"""Finishing details of the minutes and the sign-in sheet: the sector under each organisation
on the sign-in sheet, issue scores worded by the ranking method, the grand-total rows padded
like the others, and free-text partners kept whole as names."""
from __future__ import annotations

import pytest

from tests.pdf.conftest import norm, pnorm
from tests.pdf.test_minutes_pdf import _check_line_edges, _check_margins
from workshop import issues, ranking
from workshop.meetings import create_meeting
from workshop.minutes import layout
from workshop.minutes.content import build_minutes, build_signin, name_list
from workshop.minutes.labels import Labels
from workshop.minutes.layout import (
    CELL, render_minutes, render_signin, write_atomic,
)
from workshop.minutes.thaifont import register_fonts, text_width
from workshop.minutes.thaitext import Keep, Phrase, ThaiParagraph, line_texts
from workshop.model import Action, Attendance, Meeting, Person, RankingMethod, Sector


# ------------------------------------------------------------------ 1. sign-in sheet sector
def _add_villager(store, m) -> Person:
    p = store.add(Person(prefix="นาย", first_name="บุญส่ง", last_name="ไร่นาดี",
                         village_no="5"))
    store.add(Attendance(meeting_id=m.id, person_id=p.id))
    return p


def test_signin_rows_carry_the_sector_and_community_without_organisation(rich):
    store, m = rich
    _add_villager(store, m)
    rows = {r.name: r for r in build_signin(store, m.id).rows}
    assert rows["นายประเสริฐ วงศ์ใหญ่"].sector == Sector.LOCAL_GOVERNMENT
    assert rows["นายสมหวัง มั่งมี"].sector == Sector.PRIVATE
    villager = rows["นายบุญส่ง ไร่นาดี"]
    assert villager.organisation == "" and villager.sector == Sector.COMMUNITY


@pytest.mark.parametrize("lang, col, lg, community", [
    ("th", "หน่วยงาน/องค์กร (ภาค)", "องค์กรปกครองส่วนท้องถิ่น", "ภาคประชาชน (ชุมชน)"),
    ("en", "Organisation (sector)", "Local government", "Community")])
def test_signin_sheet_prints_the_sector_below_the_organisation(rich, tmp_path, lang, col, lg,
                                                                community):
    import pdfplumber

    store, m = rich
    _add_villager(store, m)
    path = write_atomic(render_signin(build_signin(store, m.id), lang, blank_rows=2),
                        tmp_path / f"s-{lang}.pdf")
    assert _check_margins(path) == []
    with pdfplumber.open(str(path)) as pdf:
        text = pnorm("".join(page.extract_text() for page in pdf.pages))
        lines = [ln for page in pdf.pages for ln in page.extract_text_lines()]
    assert pnorm(col) in text and pnorm(lg) in text
    # the organisation on its line, its sector on a line of its own below, smaller and grey
    k, sector = next((k, ln) for k, ln in enumerate(lines) if pnorm(ln["text"]) == pnorm(lg))
    org = lines[k - 2]          # its first line; the row's number and name are between
    assert pnorm(org["text"]) == pnorm("องค์การบริหารส่วนตำบล")
    assert sector["top"] > org["top"]
    assert abs(sector["x0"] - org["x0"]) < 1.5
    size = {round(c["size"], 1) for c in sector["chars"] if not c["text"].isspace()}
    assert size == {11.0}
    assert all(c["non_stroking_color"] not in ((0,), (0, 0, 0), [0], [0, 0, 0], None)
               for c in sector["chars"])
    # the villager without an organisation: the community sector, in the cell's own size
    row = next(ln for ln in lines if pnorm("นายบุญส่งไร่นาดี") in pnorm(ln["text"]))
    assert pnorm(community) in pnorm(row["text"])


def test_signin_columns_fit_the_frame():
    for lang, widths in layout.SIGNIN_WIDTHS.items():
        assert abs(sum(widths) - layout.FRAME_W) < 0.01, lang
        assert widths[-1] >= 3.0 * 28.35 - 0.1, lang        # room to sign


# ------------------------------------------------------------ 2. scores by ranking method
def _scored_meeting(store):
    m = create_meeting(store, Meeting(title="ก"))
    crit = ranking.ensure_default_criteria(store, m.id)[0]
    for title, dots, score in (("น้ำประปาไม่ไหล", 7, 2.0), ("ถนนเป็นหลุมบ่อ", 3, 5.0)):
        issue = issues.capture_issue(store, m.id, title)
        ranking.set_hand_count(store, m.id, issue.id, dots)
        ranking.set_score(store, issue.id, crit.id, score)
    issues.capture_issue(store, m.id, "ขยะล้นถัง")          # no dots, not scored
    return m


def test_issue_lines_carry_the_criteria_score(store):
    m = _scored_meeting(store)
    ranking.set_method(store, m.id, RankingMethod.CRITERIA)
    sec = next(s for s in build_minutes(store, m.id).agenda if s.issues)
    assert [(i.title, i.dots, i.criteria_score) for i in sec.issues] == [
        ("ถนนเป็นหลุมบ่อ", 3, 5.0), ("น้ำประปาไม่ไหล", 7, 2.0), ("ขยะล้นถัง", 0, None)]


@pytest.mark.parametrize("lang, method, expected", [
    ("th", "dots", "7 จุด"), ("en", "dots", "7 dots"),
    ("th", "criteria", "คะแนนตามเกณฑ์ 2.0/5"), ("en", "criteria", "criteria score 2.0/5"),
    ("th", "both", "7 จุด, คะแนนตามเกณฑ์ 2.0/5"), ("en", "both", "7 dots, criteria score 2.0/5"),
])
def test_issue_score_is_worded_by_the_method(lang, method, expected):
    assert Labels(lang).issue_score(method, 7, 2.0) == expected


def test_issue_score_edge_cases():
    assert Labels("en").issue_score("dots", 1, None) == "1 dot"
    assert Labels("th").issue_score("criteria", 3, None) == "ยังไม่ได้ให้คะแนนตามเกณฑ์"
    assert Labels("th", thai_digits=True).issue_score("criteria", 3, 4.26) == \
        "คะแนนตามเกณฑ์ ๔.๓/๕"
    assert "คะแนน" not in Labels("th").issue_score("dots", 5, 4.0)


@pytest.mark.parametrize("method, present, absent", [
    (RankingMethod.DOTS, ["(ประเด็นที่1,7จุด)"], ["คะแนนตามเกณฑ์", "คะแนน)"]),
    (RankingMethod.CRITERIA, ["(ประเด็นที่2,คะแนนตามเกณฑ์5.0/5)",
                              "(ประเด็นที่3,ยังไม่ได้ให้คะแนนตามเกณฑ์)"], ["จุด"]),
    (RankingMethod.BOTH, ["(ประเด็นที่1,7จุด,คะแนนตามเกณฑ์2.0/5)"], []),
])
def test_minutes_print_the_scores_of_the_method(store, tmp_path, pdftotext, method, present,
                                                absent):
    m = _scored_meeting(store)
    ranking.set_method(store, m.id, method)
    path = write_atomic(render_minutes(build_minutes(store, m.id)), tmp_path / "m.pdf")
    text = norm(pdftotext(path))
    start = text.index(norm("จัดลำดับโดย"))
    issues_text = text[start:start + 400]
    for s in present:
        assert norm(s) in issues_text
    for s in absent:
        assert norm(s) not in issues_text


# ------------------------------------------------------------------- 3. grand-total rows
@pytest.fixture(scope="module")
def demo_mins(tmp_path_factory):
    from workshop.demo import build_demo
    from workshop.meetings import resolve_meeting
    from workshop.store import Store

    path = tmp_path_factory.mktemp("demo") / "demo.prachakhom"
    with Store.create(path, backups=False) as store:
        build_demo(store)
        return build_minutes(store, resolve_meeting(store, "latest").id)


PAD = 1 + 2          # the grid tables' top and bottom padding


@pytest.mark.parametrize("lang", ["th", "en"])
def test_total_rows_are_padded_like_the_other_rows(demo_mins, lang):
    """Every row of the pledge table and of the totals tables is as high as its tallest
    cell's text plus the same padding: the grand-total row included."""
    from reportlab.platypus import Table

    register_fonts()
    sec = next(s for s in demo_mins.agenda if s.pledges)
    tables = [f for f in layout._pledges_flow(sec, Labels(lang)) if isinstance(f, Table)]
    assert len(tables) == 3
    for t in tables:
        t.wrap(layout.FRAME_W, 100000)
        grid_rows = t._cellvalues if t is tables[0] else t._cellvalues[:-1]   # not the note
        for r, (cells, height) in enumerate(zip(grid_rows, t._rowHeights)):
            text_h = max(sum(f.wrap(w - 6, 100000)[1] for f in c)
                         for c, w in zip(cells, t._colWidths))
            assert height == pytest.approx(text_h + PAD), (lang, r)
    # the pledge table's total row is one cell line high, like a one-line pledge
    assert tables[0]._rowHeights[-1] == pytest.approx(CELL.leading + PAD)


def test_grand_total_text_clears_its_rules_like_the_rows_above(demo_mins, tmp_path):
    """On the page: the lowest text of the grand-total row stands as far above its bottom
    rule as in the other rows, and the note below the table keeps clear of that rule."""
    import pdfplumber

    path = write_atomic(render_minutes(demo_mins), tmp_path / "m.pdf")
    from statistics import median

    found = 0
    with pdfplumber.open(str(path)) as pdf:
        for page in pdf.pages:
            words = page.extract_words()
            rules = sorted({round(ln["top"], 1) for ln in page.lines
                            if abs(ln["top"] - ln["bottom"]) < 0.1})
            if not rules:
                continue

            def gap_below(top):
                """Distance from the lowest word of the row starting at ``top``."""
                below = [r for r in rules if r > top + 1]
                if not below:
                    return None
                rule = below[0]
                above = [r for r in rules if r < rule - 1]
                start = above[-1] if above else 0
                tops = [w["top"] for w in words if start < w["top"] < rule]
                return rule - max(tops) if tops else None

            gaps = [g for g in (gap_below(r) for r in rules[:-1]) if g is not None]
            for w in words:
                if norm(w["text"]) != norm("รวมทั้งสิ้น"):
                    continue
                found += 1
                g = gap_below(w["top"] - 0.5)
                assert g == pytest.approx(median(gaps), abs=0.3)
            note = [w for w in words if norm("มูลค่าของแรงงาน") in norm(w["text"])]
            for w in note:
                rule = max(r for r in rules if r < w["top"])
                assert w["top"] - rule >= 2.5
    assert found == 3          # the pledge table and both totals tables


# ---------------------------------------------------------------- 4. free-text partners
def test_name_list_splits_on_commas_into_names():
    parts = name_list(" วัดศรีหนองบัว, กลุ่มแม่บ้าน ,โรงเรียนบ้านหนองบัว;อสม. ,, ")
    assert parts == ["วัดศรีหนองบัว", "กลุ่มแม่บ้าน", "โรงเรียนบ้านหนองบัว", "อสม."]
    assert all(isinstance(p, Keep) for p in parts)
    assert name_list("") == [] and name_list("   ") == []


def test_free_text_partners_are_names_in_the_action_line(rich):
    store, m = rich
    a = store.find(Action, meeting_id=m.id)[0]
    store.update(Action, a.id, partners="วัดศรีหนองบัว, กลุ่มแม่บ้าน, "
                                        "องค์การบริหารส่วนตำบลโนนสูง")
    sec = next(s for s in build_minutes(store, m.id).agenda if s.actions)
    line = next(x for x in sec.actions if x.title == a.title)
    assert isinstance(line.partners, Phrase)
    keeps = [p for p in line.partners.parts if isinstance(p, Keep)]
    assert keeps == ["วัดศรีหนองบัว", "กลุ่มแม่บ้าน", "องค์การบริหารส่วนตำบลโนนสูง"]
    # a free-text name that is also a structured partner is listed once
    assert line.partners.count("องค์การบริหารส่วนตำบลโนนสูง") == 1


def test_partner_names_stay_whole_in_the_lead_column():
    register_fonts()
    partners = Phrase.join(", ", name_list("กลุ่มแม่บ้าน, วัดศรีหนองบัว, "
                                           "กลุ่มแม่บ้านเกษตรกรหนองบัว"))
    lead = Phrase(Keep("นางละเอียด ศรีทอง"), " / ", partners)
    width = 3.9 * 28.3465 - 6          # the lead / partners column less its padding
    lines = line_texts(ThaiParagraph([(lead, CELL.font)], CELL), width)
    joined = [norm(x) for x in lines]
    for name in ("วัดศรีหนองบัว", "กลุ่มแม่บ้าน"):
        assert any(norm(name) in x for x in joined), (name, lines)
    # a name wider than the column still breaks, but inside the margins
    assert all(text_width(x, CELL.font, CELL.size) <= width + 0.01 for x in lines)
    assert _check_line_edges("\n".join(lines)) == []


def test_demo_action_plan_keeps_partner_names_whole(demo_mins, tmp_path):
    """The demo's free-text partners ("กลุ่มแม่บ้าน, วัดศรีหนองบัว") print each name whole."""
    import pdfplumber

    path = write_atomic(render_minutes(demo_mins), tmp_path / "m.pdf")
    with pdfplumber.open(str(path)) as pdf:
        words = [pnorm(w["text"]) for page in pdf.pages for w in page.extract_words()]
    assert pnorm("วัดศรีหนองบัว,") in words
    assert pnorm("วัดศรี") not in words
