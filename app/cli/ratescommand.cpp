#include "cli.h"
#include "clicontext.h"
#include "currency.h"
#include "exchangerateimporter.h"
#include "exchangeraterepository.h"
#include "writetransaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {

QJsonObject rateJson(const ExchangeRate &rate)
{
    return QJsonObject{{u"currency"_s, rate.currency},
                       {u"date"_s, rate.date.toString(Qt::ISODate)},
                       {u"per_eur"_s, rate.perEuro.toString()}};
}

void printJson(QTextStream &out, const QJsonDocument &document)
{
    out << QString::fromUtf8(document.toJson(QJsonDocument::Indented));
}

} // namespace

int RatesCommand::run(CliContext &context, const QString &subcommand)
{
    if (subcommand == u"import")
        return importFile(context);
    if (subcommand == u"convert")
        return convert(context);
    if (subcommand == u"list")
        return list(context);
    if (subcommand == u"set")
        return set(context);
    context.err << tr("rates: unknown subcommand %1").arg(subcommand) << Qt::endl;
    return Cli::Usage;
}

int RatesCommand::importFile(CliContext &context)
{
    if (context.arguments.size() != 1 || !context.firstUnknownOption().isEmpty()) {
        context.err << tr("usage: rates import FILE") << Qt::endl;
        return Cli::Usage;
    }
    {
        const Connection check = context.open(Connection::Mode::OpenOrCreate);
        if (!check.isOpen())
            return Cli::BadInput;
    }
    const RatesImportReport report = ExchangeRateImporter::importFile(context.databasePath, context.arguments.front());
    context.printIssues(report.issues, report.error);
    if (report.hasErrors()) {
        context.err << tr("Nothing was imported.") << Qt::endl;
        return Cli::BadInput;
    }
    context.out << tr("Imported %1: %2 new and %3 replaced rate(s) from %4 to %5.")
                       .arg(report.format)
                       .arg(report.added)
                       .arg(report.replaced)
                       .arg(report.firstDate.toString(Qt::ISODate), report.lastDate.toString(Qt::ISODate))
                << Qt::endl;
    return Cli::Done;
}

int RatesCommand::convert(CliContext &context)
{
    const bool json = context.takeFlag(u"--json"_s);
    bool missingDate = false;
    const QString dateText = context.takeOption(u"--date"_s, &missingDate);
    if (missingDate || context.arguments.size() != 3 || !context.firstUnknownOption().isEmpty()) {
        context.err << tr("usage: rates convert AMOUNT FROM TO [--date YYYY-MM-DD] [--json]") << Qt::endl;
        return Cli::Usage;
    }
    const QString from = context.arguments.at(1).toUpper();
    const QString to = context.arguments.at(2).toUpper();
    for (const QString &code : {from, to}) {
        if (!Currency::isKnown(code)) {
            context.err << tr("\"%1\" is not an ISO 4217 currency code").arg(code) << Qt::endl;
            return Cli::BadInput;
        }
    }
    QString error;
    const auto amount = Money::fromDecimal(context.arguments.at(0), from, &error);
    if (!amount) {
        context.err << tr("AMOUNT: %1").arg(error) << Qt::endl;
        return Cli::BadInput;
    }
    const QDate date = dateText.isEmpty() ? QDate::currentDate() : QDate::fromString(dateText, Qt::ISODate);
    if (!date.isValid()) {
        context.err << tr("--date: \"%1\" is not a date (YYYY-MM-DD)").arg(dateText) << Qt::endl;
        return Cli::BadInput;
    }
    const Connection connection = context.openForReading();
    if (!connection.isOpen())
        return Cli::BadInput;
    const auto result = ExchangeRateRepository(connection.database()).convert(*amount, to, date, &error);
    if (!result) {
        context.err << error << Qt::endl;
        return Cli::BadInput;
    }
    const QString rateDate = result->rateDate.toString(Qt::ISODate);
    if (json) {
        printJson(context.out, QJsonDocument(QJsonObject{{u"from"_s, amount->toJson()},
                                                         {u"amount"_s, result->amount.toJson()},
                                                         {u"rate_date"_s, rateDate},
                                                         {u"from_per_eur"_s, result->fromPerEuro.toString()},
                                                         {u"to_per_eur"_s, result->toPerEuro.toString()}}));
        return Cli::Done;
    }
    context.out << tr("%1 %2 = %3 %4 (rates of %5: 1 EUR = %6 %2 = %7 %4)")
                       .arg(amount->toDecimalString(), from, result->amount.toDecimalString(), to, rateDate,
                            result->fromPerEuro.toString(), result->toPerEuro.toString())
                << Qt::endl;
    return Cli::Done;
}

int RatesCommand::list(CliContext &context)
{
    const bool json = context.takeFlag(u"--json"_s);
    bool missing = false;
    const QString currency = context.takeOption(u"--currency"_s, &missing).toUpper();
    if (missing || !context.arguments.isEmpty()) {
        context.err << tr("usage: rates list [--currency CUR] [--json]") << Qt::endl;
        return Cli::Usage;
    }
    const Connection connection = context.openForReading();
    if (!connection.isOpen())
        return Cli::BadInput;
    const ExchangeRateRepository repo(connection.database());
    const QList<ExchangeRate> rates = currency.isEmpty() ? repo.latest() : repo.history(currency);
    if (json) {
        QJsonArray array;
        for (const ExchangeRate &rate : rates)
            array.append(rateJson(rate));
        printJson(context.out, QJsonDocument(array));
        return Cli::Done;
    }
    for (const ExchangeRate &rate : rates)
        context.out << rate.date.toString(Qt::ISODate) << u"  1 EUR = "_s << rate.perEuro.toString() << u' '
                    << rate.currency << Qt::endl;
    context.out << tr("%n rate(s)", nullptr, int(rates.size())) << Qt::endl;
    return Cli::Done;
}

int RatesCommand::set(CliContext &context)
{
    bool missingDate = false;
    const QString dateText = context.takeOption(u"--date"_s, &missingDate);
    if (missingDate || context.arguments.size() != 2 || !context.firstUnknownOption().isEmpty()) {
        context.err << tr("usage: rates set CUR RATE [--date YYYY-MM-DD]") << Qt::endl;
        return Cli::Usage;
    }
    const QString currency = context.arguments.at(0).toUpper();
    if (!Currency::isKnown(currency) || currency == u"EUR") {
        context.err << tr("\"%1\" is not a currency that can have a rate against the euro").arg(currency) << Qt::endl;
        return Cli::BadInput;
    }
    const auto rate = ExactDecimal::parse(context.arguments.at(1));
    if (!rate || !rate->isPositive()) {
        context.err << tr("RATE: \"%1\" is not a positive decimal number").arg(context.arguments.at(1)) << Qt::endl;
        return Cli::BadInput;
    }
    const QDate date = dateText.isEmpty() ? QDate::currentDate() : QDate::fromString(dateText, Qt::ISODate);
    if (!date.isValid()) {
        context.err << tr("--date: \"%1\" is not a date (YYYY-MM-DD)").arg(dateText) << Qt::endl;
        return Cli::BadInput;
    }
    const Connection connection = context.open(Connection::Mode::OpenOrCreate);
    if (!connection.isOpen())
        return Cli::BadInput;
    WriteTransaction transaction(connection.database());
    QString error = transaction.error();
    if (!transaction.isActive()
        || !ExchangeRateRepository(connection.database()).save({{currency, date, *rate}}, u"manual"_s, &error)
        || !transaction.commit(&error)) {
        context.err << error << Qt::endl;
        return Cli::BadInput;
    }
    context.out << tr("1 EUR = %1 %2 on %3").arg(rate->toString(), currency, date.toString(Qt::ISODate)) << Qt::endl;
    return Cli::Done;
}
