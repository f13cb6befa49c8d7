"""The Minutes and reports page: exports through the page, the readiness checklist, the
governance panel, and File ▸ Export minutes (Ctrl+E)."""
from __future__ import annotations

import csv
import unicodedata
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from ui import i18n
from ui.pages import report as report_mod
from ui.pages import report_wording
from ui.pages.report import ReportPage, default_name
from workshop import governance, meetings
from workshop.model import AgendaItem, Meeting, Proposal

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def norm(text: str) -> str:
    return "".join(unicodedata.normalize("NFKC", text).split())


def pdf_text(path: Path) -> str:
    import pdfplumber

    with pdfplumber.open(str(path)) as pdf:
        return norm("\n".join(p.extract_text() or "" for p in pdf.pages))


@pytest.fixture
def page(qtbot, demo_ctx):
    p = ReportPage(demo_ctx)
    qtbot.addWidget(p)
    p.resize(1100, 700)
    p.show()
    return p


@pytest.fixture
def save_to(monkeypatch):
    """Patch the save dialog: it answers the next path and records what it was offered."""
    offered: list[tuple[str, str]] = []
    answers: list[str] = []

    def fake(parent, title, start, file_filter="", *a, **k):
        offered.append((title, start))
        return (answers.pop(0) if answers else "", file_filter)

    monkeypatch.setattr(report_mod.QFileDialog, "getSaveFileName", staticmethod(fake))

    class Ctl:
        def __call__(self, path):
            answers.append(str(path))

        @property
        def offered(self):
            return offered
    return Ctl()


@pytest.fixture
def opened(monkeypatch):
    urls = []
    monkeypatch.setattr(report_mod.QDesktopServices, "openUrl",
                        staticmethod(lambda url: urls.append(url) or True))
    return urls


def _export(qtbot, page, method: str):
    with qtbot.waitSignal(page.exported, timeout=20000) as blocker:
        getattr(page, method)()
    assert not page.busy
    return Path(blocker.args[0])


def test_export_minutes_in_thai_and_open_it(qtbot, page, save_to, opened, modals, tmp_path):
    m = page.meeting()
    page.lang.setCurrentIndex(page.lang.findData("th"))
    save_to(tmp_path / "minutes-th")
    modals.answer(QMessageBox.StandardButton.Open)
    out = _export(qtbot, page, "export_minutes")
    assert out == tmp_path / "minutes-th.pdf" and out.exists()
    assert not out.with_name(out.name + ".part").exists()
    title, start = save_to.offered[-1]
    assert Path(start).name == f"รายงานการประชุม-ครั้งที่{m.number}-{m.be_year}.pdf"
    shown = modals.pop("QMessageBox")
    assert str(out) in shown.text
    assert [u.toLocalFile() for u in opened] == [str(out)]
    text = pdf_text(out)
    assert norm(m.title) in text
    resolution = next(p.resolution for p in page.store.find(Proposal, meeting_id=m.id)
                      if p.resolution.strip())
    assert norm(resolution) in text
    assert "รายงานการประชุม" in text


def test_export_minutes_as_word_beside_the_pdf(qtbot, page, save_to, opened, modals, tmp_path):
    import docx

    m = page.meeting()
    page.lang.setCurrentIndex(page.lang.findData("th"))
    assert page.docx_btn.isEnabled() and page.docx_btn.parent() is page.minutes_btn.parent()
    save_to(tmp_path / "minutes-th")
    modals.answer(QMessageBox.StandardButton.Close)
    out = _export(qtbot, page, "export_minutes_docx")
    assert out == tmp_path / "minutes-th.docx" and out.exists()
    assert Path(save_to.offered[-1][1]).name == \
        f"รายงานการประชุม-ครั้งที่{m.number}-{m.be_year}.docx"
    assert str(out) in modals.pop("QMessageBox").text
    text = "\n".join(p.text for p in docx.Document(str(out)).paragraphs)
    assert m.title in text and "มติที่ประชุม" in text


def test_export_minutes_in_english_with_last_folder(qtbot, page, save_to, opened, modals,
                                                    tmp_path):
    m = page.meeting()
    folder = tmp_path / "exports"
    folder.mkdir()
    page.lang.setCurrentIndex(page.lang.findData("en"))
    assert not page.thai_digits.isEnabled()
    save_to(folder / "m.pdf")
    out = _export(qtbot, page, "export_minutes")
    modals.pop("QMessageBox")   # answered Close: nothing opened
    assert opened == []
    text = pdf_text(out)
    assert norm(m.title) in text and "Resolution" in text
    # the next export starts in the folder used last, with an English name
    save_to("")
    page.export_minutes()
    assert save_to.offered[-1][1] == str(folder / f"minutes-{m.number}-{m.be_year}.pdf")


def test_signin_sheet_with_blank_rows(qtbot, page, save_to, opened, modals, tmp_path):
    page.lang.setCurrentIndex(page.lang.findData("th"))
    page.blank_rows.setValue(3)
    save_to(tmp_path / "signin.pdf")
    out = _export(qtbot, page, "export_signin")
    modals.pop("QMessageBox")
    text = pdf_text(out)
    assert "แบบลงทะเบียน" in text
    m = page.meeting()
    assert norm(m.title) in text
    from workshop.minutes.content import build_signin

    n = len(build_signin(page.store, m.id).rows)   # the people, then exactly 3 blank rows
    assert text.endswith(f"{n + 1}{n + 2}{n + 3}")


def test_action_plan_csv_is_utf8_bom_with_thai(qtbot, page, save_to, opened, modals,
                                               tmp_path):
    save_to(tmp_path / "plan")   # no suffix: .csv is added
    out = _export(qtbot, page, "export_actions")
    modals.pop("QMessageBox")
    assert out.suffix == ".csv"
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    assert len(rows) > 2
    assert any("\u0e00" <= ch <= "\u0e7f" for row in rows for cell in row for ch in cell)


def test_cancelled_dialog_writes_nothing(qtbot, page, save_to, tmp_path):
    page.export_minutes()
    assert save_to.offered and not list(tmp_path.glob("*.pdf"))


def test_checklist_reacts_to_the_recorder(qtbot, page, demo_ctx):
    m = page.meeting()
    mark, text, btn = page.check_rows["officers"]
    assert mark.text() == "✓" and btn.isHidden()
    recorder = m.recorder_id
    demo_ctx.run("x", meetings.update_details, demo_ctx.store, m.id, recorder_id=None)
    assert mark.text() == "⚠" and not btn.isHidden()
    assert "Recorder" in text.text() or "recorder" in text.text()
    with qtbot.waitSignal(page.requestPage) as sig:
        qtbot.mouseClick(btn, Qt.MouseButton.LeftButton)
    assert sig.args == ["ui.pages.setup"]
    demo_ctx.store.update(Meeting, m.id, recorder_id=recorder)   # set via the store
    assert mark.text() == "✓" and btn.isHidden()


def test_checklist_lists_an_unresolved_item(qtbot, page, demo_ctx):
    m = page.meeting()
    item = demo_ctx.store.find(AgendaItem, order_by="position", meeting_id=m.id)[0]
    demo_ctx.store.update(AgendaItem, item.id, resolution="")
    mark, text, btn = page.check_rows["resolutions"]
    assert mark.text() == "⚠" and item.title in text.text()
    assert "1" in page.check_summary.text()


def test_hidden_page_refreshes_when_shown(qtbot, page, demo_ctx):
    page.hide()
    m = page.meeting()
    demo_ctx.store.update(Meeting, m.id, start_time="")
    assert page.check_rows["times"][0].text() == "✓"    # not recomputed while hidden
    page.show()
    assert page.check_rows["times"][0].text() == "⚠"


def test_governance_panel_met_then_goal_cleared_and_undone(qtbot, page, demo_ctx):
    for key in governance.CONDITIONS:
        badge = page.gov_rows[key][0]
        assert badge.property("level") == governance.MET
        assert badge.text() == report_wording.level_text(governance.MET) and "Met" in badge.text()
    goal_badge, _n, evidence, go = page.gov_rows["goal"]
    m = page.meeting()
    assert m.common_goal in evidence.text() and go.isHidden()
    demo_ctx.run("Clear goal", meetings.update_details, demo_ctx.store, m.id,
                 common_goal="")
    assert goal_badge.property("level") == governance.NOT_MET
    assert goal_badge.text() == report_wording.level_text(governance.NOT_MET)
    assert "background" in goal_badge.styleSheet()
    assert not go.isHidden()
    demo_ctx.undo_stack.undo()
    assert goal_badge.property("level") == governance.MET
    assert m.common_goal in evidence.text()


def test_governance_evidence_is_worded_in_thai(qtbot, demo_ctx):
    i18n.install("th")
    try:
        p = ReportPage(demo_ctx)
        qtbot.addWidget(p)
        p.show()
        decision = p.gov_rows["decision"][2].text()
        quorum = p.gov_rows["legitimacy"][2].text()
        badge = p.gov_rows["goal"][0].text()
    finally:
        i18n.install("en")
    assert "consensus" not in decision and "ฉันทามติ" in decision
    assert "quorum" not in quorum.lower() and "องค์ประชุม" in quorum
    assert "Met" not in badge and "ผ่าน" in badge


def test_default_names():
    assert default_name("minutes", 3, 2569, "th") == "รายงานการประชุม-ครั้งที่3-2569.pdf"
    assert default_name("minutes", 3, 2569, "en") == "minutes-3-2569.pdf"
    assert default_name("actions", 1, 2569, "en").endswith(".csv")


def test_ctrl_e_reaches_the_export(qtbot, window, save_to, opened, modals, tmp_path):
    from PySide6.QtGui import QKeySequence

    assert window.act_export_minutes.shortcut() == QKeySequence("Ctrl+E")
    assert window.act_export_minutes in window.menu_file.actions()
    assert window.act_signin_sheet in window.menu_file.actions()
    window.show_page(0)
    page = window.page("ui.pages.report")
    save_to(tmp_path / "ctrl-e.pdf")
    with qtbot.waitSignal(page.exported, timeout=20000):
        window.act_export_minutes.trigger()
    assert window.stack.currentWidget() is page
    assert (tmp_path / "ctrl-e.pdf").exists()
    modals.pop("QMessageBox")
    save_to("")
    window.act_signin_sheet.trigger()
    assert "แบบลงทะเบียน" in Path(save_to.offered[-1][1]).name or \
        "signin" in Path(save_to.offered[-1][1]).name


def _ticked_and_kept(qtbot, ctx, box: str, key):
    """Tick an annex's check box (off at first) on one visit of the page: the setting holds
    it, and the next visit's page (returned, shown) has it ticked."""
    from ui import settings as S

    first = ReportPage(ctx)
    qtbot.addWidget(first)
    assert not getattr(first, box).isChecked()
    getattr(first, box).setChecked(True)
    assert S.Settings().get(key)
    page = ReportPage(ctx)                  # another visit: still asked for
    qtbot.addWidget(page)
    page.show()
    assert getattr(page, box).isChecked()
    return page


def test_network_annex_is_a_kept_setting(qtbot, demo_ctx, save_to, opened, modals, tmp_path):
    """Issue 15: the actor network annex, asked for by a check box the settings keep."""
    from ui import settings as S

    page = _ticked_and_kept(qtbot, demo_ctx, "network_box", S.NETWORK_ANNEX)
    page.lang.setCurrentIndex(page.lang.findData("th"))
    save_to(tmp_path / "with-network")
    modals.answer(QMessageBox.StandardButton.Close)
    out = _export(qtbot, page, "export_minutes")
    modals.pop("QMessageBox")
    assert norm("ภาคผนวก เครือข่ายผู้มีส่วนร่วม") in pdf_text(out)
    page.network_box.setChecked(False)
    save_to(tmp_path / "without")
    modals.answer(QMessageBox.StandardButton.Close)
    out = _export(qtbot, page, "export_minutes")
    modals.pop("QMessageBox")
    assert norm("ภาคผนวก เครือข่าย") not in pdf_text(out)
    assert not S.Settings().get(S.NETWORK_ANNEX)


def test_trend_annex_is_a_kept_setting(qtbot, demo_ctx, save_to, opened, modals, tmp_path):
    """Issue 15: governance across meetings as an annex, asked for by a check box the
    settings keep; in the PDF and the Word copy, with the series' meeting numbers."""
    import docx

    from ui import settings as S

    page = _ticked_and_kept(qtbot, demo_ctx, "trend_box", S.TREND_ANNEX)
    assert not page.network_box.isChecked()
    page.lang.setCurrentIndex(page.lang.findData("th"))
    m = page.meeting()
    save_to(tmp_path / "with-trend")
    modals.answer(QMessageBox.StandardButton.Close)
    out = _export(qtbot, page, "export_minutes")
    modals.pop("QMessageBox")
    text = pdf_text(out)
    title = norm("ภาคผนวก การอภิบาลแบบร่วมมือต่อเนื่องหลายครั้ง")
    assert title in text
    assert norm(f"ครั้งที่ {m.number}/{m.be_year}") in text[text.index(title):]
    save_to(tmp_path / "with-trend-word")
    modals.answer(QMessageBox.StandardButton.Close)
    out = _export(qtbot, page, "export_minutes_docx")
    modals.pop("QMessageBox")
    assert "ภาคผนวก การอภิบาลแบบร่วมมือต่อเนื่องหลายครั้ง" in [
        p.text for p in docx.Document(str(out)).paragraphs]
    page.trend_box.setChecked(False)
    save_to(tmp_path / "without")
    modals.answer(QMessageBox.StandardButton.Close)
    out = _export(qtbot, page, "export_minutes")
    modals.pop("QMessageBox")
    assert title not in pdf_text(out)
    assert not S.Settings().get(S.TREND_ANNEX)
