#pragma once

#include "importissue.h"
#include "orderfile.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <functional>

// What an order import did (or, for a dry run or a refused file, would have done).
struct OrderImportReport
{
    OrderFileFormat format = OrderFileFormat::Unknown;
    int ordersInFile = 0;
    qint64 linesInFile = 0;
    int inserted = 0;
    int updated = 0;
    int held = 0;        // new orders put on hold by the fraud check
    int cannotShip = 0;  // orders with a blocking problem (restricted goods, missing customs data…)
    QList<ImportIssue> issues;
    QString error;       // a problem outside the file's rows (database refused, file unreadable)
    bool cancelled = false;
    bool written = false;

    bool hasErrors() const;
    int errorCount() const;
    int warningCount() const;
};

// Imports a Shopify, Amazon, eBay or Borderdesk order file all-or-nothing: every order is read, checked and written
// inside one transaction, which commits only when no row was bad and nobody cancelled. Re-importing updates orders
// by channel + channel order id (never duplicates), keeps their status (unless the channel cancelled or shipped
// them) and replaces their lines. Each order gets its checks and risk score; new orders over the hold threshold go
// on hold with their reasons. Safe to run off the GUI thread: it opens its own connection.
class OrderImporter
{
    Q_DECLARE_TR_FUNCTIONS(OrderImporter)

public:
    struct Options
    {
        OrderFileFormat format = OrderFileFormat::Unknown; // Unknown = detect from the header
        bool dryRun = false;                              // do everything, then roll back
        QString actor;                                    // who imports, for the history; default: the OS user
        // 0–100; return false to cancel.
        std::function<bool(int)> progress;
    };

    static OrderImportReport importFile(const QString &databasePath, const QString &filePath, const Options &options);
    // For callers that already hold the bytes and a connection (tests, the benchmark).
    static OrderImportReport importBytes(const QSqlDatabase &db, const QByteArray &bytes, const QString &fileName,
                                         const Options &options);

    static constexpr int MaxIssues = 1000; // reading stops after this many problems
};
