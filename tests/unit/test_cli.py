"""The headless commands, run as a user would: ``python main.py ...`` in a child process."""
from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from workshop.model import Person
from workshop.store import Store

ROOT = Path(__file__).resolve().parents[2]


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *map(str, args)],
                          cwd=cwd or ROOT, capture_output=True, text=True, timeout=120,
                          env={**os.environ, "PYTHONIOENCODING": "utf-8"})


def _one_line_error(result: subprocess.CompletedProcess, code: int = 3) -> str:
    assert result.returncode == code, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]


def test_help_lists_commands():
    result = run("--help")
    assert result.returncode == 0
    for name in ("demo", "check", "export", "import", "import-people"):
        assert f"    {name} " in result.stdout or f"    {name}\n" in result.stdout, name


def test_demo_and_check(tmp_path):
    pytest.importorskip("workshop.demo")
    path = tmp_path / "demo.prachakhom"
    result = run("demo", path)
    assert result.returncode == 0, result.stderr
    assert path.exists()
    result = run("check", path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "result: sound" in result.stdout


def test_export_import_round_trip(tmp_path):
    src = tmp_path / "a.prachakhom"
    with Store.create(src, backups=False) as s:
        s.add(Person(first_name="สมชาย", last_name="ใจดี 🙂"))
    a_json, b_json = tmp_path / "a.json", tmp_path / "b.json"
    result = run("export", src, "-o", a_json)
    assert result.returncode == 0, result.stderr
    dest = tmp_path / "sub" / "b.prachakhom"
    dest.parent.mkdir()
    result = run("import", dest, a_json)
    assert result.returncode == 0, result.stderr
    assert "1 added" in result.stdout
    result = run("export", dest, "-o", b_json)
    assert result.returncode == 0, result.stderr
    assert a_json.read_bytes() == b_json.read_bytes()
    assert json.loads(a_json.read_text(encoding="utf-8"))["tables"]["people"][0][
        "last_name"] == "ใจดี 🙂"
    # importing again into the existing file adds nothing
    result = run("import", dest, a_json)
    assert result.returncode == 0 and "0 added" in result.stdout


def test_import_people(tmp_path):
    csv_path = tmp_path / "people.csv"
    csv_path.write_bytes("ชื่อ,นามสกุล,หน่วยงาน\nสมชาย,ใจดี,วัดบ้านดอน\nสมชาย,ใจดี,\n"
                         .encode("cp874"))
    path = tmp_path / "w.prachakhom"
    result = run("import-people", path, csv_path)
    assert result.returncode == 0, result.stderr
    assert "1 added" in result.stdout and "1 skipped" in result.stdout
    with Store.open(path, backups=False) as s:
        assert [p.first_name for p in s.find(Person)] == ["สมชาย"]


def _digest(p: Path) -> str:
    return hashlib.sha256(p.read_bytes()).hexdigest()


def test_errors_are_one_line_with_exit_code_3(tmp_path):
    text = tmp_path / "notes.prachakhom"
    text.write_text("hello\n", encoding="utf-8")
    line = _one_line_error(run("check", text))
    assert "not a Prachakhom workshop file" in line and line.startswith("prachakhom check:")
    _one_line_error(run("export", text, "-o", tmp_path / "x.json"))
    assert not (tmp_path / "x.json").exists()
    _one_line_error(run("check", tmp_path / "missing.prachakhom"))

    bad_json = tmp_path / "bad.json"
    bad_json.write_text("{not json", encoding="utf-8")
    new = tmp_path / "new.prachakhom"
    line = _one_line_error(run("import", new, bad_json))
    assert "not valid JSON" in line
    assert not new.exists()  # a refused import creates nothing

    good = tmp_path / "good.prachakhom"
    with Store.create(good, backups=False) as s:
        s.add(Person(first_name="ก"))
    before = _digest(good)
    wrong = tmp_path / "wrong.json"
    wrong.write_text(json.dumps({"format": "prachakhom-workshop", "version": 1,
                                 "tables": {"people": [{"id": "x", "created": "c",
                                                        "updated": "u", "first_name": "ข",
                                                        "organisation_id": "nowhere"}]}}),
                     encoding="utf-8")
    line = _one_line_error(run("import", good, wrong))
    assert "nothing was changed" in line
    assert _digest(good) == before

    bad_csv = tmp_path / "people.csv"
    bad_csv.write_text("ชื่อ,นามสกุล\nก,ข\n,ค\n", encoding="utf-8")
    new2 = tmp_path / "new2.prachakhom"
    line = _one_line_error(run("import-people", new2, bad_csv))
    assert "row 3: first name is empty" in line
    assert not new2.exists()
    line = _one_line_error(run("import-people", good, bad_csv))
    assert _digest(good) == before


def test_usage_error_exit_code():
    result = run("export")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr


def test_damaged_file_is_reported_on_one_line(tmp_path):
    path = tmp_path / "d.prachakhom"
    assert run("demo", path).returncode == 0
    data = bytearray(path.read_bytes())
    data[8192:12288] = bytes((i * 37 + 11) % 256 for i in range(4096))  # scribble page 3
    path.write_bytes(bytes(data))
    line = _one_line_error(run("check", path))
    assert "is damaged" in line and "backups" in line
