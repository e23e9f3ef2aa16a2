#pragma once

#include "order.h"

#include <QStringList>

// Borderdesk's own orders CSV: one row per order line, the order's fields repeated on every row, amounts as plain
// decimals in the order's currency, times in UTC ISO 8601; an order without lines (cancelled) has one row with the
// line columns empty. Export writes it; import reads it back unchanged.
namespace BorderdeskOrderCsv {
QStringList header();
// The rows of one order, in header() order.
QList<QStringList> rows(const Order &order);
} // namespace BorderdeskOrderCsv
