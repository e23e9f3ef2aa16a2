#pragma once

#include <QString>
#include <QStringList>

// Cold start of the real application on a big shop: the borderdesk executable, started as the seller starts it, until
// its main window is painted with the dashboard's figures (--screenshot renders offscreen, waits for the figures and
// exits), against the floor for the same start: a bare Qt main window painted in its own process (what loading Qt
// costs) plus the sqlite3 shell started on the same file, reading the same figures with plain GROUP BYs. Both sides start with the operating system's file cache dropped where the machine lets
// us (as root on Linux), so "cold" is a first start after a reboot; otherwise the line says "warm".
namespace ColdStart {

// Prints one line with both times (median of three runs each) and their ratio; false when a side did not run.
bool measure(const QString &database, int orders, const QStringList &dashboardSql);

} // namespace ColdStart
