#include "databasebackup.h"

#include "connection.h"

#include <QFile>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

bool DatabaseBackup::copyTo(const QSqlDatabase &db, const QString &targetPath, QString *error)
{
    if (QFile::exists(targetPath)) {
        *error = tr("%1 already exists; choose a new file name for the copy").arg(targetPath);
        return false;
    }
    QSqlQuery q(db);
    q.prepare(u"VACUUM INTO ?"_s);
    q.addBindValue(targetPath);
    if (!q.exec()) {
        *error = tr("cannot write the copy to %1: %2").arg(targetPath, sqlErrorText(q));
        QFile::remove(targetPath);
        return false;
    }
    QString openError;
    const Connection copy = Connection::open(targetPath, &openError, Connection::Mode::OpenExisting);
    if (!copy.isOpen()) {
        *error = openError;
        return false;
    }
    QSqlQuery check(copy.database());
    if (!check.exec(u"PRAGMA quick_check"_s) || !check.next() || check.value(0).toString() != u"ok") {
        *error = tr("the copy at %1 did not pass its check; do not rely on it").arg(targetPath);
        return false;
    }
    return true;
}
