#pragma once

#include <QString>
#include <QVariantList>

// What the catalogue shows: free text over SKU, name and barcode, plus category, origin and active filters,
// and the sort order. Turned into SQL with bound values only.
struct ProductFilter
{
    enum class Active { All, ActiveOnly, InactiveOnly };
    enum class SortKey { Sku, Name, Barcode, Category, Origin, HsCode, Weight, Price, Cost, Stock, Active };

    QString text;
    QString category; // empty = all
    QString origin;   // empty = all
    Active active = Active::All;
    SortKey sortKey = SortKey::Name;
    bool descending = false;

    // " WHERE …" (or empty) and the values it binds, in order.
    QString whereClause(QVariantList *binds) const;
    // " ORDER BY …, id" built from fixed column names.
    QString orderByClause() const;

    bool operator==(const ProductFilter &other) const = default;
};
