<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="th_TH">
<context>
    <name>ActionsPage</name>
    <message>
        <location filename="../../ui/pages/actions.py" line="69" />
        <source>Action plan</source>
        <translation>แผนปฏิบัติการ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions.py" line="76" />
        <source>Export CSV…</source>
        <translation>ส่งออก CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions.py" line="77" />
        <source>Action plan and pledges for Excel (UTF-8)</source>
        <translation>แผนปฏิบัติการและการสนับสนุนทรัพยากร สำหรับ Excel (UTF-8)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions.py" line="83" />
        <source>Actions</source>
        <translation>กิจกรรม</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions.py" line="84" />
        <source>Pledges</source>
        <translation>การสนับสนุนทรัพยากร</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions.py" line="85" />
        <source>Totals</source>
        <translation>สรุปยอด</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions.py" line="95" />
        <location filename="../../ui/pages/actions.py" line="151" />
        <source>What</source>
        <translation>สิ่งที่จะทำ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions.py" line="95" />
        <source>Lead</source>
        <translation>ผู้รับผิดชอบหลัก</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions.py" line="95" />
        <location filename="../../ui/pages/actions.py" line="154" />
        <source>Partners</source>
        <translation>ภาคีร่วม</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions.py" line="95" />
        <source>Due (B.E.)</source>
        <translation>กำหนดเสร็จ (พ.ศ.)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions.py" line="96" />
        <location filename="../../ui/pages/actions.py" line="155" />
        <location filename="../../ui/pages/actions.py" line="178" />
        <location filename="../../ui/pages/actions.py" line="268" />
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions.py" line="96" />
        <source>Cost (baht)</source>
        <translation>งบประมาณ (บาท)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions.py" line="96" />
        <location filename="../../ui/pages/actions.py" line="156" />
        <source>Source of funds</source>
        <translation>แหล่งงบประมาณ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions.py" line="97" />
        <location filename="../../ui/pages/actions.py" line="156" />
        <source>Approach</source>
        <translation>แนวทาง</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions.py" line="106" />
        <location filename="../../ui/pages/actions.py" line="493" />
        <source>Delete action</source>
        <translation>ลบกิจกรรม</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions.py" line="115" />
        <source>New action</source>
        <translation>กิจกรรมใหม่</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions.py" line="143" />
        <location filename="../../ui/pages/actions.py" line="476" />
        <source>Add action</source>
        <translation>เพิ่มกิจกรรม</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions.py" line="177" />
        <source>Who</source>
        <translation>ผู้ใด</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions.py" line="177" />
        <location filename="../../ui/pages/actions.py" line="235" />
        <location filename="../../ui/pages/actions.py" line="236" />
        <source>Sector</source>
        <translation>ภาคส่วน</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions.py" line="177" />
        <location filename="../../ui/pages/actions.py" line="214" />
        <source>Resource</source>
        <translation>ทรัพยากร</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions.py" line="177" />
        <location filename="../../ui/pages/actions.py" line="214" />
        <source>Description</source>
        <translation>รายละเอียด</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions.py" line="178" />
        <location filename="../../ui/pages/actions.py" line="215" />
        <source>Amount</source>
        <translation>จำนวน</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions.py" line="178" />
        <location filename="../../ui/pages/actions.py" line="215" />
        <source>Unit</source>
        <translation>หน่วย</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions.py" line="178" />
        <location filename="../../ui/pages/actions.py" line="216" />
        <source>Value (baht)</source>
        <translation>มูลค่า (บาท)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions.py" line="183" />
        <source>Fulfilled / outstanding</source>
        <translation>ได้รับแล้ว / ยังค้าง</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions.py" line="185" />
        <location filename="../../ui/pages/actions.py" line="525" />
        <source>Delete pledge</source>
        <translation>ลบรายการสนับสนุน</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions.py" line="191" />
        <source>New pledge</source>
        <translation>การสนับสนุนใหม่</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions.py" line="211" />
        <location filename="../../ui/pages/actions.py" line="508" />
        <source>Add pledge</source>
        <translation>เพิ่มการสนับสนุน</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions.py" line="232" />
        <source>Money (baht)</source>
        <translation>เงิน (บาท)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions.py" line="232" />
        <source>Labour (person-days)</source>
        <translation>แรงงาน (คน-วัน)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions.py" line="233" />
        <source>Other resources</source>
        <translation>ทรัพยากรอื่น (รายการ)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions.py" line="233" />
        <location filename="../../ui/pages/actions.py" line="380" />
        <location filename="../../ui/pages/actions.py" line="420" />
        <location filename="../../ui/pages/actions.py" line="452" />
        <source>Outstanding</source>
        <translation>ยังค้าง</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions.py" line="233" />
        <source>Actions led</source>
        <translation>กิจกรรมที่รับผิดชอบ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions.py" line="234" />
        <source>Cost of actions (baht)</source>
        <translation>งบกิจกรรม (บาท)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions.py" line="235" />
        <source>Actor</source>
        <translation>ผู้สนับสนุน/ผู้รับผิดชอบ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions.py" line="237" />
        <source>Per actor</source>
        <translation>สรุปตามผู้สนับสนุน</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions.py" line="239" />
        <source>Per sector</source>
        <translation>สรุปตามภาคส่วน</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions.py" line="335" />
        <source>(no person)</source>
        <translation>(ไม่ระบุบุคคล)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions.py" line="338" />
        <source>(no organisation)</source>
        <translation>(ไม่ระบุหน่วยงาน)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions.py" line="354" />
        <source>Choose a meeting first.</source>
        <translation>กรุณาเลือกการประชุมก่อน</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions.py" line="380" />
        <location filename="../../ui/pages/actions.py" line="420" />
        <location filename="../../ui/pages/actions.py" line="453" />
        <source>Fulfilled</source>
        <translation>ได้รับแล้ว</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions.py" line="403" />
        <source>Total</source>
        <translation>รวมทั้งสิ้น</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions.py" line="407" />
        <source>%1 actions (%2 open) · pledged: %3 baht, %4 person-days, %5 other resources · %6 pledges outstanding</source>
        <translation>กิจกรรม %1 รายการ (ยังไม่เสร็จ %2) · ให้การสนับสนุน: เงิน %3 บาท แรงงาน %4 คน-วัน ทรัพยากรอื่น %5 รายการ · ยังค้าง %6 รายการ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions.py" line="473" />
        <source>Write what will be done.</source>
        <translation>กรุณาระบุสิ่งที่จะดำเนินการ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions.py" line="519" />
        <source>Pledge fulfilled</source>
        <translation>ได้รับการสนับสนุนแล้ว</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions.py" line="520" />
        <source>Pledge outstanding</source>
        <translation>การสนับสนุนยังค้าง</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions.py" line="563" />
        <source>action-plan-%1-%2.csv</source>
        <translation>แผนปฏิบัติการ-ครั้งที่-%1-%2.csv</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions.py" line="566" />
        <source>Export the action plan</source>
        <translation>ส่งออกแผนปฏิบัติการ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions.py" line="567" />
        <source>CSV files (*.csv)</source>
        <translation>ไฟล์ CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions.py" />
        <source>Edit action</source>
        <translation>แก้ไขกิจกรรม</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions.py" />
        <source>Edit pledge</source>
        <translation>แก้ไขการสนับสนุนทรัพยากร</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions.py" />
        <source>Empty the form to add another action</source>
        <translation>ล้างแบบฟอร์มเพื่อเพิ่มกิจกรรมอื่น</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions.py" />
        <source>Empty the form to add another pledge</source>
        <translation>ล้างแบบฟอร์มเพื่อเพิ่มการสนับสนุนอื่น</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions.py" />
        <source>For action</source>
        <translation>สำหรับกิจกรรม</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions.py" />
        <source>Resources</source>
        <translation>ทรัพยากร</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions.py" />
        <source>outstanding</source>
        <translation>ยังค้างอยู่</translation>
    </message>
</context>
<context>
    <name>DecisionsPage</name>
    <message>
        <location filename="../../ui/pages/decisions.py" line="56" />
        <source>Decisions</source>
        <translation>การตัดสินใจ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/decisions.py" line="64" />
        <source>Proposal</source>
        <translation>ข้อเสนอ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/decisions.py" line="64" />
        <location filename="../../ui/pages/decisions.py" line="93" />
        <source>Method</source>
        <translation>วิธีตัดสินใจ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/decisions.py" line="65" />
        <location filename="../../ui/pages/decisions.py" line="191" />
        <source>Outcome</source>
        <translation>ผล</translation>
    </message>
    <message>
        <location filename="../../ui/pages/decisions.py" line="71" />
        <source>Proposals of this meeting</source>
        <translation>ข้อเสนอในการประชุมนี้</translation>
    </message>
    <message>
        <location filename="../../ui/pages/decisions.py" line="74" />
        <source>New proposal</source>
        <translation>ข้อเสนอใหม่</translation>
    </message>
    <message>
        <location filename="../../ui/pages/decisions.py" line="77" />
        <source>What is proposed, in a few words</source>
        <translation>สิ่งที่เสนอ (สั้น ๆ)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/decisions.py" line="88" />
        <location filename="../../ui/pages/decisions.py" line="398" />
        <source>Add proposal</source>
        <translation>เพิ่มข้อเสนอ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/decisions.py" line="90" />
        <source>Title</source>
        <translation>ชื่อเรื่อง</translation>
    </message>
    <message>
        <location filename="../../ui/pages/decisions.py" line="91" />
        <source>Details</source>
        <translation>รายละเอียด</translation>
    </message>
    <message>
        <location filename="../../ui/pages/decisions.py" line="92" />
        <source>Agenda item</source>
        <translation>ระเบียบวาระ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/decisions.py" line="94" />
        <source>Threshold</source>
        <translation>เกณฑ์</translation>
    </message>
    <message>
        <location filename="../../ui/pages/decisions.py" line="119" />
        <location filename="../../ui/pages/decisions.py" line="411" />
        <source>Hand count</source>
        <translation>นับคะแนนยกมือ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/decisions.py" line="122" />
        <source>For</source>
        <translation>เห็นด้วย</translation>
    </message>
    <message>
        <location filename="../../ui/pages/decisions.py" line="123" />
        <source>Against</source>
        <translation>ไม่เห็นด้วย</translation>
    </message>
    <message>
        <location filename="../../ui/pages/decisions.py" line="124" />
        <source>Abstain</source>
        <translation>งดออกเสียง</translation>
    </message>
    <message>
        <location filename="../../ui/pages/decisions.py" line="128" />
        <source>Save count</source>
        <translation>บันทึกคะแนน</translation>
    </message>
    <message>
        <location filename="../../ui/pages/decisions.py" line="134" />
        <source>Positions</source>
        <translation>ความเห็น</translation>
    </message>
    <message>
        <location filename="../../ui/pages/decisions.py" line="136" />
        <source>Who</source>
        <translation>ผู้ใด</translation>
    </message>
    <message>
        <location filename="../../ui/pages/decisions.py" line="136" />
        <source>Position</source>
        <translation>ความเห็น</translation>
    </message>
    <message>
        <location filename="../../ui/pages/decisions.py" line="136" />
        <source>People</source>
        <translation>จำนวนคน</translation>
    </message>
    <message>
        <location filename="../../ui/pages/decisions.py" line="137" />
        <source>Reason</source>
        <translation>เหตุผล</translation>
    </message>
    <message>
        <location filename="../../ui/pages/decisions.py" line="137" />
        <source>Resolved</source>
        <translation>คลี่คลายแล้ว</translation>
    </message>
    <message>
        <location filename="../../ui/pages/decisions.py" line="146" />
        <source>Number of people (for a group without names)</source>
        <translation>จำนวนคน (สำหรับกลุ่มที่ไม่ระบุชื่อ)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/decisions.py" line="148" />
        <source>Reason (required for a block or objection)</source>
        <translation>เหตุผล (ต้องระบุเมื่อคัดค้าน)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/decisions.py" line="149" />
        <location filename="../../ui/pages/decisions.py" line="431" />
        <source>Record position</source>
        <translation>บันทึกความเห็น</translation>
    </message>
    <message>
        <location filename="../../ui/pages/decisions.py" line="158" />
        <source>Resolved / not resolved</source>
        <translation>คลี่คลายแล้ว / ยังไม่คลี่คลาย</translation>
    </message>
    <message>
        <location filename="../../ui/pages/decisions.py" line="160" />
        <location filename="../../ui/pages/decisions.py" line="453" />
        <source>Remove position</source>
        <translation>ลบความเห็น</translation>
    </message>
    <message>
        <location filename="../../ui/pages/decisions.py" line="176" />
        <source>Resolution (มติที่ประชุม)</source>
        <translation>มติที่ประชุม</translation>
    </message>
    <message>
        <location filename="../../ui/pages/decisions.py" line="180" />
        <source>The proposal as amended</source>
        <translation>ข้อเสนอตามที่แก้ไขแล้ว</translation>
    </message>
    <message>
        <location filename="../../ui/pages/decisions.py" line="182" />
        <source>The resolution as it goes into the minutes</source>
        <translation>มติตามที่จะบันทึกในรายงานการประชุม</translation>
    </message>
    <message>
        <location filename="../../ui/pages/decisions.py" line="184" />
        <location filename="../../ui/pages/decisions.py" line="465" />
        <source>Record decision</source>
        <translation>บันทึกมติ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/decisions.py" line="186" />
        <source>Reopen</source>
        <translation>เปิดพิจารณาใหม่</translation>
    </message>
    <message>
        <location filename="../../ui/pages/decisions.py" line="192" />
        <source>Amended text</source>
        <translation>ข้อความที่แก้ไข</translation>
    </message>
    <message>
        <location filename="../../ui/pages/decisions.py" line="193" />
        <source>Resolution</source>
        <translation>มติ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/decisions.py" line="223" />
        <source>(no agenda item)</source>
        <translation>(ไม่ระบุระเบียบวาระ)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/decisions.py" line="235" />
        <source>(group, no name)</source>
        <translation>(กลุ่ม ไม่ระบุชื่อ)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/decisions.py" line="262" />
        <source>Add a proposal, or choose one on the left.</source>
        <translation>เพิ่มข้อเสนอ หรือเลือกข้อเสนอทางซ้าย</translation>
    </message>
    <message>
        <location filename="../../ui/pages/decisions.py" line="275" />
        <source>Method: %1</source>
        <translation>วิธีตัดสินใจ: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/decisions.py" line="279" />
        <source>none set</source>
        <translation>ไม่ได้กำหนด</translation>
    </message>
    <message>
        <location filename="../../ui/pages/decisions.py" line="281" />
        <source>From check-in: %1 members present (quorum %2), %3 people present in all</source>
        <translation>จากการลงทะเบียน: สมาชิกมาประชุม %1 คน (องค์ประชุม %2) ผู้อยู่ในที่ประชุมทั้งหมด %3 คน</translation>
    </message>
    <message>
        <location filename="../../ui/pages/decisions.py" line="290" />
        <source>Positions, person by person or in groups</source>
        <translation>ความเห็นรายบุคคลหรือรายกลุ่ม</translation>
    </message>
    <message>
        <location filename="../../ui/pages/decisions.py" line="292" />
        <source>Votes person by person (instead of a hand count)</source>
        <translation>ลงคะแนนรายบุคคล (แทนการนับยกมือ)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/decisions.py" line="308" />
        <source>Group</source>
        <translation>กลุ่ม</translation>
    </message>
    <message>
        <location filename="../../ui/pages/decisions.py" line="310" />
        <source>Yes</source>
        <translation>ใช่</translation>
    </message>
    <message>
        <location filename="../../ui/pages/decisions.py" line="310" />
        <source>No</source>
        <translation>ไม่</translation>
    </message>
    <message>
        <location filename="../../ui/pages/decisions.py" line="331" />
        <source>Result: %1</source>
        <translation>ผลการนับ: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/decisions.py" line="334" />
        <source>Decided: %1</source>
        <translation>ลงมติแล้ว: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/decisions.py" line="350" />
        <source>nobody is checked in as present – no decision is possible</source>
        <translation>ยังไม่มีผู้ลงทะเบียนเข้าประชุม – ยังลงมติไม่ได้</translation>
    </message>
    <message>
        <location filename="../../ui/pages/decisions.py" line="352" />
        <source>quorum not met (%1 of %2 members) – no decision is possible; the proposal can only be deferred</source>
        <translation>ไม่ครบองค์ประชุม (สมาชิก %1 จาก %2 คน) – ลงมติไม่ได้ ทำได้เพียงเลื่อนการพิจารณา</translation>
    </message>
    <message>
        <location filename="../../ui/pages/decisions.py" line="356" />
        <source>no positions recorded yet</source>
        <translation>ยังไม่มีการบันทึกความเห็น</translation>
    </message>
    <message>
        <location filename="../../ui/pages/decisions.py" line="359" />
        <source>for %1, against %2, abstain %3</source>
        <translation>เห็นด้วย %1 ไม่เห็นด้วย %2 งดออกเสียง %3</translation>
    </message>
    <message>
        <location filename="../../ui/pages/decisions.py" line="362" />
        <source>not agreed – %1 unresolved block(s)</source>
        <translation>ยังไม่เป็นฉันทามติ – มีผู้คัดค้านที่ยังไม่คลี่คลาย %1 คน</translation>
    </message>
    <message>
        <location filename="../../ui/pages/decisions.py" line="364" />
        <source>not agreed – only %1 at levels 3–5 (%2 needed)</source>
        <translation>ยังไม่เป็นฉันทามติ – ระดับ 3–5 มีเพียง %1 (ต้องการ %2)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/decisions.py" line="366" />
        <source>consensus – %1 at levels 3–5, no block</source>
        <translation>เป็นฉันทามติ – ระดับ 3–5 คิดเป็น %1 ไม่มีผู้คัดค้าน</translation>
    </message>
    <message>
        <location filename="../../ui/pages/decisions.py" line="368" />
        <source>not adopted – %1 unresolved objection(s)</source>
        <translation>ยังไม่ผ่าน – มีข้อคัดค้านที่ยังไม่คลี่คลาย %1 ข้อ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/decisions.py" line="370" />
        <source>adopted by consent – no unresolved objection</source>
        <translation>ผ่านโดยไม่มีผู้คัดค้าน</translation>
    </message>
    <message>
        <location filename="../../ui/pages/decisions.py" line="371" />
        <source>not adopted – no votes cast (%1)</source>
        <translation>ไม่ผ่าน – ไม่มีผู้ออกเสียง (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/decisions.py" line="372" />
        <source>not adopted – a tie (%1)</source>
        <translation>ไม่ผ่าน – คะแนนเสมอกัน (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/decisions.py" line="373" />
        <source>adopted by majority (%1)</source>
        <translation>ผ่านด้วยเสียงข้างมาก (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/decisions.py" line="374" />
        <source>rejected by majority (%1)</source>
        <translation>ไม่ผ่านด้วยเสียงข้างมาก (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/decisions.py" line="375" />
        <source>adopted by two-thirds (%1)</source>
        <translation>ผ่านด้วยคะแนนสองในสาม (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/decisions.py" line="376" />
        <source>not adopted – two-thirds not reached (%1)</source>
        <translation>ไม่ผ่าน – คะแนนไม่ถึงสองในสาม (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/decisions.py" line="381" />
        <source>levels %1</source>
        <translation>ระดับ %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/decisions.py" line="389" />
        <source>A proposal needs a title.</source>
        <translation>ข้อเสนอต้องมีชื่อเรื่อง</translation>
    </message>
    <message>
        <location filename="../../ui/pages/decisions.py" line="447" />
        <source>Objection resolved</source>
        <translation>ข้อคัดค้านคลี่คลายแล้ว</translation>
    </message>
    <message>
        <location filename="../../ui/pages/decisions.py" line="447" />
        <source>Objection reopened</source>
        <translation>ข้อคัดค้านยังไม่คลี่คลาย</translation>
    </message>
    <message>
        <location filename="../../ui/pages/decisions.py" line="472" />
        <source>Reopen proposal</source>
        <translation>เปิดพิจารณาข้อเสนอใหม่</translation>
    </message>
</context>
<context>
    <name>SpeakersPage</name>
    <message>
        <location filename="../../ui/pages/speakers.py" line="83" />
        <source>Speakers</source>
        <translation>ผู้อภิปราย</translation>
    </message>
    <message>
        <location filename="../../ui/pages/speakers.py" line="91" />
        <source>Agenda item:</source>
        <translation>ระเบียบวาระ:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/speakers.py" line="97" />
        <source> s</source>
        <translation> วินาที</translation>
    </message>
    <message>
        <location filename="../../ui/pages/speakers.py" line="98" />
        <location filename="../../ui/pages/speakers.py" line="295" />
        <source>No limit</source>
        <translation>ไม่จำกัดเวลา</translation>
    </message>
    <message>
        <location filename="../../ui/pages/speakers.py" line="99" />
        <source>Time limit for each new turn (0 = no limit)</source>
        <translation>เวลาที่ให้พูดแต่ละครั้ง (0 = ไม่จำกัด)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/speakers.py" line="100" />
        <source>Limit per turn:</source>
        <translation>เวลาต่อคน:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/speakers.py" line="104" />
        <source>Queue</source>
        <translation>คิวผู้อภิปราย</translation>
    </message>
    <message>
        <location filename="../../ui/pages/speakers.py" line="108" />
        <source>Type a name (registered or not)</source>
        <translation>พิมพ์ชื่อ (ลงทะเบียนแล้วหรือไม่ก็ได้)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/speakers.py" line="115" />
        <source>Add to queue</source>
        <translation>เพิ่มเข้าคิว</translation>
    </message>
    <message>
        <location filename="../../ui/pages/speakers.py" line="120" />
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/speakers.py" line="120" />
        <location filename="../../ui/pages/speakers.py" line="182" />
        <source>Sector</source>
        <translation>ภาคส่วน</translation>
    </message>
    <message>
        <location filename="../../ui/pages/speakers.py" line="120" />
        <source>Limit</source>
        <translation>เวลาที่ให้</translation>
    </message>
    <message>
        <location filename="../../ui/pages/speakers.py" line="124" />
        <location filename="../../ui/pages/speakers.py" line="364" />
        <source>Next speaker</source>
        <translation>ผู้อภิปรายคนต่อไป</translation>
    </message>
    <message>
        <location filename="../../ui/pages/speakers.py" line="126" />
        <location filename="../../ui/pages/speakers.py" line="372" />
        <source>End turn</source>
        <translation>จบการพูด</translation>
    </message>
    <message>
        <location filename="../../ui/pages/speakers.py" line="128" />
        <source>Remove</source>
        <translation>นำออก</translation>
    </message>
    <message>
        <location filename="../../ui/pages/speakers.py" line="135" />
        <source>Speaking now</source>
        <translation>กำลังพูด</translation>
    </message>
    <message>
        <location filename="../../ui/pages/speakers.py" line="156" />
        <source>Contributions</source>
        <translation>ประเด็นที่เสนอ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/speakers.py" line="162" />
        <source>A short note of what was said</source>
        <translation>สรุปสั้น ๆ ว่าพูดอะไร</translation>
    </message>
    <message>
        <location filename="../../ui/pages/speakers.py" line="164" />
        <source>Log</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <location filename="../../ui/pages/speakers.py" line="170" />
        <source>Kind</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <location filename="../../ui/pages/speakers.py" line="170" />
        <source>Speaker</source>
        <translation>ผู้พูด</translation>
    </message>
    <message>
        <location filename="../../ui/pages/speakers.py" line="170" />
        <source>Note</source>
        <translation>สาระสำคัญ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/speakers.py" line="180" />
        <source>Balance of voices (whole meeting)</source>
        <translation>ความสมดุลของผู้อภิปราย (ทั้งการประชุม)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/speakers.py" line="182" />
        <location filename="../../ui/pages/speakers.py" line="184" />
        <source>Present</source>
        <translation>มาประชุม</translation>
    </message>
    <message>
        <location filename="../../ui/pages/speakers.py" line="182" />
        <location filename="../../ui/pages/speakers.py" line="184" />
        <source>Turns</source>
        <translation>ครั้ง</translation>
    </message>
    <message>
        <location filename="../../ui/pages/speakers.py" line="183" />
        <location filename="../../ui/pages/speakers.py" line="185" />
        <source>Time</source>
        <translation>เวลา</translation>
    </message>
    <message>
        <location filename="../../ui/pages/speakers.py" line="184" />
        <source>Gender</source>
        <translation>เพศ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/speakers.py" line="277" />
        <source>Nobody has the floor</source>
        <translation>ยังไม่มีผู้พูด</translation>
    </message>
    <message>
        <location filename="../../ui/pages/speakers.py" line="287" />
        <source>Over the limit by %1</source>
        <translation>เกินเวลา %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/speakers.py" line="294" />
        <source>Limit %1</source>
        <translation>เวลาที่ให้ %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/speakers.py" line="311" />
        <source>No organisation</source>
        <translation>ไม่สังกัดหน่วยงาน</translation>
    </message>
    <message>
        <location filename="../../ui/pages/speakers.py" line="333" />
        <source>Not heard yet: %1 of %2 present</source>
        <translation>ยังไม่ได้พูด: %1 จาก %2 คนที่มาประชุม</translation>
    </message>
    <message>
        <location filename="../../ui/pages/speakers.py" line="351" />
        <source>Add %1 to the queue</source>
        <translation>เพิ่ม %1 เข้าคิว</translation>
    </message>
    <message>
        <location filename="../../ui/pages/speakers.py" line="380" />
        <source>Remove from the queue</source>
        <translation>นำออกจากคิว</translation>
    </message>
    <message>
        <location filename="../../ui/pages/speakers.py" line="392" />
        <source>Log a contribution</source>
        <translation>บันทึกประเด็นที่เสนอ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/speakers.py" line="1" />
        <source>not in the register</source>
        <translation>ไม่มีในทะเบียน</translation>
    </message>
    <message>
        <location filename="../../ui/pages/speakers.py" line="1" />
        <source>Not in the register</source>
        <translation>ไม่มีในทะเบียน</translation>
    </message>
    <message>
        <location filename="../../ui/pages/speakers.py" line="1" />
        <source>&amp;Link a typed name to the register…</source>
        <translation>เชื่อมชื่อที่พิมพ์ไว้กับทะเบียน… (&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/speakers.py" line="1" />
        <source>A speaker typed as free text is a registered person: their turns then count with their sector</source>
        <translation>ผู้พูดที่พิมพ์ชื่อไว้เป็นบุคคลในทะเบียน: การพูดของเขาจะนับตามภาคส่วนของเขา</translation>
    </message>
    <message>
        <location filename="../../ui/pages/speakers.py" line="1" />
        <source>Link %1 to the register</source>
        <translation>เชื่อม %1 กับทะเบียน</translation>
    </message>
</context>
<context>
    <name>ActionForm</name>
    <message>
        <location filename="../../ui/action_forms.py" />
        <source> baht</source>
        <translation> บาท</translation>
    </message>
    <message>
        <location filename="../../ui/action_forms.py" />
        <source>(not from a decision)</source>
        <translation>(ไม่ได้มาจากมติ)</translation>
    </message>
    <message>
        <location filename="../../ui/action_forms.py" />
        <source>(pledges can support the action once it is added)</source>
        <translation>(เพิ่มกิจกรรมก่อน แล้วจึงระบุการสนับสนุนทรัพยากรให้กิจกรรมนี้ได้)</translation>
    </message>
    <message>
        <location filename="../../ui/action_forms.py" />
        <source>Add action</source>
        <translation>เพิ่มกิจกรรม</translation>
    </message>
    <message>
        <location filename="../../ui/action_forms.py" />
        <source>Approach</source>
        <translation>แนวทาง</translation>
    </message>
    <message>
        <location filename="../../ui/action_forms.py" />
        <source>Cost</source>
        <translation>งบประมาณ</translation>
    </message>
    <message>
        <location filename="../../ui/action_forms.py" />
        <source>Due date</source>
        <translation>กำหนดเสร็จ</translation>
    </message>
    <message>
        <location filename="../../ui/action_forms.py" />
        <source>From decision</source>
        <translation>จากมติ</translation>
    </message>
    <message>
        <location filename="../../ui/action_forms.py" />
        <source>Lead organisation</source>
        <translation>ผู้รับผิดชอบ (หน่วยงาน)</translation>
    </message>
    <message>
        <location filename="../../ui/action_forms.py" />
        <source>Lead person</source>
        <translation>ผู้รับผิดชอบ (บุคคล)</translation>
    </message>
    <message>
        <location filename="../../ui/action_forms.py" />
        <source>New action</source>
        <translation>กิจกรรมใหม่</translation>
    </message>
    <message>
        <location filename="../../ui/action_forms.py" />
        <source>No due date</source>
        <translation>ไม่กำหนดวัน</translation>
    </message>
    <message>
        <location filename="../../ui/action_forms.py" />
        <source>None yet: on the Pledges tab, choose this action under “For action”.</source>
        <translation>ยังไม่มี: ที่แท็บการสนับสนุนทรัพยากร เลือกกิจกรรมนี้ในช่อง “สำหรับกิจกรรม”</translation>
    </message>
    <message>
        <location filename="../../ui/action_forms.py" />
        <source>Partner organisations</source>
        <translation>หน่วยงาน/องค์กรที่ร่วมดำเนินการ</translation>
    </message>
    <message>
        <location filename="../../ui/action_forms.py" />
        <source>Partners</source>
        <translation>ภาคีร่วม</translation>
    </message>
    <message>
        <location filename="../../ui/action_forms.py" />
        <source>Resources pledged</source>
        <translation>ทรัพยากรที่ได้รับการสนับสนุน</translation>
    </message>
    <message>
        <location filename="../../ui/action_forms.py" />
        <source>Save changes</source>
        <translation>บันทึกการแก้ไข</translation>
    </message>
    <message>
        <location filename="../../ui/action_forms.py" />
        <source>Selected action</source>
        <translation>กิจกรรมที่เลือก</translation>
    </message>
    <message>
        <location filename="../../ui/action_forms.py" />
        <source>Source of funds</source>
        <translation>แหล่งงบประมาณ</translation>
    </message>
    <message>
        <location filename="../../ui/action_forms.py" />
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <location filename="../../ui/action_forms.py" />
        <source>What</source>
        <translation>สิ่งที่จะทำ</translation>
    </message>
    <message>
        <location filename="../../ui/action_forms.py" />
        <source>What will be done</source>
        <translation>สิ่งที่จะดำเนินการ</translation>
    </message>
    <message>
        <location filename="../../ui/action_forms.py" />
        <source>e.g. village fund, local government budget</source>
        <translation>เช่น กองทุนหมู่บ้าน งบ อบต.</translation>
    </message>
    <message>
        <location filename="../../ui/action_forms.py" line="1" />
        <source>(no person)</source>
        <translation>(ไม่ระบุบุคคล)</translation>
    </message>
    <message>
        <location filename="../../ui/action_forms.py" line="1" />
        <source>(no organisation)</source>
        <translation>(ไม่ระบุหน่วยงาน)</translation>
    </message>
</context>
<context>
    <name>FollowUpTab</name>
    <message>
        <location filename="../../ui/followup_tab.py" />
        <source>(record deleted)</source>
        <translation>(รายการถูกลบแล้ว)</translation>
    </message>
    <message>
        <location filename="../../ui/followup_tab.py" />
        <source>Action</source>
        <translation>กิจกรรม</translation>
    </message>
    <message>
        <location filename="../../ui/followup_tab.py" />
        <source>Create the next meeting</source>
        <translation>สร้างการประชุมครั้งต่อไป</translation>
    </message>
    <message>
        <location filename="../../ui/followup_tab.py" />
        <source>Creates the next meeting of the series; its agenda item 3 lists the open actions, deferred proposals and outstanding pledges</source>
        <translation>สร้างการประชุมครั้งถัดไป โดยระเบียบวาระที่ 3 จะแสดงกิจกรรมที่ยังไม่เสร็จ ข้อเสนอที่เลื่อนการพิจารณา และการสนับสนุนที่ยังค้าง</translation>
    </message>
    <message>
        <location filename="../../ui/followup_tab.py" />
        <source>Date</source>
        <translation>วันที่</translation>
    </message>
    <message>
        <location filename="../../ui/followup_tab.py" />
        <source>Deferred proposal</source>
        <translation>ข้อเสนอที่เลื่อนการพิจารณา</translation>
    </message>
    <message>
        <location filename="../../ui/followup_tab.py" />
        <source>Follow-up and next meeting</source>
        <translation>ติดตามงานและการประชุมครั้งต่อไป</translation>
    </message>
    <message>
        <location filename="../../ui/followup_tab.py" />
        <source>Follow-up matters of this meeting (agenda item 3): updating the status here updates the original action, proposal or pledge.</source>
        <translation>เรื่องสืบเนื่องของการประชุมนี้ (ระเบียบวาระที่ 3): การเปลี่ยนสถานะที่นี่จะปรับกิจกรรม ข้อเสนอ หรือการสนับสนุนต้นเรื่องด้วย</translation>
    </message>
    <message>
        <location filename="../../ui/followup_tab.py" />
        <source>Fulfilled</source>
        <translation>ได้รับแล้ว</translation>
    </message>
    <message>
        <location filename="../../ui/followup_tab.py" />
        <source>Kind</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <location filename="../../ui/followup_tab.py" />
        <source>Matter</source>
        <translation>เรื่อง</translation>
    </message>
    <message>
        <location filename="../../ui/followup_tab.py" />
        <source>Meeting %1/%2 created with %3 follow-up matters</source>
        <translation>สร้างการประชุมครั้งที่ %1/%2 แล้ว มีเรื่องสืบเนื่อง %3 เรื่อง</translation>
    </message>
    <message>
        <location filename="../../ui/followup_tab.py" />
        <source>New status:</source>
        <translation>สถานะใหม่:</translation>
    </message>
    <message>
        <location filename="../../ui/followup_tab.py" />
        <source>Next meeting</source>
        <translation>การประชุมครั้งต่อไป</translation>
    </message>
    <message>
        <location filename="../../ui/followup_tab.py" />
        <source>Nothing is carried over into this meeting: agenda item 3 has no follow-up matters.

When this meeting ends, “Create the next meeting” above carries its open actions, deferred proposals and outstanding pledges into the next meeting's agenda item 3, where their status can be updated here.</source>
        <translation>ไม่มีเรื่องสืบเนื่องมาถึงการประชุมนี้: ระเบียบวาระที่ 3 ไม่มีเรื่องที่ต้องติดตาม

เมื่อการประชุมนี้เสร็จแล้ว ปุ่ม “สร้างการประชุมครั้งต่อไป” ด้านบนจะนำกิจกรรมที่ยังไม่เสร็จ ข้อเสนอที่เลื่อนการพิจารณา และการสนับสนุนที่ยังค้าง ไปไว้ในระเบียบวาระที่ 3 ของการประชุมครั้งต่อไป และปรับสถานะได้ที่หน้านี้</translation>
    </message>
    <message>
        <location filename="../../ui/followup_tab.py" />
        <source>Outstanding</source>
        <translation>ยังค้าง</translation>
    </message>
    <message>
        <location filename="../../ui/followup_tab.py" />
        <source>Pledge</source>
        <translation>การสนับสนุนทรัพยากร</translation>
    </message>
    <message>
        <location filename="../../ui/followup_tab.py" />
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <location filename="../../ui/followup_tab.py" />
        <source>Update follow-up status</source>
        <translation>ปรับสถานะเรื่องสืบเนื่อง</translation>
    </message>
    <message>
        <location filename="../../ui/followup_tab.py" />
        <source>Update status</source>
        <translation>ปรับสถานะ</translation>
    </message>
</context>
<context>
    <name>PledgeForm</name>
    <message>
        <location filename="../../ui/action_forms.py" />
        <source>(no action)</source>
        <translation>(ไม่ระบุกิจกรรม)</translation>
    </message>
    <message>
        <location filename="../../ui/action_forms.py" />
        <source>%1 (carried over from meeting %2)</source>
        <translation>%1 (สืบเนื่องจากการประชุมครั้งที่ %2)</translation>
    </message>
    <message>
        <location filename="../../ui/action_forms.py" />
        <source>Add pledge</source>
        <translation>เพิ่มการสนับสนุน</translation>
    </message>
    <message>
        <location filename="../../ui/action_forms.py" />
        <source>Already fulfilled</source>
        <translation>ได้รับแล้ว</translation>
    </message>
    <message>
        <location filename="../../ui/action_forms.py" />
        <source>Amount</source>
        <translation>จำนวน</translation>
    </message>
    <message>
        <location filename="../../ui/action_forms.py" />
        <source>Description</source>
        <translation>รายละเอียด</translation>
    </message>
    <message>
        <location filename="../../ui/action_forms.py" />
        <source>Estimated value in baht (optional)</source>
        <translation>มูลค่าโดยประมาณเป็นบาท (ไม่บังคับ)</translation>
    </message>
    <message>
        <location filename="../../ui/action_forms.py" />
        <source>For action</source>
        <translation>สำหรับกิจกรรม</translation>
    </message>
    <message>
        <location filename="../../ui/action_forms.py" />
        <source>New pledge</source>
        <translation>การสนับสนุนใหม่</translation>
    </message>
    <message>
        <location filename="../../ui/action_forms.py" />
        <source>Organisation</source>
        <translation>หน่วยงาน/องค์กร</translation>
    </message>
    <message>
        <location filename="../../ui/action_forms.py" />
        <source>Person</source>
        <translation>บุคคล</translation>
    </message>
    <message>
        <location filename="../../ui/action_forms.py" />
        <source>Resource</source>
        <translation>ทรัพยากร</translation>
    </message>
    <message>
        <location filename="../../ui/action_forms.py" />
        <source>Save changes</source>
        <translation>บันทึกการแก้ไข</translation>
    </message>
    <message>
        <location filename="../../ui/action_forms.py" />
        <source>Selected pledge</source>
        <translation>การสนับสนุนที่เลือก</translation>
    </message>
    <message>
        <location filename="../../ui/action_forms.py" />
        <source>Unit</source>
        <translation>หน่วย</translation>
    </message>
    <message>
        <location filename="../../ui/action_forms.py" />
        <source>Value (baht)</source>
        <translation>มูลค่า (บาท)</translation>
    </message>
    <message>
        <location filename="../../ui/action_forms.py" />
        <source>e.g. cement 20 bags, a tent, the temple hall</source>
        <translation>เช่น ปูนซีเมนต์ 20 ถุง เต็นท์ ศาลาวัด</translation>
    </message>
    <message>
        <location filename="../../ui/action_forms.py" line="1" />
        <source>(no person)</source>
        <translation>(ไม่ระบุบุคคล)</translation>
    </message>
    <message>
        <location filename="../../ui/action_forms.py" line="1" />
        <source>(no organisation)</source>
        <translation>(ไม่ระบุหน่วยงาน)</translation>
    </message>
</context>
</TS>