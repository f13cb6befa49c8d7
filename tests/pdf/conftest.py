"""Fixtures for the PDF tests: a rich meeting built with the Store API, and text helpers."""
from __future__ import annotations

import shutil
import subprocess
import unicodedata

import pytest

from workshop.meetings import create_meeting
from workshop.model import (
    Action, ActionPartner, AgendaItem, AgendaKind, Attendance, AttendanceStatus, DecisionMethod,
    DotVote, Issue, Meeting, Organisation, Outcome, Person, Pledge, PositionValue, Proposal,
    ProposalPosition, ResourceKind, Response, Sector, Threshold,
)

# Thai characters that must never start a line, and leading vowels that never end one.
NON_STARTERS = set("ัิีึืุู็่้๊๋์ะาำ")
NON_ENDERS = set("เแโใไ")

ORGS = [
    ("อบต.", "องค์การบริหารส่วนตำบลโนนสูง", Sector.LOCAL_GOVERNMENT),
    ("รพ.สต.", "โรงพยาบาลส่งเสริมสุขภาพตำบลโนนสูง", Sector.STATE),
    ("ร้าน", "ร้านสมหวังวัสดุก่อสร้าง", Sector.PRIVATE),
    ("อสม.", "ชมรมอาสาสมัครสาธารณสุขประจำหมู่บ้าน", Sector.CIVIL_SOCIETY),
    ("หมู่บ้าน", "คณะกรรมการหมู่บ้านหนองบัว", Sector.COMMUNITY),
    ("มข.", "คณะเกษตรศาสตร์ มหาวิทยาลัยขอนแก่น", Sector.ACADEMIA),
]

PEOPLE = [
    # prefix, first, last, position, org index, member, status, reason
    ("นาย", "สมชาย", "ใจดี", "ผู้ใหญ่บ้าน", 4, True, AttendanceStatus.PRESENT, ""),
    ("นาง", "บุญมี", "ศรีสุข", "ผู้ช่วยผู้ใหญ่บ้าน", 4, True, AttendanceStatus.PRESENT, ""),
    ("นาย", "ประเสริฐ", "วงศ์ใหญ่", "นายก อบต.", 0, True, AttendanceStatus.PRESENT, ""),
    ("นางสาว", "กนกวรรณ", "แก้วมณี", "นักพัฒนาชุมชน", 0, True, AttendanceStatus.PRESENT, ""),
    ("นาง", "สุภาพร", "ทองคำ", "ผู้อำนวยการ รพ.สต.", 1, True, AttendanceStatus.ABSENT,
     "ติดราชการที่จังหวัด"),
    ("นาย", "ธนากร", "ศรีวิไล", "ผู้อำนวยการโรงเรียน", 1, True, AttendanceStatus.EXCUSED,
     "ลาป่วย"),
    ("นางสาว", "ศิริพร", "ทองมา", "ครู", 1, True, AttendanceStatus.PRESENT, ""),
    ("นาย", "สมหวัง", "มั่งมี", "เจ้าของร้าน", 2, False, AttendanceStatus.PRESENT, ""),
    ("นาง", "ทองใบ", "สีหาราช", "อสม.", 3, False, AttendanceStatus.PRESENT, ""),
    ("ผศ.ดร.", "อรุณี", "จันทร์เพ็ญ", "อาจารย์", 5, False, AttendanceStatus.PRESENT, ""),
    ("นาย", "ศักดิ์ชัย", "ญี่ปุ่นน้ำใส", "เกษตรกร", 4, False, AttendanceStatus.PRESENT, ""),
    ("นาง", "คำปุ่น", "ไชยวงศ์ติ๊ก", "ประธานกลุ่มแม่บ้าน", 4, False, AttendanceStatus.PRESENT,
     ""),
]

ISSUES = [("น้ำประปาไม่ไหลและน้ำขุ่นในฤดูแล้ง", 12), ("ถนนเข้าหมู่บ้านชำรุดเป็นหลุมบ่อ", 20),
          ("ไข้เลือดออกระบาดช่วงฤดูฝน", 7), ("ขยะล้นถังบริเวณตลาดนัด", 7),
          ("ผู้สูงอายุติดบ้านขาดผู้ดูแล", 0)]


def build_rich_meeting(store) -> Meeting:
    """A meeting with every part the minutes print."""
    with store.transaction():
        orgs = [store.add(Organisation(name=n, short_name=s, sector=sec)) for s, n, sec in ORGS]
        people = []
        for pre, first, last, pos, oi, _m, _s, _r in PEOPLE:
            people.append(store.add(Person(prefix=pre, first_name=first, last_name=last,
                                           position=pos, organisation_id=orgs[oi].id,
                                           village_no="5", consent=True)))
        m = create_meeting(store, Meeting(
            title="เวทีประชาคมหมู่บ้าน แก้ปัญหาน้ำ", body_name="ประชาคมหมู่บ้านหนองบัว หมู่ที่ 5",
            number=3, be_year=2569, date="2026-11-20", start_time="09:30", end_time="12:45",
            venue="ศาลาการเปรียบเทียบวัดศรีหนองบัว", village_no="5", village_name="บ้านหนองบัว",
            subdistrict="โนนสูง", district="น้ำพอง", province="ขอนแก่น",
            chair_id=people[0].id, recorder_id=people[3].id, reviewer_id=people[1].id))
        for p, (_pre, _f, _l, _pos, _oi, member, status, reason) in zip(people, PEOPLE):
            store.add(Attendance(meeting_id=m.id, person_id=p.id, status=status, reason=reason,
                                 member=member))
        # the teacher attends for the school director
        teacher = store.find(Attendance, meeting_id=m.id, person_id=people[6].id)[0]
        store.update(Attendance, teacher.id, substitute_for_id=people[5].id)
        agenda = store.find(AgendaItem, order_by="position", meeting_id=m.id)
        notes = {
            AgendaKind.ANNOUNCEMENTS: "ประธานแจ้งว่า อบต. จะจัดทำแผนพัฒนาท้องถิ่นปีหน้า",
            AgendaKind.APPROVE_MINUTES: "เลขานุการเสนอรายงานการประชุมครั้งที่ 2/2569",
            AgendaKind.FOR_DECISION: "ที่ประชุมร่วมกันจัดลำดับปัญหาด้วยการติดจุด",
            AgendaKind.OTHER: "ผู้แทนเยาวชนเสนอให้จัดกีฬาต้านยาเสพติด",
        }
        resolutions = {
            AgendaKind.ANNOUNCEMENTS: "ที่ประชุมรับทราบ",
            AgendaKind.APPROVE_MINUTES: "ที่ประชุมรับรองรายงานการประชุมโดยไม่มีการแก้ไข",
            AgendaKind.FOR_DECISION: "ที่ประชุมเห็นชอบลำดับความสำคัญของปัญหาตามคะแนน",
            AgendaKind.OTHER: "เห็นชอบในหลักการ ให้สภาเด็กฯ จัดทำโครงการเสนอ อบต.",
        }
        for it in agenda:
            store.update(AgendaItem, it.id, notes=notes.get(it.kind, ""),
                         resolution=resolutions.get(it.kind, ""))
        decision_item = next(it for it in agenda if it.kind == AgendaKind.FOR_DECISION)
        issues = []
        for n, (title, dots) in enumerate(ISSUES):
            issue = store.add(Issue(meeting_id=m.id, title=title, position=n,
                                    response=Response.JOINTLY if n == 1 else Response.OURSELVES))
            issues.append(issue)
            if dots:
                store.add(DotVote(meeting_id=m.id, issue_id=issue.id, dots=dots - 2))
                store.add(DotVote(meeting_id=m.id, issue_id=issue.id, person_id=people[n].id,
                                  dots=2))
        # one proposal per decision method
        p1 = store.add(Proposal(
            meeting_id=m.id, agenda_item_id=decision_item.id, issue_id=issues[0].id,
            title="แก้ปัญหาน้ำประปาไม่ไหล", text="ซ่อมระบบประปาหมู่บ้านร่วมกับ อบต.",
            method=DecisionMethod.CONSENSUS, outcome=Outcome.ADOPTED,
            resolution="ที่ประชุมมีมติเห็นพ้องให้ซ่อมระบบประปาหมู่บ้านร่วมกับ อบต. ภายในเดือนมกราคม"))
        for level, count in ((PositionValue.LEVEL_5, 6), (PositionValue.LEVEL_4, 3),
                             (PositionValue.LEVEL_3, 1)):
            store.add(ProposalPosition(proposal_id=p1.id, value=level, count=count))
        store.add(ProposalPosition(proposal_id=p1.id, person_id=people[9].id,
                                   value=PositionValue.LEVEL_2,
                                   reason="กังวลเรื่องค่าน้ำที่อาจเพิ่มขึ้นสำหรับผู้สูงอายุ"))
        p2 = store.add(Proposal(
            meeting_id=m.id, title="ตั้งจุดจำหน่ายสินค้าชุมชน", text="ใช้ลานวัดทุกวันเสาร์",
            method=DecisionMethod.CONSENT, outcome=Outcome.ADOPTED,
            resolution="ที่ประชุมยินยอมให้ใช้ลานวัดเป็นจุดจำหน่ายสินค้าชุมชนทุกวันเสาร์"))
        store.add(ProposalPosition(proposal_id=p2.id, person_id=people[1].id,
                                   value=PositionValue.OBJECTION, resolved=True,
                                   reason="เกรงว่าจะรบกวนกิจกรรมทางศาสนา"))
        p3 = store.add(Proposal(
            meeting_id=m.id, title="ขอรับการสนับสนุนซ่อมถนน", method=DecisionMethod.MAJORITY,
            threshold=Threshold.TWO_THIRDS, present=9, count_for=6, count_against=2,
            count_abstain=1, outcome=Outcome.ADOPTED,
            resolution="ที่ประชุมมีมติด้วยคะแนนเสียง 6 ต่อ 2 ให้ทำหนังสือขอรับการสนับสนุนจาก อบจ."))
        store.add(ProposalPosition(proposal_id=p3.id, person_id=people[7].id,
                                   value=PositionValue.AGAINST, count=0,
                                   reason="ควรใช้งบประมาณของหมู่บ้านก่อน"))
        a1 = store.add(Action(meeting_id=m.id, proposal_id=p1.id, issue_id=issues[0].id,
                              title="ซ่อมท่อประปาและล้างถังกรองน้ำ", lead_person_id=people[0].id,
                              lead_organisation_id=orgs[4].id, due_date="2027-01-31",
                              cost_baht=150000, funding_source="งบ อบต.",
                              response=Response.JOINTLY))
        store.add(ActionPartner(action_id=a1.id, organisation_id=orgs[0].id))
        store.add(Action(meeting_id=m.id, proposal_id=p3.id, title="ทำหนังสือขอรับการสนับสนุน",
                         lead_person_id=people[3].id, due_date="2026-12-15",
                         response=Response.REQUEST_SUPPORT))
        store.add(Pledge(meeting_id=m.id, action_id=a1.id, organisation_id=orgs[0].id,
                         kind=ResourceKind.MONEY, description="งบซ่อมแซม", quantity=150000,
                         unit="บาท", value_baht=150000))
        store.add(Pledge(meeting_id=m.id, action_id=a1.id, person_id=people[7].id,
                         organisation_id=orgs[2].id, kind=ResourceKind.MATERIALS,
                         description="ท่อ PVC", quantity=20, unit="ท่อน", value_baht=6000))
        store.add(Pledge(meeting_id=m.id, action_id=a1.id, person_id=people[0].id,
                         kind=ResourceKind.LABOUR, description="แรงงานขุดลอก", quantity=120,
                         unit="คน-วัน", value_baht=36000))
        store.add(Pledge(meeting_id=m.id, person_id=people[9].id, organisation_id=orgs[5].id,
                         kind=ResourceKind.KNOWLEDGE, description="ตรวจคุณภาพน้ำ",
                         value_baht=20000))
    return store.get(Meeting, m.id)


@pytest.fixture
def rich(store):
    """(store, meeting) with the rich meeting."""
    return store, build_rich_meeting(store)


def norm(text: str) -> str:
    """All whitespace removed (line breaks fall anywhere), nothing else changed: the text
    extracted by poppler and PDFium is compared character for character (not normalised:
    ``ำ`` must come back as U+0E33).  Spaces inside words are checked by the exact tests."""
    return "".join(text.split())


def pnorm(text: str) -> str:
    """:func:`norm` for text read by pdfminer (pdfplumber), which ignores ``/ActualText``
    and reads the glyphs' ToUnicode entries (``ำ`` as ํ + า): NFKC first.  pdfplumber is
    used for positions; the exact text is checked with poppler and PDFium."""
    return norm(unicodedata.normalize("NFKC", text))


@pytest.fixture(scope="session")
def pdftotext():
    exe = shutil.which("pdftotext")
    if exe is None:  # pragma: no cover - poppler-utils is a test requirement
        pytest.skip("pdftotext (poppler-utils) is not installed")

    def run(path, layout: bool = False) -> str:
        args = [exe, "-enc", "UTF-8"] + (["-layout"] if layout else []) + [str(path), "-"]
        return subprocess.run(args, capture_output=True, text=True, check=True).stdout

    return run


def plumber_text(path) -> str:
    """Text by pdfminer (pdfplumber), NFKC-normalised: pdfminer ignores ``/ActualText`` and
    reads the glyphs' ToUnicode entries, where ``ำ`` is its two glyphs (ํ + า).  Used for the
    positions of words; the exact text is checked with poppler and PDFium."""
    import pdfplumber

    with pdfplumber.open(str(path)) as pdf:
        text = "\n".join(page.extract_text() or "" for page in pdf.pages)
    return unicodedata.normalize("NFKC", text)


@pytest.fixture(scope="session")
def pdfium_text():
    """The text of every page by PDFium (Chrome's PDF engine), raw."""
    pdfium = pytest.importorskip("pypdfium2")

    def run(path) -> list[str]:
        pdf = pdfium.PdfDocument(str(path))
        try:
            pages = []
            for page in pdf:
                tp = page.get_textpage()
                pages.append(tp.get_text_range())
                tp.close()
                page.close()
            return pages
        finally:
            pdf.close()

    return run
