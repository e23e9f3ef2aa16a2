#include "units.h"

#include <QTest>

class TestUnits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesWeights()
    {
        QCOMPARE(Units::parseWeight(u"500").value_or(-1), 500);
        QCOMPARE(Units::parseWeight(u"1.2kg").value_or(-1), 1200);
        QCOMPARE(Units::parseWeight(u"2 lb").value_or(-1), 907);
        QCOMPARE(Units::parseWeight(u"12 oz").value_or(-1), 340);
        QCOMPARE(Units::parseWeight(u"1", u"kg").value_or(-1), 1000);
        QVERIFY(!Units::parseWeight(u"12 stone"));
        QVERIFY(!Units::parseWeight(u"-3 g"));
    }

    void parsesLengths()
    {
        QCOMPARE(Units::parseLength(u"12 cm").value_or(-1), 120);
        QCOMPARE(Units::parseLength(u"1.5 m").value_or(-1), 1500);
        QCOMPARE(Units::parseLength(u"4.5 in").value_or(-1), 114);
    }

    void formatsInTheOperatorsUnits()
    {
        const QLocale en(QStringLiteral("en_US"));
        QCOMPARE(Units::formatWeight(850, Units::System::Metric, en), QStringLiteral("850 g"));
        QCOMPARE(Units::formatWeight(1250, Units::System::Metric, en), QStringLiteral("1.25 kg"));
        QCOMPARE(Units::formatWeight(907, Units::System::Imperial, en), QStringLiteral("2 lb"));
        QCOMPARE(Units::formatWeight(340, Units::System::Imperial, en), QStringLiteral("12 oz"));
        QCOMPARE(Units::formatWeight(1250, Units::System::Metric, QLocale(QStringLiteral("de_DE"))),
                 QStringLiteral("1,25 kg"));
        QCOMPARE(Units::formatLength(300, Units::System::Metric, en), QStringLiteral("30 cm"));
        QCOMPARE(Units::formatLength(254, Units::System::Imperial, en), QStringLiteral("10 in"));
    }

    void unitSystemByCountry()
    {
        QCOMPARE(Units::systemForCountry(QStringLiteral("US")), Units::System::Imperial);
        QCOMPARE(Units::systemForCountry(QStringLiteral("TH")), Units::System::Metric);
    }
};

QTEST_GUILESS_MAIN(TestUnits)
#include "tst_units.moc"
