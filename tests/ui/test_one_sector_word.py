"""One word for each sector everywhere: a villager registered without an organisation shows
the same sector on every page that names sectors (check-in, people, roles, speakers, actions),
the word of workshop/vocabulary.py."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from workshop import actions, attendance, speakers
from workshop.model import Organisation, Person, Pledge, ResourceKind, Sector
from ui import labels

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _column(model, title: str) -> int:
    for c in range(model.columnCount()):
        if model.headerData(c, Qt.Orientation.Horizontal) == title:
            return c
    raise AssertionError(f"no column {title!r}")


def _cell(model, row: int, title: str) -> str:
    return model.index(row, _column(model, title)).data()


def test_a_villager_without_an_organisation_has_one_sector_word(qtbot, ctx, meeting):
    from ui.pages.actions import ActionsPage
    from ui.pages.checkin import CheckinPage
    from ui.pages.people import PeoplePage
    from ui.pages.roles import RolesPage
    from ui.pages.speakers import SpeakersPage

    s = ctx.store
    villager = s.add(Person(prefix="นาย", first_name="ทองดี", last_name="มีสุข"))
    grp = s.add(Organisation(name="กลุ่มแม่บ้าน", sector=Sector.CIVIL_SOCIETY))
    member = s.add(Person(prefix="นาง", first_name="สมศรี", organisation_id=grp.id))
    for p in (villager, member):
        attendance.check_in(s, meeting.id, p.id)
    actions.add_pledge(s, Pledge(meeting_id=meeting.id, person_id=villager.id,
                                 kind=ResourceKind.LABOUR, quantity=2))
    pages = {cls.__name__: cls(ctx) for cls in (CheckinPage, PeoplePage, RolesPage,
                                                SpeakersPage, ActionsPage)}
    for page in pages.values():
        qtbot.addWidget(page)
    pages["SpeakersPage"].timer.stop()
    speakers.enqueue(s, meeting.id, pages["SpeakersPage"].agenda_item_id(),
                     person_id=villager.id)
    word = labels.sector(Sector.COMMUNITY)

    checkin = pages["CheckinPage"].model
    row = next(r for r in range(checkin.rowCount()) if checkin.row(r).person.id == villager.id)
    people = pages["PeoplePage"].model
    prow = next(r for r in range(people.rowCount())
                if people.index(r, 0).data().endswith("ทองดี มีสุข"))
    roles = pages["RolesPage"].meeting_model
    queue = pages["SpeakersPage"].queue_model
    pledges = pages["ActionsPage"].pledge_model
    shown = {
        "check-in": _cell(checkin, row, "Sector"),
        "people": _cell(people, prow, "Sector"),
        "roles": roles.index(roles.row_of(villager.id), 1).data(),
        "speakers": queue.row(0).cells[1],
        "actions": pledges.row(0).cells[1],
    }
    assert shown == dict.fromkeys(shown, word)
    # and someone with an organisation has its sector on the same pages
    assert roles.index(roles.row_of(member.id), 1).data() == labels.sector(Sector.CIVIL_SOCIETY)
