#include "carrierrepository.h"
#include "cli.h"
#include "clicontext.h"
#include "tracking.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

int TrackingCommand::run(CliContext &context, const QString &subcommand)
{
    if (subcommand != u"validate") {
        context.err << tr("tracking: unknown subcommand %1").arg(subcommand) << Qt::endl;
        return Cli::Usage;
    }
    const bool json = context.takeFlag(u"--json"_s);
    QString carrierCode;
    if (!context.takeOptions({{u"--carrier"_s, &carrierCode}}) || context.arguments.size() != 1
        || !context.firstUnknownOption().isEmpty())
        return Cli::Usage;
    // The carrier may be a carrier of the database ("dhl", "thpost") or a tracking scheme ("s10", "usps").
    Connection connection = context.open();
    if (!connection.isOpen())
        return Cli::BadInput;
    const CarrierRepository carriers(connection.database());
    std::optional<Carrier> carrier;
    if (!carrierCode.isEmpty()) {
        carrier = carriers.carrier(carrierCode.toLower());
        if (!carrier && !TrackingNumbers::kinds().contains(carrierCode.toLower())) {
            context.err << tr("--carrier: \"%1\" is neither a carrier nor a tracking scheme (%2)")
                               .arg(carrierCode, TrackingNumbers::kinds().join(u", "_s))
                        << Qt::endl;
            return Cli::Usage;
        }
    }
    const QString hint = carrier ? carrier->trackingKind : carrierCode.toLower();
    const TrackingCheck check = TrackingNumbers::check(context.arguments.front(), hint);
    if (!carrier && !check.kind.isEmpty()) {
        for (const Carrier &c : carriers.carriers()) {
            if (c.trackingKind == check.kind) {
                carrier = c;
                break;
            }
        }
    }
    const QString url = carrier && check.accepted() ? carrier->trackingLink(check.number) : QString();
    if (json) {
        QJsonObject o{{u"number"_s, check.number},
                      {u"kind"_s, check.kind},
                      {u"carrier"_s, carrier ? carrier->code : QString()},
                      {u"valid"_s, check.valid},
                      {u"warning"_s, check.warning},
                      {u"message"_s, check.message},
                      {u"tracking_url"_s, url}};
        if (!check.s10Country.isEmpty())
            o.insert(u"country"_s, check.s10Country);
        context.out << CliContext::jsonText(o);
    } else {
        context.out << check.number << u": "_s
                    << (check.valid     ? tr("valid %1 number").arg(TrackingNumbers::kindLabel(check.kind))
                        : check.warning ? tr("warning: %1").arg(check.message)
                                        : tr("not valid: %1").arg(check.message))
                    << Qt::endl;
        if (carrier)
            context.out << tr("Carrier: %1").arg(carrier->name) << Qt::endl;
        if (!url.isEmpty())
            context.out << tr("Tracking: %1").arg(url) << Qt::endl;
    }
    return check.accepted() ? Cli::Done : Cli::BadInput;
}
