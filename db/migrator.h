#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

// Brings a database's schema up to date from the versioned SQL scripts in the resources (:/borderdesk/db/migrations).
// Each script runs in one transaction together with the PRAGMA user_version bump; a failure rolls it back.
class Migrator
{
    Q_DECLARE_TR_FUNCTIONS(Migrator)

public:
    struct Migration
    {
        int version = 0;
        QString name;
        QString script;
    };

    static QList<Migration> migrations();
    static int latestVersion();
    static int currentVersion(const QSqlDatabase &db);
    static bool migrate(const QSqlDatabase &db, QString *error);
    // Runs one migration; public so tests can run a deliberately broken one.
    static bool apply(const QSqlDatabase &db, const Migration &migration, QString *error);
};
