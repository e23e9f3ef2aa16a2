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
    return inOneTransaction([this, &products](QString *error) {
        const ProductRepository repo = repository();
        for (Product &p : products) {
            if (!repo.insert(p, error))
                return false;
        }
        return true;
    });
}

bool CatalogEditor::removeAll(const QList<qint64> &ids)
{
    return inOneTransaction([this, &ids](QString *error) {
        const ProductRepository repo = repository();
        for (const qint64 id : ids) {
            if (!repo.remove(id, error))
                return false;
        }
        return true;
    });
}

bool CatalogEditor::inOneTransaction(const std::function<bool(QString *)> &work)
{
    WriteTransaction transaction(m_db);
    QString error = transaction.error();
    const bool ok = transaction.isActive() && work(&error) && transaction.commit(&error);
    if (!ok) {
        Q_EMIT failed(error);
        return false;
    }
    Q_EMIT changed();
    return true;
}
