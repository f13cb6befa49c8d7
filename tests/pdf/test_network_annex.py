"""The actor network as an annex to the minutes (issue 15): optional, drawn without Qt from
the Network page's layout, numbered actors explained by a short table, people named as the
minutes name them; in the PDF (text and a drawing) and the Word copy (a picture)."""
from __future__ import annotations

import pdfplumber
import pytest

from workshop import cli, privacy
from workshop import network as nw
from workshop.demo import build_demo
from workshop.followup import series
from workshop.meetings import create_meeting
from workshop.minutes import network_annex as na
from workshop.minutes.annex import Annexes
from workshop.minutes.content import build_minutes
from workshop.minutes.layout import render_minutes, write_atomic
from workshop.model import Action, ActionPartner, Meeting, Organisation, Person, Sector
from workshop.store import Store


def _flat(text: str) -> str:
    return "".join(text.split())


@pytest.fixture
def demo_file(tmp_path):
    path = tmp_path / "demo.prachakhom"
    with Store.create(path, backups=False) as store:
        build_demo(store)
        last = store.find(Meeting, order_by="date")[-1]
    return path, last.id


def _annex_page(pdf_path, title):
    with pdfplumber.open(str(pdf_path)) as pdf:
        for page in pdf.pages:
            if _flat(title) in _flat(page.extract_text() or ""):
                return len(page.lines) + len(page.curves), len(page.rects)
    return None


@pytest.mark.parametrize("lang", ["th", "en"])
def test_network_annex_in_the_pdf(demo_file, tmp_path, pdftotext, lang):
    path, mid = demo_file
    with Store.open(path, backups=False, read_only=True, lock=False) as store:
        a = na.build_network_annex(store, mid)
        mins = build_minutes(store, mid)
        net = nw.build(store, list(reversed(series(store, mid))))
    # the same graph and the same coordinates as the Network page
    assert set(a.actors) == set(net.nodes)
    assert a.pos == nw.layout(net)
    assert len(a.links) == net.graph.number_of_edges()
    listed = a.listed
    assert 1 <= len(listed) <= na.LISTED
    assert [x.number for x in listed] == list(range(1, len(listed) + 1))
    assert listed[0].links == max(x.links for x in a.actors.values())

    out = write_atomic(render_minutes(mins, lang, annex=Annexes(network=a)), tmp_path / "m.pdf")
    title = na._T["title"][0 if lang == "th" else 1]
    text = _flat(pdftotext(out))
    start = text.index(_flat(title))
    body = text[start:]
    for actor in listed:
        assert _flat(actor.name) in body, actor.name
    assert a.coordinators and _flat(a.coordinators[0]) in body
    # the picture is a drawing: a line per link, a shape per actor, on the annex's page
    drawn, _rects = _annex_page(out, title)
    assert drawn >= len(a.links) + len(a.actors)
    # optional: not there unless asked for
    plain = write_atomic(render_minutes(mins, lang), tmp_path / "plain.pdf")
    assert _flat(title) not in _flat(pdftotext(plain))
    assert _annex_page(plain, title) is None


def test_network_flag_pdf_and_docx(demo_file, tmp_path, pdftotext):
    import docx

    path, _mid = demo_file
    out = tmp_path / "m.pdf"
    assert cli.main(["minutes", str(path), "--meeting", "latest", "--network",
                     "-o", str(out)]) == 0
    assert "ภาคผนวก เครือข่ายผู้มีส่วนร่วม" in pdftotext(out)
    assert "ภาคผนวก การประเมิน" not in pdftotext(out)      # only the one asked for
    word = tmp_path / "m.docx"
    assert cli.main(["minutes", str(path), "--meeting", "latest", "--network",
                     "-o", str(word)]) == 0
    document = docx.Document(str(word))
    assert "ภาคผนวก เครือข่ายผู้มีส่วนร่วม" in [p.text for p in document.paragraphs]
    pictures = [s for s in document.inline_shapes]
    assert pictures, "the network picture is in the Word copy"
    plain = tmp_path / "plain.docx"
    assert cli.main(["minutes", str(path), "--meeting", "latest", "-o", str(plain)]) == 0
    assert len(docx.Document(str(plain)).inline_shapes) < len(pictures)


def test_people_named_as_the_minutes_name_them(store):
    org = store.add(Organisation(name="อบต.ทดสอบ", sector=Sector.LOCAL_GOVERNMENT))
    shy = store.add(Person(first_name="สมหญิง", last_name="ไม่ประสงค์", consent=False))
    m = create_meeting(store, Meeting(title="เวที", date="2026-05-01"))
    a = store.add(Action(meeting_id=m.id, title="ซ่อมถนน", lead_organisation_id=org.id))
    store.add(ActionPartner(action_id=a.id, person_id=shy.id))
    public = na.build_network_annex(store, m.id, "public")
    names = {x.name for x in public.actors.values()}
    assert "อบต.ทดสอบ" in names
    assert not any("สมหญิง" in n for n in names)
    assert privacy.UNNAMED in names
    assert len(public.links) == 1
