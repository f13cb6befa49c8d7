"""What a committed transaction changed, as the store tells its listeners."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable


@dataclass
class Change:
    """What one committed transaction changed: table name -> ids."""
    tables: dict[str, set[str]] = field(default_factory=dict)

    def add(self, table: str, ids: Iterable[str]) -> None:
        self.tables.setdefault(table, set()).update(ids)

    def touches(self, *tables: str) -> bool:
        return any(t in self.tables for t in tables)
