"""The Store: opening, refusing bad files without touching them, transactions, delete/restore."""
from __future__ import annotations

import hashlib
import os
import sqlite3
from pathlib import Path

import pytest

from workshop import errors, interchange
from workshop.model import (RECORD_BY_TABLE, Attendance, Criterion, CriterionScore, Issue,
                            Meeting, Organisation, Person, Sector)
from workshop.schema import APPLICATION_ID, SCHEMA_VERSION
from workshop.store import BACKUPS_KEPT, Store


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _listing(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*"))


def _big_file(path: Path, n: int = 1500) -> None:
    """A real workshop file of a few hundred KB (many pages, so damage hits real b-tree pages)."""
    with Store.create(path, backups=False) as s:
        with s.transaction():
            org = s.add(Organisation(name="อบต.หนองบัว", sector=Sector.LOCAL_GOVERNMENT))
            for i in range(n):
                s.add(Person(first_name=f"สมชาย{i}", last_name="ใจดี" * 5,
                             organisation_id=org.id, notes="บันทึก " * 20))


@pytest.fixture
def data_dir() -> Path:
    return Path(os.environ["PRACHAKHOM_DATA_DIR"])


# ---------------------------------------------------------------------------- opening
def test_create_open_reopen(tmp_path):
    path = tmp_path / "w.prachakhom"
    with Store.create(path) as s:
        p = s.add(Person(first_name="สมศรี", last_name="มีสุข"))
        file_id = s.meta("file_id")
        assert s.schema_version == SCHEMA_VERSION
    with Store.open(path) as s:
        assert s.get(Person, p.id).first_name == "สมศรี"
        assert s.meta("file_id") == file_id
        assert s.conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        assert s.conn.execute("PRAGMA journal_mode").fetchone()[0].lower() == "delete"
    assert not (tmp_path / "w.prachakhom-journal").exists()
    assert not (tmp_path / "w.prachakhom-wal").exists()


def test_create_refuses_existing_file(tmp_path):
    path = tmp_path / "w.prachakhom"
    Store.create(path, backups=False).close()
    before = _digest(path)
    with pytest.raises(errors.InvalidInput):
        Store.create(path)
    assert _digest(path) == before


def test_migrates_an_empty_file(tmp_path):
    path = tmp_path / "empty.prachakhom"
    path.touch()
    with Store.create(path, backups=False) as s:
        assert s.schema_version == SCHEMA_VERSION
        assert s.meta("file_id")
        assert s.integrity_check() == []


def test_open_empty_file_is_not_a_workshop_file(tmp_path):
    path = tmp_path / "empty.prachakhom"
    path.touch()
    with pytest.raises(errors.NotAWorkshopFile):
        Store.open(path)
    assert path.read_bytes() == b""


def test_missing_file(tmp_path):
    with pytest.raises(errors.NotFound):
        Store.open(tmp_path / "nope.prachakhom")
    assert list(tmp_path.iterdir()) == []


def _text_file(path: Path) -> None:
    path.write_text("รายชื่อผู้เข้าร่วมประชุม\nนายสมชาย ใจดี\n" * 50, encoding="utf-8")


def _png_file(path: Path) -> None:
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 20)


def _other_sqlite(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE notes (x TEXT)")
    conn.execute("INSERT INTO notes VALUES ('hello')")
    conn.commit()
    conn.close()


def _other_sqlite_wal(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("CREATE TABLE notes (x TEXT)")
    conn.execute("INSERT INTO notes VALUES ('hello')")
    conn.commit()
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()


def _empty_sqlite(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 0")
    conn.execute("VACUUM")
    conn.close()
    if path.stat().st_size == 0:  # some builds write nothing; force one page
        conn = sqlite3.connect(path)
        conn.execute("CREATE TABLE t(x)")
        conn.execute("DROP TABLE t")
        conn.commit()
        conn.close()


def _truncated(path: Path) -> None:
    _big_file(path)
    size = path.stat().st_size
    with open(path, "r+b") as fh:
        fh.truncate(size // 2)


def _scribbled(path: Path) -> None:
    _big_file(path)
    size = path.stat().st_size
    page = 4096
    start = (size // 2) // page * page
    with open(path, "r+b") as fh:
        fh.seek(start)
        fh.write(b"\x55\xaa" * (page * 3 // 2))  # three whole pages of garbage


def _cut_header(path: Path) -> None:
    _big_file(path, n=10)
    data = path.read_bytes()
    path.write_bytes(data[:60])


def _newer(path: Path) -> None:
    Store.create(path, backups=False).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    conn.close()


@pytest.mark.parametrize("make, error", [
    (_text_file, errors.NotAWorkshopFile),
    (_png_file, errors.NotAWorkshopFile),
    (_other_sqlite, errors.NotAWorkshopFile),
    (_other_sqlite_wal, errors.NotAWorkshopFile),
    (_empty_sqlite, errors.NotAWorkshopFile),
    (_truncated, errors.DamagedFile),
    (_scribbled, errors.DamagedFile),
    (_cut_header, errors.DamagedFile),
    (_newer, errors.NewerVersion),
], ids=["text", "png", "other-sqlite", "other-sqlite-wal", "empty-sqlite", "truncated",
        "scribbled", "cut-header", "newer-version"])
@pytest.mark.parametrize("read_only", [False, True], ids=["rw", "ro"])
def test_refused_files_are_left_untouched(tmp_path, data_dir, make, error, read_only):
    folder = tmp_path / "files"
    folder.mkdir()
    path = folder / "bad.prachakhom"
    make(path)
    before, listing, data_before = _digest(path), _listing(folder), _listing(data_dir)
    with pytest.raises(error) as info:
        Store.open(path, read_only=read_only)
    message = str(info.value)
    assert path.name in message and "\n" not in message
    assert _digest(path) == before
    assert _listing(folder) == listing            # no journal, no lock file, no copy
    assert _listing(data_dir) == data_before      # no backup of a refused file
    # the lock was released: the refusal can be repeated (and the file is still refused)
    with pytest.raises(error):
        Store.open(path, read_only=read_only)


def test_read_only_file(tmp_path, monkeypatch):
    path = tmp_path / "w.prachakhom"
    with Store.create(path, backups=False) as s:
        s.add(Person(first_name="ก"))
    before = _digest(path)
    path.chmod(0o444)
    real_access = os.access

    # Tests run as root, for whom chmod does not stop writes: pretend the OS says read-only.
    def access(p, mode, *a, **kw):
        if mode & os.W_OK and Path(p) in (path, tmp_path):
            return False
        return real_access(p, mode, *a, **kw)

    monkeypatch.setattr(os, "access", access)
    with pytest.raises(errors.ReadOnlyFile) as info:
        Store.open(path)
    assert "read-only" in str(info.value)
    assert _digest(path) == before
    # it can still be opened for viewing, but not changed
    with Store.open(path, read_only=True) as s:
        assert s.count(Person) == 1
        with pytest.raises(errors.ReadOnlyFile):
            s.add(Person(first_name="ข"))
    assert _digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["w.prachakhom"]


def test_already_open(tmp_path):
    path = tmp_path / "w.prachakhom"
    with Store.create(path, backups=False) as s:
        s.add(Person(first_name="ก"))
        before = _digest(path)
        with pytest.raises(errors.FileLocked) as info:
            Store.open(path, backups=False)
        assert "already open" in str(info.value)
        assert _digest(path) == before
        s.add(Person(first_name="ข"))  # the first window keeps working
    with Store.open(path, backups=False) as s:  # closed: the lock is gone
        assert s.count(Person) == 2


# ------------------------------------------------------------------------ model = schema
@pytest.mark.parametrize("table", sorted(RECORD_BY_TABLE))
def test_dataclass_fields_match_table_columns(store, table):
    cols = [r[1] for r in store.rows(f"PRAGMA table_info({table})")]
    assert cols == RECORD_BY_TABLE[table].columns()


# ------------------------------------------------------------------------ transactions
def test_listeners_fire_once_per_outermost_transaction(store):
    calls = []
    store.subscribe(calls.append)
    with store.transaction():
        a = store.add(Person(first_name="ก"))
        with store.transaction():
            b = store.add(Person(first_name="ข"))
            org = store.add(Organisation(name="วัด"))
        assert calls == []  # nothing is told before the commit
    assert len(calls) == 1
    assert calls[0].tables == {"people": {a.id, b.id}, "organisations": {org.id}}
    store.update(Person, a.id, last_name="ค")
    assert len(calls) == 2 and calls[1].tables == {"people": {a.id}}
    assert calls[1].touches("people") and not calls[1].touches("meetings")
    store.unsubscribe(calls.append)
    store.add(Person(first_name="ง"))
    assert len(calls) == 2


def test_rollback_on_exception_leaves_nothing(store):
    calls = []
    store.subscribe(calls.append)
    kept = store.add(Person(first_name="เดิม"))
    with pytest.raises(RuntimeError):
        with store.transaction():
            store.add(Person(first_name="ใหม่"))
            store.update(Person, kept.id, first_name="แก้")
            with store.transaction():
                store.add(Organisation(name="x"))
            raise RuntimeError("boom")
    assert store.count(Person) == 1 and store.count(Organisation) == 0
    assert store.get(Person, kept.id).first_name == "เดิม"
    assert len(calls) == 1  # only the first add
    # the store is usable afterwards
    store.add(Person(first_name="ต่อ"))
    assert store.count(Person) == 2


def test_update_returns_previous_values(store):
    p = store.add(Person(first_name="ก", phone="1"))
    old_updated = p.updated
    before = store.update(Person, p.id, phone="2", consent=True)
    assert before == {"phone": "1", "consent": False}
    got = store.get(Person, p.id)
    assert got.phone == "2" and got.consent is True and got.updated >= old_updated
    with pytest.raises(ValueError):
        store.update(Person, p.id, created="other")
    with pytest.raises(errors.NotFound):
        store.update(Person, "missing", phone="3")


# ------------------------------------------------------------------------ delete/restore
def _graph(store):
    org = store.add(Organisation(name="อบต.ดอนแก้ว", sector=Sector.LOCAL_GOVERNMENT))
    chair = store.add(Person(first_name="ประธาน", organisation_id=org.id))
    other = store.add(Person(first_name="ลูกบ้าน"))
    m1 = store.add(Meeting(title="ครั้งที่ 1", chair_id=chair.id, initiator_id=org.id))
    m2 = store.add(Meeting(title="ครั้งที่ 2", previous_id=m1.id, chair_id=chair.id))
    store.add(Attendance(meeting_id=m1.id, person_id=chair.id))
    store.add(Attendance(meeting_id=m1.id, person_id=other.id))
    issue = store.add(Issue(meeting_id=m1.id, title="ถนนชำรุด", raised_by_id=other.id))
    crit = store.add(Criterion(meeting_id=m1.id, name="ความเร่งด่วน"))
    store.add(CriterionScore(issue_id=issue.id, criterion_id=crit.id, score=4))
    return org, chair, other, m1, m2


def check_undo_redo(store, action):
    """Run ``action`` as one recorded step; undo equals before, redo equals after."""
    before = store.content()
    _result, step = store.record(action)
    after = store.content()
    assert after != before
    store.undo(step)
    assert store.content() == before
    store.redo(step)
    assert store.content() == after
    store.undo(step)
    assert store.content() == before
    return step


def test_delete_cascades_and_undo_puts_everything_back(store):
    org, chair, other, m1, m2 = _graph(store)
    before = interchange.export_data(store)
    content = store.content()
    _r, step = store.record(store.delete, Meeting, m1.id)
    assert store.count(Meeting) == 1
    assert store.count(Attendance) == 0 and store.count(Issue) == 0
    assert store.count(CriterionScore) == 0 and store.count(Criterion) == 0
    assert store.get(Meeting, m2.id).previous_id is None  # SET NULL
    assert store.is_deleted(m1.id)
    assert store.rows("SELECT count(*) FROM tombstones")[0][0] == 6  # meeting, 2 attendance, issue, criterion, score
    store.undo(step)
    assert interchange.export_data(store) == before
    assert store.content() == content          # rowids, timestamps and tombstones too
    assert not store.is_deleted(m1.id)
    check_undo_redo(store, lambda: store.delete(Meeting, m1.id))


def test_delete_person_sets_null_and_undo(store):
    org, chair, other, m1, m2 = _graph(store)
    before = interchange.export_data(store)
    _r, step = store.record(store.delete, Person, chair.id)
    assert store.get(Meeting, m1.id).chair_id is None
    assert store.get(Meeting, m2.id).chair_id is None
    assert store.count(Attendance) == 1  # chair's attendance cascaded
    store.undo(step)
    assert interchange.export_data(store) == before


def test_delete_organisation_keeps_people(store):
    org, chair, *_ = _graph(store)
    _r, step = store.record(store.delete, Organisation, org.id)
    assert store.get(Person, chair.id).organisation_id is None
    store.undo(step)
    assert store.get(Person, chair.id).organisation_id == org.id


def test_a_cascade_made_by_sqlite_alone_is_undone_too(store):
    """The undo log is written by triggers, so a cascade SQLite makes by itself (no
    store code collects it) and an upsert are undone like any other change."""
    org, chair, other, m1, m2 = _graph(store)

    def raw():
        store.execute("DELETE FROM meetings WHERE id=?", (m1.id,))
        store.set_meta("note", "x")
        store.set_meta("note", "y")

    check_undo_redo(store, raw)


def test_every_kind_of_write_undoes_exactly(store):
    org, chair, other, m1, m2 = _graph(store)
    check_undo_redo(store, lambda: store.add(Person(first_name="ใหม่")))
    check_undo_redo(store, lambda: store.update(Person, chair.id, phone="081", consent=True))
    rec = store.get(Meeting, m2.id)
    rec.title = "แก้"
    check_undo_redo(store, lambda: store.save(rec))
    check_undo_redo(store, lambda: store.add_many([Person(first_name="ก"), Person(first_name="ข")]))


def test_undo_and_redo_tell_listeners_what_they_changed(store):
    p = store.add(Person(first_name="ก"))
    calls = []
    store.subscribe(calls.append)
    owner = object()
    _r, step = store.record(store.update, Person, p.id, phone="1", origin=owner)
    assert calls[-1].made_by(owner) and calls[-1].tables == {"people": {p.id}}
    store.undo(step)
    assert not calls[-1].made_by(owner) and calls[-1].tables == {"people": {p.id}}
    store.redo(step)
    assert len(calls) == 3 and store.get(Person, p.id).phone == "1"


def test_undo_triggers_live_in_temp_and_never_change_the_file(tmp_path):
    path = tmp_path / "w.prachakhom"
    with Store.create(path, backups=False) as s:
        s.add(Person(first_name="ก"))
        names = {r[0] for r in s.conn.execute("SELECT name FROM temp.sqlite_master")}
        assert "undo_people_delete" in names
    with sqlite3.connect(path) as c:
        assert not c.execute("SELECT name FROM sqlite_master WHERE type='trigger' "
                             "OR name LIKE 'undo%'").fetchall()


def test_tombstones(store):
    p = store.add(Person(first_name="ก"))
    assert not store.is_deleted(p.id)
    store.delete(Person, p.id)
    assert store.is_deleted(p.id)
    row = store.rows("SELECT table_name, deleted FROM tombstones WHERE id=?", (p.id,))[0]
    assert row[0] == "people" and row[1]
    assert not store.is_deleted("never-existed")
    with pytest.raises(errors.NotFound):
        store.delete(Person, p.id)
    store.add(Person(first_name="ก", id=p.id))  # re-adding the same id clears the tombstone
    assert not store.is_deleted(p.id)


def test_listeners_hear_about_cascades(store):
    org, chair, other, m1, m2 = _graph(store)
    calls = []
    store.subscribe(calls.append)
    store.delete(Person, other.id)
    assert len(calls) == 1
    assert calls[0].touches("people", "attendance")
    assert other.id in calls[0].tables["people"]


# ------------------------------------------------------------------------------ backups
def test_backups_rotate_and_are_workshop_files(tmp_path):
    backups = tmp_path / "bk"
    path = tmp_path / "w.prachakhom"
    with Store.create(path, backup_dir=backups) as s:
        s.add(Person(first_name="ก"))
        for i in range(BACKUPS_KEPT + 3):
            s.add(Person(first_name=f"p{i}"))
            assert s.make_backup() is not None
        kept = s.list_backups()
    assert len(kept) == BACKUPS_KEPT
    newest = kept[0]
    for b in kept:
        with Store.open(b, read_only=True, backups=False, lock=False) as copy:
            assert copy.integrity_check() == []
    with Store.open(newest, read_only=True, backups=False, lock=False) as copy:
        assert copy.count(Person) == BACKUPS_KEPT + 4
    assert not list(backups.glob("*.part"))


def test_open_makes_a_backup_in_the_data_dir(tmp_path, data_dir):
    path = tmp_path / "w.prachakhom"
    Store.create(path, backups=False).close()
    with Store.open(path) as s:
        assert len(s.list_backups()) == 1
        assert data_dir in s.list_backups()[0].parents


def test_backup_to_copy(store, tmp_path):
    store.add(Person(first_name="สำเนา"))
    dest = store.backup_to(tmp_path / "copy.prachakhom")
    with Store.open(dest, backups=False) as copy:
        assert [p.first_name for p in copy.find(Person)] == ["สำเนา"]


def test_backup_if_due_only_after_changes_and_interval(tmp_path, monkeypatch):
    clock = [1000.0]
    monkeypatch.setattr("workshop.store.time.monotonic", lambda: clock[0])
    s = Store.create(tmp_path / "b.prachakhom", backup_dir=tmp_path / "backups")
    try:
        assert len(s.list_backups()) == 1            # the one made on open
        clock[0] += 3600
        assert s.backup_if_due() is None             # nothing changed since
        s.add(Person(first_name="ก"))
        clock[0] = 1060.0
        assert s.backup_if_due() is None             # changed, but a minute after the last
        clock[0] += 600
        made = s.backup_if_due()
        assert made is not None and made.exists()
        assert len(s.list_backups()) == 2
        with Store.open(made, backups=False, lock=False) as copy:  # it holds the change
            assert [p.first_name for p in copy.find(Person)] == ["ก"]
        assert s.backup_if_due(0) is None            # and the change is now backed up
    finally:
        s.close()


# ---------------------------------------------------------------------------- SQLite errors
def test_sqlite_errors_are_sorted_by_code_not_by_words(tmp_path):
    import sqlite3

    from workshop.store import sqlerrors

    path = tmp_path / "w.prachakhom"
    for code, name, cls in [(13, "SQLITE_FULL", errors.DiskFull),
                            (8, "SQLITE_READONLY", errors.ReadOnlyFile),
                            (1032, "SQLITE_READONLY_DBMOVED", errors.ReadOnlyFile),
                            (5, "SQLITE_BUSY", errors.FileLocked),
                            (11, "SQLITE_CORRUPT", errors.DamagedFile),
                            (26, "SQLITE_NOTADB", errors.DamagedFile)]:
        exc = sqlite3.OperationalError("words that say nothing")
        exc.sqlite_errorcode, exc.sqlite_errorname = code, name
        assert type(sqlerrors.translate(exc, path)) is cls, name
    # the words alone no longer decide: a message about a full disk without its code is a bug
    assert isinstance(sqlerrors.translate(sqlite3.OperationalError("database or disk is full"),
                                          path), sqlerrors.StoreBug)


def test_a_constraint_only_a_bug_can_break_is_a_bug_not_bad_input(store):
    from workshop.store import ConstraintBug

    p = store.add(Person(first_name="ก"))
    with pytest.raises(ConstraintBug) as info:
        with store.transaction():
            store.execute("INSERT INTO attendance(id, created, updated, meeting_id, person_id) "
                          "VALUES ('a', 'x', 'x', 'no-such-meeting', ?)", (p.id,))
    assert not isinstance(info.value, errors.WorkshopError)
    assert info.value.code_name == "SQLITE_CONSTRAINT_FOREIGNKEY"
    assert store.count(Person) == 1


def test_a_step_that_no_longer_fits_is_refused_and_changes_nothing(store):
    """A row put in the place a step would restore (a write made outside the undo history)
    makes redo refuse with a message, not a crash; the file is unchanged."""
    _p, step = store.record(store.add, Person(first_name="ก"))
    store.undo(step)
    rowid = int(step.redo_sql[0].split("VALUES(")[1].split(",")[0])
    store.add(Person(first_name="ข"))                      # takes the same rowid
    assert store.rows("SELECT max(rowid) FROM people")[0][0] == rowid
    before = store.content()
    with pytest.raises(errors.InvalidInput, match="changed in between"):
        store.redo(step)
    assert store.content() == before


def test_find_in_reads_records_through_another_table(tmp_path):
    """``Store.find_in``: the records whose column is a column of matching records of
    another table (the sub-select the services used to write by hand), read back after a
    reopen; a column that does not exist is a bug, not an empty answer."""
    path = tmp_path / "w.prachakhom"
    with Store.create(path, backups=False) as s:
        m1 = s.add(Meeting(title="ครั้งที่หนึ่ง", date="2026-12-01"))
        m2 = s.add(Meeting(title="ครั้งที่สอง", date="2026-12-02"))
        a, b = (s.add(Person(first_name=n, last_name="ใจดี")) for n in ("สมชาย", "สมหญิง"))
        s.add(Person(first_name="ทองดี", last_name="มีสุข"))
        s.add(Attendance(meeting_id=m1.id, person_id=a.id))
        s.add(Attendance(meeting_id=m2.id, person_id=b.id))
    with Store.open(path, backups=False) as s:
        got = s.find_in(Person, "id", Attendance, "person_id", meeting_id=m1.id)
        assert [p.first_name for p in got] == ["สมชาย"]
        both = s.find_in(Person, "id", Attendance, "person_id", order_by="first_name")
        assert [p.first_name for p in both] == ["สมชาย", "สมหญิง"]
        assert s.find_in(Person, "id", Attendance, "person_id", meeting_id="none") == []
        with pytest.raises(ValueError):
            s.find_in(Person, "nope", Attendance, "person_id", meeting_id=m1.id)
        with pytest.raises(ValueError):
            s.find_in(Person, "id", Attendance, "person_id", nope=1)
