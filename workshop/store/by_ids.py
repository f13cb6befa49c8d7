"""Records named by id, read in a few queries: the people and organisations one meeting's
actions and pledges name, without loading the file's registry."""
from __future__ import annotations

from typing import Iterable, Optional, TypeVar

from ..model import Record
from .records import Store

R = TypeVar("R", bound=Record)
_CHUNK = 500            # well under SQLite's limit on the number of parameters


def records_by_ids(store: Store, cls: type[R], ids: Iterable[Optional[str]]) -> list[R]:
    """The records of ``cls`` whose id is in ``ids`` (empty and unknown ids are left out)."""
    wanted = sorted({i for i in ids if i})
    out: list[R] = []
    for start in range(0, len(wanted), _CHUNK):
        chunk = wanted[start:start + _CHUNK]
        out += store.select(cls, f"id IN ({', '.join('?' * len(chunk))})", chunk)
    return out
