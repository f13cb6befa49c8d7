"""Schema 5: the sign-in sheet's position and phone columns, a setting of the meeting;
migration from schema 4 and from an empty file, as the earlier migrations are tested."""
from __future__ import annotations

import sqlite3

from workshop import interchange
from workshop.meetings import create_meeting, update_details
from workshop.model import Meeting
from workshop.schema import _V1, _V2, _V3, _V4, APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION
from workshop.store import Store, _split_sql


def _v4_file(path) -> None:
    conn = sqlite3.connect(path)
    for stmt in _split_sql(_V1) + _split_sql(_V2) + _split_sql(_V3) + _split_sql(_V4):
        conn.execute(stmt)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute("PRAGMA user_version = 4")
    conn.executemany("INSERT INTO meta(key, value) VALUES (?, ?)",
                     [("file_id", "f0e1d2c3-0000-4000-8000-000000000004"),
                      ("created", "2026-01-01T00:00:00.000+00:00"), ("app", "Prachakhom")])
    t = "2026-01-02T03:04:05.000+00:00"
    conn.execute("INSERT INTO meetings(id, created, updated, title, number, be_year, status) "
                 "VALUES ('m1', ?, ?, 'เวทีประชาคม', 3, 2569, 'closed')", (t, t))
    conn.commit()
    conn.close()


def test_schema_5_is_appended_and_adds_the_two_settings():
    assert SCHEMA_VERSION == len(MIGRATIONS) == 5
    assert MIGRATIONS[:4] == [_V1, _V2, _V3, _V4]
    assert "signin_position" in MIGRATIONS[4] and "signin_phone" in MIGRATIONS[4]


def test_a_schema_4_file_is_backed_up_then_gains_the_settings_off(tmp_path):
    path = tmp_path / "v4.prachakhom"
    _v4_file(path)
    backups = tmp_path / "b"
    with Store.open(path, backup_dir=backups) as s:
        assert s.schema_version == 5
        m = s.get(Meeting, "m1")
        assert (m.title, m.number, m.signin_position, m.signin_phone) == (
            "เวทีประชาคม", 3, False, False)
        assert s.integrity_check() == []
    before = [p for p in backups.iterdir() if "before-upgrade-v4" in p.name]
    assert len(before) == 1
    conn = sqlite3.connect(before[0])
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 4
        assert "signin_phone" not in [r[1] for r in conn.execute("PRAGMA table_info(meetings)")]
    finally:
        conn.close()


def test_a_new_file_has_schema_5_and_the_settings_are_saved_with_undo(tmp_path):
    path = tmp_path / "new.prachakhom"
    with Store.create(path, backups=False) as s:
        assert s.schema_version == SCHEMA_VERSION == 5
        m = create_meeting(s, Meeting(title="เวที", date="2026-11-20"))
        assert (m.signin_position, m.signin_phone) == (False, False)
        _r, step = s.record(update_details, s, m.id, signin_phone=True)
        assert s.get(Meeting, m.id).signin_phone is True
        s.undo(step)
        assert s.get(Meeting, m.id).signin_phone is False
        update_details(s, m.id, signin_position=True)
    with Store.open(path, backups=False) as again:
        assert again.get(Meeting, m.id).signin_position is True


def test_export_of_schema_4_without_the_settings_imports(store, tmp_path):
    m = create_meeting(store, Meeting(title="ก"))
    update_details(store, m.id, signin_phone=True)
    data = interchange.export_data(store)
    assert data["tables"]["meetings"][0]["signin_phone"] in (1, True)
    old = interchange.export_data(store)
    old["schema_version"] = 4
    for row in old["tables"]["meetings"]:
        del row["signin_position"], row["signin_phone"]
    with Store.create(tmp_path / "copy.prachakhom") as other:
        interchange.import_data(other, old)
        got = other.get(Meeting, m.id)
        assert (got.title, got.signin_phone) == ("ก", False)
