"""Linux desktop integration: ``python main.py install-desktop`` for the current user."""
from __future__ import annotations

import configparser
import os
import shlex
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _run(args, env_home: Path):
    env = dict(os.environ, XDG_DATA_HOME=str(env_home), PYTHONPATH=str(ROOT))
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], cwd=env_home.parent,
                          env=env, capture_output=True, text=True, timeout=120)


def _entry(path: Path) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str
    parser.read_string(path.read_text(encoding="utf-8"))
    return parser["Desktop Entry"]


def test_install_desktop_writes_entry_icon_and_file_type(tmp_path):
    home = tmp_path / "share dir"
    result = _run(["install-desktop"], home)
    assert result.returncode == 0, result.stderr
    desktop = home / "applications" / "prachakhom.desktop"
    icon = home / "icons" / "hicolor" / "scalable" / "apps" / "prachakhom.svg"
    mime = home / "mime" / "packages" / "prachakhom.xml"
    assert desktop.is_file() and icon.is_file() and mime.is_file(), result.stdout

    entry = _entry(desktop)
    assert entry["Type"] == "Application" and entry["Name[th]"] == "ประชาคม"
    assert entry["Icon"] == "prachakhom"
    argv = shlex.split(entry["Exec"])
    assert argv[-1] == "%f"
    assert Path(argv[0]).exists() and argv[1:-1] == [str(ROOT / "main.py")]
    assert icon.read_bytes() == (ROOT / "resources" / "icons" / "prachakhom.svg").read_bytes()

    ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    mime_type = ET.parse(mime).getroot().find("m:mime-type", ns)
    assert mime_type.get("type") + ";" == entry["MimeType"]
    assert mime_type.find("m:glob", ns).get("pattern") == "*.prachakhom"

    # the entry's command really opens a file: run it with --help in place of %f
    started = subprocess.run([*argv[:-1], "--help"], capture_output=True, text=True, timeout=120,
                             env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"})
    assert started.returncode == 0 and "install-desktop" in started.stdout

    removed = _run(["install-desktop", "--remove"], home)
    assert removed.returncode == 0, removed.stderr
    assert not desktop.exists() and not icon.exists() and not mime.exists()


def test_exec_quotes_a_path_with_spaces():
    sys.path.insert(0, str(ROOT))
    from workshop.cli import desktop

    assert desktop._quoted("/home/a b/prachakhom") == '"/home/a b/prachakhom"'
    assert desktop._quoted("/usr/bin/prachakhom") == "/usr/bin/prachakhom"
    assert shlex.split(desktop._quoted('/x/"q" y')) == ['/x/"q" y']
