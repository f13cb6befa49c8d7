"""A realistic Thai demo workshop: Ban Nong Bua village, three forums in B.E. 2569.

``build_demo(store)`` fills an empty store.  The data is invented but typical: a village forum
opened by the sub-district administration (อบต.), with the health station, the school, the
temple, a weaving enterprise, shops, women's and youth groups, a university and villagers; it
maps water, road, farm-income and health problems, votes on them, decides by consensus,
consent and majority, and turns the decisions into actions with pledged resources.
"""
from __future__ import annotations

import random
from datetime import datetime, timedelta, timezone
from pathlib import Path

from .model import (
    Action, ActionPartner, ActionStatus, ActionUpdate, AgendaItem, AgendaKind, Attendance, AttendanceStatus, Category,
    Cluster, CommunityMap, Contribution, ContributionKind, Criterion, CriterionScore,
    DecisionMethod, DotVote, Gender, Issue, IssueActor, IssueLink, Meeting, MeetingRole,
    MeetingRoleAssignment, MeetingStatus, NetworkRole, NetworkRoleAssignment, Organisation,
    Outcome, Person, Pledge, PositionValue, Proposal, ProposalPosition, ResourceKind, Response,
    Sector, SpeakerTurn, Threshold,
)
from .issues import arrange_board
from .meetings import close_meeting, create_meeting
from .paths import resource
from .store import Store

__all__ = ["build_demo", "Meeting"]

ORGS = [
    # key, name, short, sector, kind
    ("abt", "องค์การบริหารส่วนตำบลโนนสูง", "อบต.โนนสูง", Sector.LOCAL_GOVERNMENT, "อบต."),
    ("rpst", "โรงพยาบาลส่งเสริมสุขภาพตำบลโนนสูง", "รพ.สต.โนนสูง", Sector.STATE, "สาธารณสุข"),
    ("cdd", "สำนักงานพัฒนาชุมชนอำเภอน้ำพอง", "พช.น้ำพอง", Sector.STATE, "พัฒนาชุมชน"),
    ("school", "โรงเรียนบ้านหนองบัว", "รร.บ้านหนองบัว", Sector.STATE, "โรงเรียน"),
    ("village", "คณะกรรมการหมู่บ้านหนองบัว", "กม.หนองบัว", Sector.COMMUNITY, "หมู่บ้าน"),
    ("temple", "วัดศรีหนองบัว", "วัดศรีหนองบัว", Sector.COMMUNITY, "วัด"),
    ("osm", "ชมรมอาสาสมัครสาธารณสุขประจำหมู่บ้าน", "ชมรม อสม.", Sector.CIVIL_SOCIETY, "ชมรม"),
    ("women", "กลุ่มแม่บ้านเกษตรกรหนองบัว", "กลุ่มแม่บ้าน", Sector.CIVIL_SOCIETY, "กลุ่ม"),
    ("youth", "สภาเด็กและเยาวชนตำบลโนนสูง", "สภาเด็กฯ", Sector.CIVIL_SOCIETY, "กลุ่ม"),
    ("weave", "วิสาหกิจชุมชนทอผ้าไหมบ้านหนองบัว", "วิสาหกิจทอผ้า", Sector.PRIVATE, "วิสาหกิจชุมชน"),
    ("shop", "ร้านสมหวังวัสดุก่อสร้าง", "ร้านสมหวัง", Sector.PRIVATE, "ร้านค้า"),
    ("coop", "สหกรณ์การเกษตรน้ำพอง จำกัด", "สหกรณ์ฯ", Sector.PRIVATE, "สหกรณ์"),
    ("kku", "คณะเกษตรศาสตร์ มหาวิทยาลัยขอนแก่น", "มข.", Sector.ACADEMIA, "มหาวิทยาลัย"),
]

PEOPLE = [
    # prefix, first, last, position, org key, gender, member
    ("นาย", "สมชาย", "ใจดี", "ผู้ใหญ่บ้าน", "village", Gender.MALE, True),
    ("นาง", "บุญมี", "ศรีสุข", "ผู้ช่วยผู้ใหญ่บ้าน", "village", Gender.FEMALE, True),
    ("นาย", "ประเสริฐ", "วงศ์ใหญ่", "นายกองค์การบริหารส่วนตำบล", "abt", Gender.MALE, True),
    ("นางสาว", "กนกวรรณ", "แก้วมณี", "นักพัฒนาชุมชน", "abt", Gender.FEMALE, True),
    ("นาย", "วีระพงษ์", "พันธ์ดี", "สมาชิกสภา อบต. หมู่ที่ 5", "abt", Gender.MALE, True),
    ("นาง", "สุภาพร", "ทองคำ", "ผู้อำนวยการ รพ.สต.", "rpst", Gender.FEMALE, True),
    ("นางสาว", "ปิยะนุช", "บุญเรือง", "พัฒนาการอำเภอ", "cdd", Gender.FEMALE, True),
    ("นาย", "ธนากร", "ศรีวิไล", "ผู้อำนวยการโรงเรียน", "school", Gender.MALE, True),
    ("พระครู", "สุวรรณธรรมโชติ", "", "เจ้าอาวาสวัดศรีหนองบัว", "temple", Gender.MALE, True),
    ("นาง", "มาลัย", "คำภูแก้ว", "ประธาน อสม.", "osm", Gender.FEMALE, True),
    ("นาง", "ทองใบ", "สีหาราช", "อสม.", "osm", Gender.FEMALE, False),
    ("นาง", "คำปุ่น", "ไชยวงศ์", "ประธานกลุ่มแม่บ้าน", "women", Gender.FEMALE, True),
    ("นางสาว", "ณัฐธิดา", "พลราช", "ประธานสภาเด็กและเยาวชน", "youth", Gender.FEMALE, True),
    ("นาย", "ภูมิพัฒน์", "แสนสุข", "เยาวชน", "youth", Gender.MALE, False),
    ("นาง", "ละเอียด", "ศรีทอง", "ประธานวิสาหกิจชุมชน", "weave", Gender.FEMALE, True),
    ("นาย", "สมหวัง", "มั่งมี", "เจ้าของร้าน", "shop", Gender.MALE, False),
    ("นาย", "บุญเลิศ", "นามวงศ์", "ผู้จัดการสหกรณ์", "coop", Gender.MALE, False),
    ("ผศ.ดร.", "อรุณี", "จันทร์เพ็ญ", "อาจารย์ คณะเกษตรศาสตร์", "kku", Gender.FEMALE, False),
    ("นาย", "สุริยา", "บุตรดี", "เกษตรกร", None, Gender.MALE, True),
    ("นาง", "จันทร์เพ็ญ", "ภูผา", "เกษตรกร", None, Gender.FEMALE, True),
    ("นาย", "ทองดี", "ศรีสะอาด", "เกษตรกร", None, Gender.MALE, True),
    ("นาง", "สมศรี", "บัวบาน", "ค้าขาย", None, Gender.FEMALE, True),
    ("นาย", "เสถียร", "พรมมา", "ปราชญ์ชาวบ้าน", None, Gender.MALE, True),
    ("นาง", "บัวผัน", "แก้วกล้า", "เกษตรกร", None, Gender.FEMALE, True),
    ("นาย", "คำพอง", "สุวรรณ", "ผู้สูงอายุ", None, Gender.MALE, True),
    ("นางสาว", "ศิริพร", "ทองมา", "ครู", "school", Gender.FEMALE, False),
    ("นาย", "อนุชา", "ดวงดี", "เกษตรกร", None, Gender.MALE, True),
    ("นาง", "ประไพ", "สิงห์ทอง", "อสม.", "osm", Gender.FEMALE, False),
    ("นาย", "ไพโรจน์", "ชัยมงคล", "เกษตรกร", None, Gender.MALE, True),
    ("นาง", "ลำดวน", "จันทร์หอม", "แม่บ้าน", "women", Gender.FEMALE, True),
    ("นาย", "วิชัย", "คำแหง", "เกษตรกร", None, Gender.MALE, True),
    ("นาง", "สุดา", "ศรีประเสริฐ", "ค้าขาย", None, Gender.FEMALE, True),
    ("นาย", "ชาญชัย", "บุญมา", "ช่างไม้", None, Gender.MALE, True),
    ("นาง", "เยาวลักษณ์", "พิมพ์ดี", "อสม.", "osm", Gender.FEMALE, False),
    ("นาย", "สมบัติ", "ทองสุข", "เกษตรกร", None, Gender.MALE, True),
    ("นางสาว", "อรอุมา", "แสงจันทร์", "เยาวชน", "youth", Gender.FEMALE, False),
    ("นาย", "บุญชู", "ไชยสิทธิ์", "สมาชิกสภา อบต. หมู่ที่ 5", "abt", Gender.MALE, True),
    ("นาง", "พิกุล", "สายทอง", "ทอผ้า", "weave", Gender.FEMALE, False),
    ("นาย", "ศักดิ์ชัย", "พูลผล", "เกษตรกร", None, Gender.MALE, True),
    ("นาง", "รัตนา", "มณีวงศ์", "เกษตรกร", None, Gender.FEMALE, True),
    ("นาย", "ประยูร", "คำสอน", "ผู้สูงอายุ", None, Gender.MALE, True),
    ("นางสาว", "วรรณา", "ศรีจันทร์", "เจ้าหน้าที่ รพ.สต.", "rpst", Gender.FEMALE, False),
]

CATEGORIES = [
    ("น้ำ", "Water", "#4a90d9"), ("ถนนและการคมนาคม", "Roads and transport", "#8b6f47"),
    ("การเกษตรและรายได้", "Farming and income", "#5aa845"), ("สุขภาพ", "Health", "#d9534f"),
    ("การศึกษา", "Education", "#f0ad4e"), ("สิ่งแวดล้อม", "Environment", "#2e8b57"),
    ("ความปลอดภัย", "Safety", "#6f42c1"), ("วัฒนธรรมและประเพณี", "Culture", "#c71585"),
    ("เด็ก เยาวชน และผู้สูงอายุ", "Youth and elderly", "#17a2b8"),
    ("อื่น ๆ", "Other", "#888888"),
]

ISSUES = [
    # title, category index, cluster index, raised by (people index), people affected,
    # response, map position
    ("น้ำประปาหมู่บ้านไม่ไหลช่วงหน้าแล้ง", 0, 0, 18, 320, Response.JOINTLY, (0.30, 0.40)),
    ("น้ำประปาขุ่นมีตะกอน ใช้ดื่มไม่ได้", 0, 0, 21, 250, Response.JOINTLY, (0.34, 0.46)),
    ("หนองน้ำสาธารณะตื้นเขิน เก็บน้ำไม่ได้", 0, 0, 22, 400, Response.REQUEST_SUPPORT,
     (0.62, 0.28)),
    ("ถนนเข้าหมู่บ้านเป็นหลุมบ่อ ฝนตกแล้วลื่น", 1, 1, 26, 500, Response.REQUEST_SUPPORT,
     (0.15, 0.70)),
    ("ไฟส่องสว่างริมถนนไม่พอ กลางคืนมืด", 6, 1, 31, 200, Response.JOINTLY, (0.48, 0.62)),
    ("ราคาข้าวตกต่ำ ต้นทุนปุ๋ยสูง", 2, 2, 20, 180, Response.OURSELVES, (0.75, 0.55)),
    ("ขาดตลาดขายผ้าไหมและสินค้าชุมชน", 2, 2, 14, 40, Response.JOINTLY, (0.52, 0.50)),
    ("ผู้สูงอายุติดบ้านติดเตียงไม่มีคนดูแล", 8, 3, 9, 35, Response.JOINTLY, (0.40, 0.30)),
    ("ไข้เลือดออกระบาดช่วงฤดูฝน", 3, 3, 5, 600, Response.OURSELVES, (0.44, 0.56)),
    ("เด็กและเยาวชนติดเกมและยาเสพติด", 8, 3, 12, 120, Response.JOINTLY, (0.58, 0.44)),
    ("ขยะล้นถังบริเวณตลาดนัด", 5, 4, 21, 300, Response.OURSELVES, (0.55, 0.58)),
    ("การเผาตอซังข้าวทำให้เกิดหมอกควัน", 5, 4, 23, 600, Response.OURSELVES, (0.80, 0.35)),
    ("สุนัขจรจัดในหมู่บ้าน", 6, 4, 29, 150, Response.JOINTLY, (0.36, 0.64)),
    ("ลำห้วยมีผักตบชวาอุดตัน", 5, 0, 34, 220, Response.OURSELVES, (0.70, 0.20)),
]

# cause -> effect (indexes into ISSUES)
LINKS = [(2, 0), (0, 5), (13, 2), (11, 8), (3, 4), (1, 8)]


def build_demo(store: Store, *, today: str = "2026-11-20") -> None:
    """Fill ``store`` (normally empty) with the demo workshop."""
    rng = random.Random(2569)
    with store.transaction():
        orgs: dict[str, Organisation] = {}
        for key, name, short, sector, kind in ORGS:
            orgs[key] = store.add(Organisation(name=name, short_name=short, sector=sector,
                                               kind=kind))
        people: list[Person] = []
        members: set[str] = set()
        for i, (prefix, first, last, position, org, gender, member) in enumerate(PEOPLE):
            p = store.add(Person(
                prefix=prefix, first_name=first, last_name=last, position=position,
                organisation_id=orgs[org].id if org else None, gender=gender,
                village_no="5" if not org or org in ("village", "women", "osm") else "",
                phone=f"08{rng.randint(10000000, 99999999)}" if i % 3 == 0 else "",
                consent=True, consent_at="2026-03-15T09:00:00+07:00"))
            people.append(p)
            if member:
                members.add(p.id)
        categories = [store.add(Category(name_th=th, name_en=en, color=color, position=i))
                      for i, (th, en, color) in enumerate(CATEGORIES)]

        base = dict(
            body_name="ประชาคมหมู่บ้านหนองบัว หมู่ที่ 5",
            venue="ศาลาการเปรียบเทียบวัดศรีหนองบัว", village_no="5", village_name="บ้านหนองบัว",
            subdistrict="โนนสูง", district="น้ำพอง", province="ขอนแก่น",
            initiator_id=orgs["abt"].id, chair_id=people[0].id, recorder_id=people[3].id,
            reviewer_id=people[1].id, quorum=12, dots_per_person=3,
            common_goal="ให้คนหนองบัวมีน้ำสะอาดใช้ตลอดปี มีรายได้พอเพียง และดูแลกันและกัน",
            structure="คณะทำงานแผนชุมชนบ้านหนองบัว 15 คน จากทุกภาคส่วน ประชุมทุก 3 เดือน "
                      "ผู้ใหญ่บ้านเป็นผู้ประสานงาน อบต. เป็นเลขานุการ",
        )
        m1 = create_meeting(store, Meeting(
            title="เวทีประชาคมหมู่บ้าน เพื่อจัดทำแผนชุมชน ประจำปี 2569", number=1, be_year=2569,
            date="2026-03-15", start_time="09:00", end_time="12:10",
            purpose="ทบทวนปัญหาและความต้องการของหมู่บ้าน เพื่อจัดทำแผนชุมชนและเสนอเข้าแผนพัฒนาท้องถิ่น",
            status=MeetingStatus.IN_PROGRESS, **base))
        m2 = create_meeting(store, Meeting(
            title="เวทีประชาคมติดตามแผนชุมชน", number=2, be_year=2569, date="2026-07-19",
            start_time="13:00", end_time="15:30", previous_id=m1.id,
            purpose="ติดตามความคืบหน้าของแผนปฏิบัติการและการสมทบทรัพยากร",
            status=MeetingStatus.IN_PROGRESS, **base))
        m3 = create_meeting(store, Meeting(
            title="เวทีประชาคมหมู่บ้าน แก้ปัญหาน้ำและจัดลำดับความสำคัญของปัญหา", number=3,
            be_year=2569, date=today, start_time="09:30", end_time="12:45", previous_id=m2.id,
            purpose="จัดลำดับความสำคัญของปัญหาหมู่บ้าน ตัดสินใจแนวทางแก้ปัญหาน้ำประปา "
                    "และแบ่งบทบาทหน้าที่ของแต่ละภาคส่วน",
            status=MeetingStatus.IN_PROGRESS, **base))

        for meeting, n_present in ((m1, 34), (m2, 24), (m3, 38)):
            _fill_meeting(store, rng, meeting, people, members, orgs, categories, n_present,
                          full=meeting is m3, first=meeting is m1)
        _progress_reports(store, m1, m2, m3)
        _carried_issues(store, m1, m3)
        # the two earlier forums are closed (read-only); today's is still open
        for done in (m1, m2):
            close_meeting(store, done.id)


def _carried_issues(store: Store, m1: Meeting, m3: Meeting) -> None:
    """The water and road problems of the first forum came back at the third, said so; the
    other repeated problems are left for the app to suggest."""
    first = {i.title: i for i in store.find(Issue, meeting_id=m1.id)}
    for title, *_ in ISSUES[:5]:
        later = store.find(Issue, meeting_id=m3.id, title=title)
        if later and title in first:
            store.update(Issue, later[0].id, carried_from_id=first[title].id)


def _progress_reports(store: Store, m1: Meeting, m2: Meeting, m3: Meeting) -> None:
    """The first forum's actions as reported at the second and third (their final status is
    the one :func:`_actions_first` gave them)."""
    by_title = {a.title: a for a in store.find(Action, meeting_id=m1.id)}
    reports = [
        ("รณรงค์กำจัดลูกน้ำยุงลายทุกวันศุกร์", m2, ActionStatus.PLANNED, ActionStatus.IN_PROGRESS,
         60, "รณรงค์แล้ว 10 สัปดาห์"),
        ("ลอกผักตบชวาในลำห้วย", m2, ActionStatus.PLANNED, ActionStatus.DONE, 100,
         "ชาวบ้านลงแรงเสร็จเมื่อปลายเดือนพฤษภาคม"),
        ("สำรวจจุดท่อประปารั่วทั้งหมู่บ้าน", m2, ActionStatus.PLANNED, ActionStatus.IN_PROGRESS,
         30, "สำรวจแล้ว 2 จาก 6 คุ้ม"),
        ("รณรงค์กำจัดลูกน้ำยุงลายทุกวันศุกร์", m3, ActionStatus.IN_PROGRESS, ActionStatus.DONE,
         100, ""),
        ("สำรวจจุดท่อประปารั่วทั้งหมู่บ้าน", m3, ActionStatus.IN_PROGRESS,
         ActionStatus.IN_PROGRESS, 70, "เหลือคุ้มท้ายหมู่บ้าน"),
    ]
    for title, m, before, after, progress, note in reports:
        a = by_title[title]
        store.add(ActionUpdate(action_id=a.id, meeting_id=m.id, date=m.date, status=after,
                               previous_status=before, progress=progress, note=note))
        store.update(Action, a.id, progress=progress)


def _iso(date: str, hhmm: str, plus_min: float = 0) -> str:
    t = datetime.fromisoformat(f"{date}T{hhmm}:00+07:00") + timedelta(minutes=plus_min)
    return t.astimezone(timezone.utc).isoformat(timespec="milliseconds")


def _fill_meeting(store: Store, rng: random.Random, m: Meeting, people: list[Person],
                  members: set[str], orgs: dict[str, Organisation], categories: list[Category],
                  n_present: int, *, full: bool, first: bool) -> None:
    present = people[:n_present]
    # --- attendance: most present, two absent with reasons, one excused, one substitute
    for i, p in enumerate(people):
        if i < n_present:
            status, reason = AttendanceStatus.PRESENT, ""
        elif i == n_present:
            status, reason = AttendanceStatus.EXCUSED, "ติดราชการ"
        elif i == n_present + 1:
            status, reason = AttendanceStatus.ABSENT, "ไปทำงานต่างจังหวัด"
        else:
            continue
        store.add(Attendance(meeting_id=m.id, person_id=p.id, status=status, reason=reason,
                             member=p.id in members,
                             check_in_at=_iso(m.date, m.start_time, -rng.randint(0, 40))
                             if status == AttendanceStatus.PRESENT else ""))
    # a substitute: the school teacher attends for the school director (who is absent)
    if full:
        director = people[7]
        teacher = people[25]
        from . import attendance

        attendance.set_attendance(store, m.id, director.id, status=AttendanceStatus.ABSENT,
                                  reason="ไปราชการที่จังหวัด")
        attendance.set_attendance(store, m.id, teacher.id, substitute_for_id=director.id)

    # --- roles (the chair, recorder and reviewer are the meeting's own fields, set above)
    roles = [(people[3], MeetingRole.FACILITATOR), (people[12], MeetingRole.TIMEKEEPER)]
    for p, role in roles:
        store.add(MeetingRoleAssignment(meeting_id=m.id, person_id=p.id, role=role))

    # --- agenda notes and resolutions
    items = store.find(AgendaItem, order_by="position", meeting_id=m.id)
    start = m.start_time
    offset = 0.0
    notes = {
        AgendaKind.ANNOUNCEMENTS: (
            "ประธานแจ้งให้ที่ประชุมทราบว่า อบต.โนนสูง จะรวบรวมแผนชุมชนของทุกหมู่บ้าน "
            "เพื่อบรรจุในแผนพัฒนาท้องถิ่น ภายในเดือนธันวาคม และขอให้ทุกภาคส่วนร่วมเสนอปัญหา",
            "รับทราบ"),
        AgendaKind.APPROVE_MINUTES: (
            "เลขานุการเสนอรายงานการประชุมครั้งที่ผ่านมาให้ที่ประชุมพิจารณา ไม่มีผู้ขอแก้ไข",
            "ที่ประชุมมีมติรับรองรายงานการประชุมครั้งที่ผ่านมา โดยไม่มีการแก้ไข"),
        AgendaKind.FOLLOW_UP: (
            "ผู้รับผิดชอบรายงานความคืบหน้า การลอกผักตบชวาในลำห้วยดำเนินการแล้วเสร็จ "
            "ส่วนการซ่อมท่อประปายังรอวัสดุ",
            "รับทราบความคืบหน้า และให้ติดตามอีกครั้งในการประชุมครั้งถัดไป"),
        AgendaKind.FOR_DECISION: (
            "ที่ประชุมร่วมกันระบุปัญหาของหมู่บ้าน จัดกลุ่มปัญหา และลงคะแนนจัดลำดับความสำคัญ "
            "ปัญหาน้ำประปาได้คะแนนสูงสุด ผู้แทน อบต. ชี้แจงว่ามีงบประมาณซ่อมแซมระบบประปา "
            "บางส่วน ชาวบ้านเสนอร่วมลงแรงขุดลอกหนองน้ำ",
            ""),
        AgendaKind.OTHER: (
            "ผู้แทนสภาเด็กและเยาวชนเสนอให้จัดกิจกรรมกีฬาต้านยาเสพติดในช่วงปิดภาคเรียน",
            "เห็นชอบในหลักการ ให้สภาเด็กและเยาวชนจัดทำโครงการเสนอ อบต."),
    }
    for it in items:
        text, resolution = notes.get(it.kind, ("", ""))
        if first and it.kind == AgendaKind.APPROVE_MINUTES:
            text, resolution = "เป็นการประชุมครั้งแรกของปี ไม่มีรายงานการประชุมที่ต้องรับรอง", "รับทราบ"
        if first and it.kind == AgendaKind.FOLLOW_UP:
            text, resolution = "ไม่มีเรื่องสืบเนื่อง", ""
        elapsed = max(60, int(it.timebox_min * 60 * rng.uniform(0.7, 1.3)))
        store.update(type(it), it.id, notes=text, resolution=resolution,
                     started_at=_iso(m.date, start, offset),
                     ended_at=_iso(m.date, start, offset + elapsed / 60), elapsed_s=elapsed)
        offset += elapsed / 60 + 2
    decide_item = next(it for it in items if it.kind == AgendaKind.FOR_DECISION)

    # --- issues (all in the first meeting and the latest)
    if not (full or first):
        return
    clusters = []
    if full:
        for i, name in enumerate(("น้ำ", "ถนนและความปลอดภัย", "รายได้", "สุขภาพและสังคม",
                                  "สิ่งแวดล้อม")):
            clusters.append(store.add(Cluster(meeting_id=m.id, name=name, x=20 + (i % 3) * 440,
                                              y=20 + (i // 3) * 340, width=420, height=320,
                                              color=("#dbe9f7", "#efe6da", "#e1f1dc",
                                                     "#f6dddc", "#dcefe4")[i])))
    map_rec = None
    if full:
        data = demo_map_path().read_bytes()
        w, h = _png_size(data)
        map_rec = store.add(CommunityMap(meeting_id=m.id, name="แผนที่เดินดินบ้านหนองบัว",
                                         mime="image/png", image=data, width=w, height=h))
    issues: list[Issue] = []
    chosen = ISSUES if full else ISSUES[:9]
    for i, (title, cat, cl, raiser, affected, response, (mx, my)) in enumerate(chosen):
        c = clusters[cl] if clusters else None
        iss = store.add(Issue(
            meeting_id=m.id, title=title, category_id=categories[cat].id,
            raised_by_id=people[raiser].id, people_affected=affected,
            location="หมู่ที่ 5", village_no="5", response=response, position=i,
            cluster_id=c.id if c else None,
            board_x=(c.x + 20 + (i % 2) * 200) if c else 40 + (i % 4) * 220,
            board_y=(c.y + 50 + (i // 2 % 3) * 85) if c else 40 + (i // 4) * 110,
            map_id=map_rec.id if map_rec else None,
            map_x=mx if map_rec else None, map_y=my if map_rec else None))
        issues.append(iss)
    if full:
        store.add(Issue(meeting_id=m.id, title="น้ำประปาไม่พอใช้", category_id=categories[0].id,
                              raised_by_name="ชาวบ้านคุ้มหนองแวง", merged_into_id=issues[0].id,
                              position=len(issues), board_x=clusters[0].x + 20,
                              board_y=clusters[0].y + 280, cluster_id=clusters[0].id))
        arrange_board(store, m.id)  # cards in a tidy grid inside their groups
        for cause, effect in LINKS:
            store.add(IssueLink(cause_id=issues[cause].id, effect_id=issues[effect].id))
        store.add(IssueActor(issue_id=issues[0].id, organisation_id=orgs["abt"].id))
        store.add(IssueActor(issue_id=issues[8].id, organisation_id=orgs["rpst"].id))
        store.add(IssueActor(issue_id=issues[6].id, organisation_id=orgs["weave"].id))
    # dot votes: each present participant spends up to 3 dots, weighted towards water
    weights = [9, 6, 7, 6, 3, 5, 3, 4, 5, 3, 2, 2, 1, 2][:len(issues)]
    for p in present:
        for _ in range(3):
            idx = rng.choices(range(len(issues)), weights=weights)[0]
            store.add(DotVote(meeting_id=m.id, issue_id=issues[idx].id, person_id=p.id, dots=1))
    if full:
        store.add(DotVote(meeting_id=m.id, issue_id=issues[3].id, person_id=None, dots=4))
        crit = [store.add(Criterion(meeting_id=m.id, name=n, weight=w, position=i))
                for i, (n, w) in enumerate((("ความรุนแรง", 2.0), ("ความเร่งด่วน", 1.5),
                                            ("จำนวนผู้ได้รับผลกระทบ", 1.0),
                                            ("ความเป็นไปได้ในการแก้ไข", 1.0)))]
        for iss in issues:
            for c in crit:
                store.add(CriterionScore(issue_id=iss.id, criterion_id=c.id,
                                         score=rng.randint(1, 5)))

    # --- speakers and contributions
    if full:
        t = 0.0
        speakers = [(0, ContributionKind.INFORMATION, "ชี้แจงวัตถุประสงค์ของเวที"),
                    (18, ContributionKind.CONCERN, "หน้าแล้งน้ำประปาไม่ไหลสามถึงสี่วันต่อสัปดาห์"),
                    (2, ContributionKind.INFORMATION,
                     "อบต. มีงบซ่อมแซมระบบประปาหมู่บ้าน 150,000 บาท ในปีงบประมาณ 2570"),
                    (22, ContributionKind.IDEA, "ควรขุดลอกหนองน้ำสาธารณะก่อน แล้วจึงซ่อมท่อ"),
                    (14, ContributionKind.SUPPORT, "กลุ่มทอผ้ายินดีสมทบเงินและแรงงาน"),
                    (29, ContributionKind.OBJECTION, "กังวลว่าการเก็บค่าน้ำเพิ่มจะเป็นภาระผู้สูงอายุ"),
                    (17, ContributionKind.IDEA, "มหาวิทยาลัยช่วยตรวจคุณภาพน้ำได้โดยไม่มีค่าใช้จ่าย"),
                    (12, ContributionKind.IDEA, "เยาวชนอาสาทำแผนที่จุดท่อรั่ว")]
        for pos, (pi, kind, text) in enumerate(speakers):
            dur = rng.randint(60, 240)
            turn = store.add(SpeakerTurn(
                meeting_id=m.id, agenda_item_id=decide_item.id, person_id=people[pi].id,
                position=pos, queued_at=_iso(m.date, "10:10", t - 2),
                started_at=_iso(m.date, "10:10", t), ended_at=_iso(m.date, "10:10", t + dur / 60),
                duration_s=dur, limit_s=180))
            store.add(Contribution(meeting_id=m.id, agenda_item_id=decide_item.id,
                                   turn_id=turn.id, person_id=people[pi].id, kind=kind, text=text))
            t += dur / 60 + 0.5

    # --- proposals by each method
    n_members = sum(1 for p in present if p.id in members)
    if first:
        pr = store.add(Proposal(
            meeting_id=m.id, agenda_item_id=decide_item.id, issue_id=issues[8].id,
            title="รณรงค์กำจัดลูกน้ำยุงลายทุกวันศุกร์", method=DecisionMethod.CONSENT,
            text="ให้ อสม. และนักเรียนร่วมกันสำรวจและกำจัดลูกน้ำยุงลายทุกวันศุกร์",
            proposed_by_id=people[9].id, quorum=12, present=n_members,
            outcome=Outcome.ADOPTED, decided_at=_iso(m.date, "11:30"),
            resolution="ที่ประชุมมีมติเห็นชอบให้ อสม. และโรงเรียนรณรงค์กำจัดลูกน้ำยุงลายทุกวันศุกร์"))
        _actions_first(store, m, pr, issues, people, orgs)
        return
    p1 = store.add(Proposal(
        meeting_id=m.id, agenda_item_id=decide_item.id, issue_id=issues[0].id,
        title="แก้ปัญหาน้ำประปาไม่ไหลและน้ำขุ่น", method=DecisionMethod.CONSENSUS,
        text="ซ่อมระบบประปาหมู่บ้านร่วมกับ อบต. ขุดลอกหนองน้ำสาธารณะ และตั้งคณะกรรมการประปาหมู่บ้าน",
        proposed_by_id=people[18].id, quorum=12, present=n_members,
        outcome=Outcome.ADOPTED, decided_at=_iso(m.date, "11:05"),
        resolution="ที่ประชุมมีมติเป็นเอกฉันท์ให้ซ่อมระบบประปาหมู่บ้านร่วมกับ อบต.โนนสูง "
                   "ขุดลอกหนองน้ำสาธารณะโดยชาวบ้านลงแรง และตั้งคณะกรรมการประปาหมู่บ้าน 7 คน"))
    for level, count in ((PositionValue.LEVEL_5, 24), (PositionValue.LEVEL_4, 9),
                         (PositionValue.LEVEL_3, 4)):
        store.add(ProposalPosition(proposal_id=p1.id, value=level, count=count))
    store.add(ProposalPosition(proposal_id=p1.id, person_id=people[29].id,
                               value=PositionValue.LEVEL_2, count=1,
                               reason="กังวลเรื่องค่าน้ำที่อาจเพิ่มขึ้นสำหรับผู้สูงอายุ"))
    p2 = store.add(Proposal(
        meeting_id=m.id, agenda_item_id=decide_item.id, issue_id=issues[6].id,
        title="ตั้งจุดจำหน่ายสินค้าชุมชนที่ตลาดนัดวันเสาร์", method=DecisionMethod.CONSENT,
        text="ใช้ลานหน้าศาลาวัดเป็นจุดจำหน่ายผ้าไหมและสินค้าชุมชนทุกวันเสาร์",
        proposed_by_id=people[14].id, quorum=12, present=n_members, outcome=Outcome.ADOPTED,
        decided_at=_iso(m.date, "11:35"),
        resolution="ที่ประชุมเห็นชอบให้ตั้งจุดจำหน่ายสินค้าชุมชนที่ลานหน้าศาลาวัดทุกวันเสาร์ "
                   "โดยไม่มีผู้คัดค้าน"))
    store.add(ProposalPosition(proposal_id=p2.id, person_id=people[8].id,
                               value=PositionValue.OBJECTION, resolved=True,
                               reason="เกรงว่าจะรบกวนกิจกรรมทางศาสนา แก้ไขแล้วโดยงดขายในวันพระ"))
    p3 = store.add(Proposal(
        meeting_id=m.id, agenda_item_id=decide_item.id, issue_id=issues[3].id,
        title="เสนอ อบจ. ซ่อมถนนลาดยางเข้าหมู่บ้าน", method=DecisionMethod.MAJORITY,
        threshold=Threshold.SIMPLE, text="ทำหนังสือขอรับการสนับสนุนจากองค์การบริหารส่วนจังหวัด",
        proposed_by_id=people[26].id, quorum=12, present=n_members,
        count_for=27, count_against=6, count_abstain=3, outcome=Outcome.ADOPTED,
        decided_at=_iso(m.date, "12:05"),
        resolution="ที่ประชุมมีมติด้วยคะแนนเสียง 27 ต่อ 6 งดออกเสียง 3 ให้ทำหนังสือขอรับการสนับสนุน"
                   "การซ่อมถนนจากองค์การบริหารส่วนจังหวัดขอนแก่น"))
    store.add(ProposalPosition(proposal_id=p3.id, person_id=people[30].id,
                               value=PositionValue.AGAINST,
                               reason="ควรใช้งบ อบต. ซ่อมก่อน เพราะรอ อบจ. นาน"))
    store.add(Proposal(
        meeting_id=m.id, agenda_item_id=decide_item.id, issue_id=issues[11].id,
        title="ห้ามเผาตอซังข้าว ปรับผู้ฝ่าฝืน", method=DecisionMethod.MAJORITY,
        threshold=Threshold.TWO_THIRDS, text="ออกกติกาหมู่บ้านห้ามเผาตอซังข้าว",
        quorum=12, present=n_members, count_for=18, count_against=12, count_abstain=5,
        outcome=Outcome.DEFERRED, decided_at=_iso(m.date, "12:25"),
        resolution="คะแนนเห็นชอบไม่ถึงสองในสาม ให้เลื่อนไปพิจารณาในการประชุมครั้งถัดไป "
                   "หลังจากมหาวิทยาลัยขอนแก่นให้ความรู้เรื่องการไถกลบตอซัง"))

    # --- actions and pledges
    a1 = store.add(Action(
        meeting_id=m.id, proposal_id=p1.id, issue_id=issues[0].id,
        title="ซ่อมแซมท่อเมนประปาและเปลี่ยนสารกรองน้ำ", lead_organisation_id=orgs["abt"].id,
        lead_person_id=people[4].id, partners="คณะกรรมการประปาหมู่บ้าน, ร้านสมหวังวัสดุก่อสร้าง",
        due_date="2027-01-31", status=ActionStatus.IN_PROGRESS, cost_baht=150000,
        funding_source="งบประมาณ อบต.โนนสูง ปี 2570", response=Response.JOINTLY,
        objective="เพื่อให้ทุกครัวเรือนมีน้ำประปาสะอาดใช้ตลอดปี",
        target="ท่อเมนใหม่ 1,200 เมตร และสารกรองน้ำ 1 ชุด ครอบคลุม 186 ครัวเรือน",
        location="ระบบประปาหมู่บ้าน หมู่ที่ 5", budget_years='{"2570":100000,"2571":50000}',
        indicator="ร้อยละ 95 ของครัวเรือนมีน้ำประปาใช้ตลอดปี",
        expected_result="ประชาชนมีน้ำสะอาดใช้ ลดค่าใช้จ่ายในการซื้อน้ำ",
        agency="องค์การบริหารส่วนตำบลโนนสูง"))
    a2 = store.add(Action(
        meeting_id=m.id, proposal_id=p1.id, issue_id=issues[2].id,
        title="ขุดลอกหนองน้ำสาธารณะ", lead_person_id=people[0].id,
        lead_organisation_id=orgs["village"].id, partners="ชาวบ้านทุกครัวเรือน",
        due_date="2027-03-15", status=ActionStatus.PLANNED, cost_baht=45000,
        funding_source="เงินสมทบชุมชน", response=Response.OURSELVES,
        objective="เพื่อเพิ่มแหล่งกักเก็บน้ำไว้ใช้ในหน้าแล้ง",
        target="หนองน้ำสาธารณะ 1 แห่ง ลึกเพิ่มขึ้น 1.5 เมตร",
        indicator="กักเก็บน้ำได้เพิ่มขึ้นไม่น้อยกว่า 5,000 ลูกบาศก์เมตร",
        expected_result="มีน้ำใช้ในการเกษตรและเลี้ยงสัตว์ตลอดหน้าแล้ง"))
    a3 = store.add(Action(
        meeting_id=m.id, proposal_id=p1.id, issue_id=issues[1].id,
        title="ตรวจคุณภาพน้ำประปาทุก 3 เดือน", lead_organisation_id=orgs["kku"].id,
        lead_person_id=people[17].id, partners="รพ.สต.โนนสูง",
        due_date="2027-02-28", status=ActionStatus.PLANNED, cost_baht=0,
        funding_source="มหาวิทยาลัยขอนแก่น", response=Response.JOINTLY))
    store.add(Action(
        meeting_id=m.id, proposal_id=p3.id, issue_id=issues[3].id,
        title="ทำหนังสือขอรับการสนับสนุนซ่อมถนนถึง อบจ.ขอนแก่น", lead_person_id=people[2].id,
        lead_organisation_id=orgs["abt"].id, due_date="2026-12-15",
        status=ActionStatus.PLANNED, response=Response.REQUEST_SUPPORT,
        objective="เพื่อให้การสัญจรและการขนส่งผลผลิตปลอดภัย",
        target="ถนนลูกรังสายบ้านหนองบัว–บ้านนาคำ ระยะทาง 2 กิโลเมตร",
        indicator="ถนนสัญจรได้ตลอดฤดูฝน", expected_result="ประชาชนเดินทางสะดวกและปลอดภัย",
        agency="องค์การบริหารส่วนจังหวัดขอนแก่น"))
    a5 = store.add(Action(
        meeting_id=m.id, proposal_id=p2.id, issue_id=issues[6].id,
        title="จัดจุดจำหน่ายสินค้าชุมชนทุกวันเสาร์", lead_organisation_id=orgs["weave"].id,
        lead_person_id=people[14].id, partners="กลุ่มแม่บ้าน, วัดศรีหนองบัว",
        due_date="2026-12-05", status=ActionStatus.PLANNED, cost_baht=8000,
        funding_source="วิสาหกิจชุมชน", response=Response.OURSELVES))
    store.add(ActionPartner(action_id=a1.id, organisation_id=orgs["shop"].id))
    store.add(ActionPartner(action_id=a3.id, organisation_id=orgs["rpst"].id))
    store.add(ActionPartner(action_id=a5.id, organisation_id=orgs["women"].id))
    pledges = [
        (a1, people[2], orgs["abt"], ResourceKind.MONEY, "งบซ่อมแซมระบบประปา", 150000, "บาท", 150000),
        (a1, people[15], orgs["shop"], ResourceKind.MATERIALS, "ท่อ PVC และข้อต่อ (ราคาทุน)", 20,
         "ท่อน", 6000),
        (a2, people[0], orgs["village"], ResourceKind.LABOUR, "แรงงานขุดลอก", 120, "คน-วัน",
         36000),
        (a2, people[14], orgs["weave"], ResourceKind.MONEY, "เงินสมทบค่าน้ำมันรถขุด", 5000,
         "บาท", 5000),
        (a2, people[16], orgs["coop"], ResourceKind.EQUIPMENT, "รถไถพร้อมคนขับ", 3, "วัน", 9000),
        (a3, people[17], orgs["kku"], ResourceKind.KNOWLEDGE, "ตรวจคุณภาพน้ำและอบรม", 4, "ครั้ง",
         20000),
        (a5, people[8], orgs["temple"], ResourceKind.VENUE, "ลานหน้าศาลาวัด", 1, "แห่ง", 0),
        (a5, people[11], orgs["women"], ResourceKind.LABOUR, "ช่วยจัดร้านและขาย", 24, "คน-วัน",
         7200),
    ]
    for i, (a, p, o, kind, desc, qty, unit, value) in enumerate(pledges):
        store.add(Pledge(meeting_id=m.id, action_id=a.id, person_id=p.id, organisation_id=o.id,
                         kind=kind, description=desc, quantity=qty, unit=unit, value_baht=value,
                         fulfilled=i in (1, 6)))
    # network roles: who plans, decides, implements, exchanges, mobilises, coordinates
    for org, role, action in (("abt", NetworkRole.COORDINATING, None),
                              ("abt", NetworkRole.DECIDING, None),
                              ("village", NetworkRole.PLANNING, None),
                              ("village", NetworkRole.DECIDING, None),
                              ("village", NetworkRole.IMPLEMENTING, a2),
                              ("women", NetworkRole.MOBILISING, a5),
                              ("weave", NetworkRole.IMPLEMENTING, a5),
                              ("weave", NetworkRole.DECIDING, None),
                              ("kku", NetworkRole.EXCHANGING, a3),
                              ("shop", NetworkRole.MOBILISING, a1),
                              ("rpst", NetworkRole.PLANNING, None),
                              ("osm", NetworkRole.IMPLEMENTING, None)):
        store.add(NetworkRoleAssignment(meeting_id=m.id, organisation_id=orgs[org].id,
                                        role=role, action_id=a.id if (a := action) else None))
    store.add(NetworkRoleAssignment(meeting_id=m.id, person_id=people[0].id,
                                    role=NetworkRole.COORDINATING))


def _actions_first(store: Store, m: Meeting, pr: Proposal, issues: list[Issue],
                   people: list[Person], orgs: dict[str, Organisation]) -> None:
    a = store.add(Action(
        meeting_id=m.id, proposal_id=pr.id, issue_id=issues[8].id,
        title="รณรงค์กำจัดลูกน้ำยุงลายทุกวันศุกร์", lead_organisation_id=orgs["osm"].id,
        lead_person_id=people[9].id, partners="โรงเรียนบ้านหนองบัว, รพ.สต.โนนสูง",
        due_date="2026-09-30", status=ActionStatus.DONE, response=Response.OURSELVES))
    store.add(Pledge(meeting_id=m.id, action_id=a.id, person_id=people[5].id,
                     organisation_id=orgs["rpst"].id, kind=ResourceKind.MATERIALS,
                     description="ทรายกำจัดลูกน้ำ", quantity=10, unit="ถัง", value_baht=3500,
                     fulfilled=True))
    store.add(Action(
        meeting_id=m.id, issue_id=None,
        title="ลอกผักตบชวาในลำห้วย", lead_person_id=people[0].id,
        lead_organisation_id=orgs["village"].id, due_date="2026-05-31",
        status=ActionStatus.DONE, response=Response.OURSELVES))
    c = store.add(Action(
        meeting_id=m.id, issue_id=issues[0].id, title="สำรวจจุดท่อประปารั่วทั้งหมู่บ้าน",
        lead_organisation_id=orgs["youth"].id, lead_person_id=people[12].id,
        due_date="2026-12-31", status=ActionStatus.IN_PROGRESS, response=Response.OURSELVES))
    store.add(Pledge(meeting_id=m.id, action_id=c.id, organisation_id=orgs["abt"].id,
                     person_id=people[3].id, kind=ResourceKind.MONEY,
                     description="ค่าอาหารและเดินทางเยาวชน", quantity=3000, unit="บาท",
                     value_baht=3000, fulfilled=False))


def _png_size(data: bytes) -> tuple[int, int]:
    if data[:8] == b"\x89PNG\r\n\x1a\n":
        return int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
    return 0, 0


def demo_map_path() -> Path:
    """The shipped map; :class:`errors.MissingResource` when the installation lacks it."""
    return resource("demo", "village-map.png")
