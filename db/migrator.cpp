#include "migrator.h"

#include "connection.h"
#include "sqlscript.h"
#include "writetransaction.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

QList<Migrator::Migration> &testingMigrations()
{
    static QList<Migrator::Migration> list;
    return list;
}

} // namespace

void Migrator::setMigrationsForTesting(const QList<Migration> &migrations)
{
    testingMigrations() = migrations;
}

QList<Migrator::Migration> Migrator::migrations()
{
    if (!testingMigrations().isEmpty())
        return testingMigrations();
    static const QList<Migration> all = [] {
        QList<Migration> list;
        const QDir dir(u":/borderdesk/db/migrations"_s);
        for (const QString &file : dir.entryList({u"*.sql"_s}, QDir::Files, QDir::Name)) {
            QFile f(dir.filePath(file));
            if (!f.open(QIODevice::ReadOnly))
                continue;
            list.append({file.section(u'_', 0, 0).toInt(), file, QString::fromUtf8(f.readAll())});
        }
        return list;
    }();
    return all;
}

int Migrator::latestVersion()
{
    const auto all = migrations();
    return all.isEmpty() ? 0 : all.back().version;
}

int Migrator::currentVersion(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (query.exec(u"PRAGMA user_version"_s) && query.next())
        return query.value(0).toInt();
    return -1;
}

bool Migrator::apply(const QSqlDatabase &db, const Migration &migration, QString *error)
{
    WriteTransaction transaction(db);
    if (!transaction.isActive()) {
        *error = transaction.error();
        return false;
    }
    if (!run(db, migration, error))
        return false; // the transaction rolls back
    return transaction.commit(error);
}

bool Migrator::run(const QSqlDatabase &db, const Migration &migration, QString *error)
{
    QSqlQuery query(db);
    for (const QString &statement : SqlScript::statements(migration.script)) {
        if (!query.exec(statement)) {
            *error = tr("schema update %1 failed: %2").arg(migration.name, sqlErrorText(query));
            return false;
        }
    }
    // The version is our own integer, not user input; PRAGMA takes no bound values.
    if (!query.exec(u"PRAGMA user_version = "_s + QString::number(migration.version))) {
        *error = tr("schema update %1 failed: %2").arg(migration.name, sqlErrorText(query));
        return false;
    }
    return true;
}

bool Migrator::migrate(const QSqlDatabase &db, QString *error)
{
    if (currentVersion(db) >= latestVersion())
        return true;
    WriteTransaction transaction(db);
    if (!transaction.isActive()) {
        *error = transaction.error();
        return false;
    }
    const int current = currentVersion(db); // again inside the transaction: another process may have updated it
    for (const Migration &migration : migrations()) {
        if (migration.version <= current)
            continue;
        if (!run(db, migration, error))
            return false; // the transaction rolls back every script of this update
    }
    return transaction.commit(error);
}
