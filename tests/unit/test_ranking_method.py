"""The ranking method is saved per meeting (schema 2) and used by rank_issues and the minutes;
pins carry the issue number, the same with tied ranks."""
from __future__ import annotations

import sqlite3

import pytest

from workshop import errors, interchange, issues, ranking
from workshop.meetings import create_meeting
from workshop.minutes.content import build_minutes
from workshop.model import Meeting, RankingMethod
from workshop.schema import _V1, APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION
from workshop.store import Store, _split_sql


def _v1_file(path) -> None:
    """A workshop file as schema 1 made it, with a meeting and an issue."""
    conn = sqlite3.connect(path)
    for stmt in _split_sql(_V1):
        conn.execute(stmt)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute("PRAGMA user_version = 1")
    conn.executemany("INSERT INTO meta(key, value) VALUES (?, ?)",
                     [("file_id", "f0e1d2c3-0000-4000-8000-000000000001"),
                      ("created", "2026-01-01T00:00:00.000+00:00"), ("app", "Prachakhom")])
    t = "2026-01-02T03:04:05.000+00:00"
    conn.execute("INSERT INTO meetings(id, created, updated, title, dots_per_person) "
                 "VALUES ('m1', ?, ?, 'เวทีประชาคมหมู่บ้าน', 5)", (t, t))
    conn.execute("INSERT INTO issues(id, created, updated, meeting_id, title) "
                 "VALUES ('i1', ?, ?, 'm1', 'น้ำประปาไม่พอ')", (t, t))
    conn.commit()
    conn.close()


def test_schema_2_appends_the_ranking_method_migration():
    assert SCHEMA_VERSION == len(MIGRATIONS) >= 2
    assert MIGRATIONS[0] == _V1 and "ranking_method" in MIGRATIONS[1]


def test_version_1_file_is_backed_up_then_upgraded(tmp_path):
    path = tmp_path / "old.prachakhom"
    _v1_file(path)
    backups = tmp_path / "backups"
    with Store.open(path, backup_dir=backups) as s:
        assert s.schema_version == SCHEMA_VERSION
        m = s.get(Meeting, "m1")
        assert (m.title, m.dots_per_person) == ("เวทีประชาคมหมู่บ้าน", 5)
        assert m.ranking_method == RankingMethod.BOTH
        assert [i.title for i in issues.issues(s, "m1")] == ["น้ำประปาไม่พอ"]
        assert s.integrity_check() == []
    before = [p for p in backups.iterdir() if "before-upgrade-v1" in p.name]
    assert len(before) == 1
    conn = sqlite3.connect(before[0])
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
        cols = [r[1] for r in conn.execute("PRAGMA table_info(meetings)")]
        assert "ranking_method" not in cols
        assert conn.execute("SELECT title FROM issues").fetchall() == [("น้ำประปาไม่พอ",)]
    finally:
        conn.close()


def test_export_import_keeps_the_method_and_schema_1_json_imports(store, tmp_path):
    m = create_meeting(store, Meeting(title="ก"))
    ranking.set_method(store, m.id, RankingMethod.CRITERIA)
    data = interchange.export_data(store)
    assert data["schema_version"] == SCHEMA_VERSION
    assert data["tables"]["meetings"][0]["ranking_method"] == "criteria"
    with Store.create(tmp_path / "copy.prachakhom") as other:
        interchange.import_data(other, data)
        assert other.get(Meeting, m.id).ranking_method == RankingMethod.CRITERIA
    old = interchange.export_data(store)
    old["schema_version"] = 1
    for row in old["tables"]["meetings"]:
        del row["ranking_method"]
    with Store.create(tmp_path / "v1.prachakhom") as other:
        interchange.import_data(other, old)
        assert other.get(Meeting, m.id).ranking_method == RankingMethod.BOTH
    bad = interchange.export_data(store)
    bad["tables"]["meetings"][0]["ranking_method"] = "loudest"
    with Store.create(tmp_path / "bad.prachakhom") as other, \
            pytest.raises(errors.ImportFailed):
        interchange.import_data(other, bad)


def _tied_meeting(store):
    """Water: 4 dots, score 1; road: 2 dots, score 5; waste: 4 dots, score 1."""
    m = create_meeting(store, Meeting(title="ก"))
    crit = ranking.ensure_default_criteria(store, m.id)[0]
    water, road, waste = (issues.capture_issue(store, m.id, t)
                          for t in ("น้ำ", "ถนน", "ขยะ"))
    for issue, dots, score in ((water, 4, 1.0), (road, 2, 5.0), (waste, 4, 1.0)):
        ranking.set_hand_count(store, m.id, issue.id, dots)
        ranking.set_score(store, issue.id, crit.id, score)
    return m, water, road, waste


def test_rank_issues_uses_the_meetings_method(store):
    m, water, road, waste = _tied_meeting(store)
    assert [r.title for r in ranking.rank_issues(store, m.id)][0] == "ถนน"   # 50 + 50
    assert ranking.set_method(store, m.id, "dots") == RankingMethod.BOTH
    rows = ranking.rank_issues(store, m.id)
    assert [(ranking.rank_text(r), r.title) for r in rows] == [
        ("1=", "น้ำ"), ("1=", "ขยะ"), ("3", "ถนน")]
    assert ranking.set_method(store, m.id, RankingMethod.CRITERIA) == RankingMethod.DOTS
    assert [r.title for r in ranking.rank_issues(store, m.id)][0] == "ถนน"
    with pytest.raises(errors.InvalidInput):
        ranking.set_method(store, m.id, "loudest")


def test_minutes_rank_with_the_saved_method(store):
    m, water, road, waste = _tied_meeting(store)
    ranking.set_method(store, m.id, RankingMethod.DOTS)
    mins = build_minutes(store, m.id)
    sec = next(s for s in mins.agenda if s.issues)
    assert sec.ranking_method == "dots"
    assert [(i.rank, i.tied, i.title, i.number) for i in sec.issues] == [
        (1, True, "น้ำ", 1), (1, True, "ขยะ", 3), (3, False, "ถนน", 2)]
    ranking.set_method(store, m.id, RankingMethod.BOTH)
    sec = next(s for s in build_minutes(store, m.id).agenda if s.issues)
    assert sec.ranking_method == "both" and sec.issues[0].title == "ถนน"


def test_pins_carry_the_issue_number_whatever_the_ranking(store):
    m, water, road, waste = _tied_meeting(store)
    ranking.set_method(store, m.id, RankingMethod.DOTS)
    numbers = issues.pin_numbers(store, m.id)
    assert numbers == {water.id: 1, road.id: 2, waste.id: 3}
    # tied issues share a rank, never a pin number; the legend shows the rank
    assert issues.pin_ranks(store, m.id) == {water.id: "1=", road.id: "3", waste.id: "1="}
    ranking.set_method(store, m.id, RankingMethod.CRITERIA)
    assert issues.pin_numbers(store, m.id) == numbers          # votes never renumber pins
    assert issues.pin_ranks(store, m.id)[road.id] == "1"
    cm_ = issues.add_map(store, m.id, "แผนที่", _png())
    for k, i in enumerate((waste, water)):
        issues.pin_issue(store, i.id, cm_.id, 0.3 + 0.3 * k, 0.5)
    assert [(p.number, i.title) for i, p in issues.map_pins(store, cm_.id)] == [
        (1, "น้ำ"), (3, "ขยะ")]
    sec = next(s for s in build_minutes(store, m.id).agenda if s.maps)
    assert sec.maps[0].legend == [(1, "น้ำ"), (3, "ขยะ")]


def test_no_ranks_before_any_dot_or_score(store):
    m = create_meeting(store, Meeting(title="ก"))
    a = issues.capture_issue(store, m.id, "น้ำ")
    assert issues.pin_numbers(store, m.id) == {a.id: 1}
    assert issues.pin_ranks(store, m.id) == {}


def _png() -> bytes:
    import io

    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (200, 120), "white").save(out, "PNG")
    return out.getvalue()


def test_version_1_file_opens_read_only_unchanged(tmp_path):
    """Viewing an older file (and the read-only commands) upgrades a copy in memory only."""
    path = tmp_path / "old.prachakhom"
    _v1_file(path)
    before = path.read_bytes()
    with Store.open(path, read_only=True, backups=False, lock=False) as s:
        assert s.schema_version == SCHEMA_VERSION
        assert s.get(Meeting, "m1").ranking_method == RankingMethod.BOTH
        assert s.integrity_check() == []
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["old.prachakhom"]
