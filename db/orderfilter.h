#pragma once

#include "order.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QVariantList>

// Where a page of orders starts: after the last row of the previous page (newest first).
struct OrderPageCursor
{
    QString createdAt;
    qint64 id = 0;
    bool isValid() const { return id > 0; }
    bool operator==(const OrderPageCursor &other) const = default;
};

// What the orders view and `orders list` show: statuses, market, ship-to country, a date range (local days), a
// minimum risk score and free text (order number, channel order id, email or ship-to name, by prefix). Every
// filter is backed by an index; pages are read by key (created_at, id), newest first, so any page costs the same
// whatever the number of orders.
struct OrderFilter
{
    QList<OrderStatus> statuses; // empty = all
    QString marketCode;
    QString country;
    QDate from; // inclusive, a day in local time
    QDate to;   // inclusive, a day in local time
    int minRisk = 0;
    QString text;

    using Cursor = OrderPageCursor;

    // " WHERE …" (or empty) and the values it binds, in order.
    QString whereClause(QVariantList *binds, const Cursor &after = {}) const;
    static QString orderByClause() { return QStringLiteral(" ORDER BY created_at DESC, id DESC"); }

    bool operator==(const OrderFilter &other) const = default;
};
