#include "barcodepainter.h"
#include "documenttesttools.h"

#include <QImage>
#include <QPainter>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace DocumentTestTools;

namespace {

// A white image with the resolution of a printer (logicalDpiX comes from dots per metre).
QImage paper(int dpi, QSize size) {
    QImage image(size, QImage::Format_RGB32);
    image.fill(Qt::white);
    const int dotsPerMetre = qRound(dpi / 0.0254);
    image.setDotsPerMeterX(dotsPerMetre);
    image.setDotsPerMeterY(dotsPerMetre);
    return image;
}

// The lengths of the dark and light runs across one row, from the first dark pixel to the last.
QList<int> runs(const QImage &painted, int y) {
    const QImage image = painted.convertToFormat(QImage::Format_Grayscale8);
    const uchar *line = image.constScanLine(y);
    int first = 0;
    while (first < image.width() && line[first] >= 128)
        ++first;
    int last = image.width() - 1;
    while (last > first && line[last] >= 128)
        --last;
    QList<int> result;
    int length = 0;
    for (int x = first; x <= last; ++x) {
        if (x > first && (line[x] < 128) != (line[x - 1] < 128)) {
            result.append(length);
            length = 0;
        }
        ++length;
    }
    if (length > 0)
        result.append(length);
    return result;
}

} // namespace

Q_DECLARE_METATYPE(BarcodePainter::Symbology)

class TestBarcodePainter : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void moduleDotsIsTheLargestWholeNumberThatFits() {
        QCOMPARE(BarcodePainter::moduleDots(400, 113), 3);
        QCOMPARE(BarcodePainter::moduleDots(339, 113), 3);
        QCOMPARE(BarcodePainter::moduleDots(338.9, 113), 2);
        QCOMPARE(BarcodePainter::moduleDots(50, 113), 1); // never less than one dot
        QCOMPARE(BarcodePainter::moduleDots(100, 0), 1);
    }

    void decodesBackAtPrinterResolutions_data() {
        QTest::addColumn<BarcodePainter::Symbology>("symbology");
        QTest::addColumn<QString>("data");
        QTest::addColumn<QString>("decoded");
        QTest::addColumn<int>("dpi");
        for (const int dpi : {203, 300}) {
            QTest::addRow("Code 128 %d", dpi) << BarcodePainter::Symbology::Code128 << u"1Z999AA10123456784"_s
                                              << u"1Z999AA10123456784"_s << dpi;
            QTest::addRow("GS1-128 SSCC %d", dpi)
                << BarcodePainter::Symbology::Gs1_128 << u"[00]340123450000000000"_s
                << u"00340123450000000000"_s << dpi;
            QTest::addRow("EAN-13 %d", dpi)
                << BarcodePainter::Symbology::Ean13 << u"4006381333931"_s << u"4006381333931"_s << dpi;
            QTest::addRow("UPC-A %d", dpi)
                << BarcodePainter::Symbology::UpcA << u"036000291452"_s << u"036000291452"_s << dpi;
            QTest::addRow("QR %d", dpi)
                << BarcodePainter::Symbology::QrCode << u"https://track.example/3318810025"_s
                << u"https://track.example/3318810025"_s << dpi;
            QTest::addRow("Data Matrix %d", dpi) << BarcodePainter::Symbology::DataMatrix
                                                 << u"#1001 \u0E17\u0E14"_s << u"#1001 \u0E17\u0E14"_s << dpi;
        }
    }

    void decodesBackAtPrinterResolutions() {
        QFETCH(BarcodePainter::Symbology, symbology);
        QFETCH(QString, data);
        QFETCH(QString, decoded);
        QFETCH(int, dpi);
        const BarcodePainter barcode(symbology, data);
        QVERIFY2(barcode.isValid(), qPrintable(barcode.errorString()));
        QImage image = paper(dpi, QSize(dpi * 3, dpi * 2));
        QPainter painter(&image);
        const QRectF painted = barcode.draw(painter, QRectF(dpi * 0.25, dpi * 0.25, dpi * 2.5, dpi * 1.2));
        painter.end();
        QVERIFY(!painted.isEmpty());
        QVERIFY(QRectF(image.rect()).contains(painted));
        const QStringList codes = decode(image);
        QVERIFY2(codes.size() == 1, qPrintable(codes.join(u", "_s)));
        QVERIFY2(QString(codes.constFirst()).remove(u'(').remove(u')') == decoded,
                 qPrintable(codes.constFirst()));
    }

    void modulesAreWholeDotsAndCentred_data() {
        QTest::addColumn<int>("dpi");
        QTest::addColumn<qreal>("left");
        QTest::newRow("203 dpi") << 203 << 10.0;
        QTest::newRow("300 dpi, fractional target") << 300 << 10.4;
    }

    void modulesAreWholeDotsAndCentred() {
        QFETCH(int, dpi);
        QFETCH(qreal, left);
        BarcodePainter barcode(BarcodePainter::Symbology::Code128, u"RR123456785DE"_s);
        barcode.setHumanReadableText(false);
        QImage image = paper(dpi, QSize(760, 200));
        QPainter painter(&image);
        const QRectF target(left, 20, 700, 150);
        const int module = barcode.moduleDotsFor(target, painter);
        QCOMPARE(module, BarcodePainter::moduleDots(700, barcode.widthInModules()));
        const QRectF painted = barcode.draw(painter, target);
        painter.end();
        QCOMPARE(painted.width(), qreal(module * barcode.widthInModules()));
        QCOMPARE(painted.left(), std::round(painted.left())); // on the dot grid
        QVERIFY(std::abs(painted.center().x() - target.center().x()) <= 1);
        const QList<int> widths = runs(image, 100);
        QVERIFY(widths.size() > 20);
        for (const int width : widths)
            QCOMPARE(width % module, 0);
        QCOMPARE(*std::min_element(widths.cbegin(), widths.cend()), module);
        // The quiet zones: ten modules of white paper on both sides of the bars.
        const QImage grey = image.convertToFormat(QImage::Format_Grayscale8);
        const uchar *row = grey.constScanLine(100);
        for (int x = qRound(painted.left()); x < qRound(painted.left()) + 10 * module; ++x)
            QCOMPARE(int(row[x]), 255);
    }

    void textUnderOneDimensionalCodes() {
        const BarcodePainter barcode(BarcodePainter::Symbology::Code128, u"SKU-1"_s);
        QVERIFY(barcode.showsHumanReadableText());
        QImage withText = paper(300, QSize(600, 300));
        QPainter painter(&withText);
        barcode.draw(painter, QRectF(0, 0, 600, 300));
        painter.end();
        // The bottom band holds the text: some ink there, but no bar runs through it.
        const QRect band(0, 260, 600, 40);
        const QImage grey = withText.convertToFormat(QImage::Format_Grayscale8);
        QVERIFY(inkCoverage(grey, band) > 0.005);
        QVERIFY(inkCoverage(grey, band) < 0.3);
    }

    void badDataGivesAMessageNotACrash_data() {
        QTest::addColumn<BarcodePainter::Symbology>("symbology");
        QTest::addColumn<QString>("data");
        QTest::newRow("EAN-13 check digit") << BarcodePainter::Symbology::Ean13 << u"4006381333932"_s;
        QTest::newRow("EAN-13 too short") << BarcodePainter::Symbology::Ean13 << u"400638133393"_s;
        QTest::newRow("UPC-A letters") << BarcodePainter::Symbology::UpcA << u"03600029145A"_s;
        QTest::newRow("Code 128 Thai")
            << BarcodePainter::Symbology::Code128 << u"\u0E17\u0E14\u0E2A\u0E2D\u0E1A"_s;
        QTest::newRow("Code 128 empty") << BarcodePainter::Symbology::Code128 << QString();
        QTest::newRow("GS1-128 no AI") << BarcodePainter::Symbology::Gs1_128 << u"12345"_s;
        QTest::newRow("QR too long") << BarcodePainter::Symbology::QrCode << QString(8000, u'A');
    }

    void badDataGivesAMessageNotACrash() {
        QFETCH(BarcodePainter::Symbology, symbology);
        QFETCH(QString, data);
        const BarcodePainter barcode(symbology, data);
        QVERIFY(!barcode.isValid());
        QVERIFY(!barcode.errorString().isEmpty());
        QImage image = paper(203, QSize(400, 200));
        QPainter painter(&image);
        QVERIFY(barcode.draw(painter, QRectF(0, 0, 400, 200)).isEmpty());
        painter.end();
        QCOMPARE(inkCoverage(image.convertToFormat(QImage::Format_Grayscale8), image.rect()), 0.0);
    }

    void namesTheSymbologies() {
        QCOMPARE(BarcodePainter::name(BarcodePainter::Symbology::Ean13), u"EAN-13"_s);
        QVERIFY(BarcodePainter(BarcodePainter::Symbology::QrCode, u"x"_s).isTwoDimensional());
        QVERIFY(!BarcodePainter(BarcodePainter::Symbology::UpcA, u"036000291452"_s).isTwoDimensional());
    }
};

QTEST_MAIN(TestBarcodePainter)
#include "tst_barcodepainter.moc"
