#pragma once

#include "product.h"

#include <QSqlDatabase>
#include <QSqlQuery>

#include <memory>

// Writes many products with one prepared upsert inside the caller's transaction. Uses SQLite's C API through the
// connection's own handle where that is safe (see db/CMakeLists.txt), else QSqlQuery.
class ProductBulkWriter
{
public:
    explicit ProductBulkWriter(const QSqlDatabase &db);
    ~ProductBulkWriter();
    Q_DISABLE_COPY_MOVE(ProductBulkWriter)

    bool write(const Product &product, QString *error);
    // True when rows go through SQLite's C API directly.
    bool isDirect() const { return m_statement != nullptr; }

private:
    QSqlQuery m_query;
    struct sqlite3_stmt *m_statement = nullptr;
};
