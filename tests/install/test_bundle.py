"""The PyInstaller bundle: built with packaging/build_bundle.sh and run by
packaging/smoke_bundle.sh (no network, no fonts, an empty home).  Takes two to three minutes,
so it runs in CI (``CI=true``) or when ``PRACHAKHOM_TEST_BUNDLE=1``; elsewhere it is skipped."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
# The aim (decimal MB, unpacked).  251 MB were measured once python-docx brought lxml;
# without numpy (42 MB; workshop/spring.py) and pythainlp the bundle is well under it.
BUNDLE_LIMIT_MB = 250

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not (os.environ.get("CI") == "true"
                            or os.environ.get("PRACHAKHOM_TEST_BUNDLE") == "1"),
                       reason="builds the PyInstaller bundle: CI=true or PRACHAKHOM_TEST_BUNDLE=1"),
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the smoke script is bash"),
]


def test_bundle_builds_runs_and_stays_small(tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHONPATH", "PRACHAKHOM_"))}
    env["PRACHAKHOM_BUNDLE_VENV"] = str(ROOT / "build" / "bundle-venv")
    build = subprocess.run(["bash", str(ROOT / "packaging" / "build_bundle.sh")], cwd=ROOT,
                           env=env, capture_output=True, text=True, timeout=1200)
    assert build.returncode == 0, build.stdout[-3000:] + build.stderr[-3000:]
    bundle = ROOT / "build" / "bundle" / "dist" / "Prachakhom"
    assert (bundle / "prachakhom").is_file()
    smoke = subprocess.run(["bash", str(ROOT / "packaging" / "smoke_bundle.sh"), str(bundle)],
                           cwd=tmp_path, env=env, capture_output=True, text=True, timeout=600)
    assert smoke.returncode == 0, smoke.stdout + smoke.stderr
    assert "smoke: ok" in smoke.stdout
    size = sum(f.stat().st_size for f in bundle.rglob("*")
               if f.is_file() and not f.is_symlink()) / 1e6
    print(f"bundle: {size:.0f} MB")
    assert size < BUNDLE_LIMIT_MB, f"the bundle takes {size:.0f} MB"
    assert list(bundle.rglob("resources/thai/words_th.txt")), "the Thai word list is missing"
    for left_out in ("numpy", "pythainlp", "scipy"):
        assert not list(bundle.rglob(left_out)), f"{left_out} went into the bundle"
    assert not list(bundle.rglob("qml")), "QML went into the bundle"
    shutil.rmtree(ROOT / "build" / "bundle" / "work", ignore_errors=True)
