#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>

// Consistent online copies of the open database (VACUUM INTO), checked before they are trusted.
class DatabaseBackup
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseBackup)

public:
    // Writes a copy to targetPath (which must not exist yet) and runs quick_check on it.
    static bool copyTo(const QSqlDatabase &db, const QString &targetPath, QString *error);
};
