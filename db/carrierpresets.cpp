#include "carrierpresets.h"

#include "carrierrepository.h"
#include "shopsettings.h"
#include "writetransaction.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {

const QString VersionKey = u"carrier_presets_version"_s;

ShippingService serviceFrom(const QJsonObject &o, const QString &asOf)
{
    ShippingService s;
    s.code = o.value(u"code"_s).toString();
    s.carrierCode = o.value(u"carrier"_s).toString();
    s.name = o.value(u"name"_s).toString();
    s.currency = o.value(u"currency"_s).toString();
    s.dimDivisor = o.value(u"dim_divisor"_s).toInt(5000);
    s.weightStepG = o.value(u"weight_step_g"_s).toInteger(500);
    s.fuelPercent = o.value(u"fuel_percent"_s).toString(u"0"_s);
    s.express = o.value(u"express"_s).toBool();
    s.postal = o.value(u"postal"_s).toBool();
    s.asOf = asOf;
    for (const QJsonValue &zv : o.value(u"zones"_s).toArray()) {
        const QJsonObject zo = zv.toObject();
        ShippingService::Zone zone;
        zone.name = zo.value(u"zone"_s).toString();
        const QJsonArray transit = zo.value(u"transit_days"_s).toArray();
        zone.transitDaysMin = transit.at(0).toInt();
        zone.transitDaysMax = transit.at(1).toInt();
        const auto extra = Money::fromDecimal(zo.value(u"extra_per_half_kg"_s).toString(), s.currency);
        zone.extraPerHalfKgMinor = extra ? extra->minorUnits() : -1;
        for (const QJsonValue &bv : zo.value(u"brackets"_s).toArray()) {
            const QJsonObject bo = bv.toObject();
            const auto price = Money::fromDecimal(bo.value(u"price"_s).toString(), s.currency);
            zone.brackets.append({bo.value(u"max_weight_g"_s).toInteger(), price ? price->minorUnits() : 0});
        }
        for (const QJsonValue &cv : zo.value(u"countries"_s).toArray())
            s.zoneByCountry.insert(cv.toString(), zone.name);
        s.zones.append(zone);
    }
    return s;
}

} // namespace

CarrierPresets::Presets CarrierPresets::load(QString *error)
{
    QFile file(u":/borderdesk/reference/carriers.json"_s);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("the carrier presets are missing from this build");
        return {};
    }
    return parse(file.readAll(), error);
}

CarrierPresets::Presets CarrierPresets::parse(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject()) {
        *error = tr("the carrier presets are not valid JSON: %1").arg(parseError.errorString());
        return {};
    }
    const QJsonObject root = doc.object();
    Presets presets;
    presets.version = root.value(u"version"_s).toInt();
    presets.asOf = root.value(u"as_of"_s).toString();
    for (const QJsonValue &v : root.value(u"carriers"_s).toArray()) {
        const QJsonObject o = v.toObject();
        Carrier c;
        c.code = o.value(u"code"_s).toString();
        c.name = o.value(u"name"_s).toString();
        c.trackingKind = o.value(u"tracking_kind"_s).toString();
        c.trackingUrl = o.value(u"tracking_url"_s).toString();
        presets.carriers.append(c);
    }
    for (const QJsonValue &v : root.value(u"services"_s).toArray())
        presets.services.append(serviceFrom(v.toObject(), presets.asOf));
    const QJsonObject limit = root.value(u"cn22_limit"_s).toObject();
    const QString currency = limit.value(u"currency"_s).toString(u"EUR"_s);
    presets.cn22Limit = Money::fromDecimal(limit.value(u"amount"_s).toString(), currency).value_or(Money(35400, u"EUR"_s));
    return presets;
}

bool CarrierPresets::install(const QSqlDatabase &db, const Presets &presets, QString *error)
{
    ShopSettings settings(db);
    if (settings.value(VersionKey, u"0"_s).toInt() >= presets.version)
        return true;
    WriteTransaction transaction(db);
    if (!transaction.isActive()) {
        *error = transaction.error();
        return false;
    }
    const CarrierRepository repo(db);
    for (const Carrier &c : presets.carriers) {
        if (!repo.carrier(c.code) && !repo.saveCarrier(c, error))
            return false;
    }
    for (const ShippingService &s : presets.services) {
        if (!repo.service(s.code) && !repo.saveService(s, error))
            return false;
    }
    if (settings.value(u"cn22_limit"_s).isEmpty()
        && !settings.setValue(u"cn22_limit"_s, presets.cn22Limit.toDecimalString() + u' ' + presets.cn22Limit.currency(),
                              error))
        return false;
    if (!settings.setValue(VersionKey, QString::number(presets.version), error))
        return false;
    return transaction.commit(error);
}
