#include "documentsamples.h"
#include "documenttesttools.h"
#include "productlabels.h"

#include <QLocale>
#include <QPageSize>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace DocumentTestTools;

class TestProductLabels : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString render(const ProductLabels &labels, const QString &name, int dpi) {
        return writePdf({&labels}, outputDir(m_dir.path()), u"%1-%2.pdf"_s.arg(name).arg(dpi), dpi);
    }

    static QStringList sorted(QStringList list) {
        list.sort();
        return list;
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void choosesTheSymbology() {
        using Symbology = BarcodePainter::Symbology;
        QCOMPARE(ProductLabels::barcodeFor({u"A"_s, {}, u"4006381333931"_s, 1}).symbology(),
                 Symbology::Ean13);
        QCOMPARE(ProductLabels::barcodeFor({u"A"_s, {}, u"400-638133393 1"_s, 1}).data(), u"4006381333931"_s);
        QCOMPARE(ProductLabels::barcodeFor({u"A"_s, {}, u"036000291452"_s, 1}).symbology(), Symbology::UpcA);
        // A wrong check digit, another length or no GTIN at all: the SKU as Code 128.
        const BarcodePainter bad = ProductLabels::barcodeFor({u"SKU-9"_s, {}, u"4006381333932"_s, 1});
        QCOMPARE(bad.symbology(), Symbology::Code128);
        QCOMPARE(bad.data(), u"SKU-9"_s);
        QCOMPARE(ProductLabels::barcodeFor({u"SKU-9"_s, {}, u"96385074"_s, 1}).symbology(),
                 Symbology::Code128);
        QCOMPARE(ProductLabels::barcodeFor({u"SKU-9"_s, {}, {}, 1}).symbology(), Symbology::Code128);
    }

    void sheetOfThreeByEight() {
        const ProductLabels sheet(DocumentSamples::productItems(), ProductLabels::Layout::A4Sheet);
        QCOMPARE(sheet.type(), DocumentType::ProductLabels);
        QCOMPARE(sheet.labelCount(), 5); // two copies of the first item
        QCOMPARE(sheet.pageCount(), 1);
        QCOMPARE(sheet.pageLayout().pageSize().id(), QPageSize::A4);
        const ProductLabels many({{u"SKU-1"_s, u"Many"_s, {}, 30}}, ProductLabels::Layout::A4Sheet);
        QCOMPARE(many.pageCount(), 2);
        QCOMPARE(ProductLabels({}, ProductLabels::Layout::A4Sheet).pageCount(), 1);
    }

    void sheetLabelsScan_data() {
        QTest::addColumn<int>("dpi");
        QTest::newRow("203 dpi") << 203;
        QTest::newRow("300 dpi") << 300;
    }

    void sheetLabelsScan() {
        QFETCH(int, dpi);
        const ProductLabels sheet(DocumentSamples::productItems(), ProductLabels::Layout::A4Sheet);
        const QString pdf = render(sheet, u"sheet"_s, dpi);
        QVERIFY(!pdf.isEmpty());
        const QImage page = rasterise(pdf, 1, dpi);
        // Each label on its own: the sheet is cut into its 3 × 8 grid the way the labels are die-cut.
        const qreal dotsPerMm = dpi / 25.4;
        QStringList found;
        for (int slot = 0; slot < sheet.labelCount(); ++slot) {
            const QRect label(qRound((slot % 3) * 70 * dotsPerMm),
                              qRound((0.5 + (slot / 3) * 37) * dotsPerMm), qRound(70 * dotsPerMm),
                              qRound(37 * dotsPerMm));
            found += decode(page.copy(label));
        }
        QCOMPARE(sorted(found), sorted({u"4006381333931"_s, u"4006381333931"_s, u"036000291452"_s,
                                        u"SCARF-7"_s, u"BAD-GTIN-1"_s}));
        const QString text = normalisedText(pdfText(pdf));
        QVERIFY(text.contains(u"Elephant print T-shirt"_s));
        QVERIFY(text.contains(u"SKU APP-01000"_s));
    }

    void rollLabelsScan() {
        const ProductLabels roll(DocumentSamples::productItems(), ProductLabels::Layout::ThermalRoll);
        QCOMPARE(roll.pageCount(), 5);
        QCOMPARE(roll.pageLayout().fullRect(QPageLayout::Millimeter), QRectF(0, 0, 50, 25));
        const QString pdf = render(roll, u"roll"_s, 203);
        QCOMPARE(pageCount(pdf), 5);
        const QSizeF size = pageSize(pdf, 1);
        // PDF page boxes are written in whole points: 142 × 71 pt for 141.7 × 70.9 (0.1 mm more).
        QVERIFY(std::abs(size.width() - 50 / 25.4 * 72) <= 0.5);
        QVERIFY(std::abs(size.height() - 25 / 25.4 * 72) <= 0.5);
        const QStringList expected{u"4006381333931"_s, u"4006381333931"_s, u"036000291452"_s, u"SCARF-7"_s,
                                   u"BAD-GTIN-1"_s};
        for (int page = 1; page <= 5; ++page) {
            const QImage image = rasterise(pdf, page, 203);
            QVERIFY(std::abs(image.width() - 400) <= 1);
            QCOMPARE(decode(image), QStringList{expected.at(page - 1)});
        }
    }
};

QTEST_MAIN(TestProductLabels)
#include "tst_productlabels.moc"
