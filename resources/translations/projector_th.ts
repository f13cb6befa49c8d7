<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th_TH">
<context>
    <name>Projector</name>
    <message>
        <source>&amp;Projector</source>
        <translation>จอฉาย (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>มุมมอง (&amp;V)</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… และอีก %1 รายการ</translation>
    </message>
    <message>
        <source>No meeting</source>
        <translation>ยังไม่มีการประชุม</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>ระเบียบวาระ</translation>
    </message>
    <message>
        <source>Time box: %1 minutes</source>
        <translation>เวลาที่กำหนด %1 นาที</translation>
    </message>
    <message>
        <source>The clock is stopped</source>
        <translation>หยุดจับเวลาอยู่</translation>
    </message>
    <message>
        <source>Speaking: %1</source>
        <translation>ผู้อภิปราย: %1</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>ผู้ขอพูด</translation>
    </message>
    <message>
        <source>Next:</source>
        <translation>คิวถัดไป:</translation>
    </message>
    <message>
        <source>Nobody is waiting to speak</source>
        <translation>ยังไม่มีผู้รอคิวพูด</translation>
    </message>
    <message>
        <source>Priorities: dots</source>
        <translation>จัดลำดับความสำคัญ: คะแนนสติกเกอร์</translation>
    </message>
    <message>
        <source>No issues yet</source>
        <translation>ยังไม่มีประเด็นปัญหา</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>การลงมติ</translation>
    </message>
    <message>
        <source>No proposal yet</source>
        <translation>ยังไม่มีข้อเสนอ</translation>
    </message>
    <message>
        <source>Result if decided now: %1</source>
        <translation>ผลหากลงมติตอนนี้: %1</translation>
    </message>
    <message>
        <source>Not decided yet</source>
        <translation>ยังไม่ได้ลงมติ</translation>
    </message>
    <message>
        <source>Present %1 of a quorum of %2</source>
        <translation>ผู้มาประชุม %1 คน องค์ประชุม %2 คน</translation>
    </message>
    <message>
        <source>Objections: %1, unresolved: %2</source>
        <translation>ข้อคัดค้าน %1 ข้อ ยังไม่ได้แก้ไข %2 ข้อ</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>แผนปฏิบัติการ</translation>
    </message>
    <message>
        <source>No actions yet</source>
        <translation>ยังไม่มีกิจกรรม</translation>
    </message>
    <message>
        <source>Issue board: %1 issues</source>
        <translation>กระดานประเด็น: %1 ประเด็น</translation>
    </message>
    <message>
        <source>Community map</source>
        <translation>แผนที่ชุมชน</translation>
    </message>
    <message>
        <source>No map yet</source>
        <translation>ยังไม่มีแผนที่</translation>
    </message>
</context>
<context>
    <name>ProjectorControl</name>
    <message>
        <source>Projector:</source>
        <translation>จอฉาย:</translation>
    </message>
    <message>
        <source>Follow the facilitator</source>
        <translation>ตามผู้ดำเนินการประชุม</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>ระเบียบวาระ</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>ผู้ขอพูด</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>ผลคะแนน</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>การลงมติ</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>แผนปฏิบัติการ</translation>
    </message>
    <message>
        <source>Freeze</source>
        <translation>หยุดภาพ</translation>
    </message>
    <message>
        <source>Blank</source>
        <translation>ปิดภาพ</translation>
    </message>
    <message>
        <source>Show nothing on the projector</source>
        <translation>ไม่แสดงอะไรบนจอฉาย</translation>
    </message>
    <message>
        <source>Issue board</source>
        <translation>กระดานประเด็น</translation>
    </message>
    <message>
        <source>Community map</source>
        <translation>แผนที่ชุมชน</translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <source>Prachakhom — projector</source>
        <translation>ประชาคม — จอฉาย</translation>
    </message>
    <message>
        <source>No file open</source>
        <translation>ยังไม่ได้เปิดแฟ้ม</translation>
    </message>
</context>
</TS>
