"""``check`` finds damage SQLite's own checks miss, and no command works on such a file.

Each damage is made with raw SQLite (as a bad disk or a foreign program would): a file cut
short by one byte, a timestamp that is not one, text that is not UTF-8, an unknown enum
value, a broken picture, an id that is not a UUID.  ``check`` says "damaged: <finding>" and
exits 1; ``export`` and ``minutes`` give one line, exit 3, and write nothing; no byte of the
file changes.
"""
from __future__ import annotations

import hashlib
import sqlite3

import pytest

from workshop import cli
from workshop.model import CommunityMap, Meeting, Person
from workshop.store import Store



def _png() -> bytes:
    import io

    from PIL import Image

    out = io.BytesIO()
    Image.frombytes("L", (16, 16), bytes(range(256))).save(out, "PNG")
    return out.getvalue()


PNG = _png()


@pytest.fixture
def sound(tmp_path):
    path = tmp_path / "w.prachakhom"
    with Store.create(path, backups=False) as s:
        m = s.add(Meeting(title="เวทีประชาคม", date="2026-11-20"))
        s.add(Person(first_name="สมชาย", last_name="ใจดี"))
        s.add(CommunityMap(meeting_id=m.id, name="แผนที่", image=PNG, width=16, height=16))
    return path


def _raw(path, sql, *params):
    conn = sqlite3.connect(path)
    conn.execute(sql, params)
    conn.commit()
    conn.close()


def _run(capsys, *argv):
    code = cli.main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


DAMAGE = {
    "cut by one byte": (None, "cut short or has bytes added"),
    "timestamp": ("UPDATE people SET created = 'garbage'", "(created) is not a date and time"),
    "utf-8": ("UPDATE people SET last_name = CAST(x'c328e0b8' AS TEXT)", "not valid text (UTF-8)"),
    "enum": ("UPDATE people SET gender = 'martian'", "(gender) has an unknown value"),
    "picture": ("UPDATE maps SET image = substr(image, 1, 40)", "(image) is not a picture"),
    "uuid": ("UPDATE people SET id = 'p1'", "(id) is not a record id"),
    "date": ("UPDATE meetings SET date = '20/11/2569'", "(date) is not a date"),
}


@pytest.mark.parametrize("how", list(DAMAGE))
def test_check_finds_the_damage_and_no_command_uses_the_file(sound, tmp_path, capsys, how):
    sql, words = DAMAGE[how]
    code, out, _err = _run(capsys, "check", sound)
    assert code == 0 and "result: sound" in out
    if sql is None:
        data = sound.read_bytes()
        sound.write_bytes(data[:-1])
    else:
        _raw(sound, "PRAGMA foreign_keys = OFF")
        _raw(sound, sql)
    before = hashlib.sha256(sound.read_bytes()).hexdigest()

    code, out, _err = _run(capsys, "check", sound)
    assert code == 1
    last = out.strip().splitlines()[-1]
    assert last.startswith("result: damaged: ") and words in last, out

    for argv in (["export", sound, "-o", tmp_path / "x.json"],
                 ["minutes", sound, "-o", tmp_path / "x.pdf"],
                 ["export-actions", sound, "-o", tmp_path / "x.csv"]):
        code, out, err = _run(capsys, *argv)
        assert code == 3 and out == "", (argv, out, err)
        lines = err.strip().splitlines()
        assert len(lines) == 1 and "is damaged" in lines[0] and words in lines[0], err
    assert not any((tmp_path / f"x.{e}").exists() for e in ("json", "pdf", "csv"))
    assert hashlib.sha256(sound.read_bytes()).hexdigest() == before
