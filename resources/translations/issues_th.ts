<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="th_TH">
<context>
    <name>BoardPage</name>
    <message>
        <location filename="../../ui/pages/board.py" line="39" />
        <location filename="../../ui/pages/board.py" line="214" />
        <location filename="../../ui/pages/board.py" line="257" />
        <source>New group</source>
        <translation>สร้างกลุ่มใหม่</translation>
    </message>
    <message>
        <location filename="../../ui/pages/board.py" line="41" />
        <source>Draw a named group around the selected cards (or in the middle of the view)</source>
        <translation>สร้างกลุ่มมีชื่อล้อมบัตรที่เลือกไว้ (หรือกลางจอ)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/board.py" line="42" />
        <location filename="../../ui/pages/board.py" line="252" />
        <source>Merge duplicates</source>
        <translation>รวมประเด็นที่ซ้ำกัน</translation>
    </message>
    <message>
        <location filename="../../ui/pages/board.py" line="44" />
        <source>Merge the selected cards into the first one; everyone who raised them is kept</source>
        <translation>รวมบัตรที่เลือกเข้ากับบัตรแรก โดยยังเก็บชื่อผู้เสนอทุกคนไว้</translation>
    </message>
    <message>
        <location filename="../../ui/pages/board.py" line="45" />
        <source>Tidy up</source>
        <translation>จัดบัตรให้เป็นระเบียบ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/board.py" line="47" />
        <source>Line up the cards in a grid inside each group, and the other cards below</source>
        <translation>เรียงบัตรเป็นตารางภายในแต่ละกลุ่ม และเรียงบัตรที่ไม่อยู่ในกลุ่มไว้ด้านล่าง</translation>
    </message>
    <message>
        <location filename="../../ui/pages/board.py" line="48" />
        <source>Large text</source>
        <translation>ตัวอักษรใหญ่</translation>
    </message>
    <message>
        <location filename="../../ui/pages/board.py" line="50" />
        <source>Zoom out (Ctrl+minus)</source>
        <translation>ย่อ (Ctrl+-)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/board.py" line="52" />
        <source>Zoom in (Ctrl+plus)</source>
        <translation>ขยาย (Ctrl++)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/board.py" line="53" />
        <source>Show all</source>
        <translation>แสดงทั้งหมด</translation>
    </message>
    <message>
        <location filename="../../ui/pages/board.py" line="65" />
        <source>Drag cards into groups · arrows move the selection · Ctrl+wheel zooms · middle button or Space+drag pans · double-click a group to rename it</source>
        <translation>ลากบัตรเข้ากลุ่ม · ปุ่มลูกศรเลื่อนบัตรที่เลือก · Ctrl+ล้อเมาส์ ย่อ/ขยาย · ปุ่มกลางเมาส์หรือกด Space ค้างแล้วลาก เพื่อเลื่อนมุมมอง · ดับเบิลคลิกกลุ่มเพื่อเปลี่ยนชื่อ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/board.py" line="80" />
        <source>Issue board</source>
        <translation>กระดานประเด็น</translation>
    </message>
    <message>
        <location filename="../../ui/pages/board.py" line="128" />
        <source>Village %1</source>
        <translation>หมู่ %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/board.py" line="134" />
        <source>Issues: %1</source>
        <translation>จำนวนประเด็น: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/board.py" line="165" />
        <source>Move card</source>
        <translation>ย้ายบัตร</translation>
    </message>
    <message>
        <location filename="../../ui/pages/board.py" line="165" />
        <source>Move cards</source>
        <translation>ย้ายบัตร</translation>
    </message>
    <message>
        <location filename="../../ui/pages/board.py" line="176" />
        <source>Move group</source>
        <translation>ย้ายกลุ่ม</translation>
    </message>
    <message>
        <location filename="../../ui/pages/board.py" line="225" />
        <location filename="../../ui/pages/board.py" line="265" />
        <source>Rename group</source>
        <translation>เปลี่ยนชื่อกลุ่ม</translation>
    </message>
    <message>
        <location filename="../../ui/pages/board.py" line="229" />
        <source>Delete group</source>
        <translation>ลบกลุ่ม</translation>
    </message>
    <message>
        <location filename="../../ui/pages/board.py" line="238" />
        <source>Tidy up the board</source>
        <translation>จัดกระดานให้เป็นระเบียบ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/board.py" line="257" />
        <location filename="../../ui/pages/board.py" line="266" />
        <source>Name of the group:</source>
        <translation>ชื่อกลุ่ม:</translation>
    </message>
</context>
<context>
    <name>CategoriesDialog</name>
    <message>
        <location filename="../../ui/pages/issues.py" line="128" />
        <source>Categories</source>
        <translation>หมวดหมู่</translation>
    </message>
    <message>
        <location filename="../../ui/pages/issues.py" line="131" />
        <source>Thai name</source>
        <translation>ชื่อภาษาไทย</translation>
    </message>
    <message>
        <location filename="../../ui/pages/issues.py" line="131" />
        <source>English name</source>
        <translation>ชื่อภาษาอังกฤษ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/issues.py" line="131" />
        <location filename="../../ui/pages/issues.py" line="196" />
        <source>Colour</source>
        <translation>สี</translation>
    </message>
    <message>
        <location filename="../../ui/pages/issues.py" line="133" />
        <location filename="../../ui/pages/issues.py" line="186" />
        <source>Add category</source>
        <translation>เพิ่มหมวดหมู่</translation>
    </message>
    <message>
        <location filename="../../ui/pages/issues.py" line="146" />
        <source>New category</source>
        <translation>หมวดหมู่ใหม่</translation>
    </message>
    <message>
        <location filename="../../ui/pages/issues.py" line="178" />
        <source>Edit category</source>
        <translation>แก้ไขหมวดหมู่</translation>
    </message>
</context>
<context>
    <name>IssuesModel</name>
    <message>
        <location filename="../../ui/pages/issues.py" line="89" />
        <source>No.</source>
        <translation>ที่</translation>
    </message>
    <message>
        <location filename="../../ui/pages/issues.py" line="89" />
        <source>Issue</source>
        <translation>ประเด็น</translation>
    </message>
    <message>
        <location filename="../../ui/pages/issues.py" line="89" />
        <source>Category</source>
        <translation>หมวดหมู่</translation>
    </message>
    <message>
        <location filename="../../ui/pages/issues.py" line="89" />
        <source>Raised by</source>
        <translation>ผู้เสนอ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/issues.py" line="90" />
        <source>Village no.</source>
        <translation>หมู่ที่</translation>
    </message>
    <message>
        <location filename="../../ui/pages/issues.py" line="90" />
        <source>Taken forward by</source>
        <translation>ผู้ดำเนินการ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/issues.py" line="91" />
        <source>Duplicates</source>
        <translation>ประเด็นซ้ำ</translation>
    </message>
</context>
<context>
    <name>IssuesPage</name>
    <message>
        <location filename="../../ui/pages/issues.py" line="215" />
        <source>Type the issue and press Enter  (#category  @who raised it  village 3)</source>
        <translation>พิมพ์ประเด็นแล้วกด Enter  (#หมวดหมู่  @ผู้เสนอ  หมู่ 3)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/issues.py" line="222" />
        <source>Who raised it: pick from the registry or type a name</source>
        <translation>ผู้เสนอ: เลือกจากทะเบียนรายชื่อ หรือพิมพ์ชื่อ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/issues.py" line="225" />
        <location filename="../../ui/pages/issues.py" line="297" />
        <source>Village no.</source>
        <translation>หมู่ที่</translation>
    </message>
    <message>
        <location filename="../../ui/pages/issues.py" line="227" />
        <source>Add</source>
        <translation>เพิ่ม</translation>
    </message>
    <message>
        <location filename="../../ui/pages/issues.py" line="254" />
        <source>Merge selected duplicates</source>
        <translation>รวมประเด็นซ้ำที่เลือก</translation>
    </message>
    <message>
        <location filename="../../ui/pages/issues.py" line="255" />
        <location filename="../../ui/pages/issues.py" line="542" />
        <source>Delete issue</source>
        <translation>ลบประเด็น</translation>
    </message>
    <message>
        <location filename="../../ui/pages/issues.py" line="256" />
        <source>Categories…</source>
        <translation>หมวดหมู่…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/issues.py" />
        <source>Link a typed name…</source>
        <translation>เชื่อมชื่อที่พิมพ์กับทะเบียน…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/issues.py" />
        <source>Who raised an issue was typed as a name: link it to the person in the register</source>
        <translation>ผู้เสนอประเด็นถูกพิมพ์เป็นชื่อไว้ เชื่อมชื่อนั้นกับบุคคลในทะเบียน</translation>
    </message>
    <message>
        <location filename="../../ui/pages/issues.py" />
        <source>Link %1 to the register</source>
        <translation>เชื่อม %1 กับทะเบียน</translation>
    </message>
    <message>
        <location filename="../../ui/pages/issues.py" line="270" />
        <source>Details</source>
        <translation>รายละเอียด</translation>
    </message>
    <message>
        <location filename="../../ui/pages/issues.py" line="279" />
        <source> people</source>
        <translation> คน</translation>
    </message>
    <message>
        <location filename="../../ui/pages/issues.py" line="283" />
        <source>Split off selected duplicate</source>
        <translation>แยกประเด็นซ้ำที่เลือกออก</translation>
    </message>
    <message>
        <location filename="../../ui/pages/issues.py" line="287" />
        <source>Link</source>
        <translation>เชื่อมโยง</translation>
    </message>
    <message>
        <location filename="../../ui/pages/issues.py" line="288" />
        <source>Unlink</source>
        <translation>ยกเลิกการเชื่อมโยง</translation>
    </message>
    <message>
        <location filename="../../ui/pages/issues.py" line="293" />
        <source>Issue</source>
        <translation>ประเด็น</translation>
    </message>
    <message>
        <location filename="../../ui/pages/issues.py" line="294" />
        <source>Description</source>
        <translation>รายละเอียดปัญหา</translation>
    </message>
    <message>
        <location filename="../../ui/pages/issues.py" line="295" />
        <source>Category</source>
        <translation>หมวดหมู่</translation>
    </message>
    <message>
        <location filename="../../ui/pages/issues.py" line="296" />
        <source>Place</source>
        <translation>สถานที่</translation>
    </message>
    <message>
        <location filename="../../ui/pages/issues.py" line="298" />
        <source>People affected</source>
        <translation>ผู้ได้รับผลกระทบ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/issues.py" line="299" />
        <source>Taken forward by</source>
        <translation>ผู้ดำเนินการ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/issues.py" line="300" />
        <source>Raised by</source>
        <translation>ผู้เสนอ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/issues.py" line="302" />
        <source>Actors concerned</source>
        <translation>ผู้เกี่ยวข้อง</translation>
    </message>
    <message>
        <location filename="../../ui/pages/issues.py" line="321" />
        <source>Issues</source>
        <translation>ประเด็นปัญหา</translation>
    </message>
    <message>
        <location filename="../../ui/pages/issues.py" line="372" />
        <source>(no category)</source>
        <translation>(ไม่ระบุหมวดหมู่)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/issues.py" line="379" />
        <source>(who raised it)</source>
        <translation>(ผู้เสนอ)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/issues.py" line="384" />
        <source>(person or organisation)</source>
        <translation>(บุคคลหรือหน่วยงาน)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/issues.py" line="388" />
        <source>(not decided)</source>
        <translation>(ยังไม่ได้กำหนด)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/issues.py" line="395" />
        <source>Issues: %1</source>
        <translation>จำนวนประเด็น: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/issues.py" line="449" />
        <source>(not recorded)</source>
        <translation>(ไม่ได้บันทึก)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/issues.py" line="486" />
        <source>Add issue</source>
        <translation>เพิ่มประเด็น</translation>
    </message>
    <message>
        <location filename="../../ui/pages/issues.py" line="495" />
        <source>Issue added: %1</source>
        <translation>เพิ่มประเด็นแล้ว: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/issues.py" line="510" />
        <source>Edit issue</source>
        <translation>แก้ไขประเด็น</translation>
    </message>
    <message>
        <location filename="../../ui/pages/issues.py" line="525" />
        <source>Merge duplicates</source>
        <translation>รวมประเด็นที่ซ้ำกัน</translation>
    </message>
    <message>
        <location filename="../../ui/pages/issues.py" line="535" />
        <source>Split off duplicate</source>
        <translation>แยกประเด็นซ้ำออก</translation>
    </message>
    <message>
        <location filename="../../ui/pages/issues.py" line="559" />
        <source>Link actor</source>
        <translation>เชื่อมโยงผู้เกี่ยวข้อง</translation>
    </message>
    <message>
        <location filename="../../ui/pages/issues.py" line="573" />
        <source>Unlink actor</source>
        <translation>ยกเลิกการเชื่อมโยงผู้เกี่ยวข้อง</translation>
    </message>
</context>
<context>
    <name>MapPage</name>
    <message>
        <location filename="../../ui/pages/map.py" line="87" />
        <source>Import picture…</source>
        <translation>นำเข้ารูปแผนที่…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/map.py" line="89" />
        <source>A phone photo of the hand-drawn walking map, a scan or an exported map (PNG/JPEG)</source>
        <translation>รูปถ่ายจากโทรศัพท์ของแผนที่เดินดินที่วาดด้วยมือ ภาพสแกน หรือภาพแผนที่ที่ส่งออกมา (PNG/JPEG)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/map.py" line="90" />
        <source>Export with pins…</source>
        <translation>ส่งออกพร้อมหมุด…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/map.py" line="91" />
        <source>Remove picture</source>
        <translation>ลบรูปแผนที่</translation>
    </message>
    <message>
        <location filename="../../ui/pages/map.py" line="92" />
        <source>Show all</source>
        <translation>แสดงทั้งหมด</translation>
    </message>
    <message>
        <location filename="../../ui/pages/map.py" line="94" />
        <source>Map:</source>
        <translation>แผนที่:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/map.py" line="104" />
        <location filename="../../ui/pages/map.py" line="338" />
        <source>Remove pin</source>
        <translation>ถอนหมุด</translation>
    </message>
    <message>
        <location filename="../../ui/pages/map.py" line="106" />
        <source>Drag an issue onto the map, or select it and click the map. Drag a pin to move it.</source>
        <translation>ลากประเด็นไปวางบนแผนที่ หรือเลือกประเด็นแล้วคลิกบนแผนที่ ลากหมุดเพื่อย้ายตำแหน่ง</translation>
    </message>
    <message>
        <location filename="../../ui/pages/map.py" line="116" />
        <source>Legend</source>
        <translation>คำอธิบายสัญลักษณ์</translation>
    </message>
    <message>
        <location filename="../../ui/pages/map.py" line="131" />
        <source>No map yet. Import a photo or scan of the community's walking map.</source>
        <translation>ยังไม่มีแผนที่ นำเข้ารูปถ่ายหรือภาพสแกนแผนที่เดินดินของชุมชน</translation>
    </message>
    <message>
        <location filename="../../ui/pages/map.py" line="154" />
        <source>Community map</source>
        <translation>แผนที่ชุมชน</translation>
    </message>
    <message>
        <location filename="../../ui/pages/map.py" line="298" />
        <source>Cannot read %1: %2</source>
        <translation>อ่านไฟล์ %1 ไม่ได้: %2</translation>
    </message>
    <message>
        <location filename="../../ui/pages/map.py" line="304" />
        <location filename="../../ui/pages/map.py" line="365" />
        <source>Import map picture</source>
        <translation>นำเข้ารูปแผนที่</translation>
    </message>
    <message>
        <location filename="../../ui/pages/map.py" line="317" />
        <source>Remove map picture</source>
        <translation>ลบรูปแผนที่</translation>
    </message>
    <message>
        <location filename="../../ui/pages/map.py" line="325" />
        <source>Pin issue on the map</source>
        <translation>ปักหมุดประเด็นบนแผนที่</translation>
    </message>
    <message>
        <location filename="../../ui/pages/map.py" line="356" />
        <source>Cannot write %1: %2</source>
        <translation>บันทึกไฟล์ %1 ไม่ได้: %2</translation>
    </message>
    <message>
        <location filename="../../ui/pages/map.py" line="359" />
        <source>Map saved as %1</source>
        <translation>บันทึกแผนที่เป็น %1 แล้ว</translation>
    </message>
    <message>
        <location filename="../../ui/pages/map.py" line="366" />
        <source>Pictures (*.png *.jpg *.jpeg *.PNG *.JPG *.JPEG)</source>
        <translation>รูปภาพ (*.png *.jpg *.jpeg *.PNG *.JPG *.JPEG)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/map.py" line="375" />
        <source>Export map with pins</source>
        <translation>ส่งออกแผนที่พร้อมหมุด</translation>
    </message>
    <message>
        <location filename="../../ui/pages/map.py" line="376" />
        <source>PNG picture (*.png)</source>
        <translation>รูปภาพ PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/map.py" line="0" />
        <source>rank %1</source>
        <translation>อันดับ %1</translation>
    </message>
</context>
<context>
    <name>PrioritiesPage</name>
    <message>
        <location filename="../../ui/pages/priorities.py" line="50" />
        <source>Dot voting</source>
        <translation>ลงคะแนนด้วยจุด</translation>
    </message>
    <message>
        <location filename="../../ui/pages/priorities.py" line="51" />
        <source>Scoring by criteria</source>
        <translation>ให้คะแนนตามเกณฑ์</translation>
    </message>
    <message>
        <location filename="../../ui/pages/priorities.py" line="52" />
        <source>Ranked list</source>
        <translation>ลำดับความสำคัญ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/priorities.py" line="67" />
        <source>Priorities</source>
        <translation>จัดลำดับความสำคัญ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/priorities.py" line="79" />
        <location filename="../../ui/pages/priorities.py" line="379" />
        <source>Give dots</source>
        <translation>ให้จุด</translation>
    </message>
    <message>
        <location filename="../../ui/pages/priorities.py" line="83" />
        <source> dots each</source>
        <translation> จุดต่อคน</translation>
    </message>
    <message>
        <location filename="../../ui/pages/priorities.py" line="85" />
        <source>Participant</source>
        <translation>ผู้เข้าร่วม</translation>
    </message>
    <message>
        <location filename="../../ui/pages/priorities.py" line="87" />
        <location filename="../../ui/pages/priorities.py" line="98" />
        <location filename="../../ui/pages/priorities.py" line="147" />
        <location filename="../../ui/pages/priorities.py" line="275" />
        <source>Issue</source>
        <translation>ประเด็น</translation>
    </message>
    <message>
        <location filename="../../ui/pages/priorities.py" line="93" />
        <source>Each participant has</source>
        <translation>ผู้เข้าร่วมแต่ละคนมี</translation>
    </message>
    <message>
        <location filename="../../ui/pages/priorities.py" line="98" />
        <source>Participants' dots</source>
        <translation>จุดของผู้เข้าร่วม</translation>
    </message>
    <message>
        <location filename="../../ui/pages/priorities.py" line="98" />
        <location filename="../../ui/pages/priorities.py" line="392" />
        <source>Hand count</source>
        <translation>นับมือ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/priorities.py" line="99" />
        <source>Total dots</source>
        <translation>รวมจุด</translation>
    </message>
    <message>
        <location filename="../../ui/pages/priorities.py" line="101" />
        <source>Type a hand count in its column when the room votes by raising hands; each raised hand is one dot.</source>
        <translation>เมื่อที่ประชุมลงคะแนนด้วยการยกมือ ให้พิมพ์จำนวนมือในช่องนับมือ หนึ่งมือเท่ากับหนึ่งจุด</translation>
    </message>
    <message>
        <location filename="../../ui/pages/priorities.py" line="124" />
        <source>Score each issue from 1 (low) to 5 (high) on each criterion; leave a cell empty when it was not scored. The criteria score is the weighted mean.</source>
        <translation>ให้คะแนนแต่ละประเด็นตามแต่ละเกณฑ์ตั้งแต่ 1 (น้อย) ถึง 5 (มาก) เว้นว่างไว้ถ้าไม่ได้ให้คะแนน คะแนนตามเกณฑ์คือค่าเฉลี่ยถ่วงน้ำหนัก</translation>
    </message>
    <message>
        <location filename="../../ui/pages/priorities.py" line="129" />
        <source>Weights</source>
        <translation>น้ำหนักของเกณฑ์</translation>
    </message>
    <message>
        <location filename="../../ui/pages/priorities.py" line="143" />
        <source>Rank by</source>
        <translation>จัดลำดับตาม</translation>
    </message>
    <message>
        <location filename="../../ui/pages/priorities.py" line="147" />
        <source>Rank</source>
        <translation>อันดับ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/priorities.py" line="147" />
        <source>Dots</source>
        <translation>จุด</translation>
    </message>
    <message>
        <location filename="../../ui/pages/priorities.py" line="147" />
        <source>Criteria (1–5)</source>
        <translation>เกณฑ์ (1–5)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/priorities.py" line="148" />
        <source>Taken forward by</source>
        <translation>ผู้ดำเนินการ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/priorities.py" line="148" />
        <source>How the rank was reached</source>
        <translation>ที่มาของอันดับ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/priorities.py" line="225" />
        <source>(choose a participant)</source>
        <translation>(เลือกผู้เข้าร่วม)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/priorities.py" line="275" />
        <source>Criteria score</source>
        <translation>คะแนนตามเกณฑ์</translation>
    </message>
    <message>
        <location filename="../../ui/pages/priorities.py" line="315" />
        <source>(not decided)</source>
        <translation>(ยังไม่ได้กำหนด)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/priorities.py" line="335" />
        <source>%1 dots</source>
        <translation>%1 จุด</translation>
    </message>
    <message>
        <location filename="../../ui/pages/priorities.py" line="337" />
        <source>(%1 from %2 people, %3 by hand count)</source>
        <translation>(รายบุคคล %1 จุดจาก %2 คน, นับมือ %3)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/priorities.py" line="341" />
        <source>(hand count)</source>
        <translation>(นับมือ)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/priorities.py" line="343" />
        <source>from %1 people</source>
        <translation>จาก %1 คน</translation>
    </message>
    <message>
        <location filename="../../ui/pages/priorities.py" line="344" />
        <source>%1% of the most</source>
        <translation>%1% ของประเด็นที่ได้มากที่สุด</translation>
    </message>
    <message>
        <location filename="../../ui/pages/priorities.py" line="348" />
        <source>not scored on the criteria</source>
        <translation>ยังไม่ได้ให้คะแนนตามเกณฑ์</translation>
    </message>
    <message>
        <location filename="../../ui/pages/priorities.py" line="352" />
        <source>criteria %1/5 (%2) = %3%</source>
        <translation>เกณฑ์ %1/5 (%2) = %3%</translation>
    </message>
    <message>
        <location filename="../../ui/pages/priorities.py" line="356" />
        <source>combined %1</source>
        <translation>คะแนนรวม %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/priorities.py" line="359" />
        <source>tied with another issue</source>
        <translation>คะแนนเท่ากับประเด็นอื่น</translation>
    </message>
    <message>
        <location filename="../../ui/pages/priorities.py" line="368" />
        <source>Choose a participant to give their dots.</source>
        <translation>เลือกผู้เข้าร่วมเพื่อให้จุดของเขา</translation>
    </message>
    <message>
        <location filename="../../ui/pages/priorities.py" line="371" />
        <source>%1 of %2 dots used</source>
        <translation>ใช้ไปแล้ว %1 จาก %2 จุด</translation>
    </message>
    <message>
        <location filename="../../ui/pages/priorities.py" line="402" />
        <source>A hand count is a whole number, like 12.</source>
        <translation>จำนวนมือต้องเป็นจำนวนเต็ม เช่น 12</translation>
    </message>
    <message>
        <location filename="../../ui/pages/priorities.py" line="412" />
        <source>Score issue</source>
        <translation>ให้คะแนนประเด็น</translation>
    </message>
    <message>
        <location filename="../../ui/pages/priorities.py" line="427" />
        <source>A score is a number from 1 to 5.</source>
        <translation>คะแนนต้องเป็นตัวเลข 1 ถึง 5</translation>
    </message>
    <message>
        <location filename="../../ui/pages/priorities.py" line="441" />
        <source>Change weight</source>
        <translation>เปลี่ยนน้ำหนักเกณฑ์</translation>
    </message>
    <message>
        <location filename="../../ui/pages/priorities.py" line="450" />
        <source>Dots per participant</source>
        <translation>จำนวนจุดต่อคน</translation>
    </message>
    <message>
        <location filename="../../ui/pages/priorities.py" line="455" />
        <source>Who takes it forward</source>
        <translation>กำหนดผู้ดำเนินการ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/priorities.py" line="0" />
        <source>Ranking method</source>
        <translation>วิธีจัดลำดับ</translation>
    </message>
</context>
<context>
    <name>TreePage</name>
    <message>
        <location filename="../../ui/pages/tree.py" line="34" />
        <source>Add link</source>
        <translation>เพิ่มความเชื่อมโยง</translation>
    </message>
    <message>
        <location filename="../../ui/pages/tree.py" line="36" />
        <source>Swap cause and effect</source>
        <translation>สลับสาเหตุกับผลกระทบ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/tree.py" line="41" />
        <source>New link</source>
        <translation>เชื่อมโยงใหม่</translation>
    </message>
    <message>
        <location filename="../../ui/pages/tree.py" line="43" />
        <source>Cause</source>
        <translation>สาเหตุ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/tree.py" line="45" />
        <source>↓ leads to</source>
        <translation>↓ ทำให้เกิด</translation>
    </message>
    <message>
        <location filename="../../ui/pages/tree.py" line="48" />
        <source>Effect</source>
        <translation>ผลกระทบ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/tree.py" line="57" />
        <location filename="../../ui/pages/tree.py" line="209" />
        <source>Remove link</source>
        <translation>ลบความเชื่อมโยง</translation>
    </message>
    <message>
        <location filename="../../ui/pages/tree.py" line="65" />
        <source>Links</source>
        <translation>ความเชื่อมโยง</translation>
    </message>
    <message>
        <location filename="../../ui/pages/tree.py" line="75" />
        <source>Bottom: root causes · middle: problems · top: effects. Arrows point from a cause to its effect.</source>
        <translation>ล่าง: รากเหง้าของปัญหา · กลาง: ปัญหา · บน: ผลกระทบ ลูกศรชี้จากสาเหตุไปยังผลกระทบ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/tree.py" line="102" />
        <source>Problem tree</source>
        <translation>ต้นไม้ปัญหา</translation>
    </message>
    <message>
        <location filename="../../ui/pages/tree.py" line="115" />
        <location filename="../../ui/pages/tree.py" line="116" />
        <location filename="../../ui/pages/tree.py" line="123" />
        <location filename="../../ui/pages/tree.py" line="124" />
        <source>(choose an issue)</source>
        <translation>(เลือกประเด็น)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/tree.py" line="139" />
        <source>Not in the tree yet: %1</source>
        <translation>ยังไม่อยู่ในต้นไม้: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/tree.py" line="190" />
        <source>Choose a cause and an effect.</source>
        <translation>เลือกสาเหตุและผลกระทบ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/tree.py" line="196" />
        <source>Link cause and effect</source>
        <translation>เชื่อมโยงสาเหตุกับผลกระทบ</translation>
    </message>
</context>
</TS>