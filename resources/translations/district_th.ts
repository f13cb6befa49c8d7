<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="th_TH">
<context>
    <name>MergeFiles</name>
    <message>
        <location filename="../../ui/merge_dialog.py" line="45" />
        <source>&amp;Merge another file…</source>
        <translation>&amp;รวมข้อมูลจากไฟล์อื่น…</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="52" />
        <source>Merge another workshop file</source>
        <translation>รวมข้อมูลจากไฟล์เวทีประชาคมอื่น</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="53" />
        <source>Workshop files (*%1);;All files (*)</source>
        <translation>ไฟล์เวทีประชาคม (*%1);;ทุกไฟล์ (*)</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="58" />
        <source>Merge %1 into this file?

%2 records will be added, %3 updated and %4 deleted; %5 conflicts were decided by the merge rule (the latest change wins; a deletion wins over an earlier edit).</source>
        <translation>รวมข้อมูลจาก %1 เข้าในไฟล์นี้หรือไม่?

จะเพิ่ม %2 รายการ ปรับปรุง %3 รายการ และลบ %4 รายการ มีข้อขัดแย้ง %5 รายการที่ตัดสินตามกฎการรวม (การแก้ไขล่าสุดชนะ การลบชนะการแก้ไขที่เกิดก่อนหน้า)</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="64" />
        <source>Ctrl+Z undoes the whole merge.</source>
        <translation>กด Ctrl+Z เพื่อยกเลิกการรวมทั้งหมด</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="72" />
        <source>That is the open file; choose another.</source>
        <translation>ไฟล์นี้คือไฟล์ที่เปิดอยู่ กรุณาเลือกไฟล์อื่น</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="86" />
        <location filename="../../ui/merge_dialog.py" line="91" />
        <location filename="../../ui/merge_dialog.py" line="95" />
        <source>Merge</source>
        <translation>รวมข้อมูล</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="87" />
        <source>%1 holds nothing this file does not already have.</source>
        <translation>%1 ไม่มีข้อมูลใดที่ไฟล์นี้ยังไม่มี</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="103" />
        <source>Merge %1</source>
        <translation>รวมข้อมูลจาก %1</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="106" />
        <source>Merged: %1 added, %2 updated, %3 deleted.</source>
        <translation>รวมข้อมูลแล้ว: เพิ่ม %1 ปรับปรุง %2 ลบ %3 รายการ</translation>
    </message>
</context>
</TS>