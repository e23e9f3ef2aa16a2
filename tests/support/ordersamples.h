#pragma once

#include "borderdeskordercsv.h"
#include "csvwriter.h"

#include <QDateTime>
#include <QHash>
#include <QTimeZone>

// Orders written as Borderdesk orders CSV for tests: one row per order line, believable defaults.
namespace OrderSamples {

using Row = QHash<QString, QString>;

// One order line of order #(1000 + n); `values` overrides columns by name.
inline Row orderRow(int n, const Row &values = {})
{
    using namespace Qt::StringLiterals;
    Row row{
        {u"number"_s, u"#%1"_s.arg(1000 + n)},
        {u"channel"_s, u"shopify"_s},
        {u"channel_order_id"_s, u"SO-%1"_s.arg(1000 + n)},
        {u"created_at"_s,
         QDateTime(QDate(2026, 11, 27), QTime(8, 0), QTimeZone::utc()).addSecs(n * 60L).toString(Qt::ISODate)},
        {u"currency"_s, u"USD"_s},
        {u"customer_email"_s, u"buyer%1@example.com"_s.arg(n)},
        {u"customer_name"_s, u"Buyer %1"_s.arg(n)},
        {u"ship_name"_s, u"Buyer %1"_s.arg(n)},
        {u"ship_address1"_s, u"%1 Main Street"_s.arg(n + 1)},
        {u"ship_city"_s, u"Springfield"_s},
        {u"ship_province"_s, u"IL"_s},
        {u"ship_postal_code"_s, u"62701"_s},
        {u"ship_country"_s, u"US"_s},
        {u"line_sku"_s, u"APP-01000"_s},
        {u"line_name"_s, u"Elephant print T-shirt"_s},
        {u"line_quantity"_s, u"1"_s},
        {u"line_unit_price"_s, u"25.00"_s},
    };
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        row.insert(it.key(), it.value());
    return row;
}

inline QByteArray ordersCsv(const QList<Row> &rows)
{
    const QStringList header = BorderdeskOrderCsv::header();
    QString text = CsvWriter::record(header);
    for (const Row &row : rows) {
        QStringList fields;
        for (const QString &name : header)
            fields.append(row.value(name));
        text += CsvWriter::record(fields);
    }
    return text.toUtf8();
}

} // namespace OrderSamples
