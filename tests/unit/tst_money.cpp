#include "money.h"

#include <QJsonDocument>
#include <QTest>

class TestMoney : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void minorUnitsFollowTheCurrency()
    {
        QCOMPARE(Money::fromDecimal(u"1290.50", QStringLiteral("THB"))->minorUnits(), 129050);
        QCOMPARE(Money::fromDecimal(u"1300", QStringLiteral("JPY"))->minorUnits(), 1300);
        QCOMPARE(Money::fromDecimal(u"12.345", QStringLiteral("KWD"))->minorUnits(), 12345);
        QCOMPARE(Money(1300, QStringLiteral("JPY")).fractionDigits(), 0);
        QCOMPARE(Money(1, QStringLiteral("KWD")).fractionDigits(), 3);
    }

    void refusesAmountsTheCurrencyCannotHold()
    {
        QString error;
        QVERIFY(!Money::fromDecimal(u"12.5", QStringLiteral("JPY"), &error));
        QVERIFY2(error.contains(QStringLiteral("JPY")) && error.contains(QStringLiteral("(0)")), qPrintable(error));
        QVERIFY(!Money::fromDecimal(u"abc", QStringLiteral("THB"), &error));
        QVERIFY2(error.contains(QStringLiteral("not an amount")), qPrintable(error));
        QVERIFY(!Money::fromDecimal(u"12", QStringLiteral("XYZ"), &error));
        QVERIFY2(error.contains(QStringLiteral("XYZ")), qPrintable(error));
    }

    void currencyCodeIsNormalised()
    {
        QCOMPARE(Money::fromDecimal(u"1", QStringLiteral("thb"))->currency(), QStringLiteral("THB"));
    }

    void decimalStringRoundTrips()
    {
        QCOMPARE(Money(129000, QStringLiteral("THB")).toDecimalString(), QStringLiteral("1290.00"));
        QCOMPARE(Money(1300, QStringLiteral("JPY")).toDecimalString(), QStringLiteral("1300"));
        QCOMPARE(Money(-5, QStringLiteral("USD")).toDecimalString(), QStringLiteral("-0.05"));
        const Money m(123456, QStringLiteral("KWD"));
        QCOMPARE(*Money::fromDecimal(m.toDecimalString(), m.currency()), m);
    }

    void formatsForPeopleWithIcu()
    {
        const QString en = Money(129000, QStringLiteral("THB")).format(QLocale(QStringLiteral("en_US")));
        QVERIFY2(en.contains(QStringLiteral("1,290.00")), qPrintable(en));
        const QString de = Money(129050, QStringLiteral("EUR")).format(QLocale(QStringLiteral("de_DE")));
        QVERIFY2(de.contains(QStringLiteral("1.290,50")) && de.contains(QStringLiteral("€")), qPrintable(de));
        const QString jp = Money(1300, QStringLiteral("JPY")).format(QLocale(QStringLiteral("ja_JP")));
        QVERIFY2(jp.contains(QStringLiteral("1,300")) && !jp.contains(u'.'), qPrintable(jp));
        // A huge amount stays exact: no trip through double.
        const QString big = Money(900719925474099312, QStringLiteral("USD")).format(QLocale(QStringLiteral("en_US")));
        QVERIFY2(big.contains(QStringLiteral("9,007,199,254,740,993.12")), qPrintable(big));
    }

    void jsonIsDecimalText()
    {
        const QJsonObject json = Money(129000, QStringLiteral("THB")).toJson();
        QCOMPARE(QJsonDocument(json).toJson(QJsonDocument::Compact),
                 QByteArray(R"({"amount":"1290.00","currency":"THB"})"));
    }

    void arithmetic()
    {
        const Money a(1050, QStringLiteral("USD"));
        const Money b(199, QStringLiteral("USD"));
        QCOMPARE((a + b).minorUnits(), 1249);
        QCOMPARE((a - b).minorUnits(), 851);
    }
};

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
