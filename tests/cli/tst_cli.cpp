#include "clirun.h"
#include "testdatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include "englishmessages.h"

#include <QTest>


class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        installEnglishMessages();
    }

    void initDemoThenListAsJson()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("shop.sqlite"));
        Run r = cli({QStringLiteral("--db"), db, QStringLiteral("init"), QStringLiteral("--demo"),
                     QStringLiteral("--base-currency"), QStringLiteral("THB"), QStringLiteral("--home-country"),
                     QStringLiteral("TH")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("600 products")), qPrintable(r.out));

        r = cli({QStringLiteral("--db"), db, QStringLiteral("products"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonArray array = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(array.size(), 600);
        const QJsonObject first = array.first().toObject();
        for (const char *key : {"sku", "name", "barcode", "hs_code", "origin_country", "weight_g", "stock"})
            QVERIFY2(first.contains(QString::fromLatin1(key)), key);
        const QJsonObject price = first.value(QStringLiteral("price")).toObject();
        QCOMPARE(price.value(QStringLiteral("currency")).toString(), QStringLiteral("THB"));
        QVERIFY(price.value(QStringLiteral("amount")).toString().contains(QRegularExpression(QStringLiteral("^\\d+\\.\\d\\d$"))));
        QVERIFY(first.value(QStringLiteral("cost")).isObject());

        // A second --demo into a full catalogue is refused.
        r = cli({QStringLiteral("--db"), db, QStringLiteral("init"), QStringLiteral("--demo")});
        QCOMPARE(r.code, 1);
    }

    void importReportsBadRowsAndExitsOne()
    {
        TestDatabase t(4);
        const Run r = cli({QStringLiteral("--db"), t.path(), QStringLiteral("products"), QStringLiteral("import"),
                           testDataPath(QStringLiteral("shopify_products_bad_barcode.csv"))});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("shopify_products_bad_barcode.csv:8: Variant Barcode: barcode")),
                 qPrintable(r.err));
        QVERIFY(r.err.contains(QStringLiteral("Nothing was imported")));
        const Run list = cli({QStringLiteral("--db"), t.path(), QStringLiteral("products"), QStringLiteral("list")});
        QVERIFY(list.out.contains(QStringLiteral("4 products")));
    }

    void importDryRunAndReal()
    {
        TestDatabase t;
        const QString file = testDataPath(QStringLiteral("shopify_products_legacy.csv"));
        Run r = cli({QStringLiteral("--db"), t.path(), QStringLiteral("products"), QStringLiteral("import"), file,
                     QStringLiteral("--dry-run")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("6 new")), qPrintable(r.out));
        QVERIFY(r.err.contains(QStringLiteral("warning: ")));
        r = cli({QStringLiteral("--db"), t.path(), QStringLiteral("products"), QStringLiteral("list")});
        QVERIFY(r.out.contains(QStringLiteral("0 products")));
        r = cli({QStringLiteral("--db"), t.path(), QStringLiteral("products"), QStringLiteral("import"), file,
                 QStringLiteral("--currency"), QStringLiteral("USD")});
        QCOMPARE(r.code, 0);
        r = cli({QStringLiteral("--db"), t.path(), QStringLiteral("products"), QStringLiteral("list"),
                 QStringLiteral("--json"), QStringLiteral("--search"), QStringLiteral("SILK-SC-IND")});
        const QJsonArray array = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(array.size(), 1);
        QCOMPARE(array.first()[QStringLiteral("price")].toObject(),
                 (QJsonObject{{QStringLiteral("amount"), QStringLiteral("39.00")},
                              {QStringLiteral("currency"), QStringLiteral("USD")}}));
    }

    void exportWritesOurCsv()
    {
        TestDatabase t(10);
        const QString file = t.filePath(QStringLiteral("out.csv"));
        const Run r = cli({QStringLiteral("--db"), t.path(), QStringLiteral("products"), QStringLiteral("export"), file});
        QCOMPARE(r.code, 0);
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll().count('\n'), 11);
    }

    void ratesImportAndConvert()
    {
        TestDatabase t;
        Run r = cli({QStringLiteral("--db"), t.path(), QStringLiteral("rates"), QStringLiteral("import"),
                     testDataPath(QStringLiteral("ecb_daily.xml"))});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("30 new")), qPrintable(r.out));
        r = cli({QStringLiteral("--db"), t.path(), QStringLiteral("rates"), QStringLiteral("convert"), QStringLiteral("1290"),
                 QStringLiteral("THB"), QStringLiteral("JPY"), QStringLiteral("--date"), QStringLiteral("2026-11-27")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out.trimmed(), QStringLiteral("1290.00 THB = 5495 JPY (rates of 2026-11-27: 1 EUR = 37.852 THB = 161.23 JPY)"));
        r = cli({QStringLiteral("--db"), t.path(), QStringLiteral("rates"), QStringLiteral("convert"), QStringLiteral("1290"),
                 QStringLiteral("THB"), QStringLiteral("JPY"), QStringLiteral("--date"), QStringLiteral("2026-11-30"),
                 QStringLiteral("--json")});
        const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(json[QStringLiteral("amount")].toObject()[QStringLiteral("amount")].toString(), QStringLiteral("5495"));
        QCOMPARE(json[QStringLiteral("rate_date")].toString(), QStringLiteral("2026-11-27"));
        // Before the first rate: refused, exit 1.
        r = cli({QStringLiteral("--db"), t.path(), QStringLiteral("rates"), QStringLiteral("convert"), QStringLiteral("10"),
                 QStringLiteral("USD"), QStringLiteral("THB"), QStringLiteral("--date"), QStringLiteral("2020-01-01")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QStringLiteral("no exchange rate")));
        // A manual rate, then a conversion that uses it.
        r = cli({QStringLiteral("--db"), t.path(), QStringLiteral("rates"), QStringLiteral("set"), QStringLiteral("KWD"),
                 QStringLiteral("0.3275"), QStringLiteral("--date"), QStringLiteral("2026-11-27")});
        QCOMPARE(r.code, 0);
        r = cli({QStringLiteral("--db"), t.path(), QStringLiteral("rates"), QStringLiteral("convert"), QStringLiteral("1"),
                 QStringLiteral("EUR"), QStringLiteral("KWD"), QStringLiteral("--date"), QStringLiteral("2026-11-27")});
        QVERIFY2(r.out.startsWith(QStringLiteral("1.00 EUR = 0.328 KWD")), qPrintable(r.out));
        r = cli({QStringLiteral("--db"), t.path(), QStringLiteral("rates"), QStringLiteral("import"),
                 testDataPath(QStringLiteral("ecb_daily_bad_rate.xml"))});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QStringLiteral("ecb_daily_bad_rate.xml:10: rate:")));
    }

    void marketsListShowRestrictClone()
    {
        TestDatabase t;
        Run r = cli({QStringLiteral("--db"), t.path(), QStringLiteral("markets"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        QVERIFY(QJsonDocument::fromJson(r.out.toUtf8()).array().size() >= 14);
        r = cli({QStringLiteral("--db"), t.path(), QStringLiteral("markets"), QStringLiteral("restrict"), QStringLiteral("jp"),
                 QStringLiteral("--hs"), QStringLiteral("9503"), QStringLiteral("--level"), QStringLiteral("prohibited"),
                 QStringLiteral("--note"), QStringLiteral("test rule")});
        QCOMPARE(r.code, 0);
        r = cli({QStringLiteral("--db"), t.path(), QStringLiteral("markets"), QStringLiteral("show"), QStringLiteral("JP"),
                 QStringLiteral("--json")});
        const QJsonObject jp = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(jp[QStringLiteral("currency")].toString(), QStringLiteral("JPY"));
        const QJsonArray rules = jp[QStringLiteral("restrictions")].toArray();
        QVERIFY(std::any_of(rules.begin(), rules.end(), [](const QJsonValue &v) {
            return v[QStringLiteral("hs_prefix")].toString() == u"9503" && v[QStringLiteral("level")].toString() == u"prohibited";
        }));
        r = cli({QStringLiteral("--db"), t.path(), QStringLiteral("markets"), QStringLiteral("restrict"), QStringLiteral("JP"),
                 QStringLiteral("--hs"), QStringLiteral("9503"), QStringLiteral("--level"), QStringLiteral("banned")});
        QCOMPARE(r.code, 1);
        r = cli({QStringLiteral("--db"), t.path(), QStringLiteral("markets"), QStringLiteral("restrict"), QStringLiteral("JP"),
                 QStringLiteral("--hs"), QStringLiteral("9503"), QStringLiteral("--category"), QStringLiteral("Toys"),
                 QStringLiteral("--level"), QStringLiteral("restricted")});
        QCOMPARE(r.code, 2);
        r = cli({QStringLiteral("--db"), t.path(), QStringLiteral("markets"), QStringLiteral("restrict"), QStringLiteral("ZZ"),
                 QStringLiteral("--category"), QStringLiteral("Toys"), QStringLiteral("--level"), QStringLiteral("restricted")});
        QCOMPARE(r.code, 1);
        r = cli({QStringLiteral("--db"), t.path(), QStringLiteral("markets"), QStringLiteral("clone"), QStringLiteral("GB"),
                 QStringLiteral("IE"), QStringLiteral("--name"), QStringLiteral("Ireland")});
        QCOMPARE(r.code, 0);
        r = cli({QStringLiteral("--db"), t.path(), QStringLiteral("markets"), QStringLiteral("show"), QStringLiteral("IE")});
        QVERIFY2(r.out.startsWith(QStringLiteral("IE – Ireland")), qPrintable(r.out));
    }

    void priceWithLandedCost()
    {
        TestDatabase t(20);
        QCOMPARE(cli({QStringLiteral("--db"), t.path(), QStringLiteral("rates"), QStringLiteral("import"),
                      testDataPath(QStringLiteral("ecb_daily.xml"))})
                     .code,
                 0);
        Run r = cli({QStringLiteral("--db"), t.path(), QStringLiteral("price"), QStringLiteral("APP-01000"),
                     QStringLiteral("--market"), QStringLiteral("JP"), QStringLiteral("--date"), QStringLiteral("2026-11-27"),
                     QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(json[QStringLiteral("price")].toObject()[QStringLiteral("amount")].toString(), QStringLiteral("4490"));
        QCOMPARE(json[QStringLiteral("rate_date")].toString(), QStringLiteral("2026-11-27"));
        const QJsonObject landed = json[QStringLiteral("landed_cost")].toObject();
        qint64 sum = 0;
        for (const char *key : {"goods", "shipping", "duty", "tax", "fees"})
            sum += landed[QString::fromLatin1(key)].toObject()[QStringLiteral("amount")].toString().toLongLong();
        QCOMPARE(sum, landed[QStringLiteral("total")].toObject()[QStringLiteral("amount")].toString().toLongLong());
        QCOMPARE(json[QStringLiteral("margin")].toObject()[QStringLiteral("currency")].toString(), QStringLiteral("THB"));

        r = cli({QStringLiteral("--db"), t.path(), QStringLiteral("price"), QStringLiteral("APP-01000"),
                 QStringLiteral("--market"), QStringLiteral("GB"), QStringLiteral("--incoterm"), QStringLiteral("DDP"),
                 QStringLiteral("--date"), QStringLiteral("2026-11-27")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("DDP")) && r.out.contains(QStringLiteral("total")), qPrintable(r.out));

        r = cli({QStringLiteral("--db"), t.path(), QStringLiteral("price"), QStringLiteral("apply"), QStringLiteral("--market"),
                 QStringLiteral("JP"), QStringLiteral("--date"), QStringLiteral("2026-11-27"), QStringLiteral("--dry-run")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("20 price(s) would change")), qPrintable(r.out));
        // A country finds the market it belongs to: Germany is priced in the EU market.
        r = cli({QStringLiteral("--db"), t.path(), QStringLiteral("price"), QStringLiteral("APP-01000"),
                 QStringLiteral("--market"), QStringLiteral("DE"), QStringLiteral("--date"), QStringLiteral("2026-11-27"),
                 QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object()[QStringLiteral("market")].toString(), QStringLiteral("EU"));
        r = cli({QStringLiteral("--db"), t.path(), QStringLiteral("price"), QStringLiteral("APP-01000"),
                 QStringLiteral("--market"), QStringLiteral("XX")});
        QCOMPARE(r.code, 1);
        r = cli({QStringLiteral("--db"), t.path(), QStringLiteral("price"), QStringLiteral("APP-01000")});
        QCOMPARE(r.code, 2);
    }


    void ordersImportListShowCheckAndStatus()
    {
        TestDatabase t(600);
        const QString db = t.path();
        Run r = cli({QStringLiteral("--db"), db, QStringLiteral("orders"), QStringLiteral("import"),
                     testDataPath(QStringLiteral("shopify_orders.csv")), QStringLiteral("--dry-run")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("Dry run")), qPrintable(r.out));
        r = cli({QStringLiteral("--db"), db, QStringLiteral("orders"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).array().size(), 0);

        r = cli({QStringLiteral("--db"), db, QStringLiteral("orders"), QStringLiteral("import"),
                 testDataPath(QStringLiteral("shopify_orders.csv")), QStringLiteral("--format"), QStringLiteral("shopify")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("5 new, 0 updated; 1 put on hold")), qPrintable(r.out));
        QVERIFY2(r.err.contains(QStringLiteral("warning: shopify_orders.csv:8: Lineitem sku: SKU \"GIFT-CARD-20\" is not in the catalogue")),
                 qPrintable(r.err));

        r = cli({QStringLiteral("--db"), db, QStringLiteral("orders"), QStringLiteral("list"), QStringLiteral("--status"),
                 QStringLiteral("on_hold"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonArray held = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(held.size(), 1);
        const QJsonObject order = held.first().toObject();
        QCOMPARE(order.value(QStringLiteral("number")).toString(), QStringLiteral("#1004"));
        for (const char *key : {"number", "channel", "channel_order_id", "status", "ship_country", "currency", "lines",
                                "risk_score"})
            QVERIFY2(order.contains(QString::fromLatin1(key)), key);
        QCOMPARE(order.value(QStringLiteral("total")).toObject().value(QStringLiteral("amount")).toString(),
                 QStringLiteral("344.98"));
        QCOMPARE(order.value(QStringLiteral("risk_score")).toInt(), 100);

        r = cli({QStringLiteral("--db"), db, QStringLiteral("orders"), QStringLiteral("list"), QStringLiteral("--country"),
                 QStringLiteral("US")});
        QVERIFY2(r.out.contains(QStringLiteral("3 orders shown of 3")), qPrintable(r.out));

        r = cli({QStringLiteral("--db"), db, QStringLiteral("orders"), QStringLiteral("check"), QStringLiteral("1001"),
                 QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonObject checked = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(checked.value(QStringLiteral("can_ship")).toBool(), false);
        const QJsonArray problems = checked.value(QStringLiteral("problems")).toArray();
        QStringList codes;
        for (const QJsonValue &p : problems)
            codes.append(p.toObject().value(QStringLiteral("code")).toString());
        QCOMPARE(codes, (QStringList{QStringLiteral("restricted"), QStringLiteral("unknown_sku")}));
        QCOMPARE(checked.value(QStringLiteral("risk_reasons")).toArray().first().toObject().value(QStringLiteral("rule")).toString(),
                 QStringLiteral("first_order"));

        r = cli({QStringLiteral("--db"), db, QStringLiteral("orders"), QStringLiteral("check"), QStringLiteral("#1003")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("cannot ship: the recipient's phone number is missing")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("Fraud risk: 10 of 100")), qPrintable(r.out));

        r = cli({QStringLiteral("--db"), db, QStringLiteral("orders"), QStringLiteral("set-status"), QStringLiteral("#1001"),
                 QStringLiteral("ready_to_ship")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("cannot ship: TEA-01004 is restricted")), qPrintable(r.err));
        r = cli({QStringLiteral("--db"), db, QStringLiteral("orders"), QStringLiteral("set-status"), QStringLiteral("#1004"),
                 QStringLiteral("shipped")});
        QCOMPARE(r.code, 1);
        r = cli({QStringLiteral("--db"), db, QStringLiteral("orders"), QStringLiteral("set-status"), QStringLiteral("#1004"),
                 QStringLiteral("new"), QStringLiteral("--note"), QStringLiteral("verified by phone")});
        QCOMPARE(r.code, 0);
        r = cli({QStringLiteral("--db"), db, QStringLiteral("orders"), QStringLiteral("show"), QStringLiteral("#1004"),
                 QStringLiteral("--json")});
        const QJsonArray history = QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("history")).toArray();
        QCOMPARE(history.last().toObject().value(QStringLiteral("note")).toString(), QStringLiteral("verified by phone"));
        QCOMPARE(history.last().toObject().value(QStringLiteral("new")).toString(), QStringLiteral("new"));
        r = cli({QStringLiteral("--db"), db, QStringLiteral("orders"), QStringLiteral("show"), QStringLiteral("#9999")});
        QCOMPARE(r.code, 1);
    }

    void ordersBadFileExportAndFraudRules()
    {
        TestDatabase t(600);
        const QString db = t.path();
        Run r = cli({QStringLiteral("--db"), db, QStringLiteral("orders"), QStringLiteral("import"),
                     testDataPath(QStringLiteral("amazon_orders_bad.txt"))});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("amazon_orders_bad.txt:3: ship-country: \"Atlantis\" is not a country")),
                 qPrintable(r.err));
        QVERIFY(r.err.contains(QStringLiteral("Nothing was imported")));

        QCOMPARE(cli({QStringLiteral("--db"), db, QStringLiteral("orders"), QStringLiteral("import"),
                      testDataPath(QStringLiteral("ebay_orders.csv"))}).code, 0);
        const QString file = t.filePath(QStringLiteral("export.csv"));
        r = cli({QStringLiteral("--db"), db, QStringLiteral("orders"), QStringLiteral("export"), file, QStringLiteral("--country"),
                 QStringLiteral("AU")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("Exported 1 order")), qPrintable(r.out));

        r = cli({QStringLiteral("--db"), db, QStringLiteral("orders"), QStringLiteral("fraud-rules"), QStringLiteral("--set"),
                 QStringLiteral("first_order=65"), QStringLiteral("--threshold"), QStringLiteral("50"),
                 QStringLiteral("--categories"), QStringLiteral("Gift cards, Jewellery"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonObject rules = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(rules.value(QStringLiteral("hold_threshold")).toInt(), 50);
        QCOMPARE(rules.value(QStringLiteral("weights")).toObject().value(QStringLiteral("first_order")).toInt(), 65);
        QCOMPARE(rules.value(QStringLiteral("high_risk_categories")).toArray().toVariantList(),
                 (QVariantList{QStringLiteral("Gift cards"), QStringLiteral("Jewellery")}));
        r = cli({QStringLiteral("--db"), db, QStringLiteral("orders"), QStringLiteral("check"), QStringLiteral("11-13828-40021")});
        QVERIFY2(r.out.contains(QStringLiteral("Status: On hold")), qPrintable(r.out));
        QCOMPARE(cli({QStringLiteral("--db"), db, QStringLiteral("orders"), QStringLiteral("fraud-rules"), QStringLiteral("--set"),
                      QStringLiteral("bogus=5")}).code, 1);
        // A forwarder the seller knows: its address now counts as a fraud signal.
        r = cli({QStringLiteral("--db"), db, QStringLiteral("orders"), QStringLiteral("forwarders"), QStringLiteral("--add"),
                 QStringLiteral("Bridge St Parcel Lockers"), QStringLiteral("--fragment"), QStringLiteral("20 Bridge St"),
                 QStringLiteral("--country"), QStringLiteral("AU"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).array().last().toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("Bridge St Parcel Lockers"));
        r = cli({QStringLiteral("--db"), db, QStringLiteral("orders"), QStringLiteral("check"), QStringLiteral("22-13829-50033")});
        QVERIFY2(r.out.contains(QStringLiteral("Ships to a known freight forwarder (Bridge St Parcel Lockers)")), qPrintable(r.out));
        QCOMPARE(cli({QStringLiteral("--db"), db, QStringLiteral("orders"), QStringLiteral("forwarders"), QStringLiteral("--add"),
                      QStringLiteral("X"), QStringLiteral("--fragment"), QStringLiteral("ab")}).code, 1);
        // A message in the customer's language (the market's, here Australia → English), filled with the order.
        r = cli({QStringLiteral("--db"), db, QStringLiteral("orders"), QStringLiteral("message"), QStringLiteral("22-13829-50033"),
                 QStringLiteral("--template"), QStringLiteral("shipped"), QStringLiteral("--tracking"), QStringLiteral("RR123456785TH")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("22-13829-50033")) && r.out.contains(QStringLiteral("RR123456785TH"))
                     && r.out.contains(QStringLiteral("Chloe Nguyen")),
                 qPrintable(r.out));
        r = cli({QStringLiteral("--db"), db, QStringLiteral("orders"), QStringLiteral("message"), QStringLiteral("22-13829-50033"),
                 QStringLiteral("--lang"), QStringLiteral("th"), QStringLiteral("--mailto")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.startsWith(QStringLiteral("mailto:chloe.nguyen@example.com.au?subject=")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("%E0%B8"))); // Thai, percent-encoded UTF-8
        QCOMPARE(cli({QStringLiteral("--db"), db, QStringLiteral("orders"), QStringLiteral("import"),
                      testDataPath(QStringLiteral("ebay_orders.csv")), QStringLiteral("--format"), QStringLiteral("walmart")}).code, 2);
    }

    void usageErrorsExitTwo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("nothing") << QStringList();
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")};
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--frob"), QStringLiteral("init")};
        QTest::newRow("import without file") << QStringList{QStringLiteral("products"), QStringLiteral("import")};
        QTest::newRow("bad subcommand") << QStringList{QStringLiteral("products"), QStringLiteral("burn")};
        QTest::newRow("db without path") << QStringList{QStringLiteral("--db")};
    }
    void usageErrorsExitTwo()
    {
        QFETCH(QStringList, args);
        const Run r = cli(args);
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("Usage:")));
    }

    void badValuesExitOne()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("x.sqlite"));
        QCOMPARE(cli({QStringLiteral("--db"), db, QStringLiteral("init"), QStringLiteral("--base-currency"),
                      QStringLiteral("XYZ")})
                     .code,
                 1);
        QCOMPARE(cli({QStringLiteral("--db"), dir.filePath(QStringLiteral("missing.sqlite")), QStringLiteral("products"),
                      QStringLiteral("list")})
                     .code,
                 1);
    }
};

QTEST_MAIN(TestCli)
#include "tst_cli.moc"
