#pragma once

#include <QSqlDatabase>
#include <QString>

// A plain connection to a file, outside the connection factory: no WAL switch, no migration, nothing written.
// Read-write even for reading, so that closing it removes the -wal and -shm files a WAL-mode file gets when read
// (SQLite opens a write-protected file read-only by itself). Use it on the thread that made it.
class RawConnection
{
public:
    RawConnection(const QString &path, bool readOnly);
    ~RawConnection();
    Q_DISABLE_COPY_MOVE(RawConnection)

    bool isOpen() const { return m_open; }
    QString error() const { return m_error; }
    QSqlDatabase database() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
    QString m_error;
    bool m_open = false;
};
