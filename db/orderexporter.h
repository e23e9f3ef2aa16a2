#pragma once

#include "orderfilter.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <functional>

// Writes orders as Borderdesk orders CSV (see borderdeskordercsv.h), which imports back unchanged. The target file
// appears complete or not at all.
class OrderExporter
{
    Q_DECLARE_TR_FUNCTIONS(OrderExporter)

public:
    // Every order the filter shows (newest first), or only `ids` when given. Returns the number of orders written,
    // or -1 with *error set. progress: 0–100, return false to cancel.
    static qint64 exportCsv(const QSqlDatabase &db, const QString &filePath, const OrderFilter &filter,
                            const QList<qint64> &ids, QString *error, const std::function<bool(int)> &progress = {});
};
