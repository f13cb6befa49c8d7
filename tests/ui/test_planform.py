"""The Village plan tab of the Action plan page: edit plan fields (one undo step), nothing typed
is erased by a reload, the plan table is written from the tab."""
from __future__ import annotations

from openpyxl import load_workbook

from workshop.model import Action
from workshop.plan.fields import budgets_of


def _form(qtbot, ctx):
    from ui.pages.actions import ActionsPage

    page = ActionsPage(ctx)
    qtbot.addWidget(page)
    return page, page.plan_form


def _pick(form, title: str) -> str:
    idx = form.action_combo.findText(title)
    assert idx >= 0, title
    form.action_combo.setCurrentIndex(idx)
    return form.action_combo.itemData(idx)


def test_save_plan_fields_is_one_undo_step(qtbot, demo_ctx):
    page, form = _form(qtbot, demo_ctx)
    aid = _pick(form, "ตรวจคุณภาพน้ำประปาทุก 3 เดือน")
    before = demo_ctx.store.get(Action, aid)
    form.objective.setPlainText("เพื่อให้รู้คุณภาพน้ำ")
    form.indicator.setPlainText("ตรวจครบ 4 ครั้งต่อปี")
    years = list(form.year_boxes)
    form.year_boxes[years[0]].setValue(12000)
    form.year_boxes[years[1]].setValue(8000)
    count = demo_ctx.undo_stack.count()
    assert form.save()
    assert demo_ctx.undo_stack.count() == count + 1
    got = demo_ctx.store.get(Action, aid)
    assert (got.objective, got.indicator, got.cost_baht) == (
        "เพื่อให้รู้คุณภาพน้ำ", "ตรวจครบ 4 ครั้งต่อปี", 20000)
    assert budgets_of(got) == {years[0]: 12000.0, years[1]: 8000.0}
    demo_ctx.undo_stack.undo()
    back = demo_ctx.store.get(Action, aid)
    assert (back.objective, back.budget_years, back.cost_baht) == (
        before.objective, before.budget_years, before.cost_baht)
    assert form.objective.toPlainText() == before.objective      # the form follows the undo


def test_typed_text_survives_a_reload_and_is_saved_on_commit(qtbot, demo_ctx):
    page, form = _form(qtbot, demo_ctx)
    aid = _pick(form, "ขุดลอกหนองน้ำสาธารณะ")
    form.target.setPlainText("หนองน้ำ 2 แห่ง")
    other = demo_ctx.store.find(Action, meeting_id=demo_ctx.meeting_id)[0]
    demo_ctx.store.update(Action, other.id, notes="changed elsewhere")   # a reload
    assert form.target.toPlainText() == "หนองน้ำ 2 แห่ง"
    page.commit_pending()
    assert demo_ctx.store.get(Action, aid).target == "หนองน้ำ 2 แห่ง"


def test_plan_table_written_from_the_tab(qtbot, demo_ctx, tmp_path):
    page, form = _form(qtbot, demo_ctx)
    with qtbot.waitSignal(page.statusMessage):
        assert form.export_to(str(tmp_path / "plan.xlsx"), "all")
    ws = load_workbook(tmp_path / "plan.xlsx").active
    titles = [str(c.value).split("\n")[0] for c in ws["B"] if c.value]
    assert "ลอกผักตบชวาในลำห้วย" in titles            # an action of meeting 1: "all"
    assert form.export_to(str(tmp_path / "plan.pdf"))
    assert (tmp_path / "plan.pdf").read_bytes()[:5] == b"%PDF-"
