<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>AddressFormat</name>
    <message>
        <source> or </source>
        <comment>between postal-code examples</comment>
        <translation> أو </translation>
    </message>
    <message>
        <source>postal code is missing; %1 addresses need one, e.g. %2</source>
        <translation>الرمز البريدي مفقود؛ عناوين %1 تتطلب رمزًا بريديًا، مثل %2</translation>
    </message>
    <message>
        <source>postal code &quot;%1&quot; does not fit; %2 postal codes look like %3</source>
        <translation>الرمز البريدي &quot;%1&quot; غير مطابق؛ الرموز البريدية في %2 تكون بالشكل %3</translation>
    </message>
</context>
<context>
    <name>AmazonOrderMapper</name>
    <message>
        <source>the row has no order-id</source>
        <translation>لا يحتوي الصف على order-id</translation>
    </message>
</context>
<context>
    <name>BackupCommand</name>
    <message>
        <source>Backup copy written to %1 and checked.</source>
        <translation>تمت كتابة النسخة الاحتياطية إلى %1 وفحصها.</translation>
    </message>
    <message>
        <source>Nothing was restored: %1</source>
        <translation>لم تتم استعادة أي شيء: %1</translation>
    </message>
    <message>
        <source>Restored %1 from %2.</source>
        <translation>تمت استعادة %1 من %2.</translation>
    </message>
    <message>
        <source>The database it replaced is kept at %1.</source>
        <translation>قاعدة البيانات التي تم استبدالها محفوظة في %1.</translation>
    </message>
    <message>
        <source>%1: quick_check ok, schema %2.</source>
        <translation>%1: نتيجة quick_check سليمة، المخطط %2.</translation>
    </message>
</context>
<context>
    <name>BarcodePainter</name>
    <message>
        <source>There is nothing to encode as %1.</source>
        <translation>لا يوجد ما يمكن ترميزه بصيغة %1.</translation>
    </message>
    <message>
        <source>An EAN-13 barcode needs exactly 13 digits, not “%1”.</source>
        <translation>يتطلب الرمز الشريطي EAN-13 ثلاثة عشر رقمًا بالضبط، وليس “%1”.</translation>
    </message>
    <message>
        <source>A UPC-A barcode needs exactly 12 digits, not “%1”.</source>
        <translation>يتطلب الرمز الشريطي UPC-A اثني عشر رقمًا بالضبط، وليس “%1”.</translation>
    </message>
    <message>
        <source>“%1” is too long for a %2 barcode.</source>
        <translation>“%1” أطول من اللازم لرمز شريطي %2.</translation>
    </message>
    <message>
        <source>The check digit of “%1” is wrong, so it cannot be printed as %2.</source>
        <translation>رقم التحقق في “%1” غير صحيح، لذا لا يمكن طباعته بصيغة %2.</translation>
    </message>
    <message>
        <source>“%1” contains characters a %2 barcode cannot carry.</source>
        <translation>يحتوي “%1” على أحرف لا يمكن تمثيلها في رمز شريطي %2.</translation>
    </message>
    <message>
        <source>Could not encode “%1” as %2: %3</source>
        <translation>تعذّر ترميز “%1” بصيغة %2: %3</translation>
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
        <translation>رمز QR</translation>
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
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>No printer is set up on this computer. Add one in the system&apos;s printer settings.</source>
        <translation>لم يتم إعداد أي طابعة على هذا الحاسوب. أضف طابعة من إعدادات الطابعات في النظام.</translation>
    </message>
    <message>
        <source>Preparing the documents: order %1 of %2</source>
        <translation>جارٍ تجهيز المستندات: الطلب %1 من %2</translation>
    </message>
    <message>
        <source>Sending to the printer: order %1 of %2</source>
        <translation>جارٍ الإرسال إلى الطابعة: الطلب %1 من %2</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>جارٍ الإلغاء…</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was printed.</source>
        <translation>تم الإلغاء. لم تتم طباعة أي شيء.</translation>
    </message>
    <message>
        <source>Printing failed: %1</source>
        <translation>فشلت الطباعة: %1</translation>
    </message>
    <message numerus="yes">
        <source>Printed the documents of %Ln order(s).</source>
        <translation>
            <numerusform>لم تُطبع مستندات أي طلب.</numerusform>
            <numerusform>تمت طباعة مستندات طلب واحد.</numerusform>
            <numerusform>تمت طباعة مستندات طلبين.</numerusform>
            <numerusform>تمت طباعة مستندات %Ln طلبات.</numerusform>
            <numerusform>تمت طباعة مستندات %Ln طلبًا.</numerusform>
            <numerusform>تمت طباعة مستندات %Ln طلب.</numerusform>
        </translation>
    </message>
    <message>
        <source>Print Batch</source>
        <translation>طباعة دفعة</translation>
    </message>
    <message numerus="yes">
        <source>The documents of %Ln order(s) are printed as one print job, in the order chosen below.</source>
        <translation>
            <numerusform>لا توجد مستندات طلبات للطباعة.</numerusform>
            <numerusform>تُطبع مستندات طلب واحد كمهمة طباعة واحدة، بالترتيب المحدد أدناه.</numerusform>
            <numerusform>تُطبع مستندات طلبين كمهمة طباعة واحدة، بالترتيب المحدد أدناه.</numerusform>
            <numerusform>تُطبع مستندات %Ln طلبات كمهمة طباعة واحدة، بالترتيب المحدد أدناه.</numerusform>
            <numerusform>تُطبع مستندات %Ln طلبًا كمهمة طباعة واحدة، بالترتيب المحدد أدناه.</numerusform>
            <numerusform>تُطبع مستندات %Ln طلب كمهمة طباعة واحدة، بالترتيب المحدد أدناه.</numerusform>
        </translation>
    </message>
    <message>
        <source>Print &amp;order:</source>
        <translation>ترتيب &amp;الطباعة:</translation>
    </message>
    <message>
        <source>By SKU</source>
        <translation>حسب SKU</translation>
    </message>
    <message>
        <source>By bin location</source>
        <translation>حسب موقع الرف</translation>
    </message>
    <message>
        <source>As listed</source>
        <translation>حسب ترتيب القائمة</translation>
    </message>
    <message>
        <source>&amp;Printer:</source>
        <translation>&amp;الطابعة:</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;طباعة</translation>
    </message>
</context>
<context>
    <name>BatchPrintJob</name>
    <message numerus="yes">
        <source>Borderdesk: documents of %Ln order(s)</source>
        <translation>
            <numerusform>Borderdesk: مستندات %Ln طلب</numerusform>
            <numerusform>Borderdesk: مستندات طلب واحد</numerusform>
            <numerusform>Borderdesk: مستندات طلبين</numerusform>
            <numerusform>Borderdesk: مستندات %Ln طلبات</numerusform>
            <numerusform>Borderdesk: مستندات %Ln طلبًا</numerusform>
            <numerusform>Borderdesk: مستندات %Ln طلب</numerusform>
        </translation>
    </message>
    <message>
        <source>The documents of order %1 could not be made: %2</source>
        <translation>تعذّر إنشاء مستندات الطلب %1: %2</translation>
    </message>
    <message>
        <source>The documents of order %1 could not be made.</source>
        <translation>تعذّر إنشاء مستندات الطلب %1.</translation>
    </message>
</context>
<context>
    <name>BorderdeskOrderMapper</name>
    <message>
        <source>must not be empty</source>
        <translation>يجب ألا يكون فارغًا</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an order status</source>
        <translation>&quot;%1&quot; ليست حالة طلب</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not DAP or DDP</source>
        <translation>&quot;%1&quot; ليس DAP أو DDP</translation>
    </message>
</context>
<context>
    <name>ByteCsvReader</name>
    <message>
        <source>a quoted field that starts here is never closed (missing &quot;)</source>
        <translation>حقل بين علامتي اقتباس يبدأ هنا ولا يُغلق أبدًا (علامة &quot; مفقودة)</translation>
    </message>
</context>
<context>
    <name>CarrierPresets</name>
    <message>
        <source>the carrier presets are missing from this build</source>
        <translation>الإعدادات المسبقة لشركات الشحن غير موجودة في هذا الإصدار</translation>
    </message>
    <message>
        <source>the carrier presets are not valid JSON: %1</source>
        <translation>الإعدادات المسبقة لشركات الشحن ليست JSON صالحًا: %1</translation>
    </message>
</context>
<context>
    <name>CarrierRepository</name>
    <message>
        <source>cannot save carrier %1: %2</source>
        <translation>لا يمكن حفظ شركة الشحن %1: %2</translation>
    </message>
    <message>
        <source>there is no carrier %1</source>
        <translation>لا توجد شركة شحن باسم %1</translation>
    </message>
    <message>
        <source>cannot save service %1: %2</source>
        <translation>لا يمكن حفظ الخدمة %1: %2</translation>
    </message>
    <message>
        <source>cannot save the rate card of %1: %2</source>
        <translation>لا يمكن حفظ جدول أسعار الشحن الخاص بـ %1: %2</translation>
    </message>
    <message>
        <source>there is no service %1</source>
        <translation>لا توجد خدمة باسم %1</translation>
    </message>
</context>
<context>
    <name>CarriersView</name>
    <message>
        <source>Remove service</source>
        <translation>إزالة الخدمة</translation>
    </message>
    <message>
        <source>Remove %1 and its rate card? Shipments already booked keep their price.</source>
        <translation>هل تريد إزالة %1 وجدول أسعار الشحن الخاص بها؟ تحتفظ الشحنات المحجوزة مسبقًا بسعرها.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Import rate cards</source>
        <translation>استيراد جداول أسعار الشحن</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>ملفات CSV (*.csv);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Export rate cards</source>
        <translation>تصدير جداول أسعار الشحن</translation>
    </message>
    <message>
        <source>rate-cards.csv</source>
        <translation>rate-cards.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
    <message>
        <source>Default service</source>
        <translation>الخدمة الافتراضية</translation>
    </message>
    <message>
        <source>The rule was not saved: %1</source>
        <translation>لم يتم حفظ القاعدة: %1</translation>
    </message>
    <message>
        <source>Default service: the cheapest.</source>
        <translation>الخدمة الافتراضية: الأرخص.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>تتعذّر قراءة %1: %2</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>لم يتم استيراد أي شيء: %1</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>تتعذّر الكتابة إلى %1: %2</translation>
    </message>
    <message>
        <source>Rate cards written to %1.</source>
        <translation>تمت كتابة جداول أسعار الشحن إلى %1.</translation>
    </message>
    <message>
        <source>Edit service</source>
        <translation>تحرير الخدمة</translation>
    </message>
    <message>
        <source>The service was not saved: %1</source>
        <translation>لم يتم حفظ الخدمة: %1</translation>
    </message>
    <message>
        <source>%1 saved.</source>
        <translation>تم حفظ %1.</translation>
    </message>
    <message>
        <source>Switch service</source>
        <translation>تبديل حالة الخدمة</translation>
    </message>
    <message>
        <source>%1 was not changed: %2</source>
        <translation>لم يتم تغيير %1: %2</translation>
    </message>
    <message>
        <source>%1 is offered in rate shopping again.</source>
        <translation>أصبحت %1 متاحة مجددًا في مقارنة أسعار الشحن.</translation>
    </message>
    <message>
        <source>%1 is switched off: rate shopping no longer offers it.</source>
        <translation>تم إيقاف %1: لم تعد مقارنة أسعار الشحن تعرضها.</translation>
    </message>
    <message>
        <source>%1 was not removed: %2</source>
        <translation>لم تتم إزالة %1: %2</translation>
    </message>
    <message>
        <source>%1 removed.</source>
        <translation>تمت إزالة %1.</translation>
    </message>
    <message>
        <source>Ship-from address saved.</source>
        <translation>تم حفظ عنوان الشحن منه.</translation>
    </message>
    <message>
        <source>Switch &amp;off</source>
        <translation>&amp;إيقاف</translation>
    </message>
    <message>
        <source>Switch &amp;on</source>
        <translation>&amp;تشغيل</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;تحرير…</translation>
    </message>
    <message>
        <source>Edit the service&apos;s fields and its carrier&apos;s name and tracking link</source>
        <translation>تحرير حقول الخدمة واسم شركة الشحن ورابط التتبع الخاص بها</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;إزالة…</translation>
    </message>
    <message>
        <source>&amp;Import rate cards…</source>
        <translation>&amp;استيراد جداول أسعار الشحن…</translation>
    </message>
    <message>
        <source>E&amp;xport rate cards…</source>
        <translation>تصدير جداو&amp;ل أسعار الشحن…</translation>
    </message>
    <message>
        <source>Ship-&amp;from address…</source>
        <translation>عنوا&amp;ن الشحن منه…</translation>
    </message>
    <message>
        <source>&amp;Printers…</source>
        <translation>&amp;الطابعات…</translation>
    </message>
    <message>
        <source>Ra&amp;te shop…</source>
        <translation>مقارنة أسعا&amp;ر الشحن…</translation>
    </message>
    <message>
        <source>Compare every active service&apos;s price for a parcel to a country</source>
        <translation>مقارنة سعر كل خدمة نشطة لطرد مرسل إلى بلد ما</translation>
    </message>
    <message>
        <source>The cheapest arriving &amp;within (days, 0 = any):</source>
        <translation>الأرخص التي تصل خلال (&amp;أيام، 0 = أي مدة):</translation>
    </message>
    <message>
        <source>&amp;Packaging weight (g):</source>
        <translation>&amp;وزن التغليف (g):</translation>
    </message>
    <message>
        <source>&amp;Save rule</source>
        <translation>حفظ القاعد&amp;ة</translation>
    </message>
    <message numerus="yes">
        <source>Default service: the cheapest arriving within %Ln day(s).</source>
        <translation>
            <numerusform>الخدمة الافتراضية: الأرخص التي تصل في اليوم نفسه.</numerusform>
            <numerusform>الخدمة الافتراضية: الأرخص التي تصل خلال يوم واحد.</numerusform>
            <numerusform>الخدمة الافتراضية: الأرخص التي تصل خلال يومين.</numerusform>
            <numerusform>الخدمة الافتراضية: الأرخص التي تصل خلال %Ln أيام.</numerusform>
            <numerusform>الخدمة الافتراضية: الأرخص التي تصل خلال %Ln يومًا.</numerusform>
            <numerusform>الخدمة الافتراضية: الأرخص التي تصل خلال %Ln يوم.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %Ln problem(s) in the file.</source>
        <translation>
            <numerusform>لم يتم استيراد أي شيء: لا توجد مشكلات في الملف.</numerusform>
            <numerusform>لم يتم استيراد أي شيء: توجد مشكلة واحدة في الملف.</numerusform>
            <numerusform>لم يتم استيراد أي شيء: توجد مشكلتان في الملف.</numerusform>
            <numerusform>لم يتم استيراد أي شيء: توجد %Ln مشكلات في الملف.</numerusform>
            <numerusform>لم يتم استيراد أي شيء: توجد %Ln مشكلةً في الملف.</numerusform>
            <numerusform>لم يتم استيراد أي شيء: توجد %Ln مشكلة في الملف.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rate card(s) imported.</source>
        <translation>
            <numerusform>لم يتم استيراد أي جدول لأسعار الشحن.</numerusform>
            <numerusform>تم استيراد جدول واحد لأسعار الشحن.</numerusform>
            <numerusform>تم استيراد جدولين لأسعار الشحن.</numerusform>
            <numerusform>تم استيراد %Ln جداول لأسعار الشحن.</numerusform>
            <numerusform>تم استيراد %Ln جدولًا لأسعار الشحن.</numerusform>
            <numerusform>تم استيراد %Ln جدول لأسعار الشحن.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CatalogView</name>
    <message>
        <source>Catalogue</source>
        <translation>الكتالوج</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>كل الفئات</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>إضافة %1</translation>
    </message>
    <message>
        <source>Duplicate %1</source>
        <translation>تكرار %1</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>تم إنشاء %1</translation>
    </message>
    <message>
        <source>Barcode labels</source>
        <translation>ملصقات الرموز الشريطية</translation>
    </message>
    <message>
        <source>Import products</source>
        <translation>استيراد المنتجات</translation>
    </message>
    <message>
        <source>Product files (*.csv *.txt);;All files (*)</source>
        <translation>ملفات المنتجات (*.csv *.txt);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Imported %1 new and %2 updated product(s).</source>
        <translation>تم الاستيراد: منتجات جديدة: %1، ومنتجات محدَّثة: %2.</translation>
    </message>
    <message>
        <source>Export products</source>
        <translation>تصدير المنتجات</translation>
    </message>
    <message>
        <source>products.csv</source>
        <translation>products.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting products…</source>
        <translation>جارٍ تصدير المنتجات…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>export cancelled</source>
        <translation>تم إلغاء التصدير</translation>
    </message>
    <message>
        <source>Exported the catalogue to %1</source>
        <translation>تم تصدير الكتالوج إلى %1</translation>
    </message>
    <message>
        <source>Search SKU, name or barcode</source>
        <translation>البحث بـ SKU أو الاسم أو الرمز الشريطي</translation>
    </message>
    <message>
        <source>All origins</source>
        <translation>كل بلدان المنشأ</translation>
    </message>
    <message>
        <source>Active and inactive</source>
        <translation>النشطة وغير النشطة</translation>
    </message>
    <message>
        <source>Active only</source>
        <translation>النشطة فقط</translation>
    </message>
    <message>
        <source>Inactive only</source>
        <translation>غير النشطة فقط</translation>
    </message>
    <message>
        <source>&amp;Add product</source>
        <translation>&amp;إضافة منتج</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>تكرا&amp;ر</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>حذ&amp;ف</translation>
    </message>
    <message>
        <source>&amp;Landed cost…</source>
        <translation>&amp;التكلفة الواصلة…</translation>
    </message>
    <message>
        <source>&amp;Barcode labels…</source>
        <translation>ملصقات الرمو&amp;ز الشريطية…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>استيرا&amp;د…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>تصدير &amp;المنتجات…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln product(s)</source>
        <translation>
            <numerusform>لا منتجات</numerusform>
            <numerusform>منتج واحد</numerusform>
            <numerusform>منتجان</numerusform>
            <numerusform>%Ln منتجات</numerusform>
            <numerusform>%Ln منتجًا</numerusform>
            <numerusform>%Ln منتج</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %Ln product(s)</source>
        <translation>
            <numerusform>تكرار %Ln منتج</numerusform>
            <numerusform>تكرار منتج واحد</numerusform>
            <numerusform>تكرار منتجين</numerusform>
            <numerusform>تكرار %Ln منتجات</numerusform>
            <numerusform>تكرار %Ln منتجًا</numerusform>
            <numerusform>تكرار %Ln منتج</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %Ln product(s). Undo brings them back.</source>
        <translation>
            <numerusform>لم يُحذف أي منتج.</numerusform>
            <numerusform>تم حذف منتج واحد. يمكنك استعادته بالتراجع.</numerusform>
            <numerusform>تم حذف منتجين. يمكنك استعادتهما بالتراجع.</numerusform>
            <numerusform>تم حذف %Ln منتجات. يمكنك استعادتها بالتراجع.</numerusform>
            <numerusform>تم حذف %Ln منتجًا. يمكنك استعادتها بالتراجع.</numerusform>
            <numerusform>تم حذف %Ln منتج. يمكنك استعادتها بالتراجع.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChannelFeesDialog</name>
    <message>
        <source>A fee is a percentage from 0 to 100 with a dot for decimals, like 2.9. Check: %1</source>
        <translation>الرسوم نسبة مئوية من 0 إلى 100، مع نقطة للكسور العشرية، مثل 2.9. تحقق من: %1</translation>
    </message>
    <message>
        <source>Cancelled: the fees were left as they were.</source>
        <translation>تم الإلغاء: بقيت الرسوم كما كانت.</translation>
    </message>
    <message>
        <source>The fees could not be saved: %1</source>
        <translation>تعذّر حفظ الرسوم: %1</translation>
    </message>
    <message>
        <source>Channel fees</source>
        <translation>رسوم القناة</translation>
    </message>
    <message>
        <source>The share of revenue each sales channel keeps as its fee, in percent. Margins in the reports subtract it. Saving counts every order again.</source>
        <translation>حصة الإيرادات التي تحتفظ بها كل قناة بيع كرسوم لها، بالنسبة المئوية. تطرحها التقارير من هامش الربح. يؤدي الحفظ إلى إعادة احتساب كل الطلبات.</translation>
    </message>
    <message>
        <source>No channel has orders yet.</source>
        <translation>لا توجد طلبات في أي قناة بيع بعد.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
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
        <translation>الاستخدام: borderdesk-cli [--db PATH] COMMAND [OPTIONS]

الأوامر:
  init [--demo] [--base-currency CUR] [--home-country CC]
                         إنشاء قاعدة البيانات أو فتحها؛ يضيف --demo متجرًا تجريبيًا
  products import FILE [--dry-run] [--currency CUR]
                         استيراد ملف CSV للمنتجات من Shopify أو Borderdesk (كله أو لا شيء)
  products export FILE   كتابة الكتالوج كملف CSV للمنتجات بصيغة Borderdesk
  products list [--json] [--search TEXT] [--category NAME]
  rates import FILE      استيراد ملف أسعار الصرف المرجعية من ECB (XML يومي/تاريخي أو CSV)
  rates convert AMOUNT FROM TO [--date YYYY-MM-DD] [--json]
                         التحويل بأحدث أسعار الصرف في التاريخ المحدد أو قبله (الافتراضي اليوم)
  rates list [--currency CUR] [--json]
                         أحدث سعر صرف لكل عملة، أو السجل التاريخي لعملة واحدة
  rates set CUR RATE [--date YYYY-MM-DD]
                         إدخال سعر صرف يدويًا: RATE وحدة من CUR مقابل 1 EUR
  markets list [--json]  الأسواق وضرائبها ورسومها الجمركية وحدود الإعفاء فيها
  markets show CODE [--json]
  markets restrict CODE --hs PREFIX|--category NAME --level prohibited|restricted|licence [--note TEXT]
  markets clone CODE NEWCODE [--name NAME]
                         نسخ كامل إعدادات سوق إلى سوق جديد
  price SKU --market CODE [--incoterm DAP|DDP] [--date YYYY-MM-DD] [--json]
                         السعر في سوق ما مع التكلفة الواصلة وهامش الربح
  price apply --market CODE [--dry-run] [--date YYYY-MM-DD]
                         إعادة تسعير قائمة الأسعار لسوق ما (مع حفظ كل تغيير في السجل)
  price export --market CODE FILE [--shopify] [--date YYYY-MM-DD]
                         أسعار سوق ما كملف CSV، أو XLSX إذا انتهى FILE بـ .xlsx
  price fix SKU --market CODE AMOUNT|--clear
                         تثبيت سعر منتج في سوق ما، أو إعادته إلى قاعدة التسعير في السوق
  orders import FILE [--format auto|shopify|amazon|ebay|csv] [--dry-run]
                         استيراد تقرير طلبات من Shopify أو Amazon أو eBay أو ملف CSV لطلبات Borderdesk
  orders export FILE [--status S] [--country CC] [--market CODE] [--from DATE] [--to DATE]
  orders list [--status S[,S…]] [--country CC] [--market CODE] [--search TEXT] [--min-risk N]
              [--from DATE] [--to DATE] [--limit N] [--json]
  orders show NUMBER [--json]
  orders check NUMBER [--json]
                         إعادة الفحص: البضائع المقيدة، والجاهزية للشحن، ودرجة الاحتيال وأسبابها
  orders set-status NUMBER STATUS [--note TEXT]
                         القيم: new, on_hold, ready_to_ship, picked, packed, shipped, delivered, cancelled, returned
  orders edit NUMBER [--phone P] [--tax-id ID] [--language LANG] [--postal-code Z] [--address1 TEXT]
              [--address2 TEXT] [--city TEXT] [--province TEXT]
                         تصحيح بيانات المستلم (يُتحقق من الهاتف ويُخزَّن بصيغة E.164) ثم إعادة الفحص
  orders fraud-rules [--set RULE=WEIGHT]… [--threshold N] [--categories &quot;A,B,…&quot;] [--json]
                         أوزان قواعد الاحتيال وحد التعليق
  orders forwarders [--add NAME --fragment TEXT [--postal-code Z] [--country CC]] [--json]
                         عناوين وكلاء الشحن التي يعرفها فحص الاحتيال
  orders message NUMBER [--template confirmation|shipped|delayed|customs_info] [--lang LANG]
              [--tracking N] [--tracking-url URL] [--carrier NAME] [--reason TEXT] [--mailto]
                         رسالة إلى العميل بلغته، أو كرابط mailto:
  ship quote (ORDER | --to CC --weight G [--dims LxWxH]) [--json]
                         سعر كل خدمة مع شرح الوزن المحتسب، مع تمييز الخدمة الافتراضية
  ship create ORDER [--service CODE] [--tracking N]… [--weight G [--dims LxWxH]]
                         حجز شحنة (يُرفض إذا كان الطلب ممنوعًا من الشحن)
  ship list ORDER [--json]    شحنات الطلب وطروده وروابط التتبع
  ship track ORDER NUMBER [--package N]
                         رقم التتبع لدى شركة الشحن لطرد ما، مع التحقق منه وفق نظام الترقيم الخاص بها
  ship packed ORDER | ship shipped ORDER
  ship services [--json]      خدمات شركات الشحن وجداول أسعار الشحن الخاصة بها
  ship rates import|export FILE [--dry-run]
                         جداول أسعار الشحن كملف CSV (كلها أو لا شيء)
  ship sender [--name N] [--company C] [--line1 …] [--city …] [--postal-code Z] [--phone P]
              [--email E] [--vat-number V] [--eori E] [--ioss I] [--signatory S]
                         عنوان الشحن منه والأرقام الضريبية للمتجر على الملصقات والنماذج الجمركية
  ship rule [--max-days N]    الخدمة الافتراضية: الأرخص التي تصل خلال N يوم (0 = الأرخص)
  ship numbers SERVICE PREFIX FROM TO COUNTRY
                         أرقام التتبع S10 التي خصصها البريد (مثل EE 20261000 20269999 TH)
  labels ORDER… --format pdf|zpl --out FILE [--dpi 203|300]
                         ملصقات الشحن بمقاس 4×6 بوصة (ملصق لكل طرد)
  customs ORDER --out FILE [--document customs|invoice|packing-slip]
                         نموذج CN22/CN23 (بريدي) أو فاتورة تجارية (بريد سريع) بصيغة PDF
  barcodes SKU… --out FILE [--copies N] [--roll]
                         ملصقات الرموز الشريطية للمنتجات (EAN-13 أو Code 128) على أوراق A4 أو لفافة حرارية
  tracking validate NUMBER [--carrier C] [--json]
                         شركة الشحن ورقم التحقق ورابط التتبع لرقم التتبع
  report sales [--by region|subregion|country|month|market|channel] [--from YYYY-MM-DD]
              [--to YYYY-MM-DD] [--currency CUR] [--market M] [--country CC] [--compare] [--json]
              [--out FILE.csv|FILE.xlsx]
                         الطلبات، والإيرادات بعد خصم المرتجعات، وهامش الربح لكل مجموعة؛ يضيف --compare
                         الفترة السابقة
  report products|carriers [--from] [--to] [--currency] [--market] [--country] [--limit N] [--json]
                         الأكثر مبيعًا؛ إنفاق شركات الشحن ومتوسط التكلفة لكل شحنة حسب الوجهة
  report fees [CHANNEL PERCENT]   رسوم القناة التي تُطرح من هامش الربح
  report timezone [ZONE]  المنطقة الزمنية للمتجر لأيام التقارير (مثل Asia/Bangkok)
  report rebuild          إعادة احتساب كل الطلبات

بدون --db تكون قاعدة البيانات %1
رموز الخروج: 0 تم، 1 إدخال غير صالح أو مرفوض، 2 خطأ في الاستخدام.</translation>
    </message>
    <message>
        <source>borderdesk-cli: %1</source>
        <translation>borderdesk-cli: %1</translation>
    </message>
    <message>
        <source>--db needs a file path</source>
        <translation>يتطلب --db مسار ملف</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>خيار غير معروف %1</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>لم يُحدَّد أي أمر</translation>
    </message>
    <message>
        <source>products needs import, export or list</source>
        <translation>يتطلب products أحد الأوامر: import أو export أو list</translation>
    </message>
    <message>
        <source>rates needs import, convert, list or set</source>
        <translation>يتطلب rates أحد الأوامر: import أو convert أو list أو set</translation>
    </message>
    <message>
        <source>markets needs list, show, restrict or clone</source>
        <translation>يتطلب markets أحد الأوامر: list أو show أو restrict أو clone</translation>
    </message>
    <message>
        <source>orders needs import, export, list, show, check, set-status, edit, fraud-rules, forwarders or message</source>
        <translation>يتطلب orders أحد الأوامر: import أو export أو list أو show أو check أو set-status أو edit أو fraud-rules أو forwarders أو message</translation>
    </message>
    <message>
        <source>ship needs quote, create, list, track, packed, shipped, services, rates, sender, rule or numbers</source>
        <translation>يتطلب ship أحد الأوامر: quote أو create أو list أو track أو packed أو shipped أو services أو rates أو sender أو rule أو numbers</translation>
    </message>
    <message>
        <source>tracking needs validate</source>
        <translation>يتطلب tracking الأمر validate</translation>
    </message>
    <message>
        <source>report needs sales, products, carriers, fees, timezone or rebuild</source>
        <translation>يتطلب report أحد الأوامر: sales أو products أو carriers أو fees أو timezone أو rebuild</translation>
    </message>
    <message>
        <source>unknown command %1</source>
        <translation>أمر غير معروف %1</translation>
    </message>
    <message>
        <source>  backup FILE            a consistent copy of the database, synced and checked
  restore FILE           replace the database by a checked backup (the old one is kept)
  check                  run quick_check on the database
</source>
        <translation>  backup FILE            نسخة متسقة من قاعدة البيانات، تتم مزامنتها وفحصها
  restore FILE           استبدال قاعدة البيانات بنسخة احتياطية مفحوصة (مع الاحتفاظ بالقديمة)
  check                  تشغيل quick_check على قاعدة البيانات
</translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>error: </source>
        <translation>خطأ: </translation>
    </message>
    <message>
        <source>warning: </source>
        <translation>تحذير: </translation>
    </message>
    <message>
        <source>Nothing was changed. Restore a backup with: borderdesk-cli --db %1 restore FILE</source>
        <translation>لم يتم تغيير أي شيء. لاستعادة نسخة احتياطية استخدم: borderdesk-cli --db %1 restore FILE</translation>
    </message>
</context>
<context>
    <name>CommercialInvoice</name>
    <message>
        <source>Commercial invoice %1</source>
        <translation>فاتورة تجارية %1</translation>
    </message>
</context>
<context>
    <name>Connection</name>
    <message>
        <source>%1: no such database file</source>
        <translation>%1: لا يوجد ملف قاعدة بيانات بهذا الاسم</translation>
    </message>
    <message>
        <source>%1: cannot create the folder for the database</source>
        <translation>%1: لا يمكن إنشاء مجلد قاعدة البيانات</translation>
    </message>
    <message>
        <source>%1: cannot open the database: %2</source>
        <translation>%1: لا يمكن فتح قاعدة البيانات: %2</translation>
    </message>
    <message>
        <source>%1: this is not a database file (%2)</source>
        <translation>%1: هذا ليس ملف قاعدة بيانات (%2)</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Borderdesk (schema %2; this version knows up to %3). It has not been changed. Please update Borderdesk to open it.</source>
        <translation>تمت كتابة %1 بإصدار أحدث من Borderdesk (المخطط %2؛ يعرف هذا الإصدار المخططات حتى %3). لم يتم تغييره. يُرجى تحديث Borderdesk لفتحه.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database, but not a Borderdesk one. It has not been changed.</source>
        <translation>%1 قاعدة بيانات SQLite، لكنها ليست قاعدة بيانات Borderdesk. لم يتم تغييرها.</translation>
    </message>
    <message>
        <source>%1: cannot configure the database: %2</source>
        <translation>%1: لا يمكن تهيئة قاعدة البيانات: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 needs a schema update, but the backup copy before it failed, so nothing was changed: %2</source>
        <translation>يحتاج %1 إلى تحديث المخطط، لكن إنشاء النسخة الاحتياطية قبل التحديث فشل، لذا لم يتم تغيير أي شيء: %2</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>a quoted field that starts here is never closed (missing &quot;)</source>
        <translation>حقل بين علامتي اقتباس يبدأ هنا ولا يُغلق أبدًا (علامة &quot; مفقودة)</translation>
    </message>
    <message>
        <source>column %1: a field of more than %L2 characters starts here; this is not a spreadsheet export (or a quote &quot; is never closed)</source>
        <translation>العمود %1: يبدأ هنا حقل يزيد طوله على %L2 حرف؛ هذا ليس ملفًا مصدّرًا من جدول بيانات (أو أن علامة اقتباس &quot; لم تُغلق)</translation>
    </message>
</context>
<context>
    <name>CustomerMessageDialog</name>
    <message>
        <source>This message has no wording in %1 yet; it is shown in %2.</source>
        <translation>لا توجد صياغة لهذه الرسالة باللغة %1 بعد؛ وهي معروضة باللغة %2.</translation>
    </message>
    <message>
        <source>Still to fill in: %1</source>
        <translation>ما زال يلزم ملء: %1</translation>
    </message>
    <message>
        <source>Open in mail client</source>
        <translation>فتح في برنامج البريد</translation>
    </message>
    <message>
        <source>No mail client opened the message. Use Copy and paste the text into your mail instead.</source>
        <translation>لم يفتح أي برنامج بريد الرسالة. استخدم «نسخ» ثم الصق النص في رسالتك بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>Message to the customer of order %1</source>
        <translation>رسالة إلى عميل الطلب %1</translation>
    </message>
    <message>
        <source>Message:</source>
        <translation>الرسالة:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>اللغة:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>إلى:</translation>
    </message>
    <message>
        <source>Shop name:</source>
        <translation>اسم المتجر:</translation>
    </message>
    <message>
        <source>Carrier:</source>
        <translation>شركة الشحن:</translation>
    </message>
    <message>
        <source>Tracking number:</source>
        <translation>رقم التتبع:</translation>
    </message>
    <message>
        <source>Tracking link:</source>
        <translation>رابط التتبع:</translation>
    </message>
    <message>
        <source>Reason for the delay:</source>
        <translation>سبب التأخير:</translation>
    </message>
    <message>
        <source>Documents needed:</source>
        <translation>المستندات المطلوبة:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>الموضوع:</translation>
    </message>
    <message>
        <source>No email address for this customer</source>
        <translation>لا يوجد عنوان بريد إلكتروني لهذا العميل</translation>
    </message>
    <message>
        <source>In the customer&apos;s language</source>
        <translation>بلغة العميل</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>نص الرسالة</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>نسخ</translation>
    </message>
    <message>
        <source>Copies the subject and the text, to paste into any mail or chat</source>
        <translation>ينسخ الموضوع والنص للصقهما في أي بريد أو محادثة</translation>
    </message>
    <message>
        <source>This customer has no email address</source>
        <translation>ليس لدى هذا العميل عنوان بريد إلكتروني</translation>
    </message>
</context>
<context>
    <name>CustomsForm</name>
    <message>
        <source>CN22 customs declaration %1</source>
        <translation>بيان جمركي CN22 %1</translation>
    </message>
    <message>
        <source>CN23 customs declaration %1</source>
        <translation>بيان جمركي CN23 %1</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>Overview</source>
        <translation>نظرة عامة</translation>
    </message>
    <message>
        <source>Counting the latest orders…</source>
        <translation>جارٍ عدّ أحدث الطلبات…</translation>
    </message>
    <message>
        <source>Open reports…</source>
        <translation>فتح التقارير…</translation>
    </message>
    <message>
        <source>Waiting to ship</source>
        <translation>بانتظار الشحن</translation>
    </message>
    <message>
        <source>New, ready to ship, picked and packed orders. Click to see them.</source>
        <translation>الطلبات الجديدة والجاهزة للشحن والمُنتقاة والمُعبأة. انقر لعرضها.</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>معلّق</translation>
    </message>
    <message>
        <source>Orders held by the checks. Click to see them.</source>
        <translation>الطلبات التي علّقتها الفحوصات. انقر لعرضها.</translation>
    </message>
    <message>
        <source>Revenue today</source>
        <translation>إيرادات اليوم</translation>
    </message>
    <message>
        <source>Revenue this month</source>
        <translation>إيرادات هذا الشهر</translation>
    </message>
    <message>
        <source>The figures could not be read: %1</source>
        <translation>تعذّرت قراءة الأرقام: %1</translation>
    </message>
    <message>
        <source>Sales by region, last 12 months</source>
        <translation>المبيعات حسب المنطقة، آخر ١٢ شهرًا</translation>
    </message>
    <message>
        <source>Reading the figures…</source>
        <translation>جارٍ قراءة الأرقام…</translation>
    </message>
    <message>
        <source>New, ready to ship, picked or packed</source>
        <translation>جديد، أو جاهز للشحن، أو مُنتقى، أو مُعبأ</translation>
    </message>
    <message>
        <source>Fraud check: %1
Restricted goods: %2
Missing data: %3</source>
        <translation>فحص الاحتيال: %1
بضائع مقيدة: %2
بيانات ناقصة: %3</translation>
    </message>
    <message>
        <source>Held by hand: %1</source>
        <translation>معلّقة يدويًا: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s)</source>
        <translation>
            <numerusform>لا طلبات</numerusform>
            <numerusform>طلب واحد</numerusform>
            <numerusform>طلبان</numerusform>
            <numerusform>%Ln طلبات</numerusform>
            <numerusform>%Ln طلبًا</numerusform>
            <numerusform>%Ln طلب</numerusform>
        </translation>
    </message>
    <message>
        <source>No sales in the last 12 months yet.</source>
        <translation>لا توجد مبيعات في آخر ١٢ شهرًا بعد.</translation>
    </message>
</context>
<context>
    <name>DatabaseBackup</name>
    <message>
        <source>%1 already exists; choose a new file name for the copy</source>
        <translation>%1 موجود بالفعل؛ اختر اسم ملف جديدًا للنسخة</translation>
    </message>
    <message>
        <source>cannot write %1: the disk is full. Nothing was written and the database is unchanged.</source>
        <translation>لا يمكن كتابة %1: القرص ممتلئ. لم تتم كتابة أي شيء ولم تتغير قاعدة البيانات.</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>لا يمكن كتابة %1: %2</translation>
    </message>
    <message>
        <source>cannot write %1: the copy could not be saved to the disk</source>
        <translation>لا يمكن كتابة %1: تعذّر حفظ النسخة على القرص</translation>
    </message>
    <message>
        <source>the copy for %1 did not pass its check, so it was not kept: %2</source>
        <translation>لم تجتز نسخة %1 الفحص، لذا لم يتم الاحتفاظ بها: %2</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: لا يوجد ملف بهذا الاسم</translation>
    </message>
    <message>
        <source>%1 is not a database file</source>
        <translation>%1 ليس ملف قاعدة بيانات</translation>
    </message>
    <message>
        <source>%1 is damaged (quick_check: %2)</source>
        <translation>%1 تالف (quick_check: %2)</translation>
    </message>
    <message>
        <source>%1 is not a Borderdesk database</source>
        <translation>%1 ليس قاعدة بيانات Borderdesk</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Borderdesk (schema %2; this version knows up to %3)</source>
        <translation>تمت كتابة %1 بإصدار أحدث من Borderdesk (المخطط %2؛ يعرف هذا الإصدار المخططات حتى %3)</translation>
    </message>
    <message>
        <source>%1 is the database itself; choose a backup copy</source>
        <translation>%1 هو قاعدة البيانات نفسها؛ اختر نسخة احتياطية</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>لا يمكن قراءة %1: %2</translation>
    </message>
    <message>
        <source>%1 is in use by another program; close it there and try again</source>
        <translation>%1 قيد الاستخدام من برنامج آخر؛ أغلقه هناك ثم حاول مرة أخرى</translation>
    </message>
    <message>
        <source>cannot keep a safety copy of %1 at %2, so nothing was restored</source>
        <translation>لا يمكن الاحتفاظ بنسخة أمان من %1 في %2، لذا لم تتم استعادة أي شيء</translation>
    </message>
    <message>
        <source>cannot replace %1 (%2); it is unchanged</source>
        <translation>لا يمكن استبدال %1 (%2)؛ لم يتم تغييره</translation>
    </message>
</context>
<context>
    <name>DeleteProductsCommand</name>
    <message>
        <source>Delete %1</source>
        <translation>حذف %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln product(s)</source>
        <translation>
            <numerusform>حذف %Ln منتج</numerusform>
            <numerusform>حذف منتج واحد</numerusform>
            <numerusform>حذف منتجين</numerusform>
            <numerusform>حذف %Ln منتجات</numerusform>
            <numerusform>حذف %Ln منتجًا</numerusform>
            <numerusform>حذف %Ln منتج</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DemoShop</name>
    <message>
        <source>demo orders need the demo catalogue first</source>
        <translation>تتطلب الطلبات التجريبية وجود الكتالوج التجريبي أولًا</translation>
    </message>
    <message>
        <source>demo data</source>
        <translation>بيانات تجريبية</translation>
    </message>
    <message>
        <source>%1, made with care and shipped from Chiang Mai.</source>
        <translation>%1، مصنوع بعناية ويُشحن من تشيانغ ماي.</translation>
    </message>
    <message>
        <source>the demo exchange rates are missing from this build</source>
        <translation>أسعار الصرف التجريبية غير موجودة في هذا الإصدار</translation>
    </message>
</context>
<context>
    <name>DocumentNames</name>
    <message>
        <source>Shipping label</source>
        <translation>ملصق الشحن</translation>
    </message>
    <message>
        <source>Customs form</source>
        <translation>النموذج الجمركي</translation>
    </message>
    <message>
        <source>Commercial invoice</source>
        <translation>فاتورة تجارية</translation>
    </message>
    <message>
        <source>Packing slip</source>
        <translation>قائمة التعبئة</translation>
    </message>
    <message>
        <source>Product labels</source>
        <translation>ملصقات المنتجات</translation>
    </message>
    <message>
        <source>Gift</source>
        <translation>هدية</translation>
    </message>
    <message>
        <source>Commercial sample</source>
        <translation>عينة تجارية</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>مستندات</translation>
    </message>
    <message>
        <source>Returned goods</source>
        <translation>بضائع مُرتجعة</translation>
    </message>
    <message>
        <source>Sale of goods</source>
        <translation>بيع بضائع</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
</context>
<context>
    <name>DocumentPrinter</name>
    <message>
        <source>There is nothing to print.</source>
        <translation>لا يوجد ما يُطبع.</translation>
    </message>
    <message>
        <source>Print Preview – %1</source>
        <translation>معاينة الطباعة – %1</translation>
    </message>
    <message>
        <source>Print “%1”</source>
        <translation>طباعة “%1”</translation>
    </message>
</context>
<context>
    <name>DocumentsCommand</name>
    <message>
        <source>%1: no label: %2</source>
        <translation>%1: لا يوجد ملصق: %2</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>تحذير: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: shipment %2 booked with %3</source>
        <translation>%1: تم حجز الشحنة %2 لدى %3</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: لا يمكن الكتابة: %2</translation>
    </message>
    <message>
        <source>labels: --format is pdf or zpl, --dpi is 203 or 300</source>
        <translation>labels: قيمة --format هي pdf أو zpl، وقيمة --dpi هي 203 أو 300</translation>
    </message>
    <message numerus="yes">
        <source>%n label(s) written to %1</source>
        <translation>
            <numerusform>لم تُكتب أي ملصقات إلى %1</numerusform>
            <numerusform>تمت كتابة ملصق واحد إلى %1</numerusform>
            <numerusform>تمت كتابة ملصقين إلى %1</numerusform>
            <numerusform>تمت كتابة %n ملصقات إلى %1</numerusform>
            <numerusform>تمت كتابة %n ملصقًا إلى %1</numerusform>
            <numerusform>تمت كتابة %n ملصق إلى %1</numerusform>
        </translation>
    </message>
    <message>
        <source>customs: --document is customs, invoice or packing-slip</source>
        <translation>customs: قيمة --document هي customs أو invoice أو packing-slip</translation>
    </message>
    <message>
        <source>%1 stays in %2: no customs declaration is needed</source>
        <translation>يبقى %1 داخل %2: لا حاجة إلى بيان جمركي</translation>
    </message>
    <message>
        <source>%1 written to %2</source>
        <translation>تمت كتابة %1 إلى %2</translation>
    </message>
    <message>
        <source>barcodes: --copies is a number from 1 to 1000</source>
        <translation>barcodes: قيمة --copies عدد من 1 إلى 1000</translation>
    </message>
    <message>
        <source>there is no product with SKU %1</source>
        <translation>لا يوجد منتج بالرمز SKU %1</translation>
    </message>
    <message numerus="yes">
        <source>%n barcode label(s) written to %1</source>
        <translation>
            <numerusform>لم تُكتب أي ملصقات رموز شريطية إلى %1</numerusform>
            <numerusform>تمت كتابة ملصق رمز شريطي واحد إلى %1</numerusform>
            <numerusform>تمت كتابة ملصقَي رمز شريطي إلى %1</numerusform>
            <numerusform>تمت كتابة %n ملصقات رموز شريطية إلى %1</numerusform>
            <numerusform>تمت كتابة %n ملصقًا للرموز الشريطية إلى %1</numerusform>
            <numerusform>تمت كتابة %n ملصق رمز شريطي إلى %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EcbRates</name>
    <message>
        <source>this is not an ECB reference-rate file (XML with Cube elements, or CSV whose first column is Date)</source>
        <translation>هذا ليس ملف أسعار صرف مرجعية من ECB (ملف XML يحتوي على عناصر Cube، أو ملف CSV عموده الأول Date)</translation>
    </message>
    <message>
        <source>the file holds no rates</source>
        <translation>لا يحتوي الملف على أي أسعار صرف</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD)</source>
        <translation>&quot;%1&quot; ليس تاريخًا (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>a rate outside a dated Cube</source>
        <translation>سعر صرف خارج عنصر Cube مؤرَّخ</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a currency code</source>
        <translation>&quot;%1&quot; ليس رمز عملة</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a positive decimal rate</source>
        <translation>&quot;%1&quot; ليس سعرًا عشريًا موجبًا</translation>
    </message>
    <message>
        <source>the XML is broken: %1</source>
        <translation>ملف XML تالف: %1</translation>
    </message>
    <message>
        <source>ECB history XML</source>
        <translation>ملف XML تاريخي من ECB</translation>
    </message>
    <message>
        <source>ECB daily XML</source>
        <translation>ملف XML يومي من ECB</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date</source>
        <translation>&quot;%1&quot; ليس تاريخًا</translation>
    </message>
    <message>
        <source>ECB history CSV</source>
        <translation>ملف CSV تاريخي من ECB</translation>
    </message>
    <message>
        <source>ECB daily CSV</source>
        <translation>ملف CSV يومي من ECB</translation>
    </message>
</context>
<context>
    <name>EditProductCommand</name>
    <message>
        <source>Edit %1</source>
        <translation>تحرير %1</translation>
    </message>
</context>
<context>
    <name>ExchangeRateImporter</name>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation>%1: لا يمكن قراءة الملف: %2</translation>
    </message>
</context>
<context>
    <name>ExchangeRateRepository</name>
    <message>
        <source>cancelled; no rate was changed</source>
        <translation>تم الإلغاء؛ لم يتغير أي سعر صرف</translation>
    </message>
    <message>
        <source>cannot store the %1 rate of %2: %3</source>
        <translation>لا يمكن تخزين سعر صرف %1 بتاريخ %2: %3</translation>
    </message>
    <message>
        <source>no exchange rate for %1 and %2 on or before %3; import the ECB rates or enter one</source>
        <translation>لا يوجد سعر صرف بين %1 و%2 في %3 أو قبله؛ استورد أسعار ECB أو أدخل سعرًا</translation>
    </message>
    <message>
        <source>%1 cannot be converted to %2: the amount is too large</source>
        <translation>لا يمكن تحويل %1 إلى %2: المبلغ كبير جدًا</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to Borderdesk</source>
        <translation>مرحبًا بك في Borderdesk</translation>
    </message>
    <message>
        <source>Tell Borderdesk about your shop. You can change this later.</source>
        <translation>عرّف Borderdesk بمتجرك. يمكنك تغيير ذلك لاحقًا.</translation>
    </message>
    <message>
        <source>Base currency (your books and costs)</source>
        <translation>العملة الأساسية (لحساباتك وتكاليفك)</translation>
    </message>
    <message>
        <source>Home country (where you ship from)</source>
        <translation>بلد المتجر (الذي تشحن منه)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
</context>
<context>
    <name>FraudSettingsDialog</name>
    <message>
        <source>The fraud rules were not saved: %1</source>
        <translation>لم يتم حفظ قواعد فحص الاحتيال: %1</translation>
    </message>
    <message>
        <source>Fraud rules</source>
        <translation>قواعد فحص الاحتيال</translation>
    </message>
    <message>
        <source>Each signal that fires adds its points to an order&apos;s risk score (at most 100); 0 turns a rule off. New orders at or above the hold threshold go on hold. Changes apply to orders imported or checked again from now on.</source>
        <translation>كل مؤشر يتحقق يضيف نقاطه إلى درجة المخاطرة للطلب (100 كحد أقصى)؛ القيمة 0 توقف القاعدة. تُعلَّق الطلبات الجديدة التي تبلغ حد التعليق أو تتجاوزه. تسري التغييرات على الطلبات التي تُستورد أو يُعاد فحصها من الآن فصاعدًا.</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source> points</source>
        <translation> نقطة</translation>
    </message>
    <message>
        <source>&amp;Hold new orders at a risk of:</source>
        <translation>تعليق الطلبا&amp;ت الجديدة عند درجة مخاطرة:</translation>
    </message>
    <message>
        <source>High-risk &amp;categories:</source>
        <translation>&amp;الفئات عالية المخاطرة:</translation>
    </message>
    <message>
        <source>Product categories, separated by commas</source>
        <translation>فئات المنتجات، مفصولة بفواصل</translation>
    </message>
</context>
<context>
    <name>FraudSettingsRepository</name>
    <message>
        <source>&quot;%1&quot; is not a fraud rule</source>
        <translation>&quot;%1&quot; ليست قاعدة احتيال</translation>
    </message>
    <message>
        <source>a weight must be between 0 and 100</source>
        <translation>يجب أن يكون الوزن بين 0 و100</translation>
    </message>
    <message>
        <source>the hold threshold must be between 1 and 100</source>
        <translation>يجب أن يكون حد التعليق بين 1 و100</translation>
    </message>
    <message>
        <source>a forwarder&apos;s address fragment needs at least 3 characters</source>
        <translation>يتطلب جزء عنوان وكيل الشحن 3 أحرف على الأقل</translation>
    </message>
</context>
<context>
    <name>Gtin</name>
    <message>
        <source>barcode is empty</source>
        <translation>الرمز الشريطي فارغ</translation>
    </message>
    <message>
        <source>barcode &quot;%1&quot; must contain digits only</source>
        <translation>يجب أن يحتوي الرمز الشريطي &quot;%1&quot; على أرقام فقط</translation>
    </message>
    <message numerus="yes">
        <source>barcode &quot;%1&quot; has %n digit(s); a GTIN has 8, 12, 13 or 14</source>
        <translation>
            <numerusform>لا يحتوي الرمز الشريطي &quot;%1&quot; على أي رقم؛ يتكون GTIN من 8 أو 12 أو 13 أو 14 رقمًا</numerusform>
            <numerusform>يحتوي الرمز الشريطي &quot;%1&quot; على رقم واحد؛ يتكون GTIN من 8 أو 12 أو 13 أو 14 رقمًا</numerusform>
            <numerusform>يحتوي الرمز الشريطي &quot;%1&quot; على رقمين؛ يتكون GTIN من 8 أو 12 أو 13 أو 14 رقمًا</numerusform>
            <numerusform>يحتوي الرمز الشريطي &quot;%1&quot; على %n أرقام؛ يتكون GTIN من 8 أو 12 أو 13 أو 14 رقمًا</numerusform>
            <numerusform>يحتوي الرمز الشريطي &quot;%1&quot; على %n رقمًا؛ يتكون GTIN من 8 أو 12 أو 13 أو 14 رقمًا</numerusform>
            <numerusform>يحتوي الرمز الشريطي &quot;%1&quot; على %n رقم؛ يتكون GTIN من 8 أو 12 أو 13 أو 14 رقمًا</numerusform>
        </translation>
    </message>
    <message>
        <source>barcode &quot;%1&quot; has a wrong check digit: it should end in %2, not %3</source>
        <translation>رقم التحقق في الرمز الشريطي &quot;%1&quot; غير صحيح: يجب أن ينتهي بـ %2، وليس %3</translation>
    </message>
</context>
<context>
    <name>GuiApplication</name>
    <message>
        <source>Borderdesk: the back office for small sellers who sell abroad.</source>
        <translation>Borderdesk: النظام الإداري للبائعين الصغار الذين يبيعون إلى الخارج.</translation>
    </message>
    <message>
        <source>Open the database at PATH.</source>
        <translation>فتح قاعدة البيانات الموجودة في PATH.</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <source>Interface language for this run (%1).</source>
        <translation>لغة الواجهة لهذا التشغيل (%1).</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>LANG</translation>
    </message>
    <message>
        <source>Render the window to FILE (PNG) and exit.</source>
        <translation>حفظ صورة النافذة في FILE (PNG) ثم الخروج.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>The view to show first: dashboard, catalogue, orders, shipping, reports, rates, markets, prices, packstation, or dialog/NAME for one of the dialogs (%1).</source>
        <translation>العرض الذي يظهر أولًا: dashboard أو catalogue أو orders أو shipping أو reports أو rates أو markets أو prices أو packstation، أو dialog/NAME لأحد مربعات الحوار (%1).</translation>
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
        <translation>يجب أن يحتوي رمز HS &quot;%1&quot; على أرقام فقط</translation>
    </message>
    <message numerus="yes">
        <source>HS code &quot;%1&quot; has %n digit(s); it needs 6 to 10</source>
        <translation>
            <numerusform>لا يحتوي رمز HS &quot;%1&quot; على أي رقم؛ يلزم من 6 إلى 10 أرقام</numerusform>
            <numerusform>يحتوي رمز HS &quot;%1&quot; على رقم واحد؛ يلزم من 6 إلى 10 أرقام</numerusform>
            <numerusform>يحتوي رمز HS &quot;%1&quot; على رقمين؛ يلزم من 6 إلى 10 أرقام</numerusform>
            <numerusform>يحتوي رمز HS &quot;%1&quot; على %n أرقام؛ يلزم من 6 إلى 10 أرقام</numerusform>
            <numerusform>يحتوي رمز HS &quot;%1&quot; على %n رقمًا؛ يلزم من 6 إلى 10 أرقام</numerusform>
            <numerusform>يحتوي رمز HS &quot;%1&quot; على %n رقم؛ يلزم من 6 إلى 10 أرقام</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InitCommand</name>
    <message>
        <source>--base-currency needs a currency code, e.g. THB</source>
        <translation>يتطلب --base-currency رمز عملة، مثل THB</translation>
    </message>
    <message>
        <source>--home-country needs a country code, e.g. TH</source>
        <translation>يتطلب --home-country رمز بلد، مثل TH</translation>
    </message>
    <message>
        <source>init: unexpected argument %1</source>
        <translation>init: وسيط غير متوقع %1</translation>
    </message>
    <message>
        <source>--base-currency: &quot;%1&quot; is not an ISO 4217 currency code</source>
        <translation>--base-currency: &quot;%1&quot; ليس رمز عملة وفق ISO 4217</translation>
    </message>
    <message>
        <source>--home-country: &quot;%1&quot; is not an ISO 3166 country code</source>
        <translation>--home-country: &quot;%1&quot; ليس رمز بلد وفق ISO 3166</translation>
    </message>
    <message>
        <source>%1 already has products; demo data only goes into an empty catalogue</source>
        <translation>يحتوي %1 على منتجات بالفعل؛ لا تُضاف البيانات التجريبية إلا إلى كتالوج فارغ</translation>
    </message>
    <message numerus="yes">
        <source>Database %1 is ready (schema %2). Base currency %3, home country %4, %n product(s).</source>
        <translation>
            <numerusform>قاعدة البيانات %1 جاهزة (المخطط %2). العملة الأساسية %3، بلد المتجر %4، لا منتجات.</numerusform>
            <numerusform>قاعدة البيانات %1 جاهزة (المخطط %2). العملة الأساسية %3، بلد المتجر %4، منتج واحد.</numerusform>
            <numerusform>قاعدة البيانات %1 جاهزة (المخطط %2). العملة الأساسية %3، بلد المتجر %4، منتجان.</numerusform>
            <numerusform>قاعدة البيانات %1 جاهزة (المخطط %2). العملة الأساسية %3، بلد المتجر %4، %n منتجات.</numerusform>
            <numerusform>قاعدة البيانات %1 جاهزة (المخطط %2). العملة الأساسية %3، بلد المتجر %4، %n منتجًا.</numerusform>
            <numerusform>قاعدة البيانات %1 جاهزة (المخطط %2). العملة الأساسية %3، بلد المتجر %4، %n منتج.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LandedCostCalculator</name>
    <message>
        <source>flat shipping estimate for %1 (no rate card ships this product there)</source>
        <translation>تقدير ثابت للشحن في %1 (لا يوجد جدول أسعار شحن يغطي شحن هذا المنتج إلى هناك)</translation>
    </message>
    <message>
        <source>goods and shipping</source>
        <translation>البضائع والشحن</translation>
    </message>
    <message>
        <source>goods</source>
        <translation>البضائع</translation>
    </message>
    <message>
        <source>flat %1 per tariff item on a low-value parcel (goods %2 at or under %3)</source>
        <translation>مبلغ ثابت %1 لكل بند تعريفة على طرد منخفض القيمة (البضائع %2 عند %3 أو أقل)</translation>
    </message>
    <message>
        <source>none: the customs value %1 (%2) is at or under the duty threshold %3</source>
        <translation>لا شيء: القيمة الجمركية %1 (%2) عند حد الإعفاء الجمركي %3 أو أقل منه</translation>
    </message>
    <message>
        <source>the default rate (the product has no HS code)</source>
        <translation>النسبة الافتراضية (لا يوجد رمز HS للمنتج)</translation>
    </message>
    <message>
        <source>the rate for HS %1</source>
        <translation>النسبة الخاصة بـ HS %1</translation>
    </message>
    <message>
        <source>the default rate for HS %1</source>
        <translation>النسبة الافتراضية لـ HS %1</translation>
    </message>
    <message>
        <source>%1% (%2) on %3 %4, above the duty threshold %5</source>
        <translation>%1% (%2) على %3 %4، فوق حد الإعفاء الجمركي %5</translation>
    </message>
    <message>
        <source>%1% (%2) on %3 %4; this market has no duty threshold</source>
        <translation>%1% (%2) على %3 %4؛ لا يوجد حد إعفاء جمركي في هذا السوق</translation>
    </message>
    <message>
        <source>none: %1 charges no import VAT/GST</source>
        <translation>لا شيء: لا يفرض %1 ضريبة القيمة المضافة/GST على الواردات</translation>
    </message>
    <message>
        <source>%1% on %2 (customs value + duty), collected by the seller at checkout for goods up to %3</source>
        <translation>%1% على %2 (القيمة الجمركية + الرسوم الجمركية)، يحصّلها البائع عند الدفع للبضائع حتى %3</translation>
    </message>
    <message>
        <source>none: the customs value %1 is at or under the tax threshold %2</source>
        <translation>لا شيء: القيمة الجمركية %1 عند حد الإعفاء الضريبي %2 أو أقل منه</translation>
    </message>
    <message>
        <source>%1% on %2 (customs value + duty), charged at import</source>
        <translation>%1% على %2 (القيمة الجمركية + الرسوم الجمركية)، تُفرض عند الاستيراد</translation>
    </message>
    <message>
        <source>no clearance or handling fees set for %1</source>
        <translation>لم تُحدَّد رسوم تخليص أو مناولة لـ %1</translation>
    </message>
</context>
<context>
    <name>LandedCostDialog</name>
    <message>
        <source>Landed cost of %1</source>
        <translation>التكلفة الواصلة لـ %1</translation>
    </message>
    <message>
        <source>Market:</source>
        <translation>السوق:</translation>
    </message>
    <message>
        <source>Market&apos;s Incoterm</source>
        <translation>شرط التسليم (Incoterm) للسوق</translation>
    </message>
    <message>
        <source>DAP – buyer pays duty and tax</source>
        <translation>DAP – يدفع المشتري الرسوم الجمركية والضريبة</translation>
    </message>
    <message>
        <source>DDP – seller pays duty and tax</source>
        <translation>DDP – يدفع البائع الرسوم الجمركية والضريبة</translation>
    </message>
</context>
<context>
    <name>LandedCostPanel</name>
    <message>
        <source>Goods</source>
        <translation>البضائع</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>الشحن</translation>
    </message>
    <message>
        <source>Duty</source>
        <translation>الرسوم الجمركية</translation>
    </message>
    <message>
        <source>VAT/GST</source>
        <translation>ضريبة القيمة المضافة/GST</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>الرسوم</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>البند</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Select a price to see its landed cost.</source>
        <translation>اختر سعرًا لعرض تكلفته الواصلة.</translation>
    </message>
    <message>
        <source>%1 into %2 (%3), rates of %4</source>
        <translation>المنتج %1 إلى %2 (%3)، أسعار الصرف بتاريخ %4</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>الإجمالي</translation>
    </message>
    <message>
        <source>the lines above, added up</source>
        <translation>مجموع البنود أعلاه</translation>
    </message>
    <message>
        <source>The seller pays %1 (shipping%2). Margin after cost: %3.</source>
        <translation>يدفع البائع %1 (الشحن%2). هامش الربح بعد التكلفة: %3.</translation>
    </message>
    <message>
        <source>, duty and tax under DDP</source>
        <translation>، والرسوم الجمركية والضريبة وفق DDP</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>About Borderdesk</source>
        <translation>حول Borderdesk</translation>
    </message>
    <message>
        <source>Borderdesk %1
The back office for small sellers who sell abroad.</source>
        <translation>Borderdesk %1
النظام الإداري للبائعين الصغار الذين يبيعون إلى الخارج.</translation>
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
        <translation>الكتالوج</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>الطلبات</translation>
    </message>
    <message>
        <source>Exchange rates</source>
        <translation>أسعار الصرف</translation>
    </message>
    <message>
        <source>Markets</source>
        <translation>الأسواق</translation>
    </message>
    <message>
        <source>Price lists</source>
        <translation>قوائم الأسعار</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>الشحن</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>لوحة المعلومات</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>التقارير</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>قاعدة بيانات جديد&amp;ة…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>فتح قاعدة بيانا&amp;ت…</translation>
    </message>
    <message>
        <source>&amp;Backup copy…</source>
        <translation>نسخة &amp;احتياطية…</translation>
    </message>
    <message>
        <source>&amp;Import products…</source>
        <translation>استيرا&amp;د المنتجات…</translation>
    </message>
    <message>
        <source>&amp;Export products…</source>
        <translation>تصدير &amp;المنتجات…</translation>
    </message>
    <message>
        <source>Import &amp;orders…</source>
        <translation>استيراد الطلبا&amp;ت…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;إنهاء</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;اللغة</translation>
    </message>
    <message>
        <source>&amp;Shipping</source>
        <translation>&amp;الشحن</translation>
    </message>
    <message>
        <source>&amp;Pack station</source>
        <translation>محطة &amp;التعبئة</translation>
    </message>
    <message>
        <source>P&amp;rinters and paper…</source>
        <translation>الطابعات &amp;والورق…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>تعليما&amp;ت</translation>
    </message>
    <message>
        <source>&amp;About Borderdesk</source>
        <translation>حو&amp;ل Borderdesk</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>لا توجد قاعدة بيانات مفتوحة</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>قاعدة بيانات جديدة</translation>
    </message>
    <message>
        <source>my-shop.sqlite</source>
        <translation>my-shop.sqlite</translation>
    </message>
    <message>
        <source>Borderdesk databases (*.sqlite *.db)</source>
        <translation>قواعد بيانات Borderdesk (*.sqlite *.db)</translation>
    </message>
    <message>
        <source>%1 already exists. Use Open to work with it, or choose a new name.</source>
        <translation>%1 موجود بالفعل. استخدم «فتح» للعمل عليه، أو اختر اسمًا جديدًا.</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>فتح قاعدة بيانات</translation>
    </message>
    <message>
        <source>Borderdesk databases (*.sqlite *.db);;All files (*)</source>
        <translation>قواعد بيانات Borderdesk (*.sqlite *.db);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Backup copy</source>
        <translation>نسخة احتياطية</translation>
    </message>
    <message>
        <source>Backup copy written to %1 and checked.</source>
        <translation>تمت كتابة النسخة الاحتياطية إلى %1 وفحصها.</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %Ln product(s)</source>
        <translation>
            <numerusform>%1 · لا منتجات</numerusform>
            <numerusform>%1 · منتج واحد</numerusform>
            <numerusform>%1 · منتجان</numerusform>
            <numerusform>%1 · %Ln منتجات</numerusform>
            <numerusform>%1 · %Ln منتجًا</numerusform>
            <numerusform>%1 · %Ln منتج</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>ا&amp;ستعادة من نسخة احتياطية…</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>استعادة من نسخة احتياطية</translation>
    </message>
    <message>
        <source>Nothing was restored: %1</source>
        <translation>لم تتم استعادة أي شيء: %1</translation>
    </message>
    <message>
        <source>Replace everything in %1 by the backup %2?

What is in the database now is kept as a copy beside it.</source>
        <translation>هل تريد استبدال كل ما في %1 بالنسخة الاحتياطية %2؟

سيتم الاحتفاظ بما في قاعدة البيانات الآن كنسخة بجوارها.</translation>
    </message>
    <message>
        <source>Restored from %1; the database it replaced is kept at %2.</source>
        <translation>تمت الاستعادة من %1؛ قاعدة البيانات التي تم استبدالها محفوظة في %2.</translation>
    </message>
</context>
<context>
    <name>MarketEditor</name>
    <message>
        <source>Prohibited</source>
        <translation>محظور</translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation>مقيد</translation>
    </message>
    <message>
        <source>Licence needed</source>
        <translation>يلزم ترخيص</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>type a language tag such as en, ja or pt-BR</source>
        <translation>اكتب رمز لغة مثل en أو ja أو pt-BR</translation>
    </message>
    <message>
        <source>type a number, e.g. 7.5</source>
        <translation>اكتب رقمًا، مثل 7.5</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number (use a point for decimals, e.g. 7.5)</source>
        <translation>&quot;%1&quot; ليس رقمًا (استخدم نقطة للكسور العشرية، مثل 7.5)</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>يجب ألا يكون سالبًا</translation>
    </message>
    <message>
        <source>Duty rate for HS %1: &quot;%2&quot; is not a percentage</source>
        <translation>نسبة الرسوم الجمركية لـ HS %1: &quot;%2&quot; ليست نسبة مئوية</translation>
    </message>
    <message>
        <source>Duty rates: HS %1 is listed twice</source>
        <translation>نسب الرسوم الجمركية: HS %1 مُدرج مرتين</translation>
    </message>
    <message>
        <source>Restricted goods, row %1: the HS prefix must be digits</source>
        <translation>البضائع المقيدة، الصف %1: يجب أن تتكون بادئة HS من أرقام</translation>
    </message>
    <message>
        <source>Duty threshold</source>
        <translation>حد الإعفاء الجمركي</translation>
    </message>
    <message>
        <source>Tax threshold</source>
        <translation>حد الإعفاء الضريبي</translation>
    </message>
    <message>
        <source>Flat duty per item</source>
        <translation>رسوم جمركية ثابتة لكل بند</translation>
    </message>
    <message>
        <source>Shipping estimate</source>
        <translation>تقدير الشحن</translation>
    </message>
    <message>
        <source>Format: step:up|nearest|down:ending, e.g. 1:up:0.01, or a ladder such as 0=1:up:0.01;100=10:up:0.05</source>
        <translation>الصيغة: step:up|nearest|down:ending، مثل 1:up:0.01، أو سُلّم مثل 0=1:up:0.01;100=10:up:0.05</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>السوق</translation>
    </message>
    <message>
        <source>Taxes and duties</source>
        <translation>الضرائب والرسوم الجمركية</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>الأسعار</translation>
    </message>
    <message>
        <source>Restricted goods</source>
        <translation>البضائع المقيدة</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>البلدان</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>العملة</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Figures as of</source>
        <translation>الأرقام بتاريخ</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>VAT/GST (%)</source>
        <translation>ضريبة القيمة المضافة/GST (%)</translation>
    </message>
    <message>
        <source>Default duty (%)</source>
        <translation>الرسوم الجمركية الافتراضية (%)</translation>
    </message>
    <message>
        <source>Duty by HS prefix</source>
        <translation>الرسوم الجمركية حسب بادئة HS</translation>
    </message>
    <message>
        <source>Duty and tax on</source>
        <translation>الرسوم والضريبة على</translation>
    </message>
    <message>
        <source>Default Incoterm</source>
        <translation>شرط التسليم الافتراضي</translation>
    </message>
    <message>
        <source>Recipient tax ID</source>
        <translation>الرقم الضريبي للمستلم</translation>
    </message>
    <message>
        <source>Price basis</source>
        <translation>أساس السعر</translation>
    </message>
    <message>
        <source>Markup (%)</source>
        <translation>نسبة الزيادة (%)</translation>
    </message>
    <message>
        <source>Price rounding</source>
        <translation>تقريب السعر</translation>
    </message>
    <message>
        <source>Reprice threshold (%)</source>
        <translation>حد إعادة التسعير (%)</translation>
    </message>
    <message>
        <source>ISO codes, e.g. JP or AT, BE, DE</source>
        <translation>رموز ISO، مثل JP أو AT, BE, DE</translation>
    </message>
    <message>
        <source>Add a country…</source>
        <translation>إضافة بلد…</translation>
    </message>
    <message>
        <source>A saved market keeps its code: price lists refer to it. Clone it to get a new code.</source>
        <translation>يحتفظ السوق المحفوظ برمزه لأن قوائم الأسعار تشير إليه. انسخه للحصول على رمز جديد.</translation>
    </message>
    <message>
        <source>The seller collects VAT/GST (IOSS, UK VAT, AU GST, NO VOEC…)</source>
        <translation>يحصّل البائع الضريبة (IOSS، UK VAT، AU GST، NO VOEC…)</translation>
    </message>
    <message>
        <source>Goods</source>
        <translation>البضائع</translation>
    </message>
    <message>
        <source>Goods + shipping</source>
        <translation>البضائع + الشحن</translation>
    </message>
    <message>
        <source>DAP: the buyer pays duty and tax on delivery.
DDP: the seller pays them; prices include them.</source>
        <translation>DAP: يدفع المشتري الرسوم الجمركية والضريبة عند التسليم.
DDP: يدفعها البائع، والأسعار تشملها.</translation>
    </message>
    <message>
        <source>Base price</source>
        <translation>السعر الأساسي</translation>
    </message>
    <message>
        <source>Cost + markup</source>
        <translation>التكلفة + نسبة الزيادة</translation>
    </message>
    <message>
        <source>e.g. CPF/CNPJ or PCCC</source>
        <translation>مثل CPF/CNPJ أو PCCC</translation>
    </message>
    <message>
        <source>Suggest new prices when exchange rates move a price by more than this.</source>
        <translation>اقتراح أسعار جديدة عندما تغيّر أسعار الصرف سعرًا ما بأكثر من هذه النسبة.</translation>
    </message>
    <message>
        <source>No duty at or under this value.</source>
        <translation>لا رسوم جمركية عند هذه القيمة أو أقل.</translation>
    </message>
    <message>
        <source>No import VAT/GST at or under this value, unless the seller collects it.</source>
        <translation>لا ضريبة قيمة مضافة/GST على الواردات عند هذه القيمة أو أقل، ما لم يحصّلها البائع.</translation>
    </message>
    <message>
        <source>HS prefix</source>
        <translation>بادئة HS</translation>
    </message>
    <message>
        <source>Duty (%)</source>
        <translation>الرسوم الجمركية (%)</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>المستوى</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>إضافة صف</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>إزالة صف</translation>
    </message>
</context>
<context>
    <name>MarketListModel</name>
    <message>
        <source>%1 %</source>
        <comment>a percentage, e.g. 20 %</comment>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation>الافتراضي: %1</translation>
    </message>
    <message>
        <source>HS %1…: %2</source>
        <translation>HS %1…: %2</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>العملة</translation>
    </message>
    <message>
        <source>VAT/GST</source>
        <translation>الضريبة</translation>
    </message>
    <message>
        <source>Duty</source>
        <translation>الرسوم الجمركية</translation>
    </message>
    <message>
        <source>Incoterm</source>
        <translation>شرط التسليم</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>بتاريخ</translation>
    </message>
</context>
<context>
    <name>MarketPresets</name>
    <message>
        <source>the market presets are missing from this build</source>
        <translation>الإعدادات المسبقة للأسواق غير موجودة في هذا الإصدار</translation>
    </message>
    <message>
        <source>market presets: %1</source>
        <translation>الإعدادات المسبقة للأسواق: %1</translation>
    </message>
</context>
<context>
    <name>MarketRepository</name>
    <message>
        <source>market %1: %2</source>
        <translation>السوق %1: %2</translation>
    </message>
    <message>
        <source>cannot save market %1: %2</source>
        <translation>لا يمكن حفظ السوق %1: %2</translation>
    </message>
    <message>
        <source>market %1, country %2: %3</source>
        <translation>السوق %1، البلد %2: %3</translation>
    </message>
    <message>
        <source>market %1, duty rate %2: %3</source>
        <translation>السوق %1، نسبة الرسوم الجمركية %2: %3</translation>
    </message>
    <message>
        <source>there is no market %1</source>
        <translation>لا يوجد سوق بالرمز %1</translation>
    </message>
    <message>
        <source>market %1 already exists</source>
        <translation>السوق %1 موجود بالفعل</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (نسخة)</translation>
    </message>
    <message>
        <source>market %1: cannot add the restriction: %2</source>
        <translation>السوق %1: لا يمكن إضافة القيد: %2</translation>
    </message>
</context>
<context>
    <name>MarketValidator</name>
    <message>
        <source>market %1: %2</source>
        <translation>السوق %1: %2</translation>
    </message>
    <message>
        <source>percentages must be decimal numbers</source>
        <translation>يجب أن تكون النسب المئوية أرقامًا عشرية</translation>
    </message>
    <message>
        <source>a duty rate must be a decimal number</source>
        <translation>يجب أن تكون نسبة الرسوم الجمركية رقمًا عشريًا</translation>
    </message>
    <message>
        <source>thresholds and amounts must be plain amounts in %1</source>
        <translation>يجب أن تكون الحدود والمبالغ مبالغ بسيطة بعملة %1</translation>
    </message>
    <message>
        <source>a restriction level must be prohibited, restricted or licence</source>
        <translation>يجب أن يكون مستوى القيد prohibited أو restricted أو licence</translation>
    </message>
    <message>
        <source>the code needs 1 to 10 characters</source>
        <translation>يجب أن يتكون الرمز من 1 إلى 10 أحرف</translation>
    </message>
    <message>
        <source>the market needs a name</source>
        <translation>يجب أن يكون للسوق اسم</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a currency code</source>
        <translation>&quot;%1&quot; ليس رمز عملة</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a country code</source>
        <translation>&quot;%1&quot; ليس رمز بلد</translation>
    </message>
    <message>
        <source>the market needs at least one country</source>
        <translation>يجب أن يضم السوق بلدًا واحدًا على الأقل</translation>
    </message>
    <message>
        <source>percentages must not be negative</source>
        <translation>يجب ألا تكون النسب المئوية سالبة</translation>
    </message>
    <message>
        <source>duty rate for &quot;%1&quot;: the prefix must be 1 to 10 digits</source>
        <translation>نسبة الرسوم الجمركية لـ &quot;%1&quot;: يجب أن تتكون البادئة من 1 إلى 10 أرقام</translation>
    </message>
    <message>
        <source>a restriction names either an HS prefix or a category</source>
        <translation>يحدد القيد إما بادئة HS أو فئة</translation>
    </message>
    <message>
        <source>the market needs the date its figures were checked (as of)</source>
        <translation>يجب أن يتضمن السوق تاريخ التحقق من أرقامه (as of)</translation>
    </message>
</context>
<context>
    <name>MarketsCommand</name>
    <message>
        <source>markets: unknown subcommand %1</source>
        <translation>markets: أمر فرعي غير معروف %1</translation>
    </message>
    <message>
        <source>usage: markets list [--json]</source>
        <translation>الاستخدام: markets list [--json]</translation>
    </message>
    <message>
        <source>  VAT %1%  duty %2%  no duty up to %3  %4  as of %5</source>
        <translation>  ضريبة القيمة المضافة %1%  الرسوم الجمركية %2%  بلا رسوم جمركية حتى %3  %4  بتاريخ %5</translation>
    </message>
    <message>
        <source>usage: markets show CODE [--json]</source>
        <translation>الاستخدام: markets show CODE [--json]</translation>
    </message>
    <message>
        <source>there is no market %1</source>
        <translation>لا يوجد سوق بالرمز %1</translation>
    </message>
    <message>
        <source>Currency %1, language %2, %3, figures as of %4</source>
        <translation>العملة %1، اللغة %2، %3، الأرقام بتاريخ %4</translation>
    </message>
    <message>
        <source>VAT/GST %1%%2; no import tax up to %3</source>
        <translation>ضريبة القيمة المضافة/GST %1%%2؛ بلا ضريبة استيراد حتى %3</translation>
    </message>
    <message>
        <source> (collected by the seller at checkout)</source>
        <translation> (يحصّلها البائع عند الدفع)</translation>
    </message>
    <message>
        <source>Duty %1% by default, on %2; no duty up to %3</source>
        <translation>الرسوم الجمركية %1% افتراضيًا، على %2؛ بلا رسوم جمركية حتى %3</translation>
    </message>
    <message>
        <source>goods and shipping</source>
        <translation>البضائع والشحن</translation>
    </message>
    <message>
        <source>goods</source>
        <translation>البضائع</translation>
    </message>
    <message>
        <source>  HS %1…: %2%</source>
        <translation>  HS %1…: %2%</translation>
    </message>
    <message>
        <source>Flat duty per tariff item: %1</source>
        <translation>رسوم جمركية ثابتة لكل بند تعريفة: %1</translation>
    </message>
    <message>
        <source>Price rounding: %1</source>
        <translation>تقريب السعر: %1</translation>
    </message>
    <message>
        <source>Shipping estimate: %1</source>
        <translation>تقدير الشحن: %1</translation>
    </message>
    <message>
        <source>Recipient tax ID required: %1</source>
        <translation>الرقم الضريبي للمستلم مطلوب: %1</translation>
    </message>
    <message>
        <source>category %1</source>
        <translation>الفئة %1</translation>
    </message>
    <message>
        <source>HS %1…</source>
        <translation>HS %1…</translation>
    </message>
    <message>
        <source>Restriction: %1 is %2. %3</source>
        <translation>قيد: %1 هو %2. %3</translation>
    </message>
    <message>
        <source>usage: markets restrict CODE --hs PREFIX|--category NAME --level prohibited|restricted|licence [--note TEXT]</source>
        <translation>الاستخدام: markets restrict CODE --hs PREFIX|--category NAME --level prohibited|restricted|licence [--note TEXT]</translation>
    </message>
    <message>
        <source>--level: &quot;%1&quot; must be prohibited, restricted or licence</source>
        <translation>--level: يجب أن تكون &quot;%1&quot; إحدى القيم prohibited أو restricted أو licence</translation>
    </message>
    <message>
        <source>--hs: &quot;%1&quot; must be 1 to 10 digits</source>
        <translation>--hs: يجب أن تتكون &quot;%1&quot; من 1 إلى 10 أرقام</translation>
    </message>
    <message>
        <source>%1: %2 is now %3.</source>
        <translation>%1: أصبح %2 الآن %3.</translation>
    </message>
    <message>
        <source>usage: markets clone CODE NEWCODE [--name NAME]</source>
        <translation>الاستخدام: markets clone CODE NEWCODE [--name NAME]</translation>
    </message>
    <message>
        <source>Market %1 is a copy of %2; edit what differs.</source>
        <translation>السوق %1 نسخة من %2؛ عدّل ما يختلف.</translation>
    </message>
</context>
<context>
    <name>MarketsView</name>
    <message>
        <source>Markets</source>
        <translation>الأسواق</translation>
    </message>
    <message>
        <source>Market %1 has changes that are not saved yet.</source>
        <translation>في السوق %1 تغييرات لم تُحفظ بعد.</translation>
    </message>
    <message>
        <source>Market %1 was not saved: %2</source>
        <translation>لم يتم حفظ السوق %1: %2</translation>
    </message>
    <message>
        <source>Market %1 has no changes to save.</source>
        <translation>لا توجد تغييرات لحفظها في السوق %1.</translation>
    </message>
    <message>
        <source>Market %1 was not saved.</source>
        <translation>لم يتم حفظ السوق %1.</translation>
    </message>
    <message>
        <source>Market %1 saved.</source>
        <translation>تم حفظ السوق %1.</translation>
    </message>
    <message>
        <source>Market %1 was not copied.</source>
        <translation>لم يتم نسخ السوق %1.</translation>
    </message>
    <message>
        <source>Market %1 created as a copy of %2.</source>
        <translation>تم إنشاء السوق %1 كنسخة من %2.</translation>
    </message>
    <message>
        <source>Clone market %1</source>
        <translation>نسخ السوق %1</translation>
    </message>
    <message>
        <source>Code of the new market (1 to 10 characters, e.g. IE):</source>
        <translation>رمز السوق الجديد (من 1 إلى 10 أحرف، مثل IE):</translation>
    </message>
    <message>
        <source>Name of the new market:</source>
        <translation>اسم السوق الجديد:</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (نسخة)</translation>
    </message>
    <message>
        <source>Delete market %1 with its duty rates, restriction rules and price lists?</source>
        <translation>هل تريد حذف السوق %1 مع نسب الرسوم الجمركية وقواعد القيود وقوائم الأسعار الخاصة به؟</translation>
    </message>
    <message>
        <source>%1 is one of Borderdesk&apos;s presets; it will not come back with updates.</source>
        <translation>%1 من الإعدادات المسبقة في Borderdesk؛ ولن يعود مع التحديثات.</translation>
    </message>
    <message>
        <source>Market %1 was not deleted.</source>
        <translation>لم يتم حذف السوق %1.</translation>
    </message>
    <message>
        <source>Market %1 deleted.</source>
        <translation>تم حذف السوق %1.</translation>
    </message>
    <message>
        <source>Save this market (%1)</source>
        <translation>حفظ هذا السوق (%1)</translation>
    </message>
    <message>
        <source>Fix these first:</source>
        <translation>أصلح هذه أولًا:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;حفظ</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>تراجع عن التغييرا&amp;ت</translation>
    </message>
    <message>
        <source>&amp;Clone…</source>
        <translation>&amp;نسخ…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>حذ&amp;ف</translation>
    </message>
    <message>
        <source>Drop the changes and show the market as saved</source>
        <translation>تجاهل التغييرات وعرض السوق كما هو محفوظ</translation>
    </message>
    <message>
        <source>Start a new market from a copy of this one</source>
        <translation>بدء سوق جديد من نسخة من هذا السوق</translation>
    </message>
</context>
<context>
    <name>MessageKinds</name>
    <message>
        <source>Order confirmation</source>
        <translation>تأكيد الطلب</translation>
    </message>
    <message>
        <source>Shipped, with tracking link</source>
        <translation>تم الشحن، مع رابط التتبع</translation>
    </message>
    <message>
        <source>Order delayed</source>
        <translation>تأخر الطلب</translation>
    </message>
    <message>
        <source>Customs information needed</source>
        <translation>مطلوب معلومات جمركية</translation>
    </message>
</context>
<context>
    <name>MessageTemplate</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>لا يمكن قراءة %1: %2</translation>
    </message>
    <message>
        <source>%1: template %2 (%3, %4) is incomplete</source>
        <translation>%1: القالب %2 (%3، %4) غير مكتمل</translation>
    </message>
    <message>
        <source>%1 holds no templates</source>
        <translation>لا يحتوي %1 على أي قوالب</translation>
    </message>
</context>
<context>
    <name>MessageTemplateRepository</name>
    <message>
        <source>a message template needs a language, a subject and a body</source>
        <translation>يتطلب قالب الرسالة لغة وموضوعًا ونصًا</translation>
    </message>
    <message>
        <source>cannot save the %1 message in %2: %3</source>
        <translation>لا يمكن حفظ الرسالة %1 باللغة %2: %3</translation>
    </message>
    <message>
        <source>cannot reset the %1 message in %2: %3</source>
        <translation>لا يمكن إعادة تعيين الرسالة %1 باللغة %2: %3</translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>schema update %1 failed: %2</source>
        <translation>فشل تحديث المخطط %1: %2</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>unknown currency code &quot;%1&quot;</source>
        <translation>رمز عملة غير معروف &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has more decimals than %2 allows (%3)</source>
        <translation>يحتوي &quot;%1&quot; على منازل عشرية أكثر مما تسمح به %2 (%3)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount (use digits and a point, e.g. 1290.50)</source>
        <translation>&quot;%1&quot; ليس مبلغًا (استخدم أرقامًا ونقطة، مثل 1290.50)</translation>
    </message>
</context>
<context>
    <name>OrderCells</name>
    <message>
        <source>&quot;%1&quot; is not an amount</source>
        <translation>&quot;%1&quot; ليس مبلغًا</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has more decimals than %2 allows (%3)</source>
        <translation>يحتوي &quot;%1&quot; على منازل عشرية أكثر مما تسمح به %2 (%3)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large</source>
        <translation>&quot;%1&quot; كبير جدًا</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a quantity (a whole number, 1 or more)</source>
        <translation>&quot;%1&quot; ليس كمية (عدد صحيح، 1 أو أكثر)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date and time (for example 2026-11-20 14:03:11 +0700)</source>
        <translation>&quot;%1&quot; ليس تاريخًا ووقتًا (مثل 2026-11-20 14:03:11 +0700)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a country (use a two-letter ISO code such as DE, or the English name)</source>
        <translation>&quot;%1&quot; ليس بلدًا (استخدم رمز ISO من حرفين مثل DE، أو الاسم بالإنجليزية)</translation>
    </message>
</context>
<context>
    <name>OrderCheckContext</name>
    <message>
        <source>the amount is too large to convert</source>
        <translation>المبلغ كبير جدًا بحيث يتعذّر تحويله</translation>
    </message>
</context>
<context>
    <name>OrderChecker</name>
    <message>
        <source>%1 is prohibited in this market</source>
        <translation>%1 محظور في هذا السوق</translation>
    </message>
    <message>
        <source>%1 needs a licence in this market</source>
        <translation>يتطلب %1 ترخيصًا في هذا السوق</translation>
    </message>
    <message>
        <source>%1 is restricted in this market</source>
        <translation>%1 مقيد في هذا السوق</translation>
    </message>
    <message>
        <source>SKU %1 is not in the catalogue, so its HS code, origin and weight are unknown</source>
        <translation>رمز SKU %1 غير موجود في الكتالوج، لذا فإن رمز HS وبلد المنشأ والوزن الخاصة به غير معروفة</translation>
    </message>
    <message>
        <source>%1 has no HS code</source>
        <translation>لا يوجد رمز HS لـ %1</translation>
    </message>
    <message>
        <source>%1 has no country of origin</source>
        <translation>لا يوجد بلد منشأ لـ %1</translation>
    </message>
    <message>
        <source>%1 has no weight</source>
        <translation>لا يوجد وزن لـ %1</translation>
    </message>
    <message>
        <source>the recipient&apos;s phone number is missing; express carriers require one</source>
        <translation>رقم هاتف المستلم مفقود؛ تشترطه شركات الشحن السريع</translation>
    </message>
    <message>
        <source>the recipient&apos;s phone number %1 is not valid: %2</source>
        <translation>رقم هاتف المستلم %1 غير صالح: %2</translation>
    </message>
    <message>
        <source>the recipient&apos;s tax ID (%1) is missing; this market requires it</source>
        <translation>الرقم الضريبي للمستلم (%1) مفقود؛ يشترطه هذا السوق</translation>
    </message>
    <message>
        <source>the recipient&apos;s tax ID %1 is not valid: %2</source>
        <translation>الرقم الضريبي للمستلم %1 غير صالح: %2</translation>
    </message>
    <message>
        <source>the ship-to address lacks %1</source>
        <translation>عنوان الشحن يفتقر إلى %1</translation>
    </message>
    <message>
        <source>the ship-to country is missing</source>
        <translation>بلد الشحن مفقود</translation>
    </message>
    <message>
        <source>no market covers %1, so its duties and restricted goods are not checked</source>
        <translation>لا يغطي أي سوق %1، لذا لا يتم التحقق من رسومه الجمركية وبضائعه المقيدة</translation>
    </message>
    <message>
        <source>Address check (AVS) did not match</source>
        <translation>لم يتطابق التحقق من العنوان (AVS)</translation>
    </message>
    <message>
        <source>Address check (AVS) matched only partly</source>
        <translation>تطابق التحقق من العنوان (AVS) جزئيًا فقط</translation>
    </message>
    <message>
        <source>Card security code (CVV) did not match</source>
        <translation>لم يتطابق رمز أمان البطاقة (CVV)</translation>
    </message>
    <message>
        <source>Billing country differs from shipping country</source>
        <translation>بلد الفوترة يختلف عن بلد الشحن</translation>
    </message>
    <message>
        <source>Ships to a known freight forwarder</source>
        <translation>يُشحن إلى وكيل شحن معروف</translation>
    </message>
    <message>
        <source>Value far above the customer&apos;s history</source>
        <translation>القيمة أعلى بكثير من سجل العميل</translation>
    </message>
    <message>
        <source>Several orders from one email or address in a short time</source>
        <translation>عدة طلبات من بريد إلكتروني أو عنوان واحد خلال وقت قصير</translation>
    </message>
    <message>
        <source>High-risk product category</source>
        <translation>فئة منتجات عالية المخاطرة</translation>
    </message>
    <message>
        <source>First order from a new customer</source>
        <translation>أول طلب من عميل جديد</translation>
    </message>
    <message>
        <source>The sales channel rates it high risk</source>
        <translation>تصنّفه قناة البيع كعالي المخاطرة</translation>
    </message>
    <message>
        <source>a name</source>
        <translation>اسم</translation>
    </message>
    <message>
        <source>a street address</source>
        <translation>عنوان شارع</translation>
    </message>
    <message>
        <source>a city</source>
        <translation>مدينة</translation>
    </message>
    <message>
        <source>not an international number</source>
        <translation>ليس رقمًا دوليًا</translation>
    </message>
</context>
<context>
    <name>OrderDetailPanel</name>
    <message>
        <source>Lines (%L1)</source>
        <translation>البنود (%L1)</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>البنود</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>الفحوصات</translation>
    </message>
    <message>
        <source>%1 (%2, order %3)</source>
        <translation>%1 (%2، الطلب %3)</translation>
    </message>
    <message>
        <source>%1, paid %2</source>
        <translation>%1، مدفوع %2</translation>
    </message>
    <message>
        <source>%1, not paid</source>
        <translation>%1، غير مدفوع</translation>
    </message>
    <message>
        <source>%1
goods %2 · discount %3 · shipping %4 · tax %5</source>
        <translation>%1
البضائع %2 · الخصم %3 · الشحن %4 · الضريبة %5</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>none</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>market %1</source>
        <translation>السوق %1</translation>
    </message>
    <message>
        <source>No ship-to address</source>
        <translation>لا يوجد عنوان شحن</translation>
    </message>
    <message>
        <source>No billing address</source>
        <translation>لا يوجد عنوان فوترة</translation>
    </message>
    <message>
        <source>In catalogue</source>
        <translation>في الكتالوج</translation>
    </message>
    <message>
        <source>Not in catalogue</source>
        <translation>ليس في الكتالوج</translation>
    </message>
    <message>
        <source>Blocks shipping: %1</source>
        <translation>يمنع الشحن: %1</translation>
    </message>
    <message>
        <source>To look at: %1</source>
        <translation>للمراجعة: %1</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>لم يتم العثور على مشكلات.</translation>
    </message>
    <message>
        <source>Nothing stops this order from shipping.</source>
        <translation>لا شيء يمنع شحن هذا الطلب.</translation>
    </message>
    <message>
        <source>Risk score: %1 of 100. Orders at %2 or more go on hold.</source>
        <translation>درجة المخاطرة: %1 من 100. تُعلَّق الطلبات عند %2 أو أكثر.</translation>
    </message>
    <message>
        <source>Checked %1.</source>
        <translation>تم الفحص في %1.</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>تم الاستيراد</translation>
    </message>
    <message>
        <source>Updated by an import</source>
        <translation>تم التحديث عبر استيراد</translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation>تم تغيير الحالة</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>تم الفحص</translation>
    </message>
    <message>
        <source>risk %1</source>
        <translation>المخاطرة %1</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 ← %2</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>الطلب</translation>
    </message>
    <message>
        <source>History</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>Shipments</source>
        <translation>الشحنات</translation>
    </message>
    <message>
        <source>Ship to</source>
        <translation>الشحن إلى</translation>
    </message>
    <message>
        <source>Bill to</source>
        <translation>الفوترة إلى</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>الرقم:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>تاريخ الإنشاء:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>الحالة:</translation>
    </message>
    <message>
        <source>Total:</source>
        <translation>الإجمالي:</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>العميل:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>الهاتف:</translation>
    </message>
    <message>
        <source>Tax ID:</source>
        <translation>الرقم الضريبي:</translation>
    </message>
    <message>
        <source>Shipping:</source>
        <translation>الشحن:</translation>
    </message>
    <message>
        <source>&amp;Problems:</source>
        <translation>&amp;المشكلات:</translation>
    </message>
    <message>
        <source>&amp;Risk reasons:</source>
        <translation>&amp;أسباب المخاطرة:</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>الكمية</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>سعر الوحدة</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>الكتالوج</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>النقاط</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>By</source>
        <translation>بواسطة</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>الحدث</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>التغيير</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message numerus="yes">
        <source>Checks (%Ln blocking)</source>
        <translation>
            <numerusform>الفحوصات (لا شيء يمنع الشحن)</numerusform>
            <numerusform>الفحوصات (واحد يمنع الشحن)</numerusform>
            <numerusform>الفحوصات (اثنان يمنعان الشحن)</numerusform>
            <numerusform>الفحوصات (%Ln تمنع الشحن)</numerusform>
            <numerusform>الفحوصات (%Ln يمنع الشحن)</numerusform>
            <numerusform>الفحوصات (%Ln يمنع الشحن)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This order cannot ship until %Ln problem(s) are solved.</source>
        <translation>
            <numerusform>لا يمكن شحن هذا الطلب حتى تُحل المشكلات.</numerusform>
            <numerusform>لا يمكن شحن هذا الطلب حتى تُحل مشكلة واحدة.</numerusform>
            <numerusform>لا يمكن شحن هذا الطلب حتى تُحل مشكلتان.</numerusform>
            <numerusform>لا يمكن شحن هذا الطلب حتى تُحل %Ln مشكلات.</numerusform>
            <numerusform>لا يمكن شحن هذا الطلب حتى تُحل %Ln مشكلةً.</numerusform>
            <numerusform>لا يمكن شحن هذا الطلب حتى تُحل %Ln مشكلة.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrderDocuments</name>
    <message>
        <source>the order is no longer in the database</source>
        <translation>لم يعد الطلب موجودًا في قاعدة البيانات</translation>
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
        <translation>%1: لا يمكن كتابة الملف: %2</translation>
    </message>
    <message>
        <source>export cancelled</source>
        <translation>تم إلغاء التصدير</translation>
    </message>
    <message>
        <source>%1: cannot finish writing the file: %2</source>
        <translation>%1: لا يمكن إكمال كتابة الملف: %2</translation>
    </message>
</context>
<context>
    <name>OrderFileReader</name>
    <message>
        <source>Shopify orders export</source>
        <translation>ملف تصدير الطلبات من Shopify</translation>
    </message>
    <message>
        <source>Amazon order report</source>
        <translation>تقرير الطلبات من Amazon</translation>
    </message>
    <message>
        <source>eBay orders report</source>
        <translation>تقرير الطلبات من eBay</translation>
    </message>
    <message>
        <source>Borderdesk orders CSV</source>
        <translation>ملف CSV لطلبات Borderdesk</translation>
    </message>
    <message>
        <source>unknown format</source>
        <translation>صيغة غير معروفة</translation>
    </message>
    <message>
        <source>the %1 header lacks the column(s) %2</source>
        <translation>ينقص ترويسة %1 العمود (الأعمدة) %2</translation>
    </message>
    <message>
        <source>no %1 header found in the first 30 lines</source>
        <translation>لم يتم العثور على ترويسة %1 في أول 30 سطرًا</translation>
    </message>
    <message>
        <source>not an order file Borderdesk knows: no Shopify, Amazon, eBay or Borderdesk header found</source>
        <translation>ليس ملف طلبات يعرفه Borderdesk: لم يتم العثور على ترويسة Shopify أو Amazon أو eBay أو Borderdesk</translation>
    </message>
    <message>
        <source>the rows of order %1 are not next to each other; sort the file by order first</source>
        <translation>صفوف الطلب %1 ليست متجاورة؛ رتّب الملف حسب الطلب أولًا</translation>
    </message>
</context>
<context>
    <name>OrderFilterBar</name>
    <message>
        <source>All markets</source>
        <translation>كل الأسواق</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Search order number, email or ship-to name</source>
        <translation>البحث برقم الطلب أو البريد الإلكتروني أو اسم المستلم</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>كل الحالات</translation>
    </message>
    <message>
        <source>Waiting to ship</source>
        <translation>بانتظار الشحن</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>كل البلدان</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;من</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;إلى</translation>
    </message>
    <message>
        <source>&amp;Risk at least</source>
        <translation>&amp;المخاطرة لا تقل عن</translation>
    </message>
    <message>
        <source>any</source>
        <translation>أي</translation>
    </message>
</context>
<context>
    <name>OrderImportDialog</name>
    <message>
        <source>Import orders</source>
        <translation>استيراد الطلبات</translation>
    </message>
    <message>
        <source>Order files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>ملفات الطلبات (*.csv *.txt *.tsv);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>جارٍ استيراد %1…</translation>
    </message>
    <message>
        <source>Cancelling; nothing will be changed…</source>
        <translation>جارٍ الإلغاء؛ لن يتغير شيء…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>لم يتم استيراد أي شيء: %1</translation>
    </message>
    <message>
        <source>The import was cancelled; no order was changed.</source>
        <translation>تم إلغاء الاستيراد؛ لم يتغير أي طلب.</translation>
    </message>
    <message>
        <source>%1 (%2) was imported.</source>
        <translation>تم استيراد %1 (%2).</translation>
    </message>
    <message>
        <source>%1: nothing was imported.</source>
        <translation>%1: لم يتم استيراد أي شيء.</translation>
    </message>
    <message numerus="yes">
        <source>…and %Ln more.</source>
        <translation>
            <numerusform>…ولا شيء غير ذلك.</numerusform>
            <numerusform>…ومشكلة أخرى.</numerusform>
            <numerusform>…ومشكلتان أخريان.</numerusform>
            <numerusform>…و%Ln مشكلات أخرى.</numerusform>
            <numerusform>…و%Ln مشكلةً أخرى.</numerusform>
            <numerusform>…و%Ln مشكلة أخرى.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;الملف:</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>اختيا&amp;ر…</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>&amp;الصيغة:</translation>
    </message>
    <message>
        <source>Detect from the file&apos;s header</source>
        <translation>الكشف من ترويسة الملف</translation>
    </message>
    <message>
        <source>Orders in the file:</source>
        <translation>الطلبات في الملف:</translation>
    </message>
    <message>
        <source>Order lines:</source>
        <translation>بنود الطلبات:</translation>
    </message>
    <message>
        <source>New orders:</source>
        <translation>الطلبات الجديدة:</translation>
    </message>
    <message>
        <source>Updated orders:</source>
        <translation>الطلبات المحدَّثة:</translation>
    </message>
    <message>
        <source>Put on hold:</source>
        <translation>تم تعليقها:</translation>
    </message>
    <message>
        <source>Cannot ship yet:</source>
        <translation>لا يمكن شحنها بعد:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>استيرا&amp;د</translation>
    </message>
    <message numerus="yes">
        <source>%1: nothing was imported. Fix the %Ln problem(s) below in the file and import it again.</source>
        <translation>
            <numerusform>%1: لم يتم استيراد أي شيء. أصلح المشكلات أدناه في الملف واستورده مرة أخرى.</numerusform>
            <numerusform>%1: لم يتم استيراد أي شيء. أصلح المشكلة أدناه في الملف واستورده مرة أخرى.</numerusform>
            <numerusform>%1: لم يتم استيراد أي شيء. أصلح المشكلتين أدناه في الملف واستورده مرة أخرى.</numerusform>
            <numerusform>%1: لم يتم استيراد أي شيء. أصلح %Ln مشكلات أدناه في الملف واستورده مرة أخرى.</numerusform>
            <numerusform>%1: لم يتم استيراد أي شيء. أصلح %Ln مشكلةً أدناه في الملف واستورده مرة أخرى.</numerusform>
            <numerusform>%1: لم يتم استيراد أي شيء. أصلح %Ln مشكلة أدناه في الملف واستورده مرة أخرى.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s) below.</source>
        <translation>
            <numerusform>لا توجد تحذيرات.</numerusform>
            <numerusform>يوجد تحذير واحد أدناه.</numerusform>
            <numerusform>يوجد تحذيران أدناه.</numerusform>
            <numerusform>توجد %Ln تحذيرات أدناه.</numerusform>
            <numerusform>يوجد %Ln تحذيرًا أدناه.</numerusform>
            <numerusform>يوجد %Ln تحذير أدناه.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrderImporter</name>
    <message>
        <source>SKU &quot;%1&quot; is not in the catalogue; the line is kept</source>
        <translation>رمز SKU &quot;%1&quot; غير موجود في الكتالوج؛ تم الاحتفاظ بالبند</translation>
    </message>
    <message numerus="yes">
        <source>SKU &quot;%1&quot; is not in the catalogue; its lines are kept (%n more line(s) have it)</source>
        <translation>
            <numerusform>رمز SKU &quot;%1&quot; غير موجود في الكتالوج؛ تم الاحتفاظ ببنوده</numerusform>
            <numerusform>رمز SKU &quot;%1&quot; غير موجود في الكتالوج؛ تم الاحتفاظ ببنوده (يوجد في بند آخر واحد)</numerusform>
            <numerusform>رمز SKU &quot;%1&quot; غير موجود في الكتالوج؛ تم الاحتفاظ ببنوده (يوجد في بندين آخرين)</numerusform>
            <numerusform>رمز SKU &quot;%1&quot; غير موجود في الكتالوج؛ تم الاحتفاظ ببنوده (يوجد في %n بنود أخرى)</numerusform>
            <numerusform>رمز SKU &quot;%1&quot; غير موجود في الكتالوج؛ تم الاحتفاظ ببنوده (يوجد في %n بندًا آخر)</numerusform>
            <numerusform>رمز SKU &quot;%1&quot; غير موجود في الكتالوج؛ تم الاحتفاظ ببنوده (يوجد في %n بند آخر)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; the order&apos;s amounts in %2 are left empty</source>
        <translation>%1؛ تُركت مبالغ الطلب بعملة %2 فارغة</translation>
    </message>
    <message>
        <source>%1:%2: the database refused order %3: %4</source>
        <translation>%1:%2: رفضت قاعدة البيانات الطلب %3: %4</translation>
    </message>
    <message>
        <source>risk %1 ≥ hold threshold %2</source>
        <translation>المخاطرة %1 ≥ حد التعليق %2</translation>
    </message>
    <message numerus="yes">
        <source>%n more warning(s) not shown</source>
        <translation>
            <numerusform>لا توجد تحذيرات أخرى غير معروضة</numerusform>
            <numerusform>تحذير آخر واحد غير معروض</numerusform>
            <numerusform>تحذيران آخران غير معروضين</numerusform>
            <numerusform>%n تحذيرات أخرى غير معروضة</numerusform>
            <numerusform>%n تحذيرًا آخر غير معروض</numerusform>
            <numerusform>%n تحذير آخر غير معروض</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation>%1: لا يمكن قراءة الملف: %2</translation>
    </message>
    <message>
        <source>%1: the file is too large (%2 MB)</source>
        <translation>%1: الملف كبير جدًا (%2 MB)</translation>
    </message>
</context>
<context>
    <name>OrderRepository</name>
    <message>
        <source>no order %1</source>
        <translation>لا يوجد طلب %1</translation>
    </message>
    <message>
        <source>%1 orders have the number %2; use the channel order id</source>
        <translation>يحمل %1 من الطلبات الرقم %2؛ استخدم معرّف الطلب في قناة البيع</translation>
    </message>
    <message>
        <source>no such order</source>
        <translation>الطلب غير موجود</translation>
    </message>
    <message>
        <source>order %1 cannot go from %2 to %3 (allowed: %4)</source>
        <translation>لا يمكن نقل الطلب %1 من %2 إلى %3 (المسموح: %4)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>order %1 cannot ship: %2</source>
        <translation>لا يمكن شحن الطلب %1: %2</translation>
    </message>
    <message>
        <source>risk %1 ≥ hold threshold %2</source>
        <translation>المخاطرة %1 ≥ حد التعليق %2</translation>
    </message>
    <message>
        <source>cannot ship</source>
        <translation>لا يمكن الشحن</translation>
    </message>
</context>
<context>
    <name>OrderRowMapper</name>
    <message>
        <source>&quot;%1&quot; is not a currency code (three letters such as USD)</source>
        <translation>&quot;%1&quot; ليس رمز عملة (ثلاثة أحرف مثل USD)</translation>
    </message>
    <message>
        <source>the line has neither a SKU nor a product name</source>
        <translation>لا يحتوي البند على SKU ولا على اسم منتج</translation>
    </message>
    <message>
        <source>a price cannot be negative</source>
        <translation>لا يمكن أن يكون السعر سالبًا</translation>
    </message>
    <message>
        <source>%1 does not divide evenly by the quantity %2; the unit price is rounded down</source>
        <translation>لا يقبل %1 القسمة على الكمية %2 دون باقٍ؛ تم تقريب سعر الوحدة للأسفل</translation>
    </message>
    <message>
        <source>order %1 has no lines</source>
        <translation>لا يحتوي الطلب %1 على أي بنود</translation>
    </message>
    <message>
        <source>order %1 has no creation date</source>
        <translation>ليس للطلب %1 تاريخ إنشاء</translation>
    </message>
</context>
<context>
    <name>OrderStatuses</name>
    <message>
        <source>New</source>
        <translation>جديد</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>معلّق</translation>
    </message>
    <message>
        <source>Ready to ship</source>
        <translation>جاهز للشحن</translation>
    </message>
    <message>
        <source>Picked</source>
        <translation>مُنتقى</translation>
    </message>
    <message>
        <source>Packed</source>
        <translation>مُعبأ</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>تم الشحن</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>تم التسليم</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>ملغى</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>مُرتجع</translation>
    </message>
</context>
<context>
    <name>OrderTableModel</name>
    <message>
        <source>Cannot ship</source>
        <translation>لا يمكن الشحن</translation>
    </message>
    <message>
        <source>At or above the hold threshold (%1)</source>
        <translation>عند حد التعليق أو أعلى منه (%1)</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>الطلب</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>تاريخ الإنشاء</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>قناة البيع</translation>
    </message>
    <message>
        <source>Ship to</source>
        <translation>الشحن إلى</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>السوق</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>الإجمالي</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>المخاطرة</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>الشحن</translation>
    </message>
</context>
<context>
    <name>OrdersCommand</name>
    <message>
        <source>orders: unknown subcommand %1</source>
        <translation>orders: أمر فرعي غير معروف %1</translation>
    </message>
    <message>
        <source>--status: &quot;%1&quot; is not an order status</source>
        <translation>--status: &quot;%1&quot; ليست حالة طلب</translation>
    </message>
    <message>
        <source>--min-risk: &quot;%1&quot; is not a number from 0 to 100</source>
        <translation>--min-risk: &quot;%1&quot; ليس رقمًا من 0 إلى 100</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a date (YYYY-MM-DD)</source>
        <translation>%1: &quot;%2&quot; ليس تاريخًا (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>usage: orders import FILE [--format auto|shopify|amazon|ebay|csv] [--dry-run]</source>
        <translation>الاستخدام: orders import FILE [--format auto|shopify|amazon|ebay|csv] [--dry-run]</translation>
    </message>
    <message>
        <source>--format: &quot;%1&quot; is not auto, shopify, amazon, ebay or csv</source>
        <translation>--format: &quot;%1&quot; ليس auto أو shopify أو amazon أو ebay أو csv</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n problem(s) must be fixed first.</source>
        <translation>
            <numerusform>لم يتم استيراد أي شيء: يجب إصلاح المشكلات أولًا.</numerusform>
            <numerusform>لم يتم استيراد أي شيء: يجب إصلاح مشكلة واحدة أولًا.</numerusform>
            <numerusform>لم يتم استيراد أي شيء: يجب إصلاح مشكلتين أولًا.</numerusform>
            <numerusform>لم يتم استيراد أي شيء: يجب إصلاح %n مشكلات أولًا.</numerusform>
            <numerusform>لم يتم استيراد أي شيء: يجب إصلاح %n مشكلةً أولًا.</numerusform>
            <numerusform>لم يتم استيراد أي شيء: يجب إصلاح %n مشكلة أولًا.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 order(s) with %3 line(s); %4 new, %5 updated; %6 put on hold; %7 cannot ship yet.</source>
        <translation>%1: الطلبات: %2، البنود: %3؛ جديدة: %4، محدَّثة: %5؛ تم تعليقها: %6؛ لا يمكن شحنها بعد: %7.</translation>
    </message>
    <message>
        <source>Dry run, nothing was written. %1</source>
        <translation>تشغيل تجريبي، لم تتم كتابة أي شيء. %1</translation>
    </message>
    <message>
        <source>Imported. %1</source>
        <translation>تم الاستيراد. %1</translation>
    </message>
    <message>
        <source>usage: orders export FILE [--status S] [--country CC] [--market CODE] [--from DATE] [--to DATE]</source>
        <translation>الاستخدام: orders export FILE [--status S] [--country CC] [--market CODE] [--from DATE] [--to DATE]</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n order(s) to %1.</source>
        <translation>
            <numerusform>لم يتم تصدير أي طلب إلى %1.</numerusform>
            <numerusform>تم تصدير طلب واحد إلى %1.</numerusform>
            <numerusform>تم تصدير طلبين إلى %1.</numerusform>
            <numerusform>تم تصدير %n طلبات إلى %1.</numerusform>
            <numerusform>تم تصدير %n طلبًا إلى %1.</numerusform>
            <numerusform>تم تصدير %n طلب إلى %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>usage: orders list [--status S[,S…]] [--country CC] [--market CODE] [--search TEXT] [--min-risk N] [--from DATE] [--to DATE] [--limit N] [--json]</source>
        <translation>الاستخدام: orders list [--status S[,S…]] [--country CC] [--market CODE] [--search TEXT] [--min-risk N] [--from DATE] [--to DATE] [--limit N] [--json]</translation>
    </message>
    <message>
        <source>--limit: &quot;%1&quot; is not a positive number</source>
        <translation>--limit: &quot;%1&quot; ليس رقمًا موجبًا</translation>
    </message>
    <message>
        <source>risk %1</source>
        <translation>المخاطرة %1</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) shown</source>
        <translation>
            <numerusform>لا توجد طلبات معروضة</numerusform>
            <numerusform>طلب واحد معروض</numerusform>
            <numerusform>طلبان معروضان</numerusform>
            <numerusform>%n طلبات معروضة</numerusform>
            <numerusform>%n طلبًا معروضًا</numerusform>
            <numerusform>%n طلب معروض</numerusform>
        </translation>
    </message>
    <message>
        <source> of %1</source>
        <translation> من أصل %1</translation>
    </message>
    <message>
        <source>usage: orders check NUMBER [--json]</source>
        <translation>الاستخدام: orders check NUMBER [--json]</translation>
    </message>
    <message>
        <source>usage: orders show NUMBER [--json]</source>
        <translation>الاستخدام: orders show NUMBER [--json]</translation>
    </message>
    <message>
        <source>Order %1 (%2 %3), %4</source>
        <translation>الطلب %1 (%2 %3)، %4</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>تاريخ الإنشاء %1</translation>
    </message>
    <message>
        <source>Ship to:</source>
        <translation>الشحن إلى:</translation>
    </message>
    <message>
        <source>  (not in the catalogue)</source>
        <translation>  (غير موجود في الكتالوج)</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>الإجمالي %1</translation>
    </message>
    <message>
        <source> = %1 at %2 (%3)</source>
        <translation> = %1 بسعر صرف %2 (%3)</translation>
    </message>
    <message>
        <source>Order %1 checked.</source>
        <translation>تم فحص الطلب %1.</translation>
    </message>
    <message>
        <source>cannot ship: </source>
        <translation>لا يمكن الشحن: </translation>
    </message>
    <message>
        <source>note: </source>
        <translation>ملاحظة: </translation>
    </message>
    <message>
        <source>Restricted goods: %1</source>
        <translation>بضائع مقيدة: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>Shipping readiness: %1</source>
        <translation>الجاهزية للشحن: %1</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>جاهز</translation>
    </message>
    <message>
        <source>Fraud risk: %1 of 100</source>
        <translation>مخاطر الاحتيال: %1 من 100</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>الحالة: %1</translation>
    </message>
    <message>
        <source>usage: orders set-status NUMBER STATUS [--note TEXT]</source>
        <translation>الاستخدام: orders set-status NUMBER STATUS [--note TEXT]</translation>
    </message>
    <message>
        <source>statuses: %1</source>
        <translation>الحالات: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an order status</source>
        <translation>&quot;%1&quot; ليست حالة طلب</translation>
    </message>
    <message>
        <source>Order %1 is now %2.</source>
        <translation>أصبحت حالة الطلب %1: %2.</translation>
    </message>
    <message>
        <source>usage: orders fraud-rules [--set RULE=WEIGHT]… [--threshold N] [--categories &quot;A,B,…&quot;] [--json]</source>
        <translation>الاستخدام: orders fraud-rules [--set RULE=WEIGHT]… [--threshold N] [--categories &quot;A,B,…&quot;] [--json]</translation>
    </message>
    <message>
        <source>--set %1: %2</source>
        <translation>--set %1: %2</translation>
    </message>
    <message>
        <source>expected RULE=WEIGHT</source>
        <translation>المتوقع RULE=WEIGHT</translation>
    </message>
    <message>
        <source>--threshold: %1</source>
        <translation>--threshold: %1</translation>
    </message>
    <message>
        <source>--categories: %1</source>
        <translation>--categories: %1</translation>
    </message>
    <message>
        <source>Hold threshold: %1</source>
        <translation>حد التعليق: %1</translation>
    </message>
    <message>
        <source>High-risk categories: %1</source>
        <translation>الفئات عالية المخاطرة: %1</translation>
    </message>
    <message>
        <source>usage: orders message NUMBER [--template confirmation|shipped|delayed|customs_info] [--lang LANG] [--tracking N] [--tracking-url URL] [--carrier NAME] [--reason TEXT] [--documents TEXT] [--mailto]</source>
        <translation>الاستخدام: orders message NUMBER [--template confirmation|shipped|delayed|customs_info] [--lang LANG] [--tracking N] [--tracking-url URL] [--carrier NAME] [--reason TEXT] [--documents TEXT] [--mailto]</translation>
    </message>
    <message>
        <source>no %1 template in %2</source>
        <translation>لا يوجد قالب %1 باللغة %2</translation>
    </message>
    <message>
        <source>usage: orders edit NUMBER [--phone P] [--tax-id ID] [--language LANG] [--postal-code Z] [--address1 TEXT] [--address2 TEXT] [--city TEXT] [--province TEXT]</source>
        <translation>الاستخدام: orders edit NUMBER [--phone P] [--tax-id ID] [--language LANG] [--postal-code Z] [--address1 TEXT] [--address2 TEXT] [--city TEXT] [--province TEXT]</translation>
    </message>
    <message>
        <source>Order %1 updated; it can ship.</source>
        <translation>تم تحديث الطلب %1؛ يمكن شحنه.</translation>
    </message>
    <message>
        <source>Order %1 updated; it still cannot ship.</source>
        <translation>تم تحديث الطلب %1؛ لا يزال شحنه غير ممكن.</translation>
    </message>
    <message>
        <source>usage: orders forwarders [--add NAME --fragment TEXT [--postal-code Z] [--country CC]] [--json]</source>
        <translation>الاستخدام: orders forwarders [--add NAME --fragment TEXT [--postal-code Z] [--country CC]] [--json]</translation>
    </message>
</context>
<context>
    <name>OrdersView</name>
    <message numerus="yes">
        <source>%Ln+ order(s), counting…</source>
        <translation>
            <numerusform>%Ln+ طلب، جارٍ العدّ…</numerusform>
            <numerusform>%Ln+ طلب، جارٍ العدّ…</numerusform>
            <numerusform>%Ln+ طلب، جارٍ العدّ…</numerusform>
            <numerusform>%Ln+ طلبات، جارٍ العدّ…</numerusform>
            <numerusform>%Ln+ طلبًا، جارٍ العدّ…</numerusform>
            <numerusform>%Ln+ طلب، جارٍ العدّ…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s)</source>
        <translation>
            <numerusform>لا طلبات</numerusform>
            <numerusform>طلب واحد</numerusform>
            <numerusform>طلبان</numerusform>
            <numerusform>%Ln طلبات</numerusform>
            <numerusform>%Ln طلبًا</numerusform>
            <numerusform>%Ln طلب</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %Ln selected</source>
        <translation>
            <numerusform>%1، المحدَّد: %Ln</numerusform>
            <numerusform>%1، المحدَّد: %Ln</numerusform>
            <numerusform>%1، المحدَّد: %Ln</numerusform>
            <numerusform>%1، المحدَّد: %Ln</numerusform>
            <numerusform>%1، المحدَّد: %Ln</numerusform>
            <numerusform>%1، المحدَّد: %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Changing orders to “%1”…</source>
        <translation>جارٍ تغيير حالة الطلبات إلى “%1”…</translation>
    </message>
    <message>
        <source>Releasing orders…</source>
        <translation>جارٍ رفع التعليق عن الطلبات…</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>رفع التعليق</translation>
    </message>
    <message>
        <source>order %1 is not on hold</source>
        <translation>الطلب %1 غير معلّق</translation>
    </message>
    <message>
        <source>Cancel orders</source>
        <translation>إلغاء الطلبات</translation>
    </message>
    <message numerus="yes">
        <source>Cancel %Ln order(s)? A cancelled order cannot be reopened.</source>
        <translation>
            <numerusform>هل تريد إلغاء %Ln طلب؟ لا يمكن إعادة فتح الطلب الملغى.</numerusform>
            <numerusform>هل تريد إلغاء طلب واحد؟ لا يمكن إعادة فتح الطلب الملغى.</numerusform>
            <numerusform>هل تريد إلغاء طلبين؟ لا يمكن إعادة فتح الطلب الملغى.</numerusform>
            <numerusform>هل تريد إلغاء %Ln طلبات؟ لا يمكن إعادة فتح الطلب الملغى.</numerusform>
            <numerusform>هل تريد إلغاء %Ln طلبًا؟ لا يمكن إعادة فتح الطلب الملغى.</numerusform>
            <numerusform>هل تريد إلغاء %Ln طلب؟ لا يمكن إعادة فتح الطلب الملغى.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancel %Ln order(s)</source>
        <translation>
            <numerusform>إلغاء %Ln طلب</numerusform>
            <numerusform>إلغاء طلب واحد</numerusform>
            <numerusform>إلغاء طلبين</numerusform>
            <numerusform>إلغاء %Ln طلبات</numerusform>
            <numerusform>إلغاء %Ln طلبًا</numerusform>
            <numerusform>إلغاء %Ln طلب</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep them</source>
        <translation>الإبقاء عليها</translation>
    </message>
    <message>
        <source>Checking orders again…</source>
        <translation>جارٍ إعادة فحص الطلبات…</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>إعادة الفحص</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Export orders</source>
        <translation>تصدير الطلبات</translation>
    </message>
    <message>
        <source>orders.csv</source>
        <translation>orders.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting orders…</source>
        <translation>جارٍ تصدير الطلبات…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln order(s) to %1.</source>
        <translation>
            <numerusform>لم يتم تصدير أي طلب إلى %1.</numerusform>
            <numerusform>تم تصدير طلب واحد إلى %1.</numerusform>
            <numerusform>تم تصدير طلبين إلى %1.</numerusform>
            <numerusform>تم تصدير %Ln طلبات إلى %1.</numerusform>
            <numerusform>تم تصدير %Ln طلبًا إلى %1.</numerusform>
            <numerusform>تم تصدير %Ln طلب إلى %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Recipient corrected; the order was checked again.</source>
        <translation>تم تصحيح بيانات المستلم، وأُعيد فحص الطلب.</translation>
    </message>
    <message>
        <source>Fraud rules saved. They apply to orders imported or checked again from now on.</source>
        <translation>تم حفظ قواعد فحص الاحتيال. تُطبَّق من الآن فصاعدًا على الطلبات المستوردة أو المُعاد فحصها.</translation>
    </message>
    <message>
        <source>Select an order to see its lines, addresses, checks and history.</source>
        <translation>اختر طلبًا لعرض بنوده وعناوينه وفحوصاته وسجله.</translation>
    </message>
    <message>
        <source>&amp;Hold</source>
        <translation>&amp;تعليق</translation>
    </message>
    <message>
        <source>Put the selected orders on hold</source>
        <translation>تعليق الطلبات المحددة</translation>
    </message>
    <message>
        <source>Re&amp;lease</source>
        <translation>&amp;رفع التعليق</translation>
    </message>
    <message>
        <source>Release the selected orders on hold (back to new)</source>
        <translation>رفع التعليق عن الطلبات المحددة (إعادتها إلى «جديد»)</translation>
    </message>
    <message>
        <source>&amp;Cancel order</source>
        <translation>&amp;إلغاء الطلب</translation>
    </message>
    <message>
        <source>Cancel the selected orders</source>
        <translation>إلغاء الطلبات المحددة</translation>
    </message>
    <message>
        <source>Mark read&amp;y to ship</source>
        <translation>تعيين &amp;الحالة: جاهز للشحن</translation>
    </message>
    <message>
        <source>Check a&amp;gain</source>
        <translation>إعا&amp;دة الفحص</translation>
    </message>
    <message>
        <source>Check the selected orders again with today&apos;s catalogue, markets and fraud rules</source>
        <translation>إعادة فحص الطلبات المحددة وفق الكتالوج والأسواق وقواعد فحص الاحتيال الحالية</translation>
    </message>
    <message>
        <source>&amp;Message customer…</source>
        <translation>مراسلة &amp;العميل…</translation>
    </message>
    <message>
        <source>Edit recipie&amp;nt…</source>
        <translation>تحرير &amp;المستلم…</translation>
    </message>
    <message>
        <source>Correct the phone, tax ID, language or address, then check the order again</source>
        <translation>صحّح الهاتف أو الرقم الضريبي أو اللغة أو العنوان، ثم أعد فحص الطلب</translation>
    </message>
    <message>
        <source>Fra&amp;ud rules…</source>
        <translation>قواعد فحص الاحتيا&amp;ل…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;استيراد…</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>تص&amp;دير</translation>
    </message>
    <message>
        <source>Export the &amp;selected orders…</source>
        <translation>تصدير الطلبات المحدد&amp;ة…</translation>
    </message>
    <message>
        <source>Export &amp;all orders the filter shows…</source>
        <translation>تصدير كل الطلبا&amp;ت التي يعرضها عامل التصفية…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln order(s) done.</source>
        <translation>
            <numerusform>%1: لم يتم تنفيذ أي طلب.</numerusform>
            <numerusform>%1: تم تنفيذ طلب واحد.</numerusform>
            <numerusform>%1: تم تنفيذ طلبين.</numerusform>
            <numerusform>%1: تم تنفيذ %Ln طلبات.</numerusform>
            <numerusform>%1: تم تنفيذ %Ln طلبًا.</numerusform>
            <numerusform>%1: تم تنفيذ %Ln طلب.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s) could not be changed.</source>
        <translation>
            <numerusform>تعذّر تغيير %Ln طلب.</numerusform>
            <numerusform>تعذّر تغيير طلب واحد.</numerusform>
            <numerusform>تعذّر تغيير طلبين.</numerusform>
            <numerusform>تعذّر تغيير %Ln طلبات.</numerusform>
            <numerusform>تعذّر تغيير %Ln طلبًا.</numerusform>
            <numerusform>تعذّر تغيير %Ln طلب.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %Ln more (see the details).</source>
        <translation>
            <numerusform>…ولا شيء غير ذلك (راجع التفاصيل).</numerusform>
            <numerusform>…وطلب آخر (راجع التفاصيل).</numerusform>
            <numerusform>…وطلبان آخران (راجع التفاصيل).</numerusform>
            <numerusform>…و%Ln طلبات أخرى (راجع التفاصيل).</numerusform>
            <numerusform>…و%Ln طلبًا آخر (راجع التفاصيل).</numerusform>
            <numerusform>…و%Ln طلب آخر (راجع التفاصيل).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln other order(s) were changed.</source>
        <translation>
            <numerusform>لم يتغير أي طلب آخر.</numerusform>
            <numerusform>تم تغيير طلب آخر.</numerusform>
            <numerusform>تم تغيير طلبين آخرين.</numerusform>
            <numerusform>تم تغيير %Ln طلبات أخرى.</numerusform>
            <numerusform>تم تغيير %Ln طلبًا آخر.</numerusform>
            <numerusform>تم تغيير %Ln طلب آخر.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Rate shop…</source>
        <translation>مقارنة الأسعا&amp;ر…</translation>
    </message>
    <message>
        <source>Compare the services for the current order and create its shipment</source>
        <translation>مقارنة خدمات الشحن للطلب الحالي وإنشاء شحنته</translation>
    </message>
    <message>
        <source>&amp;Print documents…</source>
        <translation>طباعة المستندا&amp;ت…</translation>
    </message>
    <message>
        <source>Print the label, customs papers and packing slip of the selected orders</source>
        <translation>طباعة ملصق الشحن والمستندات الجمركية وقائمة التعبئة للطلبات المحددة</translation>
    </message>
    <message>
        <source>Print documents</source>
        <translation>طباعة المستندات</translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s) get no documents:</source>
        <translation>
            <numerusform>لا توجد طلبات بلا مستندات:</numerusform>
            <numerusform>طلب واحد لن تُطبع له مستندات:</numerusform>
            <numerusform>طلبان لن تُطبع لهما مستندات:</numerusform>
            <numerusform>%Ln طلبات لن تُطبع لها مستندات:</numerusform>
            <numerusform>%Ln طلبًا لن تُطبع لها مستندات:</numerusform>
            <numerusform>%Ln طلب لن تُطبع لها مستندات:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PackSession</name>
    <message>
        <source>no printer is set up</source>
        <translation>لم يتم إعداد أي طابعة</translation>
    </message>
    <message>
        <source>printing was cancelled</source>
        <translation>تم إلغاء الطباعة</translation>
    </message>
</context>
<context>
    <name>PackStationWindow</name>
    <message>
        <source>Printing the label and papers for order %1…</source>
        <translation>جارٍ طباعة الملصق والمستندات للطلب %1…</translation>
    </message>
    <message>
        <source>Borderdesk pack station</source>
        <translation>محطة التعبئة في Borderdesk</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>الصنف</translation>
    </message>
    <message>
        <source>Bin</source>
        <translation>الرف</translation>
    </message>
    <message>
        <source>Needed</source>
        <translation>المطلوب</translation>
    </message>
    <message>
        <source>Scanned</source>
        <translation>الممسوح</translation>
    </message>
    <message>
        <source>Done</source>
        <comment>the line is complete</comment>
        <translation>مكتمل</translation>
    </message>
    <message>
        <source>Scan each item (barcode or SKU), then Enter</source>
        <translation>امسح كل صنف (الرمز الشريطي أو SKU)، ثم اضغط Enter</translation>
    </message>
    <message>
        <source>F5: print again · Esc: abandon the order</source>
        <translation>‏F5: إعادة الطباعة · Esc: التخلي عن الطلب</translation>
    </message>
    <message>
        <source>Scan or type an order number, then Enter</source>
        <translation>امسح رقم الطلب أو اكتبه، ثم اضغط Enter</translation>
    </message>
    <message>
        <source>Enter: confirm the scan · Esc: abandon the order · F5: print again · F12: next language · F10 or Ctrl+Q: leave the pack station</source>
        <translation>‏Enter: تأكيد المسح · Esc: التخلي عن الطلب · F5: إعادة الطباعة · F12: اللغة التالية · F10 أو Ctrl+Q: مغادرة محطة التعبئة</translation>
    </message>
    <message>
        <source>Pack station: no order open</source>
        <translation>محطة التعبئة: لا يوجد طلب مفتوح</translation>
    </message>
    <message numerus="yes">
        <source>Order %1: %2 of %Ln item(s) packed</source>
        <translation>
            <numerusform>الطلب %1: تمت تعبئة %2 من %Ln قطعة</numerusform>
            <numerusform>الطلب %1: تمت تعبئة %2 من قطعة واحدة</numerusform>
            <numerusform>الطلب %1: تمت تعبئة %2 من قطعتين</numerusform>
            <numerusform>الطلب %1: تمت تعبئة %2 من %Ln قطع</numerusform>
            <numerusform>الطلب %1: تمت تعبئة %2 من %Ln قطعةً</numerusform>
            <numerusform>الطلب %1: تمت تعبئة %2 من %Ln قطعة</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · tracking %2</source>
        <comment>order progress, tracking number</comment>
        <translation>%1 · رقم التتبع %2</translation>
    </message>
    <message>
        <source>Scan the order number from the packing slip.</source>
        <translation>امسح رقم الطلب من قائمة التعبئة.</translation>
    </message>
    <message>
        <source>Order %1: scan each item.</source>
        <translation>الطلب %1: امسح كل صنف.</translation>
    </message>
    <message>
        <source>✘ NOT AN ORDER: %1</source>
        <translation>✘ ليس طلبًا: %1</translation>
    </message>
    <message>
        <source>STOP: order %1 must not ship. No label.</source>
        <translation>توقّف: يجب عدم شحن الطلب %1. لا ملصق.</translation>
    </message>
    <message>
        <source>✔ %1 %2: %3 of %4</source>
        <translation>‏✔ %1 %2: %3 من %4</translation>
    </message>
    <message>
        <source>✘ WRONG ITEM: %1 %2 is not in this order. Put it back.</source>
        <translation>✘ صنف خاطئ: %1 %2 ليس ضمن هذا الطلب. أعِده إلى مكانه.</translation>
    </message>
    <message>
        <source>✘ TOO MANY: all %1 of %2 are packed already. Take this one out.</source>
        <translation>✘ كمية زائدة: تمت تعبئة كل القطع (%1 من %2) بالفعل. أخرج هذه القطعة.</translation>
    </message>
    <message>
        <source>✘ UNKNOWN BARCODE: %1 is no product and no order.</source>
        <translation>✘ رمز شريطي غير معروف: %1 ليس منتجًا ولا طلبًا.</translation>
    </message>
    <message>
        <source>✔ Tracking number %1 goes on the label.</source>
        <translation>✔ يُطبع رقم التتبع %1 على الملصق.</translation>
    </message>
    <message>
        <source>Order %1 is open already: scan its items.</source>
        <translation>الطلب %1 مفتوح بالفعل: امسح أصنافه.</translation>
    </message>
    <message>
        <source>Order %1 is not finished. Scan its items, or press Esc to abandon it and open %2.</source>
        <translation>لم يكتمل الطلب %1. امسح أصنافه، أو اضغط Esc للتخلي عنه وفتح %2.</translation>
    </message>
    <message>
        <source>Order %1 has not printed. Press F5 to print again or Esc to abandon it.</source>
        <translation>لم تتم طباعة الطلب %1. اضغط F5 لإعادة الطباعة أو Esc للتخلي عنه.</translation>
    </message>
    <message>
        <source>✔ Order %1 is packed: label and papers printed. Scan the next order.</source>
        <translation>✔ تمت تعبئة الطلب %1: طُبع الملصق والمستندات. امسح الطلب التالي.</translation>
    </message>
    <message>
        <source>✔ Order %1 printed again. Scan the next order.</source>
        <translation>✔ أُعيدت طباعة الطلب %1. امسح الطلب التالي.</translation>
    </message>
    <message>
        <source>✘ PRINTING FAILED for order %1. Press F5 to print again.</source>
        <translation>✘ فشلت طباعة الطلب %1. اضغط F5 لإعادة الطباعة.</translation>
    </message>
    <message>
        <source>✘ ORDER %1 NOT PACKED. Press F5 to try again or Esc to abandon it.</source>
        <translation>✘ لم تتم تعبئة الطلب %1. اضغط F5 للمحاولة مجددًا أو Esc للتخلي عنه.</translation>
    </message>
    <message>
        <source>Order %1 abandoned. Scan the next order number.</source>
        <translation>تم التخلي عن الطلب %1. امسح رقم الطلب التالي.</translation>
    </message>
</context>
<context>
    <name>PackageRows</name>
    <message>
        <source>Package %1 needs a weight (grams, or with a unit: 1.2 kg).</source>
        <translation>يحتاج الطرد %1 إلى وزن (بالغرام، أو مع وحدة: 1.2 kg).</translation>
    </message>
    <message>
        <source>Package %1: %2</source>
        <translation>الطرد %1: %2</translation>
    </message>
    <message>
        <source>✓ %1 number</source>
        <translation>✓ رقم %1</translation>
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
        <translation>الوزن</translation>
    </message>
    <message>
        <source>Size (L×W×H cm)</source>
        <translation>المقاس (ط×ع×ا cm)</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>رقم التتبع</translation>
    </message>
    <message>
        <source>Package %1</source>
        <translation>الطرد %1</translation>
    </message>
    <message>
        <source>e.g. 1.2 kg</source>
        <translation>مثل 1.2 kg</translation>
    </message>
    <message>
        <source>e.g. 40x30x20</source>
        <translation>مثل 40x30x20</translation>
    </message>
    <message>
        <source>type or scan</source>
        <translation>اكتب أو امسح</translation>
    </message>
</context>
<context>
    <name>PackingSlip</name>
    <message>
        <source>Packing slip</source>
        <translation>قائمة التعبئة</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>الطلب %1</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>التاريخ: %1</translation>
    </message>
    <message>
        <source>Ship to</source>
        <translation>الشحن إلى</translation>
    </message>
    <message>
        <source>Shipping method</source>
        <translation>طريقة الشحن</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>رقم التتبع</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>الصنف</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>الكمية</translation>
    </message>
    <message>
        <source>Bin</source>
        <translation>موقع الرف</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>Thank you for your order!</source>
        <translation>شكرًا لطلبك!</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>الصفحة %1 من %2</translation>
    </message>
    <message>
        <source>Continued on the next page</source>
        <translation>يتبع في الصفحة التالية</translation>
    </message>
    <message>
        <source>Packing slip %1</source>
        <translation>قائمة التعبئة %1</translation>
    </message>
</context>
<context>
    <name>PdfExport</name>
    <message>
        <source>There is nothing to print.</source>
        <translation>لا يوجد ما يُطبع.</translation>
    </message>
    <message>
        <source>%1 dpi is not a resolution a printer has.</source>
        <translation>%1 dpi ليست دقة تدعمها الطابعات.</translation>
    </message>
    <message>
        <source>Could not start writing the PDF.</source>
        <translation>تعذّر بدء كتابة ملف PDF.</translation>
    </message>
    <message>
        <source>Could not finish writing the PDF.</source>
        <translation>تعذّر إكمال كتابة ملف PDF.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>تعذّرت كتابة %1: %2</translation>
    </message>
</context>
<context>
    <name>PhoneNumber</name>
    <message>
        <source>phone number is empty</source>
        <translation>رقم الهاتف فارغ</translation>
    </message>
    <message>
        <source>phone number &quot;%1&quot; cannot be read: it needs a known country code, such as +66</source>
        <translation>تتعذّر قراءة رقم الهاتف &quot;%1&quot;: يجب أن يتضمن رمز بلد معروفًا، مثل +66</translation>
    </message>
    <message>
        <source>phone number &quot;%1&quot; cannot be read</source>
        <translation>تتعذّر قراءة رقم الهاتف &quot;%1&quot;</translation>
    </message>
    <message>
        <source>phone number &quot;%1&quot; is not valid</source>
        <translation>رقم الهاتف &quot;%1&quot; غير صالح</translation>
    </message>
    <message>
        <source>phone number &quot;%1&quot; is not valid for %2</source>
        <translation>رقم الهاتف &quot;%1&quot; غير صالح في %2</translation>
    </message>
</context>
<context>
    <name>PriceCommand</name>
    <message>
        <source>--date: &quot;%1&quot; is not a date (YYYY-MM-DD)</source>
        <translation>--date: &quot;%1&quot; ليس تاريخًا (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>usage: price SKU --market CODE [--incoterm DAP|DDP] [--date YYYY-MM-DD] [--json]
       price apply --market CODE [--dry-run] [--date YYYY-MM-DD]
       price export --market CODE FILE [--shopify] [--date YYYY-MM-DD]
       price fix SKU --market CODE AMOUNT|--clear</source>
        <translation>الاستخدام: price SKU --market CODE [--incoterm DAP|DDP] [--date YYYY-MM-DD] [--json]
           price apply --market CODE [--dry-run] [--date YYYY-MM-DD]
           price export --market CODE FILE [--shopify] [--date YYYY-MM-DD]
           price fix SKU --market CODE AMOUNT|--clear</translation>
    </message>
    <message>
        <source>--incoterm: &quot;%1&quot; must be DAP or DDP</source>
        <translation>--incoterm: يجب أن تكون &quot;%1&quot; إحدى القيمتين DAP أو DDP</translation>
    </message>
    <message>
        <source>usage: price apply --market CODE [--dry-run] [--date YYYY-MM-DD]</source>
        <translation>الاستخدام: price apply --market CODE [--dry-run] [--date YYYY-MM-DD]</translation>
    </message>
    <message>
        <source>--dry-run goes with price apply</source>
        <translation>يُستخدم --dry-run مع price apply فقط</translation>
    </message>
    <message>
        <source>%1 (%2) into %3, %4, rates of %5</source>
        <translation>%1 (%2) إلى %3، %4، أسعار الصرف بتاريخ %5</translation>
    </message>
    <message>
        <source>total</source>
        <translation>الإجمالي</translation>
    </message>
    <message>
        <source>margin</source>
        <translation>هامش الربح</translation>
    </message>
    <message>
        <source>after cost and what the seller pays (%1)</source>
        <translation>بعد خصم التكلفة وما يدفعه البائع (%1)</translation>
    </message>
    <message>
        <source>Dry run for %1: %2 product(s) checked, %3 price(s) would change, %4 moved less than the threshold; nothing was written.</source>
        <translation>تشغيل تجريبي لـ %1: المنتجات المفحوصة: %2، والأسعار التي ستتغير: %3، والأسعار التي تغيّرت بأقل من الحد: %4؛ لم تتم كتابة أي شيء.</translation>
    </message>
    <message>
        <source>%1: %2 product(s) checked, %3 price(s) changed, %4 moved less than the threshold and were kept.</source>
        <translation>%1: المنتجات المفحوصة: %2، والأسعار المتغيرة: %3، والأسعار التي تغيّرت بأقل من الحد وأُبقيت كما هي: %4.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n price(s) of %1 to %2.</source>
        <translation>
            <numerusform>لم يتم تصدير أي سعر لـ %1 إلى %2.</numerusform>
            <numerusform>تم تصدير سعر واحد لـ %1 إلى %2.</numerusform>
            <numerusform>تم تصدير سعرين لـ %1 إلى %2.</numerusform>
            <numerusform>تم تصدير %n أسعار لـ %1 إلى %2.</numerusform>
            <numerusform>تم تصدير %n سعرًا لـ %1 إلى %2.</numerusform>
            <numerusform>تم تصدير %n سعر لـ %1 إلى %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>there is no market %1</source>
        <translation>لا يوجد سوق بالرمز %1</translation>
    </message>
    <message>
        <source>there is no product with SKU %1</source>
        <translation>لا يوجد منتج بالرمز SKU %1</translation>
    </message>
    <message>
        <source>AMOUNT: %1</source>
        <translation>AMOUNT: %1</translation>
    </message>
    <message>
        <source>%1 in %2 is now fixed at %3.</source>
        <translation>أصبح سعر %1 في %2 ثابتًا عند %3.</translation>
    </message>
    <message>
        <source>%1 in %2 follows the market&apos;s rule again.</source>
        <translation>عاد سعر %1 في %2 إلى اتباع قاعدة السوق.</translation>
    </message>
</context>
<context>
    <name>PriceExporter</name>
    <message>
        <source>there is no market %1</source>
        <translation>لا يوجد سوق بالرمز %1</translation>
    </message>
    <message>
        <source>export cancelled</source>
        <translation>تم إلغاء التصدير</translation>
    </message>
</context>
<context>
    <name>PriceListService</name>
    <message>
        <source>fixed price for %1</source>
        <translation>سعر ثابت لـ %1</translation>
    </message>
    <message>
        <source>base price %1</source>
        <translation>السعر الأساسي %1</translation>
    </message>
    <message>
        <source>cost %1 + %2% markup = %3</source>
        <translation>التكلفة %1 + زيادة %2% = %3</translation>
    </message>
    <message>
        <source>%1: the price is too large to convert</source>
        <translation>%1: السعر كبير جدًا بحيث يتعذّر تحويله</translation>
    </message>
    <message>
        <source>%1, rounded %2</source>
        <translation>%1، التقريب: %2</translation>
    </message>
    <message>
        <source>%1 = %2 at the rates of %3 (1 EUR = %4 %5 = %6 %7), rounded %8</source>
        <translation>%1 = %2 بأسعار الصرف بتاريخ ‎%3 (‎1 EUR = %4 %5 = %6 %7)، التقريب: %8</translation>
    </message>
    <message>
        <source>no exchange rate for %1 and %2</source>
        <translation>لا يوجد سعر صرف بين %1 و%2</translation>
    </message>
    <message>
        <source>%1 to %2, %3: %4</source>
        <translation>%1 إلى %2، %3: %4</translation>
    </message>
    <message>
        <source>there is no product with SKU %1</source>
        <translation>لا يوجد منتج بالرمز SKU %1</translation>
    </message>
    <message>
        <source>there is no market %1</source>
        <translation>لا يوجد سوق بالرمز %1</translation>
    </message>
    <message>
        <source>cancelled; no price was changed</source>
        <translation>تم الإلغاء؛ لم يتغير أي سعر</translation>
    </message>
    <message>
        <source>cannot store the price of %1: %2</source>
        <translation>لا يمكن تخزين سعر %1: %2</translation>
    </message>
    <message>
        <source>a fixed price for %1 must be in %2</source>
        <translation>يجب أن يكون السعر الثابت لـ %1 بعملة %2</translation>
    </message>
</context>
<context>
    <name>PriceListsView</name>
    <message>
        <source>Export prices</source>
        <translation>تصدير الأسعار</translation>
    </message>
    <message>
        <source>prices-%1.csv</source>
        <translation>prices-%1.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;Excel workbooks (*.xlsx)</source>
        <translation>ملفات CSV (*.csv);;مصنفات Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Some prices cannot be computed: %1</source>
        <translation>يتعذّر حساب بعض الأسعار: %1</translation>
    </message>
    <message>
        <source>Fixed price</source>
        <translation>سعر ثابت</translation>
    </message>
    <message>
        <source>Fixed price of %1 in %2 (%3); leave empty to follow the market&apos;s rule:</source>
        <translation>السعر الثابت لـ %1 في %2 (%3)؛ اتركه فارغًا لاتباع قاعدة السوق:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>تم الإلغاء</translation>
    </message>
    <message>
        <source>Pricing %1…</source>
        <translation>جارٍ تسعير %1…</translation>
    </message>
    <message>
        <source>Price lists</source>
        <translation>قوائم الأسعار</translation>
    </message>
    <message>
        <source>Apply prices</source>
        <translation>تطبيق الأسعار</translation>
    </message>
    <message>
        <source>%1: %2 price(s) will change; %3 moved less than the market&apos;s threshold and stay. Apply?</source>
        <translation>%1: سيتغير %2 من الأسعار؛ و%3 تغيّرت بأقل من حد السوق وستبقى كما هي. هل تريد التطبيق؟</translation>
    </message>
    <message>
        <source>%1: %2 price(s) changed and kept in the price history.</source>
        <translation>%1: تغيّر %2 من الأسعار وحُفظت في سجل الأسعار.</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>جارٍ تصدير %1…</translation>
    </message>
    <message>
        <source>%1 in %2 is now fixed at %3.</source>
        <translation>أصبح سعر %1 في %2 ثابتًا عند %3.</translation>
    </message>
    <message>
        <source>%1 in %2 follows the market&apos;s rule again.</source>
        <translation>عاد سعر %1 في %2 إلى اتباع قاعدة السوق.</translation>
    </message>
    <message>
        <source>Search SKU, name or barcode</source>
        <translation>البحث بـ SKU أو الاسم أو الرمز الشريطي</translation>
    </message>
    <message>
        <source>Rates of:</source>
        <translation>أسعار الصرف بتاريخ:</translation>
    </message>
    <message>
        <source>Markets:</source>
        <translation>الأسواق:</translation>
    </message>
    <message>
        <source>&amp;Apply prices…</source>
        <translation>تطبيق الأسعا&amp;ر…</translation>
    </message>
    <message>
        <source>E&amp;xport prices…</source>
        <translation>تصدير &amp;الأسعار…</translation>
    </message>
    <message>
        <source>Shopify form (Price / market)</source>
        <translation>صيغة Shopify (Price / market)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln price(s) to %1.</source>
        <translation>
            <numerusform>لم يتم تصدير أي سعر إلى %1.</numerusform>
            <numerusform>تم تصدير سعر واحد إلى %1.</numerusform>
            <numerusform>تم تصدير سعرين إلى %1.</numerusform>
            <numerusform>تم تصدير %Ln أسعار إلى %1.</numerusform>
            <numerusform>تم تصدير %Ln سعرًا إلى %1.</numerusform>
            <numerusform>تم تصدير %Ln سعر إلى %1.</numerusform>
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
        <translation>%1 (ثابت)</translation>
    </message>
    <message>
        <source>new</source>
        <translation>جديد</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>%1 now</source>
        <translation>الحالي (%1)</translation>
    </message>
    <message>
        <source>%1 new</source>
        <translation>الجديد (%1)</translation>
    </message>
    <message>
        <source>%1 change</source>
        <translation>التغيير (%1)</translation>
    </message>
    <message>
        <source>%1 landed</source>
        <translation>التكلفة الواصلة (%1)</translation>
    </message>
    <message>
        <source>%1 margin</source>
        <translation>هامش الربح (%1)</translation>
    </message>
</context>
<context>
    <name>PriceRounding</name>
    <message>
        <source>no rounding</source>
        <translation>بلا تقريب</translation>
    </message>
    <message>
        <source>up</source>
        <translation>للأعلى</translation>
    </message>
    <message>
        <source>to the nearest</source>
        <translation>للأقرب</translation>
    </message>
    <message>
        <source>down</source>
        <translation>للأسفل</translation>
    </message>
    <message>
        <source>%1 to steps of %2, less %3</source>
        <translation>%1 بخطوات قدرها %2، ناقص %3</translation>
    </message>
    <message>
        <source>%1 to steps of %2</source>
        <translation>%1 بخطوات قدرها %2</translation>
    </message>
    <message>
        <source>from %1: %2</source>
        <translation>من %1: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a price bracket (e.g. 100=10:up:0)</source>
        <translation>&quot;%1&quot; ليست شريحة أسعار (مثل 100=10:up:0)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs step:direction:ending (e.g. 1:up:0.01)</source>
        <translation>يتطلب &quot;%1&quot; الصيغة step:direction:ending (مثل 1:up:0.01)</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the direction must be up, nearest or down</source>
        <translation>&quot;%1&quot;: يجب أن يكون الاتجاه up أو nearest أو down</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: step and ending must be amounts in %2</source>
        <translation>&quot;%1&quot;: يجب أن تكون الخطوة والنهاية مبالغ بعملة %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the step must be above zero and the ending no larger than the step</source>
        <translation>&quot;%1&quot;: يجب أن تكون الخطوة أكبر من صفر وألا تتجاوز النهاية الخطوة</translation>
    </message>
</context>
<context>
    <name>PrintSession</name>
    <message>
        <source>No printer is chosen, and the system has no default printer.</source>
        <translation>لم يتم اختيار طابعة، ولا توجد طابعة افتراضية في النظام.</translation>
    </message>
    <message>
        <source>The printer “%1” was not found. Check that it is set up in the system&apos;s printer settings.</source>
        <translation>لم يتم العثور على الطابعة “%1”. تحقق من إعدادها في إعدادات الطابعات في النظام.</translation>
    </message>
    <message>
        <source>The printer “%1” cannot be used.</source>
        <translation>لا يمكن استخدام الطابعة “%1”.</translation>
    </message>
    <message>
        <source>The printer “%1” could not start the print job.</source>
        <translation>تعذّر على الطابعة “%1” بدء مهمة الطباعة.</translation>
    </message>
    <message>
        <source>The print job is already finished.</source>
        <translation>انتهت مهمة الطباعة بالفعل.</translation>
    </message>
    <message>
        <source>The printer “%1” could not start a new page.</source>
        <translation>تعذّر على الطابعة “%1” بدء صفحة جديدة.</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>خطأ غير معروف</translation>
    </message>
    <message>
        <source>Drawing page %1 of “%2” failed: %3</source>
        <translation>فشل رسم الصفحة %1 من “%2”: %3</translation>
    </message>
    <message>
        <source>The printer “%1” reported an error while printing “%2”.</source>
        <translation>أبلغت الطابعة “%1” عن خطأ أثناء طباعة “%2”.</translation>
    </message>
    <message>
        <source>There is nothing to print.</source>
        <translation>لا يوجد ما يُطبع.</translation>
    </message>
    <message>
        <source>The printer “%1” did not accept the print job.</source>
        <translation>لم تقبل الطابعة “%1” مهمة الطباعة.</translation>
    </message>
</context>
<context>
    <name>PrintSettings</name>
    <message>
        <source>4 × 6 in label</source>
        <translation>ملصق 4 × 6 بوصة</translation>
    </message>
    <message>
        <source>100 × 150 mm label</source>
        <translation>ملصق 100 × 150 mm</translation>
    </message>
    <message>
        <source>4 × 4 in label</source>
        <translation>ملصق 4 × 4 بوصة</translation>
    </message>
</context>
<context>
    <name>PrintSettingsDialog</name>
    <message>
        <source>Printers and Paper</source>
        <translation>الطابعات والورق</translation>
    </message>
    <message>
        <source>Choose the printer and the paper for each kind of document. The pack station prints to these printers without asking.</source>
        <translation>اختر الطابعة والورق لكل نوع من المستندات. تطبع محطة التعبئة على هذه الطابعات دون سؤال.</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>المستند</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>الطابعة</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>الورق</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>الاتجاه</translation>
    </message>
    <message>
        <source>No printer is set up on this computer yet. Add one in the system&apos;s printer settings, then open this dialog again.</source>
        <translation>لم يتم إعداد أي طابعة على هذا الحاسوب بعد. أضف طابعة من إعدادات الطابعات في النظام، ثم افتح مربع الحوار هذا مجددًا.</translation>
    </message>
    <message>
        <source>System default printer</source>
        <translation>الطابعة الافتراضية للنظام</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>الافتراضية للنظام (%1)</translation>
    </message>
    <message>
        <source>%1 (not found)</source>
        <translation>%1 (غير موجودة)</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>عمودي</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>أفقي</translation>
    </message>
</context>
<context>
    <name>ProductCells</name>
    <message>
        <source>&quot;%1&quot; is not a whole number</source>
        <translation>&quot;%1&quot; ليس عددًا صحيحًا</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number of zero or more</source>
        <translation>&quot;%1&quot; ليس عددًا صحيحًا يساوي صفرًا أو أكثر</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of zero or more</source>
        <translation>&quot;%1&quot; ليس رقمًا يساوي صفرًا أو أكثر</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 4217 currency code (e.g. THB, USD, EUR)</source>
        <translation>&quot;%1&quot; ليس رمز عملة وفق ISO 4217 (مثل THB أو USD أو EUR)</translation>
    </message>
    <message>
        <source>an amount is required</source>
        <translation>المبلغ مطلوب</translation>
    </message>
    <message>
        <source>barcode &quot;%1&quot; was turned into a number by a spreadsheet; format the column as text and export again</source>
        <translation>حوّل برنامج جداول البيانات الرمز الشريطي &quot;%1&quot; إلى رقم؛ نسّق العمود كنص ثم صدّره مجددًا</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not true or false</source>
        <translation>&quot;%1&quot; ليس true أو false</translation>
    </message>
</context>
<context>
    <name>ProductCsv</name>
    <message>
        <source>Borderdesk product CSV</source>
        <translation>ملف CSV لمنتجات Borderdesk</translation>
    </message>
    <message>
        <source>Shopify product CSV</source>
        <translation>ملف CSV لمنتجات Shopify</translation>
    </message>
    <message>
        <source>Shopify product CSV (legacy template)</source>
        <translation>ملف CSV لمنتجات Shopify (القالب القديم)</translation>
    </message>
    <message>
        <source>unknown format</source>
        <translation>صيغة غير معروفة</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>الملف فارغ</translation>
    </message>
    <message>
        <source>the header row is not one of a Shopify product export or a Borderdesk product CSV (it needs sku and name columns, or Shopify&apos;s Handle/Title, SKU and Price)</source>
        <translation>صف الترويسة لا يطابق ملف تصدير منتجات من Shopify ولا ملف CSV لمنتجات Borderdesk (يلزم العمودان sku وname، أو أعمدة Shopify: Handle/Title وSKU وPrice)</translation>
    </message>
</context>
<context>
    <name>ProductCsvSink</name>
    <message>
        <source>SKU &quot;%1&quot; already appears on line %2</source>
        <translation>رمز SKU &quot;%1&quot; موجود بالفعل في السطر %2</translation>
    </message>
</context>
<context>
    <name>ProductEditorDialog</name>
    <message>
        <source>Product</source>
        <translation>المنتج</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>Customs description</source>
        <translation>الوصف الجمركي</translation>
    </message>
    <message>
        <source>Barcode (GTIN)</source>
        <translation>الرمز الشريطي (GTIN)</translation>
    </message>
    <message>
        <source>HS code</source>
        <translation>رمز HS</translation>
    </message>
    <message>
        <source>Country of origin</source>
        <translation>بلد المنشأ</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>الوزن</translation>
    </message>
    <message>
        <source> g</source>
        <translation> g</translation>
    </message>
    <message>
        <source>Dimensions (L × W × H)</source>
        <translation>الأبعاد (الطول × العرض × الارتفاع)</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>التكلفة</translation>
    </message>
    <message>
        <source>0.00</source>
        <translation>0.00</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>السعر</translation>
    </message>
    <message>
        <source>Stock on hand</source>
        <translation>المخزون المتوفر</translation>
    </message>
    <message>
        <source>Active (offered for sale)</source>
        <translation>نشط (معروض للبيع)</translation>
    </message>
    <message>
        <source>— not set —</source>
        <translation>— غير محدد —</translation>
    </message>
    <message>
        <source>Edit product %1</source>
        <translation>تحرير المنتج %1</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>منتج جديد</translation>
    </message>
    <message>
        <source>SKU %1 is already used by &quot;%2&quot;</source>
        <translation>رمز SKU %1 مستخدم بالفعل للمنتج &quot;%2&quot;</translation>
    </message>
</context>
<context>
    <name>ProductExporter</name>
    <message>
        <source>%1: cannot write the file: %2</source>
        <translation>%1: لا يمكن كتابة الملف: %2</translation>
    </message>
    <message>
        <source>cannot read the catalogue: %1</source>
        <translation>لا يمكن قراءة الكتالوج: %1</translation>
    </message>
    <message>
        <source>export cancelled</source>
        <translation>تم إلغاء التصدير</translation>
    </message>
    <message>
        <source>%1: cannot finish writing the file: %2</source>
        <translation>%1: لا يمكن إكمال كتابة الملف: %2</translation>
    </message>
</context>
<context>
    <name>ProductImportDialog</name>
    <message>
        <source>Reading %1…</source>
        <translation>جارٍ قراءة %1…</translation>
    </message>
    <message>
        <source>The import was cancelled; the catalogue was not changed.</source>
        <translation>تم إلغاء الاستيراد؛ لم يتغير الكتالوج.</translation>
    </message>
    <message>
        <source>%1: %2 new and %3 updated product(s) will be imported.</source>
        <translation>%1: سيتم استيراد المنتجات: جديدة: %2، ومحدَّثة: %3.</translation>
    </message>
    <message>
        <source>Import products from %1</source>
        <translation>استيراد المنتجات من %1</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;استيراد</translation>
    </message>
    <message>
        <source>Prices in this file are in:</source>
        <translation>عملة الأسعار في هذا الملف:</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>الرمز الشريطي</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>السعر</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>المخزون</translation>
    </message>
    <message numerus="yes">
        <source>Importing %Ln product(s)…</source>
        <translation>
            <numerusform>جارٍ استيراد %Ln منتج…</numerusform>
            <numerusform>جارٍ استيراد منتج واحد…</numerusform>
            <numerusform>جارٍ استيراد منتجين…</numerusform>
            <numerusform>جارٍ استيراد %Ln منتجات…</numerusform>
            <numerusform>جارٍ استيراد %Ln منتجًا…</numerusform>
            <numerusform>جارٍ استيراد %Ln منتج…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: nothing can be imported until %Ln problem(s) are fixed in the file.</source>
        <translation>
            <numerusform>%1: لا يمكن استيراد أي شيء قبل إصلاح المشكلات في الملف.</numerusform>
            <numerusform>%1: لا يمكن استيراد أي شيء قبل إصلاح مشكلة واحدة في الملف.</numerusform>
            <numerusform>%1: لا يمكن استيراد أي شيء قبل إصلاح مشكلتين في الملف.</numerusform>
            <numerusform>%1: لا يمكن استيراد أي شيء قبل إصلاح %Ln مشكلات في الملف.</numerusform>
            <numerusform>%1: لا يمكن استيراد أي شيء قبل إصلاح %Ln مشكلةً في الملف.</numerusform>
            <numerusform>%1: لا يمكن استيراد أي شيء قبل إصلاح %Ln مشكلة في الملف.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s).</source>
        <translation>
            <numerusform>لا توجد تحذيرات.</numerusform>
            <numerusform>تحذير واحد.</numerusform>
            <numerusform>تحذيران.</numerusform>
            <numerusform>%Ln تحذيرات.</numerusform>
            <numerusform>%Ln تحذيرًا.</numerusform>
            <numerusform>%Ln تحذير.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProductImporter</name>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation>%1: لا يمكن قراءة الملف: %2</translation>
    </message>
    <message>
        <source>%1: the file is too large for a product list (%2 MB)</source>
        <translation>%1: الملف كبير جدًا بالنسبة لقائمة منتجات (%2 MB)</translation>
    </message>
    <message>
        <source>%1:%2: the database refused product %3: %4</source>
        <translation>%1:%2: رفضت قاعدة البيانات المنتج %3: %4</translation>
    </message>
</context>
<context>
    <name>ProductLabels</name>
    <message numerus="yes">
        <source>Product labels (%n labels)</source>
        <translation>
            <numerusform>ملصقات المنتجات (لا ملصقات)</numerusform>
            <numerusform>ملصقات المنتجات (ملصق واحد)</numerusform>
            <numerusform>ملصقات المنتجات (ملصقان)</numerusform>
            <numerusform>ملصقات المنتجات (%n ملصقات)</numerusform>
            <numerusform>ملصقات المنتجات (%n ملصقًا)</numerusform>
            <numerusform>ملصقات المنتجات (%n ملصق)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProductRepository</name>
    <message>
        <source>cannot add product %1: %2</source>
        <translation>لا يمكن إضافة المنتج %1: %2</translation>
    </message>
    <message>
        <source>cannot save product %1: %2</source>
        <translation>لا يمكن حفظ المنتج %1: %2</translation>
    </message>
    <message>
        <source>product %1 no longer exists</source>
        <translation>لم يعد المنتج %1 موجودًا</translation>
    </message>
    <message>
        <source>cannot delete the product: %1</source>
        <translation>لا يمكن حذف المنتج: %1</translation>
    </message>
</context>
<context>
    <name>ProductTableModel</name>
    <message>
        <source>prohibited</source>
        <translation>محظور</translation>
    </message>
    <message>
        <source>restricted</source>
        <translation>مقيد</translation>
    </message>
    <message>
        <source>licence needed</source>
        <translation>يلزم ترخيص</translation>
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
        <source>Active</source>
        <translation>نشط</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>غير نشط</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>الرمز الشريطي</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>المنشأ</translation>
    </message>
    <message>
        <source>HS code</source>
        <translation>رمز HS</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>الوزن</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>السعر</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>التكلفة</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>المخزون</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Restrictions</source>
        <translation>القيود</translation>
    </message>
</context>
<context>
    <name>ProductValidator</name>
    <message>
        <source>SKU is required</source>
        <translation>رمز SKU مطلوب</translation>
    </message>
    <message>
        <source>SKU is longer than %1 characters</source>
        <translation>يتجاوز طول رمز SKU الحد الأقصى البالغ %1 حرفًا</translation>
    </message>
    <message>
        <source>SKU must not start or end with spaces or contain control characters</source>
        <translation>يجب ألا يبدأ رمز SKU أو ينتهي بمسافات، وألا يحتوي على أحرف تحكم</translation>
    </message>
    <message>
        <source>name is required</source>
        <translation>الاسم مطلوب</translation>
    </message>
    <message>
        <source>name is longer than %1 characters</source>
        <translation>يتجاوز طول الاسم الحد الأقصى البالغ %1 حرفًا</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO country code (e.g. TH, CN, DE)</source>
        <translation>&quot;%1&quot; ليس رمز بلد وفق ISO (مثل TH أو CN أو DE)</translation>
    </message>
    <message>
        <source>weight must be between 0 and %1 g</source>
        <translation>يجب أن يكون الوزن بين 0 و%1 g</translation>
    </message>
    <message>
        <source>%1 must be between 0 and %2 mm</source>
        <translation>يجب أن يكون %1 بين 0 و%2 mm</translation>
    </message>
    <message>
        <source>cost needs a known currency code</source>
        <translation>تتطلب التكلفة رمز عملة معروفًا</translation>
    </message>
    <message>
        <source>cost must not be negative</source>
        <translation>يجب ألا تكون التكلفة سالبة</translation>
    </message>
    <message>
        <source>price needs a known currency code</source>
        <translation>يتطلب السعر رمز عملة معروفًا</translation>
    </message>
    <message>
        <source>price must not be negative</source>
        <translation>يجب ألا يكون السعر سالبًا</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>Customs description</source>
        <translation>الوصف الجمركي</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>الرمز الشريطي</translation>
    </message>
    <message>
        <source>HS code</source>
        <translation>رمز HS</translation>
    </message>
    <message>
        <source>Country of origin</source>
        <translation>بلد المنشأ</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>الوزن</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>الطول</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>العرض</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>الارتفاع</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>التكلفة</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>السعر</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>المخزون</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>نشط</translation>
    </message>
</context>
<context>
    <name>ProductsCommand</name>
    <message>
        <source>products: unknown subcommand %1</source>
        <translation>products: أمر فرعي غير معروف %1</translation>
    </message>
    <message>
        <source>usage: products import FILE [--dry-run] [--currency CUR]</source>
        <translation>الاستخدام: products import FILE [--dry-run] [--currency CUR]</translation>
    </message>
    <message>
        <source>--currency: &quot;%1&quot; is not an ISO 4217 currency code</source>
        <translation>--currency: &quot;%1&quot; ليس رمز عملة وفق ISO 4217</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n problem(s) must be fixed first.</source>
        <translation>
            <numerusform>لم يتم استيراد أي شيء: يجب إصلاح المشكلات أولًا.</numerusform>
            <numerusform>لم يتم استيراد أي شيء: يجب إصلاح مشكلة واحدة أولًا.</numerusform>
            <numerusform>لم يتم استيراد أي شيء: يجب إصلاح مشكلتين أولًا.</numerusform>
            <numerusform>لم يتم استيراد أي شيء: يجب إصلاح %n مشكلات أولًا.</numerusform>
            <numerusform>لم يتم استيراد أي شيء: يجب إصلاح %n مشكلةً أولًا.</numerusform>
            <numerusform>لم يتم استيراد أي شيء: يجب إصلاح %n مشكلة أولًا.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dry run (%1): %2 new and %3 updated product(s) would be imported; nothing was written.</source>
        <translation>تشغيل تجريبي (%1): كان سيتم استيراد المنتجات: جديدة: %2، ومحدَّثة: %3؛ لم تتم كتابة أي شيء.</translation>
    </message>
    <message>
        <source>Imported %1: %2 new, %3 updated.</source>
        <translation>تم استيراد %1: جديدة: %2، ومحدَّثة: %3.</translation>
    </message>
    <message>
        <source>usage: products export FILE</source>
        <translation>الاستخدام: products export FILE</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n product(s) to %1.</source>
        <translation>
            <numerusform>لم يتم تصدير أي منتج إلى %1.</numerusform>
            <numerusform>تم تصدير منتج واحد إلى %1.</numerusform>
            <numerusform>تم تصدير منتجين إلى %1.</numerusform>
            <numerusform>تم تصدير %n منتجات إلى %1.</numerusform>
            <numerusform>تم تصدير %n منتجًا إلى %1.</numerusform>
            <numerusform>تم تصدير %n منتج إلى %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>usage: products list [--json] [--search TEXT] [--category NAME]</source>
        <translation>الاستخدام: products list [--json] [--search TEXT] [--category NAME]</translation>
    </message>
    <message>
        <source>stock %1</source>
        <translation>المخزون %1</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation>
            <numerusform>لا منتجات</numerusform>
            <numerusform>منتج واحد</numerusform>
            <numerusform>منتجان</numerusform>
            <numerusform>%n منتجات</numerusform>
            <numerusform>%n منتجًا</numerusform>
            <numerusform>%n منتج</numerusform>
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
        <translation>موافق</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>حفظ الكل</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;نعم</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>نعم لل&amp;كل</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;لا</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>لا لل&amp;جميع</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>إيقاف</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>إعادة المحاولة</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>تجاهل</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>تجاهل التغييرات</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>تعليمات</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>تطبيق</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>إعادة تعيين</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>استعادة الإعدادات الافتراضية</translation>
    </message>
    <message>
        <source>Don&apos;t Save</source>
        <translation>عدم الحفظ</translation>
    </message>
</context>
<context>
    <name>QUndoStack</name>
    <message>
        <source>Undo %1</source>
        <translation>تراجع عن %1</translation>
    </message>
    <message>
        <source>Undo</source>
        <comment>Default text for undo action</comment>
        <translation>تراجع</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>إعادة %1</translation>
    </message>
    <message>
        <source>Redo</source>
        <comment>Default text for redo action</comment>
        <translation>إعادة</translation>
    </message>
</context>
<context>
    <name>QuoteTableModel</name>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (افتراضي)</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>غير متاح</translation>
    </message>
    <message>
        <source>%1–%2 days</source>
        <translation>%1–%2 أيام</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>الخدمة</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>شركة الشحن</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>السعر</translation>
    </message>
    <message>
        <source>In base currency</source>
        <translation>بالعملة الأساسية</translation>
    </message>
    <message>
        <source>Transit</source>
        <translation>مدة النقل</translation>
    </message>
    <message>
        <source>Billable weight</source>
        <translation>الوزن المحتسب</translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln يوم</numerusform>
            <numerusform>يوم واحد</numerusform>
            <numerusform>يومان</numerusform>
            <numerusform>%Ln أيام</numerusform>
            <numerusform>%Ln يومًا</numerusform>
            <numerusform>%Ln يوم</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RateCalculator</name>
    <message>
        <source>dimensions &quot;%1&quot; should look like 30x20x10 (centimetres) or 300x200x100mm</source>
        <translation>يجب أن تكون الأبعاد &quot;%1&quot; بالشكل 30x20x10 (بالسنتيمتر) أو 300x200x100mm</translation>
    </message>
    <message>
        <source>dimension &quot;%1&quot; is not a length</source>
        <translation>البُعد &quot;%1&quot; ليس طولًا</translation>
    </message>
    <message>
        <source>%1 × %2 × %3 cm ÷ %4 = %5 dimensional</source>
        <translation>%1 × %2 × %3 cm ÷ %4 = %5 (حجمي)</translation>
    </message>
    <message>
        <source>%1 dimensional</source>
        <translation>%1 (حجمي)</translation>
    </message>
    <message>
        <source>%1 actual</source>
        <translation>%1 (فعلي)</translation>
    </message>
    <message numerus="yes">
        <source>%n parcel(s), each on the heavier of its actual and dimensional weight: %1, %2</source>
        <translation>
            <numerusform>لا طرود، ويُحتسب كل طرد بالأثقل من وزنه الفعلي والحجمي: %1، %2</numerusform>
            <numerusform>طرد واحد، يُحتسب بالأثقل من وزنه الفعلي والحجمي: %1، %2</numerusform>
            <numerusform>طردان، يُحتسب كل منهما بالأثقل من وزنه الفعلي والحجمي: %1، %2</numerusform>
            <numerusform>%n طرود، يُحتسب كل منها بالأثقل من وزنه الفعلي والحجمي: %1، %2</numerusform>
            <numerusform>%n طردًا، يُحتسب كل منها بالأثقل من وزنه الفعلي والحجمي: %1، %2</numerusform>
            <numerusform>%n طرد، يُحتسب كل منها بالأثقل من وزنه الفعلي والحجمي: %1، %2</numerusform>
        </translation>
    </message>
    <message>
        <source>no box sizes given</source>
        <translation>لم تُحدَّد مقاسات الصناديق</translation>
    </message>
    <message>
        <source>%1 (no box size given)</source>
        <translation>%1 (لم يُحدَّد مقاس الصندوق)</translation>
    </message>
    <message>
        <source>%1 → %2 billable</source>
        <translation>%1 ← %2 محتسب</translation>
    </message>
    <message>
        <source>the service is switched off</source>
        <translation>الخدمة متوقفة</translation>
    </message>
    <message>
        <source>no parcel to price</source>
        <translation>لا يوجد طرد لتسعيره</translation>
    </message>
    <message>
        <source>%1 does not ship to %2</source>
        <translation>لا تشحن %1 إلى %2</translation>
    </message>
    <message>
        <source>%1 takes parcels up to %2</source>
        <translation>تقبل %1 الطرود حتى %2</translation>
    </message>
</context>
<context>
    <name>RateCardCsv</name>
    <message>
        <source>the file is empty</source>
        <translation>الملف فارغ</translation>
    </message>
    <message>
        <source>the header has no &quot;%1&quot; column</source>
        <translation>لا تحتوي الترويسة على العمود &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the file has no rates</source>
        <translation>لا يحتوي الملف على أي أسعار</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number of at least %2</source>
        <translation>&quot;%1&quot; ليس عددًا صحيحًا لا يقل عن %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 4217 currency code</source>
        <translation>&quot;%1&quot; ليس رمز عملة وفق ISO 4217</translation>
    </message>
    <message>
        <source>the service&apos;s first row needs its carrier</source>
        <translation>يجب أن يحدد الصف الأول للخدمة شركة الشحن الخاصة بها</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a percentage such as 12.5</source>
        <translation>&quot;%1&quot; ليست نسبة مئوية مثل 12.5</translation>
    </message>
    <message>
        <source>the service code is empty</source>
        <translation>رمز الخدمة فارغ</translation>
    </message>
    <message>
        <source>the zone is empty</source>
        <translation>النطاق فارغ</translation>
    </message>
    <message>
        <source>the bracket&apos;s top weight is empty</source>
        <translation>الحد الأعلى لوزن الشريحة فارغ</translation>
    </message>
    <message>
        <source>a price cannot be negative</source>
        <translation>لا يمكن أن يكون السعر سالبًا</translation>
    </message>
    <message>
        <source>zone %1 already has a price up to %2 g</source>
        <translation>للنطاق %1 سعر بالفعل حتى %2 g</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 3166 country code</source>
        <translation>&quot;%1&quot; ليس رمز بلد وفق ISO 3166</translation>
    </message>
    <message>
        <source>%1 is already in zone %2 of %3</source>
        <translation>%1 موجود بالفعل في النطاق %2 من %3</translation>
    </message>
</context>
<context>
    <name>RateCardWidget</name>
    <message>
        <source>Select a service to see its rate card.</source>
        <translation>اختر خدمة لعرض جدول أسعار الشحن الخاص بها.</translation>
    </message>
    <message>
        <source>Rate card of %1 in %2, as of %3. Prices before the %4 % fuel surcharge.</source>
        <translation>جدول أسعار الشحن لـ %1 بعملة %2، بتاريخ ‎%3. الأسعار قبل رسوم الوقود الإضافية البالغة %4 %.</translation>
    </message>
    <message>
        <source>an unknown date</source>
        <translation>تاريخ غير معروف</translation>
    </message>
    <message>
        <source>Zone %1</source>
        <translation>النطاق %1</translation>
    </message>
    <message>
        <source>up to %1</source>
        <translation>حتى %1</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>النطاق</translation>
    </message>
    <message>
        <source>Extra per 0.5 kg</source>
        <translation>إضافي لكل 0.5 kg</translation>
    </message>
    <message>
        <source>Transit days</source>
        <translation>أيام النقل</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>البلدان</translation>
    </message>
    <message>
        <source>none above %1</source>
        <translation>لا شيء فوق %1</translation>
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
        <translation>قيمة اليورو دائمًا 1؛ اختر عملة أخرى.</translation>
    </message>
    <message>
        <source>Type how many %1 one euro buys, with a point for decimals (e.g. 37.852).</source>
        <translation>اكتب عدد وحدات %1 التي تعادل يورو واحدًا، مع نقطة للكسور العشرية (مثل 37.852).</translation>
    </message>
    <message>
        <source>Exchange rate</source>
        <translation>سعر الصرف</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>العملة</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Units per 1 EUR</source>
        <translation>الوحدات لكل 1 EUR</translation>
    </message>
</context>
<context>
    <name>RateShopDialog</name>
    <message>
        <source>The order is gone.</source>
        <translation>لم يعد الطلب موجودًا.</translation>
    </message>
    <message>
        <source>Type the weight: 1.2 (kg), 850 g or 3 lb.</source>
        <translation>اكتب الوزن: 1.2 (kg) أو 850 g أو 3 lb.</translation>
    </message>
    <message>
        <source>Size: %1</source>
        <translation>المقاس: %1</translation>
    </message>
    <message>
        <source>Choose the destination country.</source>
        <translation>اختر بلد الوجهة.</translation>
    </message>
    <message>
        <source>No active service ships to %1.</source>
        <translation>لا توجد خدمة نشطة تشحن إلى %1.</translation>
    </message>
    <message>
        <source>Choose a service.</source>
        <translation>اختر خدمة.</translation>
    </message>
    <message>
        <source>No shipment was created: %1</source>
        <translation>لم يتم إنشاء أي شحنة: %1</translation>
    </message>
    <message>
        <source>Shipment %1 created with %2 for %3.</source>
        <translation>تم إنشاء الشحنة %1 بخدمة %2 بتكلفة %3.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>تحذير: %1</translation>
    </message>
    <message>
        <source>Ship order %1</source>
        <translation>شحن الطلب %1</translation>
    </message>
    <message>
        <source>Order %1 to %2. Estimated parcel: %3.</source>
        <translation>الطلب %1 إلى %2. الطرد التقديري: %3.</translation>
    </message>
    <message>
        <source>This order may not get a label: %1</source>
        <translation>قد لا يحصل هذا الطلب على ملصق شحن: %1</translation>
    </message>
    <message>
        <source>Rate shopping</source>
        <translation>مقارنة أسعار الشحن</translation>
    </message>
    <message>
        <source>Every active service&apos;s price for one parcel; the shop&apos;s default service is in bold.</source>
        <translation>سعر كل خدمة نشطة لطرد واحد؛ الخدمة الافتراضية للمتجر بخط عريض.</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>الطرود</translation>
    </message>
    <message>
        <source>Parcel</source>
        <translation>الطرد</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;البلد:</translation>
    </message>
    <message>
        <source>&amp;Weight:</source>
        <translation>&amp;الوزن:</translation>
    </message>
    <message>
        <source>e.g. 1.2 kg</source>
        <translation>مثل 1.2 kg</translation>
    </message>
    <message>
        <source>&amp;Size (L×W×H cm):</source>
        <translation>&amp;المقاس (ط×ع×ا cm):</translation>
    </message>
    <message>
        <source>e.g. 40x30x20, or empty</source>
        <translation>مثل 40x30x20، أو اتركه فارغًا</translation>
    </message>
    <message>
        <source>&amp;Number of packages:</source>
        <translation>عد&amp;د الطرود:</translation>
    </message>
    <message>
        <source>C&amp;reate shipment</source>
        <translation>&amp;إنشاء الشحنة</translation>
    </message>
</context>
<context>
    <name>RateShopping</name>
    <message>
        <source>box size unknown, so priced on actual weight</source>
        <translation>مقاس الصندوق غير معروف، لذا سُعِّر حسب الوزن الفعلي</translation>
    </message>
    <message>
        <source>no weight for %1</source>
        <translation>لا يوجد وزن لـ %1</translation>
    </message>
    <message>
        <source>no such order</source>
        <translation>الطلب غير موجود</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <comment>two notes on a parcel</comment>
        <translation>%1؛ %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s) weighing %1 plus %2 packaging</source>
        <translation>
            <numerusform>لا قطع بوزن %1 إضافةً إلى %2 للتغليف</numerusform>
            <numerusform>قطعة واحدة بوزن %1 إضافةً إلى %2 للتغليف</numerusform>
            <numerusform>قطعتان بوزن %1 إضافةً إلى %2 للتغليف</numerusform>
            <numerusform>%Ln قطع بوزن %1 إضافةً إلى %2 للتغليف</numerusform>
            <numerusform>%Ln قطعةً بوزن %1 إضافةً إلى %2 للتغليف</numerusform>
            <numerusform>%Ln قطعة بوزن %1 إضافةً إلى %2 للتغليف</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RatesCommand</name>
    <message>
        <source>rates: unknown subcommand %1</source>
        <translation>rates: أمر فرعي غير معروف %1</translation>
    </message>
    <message>
        <source>usage: rates import FILE</source>
        <translation>الاستخدام: rates import FILE</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>لم يتم استيراد أي شيء.</translation>
    </message>
    <message>
        <source>Imported %1: %2 new and %3 replaced rate(s) from %4 to %5.</source>
        <translation>تم استيراد %1: أسعار صرف جديدة: %2، ومستبدلة: %3، من %4 إلى %5.</translation>
    </message>
    <message>
        <source>usage: rates convert AMOUNT FROM TO [--date YYYY-MM-DD] [--json]</source>
        <translation>الاستخدام: rates convert AMOUNT FROM TO [--date YYYY-MM-DD] [--json]</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 4217 currency code</source>
        <translation>&quot;%1&quot; ليس رمز عملة وفق ISO 4217</translation>
    </message>
    <message>
        <source>AMOUNT: %1</source>
        <translation>AMOUNT: %1</translation>
    </message>
    <message>
        <source>--date: &quot;%1&quot; is not a date (YYYY-MM-DD)</source>
        <translation>--date: &quot;%1&quot; ليس تاريخًا (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>%1 %2 = %3 %4 (rates of %5: 1 EUR = %6 %2 = %7 %4)</source>
        <translation>%1 %2 = %3 %4 (أسعار الصرف بتاريخ %5: 1 EUR = %6 %2 = %7 %4)</translation>
    </message>
    <message>
        <source>usage: rates list [--currency CUR] [--json]</source>
        <translation>الاستخدام: rates list [--currency CUR] [--json]</translation>
    </message>
    <message numerus="yes">
        <source>%n rate(s)</source>
        <translation>
            <numerusform>لا أسعار صرف</numerusform>
            <numerusform>سعر صرف واحد</numerusform>
            <numerusform>سعرا صرف</numerusform>
            <numerusform>%n أسعار صرف</numerusform>
            <numerusform>%n سعر صرف</numerusform>
            <numerusform>%n سعر صرف</numerusform>
        </translation>
    </message>
    <message>
        <source>usage: rates set CUR RATE [--date YYYY-MM-DD]</source>
        <translation>الاستخدام: rates set CUR RATE [--date YYYY-MM-DD]</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a currency that can have a rate against the euro</source>
        <translation>&quot;%1&quot; ليست عملة يمكن أن يكون لها سعر صرف مقابل اليورو</translation>
    </message>
    <message>
        <source>RATE: &quot;%1&quot; is not a positive decimal number</source>
        <translation>RATE: &quot;%1&quot; ليس رقمًا عشريًا موجبًا</translation>
    </message>
    <message>
        <source>1 EUR = %1 %2 on %3</source>
        <translation>1 EUR = %1 %2 بتاريخ %3</translation>
    </message>
</context>
<context>
    <name>RatesDownloader</name>
    <message>
        <source>Could not download the ECB rates from %1: %2. Check the internet connection, or import a rates file you downloaded.</source>
        <translation>تعذّر تنزيل أسعار صرف ECB من %1: %2. تحقق من الاتصال بالإنترنت، أو استورد ملف أسعار صرف نزّلته.</translation>
    </message>
</context>
<context>
    <name>RatesTableModel</name>
    <message>
        <source>Currency</source>
        <translation>العملة</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Per 1 EUR</source>
        <translation>لكل 1 EUR</translation>
    </message>
    <message>
        <source>Rate date</source>
        <translation>تاريخ السعر</translation>
    </message>
</context>
<context>
    <name>RatesView</name>
    <message>
        <source>Import exchange rates</source>
        <translation>استيراد أسعار الصرف</translation>
    </message>
    <message>
        <source>ECB rate files (*.xml *.csv);;All files (*)</source>
        <translation>ملفات أسعار ECB (*.xml *.csv);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Exchange rates</source>
        <translation>أسعار الصرف</translation>
    </message>
    <message>
        <source>No rates were imported.</source>
        <translation>لم يتم استيراد أي أسعار صرف.</translation>
    </message>
    <message>
        <source>%1: %2 new and %3 replaced rate(s), up to %4.</source>
        <translation>%1: أسعار صرف جديدة: %2، ومستبدلة: %3، حتى %4.</translation>
    </message>
    <message>
        <source>Importing exchange rates…</source>
        <translation>جارٍ استيراد أسعار الصرف…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Downloading today&apos;s rates from the European Central Bank…</source>
        <translation>جارٍ تنزيل أسعار اليوم من البنك المركزي الأوروبي…</translation>
    </message>
    <message>
        <source>%1 per 1 EUR</source>
        <translation>%1 لكل 1 EUR</translation>
    </message>
    <message>
        <source>No exchange rates yet: update them from the ECB or import a file</source>
        <translation>لا توجد أسعار صرف بعد: حدّثها من ECB أو استورد ملفًا</translation>
    </message>
    <message>
        <source>%1 = %2 at the rates of %3 (1 EUR = %4 %5 = %6 %7)</source>
        <translation>%1 = %2 بأسعار الصرف بتاريخ %3 (‎1 EUR = %4 %5 = %6 %7)</translation>
    </message>
    <message>
        <source>&amp;Update rates from the ECB</source>
        <translation>تحديث &amp;الأسعار من ECB</translation>
    </message>
    <message>
        <source>&amp;Import rates file…</source>
        <translation>استيرا&amp;د ملف أسعار…</translation>
    </message>
    <message>
        <source>&amp;Enter a rate…</source>
        <translation>&amp;إدخال سعر صرف…</translation>
    </message>
    <message>
        <source>Convert:</source>
        <translation>تحويل:</translation>
    </message>
</context>
<context>
    <name>RecipientEditDialog</name>
    <message>
        <source>Recipient of order %1</source>
        <translation>مستلم الطلب %1</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;رقم الهاتف:</translation>
    </message>
    <message>
        <source>&amp;Tax ID:</source>
        <translation>&amp;الرقم الضريبي:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;اللغة:</translation>
    </message>
    <message>
        <source>Address line &amp;1:</source>
        <translation>سطر العنوان &amp;1:</translation>
    </message>
    <message>
        <source>Address line &amp;2:</source>
        <translation>سطر العنوان &amp;2:</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>&amp;المدينة:</translation>
    </message>
    <message>
        <source>P&amp;rovince or state:</source>
        <translation>المحافظة &amp;أو الولاية:</translation>
    </message>
    <message>
        <source>P&amp;ostal code:</source>
        <translation>&amp;الرمز البريدي:</translation>
    </message>
    <message>
        <source>as the customer wrote it, e.g. 081 234 5678</source>
        <translation>كما كتبه العميل، مثل 081 234 5678</translation>
    </message>
    <message>
        <source>e.g. th, de, pt-BR; empty = the market&apos;s language</source>
        <translation>مثل th أو de أو pt-BR؛ فارغ = لغة السوق</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Borderdesk – the database needs attention</source>
        <translation>Borderdesk – قاعدة البيانات تحتاج إلى انتباه</translation>
    </message>
    <message>
        <source>The database %1 did not pass its check and may be damaged.</source>
        <translation>لم تجتز قاعدة البيانات %1 الفحص وقد تكون تالفة.</translation>
    </message>
    <message>
        <source>Restore it from a backup: the damaged file is kept beside it, nothing is deleted. Or quit and look at the file first.</source>
        <translation>استعدها من نسخة احتياطية: سيتم الاحتفاظ بالملف التالف بجوارها، ولن يُحذف أي شيء. أو أنهِ البرنامج وافحص الملف أولاً.</translation>
    </message>
    <message>
        <source>&amp;Backups beside the database, newest first:</source>
        <translation>ال&amp;نسخ الاحتياطية بجوار قاعدة البيانات، الأحدث أولاً:</translation>
    </message>
    <message>
        <source>No backups were found beside the database.</source>
        <translation>لم يتم العثور على نسخ احتياطية بجوار قاعدة البيانات.</translation>
    </message>
    <message>
        <source>&amp;Restore selected backup</source>
        <translation>&amp;استعادة النسخة الاحتياطية المحددة</translation>
    </message>
    <message>
        <source>Restore &amp;another file…</source>
        <translation>استعادة &amp;ملف آخر…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;إنهاء</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>استعادة من نسخة احتياطية</translation>
    </message>
    <message>
        <source>Borderdesk databases (*.sqlite *.db);;All files (*)</source>
        <translation>قواعد بيانات Borderdesk (*.sqlite *.db);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Nothing was restored: %1</source>
        <translation>لم تتم استعادة أي شيء: %1</translation>
    </message>
    <message>
        <source>This is a preview: nothing is restored from here.</source>
        <translation>هذه معاينة: لا تتم استعادة أي شيء من هنا.</translation>
    </message>
</context>
<context>
    <name>ReportCharts</name>
    <message>
        <source>%1 (%2 %)</source>
        <translation>%1 (%2%)</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>الإيرادات</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>الفترة السابقة</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>الإجمالي</translation>
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
        <translation>%1: &quot;%2&quot; ليس تاريخًا مثل 2026-11-28</translation>
    </message>
    <message>
        <source>--currency: %1 is not an ISO 4217 currency code</source>
        <translation>--currency: %1 ليس رمز عملة وفق ISO 4217</translation>
    </message>
    <message>
        <source>report: unknown subcommand %1</source>
        <translation>report: أمر فرعي غير معروف %1</translation>
    </message>
    <message>
        <source>--by: &quot;%1&quot; is not one of region, subregion, country, month, market, channel</source>
        <translation>--by: &quot;%1&quot; ليس أحد الخيارات region أو subregion أو country أو month أو market أو channel</translation>
    </message>
    <message>
        <source>cannot bring the reports up to date: %1</source>
        <translation>لا يمكن تحديث التقارير: %1</translation>
    </message>
    <message>
        <source>report: %1</source>
        <translation>report: %1</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>المبيعات</translation>
    </message>
    <message>
        <source>Sales by %1, %2 to %3, in %4</source>
        <translation>المبيعات حسب %1، من %2 إلى %3، بعملة %4</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written to %1</source>
        <translation>
            <numerusform>لم تتم كتابة أي صف إلى %1</numerusform>
            <numerusform>تمت كتابة صف واحد إلى %1</numerusform>
            <numerusform>تمت كتابة صفين إلى %1</numerusform>
            <numerusform>تمت كتابة %n صفوف إلى %1</numerusform>
            <numerusform>تمت كتابة %n صفًا إلى %1</numerusform>
            <numerusform>تمت كتابة %n صف إلى %1</numerusform>
        </translation>
    </message>
    <message>
        <source>warning: no exchange rate for %1; that day is left out</source>
        <translation>تحذير: لا يوجد سعر صرف لـ %1؛ تم استبعاد ذلك اليوم</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>الكمية</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>الطلبات</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>الإيرادات</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>شركة الشحن</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>Shipments</source>
        <translation>الشحنات</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>التكلفة</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>المتوسط</translation>
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
        <translation>لا يمكن إعادة بناء التقارير: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) counted again</source>
        <translation>
            <numerusform>لم يُعَد احتساب أي طلب</numerusform>
            <numerusform>أُعيد احتساب طلب واحد</numerusform>
            <numerusform>أُعيد احتساب طلبين</numerusform>
            <numerusform>أُعيد احتساب %n طلبات</numerusform>
            <numerusform>أُعيد احتساب %n طلبًا</numerusform>
            <numerusform>أُعيد احتساب %n طلب</numerusform>
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
        <translation>&amp;التقرير:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>الفتر&amp;ة:</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>&amp;العملة:</translation>
    </message>
    <message>
        <source>&amp;Market:</source>
        <translation>السو&amp;ق:</translation>
    </message>
    <message>
        <source>&amp;Compare with the previous period</source>
        <translation>مقا&amp;رنة بالفترة السابقة</translation>
    </message>
    <message>
        <source>All markets</source>
        <translation>كل الأسواق</translation>
    </message>
    <message>
        <source>Sales by region (continent)</source>
        <translation>المبيعات حسب المنطقة (القارة)</translation>
    </message>
    <message>
        <source>Sales by sub-region</source>
        <translation>المبيعات حسب المنطقة الفرعية</translation>
    </message>
    <message>
        <source>Sales by country</source>
        <translation>المبيعات حسب البلد</translation>
    </message>
    <message>
        <source>Sales by market</source>
        <translation>المبيعات حسب السوق</translation>
    </message>
    <message>
        <source>Sales by month</source>
        <translation>المبيعات حسب الشهر</translation>
    </message>
    <message>
        <source>Sales by channel</source>
        <translation>المبيعات حسب قناة البيع</translation>
    </message>
    <message>
        <source>Market scorecard</source>
        <translation>بطاقة أداء الأسواق</translation>
    </message>
    <message>
        <source>Top products</source>
        <translation>المنتجات الأعلى مبيعًا</translation>
    </message>
    <message>
        <source>Carrier spend</source>
        <translation>الإنفاق على شركات الشحن</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>هذا الشهر</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>الشهر الماضي</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>آخر 30 يومًا</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>آخر 90 يومًا</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>هذا العام</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>العام الماضي</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>آخر 12 شهرًا</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>كل الفترات</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>مخصص…</translation>
    </message>
</context>
<context>
    <name>ReportQuery</name>
    <message>
        <source>Choose the first and the last day of the period.</source>
        <translation>اختر اليوم الأول واليوم الأخير من الفترة.</translation>
    </message>
</context>
<context>
    <name>ReportTableModel</name>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <source>Sub-region</source>
        <translation>المنطقة الفرعية</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>الشهر</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>السوق</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>قناة البيع</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>الطلبات</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>الإيرادات</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>الفترة السابقة</translation>
    </message>
    <message>
        <source>Growth</source>
        <translation>النمو</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>هامش الربح</translation>
    </message>
    <message>
        <source>Margin %</source>
        <translation>هامش الربح %</translation>
    </message>
    <message>
        <source>Average order</source>
        <translation>متوسط الطلب</translation>
    </message>
    <message>
        <source>Return rate</source>
        <translation>معدل الإرجاع</translation>
    </message>
    <message>
        <source>Cancel rate</source>
        <translation>معدل الإلغاء</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>المنتج</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>الكمية</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>شركة الشحن</translation>
    </message>
    <message>
        <source>Shipments</source>
        <translation>الشحنات</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>التكلفة</translation>
    </message>
    <message>
        <source>Per shipment</source>
        <translation>لكل شحنة</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <source>The report could not be read: %1</source>
        <translation>تعذّرت قراءة التقرير: %1</translation>
    </message>
    <message>
        <source>Channel fees saved; margins were counted again.</source>
        <translation>تم حفظ رسوم القناة، وأُعيد احتساب هوامش الربح.</translation>
    </message>
    <message>
        <source>Export chart…</source>
        <translation>تصدير المخطط…</translation>
    </message>
    <message>
        <source>Save the chart as a PNG picture, an SVG drawing or a PDF</source>
        <translation>حفظ المخطط كصورة PNG أو رسم SVG أو ملف PDF</translation>
    </message>
    <message>
        <source>Export data…</source>
        <translation>تصدير البيانات…</translation>
    </message>
    <message>
        <source>Save the table as CSV or as an Excel workbook</source>
        <translation>حفظ الجدول كملف CSV أو كمصنف Excel</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>طباعة…</translation>
    </message>
    <message>
        <source>Channel fees…</source>
        <translation>رسوم القناة…</translation>
    </message>
    <message>
        <source>The share of revenue each sales channel keeps; margins subtract it</source>
        <translation>حصة الإيرادات التي تحتفظ بها كل قناة بيع؛ تُخصم من هوامش الربح</translation>
    </message>
    <message>
        <source>Reading the report…</source>
        <translation>جارٍ قراءة التقرير…</translation>
    </message>
    <message>
        <source>Some days had no exchange rate to %1 and are left out: %2</source>
        <translation>لم يتوفر لبعض الأيام سعر صرف إلى %1 فاستُبعدت: %2</translation>
    </message>
    <message numerus="yes">
        <source>The margin is unknown where an order has a product without a cost (%Ln order(s)).</source>
        <translation>
            <numerusform>هامش الربح غير معروف عندما يتضمن الطلب منتجًا بلا تكلفة (%Ln طلب).</numerusform>
            <numerusform>هامش الربح غير معروف عندما يتضمن الطلب منتجًا بلا تكلفة (طلب واحد).</numerusform>
            <numerusform>هامش الربح غير معروف عندما يتضمن الطلب منتجًا بلا تكلفة (طلبان).</numerusform>
            <numerusform>هامش الربح غير معروف عندما يتضمن الطلب منتجًا بلا تكلفة (%Ln طلبات).</numerusform>
            <numerusform>هامش الربح غير معروف عندما يتضمن الطلب منتجًا بلا تكلفة (%Ln طلبًا).</numerusform>
            <numerusform>هامش الربح غير معروف عندما يتضمن الطلب منتجًا بلا تكلفة (%Ln طلب).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Revenue by region</source>
        <translation>الإيرادات حسب المنطقة</translation>
    </message>
    <message>
        <source>Revenue by sub-region</source>
        <translation>الإيرادات حسب المنطقة الفرعية</translation>
    </message>
    <message>
        <source>Revenue by country</source>
        <translation>الإيرادات حسب البلد</translation>
    </message>
    <message>
        <source>Revenue by market</source>
        <translation>الإيرادات حسب السوق</translation>
    </message>
    <message>
        <source>Revenue by month and region</source>
        <translation>الإيرادات حسب الشهر والمنطقة</translation>
    </message>
    <message>
        <source>Revenue by channel</source>
        <translation>الإيرادات حسب قناة البيع</translation>
    </message>
    <message>
        <source>Revenue by country against the previous period</source>
        <translation>الإيرادات حسب البلد مقارنةً بالفترة السابقة</translation>
    </message>
    <message>
        <source>Top products by revenue</source>
        <translation>المنتجات الأعلى إيرادًا</translation>
    </message>
    <message>
        <source>Shipping cost by carrier</source>
        <translation>تكلفة الشحن حسب شركة الشحن</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1، %2</translation>
    </message>
    <message numerus="yes">
        <source>Total: %Ln order(s), revenue %1</source>
        <translation>
            <numerusform>الإجمالي: لا طلبات، الإيرادات %1</numerusform>
            <numerusform>الإجمالي: طلب واحد، الإيرادات %1</numerusform>
            <numerusform>الإجمالي: طلبان، الإيرادات %1</numerusform>
            <numerusform>الإجمالي: %Ln طلبات، الإيرادات %1</numerusform>
            <numerusform>الإجمالي: %Ln طلبًا، الإيرادات %1</numerusform>
            <numerusform>الإجمالي: %Ln طلب، الإيرادات %1</numerusform>
        </translation>
    </message>
    <message>
        <source>, margin %1 (%2)</source>
        <translation>، هامش الربح %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>, %Ln cancelled</source>
        <translation>
            <numerusform>، لا طلبات ملغاة</numerusform>
            <numerusform>، طلب واحد ملغى</numerusform>
            <numerusform>، طلبان ملغيان</numerusform>
            <numerusform>، %Ln طلبات ملغاة</numerusform>
            <numerusform>، %Ln طلبًا ملغى</numerusform>
            <numerusform>، %Ln طلب ملغى</numerusform>
        </translation>
    </message>
    <message>
        <source>, previous period %1</source>
        <translation>، الفترة السابقة %1</translation>
    </message>
    <message numerus="yes">
        <source>The %Ln best-selling product(s) by revenue.</source>
        <translation>
            <numerusform>المنتجات الأعلى مبيعًا حسب الإيرادات.</numerusform>
            <numerusform>المنتج الأعلى مبيعًا حسب الإيرادات.</numerusform>
            <numerusform>المنتجان الأعلى مبيعًا حسب الإيرادات.</numerusform>
            <numerusform>أعلى %Ln منتجات مبيعًا حسب الإيرادات.</numerusform>
            <numerusform>أعلى %Ln منتجًا مبيعًا حسب الإيرادات.</numerusform>
            <numerusform>أعلى %Ln منتج مبيعًا حسب الإيرادات.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Total: %Ln shipment(s), %1</source>
        <translation>
            <numerusform>الإجمالي: لا شحنات، %1</numerusform>
            <numerusform>الإجمالي: شحنة واحدة، %1</numerusform>
            <numerusform>الإجمالي: شحنتان، %1</numerusform>
            <numerusform>الإجمالي: %Ln شحنات، %1</numerusform>
            <numerusform>الإجمالي: %Ln شحنةً، %1</numerusform>
            <numerusform>الإجمالي: %Ln شحنة، %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The report could not be read.</source>
        <translation>تعذّرت قراءة التقرير.</translation>
    </message>
    <message>
        <source>Nothing to show for this period.</source>
        <translation>لا يوجد ما يُعرض لهذه الفترة.</translation>
    </message>
    <message>
        <source>Share of revenue</source>
        <translation>حصة الإيرادات</translation>
    </message>
    <message>
        <source>Choose a file ending in .png, .svg or .pdf.</source>
        <translation>اختر ملفًا ينتهي بـ .png أو .svg أو .pdf.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>تتعذّر الكتابة إلى %1: %2</translation>
    </message>
    <message>
        <source>Made with Borderdesk</source>
        <translation>أُنشئ باستخدام Borderdesk</translation>
    </message>
    <message>
        <source>Chart saved to %1.</source>
        <translation>تم حفظ المخطط في %1.</translation>
    </message>
    <message>
        <source>Wait for the report to be read.</source>
        <translation>انتظر حتى تتم قراءة التقرير.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) saved to %1.</source>
        <translation>
            <numerusform>لم يُحفظ أي صف في %1.</numerusform>
            <numerusform>تم حفظ صف واحد في %1.</numerusform>
            <numerusform>تم حفظ صفين في %1.</numerusform>
            <numerusform>تم حفظ %Ln صفوف في %1.</numerusform>
            <numerusform>تم حفظ %Ln صفًا في %1.</numerusform>
            <numerusform>تم حفظ %Ln صف في %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>تصدير المخطط</translation>
    </message>
    <message>
        <source>PNG picture (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>صورة PNG (*.png);;رسم SVG (*.svg);;مستند PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export data</source>
        <translation>تصدير البيانات</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
        <translation>مصنف Excel (*.xlsx);;ملف CSV (*.csv)</translation>
    </message>
    <message>
        <source>Print report</source>
        <translation>طباعة التقرير</translation>
    </message>
    <message>
        <source>Report sent to %1.</source>
        <translation>تم إرسال التقرير إلى %1.</translation>
    </message>
</context>
<context>
    <name>SalesFacts</name>
    <message>
        <source>cancelled; the reports were left as they were</source>
        <translation>تم الإلغاء؛ بقيت التقارير كما كانت</translation>
    </message>
    <message>
        <source>%1 is not a time zone (try Asia/Bangkok or Europe/Berlin)</source>
        <translation>%1 ليست منطقة زمنية (جرّب Asia/Bangkok أو Europe/Berlin)</translation>
    </message>
    <message>
        <source>name the channel</source>
        <translation>حدّد اسم القناة</translation>
    </message>
    <message>
        <source>the fee must be a percentage from 0 to 100, like 2.9 (not &quot;%1&quot;)</source>
        <translation>يجب أن تكون الرسوم نسبة مئوية من 0 إلى 100، مثل 2.9 (وليس &quot;%1&quot;)</translation>
    </message>
</context>
<context>
    <name>SalesReportService</name>
    <message>
        <source>Key</source>
        <translation>المفتاح</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>الطلبات</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>الملغاة</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>المُرتجعة</translation>
    </message>
    <message>
        <source>Revenue (%1)</source>
        <translation>الإيرادات (%1)</translation>
    </message>
    <message>
        <source>Returns (%1)</source>
        <translation>المرتجعات (%1)</translation>
    </message>
    <message>
        <source>Average order (%1)</source>
        <translation>متوسط الطلب (%1)</translation>
    </message>
    <message>
        <source>Margin (%1)</source>
        <translation>هامش الربح (%1)</translation>
    </message>
    <message>
        <source>Margin %</source>
        <translation>هامش الربح %</translation>
    </message>
    <message>
        <source>Previous revenue (%1)</source>
        <translation>الإيرادات السابقة (%1)</translation>
    </message>
    <message>
        <source>Growth %</source>
        <translation>النمو %</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <source>Unknown region</source>
        <translation>منطقة غير معروفة</translation>
    </message>
    <message>
        <source>No country</source>
        <translation>بلا بلد</translation>
    </message>
    <message>
        <source>No market</source>
        <translation>بلا سوق</translation>
    </message>
    <message>
        <source>No channel</source>
        <translation>بلا قناة</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>الإجمالي</translation>
    </message>
</context>
<context>
    <name>SalesSums</name>
    <message>
        <source>the period starts (%1) after it ends (%2)</source>
        <translation>تبدأ الفترة (%1) بعد نهايتها (%2)</translation>
    </message>
</context>
<context>
    <name>ServiceEditDialog</name>
    <message>
        <source>The service needs a name.</source>
        <translation>يجب أن يكون للخدمة اسم.</translation>
    </message>
    <message>
        <source>The fuel surcharge must be a percentage such as 29.25.</source>
        <translation>يجب أن تكون رسوم الوقود الإضافية نسبة مئوية مثل 29.25.</translation>
    </message>
    <message>
        <source>The rate card&apos;s date must read like 2026-11-30.</source>
        <translation>يجب أن يكون تاريخ جدول أسعار الشحن بالشكل 2026-11-30.</translation>
    </message>
    <message>
        <source>The carrier needs a name.</source>
        <translation>يجب أن يكون لشركة الشحن اسم.</translation>
    </message>
    <message>
        <source>The tracking link needs {n} where the tracking number goes.</source>
        <translation>يجب أن يحتوي رابط التتبع على {n} في موضع رقم التتبع.</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>تحرير %1</translation>
    </message>
    <message>
        <source>Zones, weight brackets and prices change with a rate-card import.</source>
        <translation>تتغير النطاقات وشرائح الوزن والأسعار عند استيراد جدول أسعار الشحن.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;الاسم:</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>&amp;العملة:</translation>
    </message>
    <message>
        <source>&amp;Dimensional divisor (cm³/kg, 0 = none):</source>
        <translation>قاسم الوز&amp;ن الحجمي (cm³/kg، 0 = بلا):</translation>
    </message>
    <message>
        <source>&amp;Weight step (g):</source>
        <translation>خطو&amp;ة الوزن (g):</translation>
    </message>
    <message>
        <source>&amp;Fuel surcharge (%):</source>
        <translation>رسوم الوقو&amp;د الإضافية (%):</translation>
    </message>
    <message>
        <source>Rates &amp;as of:</source>
        <translation>الأسعا&amp;ر بتاريخ:</translation>
    </message>
    <message>
        <source>Ca&amp;rrier name:</source>
        <translation>اسم شركة &amp;الشحن:</translation>
    </message>
    <message>
        <source>&amp;Tracking link:</source>
        <translation>رابط &amp;التتبع:</translation>
    </message>
    <message>
        <source>E&amp;xpress (needs the recipient&apos;s phone)</source>
        <translation>سريع (يتطلب هاتف &amp;المستلم)</translation>
    </message>
    <message>
        <source>&amp;Postal item (CN22/CN23 customs forms)</source>
        <translation>&amp;إرسالية بريدية (نماذج جمركية CN22/CN23)</translation>
    </message>
    <message>
        <source>Offered in rate &amp;shopping</source>
        <translation>متاحة في مقارنة &amp;أسعار الشحن</translation>
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
        <translation>حسب الوزن فقط</translation>
    </message>
    <message>
        <source>%1 %</source>
        <comment>a percentage</comment>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1–%2 days</source>
        <translation>%1–%2 أيام</translation>
    </message>
    <message>
        <source>Express</source>
        <translation>سريع</translation>
    </message>
    <message>
        <source>Postal</source>
        <translation>بريدي</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>قياسي</translation>
    </message>
    <message>
        <source>On</source>
        <translation>مفعّل</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>متوقف</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>الخدمة</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>شركة الشحن</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>العملة</translation>
    </message>
    <message>
        <source>Divisor</source>
        <translation>القاسم</translation>
    </message>
    <message>
        <source>Fuel</source>
        <translation>الوقود</translation>
    </message>
    <message>
        <source>Transit</source>
        <translation>مدة النقل</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>البلدان</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>نشط</translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln يوم</numerusform>
            <numerusform>يوم واحد</numerusform>
            <numerusform>يومان</numerusform>
            <numerusform>%Ln أيام</numerusform>
            <numerusform>%Ln يومًا</numerusform>
            <numerusform>%Ln يوم</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShipCommand</name>
    <message>
        <source>ship: unknown subcommand %1</source>
        <translation>ship: أمر فرعي غير معروف %1</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a weight (grams, or with a unit: 1.2kg, 3lb)</source>
        <translation>%1: &quot;%2&quot; ليس وزنًا (بالغرام، أو مع وحدة: 1.2kg أو 3lb)</translation>
    </message>
    <message>
        <source>--dims needs --weight too</source>
        <translation>يتطلب --dims استخدام --weight أيضًا</translation>
    </message>
    <message>
        <source>order %1 has no shipment: create one with ship create</source>
        <translation>لا توجد شحنة للطلب %1: أنشئ شحنة باستخدام ship create</translation>
    </message>
    <message>
        <source>Rates to %1</source>
        <translation>الأسعار إلى %1</translation>
    </message>
    <message>
        <source>not available: %1</source>
        <translation>غير متاح: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n يوم</numerusform>
            <numerusform>يوم واحد</numerusform>
            <numerusform>يومان</numerusform>
            <numerusform>%n أيام</numerusform>
            <numerusform>%n يومًا</numerusform>
            <numerusform>%n يوم</numerusform>
        </translation>
    </message>
    <message>
        <source>%1–%2 days</source>
        <translation>%1–%2 أيام</translation>
    </message>
    <message>
        <source>zone %1</source>
        <translation>النطاق %1</translation>
    </message>
    <message>
        <source>weight: %1</source>
        <translation>الوزن: %1</translation>
    </message>
    <message>
        <source>freight %1 + fuel %2</source>
        <translation>الشحن %1 + الوقود %2</translation>
    </message>
    <message>
        <source>* the default by the shop&apos;s rule (%1)</source>
        <translation>* الافتراضية حسب قاعدة المتجر (%1)</translation>
    </message>
    <message numerus="yes">
        <source>cheapest arriving within %n day(s)</source>
        <translation>
            <numerusform>الأرخص التي تصل في اليوم نفسه</numerusform>
            <numerusform>الأرخص التي تصل خلال يوم واحد</numerusform>
            <numerusform>الأرخص التي تصل خلال يومين</numerusform>
            <numerusform>الأرخص التي تصل خلال %n أيام</numerusform>
            <numerusform>الأرخص التي تصل خلال %n يومًا</numerusform>
            <numerusform>الأرخص التي تصل خلال %n يوم</numerusform>
        </translation>
    </message>
    <message>
        <source>cheapest</source>
        <translation>الأرخص</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>تحذير: %1</translation>
    </message>
    <message>
        <source>Shipment %1 for %2: %3, %4, billable %5</source>
        <translation>الشحنة %1 للطلب %2: %3، %4، الوزن المحتسب %5</translation>
    </message>
    <message>
        <source>Customs form: %1</source>
        <translation>النموذج الجمركي: %1</translation>
    </message>
    <message>
        <source>Package %1: %2 %3</source>
        <translation>الطرد %1: %2 %3</translation>
    </message>
    <message>
        <source>Shipment %1: %2, %3, %4</source>
        <translation>الشحنة %1: %2، %3، %4</translation>
    </message>
    <message>
        <source>package %1: %2</source>
        <translation>الطرد %1: %2</translation>
    </message>
    <message>
        <source>divisor %1</source>
        <translation>القاسم %1</translation>
    </message>
    <message>
        <source>fuel %1%</source>
        <translation>الوقود %1%</translation>
    </message>
    <message numerus="yes">
        <source>%n countries</source>
        <translation>
            <numerusform>لا بلدان</numerusform>
            <numerusform>بلد واحد</numerusform>
            <numerusform>بلدان اثنان</numerusform>
            <numerusform>%n بلدان</numerusform>
            <numerusform>%n بلدًا</numerusform>
            <numerusform>%n بلد</numerusform>
        </translation>
    </message>
    <message>
        <source>off</source>
        <translation>متوقف</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: لا يمكن الكتابة: %2</translation>
    </message>
    <message>
        <source>Rate cards written to %1</source>
        <translation>تمت كتابة جداول أسعار الشحن إلى %1</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: لا يمكن القراءة: %2</translation>
    </message>
    <message>
        <source>%1: nothing imported</source>
        <translation>%1: لم يتم استيراد أي شيء</translation>
    </message>
    <message>
        <source>%1: nothing imported: %2</source>
        <translation>%1: لم يتم استيراد أي شيء: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n service(s) checked, nothing written</source>
        <translation>
            <numerusform>%1: لم يتم فحص أي خدمة، ولم تتم كتابة أي شيء</numerusform>
            <numerusform>%1: تم فحص خدمة واحدة، ولم تتم كتابة أي شيء</numerusform>
            <numerusform>%1: تم فحص خدمتين، ولم تتم كتابة أي شيء</numerusform>
            <numerusform>%1: تم فحص %n خدمات، ولم تتم كتابة أي شيء</numerusform>
            <numerusform>%1: تم فحص %n خدمةً، ولم تتم كتابة أي شيء</numerusform>
            <numerusform>%1: تم فحص %n خدمة، ولم تتم كتابة أي شيء</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n service(s) imported</source>
        <translation>
            <numerusform>%1: لم يتم استيراد أي خدمة</numerusform>
            <numerusform>%1: تم استيراد خدمة واحدة</numerusform>
            <numerusform>%1: تم استيراد خدمتين</numerusform>
            <numerusform>%1: تم استيراد %n خدمات</numerusform>
            <numerusform>%1: تم استيراد %n خدمةً</numerusform>
            <numerusform>%1: تم استيراد %n خدمة</numerusform>
        </translation>
    </message>
    <message>
        <source>--max-days: &quot;%1&quot; is not a number of days (0 = any)</source>
        <translation>--max-days: &quot;%1&quot; ليس عددًا من الأيام (0 = أي مدة)</translation>
    </message>
    <message numerus="yes">
        <source>Default service: the cheapest arriving within %n day(s)</source>
        <translation>
            <numerusform>الخدمة الافتراضية: الأرخص التي تصل في اليوم نفسه</numerusform>
            <numerusform>الخدمة الافتراضية: الأرخص التي تصل خلال يوم واحد</numerusform>
            <numerusform>الخدمة الافتراضية: الأرخص التي تصل خلال يومين</numerusform>
            <numerusform>الخدمة الافتراضية: الأرخص التي تصل خلال %n أيام</numerusform>
            <numerusform>الخدمة الافتراضية: الأرخص التي تصل خلال %n يومًا</numerusform>
            <numerusform>الخدمة الافتراضية: الأرخص التي تصل خلال %n يوم</numerusform>
        </translation>
    </message>
    <message>
        <source>Default service: the cheapest</source>
        <translation>الخدمة الافتراضية: الأرخص</translation>
    </message>
    <message>
        <source>there is no service %1</source>
        <translation>لا توجد خدمة باسم %1</translation>
    </message>
    <message>
        <source>FROM and TO are serial numbers</source>
        <translation>يجب أن يكون FROM وTO رقمين تسلسليين</translation>
    </message>
    <message>
        <source>%1 numbers %2%3… to %2%4… %5</source>
        <translation>أرقام %1 من %2%3… إلى %2%4… %5</translation>
    </message>
    <message>
        <source>%1 is packed</source>
        <translation>الطلب %1 مُعبأ</translation>
    </message>
    <message>
        <source>%1 is shipped</source>
        <translation>تم شحن الطلب %1</translation>
    </message>
</context>
<context>
    <name>ShipFromDialog</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;الاسم:</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>&amp;الشركة:</translation>
    </message>
    <message>
        <source>Address line &amp;1:</source>
        <translation>سطر العنوان &amp;1:</translation>
    </message>
    <message>
        <source>Address line &amp;2:</source>
        <translation>سطر العنوان &amp;2:</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>&amp;المدينة:</translation>
    </message>
    <message>
        <source>&amp;Province or state:</source>
        <translation>المحافظة &amp;أو الولاية:</translation>
    </message>
    <message>
        <source>P&amp;ostal code:</source>
        <translation>&amp;الرمز البريدي:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;رقم الهاتف:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>البريد الإلكتر&amp;وني:</translation>
    </message>
    <message>
        <source>&amp;VAT number:</source>
        <translation>رقم ضريبة &amp;القيمة المضافة:</translation>
    </message>
    <message>
        <source>E&amp;ORI number:</source>
        <translation>رقم E&amp;ORI:</translation>
    </message>
    <message>
        <source>IOSS n&amp;umber:</source>
        <translation>رقم &amp;IOSS:</translation>
    </message>
    <message>
        <source>&amp;Signatory:</source>
        <translation>&amp;الموقِّع:</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>لم يتم حفظ أي شيء: %1</translation>
    </message>
    <message>
        <source>Ship-from address</source>
        <translation>عنوان الشحن منه</translation>
    </message>
    <message>
        <source>Labels, customs forms and invoices print this address and these numbers. The country is the shop&apos;s home country, %1.</source>
        <translation>يُطبع هذا العنوان وهذه الأرقام على الملصقات والنماذج الجمركية والفواتير. البلد هو بلد المتجر، %1.</translation>
    </message>
</context>
<context>
    <name>ShipmentBooking</name>
    <message>
        <source>no such order</source>
        <translation>الطلب غير موجود</translation>
    </message>
    <message>
        <source>the order is on hold: release it first</source>
        <translation>الطلب معلّق: ارفع التعليق عنه أولًا</translation>
    </message>
    <message>
        <source>the order is cancelled</source>
        <translation>الطلب ملغى</translation>
    </message>
    <message>
        <source>the order was shipped already</source>
        <translation>تم شحن الطلب بالفعل</translation>
    </message>
    <message>
        <source>tracking number %1 is not a %2 number: %3</source>
        <translation>رقم التتبع %1 ليس رقمًا من %2: %3</translation>
    </message>
    <message>
        <source>tracking number %1: %2</source>
        <translation>رقم التتبع %1: %2</translation>
    </message>
    <message>
        <source>no label for this order: %1</source>
        <translation>لا يوجد ملصق لهذا الطلب: %1</translation>
    </message>
    <message>
        <source>no service ships to %1</source>
        <translation>لا توجد خدمة تشحن إلى %1</translation>
    </message>
    <message>
        <source>there is no active service %1</source>
        <translation>لا توجد خدمة نشطة باسم %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1، %2</translation>
    </message>
    <message>
        <source>no such package</source>
        <translation>الطرد غير موجود</translation>
    </message>
    <message>
        <source>no such shipment</source>
        <translation>الشحنة غير موجودة</translation>
    </message>
    <message>
        <source>packed with %1</source>
        <translation>تمت التعبئة بخدمة %1</translation>
    </message>
    <message>
        <source>%1, tracking %2</source>
        <translation>%1، رقم التتبع %2</translation>
    </message>
    <message>
        <source>the tracking numbers allocated to %1 are used up (%2 to %3): ask the post for a new range</source>
        <translation>نفدت أرقام التتبع المخصصة لـ %1 (من %2 إلى %3): اطلب مجموعة أرقام جديدة من البريد</translation>
    </message>
    <message>
        <source>an S10 range is two letters, serial numbers from 0 to 99999999 and a two-letter country</source>
        <translation>تتكون مجموعة أرقام S10 من حرفين، وأرقام تسلسلية من 0 إلى 99999999، ورمز بلد من حرفين</translation>
    </message>
</context>
<context>
    <name>ShipmentRepository</name>
    <message>
        <source>Created</source>
        <translation>تم الإنشاء</translation>
    </message>
    <message>
        <source>Label printed</source>
        <translation>تمت طباعة الملصق</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>تم الشحن</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>تم التسليم</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>مُرتجع</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>ملغى</translation>
    </message>
    <message>
        <source>cannot store the shipment: %1</source>
        <translation>لا يمكن تخزين الشحنة: %1</translation>
    </message>
    <message>
        <source>cannot store package %1: %2</source>
        <translation>لا يمكن تخزين الطرد %1: %2</translation>
    </message>
</context>
<context>
    <name>ShipmentsPanel</name>
    <message>
        <source>Tracking number</source>
        <translation>رقم التتبع</translation>
    </message>
    <message>
        <source>Type or scan the carrier&apos;s tracking number:</source>
        <translation>اكتب رقم التتبع الصادر عن شركة الشحن أو امسحه:</translation>
    </message>
    <message>
        <source>Shipment %1</source>
        <translation>الشحنة %1</translation>
    </message>
    <message>
        <source>customs form %1</source>
        <translation>النموذج الجمركي %1</translation>
    </message>
    <message>
        <source>Package %1</source>
        <translation>الطرد %1</translation>
    </message>
    <message>
        <source>no tracking number yet</source>
        <translation>لا يوجد رقم تتبع بعد</translation>
    </message>
    <message>
        <source>Customs papers (not needed at home)</source>
        <translation>المستندات الجمركية (غير مطلوبة للشحن المحلي)</translation>
    </message>
    <message>
        <source>Customs form %1</source>
        <translation>النموذج الجمركي %1</translation>
    </message>
    <message>
        <source>Commercial invoice</source>
        <translation>فاتورة تجارية</translation>
    </message>
    <message>
        <source>Customs form or invoice</source>
        <translation>النموذج الجمركي أو الفاتورة</translation>
    </message>
    <message>
        <source>This parcel stays in the country: it needs no customs papers.</source>
        <translation>يبقى هذا الطرد داخل البلد: لا يحتاج إلى مستندات جمركية.</translation>
    </message>
    <message>
        <source>%1 sent to the printer.</source>
        <translation>تم إرسال %1 إلى الطابعة.</translation>
    </message>
    <message>
        <source>Shipment %1 is shipped.</source>
        <translation>تم شحن الشحنة %1.</translation>
    </message>
    <message>
        <source>Tracking number of package %1 saved.</source>
        <translation>تم حفظ رقم تتبع الطرد %1.</translation>
    </message>
    <message>
        <source>Shipment</source>
        <translation>الشحنة</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>الخدمة</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>التكلفة</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>الوزن</translation>
    </message>
    <message>
        <source>Tracking</source>
        <translation>التتبع</translation>
    </message>
    <message>
        <source>No label for this order: %1</source>
        <translation>لا يوجد ملصق لهذا الطلب: %1</translation>
    </message>
    <message>
        <source>No shipment yet. Rate shop to choose a service and create one.</source>
        <translation>لا توجد شحنة بعد. قارن أسعار الشحن لاختيار خدمة وإنشاء شحنة.</translation>
    </message>
    <message>
        <source>Rate shop / create &amp;shipment…</source>
        <translation>مقارنة الأسعار / &amp;إنشاء شحنة…</translation>
    </message>
    <message>
        <source>Mark shi&amp;pped</source>
        <translation>تعيين &amp;الحالة: تم الشحن</translation>
    </message>
    <message>
        <source>&amp;Tracking number…</source>
        <translation>&amp;رقم التتبع…</translation>
    </message>
    <message>
        <source>Shipping label</source>
        <translation>ملصق الشحن</translation>
    </message>
    <message>
        <source>Packing slip</source>
        <translation>قائمة التعبئة</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>معاينة</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>طباعة…</translation>
    </message>
</context>
<context>
    <name>ShippingDocumentBuilder</name>
    <message>
        <source>no such order</source>
        <translation>الطلب غير موجود</translation>
    </message>
    <message>
        <source>no such shipment for order %1</source>
        <translation>لا توجد هذه الشحنة للطلب %1</translation>
    </message>
</context>
<context>
    <name>ShippingLabel</name>
    <message>
        <source>Shipping label %1</source>
        <translation>ملصق الشحن %1</translation>
    </message>
</context>
<context>
    <name>ShopifyOrderMapper</name>
    <message>
        <source>the order has no name (order number)</source>
        <translation>ليس للطلب اسم (رقم الطلب)</translation>
    </message>
</context>
<context>
    <name>ShopifyProductCsv</name>
    <message>
        <source>every row needs the product&apos;s handle</source>
        <translation>يجب أن يتضمن كل صف قيمة handle للمنتج</translation>
    </message>
    <message>
        <source>the first row of product &quot;%1&quot; needs its title</source>
        <translation>يجب أن يتضمن الصف الأول للمنتج &quot;%1&quot; عنوانه (Title)</translation>
    </message>
    <message>
        <source>no SKU; using &quot;%1&quot;</source>
        <translation>لا يوجد SKU؛ سيُستخدم &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>TableExport</name>
    <message>
        <source>%1: cannot write the file: %2</source>
        <translation>%1: لا يمكن كتابة الملف: %2</translation>
    </message>
    <message>
        <source>%1: cannot finish writing the file: %2</source>
        <translation>%1: لا يمكن إكمال كتابة الملف: %2</translation>
    </message>
    <message>
        <source>%1: cannot create the workbook</source>
        <translation>%1: لا يمكن إنشاء المصنف</translation>
    </message>
    <message>
        <source>%1: cannot write the workbook: %2</source>
        <translation>%1: لا يمكن كتابة المصنف: %2</translation>
    </message>
    <message>
        <source>%1: cannot replace the file</source>
        <translation>%1: لا يمكن استبدال الملف</translation>
    </message>
</context>
<context>
    <name>TaxId</name>
    <message>
        <source>tax ID is missing</source>
        <translation>الرقم الضريبي مفقود</translation>
    </message>
    <message>
        <source>tax ID is missing; %1 is required</source>
        <translation>الرقم الضريبي مفقود؛ %1 مطلوب</translation>
    </message>
    <message>
        <source>CPF &quot;%1&quot; is not valid: it needs 11 digits with matching check digits</source>
        <translation>رقم CPF &quot;%1&quot; غير صالح: يجب أن يتكون من 11 رقمًا مع أرقام تحقق مطابقة</translation>
    </message>
    <message>
        <source>CNPJ &quot;%1&quot; is not valid: it needs 14 characters with matching check digits</source>
        <translation>رقم CNPJ &quot;%1&quot; غير صالح: يجب أن يتكون من 14 حرفًا مع أرقام تحقق مطابقة</translation>
    </message>
    <message>
        <source>PCCC &quot;%1&quot; must be P followed by 12 digits</source>
        <translation>يجب أن يتكون رقم PCCC &quot;%1&quot; من الحرف P يليه 12 رقمًا</translation>
    </message>
    <message>
        <source>VAT number &quot;%1&quot; must be a two-letter country code plus 2 to 13 letters or digits</source>
        <translation>يجب أن يتكون رقم ضريبة القيمة المضافة &quot;%1&quot; من رمز بلد من حرفين يليه من 2 إلى 13 حرفًا أو رقمًا</translation>
    </message>
    <message>
        <source>EORI number &quot;%1&quot; must be a two-letter country code plus up to 15 letters or digits</source>
        <translation>يجب أن يتكون رقم EORI &quot;%1&quot; من رمز بلد من حرفين يليه حتى 15 حرفًا أو رقمًا</translation>
    </message>
    <message>
        <source>CPF/CNPJ &quot;%1&quot; must have 11 digits (CPF) or 14 characters (CNPJ)</source>
        <translation>يجب أن يتكون رقم CPF/CNPJ &quot;%1&quot; من 11 رقمًا (CPF) أو 14 حرفًا (CNPJ)</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is a placeholder (one digit repeated), not a real number</source>
        <translation>%1 &quot;%2&quot; قيمة شكلية (رقم واحد مكرر)، وليس رقمًا حقيقيًا</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not valid: its check digits do not match</source>
        <translation>%1 &quot;%2&quot; غير صالح: أرقام التحقق فيه غير مطابقة</translation>
    </message>
</context>
<context>
    <name>TextDecoding</name>
    <message>
        <source>the file starts like UTF-16 text but is not valid UTF-16</source>
        <translation>يبدأ الملف كنص UTF-16 لكنه ليس UTF-16 صالحًا</translation>
    </message>
    <message>
        <source>the file contains binary data (a NUL byte); is it really a text file?</source>
        <translation>يحتوي الملف على بيانات ثنائية (بايت NUL)؛ هل هو ملف نصي فعلًا؟</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text (byte 0x%1); save it as &quot;CSV UTF-8&quot; and try again</source>
        <translation>الملف ليس نصًا بترميز UTF-8 (البايت 0x%1)؛ احفظه بصيغة &quot;CSV UTF-8&quot; وحاول مجددًا</translation>
    </message>
</context>
<context>
    <name>TrackingCommand</name>
    <message>
        <source>tracking: unknown subcommand %1</source>
        <translation>tracking: أمر فرعي غير معروف %1</translation>
    </message>
    <message>
        <source>--carrier: &quot;%1&quot; is neither a carrier nor a tracking scheme (%2)</source>
        <translation>--carrier: &quot;%1&quot; ليس شركة شحن ولا نظام ترقيم للتتبع (%2)</translation>
    </message>
    <message>
        <source>valid %1 number</source>
        <translation>رقم %1 صالح</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>تحذير: %1</translation>
    </message>
    <message>
        <source>not valid: %1</source>
        <translation>غير صالح: %1</translation>
    </message>
    <message>
        <source>Carrier: %1</source>
        <translation>شركة الشحن: %1</translation>
    </message>
    <message>
        <source>Tracking: %1</source>
        <translation>التتبع: %1</translation>
    </message>
</context>
<context>
    <name>TrackingNumbers</name>
    <message>
        <source>check digit should be %1, not %2</source>
        <translation>يجب أن يكون رقم التحقق %1، وليس %2</translation>
    </message>
    <message>
        <source>check digit should be %1, not %2 (only a warning for DHL Express: compare the number with the label)</source>
        <translation>يجب أن يكون رقم التحقق %1، وليس %2 (مجرد تحذير لـ DHL Express: قارن الرقم بالملصق)</translation>
    </message>
    <message>
        <source>%1 is not a country code; a postal tracking number ends with the ISO code of the sending country, like CH</source>
        <translation>%1 ليس رمز بلد؛ ينتهي رقم التتبع البريدي برمز ISO لبلد الإرسال، مثل CH</translation>
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
        <translation>UPU S10 (بريدي)</translation>
    </message>
    <message>
        <source>1Z followed by 16 letters and digits</source>
        <translation>1Z يليه 16 حرفًا ورقمًا</translation>
    </message>
    <message>
        <source>12 or 15 digits, or 22 digits starting with 96</source>
        <translation>12 أو 15 رقمًا، أو 22 رقمًا تبدأ بـ 96</translation>
    </message>
    <message>
        <source>10 digits</source>
        <translation>10 أرقام</translation>
    </message>
    <message>
        <source>20 to 22 digits</source>
        <translation>من 20 إلى 22 رقمًا</translation>
    </message>
    <message>
        <source>2 letters, 9 digits and a country code, like RR123456785CH</source>
        <translation>حرفان و9 أرقام ورمز بلد، مثل RR123456785CH</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>not a tracking number of a known form; expected %1</source>
        <translation>ليس رقم تتبع بصيغة معروفة؛ المتوقع %1</translation>
    </message>
    <message>
        <source>tracking number is empty</source>
        <translation>رقم التتبع فارغ</translation>
    </message>
    <message>
        <source>not a %1 tracking number (expected %2); it looks like a %3 number</source>
        <translation>ليس رقم تتبع من %1 (المتوقع %2)؛ يبدو أنه رقم من %3</translation>
    </message>
    <message>
        <source>not a %1 tracking number: expected %2</source>
        <translation>ليس رقم تتبع من %1: المتوقع %2</translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message>
        <source>%1 oz</source>
        <translation>%1 oz</translation>
    </message>
    <message>
        <source>%1 lb</source>
        <translation>%1 lb</translation>
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
        <translation>%1 in</translation>
    </message>
    <message>
        <source>%1 mm</source>
        <translation>%1 mm</translation>
    </message>
    <message>
        <source>%1 cm</source>
        <translation>%1 cm</translation>
    </message>
</context>
<context>
    <name>WriteError</name>
    <message>
        <source>the disk is full: free some space and try again</source>
        <translation>القرص ممتلئ: أفرغ بعض المساحة ثم حاول مرة أخرى</translation>
    </message>
    <message>
        <source>another Borderdesk window or command kept the database busy for too long; try again when it has finished</source>
        <translation>أبقت نافذة أو أمر آخر من Borderdesk قاعدة البيانات مشغولة لفترة طويلة جدًا؛ حاول مرة أخرى بعد انتهائه</translation>
    </message>
</context>
<context>
    <name>WriteTransaction</name>
    <message>
        <source>cannot start writing to the database: %1</source>
        <translation>لا يمكن بدء الكتابة في قاعدة البيانات: %1</translation>
    </message>
    <message>
        <source>cannot save the changes: %1</source>
        <translation>لا يمكن حفظ التغييرات: %1</translation>
    </message>
</context>
</TS>
