#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

// A write transaction taken with BEGIN IMMEDIATE (so two writers queue on the busy timeout instead of failing
// half-way). Rolled back unless commit() succeeds.
class WriteTransaction
{
    Q_DECLARE_TR_FUNCTIONS(WriteTransaction)

public:
    explicit WriteTransaction(const QSqlDatabase &db);
    ~WriteTransaction();
    Q_DISABLE_COPY_MOVE(WriteTransaction)

    bool isActive() const { return m_active; }
    QString error() const { return m_error; }
    bool commit(QString *error = nullptr);
    void rollback();

private:
    QSqlDatabase m_db;
    bool m_active = false;
    QString m_error;
};
