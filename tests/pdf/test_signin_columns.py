"""The sign-in sheet's position and phone columns, when the meeting asks for them (issue 14,
item 5; schema 5).  A phone number is personal data: on the sheet only when asked."""
from __future__ import annotations

import pytest

from tests.pdf.conftest import norm
from tests.pdf.test_minutes_pdf import _check_margins
from workshop import cli
from workshop.meetings import update_details
from workshop.minutes import layout
from workshop.minutes.content import build_signin
from workshop.minutes.layout import render_signin, write_atomic
from workshop.model import Attendance, Person

PHONE = "0812345678"


@pytest.fixture
def sheet_store(rich):
    store, m = rich
    p = store.add(Person(prefix="นาย", first_name="บุญส่ง", last_name="ไร่นาดี",
                         position="ผู้ช่วยผู้ใหญ่บ้าน", phone=PHONE, village_no="5",
                         consent=True))
    store.add(Attendance(meeting_id=m.id, person_id=p.id))
    return store, m


def _text(store, m, tmp_path, pdftotext, lang="th", name="s.pdf") -> str:
    path = write_atomic(render_signin(build_signin(store, m.id), lang, blank_rows=2),
                        tmp_path / name)
    assert _check_margins(path) == []
    return norm(pdftotext(path))


def test_without_the_settings_neither_column_nor_any_phone_is_printed(sheet_store, tmp_path,
                                                                      pdftotext):
    store, m = sheet_store
    sheet = build_signin(store, m.id)
    assert not sheet.position and not sheet.phone
    assert all(r.phone == "" for r in sheet.rows)
    text = _text(store, m, tmp_path, pdftotext)
    assert norm("โทรศัพท์") not in text and PHONE not in text
    assert norm("ตำแหน่ง") not in text and norm("ผู้ช่วยผู้ใหญ่บ้าน") not in text


@pytest.mark.parametrize("lang, pos_head, phone_head", [("th", "ตำแหน่ง", "โทรศัพท์"),
                                                        ("en", "Position", "Phone")])
def test_asked_for_the_position_and_phone_columns_print_them(sheet_store, tmp_path, pdftotext,
                                                             lang, pos_head, phone_head):
    store, m = sheet_store
    update_details(store, m.id, signin_position=True, signin_phone=True)
    text = _text(store, m, tmp_path, pdftotext, lang)
    assert norm(pos_head) in text and norm(phone_head) in text
    assert PHONE in text and norm("ผู้ช่วยผู้ใหญ่บ้าน") in text
    # the row reads in column order: name, position, ..., phone (one line each: no wrap)
    row = text[text.index(norm("นายบุญส่งไร่นาดี")):]
    assert row.index(norm("ผู้ช่วยผู้ใหญ่บ้าน")) < row.index(PHONE)
    assert norm(phone_head) + norm("ลายมือชื่อ" if lang == "th" else "Signature") in text


def test_the_position_alone_prints_no_phone(sheet_store, tmp_path, pdftotext):
    store, m = sheet_store
    update_details(store, m.id, signin_position=True)
    text = _text(store, m, tmp_path, pdftotext)
    assert norm("ผู้ช่วยผู้ใหญ่บ้าน") in text and PHONE not in text
    assert norm("โทรศัพท์") not in text


@pytest.mark.parametrize("position, phone", [(False, False), (True, False), (False, True),
                                             (True, True)])
def test_the_columns_always_fill_the_frame(position, phone):
    width, height = layout.signin_page(position, phone)
    assert (width > height) == (position or phone)     # landscape for the extra columns
    for lang in ("th", "en"):
        widths = layout.signin_widths(lang, position, phone)
        assert len(widths) == 5 + position + phone
        assert abs(sum(widths) - (width - layout.MARGIN_LEFT - layout.MARGIN_RIGHT)) < 0.01
        if not (position or phone):                    # the sheet as it always was
            assert widths == pytest.approx(layout.SIGNIN_WIDTHS[lang])
        assert min(widths[-1], widths[1]) >= 3 * layout.cm     # room to sign, for a name


def test_the_cli_sign_in_sheet_follows_the_meetings_setting(sheet_store, tmp_path, pdftotext):
    store, m = sheet_store
    update_details(store, m.id, signin_phone=True)
    path = store.path
    store.close()
    out = tmp_path / "cli.pdf"
    assert cli.main(["signin-sheet", str(path), "--meeting", m.id, "-o", str(out)]) == 0
    text = norm(pdftotext(out))
    assert PHONE in text and norm("โทรศัพท์") in text


def test_a_phone_is_printed_only_for_a_person_who_consented(sheet_store):
    store, m = sheet_store
    shy = store.add(Person(first_name="สมศรี", last_name="ไม่ยินยอม", phone="0899999999",
                           consent=False))
    store.add(Attendance(meeting_id=m.id, person_id=shy.id, member=True))   # named: a member
    update_details(store, m.id, signin_phone=True)
    phones = {r.name: r.phone for r in build_signin(store, m.id).rows}
    assert phones["นายบุญส่ง ไร่นาดี"] == PHONE
    assert phones["สมศรี ไม่ยินยอม"] == ""
