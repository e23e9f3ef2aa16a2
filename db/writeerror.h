#pragma once

#include <QCoreApplication>
#include <QString>

class QFileDevice;
class QSaveFile;

// Why a write failed, in words a user can act on. A full disk says so (in the user's language) instead of SQLite's
// "database or disk is full" or the system's "No space left on device"; a database another process is writing to
// says that instead of "database is locked".
class WriteError
{
    Q_DECLARE_TR_FUNCTIONS(WriteError)

public:
    static QString diskFull();
    static QString databaseBusy();
    // SQLite's result code (primary or extended) and its message text.
    static QString fromSqlite(int resultCode, const QString &text);
    // A file that failed to write or commit (QFile, QSaveFile).
    static QString fromFile(const QFileDevice &file);
    // True for diskFull() and databaseBusy(): messages about the machine, not about the row being written.
    static bool isGeneral(const QString &message);

    // Flushes and commits a QSaveFile. On failure the target keeps its old content, the temporary file is removed and
    // *error says why. QSaveFile::commit() alone misses a failed final flush (Qt 6.4): on a full disk it would replace
    // the target with an empty or cut-off file and report success.
    static bool commit(QSaveFile &file, QString *error);
};
