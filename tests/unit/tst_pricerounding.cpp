#include "pricerounding.h"

#include <QTest>

namespace {
PriceRounding ladder(const char *text, const char *currency)
{
    QString error;
    const auto parsed = PriceRounding::parse(QString::fromLatin1(text), QString::fromLatin1(currency), &error);
    if (!parsed)
        qFatal("%s", qPrintable(error));
    return *parsed;
}
Money money(qint64 minor, const char *currency)
{
    return Money(minor, QString::fromLatin1(currency));
}
} // namespace

class TestPriceRounding : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void examplesFromTheMarkets()
    {
        // step 1 up with ending 0.01 gives 12.99
        QCOMPARE(ladder("1:up:0.01", "USD").apply(money(1234, "USD")), money(1299, "USD"));
        // step 100 up for JPY gives 1,300
        QCOMPARE(ladder("100:up:0", "JPY").apply(money(1234, "JPY")), money(1300, "JPY"));
        // step 10 up with ending 10 gives 1,290
        QCOMPARE(ladder("10:up:10", "JPY").apply(money(1283, "JPY")), money(1290, "JPY"));
        // step 100 up, ending 10: the classic ¥…90
        QCOMPARE(ladder("100:up:10", "JPY").apply(money(1234, "JPY")), money(1290, "JPY"));
        // x.95 endings
        QCOMPARE(ladder("1:up:0.05", "EUR").apply(money(1201, "EUR")), money(1295, "EUR"));
    }

    void aPriceAlreadyOnItsEndingStays()
    {
        QCOMPARE(ladder("1:up:0.01", "USD").apply(money(1299, "USD")), money(1299, "USD"));
        QCOMPARE(ladder("1:down:0.01", "USD").apply(money(1299, "USD")), money(1299, "USD"));
        QCOMPARE(ladder("100:nearest:0", "JPY").apply(money(1300, "JPY")), money(1300, "JPY"));
    }

    void directions()
    {
        QCOMPARE(ladder("1:down:0.01", "USD").apply(money(1234, "USD")), money(1199, "USD"));
        QCOMPARE(ladder("1:nearest:0.01", "USD").apply(money(1234, "USD")), money(1199, "USD"));
        QCOMPARE(ladder("1:nearest:0.01", "USD").apply(money(1250, "USD")), money(1299, "USD")); // nearer to 12.99
        QCOMPARE(ladder("100:nearest:0", "JPY").apply(money(1250, "JPY")), money(1300, "JPY"));  // tie goes up
        QCOMPARE(ladder("100:nearest:0", "JPY").apply(money(1249, "JPY")), money(1200, "JPY"));
        // Down never rounds to nothing: 0.50 with step 1 down ending 0.01 goes up to 0.99.
        QCOMPARE(ladder("1:down:0.01", "USD").apply(money(50, "USD")), money(99, "USD"));
    }

    void ladderByPriceBracket()
    {
        const PriceRounding rounding = ladder("0=1:up:0.01;100=10:up:0.05", "USD");
        QCOMPARE(rounding.apply(money(4312, "USD")), money(4399, "USD"));    // under 100: x.99
        QCOMPARE(rounding.apply(money(10001, "USD")), money(10995, "USD"));  // 100 and up: steps of 10 less 0.05
        QCOMPARE(rounding.apply(money(9999, "USD")), money(9999, "USD"));    // 99.99 is still in the first bracket
        QCOMPARE(rounding.toText(QStringLiteral("USD")), QStringLiteral("0.00=1.00:up:0.01;100.00=10.00:up:0.05"));
        QCOMPARE(*PriceRounding::parse(rounding.toText(QStringLiteral("USD")), QStringLiteral("USD")), rounding);
    }

    void describedInTheLocalesFigures()
    {
        const PriceRounding rounding = ladder("0=1:up:0.01;1000=10:up:0.05", "USD");
        // Plain for the CLI, as toText() writes the amounts.
        QCOMPARE(rounding.describe(QStringLiteral("USD"), QLocale::c()),
                 QStringLiteral("from 0.00: up to steps of 1.00, less 0.01; from 1000.00: up to steps of 10.00, less 0.05"));
        QCOMPARE(rounding.describe(QStringLiteral("USD"), QLocale(QStringLiteral("de_DE"))),
                 QStringLiteral("from 0,00: up to steps of 1,00, less 0,01; from 1.000,00: up to steps of 10,00, less 0,05"));
        const QString arabic = ladder("1:up:0.05", "USD").describe(QStringLiteral("USD"), QLocale(QStringLiteral("ar_EG")));
        QCOMPARE(arabic, QStringLiteral("up to steps of \u0661\u066B\u0660\u0660, less \u0660\u066B\u0660\u0665"));
        // The default locale, as the GUI shows it.
        QLocale::setDefault(QLocale(QStringLiteral("fr_FR")));
        QCOMPARE(ladder("1:up:0.05", "USD").describe(QStringLiteral("USD")), QStringLiteral("up to steps of 1,00, less 0,05"));
        QLocale::setDefault(QLocale::c());
    }

    void noRoundingKeepsTheExactPrice()
    {
        QCOMPARE(PriceRounding::none().apply(money(1234, "USD")), money(1234, "USD"));
        QCOMPARE(*PriceRounding::parse(QStringLiteral("none"), QStringLiteral("USD")), PriceRounding::none());
    }

    void badRulesAreExplained()
    {
        QString error;
        QVERIFY(!PriceRounding::parse(QStringLiteral("1:sideways:0"), QStringLiteral("USD"), &error));
        QVERIFY(error.contains(QStringLiteral("up, nearest or down")));
        QVERIFY(!PriceRounding::parse(QStringLiteral("0:up:0"), QStringLiteral("USD"), &error));
        QVERIFY(!PriceRounding::parse(QStringLiteral("1:up:2"), QStringLiteral("USD"), &error));
        QVERIFY(!PriceRounding::parse(QStringLiteral("0.5:up:0"), QStringLiteral("JPY"), &error));
        QVERIFY(!PriceRounding::parse(QStringLiteral("1:up"), QStringLiteral("USD"), &error));
    }
};

QTEST_GUILESS_MAIN(TestPriceRounding)
#include "tst_pricerounding.moc"
