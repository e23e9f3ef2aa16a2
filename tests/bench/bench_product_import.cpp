// Imports N generated products through Borderdesk (parse, check, write in one transaction) and compares the time
// with the sqlite3 shell's .import of the same file into a bare table: SQLite's own limit for loading a CSV.
// Prints the ratio; never fails on time.

#include "connection.h"
#include "gtin.h"
#include "productimporter.h"
#include "productrepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <cstdio>

namespace {

QByteArray generate(int count)
{
    QByteArray csv = "sku,name,barcode,hs_code,origin_country,weight_g,length_mm,width_mm,height_mm,cost,cost_currency,"
                     "price,price_currency,category,stock,active,customs_description\n";
    const char *origins[] = {"TH", "CN", "VN", "JP", "DE", "IN", "US", "IT"};
    const char *categories[] = {"Apparel", "Home & Kitchen", "Beauty", "Tea & Coffee", "Toys", "Jewellery"};
    for (int i = 0; i < count; ++i) {
        const QString body = QStringLiteral("885%1").arg(i, 9, 10, QLatin1Char('0'));
        const QByteArray barcode = (body + QString::number(Gtin::checkDigit(body))).toLatin1();
        csv += "BENCH-" + QByteArray::number(i) + ",\"Generated product " + QByteArray::number(i) + ", size M\","
               + barcode + ",610910," + origins[i % 8] + "," + QByteArray::number(100 + i % 900) + ",300,200,"
               + QByteArray::number(10 + i % 50) + "," + QByteArray::number(100 + i % 400) + ".25,THB,"
               + QByteArray::number(300 + i % 2000) + ".99,THB," + categories[i % 6] + ","
               + QByteArray::number(i % 300) + ",1,Cotton T-shirt\n";
    }
    return csv;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? QByteArray(argv[1]).toInt() : 100000;
    QTemporaryDir dir;
    const QString csvPath = dir.filePath(QStringLiteral("products.csv"));
    QFile csv(csvPath);
    if (!csv.open(QIODevice::WriteOnly) || csv.write(generate(count)) < 0)
        return 1;
    csv.close();

    // SQLite's limit: the sqlite3 shell importing the same file into a bare table of the same columns.
    const QString bare = dir.filePath(QStringLiteral("bare.sqlite"));
    QElapsedTimer timer;
    timer.start();
    QProcess shell;
    shell.start(QStringLiteral(SQLITE3_SHELL), {bare});
    shell.write(QByteArray(".mode csv\n.import ") + csvPath.toUtf8() + " products\n.quit\n");
    shell.closeWriteChannel();
    if (!shell.waitForFinished(600000) || shell.exitCode() != 0) {
        std::fprintf(stderr, "sqlite3 .import failed: %s\n", shell.readAllStandardError().constData());
        return 1;
    }
    const qint64 shellMs = qMax<qint64>(timer.elapsed(), 1);

    const QString path = dir.filePath(QStringLiteral("borderdesk.sqlite"));
    QString error;
    {
        const Connection connection = Connection::open(path, &error);
        if (!connection.isOpen())
            return 1;
    }
    timer.restart();
    const ProductImportReport report = ProductImporter::importFile(path, csvPath, {});
    const qint64 oursMs = qMax<qint64>(timer.elapsed(), 1);
    if (!report.written || report.inserted != count) {
        std::fprintf(stderr, "import failed: %s\n", qPrintable(report.error));
        return 1;
    }
    std::printf("product import of %d rows: Borderdesk %lld ms, sqlite3 .import %lld ms, ratio %.2f\n", count,
                static_cast<long long>(oursMs), static_cast<long long>(shellMs),
                static_cast<double>(oursMs) / static_cast<double>(shellMs));
    return 0;
}
