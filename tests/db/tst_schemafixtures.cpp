// Every schema version Borderdesk ever wrote (tests/data/schema/vN.sqlite, made by make-fixtures.sh) upgrades to the
// current schema, equals a fresh database and keeps its rows; the automatic backup before the update is made; a
// failing update leaves the database exactly as it was.
#include "connection.h"
#include "databasebackup.h"
#include "migrator.h"
#include "smallfilesystem.h"
#include "testdatabase.h"

#include <QDir>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

namespace {

// Each sqlite_master entry as "type name on table: sql" without comments (Borderdesk strips them from its scripts,
// the sqlite3 shell that made the fixtures keeps them) and with its white space collapsed, sorted.
QStringList schemaOf(const QSqlDatabase &db)
{
    QStringList entries;
    QSqlQuery q(db);
    q.exec(QStringLiteral("SELECT type, name, tbl_name, coalesce(sql, '') FROM sqlite_master "
                          "WHERE name NOT LIKE 'sqlite_%'"));
    static const QRegularExpression comment(QStringLiteral("--[^\\n]*"));
    static const QRegularExpression space(QStringLiteral("\\s+"));
    while (q.next()) {
        entries.append(q.value(0).toString() + u' ' + q.value(1).toString() + QStringLiteral(" on ")
                       + q.value(2).toString() + QStringLiteral(": ")
                       + q.value(3).toString().remove(comment).replace(space, QStringLiteral(" ")).trimmed());
    }
    entries.sort();
    return entries;
}

// Every row of every table, as text, sorted per table.
QStringList contentOf(const QSqlDatabase &db)
{
    QStringList tables;
    QSqlQuery q(db);
    q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"));
    while (q.next())
        tables.append(q.value(0).toString());
    QStringList content;
    for (const QString &table : tables) {
        QStringList rows;
        QSqlQuery r(db);
        r.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(table));
        while (r.next()) {
            QStringList cells;
            for (int i = 0; i < r.record().count(); ++i)
                cells.append(r.value(i).toString());
            rows.append(table + QStringLiteral(": ") + cells.join(u'|'));
        }
        rows.sort();
        content += rows;
    }
    return content;
}

int userVersion(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    return q.exec(QStringLiteral("PRAGMA user_version")) && q.next() ? q.value(0).toInt() : -1;
}

QString scalarText(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    return q.exec(sql) && q.next() ? q.value(0).toString() : QStringLiteral("<none>");
}

// A plain connection that changes nothing (no migration), for looking at a file as it is.
class Plain
{
public:
    explicit Plain(const QString &path)
        : m_name(QStringLiteral("plain-%1").arg(++counter()))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        db.open();
    }
    ~Plain()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    Q_DISABLE_COPY_MOVE(Plain)
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

private:
    static int &counter()
    {
        static int n = 0;
        return n;
    }
    QString m_name;
};

QString fixture(int version)
{
    return testDataPath(QStringLiteral("schema/v%1.sqlite").arg(version));
}

QString copyFixture(const QTemporaryDir &dir, int version)
{
    const QString path = dir.filePath(QStringLiteral("shop.sqlite"));
    QFile::copy(fixture(version), path);
    QFile(path).setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    return path;
}

} // namespace

class TestSchemaFixtures : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup()
    {
        Migrator::setMigrationsForTesting({});
    }

    void thereIsAFixtureForEveryVersion()
    {
        for (int v = 1; v <= Migrator::latestVersion(); ++v) {
            QVERIFY2(QFile::exists(fixture(v)), qPrintable(fixture(v) + QStringLiteral(" is missing: run make-fixtures.sh")));
            const Plain plain(fixture(v));
            QCOMPARE(userVersion(plain.db()), v);
        }
    }

    void upgradesToTheCurrentSchema_data()
    {
        QTest::addColumn<int>("version");
        for (int v = 1; v <= Migrator::latestVersion(); ++v)
            QTest::addRow("v%d", v) << v;
    }

    void upgradesToTheCurrentSchema()
    {
        QFETCH(int, version);
        TestDatabase fresh;
        QTemporaryDir dir;
        const QString path = copyFixture(dir, version);
        QString error;
        {
            const Connection upgraded = Connection::open(path, &error, Connection::Mode::OpenExisting);
            QVERIFY2(upgraded.isOpen(), qPrintable(error));
            const QSqlDatabase db = upgraded.database();
            QCOMPARE(userVersion(db), Migrator::latestVersion());
            QCOMPARE(userVersion(db), userVersion(fresh.db()));
            QCOMPARE(scalarText(db, QStringLiteral("PRAGMA application_id")), QStringLiteral("1111771953"));
            QCOMPARE(schemaOf(db), schemaOf(fresh.db()));
            QCOMPARE(scalarText(db, QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
            QCOMPARE(scalarText(db, QStringLiteral("PRAGMA foreign_key_check")), QStringLiteral("<none>"));

            // The rows the seller had are all there.
            QCOMPARE(scalarText(db, QStringLiteral("SELECT group_concat(sku, ',') FROM (SELECT sku FROM products ORDER BY id)")),
                     QStringLiteral("MUG-CEL-01,SCARF-SILK-02,TEA-OOL-03"));
            QCOMPARE(scalarText(db, QStringLiteral("SELECT name || ' ' || price_minor || ' ' || price_currency FROM products WHERE id = 2")),
                     QStringLiteral("ผ้าไหมมัดหมี่ scarf 189000 THB"));
            QCOMPARE(scalarText(db, QStringLiteral("SELECT value FROM settings WHERE key = 'base_currency'")), QStringLiteral("THB"));
            if (version >= 2)
                QCOMPARE(scalarText(db, QStringLiteral("SELECT per_euro FROM exchange_rates WHERE currency = 'THB' AND rate_date = '2026-11-27'")),
                         QStringLiteral("37.412"));
            if (version >= 3)
                QCOMPARE(scalarText(db, QStringLiteral("SELECT name FROM markets WHERE code = 'NZ'")), QStringLiteral("New Zealand (own)"));
            if (version >= 4)
                QCOMPARE(scalarText(db, QStringLiteral("SELECT price_minor FROM market_prices WHERE market_code = 'NZ' AND product_id = 1")),
                         QStringLiteral("2990"));
            if (version >= 5) {
                QCOMPARE(scalarText(db, QStringLiteral("SELECT status || ' ' || total_minor || ' ' || ship_city FROM orders WHERE number = '#1001'")),
                         QStringLiteral("ready_to_ship 8602 Auckland"));
                QCOMPARE(scalarText(db, QStringLiteral("SELECT count(*) FROM order_history WHERE order_id = 1")), QStringLiteral("2"));
                QCOMPARE(scalarText(db, QStringLiteral("SELECT quantity FROM order_lines WHERE order_id = 1")), QStringLiteral("2"));
            }
        }

        // The automatic backup before the update: only when there was an update, at the old version, checked.
        const QStringList backups = DatabaseBackup::backupsBeside(path);
        if (version == Migrator::latestVersion()) {
            QVERIFY2(backups.isEmpty(), qPrintable(backups.join(u' ')));
            return;
        }
        QCOMPARE(backups.size(), 1);
        QVERIFY2(QFileInfo(backups.front()).fileName().startsWith(
                     QStringLiteral("shop-before-v%1-").arg(Migrator::latestVersion())),
                 qPrintable(backups.front()));
        QVERIFY2(DatabaseBackup::validate(backups.front(), &error), qPrintable(error));
        const Plain original(fixture(version));
        const QStringList originalContent = contentOf(original.db());
        const QStringList originalSchema = schemaOf(original.db());
        {
            const Plain backup(backups.front());
            QCOMPARE(userVersion(backup.db()), version);
            QCOMPARE(schemaOf(backup.db()), originalSchema);
            QCOMPARE(contentOf(backup.db()), originalContent);
        }
    }

    void failingUpdateLeavesTheDatabaseAsItWas_data()
    {
        QTest::addColumn<int>("version");
        QTest::addRow("from v1") << 1;
        QTest::addRow("from v3") << 3;
        QTest::addRow("from the latest") << Migrator::latestVersion();
    }

    void failingUpdateLeavesTheDatabaseAsItWas()
    {
        QFETCH(int, version);
        QTemporaryDir dir;
        const QString path = copyFixture(dir, version);
        QStringList schemaBefore;
        QStringList contentBefore;
        {
            const Plain before(path);
            schemaBefore = schemaOf(before.db());
            contentBefore = contentOf(before.db());
        }
        // The real updates, then one that creates a table, changes a row and then fails.
        QList<Migrator::Migration> migrations = Migrator::migrations();
        const int broken = Migrator::latestVersion() + 1;
        migrations.append({broken, QStringLiteral("9999_broken.sql"),
                           QStringLiteral("CREATE TABLE half_done (x);\n"
                                          "UPDATE products SET name = 'changed';\n"
                                          "INSERT INTO no_such_table VALUES (1);")});
        Migrator::setMigrationsForTesting(migrations);

        QString error;
        QVERIFY(!Connection::open(path, &error, Connection::Mode::OpenExisting).isOpen());
        QVERIFY2(error.contains(QStringLiteral("9999_broken.sql")) && error.contains(QStringLiteral("no_such_table")),
                 qPrintable(error));
        {
            const Plain after(path);
            QCOMPARE(userVersion(after.db()), version);
            QCOMPARE(schemaOf(after.db()), schemaBefore);
            QCOMPARE(contentOf(after.db()), contentBefore);
        }
        // The backup was made before the update started, and holds the database as it was.
        const QStringList backups = DatabaseBackup::backupsBeside(path);
        QCOMPARE(backups.size(), 1);
        QVERIFY2(QFileInfo(backups.front()).fileName().startsWith(QStringLiteral("shop-before-v%1-").arg(broken)),
                 qPrintable(backups.front()));
        const Plain backup(backups.front());
        QCOMPARE(userVersion(backup.db()), version);
        QCOMPARE(contentOf(backup.db()), contentBefore);
    }

    void noUpdateWithoutItsBackup()
    {
        // The database on a disk with no room for the backup: the update must not run.
        QTemporaryDir dir;
        SmallFilesystem small(dir.filePath(QStringLiteral("small")), 1 << 20);
        if (!small.isMounted())
            QSKIP(qPrintable(QStringLiteral("cannot mount a small tmpfs (needs root): ") + small.error()));
        const QString path = small.filePath(QStringLiteral("shop.sqlite"));
        QVERIFY(QFile::copy(fixture(5), path));
        QFile(path).setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        QStringList contentBefore;
        {
            const Plain before(path);
            contentBefore = contentOf(before.db());
        }
        QVERIFY(small.fill(16 * 1024));
        QString error;
        QVERIFY(!Connection::open(path, &error, Connection::Mode::OpenExisting).isOpen());
        QVERIFY2(error.contains(QStringLiteral("backup copy before it failed")) && error.contains(QStringLiteral("disk is full")),
                 qPrintable(error));
        QCOMPARE(small.files(), QStringList{QStringLiteral("shop.sqlite")});
        const Plain after(path);
        QCOMPARE(userVersion(after.db()), 5);
        QCOMPARE(contentOf(after.db()), contentBefore);
    }
};

QTEST_GUILESS_MAIN(TestSchemaFixtures)
#include "tst_schemafixtures.moc"
