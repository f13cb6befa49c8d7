<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="th_TH">
    <context>
        <name>workshop</name>
        <message>
            <location filename="../../workshop/errors.py" />
            <source>Import refused, nothing was changed: {reason}</source>
            <translation>นำเข้าไม่ได้ และยังไม่มีข้อมูลใดถูกเปลี่ยน: {reason}</translation>
        </message>
        <message>
            <location filename="../../workshop/actions.py" />
            <source>An action needs a short description of what will be done.</source>
            <translation>กรุณาเขียนสั้น ๆ ว่ากิจกรรมนี้จะทำอะไร</translation>
        </message>
        <message>
            <location filename="../../workshop/actions.py" />
            <source>The due date is not a valid date.</source>
            <translation>วันที่กำหนดเสร็จไม่ถูกต้อง</translation>
        </message>
        <message>
            <location filename="../../workshop/actions.py" />
            <source>The cost cannot be negative.</source>
            <translation>ค่าใช้จ่ายต้องไม่ติดลบ</translation>
        </message>
        <message>
            <location filename="../../workshop/actions.py" />
            <source>Only an adopted proposal leads to actions.</source>
            <translation>ต้องเป็นข้อเสนอที่ที่ประชุมเห็นชอบแล้วเท่านั้น จึงจะนำไปทำเป็นกิจกรรมได้</translation>
        </message>
        <message>
            <location filename="../../workshop/actions.py" />
            <source>Say who pledges the resource (a person or organisation).</source>
            <translation>กรุณาระบุว่าใครสนับสนุนทรัพยากรนี้ (บุคคลหรือหน่วยงาน)</translation>
        </message>
        <message>
            <location filename="../../workshop/actions.py" />
            <source>A pledge cannot be negative.</source>
            <translation>จำนวนที่สนับสนุนต้องไม่ติดลบ</translation>
        </message>
        <message>
            <location filename="../../workshop/actions.py" />
            <source>Give the amount pledged.</source>
            <translation>กรุณาใส่จำนวนที่สนับสนุน</translation>
        </message>
        <message>
            <location filename="../../workshop/actions.py" />
            <source>A pledge supports an action of its own meeting or one carried over from an earlier meeting of the series.</source>
            <translation>การสนับสนุนทรัพยากรระบุได้เฉพาะกิจกรรมของการประชุมเดียวกัน หรือกิจกรรมที่สืบเนื่องมาจากการประชุมครั้งก่อนในชุดเดียวกัน</translation>
        </message>
        <message>
            <location filename="../../workshop/agenda.py" />
            <source>The new agenda order does not match the agenda.</source>
            <translation>ลำดับวาระใหม่ไม่ตรงกับวาระการประชุมที่มีอยู่ กรุณาลองจัดลำดับอีกครั้ง</translation>
        </message>
        <message>
            <location filename="../../workshop/agenda.py" />
            <source>An agenda item needs a title; the previous title is kept.</source>
            <translation>ระเบียบวาระต้องมีชื่อ จึงยังใช้ชื่อเดิมไว้</translation>
        </message>
        <message>
            <location filename="../../workshop/attendance.py" />
            <source>A person cannot attend in their own place.</source>
            <translation>คนคนเดียวกันมาประชุมแทนตัวเองไม่ได้</translation>
        </message>
        <message>
            <location filename="../../workshop/causes.py" />
            <source>An issue cannot be its own cause.</source>
            <translation>ประเด็นหนึ่งเป็นสาเหตุของตัวเองไม่ได้</translation>
        </message>
        <message>
            <location filename="../../workshop/causes.py" />
            <source>Only issues of the same meeting can be linked.</source>
            <translation>เชื่อมโยงได้เฉพาะประเด็นที่อยู่ในการประชุมเดียวกัน</translation>
        </message>
        <message>
            <location filename="../../workshop/causes.py" />
            <source>“{cause}” is already linked as a cause of “{effect}”.</source>
            <translation>“{cause}” เชื่อมเป็นสาเหตุของ “{effect}” อยู่แล้ว</translation>
        </message>
        <message>
            <location filename="../../workshop/causes.py" />
            <source>This link would make a circle: “{effect}” already leads to “{cause}”.</source>
            <translation>เชื่อมแบบนี้ไม่ได้ เพราะจะวนกลับเป็นวง: “{effect}” นำไปสู่ “{cause}” อยู่แล้ว</translation>
        </message>
        <message>
            <location filename="../../workshop/cli/__init__.py" />
            <source>{name} is damaged (its list of tables is not readable). Open one of its backups instead.</source>
            <translation>แฟ้ม {name} เสียหาย (อ่านรายการตารางของแฟ้มไม่ได้) กรุณาเปิดแฟ้มสำรองของแฟ้มนี้แทน</translation>
        </message>
        <message>
            <location filename="../../workshop/cli/__init__.py" />
            <location filename="../../workshop/store/backups.py" />
            <location filename="../../workshop/store/file.py" />
            <location filename="../../workshop/store/file.py" />
            <source>{name} is damaged ({problem}). Open one of its backups instead.</source>
            <translation>แฟ้ม {name} เสียหาย ({problem}) กรุณาเปิดแฟ้มสำรองของแฟ้มนี้แทน</translation>
        </message>
        <message>
            <location filename="../../workshop/cli/__init__.py" />
            <location filename="../../workshop/store/backups.py" />
            <location filename="../../workshop/store/sqlerrors.py" />
            <source>{name} is damaged and cannot be read safely. Open one of its backups instead.</source>
            <translation>แฟ้ม {name} เสียหาย อ่านต่อไม่ได้อย่างปลอดภัย กรุณาเปิดแฟ้มสำรองของแฟ้มนี้แทน</translation>
        </message>
        <message>
            <location filename="../../workshop/cli/__init__.py" />
            <source>The disk is full: {name} was not written; nothing half-written was kept.</source>
            <translation>ดิสก์เต็ม: เขียนแฟ้ม {name} ไม่ได้ และไม่มีแฟ้มที่เขียนค้างไว้ครึ่งเดียวหลงเหลืออยู่</translation>
        </message>
        <message>
            <location filename="../../workshop/cli/__init__.py" />
            <location filename="../../workshop/interchange.py" />
            <location filename="../../workshop/publish.py" />
            <location filename="../../workshop/store/backups.py" />
            <source>Cannot write {path}: {reason}.</source>
            <translation>บันทึกแฟ้ม {path} ไม่ได้: {reason}</translation>
        </message>
        <message>
            <location filename="../../workshop/cli/backups.py" />
            <source>There is no backup number {number} of {name}; the command 'backups' lists them.</source>
            <translation>ไม่มีแฟ้มสำรองหมายเลข {number} ของแฟ้ม {name} กรุณาดูหมายเลขจากรายการแฟ้มสำรองก่อน</translation>
        </message>
        <message>
            <location filename="../../workshop/cli/backups.py" />
            <location filename="../../workshop/cli/district.py" />
            <location filename="../../workshop/interchange.py" />
            <location filename="../../workshop/people_csv.py" />
            <location filename="../../workshop/store/file.py" />
            <source>There is no file {path}.</source>
            <translation>ไม่พบแฟ้ม {path}</translation>
        </message>
        <message>
            <location filename="../../workshop/cli/backups.py" />
            <source>{name} cannot be restored from itself.</source>
            <translation>กู้แฟ้ม {name} จากตัวมันเองไม่ได้</translation>
        </message>
        <message>
            <location filename="../../workshop/coordinators.py" />
            <source>state agencies</source>
            <translation>ภาครัฐ</translation>
        </message>
        <message>
            <location filename="../../workshop/coordinators.py" />
            <source>local government</source>
            <translation>องค์กรปกครองส่วนท้องถิ่น</translation>
        </message>
        <message>
            <location filename="../../workshop/coordinators.py" />
            <source>the private sector</source>
            <translation>ภาคเอกชน (ธุรกิจ)</translation>
        </message>
        <message>
            <location filename="../../workshop/coordinators.py" />
            <source>civil society</source>
            <translation>ภาคประชาสังคม</translation>
        </message>
        <message>
            <location filename="../../workshop/coordinators.py" />
            <source>the community</source>
            <translation>ภาคประชาชน (ชุมชน)</translation>
        </message>
        <message>
            <location filename="../../workshop/coordinators.py" />
            <source>academia</source>
            <translation>สถาบันการศึกษา</translation>
        </message>
        <message>
            <location filename="../../workshop/coordinators.py" />
            <source>Without {name} the network falls apart into {parts} groups that have no other link between them.</source>
            <translation>หากไม่มี {name} เครือข่ายจะแยกออกเป็น {parts} กลุ่มที่ไม่มีการเชื่อมโยงกันเลย</translation>
        </message>
        <message>
            <location filename="../../workshop/coordinators.py" />
            <source>{name} is the link between actors of different sectors ({sectors}) who have no direct link with each other: {pairs} pair(s) of them.</source>
            <translation>{name} เป็นตัวเชื่อมระหว่างผู้เกี่ยวข้องต่างภาคส่วน ({sectors}) ที่ไม่ได้เชื่อมโยงกันโดยตรง จำนวน {pairs} คู่</translation>
        </message>
        <message>
            <location filename="../../workshop/coordinators.py" />
            <source>{name} lies on {percent}% of the shortest paths between other actors.</source>
            <translation>{name} อยู่บนเส้นทางที่สั้นที่สุดระหว่างผู้เกี่ยวข้องอื่น ๆ ร้อยละ {percent}</translation>
        </message>
        <message>
            <location filename="../../workshop/coordinators.py" />
            <source>The record also names {name} as coordinating.</source>
            <translation>ในบันทึกระบุให้ {name} มีบทบาทเป็นผู้ประสานงานด้วย</translation>
        </message>
        <message>
            <location filename="../../workshop/coordinators.py" />
            <source>{a} and {b}</source>
            <translation>{a} และ{b}</translation>
        </message>
        <message>
            <location filename="../../workshop/coordinators.py" />
            <source>Actors from {sector} took part ({present} people present, {actors} actors with a role) but never decided or implemented anything in the record.</source>
            <translation>{sector} เข้าร่วม (มาประชุม {present} คน มีบทบาท {actors} ราย) แต่ไม่ปรากฏในบันทึกว่าได้ร่วมตัดสินใจหรือลงมือดำเนินการเลย</translation>
        </message>
        <message>
            <location filename="../../workshop/coordinators.py" />
            <source>People from {sector} were present ({present}) but hold no role in the record: consulted at most, never deciding or implementing.</source>
            <translation>{sector} มาประชุม ({present} คน) แต่ไม่มีบทบาทใดในบันทึก อย่างมากเป็นเพียงผู้ให้ความเห็น ไม่ได้ร่วมตัดสินใจหรือลงมือดำเนินการ</translation>
        </message>
        <message>
            <location filename="../../workshop/decisions.py" />
            <location filename="../../workshop/decisions.py" />
            <source>Vote counts cannot be negative.</source>
            <translation>จำนวนเสียงต้องไม่ติดลบ</translation>
        </message>
        <message>
            <location filename="../../workshop/decisions.py" />
            <source>{counted} votes were counted but only {present} people are present.</source>
            <translation>นับได้ {counted} เสียง แต่มีผู้มาประชุมเพียง {present} คน กรุณานับใหม่</translation>
        </message>
        <message>
            <location filename="../../workshop/decisions.py" />
            <source>A proposal needs a title.</source>
            <translation>กรุณาตั้งชื่อข้อเสนอ</translation>
        </message>
        <message>
            <location filename="../../workshop/decisions.py" />
            <source>This proposal has been decided; reopen it to change it.</source>
            <translation>ข้อเสนอนี้ลงมติไปแล้ว หากต้องการแก้ไข ให้เปิดพิจารณาใหม่ก่อน</translation>
        </message>
        <message>
            <location filename="../../workshop/decisions.py" />
            <source>A block or an objection needs a reason: ask what would make it acceptable.</source>
            <translation>การคัดค้านต้องมีเหตุผลกำกับ: ลองถามผู้คัดค้านว่าต้องปรับอะไรจึงจะยอมรับได้</translation>
        </message>
        <message>
            <location filename="../../workshop/decisions.py" />
            <source>The number of people must be at least 1.</source>
            <translation>จำนวนคนต้องมีอย่างน้อย 1 คน</translation>
        </message>
        <message>
            <location filename="../../workshop/decisions.py" />
            <source>That position does not belong to this decision method.</source>
            <translation>ความเห็นแบบนี้ใช้กับวิธีลงมติของข้อเสนอนี้ไม่ได้</translation>
        </message>
        <message>
            <location filename="../../workshop/decisions.py" />
            <source>That outcome does not match the count; check the positions or choose another outcome.</source>
            <translation>ผลที่เลือกไม่ตรงกับผลการนับ กรุณาตรวจความเห็นที่บันทึกไว้ หรือเลือกผลอื่น</translation>
        </message>
        <message>
            <location filename="../../workshop/decisions.py" />
            <source>Write the amended text of the proposal.</source>
            <translation>กรุณาเขียนข้อเสนอฉบับที่แก้ไขแล้ว</translation>
        </message>
        <message>
            <location filename="../../workshop/decisions.py" />
            <source>Nobody is checked in as present: no decision is possible.</source>
            <translation>ยังไม่มีใครลงทะเบียนว่ามาประชุม จึงยังลงมติไม่ได้</translation>
        </message>
        <message>
            <location filename="../../workshop/decisions.py" />
            <source>Quorum not met ({present} of {quorum} members present): no decision is possible; the proposal can only be deferred.</source>
            <translation>ยังไม่ครบองค์ประชุม (สมาชิกมา {present} คน ต้องการ {quorum} คน) จึงยังลงมติไม่ได้ ทำได้เพียงเลื่อนข้อเสนอนี้ไปพิจารณาภายหลัง</translation>
        </message>
        <message>
            <location filename="../../workshop/decisions.py" />
            <source>No positions have been recorded yet.</source>
            <translation>ยังไม่มีการบันทึกความเห็น</translation>
        </message>
        <message>
            <location filename="../../workshop/decisions.py" />
            <source>No decision is possible.</source>
            <translation>ยังลงมติไม่ได้</translation>
        </message>
        <message>
            <location filename="../../workshop/errors.py" />
            <source>permission denied</source>
            <translation>ไม่มีสิทธิ์เข้าถึง</translation>
        </message>
        <message>
            <location filename="../../workshop/errors.py" />
            <source>the operation is not permitted</source>
            <translation>ระบบไม่อนุญาตให้ทำเช่นนี้</translation>
        </message>
        <message>
            <location filename="../../workshop/errors.py" />
            <source>no such file or folder</source>
            <translation>ไม่มีแฟ้มหรือโฟลเดอร์นี้</translation>
        </message>
        <message>
            <location filename="../../workshop/errors.py" />
            <source>the disk is full</source>
            <translation>ดิสก์เต็ม</translation>
        </message>
        <message>
            <location filename="../../workshop/errors.py" />
            <source>the disk is read-only</source>
            <translation>ดิสก์นี้อ่านได้อย่างเดียว</translation>
        </message>
        <message>
            <location filename="../../workshop/errors.py" />
            <source>a file of that name already exists</source>
            <translation>มีแฟ้มชื่อนี้อยู่แล้ว</translation>
        </message>
        <message>
            <location filename="../../workshop/errors.py" />
            <source>that is a folder</source>
            <translation>ชื่อนี้เป็นโฟลเดอร์</translation>
        </message>
        <message>
            <location filename="../../workshop/errors.py" />
            <source>a part of the path is not a folder</source>
            <translation>ส่วนหนึ่งของที่อยู่แฟ้มไม่ใช่โฟลเดอร์</translation>
        </message>
        <message>
            <location filename="../../workshop/errors.py" />
            <source>the name is too long</source>
            <translation>ชื่อยาวเกินไป</translation>
        </message>
        <message>
            <location filename="../../workshop/errors.py" />
            <source>the file is in use</source>
            <translation>แฟ้มกำลังถูกใช้งานอยู่</translation>
        </message>
        <message>
            <location filename="../../workshop/errors.py" />
            <source>the disk could not be read or written</source>
            <translation>อ่านหรือเขียนดิสก์ไม่ได้</translation>
        </message>
        <message>
            <location filename="../../workshop/followup.py" />
            <source>The new meeting has no follow-up agenda item.</source>
            <translation>การประชุมครั้งใหม่ยังไม่มีวาระติดตามผลจากครั้งก่อน</translation>
        </message>
        <message>
            <location filename="../../workshop/followup.py" />
            <source>This agenda item does not carry over a record.</source>
            <translation>วาระนี้ไม่ได้ยกเรื่องมาจากการประชุมครั้งก่อน</translation>
        </message>
        <message>
            <location filename="../../workshop/followup.py" />
            <source>Progress is a percentage from 0 to 100.</source>
            <translation>ความคืบหน้าเป็นร้อยละ ตั้งแต่ 0 ถึง 100</translation>
        </message>
        <message>
            <location filename="../../workshop/followup.py" />
            <source>The meeting where this was reported no longer exists.</source>
            <translation>ไม่มีการประชุมที่รายงานเรื่องนี้อยู่แล้ว (อาจถูกลบไป)</translation>
        </message>
        <message>
            <location filename="../../workshop/handover.py" />
            <source>{name} already exists; it was left as it was.</source>
            <translation>มี {name} อยู่แล้ว จึงไม่ได้เขียนทับ</translation>
        </message>
        <message>
            <location filename="../../workshop/interchange.py" />
            <source>The disk is full: {name} was not written.</source>
            <translation>ดิสก์เต็ม จึงบันทึกแฟ้ม {name} ไม่ได้ กรุณาลบแฟ้มที่ไม่ใช้แล้วลองใหม่</translation>
        </message>
        <message>
            <location filename="../../workshop/interchange.py" />
            <location filename="../../workshop/people_csv.py" />
            <source>cannot read {name}: {reason}.</source>
            <translation>อ่านแฟ้ม {name} ไม่ได้: {reason}</translation>
        </message>
        <message>
            <location filename="../../workshop/interchange.py" />
            <source>{name} is not a text (UTF-8) file.</source>
            <translation>แฟ้ม {name} ไม่ใช่แฟ้มข้อความ (UTF-8)</translation>
        </message>
        <message>
            <location filename="../../workshop/interchange.py" />
            <source>{name} is not valid JSON (line {line}: {detail}).</source>
            <translation>แฟ้ม {name} ไม่ใช่ JSON ที่ถูกต้อง (บรรทัดที่ {line} รายละเอียดทางเทคนิค: {detail})</translation>
        </message>
        <message>
            <location filename="../../workshop/interchange.py" />
            <source>{table} row {row} ({column}) is empty but must have a value.</source>
            <translation>ตาราง {table} แถวที่ {row} ({column}) ว่างอยู่ แต่ต้องมีค่า</translation>
        </message>
        <message>
            <location filename="../../workshop/interchange.py" />
            <source>{table} row {row} ({column}) has an unknown value {value}.</source>
            <translation>ตาราง {table} แถวที่ {row} ({column}) มีค่าที่ไม่รู้จัก คือ {value}</translation>
        </message>
        <message>
            <location filename="../../workshop/interchange.py" />
            <source>{table} row {row} ({column}) must be 0 or 1, not {value}.</source>
            <translation>ตาราง {table} แถวที่ {row} ({column}) ต้องเป็น 0 หรือ 1 แต่พบ {value}</translation>
        </message>
        <message>
            <location filename="../../workshop/interchange.py" />
            <source>{table} row {row} ({column}) must be a whole number, not {value}.</source>
            <translation>ตาราง {table} แถวที่ {row} ({column}) ต้องเป็นจำนวนเต็ม แต่พบ {value}</translation>
        </message>
        <message>
            <location filename="../../workshop/interchange.py" />
            <source>{table} row {row} ({column}) must be a number, not {value}.</source>
            <translation>ตาราง {table} แถวที่ {row} ({column}) ต้องเป็นตัวเลข แต่พบ {value}</translation>
        </message>
        <message>
            <location filename="../../workshop/interchange.py" />
            <source>{table} row {row} ({column}) must be base64 text.</source>
            <translation>ตาราง {table} แถวที่ {row} ({column}) ต้องเป็นข้อความแบบ base64</translation>
        </message>
        <message>
            <location filename="../../workshop/interchange.py" />
            <source>{table} row {row} ({column}) is not valid base64.</source>
            <translation>ตาราง {table} แถวที่ {row} ({column}) ไม่ใช่ข้อความ base64 ที่ถูกต้อง</translation>
        </message>
        <message>
            <location filename="../../workshop/interchange.py" />
            <source>{table} row {row} ({column}) must be text, not {value}.</source>
            <translation>ตาราง {table} แถวที่ {row} ({column}) ต้องเป็นข้อความ แต่พบ {value}</translation>
        </message>
        <message>
            <location filename="../../workshop/interchange.py" />
            <source>this is not a Prachakhom workshop export (expected "format": "{format}").</source>
            <translation>แฟ้มนี้ไม่ใช่แฟ้มที่ส่งออกจากโปรแกรมประชาคม (ควรมี "format": "{format}")</translation>
        </message>
        <message>
            <location filename="../../workshop/interchange.py" />
            <source>the export has no valid format version.</source>
            <translation>แฟ้มที่ส่งออกไม่มีเลขรุ่นของรูปแบบที่ถูกต้อง</translation>
        </message>
        <message>
            <location filename="../../workshop/interchange.py" />
            <source>the export was made by a newer Prachakhom (export format {version}; this version reads up to {supported}). Please update Prachakhom.</source>
            <translation>แฟ้มนี้ส่งออกจากโปรแกรมประชาคมรุ่นที่ใหม่กว่า (รูปแบบที่ {version} แต่รุ่นนี้อ่านได้ถึงรูปแบบที่ {supported}) กรุณาอัปเดตโปรแกรมประชาคม</translation>
        </message>
        <message>
            <location filename="../../workshop/interchange.py" />
            <source>the export comes from a newer file format ({version}; this version reads up to {supported}). Please update Prachakhom.</source>
            <translation>แฟ้มนี้มาจากแฟ้มเวทีรูปแบบที่ใหม่กว่า (รูปแบบที่ {version} แต่รุ่นนี้อ่านได้ถึงรูปแบบที่ {supported}) กรุณาอัปเดตโปรแกรมประชาคม</translation>
        </message>
        <message>
            <location filename="../../workshop/interchange.py" />
            <source>"tables" must be an object.</source>
            <translation>ส่วน "tables" ในแฟ้มมีรูปแบบไม่ถูกต้อง</translation>
        </message>
        <message>
            <location filename="../../workshop/interchange.py" />
            <source>unknown table {table}.</source>
            <translation>มีตารางที่ไม่รู้จัก คือ {table}</translation>
        </message>
        <message>
            <location filename="../../workshop/interchange.py" />
            <source>table {table} must be a list of rows.</source>
            <translation>ตาราง {table} ต้องเป็นรายการของแถว</translation>
        </message>
        <message>
            <location filename="../../workshop/interchange.py" />
            <source>{table} row {row} is not an object.</source>
            <translation>ตาราง {table} แถวที่ {row} มีรูปแบบไม่ถูกต้อง</translation>
        </message>
        <message>
            <location filename="../../workshop/interchange.py" />
            <source>{table} row {row} has an unknown column {column}.</source>
            <translation>ตาราง {table} แถวที่ {row} มีคอลัมน์ที่ไม่รู้จัก คือ {column}</translation>
        </message>
        <message>
            <location filename="../../workshop/interchange.py" />
            <source>{table} row {row} has no {column}.</source>
            <translation>ตาราง {table} แถวที่ {row} ไม่มี {column}</translation>
        </message>
        <message>
            <location filename="../../workshop/interchange.py" />
            <source>the id {id} appears twice ({first} and {second}).</source>
            <translation>รหัส {id} ซ้ำกันสองแห่ง (ใน {first} และ {second})</translation>
        </message>
        <message>
            <location filename="../../workshop/interchange.py" />
            <source>{table} row {row} lacks the column {column}.</source>
            <translation>ตาราง {table} แถวที่ {row} ขาดคอลัมน์ {column}</translation>
        </message>
        <message>
            <location filename="../../workshop/interchange.py" />
            <source>{table} row {row} ({column}) {problem}.</source>
            <translation>ตาราง {table} แถวที่ {row} ({column}) {problem}</translation>
        </message>
        <message>
            <location filename="../../workshop/interchange.py" />
            <source>"tombstones" must be a list.</source>
            <translation>ส่วน "tombstones" ในแฟ้มต้องเป็นรายการ</translation>
        </message>
        <message>
            <location filename="../../workshop/interchange.py" />
            <source>tombstone {n} must have id, table_name and deleted.</source>
            <translation>รายการที่ถูกลบลำดับที่ {n} ต้องมี id, table_name และ deleted</translation>
        </message>
        <message>
            <location filename="../../workshop/interchange.py" />
            <source>tombstone {n} names an unknown table {table}.</source>
            <translation>รายการที่ถูกลบลำดับที่ {n} อ้างถึงตารางที่ไม่รู้จัก คือ {table}</translation>
        </message>
        <message>
            <location filename="../../workshop/interchange.py" />
            <source>tombstone {n} ({column}) {problem}.</source>
            <translation>บันทึกการลบรายการที่ {n} ({column}) {problem}</translation>
        </message>
        <message>
            <location filename="../../workshop/interchange.py" />
            <source>"meta" must be an object of texts.</source>
            <translation>ส่วน "meta" ในแฟ้มมีรูปแบบไม่ถูกต้อง (ต้องเป็นข้อความทั้งหมด)</translation>
        </message>
        <message>
            <location filename="../../workshop/interchange.py" />
            <source>{table} {id}: deleted in this file</source>
            <translation>{table} {id}: ถูกลบไปแล้วในแฟ้มนี้</translation>
        </message>
        <message>
            <location filename="../../workshop/interchange.py" />
            <source>{table} {id}: duplicates a record already in the file</source>
            <translation>{table} {id}: ซ้ำกับข้อมูลที่มีอยู่ในแฟ้มแล้ว</translation>
        </message>
        <message>
            <location filename="../../workshop/interchange.py" />
            <source>{table} {id}: a record it depends on was deleted</source>
            <translation>{table} {id}: ข้อมูลที่รายการนี้อ้างถึงถูกลบไปแล้ว</translation>
        </message>
        <message>
            <location filename="../../workshop/interchange.py" />
            <source>{table} {id} was deleted in one file but edited later in the other; kept</source>
            <translation>{table} {id} ถูกลบในไฟล์หนึ่ง แต่ถูกแก้ไขภายหลังในอีกไฟล์หนึ่ง จึงเก็บไว้</translation>
        </message>
        <message>
            <location filename="../../workshop/interchange.py" />
            <source>{table} {id} was edited in both at the same time; one version was kept</source>
            <translation>{table} {id} ถูกแก้ไขในทั้งสองไฟล์ในเวลาเดียวกัน จึงเก็บไว้ฉบับเดียว</translation>
        </message>
        <message>
            <location filename="../../workshop/issues.py" />
            <location filename="../../workshop/issues.py" />
            <source>A category needs a name.</source>
            <translation>กรุณาตั้งชื่อหมวดหมู่</translation>
        </message>
        <message>
            <location filename="../../workshop/issues.py" />
            <source>{color} is not a colour (write it as #RRGGBB).</source>
            <translation>{color} ไม่ใช่รหัสสี (ให้เขียนแบบ #RRGGBB)</translation>
        </message>
        <message>
            <location filename="../../workshop/issues.py" />
            <location filename="../../workshop/issues.py" />
            <source>Write the issue first (a few words are enough).</source>
            <translation>กรุณาเขียนประเด็นก่อน (ไม่กี่คำก็พอ)</translation>
        </message>
        <message>
            <location filename="../../workshop/issues.py" />
            <location filename="../../workshop/issues.py" />
            <source>A group needs a name.</source>
            <translation>กรุณาตั้งชื่อกลุ่ม</translation>
        </message>
        <message>
            <location filename="../../workshop/issues.py" />
            <location filename="../../workshop/issues.py" />
            <source>A group must have a size.</source>
            <translation>กรุณากำหนดขนาดของกลุ่ม</translation>
        </message>
        <message>
            <location filename="../../workshop/issues.py" />
            <source>Choose at least two issues to merge.</source>
            <translation>กรุณาเลือกประเด็นอย่างน้อยสองเรื่องเพื่อรวมเข้าด้วยกัน</translation>
        </message>
        <message>
            <location filename="../../workshop/issues.py" />
            <source>Only issues of the same meeting can be merged.</source>
            <translation>รวมได้เฉพาะประเด็นที่อยู่ในการประชุมเดียวกัน</translation>
        </message>
        <message>
            <location filename="../../workshop/issues.py" />
            <source>This issue is not merged into another one.</source>
            <translation>ประเด็นนี้ไม่ได้ถูกรวมเข้ากับเรื่องอื่น</translation>
        </message>
        <message>
            <location filename="../../workshop/issues.py" />
            <source>The issue and the map belong to different meetings.</source>
            <translation>ประเด็นและแผนที่นี้อยู่คนละการประชุมกัน</translation>
        </message>
        <message>
            <location filename="../../workshop/issues.py" />
            <source>A pin needs a place on the map.</source>
            <translation>กรุณาเลือกตำแหน่งบนแผนที่เพื่อปักหมุด</translation>
        </message>
        <message>
            <location filename="../../workshop/issues.py" />
            <source>Choose a person or an organisation.</source>
            <translation>กรุณาเลือกบุคคลหรือหน่วยงาน</translation>
        </message>
        <message>
            <location filename="../../workshop/issues.py" />
            <source>They are already linked to this issue.</source>
            <translation>บุคคลหรือหน่วยงานนี้เชื่อมโยงกับประเด็นนี้อยู่แล้ว</translation>
        </message>
        <message>
            <location filename="../../workshop/limits.py" />
            <source>A name can have at most {limit} characters; this one has {length}.</source>
            <translation>ชื่อยาวได้ไม่เกิน {limit} ตัวอักษร แต่ชื่อนี้ยาว {length} ตัวอักษร</translation>
        </message>
        <message>
            <location filename="../../workshop/limits.py" />
            <source>A title can have at most {limit} characters; this one has {length}.</source>
            <translation>หัวข้อยาวได้ไม่เกิน {limit} ตัวอักษร แต่หัวข้อนี้ยาว {length} ตัวอักษร</translation>
        </message>
        <message>
            <location filename="../../workshop/limits.py" />
            <source>A text can have at most {limit} characters; this one has {length}. Shorten it or split it.</source>
            <translation>ข้อความยาวได้ไม่เกิน {limit} ตัวอักษร แต่ข้อความนี้ยาว {length} ตัวอักษร กรุณาตัดให้สั้นลง หรือแบ่งเป็นหลายข้อความ</translation>
        </message>
        <message>
            <location filename="../../workshop/limits.py" />
            <source>A name cannot be empty: type at least one letter.</source>
            <translation>ชื่อเว้นว่างไม่ได้ กรุณาพิมพ์อย่างน้อยหนึ่งตัวอักษร</translation>
        </message>
        <message>
            <location filename="../../workshop/limits.py" />
            <source>A title cannot be empty: type at least one word.</source>
            <translation>หัวข้อเว้นว่างไม่ได้ กรุณาพิมพ์อย่างน้อยหนึ่งคำ</translation>
        </message>
        <message>
            <location filename="../../workshop/mapimage.py" />
            <source>This file is not a picture that can be used as a map (use PNG or JPEG).</source>
            <translation>แฟ้มนี้ไม่ใช่ภาพที่ใช้เป็นแผนที่ได้ (กรุณาใช้แฟ้ม PNG หรือ JPEG)</translation>
        </message>
        <message>
            <location filename="../../workshop/mapimage.py" />
            <source>Pictures in this format cannot be used as a map (use PNG or JPEG).</source>
            <translation>ใช้ภาพแบบนี้เป็นแผนที่ไม่ได้ (กรุณาใช้แฟ้ม PNG หรือ JPEG)</translation>
        </message>
        <message>
            <location filename="../../workshop/mapimage.py" />
            <source>Pictures in {format} format cannot be used as a map (use PNG or JPEG).</source>
            <translation>ใช้ภาพแบบ {format} เป็นแผนที่ไม่ได้ (กรุณาใช้แฟ้ม PNG หรือ JPEG)</translation>
        </message>
        <message>
            <location filename="../../workshop/mapimage.py" />
            <source>The map picture cannot be read.</source>
            <translation>เปิดภาพแผนที่ไม่ได้</translation>
        </message>
        <message>
            <location filename="../../workshop/meetings.py" />
            <source>Meeting {number}/{year} cannot go from {old} to {new}.</source>
            <translation>การประชุมครั้งที่ {number}/{year} เปลี่ยนสถานะจาก{old}เป็น{new}ไม่ได้</translation>
        </message>
        <message>
            <location filename="../../workshop/meetings.py" />
            <source>planned</source>
            <translation>ยังไม่เริ่มประชุม</translation>
        </message>
        <message>
            <location filename="../../workshop/meetings.py" />
            <source>open</source>
            <translation>กำลังประชุม</translation>
        </message>
        <message>
            <location filename="../../workshop/meetings.py" />
            <source>closed</source>
            <translation>ปิดการประชุมแล้ว</translation>
        </message>
        <message>
            <location filename="../../workshop/meetings.py" />
            <location filename="../../workshop/plan/table.py" />
            <source>The file has no meetings yet.</source>
            <translation>แฟ้มนี้ยังไม่มีการประชุม</translation>
        </message>
        <message>
            <location filename="../../workshop/meetings.py" />
            <source>There is no meeting {meeting} in this file.</source>
            <translation>ไม่พบการประชุม {meeting} ในแฟ้มนี้</translation>
        </message>
        <message>
            <location filename="../../workshop/meetings.py" />
            <source>The meeting needs a title (it heads the minutes); the previous title is kept.</source>
            <translation>การประชุมต้องมีชื่อ (ใช้เป็นหัวรายงานการประชุม) จึงยังใช้ชื่อเดิมไว้</translation>
        </message>
        <message>
            <location filename="../../workshop/meetings.py" />
            <source>Meeting no. {number}/{year} of this body is already the meeting of {date}; the number is kept.</source>
            <translation>ครั้งที่ {number}/{year} ของคณะนี้เป็นของการประชุมเมื่อ {date} อยู่แล้ว จึงยังใช้ครั้งที่เดิมไว้</translation>
        </message>
        <message>
            <location filename="../../workshop/merge.py" />
            <source>{table} {id} refers to a {parent} record ({ref}) that is neither in the file nor in the import.</source>
            <translation>{table} {id} อ้างถึงข้อมูล {parent} ({ref}) ที่ไม่มีทั้งในแฟ้มนี้และในแฟ้มที่นำเข้า</translation>
        </message>
        <message>
            <location filename="../../workshop/paths.py" />
            <location filename="../../workshop/paths.py" />
            <location filename="../../workshop/paths.py" />
            <source>A file that comes with Prachakhom is missing: {name}. Reinstall Prachakhom.</source>
            <translation>ไม่พบแฟ้มที่มากับโปรแกรมประชาคม: {name} กรุณาติดตั้งประชาคมใหม่</translation>
        </message>
        <message>
            <location filename="../../workshop/people.py" />
            <location filename="../../workshop/people.py" />
            <source>A person needs at least a first name.</source>
            <translation>กรุณาใส่ชื่อ (อย่างน้อยต้องมีชื่อจริง)</translation>
        </message>
        <message>
            <location filename="../../workshop/people_csv.py" />
            <source>{name} is not UTF-8, and read as Thai Windows (cp874) its letters make no sense (it may be in another code page, e.g. names with é). Save it from the spreadsheet as "CSV UTF-8" and try again.</source>
            <translation>แฟ้ม {name} ไม่ได้บันทึกเป็น UTF-8 และเมื่ออ่านเป็นรหัสภาษาไทยแบบเก่า ตัวอักษรก็อ่านไม่เป็นความ (อาจบันทึกด้วยรหัสอักขระของภาษาอื่น เช่น ชื่อที่มีตัว é) กรุณาบันทึกแฟ้มจากโปรแกรมตารางคำนวณเป็น "CSV UTF-8" แล้วลองใหม่</translation>
        </message>
        <message>
            <location filename="../../workshop/people_csv.py" />
            <source>{name} is not a text file in a known encoding. Save it from the spreadsheet as "CSV UTF-8" and try again.</source>
            <translation>อ่านแฟ้ม {name} ไม่ออก เพราะไม่ใช่แฟ้มข้อความแบบที่รู้จัก กรุณาบันทึกแฟ้มจากโปรแกรมตารางเป็นแบบ "CSV UTF-8" แล้วลองใหม่</translation>
        </message>
        <message>
            <location filename="../../workshop/people_csv.py" />
            <source>{name} is empty.</source>
            <translation>แฟ้ม {name} ว่างเปล่า</translation>
        </message>
        <message>
            <location filename="../../workshop/people_csv.py" />
            <source>{name} is not a valid CSV file ({detail}).</source>
            <translation>แฟ้ม {name} ไม่ใช่แฟ้ม CSV ที่ถูกต้อง (รายละเอียดทางเทคนิค: {detail})</translation>
        </message>
        <message>
            <location filename="../../workshop/people_csv.py" />
            <source>{name} has no first-name column (ชื่อ / first_name); its first row is {header}. If the Thai letters look wrong, save the file as "CSV UTF-8" and try again.</source>
            <translation>แฟ้ม {name} ไม่มีคอลัมน์ชื่อ (ชื่อ / first_name) แถวแรกของแฟ้มคือ {header} ถ้าตัวอักษรไทยแสดงผิดเพี้ยน ให้บันทึกแฟ้มเป็นแบบ "CSV UTF-8" แล้วลองใหม่</translation>
        </message>
        <message>
            <location filename="../../workshop/people_csv.py" />
            <source>read as {encoding}</source>
            <translation>อ่านแฟ้มด้วยรหัสอักขระ {encoding}</translation>
        </message>
        <message>
            <location filename="../../workshop/people_csv.py" />
            <source>row {row}: first name is empty.</source>
            <translation>แถวที่ {row}: ยังไม่ได้ใส่ชื่อ</translation>
        </message>
        <message>
            <location filename="../../workshop/people_csv.py" />
            <source>row {row}: gender {value} is not one of ชาย, หญิง, อื่น ๆ, ไม่ระบุ (male, female, other, unspecified).</source>
            <translation>แถวที่ {row}: เพศ {value} ไม่ใช่ ชาย หญิง อื่น ๆ หรือ ไม่ระบุ</translation>
        </message>
        <message>
            <location filename="../../workshop/people_csv.py" />
            <source>row {row}: consent {value} should be ใช่/ไม่ (yes/no).</source>
            <translation>แถวที่ {row}: ความยินยอม {value} ต้องเป็น ใช่ หรือ ไม่</translation>
        </message>
        <message>
            <location filename="../../workshop/people_csv.py" />
            <source>row {row}: {name} is already in the list</source>
            <translation>แถวที่ {row}: มี {name} อยู่ในรายชื่อแล้ว</translation>
        </message>
        <message>
            <location filename="../../workshop/people_csv.py" />
            <source>row {row}: sector {value} is not one of ภาครัฐ, อปท., ภาคเอกชน, ภาคประชาสังคม, ภาคประชาชน, สถาบันการศึกษา.</source>
            <translation>แถวที่ {row}: ภาคส่วน {value} ต้องเป็นอย่างใดอย่างหนึ่งต่อไปนี้ ภาครัฐ, อปท., ภาคเอกชน, ภาคประชาสังคม, ภาคประชาชน, สถาบันการศึกษา</translation>
        </message>
        <message>
            <location filename="../../workshop/people_csv.py" />
            <source>row {row}: a sector without an organisation was ignored</source>
            <translation>แถวที่ {row}: ระบุภาคส่วนแต่ไม่ระบุหน่วยงาน จึงไม่ได้นำภาคส่วนมาใช้</translation>
        </message>
        <message>
            <location filename="../../workshop/plan/fields.py" />
            <source>A fiscal year is a Buddhist-Era year between {first} and {last}.</source>
            <translation>ปีงบประมาณต้องเป็นปี พ.ศ. ระหว่าง {first} ถึง {last}</translation>
        </message>
        <message>
            <location filename="../../workshop/plan/fields.py" />
            <source>A budget cannot be negative.</source>
            <translation>งบประมาณติดลบไม่ได้</translation>
        </message>
        <message>
            <location filename="../../workshop/plan/output.py" />
            <source>The village plan is written as .pdf or .xlsx, not {suffix}.</source>
            <translation>ตารางแผนพัฒนาหมู่บ้านบันทึกได้เป็นไฟล์ PDF หรือ XLSX เท่านั้น (ไม่ใช่ {suffix})</translation>
        </message>
        <message>
            <location filename="../../workshop/publish.py" />
            <source>Name at least one workshop file to publish.</source>
            <translation>ระบุไฟล์เวทีประชาคมอย่างน้อยหนึ่งไฟล์ที่จะเผยแพร่</translation>
        </message>
        <message>
            <location filename="../../workshop/publish.py" />
            <source>{name} is a workshop file; publish to a new .db file.</source>
            <translation>{name} เป็นไฟล์เวทีประชาคม ให้เผยแพร่ไปยังไฟล์ .db ใหม่</translation>
        </message>
        <message>
            <location filename="../../workshop/ranking.py" />
            <location filename="../../workshop/ranking.py" />
            <source>Dots cannot be negative.</source>
            <translation>จำนวนจุดต้องไม่ติดลบ</translation>
        </message>
        <message>
            <location filename="../../workshop/ranking.py" />
            <source>This participant has {limit} dots and has already used {used} on other issues; at most {left} can go on this one.</source>
            <translation>ผู้เข้าร่วมคนนี้มี {limit} จุด และใช้กับประเด็นอื่นไปแล้ว {used} จุด จึงให้ประเด็นนี้ได้อีกไม่เกิน {left} จุด</translation>
        </message>
        <message>
            <location filename="../../workshop/ranking.py" />
            <source>{name} has {limit} dots and has already used {used} on other issues; at most {left} can go on this one.</source>
            <translation>{name} มี {limit} จุด และใช้กับประเด็นอื่นไปแล้ว {used} จุด จึงให้ประเด็นนี้ได้อีกไม่เกิน {left} จุด</translation>
        </message>
        <message>
            <location filename="../../workshop/ranking.py" />
            <source>Unknown ranking method {method}.</source>
            <translation>ไม่รู้จักวิธีจัดลำดับ {method}</translation>
        </message>
        <message>
            <location filename="../../workshop/ranking.py" />
            <source>A weight cannot be negative.</source>
            <translation>น้ำหนักเกณฑ์ต้องไม่ติดลบ</translation>
        </message>
        <message>
            <location filename="../../workshop/ranking.py" />
            <source>A score goes from {low:g} to {high:g}; {score:g} is outside.</source>
            <translation>คะแนนต้องอยู่ระหว่าง {low:g} ถึง {high:g} แต่ {score:g} อยู่นอกช่วงนี้</translation>
        </message>
        <message>
            <location filename="../../workshop/ranking.py" />
            <location filename="../../workshop/ranking.py" />
            <source>The issue belongs to another meeting.</source>
            <translation>ประเด็นนี้เป็นของการประชุมอื่น</translation>
        </message>
        <message>
            <location filename="../../workshop/ranking.py" />
            <location filename="../../workshop/tallies.py" />
            <source>A hand count cannot be negative.</source>
            <translation>จำนวนที่นับมือต้องไม่ติดลบ</translation>
        </message>
        <message>
            <location filename="../../workshop/recurring.py" />
            <source>A problem comes back from another meeting of the series.</source>
            <translation>ปัญหาที่กลับมาต้องเป็นปัญหาจากการประชุมครั้งอื่นในชุดเดียวกัน</translation>
        </message>
        <message>
            <location filename="../../workshop/recurring.py" />
            <source>These issues are already linked the other way round.</source>
            <translation>ปัญหาเหล่านี้เชื่อมโยงกันในทิศทางตรงกันข้ามอยู่แล้ว</translation>
        </message>
        <message>
            <location filename="../../workshop/roles.py" />
            <source>An actor is a person or an organisation.</source>
            <translation>ผู้มีบทบาทต้องเป็นบุคคลหรือหน่วยงาน</translation>
        </message>
        <message>
            <location filename="../../workshop/speakers.py" />
            <source>Type the speaker's name.</source>
            <translation>กรุณาพิมพ์ชื่อผู้พูด</translation>
        </message>
        <message>
            <location filename="../../workshop/issues.py" />
            <source>No issue of this meeting was raised under that name.</source>
            <translation>ไม่มีประเด็นใดในการประชุมนี้ที่เสนอโดยชื่อนี้</translation>
        </message>
        <message>
            <location filename="../../workshop/speakers.py" />
            <source>No speaker of this meeting has that name.</source>
            <translation>ไม่มีผู้พูดชื่อนี้ในการประชุมนี้</translation>
        </message>
        <message>
            <location filename="../../workshop/speakers.py" />
            <source>Write a short note of what was said.</source>
            <translation>กรุณาจดสั้น ๆ ว่าผู้พูดพูดเรื่องอะไร</translation>
        </message>
        <message>
            <location filename="../../workshop/store/backups.py" />
            <location filename="../../workshop/store/backups.py" />
            <source>The disk is full: the copy {name} was not made.</source>
            <translation>ดิสก์เต็ม จึงทำสำเนา {name} ไม่ได้ กรุณาลบแฟ้มที่ไม่ใช้แล้วลองใหม่</translation>
        </message>
        <message>
            <location filename="../../workshop/store/backups.py" />
            <location filename="../../workshop/store/records.py" />
            <source>{name} is open for viewing only; changes cannot be saved.</source>
            <translation>แฟ้ม {name} เปิดไว้เพื่อดูอย่างเดียว จึงบันทึกการแก้ไขไม่ได้</translation>
        </message>
        <message>
            <location filename="../../workshop/store/backups.py" />
            <source>{backup} is not a backup of {name} (it is another workshop file); nothing was restored.</source>
            <translation>แฟ้ม {backup} ไม่ใช่แฟ้มสำรองของแฟ้ม {name} (เป็นแฟ้มเวทีอื่น) จึงยังไม่ได้กู้คืนอะไรเลย</translation>
        </message>
        <message>
            <location filename="../../workshop/store/backups.py" />
            <source>Nothing was restored: a backup of the current state of {name} could not be made first (see the message above).</source>
            <translation>ยังไม่ได้กู้คืนอะไรเลย เพราะสำรองสภาพปัจจุบันของแฟ้ม {name} ไว้ก่อนไม่ได้ (ดูข้อความก่อนหน้านี้)</translation>
        </message>
        <message>
            <location filename="../../workshop/store/closed.py" />
            <source>Meeting {number}/{year} is closed, so what was recorded in it cannot be changed. Reopen the meeting first (Meetings page: Reopen).</source>
            <translation>การประชุมครั้งที่ {number}/{year} ปิดแล้ว จึงแก้ไขสิ่งที่บันทึกไว้ในการประชุมนี้ไม่ได้ ให้เปิดการประชุมอีกครั้งก่อน (หน้าการประชุม: เปิดการประชุมอีกครั้ง)</translation>
        </message>
        <message>
            <location filename="../../workshop/store/district_queries.py" />
            <source>{table} refers to a {parent} record that is missing.</source>
            <translation>{table} อ้างถึงข้อมูล {parent} ที่ไม่มีอยู่</translation>
        </message>
        <message>
            <location filename="../../workshop/store/district_queries.py" />
            <source>the data is inconsistent ({detail}).</source>
            <translation>ข้อมูลในแฟ้มขัดแย้งกันเอง (รายละเอียดทางเทคนิค: {detail})</translation>
        </message>
        <message>
            <location filename="../../workshop/store/file.py" />
            <source>{name} is a folder, not a workshop file.</source>
            <translation>{name} เป็นโฟลเดอร์ ไม่ใช่แฟ้มเวที</translation>
        </message>
        <message>
            <location filename="../../workshop/store/file.py" />
            <source>{name} is empty: it is not a Prachakhom workshop file.</source>
            <translation>แฟ้ม {name} ว่างเปล่า จึงไม่ใช่แฟ้มเวทีของโปรแกรมประชาคม</translation>
        </message>
        <message>
            <location filename="../../workshop/store/file.py" />
            <source>Cannot create {name}: {reason}.</source>
            <translation>สร้างแฟ้ม {name} ไม่ได้: {reason}</translation>
        </message>
        <message>
            <location filename="../../workshop/store/file.py" />
            <source>{name} is already open in another Prachakhom window. Switch to that window, or close it first.</source>
            <translation>แฟ้ม {name} เปิดอยู่ในหน้าต่างประชาคมอีกหน้าต่างหนึ่งแล้ว กรุณาสลับไปใช้หน้าต่างนั้น หรือปิดหน้าต่างนั้นก่อน</translation>
        </message>
        <message>
            <location filename="../../workshop/store/file.py" />
            <source>{name} cannot be read: permission denied.</source>
            <translation>เปิดอ่านแฟ้ม {name} ไม่ได้ เพราะไม่มีสิทธิ์เข้าถึงแฟ้มนี้</translation>
        </message>
        <message>
            <location filename="../../workshop/store/file.py" />
            <source>{name} is not a Prachakhom workshop file.</source>
            <translation>{name} ไม่ใช่แฟ้มเวทีของโปรแกรมประชาคม</translation>
        </message>
        <message>
            <location filename="../../workshop/store/file.py" />
            <source>{name} is damaged (it is cut short). Open one of its backups instead.</source>
            <translation>แฟ้ม {name} เสียหาย (ข้อมูลขาดหายไปบางส่วน) กรุณาเปิดแฟ้มสำรองของแฟ้มนี้แทน</translation>
        </message>
        <message>
            <location filename="../../workshop/store/file.py" />
            <location filename="../../workshop/store/file.py" />
            <source>{name} is an SQLite database, but not a Prachakhom workshop file.</source>
            <translation>{name} เป็นฐานข้อมูล SQLite แต่ไม่ใช่แฟ้มเวทีของโปรแกรมประชาคม</translation>
        </message>
        <message>
            <location filename="../../workshop/store/file.py" />
            <source>{name} is read-only: it can be opened for viewing only.</source>
            <translation>แฟ้ม {name} เปิดได้เพื่อดูอย่างเดียว เพราะแฟ้มถูกตั้งค่าห้ามแก้ไข</translation>
        </message>
        <message>
            <location filename="../../workshop/store/file.py" />
            <source>{name} was left half-written by a crash or a full disk, and cannot be repaired here because it is read-only. Copy {name} together with {journal} to a disk where they can be changed and open it there (never {name} alone).</source>
            <translation>แฟ้ม {name} ถูกเขียนค้างไว้ครึ่งทางเพราะโปรแกรมหยุดกะทันหันหรือดิสก์เต็ม และซ่อมที่นี่ไม่ได้เพราะแฟ้มอยู่ในที่ที่แก้ไขไม่ได้ กรุณาคัดลอกแฟ้ม {name} พร้อมกับแฟ้ม {journal} ไปไว้ในดิสก์ที่แก้ไขได้ แล้วเปิดที่นั่น (อย่าคัดลอกแฟ้ม {name} ไปเพียงแฟ้มเดียว)</translation>
        </message>
        <message>
            <location filename="../../workshop/store/file.py" />
            <source>{name}: an edit that was interrupted before it was saved (a crash or a full disk) was rolled back; every change saved before it is kept.</source>
            <translation>แฟ้ม {name}: การแก้ไขที่ถูกขัดจังหวะก่อนบันทึกเสร็จ (โปรแกรมหยุดกะทันหันหรือดิสก์เต็ม) ถูกยกเลิกแล้ว การแก้ไขทุกครั้งที่บันทึกไว้ก่อนหน้านั้นยังอยู่ครบ</translation>
        </message>
        <message>
            <location filename="../../workshop/store/file.py" />
            <source>its file format number is impossible ({version})</source>
            <translation>หมายเลขรูปแบบแฟ้มเป็นไปไม่ได้ ({version})</translation>
        </message>
        <message>
            <location filename="../../workshop/store/file.py" />
            <source>{name} is an empty database, not a Prachakhom workshop file.</source>
            <translation>{name} เป็นฐานข้อมูลว่างเปล่า ไม่ใช่แฟ้มเวทีของโปรแกรมประชาคม</translation>
        </message>
        <message>
            <location filename="../../workshop/store/file.py" />
            <source>{name} was saved by a newer version of Prachakhom (file format {version}; this version reads up to {supported}). Please update Prachakhom.</source>
            <translation>แฟ้ม {name} บันทึกจากโปรแกรมประชาคมรุ่นที่ใหม่กว่า (รูปแบบแฟ้มที่ {version} แต่รุ่นนี้อ่านได้ถึงรูปแบบที่ {supported}) กรุณาอัปเดตโปรแกรมประชาคม</translation>
        </message>
        <message>
            <location filename="../../workshop/store/records.py" />
            <source>{name} already exists; choose another name.</source>
            <translation>มีแฟ้มชื่อ {name} อยู่แล้ว กรุณาตั้งชื่ออื่น</translation>
        </message>
        <message>
            <location filename="../../workshop/store/records.py" />
            <source>This step cannot be undone or redone any more: the file was changed in between.</source>
            <translation>ย้อนกลับหรือทำซ้ำขั้นนี้ไม่ได้แล้ว เพราะแฟ้มถูกแก้ไขไปในระหว่างนั้น</translation>
        </message>
        <message>
            <location filename="../../workshop/store/records.py" />
            <source>The {kind} was not found (it may have been deleted).</source>
            <translation>ไม่พบ{kind}ที่ต้องการ อาจถูกลบไปแล้ว</translation>
        </message>
        <message>
            <location filename="../../workshop/store/records.py" />
            <source>The record was not found (it may have been deleted already).</source>
            <translation>ไม่พบข้อมูลที่ต้องการ อาจถูกลบไปแล้ว</translation>
        </message>
        <message>
            <location filename="../../workshop/store/records.py" />
            <source>organisation</source>
            <translation>หน่วยงาน</translation>
        </message>
        <message>
            <location filename="../../workshop/store/records.py" />
            <source>person</source>
            <translation>บุคคล</translation>
        </message>
        <message>
            <location filename="../../workshop/store/records.py" />
            <source>meeting</source>
            <translation>การประชุม</translation>
        </message>
        <message>
            <location filename="../../workshop/store/records.py" />
            <source>agenda item</source>
            <translation>วาระการประชุม</translation>
        </message>
        <message>
            <location filename="../../workshop/store/records.py" />
            <source>check-in record</source>
            <translation>การลงทะเบียน</translation>
        </message>
        <message>
            <location filename="../../workshop/store/records.py" />
            <source>meeting role</source>
            <translation>บทบาทในการประชุม</translation>
        </message>
        <message>
            <location filename="../../workshop/store/records.py" />
            <source>network role</source>
            <translation>บทบาทในเครือข่าย</translation>
        </message>
        <message>
            <location filename="../../workshop/store/records.py" />
            <source>category</source>
            <translation>หมวดหมู่</translation>
        </message>
        <message>
            <location filename="../../workshop/store/records.py" />
            <source>group of issues</source>
            <translation>กลุ่มปัญหา</translation>
        </message>
        <message>
            <location filename="../../workshop/store/records.py" />
            <source>issue</source>
            <translation>ปัญหา</translation>
        </message>
        <message>
            <location filename="../../workshop/store/records.py" />
            <source>link between issues</source>
            <translation>ความเชื่อมโยงระหว่างปัญหา</translation>
        </message>
        <message>
            <location filename="../../workshop/store/records.py" />
            <source>party to an issue</source>
            <translation>ผู้เกี่ยวข้องกับปัญหา</translation>
        </message>
        <message>
            <location filename="../../workshop/store/records.py" />
            <source>map</source>
            <translation>แผนที่</translation>
        </message>
        <message>
            <location filename="../../workshop/store/records.py" />
            <source>vote</source>
            <translation>คะแนนโหวต</translation>
        </message>
        <message>
            <location filename="../../workshop/store/records.py" />
            <source>criterion</source>
            <translation>เกณฑ์</translation>
        </message>
        <message>
            <location filename="../../workshop/store/records.py" />
            <source>score</source>
            <translation>คะแนน</translation>
        </message>
        <message>
            <location filename="../../workshop/store/records.py" />
            <source>speaker's turn</source>
            <translation>ลำดับผู้พูด</translation>
        </message>
        <message>
            <location filename="../../workshop/store/records.py" />
            <source>contribution</source>
            <translation>ความเห็น</translation>
        </message>
        <message>
            <location filename="../../workshop/store/records.py" />
            <source>proposal</source>
            <translation>ข้อเสนอ</translation>
        </message>
        <message>
            <location filename="../../workshop/store/records.py" />
            <source>position on a proposal</source>
            <translation>ความเห็นต่อข้อเสนอ</translation>
        </message>
        <message>
            <location filename="../../workshop/store/records.py" />
            <source>action</source>
            <translation>กิจกรรม</translation>
        </message>
        <message>
            <location filename="../../workshop/store/records.py" />
            <source>action partner</source>
            <translation>ผู้ร่วมดำเนินการ</translation>
        </message>
        <message>
            <location filename="../../workshop/store/records.py" />
            <source>pledge</source>
            <translation>การสมทบทรัพยากร</translation>
        </message>
        <message>
            <location filename="../../workshop/store/sqlerrors.py" />
            <source>The disk is full: the last change to {name} was not saved. Free some space or save a copy elsewhere.</source>
            <translation>ดิสก์เต็ม การแก้ไขล่าสุดในแฟ้ม {name} จึงยังไม่ถูกบันทึก กรุณาลบแฟ้มที่ไม่ใช้ให้มีที่ว่าง หรือบันทึกสำเนาไว้ที่อื่น</translation>
        </message>
        <message>
            <location filename="../../workshop/store/sqlerrors.py" />
            <source>{name} cannot be changed (it is read-only or on a locked disk). Save a copy elsewhere to keep working.</source>
            <translation>แก้ไขแฟ้ม {name} ไม่ได้ (แฟ้มถูกตั้งค่าห้ามแก้ไข หรืออยู่ในดิสก์ที่ล็อกไว้) หากต้องการทำงานต่อ ให้บันทึกสำเนาไว้ที่อื่น</translation>
        </message>
        <message>
            <location filename="../../workshop/store/sqlerrors.py" />
            <source>{name} is busy in another program. Close it there and try again.</source>
            <translation>แฟ้ม {name} กำลังถูกใช้อยู่ในโปรแกรมอื่น กรุณาปิดแฟ้มในโปรแกรมนั้นแล้วลองใหม่</translation>
        </message>
        <message>
            <location filename="../../workshop/tallies.py" />
            <source>Write each tally as an issue number and a count, like 3=12; this part is not: {part}</source>
            <translation>เขียนผลนับแต่ละรายการเป็นเลขที่ปัญหาและจำนวน เช่น 3=12 ส่วนนี้ไม่ใช่: {part}</translation>
        </message>
        <message>
            <location filename="../../workshop/tallies.py" />
            <source>Issue {number} is given two different counts.</source>
            <translation>ปัญหาเลขที่ {number} มีจำนวนสองค่าที่ไม่ตรงกัน</translation>
        </message>
        <message>
            <location filename="../../workshop/tallies.py" />
            <source>There is no issue {number} on the board of this meeting.</source>
            <translation>ไม่มีปัญหาเลขที่ {number} บนกระดานของการประชุมนี้</translation>
        </message>
        <message>
            <location filename="../../workshop/validate.py" />
            <source>is empty but must have a value</source>
            <translation>ว่างอยู่ แต่ต้องมีค่า</translation>
        </message>
        <message>
            <location filename="../../workshop/validate.py" />
            <source>is not valid text (UTF-8)</source>
            <translation>ไม่ใช่ข้อความที่ถูกต้อง (UTF-8)</translation>
        </message>
        <message>
            <location filename="../../workshop/validate.py" />
            <source>has an unknown value {value}</source>
            <translation>มีค่าที่ไม่รู้จัก {value}</translation>
        </message>
        <message>
            <location filename="../../workshop/validate.py" />
            <source>must be 0 or 1, not {value}</source>
            <translation>ต้องเป็น 0 หรือ 1 ไม่ใช่ {value}</translation>
        </message>
        <message>
            <location filename="../../workshop/validate.py" />
            <source>must be a whole number, not {value}</source>
            <translation>ต้องเป็นจำนวนเต็ม ไม่ใช่ {value}</translation>
        </message>
        <message>
            <location filename="../../workshop/validate.py" />
            <source>must be a number, not {value}</source>
            <translation>ต้องเป็นตัวเลข ไม่ใช่ {value}</translation>
        </message>
        <message>
            <location filename="../../workshop/validate.py" />
            <source>must be a picture, not {value}</source>
            <translation>ต้องเป็นรูปภาพ ไม่ใช่ {value}</translation>
        </message>
        <message>
            <location filename="../../workshop/validate.py" />
            <source>must be text, not {value}</source>
            <translation>ต้องเป็นข้อความ ไม่ใช่ {value}</translation>
        </message>
        <message>
            <location filename="../../workshop/validate.py" />
            <source>is not a record id (UUID): {value}</source>
            <translation>ไม่ใช่รหัสรายการที่ถูกต้อง: {value}</translation>
        </message>
        <message>
            <location filename="../../workshop/validate.py" />
            <source>is not a date and time: {value}</source>
            <translation>ไม่ใช่วันที่และเวลา: {value}</translation>
        </message>
        <message>
            <location filename="../../workshop/validate.py" />
            <source>is not a date: {value}</source>
            <translation>ไม่ใช่วันที่: {value}</translation>
        </message>
        <message>
            <location filename="../../workshop/validate.py" />
            <source>is not a time (hh:mm): {value}</source>
            <translation>ไม่ใช่เวลา (ชช:นน): {value}</translation>
        </message>
        <message>
            <location filename="../../workshop/validate.py" />
            <source>is too long: {length} characters, at most {limit}</source>
            <translation>ยาวเกินไป: {length} ตัวอักษร ได้ไม่เกิน {limit}</translation>
        </message>
        <message>
            <location filename="../../workshop/validate.py" />
            <source>is not a picture that can be shown (damaged or cut short)</source>
            <translation>ไม่ใช่รูปภาพที่แสดงได้ (เสียหายหรือขาดหาย)</translation>
        </message>
        <message>
            <location filename="../../workshop/validate.py" />
            <source>cannot be empty</source>
            <translation>เว้นว่างไม่ได้</translation>
        </message>
        <message>
            <location filename="../../workshop/validate.py" />
            <source>it is cut short ({size} bytes)</source>
            <translation>แฟ้มขาดหาย (เหลือ {size} ไบต์)</translation>
        </message>
        <message>
            <location filename="../../workshop/validate.py" />
            <source>its header is damaged</source>
            <translation>ส่วนหัวของแฟ้มเสียหาย</translation>
        </message>
        <message>
            <location filename="../../workshop/validate.py" />
            <source>it is cut short or has bytes added: {size} bytes is not a whole number of pages of {page_size} bytes</source>
            <translation>แฟ้มขาดหายหรือมีข้อมูลเกินมา: ขนาด {size} ไบต์ ไม่ใช่จำนวนหน้าเต็มของหน้าละ {page_size} ไบต์</translation>
        </message>
        <message>
            <location filename="../../workshop/validate.py" />
            <source>it holds {have} pages but its header records {pages}: it was cut short or has pages added</source>
            <translation>แฟ้มมี {have} หน้า แต่ส่วนหัวบันทึกไว้ {pages} หน้า: แฟ้มขาดหายหรือมีหน้าเกินมา</translation>
        </message>
        <message>
            <location filename="../../workshop/validate.py" />
            <source>{table} {id} ({column}) {problem}</source>
            <translation>ตาราง {table} รายการ {id} ({column}) {problem}</translation>
        </message>
        <message>
            <location filename="../../workshop/validate.py" />
            <source>table {table} cannot be read ({detail})</source>
            <translation>อ่านตาราง {table} ไม่ได้ ({detail})</translation>
        </message>
        <message>
            <source>The file is not a text file in a known encoding. Save it from the spreadsheet as "CSV UTF-8" and try again.</source>
            <translation type="vanished">อ่านแฟ้มไม่ออก เพราะไม่ใช่แฟ้มข้อความแบบที่รู้จัก กรุณาบันทึกแฟ้มจากโปรแกรมตารางเป็นแบบ "CSV UTF-8" แล้วลองใหม่</translation>
        </message>
        <message>
            <source>row {row}: gender {value} is not one of ชาย, หญิง, อื่น ๆ (male, female, other).</source>
            <translation type="vanished">แถวที่ {row}: เพศ {value} ต้องเป็น ชาย หญิง หรือ อื่น ๆ</translation>
        </message>
        <message>
            <source>{table} {id} refers to a {parent} record that is neither in the file nor in the import.</source>
            <translation type="vanished">{table} {id} อ้างถึงข้อมูล {parent} ที่ไม่มีทั้งในแฟ้มนี้และในแฟ้มที่นำเข้า</translation>
        </message>
        <message>
            <source>{table} {id}: its {parent} record was deleted</source>
            <translation type="vanished">{table} {id}: ข้อมูล {parent} ที่อ้างถึงถูกลบไปแล้ว</translation>
        </message>
        <message>
            <source>{table} {id} cannot be stored ({detail}).</source>
            <translation type="vanished">บันทึก {table} {id} ไม่ได้ (รายละเอียดทางเทคนิค: {detail})</translation>
        </message>
        <message>
            <source>{table} {id} was deleted elsewhere but edited here later; kept</source>
            <translation type="vanished">{table} {id} ถูกลบในอีกเครื่องหนึ่ง แต่ในแฟ้มนี้แก้ไขภายหลัง จึงเก็บไว้</translation>
        </message>
        <message>
            <source>This change conflicts with the saved data ({detail}).</source>
            <translation type="vanished">การแก้ไขนี้ขัดกับข้อมูลที่บันทึกไว้แล้ว (รายละเอียดทางเทคนิค: {detail})</translation>
        </message>
        <message>
            <source>{path} has no meetings yet.</source>
            <translation type="vanished">แฟ้ม {path} ยังไม่มีการประชุม</translation>
        </message>
        <message>
            <source>{name} needs upgrading to this version's file format, which cannot be done while it is read-only. Save a copy elsewhere first.</source>
            <translation type="vanished">แฟ้ม {name} ต้องปรับเป็นรูปแบบของโปรแกรมรุ่นนี้ก่อน แต่ทำไม่ได้เพราะแฟ้มถูกตั้งค่าห้ามแก้ไข กรุณาบันทึกสำเนาไว้ที่อื่นก่อน</translation>
        </message>
    </context>
</TS>
