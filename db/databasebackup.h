#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>

#include <functional>

class RawConnection;

// Consistent online copies of the open database (VACUUM INTO), synced to disk and checked before they are trusted;
// checks of a database file; and restoring a checked copy in place of a database.
class DatabaseBackup
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseBackup)

public:
    // Writes a copy to targetPath (which must not exist yet): first to a temporary file beside it, synced and run
    // through quick_check, then renamed into place. On failure (a full disk, say) no file is left at targetPath and
    // the database is unchanged.
    static bool copyTo(const QSqlDatabase &db, const QString &targetPath, QString *error);

    // Checks that path is an SQLite database that passes quick_check and holds a Borderdesk schema this version can
    // open (user_version 1 … the latest). Reads only. *version gets the file's schema version.
    static bool validate(const QString &path, QString *error, int *version = nullptr);

    // Runs quick_check on an existing database file without changing it. True when it is fine (or absent);
    // otherwise *problem names what is wrong. It reads the whole file (seconds for a million orders). watch, when
    // given, gets the check's own connection before the check starts and nullptr once it has ended, before the
    // connection closes (BackgroundQuickCheck interrupts the check through it). *inaccessible, when given, is set
    // when the file could not be read at all (a full disk, no permission, an I/O error): not a sign of damage.
    static bool quickCheck(const QString &path, QString *problem,
                           const std::function<void(const QSqlDatabase *)> &watch = {}, bool *inaccessible = nullptr);

    // The cheap part of quickCheck: path is absent, or an SQLite database whose schema can be read (a page or two).
    static bool isReadable(const QString &path, QString *problem, bool *inaccessible = nullptr);

    // Replaces the database at databasePath by a checked copy of backupPath. Nobody may have databasePath open.
    // The backup is validated first (nothing changes when it is refused); what it replaces is kept beside it as
    // "<name>-before-restore-<time>.sqlite" (*safetyCopy), and the swap is a rename of a synced temporary file.
    // The restored file keeps its schema version: opening it with Connection::open brings it up to date.
    static bool restore(const QString &databasePath, const QString &backupPath, QString *safetyCopy, QString *error);

    // The copy Connection::open makes before it updates the schema of databasePath to toVersion:
    // "<name>-before-v<toVersion>-<yyyyMMdd-HHmmss>.sqlite" in the same folder.
    static QString automaticBackupPath(const QString &databasePath, int toVersion);

    // Copies beside databasePath that Borderdesk made itself (before a schema update or a restore, or from the
    // File menu with the suggested name), newest first.
    static QStringList backupsBeside(const QString &databasePath);

private:
    static bool isReadable(const RawConnection &raw, const QString &path, QString *problem, bool *inaccessible);
};
