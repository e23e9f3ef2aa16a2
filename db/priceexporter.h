#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>

#include <functional>

// Writes a market's prices (the list price where there is one, else the price the market's rule gives) to CSV or,
// for a file ending in .xlsx, an Excel workbook. The Shopify form has Shopify's "Variant SKU" and "Price / <market>"
// columns for its Markets price import. Text cells that a spreadsheet would run are neutralised.
class PriceExporter
{
    Q_DECLARE_TR_FUNCTIONS(PriceExporter)

public:
    enum class Form { Borderdesk, Shopify };

    // Returns the number of prices written, or -1 with *error set.
    // progress: 0–100; returning false cancels and leaves no file.
    static qint64 exportFile(const QSqlDatabase &db, const QString &marketCode, const QString &filePath, Form form,
                             const QDate &date, QString *error, const std::function<bool(int)> &progress = {});
};
