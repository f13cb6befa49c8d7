"""The core (``workshop``) never imports Qt or the UI: import-linter's contract and an AST scan."""
from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

from tests.scripts import console_script

ROOT = Path(__file__).resolve().parents[2]
FORBIDDEN = ("PySide6", "shiboken6", "ui")


def _forbidden_imports(source: str, filename: str) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(source, filename)):
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names = [node.module]
        elif (isinstance(node, ast.Call) and getattr(node.func, "attr", getattr(node.func, "id",
                                                                              "")) in
              ("import_module", "__import__") and node.args
              and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)):
            names = [node.args[0].value]
        for name in names:
            if name.split(".")[0] in FORBIDDEN:
                found.append(f"{filename}:{node.lineno}: {name}")
    return found


def test_ast_scan_finds_no_qt_in_workshop():
    files = sorted((ROOT / "workshop").rglob("*.py"))
    assert len(files) > 5
    problems = [p for f in files
                for p in _forbidden_imports(f.read_text(encoding="utf-8"), str(f.relative_to(ROOT)))]
    assert problems == []


def test_ast_scan_would_catch_qt():
    src = ("import os\nfrom PySide6.QtCore import QObject\nimport shiboken6\n"
           "from ui.context import AppContext\nimportlib.import_module('PySide6.QtGui')\n"
           "from . import store\n")
    assert [p.split(": ")[1] for p in _forbidden_imports(src, "x.py")] == [
        "PySide6.QtCore", "shiboken6", "ui.context", "PySide6.QtGui"]


def test_import_linter_contract_is_kept():
    exe = console_script("lint-imports")
    if exe is None:
        pytest.skip("import-linter is not installed")
    result = subprocess.run([exe, "--no-cache", "--config", str(ROOT / "pyproject.toml")],
                            cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert "workshop never imports Qt or ui" in result.stdout
    assert result.returncode == 0, result.stdout + result.stderr
    assert "KEPT" in result.stdout


def test_importing_workshop_loads_no_qt():
    code = ("import sys, workshop.store, workshop.interchange, workshop.cli, workshop.cli.files\n"
            "bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6', 'ui')]\n"
            "print(bad); sys.exit(1 if bad else 0)")
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                            text=True, timeout=60)
    assert result.returncode == 0, result.stdout + result.stderr


# ------------------------------------------------------------------ the store owns all SQL
SQL = __import__("re").compile(
    r"""(?x)(["'](\s*(SELECT|INSERT|UPDATE|DELETE|REPLACE|PRAGMA|CREATE|ALTER|DROP|VACUUM)\b)
         |\(\s*SELECT\b                              # a sub-select inside a where string
         |\bstore\.select\(\s*\w+\s*,\s*f?["']        # a where clause written by hand
         |\.(execute|executemany|executescript)\(|\bstore\.(conn|rows)\b)""")


def _sql_lines(source: str) -> list[int]:
    return [n for n, line in enumerate(source.splitlines(), 1) if SQL.search(line)]


def test_no_sql_outside_the_store_package():
    """``grep`` finds no SQL outside ``workshop/store/`` (the schema's migrations aside): a
    new query goes in a query module of the store package."""
    files = [f for d in ("workshop", "ui") for f in sorted((ROOT / d).rglob("*.py"))
             if not f.is_relative_to(ROOT / "workshop" / "store") and f.name != "schema.py"]
    assert len(files) > 20
    found = [f"{f.relative_to(ROOT)}:{n}" for f in files
             for n in _sql_lines(f.read_text(encoding="utf-8"))]
    assert found == []


def test_the_sql_scan_would_catch_sql():
    src = ('rows = store.rows("SELECT 1")\nconn.execute(f"UPDATE x SET a=1")\n'
           'q = "DELETE FROM t"\nok = "Select a person"\n'
           'w = "id IN (SELECT x FROM t)"\nr = store.select(Issue, "map_id = ?", (m,))\n'
           'fine = store.select(Person, order_by="name")\n')
    assert _sql_lines(src) == [1, 2, 3, 5, 6]


def test_modules_stay_small():
    limit = 600
    big = [f"{f.relative_to(ROOT)}: {n}" for d in ("workshop", "ui")
           for f in sorted((ROOT / d).rglob("*.py"))
           if (n := len(f.read_text(encoding="utf-8").splitlines())) > limit]
    assert big == []


def test_mypy_strict_passes_on_the_store_package():
    pytest.importorskip("mypy", reason="mypy is not installed (it is in the [test] extra)")
    result = subprocess.run([sys.executable, "-m", "mypy", "--strict", "--follow-imports=silent", "--no-incremental",
                             "workshop/store"], cwd=ROOT, capture_output=True, text=True,
                            timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
