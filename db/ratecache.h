#pragma once

#include "exactdecimal.h"

#include <QDate>
#include <QHash>
#include <QMap>
#include <QSqlDatabase>

#include <optional>

// Every stored exchange rate in memory, read once on first use, for work that converts many amounts on many days
// (reports, the sales aggregates). Cross rates go through the euro like ExchangeRateRepository's.
class RateCache
{
public:
    explicit RateCache(QSqlDatabase db);

    // amount (minor units of `from`) in `to` at the latest rates on or before `day`; nullopt without a rate.
    std::optional<qint64> convert(qint64 amount, const QString &from, const QString &to, const QDate &day);

private:
    std::optional<ExactDecimal> perEuro(const QString &currency, const QDate &day) const;
    void load();

    QSqlDatabase m_db;
    bool m_loaded = false;
    QHash<QString, QMap<QDate, ExactDecimal>> m_rates;
};
