// Several borderdesk-cli processes writing to one database at the same time, the way two operators (or an operator
// and a cron job) would: two large product imports that overlap on some SKUs, an order import, and edits of
// different fields of one order. Every command must succeed without showing "database is locked" (or "busy"), and
// nothing one of them wrote may be lost or mixed with another's.

#include "crashsupport.h"

#include <QTemporaryDir>

using namespace CrashSupport;

namespace {

constexpr int ImportRows = 15000;
constexpr int SharedRows = 500;

// An import file of its own products (MARKER-…) plus the SHARED-… products every file updates, with this file's stock.
QByteArray importWithShared(const QString &marker, int stock)
{
    QByteArray csv = productsCsv(marker, ImportRows, stock);
    const QByteArray shared = productsCsv(QStringLiteral("SHARED"), SharedRows, stock);
    csv += shared.mid(shared.indexOf('\n') + 1);
    return csv;
}

bool mentionsLocking(const QString &text)
{
    return text.contains(QStringLiteral("locked"), Qt::CaseInsensitive)
           || text.contains(QStringLiteral("busy"), Qt::CaseInsensitive);
}

struct Started
{
    QString what;
    std::unique_ptr<QProcess> process;
};

} // namespace

class TestTwoWriters : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void concurrentWritersLoseNothing_data()
    {
        QTest::addColumn<int>("round");
        for (int i = 1; i <= 3; ++i)
            QTest::addRow("round %d", i) << i;
    }

    void concurrentWritersLoseNothing()
    {
        QFETCH(int, round);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString db = dir.filePath(QStringLiteral("shop.sqlite"));
        CliResult r = runCli({QStringLiteral("--db"), db, QStringLiteral("init"), QStringLiteral("--base-currency"),
                              QStringLiteral("THB"), QStringLiteral("--home-country"), QStringLiteral("TH")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = runCli({QStringLiteral("--db"), db, QStringLiteral("orders"), QStringLiteral("import"),
                    QStringLiteral(BORDERDESK_TEST_DATA "/shopify_orders.csv")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QString orderNumber;
        {
            const RawDatabase raw(db);
            QSqlQuery q(raw.db());
            QVERIFY(q.exec(QStringLiteral("SELECT number FROM orders ORDER BY id LIMIT 1")) && q.next());
            orderNumber = q.value(0).toString();
            QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM orders WHERE channel = 'amazon'")), 0);
        }

        const QString fileA = writeFile(dir.filePath(QStringLiteral("a.csv")), importWithShared(QStringLiteral("WA"), 1));
        const QString fileB = writeFile(dir.filePath(QStringLiteral("b.csv")), importWithShared(QStringLiteral("WB"), 2));
        const QString cityA = QStringLiteral("Round %1 city").arg(round);
        const QString address2 = QStringLiteral("Round %1 suite").arg(round);
        const QString province = QStringLiteral("Round %1 province").arg(round);

        const QList<std::pair<QString, QStringList>> commands = {
            {QStringLiteral("products import A"), {QStringLiteral("products"), QStringLiteral("import"), fileA}},
            {QStringLiteral("products import B"), {QStringLiteral("products"), QStringLiteral("import"), fileB}},
            {QStringLiteral("orders import"),
             {QStringLiteral("orders"), QStringLiteral("import"), QStringLiteral(BORDERDESK_TEST_DATA "/amazon_orders.txt")}},
            {QStringLiteral("orders edit --address2"),
             {QStringLiteral("orders"), QStringLiteral("edit"), orderNumber, QStringLiteral("--address2"), address2}},
            {QStringLiteral("orders edit --province"),
             {QStringLiteral("orders"), QStringLiteral("edit"), orderNumber, QStringLiteral("--province"), province}},
            {QStringLiteral("orders edit --city"),
             {QStringLiteral("orders"), QStringLiteral("edit"), orderNumber, QStringLiteral("--city"), cityA}},
        };
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        std::vector<Started> started;
        for (const auto &[what, args] : commands) {
            Started s{what, std::make_unique<QProcess>()};
            s.process->setProcessEnvironment(env);
            s.process->start(cliPath(), QStringList{QStringLiteral("--db"), db} + args);
            QVERIFY2(s.process->waitForStarted(), qPrintable(what));
            started.push_back(std::move(s));
            // The imports start first; the small writers arrive while they read and write.
            if (what == QStringLiteral("products import B"))
                QTest::qWait(300 * round);
        }
        for (Started &s : started) {
            // One that ended while the others were waited for (or during the pause above) is done already.
            QVERIFY2(s.process->state() == QProcess::NotRunning || s.process->waitForFinished(120000),
                     qPrintable(s.what));
            const QString err = QString::fromUtf8(s.process->readAllStandardError());
            const QString out = QString::fromUtf8(s.process->readAllStandardOutput());
            QVERIFY2(!mentionsLocking(err + out), qPrintable(s.what + QStringLiteral(": ") + err + out));
            QVERIFY2(s.process->exitStatus() == QProcess::NormalExit && s.process->exitCode() == 0,
                     qPrintable(s.what + QStringLiteral(": ") + err));
        }

        const RawDatabase raw(db);
        QCOMPARE(raw.integrity(), QStringLiteral("ok"));
        // Both imports whole.
        QCOMPARE(raw.productsWithPrefix(QStringLiteral("WA")), ImportRows);
        QCOMPARE(raw.productsWithPrefix(QStringLiteral("WB")), ImportRows);
        // The shared products come wholly from one import or wholly from the other: never a mix.
        QCOMPARE(raw.productsWithPrefix(QStringLiteral("SHARED")), SharedRows);
        const qint64 distinctStock =
            raw.scalar(QStringLiteral("SELECT count(DISTINCT stock) FROM products WHERE sku >= 'SHARED-' AND sku < 'SHARED.'"));
        QCOMPARE(distinctStock, 1);
        // The order import landed.
        QVERIFY(raw.scalar(QStringLiteral("SELECT count(*) FROM orders WHERE channel = 'amazon'")) > 0);
        // Three edits of one order, at once: all three kept.
        QSqlQuery q(raw.db());
        q.prepare(QStringLiteral("SELECT ship_address2, ship_province, ship_city FROM orders WHERE number = ?"));
        q.addBindValue(orderNumber);
        QVERIFY(q.exec() && q.next());
        QCOMPARE(q.value(0).toString(), address2);
        QCOMPARE(q.value(1).toString(), province);
        QCOMPARE(q.value(2).toString(), cityA);
    }

    // Another program holds the write lock for longer than Borderdesk waits (its busy timeout): the command fails with a
    // message that says what is going on, not SQLite's "database is locked", changes nothing, and works once the lock
    // is gone.
    void writerHeldTooLongGetsAClearMessage()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString db = dir.filePath(QStringLiteral("shop.sqlite"));
        CliResult r = runCli({QStringLiteral("--db"), db, QStringLiteral("init"), QStringLiteral("--base-currency"),
                              QStringLiteral("THB"), QStringLiteral("--home-country"), QStringLiteral("TH")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QString file = writeFile(dir.filePath(QStringLiteral("p.csv")), productsCsv(QStringLiteral("HELD"), 50));
        const QStringList import = {QStringLiteral("--db"), db, QStringLiteral("products"), QStringLiteral("import"), file};
        {
            const RawDatabase holder(db);
            QSqlQuery lock(holder.db());
            QVERIFY(lock.exec(QStringLiteral("BEGIN IMMEDIATE")));
            r = runCli(import);
            qInfo("while another program holds the write lock: exit %d, %s", r.code, qPrintable(r.err.trimmed()));
            QVERIFY(lock.exec(QStringLiteral("ROLLBACK")));
        }
        QVERIFY(!r.crashed);
        QVERIFY(r.code != 0);
        QVERIFY2(!r.err.contains(QStringLiteral("locked"), Qt::CaseInsensitive), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("another Borderdesk window or command")), qPrintable(r.err));
        QCOMPARE(RawDatabase(db).productsWithPrefix(QStringLiteral("HELD")), 0);

        r = runCli(import);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(RawDatabase(db).productsWithPrefix(QStringLiteral("HELD")), 50);
    }
};

QTEST_GUILESS_MAIN(TestTwoWriters)
#include "tst_twowriters.moc"
