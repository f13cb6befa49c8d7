"""Where Prachakhom's files are.

*Its own files* (fonts, translations, icons, the demo map, the desktop entry) are the package
data of ``resources``, found with :mod:`importlib.resources` beside ``workshop`` and ``ui``:
in a checkout (``resources/``), in an installed copy (``site-packages/prachakhom/resources/``,
see setup.py) and in the PyInstaller bundle alike.  Look them up with :func:`resource`, which
raises :class:`errors.MissingResource` (one clear line, no traceback) when one is missing.

*The user's data* (backups, the demo workshop) live in
:func:`data_dir`; ``PRACHAKHOM_DATA_DIR`` overrides it.
"""
from __future__ import annotations

import importlib.resources
import os
import sys
from pathlib import Path

from . import errors


def _resources_folder() -> Path:
    # A regular package on disk (never a zip: wheels and the bundle unpack), so a real Path.
    try:
        return Path(str(importlib.resources.files("resources")))
    except ModuleNotFoundError:  # the whole folder is gone: resource() says so, in one line
        return Path(__file__).resolve().parent.parent / "resources"


RESOURCES = _resources_folder()
FONTS = RESOURCES / "fonts"
TRANSLATIONS = RESOURCES / "translations"
ICONS = RESOURCES / "icons"
#: The folder that holds main.py, workshop/, ui/ and resources/ (and LICENSE).
APP_ROOT = RESOURCES.parent


def resource(*parts: str) -> Path:
    """The shipped file ``resources/<parts...>``; :class:`errors.MissingResource` when it is
    not there."""
    path = RESOURCES.joinpath(*parts)
    if not path.is_file():
        raise errors.MissingResource(
            "A file that comes with Prachakhom is missing: {name}. Reinstall Prachakhom.",
            path=str(path), name="/".join(parts))
    return path


def resources(folder: str, pattern: str) -> list[Path]:
    """The shipped files ``resources/<folder>/<pattern>``, sorted by name;
    :class:`errors.MissingResource` when there is none."""
    found = sorted((RESOURCES / folder).glob(pattern))
    if not found:
        raise errors.MissingResource(
            "A file that comes with Prachakhom is missing: {name}. Reinstall Prachakhom.",
            path=str(RESOURCES / folder), name=f"{folder}/{pattern}")
    return found


def licence_file() -> Path:
    """The GPL-3.0 text (``LICENSE`` beside main.py, installed as ``prachakhom/LICENSE``)."""
    path = APP_ROOT / "LICENSE"
    if not path.is_file():
        raise errors.MissingResource(
            "A file that comes with Prachakhom is missing: {name}. Reinstall Prachakhom.",
            path=str(path), name="LICENSE")
    return path


def data_dir() -> Path:
    """The app's own data folder (backups, the demo workshop)."""
    env = os.environ.get("PRACHAKHOM_DATA_DIR")
    if env:
        return Path(env)
    if sys.platform == "win32":  # pragma: no cover
        base = Path(os.environ.get("LOCALAPPDATA", Path.home() / "AppData" / "Local"))
    elif sys.platform == "darwin":  # pragma: no cover
        base = Path.home() / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME", Path.home() / ".local" / "share"))
    return base / "Prachakhom"
