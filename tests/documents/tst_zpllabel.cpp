#include "documentsamples.h"
#include "labelcontent.h"
#include "zpllabel.h"

#include <QFile>
#include <QLocale>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

// ZPL is compared byte for byte with reviewed files in tests/data/zpl. After a deliberate change to the
// label, run this suite with BORDERDESK_UPDATE_ZPL_GOLDEN=1 to rewrite them, then review the diff.
class TestZplLabel : public QObject {
    Q_OBJECT

private:
    static QString goldenPath(const QString &name) {
        return QStringLiteral(BORDERDESK_TEST_DATA "/zpl/") + name;
    }

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void matchesGoldenFile_data() {
        QTest::addColumn<ShippingDocument>("doc");
        QTest::addColumn<int>("dpi");
        QTest::addColumn<QString>("file");
        QTest::newRow("two packages, 203 dpi")
            << DocumentSamples::usParcel() << 203 << u"us_two_packages_203.zpl"_s;
        QTest::newRow("two packages, 300 dpi")
            << DocumentSamples::usParcel() << 300 << u"us_two_packages_300.zpl"_s;
        QTest::newRow("CN23 parcel") << DocumentSamples::cn23Parcel() << 203 << u"norway_postal_203.zpl"_s;
        QTest::newRow("domestic") << DocumentSamples::domesticParcel() << 203 << u"domestic_203.zpl"_s;
        QTest::newRow("Thai address") << DocumentSamples::thaiParcel() << 203 << u"thai_203.zpl"_s;
        QTest::newRow("ZPL characters")
            << DocumentSamples::zplSpecialCharacters() << 203 << u"special_characters_203.zpl"_s;
    }

    void matchesGoldenFile() {
        QFETCH(ShippingDocument, doc);
        QFETCH(int, dpi);
        QFETCH(QString, file);
        const QByteArray zpl = ZplLabel(doc, dpi).toZpl();
        QFile golden(goldenPath(file));
        if (qEnvironmentVariableIntValue("BORDERDESK_UPDATE_ZPL_GOLDEN") == 1) {
            QVERIFY(golden.open(QIODevice::WriteOnly));
            golden.write(zpl);
            QSKIP("golden file rewritten; review it");
        }
        QVERIFY2(golden.open(QIODevice::ReadOnly), qPrintable(golden.fileName()));
        const QByteArray expected = golden.readAll();
        if (zpl != expected) {
            // Line by line first, so a failure names the command that changed.
            const QList<QByteArray> actualLines = zpl.split('\n');
            const QList<QByteArray> expectedLines = expected.split('\n');
            for (qsizetype i = 0; i < std::min(actualLines.size(), expectedLines.size()); ++i)
                QCOMPARE(actualLines.at(i), expectedLines.at(i));
        }
        QCOMPARE(zpl, expected);
    }

    void oneLabelPerPackageInUtf8_data() {
        QTest::addColumn<int>("dpi");
        QTest::addColumn<QByteArray>("size");
        QTest::newRow("203 dpi") << 203 << QByteArray("^PW812\n^LL1218\n");
        QTest::newRow("300 dpi") << 300 << QByteArray("^PW1200\n^LL1800\n");
    }

    void oneLabelPerPackageInUtf8() {
        QFETCH(int, dpi);
        QFETCH(QByteArray, size);
        const ShippingDocument doc = DocumentSamples::usParcel();
        const QByteArray zpl = ZplLabel(doc, dpi).toZpl();
        QCOMPARE(zpl.count("^XA"), 2);
        QCOMPARE(zpl.count("^XZ"), 2);
        QCOMPARE(zpl.count("^CI28"), 2);
        QCOMPARE(zpl.count(size), 2);
        QVERIFY(zpl.startsWith("^XA\n^CI28\n"));
        QVERIFY(zpl.endsWith("^XZ\n"));
        QVERIFY(zpl.contains("^BCN,"));
        QVERIFY(zpl.contains("^FD>;3318810025^FS"));
        QVERIFY(zpl.contains("^FD>;3318810036^FS"));
        QVERIFY(zpl.contains("^FD2026-11-27^FS"));
        QVERIFY(zpl.contains("^FD2 OF 2^FS"));
        QCOMPARE(ZplLabel(doc, dpi).toZpl(), zpl); // deterministic
    }

    void everyFieldStaysOnTheLabel_data() {
        QTest::addColumn<ShippingDocument>("doc");
        QTest::addColumn<int>("dpi");
        for (const int dpi : {203, 300}) {
            QTest::addRow("US %d", dpi) << DocumentSamples::usParcel() << dpi;
            QTest::addRow("UPS %d", dpi) << DocumentSamples::zplSpecialCharacters() << dpi;
            QTest::addRow("20 digits %d", dpi) << DocumentSamples::domesticParcel() << dpi;
        }
    }

    void everyFieldStaysOnTheLabel() {
        QFETCH(ShippingDocument, doc);
        QFETCH(int, dpi);
        const QString zpl = QString::fromUtf8(ZplLabel(doc, dpi).toZpl());
        const QSize page = dpi == 203 ? QSize(812, 1218) : QSize(1200, 1800);
        static const QRegularExpression origin(u"\\^FO(\\d+),(\\d+)"_s);
        static const QRegularExpression box(u"\\^FO(\\d+),(\\d+)\\^GB(\\d+),(\\d+),(\\d+)"_s);
        int fields = 0;
        for (auto it = origin.globalMatch(zpl); it.hasNext(); ++fields) {
            const QRegularExpressionMatch match = it.next();
            QVERIFY(match.captured(1).toInt() < page.width());
            QVERIFY(match.captured(2).toInt() < page.height());
        }
        QVERIFY(fields > 20);
        for (auto it = box.globalMatch(zpl); it.hasNext();) {
            const QRegularExpressionMatch match = it.next();
            QVERIFY(match.captured(1).toInt() + match.captured(3).toInt() <= page.width());
            QVERIFY(match.captured(2).toInt() + match.captured(4).toInt() <= page.height());
            QVERIFY(match.captured(5).toInt() >= 1);
        }
        // The barcode, quiet zones included, fits across the label.
        static const QRegularExpression barcode(
            u"\\^BY(\\d+)\\n\\^FO(\\d+),(\\d+)\\^BCN,(\\d+),Y,N,N(\\^FH)?\\^FD([^^]*)\\^FS"_s);
        const QRegularExpressionMatch match = barcode.match(zpl);
        QVERIFY(match.hasMatch());
        int modules = 0;
        ZplLabel::code128Data(doc.packages.first().trackingNumber, &modules);
        const int module = match.captured(1).toInt();
        const int left = match.captured(2).toInt();
        const QRect area = LabelLayout(dpi).trackingBarcode;
        QVERIFY(module >= 3); // 0.37 mm at 203 dpi, 0.25 mm at 300: what carriers accept at the least
        QVERIFY(left - 10 * module >= area.left());
        QVERIFY(left + (modules + 10) * module <= area.right() + 1);
    }

    void fieldDataEscapesCommandCharacters() {
        bool hex = false;
        QCOMPARE(ZplLabel::fieldData(u"plain text"_s, &hex), u"plain text"_s);
        QVERIFY(!hex);
        QCOMPARE(ZplLabel::fieldData(u"a^b~c_d"_s, &hex), u"a_5Eb_7Ec_5Fd"_s);
        QVERIFY(hex);
        QCOMPARE(ZplLabel::fieldData(u"line\nbreak\t"_s, &hex), u"line break"_s);
        QCOMPARE(ZplLabel::fieldData(u"\u0E2A\u0E21\u0E0A\u0E32\u0E22"_s, &hex),
                 u"\u0E2A\u0E21\u0E0A\u0E32\u0E22"_s);
        QVERIFY(!hex);

        const QByteArray zpl = ZplLabel(DocumentSamples::zplSpecialCharacters()).toZpl();
        QVERIFY(zpl.contains("^FH^FDCaret_5ETilde_7EUnder_5Fscore Ltd^FS"));
        QVERIFY(zpl.contains("^FH^FD#1008_5EXZ^FS"));
        QCOMPARE(zpl.count("^XZ"), 1); // the order number cannot end the label early
    }

    void code128DataPicksTheSubset() {
        int modules = 0;
        QCOMPARE(ZplLabel::code128Data(u"3318810025"_s, &modules), u">;3318810025"_s);
        QCOMPARE(modules, 11 * (5 + 2) + 13);
        QCOMPARE(ZplLabel::code128Data(u"12345"_s, &modules), u">;1234>65"_s);
        QCOMPARE(modules, 11 * (2 + 2 + 2) + 13);
        QCOMPARE(ZplLabel::code128Data(u"1Z999AA10123456784"_s, &modules), u"1Z999AA10123456784"_s);
        QCOMPARE(modules, 11 * (18 + 2) + 13);
        QCOMPARE(ZplLabel::code128Data(u"A>B"_s, &modules), u"A>0B"_s);
        QCOMPARE(modules, 11 * (3 + 2) + 13);
        QCOMPARE(ZplLabel::code128Data(u"\u00C4BC"_s, &modules), QString());
        QCOMPARE(modules, 0);
        QCOMPARE(ZplLabel::code128Data(QString(), &modules), QString());
    }

    void noTrackingNumberPrintsNoBarcode() {
        ShippingDocument doc = DocumentSamples::domesticParcel();
        doc.packages.first().trackingNumber.clear();
        const QByteArray zpl = ZplLabel(doc).toZpl();
        QVERIFY(!zpl.contains("^BC"));
        QVERIFY(zpl.contains("^FDNO TRACKING NUMBER^FS"));
    }

    void unicodeFontForOtherScripts() {
        ZplLabel label(DocumentSamples::thaiParcel());
        QVERIFY(!label.toZpl().contains("^A@"));
        label.setUnicodeFont(u"E:TT0003M_.TTF"_s);
        const QByteArray zpl = label.toZpl();
        QVERIFY(zpl.contains("E:TT0003M_.TTF^FD\xE0\xB8\xAA")); // "ส…" in the printer's Unicode font
        QVERIFY(zpl.contains("^A0N,"));                         // Latin text keeps the built-in font
    }
};

QTEST_MAIN(TestZplLabel)
#include "tst_zpllabel.moc"
