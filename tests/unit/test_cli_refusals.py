"""The command line refuses what it does not know: one line, the commands, exit code 2."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def run(*args: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("QT_QPA_PLATFORM", None)  # the GUI must not even be tried
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *map(str, args)],
                          cwd=ROOT, capture_output=True, text=True, timeout=60,
                          env={**env, "PYTHONIOENCODING": "utf-8"})


@pytest.mark.parametrize("argv", [
    ["restoer", "x.prachakhom"],
    ["restor"],
    ["chekc", "x.prachakhom"],
    ["--frobnicate"],
    ["x.prachakhom", "extra"],
    ["check", "a.prachakhom", "stray"],
    ["check"],
])
def test_unknown_commands_and_stray_arguments_are_refused(argv, tmp_path):
    result = run(*argv)
    assert result.returncode == 2, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "demo, check, export" in lines[0]      # the list of commands
    assert result.stdout == ""


def test_a_misspelt_command_names_what_was_typed():
    line = run("restor").stderr.strip()
    assert "'restor'" in line and line.startswith("prachakhom:")
