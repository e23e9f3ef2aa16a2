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

    void formatsInTheLocalesDigits()
    {
        // Every digit in the locale's own, not "\u0661\u066B758".
        QCOMPARE(Units::formatWeight(1758, Units::System::Metric, QLocale(QStringLiteral("ar_EG"))),
                 QStringLiteral("\u0661\u066B\u0667\u0665\u0668 kg"));
        QCOMPARE(Units::formatWeight(340, Units::System::Imperial, QLocale(QStringLiteral("ar_EG"))),
                 QStringLiteral("\u0661\u0662 oz"));
        const QLocale de(QStringLiteral("de_DE"));
        QCOMPARE(Units::formatWeight(1758, Units::System::Metric, de), QStringLiteral("1,758 kg"));
        QCOMPARE(Units::formatWeight(2000, Units::System::Metric, de), QStringLiteral("2 kg"));
        QCOMPARE(Units::formatWeight(1234500, Units::System::Metric, de), QStringLiteral("1.234,5 kg"));
        QLocale ungrouped = de;
        ungrouped.setNumberOptions(QLocale::OmitGroupSeparator);
        QCOMPARE(Units::formatWeight(1234500, Units::System::Metric, ungrouped), QStringLiteral("1234,5 kg"));
        QCOMPARE(Units::formatLength(300, Units::System::Imperial, de), QStringLiteral("11,8 in"));
        // The plain form for machines stays as it was.
        QCOMPARE(Units::formatWeight(1758, Units::System::Metric, QLocale::c()), QStringLiteral("1.758 kg"));
    }

    void readsBackWhatItShows_data()
    {
        QTest::addColumn<QString>("locale");
        for (const char *name : {"en_US", "th_TH", "zh_CN", "ja_JP", "es_ES", "de_DE", "fr_FR", "ar_EG", "C"})
            QTest::newRow(name) << QString::fromLatin1(name);
    }

    void readsBackWhatItShows()
    {
        QFETCH(QString, locale);
        QLocale shown(locale);
        shown.setNumberOptions(QLocale::OmitGroupSeparator); // as a field that is parsed back shows it
        for (const qint64 grams : {1, 850, 999, 1000, 1250, 1758, 25005, 1234567}) {
            const QString text = Units::formatWeight(grams, Units::System::Metric, shown);
            QCOMPARE(Units::parseWeight(text, u"g", shown).value_or(-1), grams);
        }
        // The examples say "1.2 kg": a point reads as the decimal point in every locale.
        QCOMPARE(Units::parseWeight(u"1.2 kg", u"g", shown).value_or(-1), 1200);
    }

    void readsTheLocalesWayOfWriting()
    {
        const QLocale de(QStringLiteral("de_DE"));
        QCOMPARE(Units::parseWeight(u"1,2 kg", u"g", de).value_or(-1), 1200);
        QCOMPARE(Units::parseWeight(u"0,5", u"kg", QLocale(QStringLiteral("fr_FR"))).value_or(-1), 500);
        // Thai digits, which Thai people may type though Qt shows Western digits for Thai.
        QCOMPARE(Units::parseWeight(u"\u0E51.\u0E52 kg", u"g", QLocale(QStringLiteral("th_TH"))).value_or(-1), 1200);
        QCOMPARE(Units::parseWeight(u"\u0E58\u0E55\u0E50", u"g", QLocale(QStringLiteral("th_TH"))).value_or(-1), 850);
        // Arabic-Indic digits with the Arabic decimal separator, and the direction marks Arabic text carries.
        const QLocale ar(QStringLiteral("ar_EG"));
        QCOMPARE(Units::parseWeight(u"\u0661\u066B\u0662 kg", u"g", ar).value_or(-1), 1200);
        QCOMPARE(Units::parseWeight(u"\u200F\u0661\u066B\u0662\u200F kg", u"g", ar).value_or(-1), 1200);
        // A comma is no decimal point where it groups digits, and grouping is not read.
        const QLocale en(QStringLiteral("en_US"));
        QVERIFY(!Units::parseWeight(u"1,2 kg", u"g", en));
        QVERIFY(!Units::parseWeight(u"1,200 g", u"g", en));
        QVERIFY(!Units::parseWeight(u"1 200 g", u"g", QLocale(QStringLiteral("fr_FR"))));
        QVERIFY(!Units::parseWeight(u"\u0661\u066C\u0662\u0660\u0660 g", u"g", ar));
        // Without a locale (the CLI) only the plain form reads.
        QVERIFY(!Units::parseWeight(u"1,2 kg"));
        QCOMPARE(Units::parseWeight(u"1.2 kg").value_or(-1), 1200);
    }

    void unitSystemByCountry()
    {
        QCOMPARE(Units::systemForCountry(QStringLiteral("US")), Units::System::Imperial);
        QCOMPARE(Units::systemForCountry(QStringLiteral("TH")), Units::System::Metric);
    }
};

QTEST_GUILESS_MAIN(TestUnits)
#include "tst_units.moc"
