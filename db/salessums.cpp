#include "salessums.h"

#include "ratecache.h"
#include "shopsettings.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

// The columns every aggregate query sums, in the order Totals reads them.
const QString SumColumns =
    u"sum(orders), sum(cancelled), sum(returned), sum(revenue_minor), sum(revenue_base_minor), sum(returns_minor), "
    u"sum(returns_base_minor), sum(tax_base_minor), sum(cost_base_minor), sum(without_cost), "
    u"sum(shipping_base_minor), sum(duties_base_minor), sum(fees_base_minor)"_s;

QString filters(const SalesQuery &query, QVariantList *binds)
{
    QString sql;
    if (!query.marketCode.isEmpty()) {
        sql += u" AND market_code = ?"_s;
        binds->append(query.marketCode);
    }
    if (!query.country.isEmpty()) {
        sql += u" AND country = ?"_s;
        binds->append(query.country);
    }
    return sql;
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

bool run(QSqlQuery &q, const QString &sql, const QVariantList &binds, QString *error)
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

} // namespace

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
        if (q.exec(u"SELECT min(day), max(day) FROM sales_daily"_s) && q.next() && !q.value(0).isNull()) {
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
        // Whole months from the monthly sums, the days before and after them from the daily ones.
        const QDate firstFull = query.from.day() == 1 ? query.from : QDate(query.from.year(), query.from.month(), 1).addMonths(1);
        const QDate afterFull = query.to.addDays(1).day() == 1 ? query.to.addDays(1)
                                                                : QDate(query.to.year(), query.to.month(), 1);
        QVariantList binds;
        QString sql;
        if (firstFull < afterFull) {
            sql = u"SELECT "_s + monthlyKey + u" AS k, "_s + SumColumns
                + u" FROM sales_monthly WHERE month >= ? AND month < ?"_s;
            binds << firstFull.toString(u"yyyy-MM"_s) << afterFull.toString(u"yyyy-MM"_s);
            sql += filters(query, &binds) + u" GROUP BY k UNION ALL "_s;
            sql += u"SELECT "_s + dailyKey + u" AS k, "_s + SumColumns
                + u" FROM sales_daily WHERE ((day >= ? AND day < ?) OR (day >= ? AND day <= ?))"_s;
            binds << from << firstFull.toString(Qt::ISODate) << afterFull.toString(Qt::ISODate) << to;
        } else {
            sql = u"SELECT "_s + dailyKey + u" AS k, "_s + SumColumns + u" FROM sales_daily WHERE day >= ? AND day <= ?"_s;
            binds << from << to;
        }
        sql += filters(query, &binds) + u" GROUP BY k"_s;
        if (!run(q, sql, binds, error))
            return std::nullopt;
        while (q.next())
            out[q.value(0).toString()] += readTotals(q, 1, false);
        return out;
    }
    // Another currency: day by day, converting the base amounts at each day's rate.
    QVariantList binds{currency, from, to};
    const QString sql = u"SELECT "_s + dailyKey + u" AS k, day, currency = ? AS own, "_s + SumColumns
                        + u" FROM sales_daily WHERE day >= ? AND day <= ?"_s + filters(query, &binds)
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
