#include "gtin.h"

#include "englishmessages.h"

#include <QTest>

class TestGtin : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { installEnglishMessages(); }

    void validCodes_data()
    {
        QTest::addColumn<QString>("code");
        QTest::newRow("EAN-13") << QStringLiteral("4006381333931");
        QTest::newRow("UPC-A") << QStringLiteral("036000291452");
        QTest::newRow("EAN-8") << QStringLiteral("96385074");
        QTest::newRow("GTIN-14") << QStringLiteral("10012345678902");
        QTest::newRow("SSCC") << QStringLiteral("106141411234567897");
        QTest::newRow("Thai prefix") << QStringLiteral("8850457000014");
    }
    void validCodes()
    {
        QFETCH(QString, code);
        QVERIFY(Gtin::check(code).ok());
    }

    void wrongCheckDigitSaysWhichIsRight()
    {
        const Gtin::Check check = Gtin::check(u"4006381333932");
        QCOMPARE(check.problem, Gtin::Problem::BadCheckDigit);
        QCOMPARE(check.expectedCheckDigit, 1);
        const QString message = Gtin::describe(check, u"4006381333932");
        QVERIFY2(message.contains(QStringLiteral("end in 1, not 2")), qPrintable(message));
    }

    void otherProblems()
    {
        QCOMPARE(Gtin::check(u"40063813339A1").problem, Gtin::Problem::NotDigits);
        QCOMPARE(Gtin::check(u"12345").problem, Gtin::Problem::BadLength);
        QCOMPARE(Gtin::check(u"").problem, Gtin::Problem::Empty);
        QVERIFY(Gtin::describe(Gtin::check(u"12345"), u"12345").contains(QStringLiteral("5 digits")));
    }

    void computesCheckDigits()
    {
        QCOMPARE(Gtin::checkDigit(u"400638133393"), 1);
        QCOMPARE(Gtin::checkDigit(u"03600029145"), 2);
        QCOMPARE(Gtin::checkDigit(u"12a"), -1);
    }

    void normalisesWhatPeopleType()
    {
        QCOMPARE(Gtin::normalized(u" 4006381-333931 "), QStringLiteral("4006381333931"));
    }
};

QTEST_GUILESS_MAIN(TestGtin)
#include "tst_gtin.moc"
