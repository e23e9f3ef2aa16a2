#include "writeerror.h"

#include <QFileDevice>
#include <QFileInfo>
#include <QSaveFile>
#include <QStorageInfo>

using namespace Qt::StringLiterals;

namespace {

// SQLite's primary result codes (sqlite3.h), so that this file does not need SQLite's header.
constexpr int SqliteBusy = 5; // "database is locked": another connection holds the lock past the busy timeout
constexpr int SqliteFull = 13;

} // namespace

QString WriteError::diskFull()
{
    return tr("the disk is full: free some space and try again");
}

QString WriteError::databaseBusy()
{
    return tr("another Borderdesk window or command kept the database busy for too long; try again when it has "
              "finished");
}

QString WriteError::fromSqlite(int resultCode, const QString &text)
{
    switch (resultCode & 0xff) {
    case SqliteFull:
        return diskFull();
    case SqliteBusy:
        return databaseBusy();
    default:
        return text;
    }
}

QString WriteError::fromFile(const QFileDevice &file)
{
    // Qt reports ENOSPC with this untranslated text; Windows with its own. When the folder has no room left at all,
    // that is the reason whatever the text.
    const QString text = file.errorString();
    if (text == u"No space left on device"_s || text.contains(u"not enough space on the disk"_s, Qt::CaseInsensitive))
        return diskFull();
    const QStorageInfo storage(QFileInfo(file.fileName()).absolutePath());
    if (storage.isValid() && storage.isReady() && storage.bytesAvailable() == 0)
        return diskFull();
    return text;
}

bool WriteError::isGeneral(const QString &message)
{
    return message == diskFull() || message == databaseBusy();
}

bool WriteError::commit(QSaveFile &file, QString *error)
{
    if (!file.flush() || file.error() != QFileDevice::NoError) {
        *error = fromFile(file);
        file.cancelWriting();
        file.commit(); // removes the temporary file; the target is not touched
        return false;
    }
    if (!file.commit()) {
        *error = fromFile(file);
        return false;
    }
    return true;
}
