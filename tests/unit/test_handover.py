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
from workshop.model import Action
from workshop.store import Store

ROOT = Path(__file__).resolve().parents[2]
ENV = {"PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
KINDS = ("รายงานการประชุม.pdf", "รายงานการประชุม.docx", "แบบลงทะเบียน.pdf", "แผนที่ชุมชน.png", "แผนปฏิบัติการ.xlsx",
         "แผนพัฒนาหมู่บ้าน.pdf", "แผนพัฒนาหมู่บ้าน.xlsx", "แฟ้มเวที.prachakhom")


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    s = Store.create(tmp_path_factory.mktemp("ho") / "demo.prachakhom", backups=False)
    build_demo(s)
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
