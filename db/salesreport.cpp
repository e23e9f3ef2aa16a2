#include "salesreport.h"

#include "country.h"
#include "ordercheck.h"
#include "ratecache.h"
#include "regions.h"
#include "salesfacts.h"
#include "salessums.h"
#include "shopsettings.h"

#include <QHash>
#include <QJsonArray>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

// The column a grouping reads from the aggregates (continents and sub-regions fold countries afterwards).
QString keyColumn(SalesGrouping by, bool monthly)
{
    switch (by) {
    case SalesGrouping::Market: return u"market_code"_s;
    case SalesGrouping::Channel: return u"channel"_s;
    case SalesGrouping::Month: return monthly ? u"month"_s : u"substr(day, 1, 7)"_s;
    case SalesGrouping::Country:
    case SalesGrouping::Continent:
    case SalesGrouping::Subregion: break;
    }
    return u"country"_s;
}

QString foldedKey(SalesGrouping by, const QString &country)
{
    if (by == SalesGrouping::Continent)
        return Regions::continentOf(country);
    if (by == SalesGrouping::Subregion)
        return Regions::subregionOf(country);
    return country;
}

QString percentText(qint64 part, qint64 whole)
{
    if (whole == 0)
        return {};
    // One decimal, rounded half away from zero, without a double.
    const qint64 tenths = ExactMath::scaleRound(part, ExactDecimal{1000, 0}, ExactDecimal{whole, 0}, 0).value_or(0);
    const QString sign = tenths < 0 ? u"-"_s : QString();
    const qint64 magnitude = tenths < 0 ? -tenths : tenths;
    return sign + QString::number(magnitude / 10) + u'.' + QString::number(magnitude % 10);
}

QJsonValue moneyOrNull(const std::optional<Money> &money)
{
    return money ? QJsonValue(money->toJson()) : QJsonValue(QJsonValue::Null);
}

} // namespace

// ---- SalesQuery, SalesRow, SalesReport ----

QDate SalesQuery::previousFrom() const
{
    return from.isValid() && to.isValid() ? from.addDays(-(from.daysTo(to) + 1)) : QDate();
}

QDate SalesQuery::previousTo() const
{
    return from.isValid() ? from.addDays(-1) : QDate();
}

Money SalesRow::averageOrderValue() const
{
    if (orders == 0)
        return Money(0, revenue.currency());
    return Money(ExactMath::scaleRound(revenue.minorUnits(), ExactDecimal{1, 0}, ExactDecimal{orders, 0}, 0).value_or(0),
                 revenue.currency());
}

QString SalesRow::marginPercent() const
{
    return margin ? percentText(margin->minorUnits(), revenue.minorUnits()) : QString();
}

QString SalesRow::growthPercent() const
{
    if (!previousRevenue)
        return {};
    return percentText(revenue.minorUnits() - previousRevenue->minorUnits(), previousRevenue->minorUnits());
}

QString SalesRow::returnRatePercent() const
{
    return percentText(returned, orders);
}

QString SalesRow::cancelRatePercent() const
{
    return percentText(cancelled, orders + cancelled);
}

QJsonObject SalesRow::toJson() const
{
    QJsonObject o{{u"key"_s, key},
                  {u"label"_s, label},
                  {u"orders"_s, orders},
                  {u"cancelled"_s, cancelled},
                  {u"returned"_s, returned},
                  {u"revenue"_s, revenue.toJson()},
                  {u"returns"_s, returns.toJson()},
                  {u"average_order_value"_s, averageOrderValue().toJson()},
                  {u"tax"_s, tax.toJson()},
                  {u"product_cost"_s, productCost.toJson()},
                  {u"shipping_cost"_s, shippingCost.toJson()},
                  {u"duties"_s, duties.toJson()},
                  {u"fees"_s, fees.toJson()},
                  {u"margin"_s, moneyOrNull(margin)},
                  {u"orders_without_cost"_s, ordersWithoutCost}};
    if (previousOrders) {
        o.insert(u"previous_orders"_s, *previousOrders);
        o.insert(u"previous_revenue"_s, moneyOrNull(previousRevenue));
        const QString growth = growthPercent();
        o.insert(u"growth_percent"_s, growth.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(growth));
    }
    return o;
}

QJsonObject SalesReport::toJson() const
{
    QJsonArray list;
    for (const SalesRow &row : rows)
        list.append(row.toJson());
    QJsonObject o{{u"by"_s, SalesReportService::groupingName(query.by)},
                  {u"from"_s, query.from.toString(Qt::ISODate)},
                  {u"to"_s, query.to.toString(Qt::ISODate)},
                  {u"currency"_s, currency},
                  {u"rows"_s, list},
                  {u"total"_s, total.toJson()}};
    if (query.comparePrevious) {
        o.insert(u"previous_from"_s, query.previousFrom().toString(Qt::ISODate));
        o.insert(u"previous_to"_s, query.previousTo().toString(Qt::ISODate));
    }
    if (!missingRates.isEmpty())
        o.insert(u"missing_rates"_s, QJsonArray::fromStringList(missingRates));
    return o;
}

QStringList SalesReport::header() const
{
    QStringList h{SalesReportService::tr("Key"),        SalesReportService::tr("Name"),
                  SalesReportService::tr("Orders"),     SalesReportService::tr("Cancelled"),
                  SalesReportService::tr("Returned"),   SalesReportService::tr("Revenue (%1)").arg(currency),
                  SalesReportService::tr("Returns (%1)").arg(currency),
                  SalesReportService::tr("Average order (%1)").arg(currency),
                  SalesReportService::tr("Margin (%1)").arg(currency), SalesReportService::tr("Margin %")};
    if (query.comparePrevious)
        h << SalesReportService::tr("Previous revenue (%1)").arg(currency) << SalesReportService::tr("Growth %");
    return h;
}

QList<QStringList> SalesReport::cells(bool withTotal) const
{
    QList<QStringList> out;
    QList<SalesRow> all = rows;
    if (withTotal)
        all.append(total);
    for (const SalesRow &row : std::as_const(all)) {
        QStringList c{row.key,
                      row.label,
                      QString::number(row.orders),
                      QString::number(row.cancelled),
                      QString::number(row.returned),
                      row.revenue.toDecimalString(),
                      row.returns.toDecimalString(),
                      row.averageOrderValue().toDecimalString(),
                      row.margin ? row.margin->toDecimalString() : QString(),
                      row.marginPercent()};
        if (query.comparePrevious)
            c << (row.previousRevenue ? row.previousRevenue->toDecimalString() : QString()) << row.growthPercent();
        out.append(c);
    }
    return out;
}

Money CarrierSpendRow::averagePerShipment() const
{
    if (shipments == 0)
        return Money(0, cost.currency());
    return Money(
        ExactMath::scaleRound(cost.minorUnits(), ExactDecimal{1, 0}, ExactDecimal{shipments, 0}, 0).value_or(0),
        cost.currency());
}

// ---- SalesReportService ----

SalesReportService::SalesReportService(QSqlDatabase db)
    : m_db(std::move(db))
{
}

QString SalesReportService::groupingName(SalesGrouping by)
{
    switch (by) {
    case SalesGrouping::Continent: return u"region"_s;
    case SalesGrouping::Subregion: return u"subregion"_s;
    case SalesGrouping::Country: return u"country"_s;
    case SalesGrouping::Month: return u"month"_s;
    case SalesGrouping::Market: return u"market"_s;
    case SalesGrouping::Channel: return u"channel"_s;
    }
    return {};
}

std::optional<SalesGrouping> SalesReportService::groupingFromName(const QString &name)
{
    for (SalesGrouping by : {SalesGrouping::Continent, SalesGrouping::Subregion, SalesGrouping::Country,
                             SalesGrouping::Month, SalesGrouping::Market, SalesGrouping::Channel}) {
        if (groupingName(by).compare(name, Qt::CaseInsensitive) == 0)
            return by;
    }
    if (name.compare(u"continent"_s, Qt::CaseInsensitive) == 0)
        return SalesGrouping::Continent;
    return std::nullopt;
}

QString SalesReportService::labelFor(SalesGrouping by, const QString &key)
{
    if (key == SalesSums::OtherKey)
        return tr("Other");
    switch (by) {
    case SalesGrouping::Continent:
    case SalesGrouping::Subregion: return key.isEmpty() ? tr("Unknown region") : Regions::displayName(key);
    case SalesGrouping::Country: return key.isEmpty() ? tr("No country") : Country::displayName(key);
    case SalesGrouping::Month: {
        const QDate first = QDate::fromString(key + u"-01"_s, Qt::ISODate);
        return first.isValid() ? QLocale().toString(first, u"MMMM yyyy"_s) : key;
    }
    case SalesGrouping::Market: return key.isEmpty() ? tr("No market") : key;
    case SalesGrouping::Channel: return key.isEmpty() ? tr("No channel") : key;
    }
    return key;
}

std::optional<SalesReport> SalesReportService::sales(const SalesQuery &query, QString *error) const
{
    SalesSums sums(m_db);
    SalesReport report;
    report.query = query;
    if (!sums.resolveRange(&report.query, error))
        return std::nullopt;
    report.currency = query.currency.isEmpty() ? ShopSettings(m_db).baseCurrency() : query.currency;
    const bool folded = query.by == SalesGrouping::Continent || query.by == SalesGrouping::Subregion;
    const QString column = keyColumn(query.by, false);
    const auto fold = [&](QHash<QString, SalesSums::Totals> byKey) {
        if (!folded)
            return byKey;
        QHash<QString, SalesSums::Totals> out;
        for (auto it = byKey.cbegin(); it != byKey.cend(); ++it)
            out[foldedKey(query.by, it.key())] += it.value();
        return out;
    };
    auto current = sums.collect(report.query, keyColumn(query.by, true), column, report.currency,
                                &report.missingRates, error);
    if (!current)
        return std::nullopt;
    QHash<QString, SalesSums::Totals> now = fold(*current);
    QHash<QString, SalesSums::Totals> before;
    if (query.comparePrevious && report.query.from.isValid()) {
        SalesQuery previous = report.query;
        previous.from = report.query.previousFrom();
        previous.to = report.query.previousTo();
        auto earlier = sums.collect(previous, keyColumn(query.by, true), column, report.currency,
                                    &report.missingRates, error);
        if (!earlier)
            return std::nullopt;
        before = fold(*earlier);
        for (auto it = before.cbegin(); it != before.cend(); ++it)
            (void)now[it.key()]; // a group sold only before shows with nothing now
    }
    if (query.by == SalesGrouping::Month) { // every month of the range, even an empty one
        for (QDate m(report.query.from.year(), report.query.from.month(), 1); m <= report.query.to; m = m.addMonths(1))
            (void)now[m.toString(u"yyyy-MM"_s)];
    }
    const QHash<QString, QString> marketNames = query.by == SalesGrouping::Market ? sums.marketNames()
                                                                                 : QHash<QString, QString>();
    SalesSums::Totals all;
    SalesSums::Totals allBefore;
    for (auto it = now.cbegin(); it != now.cend(); ++it) {
        SalesRow row = it.value().toRow(report.currency);
        row.key = it.key();
        row.label = marketNames.contains(row.key) ? marketNames.value(row.key) : labelFor(query.by, row.key);
        all += it.value();
        if (query.comparePrevious) {
            const SalesSums::Totals earlier = before.value(it.key());
            allBefore += earlier;
            row.previousOrders = earlier.orders;
            row.previousRevenue = Money(earlier.netRevenue(), report.currency);
        }
        report.rows.append(row);
    }
    std::sort(report.rows.begin(), report.rows.end(), [&](const SalesRow &a, const SalesRow &b) {
        if (query.by == SalesGrouping::Month)
            return a.key < b.key;
        if (a.revenue.minorUnits() != b.revenue.minorUnits())
            return a.revenue.minorUnits() > b.revenue.minorUnits();
        return a.key < b.key;
    });
    report.total = all.toRow(report.currency);
    report.total.key = QString();
    report.total.label = tr("Total");
    if (query.comparePrevious) {
        report.total.previousOrders = allBefore.orders;
        report.total.previousRevenue = Money(allBefore.netRevenue(), report.currency);
    }
    report.missingRates.removeDuplicates();
    return report;
}

std::optional<SalesSeries> SalesReportService::monthly(const SalesQuery &query, int maxGroups, QString *error) const
{
    SalesSums sums(m_db);
    SalesQuery range = query;
    if (!sums.resolveRange(&range, error))
        return std::nullopt;
    SalesSeries series;
    series.currency = query.currency.isEmpty() ? ShopSettings(m_db).baseCurrency() : query.currency;
    const QString group = keyColumn(query.by == SalesGrouping::Month ? SalesGrouping::Continent : query.by, false);
    QStringList missing;
    const auto cells = sums.collect(range, u"month || '|' || "_s + group,
                                    u"substr(day, 1, 7) || '|' || "_s + group, series.currency, &missing, error);
    if (!cells)
        return std::nullopt;
    const SalesGrouping by = query.by == SalesGrouping::Month ? SalesGrouping::Continent : query.by;
    for (QDate m(range.from.year(), range.from.month(), 1); m <= range.to; m = m.addMonths(1))
        series.months.append(m.toString(u"yyyy-MM"_s));
    QHash<QString, QHash<QString, qint64>> byGroup; // group → month → revenue
    QHash<QString, qint64> groupTotal;
    for (auto it = cells->cbegin(); it != cells->cend(); ++it) {
        const qsizetype bar = it.key().indexOf(u'|');
        const QString month = it.key().left(bar);
        const QString key = foldedKey(by, it.key().mid(bar + 1));
        byGroup[key][month] += it.value().netRevenue();
        groupTotal[key] += it.value().netRevenue();
    }
    QStringList keys = groupTotal.keys();
    std::sort(keys.begin(), keys.end(), [&](const QString &a, const QString &b) {
        return groupTotal.value(a) != groupTotal.value(b) ? groupTotal.value(a) > groupTotal.value(b) : a < b;
    });
    if (keys.size() > maxGroups && maxGroups > 0) {
        QHash<QString, qint64> &other = byGroup[SalesSums::OtherKey];
        for (qsizetype i = maxGroups; i < keys.size(); ++i) {
            for (auto m = byGroup.value(keys.at(i)).cbegin(); m != byGroup.value(keys.at(i)).cend(); ++m)
                other[m.key()] += m.value();
        }
        keys = keys.mid(0, maxGroups);
        keys.append(SalesSums::OtherKey);
    }
    const QHash<QString, QString> marketNames = by == SalesGrouping::Market ? sums.marketNames()
                                                                            : QHash<QString, QString>();
    for (const QString &key : std::as_const(keys)) {
        series.keys.append(key);
        series.labels.append(marketNames.contains(key) ? marketNames.value(key) : labelFor(by, key));
        QList<qint64> values;
        for (const QString &month : std::as_const(series.months))
            values.append(byGroup.value(key).value(month));
        series.minor.append(values);
    }
    return series;
}

QList<TopProduct> SalesReportService::topProducts(const SalesQuery &query, int limit, QString *error) const
{
    SalesSums sums(m_db);
    SalesQuery range = query;
    if (!sums.resolveRange(&range, error))
        return {};
    const QString base = ShopSettings(m_db).baseCurrency();
    const QString currency = query.currency.isEmpty() ? base : query.currency;
    // Each line's goods value in base currency at its order's own rate.
    QString sql = u"SELECT l.sku, max(l.name), sum(l.quantity), count(DISTINCT f.order_id), "
                  u"sum(CASE WHEN f.revenue_minor > 0 THEN ((l.quantity * l.unit_price_minor - l.discount_minor) "
                  u"* f.revenue_base_minor * 2 + f.revenue_minor) / (f.revenue_minor * 2) ELSE 0 END) "
                  u"FROM sales_facts f JOIN order_lines l ON l.order_id = f.order_id "
                  u"WHERE f.state = 'sale' AND f.day >= ? AND f.day <= ?"_s;
    QVariantList binds{range.from.toString(Qt::ISODate), range.to.toString(Qt::ISODate)};
    sql += SalesSums::filterClause(query, &binds, u"f.market_code"_s, u"f.country"_s)
        + u" GROUP BY l.sku ORDER BY 5 DESC, 3 DESC LIMIT ?"_s;
    binds.append(limit);
    QSqlQuery q(m_db);
    if (!SalesSums::run(q, sql, binds, error))
        return {};
    RateCache rates(m_db);
    QList<TopProduct> out;
    while (q.next()) {
        TopProduct p;
        p.sku = q.value(0).toString();
        p.name = q.value(1).toString();
        p.quantity = q.value(2).toLongLong();
        p.orders = q.value(3).toLongLong();
        // In another currency at the rate of the period's last day.
        p.revenue = Money(rates.convert(q.value(4).toLongLong(), base, currency, range.to).value_or(0), currency);
        out.append(p);
    }
    return out;
}

QList<CarrierSpendRow> SalesReportService::carrierSpend(const SalesQuery &query, QString *error) const
{
    SalesSums sums(m_db);
    SalesQuery range = query;
    if (!sums.resolveRange(&range, error))
        return {};
    const QString base = ShopSettings(m_db).baseCurrency();
    const QString currency = query.currency.isEmpty() ? base : query.currency;
    // Shipments by the local day they were booked: the period's bounds in UTC.
    const QTimeZone zone = SalesFacts(m_db).timeZone();
    const auto utc = [&](const QDate &day) {
        return QDateTime(day, QTime(0, 0), zone).toUTC().toString(u"yyyy-MM-ddTHH:mm:ssZ"_s);
    };
    QString sql = u"SELECT s.carrier_code, o.ship_country, count(*), sum(coalesce(s.cost_base_minor, 0)) "
                  u"FROM shipments s JOIN orders o ON o.id = s.order_id "
                  u"WHERE s.status <> 'cancelled' AND s.created_at >= ? AND s.created_at < ?"_s;
    QVariantList binds{utc(range.from), utc(range.to.addDays(1))};
    sql += SalesSums::filterClause(query, &binds, u"o.market_code"_s, u"o.ship_country"_s)
        + u" GROUP BY 1, 2 ORDER BY 4 DESC, 1, 2"_s;
    QSqlQuery q(m_db);
    if (!SalesSums::run(q, sql, binds, error))
        return {};
    RateCache rates(m_db);
    QList<CarrierSpendRow> out;
    while (q.next()) {
        CarrierSpendRow row;
        row.carrierCode = q.value(0).toString();
        row.country = q.value(1).toString();
        row.shipments = q.value(2).toLongLong();
        row.cost = Money(rates.convert(q.value(3).toLongLong(), base, currency, range.to).value_or(0), currency);
        out.append(row);
    }
    return out;
}

std::optional<DashboardFigures> SalesReportService::dashboard(const QDate &today, QString *error) const
{
    DashboardFigures figures;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT count(*) FROM orders WHERE status IN ('new', 'ready_to_ship', 'picked', 'packed')"_s)
        || !q.next()) {
        *error = q.lastError().text();
        return std::nullopt;
    }
    figures.waitingToShip = q.value(0).toLongLong();
    if (!q.exec(u"SELECT problems, risk_reasons FROM orders WHERE status = 'on_hold'"_s)) {
        *error = q.lastError().text();
        return std::nullopt;
    }
    while (q.next()) {
        ++figures.onHold;
        bool restricted = false;
        bool missing = false;
        for (const OrderProblem &problem : OrderCheck::problemsFromJson(q.value(0).toByteArray())) {
            if (problem.blocking)
                (problem.code == u"restricted"_s ? restricted : missing) = true;
        }
        const bool fraud = !OrderCheck::reasonsFromJson(q.value(1).toByteArray()).isEmpty();
        figures.onHoldRestricted += restricted;
        figures.onHoldMissingData += missing;
        figures.onHoldFraud += fraud;
        figures.onHoldOther += !restricted && !missing && !fraud;
    }
    SalesQuery day;
    day.by = SalesGrouping::Channel;
    day.from = today;
    day.to = today;
    const auto todays = sales(day, error);
    SalesQuery month = day;
    month.from = QDate(today.year(), today.month(), 1);
    const auto months = todays ? sales(month, error) : std::nullopt;
    SalesQuery year = month;
    year.by = SalesGrouping::Continent;
    year.from = month.from.addMonths(-11);
    const auto chart = months ? monthly(year, 6, error) : std::nullopt;
    if (!chart)
        return std::nullopt;
    figures.revenueToday = todays->total.revenue;
    figures.ordersToday = todays->total.orders;
    figures.revenueThisMonth = months->total.revenue;
    figures.ordersThisMonth = months->total.orders;
    figures.regionsByMonth = *chart;
    return figures;
}
