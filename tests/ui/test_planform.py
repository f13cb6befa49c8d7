"""The Village plan tab of the Action plan page: edit plan fields (one undo step), nothing typed
is erased by a reload, the plan table is written from the tab."""
from __future__ import annotations

from openpyxl import load_workbook

from workshop.model import Action, Meeting
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


def test_plan_table_in_english_from_the_tab(qtbot, demo_ctx, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    page, form = _form(qtbot, demo_ctx)
    assert form.plan_lang.currentData() == "th"             # Thai unless English is chosen
    form.plan_lang.setCurrentIndex(form.plan_lang.findData("en"))
    out = tmp_path / "plan-en.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    form._ask_export(".xlsx")
    assert load_workbook(out).sheetnames == ["Village plan"]


def test_fiscal_year_labels_follow_the_action_without_overlap(qtbot, demo_ctx):
    """Actions of meetings in different fiscal years offer different years: after switching,
    only the new years' labels are there (the old ones once lay under them until deleted),
    and the years wrap five to a row."""
    from PySide6.QtWidgets import QLabel

    from workshop.model import Meeting
    from workshop.plan import fields as pf

    page, form = _form(qtbot, demo_ctx)
    rows = {}
    for i in range(form.action_combo.count()):
        a = demo_ctx.store.get(Action, form.action_combo.itemData(i))
        rows.setdefault(tuple(pf.plan_years(demo_ctx.store.get(Meeting, a.meeting_id), a)), i)
    assert len(rows) >= 2, rows                        # the demo has actions of two FY spans
    for years, i in list(rows.items()) + list(rows.items())[:1]:
        form.action_combo.setCurrentIndex(i)
        shown = [w for w in form.findChildren(QLabel) if w.text().startswith("FY ")
                 and w.isVisibleTo(form)]
        assert [w.text() for w in shown] == [f"FY {y}" for y in years]
        tops = {form.years_grid.getItemPosition(form.years_grid.indexOf(w))[:2] for w in shown}
        assert len(tops) == len(shown)                 # one label per grid cell
    big = {y: 1000.0 for y in range(2562, 2578)}       # sixteen years: four rows of five
    pf.set_plan(demo_ctx.store, form.action_combo.itemData(0), budgets=big)
    form.action_combo.setCurrentIndex(1)
    form.action_combo.setCurrentIndex(0)
    cells = [form.years_grid.getItemPosition(form.years_grid.indexOf(b))
             for b in form.year_boxes.values()]
    assert max(c for _r, c, _rs, _cs in cells) == pf.PLAN_YEARS - 1
    assert sorted({r for r, _c, _rs, _cs in cells}) == [1, 3, 5, 7]


def test_plan_with_governance_across_meetings_is_a_kept_setting(qtbot, demo_ctx, tmp_path):
    """Issue 15: the check box adds governance across the series' meetings after the plan
    table (a sheet of its own in the XLSX); the settings keep it."""
    from ui import settings as S

    _page, form = _form(qtbot, demo_ctx)
    assert not form.plan_trend.isChecked()
    assert form.export_to(str(tmp_path / "plain.xlsx"), "all")
    assert load_workbook(tmp_path / "plain.xlsx").sheetnames == ["แผนพัฒนาหมู่บ้าน"]
    form.plan_trend.setChecked(True)
    assert S.Settings().get(S.PLAN_TREND)
    _again, form = _form(qtbot, demo_ctx)          # another visit: still asked for
    assert form.plan_trend.isChecked()
    assert form.export_to(str(tmp_path / "trend.xlsx"), "all")
    wb = load_workbook(tmp_path / "trend.xlsx")
    assert wb.sheetnames == ["แผนพัฒนาหมู่บ้าน", "การอภิบาลต่อเนื่อง"]
    rows = list(wb["การอภิบาลต่อเนื่อง"].iter_rows(values_only=True))
    m = demo_ctx.store.get(Meeting, demo_ctx.meeting_id)
    assert f"ครั้งที่ {m.number}/{m.be_year}" in [c for r in rows for c in r]
    form.plan_trend.setChecked(False)
    assert not S.Settings().get(S.PLAN_TREND)
