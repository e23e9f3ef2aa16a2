#pragma once

#include "exactdecimal.h"
#include "importissue.h"
#include "money.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// A carrier the shop ships with. trackingKind names the tracking-number scheme ("ups", "fedex", "dhl", "usps",
// "s10"); trackingUrl holds "{n}" where the number goes.
struct Carrier
{
    qint64 id = 0;
    QString code; // "dhl", "fedex", "ups", "post"
    QString name;
    QString trackingKind;
    QString trackingUrl;
    bool active = true;

    QString trackingLink(const QString &number) const;
    bool operator==(const Carrier &other) const = default;
};

// One parcel's size and weight. Weights in grams, dimensions in millimetres.
struct Parcel
{
    qint64 weightG = 0;
    qint64 lengthMm = 0;
    qint64 widthMm = 0;
    qint64 heightMm = 0;

    bool hasDimensions() const { return lengthMm > 0 && widthMm > 0 && heightMm > 0; }
    // "30x20x10" (centimetres or millimetres as written with a unit suffix "cm"/"mm"; plain numbers are cm).
    static std::optional<Parcel> parseDimensions(const QString &text, qint64 weightG, QString *error);
    bool operator==(const Parcel &other) const = default;
};

// A shipping service with its rate card: destination country → zone; zone × weight bracket → price; an extra
// price per 0.5 kg above the last bracket; a fuel surcharge; the dimensional-weight divisor; transit days.
struct ShippingService
{
    struct Bracket
    {
        qint64 maxWeightG = 0;
        qint64 priceMinor = 0;
        bool operator==(const Bracket &other) const = default;
    };
    struct Zone
    {
        QString name;                  // "1", "A", "EU"
        QList<Bracket> brackets;       // ascending by weight
        qint64 extraPerHalfKgMinor = -1; // above the last bracket; -1 = the service takes nothing heavier
        int transitDaysMin = 0;
        int transitDaysMax = 0;
        bool operator==(const Zone &other) const = default;
    };

    qint64 id = 0;
    QString code; // "DHL-EXP-WW"
    QString carrierCode;
    QString name;
    QString currency;
    int dimDivisor = 5000;     // cm³ per kg; 0 = not charged by volume
    qint64 weightStepG = 500;  // billable weight rounds up to this step
    QString fuelPercent = QStringLiteral("0"); // exact decimal text
    bool express = false;  // needs the recipient's phone; chosen for orders that paid for express
    bool postal = false;   // a postal item: CN22/CN23 customs forms, S10 tracking
    bool active = true;
    QString asOf;          // the date the rate card was checked
    QHash<QString, QString> zoneByCountry; // "DE" → "3"
    QList<Zone> zones;

    const Zone *zone(const QString &name) const;
    // The fastest and slowest of its zones, for lists.
    int transitDaysMin() const;
    int transitDaysMax() const;
    bool operator==(const ShippingService &other) const = default;
};

// What one service charges for one shipment (one or more parcels), and why.
struct RateQuote
{
    enum class Basis { Actual, Dimensional };

    QString serviceCode;
    QString serviceName;
    QString carrierCode;
    bool available = false;
    QString unavailableReason; // translated, when not available
    QString zone;
    qint64 actualG = 0;
    qint64 dimensionalG = 0;
    qint64 billableG = 0;
    Basis basis = Basis::Actual;
    Money freight;   // the card's price for the billable weight, before fuel
    Money fuel;
    Money total;     // in the card's currency
    std::optional<Money> totalBase; // in the shop's base currency, when a rate exists
    int transitDaysMin = 0;
    int transitDaysMax = 0;
    bool express = false;
    bool isDefault = false;
    int dimDivisor = 0;
    QList<Parcel> parcels;

    // "40 × 30 × 20 cm ÷ 5000 = 4.8 kg dimensional > 1.2 kg actual → 5 kg", for people.
    QString basisText() const;
};

// The arithmetic of rate cards. Pure functions; no database.
class RateCalculator
{
    Q_DECLARE_TR_FUNCTIONS(RateCalculator)

public:
    // ceil(L×W×H mm³ / divisor): mm³ ÷ (cm³/kg) is grams. 0 without dimensions or divisor.
    static qint64 dimensionalWeightG(const Parcel &parcel, int divisor);
    // max(actual, dimensional) rounded up to the service's weight step.
    static qint64 billableWeightG(const Parcel &parcel, const ShippingService &service, RateQuote::Basis *basis = nullptr);
    // The price of the parcels (each priced on its own billable weight) to the country.
    static RateQuote quote(const ShippingService &service, const QString &country, const QList<Parcel> &parcels);
    // Freight for one billable weight in one zone; nullopt when the zone has no price that heavy.
    static std::optional<qint64> freightMinor(const ShippingService::Zone &zone, qint64 billableG);
};

// Picks the default among quotes: the cheapest (in the base currency when every quote has it) that arrives
// within maxDays (0 = any); when none arrives in time, the fastest. Express orders prefer express services.
// Sorts the quotes: available first, then by price, then by transit days; marks the default.
class RateShopper
{
public:
    struct Rule
    {
        int maxDays = 0;
        bool expressOnly = false;
    };
    static void sortAndPick(QList<RateQuote> &quotes, const Rule &rule);
};

// The rate card as CSV, one row per price: service,carrier,name,currency,dim_divisor,weight_step_g,fuel_percent,
// express,postal,as_of,zone,countries,transit_min,transit_max,max_weight_g,price,extra_per_half_kg
// A service's fields repeat on each of its rows, a zone's (countries: space-separated ISO codes) on each of its.
class RateCardCsv
{
    Q_DECLARE_TR_FUNCTIONS(RateCardCsv)

public:
    static QStringList header();
    static QByteArray write(const QList<ShippingService> &services);
    // All or nothing: on any bad row returns nullopt and lists every problem (file, line, column).
    static std::optional<QList<ShippingService>> read(const QByteArray &bytes, const QString &fileName,
                                                      QList<ImportIssue> *issues);
};
