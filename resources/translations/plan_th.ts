<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th_TH">
<context>
    <name>HandOver</name>
    <message>
        <location filename="../../ui/handover.py" line="22" />
        <source>&amp;Hand over…</source>
        <translation>ส่งมอบเอกสาร…</translation>
    </message>
    <message>
        <location filename="../../ui/handover.py" line="39" />
        <source>Choose a meeting first.</source>
        <translation>กรุณาเลือกการประชุมก่อน</translation>
    </message>
    <message>
        <location filename="../../ui/handover.py" line="43" />
        <source>Hand over the meeting's documents</source>
        <translation>ส่งมอบเอกสารของการประชุม</translation>
    </message>
    <message>
        <location filename="../../ui/handover.py" line="44" />
        <source>ZIP archives (*.zip)</source>
        <translation>ไฟล์บีบอัด ZIP (*.zip)</translation>
    </message>
    <message>
        <location filename="../../ui/handover.py" line="59" />
        <source>The package could not be written: %1</source>
        <translation>บันทึกชุดเอกสารส่งมอบไม่ได้: %1</translation>
    </message>
    <message>
        <location filename="../../ui/handover.py" line="64" />
        <source>Hand-over package written: %1 (%2 files)</source>
        <translation>บันทึกชุดเอกสารส่งมอบแล้ว: %1 (%2 ไฟล์)</translation>
    </message>
    <message>
        <location filename="../../ui/handover.py" line="69" />
        <source>Replace the package?</source>
        <translation>แทนที่ชุดเอกสารเดิม?</translation>
    </message>
    <message>
        <location filename="../../ui/handover.py" line="70" />
        <source>%1 already exists. Replace it with a new package?</source>
        <translation>มี %1 อยู่แล้ว ต้องการแทนที่ด้วยชุดเอกสารใหม่หรือไม่</translation>
    </message>
    <message>
        <location filename="../../ui/handover.py" line="79" />
        <source>Hand over</source>
        <translation>ส่งมอบเอกสาร</translation>
    </message>
</context>
<context>
    <name>PlanForm</name>
    <message>
        <location filename="../../ui/planform.py" line="50" />
        <source>Village plan</source>
        <translation>แผนพัฒนาหมู่บ้าน</translation>
    </message>
    <message>
        <location filename="../../ui/planform.py" line="58" />
        <source>Action</source>
        <translation>กิจกรรม</translation>
    </message>
    <message>
        <location filename="../../ui/planform.py" line="61" />
        <source>Plan fields</source>
        <translation>ข้อมูลสำหรับแผน</translation>
    </message>
    <message>
        <location filename="../../ui/planform.py" line="69" />
        <source>(the lead organisation)</source>
        <translation>(หน่วยงานผู้รับผิดชอบหลัก)</translation>
    </message>
    <message>
        <location filename="../../ui/planform.py" line="84" />
        <source>Objective</source>
        <translation>วัตถุประสงค์</translation>
    </message>
    <message>
        <location filename="../../ui/planform.py" line="85" />
        <source>Target (output)</source>
        <translation>เป้าหมาย (ผลผลิต)</translation>
    </message>
    <message>
        <location filename="../../ui/planform.py" line="86" />
        <source>Location</source>
        <translation>สถานที่ดำเนินการ</translation>
    </message>
    <message>
        <location filename="../../ui/planform.py" line="87" />
        <source>Budget per fiscal year (baht)</source>
        <translation>งบประมาณรายปีงบประมาณ (บาท)</translation>
    </message>
    <message>
        <location filename="../../ui/planform.py" line="88" />
        <source>Source of funds</source>
        <translation>แหล่งงบประมาณ</translation>
    </message>
    <message>
        <location filename="../../ui/planform.py" line="89" />
        <source>Indicator</source>
        <translation>ตัวชี้วัด</translation>
    </message>
    <message>
        <location filename="../../ui/planform.py" line="90" />
        <source>Expected result</source>
        <translation>ผลที่คาดว่าจะได้รับ</translation>
    </message>
    <message>
        <location filename="../../ui/planform.py" line="91" />
        <source>Responsible agency</source>
        <translation>หน่วยงานรับผิดชอบหลัก</translation>
    </message>
    <message>
        <location filename="../../ui/planform.py" line="92" />
        <source>Plan group</source>
        <translation>ประเภทในแผน (ทำเอง/ทำร่วม/ขอรับการสนับสนุน)</translation>
    </message>
    <message>
        <location filename="../../ui/planform.py" line="93" />
        <source>Save plan fields</source>
        <translation>บันทึกข้อมูลแผน</translation>
    </message>
    <message>
        <location filename="../../ui/planform.py" line="97" />
        <source>Village plan table</source>
        <translation>ตารางแผนพัฒนาหมู่บ้าน</translation>
    </message>
    <message>
        <location filename="../../ui/planform.py" line="100" />
        <source>This meeting (and what is carried into it)</source>
        <translation>เวทีนี้ (รวมเรื่องที่ต่อเนื่องมา)</translation>
    </message>
    <message>
        <location filename="../../ui/planform.py" line="101" />
        <source>All meetings of the series</source>
        <translation>ทุกเวทีในชุดเดียวกัน</translation>
    </message>
    <message>
        <location filename="../../ui/planform.py" line="102" />
        <source>Village plan PDF…</source>
        <translation>แผนพัฒนาหมู่บ้าน PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/planform.py" line="104" />
        <source>Village plan XLSX…</source>
        <translation>แผนพัฒนาหมู่บ้าน XLSX…</translation>
    </message>
    <message>
        <location filename="../../ui/planform.py" line="134" />
        <source>FY %1</source>
        <translation>ปีงบ %1</translation>
    </message>
    <message>
        <location filename="../../ui/planform.py" line="224" />
        <source>Edit plan fields</source>
        <translation>แก้ไขข้อมูลแผน</translation>
    </message>
    <message>
        <location filename="../../ui/planform.py" line="238" />
        <source>village-plan-all</source>
        <translation>แผนพัฒนาหมู่บ้าน-ทุกเวที</translation>
    </message>
    <message>
        <location filename="../../ui/planform.py" line="239" />
        <source>village-plan-%1-%2</source>
        <translation>แผนพัฒนาหมู่บ้าน-ครั้งที่-%1-%2</translation>
    </message>
    <message>
        <location filename="../../ui/planform.py" line="242" />
        <source>PDF files (*.pdf)</source>
        <translation>ไฟล์ PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/planform.py" line="243" />
        <source>Excel workbooks (*.xlsx)</source>
        <translation>ไฟล์ Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/planform.py" line="244" />
        <source>Write the village plan table</source>
        <translation>บันทึกตารางแผนพัฒนาหมู่บ้าน</translation>
    </message>
    <message>
        <location filename="../../ui/planform.py" line="259" />
        <source>The file could not be written: %1</source>
        <translation>บันทึกไฟล์ไม่ได้: %1</translation>
    </message>
    <message>
        <location filename="../../ui/planform.py" line="262" />
        <source>Wrote %1</source>
        <translation>บันทึก %1 แล้ว</translation>
    </message>
</context>
</TS>
