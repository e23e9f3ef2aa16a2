#include "connection.h"
#include "migrator.h"
#include "testdatabase.h"

#include <QCryptographicHash>
#include <QSqlQuery>
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

qint64 scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

} // namespace

class TestMigrations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void freshDatabaseIsMigratedAndConfigured()
    {
        TestDatabase t;
        QCOMPARE(Migrator::currentVersion(t.db()), Migrator::latestVersion());
        QVERIFY(Migrator::latestVersion() >= 1);
        QCOMPARE(scalar(t.db(), QStringLiteral("PRAGMA application_id")), 0x42444B31);
        QCOMPARE(scalar(t.db(), QStringLiteral("PRAGMA foreign_keys")), 1);
        QSqlQuery q(t.db());
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        QCOMPARE(scalar(t.db(), QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'products'")), 1);
        QCOMPARE(scalar(t.db(), QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'products_touch'")), 1);
    }

    void reopeningChangesNothing()
    {
        TestDatabase t;
        QString error;
        const Connection again = Connection::open(t.path(), &error);
        QVERIFY2(again.isOpen(), qPrintable(error));
        QCOMPARE(Migrator::currentVersion(again.database()), Migrator::latestVersion());
    }

    void newerDatabaseIsRefusedAndUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("future.sqlite"));
        makeRawDatabase(path, {QStringLiteral("PRAGMA application_id = 1111771953"),
                               QStringLiteral("CREATE TABLE future (x)"),
                               QStringLiteral("PRAGMA user_version = 999")});
        const QByteArray before = fileHash(path);
        QString error;
        const Connection c = Connection::open(path, &error);
        QVERIFY(!c.isOpen());
        QVERIFY2(error.contains(QStringLiteral("newer version of Borderdesk")) && error.contains(QStringLiteral("999")),
                 qPrintable(error));
        QCOMPARE(fileHash(path), before);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    }

    void foreignDatabaseIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("other.sqlite"));
        makeRawDatabase(path, {QStringLiteral("CREATE TABLE customers (id INTEGER PRIMARY KEY)")});
        const QByteArray before = fileHash(path);
        QString error;
        QVERIFY(!Connection::open(path, &error).isOpen());
        QVERIFY2(error.contains(QStringLiteral("not a Borderdesk one")), qPrintable(error));
        QCOMPARE(fileHash(path), before);
    }

    void fileThatIsNotADatabaseIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.sqlite"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'x'));
        f.close();
        QString error;
        QVERIFY(!Connection::open(path, &error).isOpen());
        QVERIFY2(error.contains(QStringLiteral("not a database")), qPrintable(error));
    }

    void missingFileWithOpenExistingIsAnError()
    {
        QTemporaryDir dir;
        QString error;
        QVERIFY(!Connection::open(dir.filePath(QStringLiteral("nope.sqlite")), &error, Connection::Mode::OpenExisting)
                     .isOpen());
        QVERIFY(error.contains(QStringLiteral("no such database file")));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("nope.sqlite"))));
    }

    void failingMigrationLeavesTheDatabaseAsItWas()
    {
        TestDatabase t;
        const int before = Migrator::currentVersion(t.db());
        const Migrator::Migration broken{before + 1, QStringLiteral("broken.sql"),
                                         QStringLiteral("CREATE TABLE half_done (x);\nTHIS IS NOT SQL;")};
        QString error;
        QVERIFY(!Migrator::apply(t.db(), broken, &error));
        QVERIFY2(error.contains(QStringLiteral("broken.sql")), qPrintable(error));
        QCOMPARE(Migrator::currentVersion(t.db()), before);
        QCOMPARE(scalar(t.db(), QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'half_done'")), 0);
    }

    void constraintsGuardTheData()
    {
        TestDatabase t;
        QSqlQuery q(t.db());
        const QString insert = QStringLiteral(
            "INSERT INTO products (sku, name, barcode, weight_g, cost_currency, price_currency) VALUES (?, ?, ?, ?, 'THB', 'THB')");
        auto tryInsert = [&](const QString &sku, const QString &name, const QString &barcode, int weight) {
            q.prepare(insert);
            q.addBindValue(sku);
            q.addBindValue(name);
            q.addBindValue(barcode);
            q.addBindValue(weight);
            return q.exec();
        };
        QVERIFY(tryInsert(QStringLiteral("A"), QStringLiteral("Mug"), QStringLiteral("4006381333931"), 10));
        QVERIFY(!tryInsert(QStringLiteral("A"), QStringLiteral("Dup"), QString(QStringLiteral("")), 10)); // unique SKU
        QVERIFY(!tryInsert(QStringLiteral("B"), QStringLiteral("Bad"), QStringLiteral("12AB"), 10));      // barcode
        QVERIFY(!tryInsert(QStringLiteral("C"), QStringLiteral("Neg"), QString(QStringLiteral("")), -1)); // weight
        QVERIFY(!tryInsert(QStringLiteral("D"), QStringLiteral("  "), QString(QStringLiteral("")), 1));   // name
        QCOMPARE(scalar(t.db(), QStringLiteral("SELECT count(*) FROM products")), 1);
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
