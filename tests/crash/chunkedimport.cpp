// The negative control of the kill test: imports a product file the wrong way, committing every 500 rows, so that a
// kill in the middle leaves part of the file in the database. The kill harness must catch that. Test-only: it is
// never installed and borderdesk-cli has no such option.
//
// usage: crash_chunked_import DATABASE FILE

#include "connection.h"
#include "productbulkwriter.h"
#include "productcsv.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>

#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 3) {
        std::fputs("usage: crash_chunked_import DATABASE FILE\n", stderr);
        return 2;
    }
    QString error;
    const Connection connection = Connection::open(args.at(1), &error, Connection::Mode::OpenExisting);
    if (!connection.isOpen()) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    QFile file(args.at(2));
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "%s\n", qPrintable(file.errorString()));
        return 1;
    }
    ProductCsv::Options options;
    options.fileName = QFileInfo(file).fileName();
    options.defaultCurrency = u"THB"_s;
    const ParsedProducts parsed = ProductCsv::parse(file.readAll(), options);
    if (parsed.hasErrors()) {
        std::fputs("the file has errors\n", stderr);
        return 1;
    }
    const QSqlDatabase db = connection.database();
    QSqlQuery q(db);
    ProductBulkWriter writer(db);
    constexpr qsizetype Chunk = 500;
    for (qsizetype i = 0; i < parsed.products.size(); ++i) {
        if (i % Chunk == 0 && !q.exec(u"BEGIN IMMEDIATE"_s))
            return 1;
        if (!writer.write(parsed.products.at(i), &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        if ((i % Chunk == Chunk - 1 || i + 1 == parsed.products.size()) && !q.exec(u"COMMIT"_s))
            return 1;
    }
    return 0;
}
