#include "productrepository.h"

#include "connection.h"

#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace {

const QString FieldColumns = u"sku, name, description, customs_description, barcode, hs_code, origin_country, "
                             u"category, weight_g, length_mm, width_mm, height_mm, cost_minor, cost_currency, "
                             u"price_minor, price_currency, stock, active"_s;

// Qt binds a null QString as SQL NULL; our text columns hold '' for "none".
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

} // namespace

void ProductRepository::bindFields(QSqlQuery &q, const Product &p)
{
    q.addBindValue(text(p.sku));
    q.addBindValue(text(p.name));
    q.addBindValue(text(p.description));
    q.addBindValue(text(p.customsDescription));
    q.addBindValue(text(p.barcode));
    q.addBindValue(text(p.hsCode));
    q.addBindValue(text(p.originCountry));
    q.addBindValue(text(p.category));
    q.addBindValue(p.weightG);
    q.addBindValue(p.lengthMm);
    q.addBindValue(p.widthMm);
    q.addBindValue(p.heightMm);
    q.addBindValue(p.cost.minorUnits());
    q.addBindValue(text(p.cost.currency()));
    q.addBindValue(p.price.minorUnits());
    q.addBindValue(text(p.price.currency()));
    q.addBindValue(p.stock);
    q.addBindValue(p.active ? 1 : 0);
}

QString ProductRepository::upsertStatement()
{
    return u"INSERT INTO products ("_s + FieldColumns
           + u") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
             u"ON CONFLICT (sku) DO UPDATE SET name = excluded.name, description = excluded.description, "
             u"customs_description = excluded.customs_description, barcode = excluded.barcode, "
             u"hs_code = excluded.hs_code, origin_country = excluded.origin_country, category = excluded.category, "
             u"weight_g = excluded.weight_g, length_mm = excluded.length_mm, width_mm = excluded.width_mm, "
             u"height_mm = excluded.height_mm, cost_minor = excluded.cost_minor, "
             u"cost_currency = excluded.cost_currency, price_minor = excluded.price_minor, "
             u"price_currency = excluded.price_currency, stock = excluded.stock, active = excluded.active"_s;
}

ProductRepository::ProductRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

QString ProductRepository::selectColumns()
{
    return u"id, "_s + FieldColumns;
}

Product ProductRepository::productFromQuery(const QSqlQuery &q)
{
    Product p;
    p.id = q.value(0).toLongLong();
    p.sku = q.value(1).toString();
    p.name = q.value(2).toString();
    p.description = q.value(3).toString();
    p.customsDescription = q.value(4).toString();
    p.barcode = q.value(5).toString();
    p.hsCode = q.value(6).toString();
    p.originCountry = q.value(7).toString();
    p.category = q.value(8).toString();
    p.weightG = q.value(9).toLongLong();
    p.lengthMm = q.value(10).toLongLong();
    p.widthMm = q.value(11).toLongLong();
    p.heightMm = q.value(12).toLongLong();
    p.cost = Money(q.value(13).toLongLong(), q.value(14).toString());
    p.price = Money(q.value(15).toLongLong(), q.value(16).toString());
    p.stock = q.value(17).toLongLong();
    p.active = q.value(18).toInt() != 0;
    return p;
}

std::optional<Product> ProductRepository::find(qint64 id) const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT "_s + selectColumns() + u" FROM products WHERE id = ?"_s);
    q.addBindValue(id);
    if (q.exec() && q.next())
        return productFromQuery(q);
    return std::nullopt;
}

std::optional<Product> ProductRepository::findBySku(const QString &sku) const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT "_s + selectColumns() + u" FROM products WHERE sku = ?"_s);
    q.addBindValue(sku);
    if (q.exec() && q.next())
        return productFromQuery(q);
    return std::nullopt;
}

QList<Product> ProductRepository::list(const ProductFilter &filter, int limit, int offset) const
{
    QVariantList binds;
    QString sql = u"SELECT "_s + selectColumns() + u" FROM products"_s + filter.whereClause(&binds)
                  + filter.orderByClause() + u" LIMIT ? OFFSET ?"_s;
    binds.append({limit, offset});
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &v : std::as_const(binds))
        q.addBindValue(v);
    QList<Product> result;
    if (!q.exec())
        return result;
    while (q.next())
        result.append(productFromQuery(q));
    return result;
}

qint64 ProductRepository::count(const ProductFilter &filter) const
{
    QVariantList binds;
    QSqlQuery q(m_db);
    q.prepare(u"SELECT count(*) FROM products"_s + filter.whereClause(&binds));
    for (const QVariant &v : std::as_const(binds))
        q.addBindValue(v);
    if (q.exec() && q.next())
        return q.value(0).toLongLong();
    return 0;
}

QStringList ProductRepository::categories() const
{
    return firstColumn(u"SELECT DISTINCT category FROM products WHERE category <> '' ORDER BY category"_s);
}

QStringList ProductRepository::origins() const
{
    return firstColumn(u"SELECT DISTINCT origin_country FROM products WHERE origin_country <> '' ORDER BY 1"_s);
}

QStringList ProductRepository::firstColumn(const QString &sql) const
{
    QStringList result;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (q.exec(sql)) {
        while (q.next())
            result.append(q.value(0).toString());
    }
    return result;
}

QSet<QString> ProductRepository::allSkus() const
{
    QSet<QString> result;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (q.exec(u"SELECT sku FROM products"_s)) {
        while (q.next())
            result.insert(q.value(0).toString());
    }
    return result;
}

QString ProductRepository::freeCopySku(const QString &sku) const
{
    const QString base = sku.left(58) + u"-COPY"_s;
    QString candidate = base;
    for (int n = 2; findBySku(candidate); ++n)
        candidate = base + QString::number(n);
    return candidate;
}

bool ProductRepository::insert(Product &p, QString *error) const
{
    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO products (id, "_s + FieldColumns
              + u") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(p.id > 0 ? QVariant(p.id) : QVariant());
    bindFields(q, p);
    if (!q.exec()) {
        *error = tr("cannot add product %1: %2").arg(p.sku, sqlErrorText(q));
        return false;
    }
    p.id = q.lastInsertId().toLongLong();
    return true;
}

bool ProductRepository::update(const Product &p, QString *error) const
{
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE products SET sku = ?, name = ?, description = ?, customs_description = ?, barcode = ?, "
              u"hs_code = ?, origin_country = ?, category = ?, weight_g = ?, length_mm = ?, width_mm = ?, "
              u"height_mm = ?, cost_minor = ?, cost_currency = ?, price_minor = ?, price_currency = ?, stock = ?, "
              u"active = ? WHERE id = ?"_s);
    bindFields(q, p);
    q.addBindValue(p.id);
    if (!q.exec()) {
        *error = tr("cannot save product %1: %2").arg(p.sku, sqlErrorText(q));
        return false;
    }
    if (q.numRowsAffected() != 1) {
        *error = tr("product %1 no longer exists").arg(p.sku);
        return false;
    }
    return true;
}

bool ProductRepository::remove(qint64 id, QString *error) const
{
    QSqlQuery q(m_db);
    q.prepare(u"DELETE FROM products WHERE id = ?"_s);
    q.addBindValue(id);
    if (!q.exec()) {
        *error = tr("cannot delete the product: %1").arg(sqlErrorText(q));
        return false;
    }
    return true;
}
