#include "migrator.h"

#include "connection.h"
#include "sqlscript.h"
#include "writetransaction.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

QList<Migrator::Migration> Migrator::migrations()
{
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
    QSqlQuery query(db);
    for (const QString &statement : SqlScript::statements(migration.script)) {
        if (!query.exec(statement)) {
            *error = tr("schema update %1 failed: %2").arg(migration.name, sqlErrorText(query));
            return false; // the transaction rolls back
        }
    }
    // The version is our own integer, not user input; PRAGMA takes no bound values.
    if (!query.exec(u"PRAGMA user_version = "_s + QString::number(migration.version))) {
        *error = tr("schema update %1 failed: %2").arg(migration.name, sqlErrorText(query));
        return false;
    }
    return transaction.commit(error);
}

bool Migrator::migrate(const QSqlDatabase &db, QString *error)
{
    const int current = currentVersion(db);
    for (const Migration &migration : migrations()) {
        if (migration.version <= current)
            continue;
        if (!apply(db, migration, error))
            return false;
    }
    return true;
}
