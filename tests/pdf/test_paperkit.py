"""The paper kit: tally sheets numbered as the board, counts typed back by number in one pass
(one undo step) give the ranking the paper shows; the invitation letter's parts in order."""
from __future__ import annotations

import pytest

from tests.pdf.conftest import norm
from workshop import errors, issues, ranking
from workshop.meetings import create_meeting
from workshop.model import Meeting, Person, RankingMethod
from workshop.paperkit import Letter, invitation_pdf, tally_pdf
from workshop.counts import enter_tallies, numbered_issues, parse_tallies

TITLES = ["น้ำประปาไม่ไหล", "ถนนชำรุด", "ไข้เลือดออก", "ขยะล้นถัง", "ผู้สูงอายุขาดผู้ดูแล"]


@pytest.fixture
def board(store):
    chair = store.add(Person(prefix="นาย", first_name="สมชาย", last_name="ใจดี",
                             position="ผู้ใหญ่บ้าน", consent=True))
    m = create_meeting(store, Meeting(title="เวทีประชาคมหมู่บ้าน", body_name="ประชาคมบ้านหนองบัว",
                                      number=3, be_year=2569, date="2026-11-20",
                                      start_time="09:30", venue="ศาลาวัด", chair_id=chair.id,
                                      purpose="จัดลำดับความสำคัญของปัญหา"))
    for t in TITLES:
        issues.capture_issue(store, m.id, t)
    ranking.set_method(store, m.id, RankingMethod.DOTS)
    return store, m


def test_tally_round_trip(board, tmp_path, pdftotext):
    store, m = board
    path = tmp_path / "tally.pdf"
    path.write_bytes(tally_pdf(store, m.id))
    text = norm(pdftotext(path))
    numbered = numbered_issues(store, m.id)
    assert [n for n, _i, _t in numbered] == [1, 2, 3, 4, 5]
    for n, _iid, title in numbered:              # each row: its board number, then its title
        assert f"{n}{norm(title)}" in text
    assert "แบบนับคะแนนการติดจุด" in text and "แบบนับคะแนนการยกมือ" in text
    # what the paper says, typed back by number in one pass
    typed = parse_tallies("1=4, 2=19\n3 7; ๔=12, 5=0")
    assert typed == {1: 4, 2: 19, 3: 7, 4: 12, 5: 0}
    changed, step = store.record(enter_tallies, store, m.id, typed)
    assert changed == 4
    ranked = ranking.rank_issues(store, m.id)
    by_title = {t: n for n, _i, t in numbered}
    assert [(by_title[r.title], r.dots) for r in ranked] == sorted(
        typed.items(), key=lambda kv: -kv[1])
    assert [r.rank for r in ranked] == [1, 2, 3, 4, 5]
    store.undo(step)                              # the one undo step
    assert all(r.dots == 0 for r in ranking.rank_issues(store, m.id))


def test_bad_tallies_change_nothing(board):
    store, m = board
    enter_tallies(store, m.id, {1: 3})
    with pytest.raises(errors.InvalidInput):
        enter_tallies(store, m.id, {1: 9, 8: 2})      # there is no issue 8
    with pytest.raises(errors.InvalidInput):
        parse_tallies("1=3, two=4")
    with pytest.raises(errors.InvalidInput):
        parse_tallies("1=3, 1=4")
    assert ranking.hand_counts(store, m.id) == {numbered_issues(store, m.id)[0][1]: 3}


def test_invitation_letter_in_the_official_order(board, tmp_path, pdftotext):
    store, m = board
    path = tmp_path / "inv.pdf"
    path.write_bytes(invitation_pdf(store, m.id, Letter(number="ที่ ขก 76001/ว 125",
                                                         date="2026-11-10")))
    text = norm(pdftotext(path))
    parts = ["หนังสือเชิญประชุม", "ที่ขก76001/ว125", "10พฤศจิกายน2569", "เรื่อง",
             "ขอเชิญประชุมเวทีประชาคมหมู่บ้าน", "เรียน", "สิ่งที่ส่งมาด้วย", "ระเบียบวาระการประชุม",
             "ครั้งที่3/2569", "วันศุกร์ที่20พฤศจิกายน2569", "เวลา09.30น.", "ณศาลาวัด",
             "ขอแสดงความนับถือ", "(นายสมชายใจดี)", "ผู้ใหญ่บ้าน", "ระเบียบวาระที่1",
             "ระเบียบวาระที่5"]
    pos = [text.find(norm(p)) for p in parts]
    assert -1 not in pos, [p for p, i in zip(parts, pos) if i < 0]
    assert pos == sorted(pos)


def test_tally_round_trip_through_the_commands(board, tmp_path, pdftotext):
    """As on the day: print the sheets with ``tally-sheet``, read each issue's number off the
    paper, type every count back in one ``enter-tallies`` run; the ranking is the paper's."""
    import re
    import subprocess
    import sys
    from pathlib import Path

    store, m = board
    root = Path(__file__).resolve().parents[2]
    env = {"PYTHONPATH": str(root), "QT_QPA_PLATFORM": "offscreen"}
    path = store.path
    store.close()
    main = [sys.executable, str(root / "main.py")]
    sheet = tmp_path / "sheets.pdf"
    done = subprocess.run(main + ["tally-sheet", str(path), "--kind", "dots", "-o", str(sheet)],
                          capture_output=True, text=True, env=env)
    assert done.returncode == 0, done.stderr
    printed = {}                                   # title on the paper -> its number
    for line in pdftotext(sheet, layout=True).splitlines():
        row = re.match(r"^\s*(\d+)\s{2,}(\S.*?)\s*$", line)
        if row:
            printed[row.group(2)] = int(row.group(1))
    assert sorted(printed) == sorted(TITLES)
    paper = dict(zip(TITLES, (6, 23, 11, 2, 15)))   # the totals written on the sheet
    typed = ", ".join(f"{printed[t]}={n}" for t, n in paper.items())
    done = subprocess.run(main + ["enter-tallies", str(path), typed], capture_output=True,
                          text=True, env=env)
    assert done.returncode == 0, done.stderr
    assert "entered 5 tallies (5 changed)" in done.stdout
    from workshop.store import Store

    with Store.open(path, read_only=True, backups=False, lock=False) as s:
        ranked = ranking.rank_issues(s, m.id)
    assert [(r.title, r.dots) for r in ranked] == sorted(paper.items(), key=lambda kv: -kv[1])
    assert [r.rank for r in ranked] == [1, 2, 3, 4, 5]
