<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th_TH" sourcelanguage="en">
<context>
    <name>AddressFormat</name>
    <message>
        <source> or </source>
        <comment>between postal-code examples</comment>
        <translation> หรือ </translation>
    </message>
    <message>
        <source>postal code is missing; %1 addresses need one, e.g. %2</source>
        <translation>ไม่มีรหัสไปรษณีย์ ที่อยู่ใน %1 ต้องมีรหัสไปรษณีย์ เช่น %2</translation>
    </message>
    <message>
        <source>postal code &quot;%1&quot; does not fit; %2 postal codes look like %3</source>
        <translation>รหัสไปรษณีย์ &quot;%1&quot; ไม่ตรงรูปแบบ รหัสไปรษณีย์ของ %2 มีรูปแบบเช่น %3</translation>
    </message>
</context>
<context>
    <name>AmazonOrderMapper</name>
    <message>
        <source>the row has no order-id</source>
        <translation>แถวนี้ไม่มี order-id</translation>
    </message>
</context>
<context>
    <name>BackupCommand</name>
    <message>
        <source>Backup copy written to %1 and checked.</source>
        <translation>บันทึกสำเนาสำรองไปที่ %1 และตรวจสอบเรียบร้อยแล้ว</translation>
    </message>
    <message>
        <source>Nothing was restored: %1</source>
        <translation>ไม่ได้กู้คืนข้อมูลใดๆ: %1</translation>
    </message>
    <message>
        <source>Restored %1 from %2.</source>
        <translation>กู้คืน %1 จาก %2 แล้ว</translation>
    </message>
    <message>
        <source>The database it replaced is kept at %1.</source>
        <translation>ฐานข้อมูลเดิมที่ถูกแทนที่ถูกเก็บไว้ที่ %1</translation>
    </message>
    <message>
        <source>%1: quick_check ok, schema %2.</source>
        <translation>%1: quick_check ผ่าน, สคีมา %2</translation>
    </message>
</context>
<context>
    <name>BarcodePainter</name>
    <message>
        <source>There is nothing to encode as %1.</source>
        <translation>ไม่มีข้อมูลที่จะเข้ารหัสเป็น %1</translation>
    </message>
    <message>
        <source>An EAN-13 barcode needs exactly 13 digits, not “%1”.</source>
        <translation>บาร์โค้ด EAN-13 ต้องมีตัวเลข 13 หลักพอดี ไม่ใช่ “%1”</translation>
    </message>
    <message>
        <source>A UPC-A barcode needs exactly 12 digits, not “%1”.</source>
        <translation>บาร์โค้ด UPC-A ต้องมีตัวเลข 12 หลักพอดี ไม่ใช่ “%1”</translation>
    </message>
    <message>
        <source>“%1” is too long for a %2 barcode.</source>
        <translation>“%1” ยาวเกินไปสำหรับบาร์โค้ด %2</translation>
    </message>
    <message>
        <source>The check digit of “%1” is wrong, so it cannot be printed as %2.</source>
        <translation>เลขตรวจสอบ (check digit) ของ “%1” ไม่ถูกต้อง จึงพิมพ์เป็น %2 ไม่ได้</translation>
    </message>
    <message>
        <source>“%1” contains characters a %2 barcode cannot carry.</source>
        <translation>“%1” มีอักขระที่บาร์โค้ด %2 ไม่รองรับ</translation>
    </message>
    <message>
        <source>Could not encode “%1” as %2: %3</source>
        <translation>เข้ารหัส “%1” เป็น %2 ไม่ได้: %3</translation>
    </message>
    <message>
        <source>Code 128</source>
        <translation>Code 128</translation>
    </message>
    <message>
        <source>GS1-128</source>
        <translation>GS1-128</translation>
    </message>
    <message>
        <source>EAN-13</source>
        <translation>EAN-13</translation>
    </message>
    <message>
        <source>UPC-A</source>
        <translation>UPC-A</translation>
    </message>
    <message>
        <source>QR Code</source>
        <translation>QR Code</translation>
    </message>
    <message>
        <source>Data Matrix</source>
        <translation>Data Matrix</translation>
    </message>
</context>
<context>
    <name>BatchPrintDialog</name>
    <message>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>No printer is set up on this computer. Add one in the system&apos;s printer settings.</source>
        <translation>ยังไม่ได้ตั้งค่าเครื่องพิมพ์ในคอมพิวเตอร์เครื่องนี้ โปรดเพิ่มเครื่องพิมพ์ในการตั้งค่าเครื่องพิมพ์ของระบบ</translation>
    </message>
    <message>
        <source>Preparing the documents: order %1 of %2</source>
        <translation>กำลังเตรียมเอกสาร: คำสั่งซื้อที่ %1 จาก %2</translation>
    </message>
    <message>
        <source>Sending to the printer: order %1 of %2</source>
        <translation>กำลังส่งไปยังเครื่องพิมพ์: คำสั่งซื้อที่ %1 จาก %2</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>กำลังยกเลิก…</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was printed.</source>
        <translation>ยกเลิกแล้ว ไม่มีการพิมพ์เอกสารใด</translation>
    </message>
    <message>
        <source>Printing failed: %1</source>
        <translation>พิมพ์ไม่สำเร็จ: %1</translation>
    </message>
    <message numerus="yes">
        <source>Printed the documents of %Ln order(s).</source>
        <translation>
            <numerusform>พิมพ์เอกสารของคำสั่งซื้อ %Ln รายการแล้ว</numerusform>
        </translation>
    </message>
    <message>
        <source>Print Batch</source>
        <translation>พิมพ์เป็นชุด</translation>
    </message>
    <message numerus="yes">
        <source>The documents of %Ln order(s) are printed as one print job, in the order chosen below.</source>
        <translation>
            <numerusform>เอกสารของคำสั่งซื้อ %Ln รายการจะพิมพ์รวมเป็นงานพิมพ์เดียว ตามลำดับที่เลือกด้านล่าง</numerusform>
        </translation>
    </message>
    <message>
        <source>Print &amp;order:</source>
        <translation>ลำดับการพิมพ์(&amp;O):</translation>
    </message>
    <message>
        <source>By SKU</source>
        <translation>ตาม SKU</translation>
    </message>
    <message>
        <source>By bin location</source>
        <translation>ตามตำแหน่งช่องเก็บสินค้า</translation>
    </message>
    <message>
        <source>As listed</source>
        <translation>ตามลำดับในรายการ</translation>
    </message>
    <message>
        <source>&amp;Printer:</source>
        <translation>เครื่องพิมพ์(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>พิมพ์(&amp;P)</translation>
    </message>
</context>
<context>
    <name>BatchPrintJob</name>
    <message numerus="yes">
        <source>Borderdesk: documents of %Ln order(s)</source>
        <translation>
            <numerusform>Borderdesk: เอกสารของคำสั่งซื้อ %Ln รายการ</numerusform>
        </translation>
    </message>
    <message>
        <source>The documents of order %1 could not be made: %2</source>
        <translation>สร้างเอกสารของคำสั่งซื้อ %1 ไม่ได้: %2</translation>
    </message>
    <message>
        <source>The documents of order %1 could not be made.</source>
        <translation>สร้างเอกสารของคำสั่งซื้อ %1 ไม่ได้</translation>
    </message>
</context>
<context>
    <name>BorderdeskOrderMapper</name>
    <message>
        <source>must not be empty</source>
        <translation>ต้องไม่เว้นว่าง</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an order status</source>
        <translation>&quot;%1&quot; ไม่ใช่สถานะคำสั่งซื้อ</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not DAP or DDP</source>
        <translation>&quot;%1&quot; ไม่ใช่ DAP หรือ DDP</translation>
    </message>
</context>
<context>
    <name>ByteCsvReader</name>
    <message>
        <source>a quoted field that starts here is never closed (missing &quot;)</source>
        <translation>ช่องข้อมูลที่อยู่ในเครื่องหมายคำพูดซึ่งเริ่มต้นตรงนี้ไม่มีการปิด (ขาด &quot;)</translation>
    </message>
</context>
<context>
    <name>CarrierPresets</name>
    <message>
        <source>the carrier presets are missing from this build</source>
        <translation>ไม่มีค่าตั้งต้นของผู้ให้บริการขนส่งในโปรแกรมรุ่นนี้</translation>
    </message>
    <message>
        <source>the carrier presets are not valid JSON: %1</source>
        <translation>ค่าตั้งต้นของผู้ให้บริการขนส่งไม่ใช่ JSON ที่ถูกต้อง: %1</translation>
    </message>
</context>
<context>
    <name>CarrierRepository</name>
    <message>
        <source>cannot save carrier %1: %2</source>
        <translation>บันทึกผู้ให้บริการขนส่ง %1 ไม่ได้: %2</translation>
    </message>
    <message>
        <source>there is no carrier %1</source>
        <translation>ไม่มีผู้ให้บริการขนส่ง %1</translation>
    </message>
    <message>
        <source>cannot save service %1: %2</source>
        <translation>บันทึกบริการ %1 ไม่ได้: %2</translation>
    </message>
    <message>
        <source>cannot save the rate card of %1: %2</source>
        <translation>บันทึกตารางค่าขนส่งของ %1 ไม่ได้: %2</translation>
    </message>
    <message>
        <source>there is no service %1</source>
        <translation>ไม่มีบริการ %1</translation>
    </message>
</context>
<context>
    <name>CarriersView</name>
    <message>
        <source>Remove service</source>
        <translation>ลบบริการ</translation>
    </message>
    <message>
        <source>Remove %1 and its rate card? Shipments already booked keep their price.</source>
        <translation>ลบ %1 พร้อมตารางค่าขนส่งหรือไม่? การจัดส่งที่จองไว้แล้วจะยังคงใช้ราคาเดิม</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <source>Import rate cards</source>
        <translation>นำเข้าตารางค่าขนส่ง</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>ไฟล์ CSV (*.csv);;ไฟล์ทั้งหมด (*)</translation>
    </message>
    <message>
        <source>Export rate cards</source>
        <translation>ส่งออกตารางค่าขนส่ง</translation>
    </message>
    <message>
        <source>rate-cards.csv</source>
        <translation>rate-cards.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>ไฟล์ CSV (*.csv)</translation>
    </message>
    <message>
        <source>Default service</source>
        <translation>บริการเริ่มต้น</translation>
    </message>
    <message>
        <source>The rule was not saved: %1</source>
        <translation>บันทึกกฎไม่สำเร็จ: %1</translation>
    </message>
    <message>
        <source>Default service: the cheapest.</source>
        <translation>บริการเริ่มต้น: ราคาถูกที่สุด</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>อ่าน %1 ไม่ได้: %2</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>ไม่ได้นำเข้าข้อมูลใด: %1</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>บันทึก %1 ไม่ได้: %2</translation>
    </message>
    <message>
        <source>Rate cards written to %1.</source>
        <translation>บันทึกตารางค่าขนส่งลงใน %1 แล้ว</translation>
    </message>
    <message>
        <source>Edit service</source>
        <translation>แก้ไขบริการ</translation>
    </message>
    <message>
        <source>The service was not saved: %1</source>
        <translation>บันทึกบริการไม่สำเร็จ: %1</translation>
    </message>
    <message>
        <source>%1 saved.</source>
        <translation>บันทึก %1 แล้ว</translation>
    </message>
    <message>
        <source>Switch service</source>
        <translation>เปิด/ปิดบริการ</translation>
    </message>
    <message>
        <source>%1 was not changed: %2</source>
        <translation>เปลี่ยนแปลง %1 ไม่สำเร็จ: %2</translation>
    </message>
    <message>
        <source>%1 is offered in rate shopping again.</source>
        <translation>%1 กลับมาแสดงในการเปรียบเทียบค่าขนส่งแล้ว</translation>
    </message>
    <message>
        <source>%1 is switched off: rate shopping no longer offers it.</source>
        <translation>ปิด %1 แล้ว: จะไม่แสดงในการเปรียบเทียบค่าขนส่งอีก</translation>
    </message>
    <message>
        <source>%1 was not removed: %2</source>
        <translation>ลบ %1 ไม่สำเร็จ: %2</translation>
    </message>
    <message>
        <source>%1 removed.</source>
        <translation>ลบ %1 แล้ว</translation>
    </message>
    <message>
        <source>Ship-from address saved.</source>
        <translation>บันทึกที่อยู่ผู้ส่งแล้ว</translation>
    </message>
    <message>
        <source>Switch &amp;off</source>
        <translation>ปิดใช้งาน(&amp;O)</translation>
    </message>
    <message>
        <source>Switch &amp;on</source>
        <translation>เปิดใช้งาน(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>แก้ไข(&amp;E)…</translation>
    </message>
    <message>
        <source>Edit the service&apos;s fields and its carrier&apos;s name and tracking link</source>
        <translation>แก้ไขข้อมูลของบริการ รวมถึงชื่อผู้ให้บริการขนส่งและลิงก์ติดตามพัสดุ</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>ลบ(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Import rate cards…</source>
        <translation>นำเข้าตารางค่าขนส่ง(&amp;I)…</translation>
    </message>
    <message>
        <source>E&amp;xport rate cards…</source>
        <translation>ส่งออกตารางค่าขนส่ง(&amp;X)…</translation>
    </message>
    <message>
        <source>Ship-&amp;from address…</source>
        <translation>ที่อยู่ผู้ส่ง(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Printers…</source>
        <translation>เครื่องพิมพ์(&amp;P)…</translation>
    </message>
    <message>
        <source>The cheapest arriving &amp;within (days, 0 = any):</source>
        <translation>ราคาถูกที่สุดที่ถึงภายใน (วัน, 0 = ไม่จำกัด)(&amp;W):</translation>
    </message>
    <message>
        <source>&amp;Packaging weight (g):</source>
        <translation>น้ำหนักบรรจุภัณฑ์ (g)(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Save rule</source>
        <translation>บันทึกกฎ(&amp;S)</translation>
    </message>
    <message>
        <source>Ra&amp;te shop…</source>
        <translation>เปรียบเทียบค่าขนส่ง(&amp;T)…</translation>
    </message>
    <message>
        <source>Compare every active service&apos;s price for a parcel to a country</source>
        <translation>เปรียบเทียบราคาของทุกบริการที่เปิดใช้งาน สำหรับพัสดุที่ส่งไปยังประเทศปลายทาง</translation>
    </message>
    <message numerus="yes">
        <source>Default service: the cheapest arriving within %Ln day(s).</source>
        <translation>
            <numerusform>บริการเริ่มต้น: ราคาถูกที่สุดที่ถึงปลายทางภายใน %Ln วัน</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %Ln problem(s) in the file.</source>
        <translation>
            <numerusform>ไม่ได้นำเข้าข้อมูลใด: พบปัญหา %Ln รายการในไฟล์</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rate card(s) imported.</source>
        <translation>
            <numerusform>นำเข้าตารางค่าขนส่ง %Ln รายการแล้ว</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CatalogView</name>
    <message>
        <source>Catalogue</source>
        <translation>แคตตาล็อกสินค้า</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>ทุกหมวดหมู่</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>เพิ่ม %1</translation>
    </message>
    <message>
        <source>Duplicate %1</source>
        <translation>ทำสำเนา %1</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>สร้าง %1 แล้ว</translation>
    </message>
    <message>
        <source>Import products</source>
        <translation>นำเข้าสินค้า</translation>
    </message>
    <message>
        <source>Product files (*.csv *.txt);;All files (*)</source>
        <translation>ไฟล์สินค้า (*.csv *.txt);;ไฟล์ทั้งหมด (*)</translation>
    </message>
    <message>
        <source>Imported %1 new and %2 updated product(s).</source>
        <translation>นำเข้าสินค้าใหม่ %1 รายการ และอัปเดต %2 รายการแล้ว</translation>
    </message>
    <message>
        <source>Export products</source>
        <translation>ส่งออกสินค้า</translation>
    </message>
    <message>
        <source>products.csv</source>
        <translation>products.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>ไฟล์ CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting products…</source>
        <translation>กำลังส่งออกสินค้า…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>export cancelled</source>
        <translation>ยกเลิกการส่งออกแล้ว</translation>
    </message>
    <message>
        <source>Exported the catalogue to %1</source>
        <translation>ส่งออกแคตตาล็อกสินค้าไปที่ %1 แล้ว</translation>
    </message>
    <message>
        <source>Search SKU, name or barcode</source>
        <translation>ค้นหา SKU, ชื่อสินค้า หรือบาร์โค้ด</translation>
    </message>
    <message>
        <source>All origins</source>
        <translation>ทุกประเทศต้นกำเนิด</translation>
    </message>
    <message>
        <source>Active and inactive</source>
        <translation>ทั้งเปิดขายและปิดขาย</translation>
    </message>
    <message>
        <source>Active only</source>
        <translation>เฉพาะที่เปิดขาย</translation>
    </message>
    <message>
        <source>Inactive only</source>
        <translation>เฉพาะที่ปิดขาย</translation>
    </message>
    <message>
        <source>&amp;Add product</source>
        <translation>เพิ่มสินค้า(&amp;A)</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>ทำสำเนา(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>ลบ(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>นำเข้า(&amp;I)…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>ส่งออก(&amp;X)…</translation>
    </message>
    <message>
        <source>&amp;Landed cost…</source>
        <translation>ต้นทุนถึงมือผู้ซื้อ(&amp;L)…</translation>
    </message>
    <message>
        <source>Barcode labels</source>
        <translation>ฉลากบาร์โค้ด</translation>
    </message>
    <message>
        <source>&amp;Barcode labels…</source>
        <translation>ฉลากบาร์โค้ด(&amp;B)…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln product(s)</source>
        <translation>
            <numerusform>สินค้า %Ln รายการ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %Ln product(s)</source>
        <translation>
            <numerusform>ทำสำเนาสินค้า %Ln รายการ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %Ln product(s). Undo brings them back.</source>
        <translation>
            <numerusform>ลบสินค้า %Ln รายการแล้ว ใช้คำสั่งเลิกทำเพื่อนำกลับมาได้</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChannelFeesDialog</name>
    <message>
        <source>A fee is a percentage from 0 to 100 with a dot for decimals, like 2.9. Check: %1</source>
        <translation>ค่าธรรมเนียมต้องเป็นเปอร์เซ็นต์ตั้งแต่ 0 ถึง 100 โดยใช้จุดเป็นจุดทศนิยม เช่น 2.9 โปรดตรวจสอบ: %1</translation>
    </message>
    <message>
        <source>Cancelled: the fees were left as they were.</source>
        <translation>ยกเลิกแล้ว: ค่าธรรมเนียมยังคงเป็นค่าเดิม</translation>
    </message>
    <message>
        <source>The fees could not be saved: %1</source>
        <translation>บันทึกค่าธรรมเนียมไม่สำเร็จ: %1</translation>
    </message>
    <message>
        <source>Channel fees</source>
        <translation>ค่าธรรมเนียมช่องทางขาย</translation>
    </message>
    <message>
        <source>The share of revenue each sales channel keeps as its fee, in percent. Margins in the reports subtract it. Saving counts every order again.</source>
        <translation>สัดส่วนของรายได้ที่ช่องทางขายแต่ละช่องทางเก็บเป็นค่าธรรมเนียม คิดเป็นเปอร์เซ็นต์ กำไรขั้นต้นในรายงานจะหักค่านี้ออก เมื่อบันทึกจะนับคำสั่งซื้อทั้งหมดใหม่</translation>
    </message>
    <message>
        <source>No channel has orders yet.</source>
        <translation>ยังไม่มีช่องทางขายใดที่มีคำสั่งซื้อ</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>borderdesk-cli: %1</source>
        <translation>borderdesk-cli: %1</translation>
    </message>
    <message>
        <source>--db needs a file path</source>
        <translation>--db ต้องระบุพาธของไฟล์</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>ไม่รู้จักตัวเลือก %1</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>ไม่ได้ระบุคำสั่ง</translation>
    </message>
    <message>
        <source>products needs import, export or list</source>
        <translation>products ต้องตามด้วย import, export หรือ list</translation>
    </message>
    <message>
        <source>unknown command %1</source>
        <translation>ไม่รู้จักคำสั่ง %1</translation>
    </message>
    <message>
        <source>rates needs import, convert, list or set</source>
        <translation>rates ต้องตามด้วย import, convert, list หรือ set</translation>
    </message>
    <message>
        <source>markets needs list, show, restrict or clone</source>
        <translation>markets ต้องตามด้วย list, show, restrict หรือ clone</translation>
    </message>
    <message>
        <source>orders needs import, export, list, show, check, set-status, edit, fraud-rules, forwarders or message</source>
        <translation>orders ต้องตามด้วย import, export, list, show, check, set-status, edit, fraud-rules, forwarders หรือ message</translation>
    </message>
    <message>
        <source>tracking needs validate</source>
        <translation>คำสั่ง tracking ต้องตามด้วย validate</translation>
    </message>
    <message>
        <source>ship needs quote, create, list, track, packed, shipped, services, rates, sender, rule or numbers</source>
        <translation>ship ต้องตามด้วย quote, create, list, track, packed, shipped, services, rates, sender, rule หรือ numbers</translation>
    </message>
    <message>
        <source>Usage: borderdesk-cli [--db PATH] COMMAND [OPTIONS]

Commands:
  init [--demo] [--base-currency CUR] [--home-country CC]
                         create or open the database; --demo adds a sample shop
  products import FILE [--dry-run] [--currency CUR]
                         import a Shopify or Borderdesk product CSV (all or nothing)
  products export FILE   write the catalogue as Borderdesk product CSV
  products list [--json] [--search TEXT] [--category NAME]
  rates import FILE      import an ECB reference-rate file (daily/history XML or CSV)
  rates convert AMOUNT FROM TO [--date YYYY-MM-DD] [--json]
                         convert at the latest rates on or before the date (default today)
  rates list [--currency CUR] [--json]
                         the newest rate of each currency, or one currency&apos;s history
  rates set CUR RATE [--date YYYY-MM-DD]
                         enter a rate by hand: RATE units of CUR per 1 EUR
  markets list [--json]  the markets and their taxes, duties and thresholds
  markets show CODE [--json]
  markets restrict CODE --hs PREFIX|--category NAME --level prohibited|restricted|licence [--note TEXT]
  markets clone CODE NEWCODE [--name NAME]
                         copy a market&apos;s whole set-up to a new market
  price SKU --market CODE [--incoterm DAP|DDP] [--date YYYY-MM-DD] [--json]
                         the price in a market with its landed cost and margin
  price apply --market CODE [--dry-run] [--date YYYY-MM-DD]
                         reprice a market&apos;s price list (every change kept in the history)
  price export --market CODE FILE [--shopify] [--date YYYY-MM-DD]
                         a market&apos;s prices as CSV, or XLSX when FILE ends in .xlsx
  price fix SKU --market CODE AMOUNT|--clear
                         fix a product&apos;s price in a market, or return it to the market&apos;s rule
  orders import FILE [--format auto|shopify|amazon|ebay|csv] [--dry-run]
                         import a Shopify, Amazon or eBay order report or a Borderdesk orders CSV
  orders export FILE [--status S] [--country CC] [--market CODE] [--from DATE] [--to DATE]
  orders list [--status S[,S…]] [--country CC] [--market CODE] [--search TEXT] [--min-risk N]
              [--from DATE] [--to DATE] [--limit N] [--json]
  orders show NUMBER [--json]
  orders check NUMBER [--json]
                         check again: restricted goods, shipping readiness, fraud score and reasons
  orders set-status NUMBER STATUS [--note TEXT]
                         new, on_hold, ready_to_ship, picked, packed, shipped, delivered, cancelled, returned
  orders edit NUMBER [--phone P] [--tax-id ID] [--language LANG] [--postal-code Z] [--address1 TEXT]
              [--address2 TEXT] [--city TEXT] [--province TEXT]
                         correct the recipient&apos;s details (phone checked, stored as E.164) and check again
  orders fraud-rules [--set RULE=WEIGHT]… [--threshold N] [--categories &quot;A,B,…&quot;] [--json]
                         the fraud rules&apos; weights and the hold threshold
  orders forwarders [--add NAME --fragment TEXT [--postal-code Z] [--country CC]] [--json]
                         the freight forwarders&apos; addresses the fraud check knows
  orders message NUMBER [--template confirmation|shipped|delayed|customs_info] [--lang LANG]
              [--tracking N] [--tracking-url URL] [--carrier NAME] [--reason TEXT] [--mailto]
                         a message to the customer in their language, or as a mailto: link
  ship quote (ORDER | --to CC --weight G [--dims LxWxH]) [--json]
                         every service&apos;s price with the billable weight explained, the default marked
  ship create ORDER [--service CODE] [--tracking N]… [--weight G [--dims LxWxH]]
                         book a shipment (refused when the order must not ship)
  ship list ORDER [--json]    the order&apos;s shipments, packages and tracking links
  ship track ORDER NUMBER [--package N]
                         the carrier&apos;s tracking number for a package, checked against its scheme
  ship packed ORDER | ship shipped ORDER
  ship services [--json]      carriers&apos; services and their rate cards
  ship rates import|export FILE [--dry-run]
                         rate cards as CSV (all or nothing)
  ship sender [--name N] [--company C] [--line1 …] [--city …] [--postal-code Z] [--phone P]
              [--email E] [--vat-number V] [--eori E] [--ioss I] [--signatory S]
                         the ship-from address and the shop&apos;s tax numbers on labels and customs forms
  ship rule [--max-days N]    default service: the cheapest arriving within N days (0 = cheapest)
  ship numbers SERVICE PREFIX FROM TO COUNTRY
                         the S10 tracking numbers the post allocated (e.g. EE 20261000 20269999 TH)
  labels ORDER… --format pdf|zpl --out FILE [--dpi 203|300]
                         4×6 in shipping labels (one per package)
  customs ORDER --out FILE [--document customs|invoice|packing-slip]
                         the CN22/CN23 (postal) or commercial invoice (courier) as PDF
  barcodes SKU… --out FILE [--copies N] [--roll]
                         product barcode labels (EAN-13 or Code 128) on A4 sheets or a thermal roll
  tracking validate NUMBER [--carrier C] [--json]
                         carrier, check digit and tracking link of a tracking number
  report sales [--by region|subregion|country|month|market|channel] [--from YYYY-MM-DD]
              [--to YYYY-MM-DD] [--currency CUR] [--market M] [--country CC] [--compare] [--json]
              [--out FILE.csv|FILE.xlsx]
                         orders, revenue net of returns and margin per group; --compare adds the
                         period before
  report products|carriers [--from] [--to] [--currency] [--market] [--country] [--limit N] [--json]
                         best sellers; carrier spend and average cost per shipment by destination
  report fees [CHANNEL PERCENT]   channel fees that the margin subtracts
  report timezone [ZONE]  the shop&apos;s time zone for report days (e.g. Asia/Bangkok)
  report rebuild          count every order again

Without --db the database is %1
Exit codes: 0 done, 1 bad input or refused, 2 usage error.</source>
        <translation>วิธีใช้: borderdesk-cli [--db PATH] COMMAND [OPTIONS]

คำสั่ง:
  init [--demo] [--base-currency CUR] [--home-country CC]
                         สร้างหรือเปิดฐานข้อมูล; --demo จะเพิ่มร้านค้าตัวอย่าง
  products import FILE [--dry-run] [--currency CUR]
                         นำเข้าไฟล์ CSV สินค้าของ Shopify หรือ Borderdesk (นำเข้าทั้งหมดหรือไม่นำเข้าเลย)
  products export FILE   ส่งออกแคตตาล็อกสินค้าเป็นไฟล์ CSV สินค้าของ Borderdesk
  products list [--json] [--search TEXT] [--category NAME]
  rates import FILE      นำเข้าไฟล์อัตราอ้างอิงของ ECB (ไฟล์ XML หรือ CSV แบบรายวัน/ย้อนหลัง)
  rates convert AMOUNT FROM TO [--date YYYY-MM-DD] [--json]
                         แปลงสกุลเงินด้วยอัตราล่าสุด ณ วันที่ระบุหรือก่อนหน้านั้น (ค่าเริ่มต้นคือวันนี้)
  rates list [--currency CUR] [--json]
                         อัตราล่าสุดของแต่ละสกุลเงิน หรือประวัติอัตราของสกุลเงินที่ระบุ
  rates set CUR RATE [--date YYYY-MM-DD]
                         ป้อนอัตราด้วยตนเอง: RATE คือจำนวนหน่วยของ CUR ต่อ 1 EUR
  markets list [--json]  ตลาดทั้งหมดพร้อมภาษี อากรขาเข้า และเกณฑ์ยกเว้น
  markets show CODE [--json]
  markets restrict CODE --hs PREFIX|--category NAME --level prohibited|restricted|licence [--note TEXT]
  markets clone CODE NEWCODE [--name NAME]
                         คัดลอกการตั้งค่าทั้งหมดของตลาดไปยังตลาดใหม่
  price SKU --market CODE [--incoterm DAP|DDP] [--date YYYY-MM-DD] [--json]
                         ราคาในตลาดพร้อมต้นทุนถึงมือผู้ซื้อและกำไร
  price apply --market CODE [--dry-run] [--date YYYY-MM-DD]
                         ปรับราคาในรายการราคาของตลาด (เก็บทุกการเปลี่ยนแปลงไว้ในประวัติราคา)
  price export --market CODE FILE [--shopify] [--date YYYY-MM-DD]
                         ส่งออกราคาของตลาดเป็นไฟล์ CSV หรือ XLSX เมื่อ FILE ลงท้ายด้วย .xlsx
  price fix SKU --market CODE AMOUNT|--clear
                         ตั้งราคาตายตัวของสินค้าในตลาด หรือกลับไปใช้กฎของตลาด
  orders import FILE [--format auto|shopify|amazon|ebay|csv] [--dry-run]
                         นำเข้ารายงานคำสั่งซื้อของ Shopify, Amazon หรือ eBay หรือไฟล์ CSV คำสั่งซื้อของ Borderdesk
  orders export FILE [--status S] [--country CC] [--market CODE] [--from DATE] [--to DATE]
  orders list [--status S[,S…]] [--country CC] [--market CODE] [--search TEXT] [--min-risk N]
              [--from DATE] [--to DATE] [--limit N] [--json]
  orders show NUMBER [--json]
  orders check NUMBER [--json]
                         ตรวจสอบอีกครั้ง: สินค้าที่มีข้อจำกัด ความพร้อมในการจัดส่ง คะแนนความเสี่ยงการฉ้อโกงและเหตุผล
  orders set-status NUMBER STATUS [--note TEXT]
                         new, on_hold, ready_to_ship, picked, packed, shipped, delivered, cancelled, returned
  orders edit NUMBER [--phone P] [--tax-id ID] [--language LANG] [--postal-code Z] [--address1 TEXT]
              [--address2 TEXT] [--city TEXT] [--province TEXT]
                         แก้ไขข้อมูลผู้รับ (ตรวจสอบเบอร์โทรศัพท์และเก็บในรูปแบบ E.164) แล้วตรวจสอบอีกครั้ง
  orders fraud-rules [--set RULE=WEIGHT]… [--threshold N] [--categories &quot;A,B,…&quot;] [--json]
                         น้ำหนักคะแนนของกฎตรวจจับการฉ้อโกงและเกณฑ์การพักคำสั่งซื้อ
  orders forwarders [--add NAME --fragment TEXT [--postal-code Z] [--country CC]] [--json]
                         ที่อยู่บริษัทส่งต่อพัสดุที่การตรวจจับการฉ้อโกงรู้จัก
  orders message NUMBER [--template confirmation|shipped|delayed|customs_info] [--lang LANG]
              [--tracking N] [--tracking-url URL] [--carrier NAME] [--reason TEXT] [--mailto]
                         ข้อความถึงลูกค้าในภาษาของลูกค้า หรือเป็นลิงก์ mailto:
  ship quote (ORDER | --to CC --weight G [--dims LxWxH]) [--json]
                         ราคาของทุกบริการ พร้อมคำอธิบายน้ำหนักที่คิดค่าขนส่ง และทำเครื่องหมายบริการเริ่มต้น
  ship create ORDER [--service CODE] [--tracking N]… [--weight G [--dims LxWxH]]
                         สร้างการจัดส่ง (ถูกปฏิเสธเมื่อคำสั่งซื้อจัดส่งไม่ได้)
  ship list ORDER [--json]    การจัดส่ง พัสดุ และลิงก์ติดตามพัสดุของคำสั่งซื้อ
  ship track ORDER NUMBER [--package N]
                         หมายเลขติดตามพัสดุของผู้ให้บริการขนส่งสำหรับพัสดุ ตรวจสอบตามรูปแบบของผู้ให้บริการ
  ship packed ORDER | ship shipped ORDER
  ship services [--json]      บริการของผู้ให้บริการขนส่งและตารางค่าขนส่ง
  ship rates import|export FILE [--dry-run]
                         ตารางค่าขนส่งเป็นไฟล์ CSV (นำเข้าทั้งหมดหรือไม่นำเข้าเลย)
  ship sender [--name N] [--company C] [--line1 …] [--city …] [--postal-code Z] [--phone P]
              [--email E] [--vat-number V] [--eori E] [--ioss I] [--signatory S]
                         ที่อยู่ผู้ส่งและเลขประจำตัวผู้เสียภาษีของร้านบนฉลากและใบแจ้งศุลกากร
  ship rule [--max-days N]    บริการเริ่มต้น: ถูกที่สุดที่ถึงภายใน N วัน (0 = ถูกที่สุด)
  ship numbers SERVICE PREFIX FROM TO COUNTRY
                         ช่วงหมายเลขติดตามพัสดุ S10 ที่ไปรษณีย์จัดสรรให้ (เช่น EE 20261000 20269999 TH)
  labels ORDER… --format pdf|zpl --out FILE [--dpi 203|300]
                         ฉลากจัดส่งขนาด 4×6 นิ้ว (หนึ่งแผ่นต่อพัสดุ)
  customs ORDER --out FILE [--document customs|invoice|packing-slip]
                         ใบแจ้งศุลกากร CN22/CN23 (ไปรษณีย์) หรือใบกำกับสินค้า (บริษัทขนส่งด่วน) เป็น PDF
  barcodes SKU… --out FILE [--copies N] [--roll]
                         ฉลากบาร์โค้ดสินค้า (EAN-13 หรือ Code 128) บนกระดาษ A4 หรือม้วนกระดาษความร้อน
  tracking validate NUMBER [--carrier C] [--json]
                         ผู้ให้บริการขนส่ง เลขตรวจสอบ และลิงก์ติดตามของหมายเลขติดตามพัสดุ
  report sales [--by region|subregion|country|month|market|channel] [--from YYYY-MM-DD]
              [--to YYYY-MM-DD] [--currency CUR] [--market M] [--country CC] [--compare] [--json]
              [--out FILE.csv|FILE.xlsx]
                         จำนวนคำสั่งซื้อ รายได้หลังหักการคืนสินค้า และกำไรขั้นต้นต่อกลุ่ม; --compare
                         เพิ่มช่วงก่อนหน้าเพื่อเปรียบเทียบ
  report products|carriers [--from] [--to] [--currency] [--market] [--country] [--limit N] [--json]
                         สินค้าขายดี; ค่าขนส่งต่อผู้ให้บริการและค่าเฉลี่ยต่อการจัดส่งตามปลายทาง
  report fees [CHANNEL PERCENT]   ค่าธรรมเนียมช่องทางขายที่หักออกจากกำไรขั้นต้น
  report timezone [ZONE]  เขตเวลาของร้านสำหรับวันในรายงาน (เช่น Asia/Bangkok)
  report rebuild          นับคำสั่งซื้อทั้งหมดใหม่

หากไม่ระบุ --db จะใช้ฐานข้อมูล %1
รหัสการจบการทำงาน: 0 สำเร็จ, 1 ข้อมูลไม่ถูกต้องหรือถูกปฏิเสธ, 2 ใช้คำสั่งไม่ถูกต้อง</translation>
    </message>
    <message>
        <source>report needs sales, products, carriers, fees, timezone or rebuild</source>
        <translation>report ต้องตามด้วย sales, products, carriers, fees, timezone หรือ rebuild</translation>
    </message>
    <message>
        <source>  backup FILE            a consistent copy of the database, synced and checked
  restore FILE           replace the database by a checked backup (the old one is kept)
  check                  run quick_check on the database
</source>
        <translation>  backup FILE            สร้างสำเนาที่สอดคล้องกันของฐานข้อมูล ซิงค์ลงดิสก์และตรวจสอบแล้ว
  restore FILE           แทนที่ฐานข้อมูลด้วยสำเนาสำรองที่ตรวจสอบแล้ว (เก็บฐานข้อมูลเดิมไว้)
  check                  รัน quick_check กับฐานข้อมูล
</translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>error: </source>
        <translation>ข้อผิดพลาด: </translation>
    </message>
    <message>
        <source>warning: </source>
        <translation>คำเตือน: </translation>
    </message>
    <message>
        <source>Nothing was changed. Restore a backup with: borderdesk-cli --db %1 restore FILE</source>
        <translation>ไม่มีการเปลี่ยนแปลงใดๆ กู้คืนสำเนาสำรองได้ด้วยคำสั่ง: borderdesk-cli --db %1 restore FILE</translation>
    </message>
</context>
<context>
    <name>CommercialInvoice</name>
    <message>
        <source>Commercial invoice %1</source>
        <translation>ใบกำกับสินค้า (Commercial Invoice) %1</translation>
    </message>
</context>
<context>
    <name>Connection</name>
    <message>
        <source>%1: no such database file</source>
        <translation>%1: ไม่พบไฟล์ฐานข้อมูลนี้</translation>
    </message>
    <message>
        <source>%1: cannot create the folder for the database</source>
        <translation>%1: ไม่สามารถสร้างโฟลเดอร์สำหรับฐานข้อมูลได้</translation>
    </message>
    <message>
        <source>%1: cannot open the database: %2</source>
        <translation>%1: ไม่สามารถเปิดฐานข้อมูลได้: %2</translation>
    </message>
    <message>
        <source>%1: this is not a database file (%2)</source>
        <translation>%1: ไฟล์นี้ไม่ใช่ไฟล์ฐานข้อมูล (%2)</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Borderdesk (schema %2; this version knows up to %3). It has not been changed. Please update Borderdesk to open it.</source>
        <translation>%1 ถูกบันทึกโดย Borderdesk รุ่นที่ใหม่กว่า (สคีมา %2; รุ่นนี้รองรับได้ถึง %3) ไฟล์นี้ยังไม่ถูกเปลี่ยนแปลง โปรดอัปเดต Borderdesk เพื่อเปิดไฟล์นี้</translation>
    </message>
    <message>
        <source>%1 is an SQLite database, but not a Borderdesk one. It has not been changed.</source>
        <translation>%1 เป็นฐานข้อมูล SQLite แต่ไม่ใช่ฐานข้อมูลของ Borderdesk ไฟล์นี้ยังไม่ถูกเปลี่ยนแปลง</translation>
    </message>
    <message>
        <source>%1: cannot configure the database: %2</source>
        <translation>%1: ไม่สามารถตั้งค่าฐานข้อมูลได้: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 needs a schema update, but the backup copy before it failed, so nothing was changed: %2</source>
        <translation>%1 ต้องอัปเดตสคีมา แต่การสร้างสำเนาสำรองก่อนอัปเดตล้มเหลว จึงไม่มีการเปลี่ยนแปลงใดๆ: %2</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>a quoted field that starts here is never closed (missing &quot;)</source>
        <translation>ช่องข้อมูลที่อยู่ในเครื่องหมายคำพูดซึ่งเริ่มต้นตรงนี้ไม่มีการปิด (ขาด &quot;)</translation>
    </message>
    <message>
        <source>column %1: a field of more than %L2 characters starts here; this is not a spreadsheet export (or a quote &quot; is never closed)</source>
        <translation>คอลัมน์ %1: ฟิลด์ที่ยาวเกิน %L2 ตัวอักษรเริ่มต้นที่นี่ ไฟล์นี้ไม่ใช่ไฟล์ที่ส่งออกจากสเปรดชีต (หรือมีเครื่องหมายคำพูด &quot; ที่ไม่ได้ปิด)</translation>
    </message>
</context>
<context>
    <name>CustomerMessageDialog</name>
    <message>
        <source>This message has no wording in %1 yet; it is shown in %2.</source>
        <translation>ข้อความนี้ยังไม่มีฉบับภาษา%1 จึงแสดงเป็นภาษา%2</translation>
    </message>
    <message>
        <source>Still to fill in: %1</source>
        <translation>ยังต้องกรอก: %1</translation>
    </message>
    <message>
        <source>Open in mail client</source>
        <translation>เปิดในโปรแกรมอีเมล</translation>
    </message>
    <message>
        <source>No mail client opened the message. Use Copy and paste the text into your mail instead.</source>
        <translation>ไม่มีโปรแกรมอีเมลเปิดข้อความนี้ กรุณากด คัดลอก แล้ววางข้อความในอีเมลแทน</translation>
    </message>
    <message>
        <source>Message to the customer of order %1</source>
        <translation>ข้อความถึงลูกค้าของคำสั่งซื้อ %1</translation>
    </message>
    <message>
        <source>Message:</source>
        <translation>ข้อความ:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>ภาษา:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>ถึง:</translation>
    </message>
    <message>
        <source>Shop name:</source>
        <translation>ชื่อร้าน:</translation>
    </message>
    <message>
        <source>Carrier:</source>
        <translation>ผู้ให้บริการขนส่ง:</translation>
    </message>
    <message>
        <source>Tracking number:</source>
        <translation>หมายเลขพัสดุ:</translation>
    </message>
    <message>
        <source>Tracking link:</source>
        <translation>ลิงก์ติดตามพัสดุ:</translation>
    </message>
    <message>
        <source>Reason for the delay:</source>
        <translation>สาเหตุที่ล่าช้า:</translation>
    </message>
    <message>
        <source>Documents needed:</source>
        <translation>เอกสารที่ต้องใช้:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>หัวเรื่อง:</translation>
    </message>
    <message>
        <source>No email address for this customer</source>
        <translation>ลูกค้ารายนี้ไม่มีอีเมล</translation>
    </message>
    <message>
        <source>In the customer&apos;s language</source>
        <translation>เป็นภาษาของลูกค้า</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>เนื้อความ</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>คัดลอก</translation>
    </message>
    <message>
        <source>Copies the subject and the text, to paste into any mail or chat</source>
        <translation>คัดลอกหัวเรื่องและเนื้อความ เพื่อนำไปวางในอีเมลหรือแชตใดก็ได้</translation>
    </message>
    <message>
        <source>This customer has no email address</source>
        <translation>ลูกค้ารายนี้ไม่มีอีเมล</translation>
    </message>
</context>
<context>
    <name>CustomsForm</name>
    <message>
        <source>CN22 customs declaration %1</source>
        <translation>ใบแจ้งศุลกากร CN22 %1</translation>
    </message>
    <message>
        <source>CN23 customs declaration %1</source>
        <translation>ใบแจ้งศุลกากร CN23 %1</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>Overview</source>
        <translation>ภาพรวม</translation>
    </message>
    <message>
        <source>Counting the latest orders…</source>
        <translation>กำลังนับคำสั่งซื้อล่าสุด…</translation>
    </message>
    <message>
        <source>Open reports…</source>
        <translation>เปิดรายงาน…</translation>
    </message>
    <message>
        <source>Waiting to ship</source>
        <translation>รอจัดส่ง</translation>
    </message>
    <message>
        <source>New, ready to ship, picked and packed orders. Click to see them.</source>
        <translation>คำสั่งซื้อสถานะใหม่ พร้อมจัดส่ง หยิบสินค้าแล้ว และแพ็กแล้ว คลิกเพื่อดูรายการ</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>พักไว้</translation>
    </message>
    <message>
        <source>Orders held by the checks. Click to see them.</source>
        <translation>คำสั่งซื้อที่ถูกพักไว้จากการตรวจสอบ คลิกเพื่อดูรายการ</translation>
    </message>
    <message>
        <source>Revenue today</source>
        <translation>รายได้วันนี้</translation>
    </message>
    <message>
        <source>Revenue this month</source>
        <translation>รายได้เดือนนี้</translation>
    </message>
    <message>
        <source>The figures could not be read: %1</source>
        <translation>อ่านข้อมูลตัวเลขไม่ได้: %1</translation>
    </message>
    <message>
        <source>Sales by region, last 12 months</source>
        <translation>ยอดขายตามภูมิภาค 12 เดือนล่าสุด</translation>
    </message>
    <message>
        <source>Reading the figures…</source>
        <translation>กำลังอ่านข้อมูลตัวเลข…</translation>
    </message>
    <message>
        <source>New, ready to ship, picked or packed</source>
        <translation>ใหม่ พร้อมจัดส่ง หยิบสินค้าแล้ว หรือแพ็กแล้ว</translation>
    </message>
    <message>
        <source>Fraud check: %1
Restricted goods: %2
Missing data: %3</source>
        <translation>ตรวจจับการฉ้อโกง: %1
สินค้าที่มีข้อจำกัด: %2
ข้อมูลไม่ครบ: %3</translation>
    </message>
    <message>
        <source>Held by hand: %1</source>
        <translation>พักไว้ด้วยตนเอง: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s)</source>
        <translation>
            <numerusform>คำสั่งซื้อ %Ln รายการ</numerusform>
        </translation>
    </message>
    <message>
        <source>No sales in the last 12 months yet.</source>
        <translation>ยังไม่มียอดขายใน 12 เดือนล่าสุด</translation>
    </message>
</context>
<context>
    <name>DatabaseBackup</name>
    <message>
        <source>%1 already exists; choose a new file name for the copy</source>
        <translation>มี %1 อยู่แล้ว โปรดเลือกชื่อไฟล์ใหม่สำหรับสำเนาสำรอง</translation>
    </message>
    <message>
        <source>cannot write %1: the disk is full. Nothing was written and the database is unchanged.</source>
        <translation>ไม่สามารถเขียน %1 ได้: ดิสก์เต็ม ไม่มีการเขียนข้อมูลใดๆ และฐานข้อมูลไม่ถูกเปลี่ยนแปลง</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>ไม่สามารถเขียน %1 ได้: %2</translation>
    </message>
    <message>
        <source>cannot write %1: the copy could not be saved to the disk</source>
        <translation>ไม่สามารถเขียน %1 ได้: ไม่สามารถบันทึกสำเนาลงดิสก์ได้</translation>
    </message>
    <message>
        <source>the copy for %1 did not pass its check, so it was not kept: %2</source>
        <translation>สำเนาของ %1 ไม่ผ่านการตรวจสอบ จึงไม่ได้เก็บไว้: %2</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: ไม่พบไฟล์นี้</translation>
    </message>
    <message>
        <source>%1 is not a database file</source>
        <translation>%1 ไม่ใช่ไฟล์ฐานข้อมูล</translation>
    </message>
    <message>
        <source>%1 is damaged (quick_check: %2)</source>
        <translation>%1 เสียหาย (quick_check: %2)</translation>
    </message>
    <message>
        <source>%1 is not a Borderdesk database</source>
        <translation>%1 ไม่ใช่ฐานข้อมูลของ Borderdesk</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Borderdesk (schema %2; this version knows up to %3)</source>
        <translation>%1 ถูกบันทึกโดย Borderdesk รุ่นที่ใหม่กว่า (สคีมา %2; รุ่นนี้รองรับได้ถึง %3)</translation>
    </message>
    <message>
        <source>%1 is the database itself; choose a backup copy</source>
        <translation>%1 คือตัวฐานข้อมูลเอง โปรดเลือกสำเนาสำรอง</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>ไม่สามารถอ่าน %1 ได้: %2</translation>
    </message>
    <message>
        <source>%1 is in use by another program; close it there and try again</source>
        <translation>%1 กำลังถูกใช้งานโดยโปรแกรมอื่น โปรดปิดไฟล์ในโปรแกรมนั้นแล้วลองอีกครั้ง</translation>
    </message>
    <message>
        <source>cannot keep a safety copy of %1 at %2, so nothing was restored</source>
        <translation>ไม่สามารถเก็บสำเนาเพื่อความปลอดภัยของ %1 ไว้ที่ %2 ได้ จึงไม่ได้กู้คืนข้อมูลใดๆ</translation>
    </message>
    <message>
        <source>cannot replace %1 (%2); it is unchanged</source>
        <translation>ไม่สามารถแทนที่ %1 ได้ (%2) ไฟล์ยังไม่ถูกเปลี่ยนแปลง</translation>
    </message>
</context>
<context>
    <name>DeleteProductsCommand</name>
    <message>
        <source>Delete %1</source>
        <translation>ลบ %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln product(s)</source>
        <translation>
            <numerusform>ลบสินค้า %Ln รายการ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DemoShop</name>
    <message>
        <source>demo data</source>
        <translation>ข้อมูลตัวอย่าง</translation>
    </message>
    <message>
        <source>%1, made with care and shipped from Chiang Mai.</source>
        <translation>%1 ผลิตอย่างพิถีพิถันและจัดส่งจากเชียงใหม่</translation>
    </message>
    <message>
        <source>the demo exchange rates are missing from this build</source>
        <translation>ไม่พบอัตราแลกเปลี่ยนตัวอย่างในโปรแกรมรุ่นนี้</translation>
    </message>
    <message>
        <source>demo orders need the demo catalogue first</source>
        <translation>คำสั่งซื้อตัวอย่างต้องมีแคตตาล็อกสินค้าตัวอย่างก่อน</translation>
    </message>
</context>
<context>
    <name>DocumentNames</name>
    <message>
        <source>Shipping label</source>
        <translation>ฉลากจัดส่ง</translation>
    </message>
    <message>
        <source>Customs form</source>
        <translation>ใบแจ้งศุลกากร</translation>
    </message>
    <message>
        <source>Commercial invoice</source>
        <translation>ใบกำกับสินค้า (Commercial Invoice)</translation>
    </message>
    <message>
        <source>Packing slip</source>
        <translation>ใบรายการสินค้าในกล่อง</translation>
    </message>
    <message>
        <source>Product labels</source>
        <translation>ฉลากสินค้า</translation>
    </message>
    <message>
        <source>Gift</source>
        <translation>ของขวัญ</translation>
    </message>
    <message>
        <source>Commercial sample</source>
        <translation>ตัวอย่างสินค้า</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>เอกสาร</translation>
    </message>
    <message>
        <source>Returned goods</source>
        <translation>สินค้าส่งคืน</translation>
    </message>
    <message>
        <source>Sale of goods</source>
        <translation>การขายสินค้า</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>อื่นๆ</translation>
    </message>
</context>
<context>
    <name>DocumentPrinter</name>
    <message>
        <source>There is nothing to print.</source>
        <translation>ไม่มีรายการที่จะพิมพ์</translation>
    </message>
    <message>
        <source>Print Preview – %1</source>
        <translation>ตัวอย่างก่อนพิมพ์ – %1</translation>
    </message>
    <message>
        <source>Print “%1”</source>
        <translation>พิมพ์ “%1”</translation>
    </message>
</context>
<context>
    <name>DocumentsCommand</name>
    <message>
        <source>%1: no label: %2</source>
        <translation>%1: ไม่มีฉลาก: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: เขียนไฟล์ไม่ได้: %2</translation>
    </message>
    <message>
        <source>labels: --format is pdf or zpl, --dpi is 203 or 300</source>
        <translation>labels: --format ต้องเป็น pdf หรือ zpl และ --dpi ต้องเป็น 203 หรือ 300</translation>
    </message>
    <message numerus="yes">
        <source>%n label(s) written to %1</source>
        <translation>
            <numerusform>บันทึกฉลาก %n ใบลงใน %1 แล้ว</numerusform>
        </translation>
    </message>
    <message>
        <source>customs: --document is customs, invoice or packing-slip</source>
        <translation>customs: --document ต้องเป็น customs, invoice หรือ packing-slip</translation>
    </message>
    <message>
        <source>%1 stays in %2: no customs declaration is needed</source>
        <translation>%1 จัดส่งภายใน %2: ไม่ต้องใช้ใบแจ้งศุลกากร</translation>
    </message>
    <message>
        <source>%1 written to %2</source>
        <translation>บันทึก %1 ลงใน %2 แล้ว</translation>
    </message>
    <message>
        <source>barcodes: --copies is a number from 1 to 1000</source>
        <translation>barcodes: --copies ต้องเป็นตัวเลขตั้งแต่ 1 ถึง 1000</translation>
    </message>
    <message>
        <source>there is no product with SKU %1</source>
        <translation>ไม่มีสินค้าที่มี SKU %1</translation>
    </message>
    <message numerus="yes">
        <source>%n barcode label(s) written to %1</source>
        <translation>
            <numerusform>เขียนฉลากบาร์โค้ด %n รายการลงใน %1 แล้ว</numerusform>
        </translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>คำเตือน: %1</translation>
    </message>
    <message>
        <source>%1: shipment %2 booked with %3</source>
        <translation>%1: สร้างการจัดส่ง %2 ด้วยบริการ %3 แล้ว</translation>
    </message>
</context>
<context>
    <name>EcbRates</name>
    <message>
        <source>this is not an ECB reference-rate file (XML with Cube elements, or CSV whose first column is Date)</source>
        <translation>ไฟล์นี้ไม่ใช่ไฟล์อัตราอ้างอิงของ ECB (ต้องเป็นไฟล์ XML ที่มีอิลิเมนต์ Cube หรือไฟล์ CSV ที่คอลัมน์แรกคือ Date)</translation>
    </message>
    <message>
        <source>the file holds no rates</source>
        <translation>ไม่มีอัตราแลกเปลี่ยนในไฟล์นี้</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD)</source>
        <translation>&quot;%1&quot; ไม่ใช่วันที่ (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>a rate outside a dated Cube</source>
        <translation>พบอัตราที่อยู่นอกอิลิเมนต์ Cube ที่ระบุวันที่</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a currency code</source>
        <translation>&quot;%1&quot; ไม่ใช่รหัสสกุลเงิน</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a positive decimal rate</source>
        <translation>&quot;%1&quot; ไม่ใช่อัตราที่เป็นเลขทศนิยมมากกว่า 0</translation>
    </message>
    <message>
        <source>the XML is broken: %1</source>
        <translation>โครงสร้าง XML ไม่ถูกต้อง: %1</translation>
    </message>
    <message>
        <source>ECB history XML</source>
        <translation>ไฟล์ XML อัตราย้อนหลังของ ECB</translation>
    </message>
    <message>
        <source>ECB daily XML</source>
        <translation>ไฟล์ XML อัตรารายวันของ ECB</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date</source>
        <translation>&quot;%1&quot; ไม่ใช่วันที่</translation>
    </message>
    <message>
        <source>ECB history CSV</source>
        <translation>ไฟล์ CSV อัตราย้อนหลังของ ECB</translation>
    </message>
    <message>
        <source>ECB daily CSV</source>
        <translation>ไฟล์ CSV อัตรารายวันของ ECB</translation>
    </message>
</context>
<context>
    <name>EditProductCommand</name>
    <message>
        <source>Edit %1</source>
        <translation>แก้ไข %1</translation>
    </message>
</context>
<context>
    <name>ExchangeRateImporter</name>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation>%1: ไม่สามารถอ่านไฟล์ได้: %2</translation>
    </message>
</context>
<context>
    <name>ExchangeRateRepository</name>
    <message>
        <source>cannot store the %1 rate of %2: %3</source>
        <translation>ไม่สามารถบันทึกอัตรา %1 ของวันที่ %2 ได้: %3</translation>
    </message>
    <message>
        <source>no exchange rate for %1 and %2 on or before %3; import the ECB rates or enter one</source>
        <translation>ไม่มีอัตราแลกเปลี่ยนของ %1 และ %2 ณ วันที่ %3 หรือก่อนหน้านั้น โปรดนำเข้าอัตราของ ECB หรือป้อนอัตราด้วยตนเอง</translation>
    </message>
    <message>
        <source>%1 cannot be converted to %2: the amount is too large</source>
        <translation>ไม่สามารถแปลง %1 เป็น %2 ได้: จำนวนเงินมากเกินไป</translation>
    </message>
    <message>
        <source>cancelled; no rate was changed</source>
        <translation>ยกเลิกแล้ว ไม่มีอัตราใดถูกเปลี่ยน</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to Borderdesk</source>
        <translation>ยินดีต้อนรับสู่ Borderdesk</translation>
    </message>
    <message>
        <source>Tell Borderdesk about your shop. You can change this later.</source>
        <translation>กรอกข้อมูลร้านของคุณให้ Borderdesk ทราบ คุณเปลี่ยนข้อมูลนี้ภายหลังได้</translation>
    </message>
    <message>
        <source>Base currency (your books and costs)</source>
        <translation>สกุลเงินหลัก (ใช้สำหรับบัญชีและต้นทุนของคุณ)</translation>
    </message>
    <message>
        <source>Home country (where you ship from)</source>
        <translation>ประเทศของร้าน (ประเทศต้นทางที่ส่งสินค้า)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>ภาษา</translation>
    </message>
</context>
<context>
    <name>FraudSettingsDialog</name>
    <message>
        <source>The fraud rules were not saved: %1</source>
        <translation>ไม่สามารถบันทึกกฎตรวจจับการฉ้อโกงได้: %1</translation>
    </message>
    <message>
        <source>Fraud rules</source>
        <translation>กฎตรวจจับการฉ้อโกง</translation>
    </message>
    <message>
        <source>Each signal that fires adds its points to an order&apos;s risk score (at most 100); 0 turns a rule off. New orders at or above the hold threshold go on hold. Changes apply to orders imported or checked again from now on.</source>
        <translation>สัญญาณแต่ละข้อที่ตรวจพบจะบวกคะแนนเข้ากับคะแนนความเสี่ยงของคำสั่งซื้อ (สูงสุด 100) ใส่ 0 เพื่อปิดกฎนั้น คำสั่งซื้อใหม่ที่มีคะแนนตั้งแต่เกณฑ์การพักขึ้นไปจะถูกพักไว้ การเปลี่ยนแปลงจะมีผลกับคำสั่งซื้อที่นำเข้าหรือตรวจสอบอีกครั้งนับจากนี้</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source> points</source>
        <translation> คะแนน</translation>
    </message>
    <message>
        <source>&amp;Hold new orders at a risk of:</source>
        <translation>พักคำสั่งซื้อใหม่เมื่อความเสี่ยงถึง(&amp;H):</translation>
    </message>
    <message>
        <source>High-risk &amp;categories:</source>
        <translation>หมวดหมู่สินค้าความเสี่ยงสูง(&amp;C):</translation>
    </message>
    <message>
        <source>Product categories, separated by commas</source>
        <translation>หมวดหมู่สินค้า คั่นด้วยเครื่องหมายจุลภาค</translation>
    </message>
</context>
<context>
    <name>FraudSettingsRepository</name>
    <message>
        <source>&quot;%1&quot; is not a fraud rule</source>
        <translation>&quot;%1&quot; ไม่ใช่กฎตรวจจับการฉ้อโกง</translation>
    </message>
    <message>
        <source>a weight must be between 0 and 100</source>
        <translation>น้ำหนักคะแนนต้องอยู่ระหว่าง 0 ถึง 100</translation>
    </message>
    <message>
        <source>the hold threshold must be between 1 and 100</source>
        <translation>เกณฑ์การพักคำสั่งซื้อต้องอยู่ระหว่าง 1 ถึง 100</translation>
    </message>
    <message>
        <source>a forwarder&apos;s address fragment needs at least 3 characters</source>
        <translation>ส่วนของที่อยู่บริษัทส่งต่อพัสดุต้องมีอย่างน้อย 3 ตัวอักษร</translation>
    </message>
</context>
<context>
    <name>Gtin</name>
    <message>
        <source>barcode is empty</source>
        <translation>ไม่ได้กรอกบาร์โค้ด</translation>
    </message>
    <message>
        <source>barcode &quot;%1&quot; must contain digits only</source>
        <translation>บาร์โค้ด &quot;%1&quot; ต้องเป็นตัวเลขเท่านั้น</translation>
    </message>
    <message numerus="yes">
        <source>barcode &quot;%1&quot; has %n digit(s); a GTIN has 8, 12, 13 or 14</source>
        <translation>
            <numerusform>บาร์โค้ด &quot;%1&quot; มี %n หลัก แต่ GTIN ต้องมี 8, 12, 13 หรือ 14 หลัก</numerusform>
        </translation>
    </message>
    <message>
        <source>barcode &quot;%1&quot; has a wrong check digit: it should end in %2, not %3</source>
        <translation>บาร์โค้ด &quot;%1&quot; มีเลขตรวจสอบ (check digit) ไม่ถูกต้อง: ควรลงท้ายด้วย %2 ไม่ใช่ %3</translation>
    </message>
</context>
<context>
    <name>GuiApplication</name>
    <message>
        <source>Borderdesk: the back office for small sellers who sell abroad.</source>
        <translation>Borderdesk: ระบบหลังร้านสำหรับผู้ขายรายย่อยที่ขายสินค้าไปต่างประเทศ</translation>
    </message>
    <message>
        <source>Open the database at PATH.</source>
        <translation>เปิดฐานข้อมูลที่ PATH</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <source>Interface language for this run (%1).</source>
        <translation>ภาษาของหน้าจอสำหรับการเปิดใช้งานครั้งนี้ (%1)</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>LANG</translation>
    </message>
    <message>
        <source>Render the window to FILE (PNG) and exit.</source>
        <translation>บันทึกภาพหน้าต่างเป็น FILE (PNG) แล้วปิดโปรแกรม</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>The view to show first: dashboard, catalogue, orders, shipping, reports, rates, markets, prices, packstation, or dialog/NAME for one of the dialogs (%1).</source>
        <translation>มุมมองที่จะแสดงเป็นอันดับแรก: dashboard, catalogue, orders, shipping, reports, rates, markets, prices, packstation หรือ dialog/NAME สำหรับกล่องโต้ตอบ (%1)</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
</context>
<context>
    <name>HsCode</name>
    <message>
        <source>HS code &quot;%1&quot; must contain digits only</source>
        <translation>รหัส HS &quot;%1&quot; ต้องเป็นตัวเลขเท่านั้น</translation>
    </message>
    <message numerus="yes">
        <source>HS code &quot;%1&quot; has %n digit(s); it needs 6 to 10</source>
        <translation>
            <numerusform>รหัส HS &quot;%1&quot; มี %n หลัก แต่ต้องมี 6 ถึง 10 หลัก</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InitCommand</name>
    <message>
        <source>--base-currency needs a currency code, e.g. THB</source>
        <translation>--base-currency ต้องระบุรหัสสกุลเงิน เช่น THB</translation>
    </message>
    <message>
        <source>--home-country needs a country code, e.g. TH</source>
        <translation>--home-country ต้องระบุรหัสประเทศ เช่น TH</translation>
    </message>
    <message>
        <source>init: unexpected argument %1</source>
        <translation>init: ไม่รู้จักอาร์กิวเมนต์ %1</translation>
    </message>
    <message>
        <source>--base-currency: &quot;%1&quot; is not an ISO 4217 currency code</source>
        <translation>--base-currency: &quot;%1&quot; ไม่ใช่รหัสสกุลเงินตามมาตรฐาน ISO 4217</translation>
    </message>
    <message>
        <source>--home-country: &quot;%1&quot; is not an ISO 3166 country code</source>
        <translation>--home-country: &quot;%1&quot; ไม่ใช่รหัสประเทศตามมาตรฐาน ISO 3166</translation>
    </message>
    <message>
        <source>%1 already has products; demo data only goes into an empty catalogue</source>
        <translation>%1 มีสินค้าอยู่แล้ว ข้อมูลตัวอย่างเพิ่มได้เฉพาะในแคตตาล็อกสินค้าที่ยังว่างอยู่เท่านั้น</translation>
    </message>
    <message numerus="yes">
        <source>Database %1 is ready (schema %2). Base currency %3, home country %4, %n product(s).</source>
        <translation>
            <numerusform>ฐานข้อมูล %1 พร้อมใช้งาน (สคีมา %2) สกุลเงินหลัก %3, ประเทศของร้าน %4, สินค้า %n รายการ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LandedCostCalculator</name>
    <message>
        <source>goods and shipping</source>
        <translation>สินค้าและค่าขนส่ง</translation>
    </message>
    <message>
        <source>goods</source>
        <translation>สินค้า</translation>
    </message>
    <message>
        <source>flat %1 per tariff item on a low-value parcel (goods %2 at or under %3)</source>
        <translation>อากรคงที่ %1 ต่อรายการพิกัดศุลกากรสำหรับพัสดุมูลค่าต่ำ (สินค้า %2 ไม่เกิน %3)</translation>
    </message>
    <message>
        <source>none: the customs value %1 (%2) is at or under the duty threshold %3</source>
        <translation>ไม่มี: มูลค่าทางศุลกากร %1 (%2) ไม่เกินเกณฑ์ยกเว้นอากร %3</translation>
    </message>
    <message>
        <source>the default rate (the product has no HS code)</source>
        <translation>อัตราเริ่มต้น (สินค้านี้ไม่มีรหัส HS)</translation>
    </message>
    <message>
        <source>the rate for HS %1</source>
        <translation>อัตราสำหรับรหัส HS %1</translation>
    </message>
    <message>
        <source>the default rate for HS %1</source>
        <translation>อัตราเริ่มต้นสำหรับรหัส HS %1</translation>
    </message>
    <message>
        <source>%1% (%2) on %3 %4, above the duty threshold %5</source>
        <translation>%1% (%2) คิดจากมูลค่า%3 %4 ซึ่งเกินเกณฑ์ยกเว้นอากร %5</translation>
    </message>
    <message>
        <source>%1% (%2) on %3 %4; this market has no duty threshold</source>
        <translation>%1% (%2) คิดจากมูลค่า%3 %4; ตลาดนี้ไม่มีเกณฑ์ยกเว้นอากร</translation>
    </message>
    <message>
        <source>none: %1 charges no import VAT/GST</source>
        <translation>ไม่มี: %1 ไม่เรียกเก็บ VAT/GST สำหรับการนำเข้า</translation>
    </message>
    <message>
        <source>%1% on %2 (customs value + duty), collected by the seller at checkout for goods up to %3</source>
        <translation>%1% ของ %2 (มูลค่าทางศุลกากร + อากรขาเข้า) ผู้ขายเรียกเก็บตอนชำระเงินสำหรับสินค้ามูลค่าไม่เกิน %3</translation>
    </message>
    <message>
        <source>none: the customs value %1 is at or under the tax threshold %2</source>
        <translation>ไม่มี: มูลค่าทางศุลกากร %1 ไม่เกินเกณฑ์ยกเว้นภาษี %2</translation>
    </message>
    <message>
        <source>%1% on %2 (customs value + duty), charged at import</source>
        <translation>%1% ของ %2 (มูลค่าทางศุลกากร + อากรขาเข้า) เรียกเก็บตอนนำเข้า</translation>
    </message>
    <message>
        <source>no clearance or handling fees set for %1</source>
        <translation>ยังไม่ได้ตั้งค่าธรรมเนียมพิธีการศุลกากรหรือค่าดำเนินการสำหรับ %1</translation>
    </message>
    <message>
        <source>flat shipping estimate for %1 (no rate card ships this product there)</source>
        <translation>ค่าขนส่งโดยประมาณแบบอัตราคงที่สำหรับ %1 (ไม่มีตารางค่าขนส่งใดที่ส่งสินค้านี้ไปยังปลายทางนั้น)</translation>
    </message>
</context>
<context>
    <name>LandedCostDialog</name>
    <message>
        <source>Landed cost of %1</source>
        <translation>ต้นทุนถึงมือผู้ซื้อของ %1</translation>
    </message>
    <message>
        <source>Market:</source>
        <translation>ตลาด:</translation>
    </message>
    <message>
        <source>Market&apos;s Incoterm</source>
        <translation>Incoterm ของตลาด</translation>
    </message>
    <message>
        <source>DAP – buyer pays duty and tax</source>
        <translation>DAP – ผู้ซื้อชำระอากรขาเข้าและภาษี</translation>
    </message>
    <message>
        <source>DDP – seller pays duty and tax</source>
        <translation>DDP – ผู้ขายชำระอากรขาเข้าและภาษี</translation>
    </message>
</context>
<context>
    <name>LandedCostPanel</name>
    <message>
        <source>Goods</source>
        <translation>สินค้า</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>ค่าขนส่ง</translation>
    </message>
    <message>
        <source>Duty</source>
        <translation>อากรขาเข้า</translation>
    </message>
    <message>
        <source>VAT/GST</source>
        <translation>VAT/GST</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>ค่าธรรมเนียม</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>รายการ</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>จำนวนเงิน</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>ที่มา</translation>
    </message>
    <message>
        <source>Select a price to see its landed cost.</source>
        <translation>เลือกราคาเพื่อดูต้นทุนถึงมือผู้ซื้อ</translation>
    </message>
    <message>
        <source>%1 into %2 (%3), rates of %4</source>
        <translation>%1 ไปยัง %2 (%3) ตามอัตราของวันที่ %4</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>รวม</translation>
    </message>
    <message>
        <source>the lines above, added up</source>
        <translation>ผลรวมของรายการด้านบน</translation>
    </message>
    <message>
        <source>The seller pays %1 (shipping%2). Margin after cost: %3.</source>
        <translation>ผู้ขายจ่าย %1 (ค่าขนส่ง%2) กำไรหลังหักต้นทุน: %3</translation>
    </message>
    <message>
        <source>, duty and tax under DDP</source>
        <translation>, อากรขาเข้าและภาษีตามเงื่อนไข DDP</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>About Borderdesk</source>
        <translation>เกี่ยวกับ Borderdesk</translation>
    </message>
    <message>
        <source>Borderdesk %1
The back office for small sellers who sell abroad.</source>
        <translation>Borderdesk %1
ระบบหลังร้านสำหรับผู้ขายรายย่อยที่ขายสินค้าไปต่างประเทศ</translation>
    </message>
    <message>
        <source>Borderdesk – %1</source>
        <translation>Borderdesk – %1</translation>
    </message>
    <message>
        <source>Borderdesk</source>
        <translation>Borderdesk</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>แคตตาล็อกสินค้า</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ไฟล์(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>ฐานข้อมูลใหม่(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>เปิดฐานข้อมูล(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Backup copy…</source>
        <translation>สร้างสำเนาสำรอง(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Import products…</source>
        <translation>นำเข้าสินค้า(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export products…</source>
        <translation>ส่งออกสินค้า(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>ออกจากโปรแกรม(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>แก้ไข(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>ภาษา(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ช่วยเหลือ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Borderdesk</source>
        <translation>เกี่ยวกับ Borderdesk(&amp;A)</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>ยังไม่ได้เปิดฐานข้อมูล</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>ฐานข้อมูลใหม่</translation>
    </message>
    <message>
        <source>my-shop.sqlite</source>
        <translation>my-shop.sqlite</translation>
    </message>
    <message>
        <source>Borderdesk databases (*.sqlite *.db)</source>
        <translation>ฐานข้อมูล Borderdesk (*.sqlite *.db)</translation>
    </message>
    <message>
        <source>%1 already exists. Use Open to work with it, or choose a new name.</source>
        <translation>มี %1 อยู่แล้ว ใช้คำสั่งเปิดฐานข้อมูลเพื่อทำงานกับไฟล์นี้ หรือเลือกชื่อใหม่</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>เปิดฐานข้อมูล</translation>
    </message>
    <message>
        <source>Borderdesk databases (*.sqlite *.db);;All files (*)</source>
        <translation>ฐานข้อมูล Borderdesk (*.sqlite *.db);;ไฟล์ทั้งหมด (*)</translation>
    </message>
    <message>
        <source>Backup copy</source>
        <translation>สำเนาสำรอง</translation>
    </message>
    <message>
        <source>Backup copy written to %1 and checked.</source>
        <translation>บันทึกสำเนาสำรองไปที่ %1 และตรวจสอบเรียบร้อยแล้ว</translation>
    </message>
    <message>
        <source>Exchange rates</source>
        <translation>อัตราแลกเปลี่ยน</translation>
    </message>
    <message>
        <source>Markets</source>
        <translation>ตลาด</translation>
    </message>
    <message>
        <source>Price lists</source>
        <translation>รายการราคา</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>คำสั่งซื้อ</translation>
    </message>
    <message>
        <source>Import &amp;orders…</source>
        <translation>นำเข้าคำสั่งซื้อ(&amp;O)…</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>การจัดส่ง</translation>
    </message>
    <message>
        <source>&amp;Shipping</source>
        <translation>การจัดส่ง(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Pack station</source>
        <translation>จุดแพ็กสินค้า(&amp;P)</translation>
    </message>
    <message>
        <source>P&amp;rinters and paper…</source>
        <translation>เครื่องพิมพ์และกระดาษ(&amp;R)…</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>แดชบอร์ด</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>รายงาน</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %Ln product(s)</source>
        <translation>
            <numerusform>%1 · สินค้า %Ln รายการ</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>กู้คืนจากสำเนาสำรอง(&amp;R)…</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>กู้คืนจากสำเนาสำรอง</translation>
    </message>
    <message>
        <source>Nothing was restored: %1</source>
        <translation>ไม่ได้กู้คืนข้อมูลใดๆ: %1</translation>
    </message>
    <message>
        <source>Replace everything in %1 by the backup %2?

What is in the database now is kept as a copy beside it.</source>
        <translation>แทนที่ข้อมูลทั้งหมดใน %1 ด้วยสำเนาสำรอง %2 หรือไม่?

ข้อมูลที่อยู่ในฐานข้อมูลตอนนี้จะถูกเก็บเป็นสำเนาไว้ข้างกัน</translation>
    </message>
    <message>
        <source>Restored from %1; the database it replaced is kept at %2.</source>
        <translation>กู้คืนจาก %1 แล้ว ฐานข้อมูลเดิมที่ถูกแทนที่ถูกเก็บไว้ที่ %2</translation>
    </message>
</context>
<context>
    <name>MarketEditor</name>
    <message>
        <source>Prohibited</source>
        <translation>ห้ามนำเข้า</translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation>จำกัดการนำเข้า</translation>
    </message>
    <message>
        <source>Licence needed</source>
        <translation>ต้องมีใบอนุญาต</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>type a language tag such as en, ja or pt-BR</source>
        <translation>พิมพ์รหัสภาษา เช่น en, ja หรือ pt-BR</translation>
    </message>
    <message>
        <source>type a number, e.g. 7.5</source>
        <translation>พิมพ์ตัวเลข เช่น 7.5</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number (use a point for decimals, e.g. 7.5)</source>
        <translation>&quot;%1&quot; ไม่ใช่ตัวเลข (ใช้จุดเป็นจุดทศนิยม เช่น 7.5)</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>ต้องไม่ติดลบ</translation>
    </message>
    <message>
        <source>Duty rate for HS %1: &quot;%2&quot; is not a percentage</source>
        <translation>อัตราอากรขาเข้าของรหัส HS %1: &quot;%2&quot; ไม่ใช่ค่าเปอร์เซ็นต์</translation>
    </message>
    <message>
        <source>Duty rates: HS %1 is listed twice</source>
        <translation>อัตราอากรขาเข้า: รหัส HS %1 ถูกระบุซ้ำ</translation>
    </message>
    <message>
        <source>Restricted goods, row %1: the HS prefix must be digits</source>
        <translation>สินค้าที่มีข้อจำกัด แถวที่ %1: รหัส HS ขึ้นต้นต้องเป็นตัวเลข</translation>
    </message>
    <message>
        <source>Duty threshold</source>
        <translation>เกณฑ์ยกเว้นอากร</translation>
    </message>
    <message>
        <source>Tax threshold</source>
        <translation>เกณฑ์ยกเว้นภาษี</translation>
    </message>
    <message>
        <source>Flat duty per item</source>
        <translation>อากรคงที่ต่อรายการ</translation>
    </message>
    <message>
        <source>Shipping estimate</source>
        <translation>ค่าขนส่งโดยประมาณ</translation>
    </message>
    <message>
        <source>Format: step:up|nearest|down:ending, e.g. 1:up:0.01, or a ladder such as 0=1:up:0.01;100=10:up:0.05</source>
        <translation>รูปแบบ: step:up|nearest|down:ending เช่น 1:up:0.01 หรือแบบขั้นบันได เช่น 0=1:up:0.01;100=10:up:0.05</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>ตลาด</translation>
    </message>
    <message>
        <source>Taxes and duties</source>
        <translation>ภาษีและอากรขาเข้า</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>ราคา</translation>
    </message>
    <message>
        <source>Restricted goods</source>
        <translation>สินค้าที่มีข้อจำกัด</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>รหัส</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ชื่อตลาด</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>ประเทศ</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>สกุลเงิน</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>ภาษา</translation>
    </message>
    <message>
        <source>Figures as of</source>
        <translation>ข้อมูล ณ วันที่</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>หมายเหตุ</translation>
    </message>
    <message>
        <source>VAT/GST (%)</source>
        <translation>VAT/GST (%)</translation>
    </message>
    <message>
        <source>Default duty (%)</source>
        <translation>อากรขาเข้าเริ่มต้น (%)</translation>
    </message>
    <message>
        <source>Duty by HS prefix</source>
        <translation>อากรขาเข้าตามรหัส HS ขึ้นต้น</translation>
    </message>
    <message>
        <source>Duty and tax on</source>
        <translation>คิดอากรและภาษีจาก</translation>
    </message>
    <message>
        <source>Default Incoterm</source>
        <translation>Incoterm เริ่มต้น</translation>
    </message>
    <message>
        <source>Recipient tax ID</source>
        <translation>เลขประจำตัวผู้เสียภาษีของผู้รับ</translation>
    </message>
    <message>
        <source>Price basis</source>
        <translation>ฐานการตั้งราคา</translation>
    </message>
    <message>
        <source>Markup (%)</source>
        <translation>ส่วนบวกเพิ่ม (%)</translation>
    </message>
    <message>
        <source>Price rounding</source>
        <translation>การปัดราคา</translation>
    </message>
    <message>
        <source>Reprice threshold (%)</source>
        <translation>เกณฑ์การปรับราคา (%)</translation>
    </message>
    <message>
        <source>ISO codes, e.g. JP or AT, BE, DE</source>
        <translation>รหัส ISO เช่น JP หรือ AT, BE, DE</translation>
    </message>
    <message>
        <source>Add a country…</source>
        <translation>เพิ่มประเทศ…</translation>
    </message>
    <message>
        <source>A saved market keeps its code: price lists refer to it. Clone it to get a new code.</source>
        <translation>ตลาดที่บันทึกแล้วจะใช้รหัสเดิมเสมอ เพราะรายการราคาอ้างอิงรหัสนี้ หากต้องการรหัสใหม่ให้ทำสำเนาตลาด</translation>
    </message>
    <message>
        <source>The seller collects VAT/GST (IOSS, UK VAT, AU GST, NO VOEC…)</source>
        <translation>ผู้ขายเป็นผู้เรียกเก็บ VAT/GST (IOSS, UK VAT, AU GST, NO VOEC…)</translation>
    </message>
    <message>
        <source>Goods</source>
        <translation>สินค้า</translation>
    </message>
    <message>
        <source>Goods + shipping</source>
        <translation>สินค้า + ค่าขนส่ง</translation>
    </message>
    <message>
        <source>DAP: the buyer pays duty and tax on delivery.
DDP: the seller pays them; prices include them.</source>
        <translation>DAP: ผู้ซื้อชำระอากรขาเข้าและภาษีเมื่อได้รับสินค้า
DDP: ผู้ขายเป็นผู้ชำระ และรวมไว้ในราคาแล้ว</translation>
    </message>
    <message>
        <source>Base price</source>
        <translation>ราคาหลัก</translation>
    </message>
    <message>
        <source>Cost + markup</source>
        <translation>ต้นทุน + ส่วนบวกเพิ่ม</translation>
    </message>
    <message>
        <source>e.g. CPF/CNPJ or PCCC</source>
        <translation>เช่น CPF/CNPJ หรือ PCCC</translation>
    </message>
    <message>
        <source>Suggest new prices when exchange rates move a price by more than this.</source>
        <translation>แนะนำราคาใหม่เมื่ออัตราแลกเปลี่ยนทำให้ราคาเปลี่ยนไปมากกว่าค่านี้</translation>
    </message>
    <message>
        <source>No duty at or under this value.</source>
        <translation>ไม่มีอากรขาเข้าหากมูลค่าไม่เกินค่านี้</translation>
    </message>
    <message>
        <source>No import VAT/GST at or under this value, unless the seller collects it.</source>
        <translation>ไม่มี VAT/GST ขาเข้าหากมูลค่าไม่เกินค่านี้ เว้นแต่ผู้ขายเป็นผู้เรียกเก็บ</translation>
    </message>
    <message>
        <source>HS prefix</source>
        <translation>รหัส HS ขึ้นต้น</translation>
    </message>
    <message>
        <source>Duty (%)</source>
        <translation>อากรขาเข้า (%)</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>หมวดหมู่</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>ระดับ</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>หมายเหตุ</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>เพิ่มแถว</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>ลบแถว</translation>
    </message>
</context>
<context>
    <name>MarketListModel</name>
    <message>
        <source>%1 %</source>
        <comment>a percentage, e.g. 20 %</comment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation>เริ่มต้น: %1</translation>
    </message>
    <message>
        <source>HS %1…: %2</source>
        <translation>HS %1…: %2</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>รหัส</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ชื่อตลาด</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>สกุลเงิน</translation>
    </message>
    <message>
        <source>VAT/GST</source>
        <translation>VAT/GST</translation>
    </message>
    <message>
        <source>Duty</source>
        <translation>อากรขาเข้า</translation>
    </message>
    <message>
        <source>Incoterm</source>
        <translation>Incoterm</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>ณ วันที่</translation>
    </message>
</context>
<context>
    <name>MarketPresets</name>
    <message>
        <source>the market presets are missing from this build</source>
        <translation>ไม่พบค่าตั้งต้นของตลาดในบิลด์นี้</translation>
    </message>
    <message>
        <source>market presets: %1</source>
        <translation>ค่าตั้งต้นของตลาด: %1</translation>
    </message>
</context>
<context>
    <name>MarketRepository</name>
    <message>
        <source>market %1: %2</source>
        <translation>ตลาด %1: %2</translation>
    </message>
    <message>
        <source>cannot save market %1: %2</source>
        <translation>ไม่สามารถบันทึกตลาด %1 ได้: %2</translation>
    </message>
    <message>
        <source>market %1, country %2: %3</source>
        <translation>ตลาด %1, ประเทศ %2: %3</translation>
    </message>
    <message>
        <source>market %1, duty rate %2: %3</source>
        <translation>ตลาด %1, อัตราอากรขาเข้า %2: %3</translation>
    </message>
    <message>
        <source>there is no market %1</source>
        <translation>ไม่มีตลาด %1</translation>
    </message>
    <message>
        <source>market %1 already exists</source>
        <translation>มีตลาด %1 อยู่แล้ว</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (สำเนา)</translation>
    </message>
    <message>
        <source>market %1: cannot add the restriction: %2</source>
        <translation>ตลาด %1: ไม่สามารถเพิ่มข้อจำกัดได้: %2</translation>
    </message>
</context>
<context>
    <name>MarketValidator</name>
    <message>
        <source>market %1: %2</source>
        <translation>ตลาด %1: %2</translation>
    </message>
    <message>
        <source>percentages must be decimal numbers</source>
        <translation>ค่าเปอร์เซ็นต์ต้องเป็นเลขทศนิยม</translation>
    </message>
    <message>
        <source>a duty rate must be a decimal number</source>
        <translation>อัตราอากรขาเข้าต้องเป็นเลขทศนิยม</translation>
    </message>
    <message>
        <source>thresholds and amounts must be plain amounts in %1</source>
        <translation>เกณฑ์และจำนวนเงินต้องเป็นจำนวนเงินธรรมดาในสกุล %1</translation>
    </message>
    <message>
        <source>a restriction level must be prohibited, restricted or licence</source>
        <translation>ระดับข้อจำกัดต้องเป็น prohibited, restricted หรือ licence</translation>
    </message>
    <message>
        <source>the code needs 1 to 10 characters</source>
        <translation>รหัสต้องมี 1 ถึง 10 ตัวอักษร</translation>
    </message>
    <message>
        <source>the market needs a name</source>
        <translation>ต้องระบุชื่อตลาด</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a currency code</source>
        <translation>&quot;%1&quot; ไม่ใช่รหัสสกุลเงิน</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a country code</source>
        <translation>&quot;%1&quot; ไม่ใช่รหัสประเทศ</translation>
    </message>
    <message>
        <source>the market needs at least one country</source>
        <translation>ตลาดต้องมีอย่างน้อยหนึ่งประเทศ</translation>
    </message>
    <message>
        <source>percentages must not be negative</source>
        <translation>ค่าเปอร์เซ็นต์ต้องไม่ติดลบ</translation>
    </message>
    <message>
        <source>duty rate for &quot;%1&quot;: the prefix must be 1 to 10 digits</source>
        <translation>อัตราอากรขาเข้าของ &quot;%1&quot;: รหัส HS ขึ้นต้นต้องเป็นตัวเลข 1 ถึง 10 หลัก</translation>
    </message>
    <message>
        <source>a restriction names either an HS prefix or a category</source>
        <translation>ข้อจำกัดต้องระบุรหัส HS ขึ้นต้นหรือหมวดหมู่อย่างใดอย่างหนึ่ง</translation>
    </message>
    <message>
        <source>the market needs the date its figures were checked (as of)</source>
        <translation>ต้องระบุวันที่ตรวจสอบตัวเลขของตลาด (ข้อมูล ณ วันที่)</translation>
    </message>
</context>
<context>
    <name>MarketsCommand</name>
    <message>
        <source>markets: unknown subcommand %1</source>
        <translation>markets: ไม่รู้จักคำสั่งย่อย %1</translation>
    </message>
    <message>
        <source>usage: markets list [--json]</source>
        <translation>วิธีใช้: markets list [--json]</translation>
    </message>
    <message>
        <source>  VAT %1%  duty %2%  no duty up to %3  %4  as of %5</source>
        <translation>  VAT %1%  อากรขาเข้า %2%  ยกเว้นอากรไม่เกิน %3  %4  ณ %5</translation>
    </message>
    <message>
        <source>usage: markets show CODE [--json]</source>
        <translation>วิธีใช้: markets show CODE [--json]</translation>
    </message>
    <message>
        <source>there is no market %1</source>
        <translation>ไม่มีตลาด %1</translation>
    </message>
    <message>
        <source>Currency %1, language %2, %3, figures as of %4</source>
        <translation>สกุลเงิน %1, ภาษา %2, %3, ข้อมูล ณ วันที่ %4</translation>
    </message>
    <message>
        <source>VAT/GST %1%%2; no import tax up to %3</source>
        <translation>VAT/GST %1%%2; ยกเว้นภาษีนำเข้าสำหรับมูลค่าไม่เกิน %3</translation>
    </message>
    <message>
        <source> (collected by the seller at checkout)</source>
        <translation> (ผู้ขายเป็นผู้เรียกเก็บตอนชำระเงิน)</translation>
    </message>
    <message>
        <source>Duty %1% by default, on %2; no duty up to %3</source>
        <translation>อากรขาเข้า %1% โดยค่าเริ่มต้น คิดจาก%2; ยกเว้นอากรสำหรับมูลค่าไม่เกิน %3</translation>
    </message>
    <message>
        <source>goods and shipping</source>
        <translation>มูลค่าสินค้าและค่าขนส่ง</translation>
    </message>
    <message>
        <source>goods</source>
        <translation>มูลค่าสินค้า</translation>
    </message>
    <message>
        <source>  HS %1…: %2%</source>
        <translation>  HS %1…: %2%</translation>
    </message>
    <message>
        <source>Flat duty per tariff item: %1</source>
        <translation>อากรคงที่ต่อรายการพิกัดศุลกากร: %1</translation>
    </message>
    <message>
        <source>Price rounding: %1</source>
        <translation>การปัดราคา: %1</translation>
    </message>
    <message>
        <source>Shipping estimate: %1</source>
        <translation>ค่าขนส่งโดยประมาณ: %1</translation>
    </message>
    <message>
        <source>Recipient tax ID required: %1</source>
        <translation>ต้องมีเลขประจำตัวผู้เสียภาษีของผู้รับ: %1</translation>
    </message>
    <message>
        <source>category %1</source>
        <translation>หมวดหมู่ %1</translation>
    </message>
    <message>
        <source>HS %1…</source>
        <translation>HS %1…</translation>
    </message>
    <message>
        <source>Restriction: %1 is %2. %3</source>
        <translation>ข้อจำกัด: %1 อยู่ในระดับ %2 %3</translation>
    </message>
    <message>
        <source>usage: markets restrict CODE --hs PREFIX|--category NAME --level prohibited|restricted|licence [--note TEXT]</source>
        <translation>วิธีใช้: markets restrict CODE --hs PREFIX|--category NAME --level prohibited|restricted|licence [--note TEXT]</translation>
    </message>
    <message>
        <source>--level: &quot;%1&quot; must be prohibited, restricted or licence</source>
        <translation>--level: &quot;%1&quot; ต้องเป็น prohibited, restricted หรือ licence</translation>
    </message>
    <message>
        <source>--hs: &quot;%1&quot; must be 1 to 10 digits</source>
        <translation>--hs: &quot;%1&quot; ต้องเป็นตัวเลข 1 ถึง 10 หลัก</translation>
    </message>
    <message>
        <source>%1: %2 is now %3.</source>
        <translation>%1: ตั้ง %2 เป็นระดับ %3 แล้ว</translation>
    </message>
    <message>
        <source>usage: markets clone CODE NEWCODE [--name NAME]</source>
        <translation>วิธีใช้: markets clone CODE NEWCODE [--name NAME]</translation>
    </message>
    <message>
        <source>Market %1 is a copy of %2; edit what differs.</source>
        <translation>สร้างตลาด %1 เป็นสำเนาของ %2 แล้ว โปรดแก้ไขเฉพาะส่วนที่แตกต่าง</translation>
    </message>
</context>
<context>
    <name>MarketsView</name>
    <message>
        <source>Markets</source>
        <translation>ตลาด</translation>
    </message>
    <message>
        <source>Market %1 has changes that are not saved yet.</source>
        <translation>ตลาด %1 มีการเปลี่ยนแปลงที่ยังไม่ได้บันทึก</translation>
    </message>
    <message>
        <source>Market %1 was not saved: %2</source>
        <translation>ไม่สามารถบันทึกตลาด %1 ได้: %2</translation>
    </message>
    <message>
        <source>Market %1 has no changes to save.</source>
        <translation>ตลาด %1 ไม่มีการเปลี่ยนแปลงที่ต้องบันทึก</translation>
    </message>
    <message>
        <source>Market %1 was not saved.</source>
        <translation>ไม่ได้บันทึกตลาด %1</translation>
    </message>
    <message>
        <source>Market %1 saved.</source>
        <translation>บันทึกตลาด %1 แล้ว</translation>
    </message>
    <message>
        <source>Market %1 was not copied.</source>
        <translation>ไม่ได้ทำสำเนาตลาด %1</translation>
    </message>
    <message>
        <source>Market %1 created as a copy of %2.</source>
        <translation>สร้างตลาด %1 เป็นสำเนาของ %2 แล้ว</translation>
    </message>
    <message>
        <source>Clone market %1</source>
        <translation>ทำสำเนาตลาด %1</translation>
    </message>
    <message>
        <source>Code of the new market (1 to 10 characters, e.g. IE):</source>
        <translation>รหัสของตลาดใหม่ (1 ถึง 10 ตัวอักษร เช่น IE):</translation>
    </message>
    <message>
        <source>Name of the new market:</source>
        <translation>ชื่อของตลาดใหม่:</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (สำเนา)</translation>
    </message>
    <message>
        <source>Delete market %1 with its duty rates, restriction rules and price lists?</source>
        <translation>ลบตลาด %1 พร้อมอัตราอากรขาเข้า กฎข้อจำกัด และรายการราคาของตลาดนี้หรือไม่?</translation>
    </message>
    <message>
        <source>%1 is one of Borderdesk&apos;s presets; it will not come back with updates.</source>
        <translation>%1 เป็นค่าตั้งต้นของ Borderdesk หากลบแล้วจะไม่ถูกเพิ่มกลับมาเมื่ออัปเดตโปรแกรม</translation>
    </message>
    <message>
        <source>Market %1 was not deleted.</source>
        <translation>ไม่ได้ลบตลาด %1</translation>
    </message>
    <message>
        <source>Market %1 deleted.</source>
        <translation>ลบตลาด %1 แล้ว</translation>
    </message>
    <message>
        <source>Save this market (%1)</source>
        <translation>บันทึกตลาดนี้ (%1)</translation>
    </message>
    <message>
        <source>Fix these first:</source>
        <translation>โปรดแก้ไขรายการต่อไปนี้ก่อน:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>บันทึก(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>ย้อนกลับ(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Clone…</source>
        <translation>ทำสำเนา(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>ลบ(&amp;D)</translation>
    </message>
    <message>
        <source>Drop the changes and show the market as saved</source>
        <translation>ยกเลิกการเปลี่ยนแปลงและแสดงตลาดตามที่บันทึกไว้</translation>
    </message>
    <message>
        <source>Start a new market from a copy of this one</source>
        <translation>สร้างตลาดใหม่โดยเริ่มจากสำเนาของตลาดนี้</translation>
    </message>
</context>
<context>
    <name>MessageKinds</name>
    <message>
        <source>Order confirmation</source>
        <translation>ยืนยันคำสั่งซื้อ</translation>
    </message>
    <message>
        <source>Shipped, with tracking link</source>
        <translation>จัดส่งแล้ว พร้อมลิงก์ติดตามพัสดุ</translation>
    </message>
    <message>
        <source>Order delayed</source>
        <translation>คำสั่งซื้อล่าช้า</translation>
    </message>
    <message>
        <source>Customs information needed</source>
        <translation>ต้องการข้อมูลสำหรับศุลกากร</translation>
    </message>
</context>
<context>
    <name>MessageTemplate</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>อ่าน %1 ไม่ได้: %2</translation>
    </message>
    <message>
        <source>%1: template %2 (%3, %4) is incomplete</source>
        <translation>%1: แม่แบบที่ %2 (%3, %4) ไม่ครบถ้วน</translation>
    </message>
    <message>
        <source>%1 holds no templates</source>
        <translation>%1 ไม่มีแม่แบบข้อความ</translation>
    </message>
</context>
<context>
    <name>MessageTemplateRepository</name>
    <message>
        <source>a message template needs a language, a subject and a body</source>
        <translation>แม่แบบข้อความต้องมีภาษา หัวเรื่อง และเนื้อความ</translation>
    </message>
    <message>
        <source>cannot save the %1 message in %2: %3</source>
        <translation>บันทึกข้อความ %1 ภาษา %2 ไม่ได้: %3</translation>
    </message>
    <message>
        <source>cannot reset the %1 message in %2: %3</source>
        <translation>คืนค่าข้อความ %1 ภาษา %2 ไม่ได้: %3</translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>schema update %1 failed: %2</source>
        <translation>อัปเดตสคีมา %1 ไม่สำเร็จ: %2</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>unknown currency code &quot;%1&quot;</source>
        <translation>ไม่รู้จักรหัสสกุลเงิน &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has more decimals than %2 allows (%3)</source>
        <translation>&quot;%1&quot; มีตำแหน่งทศนิยมมากกว่าที่ %2 รองรับ (%3)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount (use digits and a point, e.g. 1290.50)</source>
        <translation>&quot;%1&quot; ไม่ใช่จำนวนเงิน (ใช้ตัวเลขและจุดทศนิยม เช่น 1290.50)</translation>
    </message>
</context>
<context>
    <name>OrderCells</name>
    <message>
        <source>&quot;%1&quot; is not an amount</source>
        <translation>&quot;%1&quot; ไม่ใช่จำนวนเงิน</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has more decimals than %2 allows (%3)</source>
        <translation>&quot;%1&quot; มีตำแหน่งทศนิยมมากกว่าที่ %2 รองรับ (%3)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large</source>
        <translation>&quot;%1&quot; มีค่ามากเกินไป</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a quantity (a whole number, 1 or more)</source>
        <translation>&quot;%1&quot; ไม่ใช่จำนวนสินค้า (ต้องเป็นจำนวนเต็มตั้งแต่ 1 ขึ้นไป)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date and time (for example 2026-11-20 14:03:11 +0700)</source>
        <translation>&quot;%1&quot; ไม่ใช่วันที่และเวลา (ตัวอย่างเช่น 2026-11-20 14:03:11 +0700)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a country (use a two-letter ISO code such as DE, or the English name)</source>
        <translation>&quot;%1&quot; ไม่ใช่ประเทศ (ใช้รหัส ISO สองตัวอักษร เช่น DE หรือชื่อประเทศภาษาอังกฤษ)</translation>
    </message>
</context>
<context>
    <name>OrderCheckContext</name>
    <message>
        <source>the amount is too large to convert</source>
        <translation>จำนวนเงินมากเกินกว่าจะแปลงสกุลเงินได้</translation>
    </message>
</context>
<context>
    <name>OrderChecker</name>
    <message>
        <source>SKU %1 is not in the catalogue, so its HS code, origin and weight are unknown</source>
        <translation>SKU %1 ไม่อยู่ในแคตตาล็อกสินค้า จึงไม่ทราบรหัส HS ประเทศต้นกำเนิด และน้ำหนัก</translation>
    </message>
    <message>
        <source>%1 has no HS code</source>
        <translation>%1 ไม่ได้ระบุรหัส HS</translation>
    </message>
    <message>
        <source>%1 has no country of origin</source>
        <translation>%1 ไม่ได้ระบุประเทศต้นกำเนิด</translation>
    </message>
    <message>
        <source>%1 has no weight</source>
        <translation>%1 ไม่ได้ระบุน้ำหนัก</translation>
    </message>
    <message>
        <source>the recipient&apos;s phone number is missing; express carriers require one</source>
        <translation>ไม่มีเบอร์โทรศัพท์ของผู้รับ ซึ่งผู้ให้บริการขนส่งด่วนกำหนดให้ต้องมี</translation>
    </message>
    <message>
        <source>the recipient&apos;s phone number %1 is not valid: %2</source>
        <translation>เบอร์โทรศัพท์ของผู้รับ %1 ไม่ถูกต้อง: %2</translation>
    </message>
    <message>
        <source>the recipient&apos;s tax ID (%1) is missing; this market requires it</source>
        <translation>ไม่มีเลขประจำตัวผู้เสียภาษีของผู้รับ (%1) ซึ่งตลาดนี้กำหนดให้ต้องมี</translation>
    </message>
    <message>
        <source>the recipient&apos;s tax ID %1 is not valid: %2</source>
        <translation>เลขประจำตัวผู้เสียภาษีของผู้รับ %1 ไม่ถูกต้อง: %2</translation>
    </message>
    <message>
        <source>the ship-to address lacks %1</source>
        <translation>ที่อยู่จัดส่งไม่มี%1</translation>
    </message>
    <message>
        <source>the ship-to country is missing</source>
        <translation>ไม่มีประเทศปลายทาง</translation>
    </message>
    <message>
        <source>no market covers %1, so its duties and restricted goods are not checked</source>
        <translation>ไม่มีตลาดที่ครอบคลุม %1 จึงไม่ได้ตรวจสอบอากรขาเข้าและสินค้าที่มีข้อจำกัด</translation>
    </message>
    <message>
        <source>Address check (AVS) did not match</source>
        <translation>การตรวจสอบที่อยู่ (AVS) ไม่ตรงกัน</translation>
    </message>
    <message>
        <source>Address check (AVS) matched only partly</source>
        <translation>การตรวจสอบที่อยู่ (AVS) ตรงกันเพียงบางส่วน</translation>
    </message>
    <message>
        <source>Card security code (CVV) did not match</source>
        <translation>รหัสความปลอดภัยของบัตร (CVV) ไม่ตรงกัน</translation>
    </message>
    <message>
        <source>Billing country differs from shipping country</source>
        <translation>ประเทศในที่อยู่เรียกเก็บเงินต่างจากประเทศปลายทาง</translation>
    </message>
    <message>
        <source>Ships to a known freight forwarder</source>
        <translation>จัดส่งไปยังบริษัทส่งต่อพัสดุที่รู้จัก</translation>
    </message>
    <message>
        <source>Value far above the customer&apos;s history</source>
        <translation>มูลค่าสูงกว่าประวัติการซื้อของลูกค้ามาก</translation>
    </message>
    <message>
        <source>Several orders from one email or address in a short time</source>
        <translation>มีหลายคำสั่งซื้อจากอีเมลหรือที่อยู่เดียวกันในเวลาสั้นๆ</translation>
    </message>
    <message>
        <source>High-risk product category</source>
        <translation>หมวดหมู่สินค้าความเสี่ยงสูง</translation>
    </message>
    <message>
        <source>First order from a new customer</source>
        <translation>คำสั่งซื้อแรกจากลูกค้าใหม่</translation>
    </message>
    <message>
        <source>The sales channel rates it high risk</source>
        <translation>ช่องทางขายประเมินว่ามีความเสี่ยงสูง</translation>
    </message>
    <message>
        <source>a name</source>
        <translation>ชื่อผู้รับ</translation>
    </message>
    <message>
        <source>a street address</source>
        <translation>ที่อยู่ (บ้านเลขที่/ถนน)</translation>
    </message>
    <message>
        <source>a city</source>
        <translation>เมือง</translation>
    </message>
    <message>
        <source>not an international number</source>
        <translation>ไม่ใช่หมายเลขในรูปแบบสากล</translation>
    </message>
    <message>
        <source>%1 is prohibited in this market</source>
        <translation>%1 เป็นสินค้าต้องห้ามในตลาดนี้</translation>
    </message>
    <message>
        <source>%1 needs a licence in this market</source>
        <translation>%1 ต้องมีใบอนุญาตในตลาดนี้</translation>
    </message>
    <message>
        <source>%1 is restricted in this market</source>
        <translation>%1 มีข้อจำกัดในตลาดนี้</translation>
    </message>
</context>
<context>
    <name>OrderDetailPanel</name>
    <message>
        <source>Lines (%L1)</source>
        <translation>รายการสินค้า (%L1)</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>รายการสินค้า</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>การตรวจสอบ</translation>
    </message>
    <message>
        <source>%1 (%2, order %3)</source>
        <translation>%1 (%2, คำสั่งซื้อ %3)</translation>
    </message>
    <message>
        <source>%1, paid %2</source>
        <translation>%1, ชำระเงินแล้ว %2</translation>
    </message>
    <message>
        <source>%1, not paid</source>
        <translation>%1, ยังไม่ได้ชำระเงิน</translation>
    </message>
    <message>
        <source>%1
goods %2 · discount %3 · shipping %4 · tax %5</source>
        <translation>%1
สินค้า %2 · ส่วนลด %3 · ค่าขนส่ง %4 · ภาษี %5</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ไม่มี</translation>
    </message>
    <message>
        <source>market %1</source>
        <translation>ตลาด %1</translation>
    </message>
    <message>
        <source>No ship-to address</source>
        <translation>ไม่มีที่อยู่จัดส่ง</translation>
    </message>
    <message>
        <source>No billing address</source>
        <translation>ไม่มีที่อยู่เรียกเก็บเงิน</translation>
    </message>
    <message>
        <source>In catalogue</source>
        <translation>มีในแคตตาล็อก</translation>
    </message>
    <message>
        <source>Not in catalogue</source>
        <translation>ไม่มีในแคตตาล็อก</translation>
    </message>
    <message>
        <source>Blocks shipping: %1</source>
        <translation>ทำให้จัดส่งไม่ได้: %1</translation>
    </message>
    <message>
        <source>To look at: %1</source>
        <translation>ควรตรวจดู: %1</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>ไม่พบปัญหา</translation>
    </message>
    <message>
        <source>Nothing stops this order from shipping.</source>
        <translation>ไม่มีสิ่งใดขัดขวางการจัดส่งคำสั่งซื้อนี้</translation>
    </message>
    <message>
        <source>Risk score: %1 of 100. Orders at %2 or more go on hold.</source>
        <translation>คะแนนความเสี่ยง: %1 จาก 100 คำสั่งซื้อที่มีคะแนนตั้งแต่ %2 ขึ้นไปจะถูกพักไว้</translation>
    </message>
    <message>
        <source>Checked %1.</source>
        <translation>ตรวจสอบเมื่อ %1</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>นำเข้า</translation>
    </message>
    <message>
        <source>Updated by an import</source>
        <translation>อัปเดตจากการนำเข้า</translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation>เปลี่ยนสถานะ</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>ตรวจสอบ</translation>
    </message>
    <message>
        <source>risk %1</source>
        <translation>ความเสี่ยง %1</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>คำสั่งซื้อ</translation>
    </message>
    <message>
        <source>History</source>
        <translation>ประวัติ</translation>
    </message>
    <message>
        <source>Ship to</source>
        <translation>ที่อยู่จัดส่ง</translation>
    </message>
    <message>
        <source>Bill to</source>
        <translation>ที่อยู่เรียกเก็บเงิน</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>เลขที่คำสั่งซื้อ:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>สร้างเมื่อ:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>สถานะ:</translation>
    </message>
    <message>
        <source>Total:</source>
        <translation>ยอดรวม:</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>ลูกค้า:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>โทรศัพท์:</translation>
    </message>
    <message>
        <source>Tax ID:</source>
        <translation>เลขประจำตัวผู้เสียภาษี:</translation>
    </message>
    <message>
        <source>Shipping:</source>
        <translation>การจัดส่ง:</translation>
    </message>
    <message>
        <source>&amp;Problems:</source>
        <translation>ปัญหา(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Risk reasons:</source>
        <translation>เหตุผลด้านความเสี่ยง(&amp;R):</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ชื่อสินค้า</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>จำนวน</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>ราคาต่อหน่วย</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>แคตตาล็อก</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>คะแนน</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>เหตุผล</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>เวลา</translation>
    </message>
    <message>
        <source>By</source>
        <translation>โดย</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>เหตุการณ์</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>การเปลี่ยนแปลง</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>หมายเหตุ</translation>
    </message>
    <message>
        <source>Shipments</source>
        <translation>การจัดส่ง</translation>
    </message>
    <message numerus="yes">
        <source>Checks (%Ln blocking)</source>
        <translation>
            <numerusform>การตรวจสอบ (ติดขัด %Ln รายการ)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This order cannot ship until %Ln problem(s) are solved.</source>
        <translation>
            <numerusform>คำสั่งซื้อนี้ยังจัดส่งไม่ได้จนกว่าจะแก้ไขปัญหา %Ln รายการ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrderDocuments</name>
    <message>
        <source>the order is no longer in the database</source>
        <translation>ไม่พบคำสั่งซื้อนี้ในฐานข้อมูลแล้ว</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>OrderExporter</name>
    <message>
        <source>%1: cannot write the file: %2</source>
        <translation>%1: ไม่สามารถเขียนไฟล์ได้: %2</translation>
    </message>
    <message>
        <source>export cancelled</source>
        <translation>ยกเลิกการส่งออกแล้ว</translation>
    </message>
    <message>
        <source>%1: cannot finish writing the file: %2</source>
        <translation>%1: ไม่สามารถเขียนไฟล์ให้เสร็จสมบูรณ์ได้: %2</translation>
    </message>
</context>
<context>
    <name>OrderFileReader</name>
    <message>
        <source>Shopify orders export</source>
        <translation>ไฟล์คำสั่งซื้อที่ส่งออกจาก Shopify</translation>
    </message>
    <message>
        <source>Amazon order report</source>
        <translation>รายงานคำสั่งซื้อของ Amazon</translation>
    </message>
    <message>
        <source>eBay orders report</source>
        <translation>รายงานคำสั่งซื้อของ eBay</translation>
    </message>
    <message>
        <source>Borderdesk orders CSV</source>
        <translation>ไฟล์ CSV คำสั่งซื้อของ Borderdesk</translation>
    </message>
    <message>
        <source>unknown format</source>
        <translation>ไม่รู้จักรูปแบบไฟล์</translation>
    </message>
    <message>
        <source>the %1 header lacks the column(s) %2</source>
        <translation>หัวตารางของ %1 ไม่มีคอลัมน์ %2</translation>
    </message>
    <message>
        <source>no %1 header found in the first 30 lines</source>
        <translation>ไม่พบหัวตารางของ %1 ใน 30 บรรทัดแรก</translation>
    </message>
    <message>
        <source>not an order file Borderdesk knows: no Shopify, Amazon, eBay or Borderdesk header found</source>
        <translation>ไม่ใช่ไฟล์คำสั่งซื้อที่ Borderdesk รู้จัก: ไม่พบหัวตารางของ Shopify, Amazon, eBay หรือ Borderdesk</translation>
    </message>
    <message>
        <source>the rows of order %1 are not next to each other; sort the file by order first</source>
        <translation>แถวของคำสั่งซื้อ %1 ไม่ได้อยู่ติดกัน โปรดเรียงลำดับไฟล์ตามคำสั่งซื้อก่อน</translation>
    </message>
</context>
<context>
    <name>OrderFilterBar</name>
    <message>
        <source>All markets</source>
        <translation>ทุกตลาด</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Search order number, email or ship-to name</source>
        <translation>ค้นหาเลขที่คำสั่งซื้อ อีเมล หรือชื่อผู้รับ</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>ทุกสถานะ</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>ทุกประเทศ</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>ตั้งแต่(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>ถึง(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Risk at least</source>
        <translation>ความเสี่ยงตั้งแต่(&amp;R)</translation>
    </message>
    <message>
        <source>any</source>
        <translation>ทั้งหมด</translation>
    </message>
    <message>
        <source>Waiting to ship</source>
        <translation>รอจัดส่ง</translation>
    </message>
</context>
<context>
    <name>OrderImportDialog</name>
    <message>
        <source>Import orders</source>
        <translation>นำเข้าคำสั่งซื้อ</translation>
    </message>
    <message>
        <source>Order files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>ไฟล์คำสั่งซื้อ (*.csv *.txt *.tsv);;ไฟล์ทั้งหมด (*)</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>กำลังนำเข้า %1…</translation>
    </message>
    <message>
        <source>Cancelling; nothing will be changed…</source>
        <translation>กำลังยกเลิก จะไม่มีการเปลี่ยนแปลงใดๆ…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>ไม่มีการนำเข้าข้อมูลใดๆ: %1</translation>
    </message>
    <message>
        <source>The import was cancelled; no order was changed.</source>
        <translation>ยกเลิกการนำเข้าแล้ว ไม่มีคำสั่งซื้อใดถูกเปลี่ยนแปลง</translation>
    </message>
    <message>
        <source>%1 (%2) was imported.</source>
        <translation>นำเข้า %1 (%2) แล้ว</translation>
    </message>
    <message>
        <source>%1: nothing was imported.</source>
        <translation>%1: ไม่มีการนำเข้าข้อมูลใดๆ</translation>
    </message>
    <message numerus="yes">
        <source>…and %Ln more.</source>
        <translation>
            <numerusform>…และอีก %Ln รายการ</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>ไฟล์(&amp;F):</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>เลือก(&amp;H)…</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>รูปแบบ(&amp;O):</translation>
    </message>
    <message>
        <source>Detect from the file&apos;s header</source>
        <translation>ตรวจหาจากหัวตารางของไฟล์</translation>
    </message>
    <message>
        <source>Orders in the file:</source>
        <translation>คำสั่งซื้อในไฟล์:</translation>
    </message>
    <message>
        <source>Order lines:</source>
        <translation>รายการสินค้าในคำสั่งซื้อ:</translation>
    </message>
    <message>
        <source>New orders:</source>
        <translation>คำสั่งซื้อใหม่:</translation>
    </message>
    <message>
        <source>Updated orders:</source>
        <translation>คำสั่งซื้อที่อัปเดต:</translation>
    </message>
    <message>
        <source>Put on hold:</source>
        <translation>พักไว้:</translation>
    </message>
    <message>
        <source>Cannot ship yet:</source>
        <translation>ยังจัดส่งไม่ได้:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>นำเข้า(&amp;I)</translation>
    </message>
    <message numerus="yes">
        <source>%1: nothing was imported. Fix the %Ln problem(s) below in the file and import it again.</source>
        <translation>
            <numerusform>%1: ไม่มีการนำเข้าข้อมูลใดๆ โปรดแก้ไขปัญหา %Ln รายการด้านล่างในไฟล์ แล้วนำเข้าอีกครั้ง</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s) below.</source>
        <translation>
            <numerusform>มีคำเตือน %Ln รายการด้านล่าง</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrderImporter</name>
    <message>
        <source>SKU &quot;%1&quot; is not in the catalogue; the line is kept</source>
        <translation>SKU &quot;%1&quot; ไม่มีในแคตตาล็อกสินค้า แต่ยังเก็บรายการนี้ไว้</translation>
    </message>
    <message numerus="yes">
        <source>SKU &quot;%1&quot; is not in the catalogue; its lines are kept (%n more line(s) have it)</source>
        <translation>
            <numerusform>SKU &quot;%1&quot; ไม่มีในแคตตาล็อกสินค้า แต่ยังเก็บรายการเหล่านี้ไว้ (มีอีก %n รายการที่ใช้ SKU นี้)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; the order&apos;s amounts in %2 are left empty</source>
        <translation>%1 จึงเว้นว่างจำนวนเงินในสกุล %2 ของคำสั่งซื้อไว้</translation>
    </message>
    <message>
        <source>%1:%2: the database refused order %3: %4</source>
        <translation>%1:%2: ฐานข้อมูลไม่ยอมรับคำสั่งซื้อ %3: %4</translation>
    </message>
    <message>
        <source>risk %1 ≥ hold threshold %2</source>
        <translation>ความเสี่ยง %1 ≥ เกณฑ์การพักคำสั่งซื้อ %2</translation>
    </message>
    <message numerus="yes">
        <source>%n more warning(s) not shown</source>
        <translation>
            <numerusform>ยังมีคำเตือนอีก %n รายการที่ไม่ได้แสดง</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation>%1: ไม่สามารถอ่านไฟล์ได้: %2</translation>
    </message>
    <message>
        <source>%1: the file is too large (%2 MB)</source>
        <translation>%1: ไฟล์มีขนาดใหญ่เกินไป (%2 MB)</translation>
    </message>
</context>
<context>
    <name>OrderRepository</name>
    <message>
        <source>no order %1</source>
        <translation>ไม่มีคำสั่งซื้อ %1</translation>
    </message>
    <message>
        <source>%1 orders have the number %2; use the channel order id</source>
        <translation>มีคำสั่งซื้อ %1 รายการที่ใช้หมายเลข %2 โปรดใช้รหัสคำสั่งซื้อของช่องทางขายแทน</translation>
    </message>
    <message>
        <source>no such order</source>
        <translation>ไม่พบคำสั่งซื้อนี้</translation>
    </message>
    <message>
        <source>order %1 cannot go from %2 to %3 (allowed: %4)</source>
        <translation>คำสั่งซื้อ %1 เปลี่ยนจาก %2 เป็น %3 ไม่ได้ (ที่เปลี่ยนได้: %4)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ไม่มี</translation>
    </message>
    <message>
        <source>order %1 cannot ship: %2</source>
        <translation>คำสั่งซื้อ %1 จัดส่งไม่ได้: %2</translation>
    </message>
    <message>
        <source>risk %1 ≥ hold threshold %2</source>
        <translation>ความเสี่ยง %1 ≥ เกณฑ์การพักคำสั่งซื้อ %2</translation>
    </message>
    <message>
        <source>cannot ship</source>
        <translation>จัดส่งไม่ได้</translation>
    </message>
</context>
<context>
    <name>OrderRowMapper</name>
    <message>
        <source>the line has neither a SKU nor a product name</source>
        <translation>รายการนี้ไม่มีทั้ง SKU และชื่อสินค้า</translation>
    </message>
    <message>
        <source>a price cannot be negative</source>
        <translation>ราคาต้องไม่ติดลบ</translation>
    </message>
    <message>
        <source>%1 does not divide evenly by the quantity %2; the unit price is rounded down</source>
        <translation>%1 หารด้วยจำนวน %2 ไม่ลงตัว จึงปัดราคาต่อหน่วยลง</translation>
    </message>
    <message>
        <source>order %1 has no lines</source>
        <translation>คำสั่งซื้อ %1 ไม่มีรายการสินค้า</translation>
    </message>
    <message>
        <source>order %1 has no creation date</source>
        <translation>คำสั่งซื้อ %1 ไม่มีวันที่สร้าง</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a currency code (three letters such as USD)</source>
        <translation>&quot;%1&quot; ไม่ใช่รหัสสกุลเงิน (ตัวอักษรสามตัว เช่น USD)</translation>
    </message>
</context>
<context>
    <name>OrderStatuses</name>
    <message>
        <source>New</source>
        <translation>ใหม่</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>พักไว้</translation>
    </message>
    <message>
        <source>Ready to ship</source>
        <translation>พร้อมจัดส่ง</translation>
    </message>
    <message>
        <source>Picked</source>
        <translation>หยิบสินค้าแล้ว</translation>
    </message>
    <message>
        <source>Packed</source>
        <translation>แพ็กแล้ว</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>จัดส่งแล้ว</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>ส่งถึงแล้ว</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>ยกเลิกแล้ว</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>ถูกส่งคืน</translation>
    </message>
</context>
<context>
    <name>OrderTableModel</name>
    <message>
        <source>Cannot ship</source>
        <translation>จัดส่งไม่ได้</translation>
    </message>
    <message>
        <source>At or above the hold threshold (%1)</source>
        <translation>ถึงหรือเกินเกณฑ์การพักคำสั่งซื้อ (%1)</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>คำสั่งซื้อ</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>วันที่สร้าง</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>ช่องทางขาย</translation>
    </message>
    <message>
        <source>Ship to</source>
        <translation>ส่งถึง</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>ประเทศ</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>ตลาด</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>ยอดรวม</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>ความเสี่ยง</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>การจัดส่ง</translation>
    </message>
</context>
<context>
    <name>OrdersCommand</name>
    <message>
        <source>orders: unknown subcommand %1</source>
        <translation>orders: ไม่รู้จักคำสั่งย่อย %1</translation>
    </message>
    <message>
        <source>--status: &quot;%1&quot; is not an order status</source>
        <translation>--status: &quot;%1&quot; ไม่ใช่สถานะคำสั่งซื้อ</translation>
    </message>
    <message>
        <source>--min-risk: &quot;%1&quot; is not a number from 0 to 100</source>
        <translation>--min-risk: &quot;%1&quot; ไม่ใช่ตัวเลขตั้งแต่ 0 ถึง 100</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a date (YYYY-MM-DD)</source>
        <translation>%1: &quot;%2&quot; ไม่ใช่วันที่ (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>usage: orders import FILE [--format auto|shopify|amazon|ebay|csv] [--dry-run]</source>
        <translation>วิธีใช้: orders import FILE [--format auto|shopify|amazon|ebay|csv] [--dry-run]</translation>
    </message>
    <message>
        <source>--format: &quot;%1&quot; is not auto, shopify, amazon, ebay or csv</source>
        <translation>--format: &quot;%1&quot; ไม่ใช่ auto, shopify, amazon, ebay หรือ csv</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n problem(s) must be fixed first.</source>
        <translation>
            <numerusform>ไม่มีการนำเข้าข้อมูลใดๆ: ต้องแก้ไขปัญหา %n รายการก่อน</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 order(s) with %3 line(s); %4 new, %5 updated; %6 put on hold; %7 cannot ship yet.</source>
        <translation>%1: คำสั่งซื้อ %2 รายการ มีสินค้า %3 รายการ; ใหม่ %4 รายการ, อัปเดต %5 รายการ; พักไว้ %6 รายการ; ยังจัดส่งไม่ได้ %7 รายการ</translation>
    </message>
    <message>
        <source>Dry run, nothing was written. %1</source>
        <translation>ทดลองนำเข้า โดยยังไม่มีการบันทึกข้อมูลใดๆ %1</translation>
    </message>
    <message>
        <source>Imported. %1</source>
        <translation>นำเข้าแล้ว %1</translation>
    </message>
    <message>
        <source>usage: orders export FILE [--status S] [--country CC] [--market CODE] [--from DATE] [--to DATE]</source>
        <translation>วิธีใช้: orders export FILE [--status S] [--country CC] [--market CODE] [--from DATE] [--to DATE]</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n order(s) to %1.</source>
        <translation>
            <numerusform>ส่งออกคำสั่งซื้อ %n รายการไปที่ %1 แล้ว</numerusform>
        </translation>
    </message>
    <message>
        <source>usage: orders list [--status S[,S…]] [--country CC] [--market CODE] [--search TEXT] [--min-risk N] [--from DATE] [--to DATE] [--limit N] [--json]</source>
        <translation>วิธีใช้: orders list [--status S[,S…]] [--country CC] [--market CODE] [--search TEXT] [--min-risk N] [--from DATE] [--to DATE] [--limit N] [--json]</translation>
    </message>
    <message>
        <source>--limit: &quot;%1&quot; is not a positive number</source>
        <translation>--limit: &quot;%1&quot; ไม่ใช่จำนวนที่มากกว่า 0</translation>
    </message>
    <message>
        <source>risk %1</source>
        <translation>ความเสี่ยง %1</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) shown</source>
        <translation>
            <numerusform>แสดงคำสั่งซื้อ %n รายการ</numerusform>
        </translation>
    </message>
    <message>
        <source> of %1</source>
        <translation> จาก %1</translation>
    </message>
    <message>
        <source>usage: orders check NUMBER [--json]</source>
        <translation>วิธีใช้: orders check NUMBER [--json]</translation>
    </message>
    <message>
        <source>usage: orders show NUMBER [--json]</source>
        <translation>วิธีใช้: orders show NUMBER [--json]</translation>
    </message>
    <message>
        <source>Order %1 (%2 %3), %4</source>
        <translation>คำสั่งซื้อ %1 (%2 %3), %4</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>สร้างเมื่อ %1</translation>
    </message>
    <message>
        <source>Ship to:</source>
        <translation>ส่งถึง:</translation>
    </message>
    <message>
        <source>  (not in the catalogue)</source>
        <translation>  (ไม่มีในแคตตาล็อกสินค้า)</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>ยอดรวม %1</translation>
    </message>
    <message>
        <source> = %1 at %2 (%3)</source>
        <translation> = %1 ที่อัตรา %2 (%3)</translation>
    </message>
    <message>
        <source>Order %1 checked.</source>
        <translation>ตรวจสอบคำสั่งซื้อ %1 แล้ว</translation>
    </message>
    <message>
        <source>cannot ship: </source>
        <translation>จัดส่งไม่ได้: </translation>
    </message>
    <message>
        <source>note: </source>
        <translation>หมายเหตุ: </translation>
    </message>
    <message>
        <source>Restricted goods: %1</source>
        <translation>สินค้าที่มีข้อจำกัด: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ไม่มี</translation>
    </message>
    <message>
        <source>Shipping readiness: %1</source>
        <translation>ความพร้อมในการจัดส่ง: %1</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>พร้อม</translation>
    </message>
    <message>
        <source>Fraud risk: %1 of 100</source>
        <translation>ความเสี่ยงการฉ้อโกง: %1 จาก 100</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>สถานะ: %1</translation>
    </message>
    <message>
        <source>usage: orders set-status NUMBER STATUS [--note TEXT]</source>
        <translation>วิธีใช้: orders set-status NUMBER STATUS [--note TEXT]</translation>
    </message>
    <message>
        <source>statuses: %1</source>
        <translation>สถานะที่ใช้ได้: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an order status</source>
        <translation>&quot;%1&quot; ไม่ใช่สถานะคำสั่งซื้อ</translation>
    </message>
    <message>
        <source>Order %1 is now %2.</source>
        <translation>คำสั่งซื้อ %1 เปลี่ยนสถานะเป็น %2 แล้ว</translation>
    </message>
    <message>
        <source>--set %1: %2</source>
        <translation>--set %1: %2</translation>
    </message>
    <message>
        <source>expected RULE=WEIGHT</source>
        <translation>ต้องอยู่ในรูปแบบ RULE=WEIGHT</translation>
    </message>
    <message>
        <source>--threshold: %1</source>
        <translation>--threshold: %1</translation>
    </message>
    <message>
        <source>Hold threshold: %1</source>
        <translation>เกณฑ์การพักคำสั่งซื้อ: %1</translation>
    </message>
    <message>
        <source>usage: orders message NUMBER [--template confirmation|shipped|delayed|customs_info] [--lang LANG] [--tracking N] [--tracking-url URL] [--carrier NAME] [--reason TEXT] [--documents TEXT] [--mailto]</source>
        <translation>วิธีใช้: orders message NUMBER [--template confirmation|shipped|delayed|customs_info] [--lang LANG] [--tracking N] [--tracking-url URL] [--carrier NAME] [--reason TEXT] [--documents TEXT] [--mailto]</translation>
    </message>
    <message>
        <source>no %1 template in %2</source>
        <translation>ไม่มีแม่แบบ %1 ใน %2</translation>
    </message>
    <message>
        <source>usage: orders edit NUMBER [--phone P] [--tax-id ID] [--language LANG] [--postal-code Z] [--address1 TEXT] [--address2 TEXT] [--city TEXT] [--province TEXT]</source>
        <translation>วิธีใช้: orders edit NUMBER [--phone P] [--tax-id ID] [--language LANG] [--postal-code Z] [--address1 TEXT] [--address2 TEXT] [--city TEXT] [--province TEXT]</translation>
    </message>
    <message>
        <source>Order %1 updated; it can ship.</source>
        <translation>อัปเดตคำสั่งซื้อ %1 แล้ว และพร้อมจัดส่งได้</translation>
    </message>
    <message>
        <source>Order %1 updated; it still cannot ship.</source>
        <translation>อัปเดตคำสั่งซื้อ %1 แล้ว แต่ยังจัดส่งไม่ได้</translation>
    </message>
    <message>
        <source>usage: orders fraud-rules [--set RULE=WEIGHT]… [--threshold N] [--categories &quot;A,B,…&quot;] [--json]</source>
        <translation>วิธีใช้: orders fraud-rules [--set RULE=WEIGHT]… [--threshold N] [--categories &quot;A,B,…&quot;] [--json]</translation>
    </message>
    <message>
        <source>--categories: %1</source>
        <translation>--categories: %1</translation>
    </message>
    <message>
        <source>High-risk categories: %1</source>
        <translation>หมวดหมู่ความเสี่ยงสูง: %1</translation>
    </message>
    <message>
        <source>usage: orders forwarders [--add NAME --fragment TEXT [--postal-code Z] [--country CC]] [--json]</source>
        <translation>วิธีใช้: orders forwarders [--add NAME --fragment TEXT [--postal-code Z] [--country CC]] [--json]</translation>
    </message>
</context>
<context>
    <name>OrdersView</name>
    <message numerus="yes">
        <source>%Ln order(s)</source>
        <translation>
            <numerusform>คำสั่งซื้อ %Ln รายการ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %Ln selected</source>
        <translation>
            <numerusform>%1, เลือกไว้ %Ln รายการ</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln order(s) done.</source>
        <translation>
            <numerusform>%1: ดำเนินการกับคำสั่งซื้อ %Ln รายการเสร็จแล้ว</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s) could not be changed.</source>
        <translation>
            <numerusform>คำสั่งซื้อ %Ln รายการเปลี่ยนแปลงไม่ได้</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %Ln more (see the details).</source>
        <translation>
            <numerusform>…และอีก %Ln รายการ (ดูรายละเอียด)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln other order(s) were changed.</source>
        <translation>
            <numerusform>เปลี่ยนแปลงคำสั่งซื้ออื่นแล้ว %Ln รายการ</numerusform>
        </translation>
    </message>
    <message>
        <source>Changing orders to “%1”…</source>
        <translation>กำลังเปลี่ยนสถานะคำสั่งซื้อเป็น “%1”…</translation>
    </message>
    <message>
        <source>Releasing orders…</source>
        <translation>กำลังเลิกพักคำสั่งซื้อ…</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>เลิกพัก</translation>
    </message>
    <message>
        <source>order %1 is not on hold</source>
        <translation>คำสั่งซื้อ %1 ไม่ได้พักไว้</translation>
    </message>
    <message>
        <source>Cancel orders</source>
        <translation>ยกเลิกคำสั่งซื้อ</translation>
    </message>
    <message numerus="yes">
        <source>Cancel %Ln order(s)? A cancelled order cannot be reopened.</source>
        <translation>
            <numerusform>ยกเลิกคำสั่งซื้อ %Ln รายการหรือไม่? คำสั่งซื้อที่ยกเลิกแล้วจะเปิดใหม่ไม่ได้</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancel %Ln order(s)</source>
        <translation>
            <numerusform>ยกเลิกคำสั่งซื้อ %Ln รายการ</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep them</source>
        <translation>เก็บไว้</translation>
    </message>
    <message>
        <source>Checking orders again…</source>
        <translation>กำลังตรวจสอบคำสั่งซื้ออีกครั้ง…</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>ตรวจสอบอีกครั้ง</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Export orders</source>
        <translation>ส่งออกคำสั่งซื้อ</translation>
    </message>
    <message>
        <source>orders.csv</source>
        <translation>orders.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>ไฟล์ CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting orders…</source>
        <translation>กำลังส่งออกคำสั่งซื้อ…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln order(s) to %1.</source>
        <translation>
            <numerusform>ส่งออกคำสั่งซื้อ %Ln รายการไปที่ %1 แล้ว</numerusform>
        </translation>
    </message>
    <message>
        <source>Fraud rules saved. They apply to orders imported or checked again from now on.</source>
        <translation>บันทึกกฎตรวจจับการฉ้อโกงแล้ว กฎนี้จะใช้กับคำสั่งซื้อที่นำเข้าหรือตรวจสอบอีกครั้งนับจากนี้</translation>
    </message>
    <message>
        <source>Select an order to see its lines, addresses, checks and history.</source>
        <translation>เลือกคำสั่งซื้อเพื่อดูรายการสินค้า ที่อยู่ ผลการตรวจสอบ และประวัติ</translation>
    </message>
    <message>
        <source>&amp;Hold</source>
        <translation>พักไว้(&amp;H)</translation>
    </message>
    <message>
        <source>Put the selected orders on hold</source>
        <translation>พักคำสั่งซื้อที่เลือกไว้</translation>
    </message>
    <message>
        <source>Re&amp;lease</source>
        <translation>เลิกพัก(&amp;L)</translation>
    </message>
    <message>
        <source>Release the selected orders on hold (back to new)</source>
        <translation>ปล่อยคำสั่งซื้อที่เลือกซึ่งพักไว้ (กลับเป็นสถานะใหม่)</translation>
    </message>
    <message>
        <source>&amp;Cancel order</source>
        <translation>ยกเลิกคำสั่งซื้อ(&amp;C)</translation>
    </message>
    <message>
        <source>Cancel the selected orders</source>
        <translation>ยกเลิกคำสั่งซื้อที่เลือก</translation>
    </message>
    <message>
        <source>Mark read&amp;y to ship</source>
        <translation>พร้อมจัดส่ง(&amp;Y)</translation>
    </message>
    <message>
        <source>Check a&amp;gain</source>
        <translation>ตรวจซ้ำ(&amp;G)</translation>
    </message>
    <message>
        <source>Check the selected orders again with today&apos;s catalogue, markets and fraud rules</source>
        <translation>ตรวจสอบคำสั่งซื้อที่เลือกอีกครั้งด้วยแคตตาล็อกสินค้า ตลาด และกฎตรวจจับการฉ้อโกงปัจจุบัน</translation>
    </message>
    <message>
        <source>&amp;Message customer…</source>
        <translation>แจ้งลูกค้า(&amp;M)…</translation>
    </message>
    <message>
        <source>Fra&amp;ud rules…</source>
        <translation>กฎตรวจจับการฉ้อโกง(&amp;U)…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>นำเข้า(&amp;I)…</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>ส่งออก(&amp;X)</translation>
    </message>
    <message>
        <source>Export the &amp;selected orders…</source>
        <translation>ส่งออกคำสั่งซื้อที่เลือก(&amp;S)…</translation>
    </message>
    <message>
        <source>Export &amp;all orders the filter shows…</source>
        <translation>ส่งออกคำสั่งซื้อทั้งหมดที่แสดงตามตัวกรอง(&amp;A)…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln+ order(s), counting…</source>
        <translation>
            <numerusform>%Ln+ คำสั่งซื้อ กำลังนับ…</numerusform>
        </translation>
    </message>
    <message>
        <source>Recipient corrected; the order was checked again.</source>
        <translation>แก้ไขข้อมูลผู้รับแล้ว และตรวจสอบคำสั่งซื้ออีกครั้งแล้ว</translation>
    </message>
    <message>
        <source>Edit recipie&amp;nt…</source>
        <translation>แก้ไขผู้รับ(&amp;N)…</translation>
    </message>
    <message>
        <source>Correct the phone, tax ID, language or address, then check the order again</source>
        <translation>แก้ไขเบอร์โทรศัพท์ เลขประจำตัวผู้เสียภาษี ภาษา หรือที่อยู่ แล้วตรวจสอบคำสั่งซื้ออีกครั้ง</translation>
    </message>
    <message>
        <source>&amp;Rate shop…</source>
        <translation>เทียบค่าขนส่ง(&amp;R)…</translation>
    </message>
    <message>
        <source>Compare the services for the current order and create its shipment</source>
        <translation>เปรียบเทียบบริการสำหรับคำสั่งซื้อปัจจุบัน แล้วสร้างการจัดส่ง</translation>
    </message>
    <message>
        <source>&amp;Print documents…</source>
        <translation>พิมพ์เอกสาร(&amp;P)…</translation>
    </message>
    <message>
        <source>Print the label, customs papers and packing slip of the selected orders</source>
        <translation>พิมพ์ฉลาก เอกสารศุลกากร และใบรายการสินค้าในกล่องของคำสั่งซื้อที่เลือก</translation>
    </message>
    <message>
        <source>Print documents</source>
        <translation>พิมพ์เอกสาร</translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s) get no documents:</source>
        <translation>
            <numerusform>คำสั่งซื้อ %Ln รายการจะไม่มีเอกสาร:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PackSession</name>
    <message>
        <source>no printer is set up</source>
        <translation>ยังไม่ได้ตั้งค่าเครื่องพิมพ์</translation>
    </message>
    <message>
        <source>printing was cancelled</source>
        <translation>การพิมพ์ถูกยกเลิก</translation>
    </message>
</context>
<context>
    <name>PackStationWindow</name>
    <message>
        <source>Printing the label and papers for order %1…</source>
        <translation>กำลังพิมพ์ฉลากและเอกสารของคำสั่งซื้อ %1…</translation>
    </message>
    <message>
        <source>Borderdesk pack station</source>
        <translation>จุดแพ็กสินค้า Borderdesk</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>สินค้า</translation>
    </message>
    <message>
        <source>Bin</source>
        <translation>ช่องเก็บ</translation>
    </message>
    <message>
        <source>Needed</source>
        <translation>ต้องแพ็ก</translation>
    </message>
    <message>
        <source>Scanned</source>
        <translation>สแกนแล้ว</translation>
    </message>
    <message>
        <source>Done</source>
        <comment>the line is complete</comment>
        <translation>ครบ</translation>
    </message>
    <message>
        <source>Scan each item (barcode or SKU), then Enter</source>
        <translation>สแกนสินค้าทีละชิ้น (บาร์โค้ดหรือ SKU) แล้วกด Enter</translation>
    </message>
    <message>
        <source>F5: print again · Esc: abandon the order</source>
        <translation>F5: พิมพ์อีกครั้ง · Esc: เลิกแพ็กคำสั่งซื้อนี้</translation>
    </message>
    <message>
        <source>Scan or type an order number, then Enter</source>
        <translation>สแกนหรือพิมพ์หมายเลขคำสั่งซื้อ แล้วกด Enter</translation>
    </message>
    <message>
        <source>Scan the order number from the packing slip.</source>
        <translation>สแกนหมายเลขคำสั่งซื้อจากใบรายการสินค้าในกล่อง</translation>
    </message>
    <message>
        <source>Order %1: scan each item.</source>
        <translation>คำสั่งซื้อ %1: สแกนสินค้าทีละชิ้น</translation>
    </message>
    <message>
        <source>STOP: order %1 must not ship. No label.</source>
        <translation>หยุด: ห้ามจัดส่งคำสั่งซื้อ %1 ไม่พิมพ์ฉลาก</translation>
    </message>
    <message>
        <source>✔ %1 %2: %3 of %4</source>
        <translation>✔ %1 %2: %3 จาก %4</translation>
    </message>
    <message>
        <source>✘ WRONG ITEM: %1 %2 is not in this order. Put it back.</source>
        <translation>✘ สินค้าผิด: %1 %2 ไม่อยู่ในคำสั่งซื้อนี้ นำกลับไปเก็บที่เดิม</translation>
    </message>
    <message>
        <source>✘ TOO MANY: all %1 of %2 are packed already. Take this one out.</source>
        <translation>✘ เกินจำนวน: แพ็ก %2 ครบ %1 ชิ้นแล้ว นำชิ้นนี้ออก</translation>
    </message>
    <message>
        <source>✘ UNKNOWN BARCODE: %1 is no product and no order.</source>
        <translation>✘ ไม่รู้จักบาร์โค้ด: %1 ไม่ใช่สินค้าและไม่ใช่คำสั่งซื้อ</translation>
    </message>
    <message>
        <source>Order %1 is open already: scan its items.</source>
        <translation>คำสั่งซื้อ %1 เปิดอยู่แล้ว: สแกนสินค้าของคำสั่งซื้อนี้</translation>
    </message>
    <message>
        <source>Order %1 is not finished. Scan its items, or press Esc to abandon it and open %2.</source>
        <translation>คำสั่งซื้อ %1 ยังแพ็กไม่เสร็จ สแกนสินค้าต่อ หรือกด Esc เพื่อเลิกแพ็กแล้วเปิด %2</translation>
    </message>
    <message>
        <source>Order %1 has not printed. Press F5 to print again or Esc to abandon it.</source>
        <translation>คำสั่งซื้อ %1 ยังพิมพ์ไม่สำเร็จ กด F5 เพื่อพิมพ์อีกครั้ง หรือ Esc เพื่อเลิกแพ็ก</translation>
    </message>
    <message>
        <source>✔ Order %1 is packed: label and papers printed. Scan the next order.</source>
        <translation>✔ คำสั่งซื้อ %1 แพ็กแล้ว: พิมพ์ฉลากและเอกสารแล้ว สแกนคำสั่งซื้อถัดไป</translation>
    </message>
    <message>
        <source>✔ Order %1 printed again. Scan the next order.</source>
        <translation>✔ พิมพ์คำสั่งซื้อ %1 อีกครั้งแล้ว สแกนคำสั่งซื้อถัดไป</translation>
    </message>
    <message>
        <source>Order %1 abandoned. Scan the next order number.</source>
        <translation>เลิกแพ็กคำสั่งซื้อ %1 แล้ว สแกนหมายเลขคำสั่งซื้อถัดไป</translation>
    </message>
    <message>
        <source>Pack station: no order open</source>
        <translation>จุดแพ็กสินค้า: ไม่มีคำสั่งซื้อที่เปิดอยู่</translation>
    </message>
    <message numerus="yes">
        <source>Order %1: %2 of %Ln item(s) packed</source>
        <translation>
            <numerusform>คำสั่งซื้อ %1: แพ็กแล้ว %2 จาก %Ln ชิ้น</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · tracking %2</source>
        <comment>order progress, tracking number</comment>
        <translation>%1 · หมายเลขติดตามพัสดุ %2</translation>
    </message>
    <message>
        <source>✘ NOT AN ORDER: %1</source>
        <translation>✘ ไม่ใช่คำสั่งซื้อ: %1</translation>
    </message>
    <message>
        <source>✔ Tracking number %1 goes on the label.</source>
        <translation>✔ หมายเลขติดตามพัสดุ %1 จะพิมพ์บนฉลาก</translation>
    </message>
    <message>
        <source>✘ PRINTING FAILED for order %1. Press F5 to print again.</source>
        <translation>✘ พิมพ์คำสั่งซื้อ %1 ไม่สำเร็จ กด F5 เพื่อพิมพ์อีกครั้ง</translation>
    </message>
    <message>
        <source>✘ ORDER %1 NOT PACKED. Press F5 to try again or Esc to abandon it.</source>
        <translation>✘ คำสั่งซื้อ %1 ยังไม่เป็นสถานะแพ็กแล้ว กด F5 เพื่อลองอีกครั้ง หรือ Esc เพื่อเลิกแพ็ก</translation>
    </message>
    <message>
        <source>Enter: confirm the scan · Esc: abandon the order · F5: print again · F12: next language · F10 or Ctrl+Q: leave the pack station</source>
        <translation>Enter: ยืนยันการสแกน · Esc: เลิกแพ็กคำสั่งซื้อนี้ · F5: พิมพ์อีกครั้ง · F12: เปลี่ยนภาษา · F10 หรือ Ctrl+Q: ออกจากจุดแพ็กสินค้า</translation>
    </message>
</context>
<context>
    <name>PackageRows</name>
    <message>
        <source>Package %1 needs a weight (grams, or with a unit: 1.2 kg).</source>
        <translation>พัสดุ %1 ต้องระบุน้ำหนัก (เป็นกรัม หรือระบุหน่วย เช่น 1.2 kg)</translation>
    </message>
    <message>
        <source>Package %1: %2</source>
        <translation>พัสดุ %1: %2</translation>
    </message>
    <message>
        <source>✓ %1 number</source>
        <translation>✓ หมายเลข %1</translation>
    </message>
    <message>
        <source>⚠ %1: %2</source>
        <translation>⚠ %1: %2</translation>
    </message>
    <message>
        <source>✗ %1</source>
        <translation>✗ %1</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>น้ำหนัก</translation>
    </message>
    <message>
        <source>Size (L×W×H cm)</source>
        <translation>ขนาด (ยาว×กว้าง×สูง cm)</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>หมายเลขติดตามพัสดุ</translation>
    </message>
    <message>
        <source>Package %1</source>
        <translation>พัสดุ %1</translation>
    </message>
    <message>
        <source>e.g. 1.2 kg</source>
        <translation>เช่น 1.2 kg</translation>
    </message>
    <message>
        <source>e.g. 40x30x20</source>
        <translation>เช่น 40x30x20</translation>
    </message>
    <message>
        <source>type or scan</source>
        <translation>พิมพ์หรือสแกน</translation>
    </message>
</context>
<context>
    <name>PackingSlip</name>
    <message>
        <source>Packing slip</source>
        <translation>ใบรายการสินค้าในกล่อง</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>คำสั่งซื้อเลขที่ %1</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>วันที่: %1</translation>
    </message>
    <message>
        <source>Ship to</source>
        <translation>จัดส่งถึง</translation>
    </message>
    <message>
        <source>Shipping method</source>
        <translation>วิธีการจัดส่ง</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>หมายเลขติดตามพัสดุ</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>รายการสินค้า</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>จำนวน</translation>
    </message>
    <message>
        <source>Bin</source>
        <translation>ช่องเก็บ</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>หมายเหตุ</translation>
    </message>
    <message>
        <source>Thank you for your order!</source>
        <translation>ขอบคุณที่สั่งซื้อสินค้ากับเรา!</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>หน้า %1 จาก %2</translation>
    </message>
    <message>
        <source>Continued on the next page</source>
        <translation>มีต่อหน้าถัดไป</translation>
    </message>
    <message>
        <source>Packing slip %1</source>
        <translation>ใบรายการสินค้าในกล่อง %1</translation>
    </message>
</context>
<context>
    <name>PdfExport</name>
    <message>
        <source>There is nothing to print.</source>
        <translation>ไม่มีรายการที่จะพิมพ์</translation>
    </message>
    <message>
        <source>%1 dpi is not a resolution a printer has.</source>
        <translation>%1 dpi ไม่ใช่ความละเอียดที่เครื่องพิมพ์รองรับ</translation>
    </message>
    <message>
        <source>Could not start writing the PDF.</source>
        <translation>เริ่มเขียนไฟล์ PDF ไม่ได้</translation>
    </message>
    <message>
        <source>Could not finish writing the PDF.</source>
        <translation>เขียนไฟล์ PDF ให้เสร็จสมบูรณ์ไม่ได้</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>บันทึก %1 ไม่ได้: %2</translation>
    </message>
</context>
<context>
    <name>PhoneNumber</name>
    <message>
        <source>phone number is empty</source>
        <translation>ไม่ได้กรอกหมายเลขโทรศัพท์</translation>
    </message>
    <message>
        <source>phone number &quot;%1&quot; cannot be read: it needs a known country code, such as +66</source>
        <translation>อ่านหมายเลขโทรศัพท์ &quot;%1&quot; ไม่ได้: ต้องมีรหัสประเทศที่รู้จัก เช่น +66</translation>
    </message>
    <message>
        <source>phone number &quot;%1&quot; cannot be read</source>
        <translation>อ่านหมายเลขโทรศัพท์ &quot;%1&quot; ไม่ได้</translation>
    </message>
    <message>
        <source>phone number &quot;%1&quot; is not valid</source>
        <translation>หมายเลขโทรศัพท์ &quot;%1&quot; ไม่ถูกต้อง</translation>
    </message>
    <message>
        <source>phone number &quot;%1&quot; is not valid for %2</source>
        <translation>หมายเลขโทรศัพท์ &quot;%1&quot; ไม่ถูกต้องสำหรับ %2</translation>
    </message>
</context>
<context>
    <name>PriceCommand</name>
    <message>
        <source>--date: &quot;%1&quot; is not a date (YYYY-MM-DD)</source>
        <translation>--date: &quot;%1&quot; ไม่ใช่วันที่ (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>--incoterm: &quot;%1&quot; must be DAP or DDP</source>
        <translation>--incoterm: &quot;%1&quot; ต้องเป็น DAP หรือ DDP</translation>
    </message>
    <message>
        <source>usage: price apply --market CODE [--dry-run] [--date YYYY-MM-DD]</source>
        <translation>วิธีใช้: price apply --market CODE [--dry-run] [--date YYYY-MM-DD]</translation>
    </message>
    <message>
        <source>--dry-run goes with price apply</source>
        <translation>--dry-run ใช้ได้กับ price apply เท่านั้น</translation>
    </message>
    <message>
        <source>%1 (%2) into %3, %4, rates of %5</source>
        <translation>%1 (%2) ส่งไปยัง %3, %4, อัตราของวันที่ %5</translation>
    </message>
    <message>
        <source>total</source>
        <translation>รวม</translation>
    </message>
    <message>
        <source>margin</source>
        <translation>กำไรขั้นต้น</translation>
    </message>
    <message>
        <source>after cost and what the seller pays (%1)</source>
        <translation>หลังหักต้นทุนและส่วนที่ผู้ขายจ่าย (%1)</translation>
    </message>
    <message>
        <source>Dry run for %1: %2 product(s) checked, %3 price(s) would change, %4 moved less than the threshold; nothing was written.</source>
        <translation>ทดลองปรับราคาสำหรับ %1: ตรวจสอบสินค้า %2 รายการ, ราคาจะเปลี่ยน %3 รายการ, อีก %4 รายการเปลี่ยนน้อยกว่าเกณฑ์ โดยยังไม่มีการบันทึกข้อมูลใดๆ</translation>
    </message>
    <message>
        <source>%1: %2 product(s) checked, %3 price(s) changed, %4 moved less than the threshold and were kept.</source>
        <translation>%1: ตรวจสอบสินค้า %2 รายการ, เปลี่ยนราคา %3 รายการ, อีก %4 รายการเปลี่ยนน้อยกว่าเกณฑ์จึงคงราคาเดิมไว้</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n price(s) of %1 to %2.</source>
        <translation>
            <numerusform>ส่งออกราคาของ %1 จำนวน %n รายการไปที่ %2 แล้ว</numerusform>
        </translation>
    </message>
    <message>
        <source>usage: price SKU --market CODE [--incoterm DAP|DDP] [--date YYYY-MM-DD] [--json]
       price apply --market CODE [--dry-run] [--date YYYY-MM-DD]
       price export --market CODE FILE [--shopify] [--date YYYY-MM-DD]
       price fix SKU --market CODE AMOUNT|--clear</source>
        <translation>วิธีใช้: price SKU --market CODE [--incoterm DAP|DDP] [--date YYYY-MM-DD] [--json]
       price apply --market CODE [--dry-run] [--date YYYY-MM-DD]
       price export --market CODE FILE [--shopify] [--date YYYY-MM-DD]
       price fix SKU --market CODE AMOUNT|--clear</translation>
    </message>
    <message>
        <source>there is no market %1</source>
        <translation>ไม่มีตลาด %1</translation>
    </message>
    <message>
        <source>there is no product with SKU %1</source>
        <translation>ไม่มีสินค้าที่มี SKU %1</translation>
    </message>
    <message>
        <source>AMOUNT: %1</source>
        <translation>AMOUNT: %1</translation>
    </message>
    <message>
        <source>%1 in %2 is now fixed at %3.</source>
        <translation>ราคา %1 ในตลาด %2 ตั้งเป็นราคาตายตัว %3 แล้ว</translation>
    </message>
    <message>
        <source>%1 in %2 follows the market&apos;s rule again.</source>
        <translation>ราคา %1 ในตลาด %2 กลับไปใช้กฎของตลาดแล้ว</translation>
    </message>
</context>
<context>
    <name>PriceExporter</name>
    <message>
        <source>there is no market %1</source>
        <translation>ไม่มีตลาด %1</translation>
    </message>
    <message>
        <source>export cancelled</source>
        <translation>ยกเลิกการส่งออกแล้ว</translation>
    </message>
</context>
<context>
    <name>PriceListService</name>
    <message>
        <source>fixed price for %1</source>
        <translation>ราคาตายตัวสำหรับ %1</translation>
    </message>
    <message>
        <source>base price %1</source>
        <translation>ราคาหลัก %1</translation>
    </message>
    <message>
        <source>cost %1 + %2% markup = %3</source>
        <translation>ต้นทุน %1 + ส่วนบวกเพิ่ม %2% = %3</translation>
    </message>
    <message>
        <source>no exchange rate for %1 and %2</source>
        <translation>ไม่มีอัตราแลกเปลี่ยนของ %1 และ %2</translation>
    </message>
    <message>
        <source>%1: the price is too large to convert</source>
        <translation>%1: ราคาสูงเกินกว่าจะแปลงสกุลเงินได้</translation>
    </message>
    <message>
        <source>%1, rounded %2</source>
        <translation>%1, การปัดราคา: %2</translation>
    </message>
    <message>
        <source>%1 = %2 at the rates of %3 (1 EUR = %4 %5 = %6 %7), rounded %8</source>
        <translation>%1 = %2 ตามอัตราของวันที่ %3 (1 EUR = %4 %5 = %6 %7), การปัดราคา: %8</translation>
    </message>
    <message>
        <source>there is no product with SKU %1</source>
        <translation>ไม่พบสินค้าที่มี SKU %1</translation>
    </message>
    <message>
        <source>there is no market %1</source>
        <translation>ไม่มีตลาด %1</translation>
    </message>
    <message>
        <source>cannot store the price of %1: %2</source>
        <translation>ไม่สามารถบันทึกราคาของ %1 ได้: %2</translation>
    </message>
    <message>
        <source>a fixed price for %1 must be in %2</source>
        <translation>ราคาตายตัวสำหรับ %1 ต้องเป็นสกุลเงิน %2</translation>
    </message>
    <message>
        <source>cancelled; no price was changed</source>
        <translation>ยกเลิกแล้ว ไม่มีราคาใดถูกเปลี่ยน</translation>
    </message>
    <message>
        <source>%1 to %2, %3: %4</source>
        <translation>%1 ไปยัง %2, %3: %4</translation>
    </message>
</context>
<context>
    <name>PriceListsView</name>
    <message>
        <source>Export prices</source>
        <translation>ส่งออกราคา</translation>
    </message>
    <message>
        <source>prices-%1.csv</source>
        <translation>prices-%1.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;Excel workbooks (*.xlsx)</source>
        <translation>ไฟล์ CSV (*.csv);;เวิร์กบุ๊ก Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Some prices cannot be computed: %1</source>
        <translation>ไม่สามารถคำนวณราคาบางรายการได้: %1</translation>
    </message>
    <message>
        <source>Pricing %1…</source>
        <translation>กำลังคำนวณราคา %1…</translation>
    </message>
    <message>
        <source>Price lists</source>
        <translation>รายการราคา</translation>
    </message>
    <message>
        <source>Apply prices</source>
        <translation>นำราคาไปใช้</translation>
    </message>
    <message>
        <source>%1: %2 price(s) will change; %3 moved less than the market&apos;s threshold and stay. Apply?</source>
        <translation>%1: ราคาจะเปลี่ยน %2 รายการ, อีก %3 รายการเปลี่ยนน้อยกว่าเกณฑ์ของตลาดจึงคงราคาเดิมไว้ นำไปใช้หรือไม่?</translation>
    </message>
    <message>
        <source>%1: %2 price(s) changed and kept in the price history.</source>
        <translation>%1: เปลี่ยนราคาแล้ว %2 รายการ และเก็บไว้ในประวัติราคา</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>กำลังส่งออก %1…</translation>
    </message>
    <message>
        <source>Search SKU, name or barcode</source>
        <translation>ค้นหา SKU, ชื่อสินค้า หรือบาร์โค้ด</translation>
    </message>
    <message>
        <source>Rates of:</source>
        <translation>อัตราของวันที่:</translation>
    </message>
    <message>
        <source>Markets:</source>
        <translation>ตลาด:</translation>
    </message>
    <message>
        <source>&amp;Apply prices…</source>
        <translation>นำราคาไปใช้(&amp;A)…</translation>
    </message>
    <message>
        <source>E&amp;xport prices…</source>
        <translation>ส่งออกราคา(&amp;X)…</translation>
    </message>
    <message>
        <source>Shopify form (Price / market)</source>
        <translation>รูปแบบ Shopify (Price / market)</translation>
    </message>
    <message>
        <source>Fixed price</source>
        <translation>ราคาตายตัว</translation>
    </message>
    <message>
        <source>Fixed price of %1 in %2 (%3); leave empty to follow the market&apos;s rule:</source>
        <translation>ราคาตายตัวของ %1 ในตลาด %2 (%3) เว้นว่างไว้เพื่อใช้กฎของตลาด:</translation>
    </message>
    <message>
        <source>%1 in %2 is now fixed at %3.</source>
        <translation>ราคา %1 ในตลาด %2 ตั้งเป็นราคาตายตัว %3 แล้ว</translation>
    </message>
    <message>
        <source>%1 in %2 follows the market&apos;s rule again.</source>
        <translation>ราคา %1 ในตลาด %2 กลับไปใช้กฎของตลาดแล้ว</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>ยกเลิกแล้ว</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln price(s) to %1.</source>
        <translation>
            <numerusform>ส่งออกราคา %Ln รายการไปที่ %1 แล้ว</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PricePreviewModel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (fixed)</source>
        <translation>%1 (ราคาตายตัว)</translation>
    </message>
    <message>
        <source>new</source>
        <translation>ใหม่</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ชื่อสินค้า</translation>
    </message>
    <message>
        <source>%1 now</source>
        <translation>ราคาปัจจุบัน %1</translation>
    </message>
    <message>
        <source>%1 new</source>
        <translation>ราคาใหม่ %1</translation>
    </message>
    <message>
        <source>%1 change</source>
        <translation>เปลี่ยน %1</translation>
    </message>
    <message>
        <source>%1 landed</source>
        <translation>ต้นทุนถึงมือ %1</translation>
    </message>
    <message>
        <source>%1 margin</source>
        <translation>กำไรขั้นต้น %1</translation>
    </message>
</context>
<context>
    <name>PriceRounding</name>
    <message>
        <source>no rounding</source>
        <translation>ไม่ปัดเศษ</translation>
    </message>
    <message>
        <source>up</source>
        <translation>ปัดขึ้น</translation>
    </message>
    <message>
        <source>to the nearest</source>
        <translation>ปัดไปยังค่าที่ใกล้ที่สุด</translation>
    </message>
    <message>
        <source>down</source>
        <translation>ปัดลง</translation>
    </message>
    <message>
        <source>%1 to steps of %2, less %3</source>
        <translation>%1เป็นทวีคูณของ %2 แล้วลบ %3</translation>
    </message>
    <message>
        <source>%1 to steps of %2</source>
        <translation>%1เป็นทวีคูณของ %2</translation>
    </message>
    <message>
        <source>from %1: %2</source>
        <translation>ตั้งแต่ %1: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a price bracket (e.g. 100=10:up:0)</source>
        <translation>&quot;%1&quot; ไม่ใช่ช่วงราคาที่ถูกต้อง (เช่น 100=10:up:0)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs step:direction:ending (e.g. 1:up:0.01)</source>
        <translation>&quot;%1&quot; ต้องอยู่ในรูปแบบ step:direction:ending (เช่น 1:up:0.01)</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the direction must be up, nearest or down</source>
        <translation>&quot;%1&quot;: direction ต้องเป็น up, nearest หรือ down</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: step and ending must be amounts in %2</source>
        <translation>&quot;%1&quot;: step และ ending ต้องเป็นจำนวนเงินในสกุล %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the step must be above zero and the ending no larger than the step</source>
        <translation>&quot;%1&quot;: step ต้องมากกว่า 0 และ ending ต้องไม่มากกว่า step</translation>
    </message>
</context>
<context>
    <name>PrintSession</name>
    <message>
        <source>No printer is chosen, and the system has no default printer.</source>
        <translation>ยังไม่ได้เลือกเครื่องพิมพ์ และระบบไม่มีเครื่องพิมพ์เริ่มต้น</translation>
    </message>
    <message>
        <source>The printer “%1” was not found. Check that it is set up in the system&apos;s printer settings.</source>
        <translation>ไม่พบเครื่องพิมพ์ “%1” โปรดตรวจสอบว่าได้ตั้งค่าไว้ในการตั้งค่าเครื่องพิมพ์ของระบบแล้ว</translation>
    </message>
    <message>
        <source>The printer “%1” cannot be used.</source>
        <translation>ใช้เครื่องพิมพ์ “%1” ไม่ได้</translation>
    </message>
    <message>
        <source>The printer “%1” could not start the print job.</source>
        <translation>เครื่องพิมพ์ “%1” เริ่มงานพิมพ์ไม่ได้</translation>
    </message>
    <message>
        <source>The print job is already finished.</source>
        <translation>งานพิมพ์เสร็จสิ้นไปแล้ว</translation>
    </message>
    <message>
        <source>The printer “%1” could not start a new page.</source>
        <translation>เครื่องพิมพ์ “%1” ขึ้นหน้าใหม่ไม่ได้</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>ข้อผิดพลาดที่ไม่ทราบสาเหตุ</translation>
    </message>
    <message>
        <source>Drawing page %1 of “%2” failed: %3</source>
        <translation>สร้างหน้า %1 ของ “%2” ไม่สำเร็จ: %3</translation>
    </message>
    <message>
        <source>The printer “%1” reported an error while printing “%2”.</source>
        <translation>เครื่องพิมพ์ “%1” แจ้งข้อผิดพลาดขณะพิมพ์ “%2”</translation>
    </message>
    <message>
        <source>There is nothing to print.</source>
        <translation>ไม่มีรายการที่จะพิมพ์</translation>
    </message>
    <message>
        <source>The printer “%1” did not accept the print job.</source>
        <translation>เครื่องพิมพ์ “%1” ไม่รับงานพิมพ์</translation>
    </message>
</context>
<context>
    <name>PrintSettings</name>
    <message>
        <source>4 × 6 in label</source>
        <translation>ฉลาก 4 × 6 นิ้ว</translation>
    </message>
    <message>
        <source>100 × 150 mm label</source>
        <translation>ฉลาก 100 × 150 mm</translation>
    </message>
    <message>
        <source>4 × 4 in label</source>
        <translation>ฉลาก 4 × 4 นิ้ว</translation>
    </message>
</context>
<context>
    <name>PrintSettingsDialog</name>
    <message>
        <source>Printers and Paper</source>
        <translation>เครื่องพิมพ์และกระดาษ</translation>
    </message>
    <message>
        <source>Choose the printer and the paper for each kind of document. The pack station prints to these printers without asking.</source>
        <translation>เลือกเครื่องพิมพ์และกระดาษสำหรับเอกสารแต่ละประเภท จุดแพ็กสินค้าจะพิมพ์ไปยังเครื่องพิมพ์เหล่านี้โดยไม่ถามก่อน</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>เอกสาร</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>เครื่องพิมพ์</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>กระดาษ</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>แนวกระดาษ</translation>
    </message>
    <message>
        <source>No printer is set up on this computer yet. Add one in the system&apos;s printer settings, then open this dialog again.</source>
        <translation>ยังไม่ได้ตั้งค่าเครื่องพิมพ์ในคอมพิวเตอร์เครื่องนี้ โปรดเพิ่มเครื่องพิมพ์ในการตั้งค่าเครื่องพิมพ์ของระบบ แล้วเปิดหน้าต่างนี้อีกครั้ง</translation>
    </message>
    <message>
        <source>System default printer</source>
        <translation>ค่าเริ่มต้นของระบบ</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>ค่าเริ่มต้นของระบบ (%1)</translation>
    </message>
    <message>
        <source>%1 (not found)</source>
        <translation>%1 (ไม่พบ)</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>แนวตั้ง</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>แนวนอน</translation>
    </message>
</context>
<context>
    <name>ProductCells</name>
    <message>
        <source>&quot;%1&quot; is not a whole number</source>
        <translation>&quot;%1&quot; ไม่ใช่จำนวนเต็ม</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number of zero or more</source>
        <translation>&quot;%1&quot; ไม่ใช่จำนวนเต็มที่มีค่าตั้งแต่ 0 ขึ้นไป</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of zero or more</source>
        <translation>&quot;%1&quot; ไม่ใช่ตัวเลขที่มีค่าตั้งแต่ 0 ขึ้นไป</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 4217 currency code (e.g. THB, USD, EUR)</source>
        <translation>&quot;%1&quot; ไม่ใช่รหัสสกุลเงินตามมาตรฐาน ISO 4217 (เช่น THB, USD, EUR)</translation>
    </message>
    <message>
        <source>an amount is required</source>
        <translation>ต้องระบุจำนวนเงิน</translation>
    </message>
    <message>
        <source>barcode &quot;%1&quot; was turned into a number by a spreadsheet; format the column as text and export again</source>
        <translation>บาร์โค้ด &quot;%1&quot; ถูกโปรแกรมสเปรดชีตแปลงเป็นตัวเลข โปรดตั้งรูปแบบคอลัมน์เป็นข้อความแล้วส่งออกใหม่อีกครั้ง</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not true or false</source>
        <translation>&quot;%1&quot; ไม่ใช่ค่าจริงหรือเท็จ (true/false)</translation>
    </message>
</context>
<context>
    <name>ProductCsv</name>
    <message>
        <source>Borderdesk product CSV</source>
        <translation>ไฟล์ CSV สินค้าของ Borderdesk</translation>
    </message>
    <message>
        <source>Shopify product CSV</source>
        <translation>ไฟล์ CSV สินค้าของ Shopify</translation>
    </message>
    <message>
        <source>Shopify product CSV (legacy template)</source>
        <translation>ไฟล์ CSV สินค้าของ Shopify (เทมเพลตแบบเก่า)</translation>
    </message>
    <message>
        <source>unknown format</source>
        <translation>ไม่รู้จักรูปแบบไฟล์</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>ไฟล์ว่างเปล่า</translation>
    </message>
    <message>
        <source>the header row is not one of a Shopify product export or a Borderdesk product CSV (it needs sku and name columns, or Shopify&apos;s Handle/Title, SKU and Price)</source>
        <translation>แถวหัวตารางไม่ตรงกับไฟล์สินค้าที่ส่งออกจาก Shopify หรือไฟล์ CSV สินค้าของ Borderdesk (ต้องมีคอลัมน์ sku และ name หรือคอลัมน์ Handle/Title, SKU และ Price ของ Shopify)</translation>
    </message>
</context>
<context>
    <name>ProductCsvSink</name>
    <message>
        <source>SKU &quot;%1&quot; already appears on line %2</source>
        <translation>SKU &quot;%1&quot; มีอยู่แล้วในบรรทัดที่ %2</translation>
    </message>
</context>
<context>
    <name>ProductEditorDialog</name>
    <message>
        <source>Product</source>
        <translation>สินค้า</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ชื่อสินค้า</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>คำอธิบายสินค้า</translation>
    </message>
    <message>
        <source>Customs description</source>
        <translation>คำอธิบายสำหรับศุลกากร</translation>
    </message>
    <message>
        <source>Barcode (GTIN)</source>
        <translation>บาร์โค้ด (GTIN)</translation>
    </message>
    <message>
        <source>HS code</source>
        <translation>รหัส HS</translation>
    </message>
    <message>
        <source>Country of origin</source>
        <translation>ประเทศต้นกำเนิด</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>หมวดหมู่</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>น้ำหนัก</translation>
    </message>
    <message>
        <source> g</source>
        <translation> g</translation>
    </message>
    <message>
        <source>Dimensions (L × W × H)</source>
        <translation>ขนาด (ยาว × กว้าง × สูง)</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> มม.</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>ต้นทุน</translation>
    </message>
    <message>
        <source>0.00</source>
        <translation>0.00</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>ราคา</translation>
    </message>
    <message>
        <source>Stock on hand</source>
        <translation>สต็อกคงเหลือ</translation>
    </message>
    <message>
        <source>Active (offered for sale)</source>
        <translation>เปิดขาย (วางจำหน่ายอยู่)</translation>
    </message>
    <message>
        <source>— not set —</source>
        <translation>— ไม่ได้ระบุ —</translation>
    </message>
    <message>
        <source>Edit product %1</source>
        <translation>แก้ไขสินค้า %1</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>สินค้าใหม่</translation>
    </message>
    <message>
        <source>SKU %1 is already used by &quot;%2&quot;</source>
        <translation>SKU %1 ถูกใช้กับสินค้า &quot;%2&quot; แล้ว</translation>
    </message>
</context>
<context>
    <name>ProductExporter</name>
    <message>
        <source>%1: cannot write the file: %2</source>
        <translation>%1: ไม่สามารถเขียนไฟล์ได้: %2</translation>
    </message>
    <message>
        <source>cannot read the catalogue: %1</source>
        <translation>ไม่สามารถอ่านแคตตาล็อกสินค้าได้: %1</translation>
    </message>
    <message>
        <source>export cancelled</source>
        <translation>ยกเลิกการส่งออกแล้ว</translation>
    </message>
    <message>
        <source>%1: cannot finish writing the file: %2</source>
        <translation>%1: ไม่สามารถเขียนไฟล์ให้เสร็จสมบูรณ์ได้: %2</translation>
    </message>
</context>
<context>
    <name>ProductImportDialog</name>
    <message>
        <source>Reading %1…</source>
        <translation>กำลังอ่าน %1…</translation>
    </message>
    <message>
        <source>The import was cancelled; the catalogue was not changed.</source>
        <translation>ยกเลิกการนำเข้าแล้ว แคตตาล็อกสินค้าไม่มีการเปลี่ยนแปลง</translation>
    </message>
    <message>
        <source>%1: %2 new and %3 updated product(s) will be imported.</source>
        <translation>%1: จะนำเข้าสินค้าใหม่ %2 รายการ และอัปเดต %3 รายการ</translation>
    </message>
    <message>
        <source>Import products from %1</source>
        <translation>นำเข้าสินค้าจาก %1</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>นำเข้า(&amp;I)</translation>
    </message>
    <message>
        <source>Prices in this file are in:</source>
        <translation>ราคาในไฟล์นี้เป็นสกุลเงิน:</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ชื่อสินค้า</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>บาร์โค้ด</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>ราคา</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>สต็อก</translation>
    </message>
    <message numerus="yes">
        <source>Importing %Ln product(s)…</source>
        <translation>
            <numerusform>กำลังนำเข้าสินค้า %Ln รายการ…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: nothing can be imported until %Ln problem(s) are fixed in the file.</source>
        <translation>
            <numerusform>%1: ยังนำเข้าไม่ได้จนกว่าจะแก้ไขปัญหา %Ln รายการในไฟล์</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s).</source>
        <translation>
            <numerusform>คำเตือน %Ln รายการ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProductImporter</name>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation>%1: ไม่สามารถอ่านไฟล์ได้: %2</translation>
    </message>
    <message>
        <source>%1: the file is too large for a product list (%2 MB)</source>
        <translation>%1: ไฟล์มีขนาดใหญ่เกินไปสำหรับรายการสินค้า (%2 MB)</translation>
    </message>
    <message>
        <source>%1:%2: the database refused product %3: %4</source>
        <translation>%1:%2: ฐานข้อมูลไม่ยอมรับสินค้า %3: %4</translation>
    </message>
</context>
<context>
    <name>ProductLabels</name>
    <message numerus="yes">
        <source>Product labels (%n labels)</source>
        <translation>
            <numerusform>ฉลากสินค้า (%n ใบ)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProductRepository</name>
    <message>
        <source>cannot add product %1: %2</source>
        <translation>ไม่สามารถเพิ่มสินค้า %1 ได้: %2</translation>
    </message>
    <message>
        <source>cannot save product %1: %2</source>
        <translation>ไม่สามารถบันทึกสินค้า %1 ได้: %2</translation>
    </message>
    <message>
        <source>product %1 no longer exists</source>
        <translation>ไม่พบสินค้า %1 แล้ว (อาจถูกลบไปแล้ว)</translation>
    </message>
    <message>
        <source>cannot delete the product: %1</source>
        <translation>ไม่สามารถลบสินค้าได้: %1</translation>
    </message>
</context>
<context>
    <name>ProductTableModel</name>
    <message>
        <source>Active</source>
        <translation>เปิดขาย</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>ปิดขาย</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ชื่อสินค้า</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>บาร์โค้ด</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>หมวดหมู่</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>ประเทศต้นกำเนิด</translation>
    </message>
    <message>
        <source>HS code</source>
        <translation>รหัส HS</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>น้ำหนัก</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>ราคา</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>ต้นทุน</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>สต็อก</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>prohibited</source>
        <translation>ห้ามนำเข้า</translation>
    </message>
    <message>
        <source>restricted</source>
        <translation>จำกัดการนำเข้า</translation>
    </message>
    <message>
        <source>licence needed</source>
        <translation>ต้องมีใบอนุญาต</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 – %3</source>
        <translation>%1: %2 – %3</translation>
    </message>
    <message>
        <source>Restrictions</source>
        <translation>ข้อจำกัด</translation>
    </message>
</context>
<context>
    <name>ProductValidator</name>
    <message>
        <source>SKU is required</source>
        <translation>ต้องระบุ SKU</translation>
    </message>
    <message>
        <source>SKU is longer than %1 characters</source>
        <translation>SKU ยาวเกิน %1 ตัวอักษร</translation>
    </message>
    <message>
        <source>SKU must not start or end with spaces or contain control characters</source>
        <translation>SKU ต้องไม่ขึ้นต้นหรือลงท้ายด้วยช่องว่าง และต้องไม่มีอักขระควบคุม</translation>
    </message>
    <message>
        <source>name is required</source>
        <translation>ต้องระบุชื่อสินค้า</translation>
    </message>
    <message>
        <source>name is longer than %1 characters</source>
        <translation>ชื่อสินค้ายาวเกิน %1 ตัวอักษร</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO country code (e.g. TH, CN, DE)</source>
        <translation>&quot;%1&quot; ไม่ใช่รหัสประเทศตามมาตรฐาน ISO (เช่น TH, CN, DE)</translation>
    </message>
    <message>
        <source>weight must be between 0 and %1 g</source>
        <translation>น้ำหนักต้องอยู่ระหว่าง 0 ถึง %1 ก.</translation>
    </message>
    <message>
        <source>%1 must be between 0 and %2 mm</source>
        <translation>%1 ต้องอยู่ระหว่าง 0 ถึง %2 มม.</translation>
    </message>
    <message>
        <source>cost needs a known currency code</source>
        <translation>ต้นทุนต้องใช้รหัสสกุลเงินที่ระบบรู้จัก</translation>
    </message>
    <message>
        <source>cost must not be negative</source>
        <translation>ต้นทุนต้องไม่ติดลบ</translation>
    </message>
    <message>
        <source>price needs a known currency code</source>
        <translation>ราคาต้องใช้รหัสสกุลเงินที่ระบบรู้จัก</translation>
    </message>
    <message>
        <source>price must not be negative</source>
        <translation>ราคาต้องไม่ติดลบ</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ชื่อสินค้า</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>คำอธิบายสินค้า</translation>
    </message>
    <message>
        <source>Customs description</source>
        <translation>คำอธิบายสำหรับศุลกากร</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>บาร์โค้ด</translation>
    </message>
    <message>
        <source>HS code</source>
        <translation>รหัส HS</translation>
    </message>
    <message>
        <source>Country of origin</source>
        <translation>ประเทศต้นกำเนิด</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>หมวดหมู่</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>น้ำหนัก</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>ความยาว</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>ความกว้าง</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>ความสูง</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>ต้นทุน</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>ราคา</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>สต็อก</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>เปิดขาย</translation>
    </message>
</context>
<context>
    <name>ProductsCommand</name>
    <message>
        <source>products: unknown subcommand %1</source>
        <translation>products: ไม่รู้จักคำสั่งย่อย %1</translation>
    </message>
    <message>
        <source>usage: products import FILE [--dry-run] [--currency CUR]</source>
        <translation>วิธีใช้: products import FILE [--dry-run] [--currency CUR]</translation>
    </message>
    <message>
        <source>--currency: &quot;%1&quot; is not an ISO 4217 currency code</source>
        <translation>--currency: &quot;%1&quot; ไม่ใช่รหัสสกุลเงินตามมาตรฐาน ISO 4217</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n problem(s) must be fixed first.</source>
        <translation>
            <numerusform>ไม่มีการนำเข้าข้อมูลใดๆ: ต้องแก้ไขปัญหา %n รายการก่อน</numerusform>
        </translation>
    </message>
    <message>
        <source>Dry run (%1): %2 new and %3 updated product(s) would be imported; nothing was written.</source>
        <translation>ทดลองนำเข้า (%1): จะมีสินค้าใหม่ %2 รายการ และอัปเดต %3 รายการ โดยยังไม่มีการบันทึกข้อมูลใดๆ</translation>
    </message>
    <message>
        <source>Imported %1: %2 new, %3 updated.</source>
        <translation>นำเข้า %1 แล้ว: สินค้าใหม่ %2 รายการ, อัปเดต %3 รายการ</translation>
    </message>
    <message>
        <source>usage: products export FILE</source>
        <translation>วิธีใช้: products export FILE</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n product(s) to %1.</source>
        <translation>
            <numerusform>ส่งออกสินค้า %n รายการไปที่ %1 แล้ว</numerusform>
        </translation>
    </message>
    <message>
        <source>usage: products list [--json] [--search TEXT] [--category NAME]</source>
        <translation>วิธีใช้: products list [--json] [--search TEXT] [--category NAME]</translation>
    </message>
    <message>
        <source>stock %1</source>
        <translation>สต็อก %1</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation>
            <numerusform>สินค้า %n รายการ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Borderdesk</source>
        <translation>Borderdesk</translation>
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
        <translation>ใช่(&amp;Y)</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>ใช่ทั้งหมด(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>ไม่(&amp;N)</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>ไม่ทั้งหมด(&amp;O)</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>ยกเลิกการทำงาน</translation>
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
        <translation>ทิ้ง</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>ช่วยเหลือ</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>นำไปใช้</translation>
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
        <source>Don&apos;t Save</source>
        <translation>ไม่บันทึก</translation>
    </message>
</context>
<context>
    <name>QUndoStack</name>
    <message>
        <source>Undo %1</source>
        <translation>เลิกทำ %1</translation>
    </message>
    <message>
        <source>Undo</source>
        <comment>Default text for undo action</comment>
        <translation>เลิกทำ</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>ทำซ้ำ %1</translation>
    </message>
    <message>
        <source>Redo</source>
        <comment>Default text for redo action</comment>
        <translation>ทำซ้ำ</translation>
    </message>
</context>
<context>
    <name>QuoteTableModel</name>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (ค่าเริ่มต้น)</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>ไม่พร้อมให้บริการ</translation>
    </message>
    <message>
        <source>%1–%2 days</source>
        <translation>%1–%2 วัน</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>บริการ</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>ผู้ให้บริการขนส่ง</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>ราคา</translation>
    </message>
    <message>
        <source>In base currency</source>
        <translation>ในสกุลเงินหลัก</translation>
    </message>
    <message>
        <source>Transit</source>
        <translation>ระยะเวลาขนส่ง</translation>
    </message>
    <message>
        <source>Billable weight</source>
        <translation>น้ำหนักที่คิดค่าขนส่ง</translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln วัน</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RateCalculator</name>
    <message>
        <source>dimensions &quot;%1&quot; should look like 30x20x10 (centimetres) or 300x200x100mm</source>
        <translation>ขนาด &quot;%1&quot; ต้องอยู่ในรูปแบบ 30x20x10 (เซนติเมตร) หรือ 300x200x100mm</translation>
    </message>
    <message>
        <source>dimension &quot;%1&quot; is not a length</source>
        <translation>ขนาด &quot;%1&quot; ไม่ใช่ค่าความยาว</translation>
    </message>
    <message>
        <source>%1 × %2 × %3 cm ÷ %4 = %5 dimensional</source>
        <translation>%1 × %2 × %3 cm ÷ %4 = น้ำหนักตามปริมาตร %5</translation>
    </message>
    <message>
        <source>%1 dimensional</source>
        <translation>น้ำหนักตามปริมาตร %1</translation>
    </message>
    <message>
        <source>%1 actual</source>
        <translation>น้ำหนักจริง %1</translation>
    </message>
    <message>
        <source>%1 (no box size given)</source>
        <translation>%1 (ไม่ได้ระบุขนาดกล่อง)</translation>
    </message>
    <message>
        <source>%1 → %2 billable</source>
        <translation>%1 → น้ำหนักที่คิดค่าขนส่ง %2</translation>
    </message>
    <message>
        <source>the service is switched off</source>
        <translation>บริการนี้ปิดใช้งานอยู่</translation>
    </message>
    <message>
        <source>no parcel to price</source>
        <translation>ไม่มีพัสดุให้คำนวณราคา</translation>
    </message>
    <message>
        <source>%1 does not ship to %2</source>
        <translation>%1 ไม่จัดส่งไปยัง %2</translation>
    </message>
    <message>
        <source>%1 takes parcels up to %2</source>
        <translation>%1 รับพัสดุหนักไม่เกิน %2</translation>
    </message>
    <message numerus="yes">
        <source>%n parcel(s), each on the heavier of its actual and dimensional weight: %1, %2</source>
        <translation>
            <numerusform>พัสดุ %n ชิ้น คิดแต่ละชิ้นตามน้ำหนักที่มากกว่าระหว่างน้ำหนักจริงและน้ำหนักตามปริมาตร: %1, %2</numerusform>
        </translation>
    </message>
    <message>
        <source>no box sizes given</source>
        <translation>ไม่ได้ระบุขนาดกล่อง</translation>
    </message>
</context>
<context>
    <name>RateCardCsv</name>
    <message>
        <source>the file is empty</source>
        <translation>ไฟล์ว่างเปล่า</translation>
    </message>
    <message>
        <source>the header has no &quot;%1&quot; column</source>
        <translation>หัวตารางไม่มีคอลัมน์ &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the file has no rates</source>
        <translation>ไฟล์ไม่มีอัตราค่าขนส่ง</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number of at least %2</source>
        <translation>&quot;%1&quot; ไม่ใช่จำนวนเต็มที่มีค่าตั้งแต่ %2 ขึ้นไป</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 4217 currency code</source>
        <translation>&quot;%1&quot; ไม่ใช่รหัสสกุลเงิน ISO 4217</translation>
    </message>
    <message>
        <source>the service&apos;s first row needs its carrier</source>
        <translation>แถวแรกของบริการต้องระบุผู้ให้บริการขนส่ง</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a percentage such as 12.5</source>
        <translation>&quot;%1&quot; ไม่ใช่ค่าร้อยละ เช่น 12.5</translation>
    </message>
    <message>
        <source>the service code is empty</source>
        <translation>ไม่ได้ระบุรหัสบริการ</translation>
    </message>
    <message>
        <source>the zone is empty</source>
        <translation>ไม่ได้ระบุโซน</translation>
    </message>
    <message>
        <source>the bracket&apos;s top weight is empty</source>
        <translation>ไม่ได้ระบุน้ำหนักสูงสุดของช่วงน้ำหนัก</translation>
    </message>
    <message>
        <source>a price cannot be negative</source>
        <translation>ราคาต้องไม่ติดลบ</translation>
    </message>
    <message>
        <source>zone %1 already has a price up to %2 g</source>
        <translation>โซน %1 มีราคาสำหรับน้ำหนักไม่เกิน %2 g อยู่แล้ว</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 3166 country code</source>
        <translation>&quot;%1&quot; ไม่ใช่รหัสประเทศ ISO 3166</translation>
    </message>
    <message>
        <source>%1 is already in zone %2 of %3</source>
        <translation>%1 อยู่ในโซน %2 ของ %3 อยู่แล้ว</translation>
    </message>
</context>
<context>
    <name>RateCardWidget</name>
    <message>
        <source>Select a service to see its rate card.</source>
        <translation>เลือกบริการเพื่อดูตารางค่าขนส่ง</translation>
    </message>
    <message>
        <source>Rate card of %1 in %2, as of %3. Prices before the %4 % fuel surcharge.</source>
        <translation>ตารางค่าขนส่งของ %1 ในสกุลเงิน %2 ข้อมูล ณ %3 ราคายังไม่รวมค่าธรรมเนียมน้ำมัน %4 %</translation>
    </message>
    <message>
        <source>an unknown date</source>
        <translation>วันที่ไม่ทราบ</translation>
    </message>
    <message>
        <source>Zone %1</source>
        <translation>โซน %1</translation>
    </message>
    <message>
        <source>up to %1</source>
        <translation>ไม่เกิน %1</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>โซน</translation>
    </message>
    <message>
        <source>Extra per 0.5 kg</source>
        <translation>ค่าเพิ่มต่อ 0.5 kg</translation>
    </message>
    <message>
        <source>Transit days</source>
        <translation>ระยะเวลาขนส่ง (วัน)</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>ประเทศ</translation>
    </message>
    <message>
        <source>none above %1</source>
        <translation>ไม่รับเกิน %1</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
</context>
<context>
    <name>RateEditDialog</name>
    <message>
        <source>The euro is always 1; choose another currency.</source>
        <translation>ยูโรมีค่าเท่ากับ 1 เสมอ โปรดเลือกสกุลเงินอื่น</translation>
    </message>
    <message>
        <source>Type how many %1 one euro buys, with a point for decimals (e.g. 37.852).</source>
        <translation>พิมพ์จำนวน %1 ที่แลกได้ต่อ 1 ยูโร โดยใช้จุดเป็นจุดทศนิยม (เช่น 37.852)</translation>
    </message>
    <message>
        <source>Exchange rate</source>
        <translation>อัตราแลกเปลี่ยน</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>สกุลเงิน</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>วันที่</translation>
    </message>
    <message>
        <source>Units per 1 EUR</source>
        <translation>จำนวนหน่วยต่อ 1 EUR</translation>
    </message>
</context>
<context>
    <name>RateShopDialog</name>
    <message>
        <source>The order is gone.</source>
        <translation>ไม่พบคำสั่งซื้อนี้แล้ว</translation>
    </message>
    <message>
        <source>Type the weight: 1.2 (kg), 850 g or 3 lb.</source>
        <translation>พิมพ์น้ำหนัก: 1.2 (kg), 850 g หรือ 3 lb</translation>
    </message>
    <message>
        <source>Size: %1</source>
        <translation>ขนาด: %1</translation>
    </message>
    <message>
        <source>Choose the destination country.</source>
        <translation>เลือกประเทศปลายทาง</translation>
    </message>
    <message>
        <source>No active service ships to %1.</source>
        <translation>ไม่มีบริการที่เปิดใช้งานซึ่งจัดส่งไปยัง %1</translation>
    </message>
    <message>
        <source>Choose a service.</source>
        <translation>เลือกบริการ</translation>
    </message>
    <message>
        <source>No shipment was created: %1</source>
        <translation>ไม่ได้สร้างการจัดส่ง: %1</translation>
    </message>
    <message>
        <source>Shipment %1 created with %2 for %3.</source>
        <translation>สร้างการจัดส่ง %1 ด้วยบริการ %2 ค่าขนส่ง %3 แล้ว</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>คำเตือน: %1</translation>
    </message>
    <message>
        <source>Ship order %1</source>
        <translation>จัดส่งคำสั่งซื้อ %1</translation>
    </message>
    <message>
        <source>Order %1 to %2. Estimated parcel: %3.</source>
        <translation>คำสั่งซื้อ %1 ส่งไปยัง %2 พัสดุโดยประมาณ: %3</translation>
    </message>
    <message>
        <source>This order may not get a label: %1</source>
        <translation>คำสั่งซื้อนี้อาจออกฉลากไม่ได้: %1</translation>
    </message>
    <message>
        <source>Rate shopping</source>
        <translation>เปรียบเทียบค่าขนส่ง</translation>
    </message>
    <message>
        <source>Every active service&apos;s price for one parcel; the shop&apos;s default service is in bold.</source>
        <translation>ราคาของทุกบริการที่เปิดใช้งานสำหรับพัสดุหนึ่งชิ้น บริการเริ่มต้นของร้านแสดงเป็นตัวหนา</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>รายการพัสดุ</translation>
    </message>
    <message>
        <source>Parcel</source>
        <translation>พัสดุ</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>ประเทศ(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Weight:</source>
        <translation>น้ำหนัก(&amp;W):</translation>
    </message>
    <message>
        <source>e.g. 1.2 kg</source>
        <translation>เช่น 1.2 kg</translation>
    </message>
    <message>
        <source>&amp;Size (L×W×H cm):</source>
        <translation>ขนาด (ยาว×กว้าง×สูง cm)(&amp;S):</translation>
    </message>
    <message>
        <source>e.g. 40x30x20, or empty</source>
        <translation>เช่น 40x30x20 หรือเว้นว่าง</translation>
    </message>
    <message>
        <source>&amp;Number of packages:</source>
        <translation>จำนวนพัสดุ(&amp;N):</translation>
    </message>
    <message>
        <source>C&amp;reate shipment</source>
        <translation>สร้างการจัดส่ง(&amp;R)</translation>
    </message>
</context>
<context>
    <name>RateShopping</name>
    <message>
        <source>box size unknown, so priced on actual weight</source>
        <translation>ไม่ทราบขนาดกล่อง จึงคิดราคาตามน้ำหนักจริง</translation>
    </message>
    <message>
        <source>no weight for %1</source>
        <translation>ไม่มีน้ำหนักของ %1</translation>
    </message>
    <message>
        <source>no such order</source>
        <translation>ไม่พบคำสั่งซื้อนี้</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <comment>two notes on a parcel</comment>
        <translation>%1; %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s) weighing %1 plus %2 packaging</source>
        <translation>
            <numerusform>สินค้า %Ln ชิ้น หนัก %1 บวกบรรจุภัณฑ์ %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RatesCommand</name>
    <message>
        <source>rates: unknown subcommand %1</source>
        <translation>rates: ไม่รู้จักคำสั่งย่อย %1</translation>
    </message>
    <message>
        <source>usage: rates import FILE</source>
        <translation>วิธีใช้: rates import FILE</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>ไม่มีการนำเข้าข้อมูลใดๆ</translation>
    </message>
    <message>
        <source>Imported %1: %2 new and %3 replaced rate(s) from %4 to %5.</source>
        <translation>นำเข้า %1 แล้ว: อัตราใหม่ %2 รายการ และแทนที่ %3 รายการ ตั้งแต่วันที่ %4 ถึง %5</translation>
    </message>
    <message>
        <source>usage: rates convert AMOUNT FROM TO [--date YYYY-MM-DD] [--json]</source>
        <translation>วิธีใช้: rates convert AMOUNT FROM TO [--date YYYY-MM-DD] [--json]</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 4217 currency code</source>
        <translation>&quot;%1&quot; ไม่ใช่รหัสสกุลเงินตามมาตรฐาน ISO 4217</translation>
    </message>
    <message>
        <source>AMOUNT: %1</source>
        <translation>AMOUNT: %1</translation>
    </message>
    <message>
        <source>--date: &quot;%1&quot; is not a date (YYYY-MM-DD)</source>
        <translation>--date: &quot;%1&quot; ไม่ใช่วันที่ (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>%1 %2 = %3 %4 (rates of %5: 1 EUR = %6 %2 = %7 %4)</source>
        <translation>%1 %2 = %3 %4 (อัตราของวันที่ %5: 1 EUR = %6 %2 = %7 %4)</translation>
    </message>
    <message>
        <source>usage: rates list [--currency CUR] [--json]</source>
        <translation>วิธีใช้: rates list [--currency CUR] [--json]</translation>
    </message>
    <message numerus="yes">
        <source>%n rate(s)</source>
        <translation>
            <numerusform>อัตรา %n รายการ</numerusform>
        </translation>
    </message>
    <message>
        <source>usage: rates set CUR RATE [--date YYYY-MM-DD]</source>
        <translation>วิธีใช้: rates set CUR RATE [--date YYYY-MM-DD]</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a currency that can have a rate against the euro</source>
        <translation>&quot;%1&quot; ไม่ใช่สกุลเงินที่กำหนดอัตราเทียบกับยูโรได้</translation>
    </message>
    <message>
        <source>RATE: &quot;%1&quot; is not a positive decimal number</source>
        <translation>RATE: &quot;%1&quot; ไม่ใช่เลขทศนิยมที่มากกว่า 0</translation>
    </message>
    <message>
        <source>1 EUR = %1 %2 on %3</source>
        <translation>1 EUR = %1 %2 ณ วันที่ %3</translation>
    </message>
</context>
<context>
    <name>RatesDownloader</name>
    <message>
        <source>Could not download the ECB rates from %1: %2. Check the internet connection, or import a rates file you downloaded.</source>
        <translation>ไม่สามารถดาวน์โหลดอัตราแลกเปลี่ยนของ ECB จาก %1 ได้: %2 โปรดตรวจสอบการเชื่อมต่ออินเทอร์เน็ต หรือนำเข้าไฟล์อัตราที่คุณดาวน์โหลดไว้</translation>
    </message>
</context>
<context>
    <name>RatesTableModel</name>
    <message>
        <source>Currency</source>
        <translation>สกุลเงิน</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ชื่อสกุลเงิน</translation>
    </message>
    <message>
        <source>Per 1 EUR</source>
        <translation>ต่อ 1 EUR</translation>
    </message>
    <message>
        <source>Rate date</source>
        <translation>วันที่</translation>
    </message>
</context>
<context>
    <name>RatesView</name>
    <message>
        <source>Import exchange rates</source>
        <translation>นำเข้าอัตราแลกเปลี่ยน</translation>
    </message>
    <message>
        <source>ECB rate files (*.xml *.csv);;All files (*)</source>
        <translation>ไฟล์อัตราของ ECB (*.xml *.csv);;ไฟล์ทั้งหมด (*)</translation>
    </message>
    <message>
        <source>Exchange rates</source>
        <translation>อัตราแลกเปลี่ยน</translation>
    </message>
    <message>
        <source>No rates were imported.</source>
        <translation>ไม่มีการนำเข้าอัตราแลกเปลี่ยนใดๆ</translation>
    </message>
    <message>
        <source>%1: %2 new and %3 replaced rate(s), up to %4.</source>
        <translation>%1: อัตราใหม่ %2 รายการ และแทนที่ %3 รายการ ถึงวันที่ %4</translation>
    </message>
    <message>
        <source>Importing exchange rates…</source>
        <translation>กำลังนำเข้าอัตราแลกเปลี่ยน…</translation>
    </message>
    <message>
        <source>Downloading today&apos;s rates from the European Central Bank…</source>
        <translation>กำลังดาวน์โหลดอัตราแลกเปลี่ยนของวันนี้จากธนาคารกลางยุโรป (ECB)…</translation>
    </message>
    <message>
        <source>%1 per 1 EUR</source>
        <translation>%1 ต่อ 1 EUR</translation>
    </message>
    <message>
        <source>No exchange rates yet: update them from the ECB or import a file</source>
        <translation>ยังไม่มีอัตราแลกเปลี่ยน: อัปเดตจาก ECB หรือนำเข้าไฟล์</translation>
    </message>
    <message>
        <source>%1 = %2 at the rates of %3 (1 EUR = %4 %5 = %6 %7)</source>
        <translation>%1 = %2 ตามอัตรา ณ %3 (1 EUR = %4 %5 = %6 %7)</translation>
    </message>
    <message>
        <source>&amp;Update rates from the ECB</source>
        <translation>อัปเดตอัตราจาก ECB(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Import rates file…</source>
        <translation>นำเข้าไฟล์อัตรา(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Enter a rate…</source>
        <translation>ป้อนอัตรา(&amp;E)…</translation>
    </message>
    <message>
        <source>Convert:</source>
        <translation>แปลงสกุลเงิน:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
</context>
<context>
    <name>RecipientEditDialog</name>
    <message>
        <source>Recipient of order %1</source>
        <translation>ผู้รับของคำสั่งซื้อ %1</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>เบอร์โทรศัพท์(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Tax ID:</source>
        <translation>เลขประจำตัวผู้เสียภาษี(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>ภาษา(&amp;L):</translation>
    </message>
    <message>
        <source>Address line &amp;1:</source>
        <translation>ที่อยู่บรรทัดที่ 1(&amp;1):</translation>
    </message>
    <message>
        <source>Address line &amp;2:</source>
        <translation>ที่อยู่บรรทัดที่ 2(&amp;2):</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>เมือง(&amp;I):</translation>
    </message>
    <message>
        <source>P&amp;rovince or state:</source>
        <translation>จังหวัดหรือรัฐ(&amp;R):</translation>
    </message>
    <message>
        <source>P&amp;ostal code:</source>
        <translation>รหัสไปรษณีย์(&amp;O):</translation>
    </message>
    <message>
        <source>as the customer wrote it, e.g. 081 234 5678</source>
        <translation>ตามที่ลูกค้าเขียนไว้ เช่น 081 234 5678</translation>
    </message>
    <message>
        <source>e.g. th, de, pt-BR; empty = the market&apos;s language</source>
        <translation>เช่น th, de, pt-BR; เว้นว่าง = ภาษาของตลาด</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Borderdesk – the database needs attention</source>
        <translation>Borderdesk – ฐานข้อมูลต้องได้รับการตรวจสอบ</translation>
    </message>
    <message>
        <source>The database %1 did not pass its check and may be damaged.</source>
        <translation>ฐานข้อมูล %1 ไม่ผ่านการตรวจสอบและอาจเสียหาย</translation>
    </message>
    <message>
        <source>Restore it from a backup: the damaged file is kept beside it, nothing is deleted. Or quit and look at the file first.</source>
        <translation>กู้คืนจากสำเนาสำรอง: ไฟล์ที่เสียหายจะถูกเก็บไว้ข้างกัน ไม่มีสิ่งใดถูกลบ หรือออกจากโปรแกรมเพื่อตรวจดูไฟล์ก่อน</translation>
    </message>
    <message>
        <source>&amp;Backups beside the database, newest first:</source>
        <translation>สำเนาสำรองที่อยู่ข้างฐานข้อมูล เรียงจากใหม่สุด(&amp;B):</translation>
    </message>
    <message>
        <source>No backups were found beside the database.</source>
        <translation>ไม่พบสำเนาสำรองข้างฐานข้อมูล</translation>
    </message>
    <message>
        <source>&amp;Restore selected backup</source>
        <translation>กู้คืนสำเนาสำรองที่เลือก(&amp;R)</translation>
    </message>
    <message>
        <source>Restore &amp;another file…</source>
        <translation>กู้คืนจากไฟล์อื่น(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>ออกจากโปรแกรม(&amp;Q)</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>กู้คืนจากสำเนาสำรอง</translation>
    </message>
    <message>
        <source>Borderdesk databases (*.sqlite *.db);;All files (*)</source>
        <translation>ฐานข้อมูล Borderdesk (*.sqlite *.db);;ไฟล์ทั้งหมด (*)</translation>
    </message>
    <message>
        <source>Nothing was restored: %1</source>
        <translation>ไม่ได้กู้คืนข้อมูลใดๆ: %1</translation>
    </message>
    <message>
        <source>This is a preview: nothing is restored from here.</source>
        <translation>นี่เป็นเพียงตัวอย่าง: จะไม่มีการกู้คืนใดๆ จากที่นี่</translation>
    </message>
</context>
<context>
    <name>ReportCharts</name>
    <message>
        <source>%1 (%2 %)</source>
        <translation>%1 (%2 %)</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>อื่นๆ</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>รายได้</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>ช่วงก่อนหน้า</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>รวม</translation>
    </message>
    <message>
        <source>MMM yy</source>
        <comment>QDate format of a month on a chart axis</comment>
        <translation>MMM yy</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>%1: &quot;%2&quot; is not a date like 2026-11-28</source>
        <translation>%1: &quot;%2&quot; ไม่ใช่วันที่ (เช่น 2026-11-28)</translation>
    </message>
    <message>
        <source>--currency: %1 is not an ISO 4217 currency code</source>
        <translation>--currency: %1 ไม่ใช่รหัสสกุลเงินตามมาตรฐาน ISO 4217</translation>
    </message>
    <message>
        <source>report: unknown subcommand %1</source>
        <translation>report: ไม่รู้จักคำสั่งย่อย %1</translation>
    </message>
    <message>
        <source>--by: &quot;%1&quot; is not one of region, subregion, country, month, market, channel</source>
        <translation>--by: &quot;%1&quot; ไม่ใช่ค่าใดค่าหนึ่งใน region, subregion, country, month, market, channel</translation>
    </message>
    <message>
        <source>cannot bring the reports up to date: %1</source>
        <translation>ไม่สามารถอัปเดตข้อมูลรายงานให้เป็นปัจจุบันได้: %1</translation>
    </message>
    <message>
        <source>report: %1</source>
        <translation>report: %1</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>ยอดขาย</translation>
    </message>
    <message>
        <source>Sales by %1, %2 to %3, in %4</source>
        <translation>ยอดขายตาม %1, %2 ถึง %3, สกุลเงิน %4</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written to %1</source>
        <translation>
            <numerusform>บันทึก %n แถวลงใน %1 แล้ว</numerusform>
        </translation>
    </message>
    <message>
        <source>warning: no exchange rate for %1; that day is left out</source>
        <translation>คำเตือน: ไม่มีอัตราแลกเปลี่ยนสำหรับ %1 จึงไม่นับรวมวันนั้น</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ชื่อสินค้า</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>จำนวน</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>คำสั่งซื้อ</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>รายได้</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>ผู้ให้บริการขนส่ง</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>ประเทศ</translation>
    </message>
    <message>
        <source>Shipments</source>
        <translation>การจัดส่ง</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>ค่าขนส่ง</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>เฉลี่ยต่อการจัดส่ง</translation>
    </message>
    <message>
        <source>report fees: %1</source>
        <translation>report fees: %1</translation>
    </message>
    <message>
        <source>report timezone: %1</source>
        <translation>report timezone: %1</translation>
    </message>
    <message>
        <source>cannot rebuild the reports: %1</source>
        <translation>ไม่สามารถสร้างข้อมูลรายงานใหม่ได้: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) counted again</source>
        <translation>
            <numerusform>นับคำสั่งซื้อใหม่แล้ว %n รายการ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportControls</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>รายงาน(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>ช่วงเวลา(&amp;P):</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>สกุลเงิน(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Market:</source>
        <translation>ตลาด(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Compare with the previous period</source>
        <translation>เปรียบเทียบกับช่วงก่อนหน้า(&amp;C)</translation>
    </message>
    <message>
        <source>All markets</source>
        <translation>ทุกตลาด</translation>
    </message>
    <message>
        <source>Sales by region (continent)</source>
        <translation>ยอดขายตามภูมิภาค (ทวีป)</translation>
    </message>
    <message>
        <source>Sales by sub-region</source>
        <translation>ยอดขายตามอนุภูมิภาค</translation>
    </message>
    <message>
        <source>Sales by country</source>
        <translation>ยอดขายตามประเทศ</translation>
    </message>
    <message>
        <source>Sales by market</source>
        <translation>ยอดขายตามตลาด</translation>
    </message>
    <message>
        <source>Sales by month</source>
        <translation>ยอดขายรายเดือน</translation>
    </message>
    <message>
        <source>Sales by channel</source>
        <translation>ยอดขายตามช่องทางขาย</translation>
    </message>
    <message>
        <source>Market scorecard</source>
        <translation>ตารางคะแนนตลาด</translation>
    </message>
    <message>
        <source>Top products</source>
        <translation>สินค้าขายดี</translation>
    </message>
    <message>
        <source>Carrier spend</source>
        <translation>ค่าขนส่งตามผู้ให้บริการขนส่ง</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>เดือนนี้</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>เดือนที่แล้ว</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 วันล่าสุด</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>90 วันล่าสุด</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>ปีนี้</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>ปีที่แล้ว</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>12 เดือนล่าสุด</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>ทุกช่วงเวลา</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>กำหนดเอง…</translation>
    </message>
</context>
<context>
    <name>ReportQuery</name>
    <message>
        <source>Choose the first and the last day of the period.</source>
        <translation>เลือกวันแรกและวันสุดท้ายของช่วงเวลา</translation>
    </message>
</context>
<context>
    <name>ReportTableModel</name>
    <message>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>ภูมิภาค</translation>
    </message>
    <message>
        <source>Sub-region</source>
        <translation>อนุภูมิภาค</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>ประเทศ</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>เดือน</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>ตลาด</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>ช่องทางขาย</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>คำสั่งซื้อ</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>รายได้</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>ช่วงก่อนหน้า</translation>
    </message>
    <message>
        <source>Growth</source>
        <translation>การเติบโต</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>กำไรขั้นต้น</translation>
    </message>
    <message>
        <source>Margin %</source>
        <translation>อัตรากำไร %</translation>
    </message>
    <message>
        <source>Average order</source>
        <translation>มูลค่าเฉลี่ยต่อคำสั่งซื้อ</translation>
    </message>
    <message>
        <source>Return rate</source>
        <translation>อัตราการคืนสินค้า</translation>
    </message>
    <message>
        <source>Cancel rate</source>
        <translation>อัตราการยกเลิก</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>สินค้า</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>จำนวน</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>ผู้ให้บริการขนส่ง</translation>
    </message>
    <message>
        <source>Shipments</source>
        <translation>การจัดส่ง</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>ค่าขนส่ง</translation>
    </message>
    <message>
        <source>Per shipment</source>
        <translation>เฉลี่ยต่อการจัดส่ง</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <source>The report could not be read: %1</source>
        <translation>อ่านรายงานไม่ได้: %1</translation>
    </message>
    <message>
        <source>Channel fees saved; margins were counted again.</source>
        <translation>บันทึกค่าธรรมเนียมช่องทางขายแล้ว และคำนวณกำไรขั้นต้นใหม่แล้ว</translation>
    </message>
    <message>
        <source>Export chart…</source>
        <translation>ส่งออกแผนภูมิ…</translation>
    </message>
    <message>
        <source>Save the chart as a PNG picture, an SVG drawing or a PDF</source>
        <translation>บันทึกแผนภูมิเป็นรูปภาพ PNG ภาพเวกเตอร์ SVG หรือไฟล์ PDF</translation>
    </message>
    <message>
        <source>Export data…</source>
        <translation>ส่งออกข้อมูล…</translation>
    </message>
    <message>
        <source>Save the table as CSV or as an Excel workbook</source>
        <translation>บันทึกตารางเป็นไฟล์ CSV หรือเวิร์กบุ๊ก Excel</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>พิมพ์…</translation>
    </message>
    <message>
        <source>Channel fees…</source>
        <translation>ค่าธรรมเนียมช่องทางขาย…</translation>
    </message>
    <message>
        <source>The share of revenue each sales channel keeps; margins subtract it</source>
        <translation>สัดส่วนของรายได้ที่ช่องทางขายแต่ละช่องทางเก็บไว้ ซึ่งจะหักออกจากกำไรขั้นต้น</translation>
    </message>
    <message>
        <source>Reading the report…</source>
        <translation>กำลังอ่านรายงาน…</translation>
    </message>
    <message>
        <source>Some days had no exchange rate to %1 and are left out: %2</source>
        <translation>บางวันไม่มีอัตราแลกเปลี่ยนเป็น %1 จึงไม่ได้นับรวม: %2</translation>
    </message>
    <message numerus="yes">
        <source>The margin is unknown where an order has a product without a cost (%Ln order(s)).</source>
        <translation>
            <numerusform>ไม่ทราบกำไรขั้นต้นของคำสั่งซื้อที่มีสินค้าซึ่งไม่มีต้นทุน (คำสั่งซื้อ %Ln รายการ)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Revenue by region</source>
        <translation>รายได้ตามภูมิภาค</translation>
    </message>
    <message>
        <source>Revenue by sub-region</source>
        <translation>รายได้ตามอนุภูมิภาค</translation>
    </message>
    <message>
        <source>Revenue by country</source>
        <translation>รายได้ตามประเทศ</translation>
    </message>
    <message>
        <source>Revenue by market</source>
        <translation>รายได้ตามตลาด</translation>
    </message>
    <message>
        <source>Revenue by month and region</source>
        <translation>รายได้ตามเดือนและภูมิภาค</translation>
    </message>
    <message>
        <source>Revenue by channel</source>
        <translation>รายได้ตามช่องทางขาย</translation>
    </message>
    <message>
        <source>Revenue by country against the previous period</source>
        <translation>รายได้ตามประเทศเทียบกับช่วงก่อนหน้า</translation>
    </message>
    <message>
        <source>Top products by revenue</source>
        <translation>สินค้าขายดีตามรายได้</translation>
    </message>
    <message>
        <source>Shipping cost by carrier</source>
        <translation>ค่าขนส่งตามผู้ให้บริการขนส่ง</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>Total: %Ln order(s), revenue %1</source>
        <translation>
            <numerusform>รวม: คำสั่งซื้อ %Ln รายการ, รายได้ %1</numerusform>
        </translation>
    </message>
    <message>
        <source>, margin %1 (%2)</source>
        <translation>, กำไรขั้นต้น %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>, %Ln cancelled</source>
        <translation>
            <numerusform>, ยกเลิก %Ln รายการ</numerusform>
        </translation>
    </message>
    <message>
        <source>, previous period %1</source>
        <translation>, ช่วงก่อนหน้า %1</translation>
    </message>
    <message numerus="yes">
        <source>The %Ln best-selling product(s) by revenue.</source>
        <translation>
            <numerusform>สินค้าขายดีที่สุดตามรายได้ %Ln รายการ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Total: %Ln shipment(s), %1</source>
        <translation>
            <numerusform>รวม: การจัดส่ง %Ln รายการ, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The report could not be read.</source>
        <translation>อ่านรายงานไม่ได้</translation>
    </message>
    <message>
        <source>Nothing to show for this period.</source>
        <translation>ไม่มีข้อมูลสำหรับช่วงเวลานี้</translation>
    </message>
    <message>
        <source>Share of revenue</source>
        <translation>สัดส่วนรายได้</translation>
    </message>
    <message>
        <source>Choose a file ending in .png, .svg or .pdf.</source>
        <translation>เลือกชื่อไฟล์ที่ลงท้ายด้วย .png, .svg หรือ .pdf</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>ไม่สามารถเขียนไฟล์ %1 ได้: %2</translation>
    </message>
    <message>
        <source>Made with Borderdesk</source>
        <translation>สร้างด้วย Borderdesk</translation>
    </message>
    <message>
        <source>Chart saved to %1.</source>
        <translation>บันทึกแผนภูมิไปที่ %1 แล้ว</translation>
    </message>
    <message>
        <source>Wait for the report to be read.</source>
        <translation>โปรดรอให้อ่านรายงานเสร็จก่อน</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) saved to %1.</source>
        <translation>
            <numerusform>บันทึก %Ln แถวไปที่ %1 แล้ว</numerusform>
        </translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>ส่งออกแผนภูมิ</translation>
    </message>
    <message>
        <source>PNG picture (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>รูปภาพ PNG (*.png);;ภาพเวกเตอร์ SVG (*.svg);;เอกสาร PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export data</source>
        <translation>ส่งออกข้อมูล</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
        <translation>เวิร์กบุ๊ก Excel (*.xlsx);;ไฟล์ CSV (*.csv)</translation>
    </message>
    <message>
        <source>Print report</source>
        <translation>พิมพ์รายงาน</translation>
    </message>
    <message>
        <source>Report sent to %1.</source>
        <translation>ส่งรายงานไปยัง %1 แล้ว</translation>
    </message>
</context>
<context>
    <name>SalesFacts</name>
    <message>
        <source>%1 is not a time zone (try Asia/Bangkok or Europe/Berlin)</source>
        <translation>%1 ไม่ใช่เขตเวลา (ลองใช้ Asia/Bangkok หรือ Europe/Berlin)</translation>
    </message>
    <message>
        <source>name the channel</source>
        <translation>ต้องระบุชื่อช่องทางขาย</translation>
    </message>
    <message>
        <source>the fee must be a percentage from 0 to 100, like 2.9 (not &quot;%1&quot;)</source>
        <translation>ค่าธรรมเนียมต้องเป็นเปอร์เซ็นต์ตั้งแต่ 0 ถึง 100 เช่น 2.9 (ไม่ใช่ &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>cancelled; the reports were left as they were</source>
        <translation>ยกเลิกแล้ว รายงานยังคงเหมือนเดิม</translation>
    </message>
</context>
<context>
    <name>SalesReportService</name>
    <message>
        <source>Key</source>
        <translation>รหัส</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>คำสั่งซื้อ</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>ยกเลิกแล้ว</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>ถูกส่งคืน</translation>
    </message>
    <message>
        <source>Revenue (%1)</source>
        <translation>รายได้ (%1)</translation>
    </message>
    <message>
        <source>Returns (%1)</source>
        <translation>ยอดคืนสินค้า (%1)</translation>
    </message>
    <message>
        <source>Average order (%1)</source>
        <translation>มูลค่าเฉลี่ยต่อคำสั่งซื้อ (%1)</translation>
    </message>
    <message>
        <source>Margin (%1)</source>
        <translation>กำไรขั้นต้น (%1)</translation>
    </message>
    <message>
        <source>Margin %</source>
        <translation>อัตรากำไร %</translation>
    </message>
    <message>
        <source>Previous revenue (%1)</source>
        <translation>รายได้ช่วงก่อนหน้า (%1)</translation>
    </message>
    <message>
        <source>Growth %</source>
        <translation>การเติบโต %</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>อื่นๆ</translation>
    </message>
    <message>
        <source>Unknown region</source>
        <translation>ไม่ทราบภูมิภาค</translation>
    </message>
    <message>
        <source>No country</source>
        <translation>ไม่ระบุประเทศ</translation>
    </message>
    <message>
        <source>No market</source>
        <translation>ไม่ระบุตลาด</translation>
    </message>
    <message>
        <source>No channel</source>
        <translation>ไม่ระบุช่องทางขาย</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>รวม</translation>
    </message>
</context>
<context>
    <name>SalesSums</name>
    <message>
        <source>the period starts (%1) after it ends (%2)</source>
        <translation>วันเริ่มต้นของช่วงเวลา (%1) อยู่หลังวันสิ้นสุด (%2)</translation>
    </message>
</context>
<context>
    <name>ServiceEditDialog</name>
    <message>
        <source>The service needs a name.</source>
        <translation>บริการต้องมีชื่อ</translation>
    </message>
    <message>
        <source>The fuel surcharge must be a percentage such as 29.25.</source>
        <translation>ค่าธรรมเนียมน้ำมันต้องเป็นค่าร้อยละ เช่น 29.25</translation>
    </message>
    <message>
        <source>The rate card&apos;s date must read like 2026-11-30.</source>
        <translation>วันที่ของตารางค่าขนส่งต้องอยู่ในรูปแบบ 2026-11-30</translation>
    </message>
    <message>
        <source>The carrier needs a name.</source>
        <translation>ผู้ให้บริการขนส่งต้องมีชื่อ</translation>
    </message>
    <message>
        <source>The tracking link needs {n} where the tracking number goes.</source>
        <translation>ลิงก์ติดตามพัสดุต้องมี {n} ในตำแหน่งที่จะใส่หมายเลขติดตามพัสดุ</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>แก้ไข %1</translation>
    </message>
    <message>
        <source>Zones, weight brackets and prices change with a rate-card import.</source>
        <translation>โซน ช่วงน้ำหนัก และราคา เปลี่ยนได้โดยการนำเข้าตารางค่าขนส่งเท่านั้น</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>ชื่อ(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>สกุลเงิน(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Dimensional divisor (cm³/kg, 0 = none):</source>
        <translation>ตัวหารน้ำหนักตามปริมาตร (cm³/kg, 0 = ไม่ใช้)(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Weight step (g):</source>
        <translation>ปัดน้ำหนักทีละ (g)(&amp;W):</translation>
    </message>
    <message>
        <source>&amp;Fuel surcharge (%):</source>
        <translation>ค่าธรรมเนียมน้ำมัน (%)(&amp;F):</translation>
    </message>
    <message>
        <source>Rates &amp;as of:</source>
        <translation>อัตรา ณ วันที่(&amp;A):</translation>
    </message>
    <message>
        <source>Ca&amp;rrier name:</source>
        <translation>ชื่อผู้ให้บริการขนส่ง(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Tracking link:</source>
        <translation>ลิงก์ติดตามพัสดุ(&amp;T):</translation>
    </message>
    <message>
        <source>E&amp;xpress (needs the recipient&apos;s phone)</source>
        <translation>ด่วนพิเศษ (ต้องมีเบอร์โทรศัพท์ผู้รับ)(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Postal item (CN22/CN23 customs forms)</source>
        <translation>พัสดุไปรษณีย์ (ใบ CN22/CN23)(&amp;P)</translation>
    </message>
    <message>
        <source>Offered in rate &amp;shopping</source>
        <translation>แสดงในการเปรียบเทียบค่าขนส่ง(&amp;S)</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>https://carrier.example/track?number={n}</source>
        <translation>https://carrier.example/track?number={n}</translation>
    </message>
</context>
<context>
    <name>ServiceTableModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>by weight only</source>
        <translation>คิดตามน้ำหนักเท่านั้น</translation>
    </message>
    <message>
        <source>%1 %</source>
        <comment>a percentage</comment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1–%2 days</source>
        <translation>%1–%2 วัน</translation>
    </message>
    <message>
        <source>Express</source>
        <translation>ด่วนพิเศษ</translation>
    </message>
    <message>
        <source>Postal</source>
        <translation>ไปรษณีย์</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>มาตรฐาน</translation>
    </message>
    <message>
        <source>On</source>
        <translation>เปิด</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>บริการ</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>ผู้ให้บริการขนส่ง</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>สกุลเงิน</translation>
    </message>
    <message>
        <source>Divisor</source>
        <translation>ตัวหาร</translation>
    </message>
    <message>
        <source>Fuel</source>
        <translation>ค่าน้ำมัน</translation>
    </message>
    <message>
        <source>Transit</source>
        <translation>ระยะเวลาขนส่ง</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>ประเทศ</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>ใช้งาน</translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln วัน</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShipCommand</name>
    <message>
        <source>ship: unknown subcommand %1</source>
        <translation>ship: ไม่รู้จักคำสั่งย่อย %1</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a weight (grams, or with a unit: 1.2kg, 3lb)</source>
        <translation>%1: &quot;%2&quot; ไม่ใช่น้ำหนัก (ระบุเป็นกรัม หรือใส่หน่วย เช่น 1.2kg, 3lb)</translation>
    </message>
    <message>
        <source>--dims needs --weight too</source>
        <translation>--dims ต้องใช้คู่กับ --weight</translation>
    </message>
    <message>
        <source>Rates to %1</source>
        <translation>ค่าขนส่งไปยัง %1</translation>
    </message>
    <message>
        <source>not available: %1</source>
        <translation>ใช้ไม่ได้: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n วัน</numerusform>
        </translation>
    </message>
    <message>
        <source>%1–%2 days</source>
        <translation>%1–%2 วัน</translation>
    </message>
    <message>
        <source>zone %1</source>
        <translation>โซน %1</translation>
    </message>
    <message>
        <source>weight: %1</source>
        <translation>น้ำหนัก: %1</translation>
    </message>
    <message>
        <source>freight %1 + fuel %2</source>
        <translation>ค่าขนส่ง %1 + ค่าธรรมเนียมน้ำมัน %2</translation>
    </message>
    <message>
        <source>* the default by the shop&apos;s rule (%1)</source>
        <translation>* บริการเริ่มต้นตามกฎของร้าน (%1)</translation>
    </message>
    <message numerus="yes">
        <source>cheapest arriving within %n day(s)</source>
        <translation>
            <numerusform>ถูกที่สุดที่ส่งถึงภายใน %n วัน</numerusform>
        </translation>
    </message>
    <message>
        <source>cheapest</source>
        <translation>ถูกที่สุด</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>คำเตือน: %1</translation>
    </message>
    <message>
        <source>Shipment %1 for %2: %3, %4, billable %5</source>
        <translation>การจัดส่ง %1 สำหรับ %2: %3, %4, น้ำหนักที่คิดค่าขนส่ง %5</translation>
    </message>
    <message>
        <source>Customs form: %1</source>
        <translation>ใบแจ้งศุลกากร: %1</translation>
    </message>
    <message>
        <source>Package %1: %2 %3</source>
        <translation>พัสดุ %1: %2 %3</translation>
    </message>
    <message>
        <source>Shipment %1: %2, %3, %4</source>
        <translation>การจัดส่ง %1: %2, %3, %4</translation>
    </message>
    <message>
        <source>package %1: %2</source>
        <translation>พัสดุ %1: %2</translation>
    </message>
    <message>
        <source>order %1 has no shipment: create one with ship create</source>
        <translation>คำสั่งซื้อ %1 ยังไม่มีการจัดส่ง: สร้างด้วยคำสั่ง ship create</translation>
    </message>
    <message>
        <source>divisor %1</source>
        <translation>ตัวหาร %1</translation>
    </message>
    <message>
        <source>fuel %1%</source>
        <translation>ค่าน้ำมัน %1%</translation>
    </message>
    <message numerus="yes">
        <source>%n countries</source>
        <translation>
            <numerusform>%n ประเทศ</numerusform>
        </translation>
    </message>
    <message>
        <source>off</source>
        <translation>ปิดอยู่</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: เขียนไฟล์ไม่ได้: %2</translation>
    </message>
    <message>
        <source>Rate cards written to %1</source>
        <translation>บันทึกตารางค่าขนส่งไปที่ %1 แล้ว</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: อ่านไฟล์ไม่ได้: %2</translation>
    </message>
    <message>
        <source>%1: nothing imported</source>
        <translation>%1: ไม่มีการนำเข้าข้อมูลใดๆ</translation>
    </message>
    <message>
        <source>%1: nothing imported: %2</source>
        <translation>%1: ไม่มีการนำเข้าข้อมูลใดๆ: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n service(s) checked, nothing written</source>
        <translation>
            <numerusform>%1: ตรวจสอบบริการ %n รายการแล้ว ไม่มีการบันทึกข้อมูลใดๆ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n service(s) imported</source>
        <translation>
            <numerusform>%1: นำเข้าบริการ %n รายการแล้ว</numerusform>
        </translation>
    </message>
    <message>
        <source>--max-days: &quot;%1&quot; is not a number of days (0 = any)</source>
        <translation>--max-days: &quot;%1&quot; ไม่ใช่จำนวนวัน (0 = ไม่จำกัด)</translation>
    </message>
    <message numerus="yes">
        <source>Default service: the cheapest arriving within %n day(s)</source>
        <translation>
            <numerusform>บริการเริ่มต้น: ถูกที่สุดที่ส่งถึงภายใน %n วัน</numerusform>
        </translation>
    </message>
    <message>
        <source>Default service: the cheapest</source>
        <translation>บริการเริ่มต้น: ถูกที่สุด</translation>
    </message>
    <message>
        <source>there is no service %1</source>
        <translation>ไม่มีบริการ %1</translation>
    </message>
    <message>
        <source>FROM and TO are serial numbers</source>
        <translation>FROM และ TO ต้องเป็นเลขลำดับ</translation>
    </message>
    <message>
        <source>%1 numbers %2%3… to %2%4… %5</source>
        <translation>%1 ใช้หมายเลข %2%3… ถึง %2%4… %5</translation>
    </message>
    <message>
        <source>%1 is packed</source>
        <translation>%1 แพ็กแล้ว</translation>
    </message>
    <message>
        <source>%1 is shipped</source>
        <translation>%1 จัดส่งแล้ว</translation>
    </message>
</context>
<context>
    <name>ShipFromDialog</name>
    <message>
        <source>&amp;Name:</source>
        <translation>ชื่อ(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>บริษัท(&amp;C):</translation>
    </message>
    <message>
        <source>Address line &amp;1:</source>
        <translation>ที่อยู่บรรทัดที่ 1(&amp;1):</translation>
    </message>
    <message>
        <source>Address line &amp;2:</source>
        <translation>ที่อยู่บรรทัดที่ 2(&amp;2):</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>เมือง/อำเภอ(&amp;I):</translation>
    </message>
    <message>
        <source>&amp;Province or state:</source>
        <translation>จังหวัดหรือรัฐ(&amp;P):</translation>
    </message>
    <message>
        <source>P&amp;ostal code:</source>
        <translation>รหัสไปรษณีย์(&amp;O):</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>โทรศัพท์(&amp;H):</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>อีเมล(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;VAT number:</source>
        <translation>หมายเลข VAT(&amp;V):</translation>
    </message>
    <message>
        <source>E&amp;ORI number:</source>
        <translation>หมายเลข EORI(&amp;O):</translation>
    </message>
    <message>
        <source>IOSS n&amp;umber:</source>
        <translation>หมายเลข IOSS(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Signatory:</source>
        <translation>ผู้ลงนาม(&amp;S):</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>ไม่ได้บันทึกข้อมูล: %1</translation>
    </message>
    <message>
        <source>Ship-from address</source>
        <translation>ที่อยู่ผู้ส่ง</translation>
    </message>
    <message>
        <source>Labels, customs forms and invoices print this address and these numbers. The country is the shop&apos;s home country, %1.</source>
        <translation>ที่อยู่และหมายเลขเหล่านี้จะพิมพ์บนฉลาก ใบแจ้งศุลกากร และใบกำกับสินค้า ส่วนประเทศคือประเทศที่ตั้งของร้าน (%1)</translation>
    </message>
</context>
<context>
    <name>ShipmentBooking</name>
    <message>
        <source>no such order</source>
        <translation>ไม่พบคำสั่งซื้อนี้</translation>
    </message>
    <message>
        <source>the order is on hold: release it first</source>
        <translation>คำสั่งซื้อถูกระงับไว้: ปล่อยคำสั่งซื้อก่อน</translation>
    </message>
    <message>
        <source>the order is cancelled</source>
        <translation>คำสั่งซื้อถูกยกเลิกแล้ว</translation>
    </message>
    <message>
        <source>the order was shipped already</source>
        <translation>คำสั่งซื้อนี้จัดส่งไปแล้ว</translation>
    </message>
    <message>
        <source>tracking number %1 is not a %2 number: %3</source>
        <translation>หมายเลขติดตามพัสดุ %1 ไม่ใช่หมายเลขของ %2: %3</translation>
    </message>
    <message>
        <source>tracking number %1: %2</source>
        <translation>หมายเลขติดตามพัสดุ %1: %2</translation>
    </message>
    <message>
        <source>no label for this order: %1</source>
        <translation>ออกฉลากให้คำสั่งซื้อนี้ไม่ได้: %1</translation>
    </message>
    <message>
        <source>no service ships to %1</source>
        <translation>ไม่มีบริการที่จัดส่งไปยัง %1</translation>
    </message>
    <message>
        <source>there is no active service %1</source>
        <translation>ไม่มีบริการ %1 ที่เปิดใช้งาน</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>no such package</source>
        <translation>ไม่พบพัสดุนี้</translation>
    </message>
    <message>
        <source>no such shipment</source>
        <translation>ไม่พบการจัดส่งนี้</translation>
    </message>
    <message>
        <source>packed with %1</source>
        <translation>แพ็กแล้ว ส่งด้วย %1</translation>
    </message>
    <message>
        <source>%1, tracking %2</source>
        <translation>%1, หมายเลขติดตามพัสดุ %2</translation>
    </message>
    <message>
        <source>the tracking numbers allocated to %1 are used up (%2 to %3): ask the post for a new range</source>
        <translation>หมายเลขติดตามพัสดุที่ได้รับจัดสรรสำหรับ %1 ใช้หมดแล้ว (%2 ถึง %3): โปรดขอช่วงหมายเลขใหม่จากไปรษณีย์</translation>
    </message>
    <message>
        <source>an S10 range is two letters, serial numbers from 0 to 99999999 and a two-letter country</source>
        <translation>ช่วงหมายเลข S10 ประกอบด้วยตัวอักษร 2 ตัว เลขลำดับตั้งแต่ 0 ถึง 99999999 และรหัสประเทศ 2 ตัวอักษร</translation>
    </message>
</context>
<context>
    <name>ShipmentRepository</name>
    <message>
        <source>Created</source>
        <translation>สร้างแล้ว</translation>
    </message>
    <message>
        <source>Label printed</source>
        <translation>พิมพ์ฉลากแล้ว</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>จัดส่งแล้ว</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>ส่งถึงแล้ว</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>ถูกส่งคืน</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>ยกเลิกแล้ว</translation>
    </message>
    <message>
        <source>cannot store the shipment: %1</source>
        <translation>บันทึกการจัดส่งไม่ได้: %1</translation>
    </message>
    <message>
        <source>cannot store package %1: %2</source>
        <translation>บันทึกพัสดุ %1 ไม่ได้: %2</translation>
    </message>
</context>
<context>
    <name>ShipmentsPanel</name>
    <message>
        <source>Shipment %1</source>
        <translation>การจัดส่ง %1</translation>
    </message>
    <message>
        <source>customs form %1</source>
        <translation>ใบแจ้งศุลกากร %1</translation>
    </message>
    <message>
        <source>Package %1</source>
        <translation>พัสดุ %1</translation>
    </message>
    <message>
        <source>no tracking number yet</source>
        <translation>ยังไม่มีหมายเลขติดตามพัสดุ</translation>
    </message>
    <message>
        <source>Customs papers (not needed at home)</source>
        <translation>เอกสารศุลกากร (ไม่ต้องใช้เมื่อส่งในประเทศ)</translation>
    </message>
    <message>
        <source>Customs form %1</source>
        <translation>ใบแจ้งศุลกากร %1</translation>
    </message>
    <message>
        <source>Commercial invoice</source>
        <translation>ใบกำกับสินค้า (Commercial Invoice)</translation>
    </message>
    <message>
        <source>Customs form or invoice</source>
        <translation>ใบแจ้งศุลกากรหรือใบกำกับสินค้า</translation>
    </message>
    <message>
        <source>This parcel stays in the country: it needs no customs papers.</source>
        <translation>พัสดุนี้ส่งภายในประเทศ: ไม่ต้องใช้เอกสารศุลกากร</translation>
    </message>
    <message>
        <source>%1 sent to the printer.</source>
        <translation>ส่ง %1 ไปยังเครื่องพิมพ์แล้ว</translation>
    </message>
    <message>
        <source>Shipment %1 is shipped.</source>
        <translation>การจัดส่ง %1 จัดส่งแล้ว</translation>
    </message>
    <message>
        <source>Shipment</source>
        <translation>การจัดส่ง</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>บริการ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>ค่าขนส่ง</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>น้ำหนัก</translation>
    </message>
    <message>
        <source>Tracking</source>
        <translation>หมายเลขติดตามพัสดุ</translation>
    </message>
    <message>
        <source>No label for this order: %1</source>
        <translation>ออกฉลากให้คำสั่งซื้อนี้ไม่ได้: %1</translation>
    </message>
    <message>
        <source>No shipment yet. Rate shop to choose a service and create one.</source>
        <translation>ยังไม่มีการจัดส่ง เปรียบเทียบค่าขนส่งเพื่อเลือกบริการและสร้างการจัดส่ง</translation>
    </message>
    <message>
        <source>Rate shop / create &amp;shipment…</source>
        <translation>เปรียบเทียบค่าขนส่ง / สร้างการจัดส่ง(&amp;S)…</translation>
    </message>
    <message>
        <source>Mark shi&amp;pped</source>
        <translation>ทำเครื่องหมายว่าจัดส่งแล้ว(&amp;P)</translation>
    </message>
    <message>
        <source>Shipping label</source>
        <translation>ฉลากจัดส่ง</translation>
    </message>
    <message>
        <source>Packing slip</source>
        <translation>ใบรายการสินค้าในกล่อง</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>ตัวอย่างก่อนพิมพ์</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>พิมพ์…</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>หมายเลขติดตามพัสดุ</translation>
    </message>
    <message>
        <source>Type or scan the carrier&apos;s tracking number:</source>
        <translation>พิมพ์หรือสแกนหมายเลขติดตามพัสดุของผู้ให้บริการขนส่ง:</translation>
    </message>
    <message>
        <source>Tracking number of package %1 saved.</source>
        <translation>บันทึกหมายเลขติดตามพัสดุของพัสดุ %1 แล้ว</translation>
    </message>
    <message>
        <source>&amp;Tracking number…</source>
        <translation>หมายเลขติดตามพัสดุ(&amp;T)…</translation>
    </message>
</context>
<context>
    <name>ShippingDocumentBuilder</name>
    <message>
        <source>no such order</source>
        <translation>ไม่พบคำสั่งซื้อนี้</translation>
    </message>
    <message>
        <source>no such shipment for order %1</source>
        <translation>ไม่พบการจัดส่งนี้สำหรับคำสั่งซื้อ %1</translation>
    </message>
</context>
<context>
    <name>ShippingLabel</name>
    <message>
        <source>Shipping label %1</source>
        <translation>ฉลากจัดส่ง %1</translation>
    </message>
</context>
<context>
    <name>ShopifyOrderMapper</name>
    <message>
        <source>the order has no name (order number)</source>
        <translation>คำสั่งซื้อไม่มีชื่อ (หมายเลขคำสั่งซื้อ)</translation>
    </message>
</context>
<context>
    <name>ShopifyProductCsv</name>
    <message>
        <source>every row needs the product&apos;s handle</source>
        <translation>ทุกแถวต้องมีค่า Handle ของสินค้า</translation>
    </message>
    <message>
        <source>the first row of product &quot;%1&quot; needs its title</source>
        <translation>แถวแรกของสินค้า &quot;%1&quot; ต้องมีชื่อสินค้า (Title)</translation>
    </message>
    <message>
        <source>no SKU; using &quot;%1&quot;</source>
        <translation>ไม่มี SKU จึงใช้ &quot;%1&quot; แทน</translation>
    </message>
</context>
<context>
    <name>TableExport</name>
    <message>
        <source>%1: cannot write the file: %2</source>
        <translation>%1: ไม่สามารถเขียนไฟล์ได้: %2</translation>
    </message>
    <message>
        <source>%1: cannot finish writing the file: %2</source>
        <translation>%1: ไม่สามารถเขียนไฟล์ให้เสร็จสมบูรณ์ได้: %2</translation>
    </message>
    <message>
        <source>%1: cannot create the workbook</source>
        <translation>%1: ไม่สามารถสร้างเวิร์กบุ๊กได้</translation>
    </message>
    <message>
        <source>%1: cannot write the workbook: %2</source>
        <translation>%1: ไม่สามารถเขียนเวิร์กบุ๊กได้: %2</translation>
    </message>
    <message>
        <source>%1: cannot replace the file</source>
        <translation>%1: ไม่สามารถแทนที่ไฟล์ได้</translation>
    </message>
</context>
<context>
    <name>TaxId</name>
    <message>
        <source>tax ID is missing</source>
        <translation>ไม่มีเลขประจำตัวผู้เสียภาษี</translation>
    </message>
    <message>
        <source>tax ID is missing; %1 is required</source>
        <translation>ไม่มีเลขประจำตัวผู้เสียภาษี ต้องระบุ %1</translation>
    </message>
    <message>
        <source>CPF &quot;%1&quot; is not valid: it needs 11 digits with matching check digits</source>
        <translation>CPF &quot;%1&quot; ไม่ถูกต้อง: ต้องมีตัวเลข 11 หลักและเลขตรวจสอบที่ถูกต้อง</translation>
    </message>
    <message>
        <source>CNPJ &quot;%1&quot; is not valid: it needs 14 characters with matching check digits</source>
        <translation>CNPJ &quot;%1&quot; ไม่ถูกต้อง: ต้องมี 14 อักขระและเลขตรวจสอบที่ถูกต้อง</translation>
    </message>
    <message>
        <source>PCCC &quot;%1&quot; must be P followed by 12 digits</source>
        <translation>PCCC &quot;%1&quot; ต้องขึ้นต้นด้วย P ตามด้วยตัวเลข 12 หลัก</translation>
    </message>
    <message>
        <source>VAT number &quot;%1&quot; must be a two-letter country code plus 2 to 13 letters or digits</source>
        <translation>หมายเลข VAT &quot;%1&quot; ต้องเป็นรหัสประเทศสองตัวอักษร ตามด้วยตัวอักษรหรือตัวเลข 2 ถึง 13 ตัว</translation>
    </message>
    <message>
        <source>EORI number &quot;%1&quot; must be a two-letter country code plus up to 15 letters or digits</source>
        <translation>หมายเลข EORI &quot;%1&quot; ต้องเป็นรหัสประเทศสองตัวอักษร ตามด้วยตัวอักษรหรือตัวเลขไม่เกิน 15 ตัว</translation>
    </message>
    <message>
        <source>CPF/CNPJ &quot;%1&quot; must have 11 digits (CPF) or 14 characters (CNPJ)</source>
        <translation>CPF/CNPJ &quot;%1&quot; ต้องมีตัวเลข 11 หลัก (CPF) หรือ 14 อักขระ (CNPJ)</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is a placeholder (one digit repeated), not a real number</source>
        <translation>%1 &quot;%2&quot; เป็นค่าตัวอย่าง (ตัวเลขเดียวซ้ำกัน) ไม่ใช่หมายเลขจริง</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not valid: its check digits do not match</source>
        <translation>%1 &quot;%2&quot; ไม่ถูกต้อง: เลขตรวจสอบไม่ตรงกัน</translation>
    </message>
</context>
<context>
    <name>TextDecoding</name>
    <message>
        <source>the file starts like UTF-16 text but is not valid UTF-16</source>
        <translation>ไฟล์นี้ขึ้นต้นเหมือนข้อความ UTF-16 แต่ไม่ใช่ UTF-16 ที่ถูกต้อง</translation>
    </message>
    <message>
        <source>the file contains binary data (a NUL byte); is it really a text file?</source>
        <translation>ไฟล์มีข้อมูลไบนารี (ไบต์ NUL) แน่ใจหรือไม่ว่าเป็นไฟล์ข้อความ?</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text (byte 0x%1); save it as &quot;CSV UTF-8&quot; and try again</source>
        <translation>ไฟล์นี้ไม่ใช่ข้อความ UTF-8 (ไบต์ 0x%1) โปรดบันทึกเป็น &quot;CSV UTF-8&quot; แล้วลองอีกครั้ง</translation>
    </message>
</context>
<context>
    <name>TrackingCommand</name>
    <message>
        <source>tracking: unknown subcommand %1</source>
        <translation>tracking: ไม่รู้จักคำสั่งย่อย %1</translation>
    </message>
    <message>
        <source>--carrier: &quot;%1&quot; is neither a carrier nor a tracking scheme (%2)</source>
        <translation>--carrier: &quot;%1&quot; ไม่ใช่ทั้งผู้ให้บริการขนส่งและรูปแบบหมายเลขติดตามพัสดุ (%2)</translation>
    </message>
    <message>
        <source>valid %1 number</source>
        <translation>เป็นหมายเลข %1 ที่ถูกต้อง</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>คำเตือน: %1</translation>
    </message>
    <message>
        <source>not valid: %1</source>
        <translation>ไม่ถูกต้อง: %1</translation>
    </message>
    <message>
        <source>Carrier: %1</source>
        <translation>ผู้ให้บริการขนส่ง: %1</translation>
    </message>
    <message>
        <source>Tracking: %1</source>
        <translation>ติดตามพัสดุ: %1</translation>
    </message>
</context>
<context>
    <name>TrackingNumbers</name>
    <message>
        <source>check digit should be %1, not %2</source>
        <translation>เลขตรวจสอบควรเป็น %1 ไม่ใช่ %2</translation>
    </message>
    <message>
        <source>check digit should be %1, not %2 (only a warning for DHL Express: compare the number with the label)</source>
        <translation>เลขตรวจสอบควรเป็น %1 ไม่ใช่ %2 (เป็นเพียงคำเตือนสำหรับ DHL Express: โปรดเทียบหมายเลขกับฉลาก)</translation>
    </message>
    <message>
        <source>%1 is not a country code; a postal tracking number ends with the ISO code of the sending country, like CH</source>
        <translation>%1 ไม่ใช่รหัสประเทศ หมายเลขติดตามพัสดุไปรษณีย์ต้องลงท้ายด้วยรหัส ISO ของประเทศต้นทาง เช่น CH</translation>
    </message>
    <message>
        <source>UPS</source>
        <translation>UPS</translation>
    </message>
    <message>
        <source>FedEx</source>
        <translation>FedEx</translation>
    </message>
    <message>
        <source>DHL Express</source>
        <translation>DHL Express</translation>
    </message>
    <message>
        <source>USPS</source>
        <translation>USPS</translation>
    </message>
    <message>
        <source>UPU S10 (postal)</source>
        <translation>UPU S10 (ไปรษณีย์)</translation>
    </message>
    <message>
        <source>1Z followed by 16 letters and digits</source>
        <translation>1Z ตามด้วยตัวอักษรและตัวเลขรวม 16 ตัว</translation>
    </message>
    <message>
        <source>12 or 15 digits, or 22 digits starting with 96</source>
        <translation>ตัวเลข 12 หรือ 15 หลัก หรือ 22 หลักที่ขึ้นต้นด้วย 96</translation>
    </message>
    <message>
        <source>10 digits</source>
        <translation>ตัวเลข 10 หลัก</translation>
    </message>
    <message>
        <source>20 to 22 digits</source>
        <translation>ตัวเลข 20 ถึง 22 หลัก</translation>
    </message>
    <message>
        <source>2 letters, 9 digits and a country code, like RR123456785CH</source>
        <translation>ตัวอักษร 2 ตัว ตัวเลข 9 หลัก และรหัสประเทศ เช่น RR123456785CH</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>not a tracking number of a known form; expected %1</source>
        <translation>ไม่ใช่หมายเลขติดตามพัสดุในรูปแบบที่รู้จัก ต้องเป็น %1</translation>
    </message>
    <message>
        <source>tracking number is empty</source>
        <translation>ไม่ได้กรอกหมายเลขติดตามพัสดุ</translation>
    </message>
    <message>
        <source>not a %1 tracking number (expected %2); it looks like a %3 number</source>
        <translation>ไม่ใช่หมายเลขติดตามพัสดุของ %1 (ต้องเป็น %2) ดูเหมือนเป็นหมายเลขของ %3</translation>
    </message>
    <message>
        <source>not a %1 tracking number: expected %2</source>
        <translation>ไม่ใช่หมายเลขติดตามพัสดุของ %1: ต้องเป็น %2</translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message>
        <source>%1 oz</source>
        <translation>%1 ออนซ์</translation>
    </message>
    <message>
        <source>%1 lb</source>
        <translation>%1 ปอนด์</translation>
    </message>
    <message>
        <source>%1 g</source>
        <translation>%1 g</translation>
    </message>
    <message>
        <source>%1 kg</source>
        <translation>%1 kg</translation>
    </message>
    <message>
        <source>%1 in</source>
        <translation>%1 นิ้ว</translation>
    </message>
    <message>
        <source>%1 mm</source>
        <translation>%1 มม.</translation>
    </message>
    <message>
        <source>%1 cm</source>
        <translation>%1 ซม.</translation>
    </message>
</context>
<context>
    <name>WriteError</name>
    <message>
        <source>the disk is full: free some space and try again</source>
        <translation>ดิสก์เต็ม: โปรดเพิ่มพื้นที่ว่างแล้วลองอีกครั้ง</translation>
    </message>
    <message>
        <source>another Borderdesk window or command kept the database busy for too long; try again when it has finished</source>
        <translation>หน้าต่างหรือคำสั่งอื่นของ Borderdesk ใช้งานฐานข้อมูลนานเกินไป โปรดลองอีกครั้งเมื่อทำงานนั้นเสร็จแล้ว</translation>
    </message>
</context>
<context>
    <name>WriteTransaction</name>
    <message>
        <source>cannot start writing to the database: %1</source>
        <translation>ไม่สามารถเริ่มเขียนข้อมูลลงฐานข้อมูลได้: %1</translation>
    </message>
    <message>
        <source>cannot save the changes: %1</source>
        <translation>ไม่สามารถบันทึกการเปลี่ยนแปลงได้: %1</translation>
    </message>
</context>
</TS>
