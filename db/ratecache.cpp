#include "ratecache.h"

#include "currency.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

RateCache::RateCache(QSqlDatabase db)
    : m_db(std::move(db))
{
}

std::optional<qint64> RateCache::convert(qint64 amount, const QString &from, const QString &to, const QDate &day)
{
    if (from == to || amount == 0)
        return amount;
    load();
    const auto fromRate = perEuro(from, day);
    const auto toRate = perEuro(to, day);
    if (!fromRate || !toRate)
        return std::nullopt;
    const int digits = Currency::fractionDigits(to) - Currency::fractionDigits(from);
    return ExactMath::scaleRound(amount, *toRate, *fromRate, digits);
}

std::optional<ExactDecimal> RateCache::perEuro(const QString &currency, const QDate &day) const
{
    if (currency == u"EUR"_s)
        return ExactDecimal{1, 0};
    const auto rates = m_rates.constFind(currency);
    if (rates == m_rates.constEnd())
        return std::nullopt;
    const auto after = rates->upperBound(day); // the first day after
    if (after == rates->constBegin())
        return std::nullopt;
    return *std::prev(after);
}

void RateCache::load()
{
    if (m_loaded)
        return;
    m_loaded = true;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT currency, rate_date, per_euro FROM exchange_rates"_s))
        return;
    while (q.next()) {
        if (const auto rate = ExactDecimal::parse(q.value(2).toString()))
            m_rates[q.value(0).toString()].insert(QDate::fromString(q.value(1).toString(), Qt::ISODate), *rate);
    }
}
