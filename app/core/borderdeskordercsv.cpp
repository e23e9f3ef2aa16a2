#include "borderdeskordercsv.h"

#include "csvwriter.h"
#include "currency.h"
#include "decimal.h"
#include "ordercells.h"

using namespace Qt::StringLiterals;

namespace BorderdeskOrderCsv {

QStringList header()
{
    return {u"number"_s,           u"channel"_s,         u"channel_order_id"_s, u"status"_s,
            u"created_at"_s,       u"paid_at"_s,         u"currency"_s,         u"discount"_s,
            u"shipping"_s,         u"tax"_s,             u"total"_s,            u"incoterm"_s,
            u"ship_service"_s,     u"payment_method"_s,  u"avs_result"_s,       u"cvv_result"_s,
            u"channel_risk"_s,     u"tags"_s,            u"notes"_s,            u"customer_email"_s,
            u"customer_name"_s,    u"customer_phone"_s,  u"customer_language"_s, u"tax_id"_s,
            u"ship_name"_s,        u"ship_company"_s,    u"ship_address1"_s,    u"ship_address2"_s,
            u"ship_city"_s,        u"ship_province"_s,   u"ship_postal_code"_s, u"ship_country"_s,
            u"ship_phone"_s,       u"bill_name"_s,       u"bill_company"_s,     u"bill_address1"_s,
            u"bill_address2"_s,    u"bill_city"_s,       u"bill_province"_s,    u"bill_postal_code"_s,
            u"bill_country"_s,     u"bill_phone"_s,      u"line_sku"_s,         u"line_name"_s,
            u"line_quantity"_s,    u"line_unit_price"_s, u"line_discount"_s,    u"line_tax"_s};
}

QList<QStringList> rows(const Order &o)
{
    const int scale = Currency::fractionDigits(o.currency);
    auto amount = [scale](qint64 minor) { return Decimal::formatScaled(minor, scale); };
    const auto n = [](const QString &text) { return CsvWriter::neutralised(text); };
    auto address = [&n](const Address &a) {
        return QStringList{n(a.name), n(a.company), n(a.line1),      n(a.line2), n(a.city),
                           n(a.province), n(a.postalCode), a.country, n(a.phone)};
    };
    const QStringList orderFields =
        QStringList{n(o.number),
                    n(o.channel),
                    n(o.channelOrderId),
                    OrderStatuses::key(o.status),
                    OrderCells::isoUtc(o.createdAt),
                    OrderCells::isoUtc(o.paidAt),
                    o.currency,
                    amount(o.discountMinor),
                    amount(o.shippingMinor),
                    amount(o.taxMinor),
                    amount(o.totalMinor),
                    o.incoterm,
                    n(o.shipService),
                    n(o.paymentMethod),
                    n(o.avsResult),
                    n(o.cvvResult),
                    n(o.channelRisk),
                    n(o.tags),
                    n(o.notes),
                    n(o.customer.email),
                    n(o.customer.name),
                    n(o.customer.phone),
                    n(o.customer.language),
                    n(o.customer.taxId)}
        + address(o.shipTo) + address(o.billTo);
    QList<QStringList> result;
    for (const OrderLine &line : o.lines) {
        result.append(orderFields
                      + QStringList{n(line.sku), n(line.name), QString::number(line.quantity), amount(line.unitPriceMinor),
                                    amount(line.discountMinor), amount(line.taxMinor)});
    }
    // An order without lines (a cancelled Amazon order of quantity 0) keeps one row with the line columns empty.
    if (o.lines.isEmpty())
        result.append(orderFields + QStringList(6));
    return result;
}

} // namespace BorderdeskOrderCsv
