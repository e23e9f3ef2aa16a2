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
    // Fixed column names only: nothing the operator typed reaches this text.
    const auto column = [this]() -> QLatin1StringView {
        switch (sortKey) {
        case SortKey::Sku:
            return QLatin1StringView("sku");
        case SortKey::Name:
            return QLatin1StringView("name COLLATE NOCASE");
        case SortKey::Barcode:
            return QLatin1StringView("barcode");
        case SortKey::Category:
            return QLatin1StringView("category");
        case SortKey::Origin:
            return QLatin1StringView("origin_country");
        case SortKey::HsCode:
            return QLatin1StringView("hs_code");
        case SortKey::Weight:
            return QLatin1StringView("weight_g");
        case SortKey::Price:
            return QLatin1StringView("price_minor");
        case SortKey::Cost:
            return QLatin1StringView("cost_minor");
        case SortKey::Stock:
            return QLatin1StringView("stock");
        case SortKey::Active:
            return QLatin1StringView("active");
        }
        return QLatin1StringView("id");
    }();
    const QLatin1StringView direction(descending ? " DESC" : " ASC");
    QString clause = u" ORDER BY "_s;
    clause += column;
    clause += direction;
    clause += u", id"_s;
    clause += direction;
    return clause;
}
