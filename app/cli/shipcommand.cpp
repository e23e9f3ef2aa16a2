#include "carrierrepository.h"
#include "cli.h"
#include "clicontext.h"
#include "orderrepository.h"
#include "rateshopping.h"
#include "shipmentbooking.h"
#include "shippingdocumentbuilder.h"
#include "shopsettings.h"
#include "units.h"
#include "writetransaction.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QSaveFile>

using namespace Qt::StringLiterals;

int ShipCommand::run(CliContext &context, const QString &subcommand)
{
    if (subcommand == u"quote")
        return quote(context);
    if (subcommand == u"create")
        return create(context);
    if (subcommand == u"list")
        return list(context);
    if (subcommand == u"track")
        return track(context);
    if (subcommand == u"packed" || subcommand == u"shipped")
        return mark(context, subcommand);
    if (subcommand == u"services")
        return services(context);
    if (subcommand == u"rates")
        return rates(context);
    if (subcommand == u"sender")
        return sender(context);
    if (subcommand == u"rule")
        return rule(context);
    if (subcommand == u"numbers")
        return numbers(context);
    context.err << tr("ship: unknown subcommand %1").arg(subcommand) << Qt::endl;
    return Cli::Usage;
}

namespace {

QJsonObject quoteJson(const RateQuote &q)
{
    QJsonObject o{{u"service"_s, q.serviceCode},
                  {u"name"_s, q.serviceName},
                  {u"carrier"_s, q.carrierCode},
                  {u"available"_s, q.available},
                  {u"default"_s, q.isDefault},
                  {u"express"_s, q.express},
                  {u"actual_weight_g"_s, q.actualG},
                  {u"dimensional_weight_g"_s, q.dimensionalG},
                  {u"billable_weight_g"_s, q.billableG},
                  {u"basis"_s, q.basis == RateQuote::Basis::Dimensional ? u"dimensional"_s : u"actual"_s}};
    if (!q.available) {
        o.insert(u"reason"_s, q.unavailableReason);
        return o;
    }
    o.insert(u"zone"_s, q.zone);
    o.insert(u"freight"_s, q.freight.toJson());
    o.insert(u"fuel"_s, q.fuel.toJson());
    o.insert(u"total"_s, q.total.toJson());
    if (q.totalBase)
        o.insert(u"total_base"_s, q.totalBase->toJson());
    o.insert(u"transit_days_min"_s, q.transitDaysMin);
    o.insert(u"transit_days_max"_s, q.transitDaysMax);
    return o;
}

std::optional<qint64> positive(CliContext &context, const QString &option, const QString &text)
{
    const auto grams = Units::parseWeight(text, u"g");
    if (!grams || *grams <= 0) {
        context.err << ShipCommand::tr("%1: \"%2\" is not a weight (grams, or with a unit: 1.2kg, 3lb)")
                           .arg(option, text)
                    << Qt::endl;
        return std::nullopt;
    }
    return grams;
}

// --weight G [--dims LxWxH] into a parcel; nullopt after printing why.
std::optional<QList<Parcel>> takeParcel(CliContext &context, bool *given, bool *usage)
{
    QString weight, dims;
    if (!context.takeOptions({{u"--weight"_s, &weight}, {u"--dims"_s, &dims}})) {
        *usage = true;
        return std::nullopt;
    }
    *given = !weight.isEmpty();
    if (weight.isEmpty()) {
        if (!dims.isEmpty()) {
            context.err << ShipCommand::tr("--dims needs --weight too") << Qt::endl;
            *usage = true;
            return std::nullopt;
        }
        return QList<Parcel>();
    }
    const auto grams = positive(context, u"--weight"_s, weight);
    if (!grams)
        return std::nullopt;
    Parcel parcel{*grams, 0, 0, 0};
    if (!dims.isEmpty()) {
        QString error;
        const auto sized = Parcel::parseDimensions(dims, *grams, &error);
        if (!sized) {
            context.err << u"--dims: "_s << error << Qt::endl;
            return std::nullopt;
        }
        parcel = *sized;
    }
    return QList<Parcel>{parcel};
}

// The latest shipment of the order named by the first argument; nullopt after printing why.
std::optional<Shipment> latestShipment(CliContext &context, Connection &connection)
{
    connection = context.open();
    if (!connection.isOpen())
        return std::nullopt;
    QString error;
    const auto id = OrderRepository(connection.database()).resolve(context.arguments.front(), &error);
    const auto shipments = id ? ShipmentRepository(connection.database()).forOrder(*id) : QList<Shipment>();
    if (shipments.isEmpty()) {
        context.err << (id ? ShipCommand::tr("order %1 has no shipment: create one with ship create")
                                 .arg(context.arguments.front())
                           : error)
                    << Qt::endl;
        return std::nullopt;
    }
    return shipments.back();
}

} // namespace

int ShipCommand::quote(CliContext &context)
{
    const bool json = context.takeFlag(u"--json"_s);
    QString to;
    bool usage = false, given = false;
    if (!context.takeOptions({{u"--to"_s, &to}}))
        return Cli::Usage;
    const auto parcels = takeParcel(context, &given, &usage);
    if (!parcels)
        return usage ? Cli::Usage : Cli::BadInput;
    if (!context.firstUnknownOption().isEmpty() || (to.isEmpty() == context.arguments.isEmpty())
        || (!to.isEmpty() && !given) || context.arguments.size() > 1)
        return Cli::Usage;
    Connection connection = context.open();
    if (!connection.isOpen())
        return Cli::BadInput;
    const RateShopping shopping(connection.database());
    RateShopping::Result result;
    if (!to.isEmpty()) {
        result = shopping.quote(to.toUpper(), *parcels);
    } else {
        QString error;
        const auto id = OrderRepository(connection.database()).resolve(context.arguments.front(), &error);
        const auto quoted = id ? shopping.quoteOrder(*id, &error) : std::nullopt;
        if (!quoted) {
            context.err << error << Qt::endl;
            return Cli::BadInput;
        }
        result = *quoted;
        if (given) // the packer weighed the parcel: price that instead of the estimate
            result = shopping.quote(result.country, *parcels);
    }
    if (json) {
        QJsonArray quotes;
        for (const RateQuote &q : std::as_const(result.quotes))
            quotes.append(quoteJson(q));
        QJsonObject o{{u"country"_s, result.country}, {u"quotes"_s, quotes}};
        if (!result.parcelNote.isEmpty())
            o.insert(u"parcel"_s, result.parcelNote);
        context.out << CliContext::jsonText(o);
        return Cli::Done;
    }
    const QLocale locale;
    context.out << tr("Rates to %1").arg(result.country);
    if (!result.parcelNote.isEmpty())
        context.out << u" ("_s << result.parcelNote << u')';
    context.out << Qt::endl;
    for (const RateQuote &q : std::as_const(result.quotes)) {
        if (!q.available) {
            context.out << u"   "_s << q.serviceCode << u"  "_s << tr("not available: %1").arg(q.unavailableReason)
                        << Qt::endl;
            continue;
        }
        const QString days = q.transitDaysMin == q.transitDaysMax
                                 ? tr("%n day(s)", nullptr, q.transitDaysMax)
                                 : tr("%1–%2 days").arg(q.transitDaysMin).arg(q.transitDaysMax);
        context.out << (q.isDefault ? u" * "_s : u"   "_s) << q.serviceCode << u"  "_s << q.serviceName << u"  "_s
                    << q.total.format(locale);
        if (q.totalBase && q.totalBase->currency() != q.total.currency())
            context.out << u" ("_s << q.totalBase->format(locale) << u')';
        context.out << u"  "_s << days << u"  "_s << tr("zone %1").arg(q.zone) << Qt::endl;
        context.out << u"      "_s << tr("weight: %1").arg(q.basisText());
        if (q.fuel.minorUnits() > 0)
            context.out << u"; "_s
                        << tr("freight %1 + fuel %2").arg(q.freight.format(locale), q.fuel.format(locale));
        context.out << Qt::endl;
    }
    context.out << tr("* the default by the shop's rule (%1)")
                       .arg(shopping.maxTransitDays() > 0
                                ? tr("cheapest arriving within %n day(s)", nullptr, shopping.maxTransitDays())
                                : tr("cheapest"))
                << Qt::endl;
    return Cli::Done;
}

int ShipCommand::create(CliContext &context)
{
    QString service;
    if (!context.takeOptions({{u"--service"_s, &service}}))
        return Cli::Usage;
    QStringList tracking;
    for (;;) {
        bool missing = false;
        const QString number = context.takeOption(u"--tracking"_s, &missing);
        if (missing)
            return Cli::Usage;
        if (number.isEmpty())
            break;
        tracking.append(number);
    }
    bool usage = false, given = false;
    const auto parcels = takeParcel(context, &given, &usage);
    if (!parcels)
        return usage ? Cli::Usage : Cli::BadInput;
    if (context.arguments.size() != 1 || !context.firstUnknownOption().isEmpty())
        return Cli::Usage;
    Connection connection = context.open();
    if (!connection.isOpen())
        return Cli::BadInput;
    QString error;
    const auto id = OrderRepository(connection.database()).resolve(context.arguments.front(), &error);
    QStringList warnings;
    const auto shipment = id ? ShipmentBooking(connection.database())
                                   .create(*id, {service, *parcels, tracking}, &warnings, &error)
                             : std::nullopt;
    for (const QString &warning : std::as_const(warnings))
        context.err << tr("warning: %1").arg(warning) << Qt::endl;
    if (!shipment) {
        context.err << error << Qt::endl;
        return Cli::BadInput;
    }
    const QLocale locale;
    context.out << tr("Shipment %1 for %2: %3, %4, billable %5")
                       .arg(shipment->id)
                       .arg(context.arguments.front(), shipment->serviceCode, shipment->cost.format(locale),
                            Units::formatWeight(shipment->billableWeightG, Units::System::Metric, locale))
                << Qt::endl;
    if (!shipment->customsForm.isEmpty())
        context.out << tr("Customs form: %1").arg(shipment->customsForm) << Qt::endl;
    const auto carrier = CarrierRepository(connection.database()).carrier(shipment->carrierCode);
    for (const ShipmentPackage &p : shipment->packages) {
        if (!p.trackingNumber.isEmpty())
            context.out << tr("Package %1: %2 %3").arg(p.seq).arg(p.trackingNumber,
                                                                   carrier ? carrier->trackingLink(p.trackingNumber)
                                                                           : QString())
                        << Qt::endl;
    }
    return Cli::Done;
}

int ShipCommand::list(CliContext &context)
{
    const bool json = context.takeFlag(u"--json"_s);
    if (context.arguments.size() != 1 || !context.firstUnknownOption().isEmpty())
        return Cli::Usage;
    Connection connection = context.openForReading();
    if (!connection.isOpen())
        return Cli::BadInput;
    QString error;
    const auto id = OrderRepository(connection.database()).resolve(context.arguments.front(), &error);
    if (!id) {
        context.err << error << Qt::endl;
        return Cli::BadInput;
    }
    const CarrierRepository carriers(connection.database());
    const QLocale locale;
    QJsonArray array;
    for (const Shipment &s : ShipmentRepository(connection.database()).forOrder(*id)) {
        const auto carrier = carriers.carrier(s.carrierCode);
        if (!json)
            context.out << tr("Shipment %1: %2, %3, %4").arg(s.id).arg(s.serviceCode, s.cost.format(locale),
                                                                      Shipment::statusLabel(s.status))
                        << Qt::endl;
        QJsonArray packages;
        for (const ShipmentPackage &p : s.packages) {
            const QString link = carrier ? carrier->trackingLink(p.trackingNumber) : QString();
            packages.append(QJsonObject{{u"seq"_s, p.seq},
                                        {u"weight_g"_s, p.parcel.weightG},
                                        {u"tracking_number"_s, p.trackingNumber},
                                        {u"tracking_valid"_s, p.trackingValid},
                                        {u"tracking_note"_s, p.trackingNote},
                                        {u"tracking_url"_s, link}});
            if (!json)
                context.out << u"  "_s << tr("package %1: %2").arg(p.seq).arg(
                    Units::formatWeight(p.parcel.weightG, Units::System::Metric, locale))
                            << u"  "_s << p.trackingNumber << u"  "_s << link << Qt::endl;
        }
        array.append(QJsonObject{{u"id"_s, s.id},
                                 {u"service"_s, s.serviceCode},
                                 {u"carrier"_s, s.carrierCode},
                                 {u"status"_s, s.status},
                                 {u"cost"_s, s.cost.toJson()},
                                 {u"billable_weight_g"_s, s.billableWeightG},
                                 {u"customs_form"_s, s.customsForm},
                                 {u"packages"_s, packages}});
    }
    if (json)
        context.out << CliContext::jsonText(array);
    return Cli::Done;
}

int ShipCommand::mark(CliContext &context, const QString &what)
{
    if (context.arguments.size() != 1 || !context.firstUnknownOption().isEmpty())
        return Cli::Usage;
    Connection connection;
    const auto shipment = latestShipment(context, connection);
    if (!shipment)
        return Cli::BadInput;
    QString error;
    const ShipmentBooking booking(connection.database());
    const bool ok = what == u"packed" ? booking.markPacked(shipment->id, &error)
                                      : booking.markShipped(shipment->id, &error);
    if (!ok) {
        context.err << error << Qt::endl;
        return Cli::BadInput;
    }
    const QString message = what == u"packed" ? tr("%1 is packed") : tr("%1 is shipped");
    context.out << message.arg(context.arguments.front()) << Qt::endl;
    return Cli::Done;
}

int ShipCommand::track(CliContext &context)
{
    // ship track ORDER NUMBER [--package N]: the carrier's number for a package of the order's latest shipment.
    QString packageText;
    if (!context.takeOptions({{u"--package"_s, &packageText}}) || context.arguments.size() != 2
        || !context.firstUnknownOption().isEmpty())
        return Cli::Usage;
    const int package = packageText.isEmpty() ? 1 : packageText.toInt();
    Connection connection;
    const auto shipment = latestShipment(context, connection);
    if (!shipment)
        return Cli::BadInput;
    QString error;
    QStringList warnings;
    const bool ok = ShipmentBooking(connection.database())
                        .setTracking(shipment->id, package, context.arguments.at(1), &warnings, &error);
    for (const QString &warning : std::as_const(warnings))
        context.err << tr("warning: %1").arg(warning) << Qt::endl;
    if (!ok) {
        context.err << error << Qt::endl;
        return Cli::BadInput;
    }
    const auto carrier = CarrierRepository(connection.database()).carrier(shipment->carrierCode);
    const QString number =
        ShipmentRepository(connection.database()).find(shipment->id)->packages.at(package - 1).trackingNumber;
    context.out << tr("Package %1: %2 %3").arg(package).arg(number, carrier ? carrier->trackingLink(number) : QString())
                << Qt::endl;
    return Cli::Done;
}
