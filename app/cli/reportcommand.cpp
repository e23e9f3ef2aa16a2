#include "cli.h"
#include "clicontext.h"
#include "currency.h"
#include "salesfacts.h"
#include "salesreport.h"
#include "tableexport.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {

// The options every report takes. Returns false after naming the bad one.
bool readQuery(CliContext &context, SalesQuery *query, QString *by)
{
    QString from;
    QString to;
    QString currency;
    if (!context.takeOptions({{u"--by"_s, by},
                              {u"--from"_s, &from},
                              {u"--to"_s, &to},
                              {u"--currency"_s, &currency},
                              {u"--market"_s, &query->marketCode},
                              {u"--country"_s, &query->country}}))
        return false;
    query->comparePrevious = context.takeFlag(u"--compare"_s);
    for (const auto &[text, date, name] : {std::tuple{from, &query->from, u"--from"_s}, {to, &query->to, u"--to"_s}}) {
        if (text.isEmpty())
            continue;
        *date = QDate::fromString(text, Qt::ISODate);
        if (!date->isValid()) {
            context.err << ReportCommand::tr("%1: \"%2\" is not a date like 2026-11-28").arg(name, text) << Qt::endl;
            return false;
        }
    }
    query->currency = currency.toUpper();
    if (!query->currency.isEmpty() && !Currency::isKnown(query->currency)) {
        context.err << ReportCommand::tr("--currency: %1 is not an ISO 4217 currency code").arg(currency) << Qt::endl;
        return false;
    }
    query->country = query->country.toUpper();
    query->marketCode = query->marketCode.toUpper();
    return true;
}

QString padded(const QString &text, int width, bool right)
{
    return right ? text.rightJustified(width) : text.leftJustified(width);
}

// A plain table for a terminal: each column as wide as its widest cell.
void printTable(QTextStream &out, const QStringList &header, const QList<QStringList> &rows, const QSet<int> &numbers)
{
    QList<int> widths(header.size(), 0);
    for (int c = 0; c < header.size(); ++c)
        widths[c] = int(header.at(c).size());
    for (const QStringList &row : rows) {
        for (int c = 0; c < row.size() && c < widths.size(); ++c)
            widths[c] = std::max(widths.at(c), int(row.at(c).size()));
    }
    QList<QStringList> all{header};
    all.append(rows);
    for (const QStringList &row : std::as_const(all)) {
        QStringList cells;
        for (int c = 0; c < row.size() && c < widths.size(); ++c)
            cells.append(padded(row.at(c), widths.at(c), numbers.contains(c)));
        out << cells.join(u"  "_s).trimmed() << Qt::endl;
    }
}

} // namespace

int ReportCommand::run(CliContext &context, const QString &subcommand)
{
    if (subcommand == u"sales"_s)
        return sales(context);
    if (subcommand == u"products"_s || subcommand == u"carriers"_s)
        return lists(context, subcommand);
    if (subcommand == u"fees"_s || subcommand == u"timezone"_s || subcommand == u"rebuild"_s)
        return settings(context, subcommand);
    context.err << tr("report: unknown subcommand %1").arg(subcommand) << Qt::endl;
    return Cli::Usage;
}

int ReportCommand::sales(CliContext &context)
{
    const bool json = context.takeFlag(u"--json"_s);
    SalesQuery query;
    QString by = u"country"_s;
    QString outPath;
    if (!readQuery(context, &query, &by) || !context.takeOptions({{u"--out"_s, &outPath}}))
        return Cli::Usage;
    if (!context.arguments.isEmpty() || !context.firstUnknownOption().isEmpty())
        return Cli::Usage;
    if (by.isEmpty())
        by = u"country"_s;
    const auto grouping = SalesReportService::groupingFromName(by);
    if (!grouping) {
        context.err << tr("--by: \"%1\" is not one of region, subregion, country, month, market, channel").arg(by)
                    << Qt::endl;
        return Cli::Usage;
    }
    query.by = *grouping;
    Connection connection = context.openForReading();
    if (!connection.isOpen())
        return Cli::BadInput;
    QString error;
    if (SalesFacts(connection.database()).refresh(&error) < 0) {
        context.err << tr("cannot bring the reports up to date: %1").arg(error) << Qt::endl;
        return Cli::BadInput;
    }
    const auto report = SalesReportService(connection.database()).sales(query, &error);
    if (!report) {
        context.err << tr("report: %1").arg(error) << Qt::endl;
        return Cli::BadInput;
    }
    if (!outPath.isEmpty()) {
        QSet<int> numbers{2, 3, 4, 5, 6, 7, 8, 9};
        if (query.comparePrevious)
            numbers << 10 << 11;
        if (!TableExport::write(outPath, {tr("Sales"), report->header(), report->cells(), numbers}, &error)) {
            context.err << error << Qt::endl;
            return Cli::BadInput;
        }
    }
    if (json) {
        context.out << CliContext::jsonText(report->toJson());
    } else if (outPath.isEmpty()) {
        context.out << tr("Sales by %1, %2 to %3, in %4")
                           .arg(by, report->query.from.toString(Qt::ISODate), report->query.to.toString(Qt::ISODate),
                                report->currency)
                    << Qt::endl;
        printTable(context.out, report->header().mid(1), [&] {
            QList<QStringList> rows;
            for (QStringList row : report->cells())
                rows.append(row.mid(1));
            return rows;
        }(), {1, 2, 3, 4, 5, 6, 7, 8, 9, 10});
    } else {
        context.out << tr("%n row(s) written to %1", nullptr, int(report->rows.size())).arg(outPath) << Qt::endl;
    }
    for (const QString &missing : report->missingRates)
        context.err << tr("warning: no exchange rate for %1; that day is left out").arg(missing) << Qt::endl;
    return Cli::Done;
}

int ReportCommand::lists(CliContext &context, const QString &what)
{
    const bool json = context.takeFlag(u"--json"_s);
    SalesQuery query;
    QString by;
    QString limitText = u"10"_s;
    if (!readQuery(context, &query, &by) || !context.takeOptions({{u"--limit"_s, &limitText}}))
        return Cli::Usage;
    bool limitOk = false;
    const int limit = limitText.toInt(&limitOk);
    if (!by.isEmpty() || !limitOk || limit <= 0 || !context.arguments.isEmpty()
        || !context.firstUnknownOption().isEmpty())
        return Cli::Usage;
    Connection connection = context.openForReading();
    if (!connection.isOpen())
        return Cli::BadInput;
    QString error;
    if (SalesFacts(connection.database()).refresh(&error) < 0) {
        context.err << tr("cannot bring the reports up to date: %1").arg(error) << Qt::endl;
        return Cli::BadInput;
    }
    const SalesReportService reports(connection.database());
    QJsonArray list;
    QList<QStringList> rows;
    QStringList header;
    if (what == u"products"_s) {
        header = {tr("SKU"), tr("Name"), tr("Quantity"), tr("Orders"), tr("Revenue")};
        for (const TopProduct &p : reports.topProducts(query, limit, &error)) {
            list.append(QJsonObject{{u"sku"_s, p.sku}, {u"name"_s, p.name}, {u"quantity"_s, p.quantity},
                                    {u"orders"_s, p.orders}, {u"revenue"_s, p.revenue.toJson()}});
            rows.append({p.sku, p.name, QString::number(p.quantity), QString::number(p.orders),
                         p.revenue.toDecimalString() + u' ' + p.revenue.currency()});
        }
    } else {
        header = {tr("Carrier"), tr("Country"), tr("Shipments"), tr("Cost"), tr("Average")};
        for (const CarrierSpendRow &r : reports.carrierSpend(query, &error)) {
            list.append(QJsonObject{{u"carrier"_s, r.carrierCode}, {u"country"_s, r.country},
                                    {u"shipments"_s, r.shipments}, {u"cost"_s, r.cost.toJson()},
                                    {u"average"_s, r.averagePerShipment().toJson()}});
            rows.append({r.carrierCode, r.country, QString::number(r.shipments),
                         r.cost.toDecimalString() + u' ' + r.cost.currency(),
                         r.averagePerShipment().toDecimalString() + u' ' + r.cost.currency()});
        }
    }
    if (!error.isEmpty()) {
        context.err << tr("report: %1").arg(error) << Qt::endl;
        return Cli::BadInput;
    }
    if (json)
        context.out << CliContext::jsonText(list);
    else
        printTable(context.out, header, rows, {2, 3, 4});
    return Cli::Done;
}

int ReportCommand::settings(CliContext &context, const QString &what)
{
    if (!context.firstUnknownOption().isEmpty() || context.arguments.size() > 2)
        return Cli::Usage;
    Connection connection = context.open();
    if (!connection.isOpen())
        return Cli::BadInput;
    const SalesFacts facts(connection.database());
    QString error;
    bool changed = false;
    if (what == u"fees"_s) {
        if (context.arguments.size() == 2) {
            if (!facts.setFeePercent(context.arguments.at(0), context.arguments.at(1), &error)) {
                context.err << tr("report fees: %1").arg(error) << Qt::endl;
                return Cli::BadInput;
            }
            changed = true;
        } else if (!context.arguments.isEmpty()) {
            return Cli::Usage;
        }
    } else if (what == u"timezone"_s) {
        if (context.arguments.size() == 1) {
            if (!facts.setTimeZone(context.arguments.at(0).toLatin1(), &error)) {
                context.err << tr("report timezone: %1").arg(error) << Qt::endl;
                return Cli::BadInput;
            }
            changed = true;
        } else if (!context.arguments.isEmpty()) {
            return Cli::Usage;
        }
    } else {
        if (!context.arguments.isEmpty())
            return Cli::Usage;
        changed = true;
    }
    if (changed) {
        const qint64 counted = facts.rebuild(&error);
        if (counted < 0) {
            context.err << tr("cannot rebuild the reports: %1").arg(error) << Qt::endl;
            return Cli::BadInput;
        }
        context.out << tr("%n order(s) counted again", nullptr, int(counted)) << Qt::endl;
    }
    if (what == u"fees"_s) {
        for (const QString &channel : facts.channels())
            context.out << channel << u": "_s << facts.feePercent(channel) << u" %"_s << Qt::endl;
    } else if (what == u"timezone"_s) {
        context.out << QString::fromLatin1(facts.timeZone().id()) << Qt::endl;
    }
    return Cli::Done;
}
