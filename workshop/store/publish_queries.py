"""The canned queries of the published database (run by Datasette, not by the app).

Each is ``name -> (Thai title, Thai description, SQL)``; :mod:`workshop.publish_metadata`
puts them in the Datasette metadata.  They read the tables :mod:`workshop.publish` writes.
"""
from __future__ import annotations

import sqlite_utils

CANNED: dict[str, tuple[str, str, str]] = {
    "open_actions_by_organisation": (
        "งานที่ยังไม่เสร็จ แยกตามหน่วยงานผู้รับผิดชอบ",
        "กิจกรรมที่วางแผนไว้หรือกำลังดำเนินการ จัดกลุ่มตามหน่วยงานที่รับผิดชอบ",
        "SELECT responsible AS หน่วยงานผู้รับผิดชอบ, sector AS ภาคส่วน, count(*) AS จำนวนงาน, "
        "sum(cost_baht) AS งบประมาณรวม_บาท, group_concat(title, ' / ') AS กิจกรรม "
        "FROM actions WHERE status_code IN ('planned', 'in_progress') "
        "AND (:village = '' OR village = :village) "
        "GROUP BY responsible, sector ORDER BY จำนวนงาน DESC, responsible"),
    "resolutions_of_a_meeting": (
        "มติที่ประชุมของการประชุมครั้งหนึ่ง",
        "มติของทุกวาระและทุกข้อเสนอของการประชุมที่เลือก (ใส่รหัสการประชุม)",
        "SELECT 'วาระ ' || position AS ที่มา, title AS เรื่อง, resolution AS มติ FROM agenda_items "
        "WHERE meeting_id = :meeting_id AND resolution <> '' "
        "UNION ALL SELECT 'ข้อเสนอ', title, resolution FROM decisions "
        "WHERE meeting_id = :meeting_id AND resolution <> ''"),
    "overdue_actions": (
        "งานที่เลยกำหนดเสร็จ",
        "กิจกรรมที่ยังไม่เสร็จและเลยวันกำหนดเสร็จแล้ว (เทียบกับวันนี้)",
        "SELECT village AS หมู่บ้าน, title AS กิจกรรม, responsible AS ผู้รับผิดชอบ, "
        "due_date_be AS กำหนดเสร็จ, status AS สถานะ, "
        "CAST(julianday('now') - julianday(due_date) AS INTEGER) AS เลยกำหนด_วัน "
        "FROM actions WHERE status_code IN ('planned', 'in_progress') AND due_date <> '' "
        "AND due_date < date('now') ORDER BY due_date"),
}


def start_writing(db: sqlite_utils.Database) -> None:
    """A new published file (a ``.part`` renamed only when whole): no journal, no syncs."""
    db.execute("PRAGMA synchronous = OFF")
    db.execute("PRAGMA journal_mode = OFF")


def finish_writing(db: sqlite_utils.Database) -> None:
    """Back to an ordinary single file, compacted."""
    db.execute("PRAGMA journal_mode = DELETE")
    db.vacuum()
