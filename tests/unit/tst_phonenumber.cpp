#include "phonenumber.h"

#include <QLocale>
#include <QTest>

using namespace Qt::StringLiterals;

class TestPhoneNumber : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void parsesToE164_data()
    {
        QTest::addColumn<QString>("raw");
        QTest::addColumn<QString>("country");
        QTest::addColumn<QString>("e164");

        QTest::newRow("Thai mobile, national") << u"081 234 5678"_s << u"TH"_s << u"+66812345678"_s;
        QTest::newRow("US, international") << u"+1 415 555 2671"_s << u"TH"_s << u"+14155552671"_s;
        QTest::newRow("US, national") << u"(415) 555-2671"_s << u"US"_s << u"+14155552671"_s;
        QTest::newRow("German, 00 prefix") << u"0049 30 12345678"_s << u"DE"_s << u"+493012345678"_s;
        QTest::newRow("no default region") << u"+66 81 234 5678"_s << QString() << u"+66812345678"_s;
    }

    void parsesToE164()
    {
        QFETCH(QString, raw);
        QFETCH(QString, country);
        QFETCH(QString, e164);
        const PhoneNumber::Result result = PhoneNumber::parse(raw, country);
        QVERIFY2(result.isValid(), qPrintable(result.error));
        QCOMPARE(result.e164, e164);
        QVERIFY(result.error.isEmpty());
    }

    void rejectsEmptyNumbers()
    {
        const PhoneNumber::Result result = PhoneNumber::parse(u"  "_s, u"TH"_s);
        QVERIFY(!result.isValid());
        QCOMPARE(result.error, u"phone number is empty"_s);
    }

    void rejectsNumbersTooShortForTheRegion()
    {
        const PhoneNumber::Result result = PhoneNumber::parse(u"123"_s, u"US"_s);
        QVERIFY(!result.isValid());
        QVERIFY(!result.error.isEmpty());
        QVERIFY2(result.error.contains(u"123"_s), qPrintable(result.error));
    }

    void namesTheCountryOfAnInvalidNumber()
    {
        const PhoneNumber::Result result = PhoneNumber::parse(u"0812345"_s, u"TH"_s);
        QVERIFY(!result.isValid());
        QCOMPARE(result.error, u"phone number \"0812345\" is not valid for Thailand"_s);
    }

    void rejectsText()
    {
        const PhoneNumber::Result result = PhoneNumber::parse(u"call me"_s, u"TH"_s);
        QVERIFY(!result.isValid());
        QCOMPARE(result.error, u"phone number \"call me\" cannot be read"_s);
    }

    void asksForACountryCodeWithoutARegion()
    {
        const PhoneNumber::Result result = PhoneNumber::parse(u"081 234 5678"_s, QString());
        QVERIFY(!result.isValid());
        QVERIFY2(result.error.contains(u"country code"_s), qPrintable(result.error));
    }

    void formatsForDisplay()
    {
        QCOMPARE(PhoneNumber::formatInternational(u"+66812345678"_s), u"+66 81 234 5678"_s);
        QCOMPARE(PhoneNumber::formatInternational(u"+14155552671"_s), u"+1 415-555-2671"_s);
        QCOMPARE(PhoneNumber::formatInternational(u"not a number"_s), u"not a number"_s);
    }
};

QTEST_GUILESS_MAIN(TestPhoneNumber)
#include "tst_phonenumber.moc"
