#include "productcsv.h"

#include <QFile>
#include "englishmessages.h"

#include <QTest>

namespace {

QByteArray readData(const QString &name)
{
    QFile file(QStringLiteral(BORDERDESK_TEST_DATA "/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing test data %s", qPrintable(name));
    return file.readAll();
}

ParsedProducts parse(const QByteArray &bytes, const QString &fileName = QStringLiteral("products.csv"))
{
    ProductCsv::Options options;
    options.fileName = fileName;
    options.defaultCurrency = QStringLiteral("USD");
    return ProductCsv::parse(bytes, options);
}

QStringList messages(const ParsedProducts &parsed)
{
    QStringList result;
    for (const ImportIssue &issue : parsed.issues)
        result.append(issue.toString());
    return result;
}

const Product *bySku(const ParsedProducts &parsed, const QString &sku)
{
    for (const Product &p : parsed.products) {
        if (p.sku == sku)
            return &p;
    }
    return nullptr;
}

} // namespace

class TestProductCsv : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { installEnglishMessages(); }

    void shopifyLegacyExport()
    {
        const ParsedProducts parsed = parse(readData(QStringLiteral("shopify_products_legacy.csv")),
                                            QStringLiteral("shopify_products_legacy.csv"));
        QCOMPARE(parsed.format, ProductCsvFormat::ShopifyLegacy);
        QVERIFY2(!parsed.hasErrors(), qPrintable(messages(parsed).join(u'\n')));
        // 3 scarf variants + 1 bowl + 2 shorts; the image-only row is skipped.
        QCOMPARE(parsed.products.size(), 6);

        const Product *indigo = bySku(parsed, QStringLiteral("SILK-SC-IND"));
        QVERIFY(indigo);
        QCOMPARE(indigo->name, QStringLiteral("Thai Silk Scarf - Indigo"));
        QCOMPARE(indigo->category, QStringLiteral("Scarves"));
        QCOMPARE(indigo->price, Money(3900, QStringLiteral("USD")));
        QCOMPARE(indigo->cost, Money(1250, QStringLiteral("USD")));
        QCOMPARE(indigo->weightG, 85);
        QCOMPARE(indigo->stock, 14);
        QCOMPARE(indigo->barcode, QStringLiteral("4006381333931"));
        QVERIFY(indigo->description.startsWith(QStringLiteral("Hand-woven Thai silk, 100% mulberry.")));
        QVERIFY(indigo->description.contains(QStringLiteral("Care: \"dry clean only\"")));
        QVERIFY(indigo->active);
        QCOMPARE(parsed.lines.at(0), 2);

        // Later variant rows inherit the first row's title and description; the apostrophe Excel adds is dropped.
        const Product *saffron = bySku(parsed, QStringLiteral("SILK-SC-SAF"));
        QVERIFY(saffron);
        QCOMPARE(saffron->name, QStringLiteral("Thai Silk Scarf - Saffron"));
        QCOMPARE(saffron->description, indigo->description);
        QCOMPARE(saffron->barcode, QStringLiteral("036000291452"));
        QCOMPARE(parsed.lines.at(1), 7);
        QCOMPARE(bySku(parsed, QStringLiteral("SILK-SC-JAD"))->weightG, 85);

        const Product *bowl = bySku(parsed, QStringLiteral("CER-BOWL-01"));
        QCOMPARE(bowl->name, QStringLiteral("Celadon Tea Bowl"));
        QCOMPARE(bowl->weightG, 454);
        QCOMPARE(bowl->description, QStringLiteral("Glazed stoneware from Chiang Mai & fired at 1,250 °C."));

        const Product *shorts = bySku(parsed, QStringLiteral("MT-SH-M-RED"));
        QCOMPARE(shorts->name, QStringLiteral("Muay Thai Shorts - M / Red"));
        QCOMPARE(shorts->category, QStringLiteral("Boxing & Martial Arts Protective Gear"));
        QVERIFY(!shorts->active);
        // A variant without a SKU gets one made from its handle and options, with a warning.
        QVERIFY(bySku(parsed, QStringLiteral("muay-thai-shorts-l-blue")));
        QCOMPARE(parsed.warningCount(), 1);
        QVERIFY(messages(parsed).front().startsWith(QStringLiteral("shopify_products_legacy.csv:12: Variant SKU:")));
    }

    void shopifyCurrentTemplate()
    {
        const ParsedProducts parsed = parse(readData(QStringLiteral("shopify_products_current.csv")));
        QCOMPARE(parsed.format, ProductCsvFormat::ShopifyCurrent);
        QVERIFY2(!parsed.hasErrors(), qPrintable(messages(parsed).join(u'\n')));
        QCOMPARE(parsed.products.size(), 3);
        const Product *big = bySku(parsed, QStringLiteral("TEA-JAS-250"));
        QCOMPARE(big->name, QStringLiteral("Jasmine Green Tea - 250 g"));
        QCOMPARE(big->price, Money(2600, QStringLiteral("USD")));
        QCOMPARE(big->weightG, 310);
        QCOMPARE(big->stock, 40);
        QCOMPARE(big->category, QStringLiteral("Tea"));
        const Product *pea = bySku(parsed, QStringLiteral("TEA-BPT-50"));
        QCOMPARE(pea->name, QStringLiteral("Butterfly Pea Tea"));
        QVERIFY(!pea->active); // archived
        QCOMPARE(pea->stock, -2);
    }

    void oneBadBarcodeNamesFileLineAndColumn()
    {
        const ParsedProducts parsed = parse(readData(QStringLiteral("shopify_products_bad_barcode.csv")),
                                            QStringLiteral("shopify_products_bad_barcode.csv"));
        QCOMPARE(parsed.errorCount(), 1);
        const QString message = messages(parsed).join(u'\n');
        QVERIFY2(message.contains(QStringLiteral("shopify_products_bad_barcode.csv:8: Variant Barcode: barcode "
                                                 "\"8850457000012\" has a wrong check digit: it should end in 4, not 2")),
                 qPrintable(message));
    }

    void borderdeskFormatReadsEveryColumn()
    {
        const ParsedProducts parsed = parse(readData(QStringLiteral("borderdesk_products.csv")));
        QCOMPARE(parsed.format, ProductCsvFormat::Borderdesk);
        QVERIFY2(!parsed.hasErrors(), qPrintable(messages(parsed).join(u'\n')));
        QCOMPARE(parsed.products.size(), 3);
        const Product &mug = parsed.products.at(0);
        QCOMPARE(mug.hsCode, QStringLiteral("691200"));
        QCOMPARE(mug.originCountry, QStringLiteral("TH"));
        QCOMPARE(mug.price, Money(59000, QStringLiteral("THB")));
        QCOMPARE(mug.lengthMm, 120);
        QCOMPARE(mug.customsDescription, QStringLiteral("Porcelain mug"));
        const Product &scarf = parsed.products.at(2);
        QCOMPARE(scarf.name, QStringLiteral("=Silk scarf \"premium\""));
        QCOMPARE(scarf.price, Money(4900, QStringLiteral("JPY")));
        QCOMPARE(scarf.stock, -3);
        QVERIFY(!scarf.active);
    }

    void mixedFileReportsEveryBadRow()
    {
        const ParsedProducts parsed = parse(readData(QStringLiteral("borderdesk_products_mixed.csv")),
                                            QStringLiteral("mixed.csv"));
        const QStringList m = messages(parsed);
        const QString all = m.join(u'\n');
        QVERIFY2(all.contains(QStringLiteral("mixed.csv:4: barcode:")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("mixed.csv:5: hs_code: HS code \"6109\" has 4 digits")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("mixed.csv:6: origin_country:")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("mixed.csv:6: weight_g:")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("mixed.csv:6: cost: \"1.001\" has more decimals than THB allows (2)")),
                 qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("mixed.csv:6: price: \"abc\" is not an amount")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("mixed.csv:6: active: \"maybe\" is not true or false")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("mixed.csv:7: sku: SKU \"MUG-001\" already appears on line 2")),
                 qPrintable(all));
        QCOMPARE(parsed.products.size(), 2); // only the good rows, and the importer writes none of them
    }

    void roundTripsThroughOwnFormat()
    {
        const ParsedProducts first = parse(readData(QStringLiteral("borderdesk_products.csv")));
        QString csv = ProductCsv::borderdeskHeader().join(u',') + u'\n';
        for (const Product &p : first.products) {
            QStringList row = ProductCsv::borderdeskRow(p);
            for (QString &cell : row) {
                if (cell.contains(u',') || cell.contains(u'"'))
                    cell = u'"' + cell.replace(u'"', QStringLiteral("\"\"")) + u'"';
            }
            csv += row.join(u',') + u'\n';
        }
        QVERIFY2(csv.contains(QStringLiteral("'=Silk scarf")), "formula cells are neutralised on export");
        const ParsedProducts second = parse(csv.toUtf8());
        QVERIFY(!second.hasErrors());
        QCOMPARE(second.products, first.products);
    }

    void refusesWhatIsNotAProductFile()
    {
        const ParsedProducts latin1 = parse(readData(QStringLiteral("latin1_products.csv")), QStringLiteral("l.csv"));
        QVERIFY(latin1.hasErrors());
        QVERIFY(messages(latin1).front().startsWith(QStringLiteral("l.csv:2: the file is not UTF-8")));
        const ParsedProducts unknown = parse("foo,bar\n1,2\n", QStringLiteral("u.csv"));
        QVERIFY(messages(unknown).front().startsWith(QStringLiteral("u.csv:1: the header row")));
        QVERIFY(parse(QByteArray(), QStringLiteral("e.csv")).hasErrors());
    }

    void semicolonFilesFromEuropeanSpreadsheets()
    {
        const ParsedProducts parsed = parse("sku;name;price;price_currency\nA-1;Vase;12.50;EUR\n");
        QVERIFY(!parsed.hasErrors());
        QCOMPARE(parsed.products.front().price, Money(1250, QStringLiteral("EUR")));
    }

    void cancelStopsReading()
    {
        QByteArray csv = "sku,name,price\n";
        for (int i = 0; i < 5000; ++i)
            csv += "S" + QByteArray::number(i) + ",Name,1.00\n";
        ProductCsv::Options options;
        options.defaultCurrency = QStringLiteral("USD");
        int calls = 0;
        options.progress = [&calls](int) { return ++calls < 2; };
        const ParsedProducts parsed = ProductCsv::parse(csv, options);
        QVERIFY(parsed.cancelled);
        QVERIFY(parsed.products.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestProductCsv)
#include "tst_productcsv.moc"
