// Shopify's orders export: one row per line item; the order's fields are on its first row only.
#include "ordercells.h"
#include "ordermappers.h"

using namespace Qt::StringLiterals;

namespace {


class ShopifyOrderMapper final : public OrderRowMapper
{
public:
    using OrderRowMapper::OrderRowMapper;

    bool bind(const CsvColumns &c, QStringList *missing) override
    {
        m_name = column(c, {u"Name"});
        m_email = column(c, {u"Email"});
        m_financial = column(c, {u"Financial Status"});
        m_paidAt = column(c, {u"Paid at"});
        m_fulfillment = column(c, {u"Fulfillment Status"});
        m_currency = column(c, {u"Currency"});
        m_shipping = column(c, {u"Shipping"});
        m_taxes = column(c, {u"Taxes"});
        m_total = column(c, {u"Total"});
        m_discount = column(c, {u"Discount Amount"});
        m_method = column(c, {u"Shipping Method"});
        m_createdAt = column(c, {u"Created at"});
        m_quantity = column(c, {u"Lineitem quantity"});
        m_lineName = column(c, {u"Lineitem name"});
        m_price = column(c, {u"Lineitem price"});
        m_sku = column(c, {u"Lineitem sku"});
        m_lineDiscount = column(c, {u"Lineitem discount"});
        bindAddress(c, u"Billing"_s, m_bill);
        bindAddress(c, u"Shipping"_s, m_ship);
        m_notes = column(c, {u"Notes"});
        m_cancelledAt = column(c, {u"Cancelled at"});
        m_payment = column(c, {u"Payment Method"});
        m_tags = column(c, {u"Tags"});
        m_risk = column(c, {u"Risk Level"});
        m_id = column(c, {u"Id"});
        bindPaymentChecks(c);
        bindCustomerExtras(c);
        require({{&m_name, u"Name"}, {&m_quantity, u"Lineitem quantity"}, {&m_lineName, u"Lineitem name"},
                 {&m_price, u"Lineitem price"}, {&m_createdAt, u"Created at"}},
                missing);
        return missing->isEmpty();
    }

    QByteArrayView orderKey(const ByteCsvReader::Record &row) const override { return row.at(m_name.index); }

    void readRow(const ByteCsvReader::Record &row, bool first, ParsedOrder &parsed, OrderIssues &issues) override
    {
        Order &order = parsed.order;
        if (first) {
            order.channel = u"shopify"_s;
            order.number = text(row, m_name);
            order.channelOrderId = order.number;
            if (order.number.isEmpty()) {
                issues.error(row.line, m_name.header, tr("the order has no name (order number)"));
                parsed.hasErrors = true;
            }
            readCurrency(row, m_currency, m_defaultCurrency, parsed, issues);
            order.customer.email = text(row, m_email);
            readMoney(row, m_shipping, order.currency, &order.shippingMinor, issues, parsed);
            readMoney(row, m_taxes, order.currency, &order.taxMinor, issues, parsed);
            readMoney(row, m_total, order.currency, &order.totalMinor, issues, parsed);
            readMoney(row, m_discount, order.currency, &order.discountMinor, issues, parsed);
            order.discountMinor = qAbs(order.discountMinor);
            order.shipService = text(row, m_method);
            readTime(row, m_createdAt, &order.createdAt, issues, parsed);
            if (text(row, m_financial).compare(u"pending"_s, Qt::CaseInsensitive) != 0)
                readTime(row, m_paidAt, &order.paidAt, issues, parsed);
            readAddress(row, m_bill, order.billTo, issues, parsed);
            readAddress(row, m_ship, order.shipTo, issues, parsed);
            order.notes = text(row, m_notes);
            order.paymentMethod = text(row, m_payment);
            order.tags = text(row, m_tags);
            order.channelRisk = text(row, m_risk).toLower();
            QDateTime cancelled;
            readTime(row, m_cancelledAt, &cancelled, issues, parsed);
            if (cancelled.isValid())
                order.status = OrderStatus::Cancelled;
            else if (text(row, m_fulfillment).compare(u"fulfilled"_s, Qt::CaseInsensitive) == 0)
                order.status = OrderStatus::Shipped;
        }
        readPaymentChecks(row, parsed);
        readCustomerExtras(row, parsed);
        if (parsed.hasErrors && order.currency.size() != 3)
            return;
        readLine(row, m_sku, m_lineName, m_quantity, m_price, false, parsed, issues);
        if (m_lineDiscount.index >= 0 && !order.lines.isEmpty() && parsed.lineNumbers.constLast() == row.line) {
            qint64 discount = 0;
            if (readMoney(row, m_lineDiscount, order.currency, &discount, issues, parsed))
                order.lines.last().discountMinor = qAbs(discount);
        }
    }

    void finish(ParsedOrder &parsed, OrderIssues &issues) override
    {
        OrderRowMapper::finish(parsed, issues);
        Order &order = parsed.order;
        if (m_total.index < 0)
            order.totalMinor = order.subtotalMinor - order.discountMinor + order.shippingMinor + order.taxMinor;
    }

private:
    struct AddressColumns
    {
        Column name, company, line1, line2, city, province, provinceName, postal, country, phone;
    };

    static void bindAddress(const CsvColumns &c, const QString &prefix, AddressColumns &a)
    {
        auto find = [&c, &prefix](QStringView suffix) { return column(c, {QString(prefix + u' ' + suffix)}); };
        a.name = find(u"Name");
        a.company = find(u"Company");
        a.line1 = find(u"Address1");
        if (a.line1.index < 0)
            a.line1 = find(u"Street");
        a.line2 = find(u"Address2");
        a.city = find(u"City");
        a.province = find(u"Province");
        a.provinceName = find(u"Province Name");
        a.postal = find(u"Zip");
        a.country = find(u"Country");
        a.phone = find(u"Phone");
    }

    void readAddress(const ByteCsvReader::Record &row, const AddressColumns &a, Address &address,
                     OrderIssues &issues, ParsedOrder &parsed) const
    {
        address.name = text(row, a.name);
        address.company = text(row, a.company);
        address.line1 = text(row, a.line1);
        address.line2 = text(row, a.line2);
        address.city = text(row, a.city);
        address.province = text(row, a.province);
        if (address.province.isEmpty())
            address.province = text(row, a.provinceName);
        address.postalCode = textWithoutApostrophe(row, a.postal);
        readCountry(row, a.country, &address.country, issues, parsed);
        address.phone = textWithoutApostrophe(row, a.phone);
    }

    Column m_name, m_email, m_financial, m_paidAt, m_fulfillment, m_currency, m_shipping, m_taxes, m_total,
        m_discount, m_method, m_createdAt, m_quantity, m_lineName, m_price, m_sku, m_lineDiscount, m_notes,
        m_cancelledAt, m_payment, m_tags, m_risk, m_id;
    AddressColumns m_bill, m_ship;
};

} // namespace

std::unique_ptr<OrderRowMapper> makeShopifyOrderMapper(const QString &defaultCurrency)
{
    return std::make_unique<ShopifyOrderMapper>(defaultCurrency);
}
