"""Thai line breaks for painted text: Qt finds no breaks in Thai without libthai, so put a
zero-width space between the words that :func:`workshop.thai.segment` finds."""
from __future__ import annotations

from functools import lru_cache

from workshop import thai

ZWSP = "\u200b"


@lru_cache(maxsize=4096)
def breakable(text: str) -> str:
    if not thai.has_thai(text):
        return text
    return ZWSP.join(thai.segment(text))
