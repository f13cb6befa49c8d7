<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="th_TH">
<context>
    <name>AttendanceModel</name>
    <message>
        <location filename="../../ui/models/attendance_model.py" line="68" />
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <location filename="../../ui/models/attendance_model.py" line="68" />
        <source>Position</source>
        <translation>ตำแหน่ง</translation>
    </message>
    <message>
        <location filename="../../ui/models/attendance_model.py" line="68" />
        <source>Organisation</source>
        <translation>หน่วยงาน/องค์กร</translation>
    </message>
    <message>
        <location filename="../../ui/models/attendance_model.py" line="69" />
        <source>Sector</source>
        <translation>ภาคส่วน</translation>
    </message>
    <message>
        <location filename="../../ui/models/attendance_model.py" line="69" />
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <location filename="../../ui/models/attendance_model.py" line="69" />
        <source>Member</source>
        <translation>สมาชิก</translation>
    </message>
    <message>
        <location filename="../../ui/models/attendance_model.py" line="69" />
        <source>Note</source>
        <translation>หมายเหตุ</translation>
    </message>
    <message>
        <location filename="../../ui/models/attendance_model.py" line="97" />
        <source>not yet</source>
        <translation>ยังไม่ลงทะเบียน</translation>
    </message>
    <message>
        <location filename="../../ui/models/attendance_model.py" line="104" />
        <source>member</source>
        <translation>สมาชิก</translation>
    </message>
    <message>
        <location filename="../../ui/models/attendance_model.py" line="104" />
        <source>participant</source>
        <translation>ผู้เข้าร่วม</translation>
    </message>
    <message>
        <location filename="../../ui/models/attendance_model.py" line="109" />
        <source>in place of %1</source>
        <translation>มาประชุมแทน %1</translation>
    </message>
</context>
<context>
    <name>CheckinPage</name>
    <message>
        <location filename="../../ui/pages/checkin.py" line="311" />
        <source>Type part of a name, position, organisation or phone - Enter checks in</source>
        <translation>พิมพ์ชื่อ ตำแหน่ง หน่วยงาน หรือเบอร์โทร แล้วกด Enter เพื่อลงทะเบียน</translation>
    </message>
    <message>
        <location filename="../../ui/pages/checkin.py" line="318" />
        <source>Only people &amp;recorded for this meeting</source>
        <translation>เฉพาะผู้ที่บันทึกแล้วในการประชุมนี้ (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/checkin.py" line="339" />
        <source>Present (Enter)</source>
        <translation>มาประชุม (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/checkin.py" line="340" />
        <source>&amp;New person… (Ctrl+Enter)</source>
        <translation>เพิ่มบุคคลใหม่… (Ctrl+Enter) (&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/checkin.py" line="341" />
        <source>&amp;Absent…</source>
        <translation>ไม่มาประชุม… (&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/checkin.py" line="342" />
        <source>E&amp;xcused…</source>
        <translation>ลาประชุม… (&amp;X)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/checkin.py" line="343" />
        <source>&amp;Substitute for…</source>
        <translation>มาประชุมแทน… (&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/checkin.py" line="344" />
        <source>&amp;Member / participant</source>
        <translation>สมาชิก / ผู้เข้าร่วม (&amp;M)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/checkin.py" line="345" />
        <source>&amp;Undo check-in of this person</source>
        <translation>ยกเลิกการลงทะเบียนของบุคคลนี้ (&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/checkin.py" line="367" />
        <source>Up/Down pick · Enter present · Ctrl+Enter new person · Esc clear</source>
        <translation>ลูกศรขึ้น/ลง เลือก · Enter มาประชุม · Ctrl+Enter บุคคลใหม่ · Esc ล้าง</translation>
    </message>
    <message>
        <location filename="../../ui/pages/checkin.py" line="407" />
        <source>Check-in</source>
        <translation>ลงทะเบียน</translation>
    </message>
    <message>
        <location filename="../../ui/pages/checkin.py" line="411" />
        <source>In the room</source>
        <translation>ในที่ประชุม</translation>
    </message>
    <message>
        <location filename="../../ui/pages/checkin.py" line="422" />
        <source>people present</source>
        <translation>คนมาประชุม</translation>
    </message>
    <message>
        <location filename="../../ui/pages/checkin.py" line="441" />
        <source>By sector</source>
        <translation>ตามภาคส่วน</translation>
    </message>
    <message>
        <location filename="../../ui/pages/checkin.py" line="454" />
        <source>By gender</source>
        <translation>ตามเพศ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/checkin.py" line="476" />
        <source>Members present: %1 (no quorum set)</source>
        <translation>สมาชิกมาประชุม %1 คน (ไม่ได้กำหนดองค์ประชุม)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/checkin.py" line="481" />
        <source>Quorum reached: %1 members present, %2 needed</source>
        <translation>ครบองค์ประชุม: สมาชิกมา %1 คน ต้องการ %2 คน</translation>
    </message>
    <message>
        <location filename="../../ui/pages/checkin.py" line="482" />
        <source>No quorum yet: %1 members present, %2 needed</source>
        <translation>ยังไม่ครบองค์ประชุม: สมาชิกมา %1 คน ต้องการ %2 คน</translation>
    </message>
    <message>
        <location filename="../../ui/pages/checkin.py" line="490" />
        <source>✔ State and non-state actors are both present (%1 state, %2 non-state).</source>
        <translation>✔ มีทั้งภาครัฐและภาคที่ไม่ใช่รัฐเข้าร่วม (ภาครัฐ %1 คน ภาคอื่น %2 คน)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/checkin.py" line="496" />
        <source>⚠ No state actor (government or local government) is present yet.</source>
        <translation>⚠ ยังไม่มีผู้แทนภาครัฐ (ส่วนราชการหรือ อปท.) เข้าร่วม</translation>
    </message>
    <message>
        <location filename="../../ui/pages/checkin.py" line="498" />
        <source>⚠ No non-state actor (community, civil society, business, academia) is present yet.</source>
        <translation>⚠ ยังไม่มีผู้แทนภาคที่ไม่ใช่รัฐ (ประชาชน ประชาสังคม เอกชน สถาบันการศึกษา) เข้าร่วม</translation>
    </message>
    <message>
        <location filename="../../ui/pages/checkin.py" line="500" />
        <source>⚠ Nobody is present yet: a forum needs state and non-state actors.</source>
        <translation>⚠ ยังไม่มีผู้มาประชุม: เวทีประชาคมต้องมีทั้งภาครัฐและภาคที่ไม่ใช่รัฐ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/checkin.py" line="505" />
        <source>Members %1 · participants %2 · substitutes %3 · absent %4 · excused %5</source>
        <translation>สมาชิก %1 · ผู้เข้าร่วม %2 · มาแทน %3 · ไม่มา %4 · ลา %5</translation>
    </message>
    <message>
        <location filename="../../ui/pages/checkin.py" line="545" />
        <source>Choose or create a meeting first.</source>
        <translation>กรุณาเลือกหรือสร้างการประชุมก่อน</translation>
    </message>
    <message>
        <location filename="../../ui/pages/checkin.py" line="547" />
        <location filename="../../ui/pages/checkin.py" line="566" />
        <source>Check-in: %1</source>
        <translation>ลงทะเบียน: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/checkin.py" line="642" />
        <source>%1 is already checked in.</source>
        <translation>%1 ลงทะเบียนแล้ว</translation>
    </message>
    <message>
        <location filename="../../ui/pages/checkin.py" line="647" />
        <location filename="../../ui/pages/checkin.py" line="656" />
        <source>Check in %1</source>
        <translation>ลงทะเบียน %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/checkin.py" line="649" />
        <source>%1 checked in.</source>
        <translation>ลงทะเบียน %1 แล้ว</translation>
    </message>
    <message>
        <location filename="../../ui/pages/checkin.py" line="657" />
        <source>Mark %1 absent</source>
        <translation>บันทึกว่า %1 ไม่มาประชุม</translation>
    </message>
    <message>
        <location filename="../../ui/pages/checkin.py" line="658" />
        <source>Mark %1 excused</source>
        <translation>บันทึกว่า %1 ลาประชุม</translation>
    </message>
    <message>
        <location filename="../../ui/pages/checkin.py" line="671" />
        <source>%1 attends in place of %2</source>
        <translation>%1 มาประชุมแทน %2</translation>
    </message>
    <message>
        <location filename="../../ui/pages/checkin.py" line="681" />
        <source>Check the person in first.</source>
        <translation>กรุณาลงทะเบียนบุคคลนี้ก่อน</translation>
    </message>
    <message>
        <location filename="../../ui/pages/checkin.py" line="684" />
        <source>%1 is a member</source>
        <translation>%1 เป็นสมาชิก</translation>
    </message>
    <message>
        <location filename="../../ui/pages/checkin.py" line="684" />
        <source>%1 is a participant</source>
        <translation>%1 เป็นผู้เข้าร่วม</translation>
    </message>
    <message>
        <location filename="../../ui/pages/checkin.py" line="698" />
        <source>Remove the check-in of %1</source>
        <translation>ยกเลิกการลงทะเบียนของ %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/checkin.py" line="707" />
        <source>Register and check in %1</source>
        <translation>เพิ่มและลงทะเบียน %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/checkin.py" line="709" />
        <source>%1 registered and checked in.</source>
        <translation>เพิ่ม %1 และลงทะเบียนแล้ว</translation>
    </message>
    <message>
        <location filename="../../ui/pages/checkin.py" line="741" />
        <source>Absent</source>
        <translation>ไม่มาประชุม</translation>
    </message>
    <message>
        <location filename="../../ui/pages/checkin.py" line="742" />
        <source>Why is %1 absent? (optional)</source>
        <translation>เหตุที่ %1 ไม่มาประชุม (ไม่บังคับ)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/checkin.py" line="744" />
        <source>Excused</source>
        <translation>ลาประชุม</translation>
    </message>
    <message>
        <location filename="../../ui/pages/checkin.py" line="745" />
        <source>Reason %1 sent for being excused (optional)</source>
        <translation>เหตุผลการลาของ %1 (ไม่บังคับ)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/checkin.py" line="758" />
        <source>%1 attends in place of…</source>
        <translation>%1 มาประชุมแทน…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/checkin.py" line="1" />
        <source>Typed with the other keyboard layout? Search “%1” instead (Ctrl+L)</source>
        <translation>พิมพ์ผิดแป้นภาษาหรือไม่? ค้นหา “%1” แทน (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/checkin.py" line="1" />
        <source>The first %1 shown: type more of the name to find others.</source>
        <translation>แสดง %1 คนแรก: พิมพ์ชื่อเพิ่มเพื่อหาคนอื่น</translation>
    </message>
</context>
<context>
    <name>NewPersonDialog</name>
    <message>
        <location filename="../../ui/pages/checkin.py" line="109" />
        <source>New person</source>
        <translation>บุคคลใหม่</translation>
    </message>
    <message>
        <location filename="../../ui/pages/checkin.py" line="126" />
        <source>none, or type a new one</source>
        <translation>ไม่มี หรือพิมพ์ชื่อหน่วยงานใหม่</translation>
    </message>
    <message>
        <location filename="../../ui/pages/checkin.py" line="132" />
        <source>Member of the forum (not only a participant)</source>
        <translation>เป็นสมาชิกของที่ประชุม (ไม่ใช่ผู้เข้าร่วมเท่านั้น)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/checkin.py" line="141" />
        <source>&amp;Prefix</source>
        <translation>คำนำหน้า (&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/checkin.py" line="142" />
        <source>&amp;First name</source>
        <translation>ชื่อ (&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/checkin.py" line="143" />
        <source>&amp;Last name</source>
        <translation>นามสกุล (&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/checkin.py" line="144" />
        <source>P&amp;osition</source>
        <translation>ตำแหน่ง (&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/checkin.py" line="145" />
        <source>O&amp;rganisation</source>
        <translation>หน่วยงาน/องค์กร (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/checkin.py" line="146" />
        <source>Sec&amp;tor</source>
        <translation>ภาคส่วน (&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/checkin.py" line="147" />
        <source>&amp;Gender</source>
        <translation>เพศ (&amp;G)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/checkin.py" line="148" />
        <source>&amp;Village no.</source>
        <translation>หมู่ที่ (&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/checkin.py" line="155" />
        <source>Save and check in</source>
        <translation>บันทึกและลงทะเบียน</translation>
    </message>
    <message>
        <location filename="../../ui/pages/checkin.py" line="189" />
        <source>Already registered with this name: %1</source>
        <translation>มีชื่อนี้ในทะเบียนแล้ว: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/checkin.py" line="210" />
        <source>Type at least a first name.</source>
        <translation>กรุณาพิมพ์ชื่ออย่างน้อย</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_dialogs.py" line="1" />
        <source>Check in the registered person &amp;instead</source>
        <translation>ลงทะเบียนบุคคลที่มีอยู่แล้วแทน (&amp;I)</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_dialogs.py" line="1" />
        <source>P&amp;hone</source>
        <translation>โทรศัพท์ (&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_dialogs.py" line="1" />
        <source>Typed with the other keyboard layout? Use “%1” instead</source>
        <translation>พิมพ์ผิดแป้นภาษาหรือไม่? ใช้ “%1” แทน</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_dialogs.py" line="1" />
        <source>same name</source>
        <translation>ชื่อเดียวกัน</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_dialogs.py" line="1" />
        <source>similar name</source>
        <translation>ชื่อคล้ายกัน</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_dialogs.py" line="1" />
        <source>same phone number</source>
        <translation>เบอร์โทรศัพท์เดียวกัน</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_dialogs.py" line="1" />
        <source>May already be registered: check in the registered person, or save a new person if it is someone else.</source>
        <translation>อาจมีชื่อในทะเบียนแล้ว: ลงทะเบียนบุคคลที่มีอยู่ หรือบันทึกเป็นบุคคลใหม่ถ้าเป็นคนละคน</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_dialogs.py" line="1" />
        <source>Save as a new person anyway</source>
        <translation>บันทึกเป็นบุคคลใหม่</translation>
    </message>
</context>
<context>
    <name>OrganisationModel</name>
    <message>
        <location filename="../../ui/models/people_model.py" line="118" />
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <location filename="../../ui/models/people_model.py" line="118" />
        <source>Short name</source>
        <translation>ชื่อย่อ</translation>
    </message>
    <message>
        <location filename="../../ui/models/people_model.py" line="118" />
        <source>Sector</source>
        <translation>ภาคส่วน</translation>
    </message>
    <message>
        <location filename="../../ui/models/people_model.py" line="118" />
        <source>Kind</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <location filename="../../ui/models/people_model.py" line="119" />
        <source>People</source>
        <translation>บุคคล</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <location filename="../../ui/models/people_model.py" line="52" />
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <location filename="../../ui/models/people_model.py" line="52" />
        <source>Position</source>
        <translation>ตำแหน่ง</translation>
    </message>
    <message>
        <location filename="../../ui/models/people_model.py" line="52" />
        <source>Organisation</source>
        <translation>หน่วยงาน/องค์กร</translation>
    </message>
    <message>
        <location filename="../../ui/models/people_model.py" line="53" />
        <source>Sector</source>
        <translation>ภาคส่วน</translation>
    </message>
    <message>
        <location filename="../../ui/models/people_model.py" line="53" />
        <source>Gender</source>
        <translation>เพศ</translation>
    </message>
    <message>
        <location filename="../../ui/models/people_model.py" line="53" />
        <source>Village no.</source>
        <translation>หมู่ที่</translation>
    </message>
    <message>
        <location filename="../../ui/models/people_model.py" line="53" />
        <source>Phone</source>
        <translation>โทรศัพท์</translation>
    </message>
</context>
<context>
    <name>OrganisationsTab</name>
    <message>
        <source>New &amp;organisation</source>
        <translation>เพิ่มหน่วยงาน (&amp;O)</translation>
    </message>
    <message>
        <source>Delete organisation</source>
        <translation>ลบหน่วยงาน</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>หน่วยงาน/องค์กร</translation>
    </message>
    <message>
        <source>e.g. SAO, municipality, school, temple, women's group</source>
        <translation>เช่น อบต. เทศบาล โรงเรียน วัด กลุ่มแม่บ้าน</translation>
    </message>
    <message>
        <source>&amp;Save (Ctrl+Enter)</source>
        <translation>บันทึก (Ctrl+Enter) (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>ชื่อหน่วยงาน (&amp;N)</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>ชื่อย่อ</translation>
    </message>
    <message>
        <source>Sec&amp;tor</source>
        <translation>ภาคส่วน (&amp;T)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>หมายเหตุ</translation>
    </message>
    <message>
        <source>Counted as a state actor.</source>
        <translation>นับเป็นภาครัฐ</translation>
    </message>
    <message>
        <source>Counted as a non-state actor.</source>
        <translation>นับเป็นภาคที่ไม่ใช่รัฐ</translation>
    </message>
    <message>
        <source>Type the organisation's name.</source>
        <translation>กรุณาพิมพ์ชื่อหน่วยงาน</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>เพิ่ม %1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>แก้ไข %1</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>ลบ %1</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <location filename="../../ui/pages/people.py" line="99" />
        <source>&amp;People</source>
        <translation>บุคคล (&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/people.py" line="100" />
        <source>&amp;Organisations</source>
        <translation>หน่วยงาน/องค์กร (&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/people.py" line="111" />
        <source>People</source>
        <translation>ทะเบียนบุคคล</translation>
    </message>
    <message>
        <location filename="../../ui/pages/people.py" line="120" />
        <source>Search by name, position, organisation or phone (Thai or English)</source>
        <translation>ค้นหาจากชื่อ ตำแหน่ง หน่วยงาน หรือเบอร์โทร (ไทยหรืออังกฤษ)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/people.py" line="129" />
        <source>&amp;New person (Ctrl+Shift+N)</source>
        <translation>เพิ่มบุคคล (Ctrl+Shift+N) (&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/people.py" line="130" />
        <source>&amp;Delete person</source>
        <translation>ลบบุคคล (&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/people.py" line="138" />
        <source>&amp;Import CSV…</source>
        <translation>นำเข้าไฟล์ CSV… (&amp;I)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/people.py" line="155" />
        <location filename="../../ui/pages/people.py" line="354" />
        <source>Person</source>
        <translation>ข้อมูลบุคคล</translation>
    </message>
    <message>
        <location filename="../../ui/pages/people.py" line="169" />
        <source>Agreed that the name may be recorded and published</source>
        <translation>ยินยอมให้บันทึกและเผยแพร่ชื่อ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/people.py" line="177" />
        <location filename="../../ui/pages/people.py" line="258" />
        <source>&amp;Save (Ctrl+Enter)</source>
        <translation>บันทึก (Ctrl+Enter) (&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/people.py" line="178" />
        <source>Re&amp;vert</source>
        <translation>คืนค่าเดิม (&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/people.py" line="181" />
        <source>Prefix</source>
        <translation>คำนำหน้า</translation>
    </message>
    <message>
        <location filename="../../ui/pages/people.py" line="182" />
        <source>&amp;First name</source>
        <translation>ชื่อ (&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/people.py" line="183" />
        <source>&amp;Last name</source>
        <translation>นามสกุล (&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/people.py" line="184" />
        <source>Position</source>
        <translation>ตำแหน่ง</translation>
    </message>
    <message>
        <location filename="../../ui/pages/people.py" line="185" />
        <location filename="../../ui/pages/people.py" line="245" />
        <source>Organisation</source>
        <translation>หน่วยงาน/องค์กร</translation>
    </message>
    <message>
        <location filename="../../ui/pages/people.py" line="186" />
        <source>Gender</source>
        <translation>เพศ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/people.py" line="187" />
        <source>Phone</source>
        <translation>โทรศัพท์</translation>
    </message>
    <message>
        <location filename="../../ui/pages/people.py" line="188" />
        <source>Village no.</source>
        <translation>หมู่ที่</translation>
    </message>
    <message>
        <location filename="../../ui/pages/people.py" line="190" />
        <location filename="../../ui/pages/people.py" line="264" />
        <source>Notes</source>
        <translation>หมายเหตุ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/people.py" line="300" />
        <source>(none)</source>
        <translation>(ไม่มี)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/people.py" line="315" />
        <source>%1 of %2 people</source>
        <translation>%1 จาก %2 คน</translation>
    </message>
    <message>
        <location filename="../../ui/pages/people.py" line="355" />
        <source>New person</source>
        <translation>บุคคลใหม่</translation>
    </message>
    <message>
        <location filename="../../ui/pages/people.py" line="393" />
        <source>same name as %1</source>
        <translation>ชื่อซ้ำกับ %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/people.py" line="394" />
        <source>same phone as %1</source>
        <translation>เบอร์โทรซ้ำกับ %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/people.py" />
        <source>a name like %1</source>
        <translation>ชื่อคล้ายกับ %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/people.py" line="397" />
        <source>Possible duplicate: %1</source>
        <translation>อาจซ้ำกับคนที่มีอยู่แล้ว: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/people.py" line="413" />
        <source>Type at least a first name.</source>
        <translation>กรุณาพิมพ์ชื่ออย่างน้อย</translation>
    </message>
    <message>
        <location filename="../../ui/pages/people.py" line="420" />
        <location filename="../../ui/pages/people.py" line="495" />
        <source>Add %1</source>
        <translation>เพิ่ม %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/people.py" line="425" />
        <source>%1 added to the registry.</source>
        <translation>เพิ่ม %1 ในทะเบียนแล้ว</translation>
    </message>
    <message>
        <location filename="../../ui/pages/people.py" line="436" />
        <location filename="../../ui/pages/people.py" line="506" />
        <source>Edit %1</source>
        <translation>แก้ไข %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/people.py" line="443" />
        <location filename="../../ui/pages/people.py" line="513" />
        <source>Delete %1</source>
        <translation>ลบ %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/people.py" line="444" />
        <source>%1 deleted (Ctrl+Z brings them back).</source>
        <translation>ลบ %1 แล้ว (กด Ctrl+Z เพื่อนำกลับมา)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/people.py" line="518" />
        <source>Import a people list</source>
        <translation>นำเข้ารายชื่อบุคคล</translation>
    </message>
    <message>
        <location filename="../../ui/pages/people.py" line="519" />
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>ไฟล์ CSV (*.csv);;ทุกไฟล์ (*)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/people.py" line="524" />
        <source>Import %1</source>
        <translation>นำเข้า %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/people.py" line="527" />
        <source>Nothing was imported.</source>
        <translation>ไม่ได้นำเข้าข้อมูลใด</translation>
    </message>
    <message>
        <location filename="../../ui/pages/people.py" line="530" />
        <source>Imported %1 people and %2 organisations; %3 rows skipped.</source>
        <translation>นำเข้าบุคคล %1 คน หน่วยงาน %2 แห่ง ข้าม %3 แถว</translation>
    </message>
</context>
<context>
    <name>PickPersonDialog</name>
    <message>
        <location filename="../../ui/pages/checkin.py" line="246" />
        <source>Type part of the member's name</source>
        <translation>พิมพ์ชื่อสมาชิกที่มาประชุมแทน</translation>
    </message>
</context>
<context>
    <name>RoleMatrixModel</name>
    <message>
        <location filename="../../ui/models/roles_model.py" line="32" />
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <location filename="../../ui/models/roles_model.py" line="32" />
        <source>Sector</source>
        <translation>ภาคส่วน</translation>
    </message>
</context>
<context>
    <name>RolesPage</name>
    <message>
        <location filename="../../ui/pages/roles.py" line="91" />
        <source>Meeting roles (people present)</source>
        <translation>บทบาทในการประชุม (ผู้มาประชุม)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/roles.py" line="103" />
        <source>Network roles of the actors (organisations in bold, then people present)</source>
        <translation>บทบาทในเครือข่ายของภาคีต่าง ๆ (หน่วยงานเป็นตัวหนา ตามด้วยผู้มาประชุม)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/roles.py" line="108" />
        <source>&amp;For:</source>
        <translation>สำหรับ (&amp;F):</translation>
    </message>
    <message>
        <location filename="../../ui/pages/roles.py" line="131" />
        <source>Arrow keys move · Space ticks or clears · Ctrl+Z undoes</source>
        <translation>ปุ่มลูกศรเลื่อน · Space เลือกหรือยกเลิก · Ctrl+Z ย้อนกลับ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/roles.py" line="145" />
        <source>Roles</source>
        <translation>บทบาท</translation>
    </message>
    <message>
        <location filename="../../ui/pages/roles.py" line="150" />
        <source>Roles: %1</source>
        <translation>บทบาท: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/roles.py" line="151" />
        <source>Choose or create a meeting first.</source>
        <translation>กรุณาเลือกหรือสร้างการประชุมก่อน</translation>
    </message>
    <message>
        <location filename="../../ui/pages/roles.py" line="177" />
        <source>The whole meeting</source>
        <translation>ทั้งการประชุม</translation>
    </message>
    <message>
        <location filename="../../ui/pages/roles.py" line="181" />
        <source>Issue: %1</source>
        <translation>ประเด็น: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/roles.py" line="184" />
        <source>Action: %1</source>
        <translation>กิจกรรม: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/roles.py" line="223" />
        <source>Nobody is checked in yet: check people in first.</source>
        <translation>ยังไม่มีผู้ลงทะเบียน กรุณาลงทะเบียนผู้มาประชุมก่อน</translation>
    </message>
    <message>
        <location filename="../../ui/pages/roles.py" line="260" />
        <source>✔ Non-state actors take part in deciding.</source>
        <translation>✔ ภาคที่ไม่ใช่รัฐมีส่วนร่วมในการตัดสินใจ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/roles.py" line="263" />
        <source>⚠ No non-state actor has a deciding role yet: they should decide, not only be consulted.</source>
        <translation>⚠ ยังไม่มีภาคที่ไม่ใช่รัฐมีบทบาทร่วมตัดสินใจ: ควรร่วมตัดสินใจ ไม่ใช่เพียงให้ความเห็น</translation>
    </message>
    <message>
        <location filename="../../ui/pages/roles.py" line="268" />
        <source>Shared by state and non-state actors: %1.</source>
        <translation>บทบาทที่ภาครัฐและภาคอื่นทำร่วมกัน: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/roles.py" line="281" />
        <source>%1 is %2</source>
        <translation>%1 เป็น%2</translation>
    </message>
    <message>
        <location filename="../../ui/pages/roles.py" line="281" />
        <source>%1 is no longer %2</source>
        <translation>%1 ไม่ได้เป็น%2แล้ว</translation>
    </message>
    <message>
        <location filename="../../ui/pages/roles.py" line="297" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/pages/roles.py" line="304" />
        <source>%1: no longer %2</source>
        <translation>%1: ไม่ได้%2แล้ว</translation>
    </message>
    <message>
        <location filename="../../ui/pages/roles.py" line="1" />
        <source>Find a name or a sector (Ctrl+F)</source>
        <translation>ค้นหาชื่อหรือภาคส่วน (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/roles.py" line="1" />
        <source>&amp;Meeting roles</source>
        <translation>บทบาทในการประชุม (&amp;M)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/roles.py" line="1" />
        <source>&amp;Network roles</source>
        <translation>บทบาทในเครือข่าย (&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/roles.py" line="1" />
        <source>%1 of %2</source>
        <translation>%1 จาก %2</translation>
    </message>
</context>
<context>
    <name>Picker</name>
    <message>
        <location filename="../../ui/people_picker.py" line="1" />
        <source>Show the list</source>
        <translation>แสดงรายชื่อ</translation>
    </message>
    <message>
        <location filename="../../ui/people_picker.py" line="1" />
        <source>Type part of a name, position, organisation or phone; Down shows the meeting's people</source>
        <translation>พิมพ์บางส่วนของชื่อ ตำแหน่ง หน่วยงาน หรือเบอร์โทร กด Down เพื่อแสดงผู้เข้าร่วมการประชุมนี้</translation>
    </message>
    <message>
        <location filename="../../ui/people_picker.py" line="1" />
        <source>“%1” (not in the register)</source>
        <translation>“%1” (ไม่มีในทะเบียน)</translation>
    </message>
</context>
<context>
    <name>LinkNameDialog</name>
    <message>
        <location filename="../../ui/people_picker.py" line="1" />
        <source>Link a name to the register</source>
        <translation>เชื่อมชื่อกับทะเบียน</translation>
    </message>
    <message>
        <location filename="../../ui/people_picker.py" line="1" />
        <source>Type part of the person's name</source>
        <translation>พิมพ์บางส่วนของชื่อบุคคล</translation>
    </message>
    <message>
        <location filename="../../ui/people_picker.py" line="1" />
        <source>&amp;Name as typed:</source>
        <translation>ชื่อที่พิมพ์ไว้: (&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/people_picker.py" line="1" />
        <source>&amp;Register person:</source>
        <translation>บุคคลในทะเบียน: (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/people_picker.py" line="1" />
        <source>&amp;Link</source>
        <translation>เชื่อม (&amp;L)</translation>
    </message>
</context>
</TS>