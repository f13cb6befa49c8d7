"""The people registry: Thai-aware search, duplicate warnings, organisations and sectors."""
from __future__ import annotations

import pytest

from workshop import errors, people
from workshop.model import Organisation, Person, Sector


@pytest.fixture
def registry(store):
    aobt = store.add(Organisation(name="องค์การบริหารส่วนตำบลบ้านนา", short_name="อบต.บ้านนา",
                                  sector=Sector.LOCAL_GOVERNMENT))
    school = store.add(Organisation(name="โรงเรียนบ้านนา", sector=Sector.STATE))
    shop = store.add(Organisation(name="Green Rice Co., Ltd.", short_name="Green Rice",
                                  sector=Sector.PRIVATE))
    ps = [
        Person(prefix="นาย", first_name="สมชาย", last_name="ใจดี", position="ผู้ใหญ่บ้าน",
               phone="081-234-5678", village_no="3"),
        Person(prefix="นาง", first_name="สมศรี", last_name="รักถิ่น", position="อสม.",
               organisation_id=None),
        Person(prefix="นางสาว", first_name="กาญจนา", last_name="คำดี", position="นักพัฒนาชุมชน",
               organisation_id=aobt.id, phone="0899990000"),
        Person(prefix="นาย", first_name="ประยุทธ", last_name="สมบูรณ์", position="ครู",
               organisation_id=school.id),
        Person(prefix="Mr", first_name="John", last_name="Smith", position="Manager",
               organisation_id=shop.id),
        Person(prefix="นาย", first_name="วิชัย", last_name="ใจดี", position="เกษตรกร"),
    ]
    for p in ps:
        store.add(p)
    return store


def names(found):
    return [p.first_name for p in found]


def test_normalise_folds_zero_width_case_digits_and_sara_am():
    assert people.normalise("  Som\u200bChai  ") == "somchai"
    assert people.normalise("หมู่ ๓") == "หมู่ 3"
    assert people.normalise("ค\u0e4d\u0e32ดี") == "คำดี"
    # tone mark typed before the upper vowel
    assert people.normalise("ก\u0e48\u0e31น") == "ก\u0e31\u0e48น"
    # decomposed Latin is composed (NFC)
    assert people.normalise("Jose\u0301") == "jos\u00e9"


def test_search_thai_prefix_of_first_name(registry):
    assert names(people.search(registry, "สม")) == ["สมชาย", "สมศรี", "ประยุทธ"]


def test_search_thai_substring_and_last_name(registry):
    assert sorted(names(people.search(registry, "ใจดี"))) == ["วิชัย", "สมชาย"]
    assert names(people.search(registry, "ญจน")) == ["กาญจนา"]


def test_search_several_words_must_all_match(registry):
    assert names(people.search(registry, "สมชาย ใจ")) == ["สมชาย"]
    assert names(people.search(registry, "ใจดี เกษตร")) == ["วิชัย"]


def test_search_english_case_insensitive(registry):
    assert names(people.search(registry, "joh")) == ["John"]
    assert names(people.search(registry, "SMITH")) == ["John"]
    assert names(people.search(registry, "green rice")) == ["John"]


def test_search_position_organisation_and_phone(registry):
    assert names(people.search(registry, "อสม")) == ["สมศรี"]
    assert names(people.search(registry, "อบต.บ้านนา")) == ["กาญจนา"]
    assert names(people.search(registry, "โรงเรียน")) == ["ประยุทธ"]
    assert names(people.search(registry, "5678")) == ["สมชาย"]
    assert names(people.search(registry, "081-234")) == ["สมชาย"]
    assert names(people.search(registry, "๐๘๙๙")) == ["กาญจนา"]


def test_search_ignores_zero_width_and_sara_am_spelling(registry):
    assert names(people.search(registry, "ค\u0e4d\u0e32\u200bดี")) == ["กาญจนา"]


def test_search_empty_query_lists_everyone_and_no_match_is_empty(registry):
    assert len(people.search(registry, "")) == 6
    assert people.search(registry, "ไม่มีใครชื่อนี้") == []
    assert len(people.search(registry, "", limit=2)) == 2


def test_duplicate_warning_on_same_name_ignoring_prefix_and_spaces(registry):
    warns = people.duplicate_warnings(registry, " สมชาย", "ใจ\u200bดี")
    assert [(w.person.first_name, w.reason) for w in warns] == [("สมชาย", "name")]
    assert "already registered" in warns[0].message()


def test_duplicate_warning_on_same_phone(registry):
    warns = people.duplicate_warnings(registry, "สมหมาย", "ใหม่", "+66 81 234 5678")
    assert [(w.person.first_name, w.reason) for w in warns] == [("สมชาย", "phone")]


def test_no_duplicate_warning_for_new_person_or_self(registry):
    assert people.duplicate_warnings(registry, "สมหญิง", "ใจดี", "0800000000") == []
    me = people.search(registry, "สมชาย")[0]
    assert people.duplicate_warnings(registry, "สมชาย", "ใจดี", me.phone,
                                     exclude_id=me.id) == []


def test_duplicate_groups(registry):
    registry.add(Person(prefix="นาย", first_name="สมชาย", last_name="ใจดี"))
    groups = people.duplicate_groups(registry)
    assert len(groups) == 1 and {p.first_name for p in groups[0]} == {"สมชาย"}


def test_sector_of_uses_organisation_else_community(registry):
    orgs = people.organisation_map(registry)
    by_name = {p.first_name: p for p in people.people(registry)}
    assert people.sector_of(by_name["กาญจนา"], orgs) == Sector.LOCAL_GOVERNMENT
    assert people.sector_of(by_name["John"], orgs) == Sector.PRIVATE
    assert people.sector_of(by_name["สมศรี"], orgs) == Sector.COMMUNITY


def test_find_organisation_by_short_name(registry):
    assert people.find_organisation(registry, "อบต.บ้านนา").sector == Sector.LOCAL_GOVERNMENT
    assert people.find_organisation(registry, "green rice").sector == Sector.PRIVATE
    assert people.find_organisation(registry, "ไม่มี") is None


def test_split_name():
    assert people.split_name("นางสาวสมศรี รักถิ่น") == ("นางสาว", "สมศรี", "รักถิ่น")
    assert people.split_name("นายสมชาย") == ("นาย", "สมชาย", "")
    assert people.split_name("Mr John Smith") == ("Mr", "John", "Smith")
    assert people.split_name("Mrinal Sen") == ("", "Mrinal", "Sen")
    assert people.split_name("สมชาย ใจดี") == ("", "สมชาย", "ใจดี")


def test_add_person_requires_first_name(store):
    with pytest.raises(errors.InvalidInput):
        people.add_person(store, Person(first_name="  "))
    assert store.count(Person) == 0


def test_display_name(registry):
    orgs = people.organisation_map(registry)
    k = people.search(registry, "กาญจนา")[0]
    assert people.display_name(k, orgs) == "นางสาวกาญจนา คำดี (นักพัฒนาชุมชน, อบต.บ้านนา)"
