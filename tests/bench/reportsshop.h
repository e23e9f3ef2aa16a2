#pragma once

#include <QByteArray>
#include <QDate>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>

// The shop bench_reports measures: a million orders over two years to 60 countries in 8 currencies.
namespace ReportsShop {

inline const QByteArray ShopZone = "Asia/Bangkok";
constexpr int ShopOffsetHours = 7; // Bangkok has no daylight saving time, so the shell can shift by a constant
inline const QDate FirstDay{2024, 11, 28};
inline const QDate Today{2026, 11, 27}; // two years of orders end here, on the demo exchange rates' last day

// Prepares, binds and runs one statement; false with *error set when it fails.
bool exec(QSqlQuery &q, const QString &sql, const QVariantList &binds, QString *error);
// Writes orders 1…orders into an empty orders table, with their lines, in one transaction.
bool generate(const QSqlDatabase &db, int orders, QString *error);

} // namespace ReportsShop
