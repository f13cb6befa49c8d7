"""The fixed words of what the forum feeds, in Thai and English: the village plan table (PDF,
XLSX), the action-plan workbook and the hand-over package (its file names and index page).

:class:`Words` is the minutes' :class:`~workshop.minutes.labels.Labels` (numbers, dates,
years, places, enum words) with these words added, so ``--lang en`` works the same way for
every document.  In English the fiscal year is named by the year it ends in, with its B.E.
year beside it (the Thai fiscal year 2570 runs from 1 October 2026 to 30 September 2027:
"FY 2027 (B.E. 2570)").
"""
from __future__ import annotations

from ..minutes.labels import Labels, _TEXT
from ..thai import format_date_en, format_date_th

PLAN_TEXT: dict[str, tuple[str, str]] = {
    # the village plan table
    "plan_title": ("แผนพัฒนาหมู่บ้าน (แผนชุมชน)", "Village development plan (community plan)"),
    "plan_sheet": ("แผนพัฒนาหมู่บ้าน", "Village plan"),
    "plan_from_one": ("จากเวทีประชาคม ครั้งที่ {n}/{y} เมื่อวันที่ {d}",
                      "From the forum No. {n}/{y} held on {d}"),
    "plan_from_many": ("จากเวทีประชาคม {k} ครั้ง ตั้งแต่ครั้งที่ {a} ถึงครั้งที่ {b}",
                       "From {k} forums, No. {a} to No. {b}"),
    "plan_no": ("ที่", "No."),
    "plan_project": ("โครงการ/กิจกรรม", "Project / activity"),
    "plan_objective": ("วัตถุประสงค์", "Objective"),
    "plan_target": ("เป้าหมาย (ผลผลิตของโครงการ)", "Target (output)"),
    "plan_budget": ("งบประมาณ (บาท)", "Budget (baht)"),
    "plan_year": ("พ.ศ. {y}", "FY {g} (B.E. {y})"),
    "plan_indicator": ("ตัวชี้วัด (KPI)", "Indicator (KPI)"),
    "plan_expected": ("ผลที่คาดว่าจะได้รับ", "Expected result"),
    "plan_agency": ("หน่วยงานรับผิดชอบหลัก", "Responsible agency"),
    "plan_none": ("(ไม่มี)", "(none)"),
    "plan_location": ("สถานที่: {v}", "Location: {v}"),
    "plan_funds": ("แหล่งงบประมาณ: {v}", "Source of funds: {v}"),
    "plan_carried": ("ต่อเนื่องจากเวทีครั้งที่ {n}/{y}", "Carried over from forum No. {n}/{y}"),
    "plan_projects": ("{n} โครงการ", "{n} projects"),
    "plan_project_1": ("{n} โครงการ", "{n} project"),
    "plan_group_total": ("รวม{g} ({k})", "Total, {g} ({k})"),
    "plan_grand_total": ("รวมทั้งสิ้น ({k})", "Grand total ({k})"),
    "plan_letters": ("กขค", "ABC"),
    # the action-plan workbook
    "xa_actions": ("แผนปฏิบัติการ", "Action plan"),
    "xa_pledges": ("การสนับสนุนทรัพยากร", "Resources pledged"),
    "xa_by_actor": ("สรุปตามผู้สนับสนุน", "Totals by actor"),
    "xa_by_sector": ("สรุปตามภาคส่วน", "Totals by sector"),
    "xa_meeting": ("ครั้งที่ {n}/{y} เมื่อวันที่ {d}", "No. {n}/{y} held on {d}"),
    "xa_no": ("ลำดับ", "No."),
    "xa_activity": ("กิจกรรม/สิ่งที่จะทำ", "Activity"),
    "xa_lead": ("ผู้รับผิดชอบหลัก", "Lead"),
    "xa_partners": ("ภาคี", "Partners"),
    "xa_due": ("กำหนดเสร็จ (พ.ศ.)", "Due"),
    "xa_status": ("สถานะ", "Status"),
    "xa_cost": ("งบประมาณ (บาท)", "Budget (baht)"),
    "xa_funds": ("แหล่งงบประมาณ", "Source of funds"),
    "xa_response": ("แนวทาง", "Approach"),
    "xa_notes": ("หมายเหตุ", "Notes"),
    "xa_actions_total": ("รวม ({k} กิจกรรม)", "Total ({k} activities)"),
    "xa_action_1": ("รวม ({k} กิจกรรม)", "Total ({k} activity)"),
    "xa_actor": ("ผู้สนับสนุน", "Pledged by"),
    "xa_sector": ("ภาค", "Sector"),
    "xa_kind": ("ประเภท", "Kind"),
    "xa_detail": ("รายละเอียด", "Details"),
    "xa_quantity": ("จำนวน", "Quantity"),
    "xa_unit": ("หน่วย", "Unit"),
    "xa_value": ("มูลค่า (บาท)", "Value (baht)"),
    "xa_received": ("ได้รับแล้ว", "received"),
    "xa_pending": ("ยังค้างอยู่", "pending"),
    "xa_pledges_total": ("มูลค่ารวม ({k} รายการ)", "Total value ({k} pledges)"),
    "xa_pledge_1": ("มูลค่ารวม ({k} รายการ)", "Total value ({k} pledge)"),
    "xa_money_total": ("เงินที่สมทบ (บาท)", "Money pledged (baht)"),
    "xa_pending_total": ("มูลค่าที่ยังค้าง (บาท)", "Value still pending (baht)"),
    "xa_actor_lead": ("ผู้สนับสนุน/ผู้รับผิดชอบ", "Actor (pledging or leading)"),
    "xa_money": ("เงิน (บาท)", "Money (baht)"),
    "xa_labour": ("แรงงาน (คน-วัน)", "Labour (person-days)"),
    "xa_other": ("ทรัพยากรอื่น (รายการ)", "Other resources (items)"),
    "xa_outstanding": ("ยังค้าง (รายการ)", "Pending (pledges)"),
    "xa_led": ("กิจกรรมที่รับผิดชอบ", "Activities led"),
    "xa_led_cost": ("งบกิจกรรม (บาท)", "Activity budgets (baht)"),
    "xa_grand": ("รวมทั้งสิ้น", "Total"),
    # the hand-over package: file names (after the body, number and date) and the index page
    "ho_meeting_no": ("ครั้งที่_{n}-{y}", "no_{n}-{y}"),
    "ho_default_body": ("เวทีประชาคม", "forum"),
    "ho_minutes_pdf": ("รายงานการประชุม", "minutes"),
    "ho_minutes_pdf_t": ("รายงานการประชุม (PDF)", "Minutes of the meeting (PDF)"),
    "ho_minutes_docx_t": ("รายงานการประชุม (Word)", "Minutes of the meeting (Word)"),
    "ho_signin": ("แบบลงทะเบียน", "sign-in"),
    "ho_signin_t": ("แบบลงทะเบียนผู้เข้าร่วมประชุม", "Sign-in sheet"),
    "ho_map": ("แผนที่ชุมชน", "community-map"),
    "ho_map_t": ("แผนที่ชุมชน {v}", "Community map {v}"),
    "ho_actions": ("แผนปฏิบัติการ", "action-plan"),
    "ho_actions_t": ("แผนปฏิบัติการและการสนับสนุนทรัพยากร (Excel)",
                     "Action plan and resources pledged (Excel)"),
    "ho_plan": ("แผนพัฒนาหมู่บ้าน", "village-plan"),
    "ho_plan_pdf_t": ("ตารางแผนพัฒนาหมู่บ้าน (PDF)", "Village plan table (PDF)"),
    "ho_plan_xlsx_t": ("ตารางแผนพัฒนาหมู่บ้าน (Excel)", "Village plan table (Excel)"),
    "ho_copy": ("แฟ้มเวที", "workshop"),
    "ho_copy_full": ("แฟ้มเวที_ฉบับเต็ม", "workshop_full"),
    "ho_copy_t": ("แฟ้มข้อมูลเวที (เปิดด้วยโปรแกรมประชาคม)",
                  "The workshop file (opens in Prachakhom)"),
    "ho_copy_safe": ("สำเนานี้ปกปิดข้อมูลส่วนบุคคลตาม พ.ร.บ.คุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562: "
                     "ระบุชื่อเฉพาะผู้ที่ให้ความยินยอม ผู้อื่นแทนด้วยรหัสนามแฝงที่คงที่ "
                     "ไม่มีหมายเลขโทรศัพท์และบันทึกเกี่ยวกับบุคคล ส่วนการประชุม ประเด็นปัญหา "
                     "มติ แผนปฏิบัติการ และการสนับสนุนทรัพยากรครบถ้วน",
                     "This copy holds personal data only as the PDPA (B.E. 2562) allows for "
                     "handing over: people are named only with their consent, everyone else "
                     "by a stable pseudonym; it holds no phone numbers and no notes about "
                     "people. The meetings, issues, decisions, action plan and pledges are "
                     "complete."),
    "ho_copy_full_note": ("สำเนานี้เป็นฉบับเต็ม มีข้อมูลส่วนบุคคลทั้งหมด (ชื่อ หมายเลขโทรศัพท์ "
                          "บันทึก และการให้ความยินยอม) ต้องเก็บรักษาและใช้ตาม "
                          "พ.ร.บ.คุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562 เฉพาะเพื่อภารกิจของหน่วยงาน "
                          "ห้ามเผยแพร่",
                          "This is the full copy: it holds all the personal data (names, "
                          "phone numbers, notes and consent). Keep and use it under the PDPA "
                          "(B.E. 2562) only for the body's own task; never publish it."),
    "ho_index": ("สารบัญ", "Contents"),
    "ho_title": ("เอกสารส่งมอบ {v}", "Hand-over documents: {v}"),
    "ho_made_by": ("จัดทำโดยโปรแกรมประชาคม (Prachakhom)", "Made with Prachakhom"),
}


class Words(Labels):
    """:class:`Labels` with the words of the plan table, the workbooks and the package."""

    TEXT = {**_TEXT, **PLAN_TEXT}

    def day(self, iso: str) -> str:
        """A date without its weekday: ``20 พฤศจิกายน 2569``, ``20 November 2026``."""
        return format_date_th(iso, digits=self.digits) if self.lang == "th" \
            else format_date_en(iso)

    def projects(self, n: int) -> str:
        return self("plan_project_1" if n == 1 else "plan_projects", n=n)

    def fiscal_year(self, be_year: int) -> str:
        return self("plan_year", y=be_year, g=be_year - 543)
