#include "hscode.h"

#include "englishmessages.h"

#include <QTest>

class TestHsCode : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { installEnglishMessages(); }

    void normalisesAndValidates()
    {
        QCOMPARE(HsCode::normalized(u"6109.10.00"), QStringLiteral("61091000"));
        QCOMPARE(HsCode::normalized(u"6109 10"), QStringLiteral("610910"));
        QVERIFY(HsCode::isValid(u"610910"));
        QVERIFY(HsCode::isValid(u"6109100010"));
        QVERIFY(!HsCode::isValid(u"6109"));
        QVERIFY(!HsCode::isValid(u"61091000101"));
        QVERIFY(!HsCode::isValid(u"61091A"));
        QVERIFY(HsCode::problem(u"6109").contains(QStringLiteral("4 digits")));
        QVERIFY(HsCode::problem(u"61091A").contains(QStringLiteral("digits only")));
    }

    void formatsWithDots()
    {
        QCOMPARE(HsCode::formatted(u"610910"), QStringLiteral("6109.10"));
        QCOMPARE(HsCode::formatted(u"61091000"), QStringLiteral("6109.10.00"));
        QCOMPARE(HsCode::formatted(u"6109100010"), QStringLiteral("6109.10.00.10"));
        QCOMPARE(HsCode::formatted(u""), QString());
    }
};

QTEST_GUILESS_MAIN(TestHsCode)
#include "tst_hscode.moc"
