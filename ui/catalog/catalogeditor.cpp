#include "catalogeditor.h"

#include "writetransaction.h"

CatalogEditor::CatalogEditor(QObject *parent)
    : QObject(parent)
{
}

void CatalogEditor::setDatabase(const QSqlDatabase &db)
{
    m_db = db;
}

bool CatalogEditor::insert(Product &product)
{
    QList<Product> one{product};
    if (!insertAll(one))
        return false;
    product.id = one.front().id;
    return true;
}

bool CatalogEditor::update(const Product &product)
{
    QString error;
    if (!repository().update(product, &error)) {
        Q_EMIT failed(error);
        return false;
    }
    Q_EMIT changed();
    return true;
}

bool CatalogEditor::insertAll(QList<Product> &products)
{
    WriteTransaction transaction(m_db);
    QString error = transaction.error();
    bool ok = transaction.isActive();
    const ProductRepository repo = repository();
    for (qsizetype i = 0; ok && i < products.size(); ++i)
        ok = repo.insert(products[i], &error);
    if (ok)
        ok = transaction.commit(&error);
    if (!ok) {
        Q_EMIT failed(error);
        return false;
    }
    Q_EMIT changed();
    return true;
}

bool CatalogEditor::removeAll(const QList<qint64> &ids)
{
    WriteTransaction transaction(m_db);
    QString error = transaction.error();
    bool ok = transaction.isActive();
    const ProductRepository repo = repository();
    for (qsizetype i = 0; ok && i < ids.size(); ++i)
        ok = repo.remove(ids.at(i), &error);
    if (ok)
        ok = transaction.commit(&error);
    if (!ok) {
        Q_EMIT failed(error);
        return false;
    }
    Q_EMIT changed();
    return true;
}
