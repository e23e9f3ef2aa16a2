// Amazon's order report (tab-separated): one row per order item; the order's fields repeat on every row, and
// item-price is the price of the whole quantity.
#include "ordercells.h"
#include "ordermappers.h"

using namespace Qt::StringLiterals;

namespace {

class AmazonOrderMapper final : public OrderRowMapper
{
public:
    using OrderRowMapper::OrderRowMapper;

    bool bind(const CsvColumns &c, QStringList *missing) override
    {
        m_orderId = column(c, {u"order-id", u"amazon-order-id"});
        m_itemId = column(c, {u"order-item-id"});
        m_purchaseDate = column(c, {u"purchase-date"});
        m_paymentsDate = column(c, {u"payments-date"});
        m_email = column(c, {u"buyer-email"});
        m_buyerName = column(c, {u"buyer-name"});
        m_buyerPhone = column(c, {u"buyer-phone-number"});
        m_sku = column(c, {u"sku"});
        m_productName = column(c, {u"product-name"});
        m_quantity = column(c, {u"quantity-purchased", u"quantity"});
        m_currency = column(c, {u"currency"});
        m_itemPrice = column(c, {u"item-price"});
        m_itemTax = column(c, {u"item-tax"});
        m_shippingPrice = column(c, {u"shipping-price"});
        m_shippingTax = column(c, {u"shipping-tax"});
        m_itemPromotion = column(c, {u"item-promotion-discount"});
        m_shipPromotion = column(c, {u"ship-promotion-discount"});
        m_service = column(c, {u"ship-service-level"});
        m_recipient = column(c, {u"recipient-name"});
        m_line1 = column(c, {u"ship-address-1"});
        m_line2 = column(c, {u"ship-address-2"});
        m_line3 = column(c, {u"ship-address-3"});
        m_city = column(c, {u"ship-city"});
        m_state = column(c, {u"ship-state"});
        m_postal = column(c, {u"ship-postal-code"});
        m_country = column(c, {u"ship-country"});
        m_phone = column(c, {u"ship-phone-number"});
        m_billLine1 = column(c, {u"bill-address-1"});
        m_billCity = column(c, {u"bill-city"});
        m_billPostal = column(c, {u"bill-postal-code"});
        m_billCountry = column(c, {u"bill-country"});
        m_salesChannel = column(c, {u"sales-channel"});
        m_orderStatus = column(c, {u"order-status"});
        m_itemStatus = column(c, {u"item-status"});
        bindPaymentChecks(c);
        bindCustomerExtras(c);
        require({{&m_orderId, u"order-id"}, {&m_purchaseDate, u"purchase-date"}, {&m_quantity, u"quantity-purchased"},
                 {&m_itemPrice, u"item-price"}, {&m_country, u"ship-country"}},
                missing);
        if (m_sku.index < 0 && m_productName.index < 0)
            missing->append(u"sku"_s);
        return missing->isEmpty();
    }

    QByteArrayView orderKey(const ByteCsvReader::Record &row) const override { return row.at(m_orderId.index); }

    void readRow(const ByteCsvReader::Record &row, bool first, ParsedOrder &parsed, OrderIssues &issues) override
    {
        Order &order = parsed.order;
        if (first) {
            order.channel = u"amazon"_s;
            order.number = text(row, m_orderId);
            order.channelOrderId = order.number;
            if (order.number.isEmpty()) {
                issues.error(row.line, m_orderId.header, tr("the row has no order-id"));
                parsed.hasErrors = true;
            }
            if (!readCurrency(row, m_currency, m_defaultCurrency, parsed, issues))
                return;
            readTime(row, m_purchaseDate, &order.createdAt, issues, parsed);
            readTime(row, m_paymentsDate, &order.paidAt, issues, parsed);
            order.customer.email = text(row, m_email);
            order.customer.name = text(row, m_buyerName);
            order.customer.phone = textWithoutApostrophe(row, m_buyerPhone);
            order.shipService = text(row, m_service);
            order.shipTo.name = text(row, m_recipient);
            order.shipTo.line1 = text(row, m_line1);
            order.shipTo.line2 = QString(text(row, m_line2) + u' ' + text(row, m_line3)).trimmed();
            order.shipTo.city = text(row, m_city);
            order.shipTo.province = text(row, m_state);
            order.shipTo.postalCode = textWithoutApostrophe(row, m_postal);
            readCountry(row, m_country, &order.shipTo.country, issues, parsed);
            order.shipTo.phone = textWithoutApostrophe(row, m_phone);
            order.billTo.line1 = text(row, m_billLine1);
            order.billTo.city = text(row, m_billCity);
            order.billTo.postalCode = text(row, m_billPostal);
            readCountry(row, m_billCountry, &order.billTo.country, issues, parsed);
            order.tags = text(row, m_salesChannel);
            const QString status = text(row, m_orderStatus).toLower();
            if (status == u"cancelled"_s || status == u"canceled"_s)
                order.status = OrderStatus::Cancelled;
            else if (status == u"shipped"_s)
                order.status = OrderStatus::Shipped;
        }
        if (order.currency.size() != 3)
            return;
        readPaymentChecks(row, parsed);
        readCustomerExtras(row, parsed);
        qint64 amount = 0;
        if (readMoney(row, m_itemTax, order.currency, &amount, issues, parsed))
            order.taxMinor += qAbs(amount);
        amount = 0;
        if (readMoney(row, m_shippingTax, order.currency, &amount, issues, parsed))
            order.taxMinor += qAbs(amount);
        amount = 0;
        if (readMoney(row, m_shippingPrice, order.currency, &amount, issues, parsed))
            order.shippingMinor += qAbs(amount);
        amount = 0;
        if (readMoney(row, m_itemPromotion, order.currency, &amount, issues, parsed))
            order.discountMinor += qAbs(amount);
        amount = 0;
        if (readMoney(row, m_shipPromotion, order.currency, &amount, issues, parsed))
            order.discountMinor += qAbs(amount);
        // The All Orders report keeps cancelled items with quantity 0 and no price: nothing to ship or to charge.
        const QString itemStatus = text(row, m_itemStatus).toLower();
        const bool cancelledItem = order.status == OrderStatus::Cancelled || itemStatus == u"cancelled"_s
            || itemStatus == u"canceled"_s;
        if (cancelledItem && (text(row, m_quantity) == u"0"_s || text(row, m_quantity).isEmpty()))
            return;
        readLine(row, m_sku, m_productName, m_quantity, m_itemPrice, true, parsed, issues);
        if (!order.lines.isEmpty() && parsed.lineNumbers.constLast() == row.line)
            order.lines.last().channelLineId = text(row, m_itemId);
    }

    void finish(ParsedOrder &parsed, OrderIssues &issues) override
    {
        OrderRowMapper::finish(parsed, issues);
        Order &order = parsed.order;
        // The report has no order total: items (taxes included as their own column) + shipping − promotions.
        order.totalMinor = order.subtotalMinor - order.discountMinor + order.shippingMinor + order.taxMinor;
    }

private:
    Column m_orderId, m_itemId, m_purchaseDate, m_paymentsDate, m_email, m_buyerName, m_buyerPhone, m_sku,
        m_productName, m_quantity, m_currency, m_itemPrice, m_itemTax, m_shippingPrice, m_shippingTax,
        m_itemPromotion, m_shipPromotion, m_service, m_recipient, m_line1, m_line2, m_line3, m_city, m_state,
        m_postal, m_country, m_phone, m_billLine1, m_billCity, m_billPostal, m_billCountry, m_salesChannel,
        m_orderStatus, m_itemStatus;
};

} // namespace

std::unique_ptr<OrderRowMapper> makeAmazonOrderMapper(const QString &defaultCurrency)
{
    return std::make_unique<AmazonOrderMapper>(defaultCurrency);
}
