#pragma once

#include <QByteArrayView>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

// Reads the cells of order files as sellers' channels write them: amounts with or without currency symbols and
// thousands separators, dates in the channels' own forms, country names or codes.
class OrderCells
{
    Q_DECLARE_TR_FUNCTIONS(OrderCells)

public:
    // "12.99", "1,234.50", "$12.99", "US $12.99", "£5", "EUR 12.00", "-3.00" → minor units of the currency
    // (decimals from ICU: JPY 0, KWD 3). Empty → 0. Returns nullopt and sets *error for anything else.
    static std::optional<qint64> money(QByteArrayView cell, const QString &currency, QString *error);
    // The currency a symbol or prefix in an amount names ("£5" → GBP, "AU $5" → AUD, "C $5" → CAD, "$5" → USD,
    // "€5" → EUR, "¥500" → JPY), or empty when there is none.
    static QString currencyOfAmount(QByteArrayView cell);
    // A whole number of items: "2", "2.0". Must be 1 or more.
    static std::optional<qint64> quantity(QByteArrayView cell, QString *error);
    // Shopify "2026-11-20 14:03:11 +0700", ISO 8601 with offset or Z, Amazon "2026-11-20T07:03:11+00:00",
    // eBay "Nov-20-26", "20-Nov-26", "Nov 20, 2026", "2026-11-20". Returned in UTC; a date without a time is midnight UTC.
    static std::optional<QDateTime> dateTime(QByteArrayView cell, QString *error);
    // "US", "us", "United States", "Deutschland"? → "US" (codes and English names). Empty stays empty.
    static std::optional<QString> country(const QString &cell, QString *error);
    // "2026-11-20T07:03:11Z" for storage; empty for an invalid time.
    static QString isoUtc(const QDateTime &time);
};
