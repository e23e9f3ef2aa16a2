#include "decimal.h"

#include <QTest>

class TestDecimal : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesExactly_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("scale");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("whole") << QStringLiteral("1290") << 2 << qint64(129000);
        QTest::newRow("one decimal") << QStringLiteral("1290.5") << 2 << qint64(129050);
        QTest::newRow("trailing zeros beyond scale") << QStringLiteral("1300.00") << 0 << qint64(1300);
        QTest::newRow("negative") << QStringLiteral("-3.10") << 2 << qint64(-310);
        QTest::newRow("leading point") << QStringLiteral(".5") << 3 << qint64(500);
        QTest::newRow("spaces around") << QStringLiteral("  12.345 ") << 3 << qint64(12345);
    }
    void parsesExactly()
    {
        QFETCH(QString, text);
        QFETCH(int, scale);
        QFETCH(qint64, expected);
        const auto value = Decimal::parseScaled(text, scale);
        QVERIFY(value.has_value());
        QCOMPARE(*value, expected);
    }

    void rejectsWhatIsNotAnExactDecimal_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("scale");
        QTest::newRow("too many decimals") << QStringLiteral("12.999") << 2;
        QTest::newRow("yen with cents") << QStringLiteral("12.5") << 0;
        QTest::newRow("grouping") << QStringLiteral("1,290.00") << 2;
        QTest::newRow("exponent") << QStringLiteral("1e5") << 2;
        QTest::newRow("two points") << QStringLiteral("1.2.3") << 2;
        QTest::newRow("empty") << QString() << 2;
        QTest::newRow("sign only") << QStringLiteral("-") << 2;
        QTest::newRow("too big") << QStringLiteral("99999999999999999999") << 2;
    }
    void rejectsWhatIsNotAnExactDecimal()
    {
        QFETCH(QString, text);
        QFETCH(int, scale);
        QVERIFY(!Decimal::parseScaled(text, scale).has_value());
    }

    void roundsHalfUpWhenAsked()
    {
        using Decimal::Rounding;
        QCOMPARE(*Decimal::parseScaled(u"453.5924", 0, Rounding::HalfUp), 454);
        QCOMPARE(*Decimal::parseScaled(u"2.5", 0, Rounding::HalfUp), 3);
        QCOMPARE(*Decimal::parseScaled(u"2.4999", 0, Rounding::HalfUp), 2);
        QCOMPARE(*Decimal::parseScaled(u"-2.5", 0, Rounding::HalfUp), -3);
    }

    void formats()
    {
        QCOMPARE(Decimal::formatScaled(129000, 2), QStringLiteral("1290.00"));
        QCOMPARE(Decimal::formatScaled(5, 2), QStringLiteral("0.05"));
        QCOMPARE(Decimal::formatScaled(-310, 2), QStringLiteral("-3.10"));
        QCOMPARE(Decimal::formatScaled(1300, 0), QStringLiteral("1300"));
        QCOMPARE(Decimal::formatScaled(12345, 3), QStringLiteral("12.345"));
        QCOMPARE(Decimal::formatScaled(std::numeric_limits<qint64>::min(), 2),
                 QStringLiteral("-92233720368547758.08"));
    }

    void formatsForPeople()
    {
        const QLocale de(QStringLiteral("de_DE"));
        const QLocale en(QStringLiteral("en_US"));
        QCOMPARE(Decimal::formatScaled(123456, 2, de), QStringLiteral("1.234,56"));
        QCOMPARE(Decimal::formatScaled(5, 2, de), QStringLiteral("0,05"));
        QCOMPARE(Decimal::formatScaled(100, 2, de), QStringLiteral("1,00"));
        QCOMPARE(Decimal::formatScaled(-310, 2, en), QStringLiteral("-3.10"));
        QCOMPARE(Decimal::formatScaled(1300, 0, en), QStringLiteral("1,300"));
        // Arabic: Arabic-Indic digits for every digit, the Arabic decimal separator and the locale's minus sign.
        const QLocale ar(QStringLiteral("ar_EG"));
        QCOMPARE(Decimal::formatScaled(2925, 2, ar), QStringLiteral("\u0662\u0669\u066B\u0662\u0665"));
        QCOMPARE(Decimal::formatScaled(-5, 2, ar), ar.negativeSign() + QStringLiteral("\u0660\u066B\u0660\u0665"));
        // The C locale gives the plain text back.
        QCOMPARE(Decimal::formatScaled(129000, 2, QLocale::c()), QStringLiteral("1290.00"));
        QCOMPARE(Decimal::formatScaled(std::numeric_limits<qint64>::min(), 2, QLocale::c()),
                 QStringLiteral("-92233720368547758.08"));
    }

    void localizesDecimalText()
    {
        const QLocale de(QStringLiteral("de_DE"));
        // Every digit as stored, never through a double.
        QCOMPARE(Decimal::localized(u"29.250", de), QStringLiteral("29,250"));
        QCOMPARE(Decimal::localized(u"0.1234567890123", de), QStringLiteral("0,1234567890123"));
        QCOMPARE(Decimal::localized(u"12345678901234567.8", QLocale(QStringLiteral("en_US"))),
                 QStringLiteral("12,345,678,901,234,567.8"));
        QCOMPARE(Decimal::localized(u"37.852", QLocale(QStringLiteral("fr_FR"))), QStringLiteral("37,852"));
        QCOMPARE(Decimal::localized(u"8.1", QLocale(QStringLiteral("ar_EG"))), QStringLiteral("\u0668\u066B\u0661"));
        QCOMPARE(Decimal::localized(u".5", de), QStringLiteral("0,5"));
        QCOMPARE(Decimal::localized(u"-0.75", de), QStringLiteral("-0,75"));
        // What is not plain decimal text stays as it is.
        QCOMPARE(Decimal::localized(u"n/a", de), QStringLiteral("n/a"));
        QCOMPARE(Decimal::localized(u"1e5", de), QStringLiteral("1e5"));
        QCOMPARE(Decimal::localized(u"", de), QString());
        QCOMPARE(Decimal::localized(u".", de), QStringLiteral("."));
        QCOMPARE(Decimal::localized(u"1.2.3", de), QStringLiteral("1.2.3"));
        QCOMPARE(Decimal::localDigits(u"2026", QLocale(QStringLiteral("ar_EG"))), QStringLiteral("\u0662\u0660\u0662\u0666"));
        QCOMPARE(Decimal::localDigits(u"2026", de), QStringLiteral("2026"));
    }

    void mulDivRoundsHalfAwayFromZero()
    {
        QCOMPARE(Decimal::mulDivRound(10, 1, 4), 3);  // 2.5 -> 3
        QCOMPARE(Decimal::mulDivRound(-10, 1, 4), -3);
        QCOMPARE(Decimal::mulDivRound(9, 1, 4), 2); // 2.25 -> 2
        QCOMPARE(Decimal::mulDivRound(2000000, 453592370, 1000000), 907184740);
    }
};

QTEST_GUILESS_MAIN(TestDecimal)
#include "tst_decimal.moc"
