#include "secondaryindexes.h"

#include "connection.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

SecondaryIndexes::SecondaryIndexes(const QSqlDatabase &db, const QStringList &tables)
    : m_db(db)
{
    QSqlQuery q(db);
    q.prepare(u"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL"_s);
    for (const QString &table : tables) {
        q.addBindValue(table);
        if (q.exec()) {
            while (q.next())
                m_indexes.append({q.value(0).toString(), q.value(1).toString()});
        }
    }
}

bool SecondaryIndexes::drop(QString *error) const
{
    QSqlQuery q(m_db);
    for (const Definition &index : m_indexes) {
        // DDL takes no bound values; the names come from sqlite_master, i.e. from our migrations.
        if (!q.exec(u"DROP INDEX \""_s + index.name + u"\""_s)) {
            *error = sqlErrorText(q);
            return false;
        }
    }
    return true;
}

bool SecondaryIndexes::create(QString *error) const
{
    QSqlQuery q(m_db);
    for (const Definition &index : m_indexes) {
        if (!q.exec(index.createStatement)) {
            *error = sqlErrorText(q);
            return false;
        }
    }
    return true;
}
