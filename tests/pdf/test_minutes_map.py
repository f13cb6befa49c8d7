"""The minutes print the ranked issues (workshop.ranking) and the community map with its
numbered pins (workshop.issues.map_png), with a legend."""
from __future__ import annotations

from tests.pdf.conftest import norm
from workshop import issues, paths, ranking
from workshop.minutes.content import build_minutes
from workshop.minutes.layout import render_minutes, write_atomic
from workshop.model import Issue


def test_minutes_show_ranked_issues_and_map(rich, tmp_path, pdftotext):
    import pdfplumber

    store, m = rich
    live = issues.issues(store, m.id)
    cm_ = issues.add_map(store, m.id, "แผนที่เดินดินบ้านหนองบัว",
                         (paths.RESOURCES / "demo" / "village-map.png").read_bytes())
    for k, i in enumerate(live[:3]):
        issues.pin_issue(store, i.id, cm_.id, 0.2 + 0.25 * k, 0.5)
    mins = build_minutes(store, m.id)
    sec = next(s for s in mins.agenda if s.maps)
    rows = ranking.rank_issues(store, m.id)
    assert [(i.rank, i.title) for i in sec.issues] == [(r.rank, r.title) for r in rows]
    fig = sec.maps[0]
    assert fig.name == "แผนที่เดินดินบ้านหนองบัว" and len(fig.legend) == 3
    numbers = issues.pin_numbers(store, m.id)
    assert sorted(n for n, _t in fig.legend) == sorted(numbers[i.id] for i in live[:3])
    path = write_atomic(render_minutes(mins, "th"), tmp_path / "map.pdf")
    text = norm(pdftotext(path))
    assert norm("แผนที่ชุมชนแสดงตำแหน่งของประเด็นปัญหา") in text
    assert norm("หมายเลขบนแผนที่") in text
    assert all(norm(t) in text for _n, t in fig.legend)
    with pdfplumber.open(str(path)) as pdf:
        images = [im for page in pdf.pages for im in page.images]
    assert len(images) == 1
    assert images[0]["width"] > 300                       # printed wide enough to read
    en = write_atomic(render_minutes(mins, "en"), tmp_path / "map-en.pdf")
    assert "Community map" in pdftotext(en)


def test_minutes_without_map_have_no_map_section(rich):
    store, m = rich
    mins = build_minutes(store, m.id)
    assert all(not s.maps for s in mins.agenda)
    assert store.count(Issue) > 0
