#include "databasebackup.h"

#include "connection.h"
#include "migrator.h"
#include "rawconnection.h"
#include "writeerror.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QStorageInfo>

#include <filesystem>
#include <system_error>

#ifdef Q_OS_WIN
#include <io.h>
#else
#include <fcntl.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 ApplicationId = 0x42444B31; // "BDK1"

bool isDiskFull(const QSqlQuery &query)
{
    return query.lastError().nativeErrorCode() == u"13"; // SQLITE_FULL
}

// Flushes a file's data to the device, so that a copy we call done survives a power cut.
bool syncFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite))
        return false;
#ifdef Q_OS_WIN
    return _commit(file.handle()) == 0;
#else
    return ::fsync(file.handle()) == 0;
#endif
}

// Makes a rename in the folder durable (POSIX; Windows has no folder handles to flush).
void syncFolder(const QString &folder)
{
#ifndef Q_OS_WIN
    const int fd = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
#else
    Q_UNUSED(folder)
#endif
}

// Replaces target by source in one step (rename(2) on POSIX, MoveFileEx with REPLACE_EXISTING on Windows).
bool replaceFile(const QString &source, const QString &target, QString *error)
{
    std::error_code ec;
    std::filesystem::rename(std::filesystem::path(source.toStdU16String()),
                            std::filesystem::path(target.toStdU16String()), ec);
    if (ec)
        *error = QString::fromStdString(ec.message());
    return !ec;
}

// A name for a temporary file in the folder of path that does not exist yet.
QString temporaryNameBeside(const QString &path, const QString &purpose)
{
    static QAtomicInteger<quint64> counter;
    const QFileInfo info(path);
    for (;;) {
        const QString name = info.dir().filePath(u"."_s + info.fileName() + u"."_s + purpose + u"-"_s
                                                 + QString::number(QCoreApplication::applicationPid()) + u"-"_s
                                                 + QString::number(counter.fetchAndAddRelaxed(1) + 1));
        if (!QFileInfo::exists(name))
            return name;
    }
}

void removeWithSidecars(const QString &path)
{
    QFile::remove(path);
    QFile::remove(path + u"-journal"_s);
    QFile::remove(path + u"-wal"_s);
    QFile::remove(path + u"-shm"_s);
}

// "ok", or what quick_check (or the attempt to run it) found.
QString quickCheckResult(const QSqlDatabase &db)
{
    QSqlQuery check(db);
    if (!check.exec(u"PRAGMA quick_check"_s))
        return sqlErrorText(check);
    QStringList lines;
    while (check.next() && lines.size() < 5)
        lines.append(check.value(0).toString());
    return lines.isEmpty() ? sqlErrorText(check) : lines.join(u"; "_s);
}

QString timestamp()
{
    return QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss"_s);
}

// A file name beside databasePath that does not exist yet: "<base>-<label>-<time>.sqlite", then "-2", "-3"…
QString freeNameBeside(const QString &databasePath, const QString &label)
{
    const QFileInfo info(databasePath);
    const QString stem = info.completeBaseName() + u"-"_s + label + u"-"_s + timestamp();
    QString candidate = info.dir().filePath(stem + u".sqlite"_s);
    for (int n = 2; QFileInfo::exists(candidate); ++n)
        candidate = info.dir().filePath(stem + u"-"_s + QString::number(n) + u".sqlite"_s);
    return candidate;
}

// VACUUM INTO a temporary file beside target, sync it, check it, rename it to target. Nothing is left behind on failure.
bool vacuumInto(const QSqlDatabase &db, const QString &target, QString *error)
{
    const QString temporary = temporaryNameBeside(target, u"part"_s);
    auto cleanUp = qScopeGuard([&temporary] { removeWithSidecars(temporary); });
    QSqlQuery q(db);
    q.prepare(u"VACUUM INTO ?"_s);
    q.addBindValue(temporary);
    if (!q.exec()) {
        *error = isDiskFull(q) ? DatabaseBackup::tr("cannot write %1: the disk is full. Nothing was written and the "
                                                    "database is unchanged.")
                                     .arg(target)
                               : DatabaseBackup::tr("cannot write %1: %2").arg(target, sqlErrorText(q));
        return false;
    }
    if (!syncFile(temporary)) {
        *error = DatabaseBackup::tr("cannot write %1: the copy could not be saved to the disk").arg(target);
        return false;
    }
    QString problem;
    if (!DatabaseBackup::validate(temporary, &problem)) {
        *error = DatabaseBackup::tr("the copy for %1 did not pass its check, so it was not kept: %2").arg(target, problem);
        return false;
    }
    QFile written(temporary);
    if (!written.rename(target)) { // never over an existing file
        *error = DatabaseBackup::tr("cannot write %1: %2").arg(target, written.errorString());
        return false;
    }
    cleanUp.dismiss();
    syncFolder(QFileInfo(target).absolutePath());
    return true;
}

} // namespace

bool DatabaseBackup::copyTo(const QSqlDatabase &db, const QString &targetPath, QString *error)
{
    if (QFileInfo::exists(targetPath)) {
        *error = tr("%1 already exists; choose a new file name for the copy").arg(targetPath);
        return false;
    }
    return vacuumInto(db, targetPath, error);
}

bool DatabaseBackup::validate(const QString &path, QString *error, int *version)
{
    if (!QFileInfo(path).isFile()) {
        *error = tr("%1: no such file").arg(path);
        return false;
    }
    if (!quickCheck(path, error))
        return false;
    const RawConnection raw(path, false);
    QSqlQuery q(raw.database());
    q.exec(u"PRAGMA application_id"_s);
    const qint64 appId = q.next() ? q.value(0).toLongLong() : 0;
    q.exec(u"PRAGMA user_version"_s);
    const int userVersion = q.next() ? q.value(0).toInt() : 0;
    if (appId != ApplicationId || userVersion < 1) {
        *error = tr("%1 is not a Borderdesk database").arg(path);
        return false;
    }
    if (userVersion > Migrator::latestVersion()) {
        *error = tr("%1 was written by a newer version of Borderdesk (schema %2; this version knows up to %3)")
                     .arg(path)
                     .arg(userVersion)
                     .arg(Migrator::latestVersion());
        return false;
    }
    if (version)
        *version = userVersion;
    return true;
}

bool DatabaseBackup::isReadable(const QString &path, QString *problem, bool *inaccessible)
{
    if (!QFileInfo::exists(path))
        return true;
    const RawConnection raw(path, false);
    return isReadable(raw, path, problem, inaccessible);
}

bool DatabaseBackup::isReadable(const RawConnection &raw, const QString &path, QString *problem, bool *inaccessible)
{
    if (inaccessible)
        *inaccessible = false;
    if (!raw.isOpen()) {
        *problem = tr("cannot read %1: %2").arg(path, raw.error());
        if (inaccessible)
            *inaccessible = true;
        return false;
    }
    QSqlQuery q(raw.database());
    if (q.exec(u"PRAGMA schema_version"_s) && q.next())
        return true;
    // Only SQLite's "not a database" and "malformed" mean the file itself is bad; a full disk (no room for the
    // -shm file), a read-only folder or an I/O error do not, and restoring a backup would not help.
    const QString code = q.lastError().nativeErrorCode();
    if (code == u"26" || code == u"11" || code.isEmpty()) {
        *problem = tr("%1 is not a database file").arg(path);
        return false;
    }
    // SQLite reports a -shm file it cannot make on a full disk as an I/O error: name the full disk.
    const bool full = QStorageInfo(QFileInfo(path).absolutePath()).bytesAvailable() < 64 * 1024;
    *problem = tr("cannot read %1: %2").arg(path, full ? WriteError::diskFull() : sqlErrorText(q));
    if (inaccessible)
        *inaccessible = true;
    return false;
}

bool DatabaseBackup::quickCheck(const QString &path, QString *problem,
                                const std::function<void(const QSqlDatabase *)> &watch, bool *inaccessible)
{
    if (inaccessible)
        *inaccessible = false;
    if (!QFileInfo::exists(path))
        return true;
    const RawConnection raw(path, false);
    if (!isReadable(raw, path, problem, inaccessible))
        return false;
    const QSqlDatabase db = raw.database();
    if (watch)
        watch(&db);
    const QString check = quickCheckResult(db);
    if (watch)
        watch(nullptr);
    if (check != u"ok") {
        *problem = tr("%1 is damaged (quick_check: %2)").arg(path, check);
        return false;
    }
    return true;
}

bool DatabaseBackup::restore(const QString &databasePath, const QString &backupPath, QString *safetyCopy,
                             QString *error)
{
    if (!validate(backupPath, error))
        return false;
    const QString target = QFileInfo(databasePath).absoluteFilePath();
    if (QFileInfo(backupPath).absoluteFilePath() == target) {
        *error = tr("%1 is the database itself; choose a backup copy").arg(backupPath);
        return false;
    }

    // 1. A checked copy of the backup beside the database (same file system, so the final rename is atomic).
    const QString incoming = temporaryNameBeside(target, u"restoring"_s);
    auto cleanUp = qScopeGuard([&incoming] { removeWithSidecars(incoming); });
    {
        const RawConnection source(backupPath, false);
        if (!source.isOpen()) {
            *error = tr("cannot read %1: %2").arg(backupPath, source.error());
            return false;
        }
        if (!vacuumInto(source.database(), incoming, error))
            return false;
    }

    // 2. A safety copy of what is replaced, and the database out of WAL mode so no -wal file outlives it.
    QString kept;
    if (QFileInfo::exists(target)) {
        kept = freeNameBeside(target, u"before-restore"_s);
        QString problem;
        const bool healthy = quickCheck(target, &problem);
        bool copied = false;
        if (healthy) {
            const RawConnection current(target, false);
            if (!current.isOpen()) {
                *error = tr("cannot read %1: %2").arg(target, current.error());
                return false;
            }
            if (!vacuumInto(current.database(), kept, error))
                return false;
            copied = true;
            QSqlQuery mode(current.database());
            if (!mode.exec(u"PRAGMA journal_mode = DELETE"_s) || !mode.next() || mode.value(0).toString() != u"delete") {
                QFile::remove(kept);
                *error = tr("%1 is in use by another program; close it there and try again").arg(target);
                return false;
            }
        }
        if (!copied) {
            // A damaged database cannot be read through SQLite: keep its files as they are (with its -wal).
            QFile::remove(kept);
            if (!QFile::copy(target, kept)
                || (QFileInfo::exists(target + u"-wal"_s) && !QFile::copy(target + u"-wal"_s, kept + u"-wal"_s))
                || !syncFile(kept)) {
                removeWithSidecars(kept);
                *error = tr("cannot keep a safety copy of %1 at %2, so nothing was restored").arg(target, kept);
                return false;
            }
        }
        QFile::remove(target + u"-wal"_s);
        QFile::remove(target + u"-shm"_s);
        QFile::remove(target + u"-journal"_s);
    }

    // 3. The swap.
    QString renameError;
    if (!replaceFile(incoming, target, &renameError)) {
        *error = tr("cannot replace %1 (%2); it is unchanged").arg(target, renameError);
        return false;
    }
    cleanUp.dismiss();
    syncFolder(QFileInfo(target).absolutePath());
    if (safetyCopy)
        *safetyCopy = kept;
    return true;
}

QString DatabaseBackup::automaticBackupPath(const QString &databasePath, int toVersion)
{
    return freeNameBeside(databasePath, u"before-v"_s + QString::number(toVersion));
}

QStringList DatabaseBackup::backupsBeside(const QString &databasePath)
{
    const QFileInfo info(databasePath);
    const QString base = info.completeBaseName();
    QStringList paths;
    const QFileInfoList files =
        info.dir().entryInfoList({base + u"-before-*.sqlite"_s, base + u"-backup-*.sqlite"_s}, QDir::Files, QDir::Time);
    for (const QFileInfo &file : files)
        paths.append(file.absoluteFilePath());
    return paths;
}
