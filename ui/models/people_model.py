"""Table models over the people and organisations registry."""
from __future__ import annotations

from typing import Any, Optional

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from workshop.model import Organisation, Person
from workshop.people import sector_of

from .. import labels
from ..widgets import plain_tooltip

Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1     # the record's id


class PeopleModel(QAbstractTableModel):
    """Registered people: name, position, organisation, sector, gender, village no., phone."""

    NAME, POSITION, ORGANISATION, SECTOR, GENDER, VILLAGE, PHONE = range(7)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._people: list[Person] = []
        self._orgs: dict[str, Organisation] = {}

    def set_people(self, people: list[Person], orgs: dict[str, Organisation]) -> None:
        self.beginResetModel()
        self._people = list(people)
        self._orgs = dict(orgs)
        self.endResetModel()

    def person(self, row: int) -> Optional[Person]:
        return self._people[row] if 0 <= row < len(self._people) else None

    def row_of(self, person_id: str) -> int:
        for i, p in enumerate(self._people):
            if p.id == person_id:
                return i
        return -1

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._people)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 7

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        titles = (self.tr("Name"), self.tr("Position"), self.tr("Organisation"),
                  self.tr("Sector"), self.tr("Gender"), self.tr("Village no."), self.tr("Phone"))
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._people)):
            return None
        p = self._people[index.row()]
        if role == ID_ROLE:
            return p.id
        if role == Qt.ItemDataRole.ToolTipRole:     # user text: shown literally
            return plain_tooltip(str(self.data(index) or "")) or None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        col = index.column()
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
        if col == self.PHONE:
            return p.phone
        return None


class OrganisationModel(QAbstractTableModel):
    """Organisations: name, short name, sector, kind, number of people registered."""

    NAME, SHORT, SECTOR, KIND, PEOPLE = range(5)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._orgs: list[Organisation] = []
        self._members: dict[str, int] = {}

    def set_organisations(self, orgs: list[Organisation], members: dict[str, int]) -> None:
        self.beginResetModel()
        self._orgs = list(orgs)
        self._members = dict(members)
        self.endResetModel()

    def organisation(self, row: int) -> Optional[Organisation]:
        return self._orgs[row] if 0 <= row < len(self._orgs) else None

    def row_of(self, org_id: str) -> int:
        for i, o in enumerate(self._orgs):
            if o.id == org_id:
                return i
        return -1

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._orgs)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        titles = (self.tr("Name"), self.tr("Short name"), self.tr("Sector"), self.tr("Kind"),
                  self.tr("People"))
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._orgs)):
            return None
        o = self._orgs[index.row()]
        if role == ID_ROLE:
            return o.id
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == self.PEOPLE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:     # user text: shown literally
            return plain_tooltip(str(self.data(index) or "")) or None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        col = index.column()
        if col == self.NAME:
            return o.name
        if col == self.SHORT:
            return o.short_name
        if col == self.SECTOR:
            return labels.sector(o.sector)
        if col == self.KIND:
            return o.kind
        if col == self.PEOPLE:
            return str(self._members.get(o.id, 0))
        return None
