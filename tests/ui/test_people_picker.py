"""The one person/organisation picker (ui/people_picker.py): type-ahead like check-in, scoped
to the meeting and limited, free text only on purpose."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from workshop import attendance
from workshop.model import Organisation, Person, Sector
from workshop.store import Store
from ui import labels
from ui.people_picker import Picker

# the offscreen platform cannot raise the drop-down list or grab the keyboard for it
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def _shown(qtbot, w):
    qtbot.addWidget(w)
    w.show()
    return w


def _register(store, meeting_id):
    org = store.add(Organisation(name="อบต.หนองบัว", short_name="อบต.", sector=Sector.LOCAL_GOVERNMENT))
    here = store.add(Person(prefix="นาย", first_name="สมชาย", last_name="ใจดี",
                            position="ผู้ใหญ่บ้าน", organisation_id=org.id))
    away = store.add(Person(prefix="นาง", first_name="สมศรี", last_name="รักดี",
                            phone="081-234-5678"))
    other = store.add(Person(first_name="ทองดี", last_name="มีสุข"))
    attendance.check_in(store, meeting_id, here.id)
    return org, here, away, other


def test_type_ahead_lists_the_meetings_people_first_with_their_sector(qtbot, ctx, meeting,
                                                                    type_text):
    org, here, away, _other = _register(ctx.store, meeting.id)
    w = _shown(qtbot, Picker(ctx))
    type_text(w, "สม")
    qtbot.waitUntil(lambda: w.model.rowCount() == 2)   # the debounced query ran
    rows = w.rows()
    assert rows[0].startswith("✔ นายสมชาย ใจดี")          # present: first, ticked
    assert "ผู้ใหญ่บ้าน" in rows[0] and labels.sector(Sector.LOCAL_GOVERNMENT) in rows[0]
    assert rows[1].startswith("นางสมศรี รักดี")
    qtbot.keyClick(w.completer_.popup(), Qt.Key.Key_Down)
    qtbot.keyClick(w.completer_.popup(), Qt.Key.Key_Return)
    assert w.value() == away.id
    assert w.text() == "นางสมศรี รักดี"
    # a phone number finds the person too, and Down on an empty field lists the meeting's
    w.clear()
    w.setText("0812345")
    w.show_matches()
    assert w.rows() and w.rows()[0].startswith("นางสมศรี")
    w.clear()
    w.completer_.popup().hide()
    qtbot.keyClick(w, Qt.Key.Key_Down)
    assert len(w.rows()) == 1 and "สมชาย" in w.rows()[0]


def test_results_are_limited_and_scoped(qtbot, ctx, meeting):
    store = ctx.store
    people = [store.add(Person(first_name=f"สมปอง{i:03d}", last_name="ทดสอบ")) for i in range(80)]
    attendance.check_in(store, meeting.id, people[79].id)
    w = Picker(ctx, limit=12)
    qtbot.addWidget(w)
    w.setText("สมปอง")
    w.show_matches()
    rows = w.rows()
    assert len(rows) == 12
    assert rows[0].startswith("✔ สมปอง079")         # the one at the meeting comes first
    assert rows[1].startswith("สมปอง000")


def test_picker_never_reads_the_whole_register(qtbot, ctx, meeting, monkeypatch):
    _register(ctx.store, meeting.id)
    calls = []
    real = Store.select

    def spy(self, cls, where="", params=(), order_by=""):
        if cls in (Person, Organisation) and not where:
            calls.append(cls.__name__)
        return real(self, cls, where, params, order_by)
    monkeypatch.setattr(Store, "select", spy)
    w = Picker(ctx, organisations=True)
    qtbot.addWidget(w)
    w.setText("สม")
    w.show_matches()
    w.clear()
    w.show_matches()
    assert len(w.rows()) == 2           # the person present and their organisation
    assert calls == []


def test_free_text_only_on_purpose(qtbot, ctx, meeting):
    _org, here, _away, _other = _register(ctx.store, meeting.id)
    strict = _shown(qtbot, Picker(ctx))
    strict.select(here.id)
    strict.setText("ลุงแดง")
    strict.editingFinished.emit()
    assert strict.value() == here.id and strict.text() == "นายสมชาย ใจดี"   # put back

    free = _shown(qtbot, Picker(ctx, free_text=True))
    got = []
    free.chosen.connect(lambda: got.append(free.choice()))
    free.setText("ลุงแดง")
    free.show_matches()
    assert free.rows()[-1] == "“ลุงแดง” (not in the register)"
    free.activate_row(free.model.rowCount() - 1)
    assert free.value() is None and free.free_text() == "ลุงแดง"
    assert len(got) == 1
    # the exact name of a register person links instead of staying free text
    free.setText("นายสมชาย ใจดี")
    free.editingFinished.emit()
    assert free.value() == here.id and free.free_text() == ""
    assert len(got) == 2


def test_people_and_organisations_in_one_picker(qtbot, ctx, meeting):
    org, here, _away, _other = _register(ctx.store, meeting.id)
    w = Picker(ctx, organisations=True)
    qtbot.addWidget(w)
    w.setText("หนองบัว")
    w.show_matches()
    # the person matches through their organisation, and the organisation itself
    assert [r.split(" · ")[0] for r in w.rows()] == [
        "✔ นายสมชาย ใจดี – ผู้ใหญ่บ้าน, อบต.", "✔ อบต.หนองบัว"]
    w.activate_row(1)
    assert w.value() == "o:" + org.id
    w.select("p:" + here.id)
    assert w.value() == "p:" + here.id and w.text() == "นายสมชาย ใจดี"


def test_select_shows_a_rename_and_does_not_emit(qtbot, ctx, meeting):
    _org, here, _away, _other = _register(ctx.store, meeting.id)
    w = _shown(qtbot, Picker(ctx))
    got = []
    w.chosen.connect(lambda: got.append(1))
    w.select(here.id)
    ctx.store.update(Person, here.id, first_name="สมชาติ")
    w.refresh()
    assert w.text() == "นายสมชาติ ใจดี" and got == []
    w.setText("")
    w.editingFinished.emit()
    assert w.value() is None and got == [1]


def test_enter_on_a_row_of_the_list_chooses_it_before_the_field_takes_enter(qtbot, ctx,
                                                                           meeting, type_text):
    """Type "ทองดี", the list drops down with the registered ทองดี highlighted, Enter: what
    the field's Enter does (the Speakers page queues the speaker) sees that person, never
    the part of the name typed as free text, and happens once."""
    _org, _here, _away, other = _register(ctx.store, meeting.id)
    w = _shown(qtbot, Picker(ctx, free_text=True))
    seen = []

    def submitted():
        c = w.choice()
        seen.append((c.kind, c.id, c.text) if c else None)
        w.clear_choice()                  # as a page does once it used the choice

    w.returnPressed.connect(submitted)
    chosen = []
    w.chosen.connect(lambda: chosen.append(w.current_id()))
    w.setFocus()
    type_text(w, "ทองดี")
    qtbot.waitUntil(w.completer_.popup().isVisible)
    assert w.rows()[0].startswith("ทองดี มีสุข")
    qtbot.keyClick(w.completer_.popup(), Qt.Key.Key_Return)
    assert seen == [("person", other.id, "ทองดี มีสุข")]
    assert chosen == [other.id]
    assert w.text() == "" and w.current_id() is None     # not chosen again after the page
    assert not w.completer_.popup().isVisible()
