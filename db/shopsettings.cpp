#include "shopsettings.h"

#include "connection.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

ShopSettings::ShopSettings(QSqlDatabase db)
    : m_db(std::move(db))
{
}

bool ShopSettings::isConfigured() const
{
    return !value(u"base_currency"_s).isEmpty();
}

QString ShopSettings::baseCurrency() const
{
    return value(u"base_currency"_s, u"THB"_s);
}

QString ShopSettings::homeCountry() const
{
    return value(u"home_country"_s, u"TH"_s);
}

bool ShopSettings::setBaseCurrency(const QString &code, QString *error)
{
    return setValue(u"base_currency"_s, code, error);
}

bool ShopSettings::setHomeCountry(const QString &code, QString *error)
{
    return setValue(u"home_country"_s, code, error);
}

QString ShopSettings::value(const QString &key, const QString &fallback) const
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT value FROM settings WHERE key = ?"_s);
    query.addBindValue(key);
    if (query.exec() && query.next())
        return query.value(0).toString();
    return fallback;
}

bool ShopSettings::setValue(const QString &key, const QString &value, QString *error)
{
    QSqlQuery query(m_db);
    query.prepare(u"INSERT INTO settings (key, value) VALUES (?, ?) "
                  u"ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s);
    query.addBindValue(key);
    query.addBindValue(value);
    if (!query.exec()) {
        if (error)
            *error = sqlErrorText(query);
        return false;
    }
    return true;
}
