#include "productcells.h"

#include "country.h"
#include "currency.h"
#include "decimal.h"
#include "gtin.h"
#include "hscode.h"

ProductCells::ProductCells(const QStringList &fields, qint64 line, ProductCsvSink &sink)
    : m_fields(fields)
    , m_line(line)
    , m_sink(sink)
{
}

QString ProductCells::text(int column) const
{
    if (column < 0 || column >= m_fields.size())
        return QString();
    return m_fields.at(column).trimmed();
}

qint64 ProductCells::integer(int column, qint64 fallback, bool allowNegative) const
{
    const QString value = text(column);
    if (value.isEmpty())
        return fallback;
    bool ok = false;
    const qint64 number = value.toLongLong(&ok);
    if (!ok || (!allowNegative && number < 0)) {
        m_sink.error(m_line, column,
                     allowNegative ? tr("\"%1\" is not a whole number").arg(value)
                                   : tr("\"%1\" is not a whole number of zero or more").arg(value));
        return fallback;
    }
    return number;
}

qint64 ProductCells::roundedDecimal(int column, qint64 fallback) const
{
    const QString value = text(column);
    if (value.isEmpty())
        return fallback;
    const auto number = Decimal::parseScaled(value, 0, Decimal::Rounding::HalfUp);
    if (!number || *number < 0) {
        m_sink.error(m_line, column, tr("\"%1\" is not a number of zero or more").arg(value));
        return fallback;
    }
    return *number;
}

QString ProductCells::currency(int column, const QString &fallback) const
{
    const QString value = text(column).toUpper();
    if (value.isEmpty())
        return fallback;
    if (!Currency::isKnown(value)) {
        m_sink.error(m_line, column, tr("\"%1\" is not an ISO 4217 currency code (e.g. THB, USD, EUR)").arg(value));
        return fallback;
    }
    return value;
}

Money ProductCells::money(int column, const QString &currency, bool required) const
{
    const QString value = text(column);
    if (value.isEmpty()) {
        if (required)
            m_sink.error(m_line, column, tr("an amount is required"));
        return Money(0, currency);
    }
    QString problem;
    const auto amount = Money::fromDecimal(value, currency, &problem);
    if (!amount) {
        m_sink.error(m_line, column, problem);
        return Money(0, currency);
    }
    return *amount;
}

QString ProductCells::barcode(int column) const
{
    QString value = text(column);
    // Spreadsheets keep long numbers as text behind an apostrophe.
    if (value.startsWith(u'\''))
        value.remove(0, 1);
    if (value.contains(u'E', Qt::CaseInsensitive) && value.contains(u'+')) {
        m_sink.error(m_line, column,
                     tr("barcode \"%1\" was turned into a number by a spreadsheet; format the column as text "
                        "and export again")
                         .arg(value));
        return QString();
    }
    return Gtin::normalized(value);
}

QString ProductCells::hsCode(int column) const
{
    return HsCode::normalized(text(column));
}

QString ProductCells::country(int column) const
{
    const QString value = text(column);
    if (value.isEmpty())
        return QString();
    if (const auto code = Country::fromCodeOrName(value))
        return *code;
    return value; // the validator names it as unknown
}

bool ProductCells::flag(int column, bool fallback) const
{
    const QString value = text(column).toLower();
    if (value.isEmpty())
        return fallback;
    if (value == u"1" || value == u"true" || value == u"yes" || value == u"y" || value == u"active")
        return true;
    if (value == u"0" || value == u"false" || value == u"no" || value == u"n" || value == u"draft"
        || value == u"archived")
        return false;
    m_sink.error(m_line, column, tr("\"%1\" is not true or false").arg(text(column)));
    return fallback;
}
