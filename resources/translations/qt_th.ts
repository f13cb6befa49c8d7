<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<!-- Qt's own strings (standard buttons, text edit menus, file and colour dialogs, undo) in Thai:
     PySide6 ships no qtbase_th.qm.  Contexts and source texts are Qt 6.11's (QPlatformTheme,
     QLineEdit, QWidgetTextControl, QMessageBox, QFileDialog, QFileSystemModel, QUndoStack...). -->
<TS version="2.1" language="th_TH">
    <context>
        <name>QAbstractFileIconProvider</name>
        <message>
            <source>Drive</source>
            <translation>ไดรฟ์</translation>
        </message>
        <message>
            <source>Folder</source>
            <comment>All other platforms</comment>
            <translation>โฟลเดอร์</translation>
        </message>
        <message>
            <source>Folder</source>
            <translation>โฟลเดอร์</translation>
        </message>
        <message>
            <source>File</source>
            <translation>แฟ้ม</translation>
        </message>
        <message>
            <source>%1 File</source>
            <translation>แฟ้ม %1</translation>
        </message>
        <message>
            <source>File Folder</source>
            <comment>Match Windows Explorer</comment>
            <translation>โฟลเดอร์</translation>
        </message>
        <message>
            <source>Alias</source>
            <comment>Mac OS X Finder</comment>
            <translation>ทางลัด</translation>
        </message>
        <message>
            <source>Shortcut</source>
            <comment>All other platforms</comment>
            <translation>ทางลัด</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>ไม่ทราบ</translation>
        </message>
    </context>
    <context>
        <name>QAbstractSpinBox</name>
        <message>
            <source>&amp;Select All</source>
            <translation>เลือกทั้งหมด (&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Step up</source>
            <translation>เพิ่มขึ้นหนึ่งขั้น (&amp;S)</translation>
        </message>
        <message>
            <source>Step &amp;down</source>
            <translation>ลดลงหนึ่งขั้น (&amp;D)</translation>
        </message>
    </context>
    <context>
        <name>QColorDialog</name>
        <message>
            <source>Select Color</source>
            <translation>เลือกสี</translation>
        </message>
        <message>
            <source>&amp;Basic colors</source>
            <translation>สีพื้นฐาน (&amp;B)</translation>
        </message>
        <message>
            <source>&amp;Custom colors</source>
            <translation>สีที่กำหนดเอง (&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Add to Custom Colors</source>
            <translation>เพิ่มในสีที่กำหนดเอง (&amp;A)</translation>
        </message>
        <message>
            <source>&amp;Pick Screen Color</source>
            <translation>เลือกสีจากหน้าจอ (&amp;P)</translation>
        </message>
        <message>
            <source>Hu&amp;e:</source>
            <translation>สีสัน (&amp;E):</translation>
        </message>
        <message>
            <source>&amp;Sat:</source>
            <translation>ความอิ่มตัว (&amp;S):</translation>
        </message>
        <message>
            <source>&amp;Val:</source>
            <translation>ความสว่าง (&amp;V):</translation>
        </message>
        <message>
            <source>&amp;Red:</source>
            <translation>แดง (&amp;R):</translation>
        </message>
        <message>
            <source>&amp;Green:</source>
            <translation>เขียว (&amp;G):</translation>
        </message>
        <message>
            <source>Bl&amp;ue:</source>
            <translation>น้ำเงิน (&amp;U):</translation>
        </message>
        <message>
            <source>A&amp;lpha channel:</source>
            <translation>ความทึบ (&amp;L):</translation>
        </message>
        <message>
            <source>&amp;HTML:</source>
            <translation>รหัสสี (&amp;H):</translation>
        </message>
        <message>
            <source>Cursor at %1, %2
Press ESC to cancel</source>
            <translation>ตัวชี้อยู่ที่ %1, %2
กด Esc เพื่อยกเลิก</translation>
        </message>
    </context>
    <context>
        <name>QDialogButtonBox</name>
        <message>
            <source>OK</source>
            <translation>ตกลง</translation>
        </message>
        <message>
            <source>&amp;OK</source>
            <translation>ตกลง (&amp;O)</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>บันทึก</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>บันทึก (&amp;S)</translation>
        </message>
        <message>
            <source>Save All</source>
            <translation>บันทึกทั้งหมด</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>เปิด</translation>
        </message>
        <message>
            <source>&amp;Yes</source>
            <translation>ใช่ (&amp;Y)</translation>
        </message>
        <message>
            <source>Yes to &amp;All</source>
            <translation>ใช่ทั้งหมด (&amp;A)</translation>
        </message>
        <message>
            <source>&amp;No</source>
            <translation>ไม่ (&amp;N)</translation>
        </message>
        <message>
            <source>N&amp;o to All</source>
            <translation>ไม่ทั้งหมด (&amp;O)</translation>
        </message>
        <message>
            <source>Abort</source>
            <translation>ยุติ</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>ลองใหม่</translation>
        </message>
        <message>
            <source>Ignore</source>
            <translation>ข้าม</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>ปิด</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>ปิด (&amp;C)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>ยกเลิก</translation>
        </message>
        <message>
            <source>&amp;Cancel</source>
            <translation>ยกเลิก (&amp;C)</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>ไม่บันทึก</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>วิธีใช้</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>ใช้</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>ตั้งค่าใหม่</translation>
        </message>
        <message>
            <source>Restore Defaults</source>
            <translation>คืนค่าเริ่มต้น</translation>
        </message>
        <message>
            <source>Don't Save</source>
            <translation>ไม่บันทึก</translation>
        </message>
        <message>
            <source>Close without Saving</source>
            <translation>ปิดโดยไม่บันทึก</translation>
        </message>
    </context>
    <context>
        <name>QFileDialog</name>
        <message>
            <source>&amp;Look in:</source>
            <translation>ดูใน (&amp;L):</translation>
        </message>
        <message>
            <source>Look in:</source>
            <translation>ดูใน:</translation>
        </message>
        <message>
            <source>File &amp;name:</source>
            <translation>ชื่อแฟ้ม (&amp;N):</translation>
        </message>
        <message>
            <source>Files of &amp;type:</source>
            <translation>ชนิดแฟ้ม (&amp;T):</translation>
        </message>
        <message>
            <source>Files of type:</source>
            <translation>ชนิดแฟ้ม:</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>เปิด (&amp;O)</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>บันทึก (&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Choose</source>
            <translation>เลือก (&amp;C)</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>เปิด</translation>
        </message>
        <message>
            <source>Save As</source>
            <translation>บันทึกเป็น</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>ย้อนกลับ</translation>
        </message>
        <message>
            <source>Go back</source>
            <translation>ย้อนกลับ</translation>
        </message>
        <message>
            <source>Forward</source>
            <translation>ไปข้างหน้า</translation>
        </message>
        <message>
            <source>Go forward</source>
            <translation>ไปข้างหน้า</translation>
        </message>
        <message>
            <source>Parent Directory</source>
            <translation>โฟลเดอร์ระดับบน</translation>
        </message>
        <message>
            <source>Go to the parent directory</source>
            <translation>ไปยังโฟลเดอร์ระดับบน</translation>
        </message>
        <message>
            <source>Create New Folder</source>
            <translation>สร้างโฟลเดอร์ใหม่</translation>
        </message>
        <message>
            <source>Create a New Folder</source>
            <translation>สร้างโฟลเดอร์ใหม่</translation>
        </message>
        <message>
            <source>&amp;New Folder</source>
            <translation>โฟลเดอร์ใหม่ (&amp;N)</translation>
        </message>
        <message>
            <source>New Folder</source>
            <translation>โฟลเดอร์ใหม่</translation>
        </message>
        <message>
            <source>List View</source>
            <translation>มุมมองรายการ</translation>
        </message>
        <message>
            <source>Change to list view mode</source>
            <translation>เปลี่ยนเป็นมุมมองรายการ</translation>
        </message>
        <message>
            <source>Detail View</source>
            <translation>มุมมองรายละเอียด</translation>
        </message>
        <message>
            <source>Change to detail view mode</source>
            <translation>เปลี่ยนเป็นมุมมองรายละเอียด</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>ลบ (&amp;D)</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>ลบ</translation>
        </message>
        <message>
            <source>&amp;Rename</source>
            <translation>เปลี่ยนชื่อ (&amp;R)</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>เอาออก</translation>
        </message>
        <message>
            <source>Show &amp;hidden files</source>
            <translation>แสดงแฟ้มที่ซ่อนไว้ (&amp;H)</translation>
        </message>
        <message>
            <source>Show </source>
            <translation>แสดง </translation>
        </message>
        <message>
            <source>Directories</source>
            <translation>โฟลเดอร์</translation>
        </message>
        <message>
            <source>Directory:</source>
            <translation>โฟลเดอร์:</translation>
        </message>
        <message>
            <source>Files</source>
            <translation>แฟ้ม</translation>
        </message>
        <message>
            <source>File</source>
            <translation>แฟ้ม</translation>
        </message>
        <message>
            <source>Folder</source>
            <translation>โฟลเดอร์</translation>
        </message>
        <message>
            <source>File Folder</source>
            <translation>โฟลเดอร์</translation>
        </message>
        <message>
            <source>Drive</source>
            <translation>ไดรฟ์</translation>
        </message>
        <message>
            <source>Alias</source>
            <translation>ทางลัด</translation>
        </message>
        <message>
            <source>Shortcut</source>
            <translation>ทางลัด</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>ไม่ทราบ</translation>
        </message>
        <message>
            <source>%1 File</source>
            <translation>แฟ้ม %1</translation>
        </message>
        <message>
            <source>All Files (*)</source>
            <translation>ทุกแฟ้ม (*)</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>ทุกแฟ้ม (*)</translation>
        </message>
        <message>
            <source>Alt+Left</source>
            <translation>Alt+Left</translation>
        </message>
        <message>
            <source>Alt+Right</source>
            <translation>Alt+Right</translation>
        </message>
        <message>
            <source>Alt+Up</source>
            <translation>Alt+Up</translation>
        </message>
        <message>
            <source>List of places and bookmarks</source>
            <translation>รายการตำแหน่งและที่คั่นไว้</translation>
        </message>
        <message>
            <source>Sidebar</source>
            <translation>แถบด้านข้าง</translation>
        </message>
        <message>
            <source>Recent Places</source>
            <translation>ตำแหน่งล่าสุด</translation>
        </message>
        <message>
            <source>My Computer</source>
            <translation>คอมพิวเตอร์ของฉัน</translation>
        </message>
        <message>
            <source>Find Directory</source>
            <translation>ค้นหาโฟลเดอร์</translation>
        </message>
        <message>
            <source>'%1' is write protected.
Do you want to delete it anyway?</source>
            <translation>'%1' ถูกป้องกันการเขียน
ยังต้องการลบหรือไม่</translation>
        </message>
        <message>
            <source>Are you sure you want to delete '%1'?</source>
            <translation>ต้องการลบ '%1' จริงหรือไม่</translation>
        </message>
        <message>
            <source>Could not delete directory.</source>
            <translation>ลบโฟลเดอร์ไม่ได้</translation>
        </message>
        <message>
            <source>%1 already exists.
Do you want to replace it?</source>
            <translation>มี %1 อยู่แล้ว
ต้องการเขียนทับหรือไม่</translation>
        </message>
        <message>
            <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
            <translation>%1
ไม่พบโฟลเดอร์นี้
โปรดตรวจสอบชื่อโฟลเดอร์</translation>
        </message>
        <message>
            <source>%1
File not found.
Please verify the correct file name was given.</source>
            <translation>%1
ไม่พบแฟ้มนี้
โปรดตรวจสอบชื่อแฟ้ม</translation>
        </message>
    </context>
    <context>
        <name>QFileSystemModel</name>
        <message>
            <source>Name</source>
            <translation>ชื่อ</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>ขนาด</translation>
        </message>
        <message>
            <source>Type</source>
            <comment>All other platforms</comment>
            <translation>ชนิด</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>ชนิด</translation>
        </message>
        <message>
            <source>Kind</source>
            <comment>Match OS X Finder</comment>
            <translation>ชนิด</translation>
        </message>
        <message>
            <source>Date Modified</source>
            <translation>วันที่แก้ไข</translation>
        </message>
        <message>
            <source>Computer</source>
            <translation>คอมพิวเตอร์</translation>
        </message>
        <message>
            <source>My Computer</source>
            <translation>คอมพิวเตอร์ของฉัน</translation>
        </message>
        <message>
            <source>Invalid filename</source>
            <translation>ชื่อแฟ้มใช้ไม่ได้</translation>
        </message>
        <message>
            <source>&lt;b&gt;The name "%1" cannot be used.&lt;/b&gt;&lt;p&gt;Try using another name, with fewer characters or no punctuation marks.</source>
            <translation>&lt;b&gt;ใช้ชื่อ "%1" ไม่ได้&lt;/b&gt;&lt;p&gt;ลองใช้ชื่ออื่นที่สั้นกว่านี้หรือไม่มีเครื่องหมายวรรคตอน</translation>
        </message>
    </context>
    <context>
        <name>QInputDialog</name>
        <message>
            <source>Enter a value:</source>
            <translation>ป้อนค่า:</translation>
        </message>
    </context>
    <context>
        <name>QLineEdit</name>
        <message>
            <source>&amp;Undo</source>
            <translation>เลิกทำ (&amp;U)</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>ทำซ้ำ (&amp;R)</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>ตัด (&amp;T)</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>คัดลอก (&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>วาง (&amp;P)</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>ลบ</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>เลือกทั้งหมด</translation>
        </message>
    </context>
    <context>
        <name>QMessageBox</name>
        <message>
            <source>Show Details...</source>
            <translation>แสดงรายละเอียด...</translation>
        </message>
        <message>
            <source>Hide Details...</source>
            <translation>ซ่อนรายละเอียด...</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>ตกลง</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>วิธีใช้</translation>
        </message>
        <message>
            <source>About Qt</source>
            <translation>เกี่ยวกับ Qt</translation>
        </message>
    </context>
    <context>
        <name>QPlatformTheme</name>
        <message>
            <source>OK</source>
            <translation>ตกลง</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>บันทึก</translation>
        </message>
        <message>
            <source>Save All</source>
            <translation>บันทึกทั้งหมด</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>เปิด</translation>
        </message>
        <message>
            <source>&amp;Yes</source>
            <translation>ใช่ (&amp;Y)</translation>
        </message>
        <message>
            <source>Yes to &amp;All</source>
            <translation>ใช่ทั้งหมด (&amp;A)</translation>
        </message>
        <message>
            <source>&amp;No</source>
            <translation>ไม่ (&amp;N)</translation>
        </message>
        <message>
            <source>N&amp;o to All</source>
            <translation>ไม่ทั้งหมด (&amp;O)</translation>
        </message>
        <message>
            <source>Abort</source>
            <translation>ยุติ</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>ลองใหม่</translation>
        </message>
        <message>
            <source>Ignore</source>
            <translation>ข้าม</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>ปิด</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>ยกเลิก</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>ไม่บันทึก</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>วิธีใช้</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>ใช้</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>ตั้งค่าใหม่</translation>
        </message>
        <message>
            <source>Restore Defaults</source>
            <translation>คืนค่าเริ่มต้น</translation>
        </message>
    </context>
    <context>
        <name>QProgressDialog</name>
        <message>
            <source>Cancel</source>
            <translation>ยกเลิก</translation>
        </message>
    </context>
    <context>
        <name>QTabBar</name>
        <message>
            <source>Scroll Left</source>
            <translation>เลื่อนไปทางซ้าย</translation>
        </message>
        <message>
            <source>Scroll Right</source>
            <translation>เลื่อนไปทางขวา</translation>
        </message>
    </context>
    <context>
        <name>QUndoGroup</name>
        <message>
            <source>Undo</source>
            <comment>Default text for undo action</comment>
            <translation>เลิกทำ</translation>
        </message>
        <message>
            <source>Redo</source>
            <comment>Default text for redo action</comment>
            <translation>ทำซ้ำ</translation>
        </message>
        <message>
            <source>Undo %1</source>
            <translation>เลิกทำ %1</translation>
        </message>
        <message>
            <source>Redo %1</source>
            <translation>ทำซ้ำ %1</translation>
        </message>
    </context>
    <context>
        <name>QUndoModel</name>
        <message>
            <source>&lt;empty&gt;</source>
            <translation>&lt;ว่าง&gt;</translation>
        </message>
    </context>
    <context>
        <name>QUndoStack</name>
        <message>
            <source>Undo</source>
            <comment>Default text for undo action</comment>
            <translation>เลิกทำ</translation>
        </message>
        <message>
            <source>Redo</source>
            <comment>Default text for redo action</comment>
            <translation>ทำซ้ำ</translation>
        </message>
        <message>
            <source>Undo %1</source>
            <translation>เลิกทำ %1</translation>
        </message>
        <message>
            <source>Redo %1</source>
            <translation>ทำซ้ำ %1</translation>
        </message>
    </context>
    <context>
        <name>QUnicodeControlCharacterMenu</name>
        <message>
            <source>Insert Unicode control character</source>
            <translation>แทรกอักขระควบคุมยูนิโค้ด</translation>
        </message>
    </context>
    <context>
        <name>QWidgetTextControl</name>
        <message>
            <source>&amp;Undo</source>
            <translation>เลิกทำ (&amp;U)</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>ทำซ้ำ (&amp;R)</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>ตัด (&amp;T)</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>คัดลอก (&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>วาง (&amp;P)</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>ลบ</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>เลือกทั้งหมด</translation>
        </message>
        <message>
            <source>Copy &amp;Link Location</source>
            <translation>คัดลอกที่อยู่ลิงก์ (&amp;L)</translation>
        </message>
    </context>
</TS>
