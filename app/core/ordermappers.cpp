#include "ordermappers.h"

#include "currency.h"
#include "ordercells.h"

using namespace Qt::StringLiterals;

OrderRowMapper::Column OrderRowMapper::column(const CsvColumns &columns, std::initializer_list<QStringView> names)
{
    const int index = columns.find(names);
    return {index, columns.headerAt(index)};
}

void OrderRowMapper::require(std::initializer_list<std::pair<const Column *, QStringView>> columns,
                             QStringList *missing)
{
    for (const auto &[column, name] : columns) {
        if (column->index < 0)
            missing->append(name.toString());
    }
}

QString OrderRowMapper::text(const ByteCsvReader::Record &row, const Column &column)
{
    return column.index < 0 ? QString() : row.text(column.index);
}

QString OrderRowMapper::textWithoutApostrophe(const ByteCsvReader::Record &row, const Column &column)
{
    QString value = text(row, column);
    if (value.startsWith(u'\''))
        value.remove(0, 1);
    return value.trimmed();
}

bool OrderRowMapper::readMoney(const ByteCsvReader::Record &row, const Column &column, const QString &currency,
                               qint64 *out, OrderIssues &issues, ParsedOrder &order) const
{
    if (column.index < 0)
        return true;
    QString error;
    const auto value = OrderCells::money(row.at(column.index), currency, &error);
    if (!value) {
        issues.error(row.line, column.header, error);
        order.hasErrors = true;
        return false;
    }
    *out = *value;
    return true;
}

bool OrderRowMapper::readCurrency(const ByteCsvReader::Record &row, const Column &column, const QString &fallback,
                                  ParsedOrder &order, OrderIssues &issues) const
{
    QString &currency = order.order.currency;
    currency = text(row, column).toUpper();
    if (currency.isEmpty())
        currency = fallback;
    if (Currency::isKnown(currency))
        return true;
    issues.error(row.line, column.header,
                 tr("\"%1\" is not a currency code (three letters such as USD)").arg(currency));
    order.hasErrors = true;
    return false;
}

bool OrderRowMapper::readTime(const ByteCsvReader::Record &row, const Column &column, QDateTime *out,
                              OrderIssues &issues, ParsedOrder &order) const
{
    if (column.index < 0 || row.at(column.index).trimmed().isEmpty())
        return true;
    QString error;
    const auto value = OrderCells::dateTime(row.at(column.index), &error);
    if (!value) {
        issues.error(row.line, column.header, error);
        order.hasErrors = true;
        return false;
    }
    *out = *value;
    return true;
}

void OrderRowMapper::readCountry(const ByteCsvReader::Record &row, const Column &column, QString *out,
                                 OrderIssues &issues, ParsedOrder &order) const
{
    QString error;
    const auto value = OrderCells::country(text(row, column), &error);
    if (!value) {
        issues.error(row.line, column.header, error);
        order.hasErrors = true;
        return;
    }
    *out = *value;
}

void OrderRowMapper::readLine(const ByteCsvReader::Record &row, const Column &sku, const Column &name,
                              const Column &quantity, const Column &price, bool priceIsLineTotal, ParsedOrder &order,
                              OrderIssues &issues) const
{
    OrderLine line;
    line.sku = text(row, sku);
    line.name = text(row, name);
    if (line.sku.isEmpty() && line.name.isEmpty()) {
        issues.error(row.line, sku.index >= 0 ? sku.header : name.header,
                     tr("the line has neither a SKU nor a product name"));
        order.hasErrors = true;
        return;
    }
    QString error;
    const auto count = OrderCells::quantity(row.at(quantity.index), &error);
    if (!count) {
        issues.error(row.line, quantity.header, error);
        order.hasErrors = true;
        return;
    }
    line.quantity = *count;
    qint64 amount = 0;
    if (!readMoney(row, price, order.order.currency, &amount, issues, order))
        return;
    if (amount < 0) {
        issues.error(row.line, price.header, tr("a price cannot be negative"));
        order.hasErrors = true;
        return;
    }
    if (priceIsLineTotal) {
        line.unitPriceMinor = amount / line.quantity;
        if (amount % line.quantity != 0) {
            issues.warning(row.line, price.header,
                           tr("%1 does not divide evenly by the quantity %2; the unit price is rounded down")
                               .arg(text(row, price))
                               .arg(line.quantity));
        }
    } else {
        line.unitPriceMinor = amount;
    }
    order.order.lines.append(line);
    order.lineNumbers.append(row.line);
    order.skuColumn = sku.header;
}

void OrderRowMapper::bindPaymentChecks(const CsvColumns &columns)
{
    m_avs = column(columns, {u"AVS Result Code", u"AVS Result", u"AVS", u"avs-result", u"avs_result"});
    m_cvv = column(columns, {u"CVV Result Code", u"CVV Result", u"CVV", u"cvv-result", u"cvv_result"});
}

void OrderRowMapper::readPaymentChecks(const ByteCsvReader::Record &row, ParsedOrder &order) const
{
    if (order.order.avsResult.isEmpty())
        order.order.avsResult = text(row, m_avs).toUpper();
    if (order.order.cvvResult.isEmpty())
        order.order.cvvResult = text(row, m_cvv).toUpper();
}

void OrderRowMapper::bindCustomerExtras(const CsvColumns &columns)
{
    m_language = column(columns, {u"Customer Locale", u"Customer Language", u"Locale", u"Language",
                                  u"buyer-language", u"customer_language"});
    m_taxId = column(columns, {u"Tax ID", u"Shipping Tax ID", u"Billing Tax ID", u"Buyer Tax ID",
                               u"Buyer Tax Identifier Value", u"buyer-tax-registration-id", u"CPF", u"PCCC",
                               u"tax_id"});
}

void OrderRowMapper::readCustomerExtras(const ByteCsvReader::Record &row, ParsedOrder &order) const
{
    if (order.order.customer.language.isEmpty())
        order.order.customer.language = text(row, m_language).replace(u'_', u'-');
    if (order.order.customer.taxId.isEmpty())
        order.order.customer.taxId = textWithoutApostrophe(row, m_taxId);
}

void OrderRowMapper::finish(ParsedOrder &parsed, OrderIssues &issues)
{
    Order &order = parsed.order;
    if (order.lines.isEmpty() && !parsed.hasErrors && order.status != OrderStatus::Cancelled) {
        issues.error(parsed.line, QString(), tr("order %1 has no lines").arg(order.number));
        parsed.hasErrors = true;
    }
    order.subtotalMinor = 0;
    for (const OrderLine &line : std::as_const(order.lines))
        order.subtotalMinor += line.quantity * line.unitPriceMinor;
    if (!order.createdAt.isValid() && !parsed.hasErrors) {
        issues.error(parsed.line, QString(), tr("order %1 has no creation date").arg(order.number));
        parsed.hasErrors = true;
    }
    order.customer.email = order.customer.email.toLower();
    if (order.customer.name.isEmpty())
        order.customer.name = order.billTo.name.isEmpty() ? order.shipTo.name : order.billTo.name;
    if (order.customer.phone.isEmpty())
        order.customer.phone = order.shipTo.phone.isEmpty() ? order.billTo.phone : order.shipTo.phone;
    order.tags = order.tags.trimmed();
}


std::unique_ptr<OrderRowMapper> OrderRowMapper::create(OrderFileFormat format, const QString &defaultCurrency)
{
    switch (format) {
    case OrderFileFormat::Shopify: return makeShopifyOrderMapper(defaultCurrency);
    case OrderFileFormat::Amazon: return makeAmazonOrderMapper(defaultCurrency);
    case OrderFileFormat::Ebay: return makeEbayOrderMapper(defaultCurrency);
    case OrderFileFormat::Borderdesk: return makeBorderdeskOrderMapper(defaultCurrency);
    case OrderFileFormat::Unknown: break;
    }
    return nullptr;
}
