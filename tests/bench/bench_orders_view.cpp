// The orders view over 1,000,000 orders: time to the first painted page under a filter and the memory it takes,
// against a bare QMainWindow's start-up time and memory (goal: within 3× the time and 2× the memory, whatever the
// number of orders). Each side runs in its own process so their memory does not mix. Never fails on time.
//
//   bench_orders_view [ORDERS]          builds the shop, runs both sides, prints the ratios
//   bench_orders_view --bare            (child) a bare main window
//   bench_orders_view --orders DB       (child) the orders view on DB, filtered to one country and status
//   bench_orders_view --keep DB N       builds a shop of N orders at DB and stops

#include "benchsupport.h"
#include "orderfilter.h"
#include "ordersview.h"
#include "ordertablemodel.h"
#include "secondaryindexes.h"
#include "writetransaction.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QMainWindow>
#include <QProcess>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>

#include <cstdio>

namespace {

QElapsedTimer sinceStart;

long residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    }
    return -1;
}

// Paints the window once (offscreen: grab() renders it) and reports "milliseconds kilobytes".
int report(QWidget &window)
{
    window.resize(1280, 800);
    window.show();
    QCoreApplication::processEvents();
    (void)window.grab();
    std::printf("%.1f %ld\n", double(sinceStart.nsecsElapsed()) / 1e6, residentKiB());
    return 0;
}

int runBare(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    return report(window);
}

int runOrders(int argc, char *argv[], const QString &path)
{
    QApplication app(argc, argv);
    QString error;
    const Connection connection = Connection::open(path, &error, Connection::Mode::OpenExisting);
    if (!connection.isOpen())
        return 1;
    QMainWindow window;
    auto *view = new OrdersView;
    window.setCentralWidget(view);
    const double built = double(sinceStart.nsecsElapsed()) / 1e6;
    view->setDatabase(connection.database(), path);
    const double opened = double(sinceStart.nsecsElapsed()) / 1e6;
    OrderFilter filter;
    filter.country = QStringLiteral("US");
    filter.statuses = {OrderStatus::New};
    view->model()->setFilter(filter);
    const double filtered = double(sinceStart.nsecsElapsed()) / 1e6;
    const int code = report(window);
    std::fprintf(stderr, "filtered at %.0f ms\n", filtered);
    std::fprintf(stderr, "view built at %.0f ms, all orders shown at %.0f ms; rows read %d of %lld\n", built, opened,
                 view->model()->rowCount(), view->model()->totalCount());
    return code;
}

// 1,000,000 orders with two lines each, spread over countries, statuses and days, written by SQLite itself.
bool generate(const QSqlDatabase &db, int orders, QString *error)
{
    WriteTransaction transaction(db);
    const SecondaryIndexes indexes(db, {QStringLiteral("orders"), QStringLiteral("order_lines")});
    if (!indexes.drop(error))
        return false;
    QSqlQuery q(db);
    const QString sql = QStringLiteral(
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1) "
        "INSERT INTO orders (number, channel, channel_order_id, email, created_at, currency, subtotal_minor, "
        "total_minor, market_code, status, ship_name, ship_address1, ship_city, ship_postal_code, ship_country, "
        "risk_score) SELECT '#' || (100000 + i), 'shopify', '#' || (100000 + i), 'customer' || (i % 300000) || "
        "'@example.com', strftime('%Y-%m-%dT%H:%M:%SZ', '2025-01-01', '+' || (i * 37 % 50000000) || ' seconds'), "
        "'USD', 1000 + i % 50000, 1500 + i % 50000, "
        "CASE i % 8 WHEN 0 THEN 'US' WHEN 1 THEN 'EU' WHEN 2 THEN 'GB' WHEN 3 THEN 'JP' WHEN 4 THEN 'AU' "
        "WHEN 5 THEN 'EU' WHEN 6 THEN 'CA' ELSE 'SG' END, "
        "CASE i % 10 WHEN 0 THEN 'new' WHEN 1 THEN 'on_hold' WHEN 2 THEN 'ready_to_ship' WHEN 3 THEN 'packed' "
        "ELSE 'delivered' END, 'Customer ' || (i % 300000), '350 Fifth Avenue', 'City', '10115', "
        "CASE i % 8 WHEN 0 THEN 'US' WHEN 1 THEN 'DE' WHEN 2 THEN 'GB' WHEN 3 THEN 'JP' WHEN 4 THEN 'AU' "
        "WHEN 5 THEN 'FR' WHEN 6 THEN 'CA' ELSE 'SG' END, i % 101 FROM n").arg(orders);
    if (!q.exec(sql)
        || !q.exec(QStringLiteral("INSERT INTO order_lines (order_id, position, sku, name, quantity, unit_price_minor) "
                                  "SELECT id, p, 'APP-01000', 'Tee', 1, 750 FROM orders, (SELECT 1 AS p UNION ALL SELECT 2)"))) {
        *error = sqlErrorText(q);
        return false;
    }
    return indexes.create(error) && transaction.commit(error);
}

QPair<double, long> runChild(const QStringList &arguments)
{
    QProcess child;
    child.start(QCoreApplication::applicationFilePath(), arguments);
    child.waitForFinished(600000);
    const QList<QByteArray> parts = child.readAllStandardOutput().trimmed().split(' ');
    std::fprintf(stderr, "%s", child.readAllStandardError().constData());
    if (parts.size() != 2)
        return {-1, -1};
    return {parts.at(0).toDouble(), parts.at(1).toLong()};
}

} // namespace

int main(int argc, char *argv[])
{
    sinceStart.start();
    qputenv("QT_QPA_PLATFORM", "offscreen");
    const QByteArray mode = argc > 1 ? QByteArray(argv[1]) : QByteArray();
    if (mode == "--bare")
        return runBare(argc, argv);
    if (mode == "--orders" && argc > 2)
        return runOrders(argc, argv, QString::fromLocal8Bit(argv[2]));

    QCoreApplication app(argc, argv);
    // "--keep PATH N": build the shop at PATH and stop (to look at it, or profile a child run on it).
    const bool keep = mode == "--keep" && argc > 3;
    const int orders = keep ? QByteArray(argv[3]).toInt() : mode.isEmpty() ? 1000000 : mode.toInt();
    QTemporaryDir dir;
    const QString path = keep ? QString::fromLocal8Bit(argv[2]) : dir.filePath(QStringLiteral("orders.sqlite"));
    QString error;
    {
        const Connection connection = openDemoDatabase(path, 600, &error);
        QElapsedTimer timer;
        timer.start();
        if (!connection.isOpen() || !generate(connection.database(), orders, &error)) {
            std::fprintf(stderr, "cannot build the shop: %s\n", qPrintable(error));
            return 1;
        }
        std::fprintf(stderr, "generated %d orders in %lld ms\n", orders, static_cast<long long>(timer.elapsed()));
    }
    if (keep)
        return 0;
    // Warm the file cache for both sides alike, then measure the median of three runs each.
    QList<QPair<double, long>> bare;
    QList<QPair<double, long>> view;
    for (int i = 0; i < 3; ++i) {
        bare.append(runChild({QStringLiteral("--bare")}));
        view.append(runChild({QStringLiteral("--orders"), path}));
    }
    auto median = [](QList<QPair<double, long>> runs) {
        std::sort(runs.begin(), runs.end());
        return runs.at(1);
    };
    const auto b = median(bare);
    const auto v = median(view);
    if (b.first <= 0 || v.first <= 0)
        return 1;
    std::printf("orders view, first filtered page over %d orders: %.0f ms and %ld MiB; bare window %.0f ms and %ld MiB; "
                "ratio time %.2f (goal 3), memory %.2f (goal 2)\n",
                orders, v.first, v.second / 1024, b.first, b.second / 1024, v.first / b.first,
                double(v.second) / double(b.second));
    return 0;
}
