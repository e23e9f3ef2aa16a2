#include "productexporter.h"
#include "productimporter.h"
#include "productrepository.h"
#include "testdatabase.h"

#include <QTest>

class TestProductExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void exportThenImportIsLossless()
    {
        TestDatabase source(120);
        // Text that spreadsheets would run as formulas, quotes, commas and Thai script survive the round trip.
        Product tricky;
        tricky.sku = QStringLiteral("=TRICKY");
        tricky.name = QStringLiteral("@ผ้าไหม, \"silk\"\nsecond line");
        tricky.category = QStringLiteral("-Sale");
        tricky.customsDescription = QStringLiteral("+Silk scarf");
        tricky.cost = Money(1, QStringLiteral("KWD"));
        tricky.price = Money(1290, QStringLiteral("JPY"));
        tricky.stock = -4;
        tricky.active = false;
        QString error;
        QVERIFY(ProductRepository(source.db()).insert(tricky, &error));

        const QString file = source.filePath(QStringLiteral("export.csv"));
        QCOMPARE(ProductExporter::exportCsv(source.db(), file, &error), 121);
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.startsWith("sku,name,barcode,hs_code,origin_country,weight_g,length_mm,width_mm,height_mm,cost,"
                                 "cost_currency,price,price_currency,category,stock,active,customs_description\r\n"));
        QVERIFY(bytes.contains("'=TRICKY"));

        TestDatabase target;
        const ProductImportReport report = ProductImporter::importFile(target.path(), file, {});
        QVERIFY(report.written);
        QCOMPARE(report.inserted, 121);
        auto withoutIdsAndDescriptions = [](QList<Product> products) {
            for (Product &p : products) {
                p.id = 0;
                p.description.clear(); // not a column of the Borderdesk CSV
            }
            return products;
        };
        ProductFilter bySku;
        bySku.sortKey = ProductFilter::SortKey::Sku;
        QCOMPARE(withoutIdsAndDescriptions(ProductRepository(target.db()).list(bySku)),
                 withoutIdsAndDescriptions(ProductRepository(source.db()).list(bySku)));
    }

    void unwritableTargetIsAnError()
    {
        TestDatabase t(2);
        QString error;
        QCOMPARE(ProductExporter::exportCsv(t.db(), QStringLiteral("/nonexistent-dir/x.csv"), &error), -1);
        QVERIFY(error.contains(QStringLiteral("/nonexistent-dir/x.csv")));
    }

    void cancelLeavesNoFile()
    {
        TestDatabase t(3000);
        const QString file = t.filePath(QStringLiteral("cancelled.csv"));
        QString error;
        QCOMPARE(ProductExporter::exportCsv(t.db(), file, &error, [](int) { return false; }), -1);
        QVERIFY(!QFile::exists(file));
    }
};

QTEST_GUILESS_MAIN(TestProductExport)
#include "tst_productexport.moc"
