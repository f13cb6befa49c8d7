"""Merging whole workshop files: one rule in both directions, all or nothing."""
from __future__ import annotations

import shutil
import time

import pytest

from workshop import errors, merge
from workshop.cli import main
from workshop.model import (Action, Attendance, Issue, Meeting, Organisation, Person, Pledge,
                            Sector)
from workshop.store import Store


def tick() -> None:
    time.sleep(0.003)      # timestamps have millisecond resolution


@pytest.fixture
def base(tmp_path):
    """A village file copied to two laptops."""
    path = tmp_path / "base.prachakhom"
    with Store.create(path, backups=False) as s, s.transaction():
        org = s.add(Organisation(name="อบต.หนองบัว", sector=Sector.LOCAL_GOVERNMENT))
        people = [s.add(Person(first_name=n, last_name="ดี", organisation_id=org.id))
                  for n in ("สมชาย", "สมศรี", "บุญมี", "ทองใบ")]
        m1 = s.add(Meeting(title="ครั้งที่ 1", number=1, date="2026-03-01"))
        m2 = s.add(Meeting(title="ครั้งที่ 2", number=2, date="2026-04-01", previous_id=m1.id))
        for p in people[:2]:
            s.add(Attendance(meeting_id=m1.id, person_id=p.id))
        issues = [s.add(Issue(meeting_id=m1.id, title=t)) for t in ("ถนน", "น้ำ", "ขยะ")]
        acts = [s.add(Action(meeting_id=m1.id, title=t, issue_id=issues[0].id,
                             lead_organisation_id=org.id)) for t in ("ซ่อมถนน", "ขุดลอก")]
        a2 = s.add(Action(meeting_id=m2.id, title="ติดตามงาน"))
        s.add(Pledge(meeting_id=m1.id, action_id=acts[0].id, organisation_id=org.id,
                     value_baht=5000))
    ids = dict(org=org.id, people=[p.id for p in people], m1=m1.id, m2=m2.id,
               issues=[i.id for i in issues], acts=[a.id for a in acts], a2=a2.id)
    a, b = tmp_path / "a.prachakhom", tmp_path / "b.prachakhom"
    with Store.open(path, backups=False) as s:
        s.backup_to(a)
        s.backup_to(b)
    return a, b, ids


def edit_both(a, b, ids) -> None:
    """Edits, deletions and conflicting edits on each laptop, interleaved in time."""
    with Store.open(a, backups=False) as A, Store.open(b, backups=False) as B:
        P = ids["people"]
        A.update(Person, P[0], phone="081-111-1111")                  # A edits
        tick()
        B.update(Person, P[0], phone="082-222-2222")                  # B edits later: wins
        tick()
        B.update(Person, P[1], position="อสม.")
        tick()
        A.update(Person, P[1], position="ผู้ใหญ่บ้าน")                     # A later: wins
        A.delete(Action, ids["acts"][1])                              # A deletes an action
        tick()
        B.update(Action, ids["acts"][1], title="ขุดลอกคลอง")            # B edits it later
        B.update(Action, ids["a2"], title="ติดตามงานต่อ")                 # B edits in m2
        tick()
        A.delete(Meeting, ids["m2"])                                  # A deletes m2 later
        B.update(Issue, ids["issues"][1], title="น้ำประปา")              # B edits an issue
        tick()
        A.delete(Issue, ids["issues"][1])                             # A deletes it later
        B.delete(Issue, ids["issues"][2])                             # B deletes one
        A.add(Person(first_name="มาใหม่เอ"))                            # each adds a person
        B.add(Person(first_name="มาใหม่บี"))
        # both check the same person into meeting 1 (a unique key)
        A.add(Attendance(meeting_id=ids["m1"], person_id=P[2]))
        tick()
        B.add(Attendance(meeting_id=ids["m1"], person_id=P[2]))
        B.delete(Person, P[3])                                        # B deletes a person


def content(path) -> merge.Content:
    return merge.read_file(path)


def test_merge_is_symmetric_and_idempotent(base, tmp_path):
    a, b, ids = base
    edit_both(a, b, ids)
    a_before = tmp_path / "a-before.prachakhom"
    shutil.copy(a, a_before)
    with Store.open(a, backups=False) as A:
        plan_ab = merge.merge_files(A, [b])                     # merge(A, B)
        assert A.integrity_check() == []
    with Store.open(b, backups=False) as B:
        merge.merge_files(B, [a_before])                        # merge(B, A)
        assert B.integrity_check() == []
    ra, rb = content(a), content(b)
    assert ra.rows == rb.rows and ra.tombs == rb.tombs          # the same content both ways
    assert plan_ab.add and plan_ab.update and plan_ab.delete
    # the rule, record by record
    rows = {rid: row for t in ra.rows.values() for rid, row in t.items()}
    P = ids["people"]
    assert rows[P[0]]["phone"] == "082-222-2222"                # the later edit wins
    assert rows[P[1]]["position"] == "ผู้ใหญ่บ้าน"
    assert rows[ids["acts"][1]]["title"] == "ขุดลอกคลอง"           # deleted, then edited: kept
    assert ids["m2"] not in rows and ids["a2"] not in rows      # edited, then its meeting deleted
    assert ids["issues"][1] not in rows and ids["issues"][2] not in rows
    assert P[3] not in rows and P[3] in ra.tombs
    names = {r["first_name"] for r in ra.rows["people"].values()}
    assert {"มาใหม่เอ", "มาใหม่บี"} <= names
    att = [r for r in ra.rows["attendance"].values() if r["person_id"] == P[2]]
    assert len(att) == 1                                        # one check-in survives
    assert any(c.id == ids["acts"][1] for c in plan_ab.conflicts)
    # merging again, either way, changes nothing
    for target, other in ((a, b), (b, a)):
        with Store.open(target, backups=False) as s:
            again = merge.merge_files(s, [other])
            assert again.empty, again.summary()
    assert content(a).rows == ra.rows


def test_merge_order_of_many_files_does_not_matter(base, tmp_path):
    a, b, ids = base
    edit_both(a, b, ids)
    c = tmp_path / "c.prachakhom"
    with Store.create(c, backups=False) as s:
        s.add(Person(first_name="หมู่บ้านอื่น"))
    outs = []
    for order in ((a, b, c), (c, b, a), (b, c, a)):
        out = tmp_path / f"district-{len(outs)}.prachakhom"
        with Store.create(out, backups=False) as s:
            merge.merge_files(s, order)
        outs.append(content(out))
    assert outs[0].rows == outs[1].rows == outs[2].rows
    assert outs[0].tombs == outs[1].tombs == outs[2].tombs


def test_merge_is_all_or_nothing(base, tmp_path):
    a, b, ids = base
    bad = tmp_path / "bad.prachakhom"
    with Store.create(bad, backups=False) as s:
        s.add(Person(first_name="ใหม่"))
    with Store.open(bad, backups=False) as s:
        s.conn.execute("PRAGMA foreign_keys = OFF")
        s.conn.execute("INSERT INTO attendance(id, created, updated, meeting_id, person_id) "
                       "VALUES ('x', '2026', '2026', 'no-such-meeting', 'no-such-person')")
    before = content(a)
    with Store.open(a, backups=False) as s:
        with pytest.raises(errors.ImportFailed) as info:
            merge.merge_files(s, [b, bad])
        assert "no-such" in str(info.value)
    after = content(a)
    assert after.rows == before.rows and after.tombs == before.tombs


def test_merge_command(base, capsys):
    a, b, ids = base
    edit_both(a, b, ids)
    assert main(["merge", str(a), str(b)]) == 0
    out = capsys.readouterr().out
    assert "added" in out and "conflicts" in out
    assert main(["merge", str(a), str(b)]) == 0
    assert "0 added, 0 updated, 0 deleted" in capsys.readouterr().out
    assert main(["merge", str(a), str(a.with_name("missing.prachakhom"))]) == 3
