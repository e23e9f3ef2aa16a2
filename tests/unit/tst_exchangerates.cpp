#include "ecbrates.h"
#include "exchangerate.h"

#include <QFile>
#include <QTest>

namespace {

ExactDecimal rate(const char *text)
{
    return ExactDecimal::parse(QString::fromLatin1(text)).value();
}

QByteArray readData(const char *name)
{
    QFile file(QStringLiteral(BORDERDESK_TEST_DATA "/") + QString::fromLatin1(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing %s", name);
    return file.readAll();
}

QString issues(const ParsedRates &parsed)
{
    QStringList lines;
    for (const ImportIssue &i : parsed.issues)
        lines.append(i.toString());
    return lines.join(u'\n');
}

} // namespace

class TestExchangeRates : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void exactDecimals()
    {
        QCOMPARE(rate("161.23"), (ExactDecimal{16123, 2}));
        QCOMPARE(rate("1.0500"), (ExactDecimal{105, 2}));
        QCOMPARE(rate("16734.19").toString(), QStringLiteral("16734.19"));
        QVERIFY(!ExactDecimal::parse(u"161,23"));
        QVERIFY(!ExactDecimal::parse(u"1e3"));
        QVERIFY(!ExactDecimal::parse(u"0.1234567890123"));
    }

    void crossRateThroughTheEuro()
    {
        // 1290 THB -> JPY at 1 EUR = 37.852 THB = 161.23 JPY: 5494.7347… -> 5495 (JPY has no minor unit).
        const auto yen = CurrencyConversion::convert(Money(129000, QStringLiteral("THB")), QStringLiteral("JPY"),
                                                     rate("37.852"), rate("161.23"));
        QCOMPARE(yen.value(), Money(5495, QStringLiteral("JPY")));
        // 100.00 USD -> GBP at 1.0523 / 0.83615: 79.4593… -> 79.46
        QCOMPARE(CurrencyConversion::convert(Money(10000, QStringLiteral("USD")), QStringLiteral("GBP"), rate("1.0523"),
                                             rate("0.83615"))
                     .value(),
                 Money(7946, QStringLiteral("GBP")));
        // EUR is 1: 1.00 EUR -> THB 37.852 -> 37.85
        QCOMPARE(CurrencyConversion::convert(Money(100, QStringLiteral("EUR")), QStringLiteral("THB"),
                                             CurrencyConversion::euro(), rate("37.852"))
                     .value(),
                 Money(3785, QStringLiteral("THB")));
    }

    void roundsHalfUpOnceAtTheEnd()
    {
        // 1.00 USD at 2 USD per EUR -> 0.50 EUR -> JPY at 1 per EUR = 0.5 JPY -> 1 JPY (half up), -0.5 -> -1.
        QCOMPARE(CurrencyConversion::convert(Money(100, QStringLiteral("USD")), QStringLiteral("JPY"), rate("2"),
                                             rate("1"))
                     ->minorUnits(),
                 1);
        QCOMPARE(CurrencyConversion::convert(Money(-100, QStringLiteral("USD")), QStringLiteral("JPY"), rate("2"),
                                             rate("1"))
                     ->minorUnits(),
                 -1);
        // KWD keeps three decimals: 1.00 EUR at 0.3275 -> 0.3275 KWD -> 0.328.
        QCOMPARE(CurrencyConversion::convert(Money(100, QStringLiteral("EUR")), QStringLiteral("KWD"),
                                             CurrencyConversion::euro(), rate("0.3275"))
                     ->minorUnits(),
                 328);
        // Just under half rounds down: 0.3274 -> 0.327.
        QCOMPARE(CurrencyConversion::convert(Money(100, QStringLiteral("EUR")), QStringLiteral("KWD"),
                                             CurrencyConversion::euro(), rate("0.3274"))
                     ->minorUnits(),
                 327);
    }

    void hugeAmountsStayExactOrAreRefused()
    {
        const auto big = CurrencyConversion::convert(Money(900000000000000000, QStringLiteral("JPY")),
                                                     QStringLiteral("JPY"), rate("1"), rate("1"));
        QCOMPARE(big->minorUnits(), 900000000000000000);
        QVERIFY(!CurrencyConversion::convert(Money(900000000000000000, QStringLiteral("JPY")), QStringLiteral("IDR"),
                                             rate("0.0001"), rate("16734.19")));
        QVERIFY(!CurrencyConversion::convert(Money(1, QStringLiteral("JPY")), QStringLiteral("USD"), rate("0"),
                                             rate("1")));
    }

    void ecbDailyXml()
    {
        const ParsedRates parsed = EcbRates::parse(readData("ecb_daily.xml"), QStringLiteral("ecb_daily.xml"));
        QVERIFY2(!parsed.hasErrors(), qPrintable(issues(parsed)));
        QCOMPARE(parsed.format, QStringLiteral("ECB daily XML"));
        QCOMPARE(parsed.rates.size(), 30);
        QCOMPARE(parsed.rates.at(1), (ExchangeRate{QStringLiteral("JPY"), QDate(2026, 11, 27), rate("161.23")}));
    }

    void ecbHistoryXml()
    {
        const ParsedRates parsed = EcbRates::parse(readData("ecb_history.xml"), QStringLiteral("ecb_history.xml"));
        QVERIFY2(!parsed.hasErrors(), qPrintable(issues(parsed)));
        QCOMPARE(parsed.format, QStringLiteral("ECB history XML"));
        QCOMPARE(parsed.rates.size(), 90);
    }

    void ecbHistoryCsvWithNaAndTrailingComma()
    {
        const ParsedRates parsed = EcbRates::parse(readData("ecb_history.csv"), QStringLiteral("ecb_history.csv"));
        QVERIFY2(!parsed.hasErrors(), qPrintable(issues(parsed)));
        QCOMPARE(parsed.format, QStringLiteral("ECB history CSV"));
        QCOMPARE(parsed.rates.size(), 3 * 30 + 6);
        // Old currencies keep their history.
        QVERIFY(parsed.rates.contains(ExchangeRate{QStringLiteral("CYP"), QDate(2008, 1, 2), rate("0.585274")}));
    }

    void ecbDailyCsvWithWrittenDate()
    {
        const ParsedRates parsed = EcbRates::parse(readData("ecb_daily.csv"), QStringLiteral("ecb_daily.csv"));
        QVERIFY2(!parsed.hasErrors(), qPrintable(issues(parsed)));
        QCOMPARE(parsed.rates.size(), 30);
        QCOMPARE(parsed.rates.front().date, QDate(2026, 11, 27));
        QCOMPARE(parsed.rates.front().currency, QStringLiteral("USD"));
    }

    void badRateNamesLineAndAttribute()
    {
        const ParsedRates parsed =
            EcbRates::parse(readData("ecb_daily_bad_rate.xml"), QStringLiteral("ecb_daily_bad_rate.xml"));
        QVERIFY(parsed.hasErrors());
        QCOMPARE(issues(parsed),
                 QStringLiteral("ecb_daily_bad_rate.xml:10: rate: \"161,23\" is not a positive decimal rate"));
        const ParsedRates notEcb = EcbRates::parse("sku,name\n1,2\n", QStringLiteral("x.csv"));
        QVERIFY(notEcb.hasErrors());
        const ParsedRates broken = EcbRates::parse("<Cube><Cube time='2026-01-01'>", QStringLiteral("b.xml"));
        QVERIFY(broken.hasErrors());
    }
};

QTEST_GUILESS_MAIN(TestExchangeRates)
#include "tst_exchangerates.moc"
