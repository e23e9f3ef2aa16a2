#pragma once

#include "ordercheck.h"

#include <QCoreApplication>
#include <QSqlDatabase>

// The seller's fraud rules in the database: weights (fraud_rules), the hold threshold and rule parameters
// (settings), and the freight-forwarder addresses.
class FraudSettingsRepository
{
    Q_DECLARE_TR_FUNCTIONS(FraudSettingsRepository)

public:
    explicit FraudSettingsRepository(QSqlDatabase db);

    FraudSettings load() const;
    bool setWeight(const QString &rule, int weight, QString *error) const;
    bool setHoldThreshold(int threshold, QString *error) const;
    bool setHighRiskCategories(const QStringList &categories, QString *error) const;
    bool addForwarder(const FraudSettings::Forwarder &forwarder, QString *error) const;

private:
    QSqlDatabase m_db;
};
