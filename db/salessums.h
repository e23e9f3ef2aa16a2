#pragma once

#include "salesreport.h"

#include <QHash>
#include <QSqlQuery>
#include <QVariantList>

// Reads the sales aggregates for a period: whole months from sales_monthly and the partial months at either end
// from sales_daily, summed by a key expression in SQL. Amounts come back in the report currency: the base amounts
// as stored, or converted day by day at that day's rate (the orders already in that currency keep their own
// amounts).
class SalesSums
{
    Q_DECLARE_TR_FUNCTIONS(SalesSums)

public:
    static inline const QString OtherKey = QStringLiteral("~other");

    struct Totals
    {
        qint64 orders = 0;
        qint64 cancelled = 0;
        qint64 returned = 0;
        qint64 revenue = 0; // before returns
        qint64 returns = 0;
        qint64 tax = 0;
        qint64 cost = 0;
        qint64 withoutCost = 0;
        qint64 shipping = 0;
        qint64 duties = 0;
        qint64 fees = 0;

        qint64 netRevenue() const { return revenue - returns; }
        Totals &operator+=(const Totals &other);
        SalesRow toRow(const QString &currency) const;
    };

    explicit SalesSums(QSqlDatabase db);

    // Fills an open start or end with the first or last day that has sales (today when there are none);
    // refuses a start after the end.
    bool resolveRange(SalesQuery *query, QString *error) const;
    // Sums by key. monthlyKey and dailyKey are SQL expressions over sales_monthly and sales_daily columns.
    std::optional<QHash<QString, Totals>> collect(const SalesQuery &query, const QString &monthlyKey,
                                                  const QString &dailyKey, const QString &currency,
                                                  QStringList *missingRates, QString *error) const;
    QHash<QString, QString> marketNames() const;

    // " AND <market column> = ? AND <country column> = ?" for the query's market and country filters, binding them.
    static QString filterClause(const SalesQuery &query, QVariantList *binds,
                                const QString &marketColumn = QStringLiteral("market_code"),
                                const QString &countryColumn = QStringLiteral("country"));
    // Prepares, binds and runs a forward-only query; false with *error set when it fails.
    static bool run(QSqlQuery &q, const QString &sql, const QVariantList &binds, QString *error);

private:
    QSqlDatabase m_db;
};
