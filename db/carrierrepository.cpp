#include "carrierrepository.h"

#include "connection.h"
#include "writetransaction.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

// A null QString binds as SQL NULL; the text columns are NOT NULL DEFAULT ''.
QVariant notNull(const QString &text)
{
    return text.isNull() ? QVariant(u""_s) : QVariant(text);
}

} // namespace

namespace {

Carrier carrierFrom(const QSqlQuery &q)
{
    Carrier c;
    c.id = q.value(0).toLongLong();
    c.code = q.value(1).toString();
    c.name = q.value(2).toString();
    c.trackingKind = q.value(3).toString();
    c.trackingUrl = q.value(4).toString();
    c.active = q.value(5).toBool();
    return c;
}

const QString ServiceColumns = u"SELECT s.id, s.code, c.code, s.name, s.currency, s.dim_divisor, s.weight_step_g, "
                               u"s.fuel_percent, s.express, s.postal, s.active, s.as_of "
                               u"FROM shipping_services s JOIN carriers c ON c.id = s.carrier_id "_s;

ShippingService serviceFrom(const QSqlQuery &q)
{
    ShippingService s;
    s.id = q.value(0).toLongLong();
    s.code = q.value(1).toString();
    s.carrierCode = q.value(2).toString();
    s.name = q.value(3).toString();
    s.currency = q.value(4).toString();
    s.dimDivisor = q.value(5).toInt();
    s.weightStepG = q.value(6).toLongLong();
    s.fuelPercent = q.value(7).toString();
    s.express = q.value(8).toBool();
    s.postal = q.value(9).toBool();
    s.active = q.value(10).toBool();
    s.asOf = q.value(11).toString();
    return s;
}

} // namespace

CarrierRepository::CarrierRepository(const QSqlDatabase &db)
    : m_db(db)
{
}

QList<Carrier> CarrierRepository::carriers() const
{
    QList<Carrier> result;
    QSqlQuery q(m_db);
    q.exec(u"SELECT id, code, name, tracking_kind, tracking_url, active FROM carriers ORDER BY name"_s);
    while (q.next())
        result.append(carrierFrom(q));
    return result;
}

std::optional<Carrier> CarrierRepository::carrier(const QString &code) const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT id, code, name, tracking_kind, tracking_url, active FROM carriers WHERE code = ?"_s);
    q.addBindValue(code);
    if (q.exec() && q.next())
        return carrierFrom(q);
    return std::nullopt;
}

std::optional<qint64> CarrierRepository::carrierId(const QString &code) const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT id FROM carriers WHERE code = ?"_s);
    q.addBindValue(code);
    if (q.exec() && q.next())
        return q.value(0).toLongLong();
    return std::nullopt;
}

bool CarrierRepository::loadRateCard(ShippingService &service) const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT zone, extra_per_half_kg, transit_min, transit_max FROM rate_zones WHERE service_id = ? "
              u"ORDER BY zone"_s);
    q.addBindValue(service.id);
    if (!q.exec())
        return false;
    while (q.next()) {
        ShippingService::Zone zone;
        zone.name = q.value(0).toString();
        zone.extraPerHalfKgMinor = q.value(1).toLongLong();
        zone.transitDaysMin = q.value(2).toInt();
        zone.transitDaysMax = q.value(3).toInt();
        service.zones.append(zone);
    }
    q.prepare(u"SELECT zone, max_weight_g, price_minor FROM rate_brackets WHERE service_id = ? "
              u"ORDER BY zone, max_weight_g"_s);
    q.addBindValue(service.id);
    if (!q.exec())
        return false;
    while (q.next()) {
        const QString zoneName = q.value(0).toString();
        for (ShippingService::Zone &zone : service.zones) {
            if (zone.name == zoneName)
                zone.brackets.append({q.value(1).toLongLong(), q.value(2).toLongLong()});
        }
    }
    q.prepare(u"SELECT country, zone FROM rate_zone_countries WHERE service_id = ?"_s);
    q.addBindValue(service.id);
    if (!q.exec())
        return false;
    while (q.next())
        service.zoneByCountry.insert(q.value(0).toString(), q.value(1).toString());
    return true;
}

QList<ShippingService> CarrierRepository::services(bool activeOnly) const
{
    QList<ShippingService> result;
    QSqlQuery q(m_db);
    q.exec(ServiceColumns + (activeOnly ? u"WHERE s.active = 1 AND c.active = 1 "_s : QString())
           + u"ORDER BY c.name, s.name"_s);
    while (q.next())
        result.append(serviceFrom(q));
    for (ShippingService &s : result)
        loadRateCard(s);
    return result;
}

std::optional<ShippingService> CarrierRepository::service(const QString &code) const
{
    QSqlQuery q(m_db);
    q.prepare(ServiceColumns + u"WHERE s.code = ?"_s);
    q.addBindValue(code);
    if (!q.exec() || !q.next())
        return std::nullopt;
    ShippingService s = serviceFrom(q);
    loadRateCard(s);
    return s;
}

bool CarrierRepository::saveCarrier(const Carrier &c, QString *error) const
{
    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO carriers (code, name, tracking_kind, tracking_url, active) VALUES (?, ?, ?, ?, ?) "
              u"ON CONFLICT (code) DO UPDATE SET name = excluded.name, tracking_kind = excluded.tracking_kind, "
              u"tracking_url = excluded.tracking_url, active = excluded.active"_s);
    for (const QVariant &v : {notNull(c.code), notNull(c.name), notNull(c.trackingKind), notNull(c.trackingUrl),
                              QVariant(c.active ? 1 : 0)})
        q.addBindValue(v);
    if (!q.exec()) {
        *error = tr("cannot save carrier %1: %2").arg(c.code, sqlErrorText(q));
        return false;
    }
    return true;
}

bool CarrierRepository::saveService(const ShippingService &s, QString *error) const
{
    const auto carrier = carrierId(s.carrierCode);
    if (!carrier) {
        *error = tr("there is no carrier %1").arg(s.carrierCode);
        return false;
    }
    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO shipping_services (code, carrier_id, name, currency, dim_divisor, weight_step_g, "
              u"fuel_percent, express, postal, active, as_of) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
              u"ON CONFLICT (code) DO UPDATE SET carrier_id = excluded.carrier_id, name = excluded.name, "
              u"currency = excluded.currency, dim_divisor = excluded.dim_divisor, "
              u"weight_step_g = excluded.weight_step_g, fuel_percent = excluded.fuel_percent, "
              u"express = excluded.express, postal = excluded.postal, active = excluded.active, as_of = excluded.as_of "
              u"RETURNING id"_s);
    for (const QVariant &v : {QVariant(s.code), QVariant(*carrier), notNull(s.name), QVariant(s.currency),
                              QVariant(s.dimDivisor), QVariant(s.weightStepG), notNull(s.fuelPercent),
                              QVariant(s.express ? 1 : 0), QVariant(s.postal ? 1 : 0), QVariant(s.active ? 1 : 0),
                              notNull(s.asOf)})
        q.addBindValue(v);
    if (!q.exec() || !q.next()) {
        *error = tr("cannot save service %1: %2").arg(s.code, sqlErrorText(q));
        return false;
    }
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    // The rate card is replaced as a whole: zones cascade to their brackets and countries.
    q.prepare(u"DELETE FROM rate_zones WHERE service_id = ?"_s);
    q.addBindValue(id);
    QString failure;
    auto run = [&failure](QSqlQuery &query) {
        if (failure.isEmpty() && !query.exec())
            failure = sqlErrorText(query);
        return failure.isEmpty();
    };
    run(q);
    QSqlQuery zone(m_db), bracket(m_db), country(m_db);
    zone.prepare(u"INSERT INTO rate_zones (service_id, zone, extra_per_half_kg, transit_min, transit_max) "
                 u"VALUES (?, ?, ?, ?, ?)"_s);
    bracket.prepare(u"INSERT INTO rate_brackets (service_id, zone, max_weight_g, price_minor) VALUES (?, ?, ?, ?)"_s);
    country.prepare(u"INSERT INTO rate_zone_countries (service_id, country, zone) VALUES (?, ?, ?)"_s);
    for (const ShippingService::Zone &z : s.zones) {
        zone.addBindValue(id);
        zone.addBindValue(z.name);
        zone.addBindValue(z.extraPerHalfKgMinor);
        zone.addBindValue(z.transitDaysMin);
        zone.addBindValue(z.transitDaysMax);
        run(zone);
        for (const ShippingService::Bracket &b : z.brackets) {
            bracket.addBindValue(id);
            bracket.addBindValue(z.name);
            bracket.addBindValue(b.maxWeightG);
            bracket.addBindValue(b.priceMinor);
            run(bracket);
        }
    }
    for (auto it = s.zoneByCountry.cbegin(); it != s.zoneByCountry.cend(); ++it) {
        country.addBindValue(id);
        country.addBindValue(it.key());
        country.addBindValue(it.value());
        run(country);
    }
    if (!failure.isEmpty()) {
        *error = tr("cannot save the rate card of %1: %2").arg(s.code, failure);
        return false;
    }
    return true;
}

bool CarrierRepository::removeService(const QString &code, QString *error) const
{
    QSqlQuery q(m_db);
    q.prepare(u"DELETE FROM shipping_services WHERE code = ?"_s);
    q.addBindValue(code);
    if (!q.exec()) {
        *error = sqlErrorText(q);
        return false;
    }
    if (q.numRowsAffected() == 0) {
        *error = tr("there is no service %1").arg(code);
        return false;
    }
    return true;
}

bool CarrierRepository::importServices(const QList<ShippingService> &services, QString *error) const
{
    WriteTransaction transaction(m_db);
    if (!transaction.isActive()) {
        *error = transaction.error();
        return false;
    }
    for (const ShippingService &s : services) {
        if (!carrierId(s.carrierCode)) {
            Carrier added;
            added.code = s.carrierCode;
            added.name = s.carrierCode.toUpper();
            if (!saveCarrier(added, error))
                return false;
        }
        if (!saveService(s, error))
            return false;
    }
    return transaction.commit(error);
}
