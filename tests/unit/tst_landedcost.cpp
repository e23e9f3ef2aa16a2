#include "landedcost.h"

#include <QTest>

namespace {

ExactDecimal d(const char *text)
{
    return ExactDecimal::parse(QString::fromLatin1(text)).value();
}

// A Japan-like market: 10% tax and 5% duty over JPY 10,000, shipping JPY 2,000.
Market japan()
{
    Market m;
    m.code = QStringLiteral("JP");
    m.name = QStringLiteral("Japan");
    m.countries = {QStringLiteral("JP")};
    m.currency = QStringLiteral("JPY");
    m.vatPercent = d("10");
    m.dutyPercent = d("5");
    m.dutyRates = {{QStringLiteral("61"), d("10.9")}};
    m.dutyThresholdMinor = 10000;
    m.taxThresholdMinor = 10000;
    m.shippingEstimateMinor = 2000;
    m.asOf = QDate(2026, 11, 1);
    return m;
}

LandedCost landed(const Market &market, qint64 goods, Market::Incoterm incoterm = Market::Incoterm::DAP,
                  const char *hs = "691200")
{
    LandedCostCalculator::Input in;
    in.market = market;
    in.hsCode = QString::fromLatin1(hs);
    in.goods = Money(goods, market.currency);
    in.costInMarketCurrency = Money(goods / 2, market.currency);
    in.incoterm = incoterm;
    return LandedCostCalculator::calculate(in);
}

void linesAddUp(const LandedCost &cost)
{
    qint64 sum = 0;
    for (const LandedCost::Line &line : cost.lines)
        sum += line.amount.minorUnits();
    QCOMPARE(sum, cost.total.minorUnits());
    QCOMPARE(cost.lines.size(), 5);
}

} // namespace

class TestLandedCost : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void thresholdsAtAndAroundTheLimit()
    {
        const Market jp = japan();
        // Exactly at the threshold: no duty, no tax.
        LandedCost at = landed(jp, 10000);
        QCOMPARE(at.amount(LandedCost::LineKind::Duty).minorUnits(), 0);
        QCOMPARE(at.amount(LandedCost::LineKind::Tax).minorUnits(), 0);
        QVERIFY(at.lines.at(2).explanation.contains(QStringLiteral("at or under the duty threshold")));
        linesAddUp(at);
        // One yen under: still none.
        QCOMPARE(landed(jp, 9999).amount(LandedCost::LineKind::Duty).minorUnits(), 0);
        // One yen over: 5% duty (500.05 -> 500) and 10% tax on value + duty (1050.1 -> 1050).
        LandedCost over = landed(jp, 10001);
        QCOMPARE(over.amount(LandedCost::LineKind::Duty).minorUnits(), 500);
        QCOMPARE(over.amount(LandedCost::LineKind::Tax).minorUnits(), 1050);
        QCOMPARE(over.total.minorUnits(), 10001 + 2000 + 500 + 1050);
        QVERIFY(over.lines.at(2).explanation.contains(QStringLiteral("above the duty threshold")));
        linesAddUp(over);
    }

    void dutyByHsPrefixAndValuationBasis()
    {
        Market jp = japan();
        LandedCost shirt = landed(jp, 20000, Market::Incoterm::DAP, "610910");
        QCOMPARE(shirt.amount(LandedCost::LineKind::Duty).minorUnits(), 2180); // 10.9% of 20,000
        QVERIFY(shirt.lines.at(2).explanation.contains(QStringLiteral("6109.10")));
        jp.valuation = Market::Valuation::GoodsAndShipping;
        LandedCost cif = landed(jp, 20000, Market::Incoterm::DAP, "610910");
        QCOMPARE(cif.customsValue.minorUnits(), 22000);
        QCOMPARE(cif.amount(LandedCost::LineKind::Duty).minorUnits(), 2398); // 10.9% of 22,000
        linesAddUp(cif);
    }

    void dapAndDdpShiftWhoPays()
    {
        const Market jp = japan();
        const LandedCost dap = landed(jp, 20000, Market::Incoterm::DAP);
        const LandedCost ddp = landed(jp, 20000, Market::Incoterm::DDP);
        QCOMPARE(dap.total, ddp.total); // the parcel costs the same to land
        QCOMPARE(dap.sellerPays.minorUnits(), 2000);
        QCOMPARE(ddp.sellerPays.minorUnits(), 2000 + 1000 + 2100); // shipping + 5% duty + 10% tax on 21,000
        QCOMPARE(dap.margin.minorUnits(), 20000 - 10000 - 2000);
        QCOMPARE(ddp.margin.minorUnits(), 20000 - 10000 - 5100);
    }

    void sellerCollectedTaxAndFlatDuty()
    {
        Market eu = japan();
        eu.code = QStringLiteral("EU");
        eu.currency = QStringLiteral("EUR");
        eu.vatPercent = d("21");
        eu.dutyThresholdMinor = 0;
        eu.taxThresholdMinor = 15000;
        eu.flatDutyPerItemMinor = 300;
        eu.sellerCollectsTax = true;
        eu.shippingEstimateMinor = 1400;
        const LandedCost low = landed(eu, 2795, Market::Incoterm::DDP);
        QCOMPARE(low.amount(LandedCost::LineKind::Duty).minorUnits(), 300);
        QCOMPARE(low.amount(LandedCost::LineKind::Tax).minorUnits(), 650); // 21% of 30.95 = 6.4995 -> 6.50
        QVERIFY(low.lines.at(3).explanation.contains(QStringLiteral("collected by the seller")));
        QCOMPARE(low.sellerPays.minorUnits(), 1400 + 300); // VAT was paid by the buyer at checkout
        linesAddUp(low);
        // Above EUR 150: ad valorem duty and import VAT instead.
        const LandedCost high = landed(eu, 20000, Market::Incoterm::DDP);
        QCOMPARE(high.amount(LandedCost::LineKind::Duty).minorUnits(), 1000); // 5%
        QCOMPARE(high.amount(LandedCost::LineKind::Tax).minorUnits(), 4410);  // 21% of 210.00
        QVERIFY(high.lines.at(3).explanation.contains(QStringLiteral("charged at import")));
    }

    void percentRoundsHalfUpOnce()
    {
        QCOMPARE(LandedCostCalculator::percentOf(Money(1234, QStringLiteral("USD")), d("10.9")).minorUnits(), 135);
        QCOMPARE(LandedCostCalculator::percentOf(Money(5, QStringLiteral("USD")), d("10")).minorUnits(), 1); // 0.5 -> 1
        QCOMPARE(LandedCostCalculator::percentOf(Money(1000, QStringLiteral("KWD")), d("0.05")).minorUnits(), 1);
    }
};

QTEST_GUILESS_MAIN(TestLandedCost)
#include "tst_landedcost.moc"
