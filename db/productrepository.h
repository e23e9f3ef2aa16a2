#pragma once

#include "product.h"
#include "productfilter.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlDatabase>
#include <QStringList>

#include <optional>

class QSqlQuery;

// Products in and out of the database. Every statement binds its values.
class ProductRepository
{
    Q_DECLARE_TR_FUNCTIONS(ProductRepository)

public:
    explicit ProductRepository(QSqlDatabase db);

    std::optional<Product> find(qint64 id) const;
    std::optional<Product> findBySku(const QString &sku) const;
    QList<Product> list(const ProductFilter &filter, int limit = -1, int offset = 0) const;
    qint64 count(const ProductFilter &filter = {}) const;
    QStringList categories() const;
    QStringList origins() const;
    QSet<QString> allSkus() const;
    // "MUG-01" -> "MUG-01-COPY", then "MUG-01-COPY2", … whichever is free.
    QString freeCopySku(const QString &sku) const;

    // Inserts; keeps product.id when it is set (undoing a delete restores the same row), else sets it.
    bool insert(Product &product, QString *error) const;
    bool update(const Product &product, QString *error) const;
    bool remove(qint64 id, QString *error) const;

    // Columns in the order productFromQuery() reads them.
    static QString selectColumns();
    // INSERT … ON CONFLICT (sku) DO UPDATE: the import statement; bind with bindFields().
    static QString upsertStatement();
    // Binds every column but id, in the order of FieldColumns (empty text stays '', never NULL).
    static void bindFields(QSqlQuery &query, const Product &product);
    static Product productFromQuery(const QSqlQuery &query);

private:
    // The first column of every row of a fixed statement (no bound values).
    QStringList firstColumn(const QString &sql) const;

    QSqlDatabase m_db;
};
