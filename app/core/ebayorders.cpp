// eBay's orders report: a CSV with a preamble before the header and a footer after the rows ("… record(s)
// downloaded", "Seller ID: …"). A multi-item order has a summary row (no item) followed by one row per item.
// Amounts carry their currency symbol ("$24.99", "£5.00", "AU $12.00").
#include "ordercells.h"
#include "ordermappers.h"

using namespace Qt::StringLiterals;

namespace {

class EbayOrderMapper final : public OrderRowMapper
{
public:
    using OrderRowMapper::OrderRowMapper;

    bool bind(const CsvColumns &c, QStringList *missing) override
    {
        m_record = column(c, {u"Sales Record Number"});
        m_orderNumber = column(c, {u"Order Number"});
        m_buyerName = column(c, {u"Buyer Name", u"Buyer Fullname"});
        m_email = column(c, {u"Buyer Email"});
        m_buyerCountry = column(c, {u"Buyer Country"});
        m_shipName = column(c, {u"Ship To Name"});
        m_shipPhone = column(c, {u"Ship To Phone"});
        m_line1 = column(c, {u"Ship To Address 1"});
        m_line2 = column(c, {u"Ship To Address 2"});
        m_city = column(c, {u"Ship To City"});
        m_state = column(c, {u"Ship To State"});
        m_zip = column(c, {u"Ship To Zip"});
        m_country = column(c, {u"Ship To Country"});
        m_itemNumber = column(c, {u"Item Number"});
        m_title = column(c, {u"Item Title"});
        m_sku = column(c, {u"Custom Label"});
        m_quantity = column(c, {u"Quantity"});
        m_soldFor = column(c, {u"Sold For"});
        m_shipping = column(c, {u"Shipping And Handling"});
        m_sellerTax = column(c, {u"Seller Collected Tax"});
        m_ebayTax = column(c, {u"eBay Collected Tax"});
        m_total = column(c, {u"Total Price"});
        m_currency = column(c, {u"Currency", u"Transaction Currency"});
        m_payment = column(c, {u"Payment Method"});
        m_saleDate = column(c, {u"Sale Date"});
        m_paidDate = column(c, {u"Paid On Date"});
        m_service = column(c, {u"Shipping Service"});
        m_note = column(c, {u"Buyer Note"});
        m_shippedOn = column(c, {u"Shipped On Date"});
        bindPaymentChecks(c);
        bindCustomerExtras(c);
        require({{&m_quantity, u"Quantity"}, {&m_soldFor, u"Sold For"}, {&m_saleDate, u"Sale Date"},
                 {&m_country, u"Ship To Country"}},
                missing);
        if (m_orderNumber.index < 0 && m_record.index < 0)
            missing->append(u"Order Number"_s);
        if (m_title.index < 0 && m_sku.index < 0)
            missing->append(u"Item Title"_s);
        return missing->isEmpty();
    }

    bool isNoise(const ByteCsvReader::Record &row) const override
    {
        // Footer lines ("3 record(s) downloaded, from …", "Seller ID : …") and empty separators have no order
        // number and no numeric sales record number.
        if (!row.at(m_orderNumber.index).trimmed().isEmpty())
            return false;
        const QByteArrayView record = row.at(m_record.index).trimmed();
        return record.isEmpty() || !std::all_of(record.begin(), record.end(), [](char c) { return c >= '0' && c <= '9'; });
    }

    QByteArrayView orderKey(const ByteCsvReader::Record &row) const override
    {
        const QByteArrayView number = row.at(m_orderNumber.index);
        return number.trimmed().isEmpty() ? row.at(m_record.index) : number;
    }

    void readRow(const ByteCsvReader::Record &row, bool first, ParsedOrder &parsed, OrderIssues &issues) override
    {
        Order &order = parsed.order;
        if (first) {
            order.channel = u"ebay"_s;
            order.number = QString::fromUtf8(orderKey(row)).trimmed();
            order.channelOrderId = order.number;
            order.currency = text(row, m_currency).toUpper();
            if (order.currency.isEmpty())
                order.currency = OrderCells::currencyOfAmount(row.at(m_total.index));
            if (order.currency.isEmpty())
                order.currency = OrderCells::currencyOfAmount(row.at(m_soldFor.index));
            if (order.currency.isEmpty())
                order.currency = m_defaultCurrency;
            readTime(row, m_saleDate, &order.createdAt, issues, parsed);
            readTime(row, m_paidDate, &order.paidAt, issues, parsed);
            order.customer.email = text(row, m_email);
            order.customer.name = text(row, m_buyerName);
            order.shipTo.name = text(row, m_shipName);
            order.shipTo.phone = textWithoutApostrophe(row, m_shipPhone);
            order.shipTo.line1 = text(row, m_line1);
            order.shipTo.line2 = text(row, m_line2);
            order.shipTo.city = text(row, m_city);
            order.shipTo.province = text(row, m_state);
            order.shipTo.postalCode = textWithoutApostrophe(row, m_zip);
            readCountry(row, m_country, &order.shipTo.country, issues, parsed);
            readCountry(row, m_buyerCountry, &order.billTo.country, issues, parsed);
            order.paymentMethod = text(row, m_payment);
            order.shipService = text(row, m_service);
            order.notes = text(row, m_note);
            if (!text(row, m_shippedOn).isEmpty())
                order.status = OrderStatus::Shipped;
        }
        readPaymentChecks(row, parsed);
        readCustomerExtras(row, parsed);
        readFirst(row, m_total, &order.totalMinor, &m_haveTotal, issues, parsed);
        readFirst(row, m_shipping, &order.shippingMinor, &m_haveShipping, issues, parsed);
        readFirst(row, m_sellerTax, &m_sellerTaxMinor, &m_haveSellerTax, issues, parsed);
        readFirst(row, m_ebayTax, &m_ebayTaxMinor, &m_haveEbayTax, issues, parsed);
        const bool summaryRow = text(row, m_itemNumber).isEmpty() && text(row, m_title).isEmpty()
            && text(row, m_sku).isEmpty();
        if (!summaryRow)
            readLine(row, m_sku, m_title, m_quantity, m_soldFor, false, parsed, issues);
    }

    void finish(ParsedOrder &parsed, OrderIssues &issues) override
    {
        OrderRowMapper::finish(parsed, issues);
        Order &order = parsed.order;
        order.taxMinor = m_sellerTaxMinor + m_ebayTaxMinor;
        if (!m_haveTotal)
            order.totalMinor = order.subtotalMinor + order.shippingMinor + order.taxMinor;
        m_haveTotal = m_haveShipping = m_haveSellerTax = m_haveEbayTax = false;
        m_sellerTaxMinor = m_ebayTaxMinor = 0;
    }

private:
    // Order-level amounts sit on the summary row of a multi-item order and repeat (or are blank) on item rows.
    void readFirst(const ByteCsvReader::Record &row, const Column &column, qint64 *out, bool *have,
                   OrderIssues &issues, ParsedOrder &parsed) const
    {
        if (*have || column.index < 0 || row.at(column.index).trimmed().isEmpty())
            return;
        *have = readMoney(row, column, parsed.order.currency, out, issues, parsed);
    }

    Column m_record, m_orderNumber, m_buyerName, m_email, m_buyerCountry, m_shipName, m_shipPhone,
        m_line1, m_line2, m_city, m_state, m_zip, m_country, m_itemNumber, m_title, m_sku, m_quantity, m_soldFor,
        m_shipping, m_sellerTax, m_ebayTax, m_total, m_currency, m_payment, m_saleDate, m_paidDate, m_service,
        m_note, m_shippedOn;
    bool m_haveTotal = false;
    bool m_haveShipping = false;
    bool m_haveSellerTax = false;
    bool m_haveEbayTax = false;
    qint64 m_sellerTaxMinor = 0;
    qint64 m_ebayTaxMinor = 0;
};

} // namespace

std::unique_ptr<OrderRowMapper> makeEbayOrderMapper(const QString &defaultCurrency)
{
    return std::make_unique<EbayOrderMapper>(defaultCurrency);
}
