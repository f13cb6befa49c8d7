<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="th_TH">
<context>
    <name>ConsentPanel</name>
    <message>
        <location filename="../../ui/consent.py" line="37" />
        <source>Erase this person (PDPA)…</source>
        <translation>ลบข้อมูลบุคคลนี้ (PDPA)…</translation>
    </message>
    <message>
        <location filename="../../ui/consent.py" line="47" />
        <source>Who is named (PDPA): anything published or given to others (public minutes, the published database, the action-plan CSV, anonymised exports) names a person only when this box is ticked; everyone else is counted by sector and gender. The official minutes and the sign-in sheet name the members of the body and the chair, recorder and reviewer (the body's public task), and others only with consent; the sign-in sheet leaves them a blank row. Phone numbers are never printed or published.</source>
        <translation>การระบุชื่อ (PDPA): ทุกอย่างที่เผยแพร่หรือส่งให้ผู้อื่น (รายงานการประชุมฉบับเผยแพร่ ฐานข้อมูลที่เผยแพร่ ไฟล์ CSV แผนปฏิบัติการ และไฟล์ส่งออกแบบไม่ระบุตัวตน) จะระบุชื่อบุคคลเฉพาะเมื่อทำเครื่องหมายในช่องนี้เท่านั้น ผู้อื่นทั้งหมดจะนับเป็นจำนวนตามภาคส่วนและเพศ รายงานการประชุมฉบับทางการและแบบลงทะเบียนระบุชื่อกรรมการหรือสมาชิกขององค์กร และประธาน ผู้จดและผู้ตรวจรายงานการประชุม (ตามภารกิจของหน่วยงาน) ส่วนผู้อื่นระบุชื่อเฉพาะเมื่อยินยอม แบบลงทะเบียนจะเว้นบรรทัดว่างให้ลงชื่อเอง ไม่พิมพ์หรือเผยแพร่หมายเลขโทรศัพท์ในทุกกรณี</translation>
    </message>
    <message>
        <location filename="../../ui/consent.py" line="59" />
        <source>Erase a person</source>
        <translation>ลบข้อมูลบุคคล</translation>
    </message>
    <message>
        <location filename="../../ui/consent.py" line="60" />
        <source>Erase %1 for good?

The person, their check-ins, roles and dots are removed, their name and phone are blanked wherever they were written, and the same is done in every backup of this file (a backup that cannot be cleaned is deleted). A merge will not bring them back. Copies saved elsewhere are not reached. This cannot be undone.</source>
        <translation>ลบข้อมูลของ %1 อย่างถาวรหรือไม่?

จะลบบุคคลนี้ พร้อมการลงทะเบียน บทบาท และคะแนนโหวต และลบชื่อกับหมายเลขโทรศัพท์ออกจากทุกที่ที่บันทึกไว้ รวมถึงในไฟล์สำรองทุกไฟล์ของไฟล์นี้ (ไฟล์สำรองที่ล้างไม่ได้จะถูกลบทิ้ง) การรวมไฟล์ภายหลังจะไม่นำข้อมูลกลับมา แต่สำเนาที่บันทึกไว้ที่อื่นจะไม่ถูกลบ และย้อนกลับไม่ได้</translation>
    </message>
    <message>
        <location filename="../../ui/consent.py" line="66" />
        <source>Erase</source>
        <translation>ลบถาวร</translation>
    </message>
    <message>
        <location filename="../../ui/consent.py" line="79" />
        <source>%1 was erased from the file and %2 backups.</source>
        <translation>ลบข้อมูลของ %1 ออกจากไฟล์และไฟล์สำรอง %2 ไฟล์แล้ว</translation>
    </message>
</context>
</TS>