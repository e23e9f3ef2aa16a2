#pragma once

#include "exchangerate.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <functional>
#include <optional>

// Dated exchange rates in the database, and conversions with them. Cross rates go through the euro; a conversion
// uses the latest day on or before the date asked on which both currencies have a rate, and says which day.
class ExchangeRateRepository
{
    Q_DECLARE_TR_FUNCTIONS(ExchangeRateRepository)

public:
    struct Conversion
    {
        Money amount;   // in the target currency
        QDate rateDate; // the day whose rates were used
        ExactDecimal fromPerEuro;
        ExactDecimal toPerEuro;
    };

    explicit ExchangeRateRepository(QSqlDatabase db);

    // Inserts or replaces; call inside a write transaction. Counts new and replaced rates.
    // progress: 0–100; returning false stops with an error (the caller's transaction then rolls back).
    bool save(const QList<ExchangeRate> &rates, const QString &source, QString *error, int *added = nullptr,
              int *replaced = nullptr, const std::function<bool(int)> &progress = {}) const;
    bool remove(const QString &currency, const QDate &date, QString *error) const;

    // The newest rate of every currency.
    QList<ExchangeRate> latest() const;
    // Every rate of one currency, oldest first.
    QList<ExchangeRate> history(const QString &currency) const;
    // The latest day on or before `date` with a rate for every given currency (EUR needs none).
    std::optional<QDate> commonDate(const QStringList &currencies, const QDate &date) const;
    std::optional<ExactDecimal> perEuro(const QString &currency, const QDate &date) const;

    // Converts at the rates of the latest common day on or before `date`; on failure says why.
    std::optional<Conversion> convert(const Money &amount, const QString &toCurrency, const QDate &date,
                                      QString *error) const;

private:
    QSqlDatabase m_db;
};
