"""The declared page interface (ui.pages.Page), pages built on first show, and hidden pages that
get no change notices but catch up when shown."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

from ui import pages
from ui.pages import Page, PageContext
from workshop.meetings import create_meeting
from workshop.model import Attendance, Issue, Meeting, Person

ROOT = Path(__file__).resolve().parents[2]


def test_every_page_declares_the_interface():
    classes = pages.page_classes()
    assert len(classes) == len(pages.PAGES) >= 15
    for cls in classes:
        assert issubclass(cls, Page)
        # its title is its entry's (known before the module is imported); its own load()
        entry = next(e for e in pages.PAGES if e.class_name == cls.__name__)
        assert cls.page_title() == entry.translated_title() == entry.title != ""
        assert cls.load is not Page.load, cls.__name__
    with pytest.raises(NotImplementedError):
        Page.page_title()


def test_the_window_finds_pages_without_strings_or_getattr():
    tree = ast.parse((ROOT / "ui" / "mainwindow.py").read_text(encoding="utf-8"))
    calls = [n for n in ast.walk(tree) if isinstance(n, ast.Call)
             and isinstance(n.func, ast.Name) and n.func.id in ("getattr", "hasattr")]
    assert calls == []


def _spy(page, name):
    calls = []
    original = getattr(page, name)

    def spy(*args, **kwargs):
        calls.append(args)
        return original(*args, **kwargs)
    setattr(page, name, spy)
    return calls


def test_only_the_shown_page_is_built(window):
    assert len(window.pages) == 1
    assert window.stack.currentWidget() is window.pages[0]
    window.show_page_module("ui.pages.speakers")
    assert [type(p).__name__ for p in window.pages] == ["MeetingsPage", "SpeakersPage"]
    assert window.stack.currentWidget() is window.pages[1]


def test_a_hidden_page_waits_and_catches_up_when_shown(window):
    speakers = window.show_page_of(pages.PageEntry("ui.pages.speakers", "SpeakersPage")
                                   .load_class())
    assert isinstance(speakers.ctx, PageContext) and speakers.ctx.live
    # a change notice is not a reload (issue 9): the page reads again what the changes
    # touched (here the meeting's people), once for both
    reloads = _spy(speakers, "_read_people")
    window.show_page_module("ui.pages.people")            # the speakers page is hidden now
    assert not speakers.ctx.live
    store, mid = window.store, window.ctx.meeting_id
    for name in ("สมหญิง", "สมปอง"):
        person = store.add(Person(first_name=name))
        store.add(Attendance(meeting_id=mid, person_id=person.id))
    assert reloads == []                                   # nothing done while hidden
    names = lambda: {p.first_name for p in speakers._people.values()}   # noqa: E731
    assert "สมหญิง" not in names()
    window.show_page_module("ui.pages.speakers")
    assert len(reloads) == 1                               # both changes, one catch-up
    assert {"สมหญิง", "สมปอง"} <= names()


def test_a_meeting_changed_while_hidden_is_loaded_when_shown(window):
    window.show_page_module("ui.pages.setup")
    setup = window.page("ui.pages.setup")
    loads = _spy(setup, "load")
    window.show_page_module("ui.pages.meetings")
    other = create_meeting(window.store, Meeting(title="เวทีครั้งที่สอง", date="2026-12-01"))
    window.ctx.set_meeting(other.id)
    assert loads == []
    window.show_page_module("ui.pages.setup")
    assert len(loads) == 1
    assert setup.title.text() == "เวทีครั้งที่สอง"


def test_a_hidden_page_sees_the_notice_of_its_own_edit(window):
    people = window.page("ui.pages.people")               # built, never shown
    assert not people.ctx.live
    seen = []
    people.ctx.storeChanged.connect(seen.append)
    window.store.add(Person(first_name="อื่น"))           # someone else's edit: held
    assert seen == []

    people.ctx.run("add", window.store.add, Person(first_name="ของหน้านี้"),
                   origin=people)                       # the page's own edit: delivered
    assert len(seen) == 1 and seen[0].touches("people") and seen[0].made_by(people)


def test_leaving_a_page_saves_what_is_typed(window):
    window.show_page_module("ui.pages.setup")
    setup = window.page("ui.pages.setup")
    commits = _spy(setup, "commit_pending")
    window.show_page_module("ui.pages.people")
    assert len(commits) == 1


def test_meeting_pages_read_the_meetings_people_not_the_registry(window):
    store, mid = window.store, window.ctx.meeting_id
    here = store.add(Person(first_name="มาประชุม"))
    store.add(Attendance(meeting_id=mid, person_id=here.id))
    raiser = store.add(Person(first_name="ผู้เสนอ"))
    store.add(Issue(meeting_id=mid, title="ถนนชำรุด", raised_by_id=raiser.id))
    elsewhere = store.add(Person(first_name="ไม่เกี่ยว"))
    speakers = window.page("ui.pages.speakers")
    decisions = window.page("ui.pages.decisions")
    issues = window.page("ui.pages.issues")
    assert set(speakers._people) == set(decisions._people) == {here.id, raiser.id}
    assert set(issues.model._people) == {here.id, raiser.id}
    assert elsewhere.id not in issues.model._people
