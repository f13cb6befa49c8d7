"""Shared fixtures.  Tests never touch the developer's real settings or data folder."""
from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import pytest  # noqa: E402


@pytest.fixture(autouse=True)
def _isolated_dirs(tmp_path_factory, monkeypatch):
    data = tmp_path_factory.mktemp("data")
    monkeypatch.setenv("PRACHAKHOM_DATA_DIR", str(data))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path_factory.mktemp("config")))
    monkeypatch.setenv("PRACHAKHOM_CONFIG_DIR", str(tmp_path_factory.mktemp("settings")))
    yield


@pytest.fixture
def store(tmp_path):
    from workshop.store import Store

    s = Store.create(tmp_path / "test.prachakhom")
    yield s
    s.close()
