#pragma once

#include "product.h"
#include "productrepository.h"

#include <QObject>
#include <QSqlDatabase>

#include <functional>

// The catalogue's write side for the GUI: every change made through the undo commands goes through here,
// so views hear about it (changed) and failures reach the operator (failed).
class CatalogEditor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CatalogEditor)

public:
    explicit CatalogEditor(QObject *parent = nullptr);

    void setDatabase(const QSqlDatabase &db);
    QSqlDatabase database() const { return m_db; }
    ProductRepository repository() const { return ProductRepository(m_db); }

    bool insert(Product &product);
    bool update(const Product &product);
    // All or none, in one transaction; products keep their ids so an undo can put them back.
    bool insertAll(QList<Product> &products);
    bool removeAll(const QList<qint64> &ids);

Q_SIGNALS:
    void changed();
    void failed(const QString &message);

private:
    // Runs work in one write transaction; reports failure (failed) or success (changed).
    bool inOneTransaction(const std::function<bool(QString *)> &work);

    QSqlDatabase m_db;
};
