#include "productimporter.h"
#include "productrepository.h"
#include "testdatabase.h"

#include <QCryptographicHash>
#include "englishmessages.h"

#include <QTest>

namespace {

QString dump(const QSqlDatabase &db)
{
    QString text;
    for (const Product &p : ProductRepository(db).list({}))
        text += p.sku + u'|' + p.name + u'|' + p.price.toDecimalString() + u'|' + QString::number(p.stock) + u'\n';
    return text;
}

QString issues(const ProductImportReport &report)
{
    QStringList lines;
    for (const ImportIssue &i : report.issues)
        lines.append(i.toString());
    if (!report.error.isEmpty())
        lines.append(report.error);
    return lines.join(u'\n');
}

} // namespace

class TestProductImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { installEnglishMessages(); }

    void goodShopifyFileIsImported()
    {
        TestDatabase t;
        const ProductImportReport report =
            ProductImporter::importFile(t.path(), testDataPath(QStringLiteral("shopify_products_legacy.csv")), {});
        QVERIFY2(!report.hasErrors(), qPrintable(issues(report)));
        QVERIFY(report.written);
        QCOMPARE(report.inserted, 6);
        QCOMPARE(report.updated, 0);
        const ProductRepository repo(t.db());
        QCOMPARE(repo.count(), 6);
        // No currency in Shopify files: the shop's base currency is used.
        QCOMPARE(repo.findBySku(QStringLiteral("SILK-SC-IND"))->price, Money(3900, QStringLiteral("THB")));
    }

    void currencyCanBeGivenForShopifyFiles()
    {
        TestDatabase t;
        ProductImporter::Options options;
        options.currency = QStringLiteral("usd");
        const ProductImportReport report =
            ProductImporter::importFile(t.path(), testDataPath(QStringLiteral("shopify_products_current.csv")), options);
        QVERIFY2(report.written, qPrintable(issues(report)));
        QCOMPARE(ProductRepository(t.db()).findBySku(QStringLiteral("TEA-JAS-100"))->price,
                 Money(1200, QStringLiteral("USD")));
    }

    void oneBadBarcodeChangesNothing()
    {
        TestDatabase t(20);
        const QString before = dump(t.db());
        const ProductImportReport report = ProductImporter::importFile(
            t.path(), testDataPath(QStringLiteral("shopify_products_bad_barcode.csv")), {});
        QVERIFY(report.hasErrors());
        QVERIFY(!report.written);
        QVERIFY2(issues(report).contains(QStringLiteral("shopify_products_bad_barcode.csv:8: Variant Barcode:")),
                 qPrintable(issues(report)));
        QCOMPARE(dump(t.db()), before);
    }

    void mixedFileChangesNothing()
    {
        TestDatabase t(5);
        const QString before = dump(t.db());
        const ProductImportReport report = ProductImporter::importFile(
            t.path(), testDataPath(QStringLiteral("borderdesk_products_mixed.csv")), {});
        QVERIFY(report.hasErrors());
        QCOMPARE(report.issues.size(), 8);
        QCOMPARE(dump(t.db()), before);
    }

    void reimportUpdatesInsteadOfDuplicating()
    {
        TestDatabase t;
        const QString file = testDataPath(QStringLiteral("borderdesk_products.csv"));
        QVERIFY(ProductImporter::importFile(t.path(), file, {}).written);
        Product changed = *ProductRepository(t.db()).findBySku(QStringLiteral("MUG-001"));
        changed.stock = 999;
        QString error;
        QVERIFY(ProductRepository(t.db()).update(changed, &error));
        const ProductImportReport again = ProductImporter::importFile(t.path(), file, {});
        QVERIFY(again.written);
        QCOMPARE(again.inserted, 0);
        QCOMPARE(again.updated, 3);
        QCOMPARE(ProductRepository(t.db()).count(), 3);
        QCOMPARE(ProductRepository(t.db()).findBySku(QStringLiteral("MUG-001"))->stock, 24);
    }

    void dryRunWritesNothing()
    {
        TestDatabase t;
        ProductImporter::Options options;
        options.dryRun = true;
        const ProductImportReport report =
            ProductImporter::importFile(t.path(), testDataPath(QStringLiteral("borderdesk_products.csv")), options);
        QVERIFY(!report.hasErrors());
        QCOMPARE(report.inserted, 3);
        QVERIFY(!report.written);
        QCOMPARE(ProductRepository(t.db()).count(), 0);
    }

    void cancelWhileWritingRollsBack()
    {
        TestDatabase t(3);
        QByteArray csv = "sku,name,price,price_currency\n";
        for (int i = 0; i < 5000; ++i)
            csv += "BULK-" + QByteArray::number(i) + ",Item " + QByteArray::number(i) + ",1.00,THB\n";
        const QString file = t.writeFile(QStringLiteral("bulk.csv"), csv);
        ProductImporter::Options options;
        int calls = 0;
        // Let reading finish (progress up to 60), cancel once writing has started.
        options.progress = [&calls](int percent) { return percent < 60 || ++calls < 2; };
        const ProductImportReport report = ProductImporter::importFile(t.path(), file, options);
        QVERIFY(report.cancelled);
        QVERIFY(!report.written);
        QCOMPARE(ProductRepository(t.db()).count(), 3);
    }

    void unreadableFileIsReported()
    {
        TestDatabase t;
        const ProductImportReport report =
            ProductImporter::importFile(t.path(), t.filePath(QStringLiteral("missing.csv")), {});
        QVERIFY(report.hasErrors());
        QVERIFY(report.error.contains(QStringLiteral("missing.csv")));
    }
};

QTEST_GUILESS_MAIN(TestProductImport)
#include "tst_productimport.moc"
