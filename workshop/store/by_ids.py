"""Records named by id, read in a few queries: the people and organisations one meeting's
actions and pledges name, without loading the file's registry."""
from __future__ import annotations

from typing import Generic, Iterable, Optional, TypeVar

from ..model import Record
from .records import Store

R = TypeVar("R", bound=Record)
_CHUNK = 500            # well under SQLite's limit on the number of parameters


def records_by_ids(store: Store, cls: type[R], ids: Iterable[Optional[str]]) -> list[R]:
    """The records of ``cls`` whose id is in ``ids`` (empty and unknown ids are left out)."""
    return records_in(store, cls, "id", ids)


def records_in(store: Store, cls: type[R], column: str, values: Iterable[Optional[str]],
               order_by: str = "") -> list[R]:
    """The records of ``cls`` whose ``column`` (a field name of ``cls``) is one of
    ``values``; with ``order_by``, in that order within each chunk of values (sort the
    result again when there may be more than a chunk)."""
    if column not in cls.columns():
        raise ValueError(f"{cls.__name__} has no field {column!r}")
    wanted = sorted({v for v in values if v})
    out: list[R] = []
    for start in range(0, len(wanted), _CHUNK):
        chunk = wanted[start:start + _CHUNK]
        out += store.select(cls, f"{column} IN ({', '.join('?' * len(chunk))})", chunk,
                            order_by=order_by)
    return out


class Lookup(Generic[R]):
    """Records of ``cls`` by id, each read when first asked for (a series names a few of
    the file's many people); ``whole``: all read at once (a look across the whole file)."""

    def __init__(self, store: Store, cls: type[R], whole: bool = False):
        self.store, self.cls, self.whole = store, cls, whole
        self.known: dict[str, Optional[R]] = {r.id: r for r in store.find(cls)} if whole else {}

    def prefetch(self, ids: Iterable[Optional[str]]) -> None:
        """Read the records of ``ids`` not read yet, in a few queries (not one each)."""
        if self.whole:
            return
        wanted = {i for i in ids if i and i not in self.known}
        found = {r.id: r for r in records_by_ids(self.store, self.cls, wanted)}
        for i in wanted:
            self.known[i] = found.get(i)

    def get(self, id: Optional[str]) -> Optional[R]:
        if not id:
            return None
        if id not in self.known and not self.whole:
            self.known[id] = self.store.maybe(self.cls, id)
        return self.known.get(id)
