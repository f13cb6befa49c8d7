<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th_TH">
<context>
    <name>MeetingStatusLine</name>
    <message>
        <source>Meeting %1 is closed: it is read-only, and its minutes are final. Reopen it to correct it.</source>
        <translation>การประชุมครั้งที่ %1 ปิดแล้ว: ดูได้อย่างเดียว และรายงานการประชุมไม่เป็นร่างแล้ว หากต้องแก้ไขให้เปิดการประชุมอีกครั้ง</translation>
    </message>
    <message>
        <source>Reopen &amp;meeting</source>
        <translation>เปิดการประชุมอีกครั้ง (&amp;K)</translation>
    </message>
    <message>
        <source>Reopen the meeting to change what was recorded (its minutes become a draft again)</source>
        <translation>เปิดการประชุมอีกครั้งเพื่อแก้ไขสิ่งที่บันทึกไว้ (รายงานการประชุมจะกลับเป็นร่าง)</translation>
    </message>
    <message>
        <source>Meeting %1 is in progress: its minutes are a draft until it is closed.</source>
        <translation>การประชุมครั้งที่ %1 กำลังดำเนินอยู่: รายงานการประชุมเป็นร่างจนกว่าจะปิดการประชุม</translation>
    </message>
    <message>
        <source>C&amp;lose meeting</source>
        <translation>ปิดการประชุม (&amp;L)</translation>
    </message>
    <message>
        <source>Close the meeting when it is over: it becomes read-only and its minutes final</source>
        <translation>ปิดการประชุมเมื่อประชุมเสร็จ: การประชุมจะดูได้อย่างเดียว และรายงานการประชุมไม่เป็นร่างอีกต่อไป</translation>
    </message>
    <message>
        <source>Meeting %1 is planned.</source>
        <translation>การประชุมครั้งที่ %1 ยังไม่เริ่มประชุม</translation>
    </message>
    <message>
        <source>Begin &amp;meeting</source>
        <translation>เริ่มประชุม (&amp;K)</translation>
    </message>
    <message>
        <source>The meeting begins (in progress)</source>
        <translation>เริ่มการประชุม (สถานะเป็นกำลังประชุม)</translation>
    </message>
    <message>
        <source>Reopen meeting</source>
        <translation>เปิดการประชุมอีกครั้ง</translation>
    </message>
    <message>
        <source>Close meeting</source>
        <translation>ปิดการประชุม</translation>
    </message>
    <message>
        <source>Begin meeting</source>
        <translation>เริ่มประชุม</translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <source>A new meeting with the same body, place, officers, quorum and map, numbered for its year</source>
        <translation>การประชุมครั้งใหม่ของคณะเดิม ใช้สถานที่ ผู้ดำเนินการประชุม องค์ประชุม และแผนที่เดิม ลำดับครั้งตามปี พ.ศ.</translation>
    </message>
    <message>
        <source>Deletes the meeting and everything recorded in it, after asking (Edit ▸ Undo brings it back)</source>
        <translation>ลบการประชุมและทุกสิ่งที่บันทึกไว้ โดยถามก่อน (แก้ไข ▸ เลิกทำ เพื่อเรียกคืน)</translation>
    </message>
    <message>
        <source>Delete meeting %1 of %2?</source>
        <translation>ลบการประชุมครั้งที่ %1 เมื่อ %2 หรือไม่</translation>
    </message>
    <message>
        <source>Nothing has been recorded in it yet.</source>
        <translation>ยังไม่มีสิ่งใดบันทึกไว้ในการประชุมนี้</translation>
    </message>
    <message>
        <source>check-ins</source>
        <translation>การลงทะเบียน</translation>
    </message>
    <message>
        <source>issues</source>
        <translation>ประเด็นปัญหา</translation>
    </message>
    <message>
        <source>proposals</source>
        <translation>ข้อเสนอ</translation>
    </message>
    <message>
        <source>actions</source>
        <translation>กิจกรรมในแผนปฏิบัติการ</translation>
    </message>
    <message>
        <source>pledges</source>
        <translation>การสมทบทรัพยากร</translation>
    </message>
    <message>
        <source>Everything recorded in it is deleted with it (%1) and its agenda.</source>
        <translation>ทุกสิ่งที่บันทึกไว้จะถูกลบไปด้วย (%1) รวมทั้งระเบียบวาระ</translation>
    </message>
    <message>
        <source>Edit ▸ Undo brings it all back.</source>
        <translation>แก้ไข ▸ เลิกทำ จะเรียกคืนทั้งหมด</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>ลบ (&amp;D)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <source>Sign-in sheet</source>
        <translation>แบบลงทะเบียนผู้เข้าร่วมประชุม</translation>
    </message>
    <message>
        <source>A &amp;position column</source>
        <translation>มีช่องตำแหน่ง (&amp;P)</translation>
    </message>
    <message>
        <source>A p&amp;hone column</source>
        <translation>มีช่องโทรศัพท์ (&amp;H)</translation>
    </message>
    <message>
        <source>Phone numbers are personal data: the registered numbers are printed on the sheet only when this is ticked</source>
        <translation>หมายเลขโทรศัพท์เป็นข้อมูลส่วนบุคคล: จะพิมพ์หมายเลขที่ลงทะเบียนไว้ลงในแบบลงทะเบียนก็ต่อเมื่อเลือกช่องนี้เท่านั้น</translation>
    </message>
    <message>
        <source>The meeting is now no. %1/%2 (the next number of its body and year)</source>
        <translation>การประชุมนี้เป็นครั้งที่ %1/%2 แล้ว (ครั้งถัดไปของคณะและปี พ.ศ. นี้)</translation>
    </message>
</context>
</TS>
