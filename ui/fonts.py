"""Bundled Sarabun: registered with Qt and made the application font, so Thai renders on a
machine that has no Thai fonts installed."""
from __future__ import annotations

import logging

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from workshop import errors, paths

log = logging.getLogger(__name__)
FAMILY = "Sarabun"
DEFAULT_POINT_SIZE = 11


def register_fonts() -> list[str]:
    """Add every bundled TTF; return the families Qt now knows from them."""
    families: list[str] = []
    try:
        ttfs = paths.resources("fonts", "*.ttf")
    except errors.MissingResource as exc:   # Thai falls back to the system's fonts
        log.warning("%s", exc)
        return families
    for ttf in ttfs:
        font_id = QFontDatabase.addApplicationFont(str(ttf))
        if font_id < 0:
            log.warning("could not load font %s", ttf.name)
            continue
        for fam in QFontDatabase.applicationFontFamilies(font_id):
            if fam not in families:
                families.append(fam)
    return families


def apply_app_font(app: QApplication, point_size: int = 0) -> QFont:
    families = register_fonts()
    font = QFont(app.font())
    if FAMILY in families:
        font.setFamilies([FAMILY])
    font.setPointSize(point_size or DEFAULT_POINT_SIZE)
    app.setFont(font)
    return font
