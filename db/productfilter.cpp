#include "productfilter.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace {

QString likePattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
    return u'%' + escaped + u'%';
}

} // namespace

QString ProductFilter::whereClause(QVariantList *binds) const
{
    QStringList conditions;
    const QString needle = text.trimmed();
    if (!needle.isEmpty()) {
        conditions.append(u"(sku LIKE ? ESCAPE '\\' OR name LIKE ? ESCAPE '\\' OR barcode LIKE ? ESCAPE '\\')"_s);
        const QString pattern = likePattern(needle);
        binds->append({pattern, pattern, pattern});
    }
    if (!category.isEmpty()) {
        conditions.append(u"category = ?"_s);
        binds->append(category);
    }
    if (!origin.isEmpty()) {
        conditions.append(u"origin_country = ?"_s);
        binds->append(origin);
    }
    if (active != Active::All)
        conditions.append(active == Active::ActiveOnly ? u"active = 1"_s : u"active = 0"_s);
    return conditions.isEmpty() ? QString() : u" WHERE "_s + conditions.join(u" AND "_s);
}

QString ProductFilter::orderByClause() const
{
    QString column;
    switch (sortKey) {
    case SortKey::Sku:
        column = u"sku"_s;
        break;
    case SortKey::Name:
        column = u"name COLLATE NOCASE"_s;
        break;
    case SortKey::Barcode:
        column = u"barcode"_s;
        break;
    case SortKey::Category:
        column = u"category"_s;
        break;
    case SortKey::Origin:
        column = u"origin_country"_s;
        break;
    case SortKey::HsCode:
        column = u"hs_code"_s;
        break;
    case SortKey::Weight:
        column = u"weight_g"_s;
        break;
    case SortKey::Price:
        column = u"price_minor"_s;
        break;
    case SortKey::Cost:
        column = u"cost_minor"_s;
        break;
    case SortKey::Stock:
        column = u"stock"_s;
        break;
    case SortKey::Active:
        column = u"active"_s;
        break;
    }
    const QString direction = descending ? u" DESC"_s : u" ASC"_s;
    return u" ORDER BY "_s + column + direction + u", id"_s + direction;
}
