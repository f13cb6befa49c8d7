<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th_TH">
    <context>
        <name>FollowupPage</name>
        <message>
            <location filename="../../ui/pages/followup.py" line="55" />
            <source>Actions followed</source>
            <translation>ติดตามกิจกรรม</translation>
        </message>
        <message>
            <location filename="../../ui/pages/followup.py" line="57" />
            <source>Problems that come back</source>
            <translation>ปัญหาที่กลับมาซ้ำ</translation>
        </message>
        <message>
            <location filename="../../ui/pages/followup.py" line="59" />
            <source>Governance across meetings</source>
            <translation>การอภิบาลตลอดชุดการประชุม</translation>
        </message>
        <message>
            <location filename="../../ui/pages/followup.py" line="70" />
            <source>Responsible</source>
            <translation>ผู้รับผิดชอบ</translation>
        </message>
        <message>
            <location filename="../../ui/pages/followup.py" line="71" />
            <source>Sector</source>
            <translation>ภาคส่วน</translation>
        </message>
        <message>
            <location filename="../../ui/pages/followup.py" line="83" />
            <source>By responsible organisation</source>
            <translation>ตามหน่วยงานผู้รับผิดชอบ</translation>
        </message>
        <message>
            <location filename="../../ui/pages/followup.py" line="84" />
            <source>By sector</source>
            <translation>ตามภาคส่วน</translation>
        </message>
        <message>
            <location filename="../../ui/pages/followup.py" line="91" />
            <source>Actions of the series</source>
            <translation>กิจกรรมทั้งหมดของชุดการประชุม</translation>
        </message>
        <message>
            <location filename="../../ui/pages/followup.py" line="97" />
            <location filename="../../ui/pages/followup.py" line="236" />
            <source>Select an action to see its history.</source>
            <translation>เลือกกิจกรรมเพื่อดูประวัติความคืบหน้า</translation>
        </message>
        <message>
            <location filename="../../ui/pages/followup.py" line="118" />
            <location filename="../../ui/pages/followup.py" line="273" />
            <source>Record a progress report</source>
            <translation>บันทึกรายงานความคืบหน้า</translation>
        </message>
        <message>
            <location filename="../../ui/pages/followup.py" line="128" />
            <source>What was reported (optional)</source>
            <translation>สิ่งที่รายงาน (ไม่บังคับ)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/followup.py" line="129" />
            <source>&amp;Record the report</source>
            <translation>บันทึกรายงาน (&amp;R)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/followup.py" line="131" />
            <source>Status:</source>
            <translation>สถานะ:</translation>
        </message>
        <message>
            <location filename="../../ui/pages/followup.py" line="132" />
            <source>Progress:</source>
            <translation>ความคืบหน้า:</translation>
        </message>
        <message>
            <location filename="../../ui/pages/followup.py" line="133" />
            <source>Date:</source>
            <translation>วันที่:</translation>
        </message>
        <message>
            <location filename="../../ui/pages/followup.py" line="134" />
            <source>Reported at:</source>
            <translation>รายงานในการประชุม:</translation>
        </message>
        <message>
            <location filename="../../ui/pages/followup.py" line="139" />
            <source>Note:</source>
            <translation>หมายเหตุ:</translation>
        </message>
        <message>
            <location filename="../../ui/pages/followup.py" line="166" />
            <source>(not at a meeting)</source>
            <translation>(ไม่ได้รายงานในที่ประชุม)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/followup.py" line="183" />
            <source>Open or create a meeting to follow its actions.</source>
            <translation>เปิดหรือสร้างการประชุมเพื่อติดตามกิจกรรม</translation>
        </message>
        <message>
            <location filename="../../ui/pages/followup.py" line="189" />
            <source>(no one responsible)</source>
            <translation>(ไม่มีผู้รับผิดชอบ)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/followup.py" line="211" />
            <source>%1 meetings in the series, %2 actions: %3 open (%4 late on %5), %6 done. Pledges: %7 baht received of %8 baht promised.</source>
            <translation>ชุดการประชุม %1 ครั้ง กิจกรรม %2 รายการ: ยังดำเนินการ %3 (เกินกำหนด %4 ณ วันที่ %5) เสร็จแล้ว %6 การสมทบ: ได้รับแล้ว %7 บาท จากที่ให้คำมั่น %8 บาท</translation>
        </message>
        <message>
            <location filename="../../ui/pages/followup.py" line="240" />
            <source>History of: %1</source>
            <translation>ประวัติของ: %1</translation>
        </message>
        <message>
            <location filename="../../ui/pages/followup.py" line="281" />
            <source>Nothing changed: the action already has this status and progress.</source>
            <translation>ไม่มีการเปลี่ยนแปลง: กิจกรรมมีสถานะและความคืบหน้านี้อยู่แล้ว</translation>
        </message>
        <message>
            <location filename="../../ui/pages/followup.py" line="286" />
            <source>Progress report recorded for %1</source>
            <translation>บันทึกรายงานความคืบหน้าของ %1 แล้ว</translation>
        </message>
        <message>
            <location filename="../../ui/pages/__init__.py" line="97" />
            <source>Follow-up</source>
            <translation>ติดตามผล</translation>
        </message>
        <message>
            <source>A long series: only its last %1 meetings up to this one are counted here.</source>
            <translation>ชุดการประชุมนี้ยาว จึงนับเฉพาะ %1 ครั้งล่าสุดจนถึงครั้งนี้</translation>
        </message>
    </context>
    <context>
        <name>HistoryModel</name>
        <message>
            <location filename="../../ui/models/followup.py" line="127" />
            <source>Date</source>
            <translation>วันที่</translation>
        </message>
        <message>
            <location filename="../../ui/models/followup.py" line="127" />
            <source>Reported at</source>
            <translation>รายงานที่</translation>
        </message>
        <message>
            <location filename="../../ui/models/followup.py" line="127" />
            <source>Status</source>
            <translation>สถานะ</translation>
        </message>
        <message>
            <location filename="../../ui/models/followup.py" line="128" />
            <source>Progress</source>
            <translation>คืบหน้า</translation>
        </message>
        <message>
            <location filename="../../ui/models/followup.py" line="128" />
            <source>Note</source>
            <translation>หมายเหตุ</translation>
        </message>
        <message>
            <location filename="../../ui/models/followup.py" line="139" />
            <source>Planned: %1</source>
            <translation>วางแผนใน: %1</translation>
        </message>
    </context>
    <context>
        <name>OccurrencesModel</name>
        <message>
            <location filename="../../ui/models/followup.py" line="190" />
            <source>Date</source>
            <translation>วันที่</translation>
        </message>
        <message>
            <location filename="../../ui/models/followup.py" line="190" />
            <source>Meeting</source>
            <translation>การประชุม</translation>
        </message>
        <message>
            <location filename="../../ui/models/followup.py" line="190" />
            <source>Raised as</source>
            <translation>ชื่อปัญหาที่เสนอ</translation>
        </message>
        <message>
            <location filename="../../ui/models/followup.py" line="191" />
            <source>Actions and their status</source>
            <translation>กิจกรรมและสถานะ</translation>
        </message>
    </context>
    <context>
        <name>ProblemsModel</name>
        <message>
            <location filename="../../ui/models/followup.py" line="162" />
            <source>Problem</source>
            <translation>ปัญหา</translation>
        </message>
        <message>
            <location filename="../../ui/models/followup.py" line="162" />
            <source>Times raised</source>
            <translation>จำนวนครั้งที่เสนอ</translation>
        </message>
        <message>
            <location filename="../../ui/models/followup.py" line="162" />
            <source>Meetings</source>
            <translation>การประชุม</translation>
        </message>
        <message>
            <location filename="../../ui/models/followup.py" line="163" />
            <source>Actions taken</source>
            <translation>กิจกรรมที่ทำ</translation>
        </message>
        <message>
            <location filename="../../ui/models/followup.py" line="177" />
            <source>%1 (%2 done)</source>
            <translation>%1 (เสร็จ %2)</translation>
        </message>
    </context>
    <context>
        <name>RecurringTab</name>
        <message>
            <location filename="../../ui/followup_tabs.py" line="65" />
            <location filename="../../ui/followup_tabs.py" line="146" />
            <source>Not the same problem</source>
            <translation>ไม่ใช่ปัญหาเดียวกัน</translation>
        </message>
        <message>
            <location filename="../../ui/followup_tabs.py" line="66" />
            <source>Undo the link of the selected meeting's issue to the one before it</source>
            <translation>ยกเลิกการเชื่อมปัญหาของการประชุมที่เลือกกับปัญหาครั้งก่อน</translation>
        </message>
        <message>
            <location filename="../../ui/followup_tabs.py" line="68" />
            <location filename="../../ui/followup_tabs.py" line="136" />
            <source>Link as the same problem</source>
            <translation>เชื่อมเป็นปัญหาเดียวกัน</translation>
        </message>
        <message>
            <location filename="../../ui/followup_tabs.py" line="69" />
            <source>Record that the later issue is the earlier problem come back (one undo step)</source>
            <translation>บันทึกว่าปัญหาครั้งหลังคือปัญหาเดิมที่กลับมาอีก (ย้อนกลับได้ในขั้นเดียว)</translation>
        </message>
        <message>
            <location filename="../../ui/followup_tabs.py" line="77" />
            <source>Problems raised at more than one meeting</source>
            <translation>ปัญหาที่เสนอในการประชุมมากกว่าหนึ่งครั้ง</translation>
        </message>
        <message>
            <location filename="../../ui/followup_tabs.py" line="79" />
            <source>Its history</source>
            <translation>ประวัติของปัญหา</translation>
        </message>
        <message>
            <location filename="../../ui/followup_tabs.py" line="88" />
            <source>Maybe the same problem (close titles, same category)</source>
            <translation>อาจเป็นปัญหาเดียวกัน (ชื่อใกล้เคียง หมวดเดียวกัน)</translation>
        </message>
        <message>
            <location filename="../../ui/followup_tabs.py" line="118" />
            <source>No problem is linked across meetings yet: link a suggestion below, or carry an issue when it is raised again.</source>
            <translation>ยังไม่มีปัญหาที่เชื่อมข้ามการประชุม: เชื่อมจากรายการที่แนะนำด้านล่าง หรือระบุปัญหาเดิมเมื่อมีการเสนอซ้ำ</translation>
        </message>
    </context>
    <context>
        <name>SeriesActionsModel</name>
        <message>
            <location filename="../../ui/models/followup.py" line="88" />
            <source>Action</source>
            <translation>กิจกรรม</translation>
        </message>
        <message>
            <location filename="../../ui/models/followup.py" line="88" />
            <source>Agreed at</source>
            <translation>ตกลงเมื่อ</translation>
        </message>
        <message>
            <location filename="../../ui/models/followup.py" line="88" />
            <source>Responsible</source>
            <translation>ผู้รับผิดชอบ</translation>
        </message>
        <message>
            <location filename="../../ui/models/followup.py" line="89" />
            <source>Status</source>
            <translation>สถานะ</translation>
        </message>
        <message>
            <location filename="../../ui/models/followup.py" line="89" />
            <source>Progress</source>
            <translation>คืบหน้า</translation>
        </message>
        <message>
            <location filename="../../ui/models/followup.py" line="89" />
            <source>Due</source>
            <translation>กำหนด</translation>
        </message>
        <message>
            <location filename="../../ui/models/followup.py" line="89" />
            <source>Late (days)</source>
            <translation>เลย (วัน)</translation>
        </message>
    </context>
    <context>
        <name>SuggestionsModel</name>
        <message>
            <location filename="../../ui/models/followup.py" line="215" />
            <source>Earlier issue</source>
            <translation>ปัญหาครั้งก่อน</translation>
        </message>
        <message>
            <location filename="../../ui/models/followup.py" line="215" />
            <location filename="../../ui/models/followup.py" line="216" />
            <source>Raised at</source>
            <translation>เสนอเมื่อ</translation>
        </message>
        <message>
            <location filename="../../ui/models/followup.py" line="215" />
            <source>Later issue</source>
            <translation>ปัญหาครั้งหลัง</translation>
        </message>
        <message>
            <location filename="../../ui/models/followup.py" line="216" />
            <source>Similar</source>
            <translation>ความใกล้เคียง</translation>
        </message>
    </context>
    <context>
        <name>TallyModel</name>
        <message>
            <location filename="../../ui/models/followup.py" line="47" />
            <source>Open</source>
            <translation>ค้างอยู่</translation>
        </message>
        <message>
            <location filename="../../ui/models/followup.py" line="47" />
            <source>Late</source>
            <translation>เลยกำหนด</translation>
        </message>
        <message>
            <location filename="../../ui/models/followup.py" line="47" />
            <source>Done</source>
            <translation>เสร็จ</translation>
        </message>
        <message>
            <location filename="../../ui/models/followup.py" line="48" />
            <source>Promised (baht)</source>
            <translation>คำมั่น (บาท)</translation>
        </message>
        <message>
            <location filename="../../ui/models/followup.py" line="48" />
            <source>Received (baht)</source>
            <translation>ได้รับ (บาท)</translation>
        </message>
    </context>
    <context>
        <name>TrendModel</name>
        <message>
            <location filename="../../ui/models/followup.py" line="265" />
            <source>What the record shows</source>
            <translation>สิ่งที่บันทึกแสดง</translation>
        </message>
        <message>
            <location filename="../../ui/models/followup.py" line="266" />
            <source>Trend</source>
            <translation>แนวโน้ม</translation>
        </message>
        <message>
            <location filename="../../ui/models/followup.py" line="284" />
            <source>met</source>
            <translation>ครบ</translation>
        </message>
        <message>
            <location filename="../../ui/models/followup.py" line="284" />
            <source>not met</source>
            <translation>ไม่ครบ</translation>
        </message>
        <message>
            <location filename="../../ui/models/followup.py" line="301" />
            <source>up</source>
            <translation>เพิ่มขึ้น</translation>
        </message>
        <message>
            <location filename="../../ui/models/followup.py" line="301" />
            <source>down</source>
            <translation>ลดลง</translation>
        </message>
        <message>
            <location filename="../../ui/models/followup.py" line="302" />
            <source>same</source>
            <translation>คงเดิม</translation>
        </message>
    </context>
    <context>
        <name>TrendTab</name>
        <message>
            <location filename="../../ui/followup_tabs.py" line="162" />
            <source>Each figure comes from the record of its meeting: hold the pointer over it to see which records. ↑ ↓ → compare it with the meeting before.</source>
            <translation>ตัวเลขแต่ละช่องมาจากบันทึกของการประชุมนั้น วางเมาส์บนช่องเพื่อดูว่ามาจากบันทึกใด ↑ ↓ → เทียบกับการประชุมครั้งก่อน</translation>
        </message>
        <message>
            <location filename="../../ui/followup_tabs.py" line="172" />
            <source>Present: %1</source>
            <translation>ผู้มาประชุม: %1</translation>
        </message>
        <message>
            <location filename="../../ui/followup_tabs.py" line="173" />
            <source>Non-state share of those who decide</source>
            <translation>สัดส่วนภาคที่ไม่ใช่รัฐในผู้ร่วมตัดสินใจ</translation>
        </message>
        <message>
            <location filename="../../ui/followup_tabs.py" line="174" />
            <source>Actions with a lead and a due date</source>
            <translation>กิจกรรมที่มีผู้รับผิดชอบและกำหนดเสร็จ</translation>
        </message>
        <message>
            <location filename="../../ui/followup_tabs.py" line="175" />
            <source>Actions with a due date done on time</source>
            <translation>กิจกรรมที่เสร็จทันกำหนด</translation>
        </message>
        <message>
            <location filename="../../ui/followup_tabs.py" line="176" />
            <source>Quorum met</source>
            <translation>ครบองค์ประชุม</translation>
        </message>
        <message>
            <location filename="../../ui/followup_tabs.py" line="190" />
            <source>From the assessment of this meeting's record (the page Minutes and reports shows its evidence).</source>
            <translation>จากการประเมินบันทึกของการประชุมครั้งนี้ (ดูหลักฐานได้ที่หน้ารายงานการประชุม)</translation>
        </message>
        <message>
            <location filename="../../ui/followup_tabs.py" line="195" />
            <source>From the sign-in: people marked present from this sector (%1 records).</source>
            <translation>จากการลงทะเบียน: ผู้มาประชุมจากภาคส่วนนี้ (%1 รายการ)</translation>
        </message>
        <message>
            <location filename="../../ui/followup_tabs.py" line="198" />
            <source>From the roles: the actors holding the deciding role at this meeting, %2 of them; %1 are not state.</source>
            <translation>จากบทบาท: ผู้มีบทบาทร่วมตัดสินใจในการประชุมครั้งนี้ %2 ราย เป็นภาคที่ไม่ใช่รัฐ %1 ราย</translation>
        </message>
        <message>
            <location filename="../../ui/followup_tabs.py" line="202" />
            <source>From the action plan: %1 of the meeting's %2 actions have a lead and a due date.</source>
            <translation>จากแผนปฏิบัติการ: กิจกรรม %1 จาก %2 รายการของการประชุมนี้มีผู้รับผิดชอบและกำหนดเสร็จ</translation>
        </message>
        <message>
            <location filename="../../ui/followup_tabs.py" line="205" />
            <source>From the action plan and its progress reports: %1 of the %2 actions with a due date were reported done by then.</source>
            <translation>จากแผนปฏิบัติการและรายงานความคืบหน้า: กิจกรรม %1 จาก %2 รายการที่มีกำหนดเสร็จ รายงานว่าเสร็จทันกำหนด</translation>
        </message>
        <message>
            <location filename="../../ui/followup_tabs.py" line="209" />
            <source>No quorum set for this meeting (%1 members present).</source>
            <translation>ไม่ได้กำหนดองค์ประชุม (สมาชิกมาประชุม %1 คน)</translation>
        </message>
        <message>
            <location filename="../../ui/followup_tabs.py" line="212" />
            <source>From the sign-in and the meeting's quorum: %1 members present, %2 needed.</source>
            <translation>จากการลงทะเบียนและองค์ประชุม: สมาชิกมาประชุม %1 คน ต้องการ %2 คน</translation>
        </message>
        <message>
            <location filename="../../ui/followup_tabs.py" line="222" />
            <source>… and %1 more</source>
            <translation>… และอีก %1 รายการ</translation>
        </message>
    </context>
</TS>
