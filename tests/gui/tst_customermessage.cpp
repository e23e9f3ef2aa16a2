#include "customermessagedialog.h"
#include "shopsettings.h"
#include "testdatabase.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>
#include <QTextDocument>
#include <QTimeZone>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

// Stands in for the mail client: QDesktopServices hands it the mailto: links.
class MailClient : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> opened;

public Q_SLOTS:
    void open(const QUrl &url) { opened.append(url); }
};

class TestCustomerMessage : public QObject
{
    Q_OBJECT

    template<typename T>
    static T *child(const QWidget &parent, const QString &name)
    {
        auto *widget = parent.findChild<T *>(name);
        if (!widget)
            qFatal("no widget %s", qPrintable(name));
        return widget;
    }

    static Order thaiOrder()
    {
        Order o;
        o.number = u"#1001"_s;
        o.createdAt = QDateTime(QDate(2026, 11, 28), QTime(9, 15), QTimeZone::utc());
        o.currency = u"THB"_s;
        o.totalMinor = 129000;
        o.marketCode = u"TH"_s;
        o.customer.name = u"สมชาย ใจดี"_s;
        o.customer.email = u"somchai@example.co.th"_s;
        o.customer.language = u"th"_s;
        o.shipTo = Address{u"สมชาย ใจดี"_s, {}, u"99 ถนนสุขุมวิท"_s, {}, u"กรุงเทพมหานคร"_s, {}, u"10110"_s, u"TH"_s, {}};
        o.lines = {OrderLine{0, u"SCARF-01"_s, u"ผ้าพันคอไหม"_s, 2, 64500, 0, 0, {}}};
        return o;
    }

    // Types any text, key by key, as an input method would (QTest::keyClicks takes Latin-1 only).
    static void type(QWidget *widget, const QString &text)
    {
        for (QChar c : text)
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }

    static void chooseKind(CustomerMessageDialog &dialog, MessageKind kind)
    {
        auto *combo = child<QComboBox>(dialog, u"messageKind"_s);
        combo->setCurrentIndex(combo->findData(MessageKinds::key(kind)));
    }

    MailClient m_mailClient;

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(u"en_US"_s));
        QDesktopServices::setUrlHandler(u"mailto"_s, &m_mailClient, "open");
    }

    void cleanupTestCase() { QDesktopServices::unsetUrlHandler(u"mailto"_s); }

    void thaiCustomerGetsTheThaiConfirmation()
    {
        TestDatabase t;
        CustomerMessageDialog dialog(t.db(), thaiOrder());
        QCOMPARE(child<QComboBox>(dialog, u"messageKind"_s)->currentText(), u"Order confirmation"_s);
        auto *language = child<QComboBox>(dialog, u"messageLanguage"_s);
        QCOMPARE(language->currentData().toString(), u"th"_s);
        QCOMPARE(language->currentText(), u"Thai"_s);
        QCOMPARE(child<QLabel>(dialog, u"messageRecipient"_s)->text(), u"somchai@example.co.th"_s);
        QCOMPARE(child<QLineEdit>(dialog, u"messageSubject"_s)->text(), u"ยืนยันคำสั่งซื้อ #1001"_s);
        const QString body = child<QPlainTextEdit>(dialog, u"messageBody"_s)->toPlainText();
        QVERIFY2(body.startsWith(u"เรียน คุณสมชาย ใจดี\n\nขอบคุณที่สั่งซื้อสินค้ากับเรา"_s), qPrintable(body));
        QVERIFY(body.contains(u"รายการสินค้า:\n2 × ผ้าพันคอไหม\n\nยอดรวม: ฿1,290.00"_s));
        QVERIFY(body.endsWith(u"ขอแสดงความนับถือ\n{shop_name}"_s));
        QCOMPARE(child<QLabel>(dialog, u"messageNote"_s)->text(), u"Still to fill in: {shop_name}"_s);
        // A confirmation asks for nothing about shipping.
        QVERIFY(child<QLineEdit>(dialog, u"shopNameEdit"_s)->isVisibleTo(&dialog));
        QVERIFY(!child<QLineEdit>(dialog, u"trackingNumberEdit"_s)->isVisibleTo(&dialog));
    }

    void defaultLanguageFallsBackToTheMarketThenEnglish()
    {
        TestDatabase t;
        Order o = thaiOrder();
        o.customer.language.clear();
        o.marketCode = u"JP"_s;
        QCOMPARE(CustomerMessageDialog(t.db(), o).language(), u"ja"_s);
        o.customer.language = u"pt-BR"_s;
        o.marketCode = u"BR"_s;
        CustomerMessageDialog brazil(t.db(), o);
        QCOMPARE(brazil.language(), u"en"_s);
        QVERIFY(child<QLineEdit>(brazil, u"messageSubject"_s)->text().startsWith(u"Your order #1001"_s));
    }

    void shippedPreviewFollowsTheTrackingNumber()
    {
        TestDatabase t;
        CustomerMessageDialog dialog(t.db(), thaiOrder());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        chooseKind(dialog, MessageKind::Shipped);
        auto *subject = child<QLineEdit>(dialog, u"messageSubject"_s);
        auto *body = child<QPlainTextEdit>(dialog, u"messageBody"_s);
        auto *note = child<QLabel>(dialog, u"messageNote"_s);
        QCOMPARE(subject->text(), u"คำสั่งซื้อ #1001 ของคุณจัดส่งแล้ว"_s);
        QVERIFY(body->toPlainText().contains(u"หมายเลขพัสดุ: {tracking_number}\n"_s));
        QVERIFY(note->text().contains(u"{tracking_number}"_s));
        auto *trackingNumber = child<QLineEdit>(dialog, u"trackingNumberEdit"_s);
        QVERIFY(trackingNumber->isVisible());
        QVERIFY(!child<QLineEdit>(dialog, u"delayReasonEdit"_s)->isVisible());

        QTest::keyClicks(trackingNumber, u"EE123456789TH"_s);
        QTest::keyClicks(child<QLineEdit>(dialog, u"carrierEdit"_s), u"Thailand Post"_s);
        QTest::keyClicks(child<QLineEdit>(dialog, u"trackingUrlEdit"_s), u"https://track.thailandpost.co.th/"_s);
        QTest::keyClicks(child<QLineEdit>(dialog, u"shopNameEdit"_s), u"Siam Silk"_s);
        QCOMPARE(body->toPlainText(),
                 u"เรียน คุณสมชาย ใจดี\n\n"
                 u"คำสั่งซื้อ #1001 ของคุณได้จัดส่งแล้วผ่าน Thailand Post\n\n"
                 u"หมายเลขพัสดุ: EE123456789TH\n"
                 u"ติดตามพัสดุ: https://track.thailandpost.co.th/\n\n"
                 u"รายการสินค้า:\n2 × ผ้าพันคอไหม\n\n"
                 u"ที่อยู่จัดส่ง:\nสมชาย ใจดี\n99 ถนนสุขุมวิท\nกรุงเทพมหานคร\n10110\nไทย\n\n"
                 u"พัสดุระหว่างประเทศอาจใช้เวลาหนึ่งถึงสองวันก่อนที่สถานะการติดตามจะแสดงครั้งแรก "
                 u"หากมีข้อสงสัยใด ๆ สามารถตอบกลับอีเมลนี้ได้เลย\n\n"
                 u"ขอแสดงความนับถือ\nSiam Silk"_s);
        QVERIFY(note->isHidden());
    }

    void copyPutsSubjectAndTextOnTheClipboard()
    {
        TestDatabase t;
        CustomerMessageDialog dialog(t.db(), thaiOrder());
        chooseKind(dialog, MessageKind::Delayed);
        type(child<QLineEdit>(dialog, u"delayReasonEdit"_s), u"สินค้ารอเข้าสต็อก"_s);
        QTest::keyClicks(child<QLineEdit>(dialog, u"shopNameEdit"_s), u"Siam Silk"_s);
        QGuiApplication::clipboard()->clear();
        auto *copy = child<QPushButton>(dialog, u"copyMessageButton"_s);
        QCOMPARE(copy->text(), u"Copy"_s);
        QTest::mouseClick(copy, Qt::LeftButton);
        const QString copied = QGuiApplication::clipboard()->text();
        QVERIFY2(copied.startsWith(u"แจ้งความคืบหน้าคำสั่งซื้อ #1001\n\nเรียน คุณสมชาย ใจดี\n\n"_s), qPrintable(copied));
        QVERIFY(copied.contains(u"\nสาเหตุ: สินค้ารอเข้าสต็อก\n"_s));
        QCOMPARE(copied, child<QLineEdit>(dialog, u"messageSubject"_s)->text() + u"\n\n"_s
                             + child<QPlainTextEdit>(dialog, u"messageBody"_s)->toPlainText());
        // The shop's name is kept for the next message.
        QCOMPARE(ShopSettings(t.db()).value(u"shop_name"_s), u"Siam Silk"_s);
        QCOMPARE(child<QLineEdit>(CustomerMessageDialog(t.db(), thaiOrder()), u"shopNameEdit"_s)->text(), u"Siam Silk"_s);
    }

    void openInMailClientSendsAMailtoLink()
    {
        TestDatabase t;
        CustomerMessageDialog dialog(t.db(), thaiOrder());
        auto *mail = child<QPushButton>(dialog, u"openMailButton"_s);
        QCOMPARE(mail->text(), u"Open in mail client"_s);
        QVERIFY(mail->isEnabled());
        m_mailClient.opened.clear();
        QTest::mouseClick(mail, Qt::LeftButton);
        QCOMPARE(m_mailClient.opened.size(), 1);
        const QUrl url = m_mailClient.opened.constFirst();
        QCOMPARE(url.scheme(), u"mailto"_s);
        QCOMPARE(url.path(), u"somchai@example.co.th"_s);
        QCOMPARE(QUrlQuery(url).queryItemValue(u"subject"_s, QUrl::FullyDecoded), u"ยืนยันคำสั่งซื้อ #1001"_s);
        QVERIFY(url.toEncoded().contains("%0D%0A%0D%0A"));
    }

    void mailButtonIsDisabledWithoutEmail()
    {
        TestDatabase t;
        Order o = thaiOrder();
        o.customer.email.clear();
        CustomerMessageDialog dialog(t.db(), o);
        QVERIFY(!child<QPushButton>(dialog, u"openMailButton"_s)->isEnabled());
        QCOMPARE(child<QPushButton>(dialog, u"openMailButton"_s)->toolTip(), u"This customer has no email address"_s);
        QCOMPARE(child<QLabel>(dialog, u"messageRecipient"_s)->text(), u"No email address for this customer"_s);
        QVERIFY(child<QPushButton>(dialog, u"copyMessageButton"_s)->isEnabled());
    }

    void arabicReadsRightToLeft()
    {
        TestDatabase t;
        CustomerMessageDialog dialog(t.db(), thaiOrder());
        dialog.setLanguage(u"ar"_s);
        auto *subject = child<QLineEdit>(dialog, u"messageSubject"_s);
        auto *body = child<QPlainTextEdit>(dialog, u"messageBody"_s);
        QCOMPARE(subject->text(), u"تأكيد طلبك رقم #1001"_s);
        QVERIFY(body->toPlainText().startsWith(u"مرحبًا สมชาย ใจดี،\n\n"_s));
        QCOMPARE(subject->layoutDirection(), Qt::RightToLeft);
        QCOMPARE(body->layoutDirection(), Qt::RightToLeft);
        QCOMPARE(body->document()->defaultTextOption().textDirection(), Qt::RightToLeft);
        QCOMPARE(body->document()->defaultTextOption().alignment(), Qt::AlignRight | Qt::AlignAbsolute);
        // The operator's own widgets keep the operator's direction; back in Thai the preview reads left to right.
        QCOMPARE(child<QComboBox>(dialog, u"messageKind"_s)->layoutDirection(), Qt::LeftToRight);
        dialog.setLanguage(u"th"_s);
        QCOMPARE(body->document()->defaultTextOption().textDirection(), Qt::LeftToRight);
        QCOMPARE(body->document()->defaultTextOption().alignment(), Qt::AlignLeft);
    }

    void languageChangeRetranslatesWithoutLosingTheMessage()
    {
        TestDatabase t;
        CustomerMessageDialog dialog(t.db(), thaiOrder());
        chooseKind(dialog, MessageKind::CustomsInfo);
        type(child<QLineEdit>(dialog, u"requiredDocumentsEdit"_s), u"สำเนาบัตรประชาชน"_s);
        const QString before = dialog.message().text();
        QEvent change(QEvent::LanguageChange);
        QApplication::sendEvent(&dialog, &change);
        QCOMPARE(dialog.kind(), MessageKind::CustomsInfo);
        QCOMPARE(child<QComboBox>(dialog, u"messageKind"_s)->currentText(), u"Customs information needed"_s);
        QCOMPARE(dialog.windowTitle(), u"Message to the customer of order #1001"_s);
        QCOMPARE(dialog.message().text(), before);
        QVERIFY(before.contains(u"สำเนาบัตรประชาชน"_s));
    }
};

QTEST_MAIN(TestCustomerMessage)
#include "tst_customermessage.moc"
