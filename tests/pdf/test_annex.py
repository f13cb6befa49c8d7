"""The governance assessment as an annex to the minutes: optional, in the minutes' language,
each finding with its level, its evidence and what to do about a gap."""
from __future__ import annotations

import pytest

from tests.pdf.conftest import build_rich_meeting
from workshop import cli, governance
from workshop.minutes import annex
from workshop.minutes.content import build_minutes
from workshop.minutes.labels import Labels
from workshop.minutes.layout import render_minutes, write_atomic
from workshop.store import Store


def _flat(text: str) -> str:
    return "".join(text.split())


@pytest.fixture
def rich_file(tmp_path):
    path = tmp_path / "rich.prachakhom"
    with Store.create(path, backups=False) as store:
        m = build_rich_meeting(store)
    return path, m.id


@pytest.mark.parametrize("lang", ["th", "en"])
def test_annex_lists_every_finding_with_evidence_and_what_to_do(rich_file, tmp_path,
                                                                 pdftotext, lang):
    path, mid = rich_file
    with Store.open(path, backups=False, read_only=True, lock=False) as store:
        a = governance.assess(store, mid)
        mins = build_minutes(store, mid)
    L = Labels(lang)
    # whitespace aside (a wrapped line), the text exactly
    text = "".join(pdftotext(write_atomic(render_minutes(mins, lang, annex=a),
                                          tmp_path / "m.pdf")).split())
    start = text.index(_flat(annex.text("annex", L)))
    assert start > text.index(_flat(L("reviewer")))          # after the minutes' closing
    body = text[start:]
    gaps = 0
    for f in a.conditions + a.principles:
        fname, asks = annex.name(f.key, L)
        assert _flat(f"{fname}: {annex.text(f.level, L)}") in body, f.key
        assert _flat(asks) in body
        for line in annex.evidence_lines(f, L):
            assert _flat(line) in body, line
        if f.level != governance.MET:
            gaps += 1
            assert _flat(annex.todo(f.key, L)) in body
    assert gaps >= 1 and len(a.conditions) == 6 and len(a.principles) == 4
    assert _flat(annex.text("annex", L)) not in _flat(pdftotext(
        write_atomic(render_minutes(mins, lang), tmp_path / "plain.pdf")))


def test_governance_flag_adds_the_annex_to_pdf_and_docx(rich_file, tmp_path, pdftotext):
    import docx

    path, _mid = rich_file
    out = tmp_path / "m.pdf"
    assert cli.main(["minutes", str(path), "--meeting", "latest", "--governance",
                     "-o", str(out)]) == 0
    assert "ภาคผนวก การประเมินการอภิบาลแบบร่วมมือ" in pdftotext(out)
    assert cli.main(["minutes", str(path), "--meeting", "latest", "-o", str(out)]) == 0
    assert "ภาคผนวก" not in pdftotext(out)
    word = tmp_path / "m.docx"
    assert cli.main(["minutes", str(path), "--meeting", "latest", "--governance",
                     "-o", str(word)]) == 0
    texts = [p.text for p in docx.Document(str(word)).paragraphs]
    assert "ภาคผนวก การประเมินการอภิบาลแบบร่วมมือ" in texts
