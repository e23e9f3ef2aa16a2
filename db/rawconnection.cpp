#include "rawconnection.h"

#include <QAtomicInteger>
#include <QSqlError>

using namespace Qt::StringLiterals;

RawConnection::RawConnection(const QString &path, bool readOnly)
{
    static QAtomicInteger<quint64> counter;
    m_name = u"borderdesk-raw-"_s + QString::number(counter.fetchAndAddRelaxed(1) + 1);
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
    db.setDatabaseName(path);
    db.setConnectOptions(readOnly ? u"QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=10000"_s
                                  : u"QSQLITE_BUSY_TIMEOUT=10000"_s);
    m_open = db.open();
    if (!m_open)
        m_error = db.lastError().text();
}

RawConnection::~RawConnection()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}
