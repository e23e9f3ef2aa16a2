#include "carrierrepository.h"
#include "cli.h"
#include "clicontext.h"
#include "rateshopping.h"
#include "shipmentbooking.h"
#include "shippingdocumentbuilder.h"
#include "shopsettings.h"
#include "writeerror.h"
#include "writetransaction.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSaveFile>

using namespace Qt::StringLiterals;

// `ship services|rates|sender|rule`: the set-up side of shipping.

int ShipCommand::services(CliContext &context)
{
    const bool json = context.takeFlag(u"--json"_s);
    if (!context.arguments.isEmpty())
        return Cli::Usage;
    Connection connection = context.open();
    if (!connection.isOpen())
        return Cli::BadInput;
    QJsonArray array;
    for (const ShippingService &s : CarrierRepository(connection.database()).services()) {
        array.append(QJsonObject{{u"code"_s, s.code},
                                 {u"carrier"_s, s.carrierCode},
                                 {u"name"_s, s.name},
                                 {u"currency"_s, s.currency},
                                 {u"dim_divisor"_s, s.dimDivisor},
                                 {u"fuel_percent"_s, s.fuelPercent},
                                 {u"express"_s, s.express},
                                 {u"postal"_s, s.postal},
                                 {u"active"_s, s.active},
                                 {u"zones"_s, int(s.zones.size())},
                                 {u"countries"_s, int(s.zoneByCountry.size())},
                                 {u"as_of"_s, s.asOf}});
        if (!json)
            context.out << s.code << u'\t' << s.name << u'\t' << s.currency << u'\t'
                        << tr("divisor %1").arg(s.dimDivisor) << u'\t' << tr("fuel %1%").arg(s.fuelPercent) << u'\t'
                        << tr("%1–%2 days").arg(s.transitDaysMin()).arg(s.transitDaysMax()) << u'\t'
                        << tr("%n countries", nullptr, int(s.zoneByCountry.size()))
                        << (s.active ? QString() : u"\t"_s + tr("off")) << Qt::endl;
    }
    if (json)
        context.out << CliContext::jsonText(array);
    return Cli::Done;
}

int ShipCommand::rates(CliContext &context)
{
    const bool dryRun = context.takeFlag(u"--dry-run"_s);
    if (context.arguments.size() != 2 || !context.firstUnknownOption().isEmpty())
        return Cli::Usage;
    const QString action = context.arguments.at(0);
    const QString path = context.arguments.at(1);
    Connection connection = context.open();
    if (!connection.isOpen())
        return Cli::BadInput;
    const CarrierRepository repo(connection.database());
    if (action == u"export") {
        QSaveFile file(path);
        QString why;
        if (!file.open(QIODevice::WriteOnly) || file.write(RateCardCsv::write(repo.services())) < 0)
            why = WriteError::fromFile(file);
        else
            WriteError::commit(file, &why);
        if (!why.isEmpty()) {
            context.err << tr("%1: cannot write: %2").arg(path, why) << Qt::endl;
            return Cli::BadInput;
        }
        context.out << tr("Rate cards written to %1").arg(path) << Qt::endl;
        return Cli::Done;
    }
    if (action != u"import")
        return Cli::Usage;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        context.err << tr("%1: cannot read: %2").arg(path, file.errorString()) << Qt::endl;
        return Cli::BadInput;
    }
    QList<ImportIssue> issues;
    const auto services = RateCardCsv::read(file.readAll(), path, &issues);
    if (!services) {
        context.printIssues(issues, tr("%1: nothing imported").arg(path));
        return Cli::BadInput;
    }
    QString error;
    if (!dryRun && !repo.importServices(*services, &error)) {
        context.err << tr("%1: nothing imported: %2").arg(path, error) << Qt::endl;
        return Cli::BadInput;
    }
    context.out << (dryRun ? tr("%1: %n service(s) checked, nothing written", nullptr, int(services->size()))
                           : tr("%1: %n service(s) imported", nullptr, int(services->size())))
                           .arg(path)
                << Qt::endl;
    return Cli::Done;
}

int ShipCommand::sender(CliContext &context)
{
    // --name, --company, --line1 … map to the ship_from_* / shop_* settings.
    const QStringList keys = ShippingDocumentBuilder::senderKeys();
    QList<std::pair<QString, QString>> changes;
    for (const QString &key : keys) {
        const QString option = u"--"_s + QString(key).remove(u"ship_from_"_s).remove(u"shop_"_s).replace(u'_', u'-');
        bool missing = false;
        const QString value = context.takeOption(option, &missing);
        if (missing)
            return Cli::Usage;
        if (!value.isEmpty())
            changes.append({key, value == u"-" ? QString() : value});
    }
    if (!context.arguments.isEmpty())
        return Cli::Usage;
    Connection connection = context.open();
    if (!connection.isOpen())
        return Cli::BadInput;
    ShopSettings settings(connection.database());
    if (!changes.isEmpty()) {
        WriteTransaction transaction(connection.database());
        QString error;
        for (const auto &[key, value] : std::as_const(changes)) {
            if (!settings.setValue(key, value, &error))
                break;
        }
        if (!error.isEmpty() || !transaction.commit(&error)) {
            context.err << error << Qt::endl;
            return Cli::BadInput;
        }
    }
    for (const QString &key : keys) {
        const QString option = QString(key).remove(u"ship_from_"_s).remove(u"shop_"_s).replace(u'_', u'-');
        context.out << option << u": "_s << settings.value(key) << Qt::endl;
    }
    context.out << u"country: "_s << settings.homeCountry() << Qt::endl;
    return Cli::Done;
}

int ShipCommand::rule(CliContext &context)
{
    QString days;
    if (!context.takeOptions({{u"--max-days"_s, &days}}) || !context.arguments.isEmpty())
        return Cli::Usage;
    Connection connection = context.open();
    if (!connection.isOpen())
        return Cli::BadInput;
    const RateShopping shopping(connection.database());
    if (!days.isEmpty()) {
        bool ok = false;
        const int value = days.toInt(&ok);
        QString error;
        if (!ok || value < 0) {
            context.err << tr("--max-days: \"%1\" is not a number of days (0 = any)").arg(days) << Qt::endl;
            return Cli::BadInput;
        }
        if (!shopping.setMaxTransitDays(value, &error)) {
            context.err << error << Qt::endl;
            return Cli::BadInput;
        }
    }
    const int max = shopping.maxTransitDays();
    context.out << (max > 0 ? tr("Default service: the cheapest arriving within %n day(s)", nullptr, max)
                            : tr("Default service: the cheapest"))
                << Qt::endl;
    return Cli::Done;
}

int ShipCommand::numbers(CliContext &context)
{
    // ship numbers SERVICE PREFIX FROM TO COUNTRY: the S10 range the post allocated to the shop.
    if (context.arguments.size() != 5 || !context.firstUnknownOption().isEmpty())
        return Cli::Usage;
    Connection connection = context.open();
    if (!connection.isOpen())
        return Cli::BadInput;
    const QStringList &a = context.arguments;
    if (!CarrierRepository(connection.database()).service(a.at(0))) {
        context.err << tr("there is no service %1").arg(a.at(0)) << Qt::endl;
        return Cli::BadInput;
    }
    bool fromOk = false, toOk = false;
    const qint64 from = a.at(2).toLongLong(&fromOk);
    const qint64 to = a.at(3).toLongLong(&toOk);
    WriteTransaction transaction(connection.database());
    QString error;
    if (!fromOk || !toOk
        || !ShipmentBooking(connection.database()).setS10Range(a.at(0), a.at(1), from, to, a.at(4), &error)
        || !transaction.commit(&error)) {
        context.err << (error.isEmpty() ? tr("FROM and TO are serial numbers") : error) << Qt::endl;
        return Cli::BadInput;
    }
    context.out << tr("%1 numbers %2%3… to %2%4… %5").arg(a.at(0), a.at(1).toUpper(), a.at(2), a.at(3),
                                                          a.at(4).toUpper())
                << Qt::endl;
    return Cli::Done;
}
