"""The hand-over package: every file is there and opens, the workshop copy passes `check`,
an existing package is never replaced without being asked."""
from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PIL import Image

from workshop import errors
from workshop.demo import build_demo
from workshop.handover import base_name, write_package
from workshop.issues import maps
from workshop.meetings import latest_meeting
from workshop.model import Action, Issue, Person
from workshop.store import Store

ROOT = Path(__file__).resolve().parents[2]
ENV = {"PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
KINDS = ("รายงานการประชุม.pdf", "รายงานการประชุม.docx", "แบบลงทะเบียน.pdf", "แผนที่ชุมชน.png",
         "แผนปฏิบัติการ.xlsx", "แผนพัฒนาหมู่บ้าน.pdf", "แผนพัฒนาหมู่บ้าน.xlsx", "แฟ้มเวที.prachakhom")


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    """The demo, with two people who did not agree to be named (one of them named, with a
    phone, in an issue's description) and phones on several people."""
    s = Store.create(tmp_path_factory.mktemp("ho") / "demo.prachakhom", backups=False)
    build_demo(s)
    phoned = [p for p in s.find(Person) if p.phone]
    assert len(phoned) >= 3
    for p in phoned[:2]:
        s.update(Person, p.id, consent=False)
    issue = s.find(Issue, meeting_id=latest_meeting(s).id)[0]
    p = phoned[0]
    s.update(Issue, issue.id, description=f"แจ้งโดย{p.first_name} {p.last_name} โทร {p.phone}")
    yield s
    s.close()


def _pdftotext(path: Path) -> str:
    exe = shutil.which("pdftotext")
    if exe is None:  # pragma: no cover
        pytest.skip("pdftotext is not installed")
    return subprocess.run([exe, "-enc", "UTF-8", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout


def _check_package(folder: Path, demo) -> None:
    m = latest_meeting(demo)
    base = base_name(m)
    assert "ครั้งที่_3-2569" in base and "2569-11-20" in base and "หนองบัว" in base
    names = sorted(p.name for p in folder.iterdir())
    assert names == sorted([f"{base}_{k}" for k in KINDS] + ["index.html"])
    assert len(maps(demo, m.id)) == 1
    f = {k: folder / f"{base}_{k}" for k in KINDS}
    assert "รายงานการประชุม" in _pdftotext(f["รายงานการประชุม.pdf"])
    assert "ลงทะเบียน" in _pdftotext(f["แบบลงทะเบียน.pdf"])
    import docx

    words = "".join(p.text for p in docx.Document(str(f["รายงานการประชุม.docx"])).paragraphs)
    assert "รายงานการประชุม" in words
    assert "แผนพัฒนาหมู่บ้าน" in _pdftotext(f["แผนพัฒนาหมู่บ้าน.pdf"])
    assert load_workbook(f["แผนปฏิบัติการ.xlsx"]).sheetnames[0] == "แผนปฏิบัติการ"
    assert load_workbook(f["แผนพัฒนาหมู่บ้าน.xlsx"]).sheetnames == ["แผนพัฒนาหมู่บ้าน"]
    with Image.open(f["แผนที่ชุมชน.png"]) as im:
        assert im.format == "PNG" and im.width > 100
    check = subprocess.run([sys.executable, str(ROOT / "main.py"), "check",
                            str(f["แฟ้มเวที.prachakhom"])], capture_output=True, text=True,
                           env=ENV)
    assert check.returncode == 0 and "result: sound" in check.stdout, check.stdout
    with Store.open(f["แฟ้มเวที.prachakhom"], read_only=True, backups=False, lock=False) as c:
        assert c.count(Action) == demo.count(Action)
    index = (folder / "index.html").read_text(encoding="utf-8")
    for name in names:
        if name != "index.html":
            assert f'href="{name}"' in index


def test_folder_package_has_every_file_and_each_opens(demo, tmp_path):
    out = tmp_path / "ส่งมอบ"
    names = write_package(demo, latest_meeting(demo).id, out)
    assert len(names) == len(KINDS) + 1
    _check_package(out, demo)


def test_zip_package_and_a_second_run_does_not_replace_it(demo, tmp_path):
    out = tmp_path / "pkg.zip"
    mid = latest_meeting(demo).id
    write_package(demo, mid, out)
    with zipfile.ZipFile(out) as z:
        assert z.testzip() is None
        z.extractall(tmp_path / "x")
    _check_package(tmp_path / "x" / "pkg", demo)
    before = out.read_bytes()
    with pytest.raises(errors.InvalidInput):
        write_package(demo, mid, out)
    assert out.read_bytes() == before
    write_package(demo, mid, out, replace=True)
    assert zipfile.ZipFile(out).namelist() != [] and list(tmp_path.glob(".handover-*")) == []


def test_cli_refuses_to_replace_without_force(demo, tmp_path):
    out = tmp_path / "pkg"
    run = [sys.executable, str(ROOT / "main.py"), "handover", str(demo.path), "-o", str(out)]
    first = subprocess.run(run, capture_output=True, text=True, env=ENV)
    assert first.returncode == 0, first.stderr
    marker = out / "index.html"
    marker.write_text("kept", encoding="utf-8")
    again = subprocess.run(run, capture_output=True, text=True, env=ENV)
    assert again.returncode == 3 and "--force" in again.stderr
    assert marker.read_text(encoding="utf-8") == "kept"
    forced = subprocess.run(run + ["--force"], capture_output=True, text=True, env=ENV)
    assert forced.returncode == 0, forced.stderr
    assert marker.read_text(encoding="utf-8") != "kept"


def _copy_of(folder: Path) -> Path:
    (copy,) = folder.glob("*.prachakhom")
    return copy


def test_the_copy_handed_over_holds_personal_data_only_as_consented(demo, tmp_path):
    """PDPA: by default the workshop copy names only people who consented, keeps no phone
    and no notes about people, and the old values are nowhere in the file's bytes."""
    out = tmp_path / "pkg"
    write_package(demo, latest_meeting(demo).id, out)
    copy = _copy_of(out)
    raw = copy.read_bytes()
    people = demo.find(Person)
    hidden = [p for p in people if not p.consent]
    named = [p for p in people if p.consent]
    assert len(hidden) == 2 and named
    for p in hidden:
        assert f"{p.first_name} {p.last_name}".encode() not in raw, p.full_name
    for p in people:
        if p.phone:
            assert p.phone.encode() not in raw, p.phone
    with Store.open(copy, read_only=True, backups=False, lock=False) as c:
        kept = {p.id: p for p in c.find(Person)}
        assert set(kept) == {p.id for p in people}          # everyone is still counted
        for p in named:
            assert kept[p.id].full_name == p.full_name
        for p in hidden:
            assert kept[p.id].first_name.startswith("บุคคล-") and not kept[p.id].last_name
            assert kept[p.id].gender == p.gender and kept[p.id].position == p.position
        assert all(not p.phone and not p.notes for p in kept.values())
        issue = next(i for i in c.find(Issue) if i.description.startswith("แจ้งโดย"))
        assert issue.description.startswith("แจ้งโดยบุคคล-") and "โทร [" in issue.description
        assert c.count(Action) == demo.count(Action)
    check = subprocess.run([sys.executable, str(ROOT / "main.py"), "check", str(copy)],
                           capture_output=True, text=True, env=ENV)
    assert check.returncode == 0 and "result: sound" in check.stdout, check.stdout
    index = (out / "index.html").read_text(encoding="utf-8")
    assert "ระบุชื่อเฉพาะผู้ที่ให้ความยินยอม" in index and "ไม่มีหมายเลขโทรศัพท์" in index


def test_the_full_copy_only_on_purpose(demo, tmp_path):
    out = tmp_path / "pkg"
    run = [sys.executable, str(ROOT / "main.py"), "handover", str(demo.path), "-o", str(out),
           "--full-copy"]
    done = subprocess.run(run, capture_output=True, text=True, env=ENV)
    assert done.returncode == 0, done.stderr
    copy = _copy_of(out)
    assert copy.name.endswith("_แฟ้มเวที_ฉบับเต็ม.prachakhom")
    with Store.open(copy, read_only=True, backups=False, lock=False) as c:
        assert sorted((p.id, p.full_name, p.phone) for p in c.find(Person)) == sorted(
            (p.id, p.full_name, p.phone) for p in demo.find(Person))
    index = (out / "index.html").read_text(encoding="utf-8")
    assert "ฉบับเต็ม" in index and "ห้ามเผยแพร่" in index


def test_package_in_english(demo, tmp_path):
    out = tmp_path / "pkg"
    names = write_package(demo, latest_meeting(demo).id, out, lang="en")
    base = base_name(latest_meeting(demo), "en")
    assert "no_3-2026" in base and "2026-11-20" in base
    assert sorted(names) == sorted([f"{base}_{k}" for k in (
        "minutes.pdf", "minutes.docx", "sign-in.pdf", "community-map.png", "action-plan.xlsx",
        "village-plan.pdf", "village-plan.xlsx", "workshop.prachakhom")] + ["index.html"])
    assert "Minutes of the meeting" in _pdftotext(out / f"{base}_minutes.pdf")
    plan = _pdftotext(out / f"{base}_village-plan.pdf")
    assert "Village development plan" in plan and "Grand total" in plan
    assert load_workbook(out / f"{base}_village-plan.xlsx").sheetnames == ["Village plan"]
    assert load_workbook(out / f"{base}_action-plan.xlsx").sheetnames == [
        "Action plan", "Resources pledged", "Totals by actor", "Totals by sector"]
    index = (out / "index.html").read_text(encoding="utf-8")
    assert '<html lang="en">' in index and "only with their consent" in index
