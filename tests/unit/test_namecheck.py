"""Check-in mistakes caught: likely duplicates on real Thai name pairs, gender from the prefix,
text typed with the wrong keyboard layout (both directions)."""
from __future__ import annotations

import pytest

from workshop import namecheck
from workshop.model import Gender, Person

# (typed, registered): one letter, one vowel or one mark apart, or written with a variant
LIKELY_SAME = [
    (("สมชัย", "ใจดี"), ("สมชาย", "ใจดี")),               # ั / า: the example
    (("ประยุทธ", "จันทร์โอชา"), ("ประยุทธ์", "จันทร์โอชา")),   # a missing การันต์
    (("กาญจณา", "คำดี"), ("กาญจนา", "คำดี")),             # ณ / น
    (("สิริพร", "ทองคำ"), ("ศิริพร", "ทองคำ")),             # ส / ศ
    (("วิไลวรรณ", "ศรีสุข"), ("วิไลวรรณ์", "ศรีสุข")),
    (("สมศักดิ", "รักถิ่น"), ("สมศักดิ์", "รักถิ่น")),
    (("บุญเรือน", "พรหมมา"), ("บุญเรือง", "พรหมมา")),        # น / ง at the end
    (("สมชาย", "ใจดิ"), ("สมชาย", "ใจดี")),                 # ิ / ี in the last name
    (("ณัฐพล", "แสงอรุณ"), ("ณัฐพล", "แสงอรุญ")),
]
# real different people: a sibling, a namesake with another family, another person
DIFFERENT = [
    (("สมชาย", "ใจดี"), ("สมศรี", "ใจดี")),
    (("สมชาย", "ใจดี"), ("สมชาย", "ใจงาม")),
    (("สมชาย", "ใจดี"), ("สมหมาย", "ศรีสวัสดิ์")),
    (("มาลี", "มีสุข"), ("มานี", "สุขใจ")),
    (("กาญจนา", "คำดี"), ("กัญญา", "คำดี")),
    (("ประเสริฐ", "บุญมา"), ("ประสิทธิ์", "บุญมา")),
    (("วิไล", "พรหมมา"), ("วันเพ็ญ", "พรหมมา")),
]
# (Two real names one letter apart with the same family name, such as วิไล and วิมล, are
# offered: "may be the same person" is the facilitator's to decide, as with สมชัย / สมชาย.)


@pytest.mark.parametrize("typed,registered", LIKELY_SAME)
def test_similar_thai_names_are_offered(store, typed, registered):
    p = store.add(Person(prefix="นาย", first_name=registered[0], last_name=registered[1]))
    store.add(Person(first_name="ทองดี", last_name="มีสุข"))
    found = namecheck.likely_duplicates(store, *typed)
    assert [(d.person.id, d.reason) for d in found] == [(p.id, "similar name")]
    assert namecheck.SIMILAR <= found[0].score < 1


@pytest.mark.parametrize("typed,registered", DIFFERENT)
def test_different_people_are_not_offered(store, typed, registered):
    store.add(Person(first_name=registered[0], last_name=registered[1]))
    assert namecheck.likely_duplicates(store, *typed) == []
    assert namecheck.similarity(*typed, *registered) < namecheck.SIMILAR


def test_same_name_same_phone_and_prefix_ignored(store):
    a = store.add(Person(prefix="นางสาว", first_name="มาลี", last_name="มีสุข"))
    b = store.add(Person(first_name="ทองใบ", last_name="ดีงาม", phone="081-234-5678"))
    found = namecheck.likely_duplicates(store, "มาลี", "มีสุข")
    assert [(d.person.id, d.reason) for d in found] == [(a.id, "same name")]
    found = namecheck.likely_duplicates(store, "ทองคำ", "สุขใจ", "+66 81 234 5678")
    assert [(d.person.id, d.reason) for d in found] == [(b.id, "same phone")]
    assert namecheck.likely_duplicates(store, "มาลี", "มีสุข", exclude_id=a.id) == []
    assert namecheck.likely_duplicates(store, "", "") == []
    store.add(Person(first_name="ผู้มาเยือน01", last_name="รักถิ่น"))   # numbered, not alike
    assert namecheck.likely_duplicates(store, "ผู้มาเยือน02", "รักถิ่น") == []


@pytest.mark.parametrize("prefix,gender", [
    ("นาย", Gender.MALE), ("นาง", Gender.FEMALE), ("นางสาว", Gender.FEMALE),
    ("น.ส.", Gender.FEMALE), ("ด.ช.", Gender.MALE), ("เด็กหญิง", Gender.FEMALE),
    ("Mr", Gender.MALE), ("Mr.", Gender.MALE), ("Mrs", Gender.FEMALE), ("Ms.", Gender.FEMALE),
    ("Miss", Gender.FEMALE), ("ดร.", None), ("พระ", None), ("", None)])
def test_gender_follows_the_prefix(prefix, gender):
    assert namecheck.gender_for_prefix(prefix) is gender


# typed on the English layout while meaning Thai (Kedmanee keys), and the reverse
ENGLISH_KEYS_FOR_THAI = [
    ("l;ylfu", "สวัสดี"),
    ("l,AMp", None),                    # not a Thai spelling: left alone
    ("lt,kpsdkp", "สะมายหกาย"),
    ("iu[ ;kd", "รีบ วาก"),
    ("wxjlk", "ไป่สา"),
    ("'k,", "งาม"),
]
THAI_KEYS_FOR_ENGLISH = [
    ("จคๅ/-ภถุึค", "0812345678"),        # a phone number on the Thai layout
    ("ทพ ฟืืฟ", "mr anna"),
]
LEFT_ALONE = ["สมชาย", "ใจดี", "ทองดี", "Somchai", "John", "mary", "0812345678", "081-234-5678",
              "ดี", "a"]


@pytest.mark.parametrize("typed,meant", ENGLISH_KEYS_FOR_THAI + THAI_KEYS_FOR_ENGLISH)
def test_wrong_layout_is_recognised_both_ways(typed, meant):
    assert namecheck.wrong_layout(typed) == meant


@pytest.mark.parametrize("typed", LEFT_ALONE)
def test_text_typed_right_is_left_alone(typed):
    assert namecheck.wrong_layout(typed) is None


def test_layout_conversion_round_trips():
    for thai in ("สมชาย ใจดี", "นางสาวกาญจนา คำดี", "ผู้ใหญ่บ้าน", "จคๅ/-ภถุึค"):
        assert namecheck.to_thai(namecheck.to_english(thai)) == thai
    assert namecheck.to_english("สวัสดี") == "l;ylfu"
    assert namecheck.other_layout("ihk") == "ร้า"      # pure conversion, no judging


def test_the_key_table_is_pythainlps_plus_the_first_number_key():
    keyboard = pytest.importorskip("pythainlp.util.keyboard")      # a test extra only
    ours = dict(namecheck.KEDMANEE)
    assert ours.pop("1") == "ๅ" and ours.pop("!") == "+"
    assert ours == keyboard.EN_TH_KEYB_PAIRS
