<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th_TH">
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../ui/restore_dialog.py" line="44"/>
        <location filename="../../ui/restore_dialog.py" line="106"/>
        <source>Restore from backup</source>
        <translation>กู้คืนจากแฟ้มสำรอง</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="47"/>
        <source>Choose the backup to go back to. The file&apos;s current state is backed up first, so you can come back to it the same way.</source>
        <translation>เลือกแฟ้มสำรองที่ต้องการย้อนกลับไป โปรแกรมจะสำรองสภาพปัจจุบันของแฟ้มไว้ก่อน จึงกลับมาที่สภาพนี้ได้ด้วยวิธีเดียวกัน</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="54"/>
        <source>Made</source>
        <translation>สำรองเมื่อ</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="54"/>
        <source>Meetings</source>
        <translation>การประชุม</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="54"/>
        <source>People</source>
        <translation>บุคคล</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="54"/>
        <source>Last edit</source>
        <translation>แก้ไขล่าสุด</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="55"/>
        <source>Note</source>
        <translation>หมายเหตุ</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="63"/>
        <source>cannot be read: %1</source>
        <translation>อ่านไม่ได้: %1</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="65"/>
        <source>edited after it was made</source>
        <translation>ถูกแก้ไขหลังจากสำรอง</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="81"/>
        <source>This file has no backups yet.</source>
        <translation>แฟ้มนี้ยังไม่มีแฟ้มสำรอง</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="84"/>
        <location filename="../../ui/restore_dialog.py" line="112"/>
        <source>&amp;Restore</source>
        <translation>กู้คืน (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="107"/>
        <source>Replace everything in %1 by the backup made %2?

The current state is backed up first.</source>
        <translation>แทนที่ข้อมูลทั้งหมดในแฟ้ม %1 ด้วยแฟ้มสำรองเมื่อ %2 หรือไม่

โปรแกรมจะสำรองสภาพปัจจุบันไว้ก่อน</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="125"/>
        <source>This file is open for viewing only: it cannot be restored here.</source>
        <translation>แฟ้มนี้เปิดไว้เพื่อดูอย่างเดียว จึงกู้คืนที่นี่ไม่ได้</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="142"/>
        <source>Restored the backup made %1; the state before is in the backups too.</source>
        <translation>กู้คืนแฟ้มสำรองเมื่อ %1 แล้ว สภาพก่อนกู้คืนก็เก็บไว้ในแฟ้มสำรองด้วย</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/mainwindow.py" line="121"/>
        <source>&amp;Restore from backup…</source>
        <translation>กู้คืนจากแฟ้มสำรอง… (&amp;R)</translation>
    </message>
</context>
</TS>
