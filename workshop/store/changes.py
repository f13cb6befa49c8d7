"""What a committed transaction changed, as the store tells its listeners."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Iterable, Optional

if TYPE_CHECKING:
    from .undolog import Step


class Origin(str):
    """Who made a change, when it is not a page: :data:`UNDO` or :data:`REDO`."""


UNDO = Origin("undo")
REDO = Origin("redo")


@dataclass
class Change:
    """What one committed transaction changed: table name -> ids (read from the undo log,
    so cascades are included), the :class:`Step` it recorded and its ``origin`` (the object
    that asked for it, e.g. the page whose edit it was; :data:`UNDO`/:data:`REDO`; None)."""
    tables: dict[str, set[str]] = field(default_factory=dict)
    step: Optional["Step"] = None
    origin: object = None

    def made_by(self, who: object) -> bool:
        """True when ``who`` made this change itself (it need not reload what it shows)."""
        return who is not None and self.origin is who

    def add(self, table: str, ids: Iterable[str]) -> None:
        self.tables.setdefault(table, set()).update(ids)

    def touches(self, *tables: str) -> bool:
        return any(t in self.tables for t in tables)
