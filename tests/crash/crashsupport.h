#pragma once

#include <QByteArray>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStorageInfo>
#include <QString>
#include <QStringList>
#include <QTest>

#include <sys/mount.h>

#include <cerrno>
#include <cstring>

// Helpers for the crash-safety suites: they drive the real borderdesk-cli executable as a separate process, the way a
// user (or cron) runs it, and look at the database file afterwards with a plain SQLite connection of their own.
namespace CrashSupport {

inline QString cliPath()
{
    return QStringLiteral(BORDERDESK_CLI);
}

// A Borderdesk product CSV of `count` products whose SKUs all start with `marker` ("K07-000001"…), so one import's
// rows can be counted afterwards.
inline QByteArray productsCsv(const QString &marker, int count, int stock = 5)
{
    QByteArray csv = "sku,name,barcode,hs_code,origin_country,weight_g,length_mm,width_mm,height_mm,cost,cost_currency,"
                     "price,price_currency,category,stock,active,customs_description\n";
    csv.reserve(csv.size() + qsizetype(count) * 130);
    const QByteArray prefix = marker.toUtf8();
    for (int i = 1; i <= count; ++i) {
        const QByteArray n = QByteArray::number(i).rightJustified(6, '0');
        csv += prefix + '-' + n + ",Crash test item " + prefix + ' ' + n + ",,090230,TH,"
               + QByteArray::number(100 + i % 900) + ",100,80,60," + QByteArray::number(10 + i % 50) + ".25,THB,"
               + QByteArray::number(100 + i % 700) + ".00,THB,Tea & Coffee," + QByteArray::number(stock)
               + ",1,Tea leaves\n";
    }
    return csv;
}

// An Amazon order report of `count` one-line orders whose order ids are "PREFIX-0000001"…; PREFIX looks like Amazon's
// "900-0000000".
inline QByteArray amazonOrders(const QByteArray &prefix, int count)
{
    QFile sample(QStringLiteral(BORDERDESK_TEST_DATA "/amazon_orders.txt"));
    if (!sample.open(QIODevice::ReadOnly))
        qFatal("cannot read amazon_orders.txt");
    const QList<QByteArray> lines = sample.readAll().split('\n');
    const QByteArray &first = lines.at(1);
    const QByteArray row = first.mid(first.indexOf('\t', first.indexOf('\t') + 1)); // all but the two ids
    QByteArray tsv = lines.at(0) + '\n';
    for (int i = 1; i <= count; ++i) {
        const QByteArray n = QByteArray::number(i).rightJustified(7, '0');
        tsv += prefix + '-' + n + "\t4011" + n + row + '\n';
    }
    return tsv;
}

inline QString writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

struct CliResult
{
    int code = -1;
    bool crashed = false;
    QString out;
    QString err;
};

// Runs borderdesk-cli to the end (in English, whatever the machine's language).
inline CliResult runCli(const QStringList &args, int timeoutMs = 120000)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.remove(QStringLiteral("LANGUAGE"));
    process.setProcessEnvironment(env);
    process.start(cliPath(), args);
    CliResult result;
    if (!process.waitForStarted() || !process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        result.err = QStringLiteral("borderdesk-cli did not finish: ") + process.errorString();
        return result;
    }
    result.crashed = process.exitStatus() != QProcess::NormalExit;
    result.code = process.exitCode();
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

// A plain SQLite connection to the file (not Borderdesk's Connection, which would migrate and install presets):
// what is in the file is exactly what the checks see.
class RawDatabase
{
public:
    explicit RawDatabase(const QString &path)
        : m_name(QStringLiteral("crash-check-%1").arg(++counter()))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=30000"));
        if (!db.open())
            qFatal("cannot open %s: %s", qPrintable(path), qPrintable(db.lastError().text()));
    }
    ~RawDatabase()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    Q_DISABLE_COPY_MOVE(RawDatabase)

    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

    // "ok", or what integrity_check found (or why it could not run).
    QString integrity() const
    {
        QSqlQuery q(db());
        if (!q.exec(QStringLiteral("PRAGMA integrity_check")))
            return q.lastError().text();
        QStringList lines;
        while (q.next())
            lines.append(q.value(0).toString());
        return lines.join(QLatin1Char('\n'));
    }

    // A single number from a query; -1 when the query fails.
    qint64 scalar(const QString &sql, const QVariantList &values = {}) const
    {
        QSqlQuery q(db());
        q.prepare(sql);
        for (const QVariant &v : values)
            q.addBindValue(v);
        if (!q.exec() || !q.next())
            return -1;
        return q.value(0).toLongLong();
    }

    qint64 productsWithPrefix(const QString &marker) const
    {
        // SKUs are "MARKER-nnnnnn"; a range on the primary key's index, no LIKE escaping needed.
        return scalar(QStringLiteral("SELECT count(*) FROM products WHERE sku >= ? AND sku < ?"),
                      {QString(marker + QLatin1Char('-')), QString(marker + QLatin1Char('.'))});
    }

    // Orders whose channel order id starts with "PREFIX-", and their lines.
    qint64 ordersWithPrefix(const QString &prefix) const
    {
        return scalar(QStringLiteral("SELECT count(*) FROM orders WHERE channel_order_id >= ? AND channel_order_id < ?"),
                      {QString(prefix + QLatin1Char('-')), QString(prefix + QLatin1Char('.'))});
    }
    qint64 orderLinesWithPrefix(const QString &prefix) const
    {
        return scalar(QStringLiteral("SELECT count(*) FROM order_lines JOIN orders ON orders.id = order_lines.order_id "
                                     "WHERE channel_order_id >= ? AND channel_order_id < ?"),
                      {QString(prefix + QLatin1Char('-')), QString(prefix + QLatin1Char('.'))});
    }

    // Every row of a table, in a stable order, as one text: to tell "unchanged" from "changed".
    QString dump(const QString &table, const QString &orderBy) const
    {
        QSqlQuery q(db());
        if (!q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY %2").arg(table, orderBy)))
            return QStringLiteral("error: ") + q.lastError().text();
        QString text;
        while (q.next()) {
            for (int i = 0; i < q.record().count(); ++i)
                text += q.value(i).toString() + QLatin1Char('\x1f');
            text += QLatin1Char('\n');
        }
        return text;
    }

private:
    static int &counter()
    {
        static int n = 0;
        return n;
    }
    QString m_name;
};

// A small tmpfs mounted on a folder for one test, unmounted when this goes. Needs CAP_SYS_ADMIN (root).
class SmallFilesystem
{
public:
    SmallFilesystem(const QString &path, qint64 bytes)
        : m_path(path)
    {
        QDir().mkpath(path);
        const QByteArray options = "size=" + QByteArray::number(bytes);
        if (::mount("tmpfs", QFile::encodeName(path).constData(), "tmpfs", 0, options.constData()) == 0)
            m_mounted = true;
        else
            m_error = QString::fromLocal8Bit(std::strerror(errno));
    }
    ~SmallFilesystem()
    {
        if (m_mounted)
            ::umount2(QFile::encodeName(m_path).constData(), MNT_DETACH);
    }
    Q_DISABLE_COPY_MOVE(SmallFilesystem)

    bool isMounted() const { return m_mounted; }
    QString error() const { return m_error; }

    // Fills the filesystem with one file until only about `leaveBytes` are free.
    bool fill(qint64 leaveBytes) const
    {
        QFile filler(m_path + QStringLiteral("/filler"));
        if (!filler.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered))
            return false;
        const QByteArray block(4096, 'x');
        for (;;) {
            if (freeBytes() <= leaveBytes)
                return true;
            if (filler.write(block) != block.size())
                return true; // already full
        }
    }
    qint64 freeBytes() const
    {
        QStorageInfo info(m_path);
        info.refresh();
        return info.bytesAvailable();
    }

private:
    QString m_path;
    QString m_error;
    bool m_mounted = false;
};

} // namespace CrashSupport
