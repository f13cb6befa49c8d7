<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th_TH">
<context>
    <name>FileWrite</name>
    <message>
        <location filename="../../ui/filewrite.py" line="22" />
        <source>The file could not be written: %1</source>
        <translation>บันทึกไฟล์ไม่ได้: %1</translation>
    </message>
    <message>
        <location filename="../../ui/filewrite.py" line="23" />
        <source>Wrote %1</source>
        <translation>บันทึก %1 แล้ว</translation>
    </message>
</context>
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
    <name>PaperKit</name>
    <message>
        <location filename="../../ui/paperkit.py" line="46" />
        <source>Paper</source>
        <translation>กระดาษ</translation>
    </message>
    <message>
        <location filename="../../ui/paperkit.py" line="49" />
        <source>Print</source>
        <translation>พิมพ์</translation>
    </message>
    <message>
        <location filename="../../ui/paperkit.py" line="52" />
        <source>e.g. ที่ ขก 76001/ว 125</source>
        <translation>เช่น ที่ ขก 76001/ว 125</translation>
    </message>
    <message>
        <location filename="../../ui/paperkit.py" line="54" />
        <source>(the participants of the forum)</source>
        <translation>(ผู้เข้าร่วมเวทีประชาคม)</translation>
    </message>
    <message>
        <location filename="../../ui/paperkit.py" line="55" />
        <source>Invitation letter with the agenda…</source>
        <translation>หนังสือเชิญประชุมพร้อมระเบียบวาระ…</translation>
    </message>
    <message>
        <location filename="../../ui/paperkit.py" line="57" />
        <source>Blank tally sheets…</source>
        <translation>แบบนับคะแนนเปล่า…</translation>
    </message>
    <message>
        <location filename="../../ui/paperkit.py" line="59" />
        <source>Letter number</source>
        <translation>เลขที่หนังสือ</translation>
    </message>
    <message>
        <location filename="../../ui/paperkit.py" line="60" />
        <source>To</source>
        <translation>เรียน</translation>
    </message>
    <message>
        <location filename="../../ui/paperkit.py" line="67" />
        <source>Type in the tallies from paper</source>
        <translation>กรอกผลนับคะแนนจากกระดาษ</translation>
    </message>
    <message>
        <location filename="../../ui/paperkit.py" line="70" />
        <source>The numbers are the issue numbers on the board and on the tally sheets. The counts become the hand counts of the issues, all in one step.</source>
        <translation>เลขที่คือเลขบัตรปัญหาบนกระดานและในแบบนับคะแนน ยอดที่กรอกจะเป็นคะแนนนับมือของแต่ละปัญหา บันทึกพร้อมกันในครั้งเดียว</translation>
    </message>
    <message>
        <location filename="../../ui/paperkit.py" line="75" />
        <location filename="../../ui/paperkit.py" line="140" />
        <source>Enter the tallies</source>
        <translation>บันทึกผลนับคะแนน</translation>
    </message>
    <message>
        <location filename="../../ui/paperkit.py" line="144" />
        <source>%1 tallies entered</source>
        <translation>บันทึกผลนับคะแนนแล้ว %1 รายการ</translation>
    </message>
    <message>
        <location filename="../../ui/paperkit.py" line="156" />
        <source>invitation-%1-%2</source>
        <translation>หนังสือเชิญประชุม-ครั้งที่-%1-%2</translation>
    </message>
    <message>
        <location filename="../../ui/paperkit.py" line="157" />
        <source>tally-sheets-%1-%2</source>
        <translation>แบบนับคะแนน-ครั้งที่-%1-%2</translation>
    </message>
    <message>
        <location filename="../../ui/paperkit.py" line="160" />
        <source>Save the PDF</source>
        <translation>บันทึกไฟล์ PDF</translation>
    </message>
    <message>
        <location filename="../../ui/paperkit.py" line="161" />
        <source>PDF files (*.pdf)</source>
        <translation>ไฟล์ PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>PlanForm</name>
    <message>
        <location filename="../../ui/planform.py" line="49" />
        <source>Village plan</source>
        <translation>แผนพัฒนาหมู่บ้าน</translation>
    </message>
    <message>
        <location filename="../../ui/planform.py" line="57" />
        <source>Action</source>
        <translation>กิจกรรม</translation>
    </message>
    <message>
        <location filename="../../ui/planform.py" line="60" />
        <source>Plan fields</source>
        <translation>ข้อมูลสำหรับแผน</translation>
    </message>
    <message>
        <location filename="../../ui/planform.py" line="68" />
        <source>(the lead organisation)</source>
        <translation>(หน่วยงานผู้รับผิดชอบหลัก)</translation>
    </message>
    <message>
        <location filename="../../ui/planform.py" line="83" />
        <source>Objective</source>
        <translation>วัตถุประสงค์</translation>
    </message>
    <message>
        <location filename="../../ui/planform.py" line="84" />
        <source>Target (output)</source>
        <translation>เป้าหมาย (ผลผลิต)</translation>
    </message>
    <message>
        <location filename="../../ui/planform.py" line="85" />
        <source>Location</source>
        <translation>สถานที่ดำเนินการ</translation>
    </message>
    <message>
        <location filename="../../ui/planform.py" line="86" />
        <source>Budget per fiscal year (baht)</source>
        <translation>งบประมาณรายปีงบประมาณ (บาท)</translation>
    </message>
    <message>
        <location filename="../../ui/planform.py" line="87" />
        <source>Source of funds</source>
        <translation>แหล่งงบประมาณ</translation>
    </message>
    <message>
        <location filename="../../ui/planform.py" line="88" />
        <source>Indicator</source>
        <translation>ตัวชี้วัด</translation>
    </message>
    <message>
        <location filename="../../ui/planform.py" line="89" />
        <source>Expected result</source>
        <translation>ผลที่คาดว่าจะได้รับ</translation>
    </message>
    <message>
        <location filename="../../ui/planform.py" line="90" />
        <source>Responsible agency</source>
        <translation>หน่วยงานรับผิดชอบหลัก</translation>
    </message>
    <message>
        <location filename="../../ui/planform.py" line="91" />
        <source>Plan group</source>
        <translation>ประเภทในแผน</translation>
    </message>
    <message>
        <location filename="../../ui/planform.py" line="92" />
        <source>Save plan fields</source>
        <translation>บันทึกข้อมูลแผน</translation>
    </message>
    <message>
        <location filename="../../ui/planform.py" line="96" />
        <source>Village plan table</source>
        <translation>ตารางแผนพัฒนาหมู่บ้าน</translation>
    </message>
    <message>
        <location filename="../../ui/planform.py" line="99" />
        <source>This meeting (and what is carried into it)</source>
        <translation>เวทีนี้ (รวมเรื่องที่ต่อเนื่องมา)</translation>
    </message>
    <message>
        <location filename="../../ui/planform.py" line="100" />
        <source>All meetings of the series</source>
        <translation>ทุกเวทีในชุดเดียวกัน</translation>
    </message>
    <message>
        <location filename="../../ui/planform.py" line="118" />
        <source>With governance across meetings</source>
        <translation>พร้อมการอภิบาลต่อเนื่องหลายครั้ง</translation>
    </message>
    <message>
        <location filename="../../ui/planform.py" line="119" />
        <source>After the table: the figures of the series&apos; meetings, each with its trend and the records it comes from</source>
        <translation>ต่อจากตาราง: ตัวเลขของการประชุมแต่ละครั้งในชุดนี้ พร้อมแนวโน้มและที่มาของข้อมูล</translation>
    </message>
    <message>
        <location filename="../../ui/planform.py" line="101" />
        <source>Village plan PDF…</source>
        <translation>แผนพัฒนาหมู่บ้าน PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/planform.py" line="103" />
        <source>Village plan XLSX…</source>
        <translation>แผนพัฒนาหมู่บ้าน XLSX…</translation>
    </message>
    <message>
        <location filename="../../ui/planform.py" line="133" />
        <source>FY %1</source>
        <translation>ปีงบ %1</translation>
    </message>
    <message>
        <location filename="../../ui/planform.py" line="221" />
        <source>Edit plan fields</source>
        <translation>แก้ไขข้อมูลแผน</translation>
    </message>
    <message>
        <location filename="../../ui/planform.py" line="236" />
        <source>village-plan-all</source>
        <translation>แผนพัฒนาหมู่บ้าน-ทุกเวที</translation>
    </message>
    <message>
        <location filename="../../ui/planform.py" line="237" />
        <source>village-plan-%1-%2</source>
        <translation>แผนพัฒนาหมู่บ้าน-ครั้งที่-%1-%2</translation>
    </message>
    <message>
        <location filename="../../ui/planform.py" line="240" />
        <source>PDF files (*.pdf)</source>
        <translation>ไฟล์ PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/planform.py" line="241" />
        <source>Excel workbooks (*.xlsx)</source>
        <translation>ไฟล์ Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/planform.py" line="242" />
        <source>Write the village plan table</source>
        <translation>บันทึกตารางแผนพัฒนาหมู่บ้าน</translation>
    </message>
    <message>
        <location filename="../../ui/planform.py" line="111" />
        <source>Thai</source>
        <translation>ภาษาไทย</translation>
    </message>
    <message>
        <location filename="../../ui/planform.py" line="112" />
        <source>English</source>
        <translation>ภาษาอังกฤษ</translation>
    </message>
</context>
<context>
    <name>HandOverOptions</name>
    <message>
        <location filename="../../ui/handover_options.py" line="18" />
        <source>Hand over the meeting&apos;s documents</source>
        <translation>ส่งมอบเอกสารของการประชุม</translation>
    </message>
    <message>
        <location filename="../../ui/handover_options.py" line="20" />
        <source>The package holds the minutes (PDF and Word), the sign-in sheet, the community maps, the action plan, the village plan table, a copy of the workshop file and an index page.</source>
        <translation>ชุดเอกสารประกอบด้วยรายงานการประชุม (PDF และ Word) แบบลงทะเบียน แผนที่ชุมชน แผนปฏิบัติการ ตารางแผนพัฒนาหมู่บ้าน สำเนาแฟ้มเวที และหน้าสารบัญ</translation>
    </message>
    <message>
        <location filename="../../ui/handover_options.py" line="25" />
        <source>Thai</source>
        <translation>ภาษาไทย</translation>
    </message>
    <message>
        <location filename="../../ui/handover_options.py" line="26" />
        <source>English</source>
        <translation>ภาษาอังกฤษ</translation>
    </message>
    <message>
        <location filename="../../ui/handover_options.py" line="28" />
        <source>Language of the documents</source>
        <translation>ภาษาของเอกสาร</translation>
    </message>
    <message>
        <location filename="../../ui/handover_options.py" line="30" />
        <source>Copy of the workshop file</source>
        <translation>สำเนาแฟ้มเวที</translation>
    </message>
    <message>
        <location filename="../../ui/handover_options.py" line="33" />
        <source>For handing over (recommended): names only the people who agreed to be named; no phone numbers, no notes about people</source>
        <translation>ฉบับส่งมอบ (แนะนำ): ระบุชื่อเฉพาะผู้ที่ยินยอมให้ระบุชื่อ ไม่มีหมายเลขโทรศัพท์และบันทึกเกี่ยวกับบุคคล</translation>
    </message>
    <message>
        <location filename="../../ui/handover_options.py" line="36" />
        <source>The full file with all personal data, only for the body&apos;s own records (keep it safe: PDPA)</source>
        <translation>ฉบับเต็มพร้อมข้อมูลส่วนบุคคลทั้งหมด เฉพาะเพื่อเก็บเป็นหลักฐานของหน่วยงานเอง (เก็บรักษาให้ปลอดภัยตาม PDPA)</translation>
    </message>
    <message>
        <location filename="../../ui/handover_options.py" line="44" />
        <source>The minutes and the sign-in sheet are the official record either way.</source>
        <translation>รายงานการประชุมและแบบลงทะเบียนเป็นเอกสารทางการเหมือนกันทั้งสองแบบ</translation>
    </message>
    <message>
        <location filename="../../ui/handover_options.py" line="49" />
        <source>Choose where to save…</source>
        <translation>เลือกที่บันทึก…</translation>
    </message>
</context>
</TS>
