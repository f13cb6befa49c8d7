"""Hot journals, read-only disks and full disks, on real (small) file systems.

* A writer killed in the middle of a transaction that had already changed the file leaves a
  hot journal: the next open, a read-only command included, rolls it back, says so on one
  line, and the file is exactly as before the transaction.
* On a read-only disk the same file is refused with the true reason and what to do.
* A full disk during an edit and during an import: a clear message naming the file, nothing
  lost, no hot journal left once the file is next opened.

The disks are tmpfs mounts made by the test (skipped with the reason where mounting is not
allowed).
"""
from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

from workshop import errors, interchange
from workshop.model import Meeting, Person, now_iso
from workshop.store import Store

ROOT = Path(__file__).resolve().parents[2]
MAGIC = bytes.fromhex("d9d505f920a163d7")

pytestmark = pytest.mark.skipif(os.name != "posix", reason="needs SIGKILL and mount")

# A writer that changes the file itself before committing (a tiny page cache, so SQLite
# spills), then dies: what a crash mid-import did before the store kept its pages in memory.
KILLED_WRITER = r"""
import os, signal, sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("PRAGMA cache_size = 5")
conn.execute("BEGIN IMMEDIATE")
conn.execute("UPDATE people SET notes = ?", ("x" * 3000,))
for i in range(300):
    conn.execute("INSERT INTO tombstones(id, table_name, deleted) VALUES (?, 'people', '')",
                 (f"{i:08d}" + "y" * 500,))
os.kill(os.getpid(), signal.SIGKILL)
"""


def _cli(*args) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *map(str, args)],
                          capture_output=True, text=True, timeout=120,
                          env={**os.environ, "PYTHONPATH": str(ROOT),
                               "PYTHONIOENCODING": "utf-8"})


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _workshop(path: Path, people: int = 30) -> None:
    with Store.create(path, backups=False) as s:
        s.add(Meeting(title="เวทีประชาคม"))
        for i in range(people):
            s.add(Person(first_name=f"คนที่{i}", notes="บันทึก" * 20))


def _kill_mid_transaction(path: Path) -> None:
    subprocess.run([sys.executable, "-c", KILLED_WRITER, str(path)], timeout=60)
    journal = path.with_name(path.name + "-journal")
    assert journal.read_bytes()[:8] == MAGIC, "the writer left no hot journal"


@pytest.fixture
def tmpfs(tmp_path):
    """A fresh 4 MB tmpfs; yields (mount point, remount(options))."""
    point = tmp_path / "disk"
    point.mkdir()
    made = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", str(point)],
                          capture_output=True, text=True)
    if made.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {made.stderr.strip() or made.returncode}")

    def remount(options: str) -> None:
        subprocess.run(["mount", "-o", f"remount,{options}", str(point)], check=True)

    try:
        yield point, remount
    finally:
        subprocess.run(["umount", "-l", str(point)], capture_output=True)


def _fill(point: Path, leave: int) -> Path:
    """Fill the disk until ``leave`` bytes are free."""
    filler = point / "filler"
    st = os.statvfs(point)
    free = st.f_bavail * st.f_frsize
    with open(filler, "wb") as fh:
        fh.write(b"\0" * max(0, free - leave))
    return filler


# ------------------------------------------------------------------------- hot journal
@pytest.mark.parametrize("left", [b"", b"\0" * 512], ids=["empty", "zeroed header"])
def test_a_journal_a_kill_left_before_it_was_valid_is_removed_silently(tmp_path, left):
    """A writer killed right after SQLite created its journal leaves it empty (or with its
    header not yet written): the file was not touched, so a read-only command says nothing,
    finds every record, and removes that journal (it is no part of the file)."""
    path = tmp_path / "w.prachakhom"
    _workshop(path, people=3)
    journal = path.with_name(path.name + "-journal")
    journal.write_bytes(left)
    result = _cli("check", path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stderr == ""
    assert "result: sound" in result.stdout
    assert not journal.exists()
    with Store.open(path, read_only=True, backups=False, lock=False) as s:
        assert s.count(Person) == 3


def test_a_read_only_command_rolls_back_a_hot_journal_and_says_so(tmp_path):
    path = tmp_path / "w.prachakhom"
    _workshop(path)
    before = _cli("export", path, "-o", tmp_path / "before.json")
    assert before.returncode == 0, before.stderr
    _kill_mid_transaction(path)

    result = _cli("check", path)
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "was rolled back" in lines[0] and path.name in lines[0]
    assert not path.with_name(path.name + "-journal").exists()
    assert "result: sound" in result.stdout
    after = _cli("export", path, "-o", tmp_path / "after.json")
    assert after.returncode == 0 and after.stderr == ""
    assert (tmp_path / "before.json").read_bytes() == (tmp_path / "after.json").read_bytes()


def test_the_app_store_rolls_back_a_hot_journal_too(tmp_path):
    path = tmp_path / "w.prachakhom"
    _workshop(path)
    _kill_mid_transaction(path)
    with Store.open(path, backups=False) as s:
        assert s.recovered is not None and "rolled back" in s.recovered
        assert s.count(Person) == 30 and not s.rows("SELECT 1 FROM tombstones")


def test_a_hot_journal_on_a_read_only_disk_is_refused_with_what_to_do(tmpfs):
    point, remount = tmpfs
    path = point / "w.prachakhom"
    _workshop(path)
    _kill_mid_transaction(path)
    remount("ro")
    digest = _digest(path)
    for argv in (["check", path], ["export", path, "-o", "/tmp/never.json"]):
        result = _cli(*argv)
        assert result.returncode == 3, result.stdout + result.stderr
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and "Traceback" not in result.stderr
        assert "half-written" in lines[0] and "w.prachakhom-journal" in lines[0]
        assert "read-only" in lines[0]
    assert _digest(path) == digest


# --------------------------------------------------------------------------- full disk
def test_disk_full_during_an_edit(tmpfs):
    point, _remount = tmpfs
    path = point / "w.prachakhom"
    _workshop(path, people=5)
    with Store.open(path, backups=False) as s:
        _fill(point, leave=8 * 1024)
        with pytest.raises(errors.DiskFull) as info:
            with s.transaction():
                for i in range(200):
                    s.add(Person(first_name=f"ใหม่{i}", notes="ข้อความยาว" * 1500))
        assert path.name in str(info.value) and "was not saved" in str(info.value)
        assert s.count(Person) == 5               # the store goes on working
    (point / "filler").unlink()
    with Store.open(path, backups=False) as s:
        assert s.count(Person) == 5
        assert s.integrity_check() == []
    assert not path.with_name(path.name + "-journal").exists()


def test_disk_full_during_an_import(tmpfs, tmp_path):
    point, _remount = tmpfs
    path = point / "w.prachakhom"
    _workshop(path, people=5)
    stamp = now_iso()
    rows = [{"id": str(uuid.uuid4()), "created": stamp, "updated": stamp,
             "first_name": f"คนที่{i}", "notes": "บันทึก" * 300} for i in range(3000)]
    source = tmp_path / "big.json"
    source.write_text(json.dumps({"format": interchange.FORMAT_NAME, "version": 1,
                                  "tables": {"people": rows}}, ensure_ascii=False),
                      encoding="utf-8")
    _fill(point, leave=64 * 1024)
    result = _cli("import", path, source)
    assert result.returncode == 3, result.stdout + result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.stderr
    assert "disk is full" in lines[0] and path.name in lines[0]
    (point / "filler").unlink()
    check = _cli("check", path)
    assert check.returncode == 0 and "result: sound" in check.stdout, check.stdout
    assert "people: 5" in check.stdout
    assert not path.with_name(path.name + "-journal").exists()


def test_disk_full_while_writing_the_minutes_names_the_file(tmpfs, tmp_path):
    point, _remount = tmpfs
    path = tmp_path / "w.prachakhom"
    _workshop(path, people=3)
    _fill(point, leave=0)
    result = _cli("minutes", path, "-o", point / "minutes.pdf")
    assert result.returncode == 3, result.stdout + result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "disk is full" in lines[0] and "minutes.pdf" in lines[0], lines
    assert not (point / "minutes.pdf").exists() and not (point / "minutes.pdf.part").exists()


def test_a_backup_not_made_says_so_not_that_an_edit_was_lost(tmpfs, tmp_path, capsys):
    point, _remount = tmpfs
    path = tmp_path / "w.prachakhom"
    _workshop(path, people=3)
    with Store.open(path, backup_dir=point / "backups") as s:
        capsys.readouterr()
        _fill(point, leave=0)
        assert s.make_backup() is None
        said = capsys.readouterr().err
        assert "backup not made" in said and "copy" in said and "was not made" in said, said
        assert "last change" not in said
        s.add(Person(first_name="ยังบันทึกได้"))      # the file itself is fine
    with Store.open(path, backups=False) as s:
        assert s.count(Person) == 4
