#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>

#include <functional>

// Writes the whole catalogue as Borderdesk product CSV. The target appears complete or not at all.
class ProductExporter
{
    Q_DECLARE_TR_FUNCTIONS(ProductExporter)

public:
    // Returns the number of products written, or -1 with *error set. progress: 0–100, return false to cancel.
    static qint64 exportCsv(const QSqlDatabase &db, const QString &filePath, QString *error,
                            const std::function<bool(int)> &progress = {});
};
