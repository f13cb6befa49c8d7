"""Imports enforce the rules an edit obeys, and people CSVs are decoded by their bytes.

JSON: over-long texts, empty names, unknown values, ids that are not UUIDs, timestamps that
are not timestamps and pictures that do not decode are refused, all or nothing, with the
table, row and column named.  CSV: UTF-8 (with or without BOM), UTF-16 with BOM and cp874
are read; bytes that only fit cp874 as garbage (Windows-1252 accents) are refused.
"""
from __future__ import annotations

import copy

import pytest

from workshop import errors, interchange, limits, people_csv
from workshop.model import AgendaItem, Gender, Meeting, Person


@pytest.fixture
def export(store):
    m = store.add(Meeting(title="เวทีประชาคม"))
    store.add(AgendaItem(meeting_id=m.id, title="เรื่องแจ้ง"))
    store.add(Person(first_name="สมชาย", last_name="ใจดี"))
    return interchange.export_data(store)


def _new_store(tmp_path):
    from workshop.store import Store

    return Store.create(tmp_path / "target.prachakhom", backups=False)


@pytest.mark.parametrize("table, column, value, words", [
    ("agenda_items", "resolution", "ม" * 100_000, "too long: 100,000 characters, at most 20,000"),
    ("people", "first_name", "ก" * 5_000, "too long: 5,000 characters, at most 200"),
    ("meetings", "title", "t" * (limits.TITLE + 1), "at most 500"),
    ("people", "first_name", "   ", "cannot be empty"),
    ("people", "gender", "martian", "unknown value"),
    ("people", "id", "not-a-uuid", "not a record id"),
    ("agenda_items", "meeting_id", "0000", "not a record id"),
    ("people", "created", "yesterday", "not a date and time"),
    ("people", "consent_at", "2026-13-45T99:00", "not a date and time"),
    ("meetings", "date", "31/12/2569", "not a date"),
    ("meetings", "start_time", "25:61", "not a time"),
])
def test_json_values_the_ui_would_refuse_are_refused(export, tmp_path, table, column, value,
                                                      words):
    data = copy.deepcopy(export)
    data["tables"][table][0][column] = value
    with _new_store(tmp_path) as target:
        with pytest.raises(errors.ImportFailed) as info:
            interchange.import_data(target, data)
        text = str(info.value)
        assert words in text and f"{table} row 1 ({column})" in text, text
        assert "nothing was changed" in text
        assert interchange.is_empty(target)


def test_a_picture_that_does_not_decode_is_refused(store, tmp_path):
    import base64

    from workshop.model import CommunityMap

    m = store.add(Meeting(title="เวที"))
    store.add(CommunityMap(meeting_id=m.id, name="แผนที่", image=b"\x89PNG\r\n\x1a\nbroken"))
    data = interchange.export_data(store)
    assert base64.b64decode(data["tables"]["maps"][0]["image"]).startswith(b"\x89PNG")
    with _new_store(tmp_path) as target:
        with pytest.raises(errors.ImportFailed) as info:
            interchange.import_data(target, data)
        assert "maps row 1 (image) is not a picture" in str(info.value)


def test_a_valid_export_still_imports(export, tmp_path):
    with _new_store(tmp_path) as target:
        report = interchange.import_data(target, export)
        assert report.added == 3


# ------------------------------------------------------------------------------- CSV
PEOPLE = "ชื่อ,นามสกุล,เพศ\nสมชาย,ใจดี,ชาย\nมาลี,ศรีสุข,อื่น ๆ\n"


@pytest.mark.parametrize("encoding, label", [
    ("utf-8", "utf-8"), ("utf-8-sig", "utf-8"), ("utf-16", "utf-16"), ("cp874", "cp874"),
])
def test_csv_in_each_encoding(store, tmp_path, encoding, label):
    path = tmp_path / "people.csv"
    path.write_bytes(PEOPLE.encode(encoding))
    text, found = people_csv.decode_csv(path.read_bytes())
    assert found == label and text.lstrip("\ufeff") == PEOPLE
    report = people_csv.import_people_csv(store, path)
    assert report.added == 2
    people = {p.first_name: p for p in store.find(Person)}
    assert people["มาลี"].last_name == "ศรีสุข" and people["มาลี"].gender == Gender.OTHER


@pytest.mark.parametrize("names", ["René,Müller", "José,Gómez", "Zoë,Café", "Hélène,à la"])
def test_windows_1252_accents_are_refused_not_read_as_thai(store, tmp_path, names):
    path = tmp_path / "people.csv"
    raw = f"first_name,last_name\n{names}\n".encode("cp1252")
    path.write_bytes(raw)
    with pytest.raises(errors.ImportFailed) as info:
        people_csv.import_people_csv(store, path)
    assert "CSV UTF-8" in str(info.value)
    assert store.count(Person) == 0


@pytest.mark.parametrize("spelling, gender", [
    ("อื่น ๆ", Gender.OTHER), ("อื่นๆ", Gender.OTHER), ("อื่น", Gender.OTHER),
    ("other", Gender.OTHER), ("ชาย", Gender.MALE), ("male", Gender.MALE), ("หญิง", Gender.FEMALE),
    ("Female", Gender.FEMALE), ("ไม่ระบุ", Gender.UNSPECIFIED), ("unspecified", Gender.UNSPECIFIED),
])
def test_every_gender_spelling_the_message_lists_is_accepted(store, tmp_path, spelling, gender):
    path = tmp_path / "people.csv"
    path.write_text(f"ชื่อ,เพศ\nสมใจ,{spelling}\n", encoding="utf-8")
    people_csv.import_people_csv(store, path)
    assert store.find(Person)[0].gender == gender


def test_the_gender_message_lists_what_is_accepted(store, tmp_path):
    path = tmp_path / "people.csv"
    path.write_text("ชื่อ,เพศ\nสมใจ,ไม่รู้\n", encoding="utf-8")
    with pytest.raises(errors.ImportFailed) as info:
        people_csv.import_people_csv(store, path)
    listed = str(info.value).split("is not one of ")[1].split(" (")[0]
    for word in listed.split(", "):         # each spelling the message offers is accepted
        path.write_text(f"ชื่อ,เพศ\nคน{len(word)}{word},{word}\n", encoding="utf-8")
        assert people_csv.import_people_csv(store, path).added == 1, word


@pytest.mark.parametrize("cell, full, prefix, first, last", [
    ("น. ส.", "", "น.ส.", "ดวงใจ", "รักดี"),
    ("", "นาย สมชาย ใจดี", "นาย", "สมชาย", "ใจดี"),
    ("", "เด็กหญิงมาลี ศรีสุข", "เด็กหญิง", "มาลี", "ศรีสุข"),
])
def test_prefix_spellings(store, tmp_path, cell, full, prefix, first, last):
    path = tmp_path / "people.csv"
    if full:
        path.write_text(f"ชื่อ-นามสกุล\n{full}\n", encoding="utf-8")
    else:
        path.write_text(f"คำนำหน้า,ชื่อ,นามสกุล\n{cell},{first},{last}\n", encoding="utf-8")
    people_csv.import_people_csv(store, path)
    p = store.find(Person)[0]
    assert (p.prefix, p.first_name, p.last_name) == (prefix, first, last)


def test_without_a_gender_the_prefix_gives_it(store, tmp_path):
    """A village list has คำนำหน้า but seldom a gender column: the prefix gives the gender,
    as at check-in (the meeting's gender balance is not "unspecified" for everyone); a
    gender written in the file wins, "ไม่ระบุ" included."""
    path = tmp_path / "people.csv"
    path.write_text("คำนำหน้า,ชื่อ,นามสกุล,เพศ\nนาง,บัวผัน,ใจดี,\nนาย,สมศักดิ์,ดีงาม,\n"
                    "นางสาว,สายใจ,รักดี,ไม่ระบุ\nนาย,อรุณ,แสงทอง,หญิง\n,ดวงใจ,มีสุข,\n"
                    "ดร.,วิชัย,ปัญญา,\n", encoding="utf-8")
    people_csv.import_people_csv(store, path)
    got = {p.first_name: p.gender for p in store.find(Person)}
    assert got == {"บัวผัน": Gender.FEMALE, "สมศักดิ์": Gender.MALE,
                   "สายใจ": Gender.UNSPECIFIED, "อรุณ": Gender.FEMALE,
                   "ดวงใจ": Gender.UNSPECIFIED, "วิชัย": Gender.UNSPECIFIED}
    path.write_text("ชื่อ-สกุล\nนางสาวมณี ศรีงาม\n", encoding="utf-8")   # prefix in the name
    people_csv.import_people_csv(store, path)
    assert store.find(Person, first_name="มณี")[0].gender == Gender.FEMALE
