#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

// Brings a database's schema up to date from the versioned SQL scripts in the resources (:/borderdesk/db/migrations).
// All pending scripts run in one transaction together with the PRAGMA user_version bump; a failure rolls them all
// back, so the database stays exactly at the version it had.
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
    // Runs one migration in its own transaction; public so tests can run a deliberately broken one.
    static bool apply(const QSqlDatabase &db, const Migration &migration, QString *error);
    // Tests only: use these migrations instead of the resources' (an empty list restores the real ones).
    static void setMigrationsForTesting(const QList<Migration> &migrations);

private:
    static bool run(const QSqlDatabase &db, const Migration &migration, QString *error);
};
