#pragma once

#include "connection.h"
#include "demoshop.h"
#include "shopsettings.h"

#include <QByteArray>
#include <QProcess>
#include <QRegularExpression>
#include <QString>

// A fresh database at path holding a demo shop of count products priced in THB; closed when nullopt is returned.
inline Connection openDemoDatabase(const QString &path, int count, QString *error)
{
    Connection connection = Connection::open(path, error);
    if (!connection.isOpen())
        return connection;
    ShopSettings(connection.database()).setBaseCurrency(QStringLiteral("THB"));
    if (!DemoShop::populate(connection.database(), count, error))
        return Connection();
    return connection;
}

// Seconds the sqlite3 shell itself reports (".timer on") for running the statements on a database, summed:
// SQLite's own time for the same queries, the yardstick the benchmarks divide by.
inline double sqliteShellSeconds(const QString &database, const QByteArray &statements)
{
    QProcess shell;
    shell.start(QStringLiteral(SQLITE3_SHELL), {database});
    shell.write(".timer on\n" + statements + "\n.quit\n");
    shell.closeWriteChannel();
    shell.waitForFinished(600000);
    const QString output = QString::fromUtf8(shell.readAllStandardOutput());
    static const QRegularExpression runTime(QStringLiteral("Run Time: real ([0-9.]+)"));
    double total = 0;
    for (auto it = runTime.globalMatch(output); it.hasNext();)
        total += it.next().captured(1).toDouble();
    return total;
}
