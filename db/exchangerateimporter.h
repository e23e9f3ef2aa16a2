#pragma once

#include "ecbrates.h"

#include <QCoreApplication>

#include <functional>

// What importing a rates file did.
struct RatesImportReport
{
    QString format;
    int added = 0;
    int replaced = 0;
    QDate firstDate;
    QDate lastDate;
    QList<ImportIssue> issues;
    QString error;
    bool written = false;

    bool hasErrors() const;
};

// Imports an ECB reference-rate file all-or-nothing, in one transaction, on its own connection.
class ExchangeRateImporter
{
    Q_DECLARE_TR_FUNCTIONS(ExchangeRateImporter)

public:
    // progress: 0–100 while storing; returning false cancels and nothing is stored.
    static RatesImportReport importFile(const QString &databasePath, const QString &filePath,
                                        const std::function<bool(int)> &progress = {});
    static RatesImportReport importBytes(const QString &databasePath, const QByteArray &bytes, const QString &fileName,
                                         const QString &source, const std::function<bool(int)> &progress = {});
};
