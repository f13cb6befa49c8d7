"""All Qt code of Prachakhom.  Depends on ``workshop``; never the other way round."""
from __future__ import annotations

import linecache
import sys

import PySide6  # noqa: F401 - installs PySide's import hook, made lean below


def _source_not_kept() -> None:
    """PySide's import hook (``__feature__``) asks ``inspect`` for the source of every module
    imported after PySide6 (does it use PySide?), and ``linecache`` keeps every line of it:
    ~15 MiB for the app, networkx and reportlab.  The same question, the lines let go."""
    feature = sys.modules.get("shibokensupport.feature")
    ask = getattr(feature, "_mod_uses_pyside", None)
    if ask is None or getattr(ask, "lean", False):
        return

    def mod_uses_pyside(module):
        before = set(linecache.cache)
        try:
            return ask(module)
        finally:
            for name in set(linecache.cache) - before:
                linecache.cache.pop(name, None)

    mod_uses_pyside.lean = True     # type: ignore[attr-defined]
    feature._mod_uses_pyside = mod_uses_pyside      # type: ignore[union-attr]


_source_not_kept()
