#pragma once

#include <QString>
#include <QStringList>

// Splits an SQL script into single statements (QSqlQuery runs one at a time), keeping quoted text,
// comments and trigger bodies (BEGIN … END;) intact.
namespace SqlScript {

QStringList statements(const QString &script);

} // namespace SqlScript
