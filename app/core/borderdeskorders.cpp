// Borderdesk's own orders CSV (see borderdeskordercsv.h): every row carries the order's fields and one line.
#include "borderdeskordercsv.h"
#include "csvwriter.h"
#include "ordercells.h"
#include "ordermappers.h"

#include <algorithm>
#include <iterator>

using namespace Qt::StringLiterals;

namespace {

constexpr QStringView LineColumns[]{u"line_sku", u"line_name", u"line_quantity", u"line_unit_price", u"line_discount",
                                    u"line_tax"};

class BorderdeskOrderMapper final : public OrderRowMapper
{
public:
    using OrderRowMapper::OrderRowMapper;

    bool bind(const CsvColumns &c, QStringList *missing) override
    {
        for (const QString &name : BorderdeskOrderCsv::header())
            m_columns.insert(name, column(c, {name}));
        for (const QString &name : {u"number"_s, u"channel"_s, u"channel_order_id"_s, u"created_at"_s,
                                    u"currency"_s, u"line_quantity"_s, u"line_unit_price"_s}) {
            if (m_columns.value(name).index < 0)
                missing->append(name);
        }
        bindPaymentChecks(c);
        return missing->isEmpty();
    }

    QByteArrayView orderKey(const ByteCsvReader::Record &row) const override
    {
        // channel + channel_order_id is the key; rows of one order are consecutive.
        return row.at(col(u"channel_order_id").index);
    }

    void readRow(const ByteCsvReader::Record &row, bool first, ParsedOrder &parsed, OrderIssues &issues) override
    {
        Order &o = parsed.order;
        if (first)
            readOrder(row, parsed, issues);
        if (o.currency.size() != 3)
            return;
        // The one row of an order without lines (cancelled before it had any): every line column empty.
        const bool noLine = std::all_of(std::begin(LineColumns), std::end(LineColumns),
                                        [&](QStringView name) { return text(row, col(name)).isEmpty(); });
        if (noLine && first)
            return;
        readLine(row, col(u"line_sku"), col(u"line_name"), col(u"line_quantity"), col(u"line_unit_price"), false,
                 parsed, issues);
        if (!o.lines.isEmpty() && parsed.lineNumbers.constLast() == row.line) {
            o.lines.last().sku = value(row, u"line_sku");
            o.lines.last().name = value(row, u"line_name");
            qint64 amount = 0;
            if (readMoney(row, col(u"line_discount"), o.currency, &amount, issues, parsed))
                o.lines.last().discountMinor = amount;
            amount = 0;
            if (readMoney(row, col(u"line_tax"), o.currency, &amount, issues, parsed))
                o.lines.last().taxMinor = amount;
        }
    }

private:
    const Column &col(QStringView name) const
    {
        static const Column none;
        const auto it = m_columns.constFind(name.toString());
        return it == m_columns.cend() ? none : *it;
    }
    // Our own export neutralised cells a spreadsheet would run ("'+66…"); read them back as they were.
    QString value(const ByteCsvReader::Record &row, QStringView name) const
    {
        return CsvWriter::unneutralised(text(row, col(name)));
    }

    void readOrder(const ByteCsvReader::Record &row, ParsedOrder &parsed, OrderIssues &issues)
    {
        Order &o = parsed.order;
        o.number = value(row, u"number");
        o.channel = value(row, u"channel").toLower();
        o.channelOrderId = value(row, u"channel_order_id");
        for (QStringView name : {u"number", u"channel", u"channel_order_id"}) {
            if (value(row, name).isEmpty()) {
                issues.error(row.line, col(name).header, tr("must not be empty"));
                parsed.hasErrors = true;
            }
        }
        const QString status = value(row, u"status");
        if (!status.isEmpty()) {
            const auto known = OrderStatuses::fromKey(status);
            if (!known) {
                issues.error(row.line, col(u"status").header, tr("\"%1\" is not an order status").arg(status));
                parsed.hasErrors = true;
            } else {
                o.status = *known;
            }
        }
        readTime(row, col(u"created_at"), &o.createdAt, issues, parsed);
        readTime(row, col(u"paid_at"), &o.paidAt, issues, parsed);
        if (!readCurrency(row, col(u"currency"), QString(), parsed, issues))
            return;
        readMoney(row, col(u"discount"), o.currency, &o.discountMinor, issues, parsed);
        readMoney(row, col(u"shipping"), o.currency, &o.shippingMinor, issues, parsed);
        readMoney(row, col(u"tax"), o.currency, &o.taxMinor, issues, parsed);
        m_haveTotal = col(u"total").index >= 0 && !value(row, u"total").isEmpty();
        readMoney(row, col(u"total"), o.currency, &o.totalMinor, issues, parsed);
        o.incoterm = value(row, u"incoterm").toUpper();
        if (!o.incoterm.isEmpty() && o.incoterm != u"DAP"_s && o.incoterm != u"DDP"_s) {
            issues.error(row.line, col(u"incoterm").header, tr("\"%1\" is not DAP or DDP").arg(o.incoterm));
            parsed.hasErrors = true;
        }
        o.shipService = value(row, u"ship_service");
        o.paymentMethod = value(row, u"payment_method");
        readPaymentChecks(row, parsed);
        o.channelRisk = value(row, u"channel_risk").toLower();
        o.tags = value(row, u"tags");
        o.notes = value(row, u"notes");
        o.customer.email = value(row, u"customer_email");
        o.customer.name = value(row, u"customer_name");
        o.customer.phone = value(row, u"customer_phone");
        o.customer.language = value(row, u"customer_language");
        o.customer.taxId = value(row, u"tax_id");
        readAddress(row, u"ship_"_s, o.shipTo, issues, parsed);
        readAddress(row, u"bill_"_s, o.billTo, issues, parsed);
    }

    void readAddress(const ByteCsvReader::Record &row, const QString &prefix, Address &a, OrderIssues &issues,
                     ParsedOrder &parsed) const
    {
        a.name = value(row, QString(prefix + u"name"));
        a.company = value(row, QString(prefix + u"company"));
        a.line1 = value(row, QString(prefix + u"address1"));
        a.line2 = value(row, QString(prefix + u"address2"));
        a.city = value(row, QString(prefix + u"city"));
        a.province = value(row, QString(prefix + u"province"));
        a.postalCode = value(row, QString(prefix + u"postal_code"));
        readCountry(row, col(QString(prefix + u"country")), &a.country, issues, parsed);
        a.phone = value(row, QString(prefix + u"phone"));
    }

    void finish(ParsedOrder &parsed, OrderIssues &issues) override
    {
        OrderRowMapper::finish(parsed, issues);
        Order &o = parsed.order;
        if (!m_haveTotal)
            o.totalMinor = o.subtotalMinor - o.discountMinor + o.shippingMinor + o.taxMinor;
    }

    QHash<QString, Column> m_columns;
    bool m_haveTotal = false;
};

} // namespace

std::unique_ptr<OrderRowMapper> makeBorderdeskOrderMapper(const QString &defaultCurrency)
{
    return std::make_unique<BorderdeskOrderMapper>(defaultCurrency);
}
