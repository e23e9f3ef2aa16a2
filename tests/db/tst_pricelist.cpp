#include "exchangerateimporter.h"
#include "exchangeraterepository.h"
#include "marketrepository.h"
#include "priceexporter.h"
#include "pricelist.h"
#include "productrepository.h"
#include "testdatabase.h"
#include "writetransaction.h"

#include <QSqlQuery>
#include <QTest>

namespace {

int scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
}

} // namespace

class TestPriceList : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void derivedPriceConvertsThenRounds()
    {
        TestDatabase t(30);
        QVERIFY(ExchangeRateImporter::importFile(t.path(), testDataPath(QStringLiteral("ecb_daily.xml"))).written);
        const Product shirt = *ProductRepository(t.db()).findBySku(QStringLiteral("APP-01000"));
        QCOMPARE(shirt.price, Money(104299, QStringLiteral("THB")));
        const Market jp = *MarketRepository(t.db()).find(QStringLiteral("JP"));
        QString error;
        const auto proposal = PriceListService(t.db()).propose(shirt, jp, QDate(2026, 11, 27), &error);
        QVERIFY2(proposal, qPrintable(error));
        // 1,042.99 THB x 161.23 / 37.852 = 4,442.6 -> 4,443 JPY, then up to steps of 100 less 10 -> 4,490
        QCOMPARE(proposal->proposed, Money(4490, QStringLiteral("JPY")));
        QCOMPARE(proposal->rateDate, QDate(2026, 11, 27));
        QVERIFY(proposal->explanation.contains(QStringLiteral("161.23")));
    }

    void explanationsWriteFiguresForTheirReader()
    {
        TestDatabase t(30);
        QVERIFY(ExchangeRateImporter::importFile(t.path(), testDataPath(QStringLiteral("ecb_daily.xml"))).written);
        const QDate day(2026, 11, 27);
        QString error;
        // The CLI and its JSON: ISO dates and plain decimals, whatever the locale.
        QLocale::setDefault(QLocale(QStringLiteral("de_DE")));
        const PriceListService plain(t.db(), PriceListService::Figures::Plain);
        const auto us = plain.quote(QStringLiteral("APP-01000"), QStringLiteral("US"), std::nullopt, day, &error);
        QVERIFY2(us, qPrintable(error));
        const QString usGoods = us->landed.lines.at(0).explanation;
        QVERIFY2(usGoods.contains(QStringLiteral("at the rates of 2026-11-27 (1 EUR = 37.852 THB = ")), qPrintable(usGoods));
        QVERIFY2(usGoods.contains(QStringLiteral("up to steps of 1.00, less 0.01")), qPrintable(usGoods));
        QVERIFY2(us->landed.lines.at(2).explanation.startsWith(QStringLiteral("16.5%")),
                 qPrintable(us->landed.lines.at(2).explanation));

        // The GUI: the default locale's date, digits and decimal sign.
        const PriceListService shown(t.db());
        const auto german = shown.quote(QStringLiteral("APP-01000"), QStringLiteral("US"), std::nullopt, day, &error);
        QVERIFY2(german, qPrintable(error));
        const QString germanGoods = german->landed.lines.at(0).explanation;
        QVERIFY2(germanGoods.contains(QStringLiteral("at the rates of 27.11.26 (1 EUR = 37,852 THB = ")),
                 qPrintable(germanGoods));
        QVERIFY2(germanGoods.contains(QStringLiteral("up to steps of 1,00, less 0,01")), qPrintable(germanGoods));
        QVERIFY2(german->landed.lines.at(2).explanation.startsWith(QStringLiteral("16,5%")),
                 qPrintable(german->landed.lines.at(2).explanation));
        QLocale::setDefault(QLocale(QStringLiteral("ar_EG")));
        const auto arabic = shown.quote(QStringLiteral("APP-01000"), QStringLiteral("US"), std::nullopt, day, &error);
        QVERIFY2(arabic, qPrintable(error));
        const QString arabicGoods = arabic->landed.lines.at(0).explanation;
        QVERIFY2(arabicGoods.contains(QStringLiteral("(1 EUR = \u0663\u0667\u066B\u0668\u0665\u0662 THB = ")),
                 qPrintable(arabicGoods));
        QVERIFY2(!arabicGoods.contains(QStringLiteral("2026")), qPrintable(arabicGoods));
        QLocale::setDefault(QLocale::c());
    }

    void quoteLinesAddUpAndMarginIsInBaseCurrency()
    {
        TestDatabase t(30);
        QVERIFY(ExchangeRateImporter::importFile(t.path(), testDataPath(QStringLiteral("ecb_daily.xml"))).written);
        QString error;
        for (const char *market : {"JP", "US", "GB", "EU", "AU"}) {
            const auto quote = PriceListService(t.db()).quote(QStringLiteral("APP-01000"), QString::fromLatin1(market),
                                                              std::nullopt, QDate(2026, 11, 27), &error);
            QVERIFY2(quote, qPrintable(error));
            qint64 sum = 0;
            for (const LandedCost::Line &line : quote->landed.lines)
                sum += line.amount.minorUnits();
            QCOMPARE(sum, quote->landed.total.minorUnits());
            QCOMPARE(quote->marginInBase.currency(), QStringLiteral("THB"));
        }
        const auto gb = PriceListService(t.db()).quote(QStringLiteral("APP-01000"), QStringLiteral("GB"), std::nullopt,
                                                       QDate(2026, 11, 27), &error);
        QCOMPARE(gb->price.proposed.minorUnits() % 100, 99); // x.99 in the UK
        QVERIFY(!PriceListService(t.db()).quote(QStringLiteral("NOPE"), QStringLiteral("GB"), std::nullopt,
                                                QDate(2026, 11, 27), &error));
        QVERIFY(error.contains(QStringLiteral("NOPE")));
        QVERIFY(!PriceListService(t.db()).quote(QStringLiteral("APP-01000"), QStringLiteral("GB"), std::nullopt,
                                                QDate(2020, 1, 1), &error));
        QVERIFY(error.contains(QStringLiteral("no exchange rate")));
    }

    void applyWritesHistoryAndRespectsTheThreshold()
    {
        TestDatabase t(40);
        QVERIFY(ExchangeRateImporter::importFile(t.path(), testDataPath(QStringLiteral("ecb_history.xml"))).written);
        const PriceListService prices(t.db());
        QString error;
        const auto dry = prices.apply(QStringLiteral("JP"), QDate(2026, 11, 25), true, &error);
        QVERIFY2(dry, qPrintable(error));
        QCOMPARE(dry->changed, 40);
        QCOMPARE(scalar(t.db(), QStringLiteral("SELECT count(*) FROM market_prices")), 0);

        const auto first = prices.apply(QStringLiteral("JP"), QDate(2026, 11, 25), false, &error);
        QCOMPARE(first->changed, 40);
        QCOMPARE(scalar(t.db(), QStringLiteral("SELECT count(*) FROM price_history WHERE market_code = 'JP'")), 40);
        // Two days later the yen moved well under the 2% threshold: nothing is repriced.
        const auto second = prices.apply(QStringLiteral("JP"), QDate(2026, 11, 27), false, &error);
        QCOMPARE(second->changed, 0);
        QCOMPARE(second->kept + second->changed <= 40, true);

        // A fixed price is never recomputed.
        const Product shirt = *ProductRepository(t.db()).findBySku(QStringLiteral("APP-01000"));
        QVERIFY(prices.setFixedPrice(QStringLiteral("JP"), shirt.id, Money(3980, QStringLiteral("JPY")), &error));
        // The yen jumps 10%: everything moves beyond the threshold but the fixed price.
        {
            WriteTransaction tx(t.db());
            QVERIFY(ExchangeRateRepository(t.db()).save(
                {{QStringLiteral("JPY"), QDate(2026, 11, 28), *ExactDecimal::parse(u"177.35")},
                 {QStringLiteral("THB"), QDate(2026, 11, 28), *ExactDecimal::parse(u"37.852")}},
                QStringLiteral("manual"), &error));
            QVERIFY(tx.commit(&error));
        }
        const auto third = prices.apply(QStringLiteral("JP"), QDate(2026, 11, 28), false, &error);
        QCOMPARE(third->changed, 39);
        const auto quote = prices.quote(QStringLiteral("APP-01000"), QStringLiteral("JP"), std::nullopt,
                                        QDate(2026, 11, 28), &error);
        QCOMPARE(quote->price.proposed, Money(3980, QStringLiteral("JPY")));
        QVERIFY(quote->price.fixed);
        QCOMPARE(scalar(t.db(), QStringLiteral("SELECT count(*) FROM price_history WHERE market_code = 'JP'")), 80);
    }

    void cancelledApplyChangesNothing()
    {
        TestDatabase t(30);
        QString error;
        int calls = 0;
        const auto report = PriceListService(t.db()).apply(QStringLiteral("JP"), QDate(2026, 11, 27), false, &error,
                                                           [&calls](int) { return ++calls < 1; });
        QVERIFY(!report);
        QVERIFY(error.contains(QStringLiteral("cancelled")));
        QCOMPARE(scalar(t.db(), QStringLiteral("SELECT count(*) FROM market_prices")), 0);
        QCOMPARE(scalar(t.db(), QStringLiteral("SELECT count(*) FROM price_history")), 0);
    }

    void exportCsvShopifyAndXlsx()
    {
        TestDatabase t(12);
        QVERIFY(ExchangeRateImporter::importFile(t.path(), testDataPath(QStringLiteral("ecb_daily.xml"))).written);
        QString error;
        const QString csv = t.filePath(QStringLiteral("jp.csv"));
        QCOMPARE(PriceExporter::exportFile(t.db(), QStringLiteral("JP"), csv, PriceExporter::Form::Borderdesk,
                                           QDate(2026, 11, 27), &error),
                 12);
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray text = f.readAll();
        QVERIFY(text.startsWith("sku,name,market,price,currency,source,rate_date\r\n"));
        QVERIFY(text.contains("APP-01000,Elephant print T-shirt - Indigo,JP,4490,JPY,derived,2026-11-27"));

        const QString shopify = t.filePath(QStringLiteral("gb.csv"));
        QCOMPARE(PriceExporter::exportFile(t.db(), QStringLiteral("GB"), shopify, PriceExporter::Form::Shopify,
                                           QDate(2026, 11, 27), &error),
                 12);
        QFile g(shopify);
        QVERIFY(g.open(QIODevice::ReadOnly));
        QVERIFY(g.readLine().startsWith("Variant SKU,Price / United Kingdom"));

        const QString xlsx = t.filePath(QStringLiteral("jp.xlsx"));
        QCOMPARE(PriceExporter::exportFile(t.db(), QStringLiteral("JP"), xlsx, PriceExporter::Form::Borderdesk,
                                           QDate(2026, 11, 27), &error),
                 12);
        QFile x(xlsx);
        QVERIFY(x.open(QIODevice::ReadOnly));
        QVERIFY(x.read(2) == "PK"); // a zip container, as every .xlsx is
        QVERIFY(!QFile::exists(xlsx + QStringLiteral(".part")));
        // A country stands for the market it belongs to: DE exports the EU's prices.
        const QString germany = t.filePath(QStringLiteral("de.csv"));
        QCOMPARE(PriceExporter::exportFile(t.db(), QStringLiteral("DE"), germany, PriceExporter::Form::Borderdesk,
                                           QDate(2026, 11, 27), &error),
                 12);
        QFile de(germany);
        QVERIFY(de.open(QIODevice::ReadOnly));
        QVERIFY(de.readAll().contains(",EU,"));
        QCOMPARE(PriceExporter::exportFile(t.db(), QStringLiteral("ZZ"), xlsx, PriceExporter::Form::Borderdesk,
                                           QDate(2026, 11, 27), &error),
                 -1);
    }
};

QTEST_GUILESS_MAIN(TestPriceList)
#include "tst_pricelist.moc"
