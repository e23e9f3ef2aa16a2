// Opens the price preview grid over N products x 5 markets and prints the time to the first screenful (count,
// first page priced in every market with landed cost and margin, 25 rows drawn), and to a page deep in the list,
// as ratios to the sqlite3 shell running the plain queries for the same pages. Never fails on time.

#include "exchangerateimporter.h"
#include "pricepreviewmodel.h"
#include "marketrepository.h"
#include "benchsupport.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <cstdio>

namespace {

constexpr int VisibleRows = 25;

void drawRows(PricePreviewModel &model, int first)
{
    for (int row = first; row < qMin(first + VisibleRows, model.rowCount()); ++row) {
        for (int column = 0; column < model.columnCount(); ++column)
            (void)model.data(model.index(row, column));
    }
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int count = argc > 1 ? QByteArray(argv[1]).toInt() : 100000;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("prices.sqlite"));
    QString error;
    Connection connection = openDemoDatabase(path, count, &error);
    if (!connection.isOpen()) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    QFile rates(QStringLiteral(BORDERDESK_TEST_DATA "/ecb_daily.xml"));
    if (!rates.open(QIODevice::ReadOnly)
        || !ExchangeRateImporter::importBytes(path, rates.readAll(), QStringLiteral("ecb_daily.xml"),
                                              QStringLiteral("bench"))
                .written)
        return 1;

    QList<Market> markets;
    for (const char *code : {"JP", "US", "GB", "EU", "AU"})
        markets.append(*MarketRepository(connection.database()).find(QString::fromLatin1(code)));
    QElapsedTimer timer;
    timer.start();
    auto model = std::make_unique<PricePreviewModel>(connection.database());
    model->setMarkets(markets);
    model->setDate(QDate(2026, 11, 27));
    drawRows(*model, 0);
    const double firstMs = double(timer.nsecsElapsed()) / 1e6;
    timer.restart();
    drawRows(*model, count / 2);
    const double deepMs = double(timer.nsecsElapsed()) / 1e6;
    if (!model->lastError().isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(model->lastError()));
        return 1;
    }
    model.reset();
    connection = Connection();

    // SQLite's own time for what a page needs at the least: the count and one page of products.
    const QByteArray page = "SELECT * FROM products ORDER BY sku, id LIMIT 100 OFFSET ";
    const double shellFirstMs =
        sqliteShellSeconds(path, "SELECT count(*) FROM products;\n" + page + "0;\n") * 1000.0;
    const double shellDeepMs = sqliteShellSeconds(path, page + QByteArray::number(count / 2 / 100 * 100) + ";\n") * 1000.0;
    std::printf("price preview over %d products x 5 markets: first screen %.1f ms (sqlite3 shell, count and page: "
                "%.1f ms, ratio %.1f); a page halfway down %.1f ms (shell %.1f ms, ratio %.1f)\n",
                count, firstMs, shellFirstMs, shellFirstMs > 0 ? firstMs / shellFirstMs : 0.0, deepMs, shellDeepMs,
                shellDeepMs > 0 ? deepMs / shellDeepMs : 0.0);
    return 0;
}
