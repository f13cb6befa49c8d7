"""Kill a writing process at random moments: the file stays sound and keeps every commit.

A child process edits the workshop file in a loop and prints each edit's id *after* its
transaction has returned.  The parent kills it with SIGKILL at random moments, then opens the
file: SQLite's integrity check must pass and every id the child reported must be there
(``synchronous=FULL`` in rollback-journal mode: a returned commit is on disk).
"""
from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from workshop.model import Attendance, Meeting, Person
from workshop.store import Store

ROOT = Path(__file__).resolve().parents[2]

CHILD = r"""
import sys
sys.path.insert(0, sys.argv[2])
from workshop.model import Attendance, Meeting, Person
from workshop.store import Store

sys.stdin.readline()          # "go": the parent starts the next child meanwhile
store = Store.open(sys.argv[1], backups=False)
meeting = store.find(Meeting)[0]
print("ready", flush=True)
n = 0
while True:
    n += 1
    with store.transaction():
        p = store.add(Person(first_name=f"คนที่{n}", notes="บันทึก" * 50))
        store.add(Attendance(meeting_id=meeting.id, person_id=p.id))
        store.update(Meeting, meeting.id, notes=f"แก้ไขครั้งที่ {n}")
        if n % 7 == 0:
            old = store.find(Person, order_by="created LIMIT 1")[0]
            if old.id != p.id:
                store.update(Person, old.id, phone=str(n))
    print(p.id, flush=True)
"""

pytestmark = pytest.mark.skipif(os.name != "posix", reason="needs SIGKILL")


@pytest.mark.slow
def test_sigkill_never_loses_a_committed_edit(tmp_path):
    seed = int(os.environ.get("CRASH_SEED", time.time()))
    rng = random.Random(seed)
    path = tmp_path / "crash.prachakhom"
    with Store.create(path, backups=False) as s:
        s.add(Meeting(title="เวทีทดสอบ"))
    script = tmp_path / "child.py"
    script.write_text(CHILD, encoding="utf-8")
    reported: set[str] = set()
    kills, hot_journals = 30, 0
    deadline = time.monotonic() + 35

    def spawn() -> subprocess.Popen:
        return subprocess.Popen([sys.executable, str(script), str(path), str(ROOT)],
                                stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, text=True, encoding="utf-8")

    # Each child imports while the one before it writes (Python's start-up, not the kills,
    # was most of this test's time); it touches the file only after "go".
    waiting = spawn()
    try:
        for _ in range(kills):
            if time.monotonic() > deadline:
                break
            child, waiting = waiting, spawn()
            child.stdin.write("go\n")
            child.stdin.flush()
            assert child.stdout.readline().strip() == "ready", child.stderr.read()
            time.sleep(rng.uniform(0.01, 0.15))     # dozens of commits, then a random cut
            child.send_signal(signal.SIGKILL)
            out, err = child.communicate(timeout=10)
            assert child.returncode == -signal.SIGKILL, err
            # only complete lines were printed after a returned commit
            reported.update(line for line in out.split("\n")[:-1] if line)
            if (tmp_path / "crash.prachakhom-journal").exists():
                hot_journals += 1
            with Store.open(path, backups=False) as s:
                assert s.integrity_check() == [], f"CRASH_SEED={seed}"
                have = {r[0] for r in s.rows("SELECT id FROM people")}
                missing = reported - have
                assert not missing, f"{len(missing)} committed edits lost (CRASH_SEED={seed})"
                # every person came with their attendance (the transaction was all or nothing)
                assert s.count(Attendance) == len(have)
    finally:
        waiting.kill()
        waiting.communicate(timeout=10)
    assert len(reported) > 30, "the child hardly wrote anything"
    print(f"{len(reported)} committed edits survived {kills} kills "
          f"({hot_journals} left a hot journal)")
