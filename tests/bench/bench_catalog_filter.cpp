// Types into the catalogue filter over 100,000 products and prints how long each keystroke takes to refilter
// the lazy model and read the first screenful of rows, as a ratio to the sqlite3 shell running the same two
// queries (count and first page) itself: SQLite's own limit for that search. Never fails on time.

#include "producttablemodel.h"
#include "benchsupport.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <memory>

#include <cstdio>

namespace {

constexpr int VisibleRows = 40;

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int count = argc > 1 ? QByteArray(argv[1]).toInt() : 100000;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("catalog.sqlite"));
    QString error;
    Connection connection = openDemoDatabase(path, count, &error);
    if (!connection.isOpen()) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }

    const QStringList keystrokes{QStringLiteral("c"),     QStringLiteral("ce"),     QStringLiteral("cel"),
                                 QStringLiteral("cela"),  QStringLiteral("celad"),  QStringLiteral("celado"),
                                 QStringLiteral("celadon"), QStringLiteral("8850"), QStringLiteral("88504570")};
    auto model = std::make_unique<ProductTableModel>(connection.database());
    QElapsedTimer timer;
    timer.start();
    for (const QString &text : keystrokes) {
        ProductFilter filter = model->filter();
        filter.text = text;
        model->setFilter(filter);
        for (int row = 0; row < qMin(VisibleRows, model->rowCount()); ++row) {
            for (int column = 0; column < ProductTableModel::NB_COLUMNS; ++column)
                (void)model->data(model->index(row, column));
        }
    }
    const double oursMs = double(timer.nsecsElapsed()) / 1e6 / double(keystrokes.size());

    QByteArray statements;
    for (const QString &text : keystrokes) {
        const QByteArray like = "'%" + text.toUtf8() + "%'";
        const QByteArray where = " WHERE sku LIKE " + like + " OR name LIKE " + like + " OR barcode LIKE " + like;
        statements += "SELECT count(*) FROM products" + where + ";\n";
        statements += "SELECT * FROM products" + where + " ORDER BY name COLLATE NOCASE, id LIMIT 200;\n";
    }
    model.reset();
    connection = Connection(); // let the shell read a quiet file
    const double shellMs = sqliteShellSeconds(path, statements) * 1000.0 / double(keystrokes.size());
    std::printf("catalogue filter over %d products: %.1f ms per keystroke (count, first page, %d rows drawn); "
                "sqlite3 shell, same queries: %.1f ms; ratio %.2f\n",
                count, oursMs, VisibleRows, shellMs, shellMs > 0 ? oursMs / shellMs : 0.0);
    return 0;
}
