#include "ordercells.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestOrderCells : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void money_data()
    {
        QTest::addColumn<QByteArray>("cell");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<qint64>("minor");
        QTest::newRow("plain") << QByteArray("12.99") << u"USD"_s << qint64(1299);
        QTest::newRow("thousands") << QByteArray("1,234.50") << u"USD"_s << qint64(123450);
        QTest::newRow("dollar") << QByteArray("$24.99") << u"USD"_s << qint64(2499);
        QTest::newRow("US dollar") << QByteArray("US $24.99") << u"USD"_s << qint64(2499);
        QTest::newRow("AU dollar") << QByteArray("AU $70.00") << u"AUD"_s << qint64(7000);
        QTest::newRow("pound") << QByteArray("\xC2\xA3" "5") << u"GBP"_s << qint64(500);
        QTest::newRow("euro comma") << QByteArray("EUR 30,00") << u"EUR"_s << qint64(3000);
        QTest::newRow("european thousands") << QByteArray("1.234,56") << u"EUR"_s << qint64(123456);
        QTest::newRow("yen no decimals") << QByteArray("3980") << u"JPY"_s << qint64(3980);
        QTest::newRow("yen with zero decimals") << QByteArray("3980.00") << u"JPY"_s << qint64(3980);
        QTest::newRow("dinar three decimals") << QByteArray("1.250") << u"KWD"_s << qint64(1250);
        QTest::newRow("negative") << QByteArray("-3.00") << u"USD"_s << qint64(-300);
        QTest::newRow("empty") << QByteArray("") << u"USD"_s << qint64(0);
    }

    void money()
    {
        QFETCH(QByteArray, cell);
        QFETCH(QString, currency);
        QFETCH(qint64, minor);
        QString error;
        const auto value = OrderCells::money(cell, currency, &error);
        QVERIFY2(value.has_value(), qPrintable(error));
        QCOMPARE(*value, minor);
    }

    void badMoneyIsNamed()
    {
        QString error;
        QVERIFY(!OrderCells::money("thirty", u"USD"_s, &error));
        QVERIFY2(error.contains(u"\"thirty\" is not an amount"_s), qPrintable(error));
        QVERIFY(!OrderCells::money("12.995", u"USD"_s, &error));
        QVERIFY2(error.contains(u"more decimals"_s), qPrintable(error));
        QVERIFY(!OrderCells::money("$1O.00", u"USD"_s, &error));
    }

    void currencyFromSymbols()
    {
        QCOMPARE(OrderCells::currencyOfAmount("AU $70.00"), u"AUD"_s);
        QCOMPARE(OrderCells::currencyOfAmount("C $5.00"), u"CAD"_s);
        QCOMPARE(OrderCells::currencyOfAmount("$5.00"), u"USD"_s);
        QCOMPARE(OrderCells::currencyOfAmount("\xE2\x82\xAC" "5"), u"EUR"_s);
        QCOMPARE(OrderCells::currencyOfAmount("EUR 30,00"), u"EUR"_s);
        QCOMPARE(OrderCells::currencyOfAmount("12.00"), QString());
    }

    void dates_data()
    {
        QTest::addColumn<QByteArray>("cell");
        QTest::addColumn<QString>("utc");
        QTest::newRow("shopify") << QByteArray("2026-11-20 14:03:11 +0700") << u"2026-11-20T07:03:11Z"_s;
        QTest::newRow("shopify negative") << QByteArray("2026-11-26 14:03:11 -0500") << u"2026-11-26T19:03:11Z"_s;
        QTest::newRow("amazon") << QByteArray("2026-11-27T09:30:00+09:00") << u"2026-11-27T00:30:00Z"_s;
        QTest::newRow("iso z") << QByteArray("2026-11-27T09:30:00Z") << u"2026-11-27T09:30:00Z"_s;
        QTest::newRow("fractions") << QByteArray("2026-11-27T09:30:00.123Z") << u"2026-11-27T09:30:00Z"_s;
        QTest::newRow("ebay US") << QByteArray("Nov-26-26") << u"2026-11-26T00:00:00Z"_s;
        QTest::newRow("ebay UK") << QByteArray("26-Nov-26") << u"2026-11-26T00:00:00Z"_s;
        QTest::newRow("ebay with time and zone") << QByteArray("Nov-26-26 10:15:00 PST") << u"2026-11-26T18:15:00Z"_s;
        QTest::newRow("long") << QByteArray("Nov 26, 2026") << u"2026-11-26T00:00:00Z"_s;
        QTest::newRow("date only") << QByteArray("2026-11-26") << u"2026-11-26T00:00:00Z"_s;
    }

    void dates()
    {
        QFETCH(QByteArray, cell);
        QFETCH(QString, utc);
        QString error;
        const auto time = OrderCells::dateTime(cell, &error);
        QVERIFY2(time.has_value(), qPrintable(error));
        QCOMPARE(OrderCells::isoUtc(*time), utc);
    }

    void badDates()
    {
        QString error;
        QVERIFY(!OrderCells::dateTime("21/11/2026 10:00", &error));
        QVERIFY(error.contains(u"21/11/2026 10:00"_s));
        QVERIFY(!OrderCells::dateTime("2026-13-01", &error));
        QVERIFY(!OrderCells::dateTime("2026-11-20 25:00:00", &error));
    }

    void quantities()
    {
        QString error;
        QCOMPARE(OrderCells::quantity("2", &error), qint64(2));
        QCOMPARE(OrderCells::quantity("3.0", &error), qint64(3));
        QVERIFY(!OrderCells::quantity("0", &error));
        QVERIFY(!OrderCells::quantity("two", &error));
        QVERIFY(!OrderCells::quantity("-1", &error));
    }

    void countries()
    {
        QString error;
        QCOMPARE(OrderCells::country(u"United States"_s, &error), u"US"_s);
        QCOMPARE(OrderCells::country(u"de"_s, &error), u"DE"_s);
        QVERIFY(!OrderCells::country(u"Atlantis"_s, &error));
    }
};

QTEST_APPLESS_MAIN(TestOrderCells)
#include "tst_ordercells.moc"
