"""The fixed words of the minutes and the sign-in sheet, in Thai and English."""
from __future__ import annotations

from typing import Optional

from .. import vocabulary
from ..model import (
    AgendaKind, DecisionMethod, Outcome, PositionValue, RankingMethod, ResourceKind, Response,
    Sector, Threshold,
)
from ..thai import (
    format_baht, format_date_en, format_date_th, format_time_en, format_time_th, thai_digits,
)

_TEXT: dict[str, tuple[str, str]] = {
    "minutes": ("รายงานการประชุม", "Minutes of the meeting"),
    # a meeting not closed yet: its minutes are a draft (ร่าง), stamped so on every page
    "draft": ("(ร่าง)", "(Draft)"),
    "draft_note": ("การประชุมครั้งนี้ยังไม่ปิด ({s}) รายงานการประชุมฉบับนี้จึงเป็นร่าง "
                   "อาจแก้ไขได้จนกว่าจะปิดการประชุม",
                   "This meeting is not closed yet ({s}): these minutes are a draft and may "
                   "still change until the meeting is closed."),
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
    "end_blank": ("เลิกประชุมเวลา ........ น.", "The meeting closed at ........"),
    # the location's parts (names as typed, in Thai)
    "village_no": ("หมู่ที่ {n}", "Village No. {n}"),
    "subdistrict": ("ตำบล{n}", "{n} Subdistrict"),
    "district": ("อำเภอ{n}", "{n} District"),
    "province": ("จังหวัด{n}", "{n} Province"),
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
    "page": ("\u2010 {n} \u2010", "\u2010 {n} \u2010"),   # U+2010: no reader joins it to the next line
    "page_of": ("หน้า {n}/{t}", "Page {n} of {t}"),
    # sign-in sheet
    "signin": ("แบบลงทะเบียนผู้เข้าร่วมประชุม", "Sign-in sheet"),
    "col_name": ("ชื่อ - สกุล", "Name"),
    "col_org": ("หน่วยงาน/องค์กร (ภาค)", "Organisation (sector)"),
    "col_village": ("หมู่ที่", "Village no."),
    "col_position": ("ตำแหน่ง", "Position"),
    "col_phone": ("โทรศัพท์", "Phone"),
    "col_signature": ("ลายมือชื่อ", "Signature"),
}

# The enum values' words are the one vocabulary (workshop.vocabulary), as on screen and in the
# CSV; English ones are lower-cased where the minutes use them inside a sentence.
class Labels:
    """Words and number/date formats for one language (``th`` or ``en``)."""

    TEXT: dict[str, tuple[str, str]] = _TEXT     # a document's own words extend these

    def __init__(self, lang: str = "th", thai_digits: bool = False):
        if lang not in ("th", "en"):
            raise ValueError(f"unknown language {lang!r} (th or en)")
        self.lang = lang
        self.i = 0 if lang == "th" else 1
        self.digits = bool(thai_digits) and lang == "th"

    def __call__(self, key: str, **kw) -> str:
        text = self.TEXT[key][self.i]
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

    def term(self, value, inline: bool = False) -> str:
        """An enum member's label (workshop.vocabulary) in this language; ``inline``: as a word
        inside a sentence (English lower-cased)."""
        text = vocabulary.label(value, self.lang)
        return text[:1].lower() + text[1:] if inline and self.lang == "en" else text

    def place(self, loc) -> str:
        """Village No., village, subdistrict, district, province (``content.Location``)."""
        return (" " if self.lang == "th" else ", ").join(self.place_parts(loc))

    def place_parts(self, loc) -> list[str]:
        """The parts of :meth:`place`, each one name that is never broken."""
        no = str(loc.village_no or "")
        parts = [self("village_no", n=int(no) if no.isdigit() else no) if no else "",
                 loc.village_name,
                 self("subdistrict", n=loc.subdistrict) if loc.subdistrict else "",
                 self("district", n=loc.district) if loc.district else "",
                 self("province", n=loc.province) if loc.province else ""]
        return [p for p in parts if p]

    def sector(self, s: Optional[Sector]) -> str:
        return vocabulary.sector_label(s, self.lang)

    def method(self, m: DecisionMethod) -> str:
        return self.term(DecisionMethod(m))

    def threshold(self, t: Threshold) -> str:
        return self.term(Threshold(t), inline=True)

    def outcome(self, o: Outcome) -> str:
        return self.term(Outcome(o), inline=True)

    def response(self, r: Optional[Response]) -> str:
        return self.term(Response(r), inline=True) if r is not None else ""

    def ranking_method(self, method: str) -> str:
        """How the issues were ranked (model.RankingMethod's value)."""
        return self.term(RankingMethod(str(method)), inline=True)

    def resource(self, k: ResourceKind) -> str:
        return self.term(ResourceKind(k), inline=True)

    def position(self, v: PositionValue) -> str:
        return self.term(PositionValue(v), inline=True)

    def agenda_title(self, kind: AgendaKind, title: str) -> str:
        customary = vocabulary.term(AgendaKind(kind))
        if not title.strip() or (self.lang == "en" and title.strip() == customary.th):
            return customary.in_language(self.lang)
        return title
