<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="th_TH">
<context>
    <name>AgendaModel</name>
    <message>
        <location filename="../../ui/pages/agenda.py" line="59" />
        <source>Announcements</source>
        <translation>แจ้งเพื่อทราบ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agenda.py" line="60" />
        <source>Approve minutes</source>
        <translation>รับรองรายงาน</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agenda.py" line="61" />
        <source>Follow-up</source>
        <translation>เรื่องสืบเนื่อง</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agenda.py" line="62" />
        <source>For decision</source>
        <translation>เพื่อพิจารณา</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agenda.py" line="63" />
        <source>Other matters</source>
        <translation>เรื่องอื่น ๆ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agenda.py" line="78" />
        <source>No.</source>
        <translation>ที่</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agenda.py" line="78" />
        <source>Item</source>
        <translation>ระเบียบวาระ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agenda.py" line="78" />
        <source>Kind</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agenda.py" line="78" />
        <source>Time box</source>
        <translation>เวลาที่กำหนด</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agenda.py" line="79" />
        <source>Time used</source>
        <translation>เวลาที่ใช้</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agenda.py" line="94" />
        <source>%1 min</source>
        <translation>%1 นาที</translation>
    </message>
    <message>
        <source>Carried over</source>
        <translation>เรื่องที่ติดตาม</translation>
    </message>
</context>
<context>
    <name>AgendaPage</name>
    <message>
        <location filename="../../ui/pages/agenda.py" line="315" />
        <source>%1 min</source>
        <translation>%1 นาที</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agenda.py" line="176" />
        <source>Meeting clock</source>
        <translation>นาฬิกาการประชุม</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agenda.py" line="187" />
        <source>▶ &amp;Start item</source>
        <translation>▶ เริ่มวาระ (&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agenda.py" line="188" />
        <source>■ S&amp;top</source>
        <translation>■ หยุด (&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agenda.py" line="217" />
        <source>This meeting has no agenda yet.</source>
        <translation>การประชุมนี้ยังไม่มีระเบียบวาระ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agenda.py" line="220" />
        <source>&amp;Add item</source>
        <translation>เพิ่มวาระ (&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agenda.py" line="221" />
        <source>&amp;Delete item</source>
        <translation>ลบวาระ (&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agenda.py" line="222" />
        <source>Move &amp;up</source>
        <translation>เลื่อนขึ้น (&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agenda.py" line="223" />
        <source>Ctrl+Up</source>
        <translation>Ctrl+Up</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agenda.py" line="224" />
        <source>Move do&amp;wn</source>
        <translation>เลื่อนลง (&amp;W)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agenda.py" line="225" />
        <source>Ctrl+Down</source>
        <translation>Ctrl+Down</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agenda.py" line="230" />
        <source>Use the &amp;customary five items</source>
        <translation>ใช้ระเบียบวาระ 5 วาระตามธรรมเนียม (&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agenda.py" line="232" />
        <source>Announcements, approval of the previous minutes, follow-up, matters for decision, other matters</source>
        <translation>เรื่องที่ประธานแจ้งให้ที่ประชุมทราบ, รับรองรายงานการประชุมครั้งที่ผ่านมา, เรื่องสืบเนื่อง, เรื่องเสนอเพื่อพิจารณา, เรื่องอื่น ๆ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agenda.py" line="237" />
        <source>Agenda item</source>
        <translation>ระเบียบวาระ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agenda.py" line="240" />
        <source>what the item is about</source>
        <translation>วาระนี้ว่าด้วยเรื่องอะไร</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agenda.py" line="241" />
        <source>T&amp;itle:</source>
        <translation>ชื่อวาระ (&amp;I):</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agenda.py" line="245" />
        <source>&amp;Kind:</source>
        <translation>ประเภท (&amp;K):</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agenda.py" line="248" />
        <source> min</source>
        <translation> นาที</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agenda.py" line="249" />
        <source>no time box</source>
        <translation>ไม่กำหนดเวลา</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agenda.py" line="251" />
        <source>Time &amp;box:</source>
        <translation>เวลาที่กำหนด (&amp;B):</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agenda.py" line="253" />
        <source>what was said (the discussion summary)</source>
        <translation>สรุปการอภิปรายในที่ประชุม</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agenda.py" line="254" />
        <source>Dis&amp;cussion:</source>
        <translation>การอภิปราย (&amp;C):</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agenda.py" line="256" />
        <source>the meeting's resolution</source>
        <translation>มติที่ประชุม</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agenda.py" line="257" />
        <source>&amp;Resolution:</source>
        <translation>มติที่ประชุม (&amp;R):</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agenda.py" line="265" />
        <source>Move item up</source>
        <translation>เลื่อนวาระขึ้น</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agenda.py" line="268" />
        <source>Move item down</source>
        <translation>เลื่อนวาระลง</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agenda.py" line="287" />
        <source>Agenda</source>
        <translation>ระเบียบวาระ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agenda.py" line="380" />
        <source>No item</source>
        <translation>ไม่มีวาระ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agenda.py" line="384" />
        <source>Running:</source>
        <translation>กำลังดำเนินการ:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agenda.py" line="384" />
        <source>Selected:</source>
        <translation>ที่เลือก:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agenda.py" line="397" />
        <source>Planned: %1 min</source>
        <translation>กำหนดไว้ %1 นาที</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agenda.py" line="400" />
        <source>%1 behind schedule</source>
        <translation>ช้ากว่ากำหนด %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agenda.py" line="404" />
        <source>%1 ahead of schedule</source>
        <translation>เร็วกว่ากำหนด %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agenda.py" line="408" />
        <source>On schedule</source>
        <translation>ตรงตามกำหนด</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agenda.py" line="424" />
        <source>Edit item title</source>
        <translation>แก้ชื่อวาระ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agenda.py" line="424" />
        <source>Change item kind</source>
        <translation>เปลี่ยนประเภทวาระ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agenda.py" line="425" />
        <source>Change time box</source>
        <translation>เปลี่ยนเวลาที่กำหนด</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agenda.py" line="426" />
        <source>Edit discussion</source>
        <translation>แก้สรุปการอภิปราย</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agenda.py" line="427" />
        <source>Edit resolution</source>
        <translation>แก้มติที่ประชุม</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agenda.py" line="438" />
        <source>New item</source>
        <translation>วาระใหม่</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agenda.py" line="440" />
        <source>Add agenda item</source>
        <translation>เพิ่มวาระ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agenda.py" line="450" />
        <source>Delete agenda item</source>
        <translation>ลบวาระ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agenda.py" line="463" />
        <source>Customary agenda</source>
        <translation>ระเบียบวาระตามธรรมเนียม</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agenda.py" line="477" />
        <source>Move agenda item</source>
        <translation>ย้ายวาระ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agenda.py" line="491" />
        <source>Start item clock</source>
        <translation>เริ่มจับเวลาวาระ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agenda.py" line="499" />
        <source>Stop item clock</source>
        <translation>หยุดจับเวลาวาระ</translation>
    </message>
    <message>
        <source>An agenda item needs a title; the previous title is kept.</source>
        <translation>ระเบียบวาระต้องมีชื่อ จึงยังใช้ชื่อเดิมไว้</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/mainwindow.py" line="105" />
        <source>&amp;New workshop file…</source>
        <translation>สร้างแฟ้มเวทีใหม่… (&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="106" />
        <source>&amp;Open…</source>
        <translation>เปิด… (&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="107" />
        <source>Save a &amp;copy as…</source>
        <translation>บันทึกสำเนาเป็น… (&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="109" />
        <source>&amp;Export minutes as PDF…</source>
        <translation>ส่งออกรายงานการประชุมเป็น PDF… (&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="112" />
        <source>Print &amp;sign-in sheet…</source>
        <translation>พิมพ์แบบลงทะเบียน… (&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="109" />
        <source>&amp;Preferences…</source>
        <translation>ตั้งค่า… (&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="111" />
        <source>&amp;Quit</source>
        <translation>ออก (&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="112" />
        <source>&amp;About Prachakhom</source>
        <translation>เกี่ยวกับประชาคม (&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="113" />
        <source>Undo</source>
        <translation>เลิกทำ</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="115" />
        <source>Redo</source>
        <translation>ทำซ้ำ</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="123" />
        <source>&amp;File</source>
        <translation>แฟ้ม (&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="126" />
        <source>Open &amp;recent</source>
        <translation>เปิดแฟ้มล่าสุด (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="134" />
        <source>&amp;Edit</source>
        <translation>แก้ไข (&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="137" />
        <source>&amp;Go</source>
        <translation>ไปที่ (&amp;G)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="138" />
        <source>&amp;Help</source>
        <translation>ช่วยเหลือ (&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="150" />
        <source>(none)</source>
        <translation>(ไม่มี)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="254" />
        <source>Saved %1</source>
        <translation>บันทึกแล้ว %1</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="267" />
        <source>No meeting chosen</source>
        <translation>ยังไม่ได้เลือกการประชุม</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="269" />
        <source>Meeting %1/%2</source>
        <translation>ครั้งที่ %1/%2</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="274" />
        <source>Prachakhom</source>
        <translation>ประชาคม</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="276" />
        <source>%1 — Prachakhom</source>
        <translation>%1 — ประชาคม</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="278" />
        <source>[read-only]</source>
        <translation>[เปิดดูอย่างเดียว]</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="314" />
        <source>Open a workshop file</source>
        <translation>เปิดแฟ้มเวที</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="315" />
        <source>Workshop files (*%1);;All files (*)</source>
        <translation>แฟ้มเวที (*%1);;ทุกแฟ้ม (*)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="321" />
        <source>Workshop files (*%1)</source>
        <translation>แฟ้มเวที (*%1)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="337" />
        <source>New workshop file</source>
        <translation>แฟ้มเวทีใหม่</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="337" />
        <source>forum</source>
        <translation>เวที</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="342" />
        <source>That file is the one already open.</source>
        <translation>แฟ้มนี้เปิดอยู่แล้ว</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="359" />
        <source>Save a copy as</source>
        <translation>บันทึกสำเนาเป็น</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="363" />
        <source>Choose another name: that is the open file.</source>
        <translation>กรุณาเลือกชื่ออื่น ชื่อนี้คือแฟ้มที่เปิดอยู่</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="371" />
        <source>A copy was saved as %1</source>
        <translation>บันทึกสำเนาไว้ที่ %1 แล้ว</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="378" />
        <source>About Prachakhom</source>
        <translation>เกี่ยวกับประชาคม</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="381" />
        <source>Prachakhom (ประชาคม) %1

Facilitate a village community forum offline: who came, the agenda, the issues, the decisions and who does what — and the minutes.

Every change is saved in the file at once; File ▸ Save a copy as… makes a copy for a USB stick.

Keys: Ctrl+1…Ctrl+9 the first nine pages, Alt+1, Alt+2 … the rest, Ctrl+PgDown / Ctrl+PgUp the next / previous page; Ctrl++ / Ctrl+- larger / smaller text, Ctrl+0 normal; Ctrl+Z undo, Ctrl+Shift+Z redo; F5 the projector.</source>
        <translation>ประชาคม %1

ช่วยผู้อำนวยความสะดวกจัดเวทีประชาคมหมู่บ้านโดยไม่ต้องใช้อินเทอร์เน็ต: ผู้มาประชุม ระเบียบวาระ ปัญหา มติ และใครทำอะไร — พร้อมรายงานการประชุม

ทุกการแก้ไขบันทึกลงแฟ้มทันที แฟ้ม ▸ บันทึกสำเนาเป็น… ใช้ทำสำเนาลงแฟลชไดรฟ์

ปุ่มลัด: Ctrl+1…Ctrl+9 เก้าหน้าแรก, Alt+1, Alt+2 … หน้าที่เหลือ, Ctrl+PgDown / Ctrl+PgUp หน้าถัดไป / หน้าก่อน; Ctrl++ / Ctrl+- ตัวอักษรใหญ่ขึ้น / เล็กลง, Ctrl+0 ขนาดปกติ; Ctrl+Z เลิกทำ, Ctrl+Shift+Z ทำซ้ำ; F5 จอโปรเจกเตอร์</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>ตัวอักษรใหญ่ขึ้น (&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation>ตัวอักษรเล็กลง (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Normal text size</source>
        <translation>ขนาดตัวอักษรปกติ (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Next page</source>
        <translation>หน้าถัดไป (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous page</source>
        <translation>หน้าก่อนหน้า (&amp;P)</translation>
    </message>
    <message>
        <source>Text size %1 %</source>
        <translation>ขนาดตัวอักษร %1 %</translation>
    </message>
</context>
<context>
    <name>MeetingsModel</name>
    <message>
        <location filename="../../ui/pages/meetings.py" line="49" />
        <source>No./B.E. year</source>
        <translation>ครั้งที่/พ.ศ.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/meetings.py" line="49" />
        <source>Date</source>
        <translation>วันที่</translation>
    </message>
    <message>
        <location filename="../../ui/pages/meetings.py" line="49" />
        <source>Title</source>
        <translation>ชื่อการประชุม</translation>
    </message>
    <message>
        <location filename="../../ui/pages/meetings.py" line="49" />
        <source>Village</source>
        <translation>หมู่บ้าน</translation>
    </message>
    <message>
        <location filename="../../ui/pages/meetings.py" line="50" />
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/meetings.py" line="67" />
        <source>Village no. %1</source>
        <translation>หมู่ที่ %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/meetings.py" line="84" />
        <source>Planned</source>
        <translation>วางแผนไว้</translation>
    </message>
    <message>
        <location filename="../../ui/pages/meetings.py" line="85" />
        <source>In progress</source>
        <translation>กำลังประชุม</translation>
    </message>
    <message>
        <location filename="../../ui/pages/meetings.py" line="86" />
        <source>Closed</source>
        <translation>ปิดการประชุมแล้ว</translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <location filename="../../ui/pages/meetings.py" line="104" />
        <source>Meetings in this file</source>
        <translation>การประชุมในแฟ้มนี้</translation>
    </message>
    <message>
        <location filename="../../ui/pages/meetings.py" line="107" />
        <source>Choose the meeting to work on. Each forum of a series follows on from the one before: its unfinished actions come back as follow-up items.</source>
        <translation>เลือกการประชุมที่จะทำงาน เวทีแต่ละครั้งต่อเนื่องจากครั้งก่อน งานที่ยังไม่เสร็จจะกลับมาเป็นเรื่องสืบเนื่อง</translation>
    </message>
    <message>
        <location filename="../../ui/pages/meetings.py" line="127" />
        <source>&amp;Open meeting</source>
        <translation>ไปที่รายละเอียดการประชุม (&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/meetings.py" line="128" />
        <source>&amp;New meeting</source>
        <translation>การประชุมใหม่ (&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/meetings.py" line="129" />
        <source>Next meeting in this &amp;series</source>
        <translation>การประชุมครั้งถัดไป (&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/meetings.py" line="130" />
        <source>A new meeting with the same body, place and people, numbered for its year</source>
        <translation>การประชุมใหม่ของคณะเดิม สถานที่และบุคคลเดิม ลำดับครั้งตามปี พ.ศ.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/meetings.py" line="132" />
        <source>&amp;Delete meeting</source>
        <translation>ลบการประชุม (&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/meetings.py" line="133" />
        <source>Deletes the meeting and everything recorded in it (Edit ▸ Undo brings it back)</source>
        <translation>ลบการประชุมและทุกสิ่งที่บันทึกไว้ (แก้ไข ▸ เลิกทำ เพื่อเรียกคืน)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/meetings.py" line="156" />
        <source>Meetings</source>
        <translation>การประชุม</translation>
    </message>
    <message>
        <location filename="../../ui/pages/meetings.py" line="202" />
        <source>Community forum</source>
        <translation>เวทีประชาคม</translation>
    </message>
    <message>
        <location filename="../../ui/pages/meetings.py" line="204" />
        <source>New meeting</source>
        <translation>การประชุมใหม่</translation>
    </message>
    <message>
        <location filename="../../ui/pages/meetings.py" line="214" />
        <source>Next meeting</source>
        <translation>การประชุมครั้งถัดไป</translation>
    </message>
    <message>
        <location filename="../../ui/pages/meetings.py" line="217" />
        <source>Meeting %1/%2 created</source>
        <translation>สร้างการประชุมครั้งที่ %1/%2 แล้ว</translation>
    </message>
    <message>
        <location filename="../../ui/pages/meetings.py" line="224" />
        <source>Delete meeting</source>
        <translation>ลบการประชุม</translation>
    </message>
    <message>
        <location filename="../../ui/pages/meetings.py" line="225" />
        <source>Meeting deleted. Ctrl+Z brings it back.</source>
        <translation>ลบการประชุมแล้ว กด Ctrl+Z เพื่อเรียกคืน</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../ui/dialogs.py" line="155" />
        <source>Preferences</source>
        <translation>ตั้งค่า</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="159" />
        <source>Same as the computer</source>
        <translation>ตามเครื่องคอมพิวเตอร์</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="164" />
        <source>&amp;Language:</source>
        <translation>ภาษา (&amp;L):</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="167" />
        <source>Default</source>
        <translation>ค่าปกติ</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="169" />
        <source>&amp;Text size:</source>
        <translation>ขนาดตัวอักษร (&amp;T):</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="170" />
        <source>Show Thai digits in dates</source>
        <translation>แสดงวันที่เป็นเลขไทย</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="174" />
        <source>The language and text size change at once (Ctrl++ and Ctrl+- change the text size too).</source>
        <translation>ภาษาและขนาดตัวอักษรเปลี่ยนทันที (กด Ctrl++ และ Ctrl+- เพื่อเปลี่ยนขนาดตัวอักษรได้เช่นกัน)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="180" />
        <source>OK</source>
        <translation>ตกลง</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="181" />
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../ui/dialogs.py" line="79" />
        <source>Unexpected error</source>
        <translation>เกิดข้อผิดพลาดที่ไม่คาดคิด</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="83" />
        <source>Something went wrong inside Prachakhom. Your work is saved: every change is written to the file as you make it.

Please copy the report below and send it to whoever looks after Prachakhom for you.</source>
        <translation>เกิดข้อผิดพลาดภายในโปรแกรมประชาคม งานของคุณบันทึกไว้แล้ว เพราะทุกการแก้ไขถูกบันทึกลงแฟ้มทันที

กรุณาคัดลอกรายงานด้านล่าง แล้วส่งให้ผู้ดูแลโปรแกรมประชาคมของคุณ</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="94" />
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="95" />
        <source>Copy report</source>
        <translation>คัดลอกรายงาน</translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <location filename="../../ui/pages/setup.py" line="42" />
        <source>Choose or create a meeting on the Meetings page.</source>
        <translation>เลือกหรือสร้างการประชุมที่หน้าการประชุม</translation>
    </message>
    <message>
        <location filename="../../ui/pages/setup.py" line="54" />
        <source>The meeting</source>
        <translation>การประชุม</translation>
    </message>
    <message>
        <location filename="../../ui/pages/setup.py" line="56" />
        <source>&amp;Title:</source>
        <translation>ชื่อการประชุม (&amp;T):</translation>
    </message>
    <message>
        <location filename="../../ui/pages/setup.py" line="57" />
        <source>e.g. Village forum for the community plan</source>
        <translation>เช่น เวทีประชาคมหมู่บ้านเพื่อจัดทำแผนชุมชน</translation>
    </message>
    <message>
        <location filename="../../ui/pages/setup.py" line="58" />
        <source>&amp;Body:</source>
        <translation>คณะ (&amp;B):</translation>
    </message>
    <message>
        <location filename="../../ui/pages/setup.py" line="59" />
        <source>whose minutes these are</source>
        <translation>รายงานการประชุมของคณะใด</translation>
    </message>
    <message>
        <location filename="../../ui/pages/setup.py" line="64" />
        <source>/ B.E.</source>
        <translation>/ พ.ศ.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/setup.py" line="67" />
        <source>Meeting &amp;no.:</source>
        <translation>ครั้งที่ (&amp;N):</translation>
    </message>
    <message>
        <location filename="../../ui/pages/setup.py" line="68" />
        <source>Meeting no.</source>
        <translation>ครั้งที่</translation>
    </message>
    <message>
        <location filename="../../ui/pages/setup.py" line="68" />
        <source>B.E. year</source>
        <translation>ปี พ.ศ.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/setup.py" line="69" />
        <source>Date</source>
        <translation>วันที่</translation>
    </message>
    <message>
        <location filename="../../ui/pages/setup.py" line="69" />
        <source>Start time</source>
        <translation>เวลาเริ่มประชุม</translation>
    </message>
    <message>
        <location filename="../../ui/pages/setup.py" line="70" />
        <source>End time</source>
        <translation>เวลาเลิกประชุม</translation>
    </message>
    <message>
        <location filename="../../ui/pages/setup.py" line="70" />
        <source>Quorum</source>
        <translation>องค์ประชุม</translation>
    </message>
    <message>
        <location filename="../../ui/pages/setup.py" line="71" />
        <source>Dots per person</source>
        <translation>จำนวนจุดต่อคน</translation>
    </message>
    <message>
        <location filename="../../ui/pages/setup.py" line="85" />
        <source>&amp;Date:</source>
        <translation>วันที่ (&amp;D):</translation>
    </message>
    <message>
        <location filename="../../ui/pages/setup.py" line="92" />
        <source>to</source>
        <translation>ถึง</translation>
    </message>
    <message>
        <location filename="../../ui/pages/setup.py" line="95" />
        <source>&amp;Time:</source>
        <translation>เวลา (&amp;M):</translation>
    </message>
    <message>
        <location filename="../../ui/pages/setup.py" line="98" />
        <source>&amp;Venue:</source>
        <translation>สถานที่ (&amp;V):</translation>
    </message>
    <message>
        <location filename="../../ui/pages/setup.py" line="99" />
        <source>e.g. the village hall</source>
        <translation>เช่น ศาลาประชาคมหมู่บ้าน</translation>
    </message>
    <message>
        <location filename="../../ui/pages/setup.py" line="103" />
        <source>The place</source>
        <translation>พื้นที่</translation>
    </message>
    <message>
        <location filename="../../ui/pages/setup.py" line="105" />
        <source>Village n&amp;o.:</source>
        <translation>หมู่ที่ (&amp;O):</translation>
    </message>
    <message>
        <location filename="../../ui/pages/setup.py" line="106" />
        <source>Village &amp;name:</source>
        <translation>ชื่อหมู่บ้าน (&amp;A):</translation>
    </message>
    <message>
        <location filename="../../ui/pages/setup.py" line="107" />
        <source>S&amp;ub-district:</source>
        <translation>ตำบล (&amp;U):</translation>
    </message>
    <message>
        <location filename="../../ui/pages/setup.py" line="108" />
        <source>Dis&amp;trict:</source>
        <translation>อำเภอ (&amp;T):</translation>
    </message>
    <message>
        <location filename="../../ui/pages/setup.py" line="109" />
        <source>&amp;Province:</source>
        <translation>จังหวัด (&amp;P):</translation>
    </message>
    <message>
        <location filename="../../ui/pages/setup.py" line="113" />
        <source>Who runs it</source>
        <translation>ผู้ดำเนินการ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/setup.py" line="115" />
        <source>&amp;Initiating organisation:</source>
        <translation>หน่วยงานที่ริเริ่ม (&amp;I):</translation>
    </message>
    <message>
        <location filename="../../ui/pages/setup.py" line="116" />
        <source>&amp;Chair:</source>
        <translation>ประธาน (&amp;C):</translation>
    </message>
    <message>
        <location filename="../../ui/pages/setup.py" line="117" />
        <source>&amp;Recorder:</source>
        <translation>ผู้จดรายงานการประชุม (&amp;R):</translation>
    </message>
    <message>
        <location filename="../../ui/pages/setup.py" line="118" />
        <source>Re&amp;viewer:</source>
        <translation>ผู้ตรวจรายงานการประชุม (&amp;V):</translation>
    </message>
    <message>
        <location filename="../../ui/pages/setup.py" line="121" />
        <source>none</source>
        <translation>ไม่กำหนด</translation>
    </message>
    <message>
        <location filename="../../ui/pages/setup.py" line="122" />
        <source>Members needed for a vote; none when the meeting sets no quorum</source>
        <translation>จำนวนสมาชิกที่ต้องมาประชุมจึงจะลงมติได้ ไม่กำหนดหากการประชุมไม่มีองค์ประชุม</translation>
    </message>
    <message>
        <location filename="../../ui/pages/setup.py" line="124" />
        <source>&amp;Quorum:</source>
        <translation>องค์ประชุม (&amp;Q):</translation>
    </message>
    <message>
        <location filename="../../ui/pages/setup.py" line="127" />
        <source>How many dots each participant gets to rank the issues</source>
        <translation>จำนวนจุดที่ผู้เข้าร่วมแต่ละคนใช้จัดลำดับปัญหา</translation>
    </message>
    <message>
        <location filename="../../ui/pages/setup.py" line="128" />
        <source>D&amp;ots per person:</source>
        <translation>จำนวนจุดต่อคน (&amp;O):</translation>
    </message>
    <message>
        <location filename="../../ui/pages/setup.py" line="132" />
        <source>Purpose and working arrangement</source>
        <translation>วัตถุประสงค์และโครงสร้างการทำงาน</translation>
    </message>
    <message>
        <location filename="../../ui/pages/setup.py" line="134" />
        <source>P&amp;urpose:</source>
        <translation>วัตถุประสงค์ (&amp;U):</translation>
    </message>
    <message>
        <location filename="../../ui/pages/setup.py" line="135" />
        <source>Common &amp;goal:</source>
        <translation>เป้าหมายร่วม (&amp;G):</translation>
    </message>
    <message>
        <location filename="../../ui/pages/setup.py" line="136" />
        <source>&amp;Structure:</source>
        <translation>โครงสร้าง (&amp;S):</translation>
    </message>
    <message>
        <location filename="../../ui/pages/setup.py" line="137" />
        <source>The working arrangement the parties agreed on: a working group, its rules, who coordinates</source>
        <translation>รูปแบบการทำงานที่ทุกฝ่ายตกลงร่วมกัน เช่น คณะทำงาน กติกา และผู้ประสานงาน</translation>
    </message>
    <message>
        <location filename="../../ui/pages/setup.py" line="150" />
        <source>Setup</source>
        <translation>ข้อมูลการประชุม</translation>
    </message>
    <message>
        <location filename="../../ui/pages/setup.py" line="184" />
        <source>hh:mm</source>
        <translation>ชช:นน</translation>
    </message>
    <message>
        <location filename="../../ui/pages/setup.py" line="208" />
        <source>(none)</source>
        <translation>(ไม่มี)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/setup.py" line="211" />
        <source>(nobody chosen)</source>
        <translation>(ยังไม่ได้เลือก)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/setup.py" line="268" />
        <source>Edit %1</source>
        <translation>แก้ไข%1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/setup.py" line="268" />
        <source>Edit meeting</source>
        <translation>แก้ไขข้อมูลการประชุม</translation>
    </message>
    <message>
        <source>The meeting needs a title (it heads the minutes); the previous title is kept.</source>
        <translation>การประชุมต้องมีชื่อ (ใช้เป็นหัวรายงานการประชุม) จึงยังใช้ชื่อเดิมไว้</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../ui/app.py" line="100" />
        <source>There is no display here, so the window cannot open. Start Prachakhom from the desktop, or run a headless command (see: prachakhom --help).</source>
        <translation>เครื่องนี้ไม่มีจอภาพ จึงเปิดหน้าต่างโปรแกรมไม่ได้ ให้เปิดประชาคมจากหน้าจอเดสก์ท็อป หรือใช้คำสั่งแบบไม่มีหน้าต่าง (ดู: prachakhom --help)</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="100" />
        <source>The window cannot open: the system library %1 is missing. Install it once (sudo apt install %1) and start Prachakhom again.</source>
        <translation>เปิดหน้าต่างโปรแกรมไม่ได้ เพราะเครื่องยังไม่มีไลบรารีระบบ %1 ให้ติดตั้งครั้งเดียว (sudo apt install %1) แล้วเปิดประชาคมอีกครั้ง</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <location filename="../../ui/dialogs.py" line="27" />
        <source>Prachakhom</source>
        <translation>ประชาคม</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="36" />
        <source>Damaged file</source>
        <translation>แฟ้มเสียหาย</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="37" />
        <source>%1 is damaged and cannot be opened safely.

Open one of its backups instead (File ▸ Open, in the backups folder).</source>
        <translation>%1 เสียหาย เปิดอย่างปลอดภัยไม่ได้

กรุณาเปิดแฟ้มสำรองแทน (แฟ้ม ▸ เปิด ในโฟลเดอร์แฟ้มสำรอง)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="40" />
        <source>Made by a newer version</source>
        <translation>แฟ้มจากโปรแกรมรุ่นใหม่กว่า</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="41" />
        <source>%1 was saved by a newer version of Prachakhom. Please update Prachakhom to open it.</source>
        <translation>%1 บันทึกด้วยโปรแกรมประชาคมรุ่นใหม่กว่า กรุณาปรับรุ่นโปรแกรมก่อนเปิดแฟ้มนี้</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="44" />
        <source>File already open</source>
        <translation>แฟ้มเปิดอยู่แล้ว</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="45" />
        <source>%1 is already open in another Prachakhom window. Switch to that window, or close it there first.</source>
        <translation>%1 เปิดอยู่ในหน้าต่างประชาคมอีกหน้าต่างหนึ่ง กรุณาสลับไปที่หน้าต่างนั้น หรือปิดแฟ้มที่นั่นก่อน</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="48" />
        <location filename="../../ui/dialogs.py" line="62" />
        <source>Read-only file</source>
        <translation>แฟ้มอ่านอย่างเดียว</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="49" />
        <source>%1 cannot be changed (it is read-only or on a locked disk).</source>
        <translation>%1 แก้ไขไม่ได้ (เป็นแฟ้มอ่านอย่างเดียวหรืออยู่ในดิสก์ที่ล็อกไว้)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="52" />
        <source>Not a workshop file</source>
        <translation>ไม่ใช่แฟ้มเวที</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="53" />
        <source>%1 is not a Prachakhom workshop file.</source>
        <translation>%1 ไม่ใช่แฟ้มเวทีของโปรแกรมประชาคม</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="55" />
        <source>File not found</source>
        <translation>ไม่พบแฟ้ม</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="55" />
        <source>%1 does not exist.</source>
        <translation>ไม่มีแฟ้ม %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="57" />
        <source>Disk full</source>
        <translation>ดิสก์เต็ม</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="57" />
        <source>The disk is full. Free some space and try again.</source>
        <translation>ดิสก์เต็ม กรุณาลบแฟ้มที่ไม่ใช้แล้วลองใหม่</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="58" />
        <source>Cannot open the file</source>
        <translation>เปิดแฟ้มไม่ได้</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="63" />
        <source>%1 cannot be changed (it is read-only or on a locked disk).

Open it for viewing only? To keep working on it, use File ▸ Save a copy as… afterwards.</source>
        <translation>%1 แก้ไขไม่ได้ (เป็นแฟ้มอ่านอย่างเดียวหรืออยู่ในดิสก์ที่ล็อกไว้)

เปิดดูอย่างเดียวหรือไม่? หากต้องการทำงานต่อ ให้ใช้ แฟ้ม ▸ บันทึกสำเนาเป็น… หลังเปิดแล้ว</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="69" />
        <source>Open for viewing</source>
        <translation>เปิดดูอย่างเดียว</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="70" />
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
</context>
<context>
    <name>AppContext</name>
    <message>
        <location filename="../../ui/context.py" line="87" />
        <source>This file is open for viewing only; changes cannot be saved.</source>
        <translation>แฟ้มนี้เปิดดูได้อย่างเดียว การแก้ไขจะไม่ถูกบันทึก</translation>
    </message>
</context>
</TS>