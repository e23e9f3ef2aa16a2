#include "shippingdocumentbuilder.h"

#include "carrierrepository.h"
#include "exactdecimal.h"
#include "exchangeraterepository.h"
#include "marketrepository.h"
#include "orderrepository.h"
#include "shipmentbooking.h"
#include "shipmentrepository.h"
#include "shopsettings.h"
#include "rateshopping.h"
#include "wideint.h"

#include <QSqlQuery>

#include <numeric>

using namespace Qt::StringLiterals;

ShippingDocumentBuilder::ShippingDocumentBuilder(const QSqlDatabase &db)
    : m_db(db)
    , m_shopping(db)
{
}

QStringList ShippingDocumentBuilder::senderKeys()
{
    return {u"ship_from_name"_s,  u"ship_from_company"_s, u"ship_from_line1"_s,       u"ship_from_line2"_s,
            u"ship_from_city"_s,  u"ship_from_province"_s, u"ship_from_postal_code"_s, u"ship_from_phone"_s,
            u"shop_email"_s,      u"shop_vat_number"_s,   u"shop_eori"_s,             u"shop_ioss"_s,
            u"shop_signatory"_s};
}

DocumentParty ShippingDocumentBuilder::sender() const
{
    const ShopSettings settings(m_db);
    DocumentParty p;
    p.address.name = settings.value(u"ship_from_name"_s);
    p.address.company = settings.value(u"ship_from_company"_s);
    p.address.line1 = settings.value(u"ship_from_line1"_s);
    p.address.line2 = settings.value(u"ship_from_line2"_s);
    p.address.city = settings.value(u"ship_from_city"_s);
    p.address.province = settings.value(u"ship_from_province"_s);
    p.address.postalCode = settings.value(u"ship_from_postal_code"_s);
    p.address.country = settings.homeCountry();
    p.address.phone = settings.value(u"ship_from_phone"_s);
    p.email = settings.value(u"shop_email"_s);
    p.taxId = settings.value(u"shop_vat_number"_s);
    p.eori = settings.value(u"shop_eori"_s);
    p.iossNumber = settings.value(u"shop_ioss"_s);
    return p;
}

QList<qint64> ShippingDocumentBuilder::shareDiscount(const QList<qint64> &lineTotals, qint64 discount)
{
    QList<qint64> shares(lineTotals.size(), 0);
    const qint64 total = std::accumulate(lineTotals.cbegin(), lineTotals.cend(), qint64(0));
    if (total <= 0 || discount <= 0)
        return shares;
    discount = std::min(discount, total);
    // Largest remainder: floor shares first, then one minor unit each to the lines with the biggest remainders.
    QList<std::pair<qint64, int>> remainders;
    qint64 given = 0;
    for (int i = 0; i < lineTotals.size(); ++i) {
        UInt128 quotient, remainder;
        UInt128::divide(UInt128::multiply(quint64(std::max<qint64>(0, lineTotals.at(i))), quint64(discount)),
                        UInt128::from(quint64(total)), quotient, remainder);
        shares[i] = qint64(quotient.lo);
        remainders.append({qint64(remainder.lo), i});
        given += shares.at(i);
    }
    std::stable_sort(remainders.begin(), remainders.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    for (qsizetype k = 0; given < discount && k < remainders.size(); ++k, ++given)
        ++shares[remainders.at(k).second];
    return shares;
}

namespace {

QString customsReference(const Order &order, const DocumentParty &sender, const QString &marketCode)
{
    const QString country = order.shipTo.country;
    if (marketCode == u"EU" && !sender.iossNumber.isEmpty())
        return u"IOSS "_s + sender.iossNumber;
    if (country == u"KR" && !order.customer.taxId.isEmpty())
        return u"PCCC "_s + order.customer.taxId;
    if (country == u"BR" && !order.customer.taxId.isEmpty())
        return (order.customer.taxId.size() > 14 ? u"CNPJ "_s : u"CPF "_s) + order.customer.taxId;
    if (!order.customer.taxId.isEmpty())
        return order.customer.taxId;
    return {};
}

} // namespace

std::optional<ShippingDocument> ShippingDocumentBuilder::build(qint64 orderId, qint64 shipmentId, QString *error) const
{
    const auto order = OrderRepository(m_db).load(orderId);
    if (!order) {
        *error = tr("no such order");
        return std::nullopt;
    }
    const ShopSettings settings(m_db);
    ShippingDocument doc;
    doc.orderNumber = order->number;
    doc.invoiceNumber = u"INV-"_s + QString(order->number).remove(u'#');
    doc.date = QDate::currentDate();
    doc.customerLanguage = order->customer.language;
    if (doc.customerLanguage.trimmed().isEmpty()) {
        // No language on the order: the slip speaks the destination market's language.
        if (const auto market = MarketRepository(m_db).findByCodeOrCountry(
                order->marketCode.isEmpty() ? order->shipTo.country : order->marketCode))
            doc.customerLanguage = market->language;
    }
    doc.sender = sender();
    doc.recipient.address = order->shipTo;
    if (doc.recipient.address.phone.isEmpty())
        doc.recipient.address.phone = order->customer.phone;
    doc.recipient.email = order->customer.email;
    doc.recipient.taxId = order->customer.taxId;
    doc.international = doc.sender.address.country != order->shipTo.country;
    doc.incoterm = order->incoterm.isEmpty() ? u"DAP"_s : order->incoterm;
    doc.customsReference = customsReference(*order, doc.sender, order->marketCode);
    doc.reasonForExport = u"Sale"_s;
    doc.signatory = settings.value(u"shop_signatory"_s, doc.sender.address.name);
    doc.notes = order->notes;

    // Customs values: net of discounts, converted once per line at the order's recorded rate day.
    doc.declaredCurrency = settings.value(u"customs_currency"_s, order->currency);
    const QDate rateDate = QDate::fromString(order->rateDate, Qt::ISODate);
    const ExchangeRateRepository rates(m_db);
    auto declared = [&](qint64 minor) -> std::optional<Money> {
        const Money amount(minor, order->currency);
        if (doc.declaredCurrency == order->currency)
            return amount;
        QString problem;
        const auto c = rates.convert(amount, doc.declaredCurrency, rateDate.isValid() ? rateDate : doc.date, &problem);
        if (!c)
            *error = problem;
        return c ? std::optional<Money>(c->amount) : std::nullopt;
    };
    QList<qint64> lineTotals;
    bool anyLineDiscount = false;
    for (const OrderLine &line : order->lines) {
        lineTotals.append(line.unitPriceMinor * line.quantity);
        anyLineDiscount = anyLineDiscount || line.discountMinor > 0;
    }
    QList<qint64> discounts = shareDiscount(lineTotals, order->discountMinor);
    if (anyLineDiscount) {
        for (int i = 0; i < order->lines.size(); ++i)
            discounts[i] = order->lines.at(i).discountMinor;
    }
    QSqlQuery product(m_db);
    product.prepare(u"SELECT name, customs_description, hs_code, origin_country, barcode, weight_g, bin "
                    u"FROM products WHERE id = ?"_s);
    doc.goodsTotal = Money(0, doc.declaredCurrency);
    for (int i = 0; i < order->lines.size(); ++i) {
        const OrderLine &line = order->lines.at(i);
        DocumentLine d;
        d.sku = line.sku;
        d.name = line.name;
        d.quantity = line.quantity;
        product.addBindValue(line.productId);
        if (line.productId > 0 && product.exec() && product.next()) {
            d.customsDescription = product.value(1).toString();
            d.hsCode = product.value(2).toString();
            d.originCountry = product.value(3).toString();
            d.gtin = product.value(4).toString();
            d.unitNetWeightG = product.value(5).toLongLong();
            d.bin = product.value(6).toString();
            if (d.name.isEmpty() || d.name == d.sku) // some channels list the SKU as the name
                d.name = product.value(0).toString();
        }
        if (d.customsDescription.isEmpty())
            d.customsDescription = d.name;
        const auto total = declared(lineTotals.at(i) - discounts.at(i));
        if (!total)
            return std::nullopt;
        d.totalValue = *total;
        d.unitValue = Money(line.quantity > 0 ? total->minorUnits() / line.quantity : 0, total->currency());
        doc.goodsTotal = doc.goodsTotal + d.totalValue;
        doc.totalNetWeightG += d.unitNetWeightG * d.quantity;
        doc.lines.append(d);
    }
    const auto shipping = declared(order->shippingMinor);
    if (!shipping)
        return std::nullopt;
    doc.shippingCharge = *shipping;

    const ShipmentRepository shipments(m_db);
    std::optional<Shipment> shipment;
    if (shipmentId > 0)
        shipment = shipments.find(shipmentId);
    else if (const auto all = shipments.forOrder(orderId); !all.isEmpty())
        shipment = all.back();
    if (shipmentId > 0 && (!shipment || shipment->orderId != orderId)) {
        *error = tr("no such shipment for order %1").arg(order->number);
        return std::nullopt;
    }
    QString serviceCode;
    QList<ShipmentPackage> packages;
    if (shipment) {
        serviceCode = shipment->serviceCode;
        packages = shipment->packages;
        doc.customsForm = shipment->customsForm == u"CN22" ? CustomsFormKind::CN22
                          : shipment->customsForm == u"CN23" ? CustomsFormKind::CN23
                                                            : CustomsFormKind::None;
    } else {
        // A draft: the default service and one parcel, so documents can be previewed before booking.
        const RateShopping &shopping = m_shopping;
        ShipmentPackage draft;
        draft.parcel = shopping.parcelFor(*order, nullptr);
        packages.append(draft);
        const auto result = shopping.quote(order->shipTo.country, {draft.parcel}, order->isExpress());
        if (const RateQuote *q = result.defaultQuote())
            serviceCode = q->serviceCode;
        const QString form = ShipmentBooking(m_db).customsFormFor(serviceCode, doc.goodsTotal,
                                                                  doc.sender.address.country, order->shipTo.country);
        doc.customsForm = form == u"CN22" ? CustomsFormKind::CN22
                          : form == u"CN23" ? CustomsFormKind::CN23
                                           : CustomsFormKind::None;
    }
    const CarrierRepository carriers(m_db);
    if (const auto service = carriers.service(serviceCode)) {
        doc.serviceCode = service->code;
        doc.serviceName = service->name;
        doc.express = service->express;
        if (const auto carrier = carriers.carrier(service->carrierCode))
            doc.carrierName = carrier->name;
    }
    for (int i = 0; i < packages.size(); ++i) {
        const ShipmentPackage &p = packages.at(i);
        DocumentPackage d;
        d.number = i + 1;
        d.count = int(packages.size());
        d.weightG = p.parcel.weightG;
        d.lengthMm = p.parcel.lengthMm;
        d.widthMm = p.parcel.widthMm;
        d.heightMm = p.parcel.heightMm;
        d.trackingNumber = p.trackingNumber;
        doc.totalGrossWeightG += p.parcel.weightG;
        doc.packages.append(d);
    }
    return doc;
}
