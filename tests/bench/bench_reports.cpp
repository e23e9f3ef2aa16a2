// Sales reports over 1,000,000 orders (issue 6): the first count of a big import, the time a report takes when a
// filter changes, and what a small change costs afterwards. Each report is timed against the sqlite3 shell running a
// plain GROUP BY over the raw orders table on the same file (goal: at most 1/100 of it). Never fails on time; fails
// when the aggregates disagree with the orders they were counted from.
//
//   bench_reports [ORDERS]          builds the shop (default 1,000,000 orders) and prints the figures
//   bench_reports --keep DB N       builds a counted shop of N orders at DB and stops
//   bench_reports --reports DB      times the reports alone on a shop built with --keep (to profile them)
//   bench_reports --view DB         times the Reports view redrawing after filter changes (offscreen)

#include "benchsupport.h"
#include "coldstart.h"
#include "reportsshop.h"
#include "reportsviewtiming.h"
#include "salesfacts.h"
#include "salesreport.h"
#include "secondaryindexes.h"
#include "writetransaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimeZone>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace Qt::StringLiterals;

using namespace ReportsShop;

namespace {

constexpr int TimedRuns = 20;
constexpr int ShellRuns = 5;
constexpr int ChangedOrders = 1000;

// The shop's days [from, to] as UTC bounds [start, end) for created_at.
std::pair<QString, QString> utcBounds(const QDate &from, const QDate &to)
{
    const QTimeZone zone(ShopZone);
    return {QDateTime(from, QTime(0, 0), zone).toUTC().toString(Qt::ISODate),
            QDateTime(to.addDays(1), QTime(0, 0), zone).toUTC().toString(Qt::ISODate)};
}

// What the reports should say, read straight from the orders.
struct Expected
{
    qint64 orders = 0;
    qint64 cancelled = 0;
    qint64 netRevenue = 0; // base minor units, neither cancelled nor returned
};

std::optional<Expected> expectedTotals(const QSqlDatabase &db, const SalesQuery &query, QString *error)
{
    const auto [start, end] = utcBounds(query.from, query.to);
    QString sql = u"SELECT sum(status <> 'cancelled'), sum(status = 'cancelled'), "
                  u"sum(IIF(status IN ('cancelled', 'returned'), 0, total_base_minor)) FROM orders "
                  u"WHERE created_at >= ? AND created_at < ?"_s;
    QVariantList binds{start, end};
    if (!query.country.isEmpty()) {
        sql += u" AND ship_country = ?"_s;
        binds.append(query.country);
    }
    if (!query.marketCode.isEmpty()) {
        sql += u" AND market_code = ?"_s;
        binds.append(query.marketCode);
    }
    QSqlQuery q(db);
    if (!exec(q, sql, binds, error) || !q.next())
        return std::nullopt;
    return Expected{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong()};
}

// Median wall time of a call, in milliseconds; false from the call stops the runs.
double medianMs(const std::function<bool()> &call, bool *ok)
{
    QList<double> ms;
    for (int run = 0; run < TimedRuns; ++run) {
        QElapsedTimer timer;
        timer.start();
        if (!call()) {
            *ok = false;
            return 0;
        }
        ms.append(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    return ms.at(ms.size() / 2);
}

// The shell's time for a plain GROUP BY over the raw orders, in milliseconds: the mean of a few runs in one shell.
double shellMs(const QString &path, const QStringList &statements)
{
    QByteArray script;
    for (int run = 0; run < ShellRuns; ++run) {
        for (const QString &statement : statements)
            script += statement.toUtf8() + ";\n";
    }
    return sqliteShellSeconds(path, script) * 1000.0 / ShellRuns;
}

// A filter change the reports view sees, and the plain GROUP BY over the orders that answers the same question.
struct Scenario
{
    QString name;
    SalesQuery query;
    enum class Call { Sales, Monthly, Dashboard } call = Call::Sales;
    QStringList plainSql;
};

QString plainGroupBy(const QString &key, const QDate &from, const QDate &to, const QString &extraFilter = {})
{
    const auto [start, end] = utcBounds(from, to);
    return u"SELECT "_s % key % u", count(*), sum(total_base_minor) FROM orders WHERE created_at >= '"_s % start
           % u"' AND created_at < '"_s % end % u"' AND status <> 'cancelled'"_s % extraFilter % u" GROUP BY "_s % key;
}

QList<Scenario> scenarios()
{
    const QString localMonth = u"strftime('%Y-%m', created_at, '+%1 hours')"_s.arg(ShopOffsetHours);
    const QDate yearFrom = QDate(Today.year(), Today.month(), 1).addMonths(-11); // the view's "last 12 months"
    const QDate customFrom(2026, 3, 14);
    const QDate customTo = customFrom.addDays(94);

    QList<Scenario> out;
    Scenario s;
    s.name = u"by country, last 12 months"_s;
    s.query.by = SalesGrouping::Country;
    s.query.from = yearFrom;
    s.query.to = Today;
    s.plainSql = {plainGroupBy(u"ship_country"_s, yearFrom, Today)};
    out.append(s);

    s = Scenario();
    s.name = u"by region, 95 days from mid-month to mid-month"_s;
    s.query.by = SalesGrouping::Continent;
    s.query.from = customFrom;
    s.query.to = customTo;
    s.plainSql = {plainGroupBy(u"ship_country"_s, customFrom, customTo)};
    out.append(s);

    s = Scenario();
    s.name = u"by month, all time"_s;
    s.query.by = SalesGrouping::Month;
    s.query.to = Today; // the view's "all time": open start
    s.plainSql = {plainGroupBy(localMonth, FirstDay, Today)};
    out.append(s);

    s = Scenario();
    s.name = u"by market, ship to DE, last 12 months"_s;
    s.query.by = SalesGrouping::Market;
    s.query.from = yearFrom;
    s.query.to = Today;
    s.query.country = u"DE"_s;
    s.plainSql = {plainGroupBy(u"market_code"_s, yearFrom, Today, u" AND ship_country = 'DE'"_s)};
    out.append(s);

    s = Scenario();
    s.name = u"by country, last 12 months against the previous period"_s;
    s.query.by = SalesGrouping::Country;
    s.query.from = yearFrom;
    s.query.to = Today;
    s.query.comparePrevious = true;
    s.plainSql = {plainGroupBy(u"ship_country"_s, yearFrom, Today),
                  plainGroupBy(u"ship_country"_s, s.query.previousFrom(), s.query.previousTo())};
    out.append(s);

    s = Scenario();
    s.name = u"dashboard chart, 12 months by region"_s;
    s.call = Scenario::Call::Monthly;
    s.query.by = SalesGrouping::Continent;
    s.query.from = yearFrom;
    s.query.to = Today;
    s.plainSql = {plainGroupBy(localMonth % u", ship_country"_s, yearFrom, Today)};
    out.append(s);

    s = Scenario();
    s.name = u"dashboard, all figures"_s;
    s.call = Scenario::Call::Dashboard;
    s.query.from = yearFrom;
    s.query.to = Today;
    s.plainSql = {u"SELECT status, count(*) FROM orders GROUP BY status"_s,
                  plainGroupBy(u"channel"_s, Today, Today),
                  plainGroupBy(u"channel"_s, QDate(Today.year(), Today.month(), 1), Today),
                  plainGroupBy(localMonth % u", ship_country"_s, yearFrom, Today)};
    out.append(s);
    return out;
}

// Checks a report's totals against the orders; prints what disagrees.
bool agrees(const QString &what, qint64 orders, qint64 cancelled, qint64 netRevenue, const Expected &expected)
{
    if (orders == expected.orders && cancelled == expected.cancelled && netRevenue == expected.netRevenue)
        return true;
    std::fprintf(stderr,
                 "MISMATCH %s: aggregates say %lld orders, %lld cancelled, revenue %lld; the orders say %lld, %lld, "
                 "%lld\n",
                 qPrintable(what), static_cast<long long>(orders), static_cast<long long>(cancelled),
                 static_cast<long long>(netRevenue), static_cast<long long>(expected.orders),
                 static_cast<long long>(expected.cancelled), static_cast<long long>(expected.netRevenue));
    return false;
}

// Runs one scenario 20 times, checks the last answer against the orders, and returns its median time (ms).
std::optional<double> timeScenario(const QSqlDatabase &db, const Scenario &scenario, bool *correct, QString *error)
{
    const SalesReportService service(db);
    std::optional<SalesReport> report;
    std::optional<SalesSeries> series;
    std::optional<DashboardFigures> dashboard;
    bool ok = true;
    const double ms = medianMs(
        [&] {
            switch (scenario.call) {
            case Scenario::Call::Sales: report = service.sales(scenario.query, error); return report.has_value();
            case Scenario::Call::Monthly:
                series = service.monthly(scenario.query, 6, error);
                return series.has_value();
            case Scenario::Call::Dashboard: dashboard = service.dashboard(Today, error); return dashboard.has_value();
            }
            return false;
        },
        &ok);
    if (!ok)
        return std::nullopt;

    if (report) {
        const auto expected = expectedTotals(db, report->query, error);
        if (!expected)
            return std::nullopt;
        *correct &= agrees(scenario.name, report->total.orders, report->total.cancelled,
                           report->total.revenue.minorUnits(), *expected);
        if (scenario.query.comparePrevious) {
            SalesQuery previous = report->query;
            previous.from = report->query.previousFrom();
            previous.to = report->query.previousTo();
            const auto before = expectedTotals(db, previous, error);
            if (!before)
                return std::nullopt;
            *correct &= agrees(scenario.name + u" (previous period)"_s, report->total.previousOrders.value_or(-1),
                               before->cancelled, report->total.previousRevenue.value_or(Money()).minorUnits(),
                               *before);
        }
        std::fprintf(stderr, "  %s: %lld rows\n", qPrintable(scenario.name), static_cast<long long>(report->rows.size()));
    }
    if (series) {
        const auto expected = expectedTotals(db, scenario.query, error);
        if (!expected)
            return std::nullopt;
        qint64 revenue = 0;
        for (const QList<qint64> &group : std::as_const(series->minor)) {
            for (qint64 minor : group)
                revenue += minor;
        }
        *correct &= agrees(scenario.name, expected->orders, expected->cancelled, revenue, *expected);
        std::fprintf(stderr, "  %s: %lld groups × %lld months\n", qPrintable(scenario.name),
                     static_cast<long long>(series->keys.size()), static_cast<long long>(series->months.size()));
    }
    return ms;
}

QString ratioText(double ratio)
{
    return u"1/"_s + QString::number(ratio, 'f', ratio >= 10 ? 0 : 1);
}

// Everything counted, over the whole period, against the orders.
std::optional<Expected> allTimeReport(const QSqlDatabase &db, QString *error)
{
    SalesQuery all;
    all.by = SalesGrouping::Channel;
    const auto report = SalesReportService(db).sales(all, error);
    if (!report)
        return std::nullopt;
    return Expected{report->total.orders, report->total.cancelled, report->total.revenue.minorUnits()};
}

bool checkAllTime(const QSqlDatabase &db, const QString &what, const Expected &counted, QString *error)
{
    SalesQuery everything;
    everything.from = FirstDay.addDays(-1);
    everything.to = Today.addDays(1);
    const auto expected = expectedTotals(db, everything, error);
    return expected && agrees(what, counted.orders, counted.cancelled, counted.netRevenue, *expected);
}

// A big import, then its first count: the one-off cost.
bool buildShop(const QSqlDatabase &db, int orders, QString *error)
{
    const SalesFacts facts(db);
    if (!facts.setTimeZone(ShopZone, error) || !facts.setFeePercent(u"shopify"_s, u"2.9"_s, error)
        || !facts.setFeePercent(u"amazon"_s, u"15"_s, error) || !facts.setFeePercent(u"etsy"_s, u"6.5"_s, error))
        return false;
    QElapsedTimer timer;
    timer.start();
    if (!generate(db, orders, error))
        return false;
    std::fprintf(stderr, "generated %d orders in %lld ms\n", orders, static_cast<long long>(timer.elapsed()));
    timer.start();
    const qint64 counted = facts.refresh(error);
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    if (counted != orders) {
        if (counted >= 0)
            *error = u"the first refresh counted %1 of %2 orders"_s.arg(counted).arg(orders);
        return false;
    }
    std::printf("first refresh of %d orders: %.0f ms, %.0f orders/s\n", orders, ms, double(orders) * 1000.0 / ms);
    QSqlQuery q(db);
    if (q.exec(u"SELECT (SELECT count(*) FROM sales_daily), (SELECT count(*) FROM sales_monthly)"_s) && q.next())
        std::fprintf(stderr, "aggregates: %lld daily rows, %lld monthly rows\n", q.value(0).toLongLong(),
                     q.value(1).toLongLong());
    return true;
}

// Filter changes: each report against the shell's plain GROUP BY on the same file.
bool timeReports(const QSqlDatabase &db, const QString &path, bool *correct, QString *error)
{
    QSqlQuery q(db);
    if (!exec(q, u"SELECT count(*) FROM orders"_s, {}, error) || !q.next())
        return false;
    const qint64 orders = q.value(0).toLongLong();
    // Every page in the main file, so the shell does not read through our write-ahead log.
    if (!exec(q, u"PRAGMA wal_checkpoint(TRUNCATE)"_s, {}, error))
        return false;
    q.finish();
    QList<std::pair<double, QString>> ratios;
    for (const Scenario &scenario : scenarios()) {
        const auto ms = timeScenario(db, scenario, correct, error);
        if (!ms) {
            *error = scenario.name + u": "_s + *error;
            return false;
        }
        const double plainMs = shellMs(path, scenario.plainSql);
        const double ratio = *ms > 0 ? plainMs / *ms : 0;
        ratios.append({ratio, scenario.name});
        std::printf("report %s: %.2f ms vs sqlite3 GROUP BY %.1f ms, ratio %s (goal 1/100)\n",
                    qPrintable(scenario.name), *ms, plainMs, qPrintable(ratioText(ratio)));
        std::fflush(stdout);
    }
    std::sort(ratios.begin(), ratios.end());
    const auto met = std::count_if(ratios.cbegin(), ratios.cend(), [](const auto &r) { return r.first >= 100; });
    std::printf("reports over %lld orders: %lld of %lld within 1/100 of a plain GROUP BY; worst %s (%s), best %s\n",
                static_cast<long long>(orders), static_cast<long long>(met), static_cast<long long>(ratios.size()),
                qPrintable(ratioText(ratios.first().first)), qPrintable(ratios.first().second),
                qPrintable(ratioText(ratios.last().first)));
    return true;
}

// A small change afterwards: cancel 1,000 random orders that were not, count them again, and check the totals
// moved by exactly what those orders brought in.
bool timeSmallChange(const QSqlDatabase &db, int orders, bool *correct, QString *error)
{
    const auto before = allTimeReport(db, error);
    if (!before)
        return false;
    *correct &= checkAllTime(db, u"all time after the first refresh"_s, *before, error);

    QRandomGenerator random(20261128);
    QSet<qint64> picked;
    while (picked.size() < std::min(ChangedOrders, orders / 2))
        picked.insert(random.bounded(1, orders + 1));
    QStringList ids;
    for (const qint64 id : std::as_const(picked))
        ids.append(QString::number(id));
    const QString idList = u'[' + ids.join(u',') + u']'; // a JSON array for json_each
    QSqlQuery q(db);
    if (!exec(q, u"SELECT count(*), sum(IIF(status = 'returned', 0, total_base_minor)) FROM orders "
                 u"WHERE status <> 'cancelled' AND id IN (SELECT value FROM json_each(?))"_s,
              {idList}, error)
        || !q.next())
        return false;
    const qint64 changing = q.value(0).toLongLong();
    const qint64 revenueLeaving = q.value(1).toLongLong();
    q.finish();
    QElapsedTimer timer;
    {
        WriteTransaction transaction(db);
        timer.start();
        if (!transaction.isActive()
            || !exec(q, u"UPDATE orders SET status = 'cancelled' WHERE status <> 'cancelled' "
                        u"AND id IN (SELECT value FROM json_each(?))"_s,
                     {idList}, error)
            || !transaction.commit(error))
            return false;
    }
    const SalesFacts facts(db);
    std::fprintf(stderr, "cancelled %lld orders in %.1f ms; %lld pending\n", static_cast<long long>(changing),
                 double(timer.nsecsElapsed()) / 1e6, static_cast<long long>(facts.pending()));
    timer.start();
    const qint64 recounted = facts.refresh(error);
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    if (recounted < 0)
        return false;
    std::printf("refresh after cancelling %lld of %d orders: %.1f ms, %.3f ms per changed order\n",
                static_cast<long long>(recounted), orders, ms, recounted > 0 ? ms / double(recounted) : 0.0);
    const auto after = allTimeReport(db, error);
    if (!after)
        return false;
    if (recounted != changing) {
        std::fprintf(stderr, "MISMATCH: %lld orders changed, %lld counted again\n", static_cast<long long>(changing),
                     static_cast<long long>(recounted));
        *correct = false;
    }
    *correct &= agrees(u"all time, by the change"_s, after->orders, after->cancelled, after->netRevenue,
                       Expected{before->orders - changing, before->cancelled + changing,
                                before->netRevenue - revenueLeaving});
    *correct &= checkAllTime(db, u"all time after the change"_s, *after, error);
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    const QByteArray mode = argc > 1 ? QByteArray(argv[1]) : QByteArray();
    if (mode == "--view" && argc > 2)
        return timeReportsView(argc, argv, QString::fromLocal8Bit(argv[2]));
    QCoreApplication app(argc, argv);
    QString error;
    bool correct = true;
    if (mode == "--reports" && argc > 2) {
        const QString path = QString::fromLocal8Bit(argv[2]);
        const Connection connection = Connection::open(path, &error, Connection::Mode::OpenExisting);
        if (!connection.isOpen() || !timeReports(connection.database(), path, &correct, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        return correct ? 0 : 1;
    }

    const bool keep = mode == "--keep" && argc > 3;
    const int orders = keep ? QByteArray(argv[3]).toInt() : mode.isEmpty() ? 1000000 : mode.toInt();
    QTemporaryDir dir;
    const QString path = keep ? QString::fromLocal8Bit(argv[2]) : dir.filePath(u"reports.sqlite"_s);
    const Connection connection = openDemoDatabase(path, 600, &error);
    if (!connection.isOpen() || !buildShop(connection.database(), orders, &error)) {
        std::fprintf(stderr, "cannot build the shop: %s\n", qPrintable(error));
        return 1;
    }
    if (keep)
        return 0;
    if (!timeReports(connection.database(), path, &correct, &error)
        || !timeSmallChange(connection.database(), orders, &correct, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    {
        // The view redraws in its own process, on the same database.
        QSqlQuery(connection.database()).exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
        QProcess child;
        child.start(QCoreApplication::applicationFilePath(), {u"--view"_s, path});
        child.waitForFinished(600000);
        std::fprintf(stderr, "%s", child.readAllStandardError().constData());
        const QList<QByteArray> parts = child.readAllStandardOutput().trimmed().split(' ');
        if (parts.size() != 2) {
            std::fprintf(stderr, "the reports view did not run\n");
            return 1;
        }
        std::printf("reports view over %d orders, filter change to chart and table redrawn: median %s ms, worst %s ms "
                    "(goal well under 1000 ms)\n",
                    orders, parts.at(0).constData(), parts.at(1).constData());
    }
    for (const Scenario &scenario : scenarios()) {
        if (scenario.call == Scenario::Call::Dashboard && !ColdStart::measure(path, orders, scenario.plainSql)) {
            std::fprintf(stderr, "the application did not start\n");
            return 1;
        }
    }
    std::printf("aggregates: %s\n", correct ? "agree with the orders" : "DISAGREE with the orders");
    return correct ? 0 : 1;
}
