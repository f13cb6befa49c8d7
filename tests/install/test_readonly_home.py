"""A read-only home folder: the minutes are still made (pythainlp used to make
``~/pythainlp-data`` and failed).  Root writes anywhere, so the home is a read-only bind mount in
a mount namespace of its own; skipped where ``unshare`` cannot make one."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _can_mount_read_only(tmp: Path) -> bool:
    if not sys.platform.startswith("linux") or not shutil.which("unshare"):
        return False
    probe = subprocess.run(["unshare", "-m", "sh", "-c",
                            f"mount --bind '{tmp}' '{tmp}' && mount -o remount,ro,bind '{tmp}'"
                            f" && ! touch '{tmp}/x' 2>/dev/null"],
                           capture_output=True, timeout=30)
    return probe.returncode == 0


def test_minutes_with_a_read_only_home(tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    if not _can_mount_read_only(home):
        pytest.skip("cannot make a read-only mount here (needs root and unshare)")
    workshop = tmp_path / "w.prachakhom"
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("PRACHAKHOM_", "PYTHAINLP_", "XDG_"))}
    env.update(PYTHONPATH=str(ROOT), HOME=str(home))
    made = subprocess.run([sys.executable, str(ROOT / "main.py"), "demo", str(workshop)],
                          env=env, capture_output=True, text=True, timeout=120)
    assert made.returncode == 0, made.stderr
    script = (f"mount --bind '{home}' '{home}' && mount -o remount,ro,bind '{home}' && "
              f"exec '{sys.executable}' '{ROOT / 'main.py'}' minutes '{workshop}' "
              f"--meeting latest -o '{tmp_path / 'minutes.pdf'}'")
    result = subprocess.run(["unshare", "-m", "sh", "-c", script], env=env, cwd=tmp_path,
                            capture_output=True, text=True, timeout=180)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "minutes.pdf").stat().st_size > 10_000
    assert not list(home.iterdir())
