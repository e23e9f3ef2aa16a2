#pragma once

#include "productcsv.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <functional>

// What an import did (or, for a dry run or a refused file, would have done).
struct ProductImportReport
{
    ProductCsvFormat format = ProductCsvFormat::Unknown;
    int productsInFile = 0;
    int inserted = 0; // new SKUs
    int updated = 0;  // SKUs already in the catalogue, overwritten
    QList<ImportIssue> issues;
    QString error; // a problem outside the file's rows (database refused, file unreadable)
    bool cancelled = false;
    bool written = false;

    bool hasErrors() const;
};

// Imports a product file all-or-nothing: parse and check every row first, then write every product in one
// transaction. A file with any bad row, a cancel or a database error leaves the catalogue as it was.
// Safe to run off the GUI thread: it opens its own connection.
class ProductImporter
{
    Q_DECLARE_TR_FUNCTIONS(ProductImporter)

public:
    struct Options
    {
        QString currency;  // for files without currencies (Shopify); default: the shop's base currency
        bool dryRun = false;
        // 0–100 over reading and writing; return false to cancel.
        std::function<bool(int)> progress;
    };

    // Reads and checks the file only; nothing is written. Counts new and updated SKUs against the database.
    static ProductImportReport preview(const QString &databasePath, const QString &filePath, const Options &options,
                                       ParsedProducts *parsed = nullptr);
    static ProductImportReport importFile(const QString &databasePath, const QString &filePath,
                                          const Options &options);
    // The writing half, for callers that already parsed (the GUI after its preview).
    static bool write(const QSqlDatabase &db, const ParsedProducts &parsed, ProductImportReport &report,
                      const std::function<bool(int)> &progress);
};
