#pragma once

#include <QByteArrayView>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

// One prepared statement run many times inside the caller's transaction: through SQLite's C API on the connection's
// own handle where that is safe (see db/CMakeLists.txt), else through QSqlQuery. Binding through the C API costs a
// fraction of QSqlQuery::bindValue, which matters for a million rows.
class BulkStatement
{
public:
    BulkStatement(const QSqlDatabase &db, const QString &sql);
    ~BulkStatement();
    Q_DISABLE_COPY_MOVE(BulkStatement)

    bool isValid() const { return m_valid; }
    QString prepareError() const { return m_error; }

    // Parameters are 1-based, in the order of the statement's "?".
    void bind(int index, const QString &text);
    void bind(int index, qint64 value);
    void bind(int index, int value) { bind(index, qint64(value)); }
    void bindNull(int index);
    // Runs the statement; a statement with RETURNING (or a SELECT) gives its first row in *result (empty: no row).
    bool exec(QString *error, QVariantList *result = nullptr);
    // The rowid of the last row an INSERT of this statement added.
    qint64 lastInsertId() const;

private:
    QSqlQuery m_query;
    struct sqlite3_stmt *m_statement = nullptr;
    bool m_valid = false;
    QString m_error;
};
