// Imports N order lines in Shopify's orders-export format through Borderdesk (parse, check, score, write in one
// transaction) and compares the time with the sqlite3 shell's .import of the same file into a bare table: SQLite's
// own limit for loading a CSV. Prints the ratio (goal: at most 1.5); never fails on time.

#include "benchsupport.h"
#include "orderimporter.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>

namespace {

const char header[] =
    "Name,Email,Financial Status,Paid at,Fulfillment Status,Fulfilled at,Accepts Marketing,Currency,Subtotal,"
    "Shipping,Taxes,Total,Discount Code,Discount Amount,Shipping Method,Created at,Lineitem quantity,Lineitem name,"
    "Lineitem price,Lineitem compare at price,Lineitem sku,Lineitem requires shipping,Lineitem taxable,"
    "Lineitem fulfillment status,Billing Name,Billing Street,Billing Address1,Billing Address2,Billing Company,"
    "Billing City,Billing Zip,Billing Province,Billing Country,Billing Phone,Shipping Name,Shipping Street,"
    "Shipping Address1,Shipping Address2,Shipping Company,Shipping City,Shipping Zip,Shipping Province,"
    "Shipping Country,Shipping Phone,Notes,Note Attributes,Cancelled at,Payment Method,Payment Reference,"
    "Refunded Amount,Vendor,Outstanding Balance,Employee,Location,Device ID,Id,Tags,Risk Level,Source,"
    "Lineitem discount,Tax 1 Name,Tax 1 Value,Tax 2 Name,Tax 2 Value,Tax 3 Name,Tax 3 Value,Tax 4 Name,"
    "Tax 4 Value,Tax 5 Name,Tax 5 Value,Phone,Receipt Number,Duties,Billing Province Name,Shipping Province Name,"
    "Payment ID,Payment Terms Name,Next Payment Due At,Payment References\n";

struct Destination
{
    const char *country;
    const char *city;
    const char *zip;
    const char *province;
    const char *phonePrefix;
};

const Destination destinations[] = {
    {"US", "New York", "10118", "NY", "+1 212-555-"}, {"DE", "Berlin", "10115", "", "+49 30 1234"},
    {"GB", "London", "EC1R 4SX", "", "+44 20 7946 "}, {"JP", "Chiyoda-ku", "100-0005", "Tokyo", "+81 3-1234-"},
    {"AU", "Sydney", "2000", "NSW", "+61 2 9374 "},  {"FR", "Paris", "75001", "", "+33 1 42 68 "},
    {"CA", "Toronto", "M5V 3L9", "ON", "+1 416-555-"}, {"SG", "Singapore", "018956", "", "+65 6123 "},
};

// Shopify writes the order's fields on its first row and only the line item on the others.
QByteArray generate(qint64 lines, const QList<QByteArray> &skus)
{
    QByteArray csv(header);
    csv.reserve(lines * 340 + 4096); // about what a line takes; growing by doubling would double the peak
    qint64 written = 0;
    for (qint64 order = 0; written < lines; ++order) {
        const int count = int(1 + order % 4); // 1–4 lines, 2.5 on average
        const Destination &d = destinations[order % 8];
        const QByteArray name = "#" + QByteArray::number(100000 + order);
        const QByteArray customer = QByteArray::number(order % 300000);
        const QByteArray email = "customer" + customer + "@example.com";
        // Newest first, as Shopify exports: 400,000 orders over the three days of demo rates.
        const qint64 secondsBack = order * 259200 / (lines * 2 / 5 + 1);
        const QByteArray created =
            QDateTime(QDate(2026, 11, 27), QTime(23, 59, 59)).addSecs(-secondsBack).toString(Qt::ISODate).toLatin1()
            + "+07:00";
        const QByteArray street = QByteArray::number(1 + order % 300000 % 997) + " Market Street "
            + QByteArray::number(order % 300000 / 997);
        const QByteArray phone = d.phonePrefix + QByteArray::number(1000 + order % 9000);
        for (int i = 0; i < count && written < lines; ++i, ++written) {
            const QByteArray &sku = skus.at((order * 7 + i) % skus.size());
            const QByteArray price = QByteArray::number(10 + (order + i) % 90) + ".99";
            csv += name + "," + email;
            if (i == 0) {
                const QByteArray total = QByteArray::number(20 + order % 300) + ".00";
                csv += ",paid," + created + ",unfulfilled,,no,USD," + total + ",10.00,0.00," + total + ",,0.00,"
                    + (order % 5 == 0 ? "DHL Express Worldwide" : "Standard International") + "," + created + ","
                    + QByteArray::number(1 + i % 3) + ",\"Generated product " + sku + ", size M\"," + price + ",,"
                    + sku + ",true,true,pending,Customer " + customer + "," + street + "," + street + ",,,"
                    + d.city + "," + d.zip + "," + d.province + "," + d.country + "," + phone + ",Customer "
                    + customer + "," + street + "," + street + ",\"Apt 4, Floor 2\",," + d.city + "," + d.zip
                    + "," + d.province + "," + d.country + "," + phone
                    + ",,,,Shopify Payments,c28374." + QByteArray::number(order) + ",0.00,Siam Crafts,0.00,,,,"
                    + QByteArray::number(5550000000 + order) + ",,Low,web,0.00,,,,,,,,,,,,,,,,,,,\n";
            } else {
                csv += ",,,,,,,,,,,,,,," + QByteArray::number(1 + i % 3) + ",\"Generated product " + sku
                    + ", size M\"," + price + ",," + sku + ",true,true,pending,,,,,,,,,,,,,,,,,,,,,,,,,,,Siam Crafts,,,,,,,,,0.00,,,,,,,,,,,,,,,,,,,,\n";
            }
        }
    }
    return csv;
}

long rssMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLong() / 1024;
    }
    return -1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const qint64 lines = argc > 1 ? QByteArray(argv[1]).toLongLong() : 1000000;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("borderdesk.sqlite"));
    QString error;
    Connection connection = openDemoDatabase(path, 600, &error);
    if (!connection.isOpen()) {
        std::fprintf(stderr, "cannot create the demo shop: %s\n", qPrintable(error));
        return 1;
    }
    QList<QByteArray> skus;
    QSqlQuery q(connection.database());
    q.exec(QStringLiteral("SELECT sku FROM products ORDER BY sku"));
    while (q.next())
        skus.append(q.value(0).toString().toUtf8());

    const QString csvPath = dir.filePath(QStringLiteral("orders_export.csv"));
    QFile csv(csvPath);
    const QByteArray bytes = generate(lines, skus);
    if (!csv.open(QIODevice::WriteOnly) || csv.write(bytes) < 0)
        return 1;
    csv.close();

    // SQLite's limit: the sqlite3 shell importing the same file into a bare table (one column per header name).
    const QString bare = dir.filePath(QStringLiteral("bare.sqlite"));
    QElapsedTimer timer;
    timer.start();
    QProcess shell;
    shell.start(QStringLiteral(SQLITE3_SHELL), {bare});
    shell.write(QByteArray(".mode csv\n.import ") + csvPath.toUtf8() + " orders\n.quit\n");
    shell.closeWriteChannel();
    if (!shell.waitForFinished(900000) || shell.exitCode() != 0) {
        std::fprintf(stderr, "sqlite3 .import failed: %s\n", shell.readAllStandardError().constData());
        return 1;
    }
    const qint64 shellMs = qMax<qint64>(timer.elapsed(), 1);

    // Count the import's own peak from here (Linux: writing 5 to clear_refs resets VmHWM); the file's bytes stay in.
    QFile clearRefs(QStringLiteral("/proc/self/clear_refs"));
    if (clearRefs.open(QIODevice::WriteOnly))
        clearRefs.write("5");
    clearRefs.close();
    timer.restart();
    const OrderImportReport report = OrderImporter::importBytes(connection.database(), bytes,
                                                                QStringLiteral("orders_export.csv"), {});
    const qint64 oursMs = qMax<qint64>(timer.elapsed(), 1);
    if (!report.written || report.linesInFile != lines) {
        std::fprintf(stderr, "import failed: %s (%d issues, first: %s)\n", qPrintable(report.error),
                     int(report.issues.size()),
                     report.issues.isEmpty() ? "" : qPrintable(report.issues.first().toString()));
        return 1;
    }
    std::printf("order import of %lld Shopify lines (%d orders, %.0f MB): Borderdesk %lld ms, sqlite3 .import %lld ms, "
                "ratio %.2f (goal 1.5); %d held, peak memory during the import %ld MiB (the file itself included)\n",
                static_cast<long long>(lines), report.ordersInFile, double(bytes.size()) / 1e6,
                static_cast<long long>(oursMs), static_cast<long long>(shellMs),
                static_cast<double>(oursMs) / static_cast<double>(shellMs), report.held, rssMiB());
    return 0;
}
