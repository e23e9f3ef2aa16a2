// Kills borderdesk-cli with SIGKILL at random moments while it imports a large product file (30 kills) or order file
// (15 kills), again and again into one database, and after every kill checks what a user would find: an intact
// database (integrity_check) in which each import is either all there or not there at all, and every import that
// finished before is still whole. A negative control runs a deliberately chunked importer under the same harness and
// must be caught, which proves the checks can fail.
//
// The seed is printed; BORDERDESK_CRASH_SEED=N repeats a run. BORDERDESK_CRASH_ROWS changes the file size (products;
// an order file has an eighth as many orders).

#include "crashsupport.h"

#include <QRandomGenerator>
#include <QTemporaryDir>

using namespace CrashSupport;

namespace {

struct Outcome
{
    int runs = 0;
    int kills = 0;     // runs that SIGKILL stopped
    int completed = 0; // runs that finished before their kill time (and the calibration runs)
    int present = 0;   // imports found whole
    int absent = 0;    // imports found not at all
    QStringList partial; // imports found in part: the failure this test exists to catch
    QStringList problems; // integrity_check, exit codes, lost earlier imports
};

enum class Kind { Products, Orders };

class KillHarness
{
public:
    KillHarness(Kind kind, QString program, QString databasePath, QString folder, int rows, quint32 seed)
        : m_kind(kind)
        , m_program(std::move(program))
        , m_database(std::move(databasePath))
        , m_folder(std::move(folder))
        , m_rows(rows)
        , m_random(seed)
    {
    }

    // Runs two imports without a kill and returns how long the longer took: kill times are drawn from that window.
    // (The second import goes into a non-empty table, like every later one, and can take longer than the first.)
    qint64 calibrate(Outcome &outcome)
    {
        qint64 longest = 0;
        for (int i = 0; i < 2; ++i) {
            QElapsedTimer timer;
            timer.start();
            runOnce(-1, outcome);
            longest = qMax(longest, timer.elapsed());
        }
        return longest;
    }

    // Runs imports, each killed at a random moment in [0, windowMs), until `wantedKills` kills or `maxRuns` runs;
    // with stopWhenPartial, stops at the first partial import.
    void run(int wantedKills, int maxRuns, qint64 windowMs, bool stopWhenPartial, Outcome &outcome)
    {
        while (outcome.kills < wantedKills && outcome.runs < maxRuns) {
            runOnce(qint64(m_random.bounded(quint32(qMax<qint64>(windowMs, 2)))), outcome);
            if (stopWhenPartial && !outcome.partial.isEmpty())
                return;
        }
    }

private:
    void runOnce(qint64 killAfterMs, Outcome &outcome)
    {
        // Products "K007-000001"…; orders with Amazon ids "907-0000000-0000001"…
        const int run = m_next++;
        const QString marker = m_kind == Kind::Products ? QStringLiteral("K%1").arg(run, 3, 10, QLatin1Char('0'))
                                                        : QStringLiteral("9%1-0000000").arg(run, 2, 10, QLatin1Char('0'));
        const QString file = writeFile(QStringLiteral("%1/%2.txt").arg(m_folder, marker),
                                       m_kind == Kind::Products ? productsCsv(marker, m_rows)
                                                                : amazonOrders(marker.toLatin1(), m_rows));
        ++outcome.runs;

        QProcess process;
        process.setStandardOutputFile(QProcess::nullDevice()); // stderr is kept for the report of a failed run
        if (m_program == cliPath())
            process.start(m_program, {QStringLiteral("--db"), m_database,
                                      m_kind == Kind::Products ? QStringLiteral("products") : QStringLiteral("orders"),
                                      QStringLiteral("import"), file});
        else
            process.start(m_program, {m_database, file});
        if (!process.waitForStarted()) {
            outcome.problems.append(marker + QStringLiteral(": did not start: ") + process.errorString());
            return;
        }
        bool killed = false;
        if (killAfterMs < 0 || process.waitForFinished(int(killAfterMs))) {
            if (process.state() != QProcess::NotRunning)
                process.waitForFinished(120000);
            ++outcome.completed;
            if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
                outcome.problems.append(marker + QStringLiteral(": an import that was not killed failed (exit %1): %2")
                                                     .arg(process.exitCode())
                                                     .arg(QString::fromUtf8(process.readAllStandardError())));
        } else {
            process.kill(); // SIGKILL
            process.waitForFinished(30000);
            killed = process.exitStatus() == QProcess::CrashExit;
            if (killed)
                ++outcome.kills;
            else
                ++outcome.completed; // it finished between the wait and the kill
        }
        QFile::remove(file);

        const RawDatabase raw(m_database);
        const QString integrity = raw.integrity();
        if (integrity != QStringLiteral("ok"))
            outcome.problems.append(marker + QStringLiteral(": integrity_check: ") + integrity);
        const qint64 rows = count(raw, marker);
        if (m_kind == Kind::Orders && raw.orderLinesWithPrefix(marker) != rows)
            outcome.problems.append(marker + QStringLiteral(": orders without their lines, or lines without their order"));
        if (rows == m_rows) {
            ++outcome.present;
            m_whole.append(marker);
        } else if (rows == 0) {
            ++outcome.absent;
            if (!killed)
                outcome.problems.append(marker + QStringLiteral(": finished, but its rows are missing"));
        } else {
            outcome.partial.append(QStringLiteral("%1: %2 of %3 rows after a kill at %4 ms")
                                       .arg(marker)
                                       .arg(rows)
                                       .arg(m_rows)
                                       .arg(killAfterMs));
        }
        // What earlier imports committed stays committed.
        for (const QString &earlier : std::as_const(m_whole)) {
            if (count(raw, earlier) != m_rows)
                outcome.problems.append(marker + QStringLiteral(": the earlier import ") + earlier
                                        + QStringLiteral(" is no longer whole"));
        }
    }

    qint64 count(const RawDatabase &raw, const QString &marker) const
    {
        return m_kind == Kind::Products ? raw.productsWithPrefix(marker) : raw.ordersWithPrefix(marker);
    }

    Kind m_kind;
    QString m_program;
    QString m_database;
    QString m_folder;
    int m_rows;
    QRandomGenerator m_random;
    int m_next = 1;
    QStringList m_whole;
};

int rowsPerImport()
{
    bool ok = false;
    const int rows = qEnvironmentVariableIntValue("BORDERDESK_CRASH_ROWS", &ok);
    return ok && rows > 0 ? rows : 15000;
}

quint32 seed()
{
    bool ok = false;
    const uint fixed = qEnvironmentVariable("BORDERDESK_CRASH_SEED").toUInt(&ok);
    return ok ? fixed : QRandomGenerator::global()->generate();
}

QString summary(const Outcome &o)
{
    return QStringLiteral("runs %1, kills %2, finished before the kill %3; imports whole %4, absent %5, partial %6")
        .arg(o.runs)
        .arg(o.kills)
        .arg(o.completed)
        .arg(o.present)
        .arg(o.absent)
        .arg(o.partial.size());
}

// A fresh database made by the CLI itself, with a base currency.
void initDatabase(const QString &path)
{
    const CliResult init = runCli({QStringLiteral("--db"), path, QStringLiteral("init"), QStringLiteral("--base-currency"),
                                   QStringLiteral("THB"), QStringLiteral("--home-country"), QStringLiteral("TH")});
    QVERIFY2(init.code == 0 && !init.crashed, qPrintable(init.err));
}

} // namespace

class TestKillImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killedImportIsAllOrNothing()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString db = dir.filePath(QStringLiteral("shop.sqlite"));
        initDatabase(db);
        if (QTest::currentTestFailed())
            return;
        const quint32 s = seed();
        qInfo("seed %u (BORDERDESK_CRASH_SEED=%u repeats this run), %d products per import", s, s, rowsPerImport());

        KillHarness harness(Kind::Products, cliPath(), db, dir.path(), rowsPerImport(), s);
        Outcome outcome;
        // Kill moments cover the whole run (reading the file, writing, committing) and a little after it, so that some
        // runs finish: an import that committed must then be found whole.
        const qint64 window = harness.calibrate(outcome) * 13 / 10;
        harness.run(30, 90, window, false, outcome);
        qInfo("%s", qPrintable(summary(outcome)));

        QVERIFY2(outcome.partial.isEmpty(), qPrintable(outcome.partial.join(QLatin1Char('\n'))));
        QVERIFY2(outcome.problems.isEmpty(), qPrintable(outcome.problems.join(QLatin1Char('\n'))));
        QVERIFY2(outcome.kills >= 30, qPrintable(summary(outcome)));

        // After all that, the database still takes an import.
        const QString last = writeFile(dir.filePath(QStringLiteral("last.csv")), productsCsv(QStringLiteral("LAST"), 10));
        const CliResult r = runCli({QStringLiteral("--db"), db, QStringLiteral("products"), QStringLiteral("import"), last});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(RawDatabase(db).productsWithPrefix(QStringLiteral("LAST")), 10);
    }

    // Orders span several tables (orders, lines, customers, history): a killed order import is all or nothing too.
    void killedOrderImportIsAllOrNothing()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString db = dir.filePath(QStringLiteral("shop.sqlite"));
        initDatabase(db);
        if (QTest::currentTestFailed())
            return;
        const quint32 s = seed();
        const int orders = qMax(1, rowsPerImport() / 8);
        qInfo("seed %u, %d orders per import", s, orders);

        KillHarness harness(Kind::Orders, cliPath(), db, dir.path(), orders, s);
        Outcome outcome;
        const qint64 window = harness.calibrate(outcome) * 13 / 10;
        harness.run(15, 40, window, false, outcome);
        qInfo("%s", qPrintable(summary(outcome)));

        QVERIFY2(outcome.partial.isEmpty(), qPrintable(outcome.partial.join(QLatin1Char('\n'))));
        QVERIFY2(outcome.problems.isEmpty(), qPrintable(outcome.problems.join(QLatin1Char('\n'))));
        QVERIFY2(outcome.kills >= 15, qPrintable(summary(outcome)));
    }

    // The same harness and checks against an importer that commits every 500 rows: a kill must leave a partial import
    // behind, and the checks must see it. If this fails, the test above proves nothing.
    void negativeControlChunkedImportIsCaught()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString db = dir.filePath(QStringLiteral("shop.sqlite"));
        initDatabase(db);
        if (QTest::currentTestFailed())
            return;
        const quint32 s = seed();
        qInfo("seed %u", s);

        KillHarness harness(Kind::Products, QStringLiteral(BORDERDESK_CHUNKED_IMPORT), db, dir.path(), rowsPerImport(), s);
        Outcome outcome;
        const qint64 window = harness.calibrate(outcome) * 11 / 10;
        harness.run(30, 60, window, true, outcome);
        qInfo("%s", qPrintable(summary(outcome)));
        if (!outcome.partial.isEmpty())
            qInfo("caught: %s", qPrintable(outcome.partial.constFirst()));
        QVERIFY2(!outcome.partial.isEmpty(), qPrintable(QStringLiteral("the chunked import was never caught: ")
                                                       + summary(outcome)));
    }
};

QTEST_GUILESS_MAIN(TestKillImport)
#include "tst_killimport.moc"
