#pragma once

#include "money.h"
#include "productcsv.h"

#include <QCoreApplication>

// Reads single cells of a product row; a bad cell is reported to the sink (naming line and column)
// and a neutral value returned, so the rest of the row is still checked.
class ProductCells
{
    Q_DECLARE_TR_FUNCTIONS(ProductCells)

public:
    ProductCells(const QStringList &fields, qint64 line, ProductCsvSink &sink);

    // The trimmed text of a column, or empty when the column is absent or the row is short.
    QString text(int column) const;
    qint64 integer(int column, qint64 fallback = 0, bool allowNegative = false) const;
    // A decimal quantity rounded to a whole number (grams in Shopify files may be "453.6").
    qint64 roundedDecimal(int column, qint64 fallback = 0) const;
    Money money(int column, const QString &currency, bool required) const;
    QString currency(int column, const QString &fallback) const;
    QString barcode(int column) const;
    QString hsCode(int column) const;
    QString country(int column) const;
    bool flag(int column, bool fallback) const;

private:
    const QStringList &m_fields;
    qint64 m_line;
    ProductCsvSink &m_sink;
};
