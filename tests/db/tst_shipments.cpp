#include "carrierrepository.h"
#include "orderimporter.h"
#include "orderrepository.h"
#include "pricelist.h"
#include "ordersamples.h"
#include "rateshopping.h"
#include "shipmentbooking.h"
#include "shippingdocumentbuilder.h"
#include "testdatabase.h"

#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using OrderSamples::orderRow;

class TestShippingDb : public QObject
{
    Q_OBJECT

    static qint64 importOne(TestDatabase &t, const QList<OrderSamples::Row> &rows)
    {
        const auto report = OrderImporter::importBytes(t.db(), OrderSamples::ordersCsv(rows), u"orders.csv"_s, {});
        if (!report.written)
            qFatal("import failed");
        return OrderRepository(t.db()).resolve(rows.front().value(u"number"_s), nullptr).value();
    }

private Q_SLOTS:
    void presetsAreInstalledOnce()
    {
        TestDatabase t;
        const CarrierRepository repo(t.db());
        QCOMPARE(repo.carriers().size(), 4);
        const QList<ShippingService> services = repo.services();
        QCOMPARE(services.size(), 6);
        const auto dhl = repo.service(u"DHL-EXP-WW"_s);
        QVERIFY(dhl);
        QCOMPARE(dhl->zoneByCountry.value(u"DE"_s), u"5"_s);
        QCOMPARE(dhl->dimDivisor, 5000);
        QVERIFY(dhl->express);
        QVERIFY(repo.service(u"THP-EMS-WORLD"_s)->postal);
        QCOMPARE(repo.service(u"THP-EMS-WORLD"_s)->dimDivisor, 6000);
        // A seller's removal survives reopening: presets install once per version.
        QString error;
        QVERIFY(repo.removeService(u"FEDEX-IE"_s, &error));
        t.connection() = Connection();
        Connection again = Connection::open(t.path(), &error);
        QVERIFY2(again.isOpen(), qPrintable(error));
        QCOMPARE(CarrierRepository(again.database()).services().size(), 5);
    }

    void rateCardImportReplacesAllOrNothing()
    {
        TestDatabase t;
        const CarrierRepository repo(t.db());
        ShippingService s = repo.service(u"DHL-EXP-WW"_s).value();
        s.fuelPercent = u"30.5"_s;
        s.zones.front().brackets.front().priceMinor = 99900;
        ShippingService added = s;
        added.code = u"ACME-1"_s;
        added.carrierCode = u"acme"_s; // a carrier the shop does not have yet
        QString error;
        QVERIFY2(repo.importServices({s, added}, &error), qPrintable(error));
        QCOMPARE(repo.service(u"DHL-EXP-WW"_s)->fuelPercent, u"30.5"_s);
        QCOMPARE(repo.service(u"DHL-EXP-WW"_s)->zones.front().brackets.front().priceMinor, 99900);
        QVERIFY(repo.carrier(u"acme"_s));
        // A service with a zone missing for a country's mapping breaks the foreign key: nothing is written.
        ShippingService broken = s;
        broken.fuelPercent = u"1"_s;
        broken.zoneByCountry.insert(u"US"_s, u"nope"_s);
        QVERIFY(!repo.importServices({broken}, &error));
        QCOMPARE(repo.service(u"DHL-EXP-WW"_s)->fuelPercent, u"30.5"_s);
    }

    void orderQuoteUsesProductWeights()
    {
        TestDatabase t(600);
        // 2 × APP-01000 (128 g) + 100 g packaging = 356 g.
        const qint64 id = importOne(t, {orderRow(1, {{u"line_quantity"_s, u"2"_s}})});
        QString error;
        const auto result = RateShopping(t.db()).quoteOrder(id, &error);
        QVERIFY2(result, qPrintable(error));
        QCOMPARE(result->country, u"US"_s);
        QCOMPARE(result->parcels.front().weightG, 356);
        QCOMPARE(result->quotes.size(), 6);
        const RateQuote *dhl = result->find(u"DHL-EXP-WW"_s);
        QVERIFY(dhl && dhl->available);
        QCOMPARE(dhl->billableG, 500);
        QCOMPARE(dhl->zone, u"4"_s);
        // DHL zone 4 up to 0.5 kg: 1,980.00 + 29.25% fuel (579.15) = 2,559.15.
        QCOMPARE(dhl->total, Money(255915, u"THB"_s));
        QCOMPARE(dhl->totalBase, std::optional<Money>(Money(255915, u"THB"_s)));
        const RateQuote *picked = result->defaultQuote();
        QVERIFY(picked);
        QCOMPARE(picked->serviceCode, u"THP-EMS-WORLD"_s); // the cheapest
        QVERIFY(result->parcelNote.contains(u"2 item"_s));
        // An express order prefers express services.
        const qint64 express = importOne(t, {orderRow(2, {{u"ship_service"_s, u"Express"_s}})});
        QVERIFY(RateShopping(t.db()).quoteOrder(express, &error)->defaultQuote()->express);
    }

    void shipmentsAreBookedAndTrackingChecked()
    {
        TestDatabase t(600);
        const qint64 id = importOne(t, {orderRow(1)});
        const ShipmentBooking booking(t.db(), u"packer1"_s);
        QString error;
        QStringList warnings;
        // A UPS number on a DHL shipment is refused; a DHL number with a wrong check digit only warns.
        QVERIFY(!booking.create(id, {u"DHL-EXP-WW"_s, {}, {u"1Z999AA10123456784"_s}}, &warnings, &error));
        QVERIFY2(error.contains(u"DHL"_s), qPrintable(error));
        QVERIFY(ShipmentRepository(t.db()).forOrder(id).isEmpty());
        const auto shipment = booking.create(id, {u"DHL-EXP-WW"_s, {}, {u"3318810026"_s}}, &warnings, &error);
        QVERIFY2(shipment, qPrintable(error));
        QCOMPARE(warnings.size(), 1);
        QVERIFY(warnings.front().contains(u"check digit should be 5"_s));
        const auto stored = ShipmentRepository(t.db()).forOrder(id);
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.front().packages.size(), 1);
        QCOMPARE(stored.front().packages.front().trackingNumber, u"3318810026"_s);
        QVERIFY(!stored.front().packages.front().trackingValid);
        QCOMPARE(stored.front().cost, Money(255915, u"THB"_s)); // 228 g → 0.5 kg, zone 4
        QCOMPARE(stored.front().customsForm, QString());         // express: commercial invoice, no CN form
        QVERIFY(ShipmentRepository(t.db()).findByTracking(u"3318810026"_s));
        // Packed: the order walks the workflow, each step in its history.
        QVERIFY2(booking.markPacked(shipment->id, &error), qPrintable(error));
        QCOMPARE(OrderRepository(t.db()).load(id)->status, OrderStatus::Packed);
        const auto history = OrderRepository(t.db()).history(id);
        QCOMPARE(history.last().newValue, u"packed"_s);
        QCOMPARE(history.last().actor, u"packer1"_s);
        QVERIFY(booking.markShipped(shipment->id, &error));
        QCOMPARE(OrderRepository(t.db()).load(id)->status, OrderStatus::Shipped);
        QCOMPARE(ShipmentRepository(t.db()).find(shipment->id)->status, u"shipped"_s);
    }

    void ordersThatMustNotShipGetNoLabel()
    {
        TestDatabase t(600);
        const qint64 held = importOne(t, {orderRow(1)});
        QString error;
        QVERIFY(OrderRepository(t.db()).setStatus(held, OrderStatus::OnHold, QString(), &error));
        const ShipmentBooking booking(t.db());
        QVERIFY(booking.refusals(held).join(u' ').contains(u"on hold"_s));
        QVERIFY(!booking.create(held, {}, nullptr, &error));
        QVERIFY2(error.contains(u"on hold"_s), qPrintable(error));
        // Tea to the US is restricted (FDA prior notice): refused, and the reason named.
        const qint64 tea = importOne(t, {orderRow(2, {{u"line_sku"_s, u"TEA-01004"_s}})});
        const QStringList refused = booking.refusals(tea);
        QVERIFY2(refused.join(u' ').contains(u"TEA-01004"_s), qPrintable(refused.join(u' ')));
        QVERIFY(!booking.create(tea, {}, nullptr, &error));
        QVERIFY(ShipmentRepository(t.db()).forOrder(tea).isEmpty());
        // A product without an HS code blocks too.
        const qint64 plain = importOne(t, {orderRow(3, {{u"line_sku"_s, u"HOM-01002"_s}})});
        QVERIFY(booking.refusals(plain).isEmpty());
        QSqlQuery(t.db()).exec(u"UPDATE products SET hs_code = '' WHERE sku = 'HOM-01002'"_s);
        QVERIFY(booking.refusals(plain).join(u' ').contains(u"HOM-01002"_s));
    }

    void customsFormChosenByValue()
    {
        TestDatabase t(600);
        const ShipmentBooking booking(t.db());
        // 300 SDR ≈ EUR 354.00 (the preset). USD converts through the stored ECB rates.
        QCOMPARE(booking.customsFormFor(u"THP-EMS-WORLD"_s, Money(35400, u"EUR"_s), u"TH"_s, u"DE"_s), u"CN22"_s);
        QCOMPARE(booking.customsFormFor(u"THP-EMS-WORLD"_s, Money(35401, u"EUR"_s), u"TH"_s, u"DE"_s), u"CN23"_s);
        QCOMPARE(booking.customsFormFor(u"THP-EMS-WORLD"_s, Money(5000, u"USD"_s), u"TH"_s, u"US"_s), u"CN22"_s);
        QCOMPARE(booking.customsFormFor(u"THP-EMS-WORLD"_s, Money(90000, u"USD"_s), u"TH"_s, u"US"_s), u"CN23"_s);
        QCOMPARE(booking.customsFormFor(u"DHL-EXP-WW"_s, Money(90000, u"USD"_s), u"TH"_s, u"US"_s), QString());
        QCOMPARE(booking.customsFormFor(u"THP-EMS-WORLD"_s, Money(90000, u"THB"_s), u"TH"_s, u"TH"_s), QString());
    }

    void landedCostTakesShippingFromTheRateCards()
    {
        TestDatabase t(600);
        QString error;
        // APP-01000: 128 g + 100 g packaging, 30 × 25 × 3 cm = 2250 cm³ ÷ 6000 = 375 g dimensional → 500 g with
        // EMS (250 g steps); EMS zone 5 up to 500 g is THB 720.00; at 37.852 THB per EUR that is EUR 19.02.
        const auto quote = PriceListService(t.db()).quote(u"APP-01000"_s, u"EU"_s, std::nullopt, QDate(2026, 11, 27), &error);
        QVERIFY2(quote, qPrintable(error));
        QCOMPARE(quote->landed.amount(LandedCost::LineKind::Shipping), Money(1902, u"EUR"_s));
        const auto line = std::find_if(quote->landed.lines.cbegin(), quote->landed.lines.cend(),
                                       [](const LandedCost::Line &l) { return l.kind == LandedCost::LineKind::Shipping; });
        QVERIFY2(line->explanation.contains(u"Thailand Post EMS World"_s), qPrintable(line->explanation));
        // With every service switched off, the market's flat estimate comes back and says so.
        QSqlQuery(t.db()).exec(u"UPDATE shipping_services SET active = 0"_s);
        const auto flat = PriceListService(t.db()).quote(u"APP-01000"_s, u"EU"_s, std::nullopt, QDate(2026, 11, 27), &error);
        QVERIFY2(flat, qPrintable(error));
        QCOMPARE(flat->landed.amount(LandedCost::LineKind::Shipping), Money(1400, u"EUR"_s));
    }

    void discountsAreSharedExactly()
    {
        QCOMPARE(ShippingDocumentBuilder::shareDiscount({2500, 5000}, 1000), (QList<qint64>{333, 667}));
        QCOMPARE(ShippingDocumentBuilder::shareDiscount({100, 100, 100}, 100), (QList<qint64>{34, 33, 33}));
        QCOMPARE(ShippingDocumentBuilder::shareDiscount({100, 200}, 0), (QList<qint64>{0, 0}));
        QCOMPARE(ShippingDocumentBuilder::shareDiscount({100, 200}, 500), (QList<qint64>{100, 200}));
    }

    void documentCarriesCustomsValuesNetOfDiscount()
    {
        TestDatabase t(600);
        const qint64 id = importOne(t, {orderRow(1, {{u"discount"_s, u"10.00"_s}, {u"shipping"_s, u"12.00"_s}}),
                                        orderRow(1, {{u"line_sku"_s, u"HOM-01002"_s},
                                                     {u"line_name"_s, u"Celadon bowl"_s},
                                                     {u"line_unit_price"_s, u"50.00"_s}})});
        ShopSettings(t.db()).setValue(u"ship_from_name"_s, u"Siam Crafts"_s);
        ShopSettings(t.db()).setValue(u"shop_ioss"_s, u"IM7640000001"_s);
        QString error;
        const auto doc = ShippingDocumentBuilder(t.db()).build(id, 0, &error);
        QVERIFY2(doc, qPrintable(error));
        QCOMPARE(doc->orderNumber, u"#1001"_s);
        QCOMPARE(doc->sender.address.name, u"Siam Crafts"_s);
        QCOMPARE(doc->sender.address.country, u"TH"_s);
        QCOMPARE(doc->recipient.address.country, u"US"_s);
        QCOMPARE(doc->declaredCurrency, u"USD"_s);
        QCOMPARE(doc->lines.size(), 2);
        QCOMPARE(doc->lines.at(0).totalValue, Money(2167, u"USD"_s)); // 25.00 − 3.33
        QCOMPARE(doc->lines.at(1).totalValue, Money(4333, u"USD"_s)); // 50.00 − 6.67
        QCOMPARE(doc->goodsTotal, Money(6500, u"USD"_s));
        QCOMPARE(doc->shippingCharge, Money(1200, u"USD"_s));
        QCOMPARE(doc->lines.at(1).hsCode, u"691200"_s);
        QCOMPARE(doc->lines.at(1).originCountry, u"TH"_s);
        QCOMPARE(doc->lines.at(0).gtin, u"8850457000014"_s);
        QCOMPARE(doc->totalNetWeightG, 128 + 1046);
        QVERIFY(doc->international);
        QCOMPARE(doc->packages.size(), 1); // a draft before booking
        QCOMPARE(doc->serviceCode, u"THP-EMS-WORLD"_s);
        QCOMPARE(doc->customsForm, CustomsFormKind::CN22);
        // Declared in EUR at the order's recorded rate day.
        ShopSettings(t.db()).setValue(u"customs_currency"_s, u"EUR"_s);
        const auto euros = ShippingDocumentBuilder(t.db()).build(id, 0, &error);
        QVERIFY2(euros, qPrintable(error));
        QCOMPARE(euros->goodsTotal.currency(), u"EUR"_s);
        QVERIFY(euros->goodsTotal.minorUnits() > 0 && euros->goodsTotal.minorUnits() < 6500);
    }
};

QTEST_GUILESS_MAIN(TestShippingDb)
#include "tst_shipments.moc"
