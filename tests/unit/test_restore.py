"""A way back: list the backups, restore one (the state before is itself backed up), and
rotation never deletes a backup someone opened and edited."""
from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from workshop import errors, interchange
from workshop.model import Meeting, Person
from workshop.store import BACKUPS_KEPT, Store
from workshop.store.backups import describe, edited_since_made

ROOT = Path(__file__).resolve().parents[2]


def _cli(*args) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *map(str, args)],
                          capture_output=True, text=True, timeout=120,
                          env={**os.environ, "PYTHONPATH": str(ROOT),
                               "PYTHONIOENCODING": "utf-8"})


def _content(path: Path) -> dict:
    with Store.open(path, read_only=True, backups=False, lock=False) as s:
        data = interchange.export_data(s)
    return data


def test_restore_round_trip(tmp_path):
    path = tmp_path / "w.prachakhom"
    with Store.create(path, backups=False) as s:
        s.add(Meeting(title="เวทีครั้งที่ 1"))
        s.add(Person(first_name="สมชาย"))
    with Store.open(path) as s:                       # opening makes a backup
        older = s.list_backups()[0]
        s.add(Person(first_name="มาลี"))
        s.update(Meeting, s.find(Meeting)[0].id, title="แก้ชื่อแล้ว")
    edited = _content(path)
    assert edited != _content(older)

    listing = _cli("backups", path)
    assert listing.returncode == 0, listing.stderr
    assert "1 meetings, 1 people" in listing.stdout and older.name in listing.stdout

    result = _cli("restore", path, older)
    assert result.returncode == 0, result.stdout + result.stderr
    assert _content(path) == _content(older)          # the file equals that backup's content
    before = Path(result.stdout.strip().splitlines()[-1].split(" is in ")[1])
    assert before.exists() and "before-restore" in before.name
    assert _content(before) == edited                 # ... and the state before is kept
    with Store.open(path, backups=False) as s:
        assert [p.first_name for p in s.find(Person)] == ["สมชาย"]
        assert s.integrity_check() == []
    # restoring "1" (the newest: the state before the restore) brings the edit back
    again = _cli("restore", path, "1")
    assert again.returncode == 0, again.stderr
    assert _content(path) == edited


def test_restore_refuses_another_files_backup_and_changes_nothing(tmp_path):
    a, b = tmp_path / "a.prachakhom", tmp_path / "b.prachakhom"
    for p in (a, b):
        with Store.create(p, backups=False) as s:
            s.add(Person(first_name=p.stem))
    before = _content(a)
    with Store.open(a, backups=False) as s:
        with pytest.raises(errors.InvalidInput) as info:
            s.restore_from(b)
        assert "not a backup of a.prachakhom" in str(info.value)
    assert _content(a) == before
    result = _cli("restore", a, "7")
    assert result.returncode == 3 and "no backup number 7" in result.stderr


def test_a_damaged_file_is_restored_and_kept_aside(tmp_path):
    path = tmp_path / "w.prachakhom"
    with Store.create(path, backups=False) as s:
        s.add(Person(first_name="สมชาย"))
    with Store.open(path) as s:
        good = s.list_backups()[0]
    data = bytearray(path.read_bytes())
    data[4096:8192] = bytes(4096)                     # wipe a page
    path.write_bytes(bytes(data))
    assert _cli("check", path).returncode != 0
    listing = _cli("backups", path)                   # found by name, the file unreadable
    assert listing.returncode == 0 and good.name in listing.stdout, listing.stderr
    result = _cli("restore", path, "1")
    assert result.returncode == 0, result.stderr
    assert "damaged file is kept as" in result.stdout
    assert _cli("check", path).returncode == 0
    assert list(tmp_path.glob("w.prachakhom.damaged-*"))


def test_rotation_never_deletes_a_backup_that_was_opened_and_edited(tmp_path):
    path = tmp_path / "w.prachakhom"
    with Store.create(path, backups=False) as s:
        s.add(Person(first_name="สมชาย"))
    with Store.open(path) as s:
        first = s.list_backups()[0]
    # someone opens that backup and edits it (later than it was made)
    with Store.open(first, backups=False) as b:
        b.add(Person(first_name="แก้ในแฟ้มสำรอง"))
    stamp = time.time() + 3600
    os.utime(first, (stamp, stamp))
    assert edited_since_made(first)
    with Store.open(path) as s:
        for i in range(BACKUPS_KEPT + 3):
            s.add(Person(first_name=f"คน{i}"))
            s.make_backup()
        kept = s.list_backups()
    assert first in kept
    assert len(kept) == BACKUPS_KEPT + 1
    assert describe(first).edited and "never rotated away" in _cli("backups", path).stdout


def test_rotation_keeps_a_backup_that_is_open(tmp_path):
    path = tmp_path / "w.prachakhom"
    with Store.create(path, backups=False) as s:
        s.add(Person(first_name="สมชาย"))
    with Store.open(path) as s:
        first = s.list_backups()[0]
    with Store.open(first, backups=False):            # open in another window
        with Store.open(path) as s:
            for _ in range(BACKUPS_KEPT + 2):
                s.make_backup()
            assert first in s.list_backups()
