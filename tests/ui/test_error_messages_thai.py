"""In Thai, a refusal from ``workshop`` (an environment or input error) is shown in Thai:
through AppContext.run, through the undo command's on_error, in the file-open dialogs and
with a nested import message."""
from __future__ import annotations

import re

import pytest

from ui import i18n
from workshop import errors
from workshop.model import Attendance, DecisionMethod, Person, PositionValue

ENGLISH_WORD = re.compile(r"[A-Za-z]{3,}")


def is_thai(text: str) -> bool:
    return any("\u0e00" <= ch <= "\u0e7f" for ch in text)


def english_words(text: str, *allowed: str) -> list[str]:
    for a in allowed:
        text = text.replace(a, "")
    return ENGLISH_WORD.findall(text)


@pytest.fixture
def thai(qapp):
    i18n.install("th")
    yield
    i18n.install("en")


def test_consent_objection_without_a_reason_is_refused_in_thai(thai, window, modals):
    store, ctx = window.store, window.ctx
    person = store.add(Person(first_name="สมศรี"))
    store.add(Attendance(meeting_id=ctx.meeting_id, person_id=person.id))
    page = window.page("ui.pages.decisions")
    page.title_edit.setText("เวรดูแลศาลา")
    page.method_combo.setCurrentIndex(page.method_combo.findData(DecisionMethod.CONSENT.value))
    page.add_proposal()
    page.person_combo.select(person.id)
    page.value_combo.setCurrentIndex(page.value_combo.findData(PositionValue.OBJECTION.value))
    page.reason_edit.setText("")
    page.add_position()
    shown = modals.pop("QMessageBox")
    assert shown.text == ("การคัดค้านต้องมีเหตุผลกำกับ: ลองถามผู้คัดค้านว่าต้องปรับอะไร"
                          "จึงจะยอมรับได้")
    assert page.pos_model.rowCount() == 0          # nothing recorded


def test_the_same_refusal_stays_english_in_english(window, modals):
    i18n.install("en")
    ctx = window.ctx

    def refuse():
        raise errors.InvalidInput("A block or an objection needs a reason: ask what would "
                                  "make it acceptable.")

    assert not ctx.run("t", refuse)
    assert modals.pop().text.startswith("A block or an objection needs a reason")


def test_opening_a_folder_explains_in_thai(thai, window, modals, tmp_path):
    folder = tmp_path / "เอกสาร.prachakhom"
    folder.mkdir()
    before = window.store.path
    assert not window.open_file(folder)
    shown = modals.pop("QMessageBox")
    assert shown.title == "ไม่ใช่แฟ้มเวที"
    assert shown.text == "เอกสาร.prachakhom เป็นโฟลเดอร์ ไม่ใช่แฟ้มเวที"
    assert window.store.path == before


def test_a_read_only_file_refusal_after_opening_is_thai(thai, window, modals, tmp_path,
                                                       monkeypatch):
    """A file that turns read-only under the app (USB stick locked): the edit is refused
    with the Store's own message, in Thai."""
    ctx = window.ctx

    def locked():
        # a real SQLITE_READONLY (the store sorts errors by SQLite's code, not its words)
        import sqlite3
        ro = sqlite3.connect(f"file:{window.store.path}?mode=ro", uri=True)
        try:
            ro.execute("CREATE TABLE t (x)")
        except sqlite3.Error as exc:
            raise window.store._environment(exc)
        finally:
            ro.close()

    assert not ctx.run("t", locked)
    text = modals.pop().text
    assert "window.prachakhom" in text and "ห้ามแก้ไข" in text
    assert not english_words(text, "window.prachakhom"), text


def test_undo_failure_is_reported_in_thai_through_on_error(thai, ctx, monkeypatch):
    shown: list[str] = []
    ctx.errorOccurred.connect(shown.append)

    def fail_undo(_step):
        raise errors.InvalidInput("Dots cannot be negative.")

    assert ctx.run("t", ctx.store.add, Person(first_name="ก"))
    monkeypatch.setattr(ctx.store, "undo", fail_undo)
    ctx.undo_stack.undo()
    assert shown == ["จำนวนจุดต้องไม่ติดลบ"]


def test_csv_import_refusal_is_thai_inside_and_out(thai, ctx, tmp_path):
    from workshop.people_csv import import_people_csv

    csv = tmp_path / "people.csv"
    csv.write_text("ชื่อ,นามสกุล\nสมชาย,ใจดี\n,ไม่มีชื่อ\n", encoding="utf-8")
    shown: list[str] = []
    ctx.errorOccurred.connect(shown.append)
    assert not ctx.run("import", import_people_csv, ctx.store, str(csv))
    assert shown == ["นำเข้าไม่ได้ และยังไม่มีข้อมูลใดถูกเปลี่ยน: แถวที่ 3: ยังไม่ได้ใส่ชื่อ"]
    assert not ctx.store.find(Person)


def test_every_template_renders_in_thai_without_english_sentences(thai):
    """Each translated template, filled with neutral values, reads as Thai (the English left
    is file names, formats and the values)."""
    import string
    import xml.etree.ElementTree as ET

    from workshop import paths

    allowed = ("CSV UTF-8", "UTF-8", "SQLite", "JSON", "CSV", "PNG", "JPEG", "PDF", "XLSX", "base64",
               "#RRGGBB", "first_name", "table_name", "tables", "tombstones", "meta", "format",
               "deleted", "id")
    bad = []
    for msg in ET.parse(paths.TRANSLATIONS / "workshop_th.ts").iter("message"):
        if msg.find("translation").get("type") in ("vanished", "obsolete"):
            continue                     # no longer raised anywhere: not compiled, not shown
        source = msg.findtext("source")
        names = {n for _t, n, _s, _c in string.Formatter().parse(source) if n}
        exc = errors.InvalidInput(source, **{n: 1 for n in names})
        text = i18n.error_text(exc)
        if not is_thai(text) or english_words(text, *allowed):
            bad.append((source, text))
    assert not bad, bad
