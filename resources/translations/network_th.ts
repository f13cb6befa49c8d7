<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th_TH">
<context>
    <name>CoordinatorsModel</name>
    <message>
        <location filename="../../ui/pages/network.py" line="55"/>
        <source>Coordinator</source>
        <translation>ผู้ประสานงาน</translation>
    </message>
    <message>
        <location filename="../../ui/pages/network.py" line="55"/>
        <source>Sector</source>
        <translation>ภาคส่วน</translation>
    </message>
    <message>
        <location filename="../../ui/pages/network.py" line="55"/>
        <source>Why</source>
        <translation>เหตุผล</translation>
    </message>
</context>
<context>
    <name>NetworkPage</name>
    <message>
        <location filename="../../ui/pages/network.py" line="41"/>
        <source>Partner</source>
        <translation>ภาคีร่วมดำเนินการ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/network.py" line="43"/>
        <source>Pledge</source>
        <translation>สมทบทรัพยากร</translation>
    </message>
    <message>
        <location filename="../../ui/pages/network.py" line="45"/>
        <source>Member of</source>
        <translation>เป็นสมาชิกของ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/network.py" line="47"/>
        <source>Leads</source>
        <translation>รับผิดชอบหลัก</translation>
    </message>
    <message>
        <location filename="../../ui/pages/network.py" line="79"/>
        <source>This meeting</source>
        <translation>การประชุมครั้งนี้</translation>
    </message>
    <message>
        <location filename="../../ui/pages/network.py" line="80"/>
        <source>The series of meetings</source>
        <translation>การประชุมทุกครั้งในชุดนี้</translation>
    </message>
    <message>
        <location filename="../../ui/pages/network.py" line="81"/>
        <source>Every meeting in the file</source>
        <translation>การประชุมทั้งหมดในแฟ้ม</translation>
    </message>
    <message>
        <location filename="../../ui/pages/network.py" line="86"/>
        <source>Links shown</source>
        <translation>ความเชื่อมโยงที่แสดง</translation>
    </message>
    <message>
        <location filename="../../ui/pages/network.py" line="96"/>
        <source>Fit</source>
        <translation>พอดีจอ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/network.py" line="97"/>
        <source>Export PNG…</source>
        <translation>ส่งออกภาพ PNG…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/network.py" line="107"/>
        <source>Meetings</source>
        <translation>การประชุม</translation>
    </message>
    <message>
        <location filename="../../ui/pages/network.py" line="109"/>
        <source>Issue</source>
        <translation>ปัญหา</translation>
    </message>
    <message>
        <location filename="../../ui/pages/network.py" line="121"/>
        <location filename="../../ui/pages/network.py" line="266"/>
        <source>Select an actor to see its roles.</source>
        <translation>เลือกผู้เกี่ยวข้องเพื่อดูบทบาท</translation>
    </message>
    <message>
        <location filename="../../ui/pages/network.py" line="134"/>
        <source>Coordinators found from the record</source>
        <translation>ผู้ประสานงานที่พบจากบันทึก</translation>
    </message>
    <message>
        <location filename="../../ui/pages/network.py" line="156"/>
        <source>Network</source>
        <translation>เครือข่าย</translation>
    </message>
    <message>
        <location filename="../../ui/pages/network.py" line="177"/>
        <source>Filled: organisation · outlined: person · dashed: pledge or membership only · thicker: more records</source>
        <translation>ทึบ: องค์กร · โปร่ง: บุคคล · เส้นประ: สมทบทรัพยากรหรือเป็นสมาชิกเท่านั้น · เส้นหนา: มีบันทึกมากกว่า</translation>
    </message>
    <message>
        <location filename="../../ui/pages/network.py" line="202"/>
        <source>(every issue)</source>
        <translation>(ทุกปัญหา)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/network.py" line="224"/>
        <source>(the whole meeting)</source>
        <translation>(ทั้งการประชุม)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/network.py" line="256"/>
        <source>Recorded as coordinating, but linking no one in the record: %1</source>
        <translation>บันทึกว่าเป็นผู้ประสานงาน แต่ไม่ปรากฏว่าเชื่อมโยงกับใครในบันทึก: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/network.py" line="259"/>
        <source>%1 actors, %2 links shown</source>
        <translation>ผู้เกี่ยวข้อง %1 ราย แสดงความเชื่อมโยง %2 เส้น</translation>
    </message>
    <message>
        <location filename="../../ui/pages/network.py" line="288"/>
        <source>The picture could not be saved to %1.</source>
        <translation>บันทึกภาพไปที่ %1 ไม่ได้</translation>
    </message>
    <message>
        <location filename="../../ui/pages/network.py" line="291"/>
        <source>Saved %1</source>
        <translation>บันทึกแล้ว: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/network.py" line="295"/>
        <source>Export the network picture</source>
        <translation>ส่งออกภาพเครือข่าย</translation>
    </message>
    <message>
        <location filename="../../ui/pages/network.py" line="296"/>
        <source>PNG picture (*.png)</source>
        <translation>ภาพ PNG (*.png)</translation>
    </message>
    <message>
        <source>A long series: only its last %1 meetings up to this one are shown.</source>
        <translation>ชุดการประชุมนี้ยาว จึงแสดงเฉพาะ %1 ครั้งล่าสุดจนถึงครั้งนี้</translation>
    </message>
</context>
</TS>
