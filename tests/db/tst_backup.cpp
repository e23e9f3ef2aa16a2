#include "backgroundquickcheck.h"
#include "databasebackup.h"
#include "migrator.h"
#include "productrepository.h"
#include "smallfilesystem.h"
#include "testdatabase.h"

#include <QCryptographicHash>
#include <QDir>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

namespace {

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

// A plain SQLite file made without Borderdesk's connection factory.
void makeRawDatabase(const QString &path, const QStringList &statements)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        for (const QString &s : statements)
            QVERIFY2(q.exec(s), qPrintable(s));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
}

// Overwrites a page in the middle of a database file with garbage, as a failing disk would.
void damage(const QString &path)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    const qint64 pages = file.size() / 4096;
    QVERIFY(pages > 4);
    QVERIFY(file.seek(4096 * (pages / 2)));
    file.write(QByteArray(4096, '\x5a'));
}

QStringList filesIn(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden, QDir::Name);
}

// A demo shop of the given number of products at path.
void makeShop(const QString &path, int products)
{
    QString error;
    Connection c = Connection::open(path, &error);
    QVERIFY2(c.isOpen(), qPrintable(error));
    QVERIFY2(DemoShop::populate(c.database(), products, &error), qPrintable(error));
}

} // namespace

class TestBackup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void copyIsCompleteAndChecked()
    {
        TestDatabase t(50);
        const QString target = t.filePath(QStringLiteral("copy.sqlite"));
        QString error;
        QVERIFY2(DatabaseBackup::copyTo(t.db(), target, &error), qPrintable(error));
        // Nothing but the copy is left beside it (no temporary file).
        const QStringList files = filesIn(QFileInfo(target).path());
        QVERIFY2(!files.join(u' ').contains(QStringLiteral(".part")), qPrintable(files.join(u' ')));
        QVERIFY2(DatabaseBackup::validate(target, &error), qPrintable(error));
        const Connection copy = Connection::open(target, &error, Connection::Mode::OpenExisting);
        QVERIFY(copy.isOpen());
        QCOMPARE(ProductRepository(copy.database()).count(), 50);
    }

    void existingTargetIsNeverOverwritten()
    {
        TestDatabase t(5);
        const QString target = t.writeFile(QStringLiteral("keep.sqlite"), "precious");
        QString error;
        QVERIFY(!DatabaseBackup::copyTo(t.db(), target, &error));
        QVERIFY(error.contains(QStringLiteral("already exists")));
        QFile f(target);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("precious"));
    }

    void fullDiskLeavesNoCopyAndTheDatabaseUnchanged()
    {
        TestDatabase t(2000);
        SmallFilesystem small(t.filePath(QStringLiteral("small")), 512 * 1024);
        if (!small.isMounted())
            QSKIP(qPrintable(QStringLiteral("cannot mount a small tmpfs to fill up (needs root): ") + small.error()));
        QVERIFY(small.fill(64 * 1024));
        const qint64 before = ProductRepository(t.db()).count();
        const QString target = small.filePath(QStringLiteral("copy.sqlite"));
        QString error;
        QVERIFY(!DatabaseBackup::copyTo(t.db(), target, &error));
        QVERIFY2(error.contains(QStringLiteral("disk is full")) && error.contains(target), qPrintable(error));
        QVERIFY(!QFile::exists(target));
        QCOMPARE(small.files(), QStringList()); // no partial or temporary file
        QCOMPARE(ProductRepository(t.db()).count(), before);
        QSqlQuery q(t.db());
        QVERIFY(q.exec(QStringLiteral("PRAGMA quick_check")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
    }

    void quickCheckFindsDamage()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("shop.sqlite"));
        makeShop(path, 300);
        QString problem;
        QVERIFY2(DatabaseBackup::quickCheck(path, &problem), qPrintable(problem));
        damage(path);
        QVERIFY(!DatabaseBackup::quickCheck(path, &problem));
        QVERIFY2(problem.contains(path) && problem.contains(QStringLiteral("damaged")), qPrintable(problem));
    }

    // The main window's check after its first paint: one answer per check, on the owner's thread; none once cancelled.
    void backgroundCheckAnswersOnceAndNotAfterCancel()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("shop.sqlite"));
        makeShop(path, 300);
        BackgroundQuickCheck check;
        QSignalSpy passed(&check, &BackgroundQuickCheck::passed);
        QSignalSpy failed(&check, &BackgroundQuickCheck::failed);
        check.start(path);
        QVERIFY(passed.wait(20000));
        QCOMPARE(passed.constFirst().constFirst().toString(), path);
        QCOMPARE(failed.count(), 0);
        QVERIFY(!check.isRunning());

        damage(path);
        check.start(path);
        QVERIFY(failed.wait(20000));
        QCOMPARE(passed.count(), 1);
        QVERIFY2(failed.constFirst().at(1).toString().contains(QStringLiteral("damaged")),
                 qPrintable(failed.constFirst().at(1).toString()));

        check.start(path);
        check.cancel();
        QVERIFY(!check.isRunning());
        QTest::qWait(300);
        QCOMPARE(failed.count(), 1);
        QCOMPARE(passed.count(), 1);
    }

    void restoreReplacesTheDatabaseAndKeepsWhatItReplaced()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("shop.sqlite"));
        const QString backup = dir.filePath(QStringLiteral("monday.sqlite"));
        QString error;
        {
            Connection c = Connection::open(path, &error);
            QVERIFY(c.isOpen());
            QVERIFY(DemoShop::populate(c.database(), 40, &error));
            QVERIFY2(DatabaseBackup::copyTo(c.database(), backup, &error), qPrintable(error));
            QSqlQuery q(c.database());
            QVERIFY(q.exec(QStringLiteral("DELETE FROM order_lines")));
            QVERIFY(q.exec(QStringLiteral("DELETE FROM products WHERE id > 10")));
            QCOMPARE(ProductRepository(c.database()).count(), 10);
        }
        QString kept;
        QVERIFY2(DatabaseBackup::restore(path, backup, &kept, &error), qPrintable(error));
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
        QVERIFY(!filesIn(dir.path()).join(u' ').contains(QStringLiteral(".restoring")));
        QVERIFY2(QFileInfo(kept).fileName().startsWith(QStringLiteral("shop-before-restore-")), qPrintable(kept));
        QVERIFY(DatabaseBackup::backupsBeside(path).contains(kept));
        {
            const Connection restored = Connection::open(path, &error, Connection::Mode::OpenExisting);
            QVERIFY2(restored.isOpen(), qPrintable(error));
            QCOMPARE(ProductRepository(restored.database()).count(), 40);
        }
        const Connection safety = Connection::open(kept, &error, Connection::Mode::OpenExisting);
        QVERIFY2(safety.isOpen(), qPrintable(error));
        QCOMPARE(ProductRepository(safety.database()).count(), 10);
    }

    void restoreOfAnOlderBackupIsUpdated()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("shop.sqlite"));
        QString error;
        {
            Connection c = Connection::open(path, &error);
            QVERIFY(c.isOpen());
        }
        QString kept;
        QVERIFY2(DatabaseBackup::restore(path, testDataPath(QStringLiteral("schema/v3.sqlite")), &kept, &error),
                 qPrintable(error));
        const Connection restored = Connection::open(path, &error, Connection::Mode::OpenExisting);
        QVERIFY2(restored.isOpen(), qPrintable(error));
        QCOMPARE(Migrator::currentVersion(restored.database()), Migrator::latestVersion());
        QCOMPARE(ProductRepository(restored.database()).count(), 3);
    }

    void restoreRefusesWhatIsNotAGoodBackup_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("message");
        QTest::newRow("text file") << QStringLiteral("text") << QStringLiteral("not a database file");
        QTest::newRow("another program's database") << QStringLiteral("foreign") << QStringLiteral("not a Borderdesk database");
        QTest::newRow("newer Borderdesk") << QStringLiteral("newer") << QStringLiteral("newer version of Borderdesk");
        QTest::newRow("damaged") << QStringLiteral("damaged") << QStringLiteral("damaged");
        QTest::newRow("missing") << QStringLiteral("missing") << QStringLiteral("no such file");
    }

    void restoreRefusesWhatIsNotAGoodBackup()
    {
        QFETCH(QString, kind);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("shop.sqlite"));
        QString error;
        {
            Connection c = Connection::open(path, &error);
            QVERIFY(c.isOpen());
            QVERIFY(DemoShop::populate(c.database(), 300, &error));
        }
        const QString bad = dir.filePath(QStringLiteral("bad.sqlite"));
        if (kind == u"text") {
            QFile f(bad);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray("SKU,Name\nA,Mug\n").repeated(300));
        } else if (kind == u"foreign") {
            makeRawDatabase(bad, {QStringLiteral("CREATE TABLE customers (id INTEGER PRIMARY KEY)")});
        } else if (kind == u"newer") {
            makeRawDatabase(bad, {QStringLiteral("PRAGMA application_id = 1111771953"), QStringLiteral("CREATE TABLE future (x)"),
                                  QStringLiteral("PRAGMA user_version = 999")});
        } else if (kind == u"damaged") {
            QVERIFY(QFile::copy(path, bad));
            damage(bad);
        }
        const QByteArray before = fileHash(path);
        const QStringList filesBefore = filesIn(dir.path());
        QString kept;
        QVERIFY(!DatabaseBackup::restore(path, bad, &kept, &error));
        QVERIFY2(error.contains(message) && error.contains(bad), qPrintable(error));
        QCOMPARE(fileHash(path), before);
        QCOMPARE(filesIn(dir.path()), filesBefore);
        QVERIFY(kept.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestBackup)
#include "tst_backup.moc"
