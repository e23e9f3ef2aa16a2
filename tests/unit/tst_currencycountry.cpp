#include "country.h"
#include "currency.h"

#include <QTest>

class TestCurrencyCountry : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void currenciesComeFromIcu()
    {
        QVERIFY(Currency::isKnown(QStringLiteral("THB")));
        QVERIFY(Currency::isKnown(QStringLiteral("EUR")));
        QVERIFY(!Currency::isKnown(QStringLiteral("XYZ")));
        QVERIFY(!Currency::isKnown(QStringLiteral("thb")));
        QCOMPARE(Currency::fractionDigits(QStringLiteral("JPY")), 0);
        QCOMPARE(Currency::fractionDigits(QStringLiteral("KRW")), 0);
        QCOMPARE(Currency::fractionDigits(QStringLiteral("THB")), 2);
        QCOMPARE(Currency::fractionDigits(QStringLiteral("KWD")), 3);
        QVERIFY(Currency::commonCodes().size() > 100);
    }

    void currencyNamesInTheUiLanguage()
    {
        QCOMPARE(Currency::displayName(QStringLiteral("THB"), QLocale(QStringLiteral("en"))), QStringLiteral("Thai Baht"));
        QVERIFY(Currency::displayName(QStringLiteral("THB"), QLocale(QStringLiteral("th"))).contains(QStringLiteral("บาท")));
        QCOMPARE(Currency::displayName(QStringLiteral("EUR"), QLocale(QStringLiteral("de"))), QStringLiteral("Euro"));
    }

    void countryNamesInTheUiLanguage()
    {
        QCOMPARE(Country::displayName(QStringLiteral("TH"), QLocale(QStringLiteral("en"))), QStringLiteral("Thailand"));
        QCOMPARE(Country::displayName(QStringLiteral("TH"), QLocale(QStringLiteral("th"))), QStringLiteral("ไทย"));
        QCOMPARE(Country::displayName(QStringLiteral("DE"), QLocale(QStringLiteral("fr"))), QStringLiteral("Allemagne"));
        QCOMPARE(Country::displayName(QStringLiteral("JP"), QLocale(QStringLiteral("ja"))), QStringLiteral("日本"));
    }

    void countryCodesAndNamesAreRecognised()
    {
        QVERIFY(Country::isKnown(QStringLiteral("TH")));
        QVERIFY(!Country::isKnown(QStringLiteral("XX")));
        QVERIFY(Country::codes().size() >= 240);
        QCOMPARE(Country::fromCodeOrName(QStringLiteral("th")).value_or(QString()), QStringLiteral("TH"));
        QCOMPARE(Country::fromCodeOrName(QStringLiteral("Germany")).value_or(QString()), QStringLiteral("DE"));
        QCOMPARE(Country::fromCodeOrName(QStringLiteral("united states")).value_or(QString()), QStringLiteral("US"));
        QVERIFY(!Country::fromCodeOrName(QStringLiteral("Atlantis")));
    }
};

QTEST_GUILESS_MAIN(TestCurrencyCountry)
#include "tst_currencycountry.moc"
