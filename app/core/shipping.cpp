#include "shipping.h"

#include "decimal.h"
#include "tracking.h"
#include "units.h"

#include <QLocale>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

QString Carrier::trackingLink(const QString &number) const
{
    return TrackingNumbers::url(trackingUrl, number);
}

std::optional<Parcel> Parcel::parseDimensions(const QString &text, qint64 weightG, QString *error)
{
    // "30x20x10", "30 × 20 × 10 cm", "300x200x100mm"; plain numbers are centimetres, as people measure boxes.
    static const QRegularExpression pattern(
        uR"(^\s*(\d+(?:[.,]\d+)?)\s*[x×X*]\s*(\d+(?:[.,]\d+)?)\s*[x×X*]\s*(\d+(?:[.,]\d+)?)\s*(cm|mm|in)?\s*$)"_s);
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch()) {
        if (error)
            *error = RateCalculator::tr("dimensions \"%1\" should look like 30x20x10 (centimetres) or 300x200x100mm")
                         .arg(text);
        return std::nullopt;
    }
    const QString unit = match.captured(4).isEmpty() ? u"cm"_s : match.captured(4);
    Parcel parcel;
    parcel.weightG = weightG;
    qint64 *sides[] = {&parcel.lengthMm, &parcel.widthMm, &parcel.heightMm};
    for (int i = 0; i < 3; ++i) {
        const auto mm = Units::parseLength(QString(match.captured(i + 1).replace(u',', u'.') + unit), u"mm");
        if (!mm || *mm <= 0) {
            if (error)
                *error = RateCalculator::tr("dimension \"%1\" is not a length").arg(match.captured(i + 1));
            return std::nullopt;
        }
        *sides[i] = *mm;
    }
    return parcel;
}

const ShippingService::Zone *ShippingService::zone(const QString &zoneName) const
{
    for (const Zone &z : zones) {
        if (z.name == zoneName)
            return &z;
    }
    return nullptr;
}

int ShippingService::transitDaysMin() const
{
    int days = 0;
    for (const Zone &z : zones)
        days = days == 0 ? z.transitDaysMin : std::min(days, z.transitDaysMin);
    return days;
}

int ShippingService::transitDaysMax() const
{
    int days = 0;
    for (const Zone &z : zones)
        days = std::max(days, z.transitDaysMax);
    return days;
}

QString RateQuote::basisText() const
{
    const QLocale locale;
    auto weight = [&locale](qint64 grams) { return Units::formatWeight(grams, Units::System::Metric, locale); };
    QString volume;
    if (parcels.size() == 1 && parcels.front().hasDimensions() && dimDivisor > 0) {
        const Parcel &p = parcels.front();
        volume = RateCalculator::tr("%1 × %2 × %3 cm ÷ %4 = %5 dimensional")
                     .arg(locale.toString(p.lengthMm / 10.0), locale.toString(p.widthMm / 10.0),
                          locale.toString(p.heightMm / 10.0), Decimal::localDigits(QString::number(dimDivisor), locale),
                          weight(dimensionalG));
    } else if (dimensionalG > 0) {
        volume = RateCalculator::tr("%1 dimensional").arg(weight(dimensionalG));
    }
    const QString actual = RateCalculator::tr("%1 actual").arg(weight(actualG));
    QString why;
    if (parcels.size() > 1)
        why = RateCalculator::tr("%n parcel(s), each on the heavier of its actual and dimensional weight: %1, %2",
                                 nullptr, int(parcels.size()))
                  .arg(actual, volume.isEmpty() ? RateCalculator::tr("no box sizes given") : volume);
    else if (volume.isEmpty())
        why = RateCalculator::tr("%1 (no box size given)").arg(actual);
    else if (basis == Basis::Dimensional)
        why = volume + u" > "_s + actual;
    else
        why = actual + u" ≥ "_s + volume;
    return RateCalculator::tr("%1 → %2 billable").arg(why, weight(billableG));
}

qint64 RateCalculator::dimensionalWeightG(const Parcel &parcel, int divisor)
{
    if (!parcel.hasDimensions() || divisor <= 0)
        return 0;
    // L×W×H in mm³ divided by cm³/kg is grams (1 cm³/kg = 1000 mm³ per 1000 g); round up as carriers do.
    const qint64 volume = parcel.lengthMm * parcel.widthMm * parcel.heightMm;
    return (volume + divisor - 1) / divisor;
}

qint64 RateCalculator::billableWeightG(const Parcel &parcel, const ShippingService &service, RateQuote::Basis *basis)
{
    const qint64 dimensional = dimensionalWeightG(parcel, service.dimDivisor);
    const bool byVolume = dimensional > parcel.weightG;
    if (basis)
        *basis = byVolume ? RateQuote::Basis::Dimensional : RateQuote::Basis::Actual;
    const qint64 weight = std::max<qint64>(1, byVolume ? dimensional : parcel.weightG);
    const qint64 step = std::max<qint64>(1, service.weightStepG);
    return (weight + step - 1) / step * step;
}

std::optional<qint64> RateCalculator::freightMinor(const ShippingService::Zone &zone, qint64 billableG)
{
    if (zone.brackets.isEmpty())
        return std::nullopt;
    for (const ShippingService::Bracket &bracket : zone.brackets) {
        if (billableG <= bracket.maxWeightG)
            return bracket.priceMinor;
    }
    if (zone.extraPerHalfKgMinor < 0)
        return std::nullopt;
    const ShippingService::Bracket &last = zone.brackets.constLast();
    const qint64 halfKilos = (billableG - last.maxWeightG + 499) / 500;
    return last.priceMinor + halfKilos * zone.extraPerHalfKgMinor;
}

RateQuote RateCalculator::quote(const ShippingService &service, const QString &country, const QList<Parcel> &parcels)
{
    RateQuote q;
    q.serviceCode = service.code;
    q.serviceName = service.name;
    q.carrierCode = service.carrierCode;
    q.express = service.express;
    q.dimDivisor = service.dimDivisor;
    q.parcels = parcels;
    q.total = q.freight = q.fuel = Money(0, service.currency);
    bool anyDimensional = false;
    for (const Parcel &parcel : parcels) {
        RateQuote::Basis basis = RateQuote::Basis::Actual;
        q.actualG += parcel.weightG;
        q.dimensionalG += dimensionalWeightG(parcel, service.dimDivisor);
        q.billableG += billableWeightG(parcel, service, &basis);
        anyDimensional = anyDimensional || basis == RateQuote::Basis::Dimensional;
    }
    q.basis = anyDimensional ? RateQuote::Basis::Dimensional : RateQuote::Basis::Actual;
    if (!service.active) {
        q.unavailableReason = tr("the service is switched off");
        return q;
    }
    if (parcels.isEmpty()) {
        q.unavailableReason = tr("no parcel to price");
        return q;
    }
    q.zone = service.zoneByCountry.value(country);
    const ShippingService::Zone *zone = q.zone.isEmpty() ? nullptr : service.zone(q.zone);
    if (!zone) {
        q.unavailableReason = tr("%1 does not ship to %2").arg(service.name, country);
        return q;
    }
    q.transitDaysMin = zone->transitDaysMin;
    q.transitDaysMax = zone->transitDaysMax;
    qint64 freight = 0;
    for (const Parcel &parcel : parcels) {
        const auto price = freightMinor(*zone, billableWeightG(parcel, service));
        if (!price) {
            q.unavailableReason = tr("%1 takes parcels up to %2")
                                      .arg(service.name, Units::formatWeight(zone->brackets.isEmpty()
                                                                                 ? 0
                                                                                 : zone->brackets.constLast().maxWeightG,
                                                                             Units::System::Metric, QLocale()));
            return q;
        }
        freight += *price;
    }
    q.freight = Money(freight, service.currency);
    const auto percent = ExactDecimal::parse(service.fuelPercent).value_or(ExactDecimal{});
    const auto fuel = ExactMath::scaleRound(freight, percent, ExactDecimal{100, 0}, 0);
    q.fuel = Money(fuel.value_or(0), service.currency);
    q.total = q.freight + q.fuel;
    q.available = true;
    return q;
}

void RateShopper::sortAndPick(QList<RateQuote> &quotes, const Rule &rule)
{
    const bool allBase = std::all_of(quotes.cbegin(), quotes.cend(), [](const RateQuote &q) {
        return !q.available || q.totalBase.has_value();
    });
    auto price = [allBase](const RateQuote &q) {
        return allBase && q.totalBase ? q.totalBase->minorUnits() : q.total.minorUnits();
    };
    std::stable_sort(quotes.begin(), quotes.end(), [&price](const RateQuote &a, const RateQuote &b) {
        if (a.available != b.available)
            return a.available;
        if (price(a) != price(b))
            return price(a) < price(b);
        return a.transitDaysMax < b.transitDaysMax;
    });
    for (RateQuote &q : quotes)
        q.isDefault = false;
    auto eligible = [&rule](const RateQuote &q) { return q.available && (!rule.expressOnly || q.express); };
    const bool anyEligible = std::any_of(quotes.cbegin(), quotes.cend(), eligible);
    auto candidate = [&](const RateQuote &q) { return anyEligible ? eligible(q) : q.available; };
    // The cheapest that arrives in time; quotes are sorted by price, so the first in time wins.
    for (RateQuote &q : quotes) {
        if (candidate(q) && (rule.maxDays <= 0 || q.transitDaysMax <= rule.maxDays)) {
            q.isDefault = true;
            return;
        }
    }
    // Nothing arrives in time: the fastest, then the cheapest of the fastest.
    RateQuote *fastest = nullptr;
    for (RateQuote &q : quotes) {
        if (candidate(q) && (!fastest || q.transitDaysMax < fastest->transitDaysMax))
            fastest = &q;
    }
    if (fastest)
        fastest->isDefault = true;
}
