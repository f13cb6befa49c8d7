"""Table models over the people and organisations registry."""
from __future__ import annotations

from typing import Any, Optional

from PySide6.QtCore import Qt

from workshop.model import Organisation, Person
from workshop.people import sector_of

from .. import labels
from .table import ID_ROLE, RIGHT, RecordsModel

__all__ = ["ID_ROLE", "OrganisationModel", "PeopleModel"]


class PeopleModel(RecordsModel):
    """Registered people: name, position, organisation, sector, gender, village no., phone."""

    NAME, POSITION, ORGANISATION, SECTOR, GENDER, VILLAGE, PHONE = COLUMNS = range(7)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._orgs: dict[str, Organisation] = {}

    def set_people(self, people: list[Person], orgs: dict[str, Organisation],
                   merge: bool = False) -> None:
        """Show ``people`` (``merge``: only the rows that differ change, no reset)."""
        if merge:
            with self.merging() as put:
                self._orgs = dict(orgs)
                put(people)
            return
        with self.resetting():
            self.items = list(people)
            self._orgs = dict(orgs)

    def person(self, row: int) -> Optional[Person]:
        return self.item_at(row)

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Name"), self.tr("Position"), self.tr("Organisation"),
                self.tr("Sector"), self.tr("Gender"), self.tr("Village no."), self.tr("Phone"))

    def cell(self, p: Person, row: int, col: int) -> Any:
        if col == self.NAME:
            return p.full_name
        if col == self.POSITION:
            return p.position
        if col == self.ORGANISATION:
            org = self._orgs.get(p.organisation_id or "")
            return (org.short_name or org.name) if org else ""
        if col == self.SECTOR:
            return labels.sector(sector_of(p, self._orgs))
        if col == self.GENDER:
            return labels.gender(p.gender)
        if col == self.VILLAGE:
            return p.village_no
        return p.phone


class OrganisationModel(RecordsModel):
    """Organisations: name, short name, sector, kind, number of people registered."""

    NAME, SHORT, SECTOR, KIND, PEOPLE = COLUMNS = range(5)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._members: dict[str, int] = {}

    def set_organisations(self, orgs: list[Organisation], members: dict[str, int],
                          merge: bool = False) -> None:
        """Show ``orgs`` (``merge``: only the rows that differ change, no reset)."""
        if merge:
            with self.merging() as put:
                self._members = dict(members)
                put(orgs)
            return
        with self.resetting():
            self.items = list(orgs)
            self._members = dict(members)

    def organisation(self, row: int) -> Optional[Organisation]:
        return self.item_at(row)

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Name"), self.tr("Short name"), self.tr("Sector"), self.tr("Kind"),
                self.tr("People"))

    def cell(self, o: Organisation, row: int, col: int) -> Any:
        if col == self.NAME:
            return o.name
        if col == self.SHORT:
            return o.short_name
        if col == self.SECTOR:
            return labels.sector(o.sector)
        if col == self.KIND:
            return o.kind
        return str(self._members.get(o.id, 0))

    def role_data(self, o: Organisation, row: int, col: int, role: int) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and col == self.PEOPLE:
            return RIGHT
        return None
