// borderdesk-cli backup FILE, restore FILE and check, and the quick_check every command runs first: what an operator
// sees (messages, exit codes) and what is on disk afterwards.
#include "clirun.h"
#include "databasebackup.h"
#include "englishmessages.h"
#include "migrator.h"
#include "testdatabase.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

int productCount(const QString &db)
{
    const Run r = cli({QStringLiteral("--db"), db, QStringLiteral("products"), QStringLiteral("list"), QStringLiteral("--json")});
    return r.code == 0 ? int(QJsonDocument::fromJson(r.out.toUtf8()).array().size()) : -1;
}

void damage(const QString &path)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    const qint64 pages = file.size() / 4096;
    QVERIFY(pages > 4);
    QVERIFY(file.seek(4096 * (pages / 2)));
    file.write(QByteArray(4096, '\x5a'));
}

} // namespace

class TestCliBackup : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        installEnglishMessages();
    }

    void init()
    {
        m_db = m_dir.filePath(QStringLiteral("%1.sqlite").arg(QString::fromLatin1(QTest::currentTestFunction())));
        const Run r = cli({QStringLiteral("--db"), m_db, QStringLiteral("init"), QStringLiteral("--demo"),
                           QStringLiteral("--base-currency"), QStringLiteral("THB"), QStringLiteral("--home-country"),
                           QStringLiteral("TH")});
        QCOMPARE(r.code, 0);
    }

    void backupThenRestore()
    {
        const QString copy = m_dir.filePath(QStringLiteral("copy.sqlite"));
        Run r = cli({QStringLiteral("--db"), m_db, QStringLiteral("backup"), copy});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("written to")) && r.out.contains(copy), qPrintable(r.out));
        QString error;
        QVERIFY2(DatabaseBackup::validate(copy, &error), qPrintable(error));

        // The same name again is refused and the copy is left alone.
        const QByteArray copyHash = fileHash(copy);
        r = cli({QStringLiteral("--db"), m_db, QStringLiteral("backup"), copy});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("already exists")), qPrintable(r.err));
        QCOMPARE(fileHash(copy), copyHash);

        // Lose most of the catalogue, then restore.
        const int before = productCount(m_db);
        QVERIFY(before > 100);
        {
            const Connection c = Connection::open(m_db, &error);
            QSqlQuery q(c.database());
            QVERIFY(q.exec(QStringLiteral("DELETE FROM order_lines")));
            QVERIFY(q.exec(QStringLiteral("DELETE FROM products WHERE id > 3")));
        }
        QCOMPARE(productCount(m_db), 3);
        r = cli({QStringLiteral("--db"), m_db, QStringLiteral("restore"), copy});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("Restored")) && r.out.contains(QStringLiteral("kept at")), qPrintable(r.out));
        QCOMPARE(productCount(m_db), before);
        const QStringList kept = DatabaseBackup::backupsBeside(m_db);
        QCOMPARE(kept.size(), 1);
        QVERIFY(r.out.contains(kept.front()));
        QCOMPARE(productCount(kept.front()), 3);
    }

    void restoreRefusesABadFileAndChangesNothing()
    {
        const QString notes = m_dir.filePath(QStringLiteral("notes.txt"));
        {
            QFile f(notes);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray("not a database\n").repeated(1000));
        }
        const QByteArray before = fileHash(m_db);
        const QStringList filesBefore = QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden);
        const Run r = cli({QStringLiteral("--db"), m_db, QStringLiteral("restore"), notes});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("Nothing was restored")) && r.err.contains(QStringLiteral("not a database file")),
                 qPrintable(r.err));
        QCOMPARE(fileHash(m_db), before);
        QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden), filesBefore);
    }

    void restoreOfAnOlderSchemaIsUpdated()
    {
        const Run r = cli({QStringLiteral("--db"), m_db, QStringLiteral("restore"), testDataPath(QStringLiteral("schema/v2.sqlite"))});
        QCOMPARE(r.code, 0);
        QCOMPARE(productCount(m_db), 3);
        const Run check = cli({QStringLiteral("--db"), m_db, QStringLiteral("check")});
        QCOMPARE(check.code, 0);
        QVERIFY2(check.out.contains(QStringLiteral("quick_check ok, schema %1").arg(Migrator::latestVersion())),
                 qPrintable(check.out));
    }

    void damagedDatabaseIsReportedWithTheWayBack()
    {
        const QString copy = m_dir.filePath(QStringLiteral("damaged-backup-20261128-0800.sqlite"));
        QString error;
        {
            const Connection c = Connection::open(m_db, &error);
            QVERIFY(DatabaseBackup::copyTo(c.database(), DatabaseBackup::automaticBackupPath(m_db, 7), &error));
        }
        damage(m_db);
        const QByteArray before = fileHash(m_db);
        // Commands that change the database (init here) run the full quick_check first, as do check and backup.
        for (const QStringList &command : {QStringList{QStringLiteral("check")},
                                           QStringList{QStringLiteral("init"), QStringLiteral("--home-country"),
                                                       QStringLiteral("DE")},
                                           QStringList{QStringLiteral("backup"), copy}}) {
            const Run r = cli(QStringList{QStringLiteral("--db"), m_db} + command);
            QCOMPARE(r.code, 1);
            QVERIFY2(r.err.contains(QStringLiteral("damaged")) && r.err.contains(QStringLiteral("restore FILE"))
                         && r.err.contains(DatabaseBackup::backupsBeside(m_db).front()),
                     qPrintable(r.err));
            QCOMPARE(fileHash(m_db), before);
        }
        QVERIFY(!QFile::exists(copy));
        // Reading commands skip the whole-file check; whatever they manage to read, they change nothing.
        cli({QStringLiteral("--db"), m_db, QStringLiteral("products"), QStringLiteral("list")});
        QCOMPARE(fileHash(m_db), before);
        // A file that is no database at all is named by every command, with the way back.
        const QString notes = m_dir.filePath(QStringLiteral("notes.sqlite"));
        {
            QFile f(notes);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray(8192, 'x'));
        }
        const Run list = cli({QStringLiteral("--db"), notes, QStringLiteral("products"), QStringLiteral("list")});
        QCOMPARE(list.code, 1);
        QVERIFY2(list.err.contains(QStringLiteral("not a database file"))
                     && list.err.contains(QStringLiteral("restore FILE")),
                 qPrintable(list.err));

        const Run r = cli({QStringLiteral("--db"), m_db, QStringLiteral("restore"), DatabaseBackup::backupsBeside(m_db).front()});
        QCOMPARE(r.code, 0);
        QVERIFY(productCount(m_db) > 100);
    }

    void usage()
    {
        QCOMPARE(cli({QStringLiteral("--db"), m_db, QStringLiteral("backup")}).code, 2);
        QCOMPARE(cli({QStringLiteral("--db"), m_db, QStringLiteral("restore"), QStringLiteral("a"), QStringLiteral("b")}).code, 2);
        const Run help = cli({QStringLiteral("--help")});
        QVERIFY(help.out.contains(QStringLiteral("  restore FILE")));
        QVERIFY(help.out.contains(QStringLiteral("Exit codes")));
    }
};

QTEST_GUILESS_MAIN(TestCliBackup)
#include "tst_clibackup.moc"
