"""Console scripts of the Python running the tests (its venv's bin/ or Scripts/ folder).

The README's test command runs ``.venv/bin/python -m pytest`` without activating the venv, so
``shutil.which`` alone would not find the venv's ``lint-imports`` or ``pyside6-lrelease``
and the tests needing them would be skipped without anyone noticing.
"""
from __future__ import annotations

import shutil
import sys
from pathlib import Path
from typing import Optional


def console_script(*names: str) -> Optional[str]:
    """The first of ``names`` found beside ``sys.executable``, else on PATH; None if none."""
    suffix = ".exe" if sys.platform == "win32" else ""
    for name in names:
        here = Path(sys.executable).parent / (name + suffix)
        if here.exists():
            return str(here)
    for name in names:
        if (found := shutil.which(name)) is not None:
            return found
    return None
