#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>

// The secondary indexes of a table (name and CREATE statement, from our own schema). Keeping them up to date row by
// row during a bulk insert costs more than dropping them and building them again afterwards, in the same
// transaction, so a failure or a cancel restores them with everything else.
class SecondaryIndexes
{
public:
    SecondaryIndexes(const QSqlDatabase &db, const QStringList &tables);

    bool drop(QString *error) const;
    bool create(QString *error) const;
    bool isEmpty() const { return m_indexes.isEmpty(); }

private:
    struct Definition
    {
        QString name;
        QString createStatement;
    };
    QSqlDatabase m_db;
    QList<Definition> m_indexes;
};
