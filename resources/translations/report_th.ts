<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th_TH">
<context>
    <name>ReportPage</name>
    <message>
        <location filename="../../ui/pages/report.py" line="97"/>
        <source>Minutes and reports</source>
        <translation>รายงานการประชุม</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report.py" line="112"/>
        <source>The assessment on the right is judged only from what was recorded in this meeting — who came from which sector, the roles, the decisions, the action plan — nothing is typed in as a score. A line that is not met shows what to record, and Go opens the page for it.</source>
        <translation>การประเมินด้านขวาพิจารณาจากสิ่งที่บันทึกไว้ในการประชุมนี้เท่านั้น — ผู้มาจากภาคส่วนใด บทบาท การตัดสินใจ และแผนปฏิบัติการ — ไม่มีการกรอกคะแนนเอง ข้อที่ยังไม่ผ่านจะบอกว่าควรบันทึกอะไร และปุ่ม ไปที่ จะเปิดหน้าที่ใช้บันทึก</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report.py" line="139"/>
        <source>Hand the village its documents</source>
        <translation>มอบเอกสารให้หมู่บ้าน</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report.py" line="143"/>
        <source>Thai</source>
        <translation>ภาษาไทย</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report.py" line="144"/>
        <source>English</source>
        <translation>ภาษาอังกฤษ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report.py" line="148"/>
        <source>Thai &amp;digits (๑๒๓)</source>
        <translation>ใช้เลขไทย ๑๒๓ (&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report.py" line="155"/>
        <source>&amp;Language:</source>
        <translation>ภาษา (&amp;L):</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report.py" line="159"/>
        <source>Export &amp;minutes as PDF… (Ctrl+E)</source>
        <translation>ส่งออกรายงานการประชุมเป็น PDF… (&amp;M) (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report.py" line="163"/>
        <source>Minutes as &amp;Word (DOCX)…</source>
        <translation>รายงานการประชุมเป็นไฟล์ Word… (&amp;W)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report.py" line="165"/>
        <source>An editable copy for the office to finish and sign</source>
        <translation>ฉบับแก้ไขได้ ให้หน่วยงานตรวจแก้และลงนาม</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report.py" line="171"/>
        <source>Add the governance assessment as an &amp;annex</source>
        <translation>แนบผลการประเมินการอภิบาลแบบร่วมมือเป็นภาคผนวก (&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report.py" line="174"/>
        <source>Add the actor &amp;network (picture and table) as an annex</source>
        <translation>แนบเครือข่ายผู้มีส่วนร่วม (ภาพและตาราง) เป็นภาคผนวก (&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report.py" line="184"/>
        <source>Add governance across meetings (figures with their &amp;trend) as an annex</source>
        <translation>แนบการอภิบาลต่อเนื่องหลายครั้ง (ตัวเลขพร้อมแนวโน้ม) เป็นภาคผนวก (&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report.py" line="181"/>
        <source>&amp;Sign-in sheet as PDF…</source>
        <translation>แบบลงทะเบียนเป็น PDF… (&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report.py" line="188"/>
        <source>Empty rows for people who were not registered</source>
        <translation>แถวว่างสำหรับผู้ที่ยังไม่ได้ลงทะเบียนไว้</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report.py" line="189"/>
        <source>&amp;Blank rows:</source>
        <translation>แถวว่าง (&amp;B):</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report.py" line="196"/>
        <source>&amp;Action plan and pledges as CSV (Excel)…</source>
        <translation>แผนปฏิบัติการและการสมทบทรัพยากรเป็น CSV (Excel)… (&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report.py" line="209"/>
        <source>Before you export: what the record says</source>
        <translation>ก่อนส่งออก: ตรวจสิ่งที่บันทึกไว้</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report.py" line="213"/>
        <source>Name them…</source>
        <translation>กำหนดผู้ทำหน้าที่…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report.py" line="213"/>
        <source>Set the times…</source>
        <translation>ใส่เวลา…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report.py" line="214"/>
        <location filename="../../ui/pages/report.py" line="215"/>
        <source>Open the agenda…</source>
        <translation>เปิดระเบียบวาระ…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report.py" line="216"/>
        <source>Open check-in…</source>
        <translation>เปิดหน้าลงทะเบียน…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report.py" line="217"/>
        <source>Open decisions…</source>
        <translation>เปิดหน้ามติ…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report.py" line="242"/>
        <source>Collaborative governance: what the record shows</source>
        <translation>การบริหารจัดการร่วม: สิ่งที่บันทึกไว้แสดงให้เห็น</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report.py" line="252"/>
        <source>The six conditions</source>
        <translation>เงื่อนไขหกประการ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report.py" line="253"/>
        <source>The four principles of good governance</source>
        <translation>หลักธรรมาภิบาลสี่ประการ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report.py" line="287"/>
        <source>Go</source>
        <translation>ไปที่</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report.py" line="289"/>
        <source>Open the page where this is recorded</source>
        <translation>เปิดหน้าที่ใช้บันทึกเรื่องนี้</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_wording.py" line="21"/>
        <source>Initiation</source>
        <translation>การริเริ่ม</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_wording.py" line="22"/>
        <source>A public body opens the space and invites others</source>
        <translation>หน่วยงานรัฐเปิดพื้นที่และเชิญภาคส่วนอื่น</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_wording.py" line="24"/>
        <source>Actors</source>
        <translation>ภาคีที่เข้าร่วม</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_wording.py" line="25"/>
        <source>State and non-state actors both take part</source>
        <translation>ทั้งภาครัฐและภาคส่วนที่ไม่ใช่รัฐเข้าร่วม</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_wording.py" line="27"/>
        <source>Roles</source>
        <translation>บทบาท</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_wording.py" line="28"/>
        <source>Non-state actors take part in deciding, not only in being consulted</source>
        <translation>ภาคส่วนที่ไม่ใช่รัฐร่วมตัดสินใจ ไม่ใช่เพียงให้ความเห็น</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_wording.py" line="31"/>
        <source>Structure</source>
        <translation>โครงสร้าง</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_wording.py" line="32"/>
        <source>A working arrangement the parties agreed on</source>
        <translation>มีรูปแบบการทำงานร่วมกันที่ทุกฝ่ายตกลงกัน</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_wording.py" line="34"/>
        <source>Decision</source>
        <translation>การตัดสินใจ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_wording.py" line="35"/>
        <source>By consensus where possible; an agreement all accept</source>
        <translation>ใช้ฉันทามติเท่าที่ทำได้ อย่างน้อยเป็นข้อตกลงที่ทุกฝ่ายยอมรับ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_wording.py" line="37"/>
        <source>Goal</source>
        <translation>เป้าหมาย</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_wording.py" line="38"/>
        <source>A public purpose, not one group&apos;s interest</source>
        <translation>เป็นประโยชน์สาธารณะ ไม่ใช่ประโยชน์ของกลุ่มใดกลุ่มหนึ่ง</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_wording.py" line="40"/>
        <source>Participation</source>
        <translation>การมีส่วนร่วม</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_wording.py" line="41"/>
        <source>Many sectors present, and people speak</source>
        <translation>หลายภาคส่วนมาร่วม และมีผู้แสดงความคิดเห็น</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_wording.py" line="43"/>
        <source>Transparency</source>
        <translation>ความโปร่งใส</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_wording.py" line="44"/>
        <source>Resolutions are recorded, by a named recorder</source>
        <translation>มีการบันทึกมติ โดยมีผู้จดรายงานการประชุม</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_wording.py" line="46"/>
        <source>Accountability</source>
        <translation>ความรับผิดชอบ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_wording.py" line="47"/>
        <source>Every action has a lead and a due date</source>
        <translation>ทุกกิจกรรมมีผู้รับผิดชอบและกำหนดเสร็จ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_wording.py" line="49"/>
        <source>Legitimacy</source>
        <translation>ความชอบธรรม</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_wording.py" line="50"/>
        <source>A public body initiated it, and the quorum was met</source>
        <translation>หน่วยงานรัฐเป็นผู้ริเริ่ม และครบองค์ประชุม</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_wording.py" line="56"/>
        <source>✓ Met</source>
        <translation>✓ ผ่าน</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_wording.py" line="57"/>
        <source>◐ Partly met</source>
        <translation>◐ ผ่านบางส่วน</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_wording.py" line="58"/>
        <source>✗ Not met</source>
        <translation>✗ ยังไม่ผ่าน</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_wording.py" line="75"/>
        <source>Present by sector: %1</source>
        <translation>ผู้มาประชุมตามภาคส่วน: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_wording.py" line="79"/>
        <source>Roles taken by non-state actors: %1</source>
        <translation>บทบาทของภาคส่วนที่ไม่ใช่รัฐ: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_wording.py" line="85"/>
        <source>Opened by %1 (%2)</source>
        <translation>ริเริ่มโดย %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_wording.py" line="88"/>
        <source>Working arrangement: %1</source>
        <translation>รูปแบบการทำงานร่วมกัน: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_wording.py" line="91"/>
        <source>The chair and the recorder are named</source>
        <translation>มีประธานและผู้จดรายงานการประชุมแล้ว</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_wording.py" line="96"/>
        <source>Not named: %1</source>
        <translation>ยังไม่ได้กำหนด: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_wording.py" line="99"/>
        <source>%1 of %2 decided proposals by consensus or consent</source>
        <translation>ข้อเสนอที่มีมติแล้ว %2 เรื่อง ใช้ฉันทามติหรือความยินยอม %1 เรื่อง</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_wording.py" line="103"/>
        <source>No proposal decided yet</source>
        <translation>ยังไม่มีข้อเสนอที่ลงมติ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_wording.py" line="105"/>
        <source>Common goal: %1</source>
        <translation>เป้าหมายร่วม: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_wording.py" line="107"/>
        <source>%1 people present</source>
        <translation>ผู้มาประชุม %1 คน</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_wording.py" line="109"/>
        <source>%1 people spoke</source>
        <translation>ผู้แสดงความคิดเห็น %1 คน</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_wording.py" line="111"/>
        <source>%1 resolutions recorded</source>
        <translation>บันทึกมติแล้ว %1 เรื่อง</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_wording.py" line="113"/>
        <source>A recorder is named</source>
        <translation>มีผู้จดรายงานการประชุม</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_wording.py" line="114"/>
        <source>No recorder named</source>
        <translation>ยังไม่มีผู้จดรายงานการประชุม</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_wording.py" line="117"/>
        <source>%1 actions: %2 with a lead, %3 with a due date</source>
        <translation>กิจกรรม %1 รายการ: มีผู้รับผิดชอบ %2 มีกำหนดเสร็จ %3</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_wording.py" line="121"/>
        <source>No action agreed yet</source>
        <translation>ยังไม่มีกิจกรรมที่ตกลงกัน</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_wording.py" line="124"/>
        <source>No quorum set; %1 members present</source>
        <translation>ไม่ได้กำหนดองค์ประชุม; กรรมการมาประชุม %1 คน</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_wording.py" line="127"/>
        <source>Quorum met: %1 members present, %2 needed</source>
        <translation>ครบองค์ประชุม: กรรมการมาประชุม %1 คน จากที่ต้องมี %2 คน</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_wording.py" line="131"/>
        <source>Quorum not met: %1 members present, %2 needed</source>
        <translation>ไม่ครบองค์ประชุม: กรรมการมาประชุม %1 คน ต้องมี %2 คน</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_wording.py" line="135"/>
        <source>Nothing recorded yet</source>
        <translation>ยังไม่มีข้อมูลที่บันทึกไว้</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_wording.py" line="143"/>
        <source>The chair, the recorder and the reviewer are named</source>
        <translation>มีประธาน ผู้จดรายงานการประชุม และผู้ตรวจรายงานการประชุมแล้ว</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_wording.py" line="146"/>
        <source>Not named yet: %1</source>
        <translation>ยังไม่ได้กำหนด: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_wording.py" line="150"/>
        <source>Start and end times are recorded</source>
        <translation>บันทึกเวลาเริ่มและเลิกประชุมแล้ว</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_wording.py" line="152"/>
        <source>The start and end times are missing</source>
        <translation>ยังไม่มีเวลาเริ่มและเวลาเลิกประชุม</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_wording.py" line="153"/>
        <source>The start time is missing</source>
        <translation>ยังไม่มีเวลาเริ่มประชุม</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_wording.py" line="154"/>
        <source>The end time is missing</source>
        <translation>ยังไม่มีเวลาเลิกประชุม</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_wording.py" line="157"/>
        <source>All %1 agenda items have a resolution</source>
        <translation>ระเบียบวาระทั้ง %1 เรื่องมีมติแล้ว</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_wording.py" line="160"/>
        <source>The agenda is empty</source>
        <translation>ยังไม่มีระเบียบวาระ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_wording.py" line="161"/>
        <source>No resolution yet (write “noted” if only noted): %1</source>
        <translation>ยังไม่มีมติ (ถ้าเพียงรับทราบ ให้เขียนว่า “รับทราบ”): %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_wording.py" line="165"/>
        <source>Item 3, follow-up matters, is on the agenda</source>
        <translation>มีระเบียบวาระที่ 3 เรื่องสืบเนื่อง</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_wording.py" line="166"/>
        <source>Item 3, follow-up matters, is missing from the agenda</source>
        <translation>ยังไม่มีระเบียบวาระที่ 3 เรื่องสืบเนื่อง</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_wording.py" line="169"/>
        <source>%1 people checked in present</source>
        <translation>ลงทะเบียนมาประชุมแล้ว %1 คน</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_wording.py" line="170"/>
        <source>No one is checked in yet</source>
        <translation>ยังไม่มีผู้ลงทะเบียนมาประชุม</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_wording.py" line="172"/>
        <source>No proposal is pending</source>
        <translation>ไม่มีข้อเสนอที่ค้างการลงมติ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_wording.py" line="173"/>
        <source>%1 proposals are still pending: %2</source>
        <translation>ข้อเสนอที่ยังไม่ได้ลงมติ %1 เรื่อง: %2</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report.py" line="330"/>
        <source>No meeting chosen</source>
        <translation>ยังไม่ได้เลือกการประชุม</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report.py" line="342"/>
        <source>Meeting %1/%2</source>
        <translation>ครั้งที่ %1/%2</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report.py" line="352"/>
        <source>Complete</source>
        <translation>ครบถ้วน</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report.py" line="352"/>
        <source>To check</source>
        <translation>ควรตรวจสอบ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report.py" line="357"/>
        <source>The record is complete: ready to export.</source>
        <translation>บันทึกครบถ้วน พร้อมส่งออก</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report.py" line="358"/>
        <source>%1 things to check. You can still export; the minutes show what was recorded.</source>
        <translation>มี %1 เรื่องที่ควรตรวจสอบ ยังส่งออกได้ รายงานจะแสดงตามที่บันทึกไว้</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report.py" line="401"/>
        <source>Export the minutes</source>
        <translation>ส่งออกรายงานการประชุม</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report.py" line="403"/>
        <location filename="../../ui/pages/report.py" line="449"/>
        <source>PDF files (*.pdf)</source>
        <translation>ไฟล์ PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report.py" line="411"/>
        <location filename="../../ui/pages/report.py" line="440"/>
        <source>The minutes were saved as:</source>
        <translation>บันทึกรายงานการประชุมไว้ที่:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report.py" line="428"/>
        <source>Export the minutes as Word</source>
        <translation>ส่งออกรายงานการประชุมเป็น Word</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report.py" line="430"/>
        <source>Word documents (*.docx)</source>
        <translation>เอกสาร Word (*.docx)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report.py" line="447"/>
        <source>Export the sign-in sheet</source>
        <translation>ส่งออกแบบลงทะเบียน</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report.py" line="458"/>
        <source>The sign-in sheet was saved as:</source>
        <translation>บันทึกแบบลงทะเบียนไว้ที่:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report.py" line="464"/>
        <source>Export the action plan</source>
        <translation>ส่งออกแผนปฏิบัติการ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report.py" line="467"/>
        <source>CSV files (*.csv)</source>
        <translation>ไฟล์ CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report.py" line="478"/>
        <source>The action plan and pledges were saved as:</source>
        <translation>บันทึกแผนปฏิบัติการและการสมทบทรัพยากรไว้ที่:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report.py" line="502"/>
        <source>Laying out the PDF…</source>
        <translation>กำลังจัดหน้า PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report.py" line="548"/>
        <source>Saved %1</source>
        <translation>บันทึก %1 แล้ว</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report.py" line="552"/>
        <source>Exported</source>
        <translation>ส่งออกแล้ว</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report.py" line="557"/>
        <source>&amp;Open it</source>
        <translation>เปิดไฟล์ (&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report.py" line="558"/>
        <source>&amp;Close</source>
        <translation>ปิด (&amp;C)</translation>
    </message>
</context>
</TS>
