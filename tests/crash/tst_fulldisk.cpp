// A full disk while borderdesk-cli imports into the database or exports to a file: the user gets a message that says
// the disk is full and a non-zero exit code, the database keeps exactly what it had, and the target file keeps its old
// content (no half-written file, no temporary file left behind).
//
// The disk is a small tmpfs mounted for the test, filled up with a filler file. Mounting needs root; without it the
// suite is skipped and says so.

#include "crashsupport.h"

#include <QTemporaryDir>

using namespace CrashSupport;

namespace {

bool saysDiskIsFull(const QString &text)
{
    return text.contains(QStringLiteral("disk is full"), Qt::CaseInsensitive);
}

QString init(const QString &db)
{
    const CliResult r = runCli({QStringLiteral("--db"), db, QStringLiteral("init"), QStringLiteral("--base-currency"),
                                QStringLiteral("THB"), QStringLiteral("--home-country"), QStringLiteral("TH")});
    return r.code == 0 ? QString() : r.err;
}

QString import(const QString &db, const QString &what, const QString &file)
{
    const CliResult r = runCli({QStringLiteral("--db"), db, what, QStringLiteral("import"), file});
    return r.code == 0 ? QString() : r.err;
}

} // namespace

// The small filesystem, or a skip that says why there is none.
#define MOUNT_SMALL_FILESYSTEM(name, bytes)                                                                            \
    SmallFilesystem name(m_dir.filePath(QStringLiteral(#name)), bytes);                                                \
    if (!name.isMounted())                                                                                             \
        QSKIP(qPrintable(QStringLiteral("cannot mount a small tmpfs to fill up (needs root): ") + name.error()));

class TestFullDisk : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
    }

    void importIntoFullDiskChangesNothing()
    {
        MOUNT_SMALL_FILESYSTEM(small, 32 << 20)
        const QString db = m_dir.filePath(QStringLiteral("small/shop.sqlite"));
        QString problem = init(db);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        problem = import(db, QStringLiteral("products"),
                         writeFile(m_dir.filePath(QStringLiteral("base.csv")), productsCsv(QStringLiteral("BASE"), 200)));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        problem = import(db, QStringLiteral("orders"), QStringLiteral(BORDERDESK_TEST_DATA "/shopify_orders.csv"));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QString productsBefore;
        QString ordersBefore;
        {
            const RawDatabase raw(db);
            productsBefore = raw.dump(QStringLiteral("products"), QStringLiteral("sku"));
            ordersBefore = raw.dump(QStringLiteral("orders"), QStringLiteral("id"));
        }
        QVERIFY(small.fill(128 * 1024));

        // 30,000 products need several megabytes of pages; about 128 KB are left.
        const QString big =
            writeFile(m_dir.filePath(QStringLiteral("big.csv")), productsCsv(QStringLiteral("BIG"), 30000));
        const CliResult r = runCli({QStringLiteral("--db"), db, QStringLiteral("products"), QStringLiteral("import"), big});
        qInfo("products import on a full disk: exit %d, %s", r.code, qPrintable(r.err.trimmed()));
        QVERIFY(!r.crashed);
        QVERIFY(r.code != 0);
        QVERIFY2(saysDiskIsFull(r.err), qPrintable(r.err));
        {
            const RawDatabase raw(db);
            QCOMPARE(raw.integrity(), QStringLiteral("ok"));
            QCOMPARE(raw.productsWithPrefix(QStringLiteral("BIG")), 0);
            QVERIFY(raw.dump(QStringLiteral("products"), QStringLiteral("sku")) == productsBefore);
            QVERIFY(raw.dump(QStringLiteral("orders"), QStringLiteral("id")) == ordersBefore);
        }

        // Once there is room again, the same import goes through.
        QVERIFY(QFile::remove(m_dir.filePath(QStringLiteral("small/filler"))));
        problem = import(db, QStringLiteral("products"), big);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(RawDatabase(db).productsWithPrefix(QStringLiteral("BIG")), 30000);
    }

    void orderImportIntoFullDiskChangesNothing()
    {
        MOUNT_SMALL_FILESYSTEM(orders, 4 << 20)
        const QString db = m_dir.filePath(QStringLiteral("orders/shop.sqlite"));
        QString problem = init(db);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        problem = import(db, QStringLiteral("orders"), QStringLiteral(BORDERDESK_TEST_DATA "/shopify_orders.csv"));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QString before;
        {
            const RawDatabase raw(db);
            before = raw.dump(QStringLiteral("orders"), QStringLiteral("id"));
        }
        // 3,000 orders need far more than the 96 KB left.
        const QString file = writeFile(m_dir.filePath(QStringLiteral("amazon.txt")), amazonOrders(QByteArrayLiteral("900-0000000"), 3000));
        QVERIFY(orders.fill(96 * 1024));

        const CliResult r = runCli({QStringLiteral("--db"), db, QStringLiteral("orders"), QStringLiteral("import"), file});
        qInfo("orders import on a full disk: exit %d, %s", r.code, qPrintable(r.err.trimmed()));
        QVERIFY(!r.crashed);
        QVERIFY(r.code != 0);
        QVERIFY2(saysDiskIsFull(r.err), qPrintable(r.err));
        {
            const RawDatabase raw(db);
            QCOMPARE(raw.integrity(), QStringLiteral("ok"));
            QVERIFY(raw.dump(QStringLiteral("orders"), QStringLiteral("id")) == before);
        }
        QVERIFY(QFile::remove(m_dir.filePath(QStringLiteral("orders/filler"))));
        problem = import(db, QStringLiteral("orders"), file);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    // A database that cannot even be opened because the disk is full (SQLite finds no room for its -shm file) is
    // not called damaged and no restore is suggested: the message says the disk is full, for reading and writing.
    void fullDiskIsNotCalledDamage()
    {
        MOUNT_SMALL_FILESYSTEM(full, 2 << 20)
        const QString db = m_dir.filePath(QStringLiteral("full/shop.sqlite"));
        QString problem = init(db);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        for (const QString &sidecar : {QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(db + sidecar); // the CLI has ended; as after a clean close
        QVERIFY(full.fill(0));
        for (const QStringList &command : {QStringList{QStringLiteral("products"), QStringLiteral("list")},
                                           QStringList{QStringLiteral("check")},
                                           QStringList{QStringLiteral("rates"), QStringLiteral("set"),
                                                       QStringLiteral("USD"), QStringLiteral("35")}}) {
            const CliResult r = runCli(QStringList{QStringLiteral("--db"), db} + command);
            qInfo("%s on a full disk: exit %d, %s", qPrintable(command.join(u' ')), r.code, qPrintable(r.err.trimmed()));
            QVERIFY(!r.crashed);
            QVERIFY(r.code != 0);
            QVERIFY2(saysDiskIsFull(r.err), qPrintable(r.err));
            QVERIFY2(!r.err.contains(QStringLiteral("not a database")) && !r.err.contains(QStringLiteral("restore")),
                     qPrintable(r.err));
        }
        QVERIFY(QFile::remove(m_dir.filePath(QStringLiteral("full/filler"))));
        const CliResult r = runCli({QStringLiteral("--db"), db, QStringLiteral("check")});
        QCOMPARE(r.code, 0);
    }

    void exportToFullDiskKeepsTheOldFile_data()
    {
        QTest::addColumn<QString>("what");
        QTest::addColumn<QStringList>("command"); // the target file follows
        QTest::addColumn<QString>("suffix");
        QTest::newRow("products") << QStringLiteral("products")
                                  << QStringList{QStringLiteral("products"), QStringLiteral("export")}
                                  << QStringLiteral("csv");
        QTest::newRow("orders") << QStringLiteral("orders")
                                << QStringList{QStringLiteral("orders"), QStringLiteral("export")}
                                << QStringLiteral("csv");
        // libxlsxwriter writes a temporary workbook; the old one is replaced only by a complete new one.
        QTest::newRow("price list xlsx") << QStringLiteral("prices")
                                         << QStringList{QStringLiteral("price"), QStringLiteral("export"),
                                                        QStringLiteral("--market"), QStringLiteral("DE")}
                                         << QStringLiteral("xlsx");
    }

    void exportToFullDiskKeepsTheOldFile()
    {
        QFETCH(QString, what);
        QFETCH(QStringList, command);
        QFETCH(QString, suffix);
        const QString db = m_dir.filePath(QStringLiteral("export-%1.sqlite").arg(what));
        QString problem = init(db);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        problem = import(db, QStringLiteral("products"),
                         writeFile(m_dir.filePath(QStringLiteral("export.csv")), productsCsv(QStringLiteral("EX"), 3000)));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        problem = import(db, QStringLiteral("orders"), QStringLiteral(BORDERDESK_TEST_DATA "/shopify_orders.csv"));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        problem = import(db, QStringLiteral("rates"), QStringLiteral(BORDERDESK_TEST_DATA "/ecb_daily.xml"));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));

        MOUNT_SMALL_FILESYSTEM(small, 1 << 20)
        const QByteArray old = "the previous export, which must survive\n";
        const QString target = writeFile(m_dir.filePath(QStringLiteral("small/%1.%2").arg(what, suffix)), old);
        QVERIFY(small.fill(0));
        const QStringList before = QDir(m_dir.filePath(QStringLiteral("small"))).entryList(QDir::Files);

        const CliResult r = runCli(QStringList{QStringLiteral("--db"), db} + command + QStringList{target});
        qInfo("%s export to a full disk: exit %d, %s", qPrintable(what), r.code, qPrintable(r.err.trimmed()));
        QVERIFY(!r.crashed);
        QVERIFY(r.code != 0);
        QVERIFY2(saysDiskIsFull(r.err), qPrintable(r.err));
        QFile file(target);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), old);
        QCOMPARE(QDir(m_dir.filePath(QStringLiteral("small"))).entryList(QDir::Files), before);
    }
};

QTEST_GUILESS_MAIN(TestFullDisk)
#include "tst_fulldisk.moc"
