#include "fraudsettingsrepository.h"

#include "connection.h"
#include "shopsettings.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

FraudSettingsRepository::FraudSettingsRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

FraudSettings FraudSettingsRepository::load() const
{
    FraudSettings settings;
    QSqlQuery query(m_db);
    if (query.exec(u"SELECT key, weight FROM fraud_rules WHERE enabled = 1"_s)) {
        while (query.next())
            settings.weights.insert(query.value(0).toString(), query.value(1).toInt());
    }
    const ShopSettings shop(m_db);
    settings.holdThreshold = shop.value(u"fraud_hold_threshold"_s, u"60"_s).toInt();
    settings.highRiskCategories = shop.value(u"fraud_high_risk_categories"_s).split(u',', Qt::SkipEmptyParts);
    settings.velocityHours = std::max(1, shop.value(u"fraud_velocity_hours"_s, u"24"_s).toInt());
    settings.velocityOrders = std::max(2, shop.value(u"fraud_velocity_orders"_s, u"3"_s).toInt());
    settings.historyMultiple = std::max(1, shop.value(u"fraud_history_multiple"_s, u"3"_s).toInt());
    if (query.exec(u"SELECT name, fragment, postal_code, country FROM freight_forwarders ORDER BY id"_s)) {
        while (query.next()) {
            settings.forwarders.append({query.value(0).toString(), query.value(1).toString(),
                                        query.value(2).toString(), query.value(3).toString()});
        }
    }
    return settings;
}

bool FraudSettingsRepository::setWeight(const QString &rule, int weight, QString *error) const
{
    if (!RiskReason::rules().contains(rule)) {
        *error = tr("\"%1\" is not a fraud rule").arg(rule);
        return false;
    }
    if (weight < 0 || weight > 100) {
        *error = tr("a weight must be between 0 and 100");
        return false;
    }
    QSqlQuery query(m_db);
    query.prepare(u"INSERT INTO fraud_rules (key, weight) VALUES (?, ?) "
                  "ON CONFLICT (key) DO UPDATE SET weight = excluded.weight"_s);
    query.addBindValue(rule);
    query.addBindValue(weight);
    if (!query.exec()) {
        *error = sqlErrorText(query);
        return false;
    }
    return true;
}

bool FraudSettingsRepository::setHoldThreshold(int threshold, QString *error) const
{
    if (threshold < 1 || threshold > 100) {
        *error = tr("the hold threshold must be between 1 and 100");
        return false;
    }
    return ShopSettings(m_db).setValue(u"fraud_hold_threshold"_s, QString::number(threshold), error);
}

bool FraudSettingsRepository::setHighRiskCategories(const QStringList &categories, QString *error) const
{
    QStringList cleaned;
    for (const QString &category : categories) {
        if (!category.trimmed().isEmpty())
            cleaned.append(category.trimmed());
    }
    return ShopSettings(m_db).setValue(u"fraud_high_risk_categories"_s, cleaned.join(u','), error);
}

bool FraudSettingsRepository::addForwarder(const FraudSettings::Forwarder &forwarder, QString *error) const
{
    if (forwarder.fragment.trimmed().size() < 3) {
        *error = tr("a forwarder's address fragment needs at least 3 characters");
        return false;
    }
    QSqlQuery query(m_db);
    query.prepare(u"INSERT INTO freight_forwarders (name, fragment, postal_code, country) VALUES (?, ?, ?, ?)"_s);
    // A null QString binds as NULL; the columns hold '' for "any".
    const auto text = [](const QString &value) { return value.isNull() ? u""_s : value.trimmed(); };
    query.addBindValue(text(forwarder.name));
    query.addBindValue(text(forwarder.fragment));
    query.addBindValue(text(forwarder.postalCode));
    query.addBindValue(text(forwarder.country).toUpper());
    if (!query.exec()) {
        *error = sqlErrorText(query);
        return false;
    }
    return true;
}
