#include "ordercheck.h"

#include <QJsonDocument>
#include <QLocale>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

FraudSettings settings()
{
    FraudSettings s;
    for (const QString &rule : RiskReason::rules())
        s.weights.insert(rule, 10);
    s.weights.insert(u"cvv_no_match"_s, 30);
    s.holdThreshold = 60;
    s.highRiskCategories = {u"Gift cards"_s, u"Electronics"_s};
    s.forwarders = {{u"Shipito"_s, u"Shipito"_s, QString(), QString()},
                    {u"Warehouse 9"_s, u"4471 Dock Rd"_s, u"97230"_s, u"US"_s}};
    return s;
}

Order goodOrder()
{
    Order o;
    o.number = u"#1"_s;
    o.channel = u"shopify"_s;
    o.currency = u"USD"_s;
    o.shipService = u"Standard"_s;
    o.shipTo = {u"Sam Carter"_s, QString(), u"350 Fifth Avenue"_s, QString(), u"New York"_s, u"NY"_s, u"10118"_s,
                u"US"_s, u"+12125550100"_s};
    o.billTo = o.shipTo;
    o.lines = {OrderLine{1, u"APP-1"_s, u"Tee"_s, 1, 2999, 0, 0, QString()}};
    o.totalMinor = o.totalBaseMinor = 2999;
    return o;
}

const CheckedProduct tee{1, u"APP-1"_s, u"610910"_s, u"TH"_s, u"Apparel"_s, 200};

Market usMarket()
{
    Market m;
    m.code = u"US"_s;
    m.countries = {u"US"_s};
    m.restrictions = {MarketRestriction{1, u"09"_s, QString(), MarketRestriction::Level::Restricted, u"FDA"_s}};
    return m;
}

QStringList codes(const OrderCheck &check)
{
    QStringList result;
    for (const OrderProblem &p : check.problems)
        result.append(p.code);
    return result;
}

QStringList rules(const OrderCheck &check)
{
    QStringList result;
    for (const RiskReason &r : check.reasons)
        result.append(r.rule);
    return result;
}

} // namespace

class TestOrderCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void aCompleteOrderIsReady()
    {
        const OrderChecker checker(settings());
        OrderCheck check;
        const Market market = usMarket();
        checker.checkShipping(goodOrder(), {&tee}, &market, check);
        QVERIFY2(check.problems.isEmpty(), qPrintable(codes(check).join(u',')));
        QVERIFY(check.canShip());
    }

    void restrictedProductBlocksWithTheRuleNote()
    {
        const OrderChecker checker(settings());
        const CheckedProduct tea{2, u"TEA-1"_s, u"090230"_s, u"TH"_s, u"Tea & Coffee"_s, 100};
        Order order = goodOrder();
        order.lines.first().sku = u"TEA-1"_s;
        OrderCheck check;
        const Market market = usMarket();
        checker.checkShipping(order, {&tea}, &market, check);
        QCOMPARE(codes(check), QStringList{u"restricted"_s});
        QVERIFY(!check.canShip());
        QCOMPARE(check.problems.first().message(), u"TEA-1 is restricted in this market: FDA"_s);
    }

    void missingCustomsDataIsNamedPerProduct()
    {
        const OrderChecker checker(settings());
        const CheckedProduct bare{3, u"BARE"_s, QString(), QString(), u"Toys"_s, 0};
        Order order = goodOrder();
        order.lines = {OrderLine{3, u"BARE"_s, u"Thing"_s, 1, 100, 0, 0, QString()},
                       OrderLine{0, u"GONE"_s, u"Gone"_s, 1, 100, 0, 0, QString()}};
        OrderCheck check;
        const Market market = usMarket();
        checker.checkShipping(order, {&bare, nullptr}, &market, check);
        QCOMPARE(codes(check), (QStringList{u"hs_code_missing"_s, u"origin_missing"_s, u"weight_missing"_s,
                                            u"unknown_sku"_s}));
        QCOMPARE(check.problems.at(0).message(), u"BARE has no HS code"_s);
    }

    void expressNeedsAPhone()
    {
        const OrderChecker checker(settings());
        Order order = goodOrder();
        order.shipTo.phone.clear();
        OrderCheck standard;
        const Market market = usMarket();
        checker.checkShipping(order, {&tee}, &market, standard);
        QVERIFY(standard.canShip());
        order.shipService = u"DHL Express Worldwide"_s;
        OrderCheck express;
        checker.checkShipping(order, {&tee}, &market, express);
        QCOMPARE(codes(express), QStringList{u"phone_missing"_s});
        QVERIFY(express.problems.first().message().contains(u"phone"_s));
        order.shipTo.phone = u"0812345678"_s; // national form that did not validate at import
        OrderCheck invalid;
        checker.checkShipping(order, {&tee}, &market, invalid);
        QCOMPARE(codes(invalid), QStringList{u"phone_invalid"_s});
    }

    void taxIdWhereTheMarketRequiresIt()
    {
        const OrderChecker checker(settings());
        Market brazil;
        brazil.code = u"BR"_s;
        brazil.countries = {u"BR"_s};
        brazil.requiredTaxId = u"CPF/CNPJ"_s;
        Order order = goodOrder();
        order.shipTo.country = u"BR"_s;
        order.shipTo.postalCode = u"01310-200"_s;
        OrderCheck missing;
        checker.checkShipping(order, {&tee}, &brazil, missing);
        QCOMPARE(codes(missing), QStringList{u"tax_id_missing"_s});
        order.customer.taxId = u"529.982.247-24"_s;
        OrderCheck wrong;
        checker.checkShipping(order, {&tee}, &brazil, wrong);
        QCOMPARE(codes(wrong), QStringList{u"tax_id_invalid"_s});
        order.customer.taxId = u"529.982.247-25"_s;
        OrderCheck right;
        checker.checkShipping(order, {&tee}, &brazil, right);
        QVERIFY(right.canShip());
    }

    void postalCodeByCountryPattern()
    {
        const OrderChecker checker(settings());
        Order order = goodOrder();
        order.shipTo.postalCode = u"1011"_s;
        OrderCheck check;
        const Market market = usMarket();
        checker.checkShipping(order, {&tee}, &market, check);
        QCOMPARE(codes(check), QStringList{u"postal_code"_s});
        QVERIFY(check.problems.first().message().contains(u"1011"_s));
    }

    void countryWithoutMarketIsANoteNotABlock()
    {
        const OrderChecker checker(settings());
        Order order = goodOrder();
        order.shipTo.country = u"NG"_s;
        order.shipTo.postalCode = u"100001"_s;
        OrderCheck check;
        checker.checkShipping(order, {&tee}, nullptr, check);
        QCOMPARE(codes(check), QStringList{u"no_market"_s});
        QVERIFY(check.canShip());
    }

    void eachFraudSignalAddsItsWeight()
    {
        const OrderChecker checker(settings());
        Order order = goodOrder();
        OrderCheck none;
        checker.scoreOrder(order, {&tee}, none);
        QVERIFY(none.reasons.isEmpty());

        order.avsResult = u"N"_s;
        order.cvvResult = u"N"_s;
        order.billTo.country = u"GB"_s;
        order.shipTo.company = u"Shipito"_s;
        order.channelRisk = u"high"_s;
        const CheckedProduct speaker{4, u"ELE-1"_s, u"851822"_s, u"CN"_s, u"Electronics accessories"_s, 300};
        OrderCheck all;
        checker.scoreOrder(order, {&speaker}, all);
        QCOMPARE(rules(all), (QStringList{u"avs_no_match"_s, u"cvv_no_match"_s, u"billing_country_differs"_s,
                                          u"freight_forwarder"_s, u"high_risk_category"_s, u"channel_high_risk"_s}));
        QCOMPARE(all.riskScore(), 10 + 30 + 10 + 10 + 10 + 10);
        QVERIFY(checker.shouldHold(all));
        QVERIFY(all.reasons.at(3).message().contains(u"Shipito"_s));

        order = goodOrder();
        order.avsResult = u"A"_s;
        OrderCheck partial;
        checker.scoreOrder(order, {&tee}, partial);
        QCOMPARE(rules(partial), QStringList{u"avs_partial"_s});
        order.avsResult = u"Y"_s;
        OrderCheck full;
        checker.scoreOrder(order, {&tee}, full);
        QVERIFY(full.reasons.isEmpty());
    }

    void forwarderByPostalCodeAndCountry()
    {
        const OrderChecker checker(settings());
        Order order = goodOrder();
        order.shipTo.line1 = u"4471 Dock Rd, Unit 12"_s;
        order.shipTo.postalCode = u"97230"_s;
        OrderCheck hit;
        checker.scoreOrder(order, {&tee}, hit);
        QCOMPARE(rules(hit), QStringList{u"freight_forwarder"_s});
        order.shipTo.postalCode = u"10118"_s;
        OrderCheck miss;
        checker.scoreOrder(order, {&tee}, miss);
        QVERIFY(miss.reasons.isEmpty());
    }

    void historySignals()
    {
        const OrderChecker checker(settings());
        Order order = goodOrder();
        OrderCheck first;
        checker.scoreHistory(order, CustomerHistory{}, first);
        QCOMPARE(rules(first), QStringList{u"first_order"_s});

        order.totalBaseMinor = 10000;
        OrderCheck big;
        checker.scoreHistory(order, CustomerHistory{4, 2000, 0, 0}, big);
        QCOMPARE(rules(big), QStringList{u"value_above_history"_s});
        QCOMPARE(big.reasons.first().detail, u"5.0×"_s);

        order.totalBaseMinor = 2000;
        OrderCheck usual;
        checker.scoreHistory(order, CustomerHistory{4, 2000, 0, 0}, usual);
        QVERIFY(usual.reasons.isEmpty());

        OrderCheck burst;
        checker.scoreHistory(order, CustomerHistory{4, 2000, 2, 0}, burst);
        QCOMPARE(rules(burst), QStringList{u"velocity"_s});
        OrderCheck sameAddress;
        checker.scoreHistory(order, CustomerHistory{4, 2000, 0, 2}, sameAddress);
        QCOMPARE(rules(sameAddress), QStringList{u"velocity"_s});
    }

    void weightZeroTurnsARuleOffAndScoreIsCapped()
    {
        FraudSettings s = settings();
        s.weights.insert(u"first_order"_s, 0);
        s.weights.insert(u"cvv_no_match"_s, 100);
        s.weights.insert(u"avs_no_match"_s, 100);
        const OrderChecker checker(s);
        Order order = goodOrder();
        order.avsResult = u"N"_s;
        order.cvvResult = u"N"_s;
        OrderCheck check;
        checker.scoreOrder(order, {&tee}, check);
        checker.scoreHistory(order, CustomerHistory{}, check);
        QCOMPARE(check.riskScore(), 100);
        QVERIFY(!rules(check).contains(u"first_order"_s));
    }

    void checksSurviveJson()
    {
        OrderCheck check;
        check.problems = {{u"restricted"_s, u"TEA-1"_s, u"restricted: FDA"_s, true}};
        check.reasons = {{u"velocity"_s, 25, u"3 / 24 h"_s}};
        const QByteArray problems = QJsonDocument(check.problemsJson()).toJson();
        const QByteArray reasons = QJsonDocument(check.reasonsJson()).toJson();
        QCOMPARE(OrderCheck::problemsFromJson(problems), check.problems);
        QCOMPARE(OrderCheck::reasonsFromJson(reasons), check.reasons);
        // The direct writer the import uses says the same, quotes and line breaks included.
        check.problems.append({u"postal_code"_s, u"1\"0\\1"_s, u"line\nbreak\ttab"_s, false});
        check.reasons.append({u"freight_forwarder"_s, 25, u"Shipito \"LA\""_s});
        QCOMPARE(OrderCheck::problemsFromJson(check.problemsJsonText().toUtf8()), check.problems);
        QCOMPARE(OrderCheck::reasonsFromJson(check.reasonsJsonText().toUtf8()), check.reasons);
        QCOMPARE(OrderCheck().reasonsJsonText(), u"[]"_s);
    }
};

QTEST_APPLESS_MAIN(TestOrderCheck)
#include "tst_ordercheck.moc"
