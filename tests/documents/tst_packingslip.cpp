#include "documentsamples.h"
#include "documenttesttools.h"
#include "packingslip.h"
#include "translations.h"

#include <QLocale>
#include <QPageSize>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace DocumentTestTools;

class TestPackingSlip : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString render(const ShippingDocument &doc, const QString &name) {
        const PackingSlip slip(doc);
        return writePdf({&slip}, outputDir(m_dir.path()), name + u".pdf"_s, 300);
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void listsTheLinesForThePacker() {
        const ShippingDocument doc = DocumentSamples::usParcel();
        const PackingSlip slip(doc);
        QCOMPARE(slip.type(), DocumentType::PackingSlip);
        QCOMPARE(slip.language(), u"en"_s);
        QCOMPARE(slip.pageLayout().pageSize().id(), QPageSize::A4);
        const QString pdf = render(doc, u"packingslip"_s);
        QVERIFY(!pdf.isEmpty());
        const QString text = normalisedText(pdfText(pdf));
        for (const QString &expected : {u"Packing slip"_s,
                                        u"Order #1001"_s,
                                        u"November 27, 2026"_s,
                                        u"Ship to"_s,
                                        u"John Smith"_s,
                                        u"San Francisco, CA 94105"_s,
                                        u"United States"_s,
                                        u"DHL Express Worldwide"_s,
                                        u"3318810025"_s,
                                        u"SKU"_s,
                                        u"Item"_s,
                                        u"Quantity"_s,
                                        u"Bin"_s,
                                        u"APP-01000"_s,
                                        u"Elephant print T-shirt"_s,
                                        u"A-01-3"_s,
                                        u"MUG-22"_s,
                                        u"Ceramic mug"_s,
                                        u"B-02-1"_s,
                                        u"Notes"_s,
                                        u"Please leave the parcel with the neighbour at number 3."_s,
                                        u"Thank you for your order!"_s,
                                        u"Page 1 of 1"_s})
            QVERIFY2(text.contains(expected), qPrintable(expected + u" not in: "_s + text));
    }

    void orderNumberScans() {
        const QString pdf = render(DocumentSamples::usParcel(), u"packingslip-scan"_s);
        QCOMPARE(decode(rasterise(pdf, 1, 300), ZXing::BarcodeFormat::Code128), QStringList{u"#1001"_s});
        QCOMPARE(decode(rasterise(pdf, 1, 203), ZXing::BarcodeFormat::Code128), QStringList{u"#1001"_s});
    }

    void speaksTheCustomersLanguage() {
        // Thai has a Borderdesk translation: the slip takes its captions from it (and from English where the
        // translation has no entry yet), whatever language the operator uses.
        const ShippingDocument doc = DocumentSamples::thaiParcel();
        QTranslator borderdesk;
        QTranslator qt;
        if (!Translations::load(borderdesk, qt, u"th"_s))
            QSKIP("no Thai translation in this build");
        const PackingSlip slip(doc);
        QCOMPARE(slip.language(), u"th"_s);
        const QString translated = borderdesk.translate("PackingSlip", "Packing slip");
        QCOMPARE(slip.caption("Packing slip"), translated.isEmpty() ? u"Packing slip"_s : translated);

        const QString text = normalisedText(pdfText(render(doc, u"packingslip-th"_s)));
        QVERIFY(text.contains(slip.caption("Packing slip")));
        // The country in Thai (the customer's own language) and the address.
        QVERIFY2(text.contains(u"\u0E44\u0E17\u0E22"_s), qPrintable(text));
        QVERIFY2(text.contains(doc.recipient.address.line1), qPrintable(text));
        // The name as sold, "เสื้อยืดลายช้าง": printed right, but the tone mark stacked over the upper vowel is
        // an alternate glyph of Noto Sans Thai that Qt 6.4's PDF writer leaves out of the ToUnicode map.
        QEXPECT_FAIL("", "Qt 6.4 QPdfWriter maps glyphs back to text through the font's cmap only", Continue);
        QVERIFY2(text.contains(doc.lines.first().name), qPrintable(text));
    }

    void fallsBackToEnglish() {
        ShippingDocument doc = DocumentSamples::usParcel();
        for (const QString &language : {u"xx"_s, u""_s, u"en-GB"_s}) {
            doc.customerLanguage = language;
            const PackingSlip slip(doc);
            QCOMPARE(slip.language(), u"en"_s);
            QCOMPARE(slip.caption("Thank you for your order!"), u"Thank you for your order!"_s);
        }
    }

    void longOrdersContinue() {
        const ShippingDocument doc = DocumentSamples::manyLines(DocumentSamples::usParcel(), 40);
        const PackingSlip slip(doc);
        QVERIFY(slip.pageCount() >= 2);
        const QString pdf = render(doc, u"packingslip-pages"_s);
        QCOMPARE(pageCount(pdf), slip.pageCount());
        const QString all = pdfText(pdf);
        for (int i = 1; i <= 40; ++i)
            QCOMPARE(all.count(QRegularExpression(u"SKU-%1\\b"_s.arg(i, 3, 10, QChar(u'0')))), 1);
        QVERIFY(pdfText(pdf, false, 1).contains(u"Continued on the next page"_s));
        QVERIFY(pdfText(pdf, false, slip.pageCount()).contains(u"Thank you for your order!"_s));
        // Every page carries the order number for the scanner.
        for (int page = 1; page <= slip.pageCount(); ++page)
            QCOMPARE(decode(rasterise(pdf, page, 203), ZXing::BarcodeFormat::Code128),
                     QStringList{u"#1001"_s});
    }
};

QTEST_MAIN(TestPackingSlip)
#include "tst_packingslip.moc"
