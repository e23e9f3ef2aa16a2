#pragma once

#include "shipping.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <optional>

// Carriers and their services with rate cards in the database. Saving a service replaces its whole rate card.
class CarrierRepository
{
    Q_DECLARE_TR_FUNCTIONS(CarrierRepository)

public:
    explicit CarrierRepository(const QSqlDatabase &db);

    QList<Carrier> carriers() const;
    std::optional<Carrier> carrier(const QString &code) const;
    // Every service with its zones and brackets, by carrier then name.
    QList<ShippingService> services(bool activeOnly = false) const;
    std::optional<ShippingService> service(const QString &code) const;

    // Call inside a write transaction.
    bool saveCarrier(const Carrier &carrier, QString *error) const;
    // Inserts or replaces by code; the carrier must exist (rate-card imports add a missing one by its code).
    bool saveService(const ShippingService &service, QString *error) const;
    bool removeService(const QString &code, QString *error) const;
    // All or nothing, in its own write transaction: every service of the list replaces its stored card.
    bool importServices(const QList<ShippingService> &services, QString *error) const;

private:
    std::optional<qint64> carrierId(const QString &code) const;
    bool loadRateCard(ShippingService &service) const;
    QSqlDatabase m_db;
};
