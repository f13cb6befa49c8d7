"""JSON export/import (round trip, merge, refusals) and the people CSV import."""
from __future__ import annotations

import copy
import json
import unicodedata
from pathlib import Path

import pytest

from workshop import errors, interchange, people_csv
from workshop.model import (RECORD_BY_TABLE, Action, ActionPartner, ActionStatus, ActionUpdate,
                            AgendaItem, AgendaKind,
                            Attendance, Category, Cluster, CommunityMap, Contribution, Criterion,
                            CriterionScore, DotVote, Gender, Issue, IssueActor, IssueLink, Meeting,
                            MeetingRole, MeetingRoleAssignment, NetworkRole,
                            NetworkRoleAssignment, Organisation, Person, Pledge, Proposal,
                            ProposalPosition, Response, Sector, SpeakerTurn)
from workshop.store import Store

def _png() -> bytes:
    """A real picture (an import refuses bytes that do not decode as one)."""
    import io

    from PIL import Image

    out = io.BytesIO()
    Image.frombytes("L", (16, 16), bytes(range(256))).save(out, "PNG")
    return out.getvalue()


PNG = _png()


def fill(store: Store) -> dict:
    """One or more records in every table, plus a deletion (tombstone)."""
    with store.transaction():
        org = store.add(Organisation(name="อบต.ดอนแก้ว", short_name="อบต.",
                                     sector=Sector.LOCAL_GOVERNMENT, kind="อบต."))
        p1 = store.add(Person(prefix="นาย", first_name="สมชาย", last_name="ใจดี",
                              organisation_id=org.id, gender=Gender.MALE, consent=True,
                              phone="081-234-5678", village_no="3"))
        p2 = store.add(Person(prefix="นาง", first_name="สมศรี", last_name="มีสุข <b>&</b> 🙂"))
        gone = store.add(Person(first_name="ลบแล้ว"))
        m1 = store.add(Meeting(title="เวทีประชาคมหมู่บ้าน", number=1, be_year=2569,
                               date="2026-03-01", chair_id=p1.id, initiator_id=org.id,
                               quorum=20))
        m2 = store.add(Meeting(title="ครั้งที่ 2", number=2, previous_id=m1.id))
        item = store.add(AgendaItem(meeting_id=m1.id, position=4, kind=AgendaKind.FOR_DECISION,
                                    title="เรื่องเสนอเพื่อพิจารณา"))
        store.add(Attendance(meeting_id=m1.id, person_id=p1.id))
        store.add(Attendance(meeting_id=m1.id, person_id=p2.id, substitute_for_id=p1.id,
                             member=False))
        store.add(MeetingRoleAssignment(meeting_id=m1.id, person_id=p1.id,
                                        role=MeetingRole.CHAIR))
        cat = store.add(Category(name_th="โครงสร้างพื้นฐาน", name_en="Infrastructure"))
        cl = store.add(Cluster(meeting_id=m1.id, name="ถนน", x=10.5, y=-3.25))
        mp = store.add(CommunityMap(meeting_id=m1.id, name="แผนที่เดินดิน", image=PNG,
                                    width=640, height=480))
        i1 = store.add(Issue(meeting_id=m1.id, title="ถนนชำรุด", category_id=cat.id,
                             cluster_id=cl.id, map_id=mp.id, map_x=0.25, map_y=0.75,
                             response=Response.JOINTLY, raised_by_id=p2.id))
        i2 = store.add(Issue(meeting_id=m1.id, title="ถนนเป็นหลุม", merged_into_id=i1.id))
        store.add(IssueLink(cause_id=i2.id, effect_id=i1.id))
        store.add(IssueActor(issue_id=i1.id, organisation_id=org.id))
        store.add(DotVote(meeting_id=m1.id, issue_id=i1.id, person_id=p1.id, dots=3))
        cr = store.add(Criterion(meeting_id=m1.id, name="ความเร่งด่วน", weight=2.0))
        store.add(CriterionScore(issue_id=i1.id, criterion_id=cr.id, score=4.5))
        turn = store.add(SpeakerTurn(meeting_id=m1.id, agenda_item_id=item.id,
                                     person_id=p2.id, duration_s=90))
        store.add(Contribution(meeting_id=m1.id, agenda_item_id=item.id, turn_id=turn.id,
                               person_id=p2.id, text="ควรซ่อมก่อนฤดูฝน"))
        prop = store.add(Proposal(meeting_id=m1.id, agenda_item_id=item.id, issue_id=i1.id,
                                  title="ซ่อมถนน", proposed_by_id=p1.id))
        store.add(ProposalPosition(proposal_id=prop.id, person_id=p2.id, count=1))
        act = store.add(Action(meeting_id=m1.id, proposal_id=prop.id, issue_id=i1.id,
                               title="ซ่อมถนนสายหลัก", lead_organisation_id=org.id,
                               cost_baht=150000.0))
        store.add(ActionPartner(action_id=act.id, organisation_id=org.id))
        store.add(Pledge(meeting_id=m1.id, action_id=act.id, person_id=p1.id,
                         description="แรงงาน", quantity=5, unit="คน-วัน"))
        store.add(NetworkRoleAssignment(meeting_id=m1.id, organisation_id=org.id,
                                        role=NetworkRole.COORDINATING, action_id=act.id))
        store.add(ActionUpdate(action_id=act.id, meeting_id=m1.id, date="2026-12-01",
                               status=ActionStatus.IN_PROGRESS,
                               previous_status=ActionStatus.PLANNED, progress=30))
    store.delete(Person, gone.id)
    return {"org": org, "p1": p1, "p2": p2, "m1": m1, "m2": m2, "i1": i1, "gone": gone}


@pytest.fixture
def filled(store):
    fill(store)
    return store


def _new(tmp_path, name="new.prachakhom") -> Store:
    return Store.create(tmp_path / name, backups=False)


# ------------------------------------------------------------------------- round trip
def test_round_trip_is_byte_identical(filled, tmp_path):
    first = interchange.export_json(filled, tmp_path / "a.json")
    data = json.loads(first.read_text(encoding="utf-8"))
    assert data["format"] == interchange.FORMAT_NAME and data["version"] == 1
    assert set(data["tables"]) == set(RECORD_BY_TABLE)
    assert all(data["tables"][t] for t in RECORD_BY_TABLE), "every table has a row"
    assert data["tombstones"] and data["meta"]["file_id"]
    # BLOBs travel as base64 text, Thai as itself (not \u escapes)
    assert isinstance(data["tables"]["maps"][0]["image"], str)
    assert "สมชาย" in first.read_text(encoding="utf-8")
    with _new(tmp_path) as other:
        report = interchange.import_json(other, first)
        assert report.added == sum(len(v) for v in data["tables"].values())
        assert other.get(CommunityMap, data["tables"]["maps"][0]["id"]).image == PNG
        assert other.meta("file_id") == filled.meta("file_id")
        assert other.integrity_check() == []
        second = interchange.export_json(other, tmp_path / "b.json")
    assert first.read_bytes() == second.read_bytes()


def test_tables_are_in_dependency_order(filled):
    order = list(interchange.export_data(filled)["tables"])
    assert order.index("organisations") < order.index("people") < order.index("meetings")
    assert order.index("issues") < order.index("issue_links")
    assert order.index("actions") < order.index("pledges")
    assert order.index("criteria") < order.index("criterion_scores")
    rows = interchange.export_data(filled)["tables"]["people"]
    assert [r["id"] for r in rows] == sorted(r["id"] for r in rows)


def test_importing_twice_changes_nothing(filled, tmp_path):
    data = interchange.export_data(filled)
    report = interchange.import_data(filled, data)
    assert report.added == 0 and report.updated == 0 and report.deleted == 0
    assert interchange.export_data(filled) == data


# ------------------------------------------------------------------------------ merge
def test_merge_newest_wins_and_deletions_are_respected(filled, tmp_path):
    base = interchange.export_data(filled)
    with _new(tmp_path, "laptop2.prachakhom") as laptop2:
        interchange.import_data(laptop2, base)
        p1 = base["tables"]["people"][0]["id"]
        m2 = [m for m in base["tables"]["meetings"] if m["title"] == "ครั้งที่ 2"][0]["id"]
        # laptop 2: edits a person, adds a person, deletes the second meeting
        laptop2.update(Person, p1, phone="099-999-9999")
        added = laptop2.add(Person(first_name="มาใหม่"))
        laptop2.delete(Meeting, m2)
        theirs = interchange.export_data(laptop2)
    report = interchange.import_data(filled, theirs)
    assert filled.get(Person, p1).phone == "099-999-9999"
    assert filled.get(Person, added.id).first_name == "มาใหม่"
    assert filled.maybe(Meeting, m2) is None and filled.is_deleted(m2)
    assert report.added == 1 and report.updated == 1 and report.deleted == 1
    # an older version of a row never overwrites a newer one
    filled.update(Person, p1, phone="02-111-1111")
    interchange.import_data(filled, theirs)
    assert filled.get(Person, p1).phone == "02-111-1111"
    # a row deleted here is not brought back by an import that still has it
    report = interchange.import_data(filled, base)
    assert filled.maybe(Meeting, m2) is None
    assert any(m2 in s for s in report.skipped)
    assert filled.integrity_check() == []


def test_merge_skips_duplicate_attendance(filled, tmp_path):
    data = interchange.export_data(filled)
    dup = copy.deepcopy(data)
    att = dup["tables"]["attendance"][0]
    att["id"] = "00000000-0000-4000-8000-00000000d0b1"  # another id, the same person
    for table in dup["tables"]:
        if table != "attendance":
            dup["tables"][table] = []
    dup["tables"]["attendance"] = [att]
    dup["tombstones"] = []
    report = interchange.import_data(filled, dup)
    assert report.added == 0 and len(report.skipped) == 1
    assert "duplicates" in report.skipped[0]


# ------------------------------------------------------------------------- refusals
def _bad(data: dict, how: str) -> dict:
    d = copy.deepcopy(data)
    if how == "format":
        d["format"] = "something-else"
    elif how == "version":
        d["version"] = 99
    elif how == "schema":
        d["schema_version"] = 99
    elif how == "table":
        d["tables"]["unicorns"] = []
    elif how == "column":
        d["tables"]["people"][0]["shoe_size"] = 42
    elif how == "enum":
        d["tables"]["organisations"][0]["sector"] = "martian"
    elif how == "type":
        d["tables"]["meetings"][0]["number"] = "one"
    elif how == "null":
        d["tables"]["issues"][0]["title"] = None
    elif how == "blob":
        d["tables"]["maps"][0]["image"] = "not base64!!"
    elif how == "duplicate-id":
        d["tables"]["people"].append(dict(d["tables"]["people"][0]))
    elif how == "missing-parent":  # the last table, so earlier rows are already written
        d["tables"]["pledges"][0]["meeting_id"] = "no-such-meeting"
    elif how == "missing-id":
        del d["tables"]["people"][0]["id"]
    return d


@pytest.mark.parametrize("how, words", [
    ("format", "not a Prachakhom workshop export"), ("version", "newer"), ("schema", "newer"),
    ("table", "unicorns"), ("column", "shoe_size"), ("enum", "martian"), ("type", "number"),
    ("null", "title"), ("blob", "base64"), ("duplicate-id", "twice"),
    ("missing-parent", "no-such-meeting"), ("missing-id", "no id"),
])
def test_bad_imports_are_refused_and_change_nothing(filled, tmp_path, how, words):
    data = interchange.export_data(filled)
    with _new(tmp_path) as target:
        target.add(Person(first_name="มีอยู่แล้ว"))
        before = interchange.export_data(target)
        heard = []
        target.subscribe(heard.append)
        with pytest.raises(errors.ImportFailed) as info:
            interchange.import_data(target, _bad(data, how))
        assert words in str(info.value)
        assert "nothing was changed" in str(info.value)
        assert interchange.export_data(target) == before
        assert heard == []
        target.add(Person(first_name="ยังใช้ได้"))  # the file is still usable


def test_bad_json_file(store, tmp_path):
    path = tmp_path / "bad.json"
    path.write_text('{"format": "prachakhom-workshop", "version": 1,', encoding="utf-8")
    with pytest.raises(errors.ImportFailed) as info:
        interchange.import_json(store, path)
    assert "not valid JSON" in str(info.value)
    path.write_bytes(b"\x89PNG\r\n\x1a\n\xff\xfe")
    with pytest.raises(errors.ImportFailed):
        interchange.import_json(store, path)
    path.write_text("[1, 2, 3]", encoding="utf-8")
    with pytest.raises(errors.ImportFailed):
        interchange.import_json(store, path)
    with pytest.raises(errors.NotFound):
        interchange.import_json(store, tmp_path / "missing.json")


# --------------------------------------------------------------------------- CSV people
THAI_CSV = (
    "คำนำหน้า,ชื่อ,นามสกุล,ตำแหน่ง,หน่วยงาน,ภาค,โทรศัพท์,เพศ,หมู่ที่,ยินยอม\n"
    "นาย,สมชาย,ใจดี,ผู้ใหญ่บ้าน,อบต.ดอนแก้ว,อปท.,081-111-1111,ชาย,3,ใช่\n"
    "นาง,สมศรี,มีสุข,อสม.,กลุ่มแม่บ้าน,ภาคประชาชน,,หญิง,3,\n"
    "นางสาว,น้ำผึ้ง,ศรีสวัสดิ์,ครู,โรงเรียนบ้านดอน,ภาครัฐ,,หญิง,4,ไม่\n"
    "นาย,ก่อศักดิ์,ทองคำ,,อบต.ดอนแก้ว,,,ช,5,ยินยอม\n"
)


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp874"])
def test_people_csv_encodings_and_thai_headers(store, tmp_path, encoding):
    path = tmp_path / "people.csv"
    path.write_bytes(THAI_CSV.encode(encoding))
    report = people_csv.import_people_csv(store, path)
    assert report.added == 4 and report.organisations_added == 3 and not report.skipped
    people = {p.first_name: p for p in store.find(Person)}
    assert set(people) == {"สมชาย", "สมศรี", "น้ำผึ้ง", "ก่อศักดิ์"}
    s = people["สมชาย"]
    assert (s.prefix, s.last_name, s.position, s.phone, s.gender, s.village_no, s.consent) == (
        "นาย", "ใจดี", "ผู้ใหญ่บ้าน", "081-111-1111", Gender.MALE, "3", True)
    assert s.consent_at
    assert people["สมศรี"].consent is False and people["น้ำผึ้ง"].gender == Gender.FEMALE
    orgs = {o.name: o for o in store.find(Organisation)}
    assert orgs["อบต.ดอนแก้ว"].sector == Sector.LOCAL_GOVERNMENT
    assert orgs["กลุ่มแม่บ้าน"].sector == Sector.COMMUNITY
    assert orgs["โรงเรียนบ้านดอน"].sector == Sector.STATE
    assert people["ก่อศักดิ์"].organisation_id == orgs["อบต.ดอนแก้ว"].id
    if encoding == "cp874":
        assert any("cp874" in w for w in report.warnings)


def test_people_csv_english_headers_and_awkward_names(store, tmp_path):
    combining = unicodedata.normalize("NFD", "ผู้ใหญ่") + "\u0e48"  # stacked marks survive
    text = ("First name;Last name;Organisation;Sector;Gender;Consent\n"
            f"<b>Somchai</b>;Jai & Dee;Ban Don Co-op;private;male;yes\n"
            "น้ำใจ🙂;กิ่งแก้ว;;;female;no\n"
            f"{combining};ทดสอบ;Chiang Mai University;academia;;\n")
    path = tmp_path / "people.csv"
    path.write_text(text, encoding="utf-8")
    report = people_csv.import_people_csv(store, path)
    assert report.added == 3
    names = {p.first_name: p for p in store.find(Person)}
    assert names["<b>Somchai</b>"].last_name == "Jai & Dee"
    assert "น้ำใจ🙂" in names
    assert any(n.startswith("ผู้ใหญ่") for n in names)
    orgs = {o.name: o.sector for o in store.find(Organisation)}
    assert orgs == {"Ban Don Co-op": Sector.PRIVATE,
                    "Chiang Mai University": Sector.ACADEMIA}


def test_people_csv_duplicates_are_skipped_and_reported(store, tmp_path):
    store.add(Person(first_name="สมชาย", last_name="ใจดี"))
    path = tmp_path / "people.csv"
    path.write_text("ชื่อ,นามสกุล\nสมชาย,ใจดี\nสมศรี,มีสุข\nสมศรี ,มีสุข\n", encoding="utf-8")
    report = people_csv.import_people_csv(store, path)
    assert report.added == 1
    assert len(report.skipped) == 2
    assert report.skipped[0].startswith("row 2:") and report.skipped[1].startswith("row 4:")
    assert store.count(Person) == 2


def test_people_csv_full_name_column_and_prefix_in_name(store, tmp_path):
    path = tmp_path / "people.csv"
    path.write_text("ชื่อ-นามสกุล,ตำแหน่ง\nนางสาวดวงใจ รักดี,อสม.\n", encoding="utf-8")
    people_csv.import_people_csv(store, path)
    p = store.find(Person)[0]
    assert (p.prefix, p.first_name, p.last_name) == ("นางสาว", "ดวงใจ", "รักดี")


def test_people_csv_bad_row_is_numbered_and_nothing_is_added(store, tmp_path):
    lines = ["ชื่อ,นามสกุล,หน่วยงาน"] + [f"คน{i},สกุล{i},องค์กร{i}" for i in range(5)]
    lines.append(",ไม่มีชื่อ,องค์กรใหม่")  # spreadsheet row 7
    path = tmp_path / "people.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(errors.ImportFailed) as info:
        people_csv.import_people_csv(store, path)
    assert "row 7: first name is empty" in str(info.value)
    assert store.count(Person) == 0 and store.count(Organisation) == 0


@pytest.mark.parametrize("column, value, words", [
    ("เพศ", "ไม่รู้", "gender"), ("ยินยอม", "maybe", "consent"), ("ภาค", "ดาวอังคาร", "sector"),
])
def test_people_csv_bad_values(store, tmp_path, column, value, words):
    path = tmp_path / "people.csv"
    path.write_text(f"ชื่อ,หน่วยงาน,{column}\nสมชาย,วัด,\nสมหญิง,วัด,{value}\n",
                    encoding="utf-8")
    with pytest.raises(errors.ImportFailed) as info:
        people_csv.import_people_csv(store, path)
    assert "row 3" in str(info.value) and words in str(info.value)
    assert store.count(Person) == 0


@pytest.mark.parametrize("raw", [
    bytes(range(0x80, 0x100)) * 4,                      # undecodable as UTF-8 and as cp874
    "ชื่อ,นามสกุล\nสมชาย,ใจดี\n".encode("utf-16-le"),     # UTF-16 without its mark
    b"\x89PNG\r\n\x1a\n" + bytes(200),                   # a picture
])
def test_people_csv_garbage_gives_a_clear_error(store, tmp_path, raw):
    path = tmp_path / "people.csv"
    path.write_bytes(raw)
    with pytest.raises(errors.ImportFailed) as info:
        people_csv.import_people_csv(store, path)
    assert "CSV UTF-8" in str(info.value)
    assert store.count(Person) == 0


def test_people_csv_latin1_mojibake_headers_are_refused(store, tmp_path):
    # Thai saved through a wrong code page: decodes, but no header is recognisable
    path = tmp_path / "people.csv"
    path.write_bytes("ชื่อ,นามสกุล\nสมชาย,ใจดี\n".encode("utf-8").decode("latin-1")
                     .encode("utf-8"))
    with pytest.raises(errors.ImportFailed) as info:
        people_csv.import_people_csv(store, path)
    assert "first-name column" in str(info.value)


def test_people_csv_utf16_with_bom_tabs(store, tmp_path):
    path = tmp_path / "people.txt"
    path.write_bytes("ชื่อ\tนามสกุล\nสมชาย\tใจดี\n".encode("utf-16"))
    assert people_csv.import_people_csv(store, path).added == 1


def test_sector_words():
    assert people_csv.parse_sector("องค์กรปกครองส่วนท้องถิ่น") == Sector.LOCAL_GOVERNMENT
    assert people_csv.parse_sector("ภาคประชาสังคม") == Sector.CIVIL_SOCIETY
    assert people_csv.parse_sector("Civil society") == Sector.CIVIL_SOCIETY
    assert people_csv.parse_sector("ภาคเอกชน (ธุรกิจ)") == Sector.PRIVATE
    assert people_csv.parse_sector("community") == Sector.COMMUNITY
    assert people_csv.parse_sector("") is None
    assert people_csv.parse_sector("xyz") is None


def test_people_csv_missing_file(store, tmp_path):
    with pytest.raises(errors.NotFound):
        people_csv.import_people_csv(store, tmp_path / "none.csv")
    assert Path(tmp_path / "none.csv").exists() is False
