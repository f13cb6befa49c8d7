"""The fixed words of the minutes and the sign-in sheet, in Thai and English."""
from __future__ import annotations

from typing import Optional

from ..model import (
    AgendaKind, DecisionMethod, Outcome, PositionValue, ResourceKind, Response, Sector,
    Threshold,
)
from ..thai import (
    format_baht, format_date_en, format_date_th, format_time_en, format_time_th, thai_digits,
)

_TEXT: dict[str, tuple[str, str]] = {
    "minutes": ("รายงานการประชุม", "Minutes of the meeting"),
    "number": ("ครั้งที่ {n}/{y}", "No. {n}/{y}"),
    "date": ("เมื่อ{d}", "held on {d}"),
    "at": ("ณ {v}", "at {v}"),
    "present": ("ผู้มาประชุม", "Members present"),
    "absent": ("ผู้ไม่มาประชุม", "Members absent"),
    "participants": ("ผู้เข้าร่วมประชุม", "Also attending"),
    "none": ("- ไม่มี -", "- none -"),
    "substitute": ("มาประชุมแทน {n}", "attending for {n}"),
    "start": ("เริ่มประชุมเวลา {t}", "The meeting opened at {t}"),
    "end": ("เลิกประชุมเวลา {t}", "The meeting closed at {t}"),
    "opening": ("เมื่อครบองค์ประชุมแล้ว {n} ประธานในที่ประชุม กล่าวเปิดประชุมและดำเนินการ"
                "ประชุมตามระเบียบวาระ ดังนี้",
                "With a quorum present, {n}, the chair, opened the meeting, which then "
                "followed the agenda below."),
    "opening_nochair": ("เมื่อครบองค์ประชุมแล้ว ประธานในที่ประชุมกล่าวเปิดประชุมและดำเนินการ"
                        "ประชุมตามระเบียบวาระ ดังนี้",
                        "With a quorum present, the chair opened the meeting, which then "
                        "followed the agenda below."),
    "item": ("ระเบียบวาระที่ {n}", "Agenda item {n}"),
    "resolution": ("มติที่ประชุม", "Resolution"),
    "no_follow_up": ("ไม่มีเรื่องสืบเนื่อง", "No matters arising."),
    "follow_up_list": ("เรื่องสืบเนื่องจากการประชุมครั้งที่ผ่านมา ดังนี้",
                       "Matters carried over from the previous meeting:"),
    "issues": ("ประเด็นปัญหาที่ได้รับการจัดลำดับความสำคัญ",
               "Issues ranked by priority"),
    "dots": ("{n} จุด", "{n} dots"),
    "dot_1": ("{n} จุด", "{n} dot"),
    "criteria_score": ("คะแนนตามเกณฑ์ {s}/{m}", "criteria score {s}/{m}"),
    "not_scored": ("ยังไม่ได้ให้คะแนนตามเกณฑ์", "not scored on the criteria"),
    "map": ("แผนที่ชุมชนแสดงตำแหน่งของประเด็นปัญหา", "Community map: where the issues are"),
    "map_legend": ("หมายเลขบนแผนที่", "Numbers on the map"),
    "ranked_by": ("จัดลำดับโดย{m}", "Ranked by {m}."),
    "issue_no": ("ประเด็นที่ {n}", "issue {n}"),
    "tied": ("คะแนนเท่ากัน", "tied"),
    "decisions": ("การพิจารณาข้อเสนอและการตัดสินใจ", "Proposals and decisions"),
    "proposal": ("ข้อเสนอ", "Proposal"),
    "method": ("วิธีการตัดสินใจ", "Method"),
    "result": ("ผลการตัดสินใจ", "Outcome"),
    "counts": ("เห็นด้วย {f} เสียง ไม่เห็นด้วย {a} เสียง งดออกเสียง {s} เสียง",
               "{f} for, {a} against, {s} abstaining"),
    "present_n": ("(ผู้มีสิทธิ์ออกเสียงที่อยู่ในที่ประชุม {n} คน)", "({n} members present)"),
    "levels": ("ระดับความเห็นพ้อง", "Levels of agreement"),
    "level_n": ("ระดับ {k}: {n} คน", "level {k}: {n}"),
    "objections": ("ข้อคัดค้าน {n} ข้อ (ยังไม่ได้รับการแก้ไข {u} ข้อ)",
                   "{n} objection(s), {u} unresolved"),
    "no_objection": ("ไม่มีผู้คัดค้าน", "no objections"),
    "dissent": ("ความเห็นแย้งที่บันทึกไว้", "Recorded dissent"),
    "dissent_count": (" ({n} คน)", " ({n} people)"),
    "resolved": (", ได้รับการแก้ไขแล้ว", ", resolved"),
    "unnamed": ("ผู้เข้าร่วมประชุม", "participants"),
    "actions": ("แผนปฏิบัติการ", "Action plan"),
    "col_no": ("ที่", "No."),
    "col_activity": ("กิจกรรม/โครงการ", "Activity"),
    "col_lead": ("ผู้รับผิดชอบ / ภาคีร่วม", "Lead / partners"),
    "col_due": ("กำหนดแล้วเสร็จ", "Due"),
    "col_resources": ("ทรัพยากร", "Resources"),
    "col_response": ("รูปแบบ", "Approach"),
    "pledges": ("การสมทบทรัพยากรของภาคีเครือข่าย", "Resources pledged"),
    "col_actor": ("ผู้สมทบ", "Pledged by"),
    "col_sector": ("ภาค", "Sector"),
    "col_kind": ("ประเภท", "Kind"),
    "col_detail": ("รายละเอียด", "Details"),
    "col_value": ("มูลค่า (บาท)", "Value (baht)"),
    "totals_actor": ("รวมตามผู้สมทบ", "Totals by actor"),
    "totals_sector": ("รวมตามภาค", "Totals by sector"),
    "col_items": ("จำนวนรายการ", "Pledges"),
    "col_money": ("เงิน (บาท)", "Money (baht)"),
    "col_labour": ("แรงงาน (คน-วัน)", "Labour, person-days"),
    "col_other": ("ทรัพยากรอื่น", "Other resources"),
    "col_est_value": ("มูลค่ารวม (บาท)", "Est. value (baht)"),
    "col_status": ("สถานะ (รายการ)", "Status (pledges)"),
    "received_n": ("ได้รับแล้ว {n}", "{n} received"),
    "outstanding_n": ("ยังค้าง {n}", "{n} pending"),
    "items_n": ("{n} รายการ", "{n} items"),
    "item_1": ("{n} รายการ", "{n} item"),
    "value_note": ("มูลค่าของแรงงานและทรัพยากรอื่นเป็นมูลค่าโดยประมาณ",
                   "Labour and other resources are valued at an estimate."),
    "total": ("รวมทั้งสิ้น", "Total"),
    "signed": ("(ลงชื่อ)", "(Signed)"),
    "recorder": ("ผู้จดรายงานการประชุม", "Recorder"),
    "reviewer": ("ผู้ตรวจรายงานการประชุม", "Reviewer"),
    "page": ("- {n} -", "- {n} -"),
    "page_of": ("หน้า {n}/{t}", "Page {n} of {t}"),
    # sign-in sheet
    "signin": ("แบบลงทะเบียนผู้เข้าร่วมประชุม", "Sign-in sheet"),
    "col_name": ("ชื่อ - สกุล", "Name"),
    "col_org": ("หน่วยงาน/องค์กร (ภาค)", "Organisation (sector)"),
    "col_village": ("หมู่ที่", "Village no."),
    "col_signature": ("ลายมือชื่อ", "Signature"),
}

SECTORS = {
    Sector.STATE: ("ภาครัฐ", "State"),
    Sector.LOCAL_GOVERNMENT: ("องค์กรปกครองส่วนท้องถิ่น", "Local government"),
    Sector.PRIVATE: ("ภาคเอกชน (ธุรกิจ)", "Private sector"),
    Sector.CIVIL_SOCIETY: ("ภาคประชาสังคม", "Civil society"),
    Sector.COMMUNITY: ("ภาคประชาชน (ชุมชน)", "Community"),
    Sector.ACADEMIA: ("สถาบันการศึกษา", "Academia"),
    None: ("ไม่ระบุภาค", "Sector not recorded"),
}
METHODS = {
    DecisionMethod.CONSENSUS: ("ฉันทามติ (ระดับความเห็นพ้อง 5 ระดับ)",
                               "Consensus (five levels of agreement)"),
    DecisionMethod.CONSENT: ("ความยินยอม (ไม่มีผู้คัดค้าน)", "Consent (no unresolved objection)"),
    DecisionMethod.MAJORITY: ("การลงคะแนนเสียงข้างมาก", "Majority vote"),
}
THRESHOLDS = {Threshold.SIMPLE: ("เสียงข้างมากธรรมดา", "simple majority"),
              Threshold.TWO_THIRDS: ("สองในสามของผู้ออกเสียง", "two thirds of votes cast")}
OUTCOMES = {
    Outcome.PENDING: ("ยังไม่ได้ตัดสิน", "not yet decided"),
    Outcome.ADOPTED: ("เห็นชอบ", "adopted"),
    Outcome.REJECTED: ("ไม่เห็นชอบ", "rejected"),
    Outcome.DEFERRED: ("เลื่อนการพิจารณา", "deferred"),
    Outcome.AMENDED: ("เห็นชอบโดยมีการแก้ไข", "adopted as amended"),
}
RESPONSES = {
    Response.OURSELVES: ("ดำเนินการเอง", "do ourselves"),
    Response.JOINTLY: ("ร่วมกับ อปท.", "jointly with local government"),
    Response.REQUEST_SUPPORT: ("ขอรับการสนับสนุน", "request support"),
    None: ("", ""),
}
RANKING_METHODS = {
    "both": ("การติดจุดและการให้คะแนนตามเกณฑ์ อย่างละครึ่ง",
             "dots and criteria scores, half each"),
    "dots": ("การติดจุดอย่างเดียว", "dots only"),
    "criteria": ("การให้คะแนนตามเกณฑ์อย่างเดียว", "criteria scores only"),
}
RESOURCES = {
    ResourceKind.MONEY: ("งบประมาณ", "money"),
    ResourceKind.LABOUR: ("แรงงาน", "labour"),
    ResourceKind.MATERIALS: ("วัสดุ", "materials"),
    ResourceKind.EQUIPMENT: ("อุปกรณ์", "equipment"),
    ResourceKind.KNOWLEDGE: ("ความรู้", "knowledge"),
    ResourceKind.VENUE: ("สถานที่", "venue"),
}
POSITIONS = {
    PositionValue.FOR: ("เห็นด้วย", "for"),
    PositionValue.AGAINST: ("ไม่เห็นด้วย", "against"),
    PositionValue.ABSTAIN: ("งดออกเสียง", "abstain"),
    PositionValue.OBJECTION: ("คัดค้าน", "objection"),
    PositionValue.LEVEL_1: ("ระดับ 1 ไม่สามารถยอมรับได้", "level 1, cannot accept"),
    PositionValue.LEVEL_2: ("ระดับ 2 มีข้อกังวลสำคัญ", "level 2, serious reservations"),
    PositionValue.LEVEL_3: ("ระดับ 3 ยอมรับได้", "level 3, can live with it"),
    PositionValue.LEVEL_4: ("ระดับ 4 เห็นด้วย", "level 4, agree"),
    PositionValue.LEVEL_5: ("ระดับ 5 เห็นด้วยอย่างยิ่ง", "level 5, fully agree"),
}
AGENDA_TITLES = {
    AgendaKind.ANNOUNCEMENTS: ("เรื่องที่ประธานแจ้งให้ที่ประชุมทราบ",
                               "Matters the chair informs the meeting of"),
    AgendaKind.APPROVE_MINUTES: ("รับรองรายงานการประชุมครั้งที่ผ่านมา",
                                 "Approval of the minutes of the previous meeting"),
    AgendaKind.FOLLOW_UP: ("เรื่องสืบเนื่อง", "Matters arising"),
    AgendaKind.FOR_DECISION: ("เรื่องเสนอเพื่อพิจารณา", "Matters for consideration"),
    AgendaKind.OTHER: ("เรื่องอื่น ๆ", "Other matters"),
}


class Labels:
    """Words and number/date formats for one language (``th`` or ``en``)."""

    def __init__(self, lang: str = "th", thai_digits: bool = False):
        if lang not in ("th", "en"):
            raise ValueError(f"unknown language {lang!r} (th or en)")
        self.lang = lang
        self.i = 0 if lang == "th" else 1
        self.digits = bool(thai_digits) and lang == "th"

    def __call__(self, key: str, **kw) -> str:
        text = _TEXT[key][self.i]
        if kw:
            text = text.format(**{k: (self.num(v) if isinstance(v, (int, float)) else v)
                                  for k, v in kw.items()})
        return text

    def num(self, n) -> str:
        text = f"{n:g}" if isinstance(n, float) else str(n)
        return thai_digits(text) if self.digits else text

    def baht(self, v: float) -> str:
        return format_baht(v, digits=self.digits)

    def amount(self, v: float) -> str:
        """A quantity with thousands separators and at most two decimals (120, 1,500, 2.5)."""
        text = f"{v:,.2f}".rstrip("0").rstrip(".") if v % 1 else f"{v:,.0f}"
        return thai_digits(text) if self.digits else text

    def dots(self, n: int) -> str:
        return self("dot_1" if n == 1 else "dots", n=n)

    def criteria_score(self, score: Optional[float]) -> str:
        """A weighted criteria score on the 1-5 scale (one decimal), or 'not scored'."""
        if score is None:
            return self("not_scored")
        return self("criteria_score", s=self.num(f"{score:.1f}"), m=5)

    def issue_score(self, method: str, dots: int, score: Optional[float]) -> str:
        """What an issue's rank rests on, worded by the ranking method (model.RankingMethod):
        its dots, its criteria score, or both."""
        method = str(method or "both")
        if method == "dots":
            return self.dots(dots)
        if method == "criteria":
            return self.criteria_score(score)
        return f"{self.dots(dots)}, {self.criteria_score(score)}"

    def items(self, n: int) -> str:
        return self("item_1" if n == 1 else "items_n", n=n)

    def date(self, iso: str) -> str:
        if self.lang == "th":
            return format_date_th(iso, digits=self.digits, weekday=True)
        return format_date_en(iso)

    def short_date(self, iso: str) -> str:
        if self.lang == "th":
            return format_date_th(iso, digits=self.digits, short=True)
        return format_date_en(iso)

    def time(self, hhmm: str) -> str:
        return format_time_th(hhmm, digits=self.digits) if self.lang == "th" \
            else format_time_en(hhmm)

    def year(self, be_year: int) -> str:
        return self.num(be_year if self.lang == "th" else be_year - 543)

    def _pick(self, table: dict, key) -> str:
        pair = table.get(key)
        return pair[self.i] if pair else (getattr(key, "value", "") or "")

    def sector(self, s: Optional[Sector]) -> str:
        return self._pick(SECTORS, s)

    def method(self, m: DecisionMethod) -> str:
        return self._pick(METHODS, m)

    def threshold(self, t: Threshold) -> str:
        return self._pick(THRESHOLDS, t)

    def outcome(self, o: Outcome) -> str:
        return self._pick(OUTCOMES, o)

    def response(self, r: Optional[Response]) -> str:
        return self._pick(RESPONSES, r)

    def ranking_method(self, method: str) -> str:
        """How the issues were ranked (model.RankingMethod's value)."""
        return self._pick(RANKING_METHODS, str(method))

    def resource(self, k: ResourceKind) -> str:
        return self._pick(RESOURCES, k)

    def position(self, v: PositionValue) -> str:
        return self._pick(POSITIONS, v)

    def agenda_title(self, kind: AgendaKind, title: str) -> str:
        customary = AGENDA_TITLES.get(kind, ("", ""))
        if not title.strip() or (self.lang == "en" and title.strip() == customary[0]):
            return self._pick(AGENDA_TITLES, kind)
        return title
