"""Closing the window or switching files loses nothing being typed, and stops the pages'
timers: every page's optional ``commit_pending()`` runs, then ``shutdown()``, while the file is
still open (see ``ui.pages``)."""
from __future__ import annotations

from pathlib import Path

import pytest

from workshop.agenda import add_item
from workshop.meetings import create_meeting
from workshop.model import AgendaItem, Meeting, Person, Proposal
from workshop.store import Store

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def win(qtbot, tmp_path, settings):
    """A main window on a file with a meeting, a person and an agenda item; closed by the
    test (or at teardown)."""
    from ui.mainwindow import MainWindow

    store = Store.create(tmp_path / "forum.prachakhom", backups=False)
    m = create_meeting(store, Meeting(title="เวทีประชาคม", date="2026-11-24"))
    store.add(Person(prefix="นาย", first_name="สมชาย", last_name="ใจดี"))
    add_item(store, m.id, "เรื่องที่ประธานแจ้ง")
    w = MainWindow(settings, store)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    yield w
    w.close()


def other_file(tmp_path: Path) -> Path:
    path = tmp_path / "other.prachakhom"
    with Store.create(path, backups=False) as s:
        create_meeting(s, Meeting(title="อีกเวที", date="2026-12-01"))
    return path


def reopen(path: Path) -> Store:
    return Store.open(path, backups=False)


def test_setup_field_typed_and_not_left_is_saved_when_the_window_closes(win, type_text):
    path = win.store.path
    setup = win.page("ui.pages.setup")
    setup.venue.clear()
    type_text(setup.venue, "ศาลาอเนกประสงค์หมู่ 5")      # no Enter, the field is not left
    setup.quorum.lineEdit().selectAll()
    type_text(setup.quorum.lineEdit(), "25")              # a spin box: typed, not stepped
    assert win.store.find(Meeting)[0].venue == ""
    win.close()
    assert win.store is None
    with reopen(path) as s:
        m = s.find(Meeting)[0]
        assert m.venue == "ศาลาอเนกประสงค์หมู่ 5"
        assert m.quorum == 25


def test_setup_field_being_edited_is_saved_when_another_file_is_opened(win, tmp_path,
                                                                      type_text, qtbot):
    path = win.store.path
    win.show()
    qtbot.waitExposed(win)
    win.show_page_module("ui.pages.setup")
    setup = win.page("ui.pages.setup")
    setup.village_name.setFocus()
    type_text(setup.village_name, "บ้านหนองบัว")
    assert win.open_file(other_file(tmp_path))
    assert win.store.find(Meeting)[0].title == "อีกเวที"
    with reopen(path) as s:
        assert s.find(Meeting)[0].village_name == "บ้านหนองบัว"
    # one edit, one undo step, on the old file's stack only: the new file's stack is empty
    assert win.ctx.undo_stack.count() == 0


def test_person_form_edit_is_saved_when_the_window_closes(win, type_text):
    path = win.store.path
    people = win.page("ui.pages.people")
    people.table.selectRow(0)
    assert people.first.text() == "สมชาย"
    type_text(people.position, "ผู้ใหญ่บ้าน")               # still in the form
    type_text(people.phone, "081-234-5678")
    win.close()
    with reopen(path) as s:
        p = s.find(Person)[0]
        assert (p.position, p.phone) == ("ผู้ใหญ่บ้าน", "081-234-5678")


def test_new_person_with_a_name_is_kept_and_a_nameless_one_dropped(win, tmp_path, type_text):
    path = win.store.path
    people = win.page("ui.pages.people")
    people.new_person()
    type_text(people.first, "สมศรี")
    type_text(people.last, "รักถิ่น")
    org_typed = people.orgs.kind     # the organisation form: a kind but no name (dropped)
    type_text(org_typed, "โรงเรียน")
    assert win.open_file(other_file(tmp_path))
    with reopen(path) as s:
        assert sorted(p.first_name for p in s.find(Person)) == ["สมชาย", "สมศรี"]
        assert s.count(Person) == 2


def test_agenda_item_and_hand_count_typed_are_saved_on_close(win, type_text):
    from workshop import decisions as dec
    from workshop.model import DecisionMethod

    path = win.store.path
    mid = win.ctx.meeting_id
    dec.add_proposal(win.store, mid, "ซ่อมถนน", method=DecisionMethod.MAJORITY)
    agenda = win.page("ui.pages.agenda")
    agenda.view.selectRow(0)
    type_text(agenda.notes, "ประธานแจ้งเรื่องงบประมาณ")
    decisions = win.page("ui.pages.decisions")
    decisions.reload()
    decisions.list_view.selectRow(0)
    decisions.for_spin.lineEdit().selectAll()
    type_text(decisions.for_spin.lineEdit(), "12")
    decisions.resolution_edit.setPlainText("ร่างมติ")    # only "Record decision" writes this
    win.close()
    with reopen(path) as s:
        assert s.find(AgendaItem)[0].notes == "ประธานแจ้งเรื่องงบประมาณ"
        p = s.find(Proposal)[0]
        assert p.count_for == 12
        assert p.resolution == ""


def _spy_shutdown(page, seen: list) -> None:
    original = page.shutdown

    def spy():
        original()
        seen.append((page.timer.isActive(), page.ctx.store.conn is not None))
        page.ctx.store.count(Meeting)          # the file is still open: this must not fail

    page.shutdown = spy


def _give_the_floor(win):
    """The speakers page shown with someone speaking: its turn timer runs."""
    win.show()
    win.show_page_module("ui.pages.speakers")
    speakers = win.page("ui.pages.speakers")
    speakers.name_edit.setText("ลุงแดง")
    speakers.add_speaker()
    speakers.next_speaker()
    return speakers


def test_speakers_and_agenda_timers_stop_when_the_window_closes(win):
    speakers = _give_the_floor(win)
    agenda = win.page("ui.pages.agenda")
    agenda.view.selectRow(0)
    agenda.start_current()                       # the meeting clock runs
    assert speakers.timer.isActive() and agenda.timer.isActive()
    seen: list = []
    _spy_shutdown(speakers, seen)
    _spy_shutdown(agenda, seen)
    win.close()
    assert seen == [(False, True), (False, True)]


def test_speakers_timer_stops_when_another_file_is_opened(win, tmp_path):
    speakers = _give_the_floor(win)
    assert speakers.timer.isActive()
    seen: list = []
    _spy_shutdown(speakers, seen)
    assert win.open_file(other_file(tmp_path))
    assert seen == [(False, True)]
    new = win.page("ui.pages.speakers")
    assert new is not speakers and new.timer is not speakers.timer   # the new page has its own


def test_issue_details_typed_are_saved_on_close(win, type_text):
    from workshop import issues
    from workshop.model import Issue

    path = win.store.path
    issue = issues.capture_issue(win.store, win.ctx.meeting_id, "ถนนชำรุด")
    page = win.page("ui.pages.issues")
    page.select_issue(issue.id)
    type_text(page.location_edit, "ซอย 3")
    type_text(page.desc_edit, "น้ำท่วมขังหน้าวัด")
    win.close()
    with reopen(path) as s:
        got = s.get(Issue, issue.id)
        assert (got.location, got.description) == ("ซอย 3", "น้ำท่วมขังหน้าวัด")
