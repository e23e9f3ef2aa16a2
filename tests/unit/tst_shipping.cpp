#include "shipping.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// A small express card in THB: zone 1 (SG), zone 5 (DE, FR); brackets 0.5 / 1 / 2 kg; 200.00 per extra 0.5 kg in
// zone 5; fuel 10%; divisor 5000.
ShippingService card()
{
    ShippingService s;
    s.code = u"TEST-EXP"_s;
    s.carrierCode = u"dhl"_s;
    s.name = u"Test Express"_s;
    s.currency = u"THB"_s;
    s.dimDivisor = 5000;
    s.weightStepG = 500;
    s.fuelPercent = u"10"_s;
    s.express = true;
    ShippingService::Zone one{u"1"_s, {{500, 100000}, {1000, 130000}, {2000, 180000}}, -1, 1, 2};
    ShippingService::Zone five{u"5"_s, {{500, 150000}, {1000, 190000}, {2000, 260000}}, 20000, 3, 5};
    s.zones = {one, five};
    s.zoneByCountry = {{u"SG"_s, u"1"_s}, {u"DE"_s, u"5"_s}, {u"FR"_s, u"5"_s}};
    return s;
}

} // namespace

class TestShipping : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dimensionalWeight()
    {
        // 40 × 30 × 20 cm = 24,000 cm³; ÷ 5000 = 4.8 kg; ÷ 6000 = 4 kg.
        const Parcel box{1200, 400, 300, 200};
        QCOMPARE(RateCalculator::dimensionalWeightG(box, 5000), 4800);
        QCOMPARE(RateCalculator::dimensionalWeightG(box, 6000), 4000);
        // Rounded up to the next gram: 10 × 10 × 10.1 cm = 1010 cm³ ÷ 5000 = 202 g.
        QCOMPARE(RateCalculator::dimensionalWeightG(Parcel{100, 100, 100, 101}, 5000), 202);
        QCOMPARE(RateCalculator::dimensionalWeightG(Parcel{1200, 0, 0, 0}, 5000), 0);
        QCOMPARE(RateCalculator::dimensionalWeightG(box, 0), 0);
    }

    void billableWeight()
    {
        const ShippingService s = card();
        RateQuote::Basis basis = RateQuote::Basis::Actual;
        // Heavy and small: the actual 1.2 kg rounds up to 1.5 kg.
        QCOMPARE(RateCalculator::billableWeightG(Parcel{1200, 200, 150, 100}, s, &basis), 1500);
        QCOMPARE(basis, RateQuote::Basis::Actual);
        // Light and big: 4.8 kg dimensional → 5 kg.
        QCOMPARE(RateCalculator::billableWeightG(Parcel{1200, 400, 300, 200}, s, &basis), 5000);
        QCOMPARE(basis, RateQuote::Basis::Dimensional);
        // Exactly on a step stays there.
        QCOMPARE(RateCalculator::billableWeightG(Parcel{1000, 0, 0, 0}, s), 1000);
    }

    void priceWithinBrackets()
    {
        // 800 g to DE: zone 5, 1 kg bracket 1,900.00 + 10% fuel 190.00 = 2,090.00.
        const RateQuote q = RateCalculator::quote(card(), u"DE"_s, {Parcel{800, 0, 0, 0}});
        QVERIFY(q.available);
        QCOMPARE(q.zone, u"5"_s);
        QCOMPARE(q.billableG, 1000);
        QCOMPARE(q.freight, Money(190000, u"THB"_s));
        QCOMPARE(q.fuel, Money(19000, u"THB"_s));
        QCOMPARE(q.total, Money(209000, u"THB"_s));
        QCOMPARE(q.transitDaysMin, 3);
        QCOMPARE(q.transitDaysMax, 5);
    }

    void priceAboveLastBracket()
    {
        // 3.2 kg → 3.5 kg billable: 2 kg price 2,600.00 + 3 × 0.5 kg × 200.00 = 3,200.00; fuel 320.00.
        const RateQuote q = RateCalculator::quote(card(), u"FR"_s, {Parcel{3200, 0, 0, 0}});
        QVERIFY(q.available);
        QCOMPARE(q.billableG, 3500);
        QCOMPARE(q.freight.minorUnits(), 320000);
        QCOMPARE(q.total.minorUnits(), 352000);
        // Zone 1 has no extra price: nothing over 2 kg.
        const RateQuote heavy = RateCalculator::quote(card(), u"SG"_s, {Parcel{3200, 0, 0, 0}});
        QVERIFY(!heavy.available);
        QVERIFY(heavy.unavailableReason.contains(u"2 kg"_s));
    }

    void fuelRoundsHalfUpOnce()
    {
        ShippingService s = card();
        s.fuelPercent = u"29.25"_s;
        // 1,500.00 × 29.25% = 438.75 exactly; 1,300.00 × 29.25% = 380.25.
        QCOMPARE(RateCalculator::quote(s, u"DE"_s, {Parcel{400, 0, 0, 0}}).fuel.minorUnits(), 43875);
        QCOMPARE(RateCalculator::quote(s, u"SG"_s, {Parcel{900, 0, 0, 0}}).fuel.minorUnits(), 38025);
        s.fuelPercent = u"12.345"_s; // 1,500.00 × 12.345% = 185.175 → 185.18
        QCOMPARE(RateCalculator::quote(s, u"DE"_s, {Parcel{400, 0, 0, 0}}).fuel.minorUnits(), 18518);
    }

    void severalParcelsPricedEach()
    {
        // Two 0.8 kg parcels: 2 × 1,900.00, not one 1.6 kg parcel (2,600.00).
        const RateQuote q = RateCalculator::quote(card(), u"DE"_s, {Parcel{800, 0, 0, 0}, Parcel{800, 0, 0, 0}});
        QCOMPARE(q.freight.minorUnits(), 380000);
        QCOMPARE(q.billableG, 2000);
        QCOMPARE(q.actualG, 1600);
        QVERIFY2(q.basisText().contains(u"each on the heavier"_s), qPrintable(q.basisText()));
    }

    void unknownCountryAndInactive()
    {
        QVERIFY(!RateCalculator::quote(card(), u"US"_s, {Parcel{800, 0, 0, 0}}).available);
        ShippingService off = card();
        off.active = false;
        QVERIFY(!RateCalculator::quote(off, u"DE"_s, {Parcel{800, 0, 0, 0}}).available);
    }

    void basisExplained()
    {
        const RateQuote q = RateCalculator::quote(card(), u"DE"_s, {Parcel{1200, 400, 300, 200}});
        QCOMPARE(q.basis, RateQuote::Basis::Dimensional);
        QCOMPARE(q.dimensionalG, 4800);
        const QString text = q.basisText();
        QVERIFY2(text.contains(u"40 × 30 × 20 cm ÷ 5000"_s), qPrintable(text));
        QVERIFY2(text.contains(u"5 kg"_s), qPrintable(text));
    }

    void shopperPicksCheapestInTime()
    {
        auto make = [](const char *code, qint64 price, int days, bool express) {
            RateQuote q;
            q.serviceCode = QString::fromLatin1(code);
            q.available = true;
            q.total = Money(price, u"THB"_s);
            q.totalBase = q.total;
            q.transitDaysMax = days;
            q.express = express;
            return q;
        };
        RateQuote off;
        off.serviceCode = u"OFF"_s;
        QList<RateQuote> quotes{make("EXP", 5000, 3, true), off, make("POST", 1000, 9, false),
                                make("ECO", 3000, 6, false)};
        RateShopper::sortAndPick(quotes, {});
        QCOMPARE(quotes.at(0).serviceCode, u"POST"_s);
        QVERIFY(quotes.at(0).isDefault);
        QCOMPARE(quotes.last().serviceCode, u"OFF"_s);

        RateShopper::sortAndPick(quotes, {7, false}); // within 7 days: ECO
        QCOMPARE(std::count_if(quotes.cbegin(), quotes.cend(), [](const RateQuote &q) { return q.isDefault; }), 1);
        QVERIFY(std::find_if(quotes.cbegin(), quotes.cend(), [](const RateQuote &q) { return q.isDefault; })
                    ->serviceCode == u"ECO");
        RateShopper::sortAndPick(quotes, {2, false}); // nothing in 2 days: the fastest
        QVERIFY(std::find_if(quotes.cbegin(), quotes.cend(), [](const RateQuote &q) { return q.isDefault; })
                    ->serviceCode == u"EXP");
        RateShopper::sortAndPick(quotes, {0, true}); // an express order
        QVERIFY(std::find_if(quotes.cbegin(), quotes.cend(), [](const RateQuote &q) { return q.isDefault; })
                    ->serviceCode == u"EXP");
    }

    void dimensionsParse()
    {
        QString error;
        QCOMPARE(Parcel::parseDimensions(u"40x30x20"_s, 500, &error), (Parcel{500, 400, 300, 200}));
        QCOMPARE(Parcel::parseDimensions(u"300 × 200 × 105 mm"_s, 500, &error), (Parcel{500, 300, 200, 105}));
        QCOMPARE(Parcel::parseDimensions(u"12.5x10x4,5"_s, 500, &error), (Parcel{500, 125, 100, 45}));
        QVERIFY(!Parcel::parseDimensions(u"40x30"_s, 500, &error));
        QVERIFY(error.contains(u"40x30"_s));
    }

    void rateCardCsvRoundTrip()
    {
        const QByteArray csv = RateCardCsv::write({card()});
        QList<ImportIssue> issues;
        const auto back = RateCardCsv::read(csv, u"cards.csv"_s, &issues);
        QVERIFY2(back, issues.isEmpty() ? "" : qPrintable(issues.front().toString()));
        QCOMPARE(back->size(), 1);
        ShippingService expected = card();
        QCOMPARE(back->front().zoneByCountry, expected.zoneByCountry);
        QCOMPARE(back->front().zones, expected.zones);
        QCOMPARE(back->front().fuelPercent, u"10"_s);
        QCOMPARE(back->front().dimDivisor, 5000);
        QVERIFY(back->front().express);
    }

    void rateCardCsvBadRowsNamed()
    {
        const QByteArray csv = "service,carrier,currency,zone,countries,max_weight_g,price\r\n"
                               "X-1,dhl,THB,1,SG,500,100.00\r\n"
                               "X-1,dhl,THB,1,SG,heavy,100.00\r\n"
                               "X-1,dhl,THB,2,XX,500,100.00\r\n"
                               "X-1,dhl,THB,1,SG,1000,12.345\r\n"
                               "X-2,dhl,ZZZ,1,SG,500,1.00\r\n";
        QList<ImportIssue> issues;
        QVERIFY(!RateCardCsv::read(csv, u"cards.csv"_s, &issues));
        QCOMPARE(issues.size(), 4);
        QCOMPARE(issues.at(0).line, 3);
        QCOMPARE(issues.at(0).column, u"max_weight_g"_s);
        QCOMPARE(issues.at(1).line, 4);
        QCOMPARE(issues.at(1).column, u"countries"_s);
        QCOMPARE(issues.at(2).line, 5);
        QCOMPARE(issues.at(2).column, u"price"_s);
        QCOMPARE(issues.at(3).line, 6);
        QCOMPARE(issues.at(3).column, u"currency"_s);
        QVERIFY(issues.at(0).toString().startsWith(u"cards.csv:3: max_weight_g: "_s));
        QVERIFY(!RateCardCsv::read("zone,price\r\n1,2\r\n", u"x.csv"_s, &issues));
    }
};

QTEST_GUILESS_MAIN(TestShipping)
#include "tst_shipping.moc"
