#include "tracking.h"

#include <QTest>

using namespace Qt::StringLiterals;

// Numbers marked "constructed" were made for these tests; the comment next to each shows its check digit
// worked out by hand, so a wrong algorithm cannot pass by agreeing with itself.
class TestTracking : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void kindsAndLabels()
    {
        QCOMPARE(TrackingNumbers::kinds(),
                 (QStringList{u"ups"_s, u"fedex"_s, u"dhl"_s, u"usps"_s, u"s10"_s}));
        QCOMPARE(TrackingNumbers::kindLabel(u"ups"_s), u"UPS"_s);
        QCOMPARE(TrackingNumbers::kindLabel(u"fedex"_s), u"FedEx"_s);
        QCOMPARE(TrackingNumbers::kindLabel(u"dhl"_s), u"DHL Express"_s);
        QCOMPARE(TrackingNumbers::kindLabel(u"usps"_s), u"USPS"_s);
        QCOMPARE(TrackingNumbers::kindLabel(u"s10"_s), u"UPU S10 (postal)"_s);
    }

    void validNumbersAreDetected_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("number");

        // UPS's own documented example: 999AA1012345678 → 9,9,9,2,2,1,0,1,2,3,4,5,6,7,8 (A = (65−63) mod 10);
        // odd positions doubled 2·(9+2+1+1+3+5+7) = 56, even 9+9+2+0+2+4+6+8 = 40; 96 → (10−6) mod 10 = 4.
        QTest::newRow("UPS") << u"1Z999AA10123456784"_s << u"ups"_s << u"1Z999AA10123456784"_s;
        // A test number from UPS's tracking API documentation.
        QTest::newRow("UPS API test number") << u"1Z12345E6605272234"_s << u"ups"_s
                                             << u"1Z12345E6605272234"_s;
        // Constructed: A1B2C3031234567 → 2,1,3,2,4,3,0,3,1,2,3,4,5,6,7; odd 2·(1+2+3+3+2+4+6) = 42,
        // even 2+3+4+0+1+3+5+7 = 25; 67 → 3. Typed lower case with spaces and a dash.
        QTest::newRow("UPS letters, typed loosely") << u" 1z a1b2c3 03-1234567 3 "_s << u"ups"_s
                                                    << u"1ZA1B2C30312345673"_s;
        // 98657878885 weighted 3,1,7…: 27+8+42+15+7+56+21+8+56+24+5 = 269; 269 mod 11 = 5.
        QTest::newRow("FedEx 12") << u"986578788855"_s << u"fedex"_s << u"986578788855"_s;
        // FedEx's sandbox number: 3+2+21+12+5+42+21+8+63+0+1 = 178; 178 mod 11 = 2.
        QTest::newRow("FedEx sandbox 12") << u"123456789012"_s << u"fedex"_s << u"123456789012"_s;
        // Constructed GS1: 12345678901234 from the right weighted 3,1:
        // 12+3+6+1+0+9+24+7+18+5+12+3+6+1 = 107 → 3.
        QTest::newRow("FedEx 15") << u"123456789012343"_s << u"fedex"_s << u"123456789012343"_s;
        // FedEx's sandbox 15-digit number.
        QTest::newRow("FedEx sandbox 15") << u"449044304137821"_s << u"fedex"_s << u"449044304137821"_s;
        // Constructed: "96" + 12345 + the 15-digit number above. GS1 over all 21 digits would give 7, so USPS
        // does not also claim it.
        QTest::newRow("FedEx 22 (96)") << u"9612345123456789012343"_s << u"fedex"_s
                                       << u"9612345123456789012343"_s;
        // 331881002 = 7·47411571 + 5.
        QTest::newRow("DHL") << u"3318810025"_s << u"dhl"_s << u"3318810025"_s;
        // Constructed: 123456789 = 7·17636684 + 1.
        QTest::newRow("DHL constructed") << u"1234567891"_s << u"dhl"_s << u"1234567891"_s;
        // Constructed GS1: 940011120255584276123 from the right weighted 3,1:
        // 9+2+3+6+21+2+12+8+15+5+15+2+0+2+3+1+3+0+0+4+27 = 140 → 0.
        QTest::newRow("USPS 22") << u"9400111202555842761230"_s << u"usps"_s << u"9400111202555842761230"_s;
        // Constructed GS1: 9505500000000000001 from the right: 1·3 + zeros + 5·3+5+0+5+9·3 = 55 → 5.
        QTest::newRow("USPS 20") << u"95055000000000000015"_s << u"usps"_s << u"95055000000000000015"_s;
        // Constructed: "96…" whose last 15 digits fail FedEx's check (3 expected) but whose 22 digits pass
        // USPS's (7): the scheme whose check passes wins.
        QTest::newRow("96 prefix, USPS check") << u"9612345123456789012347"_s << u"usps"_s
                                               << u"9612345123456789012347"_s;
        // The UPU's own example: 1·8+2·6+3·4+4·2+5·3+6·5+7·9+8·7 = 204; 204 mod 11 = 6; 11−6 = 5.
        QTest::newRow("S10") << u"RR123456785CH"_s << u"s10"_s << u"RR123456785CH"_s;
        // Constructed: 72+48+28+12+15+20+27+14 = 236; 236 mod 11 = 5; 11−5 = 6.
        QTest::newRow("S10 constructed") << u"lx 987 654 326 de"_s << u"s10"_s << u"LX987654326DE"_s;
        // Constructed: 8+12+12+8+15+30+63+7 = 155; 155 mod 11 = 1; 11−1 = 10 → 0.
        QTest::newRow("S10 ten becomes 0") << u"CP123456710TH"_s << u"s10"_s << u"CP123456710TH"_s;
        // Constructed: 8+12+12+8+15+30+0+14 = 99; 99 mod 11 = 0; 11−0 = 11 → 5.
        QTest::newRow("S10 eleven becomes 5") << u"CP123456025TH"_s << u"s10"_s << u"CP123456025TH"_s;
    }
    void validNumbersAreDetected()
    {
        QFETCH(QString, input);
        QFETCH(QString, kind);
        QFETCH(QString, number);
        const TrackingCheck check = TrackingNumbers::check(input);
        QCOMPARE(check.kind, kind);
        QCOMPARE(check.number, number);
        QCOMPARE(check.message, QString());
        QVERIFY(check.valid);
        QVERIFY(!check.warning);
        QVERIFY(check.accepted());
        // The same number checked against its own scheme gives the same answer.
        const TrackingCheck hinted = TrackingNumbers::check(input, kind);
        QCOMPARE(hinted.kind, kind);
        QVERIFY(hinted.valid);
    }

    void wrongCheckDigitSaysWhichIsRight_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("hint");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("message");

        QTest::newRow("UPS") << u"1Z999AA10123456785"_s << QString() << u"ups"_s
                             << u"check digit should be 4, not 5"_s;
        QTest::newRow("UPS letter as check") << u"1Z999AA1012345678X"_s << QString() << u"ups"_s
                                             << u"check digit should be 4, not X"_s;
        QTest::newRow("FedEx 12") << u"986578788856"_s << QString() << u"fedex"_s
                                  << u"check digit should be 5, not 6"_s;
        QTest::newRow("FedEx 15") << u"123456789012345"_s << QString() << u"fedex"_s
                                  << u"check digit should be 3, not 5"_s;
        // Fails both FedEx (3) and USPS (7): FedEx, which issues "96" numbers, explains.
        QTest::newRow("96 failing both") << u"9612345123456789012340"_s << QString() << u"fedex"_s
                                         << u"check digit should be 3, not 0"_s;
        // Passes as USPS without a hint, but the operator said FedEx.
        QTest::newRow("96 hinted FedEx") << u"9612345123456789012347"_s << u"fedex"_s << u"fedex"_s
                                         << u"check digit should be 3, not 7"_s;
        QTest::newRow("USPS") << u"9400111202555842761231"_s << QString() << u"usps"_s
                              << u"check digit should be 0, not 1"_s;
        QTest::newRow("S10") << u"RR123456784CH"_s << QString() << u"s10"_s
                             << u"check digit should be 5, not 4"_s;
        QTest::newRow("S10 hinted") << u"RR123456780CH"_s << u"s10"_s << u"s10"_s
                                    << u"check digit should be 5, not 0"_s;
    }
    void wrongCheckDigitSaysWhichIsRight()
    {
        QFETCH(QString, input);
        QFETCH(QString, hint);
        QFETCH(QString, kind);
        QFETCH(QString, message);
        const TrackingCheck check = TrackingNumbers::check(input, hint);
        QCOMPARE(check.kind, kind);
        QCOMPARE(check.message, message);
        QVERIFY(!check.valid);
        QVERIFY(!check.warning);
        QVERIFY(!check.accepted());
    }

    void dhlFailureOnlyWarns()
    {
        // 331881002 mod 7 = 5, so 6 is wrong; the SPEC keeps the number with a warning.
        for (const QString &hint : {QString(), u"dhl"_s}) {
            const TrackingCheck check = TrackingNumbers::check(u"3318810026"_s, hint);
            QCOMPARE(check.kind, u"dhl"_s);
            QVERIFY(!check.valid);
            QVERIFY(check.warning);
            QVERIFY(check.accepted());
            QCOMPARE(check.message, u"check digit should be 5, not 6 (only a warning for DHL Express: "
                                    "compare the number with the label)"_s);
        }
        // 123456789 mod 7 = 1.
        const TrackingCheck sample = TrackingNumbers::check(u"1234567890"_s);
        QVERIFY(sample.warning);
        QVERIFY(sample.message.startsWith(u"check digit should be 1, not 0"_s));
    }

    void s10Country()
    {
        QCOMPARE(TrackingNumbers::check(u"RR123456785CH"_s).s10Country, u"CH"_s);
        QCOMPARE(TrackingNumbers::check(u"lx987654326de"_s).s10Country, u"DE"_s);
        // Reported even when the check digit is wrong, so the operator sees where the item comes from.
        QCOMPARE(TrackingNumbers::check(u"RR123456784CH"_s).s10Country, u"CH"_s);
        QCOMPARE(TrackingNumbers::check(u"986578788855"_s).s10Country, QString());

        const TrackingCheck unknownCountry = TrackingNumbers::check(u"RR123456785ZZ"_s);
        QCOMPARE(unknownCountry.kind, u"s10"_s);
        QCOMPARE(unknownCountry.s10Country, u"ZZ"_s);
        QVERIFY(!unknownCountry.accepted());
        QCOMPARE(unknownCountry.message, u"ZZ is not a country code; a postal tracking number ends with the "
                                         "ISO code of the sending country, like CH"_s);
    }

    void hintMismatchSaysWhy()
    {
        const TrackingCheck fedexAsUps = TrackingNumbers::check(u"986578788855"_s, u"ups"_s);
        QCOMPARE(fedexAsUps.kind, QString());
        QCOMPARE(fedexAsUps.number, u"986578788855"_s);
        QVERIFY(!fedexAsUps.valid);
        QVERIFY(!fedexAsUps.accepted());
        QCOMPARE(fedexAsUps.message, u"not a UPS tracking number (expected 1Z followed by 16 letters and "
                                     "digits); it looks like a FedEx number"_s);

        // Hints are matched without regard to case, as carrier data is typed by people.
        const TrackingCheck upsAsS10 = TrackingNumbers::check(u"1Z999AA10123456784"_s, u"S10"_s);
        QCOMPARE(upsAsS10.message, u"not a UPU S10 (postal) tracking number (expected 2 letters, 9 digits "
                                   "and a country code, like RR123456785CH); it looks like a UPS number"_s);

        const TrackingCheck dhlAsUsps = TrackingNumbers::check(u"3318810025"_s, u"usps"_s);
        QCOMPARE(dhlAsUsps.message, u"not a USPS tracking number (expected 20 to 22 digits); it looks like a "
                                    "DHL Express number"_s);

        const TrackingCheck nothing = TrackingNumbers::check(u"12345"_s, u"dhl"_s);
        QCOMPARE(nothing.kind, QString());
        QCOMPARE(nothing.message, u"not a DHL Express tracking number: expected 10 digits"_s);

        const TrackingCheck fedexShape = TrackingNumbers::check(u"1234567"_s, u"fedex"_s);
        QCOMPARE(fedexShape.message,
                 u"not a FedEx tracking number: expected 12 or 15 digits, or 22 digits starting with 96"_s);

        // A hint that names no scheme (a carrier without one) detects instead.
        const TrackingCheck unknownHint = TrackingNumbers::check(u"3318810025"_s, u"post"_s);
        QCOMPARE(unknownHint.kind, u"dhl"_s);
        QVERIFY(unknownHint.valid);
    }

    void unknownFormsAreExplained()
    {
        const TrackingCheck check = TrackingNumbers::check(u"12345"_s);
        QCOMPARE(check.kind, QString());
        QCOMPARE(check.number, u"12345"_s);
        QVERIFY(!check.valid);
        QVERIFY(!check.accepted());
        QCOMPARE(check.message, u"not a tracking number of a known form; expected UPS: 1Z followed by 16 "
                                "letters and digits; FedEx: 12 or 15 digits, or 22 digits starting with 96; "
                                "DHL Express: 10 digits; USPS: 20 to 22 digits; UPU S10 (postal): 2 letters, "
                                "9 digits and a country code, like RR123456785CH"_s);

        // Near misses of each form are not guessed at.
        const QStringList nearMisses = {u"1Z999AA1012345678"_s,  u"2Z999AA10123456784"_s,
                                        u"98657878885"_s,        u"96123451234567890123431"_s,
                                        u"R1123456785CH"_s,      u"940011120255584276123000"_s,
                                        u"RR12345678CH"_s,       u"1Z999AA1012345678!"_s};
        for (const QString &text : nearMisses) {
            const TrackingCheck nearMiss = TrackingNumbers::check(text);
            QVERIFY2(nearMiss.kind.isEmpty(), qPrintable(text));
            QVERIFY2(nearMiss.message.startsWith(u"not a tracking number of a known form"_s),
                     qPrintable(text));
        }

        const TrackingCheck empty = TrackingNumbers::check(u" - "_s);
        QCOMPARE(empty.number, QString());
        QCOMPARE(empty.kind, QString());
        QVERIFY(!empty.accepted());
        QCOMPARE(empty.message, u"tracking number is empty"_s);
    }

    void scannedUspsRoutingPrefixIsStripped_data()
    {
        QTest::addColumn<QString>("input");
        // 420 + 5-digit ZIP, 420 + ZIP+4, and the same as a scanner sends it: AIM identifier "]C1" and the GS
        // separator after the variable-length ZIP.
        QTest::newRow("ZIP") << u"420100019400111202555842761230"_s;
        QTest::newRow("ZIP+4") << u"420100011234 9400 1112 0255 5842 7612 30"_s;
        QTest::newRow("scanner") << QString(u"]C142010001"_s + QChar(0x1d) + u"9400111202555842761230"_s);
    }
    void scannedUspsRoutingPrefixIsStripped()
    {
        QFETCH(QString, input);
        const TrackingCheck check = TrackingNumbers::check(input);
        QCOMPARE(check.number, u"9400111202555842761230"_s);
        QCOMPARE(check.kind, u"usps"_s);
        QVERIFY(check.valid);
        QCOMPARE(TrackingNumbers::check(input, u"usps"_s).number, u"9400111202555842761230"_s);
    }

    void routingPrefixStaysWhenTheRestFails()
    {
        // What follows 420 + ZIP has check digit 1 instead of 0: the number is left whole, and the message is
        // about the digit, not about an unknown form.
        const TrackingCheck check = TrackingNumbers::check(u"420100019400111202555842761231"_s);
        QCOMPARE(check.number, u"420100019400111202555842761231"_s);
        QCOMPARE(check.kind, u"usps"_s);
        QVERIFY(!check.accepted());
        QCOMPARE(check.message, u"check digit should be 0, not 1"_s);
    }

    void urlFillsTheNumber()
    {
        QCOMPARE(TrackingNumbers::url(u"https://www.ups.com/track?tracknum={n}"_s,
                                      u" 1z 999aa1 0123456784"_s),
                 u"https://www.ups.com/track?tracknum=1Z999AA10123456784"_s);
        QCOMPARE(TrackingNumbers::url(u"https://tools.usps.com/go/TrackConfirmAction?tLabels={n}"_s,
                                      u"420100019400111202555842761230"_s),
                 u"https://tools.usps.com/go/TrackConfirmAction?tLabels=9400111202555842761230"_s);
        // Whatever the operator typed cannot break out of the query.
        QCOMPARE(TrackingNumbers::url(u"https://example.com/t/{n}?q={n}"_s, u"ab/12#3&x"_s),
                 u"https://example.com/t/AB%2F12%233%26X?q=AB%2F12%233%26X"_s);
        QCOMPARE(TrackingNumbers::url(u"https://example.com/track"_s, u"3318810025"_s),
                 u"https://example.com/track"_s);
        QCOMPARE(TrackingNumbers::url(u"https://www.ups.com/track?tracknum={n}"_s, u"  "_s), QString());
        QCOMPARE(TrackingNumbers::url(QString(), u"3318810025"_s), QString());
    }

    void normalizes()
    {
        QCOMPARE(TrackingNumbers::normalized(u" rr 123-456\t785 ch\n"_s), u"RR123456785CH"_s);
        QCOMPARE(TrackingNumbers::normalized(u"9865\u2011787\u00a088855"_s), u"986578788855"_s);
        QCOMPARE(TrackingNumbers::normalized(u"]C1986578788855"_s), u"986578788855"_s);
    }
};

QTEST_GUILESS_MAIN(TestTracking)
#include "tst_tracking.moc"
