#include "bulkstatement.h"

#include "connection.h"
#include "writeerror.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlRecord>

#ifdef BORDERDESK_SHARED_SQLITE
#include <sqlite3.h>
#endif

BulkStatement::BulkStatement(const QSqlDatabase &db, const QString &sql)
    : m_query(db)
{
#ifdef BORDERDESK_SHARED_SQLITE
    const QVariant handle = db.driver()->handle();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0) {
        auto *connection = *static_cast<sqlite3 *const *>(handle.constData());
        if (connection
            && sqlite3_prepare16_v2(connection, sql.utf16(), int(sql.size() * 2), &m_statement, nullptr)
                   != SQLITE_OK) {
            m_error = QString::fromUtf8(sqlite3_errmsg(connection));
            m_statement = nullptr;
            return;
        }
    }
    if (m_statement) {
        m_valid = true;
        return;
    }
#endif
    m_valid = m_query.prepare(sql);
    if (!m_valid)
        m_error = sqlErrorText(m_query);
}

BulkStatement::~BulkStatement()
{
#ifdef BORDERDESK_SHARED_SQLITE
    sqlite3_finalize(m_statement);
#endif
}

void BulkStatement::bind(int index, const QString &text)
{
#ifdef BORDERDESK_SHARED_SQLITE
    if (m_statement) {
        // Empty strings bind as '' (not NULL): the schema's NOT NULL DEFAULT '' columns expect text.
        const void *chars = text.isNull() ? static_cast<const void *>(u"") : static_cast<const void *>(text.utf16());
        sqlite3_bind_text16(m_statement, index, chars, int(text.size() * 2),
                            SQLITE_TRANSIENT);
        return;
    }
#endif
    m_query.bindValue(index - 1, text.isNull() ? QString(u""_qs) : text);
}

void BulkStatement::bind(int index, qint64 value)
{
#ifdef BORDERDESK_SHARED_SQLITE
    if (m_statement) {
        sqlite3_bind_int64(m_statement, index, value);
        return;
    }
#endif
    m_query.bindValue(index - 1, value);
}

void BulkStatement::bindNull(int index)
{
#ifdef BORDERDESK_SHARED_SQLITE
    if (m_statement) {
        sqlite3_bind_null(m_statement, index);
        return;
    }
#endif
    m_query.bindValue(index - 1, QVariant());
}

bool BulkStatement::exec(QString *error, QVariantList *result)
{
#ifdef BORDERDESK_SHARED_SQLITE
    if (m_statement) {
        int code = sqlite3_step(m_statement);
        if (result)
            result->clear();
        if (code == SQLITE_ROW) {
            for (int column = 0; result && column < sqlite3_column_count(m_statement); ++column) {
                if (sqlite3_column_type(m_statement, column) == SQLITE_INTEGER) {
                    result->append(qint64(sqlite3_column_int64(m_statement, column)));
                } else {
                    const auto *text = static_cast<const char16_t *>(sqlite3_column_text16(m_statement, column));
                    result->append(QString::fromUtf16(text, sqlite3_column_bytes16(m_statement, column) / 2));
                }
            }
            while (code == SQLITE_ROW)
                code = sqlite3_step(m_statement);
        }
        sqlite3_reset(m_statement);
        if (code != SQLITE_DONE) {
            if (error)
                *error = WriteError::fromSqlite(code, QString::fromUtf8(sqlite3_errmsg(sqlite3_db_handle(m_statement))));
            return false;
        }
        return true;
    }
#endif
    if (!m_query.exec()) {
        if (error)
            *error = sqlErrorText(m_query);
        return false;
    }
    if (result) {
        result->clear();
        if (m_query.next()) {
            for (int column = 0; column < m_query.record().count(); ++column)
                result->append(m_query.value(column));
        }
    }
    m_query.finish();
    return true;
}

qint64 BulkStatement::lastInsertId() const
{
#ifdef BORDERDESK_SHARED_SQLITE
    if (m_statement)
        return sqlite3_last_insert_rowid(sqlite3_db_handle(m_statement));
#endif
    return m_query.lastInsertId().toLongLong();
}
