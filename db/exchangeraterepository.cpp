#include "exchangeraterepository.h"

#include "connection.h"

#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace {

ExchangeRate rateFromQuery(const QSqlQuery &q)
{
    return ExchangeRate{q.value(0).toString(), QDate::fromString(q.value(1).toString(), Qt::ISODate),
                        ExactDecimal::parse(q.value(2).toString()).value_or(ExactDecimal{})};
}

} // namespace

ExchangeRateRepository::ExchangeRateRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

bool ExchangeRateRepository::save(const QList<ExchangeRate> &rates, const QString &source, QString *error, int *added,
                                  int *replaced, const std::function<bool(int)> &progress) const
{
    QSqlQuery exists(m_db);
    exists.prepare(u"SELECT 1 FROM exchange_rates WHERE currency = ? AND rate_date = ?"_s);
    QSqlQuery upsert(m_db);
    upsert.prepare(u"INSERT INTO exchange_rates (currency, rate_date, per_euro, source) VALUES (?, ?, ?, ?) "
                   u"ON CONFLICT (currency, rate_date) DO UPDATE SET per_euro = excluded.per_euro, "
                   u"source = excluded.source"_s);
    int newRates = 0;
    int oldRates = 0;
    for (qsizetype i = 0; i < rates.size(); ++i) {
        const ExchangeRate &rate = rates.at(i);
        if (progress && i % 2000 == 0 && !progress(int(i * 100 / rates.size()))) {
            *error = tr("cancelled; no rate was changed");
            return false;
        }
        if (rate.currency == u"EUR")
            continue; // always 1
        const QString day = rate.date.toString(Qt::ISODate);
        exists.addBindValue(rate.currency);
        exists.addBindValue(day);
        const bool known = exists.exec() && exists.next();
        upsert.addBindValue(rate.currency);
        upsert.addBindValue(day);
        upsert.addBindValue(rate.perEuro.toString());
        upsert.addBindValue(source);
        if (!upsert.exec()) {
            *error = tr("cannot store the %1 rate of %2: %3").arg(rate.currency, day, sqlErrorText(upsert));
            return false;
        }
        ++(known ? oldRates : newRates);
    }
    if (added)
        *added = newRates;
    if (replaced)
        *replaced = oldRates;
    return true;
}

bool ExchangeRateRepository::remove(const QString &currency, const QDate &date, QString *error) const
{
    QSqlQuery q(m_db);
    q.prepare(u"DELETE FROM exchange_rates WHERE currency = ? AND rate_date = ?"_s);
    q.addBindValue(currency);
    q.addBindValue(date.toString(Qt::ISODate));
    if (!q.exec()) {
        *error = sqlErrorText(q);
        return false;
    }
    return true;
}

QList<ExchangeRate> ExchangeRateRepository::latest() const
{
    QList<ExchangeRate> result;
    QSqlQuery q(m_db);
    if (q.exec(u"SELECT currency, max(rate_date), per_euro FROM exchange_rates GROUP BY currency ORDER BY currency"_s)) {
        while (q.next())
            result.append(rateFromQuery(q));
    }
    return result;
}

QList<ExchangeRate> ExchangeRateRepository::history(const QString &currency) const
{
    QList<ExchangeRate> result;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT currency, rate_date, per_euro FROM exchange_rates WHERE currency = ? ORDER BY rate_date"_s);
    q.addBindValue(currency);
    if (q.exec()) {
        while (q.next())
            result.append(rateFromQuery(q));
    }
    return result;
}

std::optional<QDate> ExchangeRateRepository::commonDate(const QStringList &currencies, const QDate &date) const
{
    QStringList needed;
    for (const QString &c : currencies) {
        if (c != u"EUR" && !needed.contains(c))
            needed.append(c);
    }
    if (needed.isEmpty())
        return date;
    QString placeholders = u"?"_s;
    for (qsizetype i = 1; i < needed.size(); ++i)
        placeholders += u", ?"_s;
    QSqlQuery q(m_db);
    q.prepare(u"SELECT rate_date FROM exchange_rates WHERE rate_date <= ? AND currency IN ("_s + placeholders
              + u") GROUP BY rate_date HAVING count(*) = ? ORDER BY rate_date DESC LIMIT 1"_s);
    q.addBindValue(date.toString(Qt::ISODate));
    for (const QString &c : std::as_const(needed))
        q.addBindValue(c);
    q.addBindValue(needed.size());
    if (q.exec() && q.next())
        return QDate::fromString(q.value(0).toString(), Qt::ISODate);
    return std::nullopt;
}

std::optional<ExactDecimal> ExchangeRateRepository::perEuro(const QString &currency, const QDate &date) const
{
    if (currency == u"EUR")
        return CurrencyConversion::euro();
    QSqlQuery q(m_db);
    q.prepare(u"SELECT per_euro FROM exchange_rates WHERE currency = ? AND rate_date = ?"_s);
    q.addBindValue(currency);
    q.addBindValue(date.toString(Qt::ISODate));
    if (q.exec() && q.next())
        return ExactDecimal::parse(q.value(0).toString());
    return std::nullopt;
}

std::optional<ExchangeRateRepository::Conversion>
ExchangeRateRepository::convert(const Money &amount, const QString &toCurrency, const QDate &date, QString *error) const
{
    if (amount.currency() == toCurrency)
        return Conversion{amount, date, CurrencyConversion::euro(), CurrencyConversion::euro()};
    const auto day = commonDate({amount.currency(), toCurrency}, date);
    if (!day) {
        *error = tr("no exchange rate for %1 and %2 on or before %3; import the ECB rates or enter one")
                     .arg(amount.currency(), toCurrency, date.toString(Qt::ISODate));
        return std::nullopt;
    }
    const auto from = perEuro(amount.currency(), *day);
    const auto to = perEuro(toCurrency, *day);
    const auto converted = from && to ? CurrencyConversion::convert(amount, toCurrency, *from, *to) : std::nullopt;
    if (!converted) {
        *error = tr("%1 cannot be converted to %2: the amount is too large").arg(amount.toDecimalString(), toCurrency);
        return std::nullopt;
    }
    return Conversion{*converted, *day, *from, *to};
}
