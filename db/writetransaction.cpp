#include "writetransaction.h"

#include "connection.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

WriteTransaction::WriteTransaction(const QSqlDatabase &db)
    : m_db(db)
{
    QSqlQuery query(m_db);
    m_active = query.exec(u"BEGIN IMMEDIATE"_s);
    if (!m_active)
        m_error = tr("cannot start writing to the database: %1").arg(sqlErrorText(query));
}

WriteTransaction::~WriteTransaction()
{
    rollback();
}

bool WriteTransaction::commit(QString *error)
{
    if (!m_active)
        return false;
    QSqlQuery query(m_db);
    if (!query.exec(u"COMMIT"_s)) {
        m_error = tr("cannot save the changes: %1").arg(sqlErrorText(query));
        if (error)
            *error = m_error;
        rollback();
        return false;
    }
    m_active = false;
    return true;
}

void WriteTransaction::rollback()
{
    if (!m_active)
        return;
    QSqlQuery query(m_db);
    query.exec(u"ROLLBACK"_s);
    m_active = false;
}
