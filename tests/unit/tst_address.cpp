#include "address.h"

#include <QLocale>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

Address address(const QString &country)
{
    Address a;
    a.name = u"Alex Doe"_s;
    a.line1 = u"1 Main Street"_s;
    a.country = country;
    return a;
}

} // namespace

class TestAddress : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void formatsUnitedStatesWithCityStateZipOnOneLine()
    {
        Address a = address(u"US"_s);
        a.company = u"Acme Inc."_s;
        a.line2 = u"Suite 400"_s;
        a.city = u"San Francisco"_s;
        a.province = u"CA"_s;
        a.postalCode = u"94105"_s;
        const QStringList expected{u"Alex Doe"_s, u"Acme Inc."_s,
                                   u"1 Main Street"_s, u"Suite 400"_s,
                                   u"San Francisco, CA 94105"_s, u"United States"_s};
        QCOMPARE(AddressFormat::lines(a), expected);
    }

    void dropsSeparatorsNextToEmptyFields()
    {
        Address a = address(u"us"_s); // lower-case code is accepted
        a.city = u"Springfield"_s;
        a.postalCode = u"12345"_s;
        QCOMPARE(AddressFormat::lines(a).at(2), u"Springfield 12345"_s);
        a.city.clear();
        a.province = u"IL"_s;
        QCOMPARE(AddressFormat::lines(a).at(2), u"IL 12345"_s);
    }

    void formatsGermanyWithPostalCodeBeforeCity()
    {
        Address a = address(u"DE"_s);
        a.line1 = u"Unter den Linden 77"_s;
        a.city = u"Berlin"_s;
        a.postalCode = u"10117"_s;
        a.province = u"Berlin"_s; // not written on German addresses
        const QStringList expected{u"Alex Doe"_s, u"Unter den Linden 77"_s, u"10117 Berlin"_s, u"Germany"_s};
        QCOMPARE(AddressFormat::lines(a), expected);
    }

    void formatsJapanWithPostalMarkFirst()
    {
        Address a;
        a.name = u"山田太郎"_s;
        a.line1 = u"丸の内1-1-1"_s;
        a.city = u"千代田区"_s;
        a.province = u"東京都"_s;
        a.postalCode = u"100-0005"_s;
        a.country = u"JP"_s;
        const QStringList expected{u"〒100-0005"_s, u"東京都 千代田区"_s, u"丸の内1-1-1"_s, u"山田太郎"_s, u"Japan"_s};
        QCOMPARE(AddressFormat::lines(a), expected);
        QCOMPARE(AddressFormat::lines(a, true).constLast(), u"日本"_s);
    }

    void dropsPostalMarkWithoutPostalCode()
    {
        Address a = address(u"JP"_s);
        a.city = u"Chiyoda-ku"_s;
        a.province = u"Tokyo"_s;
        QCOMPARE(AddressFormat::lines(a).constFirst(), u"Tokyo Chiyoda-ku"_s);
    }

    void formatsKoreaWithPostalCodeLast()
    {
        Address a = address(u"KR"_s);
        a.line1 = u"209 Sejong-daero"_s;
        a.city = u"Jongno-gu"_s;
        a.province = u"Seoul"_s;
        a.postalCode = u"03154"_s;
        const QStringList expected{u"Alex Doe"_s, u"209 Sejong-daero"_s, u"Jongno-gu, Seoul"_s, u"03154"_s,
                                   u"South Korea"_s};
        QCOMPARE(AddressFormat::lines(a), expected);
    }

    void formatsUnitedKingdomWithPostcodeOnItsOwnLine()
    {
        Address a = address(u"GB"_s);
        a.line1 = u"10 Downing Street"_s;
        a.city = u"London"_s;
        a.postalCode = u"SW1A 2AA"_s;
        const QStringList expected{u"Alex Doe"_s, u"10 Downing Street"_s, u"London"_s, u"SW1A 2AA"_s,
                                   u"United Kingdom"_s};
        QCOMPARE(AddressFormat::lines(a), expected);
    }

    void formatsHongKongWithoutPostalCode()
    {
        Address a = address(u"HK"_s);
        a.city = u"Central"_s;
        a.postalCode = u"000000"_s; // web forms often force one; Hong Kong has none
        const QStringList expected{u"Alex Doe"_s, u"1 Main Street"_s, u"Central"_s, u"Hong Kong SAR China"_s};
        QCOMPARE(AddressFormat::lines(a), expected);
        QVERIFY(!AddressFormat::usesPostalCode(u"HK"_s));
        QVERIFY(!AddressFormat::usesPostalCode(u"AE"_s));
        QVERIFY(!AddressFormat::usesPostalCode(u"QA"_s));
        QVERIFY(AddressFormat::usesPostalCode(u"TH"_s));
    }

    void formatsThailandWithProvinceAndPostalCode()
    {
        Address a = address(u"TH"_s);
        a.line1 = u"999/9 Rama I Road"_s;
        a.line2 = u"Pathum Wan"_s;
        a.city = u"Pathum Wan"_s;
        a.province = u"Bangkok"_s;
        a.postalCode = u"10330"_s;
        const QStringList expected{u"Alex Doe"_s, u"999/9 Rama I Road"_s, u"Pathum Wan"_s, u"Pathum Wan"_s,
                                   u"Bangkok 10330"_s, u"Thailand"_s};
        QCOMPARE(AddressFormat::lines(a), expected);
        QCOMPARE(AddressFormat::lines(a, true).constLast(), u"ไทย"_s);
    }

    void formatsUnknownCountryGenerically()
    {
        Address a = address(u"EE"_s);
        a.city = u"Tallinn"_s;
        a.postalCode = u"10111"_s;
        a.province = u"Harju"_s;
        const QStringList expected{u"Alex Doe"_s, u"1 Main Street"_s, u"10111 Tallinn"_s, u"Harju"_s,
                                   u"Estonia"_s};
        QCOMPARE(AddressFormat::lines(a), expected);
        QVERIFY(AddressFormat::checkPostalCode(u"EE"_s, u"anything"_s).isEmpty());
    }

    void checksPostalCodes_data()
    {
        QTest::addColumn<QString>("country");
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("fits");

        QTest::newRow("US 5") << u"US"_s << u"94105"_s << true;
        QTest::newRow("US 9") << u"US"_s << u"94105-1234"_s << true;
        QTest::newRow("US 4") << u"US"_s << u"1234"_s << false;
        QTest::newRow("US 6") << u"US"_s << u"941051"_s << false;
        QTest::newRow("CA") << u"CA"_s << u"K1A 0B1"_s << true;
        QTest::newRow("CA no space, lower case") << u"CA"_s << u"k1a0b1"_s << true;
        QTest::newRow("CA digits") << u"CA"_s << u"123456"_s << false;
        QTest::newRow("NL") << u"NL"_s << u"1012 AB"_s << true;
        QTest::newRow("NL no space") << u"NL"_s << u"1012AB"_s << true;
        QTest::newRow("NL digits only") << u"NL"_s << u"1012"_s << false;
        QTest::newRow("JP") << u"JP"_s << u"100-0005"_s << true;
        QTest::newRow("JP no dash") << u"JP"_s << u"1000005"_s << true;
        QTest::newRow("JP short") << u"JP"_s << u"100-005"_s << false;
        QTest::newRow("BR") << u"BR"_s << u"01310-100"_s << true;
        QTest::newRow("BR no dash") << u"BR"_s << u"01310100"_s << true;
        QTest::newRow("BR short") << u"BR"_s << u"01310"_s << false;
        QTest::newRow("TH") << u"TH"_s << u"10110"_s << true;
        QTest::newRow("TH 4") << u"TH"_s << u"1011"_s << false;
        QTest::newRow("DE") << u"DE"_s << u"10117"_s << true;
        QTest::newRow("DE letters") << u"DE"_s << u"D-10117"_s << false;
        QTest::newRow("FR") << u"FR"_s << u"75008"_s << true;
        QTest::newRow("GB SW1A 1AA") << u"GB"_s << u"SW1A 1AA"_s << true;
        QTest::newRow("GB M1 1AE") << u"GB"_s << u"M1 1AE"_s << true;
        QTest::newRow("GB B33 8TH") << u"GB"_s << u"B33 8TH"_s << true;
        QTest::newRow("GB CR2 6XH") << u"GB"_s << u"CR2 6XH"_s << true;
        QTest::newRow("GB DN55 1PT") << u"GB"_s << u"DN55 1PT"_s << true;
        QTest::newRow("GB EC1A 1BB") << u"GB"_s << u"EC1A 1BB"_s << true;
        QTest::newRow("GB GIR 0AA") << u"GB"_s << u"GIR 0AA"_s << true;
        QTest::newRow("GB lower case, no space") << u"GB"_s << u"sw1a1aa"_s << true;
        QTest::newRow("GB Q first") << u"GB"_s << u"QA1 1AA"_s << false;
        QTest::newRow("GB C in inward code") << u"GB"_s << u"SW1A 1CA"_s << false;
        QTest::newRow("GB US ZIP") << u"GB"_s << u"12345"_s << false;
        QTest::newRow("HK any") << u"HK"_s << u"000000"_s << true;
        QTest::newRow("AE empty") << u"AE"_s << QString() << true;
        QTest::newRow("QA empty") << u"QA"_s << QString() << true;
    }

    void checksPostalCodes()
    {
        QFETCH(QString, country);
        QFETCH(QString, code);
        QFETCH(bool, fits);
        const QString problem = AddressFormat::checkPostalCode(country, code);
        QVERIFY2(problem.isEmpty() == fits, qPrintable(problem));
    }

    void explainsAMismatch()
    {
        const QString problem = AddressFormat::checkPostalCode(u"US"_s, u"1234"_s);
        QCOMPARE(problem, u"postal code \"1234\" does not fit; "
                          u"United States postal codes look like 12345 or 12345-6789"_s);
        QCOMPARE(AddressFormat::checkPostalCode(u"TH"_s, u" "_s),
                 u"postal code is missing; Thailand addresses need one, e.g. 10110"_s);
    }
};

QTEST_GUILESS_MAIN(TestAddress)
#include "tst_address.moc"
