"""SIGKILL in the middle of a large import, repeated: afterwards every command works on the
file (the read-only ones first: they roll the interrupted import back and say so on one
line), and the import is all or nothing."""
from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

from workshop import interchange
from workshop.model import Person, now_iso
from workshop.store import Store

ROOT = Path(__file__).resolve().parents[2]
N_PEOPLE = 12_000

pytestmark = pytest.mark.skipif(os.name != "posix", reason="needs SIGKILL")


def _main(*args, **kw) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONIOENCODING": "utf-8"}
    return subprocess.Popen([sys.executable, str(ROOT / "main.py"), *map(str, args)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env=env, **kw)


def _big_export(path: Path) -> None:
    stamp = now_iso()
    rows = [{"id": str(uuid.uuid4()), "created": stamp, "updated": stamp,
             "first_name": f"คนที่{i}", "last_name": "นามสกุลยาว" * 3, "notes": "บันทึก" * 40}
            for i in range(N_PEOPLE)]
    data = {"format": interchange.FORMAT_NAME, "version": interchange.FORMAT_VERSION,
            "tables": {"people": rows}}
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")


@pytest.mark.slow
def test_sigkill_during_a_large_import_is_all_or_nothing(tmp_path):
    seed = int(os.environ.get("CRASH_SEED", time.time()))
    rng = random.Random(seed)
    path = tmp_path / "w.prachakhom"
    with Store.create(path, backups=False) as s:
        s.add(Person(first_name="สมชาย"))
    source = tmp_path / "big.json"
    _big_export(source)
    # how long a whole import takes here (the kills land inside it)
    probe = tmp_path / "probe.prachakhom"
    start = time.monotonic()
    done = _main("import", probe, source)
    _out, err = done.communicate(timeout=300)
    assert done.returncode == 0, err
    full = time.monotonic() - start

    expected = {1}
    rolled_back = 0
    for attempt in range(3):
        child = _main("import", path, source)
        time.sleep(rng.uniform(0.5, 1.0) * full)
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=60)
        child.stdout.close()
        child.stderr.close()
        journal = path.with_name(path.name + "-journal")
        hot = journal.exists() and journal.read_bytes()[:8] == bytes.fromhex("d9d505f920a163d7")
        # a read-only command first: it rolls the import back (and says so) or sees it whole
        check = subprocess.run([sys.executable, str(ROOT / "main.py"), "check", str(path)],
                               capture_output=True, text=True, timeout=120,
                               env={**os.environ, "PYTHONPATH": str(ROOT)})
        assert check.returncode == 0, f"CRASH_SEED={seed}: {check.stdout}{check.stderr}"
        assert "Traceback" not in check.stderr
        if hot:
            rolled_back += 1
            assert "was rolled back" in check.stderr, check.stderr
            assert len(check.stderr.strip().splitlines()) == 1
        assert not journal.exists()
        with Store.open(path, read_only=True, backups=False, lock=False) as s:
            n = s.count(Person)
        assert n in (1, 1 + N_PEOPLE), f"CRASH_SEED={seed}: {n} people: not all or nothing"
        expected.add(n)
        for argv in (["export", path, "-o", tmp_path / "x.json"],
                     ["export-actions", path, "-o", tmp_path / "x.csv"]):
            r = subprocess.run([sys.executable, str(ROOT / "main.py"), *map(str, argv)],
                               capture_output=True, text=True, timeout=120,
                               env={**os.environ, "PYTHONPATH": str(ROOT)})
            assert "Traceback" not in r.stderr and r.returncode in (0, 3), r.stderr
        if n == 1 + N_PEOPLE:
            break                         # the import finished; nothing left to interrupt
    print(f"CRASH_SEED={seed}: {rolled_back} interrupted imports rolled back, counts {expected}")
