"""Damage the demo file page by page and cut it short at many points: every headless
command gives one line (or a correct result), never a traceback, and never changes the file.

Bytes are flipped in each page in turn (a seeded run, FUZZ_SEED to replay); every page is
tried with ``check`` and ``export`` (which read every value), a few with the commands
that build documents.  The commands run in this process (``workshop.cli.main``), as
``python main.py`` runs them, to keep the test to a few seconds.
"""
from __future__ import annotations

import contextlib
import hashlib
import io
import json
import os
import random
import time

import pytest

from workshop import cli, interchange

PAGE = 4096


@pytest.fixture(scope="module")
def demo_bytes(tmp_path_factory):
    from workshop import demo
    from workshop.store import Store

    path = tmp_path_factory.mktemp("fuzz") / "demo.prachakhom"
    with Store.create(path, backups=False) as s:
        demo.build_demo(s)
    return path.read_bytes()


def _run(argv: list[str]) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = cli.main(argv)      # a traceback here fails the test
    return code, out.getvalue(), err.getvalue()


def _commands(path, out):
    return {
        "check": ["check", path],
        "export": ["export", path, "-o", out / "x.json"],
        "minutes": ["minutes", path, "-o", out / "x.pdf"],
        "signin-sheet": ["signin-sheet", path, "-o", out / "s.pdf"],
        "export-actions": ["export-actions", path, "-o", out / "a.csv"],
    }


def _judge(name: str, code: int, out: str, err: str, outdir) -> None:
    if code == 0:
        assert err.strip() == "" or name != "check", err
        if name == "check":
            assert out.strip().endswith("result: sound"), out
        if name == "export":
            data = json.loads((outdir / "x.json").read_text(encoding="utf-8"))
            assert data["format"] == interchange.FORMAT_NAME and data["tables"]["meetings"]
        return
    if name == "check" and code == 1:
        assert out.strip().splitlines()[-1].startswith("result: damaged: "), out
        return
    lines = err.strip().splitlines()
    assert code == 3 and len(lines) == 1, (name, code, err)
    assert lines[0].startswith(f"prachakhom {name}: "), err


def _try(path, data: bytes, names, outdir) -> None:
    path.write_bytes(data)
    digest = hashlib.sha256(data).hexdigest()
    for name in names:
        argv = [str(a) for a in _commands(path, outdir)[name]]
        code, out, err = _run(argv)
        _judge(name, code, out, err, outdir)
        assert hashlib.sha256(path.read_bytes()).hexdigest() == digest, name
        assert not path.with_name(path.name + "-journal").exists()


@pytest.mark.slow
def test_flipped_bytes_in_every_page(demo_bytes, tmp_path):
    seed = int(os.environ.get("FUZZ_SEED", time.time()))
    rng = random.Random(seed)
    path = tmp_path / "fuzzed.prachakhom"
    pages = len(demo_bytes) // PAGE
    assert pages > 50
    for page in range(pages):
        data = bytearray(demo_bytes)
        start = page * PAGE + rng.randrange(0, PAGE - 16)
        for k in range(rng.choice((1, 4, 16))):
            data[start + k] ^= rng.randrange(1, 256)
        names = ["check", "export"]
        if page % 40 == 7:
            names += ["minutes", "signin-sheet", "export-actions"]
        try:
            _try(path, bytes(data), names, tmp_path)
        except AssertionError as exc:
            raise AssertionError(f"page {page}, FUZZ_SEED={seed}: {exc}") from exc


def test_cut_short_at_many_points(demo_bytes, tmp_path):
    path = tmp_path / "cut.prachakhom"
    n = len(demo_bytes)
    for keep in (0, 1, 16, 99, 100, 101, 512, 4095, 4096, 4097, 8192, 3 * PAGE + 7,
                 n // 2, n // 2 + 1, n - PAGE, n - PAGE + 1, n - 100, n - 1):
        _try(path, demo_bytes[:keep], ["check", "export", "minutes"], tmp_path)
        code, out, err = _run(["check", str(path)])
        assert code != 0, keep       # a file cut short is never "sound"
