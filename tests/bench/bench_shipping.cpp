// Rate shopping and labels on the demo shop's orders: rate shopping per order, shipping labels per second as PDF
// (203 dpi) and as ZPL, each against the sqlite3 shell reading the same orders and lines (the data the work
// starts from). Prints figures and ratios; never fails on time.
//
//   bench_shipping [ORDERS]

#include "benchsupport.h"
#include "pdfexport.h"
#include "rateshopping.h"
#include "shippingdocumentbuilder.h"
#include "shippinglabel.h"
#include "zpllabel.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>
#include <memory>

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const int count = argc > 1 ? QByteArray(argv[1]).toInt() : 1000;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shipping.sqlite"));
    QString error;
    Connection connection = openDemoDatabase(path, 600, &error);
    if (!connection.isOpen() || !DemoShop::addDemoOrders(connection.database(), count, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    QList<qint64> ids;
    QSqlQuery q(connection.database());
    q.exec(QStringLiteral("SELECT id FROM orders ORDER BY id"));
    while (q.next())
        ids.append(q.value(0).toLongLong());
    const int n = int(ids.size());

    // SQLite's own time to read every order and its lines, one order at a time, as the work does.
    QByteArray reads;
    for (qint64 id : std::as_const(ids)) {
        reads += "SELECT * FROM orders WHERE id = " + QByteArray::number(id) + ";\n";
        reads += "SELECT * FROM order_lines WHERE order_id = " + QByteArray::number(id) + ";\n";
    }
    const double shell = sqliteShellSeconds(path, ".output /dev/null\n" + reads);

    QElapsedTimer timer;
    timer.start();
    int quoted = 0;
    const RateShopping shopping(connection.database());
    for (qint64 id : std::as_const(ids)) {
        const auto result = shopping.quoteOrder(id, &error);
        quoted += result && result->defaultQuote() ? 1 : 0;
    }
    const double shopSeconds = double(timer.nsecsElapsed()) / 1e9;

    timer.restart();
    QList<ShippingDocument> documents;
    const ShippingDocumentBuilder builder(connection.database());
    for (qint64 id : std::as_const(ids)) {
        if (auto d = builder.build(id, 0, &error))
            documents.append(*d);
    }
    const double buildSeconds = double(timer.nsecsElapsed()) / 1e9;

    timer.restart();
    std::vector<std::unique_ptr<ShippingLabel>> labels;
    QList<const PrintableDocument *> list;
    for (const ShippingDocument &d : std::as_const(documents)) {
        labels.push_back(std::make_unique<ShippingLabel>(d));
        list.append(labels.back().get());
    }
    const QByteArray pdf = PdfExport::toPdf(list, 203, &error);
    const double pdfSeconds = double(timer.nsecsElapsed()) / 1e9;

    timer.restart();
    qsizetype zplBytes = 0;
    for (const ShippingDocument &d : std::as_const(documents))
        zplBytes += ZplLabel(d, 203).toZpl().size();
    const double zplSeconds = double(timer.nsecsElapsed()) / 1e9;

    std::printf("bench_shipping: %d orders (%d with a default service), %lld labels\n", n, quoted,
                static_cast<long long>(documents.size()));
    std::printf("  sqlite3 shell reading each order and its lines: %.3f s (%.1f us/order)\n", shell, shell / n * 1e6);
    std::printf("  rate shopping (6 services, base-currency conversion, default rule): %.3f s, %.1f us/order, "
                "ratio %.2f x the shell's read\n",
                shopSeconds, shopSeconds / n * 1e6, shell > 0 ? shopSeconds / shell : 0.0);
    std::printf("  document data (order, products, shipment, sender): %.3f s, ratio %.2f x\n", buildSeconds,
                shell > 0 ? buildSeconds / shell : 0.0);
    std::printf("  labels to PDF at 203 dpi: %.3f s, %.0f labels/s, %lld bytes, ratio %.2f x\n", pdfSeconds,
                documents.size() / pdfSeconds, static_cast<long long>(pdf.size()), shell > 0 ? pdfSeconds / shell : 0.0);
    std::printf("  labels to ZPL: %.3f s, %.0f labels/s, %lld bytes, ratio %.2f x\n", zplSeconds,
                documents.size() / zplSeconds, static_cast<long long>(zplBytes), shell > 0 ? zplSeconds / shell : 0.0);
    return pdf.isEmpty() || documents.isEmpty() ? 1 : 0;
}
