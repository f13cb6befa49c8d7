"""Messages that ``workshop`` words (import reports, record kinds, OS reasons) reach a Thai
facilitator in Thai: they are :class:`workshop.errors.Notice` templates translated in the
``workshop`` context, like the errors."""
from __future__ import annotations

import errno

import pytest

from tests.ui.test_translations import untranslated
from ui import i18n
from workshop import errors
from workshop.model import Meeting, Person
from workshop.store import Store

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def thai(qapp):
    i18n.install("th")
    yield
    i18n.install("en")


def test_csv_import_report_in_thai(qtbot, ctx, thai, tmp_path):
    from ui.pages.people import PeoplePage

    ctx.store.add(Person(prefix="นาย", first_name="สมชาย", last_name="ใจดี"))
    page = PeoplePage(ctx)
    qtbot.addWidget(page)
    csv = tmp_path / "people.csv"
    csv.write_bytes("คำนำหน้า,ชื่อ,นามสกุล,หน่วยงาน,ภาค\n"
                    "นาง,บุญมี,ศรีสุข,,ภาคประชาสังคม\n"
                    "นาย,สมชาย,ใจดี,,\n".encode("cp874"))
    assert page.import_csv(str(csv))
    text = page.import_label.text()
    assert "แถวที่ 3: มี สมชาย ใจดี อยู่ในรายชื่อแล้ว" in text
    assert "แถวที่ 2: ระบุภาคส่วนแต่ไม่ระบุหน่วยงาน" in text
    assert "อ่านแฟ้มด้วยรหัสอักขระ" in text
    assert not untranslated(text.replace("cp874", "")), text


def test_csv_import_report_in_english(qtbot, ctx, tmp_path):
    from ui.pages.people import PeoplePage

    ctx.store.add(Person(prefix="นาย", first_name="สมชาย", last_name="ใจดี"))
    page = PeoplePage(ctx)
    qtbot.addWidget(page)
    csv = tmp_path / "people.csv"
    csv.write_text("ชื่อ,นามสกุล\nสมชาย,ใจดี\n", encoding="utf-8")
    assert page.import_csv(str(csv))
    assert "row 2: สมชาย ใจดี is already in the list" in page.import_label.text()


def test_not_found_names_the_kind_in_thai(thai, tmp_path):
    store = Store.create(tmp_path / "x.prachakhom", backups=False)
    try:
        with pytest.raises(errors.NotFound) as info:
            store.get(Meeting, "no-such-id")
    finally:
        store.close()
    assert str(info.value) == "The meeting was not found (it may have been deleted)."
    assert i18n.error_text(info.value) == "ไม่พบการประชุมที่ต้องการ อาจถูกลบไปแล้ว"


@pytest.mark.parametrize("code", [errno.EACCES, errno.ENOSPC, errno.EROFS, errno.ENOENT])
def test_os_reasons_in_thai(thai, code):
    exc = OSError(code, "English words from the OS")
    text = i18n.os_error_text(exc)
    assert text and not untranslated(text), text
    wrapped = errors.ReadOnlyFile("Cannot write {path}: {reason}.", "/x/y.pdf",
                                  reason=errors.os_reason(exc))
    assert i18n.error_text(wrapped) == f"บันทึกแฟ้ม /x/y.pdf ไม่ได้: {text}"


def test_unknown_os_reason_keeps_the_os_words(thai):
    assert i18n.os_error_text(OSError(errno.ELOOP, "Too many levels")) == "Too many levels"


def test_sqlite_detail_is_marked_as_technical(thai):
    # A constraint broken by the code is a bug (crash report); one broken by imported data is
    # an import error whose SQLite detail is marked as technical.
    exc = errors.ImportFailed("the data is inconsistent ({detail}).",
                              detail="UNIQUE constraint failed: people.id")
    text = i18n.error_text(exc)
    assert "ข้อมูลในแฟ้มขัดแย้งกันเอง (รายละเอียดทางเทคนิค: UNIQUE constraint failed: people.id)" in text
    assert text.startswith("นำเข้าไม่ได้"), text


def test_export_failure_says_why_in_thai(qtbot, demo_ctx, thai, tmp_path):
    from ui.pages.actions import ActionsPage

    page = ActionsPage(demo_ctx)
    qtbot.addWidget(page)
    said: list[str] = []
    demo_ctx.errorOccurred.connect(said.append)
    assert not page.export_to(str(tmp_path / "no-such-folder" / "plan.csv"))
    assert said and said[0].endswith("ไม่มีแฟ้มหรือโฟลเดอร์นี้"), said
    assert not untranslated(said[0]), said


def test_name_prefixes_follow_the_language(qtbot, ctx):
    from ui.pages.checkin import NewPersonDialog

    def offered() -> list[str]:
        dlg = NewPersonDialog(ctx.store, "")
        qtbot.addWidget(dlg)
        return [dlg.prefix.itemText(i) for i in range(dlg.prefix.count())]

    assert {"นาย", "Mr", "Ms"} <= set(offered())
    i18n.install("th")
    try:
        thai_list = offered()
    finally:
        i18n.install("en")
    assert thai_list == ["นาย", "นาง", "นางสาว"]
