"""The Datasette metadata of a published database: Thai titles and descriptions, column
labels, facets (village, sector, status, category) and canned queries."""
from __future__ import annotations

from .store.publish_queries import CANNED

TABLES: dict[str, dict] = {
    "meetings": ("การประชุม (เวทีประชาคม)", "การประชุมแต่ละครั้ง พร้อมจำนวนผู้เข้าร่วม มติ และงาน",
                 ["village", "be_year", "status"], {
                     "village": "หมู่บ้าน", "village_no": "หมู่ที่", "village_name": "ชื่อหมู่บ้าน",
                     "subdistrict": "ตำบล", "district": "อำเภอ", "province": "จังหวัด",
                     "title": "ชื่อการประชุม", "body_name": "คณะ/ที่ประชุม", "number": "ครั้งที่",
                     "be_year": "ปี พ.ศ.", "date": "วันที่ (ค.ศ.)", "date_be": "วันที่",
                     "venue": "สถานที่", "start_time": "เริ่มประชุม", "end_time": "เลิกประชุม",
                     "status": "สถานะ", "purpose": "วัตถุประสงค์", "common_goal": "เป้าหมายร่วม",
                     "present": "ผู้เข้าร่วม (คน)", "members_present": "สมาชิกที่มาประชุม (คน)",
                     "women": "ผู้หญิง (คน)", "resolutions": "จำนวนมติ", "actions": "จำนวนงาน"}),
    "agenda_items": ("วาระการประชุมและมติ", "ระเบียบวาระของแต่ละการประชุม พร้อมมติที่ประชุม",
                     ["village", "kind"], {
                         "meeting_id": "การประชุม", "village": "หมู่บ้าน", "meeting": "ชื่อการประชุม",
                         "position": "ลำดับ", "kind": "ประเภทวาระ", "title": "เรื่อง",
                         "notes": "สรุปการอภิปราย", "resolution": "มติที่ประชุม"}),
    "decisions": ("การตัดสินใจ", "ข้อเสนอที่ที่ประชุมพิจารณา วิธีตัดสินใจ ผล และคะแนน",
                  ["village", "method", "outcome"], {
                      "meeting_id": "การประชุม", "village": "หมู่บ้าน", "meeting": "ชื่อการประชุม",
                      "title": "ข้อเสนอ", "text": "รายละเอียด", "method": "วิธีตัดสินใจ",
                      "outcome": "ผล", "count_for": "เห็นด้วย", "count_against": "ไม่เห็นด้วย",
                      "count_abstain": "งดออกเสียง", "objections": "คัดค้าน",
                      "present": "ผู้อยู่ในที่ประชุม", "resolution": "มติ",
                      "decided_at": "เวลาที่ตัดสิน"}),
    "actions": ("แผนปฏิบัติการ", "งานที่ตกลงกัน ผู้รับผิดชอบ สถานะ กำหนดเสร็จ และงบประมาณ",
                ["village", "sector", "status", "response"], {
                    "meeting_id": "การประชุม", "village": "หมู่บ้าน", "meeting": "ชื่อการประชุม",
                    "title": "กิจกรรม", "responsible": "หน่วยงานผู้รับผิดชอบ", "sector": "ภาคส่วน",
                    "partners": "ภาคี", "status": "สถานะ", "status_code": "รหัสสถานะ",
                    "due_date": "กำหนดเสร็จ (ค.ศ.)", "due_date_be": "กำหนดเสร็จ",
                    "cost_baht": "งบประมาณ (บาท)", "funding_source": "แหล่งงบประมาณ",
                    "response": "แนวทาง"}),
    "pledges": ("การสนับสนุนทรัพยากร", "ทรัพยากรที่หน่วยงานและภาคส่วนต่าง ๆ ให้การสนับสนุน",
                ["village", "sector", "kind", "organisation"], {
                    "meeting_id": "การประชุม", "village": "หมู่บ้าน", "meeting": "ชื่อการประชุม",
                    "organisation": "ผู้สนับสนุน", "sector": "ภาคส่วน", "kind": "ประเภท",
                    "description": "รายละเอียด", "quantity": "จำนวน", "unit": "หน่วย",
                    "value_baht": "มูลค่า (บาท)", "fulfilled": "ได้รับแล้ว", "action": "กิจกรรม"}),
    "issues": ("ปัญหาและประเด็น", "ปัญหาที่ชุมชนยกขึ้น หมวดหมู่ สถานที่ และลำดับความสำคัญ",
               ["village", "category", "response"], {
                   "meeting_id": "การประชุม", "village": "หมู่บ้าน", "meeting": "ชื่อการประชุม",
                   "title": "ปัญหา", "description": "รายละเอียด", "category": "หมวดหมู่",
                   "location": "สถานที่", "village_no": "หมู่ที่", "people_affected": "ผู้ได้รับผลกระทบ (คน)",
                   "dots": "คะแนนจุด", "rank": "อันดับ", "response": "แนวทาง"}),
    "attendance": ("ผู้เข้าร่วมตามภาคส่วนและเพศ", "จำนวนผู้เข้าร่วมแต่ละการประชุม (ไม่ระบุชื่อ)",
                   ["village", "sector", "gender"], {
                       "meeting_id": "การประชุม", "village": "หมู่บ้าน", "meeting": "ชื่อการประชุม",
                       "sector": "ภาคส่วน", "gender": "เพศ", "present": "จำนวน (คน)"}),
    "governance": ("ธรรมาภิบาลแบบร่วมมือ", "เงื่อนไข 6 ประการและหลัก 4 ประการ ประเมินจากสิ่งที่บันทึก",
                   ["village", "kind", "key", "level"], {
                       "meeting_id": "การประชุม", "village": "หมู่บ้าน", "meeting": "ชื่อการประชุม",
                       "kind": "ประเภท (เงื่อนไข/หลัก)", "key": "หัวข้อ", "level": "ระดับ"}),
}


def metadata(db_name: str, title: str = "") -> dict:
    tables = {}
    for name, (t, desc, facets, cols) in TABLES.items():
        tables[name] = {"title": t, "description": desc, "facets": facets, "columns": cols,
                        "sort_desc" if name == "meetings" else "sort":
                        "date" if name == "meetings" else "id"}
    queries = {name: {"title": t, "description": d, "sql": sql}
               for name, (t, d, sql) in CANNED.items()}
    return {
        "title": title or "ผลการประชุมเวทีประชาคม",
        "description": "ข้อมูลที่เปิดเผยจากเวทีประชาคม: มติ แผนปฏิบัติการ การสนับสนุนทรัพยากร "
                       "ปัญหาของชุมชน และการประเมินธรรมาภิบาล ไม่มีชื่อของผู้ที่ไม่ได้ให้ความยินยอม "
                       "และไม่มีหมายเลขโทรศัพท์ (พ.ร.บ. คุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562)",
        "license": "ข้อมูลสาธารณะของชุมชน",
        "databases": {db_name: {"title": title or "ผลการประชุมเวทีประชาคม",
                                "tables": tables, "queries": queries}},
    }
