"""Publish: an anonymised read-only database, served by a real Datasette on 127.0.0.1."""
from __future__ import annotations

import json
import os
import socket
import sqlite3
import subprocess
import time
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from workshop import privacy, publish
from workshop.cli import main
from workshop.demo import build_demo
from workshop.model import Action, Issue, Meeting, Person, Pledge
from workshop.store import Store

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def village(tmp_path):
    """The demo workshop, where three people withdrew their consent; one of them leads an
    action, pledges and is named in an issue's description."""
    path = tmp_path / "nongbua.prachakhom"
    with Store.create(path, backups=False) as s:
        build_demo(s)
        pledgers = [p.person_id for p in s.find(Pledge) if p.person_id]
        people = sorted(s.find(Person), key=lambda p: (p.id not in pledgers, p.id))
        hidden = people[:3]
        latest = s.select(Meeting, order_by="date DESC")[0]
        with s.transaction():
            for i, p in enumerate(hidden):
                s.update(Person, p.id, consent=False, phone=f"089-555-01{i:02d}",
                         organisation_id=None if i == 0 else p.organisation_id)
            s.add(Action(meeting_id=latest.id, title="ทำป้ายเตือนน้ำท่วม",
                         lead_person_id=hidden[0].id, due_date="2020-01-31"))
            named = [p for p in people[3:] if p.consent]
            s.add(Issue(meeting_id=latest.id, title="น้ำท่วมขังหน้าบ้าน",
                        description=f"{hidden[0].full_name} แจ้ง โทร 089-555-0100 "
                                    f"{named[0].full_name} รับเรื่อง"))
        hidden = [s.get(Person, p.id) for p in hidden]
    return path, hidden, named[:1]


def needles(people) -> list[str]:
    out = []
    for p in people:
        row = {"prefix": p.prefix, "first_name": p.first_name, "last_name": p.last_name}
        out += privacy.name_forms(row) + privacy.phone_forms(p.phone)
    return out


def grep(data: bytes | str, words: list[str]) -> list[str]:
    text = data.decode("utf-8", "replace") if isinstance(data, bytes) else data
    return [w for w in words if w in text]


def test_published_tables_hold_no_one_who_did_not_consent(village, tmp_path):
    path, hidden, named = village
    out = tmp_path / "public.db"
    report = publish.publish([path], out)
    assert report.counts["meetings"] == 3 and report.counts["actions"] >= 9
    conn = sqlite3.connect(out)
    try:
        acts = dict(conn.execute("SELECT title, responsible FROM actions").fetchall())
        assert acts["ทำป้ายเตือนน้ำท่วม"] == privacy.UNNAMED
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        assert "people" not in tables
        desc = conn.execute("SELECT description FROM issues WHERE title='น้ำท่วมขังหน้าบ้าน'"
                            ).fetchone()[0]
        assert desc.startswith(privacy.UNNAMED) and "089" not in desc
        assert desc.endswith(f"{named[0].full_name} รับเรื่อง")      # named with consent
        att = conn.execute("SELECT sum(present) FROM attendance").fetchone()[0]
        assert att == conn.execute("SELECT sum(present) FROM meetings").fetchone()[0] > 0
    finally:
        conn.close()
    assert grep(out.read_bytes(), needles(hidden)) == []
    assert grep(report.metadata.read_bytes(), needles(hidden)) == []


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _get(port: int, path: str) -> tuple[str, dict]:
    """(the response as text, with any \\u escapes decoded; the parsed JSON)."""
    with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=10) as r:
        raw = r.read()
    data = json.loads(raw)
    return raw.decode("utf-8") + json.dumps(data, ensure_ascii=False), data


@pytest.mark.skipif(not publish.datasette_installed(),
                    reason="Datasette is not installed (pip install -e '.[publish]')")
def test_datasette_serves_facets_and_canned_queries_without_hidden_people(village, tmp_path):
    path, hidden, named = village
    out = tmp_path / "public.db"
    assert main(["publish", str(path), "-o", str(out), "--title", "ตำบลโนนสูง"]) == 0
    port = _free_port()
    cmd = publish.datasette_command(out, port)
    assert cmd[cmd.index("--host") + 1] == "127.0.0.1" and "--immutable" in cmd
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, env=env)
    responses: list[str] = []
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                raw, info = _get(port, "/-/versions.json")
                break
            except OSError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    pytest.fail("Datasette did not start: "
                                + proc.stdout.read().decode("utf-8", "replace"))
                time.sleep(0.3)
        # bound to this computer only
        with pytest.raises(OSError):
            host = socket.gethostbyname(socket.gethostname())
            if host.startswith("127."):
                raise OSError("no other address to try")
            socket.create_connection((host, port), timeout=2).close()
        # a faceted table
        raw, table = _get(port, "/public/actions.json?_facet=status&_facet=sector"
                                "&_facet=village&_shape=objects")
        responses.append(raw)
        facets = table["facet_results"]
        facets = facets.get("results", facets)     # Datasette 1.0 nests them
        status = {f["value"]: f["count"] for f in facets["status"]["results"]}
        assert sum(status.values()) == len(table["rows"]) >= 9
        assert "กำลังดำเนินการ" in status
        assert {r["village"] for r in table["rows"]} == {"หมู่ที่ 5 บ้านหนองบัว ต.โนนสูง"}
        # canned queries
        raw, q = _get(port, "/public/open_actions_by_organisation.json?village=&_shape=array")
        responses.append(raw)
        assert q and all("หน่วยงานผู้รับผิดชอบ" in r and r["จำนวนงาน"] >= 1 for r in q)
        assert privacy.UNNAMED in [r["หน่วยงานผู้รับผิดชอบ"] for r in q]
        raw, q = _get(port, "/public/overdue_actions.json?_shape=array")
        responses.append(raw)
        assert "ทำป้ายเตือนน้ำท่วม" in [r["กิจกรรม"] for r in q]
        conn = sqlite3.connect(out)
        mid = conn.execute("SELECT meeting_id FROM decisions WHERE resolution <> '' LIMIT 1"
                           ).fetchone()[0]
        conn.close()
        raw, q = _get(port, "/public/resolutions_of_a_meeting.json?_shape=array&meeting_id="
                      + urllib.parse.quote(mid))
        responses.append(raw)
        assert q and all(r["มติ"] for r in q)
        # metadata: Thai titles
        raw, meta = _get(port, "/-/metadata.json")
        assert meta["databases"]["public"]["tables"]["actions"]["title"] == "แผนปฏิบัติการ"
        # the read-only database refuses writes
        raw, info = _get(port, "/-/databases.json")
        assert info[0]["is_mutable"] is False
        for table_name in ("meetings", "agenda_items", "decisions", "pledges", "issues",
                           "attendance", "governance"):
            raw, _ = _get(port, f"/public/{table_name}.json?_size=max")
            responses.append(raw)
    finally:
        proc.terminate()
        proc.wait(timeout=10)
        proc.stdout.close()
    words = needles(hidden)
    for raw in responses:
        assert grep(raw, words) == []
    # the check can fail: people who consented are named in what was served
    assert grep("".join(responses), [p.full_name for p in named])
    for f in (out, out.with_suffix(".metadata.json")):
        assert grep(f.read_bytes(), words) == []


def test_publishing_several_villages(village, tmp_path):
    path, hidden, _ = village
    other = tmp_path / "nongkhai.prachakhom"
    with Store.create(other, backups=False) as s:
        s.add(Meeting(title="เวทีประชาคมหมู่ 7", village_no="7", village_name="บ้านโนนไผ่",
                      subdistrict="โนนสูง", date="2026-06-01"))
    out = tmp_path / "district.db"
    publish.publish([path, other], out)
    conn = sqlite3.connect(out)
    villages = {r[0] for r in conn.execute("SELECT village FROM meetings")}
    conn.close()
    assert villages == {"หมู่ที่ 5 บ้านหนองบัว ต.โนนสูง", "หมู่ที่ 7 บ้านโนนไผ่ ต.โนนสูง"}
    assert grep(out.read_bytes(), needles(hidden)) == []
