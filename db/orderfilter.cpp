#include "orderfilter.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

QString OrderFilter::whereClause(QVariantList *binds, const Cursor &after) const
{
    QStringList conditions;
    if (!statuses.isEmpty()) {
        QStringList marks;
        for (OrderStatus status : statuses) {
            marks.append(u"?"_s);
            binds->append(OrderStatuses::key(status));
        }
        conditions.append(u"status IN ("_s + marks.join(u", "_s) + u')');
    }
    if (!marketCode.isEmpty()) {
        conditions.append(u"market_code = ?"_s);
        binds->append(marketCode);
    }
    if (!country.isEmpty()) {
        conditions.append(u"ship_country = ?"_s);
        binds->append(country.toUpper());
    }
    // Days are the operator's (local time), as the table shows them; stored times are UTC.
    const auto startOfDay = [](const QDate &day) {
        return QDateTime(day, QTime(0, 0), Qt::LocalTime).toUTC().toString(Qt::ISODate);
    };
    if (from.isValid()) {
        conditions.append(u"created_at >= ?"_s);
        binds->append(startOfDay(from));
    }
    if (to.isValid()) {
        conditions.append(u"created_at < ?"_s);
        binds->append(startOfDay(to.addDays(1)));
    }
    if (minRisk > 0) {
        conditions.append(u"risk_score >= ?"_s);
        binds->append(minRisk);
    }
    const QString needle = text.trimmed();
    if (!needle.isEmpty()) {
        // Prefix ranges on NOCASE indexes (number, email, ship-to name) and the unique channel key; LIKE with a
        // leading wildcard would read every row.
        conditions.append(u"(number = ? COLLATE NOCASE OR channel_order_id = ? "
                          "OR (number >= ? COLLATE NOCASE AND number < ? COLLATE NOCASE) "
                          "OR (email >= ? COLLATE NOCASE AND email < ? COLLATE NOCASE) "
                          "OR (ship_name >= ? COLLATE NOCASE AND ship_name < ? COLLATE NOCASE))"_s);
        const QString end = needle + QChar(0xFFFF);
        QString withHash = needle.startsWith(u'#') ? needle : u'#' + needle;
        binds->append(withHash);
        binds->append(needle);
        binds->append(needle);
        binds->append(end);
        binds->append(needle);
        binds->append(end);
        binds->append(needle);
        binds->append(end);
    }
    if (after.isValid()) {
        conditions.append(u"(created_at < ? OR (created_at = ? AND id < ?))"_s);
        binds->append(after.createdAt);
        binds->append(after.createdAt);
        binds->append(after.id);
    }
    return conditions.isEmpty() ? QString() : u" WHERE "_s + conditions.join(u" AND "_s);
}
