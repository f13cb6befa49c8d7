"""Nothing a person is typing is erased by a reload caused by another save.

For every page with a form: text is typed into a field (not saved yet: no Enter, focus not
left), then something else is saved on the same page and then on another page (a workshop
function run through the context, as that page would), and the typed text is still there.
The Decisions page once erased a resolution being typed when the hand count was saved.
"""
from __future__ import annotations

from workshop import actions as ac
from workshop import agenda as agenda_svc
from workshop import decisions as dec
from workshop import issues as issues_svc
from workshop import meetings, people
from workshop.model import ActionStatus, DecisionMethod, Person

TYPED = "กำลังพิมพ์อยู่ ยังไม่ได้บันทึก"


def _page(qtbot, ctx, cls):
    page = cls(ctx)
    qtbot.addWidget(page)
    return page


def _type(widget, text: str = TYPED) -> None:
    """Typing without finishing: the text changes, no editingFinished."""
    if hasattr(widget, "setPlainText"):
        widget.setPlainText(text)
    else:
        widget.setText(text)


def _text(widget) -> str:
    return widget.toPlainText() if hasattr(widget, "toPlainText") else widget.text()


def test_setup_title_survives_saves(qtbot, demo_ctx):
    from ui.pages.setup import SetupPage

    p = _page(qtbot, demo_ctx, SetupPage)
    _type(p.title)
    venue = p.fields["venue"][0]
    venue.setText("ศาลาวัดหนองบัว")
    venue.editingFinished.emit()                                  # saved on this page
    assert demo_ctx.store.get(meetings.Meeting, demo_ctx.meeting_id).venue == "ศาลาวัดหนองบัว"
    demo_ctx.run("x", meetings.update_details, demo_ctx.store, demo_ctx.meeting_id,
                 purpose="จัดทำแผนชุมชน")                         # saved elsewhere
    assert p.title.text() == TYPED
    assert p.fields["purpose"][0].toPlainText() == "จัดทำแผนชุมชน"   # not typed: follows


def test_agenda_notes_survive_saves(qtbot, demo_ctx):
    from ui.pages.agenda import AgendaPage

    p = _page(qtbot, demo_ctx, AgendaPage)
    p.view.selectRow(0)
    item = p.current
    _type(p.notes)
    p.clock = lambda: __import__("datetime").datetime(2026, 11, 24, 10, 0)
    p.start_current()                                              # saved on this page
    assert agenda_svc.is_running(demo_ctx.store.get(agenda_svc.AgendaItem, item.id))
    demo_ctx.run("x", agenda_svc.update_item, demo_ctx.store, item.id, timebox_min=25)
    assert p.current.id == item.id and p.notes.toPlainText() == TYPED
    assert p.timebox.value() == 25
    p.shutdown()


def test_people_form_survives_saves(qtbot, demo_ctx):
    from ui.pages.people import PeoplePage

    p = _page(qtbot, demo_ctx, PeoplePage)
    p.table.selectRow(0)
    person = demo_ctx.store.get(Person, p._editing_id)
    _type(p.notes)
    p.orgs.new_organisation(focus=False)
    p.orgs.name.setText("กลุ่มออมทรัพย์ใหม่")
    assert p.orgs.save_organisation()                                   # saved on this page
    demo_ctx.run("x", people.update_person, demo_ctx.store, person.id, phone="0812345678")
    assert p.notes.text() == TYPED
    assert p.phone.text() == "0812345678"


def test_issue_details_survive_saves(qtbot, demo_ctx):
    from ui.pages.issues import IssuesPage

    p = _page(qtbot, demo_ctx, IssuesPage)
    first = issues_svc.issues(demo_ctx.store, demo_ctx.meeting_id)[0]
    p.select_issue(first.id)
    _type(p.desc_edit)
    who = demo_ctx.store.find(Person)[0]
    assert p.link_actor("p:" + who.id)                             # saved on this page
    demo_ctx.run("x", issues_svc.update_issue, demo_ctx.store, first.id, location="ทางเข้าวัด")
    assert p.desc_edit.toPlainText() == TYPED
    assert p.location_edit.text() == "ทางเข้าวัด"


def test_decisions_resolution_survives_the_hand_count(qtbot, demo_ctx):
    """Today's data loss: a resolution being typed, then the hand count is saved."""
    from ui.pages.decisions import DecisionsPage

    store, mid = demo_ctx.store, demo_ctx.meeting_id
    prop = dec.add_proposal(store, mid, "ซ่อมถนน", method=DecisionMethod.MAJORITY)
    p = _page(qtbot, demo_ctx, DecisionsPage)
    p.list_view.selectRow(p.list_model.row_of(prop.id))
    _type(p.resolution_edit)
    p.for_spin.setValue(12)
    p.save_count()                                                 # saved on this page
    assert store.get(dec.Proposal, prop.id).count_for == 12
    assert p.resolution_edit.toPlainText() == TYPED
    demo_ctx.run("x", dec.set_hand_count, store, prop.id, 12, 3, 1)   # saved elsewhere
    assert p.resolution_edit.toPlainText() == TYPED
    assert p.against_spin.value() == 3


def test_plan_fields_survive_saves(qtbot, demo_ctx):
    from ui.pages.actions import ActionsPage

    p = _page(qtbot, demo_ctx, ActionsPage)
    form = p.plan_form
    aid = form._action_id or form.action_ids()[0]
    _type(form.texts["objective"])
    p.p_qty.setValue(3)
    p.p_desc.setText("ทราย")
    p.add_pledge()                                                 # saved on this page
    demo_ctx.run("x", ac.set_action_status, demo_ctx.store, aid, ActionStatus.IN_PROGRESS)
    assert _text(form.texts["objective"]) == TYPED
