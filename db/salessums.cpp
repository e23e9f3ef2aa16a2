#include "salessums.h"

#include "ratecache.h"
#include "shopsettings.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

// The columns every aggregate query sums, in the order Totals reads them.
const QString SumColumns =
    u"sum(orders) AS o, sum(cancelled) AS c, sum(returned) AS r, sum(revenue_minor) AS rv, "
    u"sum(revenue_base_minor) AS rvb, sum(returns_minor) AS rt, sum(returns_base_minor) AS rtb, "
    u"sum(tax_base_minor) AS t, sum(cost_base_minor) AS co, sum(without_cost) AS wc, "
    u"sum(shipping_base_minor) AS s, sum(duties_base_minor) AS d, sum(fees_base_minor) AS f"_s;

// The same, subtracted: days of a month read whole that fall outside the period.
QString negated()
{
    QString columns = SumColumns;
    return columns.replace(u"sum("_s, u"-sum("_s);
}
const QString NegatedSumColumns = negated();

// Summing the parts of a UNION ALL: the 13 columns by position.
QString outerSums()
{
    QStringList columns;
    for (const QString &name : {u"o"_s, u"c"_s, u"r"_s, u"rv"_s, u"rvb"_s, u"rt"_s, u"rtb"_s, u"t"_s, u"co"_s,
                                u"wc"_s, u"s"_s, u"d"_s, u"f"_s})
        columns.append(u"sum("_s + name + u')');
    return columns.join(u", "_s);
}

// Which aggregate rows cover a period: whole months from sales_monthly, and for a month the period covers only in
// part, either its days from sales_daily or the whole month less the days outside, whichever reads fewer days.
struct Plan
{
    struct Days
    {
        QDate from;
        QDate to;
        bool subtract = false;
    };
    QDate firstMonth; // invalid: no monthly rows
    QDate lastMonth;
    QList<Days> days;
};

QDate monthStart(const QDate &day)
{
    return QDate(day.year(), day.month(), 1);
}

QDate monthEnd(const QDate &day)
{
    return monthStart(day).addMonths(1).addDays(-1);
}

Plan planFor(const QDate &from, const QDate &to)
{
    Plan plan;
    QDate first = monthStart(from);
    QDate last = monthStart(to);
    const auto cover = [&](const QDate &month, const QDate &inFrom, const QDate &inTo) {
        // Reading the month whole costs about one day's rows, plus the days outside the period.
        const qint64 inside = inFrom.daysTo(inTo) + 1;
        const qint64 outside = month.daysInMonth() - inside;
        if (outside + 1 < inside) {
            if (monthStart(month) < inFrom)
                plan.days.append({monthStart(month), inFrom.addDays(-1), true});
            if (inTo < monthEnd(month))
                plan.days.append({inTo.addDays(1), monthEnd(month), true});
            return true;
        }
        plan.days.append({inFrom, inTo, false});
        return false;
    };
    if (first == last) {
        if (from == first && to == monthEnd(to)) {
            plan.firstMonth = plan.lastMonth = first;
        } else if (cover(first, from, to)) {
            plan.firstMonth = plan.lastMonth = first;
        }
        return plan;
    }
    if (from != first && !cover(first, from, monthEnd(first)))
        first = first.addMonths(1);
    if (to != monthEnd(to) && !cover(last, last, to))
        last = last.addMonths(-1);
    if (first <= last) {
        plan.firstMonth = first;
        plan.lastMonth = last;
    }
    return plan;
}

// Reads the 13 sums starting at `column`. ownAmounts: revenue and returns in the order's currency, else base.
SalesSums::Totals readTotals(const QSqlQuery &q, int column, bool ownAmounts)
{
    const auto at = [&](int i) { return q.value(column + i).toLongLong(); };
    SalesSums::Totals t;
    t.orders = at(0);
    t.cancelled = at(1);
    t.returned = at(2);
    t.revenue = ownAmounts ? at(3) : at(4);
    t.returns = ownAmounts ? at(5) : at(6);
    t.tax = at(7);
    t.cost = at(8);
    t.withoutCost = at(9);
    t.shipping = at(10);
    t.duties = at(11);
    t.fees = at(12);
    return t;
}

} // namespace

QString SalesSums::filterClause(const SalesQuery &query, QVariantList *binds, const QString &marketColumn,
                                const QString &countryColumn)
{
    QString sql;
    if (!query.marketCode.isEmpty()) {
        sql += u" AND "_s + marketColumn + u" = ?"_s;
        binds->append(query.marketCode);
    }
    if (!query.country.isEmpty()) {
        sql += u" AND "_s + countryColumn + u" = ?"_s;
        binds->append(query.country);
    }
    return sql;
}

bool SalesSums::run(QSqlQuery &q, const QString &sql, const QVariantList &binds, QString *error)
{
    q.setForwardOnly(true);
    if (!q.prepare(sql)) {
        *error = q.lastError().text();
        return false;
    }
    for (const QVariant &value : binds)
        q.addBindValue(value);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    return true;
}

SalesSums::Totals &SalesSums::Totals::operator+=(const Totals &other)
{
    orders += other.orders;
    cancelled += other.cancelled;
    returned += other.returned;
    revenue += other.revenue;
    returns += other.returns;
    tax += other.tax;
    cost += other.cost;
    withoutCost += other.withoutCost;
    shipping += other.shipping;
    duties += other.duties;
    fees += other.fees;
    return *this;
}

SalesRow SalesSums::Totals::toRow(const QString &currency) const
{
    SalesRow row;
    row.orders = orders;
    row.cancelled = cancelled;
    row.returned = returned;
    row.revenue = Money(netRevenue(), currency);
    row.returns = Money(returns, currency);
    row.tax = Money(tax, currency);
    row.productCost = Money(cost, currency);
    row.shippingCost = Money(shipping, currency);
    row.duties = Money(duties, currency);
    row.fees = Money(fees, currency);
    row.ordersWithoutCost = withoutCost;
    if (withoutCost == 0)
        row.margin = Money(netRevenue() - tax - cost - shipping - duties - fees, currency);
    return row;
}

SalesSums::SalesSums(QSqlDatabase db)
    : m_db(std::move(db))
{
}

bool SalesSums::resolveRange(SalesQuery *query, QString *error) const
{
    if (!query->from.isValid() || !query->to.isValid()) {
        QSqlQuery q(m_db);
        QDate first = QDate::currentDate();
        QDate last = first;
        // Two seeks on the key (min and max together would scan the table).
        if (q.exec(u"SELECT (SELECT min(day) FROM sales_daily), (SELECT max(day) FROM sales_daily)"_s) && q.next() && !q.value(0).isNull()) {
            first = QDate::fromString(q.value(0).toString(), Qt::ISODate);
            last = QDate::fromString(q.value(1).toString(), Qt::ISODate);
        }
        if (!query->from.isValid())
            query->from = query->to.isValid() ? std::min(first, query->to) : first;
        if (!query->to.isValid())
            query->to = std::max(last, query->from);
    }
    if (query->from > query->to) {
        *error = tr("the period starts (%1) after it ends (%2)")
                     .arg(query->from.toString(Qt::ISODate), query->to.toString(Qt::ISODate));
        return false;
    }
    return true;
}

std::optional<QHash<QString, SalesSums::Totals>> SalesSums::collect(const SalesQuery &query, const QString &monthlyKey,
                                                                     const QString &dailyKey, const QString &currency,
                                                                     QStringList *missingRates, QString *error) const
{
    const QString base = ShopSettings(m_db).baseCurrency();
    const QString from = query.from.toString(Qt::ISODate);
    const QString to = query.to.toString(Qt::ISODate);
    QHash<QString, Totals> out;
    QSqlQuery q(m_db);
    if (currency == base) {
        const Plan plan = planFor(query.from, query.to);
        QVariantList binds;
        QStringList parts;
        if (plan.firstMonth.isValid()) {
            binds << plan.firstMonth.toString(u"yyyy-MM"_s) << plan.lastMonth.toString(u"yyyy-MM"_s);
            parts.append(u"SELECT "_s + monthlyKey + u" AS k, "_s + SumColumns
                         + u" FROM sales_monthly WHERE month >= ? AND month <= ?"_s + filterClause(query, &binds)
                         + u" GROUP BY k"_s);
        }
        for (const Plan::Days &days : plan.days) {
            binds << days.from.toString(Qt::ISODate) << days.to.toString(Qt::ISODate);
            parts.append(u"SELECT "_s + dailyKey + u" AS k, "_s + (days.subtract ? NegatedSumColumns : SumColumns)
                         + u" FROM sales_daily WHERE day >= ? AND day <= ?"_s + filterClause(query, &binds)
                         + u" GROUP BY k"_s);
        }
        const QString sql = parts.size() == 1 ? parts.front()
                                              : u"SELECT k, "_s + outerSums() + u" FROM ("_s
                                                    + parts.join(u" UNION ALL "_s) + u") GROUP BY k"_s;
        if (!run(q, sql, binds, error))
            return std::nullopt;
        while (q.next()) {
            // A group whose only sales fell on the days subtracted again sums to nothing: not a row.
            const Totals totals = readTotals(q, 1, false);
            if (totals.orders != 0 || totals.cancelled != 0)
                out[q.value(0).toString()] += totals;
        }
        return out;
    }
    // Another currency: day by day, converting the base amounts at each day's rate.
    QVariantList binds{currency, from, to};
    const QString sql = u"SELECT "_s + dailyKey + u" AS k, day, currency = ? AS own, "_s + SumColumns
                        + u" FROM sales_daily WHERE day >= ? AND day <= ?"_s + filterClause(query, &binds)
                        + u" GROUP BY k, day, own"_s;
    if (!run(q, sql, binds, error))
        return std::nullopt;
    RateCache rates(m_db);
    while (q.next()) {
        const QDate day = QDate::fromString(q.value(1).toString(), Qt::ISODate);
        const bool own = q.value(2).toBool();
        Totals t = readTotals(q, 3, own);
        bool ok = true;
        const auto convert = [&](qint64 &amount) {
            const auto converted = rates.convert(amount, base, currency, day);
            ok = ok && converted.has_value();
            amount = converted.value_or(0);
        };
        if (!own) {
            convert(t.revenue);
            convert(t.returns);
        }
        for (qint64 *amount : {&t.tax, &t.cost, &t.shipping, &t.duties, &t.fees})
            convert(*amount);
        if (!ok) {
            missingRates->append(q.value(1).toString() + u' ' + base + u"→"_s + currency);
            continue;
        }
        out[q.value(0).toString()] += t;
    }
    return out;
}

QHash<QString, QString> SalesSums::marketNames() const
{
    QHash<QString, QString> names;
    QSqlQuery q(m_db);
    if (q.exec(u"SELECT code, name FROM markets"_s)) {
        while (q.next())
            names.insert(q.value(0).toString(), q.value(1).toString());
    }
    return names;
}
