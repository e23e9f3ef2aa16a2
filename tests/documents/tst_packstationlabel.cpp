#include "documenttesttools.h"
#include "orderimporter.h"
#include "orderrepository.h"
#include "ordersamples.h"
#include "packstationwindow.h"
#include "printsettings.h"
#include "shipmentrepository.h"
#include "testdatabase.h"

#include <QApplication>
#include <QLineEdit>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace DocumentTestTools;

// The "done when", end to end: a packer scans an order and its items at the pack station with the keyboard
// only, and the label that comes out carries a barcode a scanner reads back as the shipment's tracking number,
// with the customs form and packing slip in the same print.
class TestPackStationLabel : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static void scan(QLineEdit *input, const QString &text)
    {
        QTest::keyClicks(input, text);
        QTest::keyClick(input, Qt::Key_Return);
    }

private Q_SLOTS:
    void scannedOrderGivesAScannableLabel()
    {
        TestDatabase t(600);
        const auto report = OrderImporter::importBytes(
            t.db(),
            OrderSamples::ordersCsv({OrderSamples::orderRow(1, {{u"line_quantity"_s, u"2"_s}}),
                                     OrderSamples::orderRow(1, {{u"line_sku"_s, u"HOM-01002"_s},
                                                                {u"line_name"_s, u"Celadon bowl"_s}})}),
            u"orders.csv"_s, {});
        QVERIFY(report.written);
        QSettings settings(m_dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
        PrintSettings printSettings(settings);
        QString labelPdf;
        QList<DocumentType> printed;
        auto print = [&](const QList<const PrintableDocument *> &documents) {
            for (const PrintableDocument *d : documents) {
                printed.append(d->type());
                if (d->type() == DocumentType::ShippingLabel)
                    labelPdf = writePdf({d}, outputDir(m_dir.path()), u"station-label.pdf"_s, 203);
            }
            return PrintResult{};
        };
        PackStationWindow station(t.db(), printSettings, print);
        station.resize(1280, 800);
        station.show();
        QLineEdit *input = station.input();
        scan(input, u"#1001"_s);
        scan(input, u"8850457000014"_s); // APP-01000 by its GTIN
        scan(input, u"APP-01000"_s);     // and by its SKU
        QVERIFY(printed.isEmpty());
        scan(input, u"hom-01002"_s);
        QCOMPARE(printed, (QList<DocumentType>{DocumentType::ShippingLabel, DocumentType::CustomsForm,
                                               DocumentType::PackingSlip}));

        const qint64 id = OrderRepository(t.db()).resolve(u"#1001"_s, nullptr).value();
        QCOMPARE(OrderRepository(t.db()).load(id)->status, OrderStatus::Packed);
        const QList<Shipment> shipments = ShipmentRepository(t.db()).forOrder(id);
        QCOMPARE(shipments.size(), 1);
        const QString tracking = shipments.front().packages.front().trackingNumber;
        // The demo shop's allocated EMS range: the postal default gets an S10 number.
        QVERIFY2(tracking.startsWith(u"EE"_s) && tracking.endsWith(u"TH"_s), qPrintable(tracking));

        const QImage image = rasterise(labelPdf, 1, 203);
        QVERIFY(!image.isNull());
        const QStringList codes = decode(image);
        QVERIFY2(codes.contains(tracking), qPrintable(codes.join(u", "_s)));
    }
};

QTEST_MAIN(TestPackStationLabel)
#include "tst_packstationlabel.moc"
