#include "cli.h"
#include "clicontext.h"
#include "fraudsettingsrepository.h"
#include "marketrepository.h"
#include "messagetemplaterepository.h"
#include "orderexporter.h"
#include "orderimporter.h"
#include "orderrepository.h"
#include "shopsettings.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

using namespace Qt::StringLiterals;

int OrdersCommand::run(CliContext &context, const QString &subcommand)
{
    if (subcommand == u"import")
        return importFile(context);
    if (subcommand == u"export")
        return exportFile(context);
    if (subcommand == u"list")
        return list(context);
    if (subcommand == u"show")
        return show(context, false);
    if (subcommand == u"check")
        return show(context, true);
    if (subcommand == u"set-status")
        return setStatus(context);
    if (subcommand == u"fraud-rules")
        return fraudRules(context);
    if (subcommand == u"message")
        return message(context);
    if (subcommand == u"edit")
        return edit(context);
    if (subcommand == u"forwarders")
        return forwarders(context);
    context.err << tr("orders: unknown subcommand %1").arg(subcommand) << Qt::endl;
    return Cli::Usage;
}

namespace {

// --status, --country, --market, --search, --min-risk, --from, --to into a filter; false on a bad value.
bool takeFilter(CliContext &context, OrderFilter &filter, bool *usageError)
{
    QString status;
    QString minRisk;
    QString from;
    QString to;
    if (!context.takeOptions({{u"--status"_s, &status},
                               {u"--country"_s, &filter.country},
                               {u"--market"_s, &filter.marketCode},
                               {u"--search"_s, &filter.text},
                               {u"--min-risk"_s, &minRisk},
                               {u"--from"_s, &from},
                               {u"--to"_s, &to}})) {
        *usageError = true;
        return false;
    }
    filter.country = filter.country.toUpper();
    filter.marketCode = filter.marketCode.toUpper();
    for (const QString &key : status.split(u',', Qt::SkipEmptyParts)) {
        const auto known = OrderStatuses::fromKey(key);
        if (!known) {
            context.err << OrdersCommand::tr("--status: \"%1\" is not an order status").arg(key) << Qt::endl;
            return false;
        }
        filter.statuses.append(*known);
    }
    if (!minRisk.isEmpty()) {
        bool ok = false;
        filter.minRisk = minRisk.toInt(&ok);
        if (!ok || filter.minRisk < 0 || filter.minRisk > 100) {
            context.err << OrdersCommand::tr("--min-risk: \"%1\" is not a number from 0 to 100").arg(minRisk)
                        << Qt::endl;
            return false;
        }
    }
    for (const auto &[text, date, name] : {std::tuple{from, &filter.from, u"--from"_s},
                                           std::tuple{to, &filter.to, u"--to"_s}}) {
        if (text.isEmpty())
            continue;
        *date = QDate::fromString(text, Qt::ISODate);
        if (!date->isValid()) {
            context.err << OrdersCommand::tr("%1: \"%2\" is not a date (YYYY-MM-DD)").arg(name, text) << Qt::endl;
            return false;
        }
    }
    return true;
}

// Opens the database and finds the order the first argument names; prints why not and returns nullopt.
std::optional<qint64> openOrder(CliContext &context, Connection &connection)
{
    connection = context.open();
    if (!connection.isOpen())
        return std::nullopt;
    QString error;
    const auto id = OrderRepository(connection.database()).resolve(context.arguments.front(), &error);
    if (!id)
        context.err << error << Qt::endl;
    return id;
}

} // namespace

int OrdersCommand::importFile(CliContext &context)
{
    const bool dryRun = context.takeFlag(u"--dry-run"_s);
    bool missing = false;
    const QString formatKey = context.takeOption(u"--format"_s, &missing);
    if (missing || context.arguments.size() != 1 || !context.firstUnknownOption().isEmpty()) {
        context.err << tr("usage: orders import FILE [--format auto|shopify|amazon|ebay|csv] [--dry-run]")
                    << Qt::endl;
        return Cli::Usage;
    }
    const auto format = OrderFileReader::formatFromKey(formatKey.isEmpty() ? u"auto"_s : formatKey);
    if (!format) {
        context.err << tr("--format: \"%1\" is not auto, shopify, amazon, ebay or csv").arg(formatKey) << Qt::endl;
        return Cli::Usage;
    }
    {
        const Connection check = context.open(Connection::Mode::OpenOrCreate);
        if (!check.isOpen())
            return Cli::BadInput;
    }
    OrderImporter::Options options;
    options.format = *format;
    options.dryRun = dryRun;
    const OrderImportReport report = OrderImporter::importFile(context.databasePath, context.arguments.front(), options);
    context.printIssues(report.issues, report.error);
    if (report.hasErrors() || report.cancelled) {
        context.err << tr("Nothing was imported: %n problem(s) must be fixed first.", nullptr,
                          qMax(report.errorCount(), 1))
                    << Qt::endl;
        return Cli::BadInput;
    }
    const QString summary = tr("%1: %2 order(s) with %3 line(s); %4 new, %5 updated; %6 put on hold; %7 cannot ship yet.")
                                .arg(OrderFileReader::formatName(report.format))
                                .arg(report.ordersInFile)
                                .arg(report.linesInFile)
                                .arg(report.inserted)
                                .arg(report.updated)
                                .arg(report.held)
                                .arg(report.cannotShip);
    context.out << (dryRun ? tr("Dry run, nothing was written. %1").arg(summary) : tr("Imported. %1").arg(summary))
                << Qt::endl;
    return Cli::Done;
}

int OrdersCommand::exportFile(CliContext &context)
{
    OrderFilter filter;
    bool usageError = false;
    const bool ok = takeFilter(context, filter, &usageError);
    if (usageError || context.arguments.size() != 1 || !context.firstUnknownOption().isEmpty()) {
        context.err << tr("usage: orders export FILE [--status S] [--country CC] [--market CODE] [--from DATE] "
                          "[--to DATE]")
                    << Qt::endl;
        return Cli::Usage;
    }
    if (!ok)
        return Cli::BadInput;
    const Connection connection = context.openForReading();
    if (!connection.isOpen())
        return Cli::BadInput;
    QString error;
    const qint64 written =
        OrderExporter::exportCsv(connection.database(), context.arguments.front(), filter, {}, &error);
    if (written < 0) {
        context.err << error << Qt::endl;
        return Cli::BadInput;
    }
    context.out << tr("Exported %n order(s) to %1.", nullptr, int(written)).arg(context.arguments.front())
                << Qt::endl;
    return Cli::Done;
}

int OrdersCommand::list(CliContext &context)
{
    const bool json = context.takeFlag(u"--json"_s);
    bool missingLimit = false;
    const QString limitText = context.takeOption(u"--limit"_s, &missingLimit);
    OrderFilter filter;
    bool usageError = false;
    const bool ok = takeFilter(context, filter, &usageError);
    if (usageError || missingLimit || !context.arguments.isEmpty()) {
        context.err << tr("usage: orders list [--status S[,S…]] [--country CC] [--market CODE] [--search TEXT] "
                          "[--min-risk N] [--from DATE] [--to DATE] [--limit N] [--json]")
                    << Qt::endl;
        return Cli::Usage;
    }
    if (!ok)
        return Cli::BadInput;
    const int limit = limitText.isEmpty() ? 100 : limitText.toInt();
    if (limit <= 0) {
        context.err << tr("--limit: \"%1\" is not a positive number").arg(limitText) << Qt::endl;
        return Cli::BadInput;
    }
    const Connection connection = context.openForReading();
    if (!connection.isOpen())
        return Cli::BadInput;
    const OrderRepository orders(connection.database());
    const QList<Order> page = orders.page(filter, limit);
    if (json) {
        QJsonArray array;
        for (const Order &order : page) {
            Order full = orders.load(order.id).value_or(order);
            array.append(OrderRepository::toJson(full, orders.storedCheck(order.id)));
        }
        context.out << CliContext::jsonText(array);
        return Cli::Done;
    }
    const QLocale locale;
    for (const Order &o : page) {
        context.out << o.number << u'\t' << o.channel << u'\t'
                    << locale.toString(o.createdAt.toLocalTime(), QLocale::ShortFormat) << u'\t' << o.shipTo.country
                    << u'\t' << o.total().format(locale) << u'\t' << OrderStatuses::key(o.status) << u'\t'
                    << tr("risk %1").arg(o.riskScore) << Qt::endl;
    }
    context.out << tr("%n order(s) shown", nullptr, int(page.size())) << tr(" of %1").arg(orders.count(filter))
                << Qt::endl;
    return Cli::Done;
}

int OrdersCommand::show(CliContext &context, bool recheck)
{
    const bool json = context.takeFlag(u"--json"_s);
    if (context.arguments.size() != 1 || !context.firstUnknownOption().isEmpty()) {
        context.err << (recheck ? tr("usage: orders check NUMBER [--json]") : tr("usage: orders show NUMBER [--json]"))
                    << Qt::endl;
        return Cli::Usage;
    }
    Connection connection;
    const auto id = openOrder(context, connection);
    if (!id)
        return Cli::BadInput;
    const OrderRepository orders(connection.database());
    QString error;
    if (recheck && !orders.recheck(*id, &error)) {
        context.err << error << Qt::endl;
        return Cli::BadInput;
    }
    const Order order = *orders.load(*id);
    const StoredOrderCheck check = orders.storedCheck(*id);
    if (json) {
        QJsonObject object = OrderRepository::toJson(order, check);
        QJsonArray history;
        for (const OrderHistoryEntry &entry : orders.history(*id)) {
            history.append(QJsonObject{{u"at"_s, entry.at.toString(Qt::ISODate)},
                                       {u"actor"_s, entry.actor},
                                       {u"event"_s, entry.event},
                                       {u"old"_s, entry.oldValue},
                                       {u"new"_s, entry.newValue},
                                       {u"note"_s, entry.note}});
        }
        object.insert(u"history"_s, history);
        context.out << CliContext::jsonText(object);
        return Cli::Done;
    }
    const QLocale locale;
    QTextStream &out = context.out;
    if (!recheck) {
        out << tr("Order %1 (%2 %3), %4").arg(order.number, order.channel, order.channelOrderId,
                                              OrderStatuses::label(order.status))
            << Qt::endl;
        out << tr("Created %1").arg(locale.toString(order.createdAt.toLocalTime(), QLocale::LongFormat)) << Qt::endl;
        out << tr("Ship to:") << Qt::endl;
        for (const QString &line : AddressFormat::lines(order.shipTo))
            out << u"  "_s << line << Qt::endl;
        if (!order.shipTo.phone.isEmpty())
            out << u"  "_s << order.shipTo.phone << Qt::endl;
        for (const OrderLine &line : order.lines) {
            out << u"  "_s << line.quantity << u" × "_s << (line.sku.isEmpty() ? line.name : line.sku + u"  " + line.name)
                << u"  "_s << Money(line.unitPriceMinor, order.currency).format(locale)
                << (line.productId > 0 ? QString() : tr("  (not in the catalogue)")) << Qt::endl;
        }
        out << tr("Total %1").arg(order.total().format(locale));
        if (!order.rateToBase.isEmpty() && order.baseCurrency != order.currency)
            out << tr(" = %1 at %2 (%3)")
                       .arg(Money(order.totalBaseMinor, order.baseCurrency).format(locale), order.rateToBase,
                            order.rateDate);
        out << Qt::endl;
    } else {
        out << tr("Order %1 checked.").arg(order.number) << Qt::endl;
    }
    QStringList restricted;
    QStringList readiness;
    for (const OrderProblem &problem : check.problems)
        (problem.code == u"restricted"_s ? restricted : readiness)
            .append((problem.blocking ? tr("cannot ship: ") : tr("note: ")) + problem.message());
    out << tr("Restricted goods: %1").arg(restricted.isEmpty() ? tr("none") : QString()) << Qt::endl;
    for (const QString &line : std::as_const(restricted))
        out << u"  "_s << line << Qt::endl;
    out << tr("Shipping readiness: %1").arg(readiness.isEmpty() ? tr("ready") : QString()) << Qt::endl;
    for (const QString &line : std::as_const(readiness))
        out << u"  "_s << line << Qt::endl;
    out << tr("Fraud risk: %1 of 100").arg(check.riskScore) << Qt::endl;
    for (const RiskReason &reason : check.reasons)
        out << u"  +"_s << reason.weight << u"  "_s << reason.message() << Qt::endl;
    out << tr("Status: %1").arg(OrderStatuses::label(order.status)) << Qt::endl;
    return Cli::Done;
}

int OrdersCommand::setStatus(CliContext &context)
{
    bool missing = false;
    const QString note = context.takeOption(u"--note"_s, &missing);
    if (missing || context.arguments.size() != 2 || !context.firstUnknownOption().isEmpty()) {
        context.err << tr("usage: orders set-status NUMBER STATUS [--note TEXT]") << Qt::endl;
        QStringList keys;
        for (OrderStatus status : OrderStatuses::all())
            keys.append(OrderStatuses::key(status));
        context.err << tr("statuses: %1").arg(keys.join(u", "_s)) << Qt::endl;
        return Cli::Usage;
    }
    const auto status = OrderStatuses::fromKey(context.arguments.at(1));
    if (!status) {
        context.err << tr("\"%1\" is not an order status").arg(context.arguments.at(1)) << Qt::endl;
        return Cli::BadInput;
    }
    Connection connection;
    const auto id = openOrder(context, connection);
    if (!id)
        return Cli::BadInput;
    const OrderRepository orders(connection.database());
    QString error;
    if (!orders.setStatus(*id, *status, note, &error)) {
        context.err << error << Qt::endl;
        return Cli::BadInput;
    }
    context.out << tr("Order %1 is now %2.").arg(context.arguments.front(), OrderStatuses::label(*status))
                << Qt::endl;
    return Cli::Done;
}

int OrdersCommand::fraudRules(CliContext &context)
{
    const bool json = context.takeFlag(u"--json"_s);
    bool missing = false;
    bool anyMissing = false;
    QStringList sets;
    for (;;) {
        const QString set = context.takeOption(u"--set"_s, &missing);
        anyMissing |= missing;
        if (set.isEmpty())
            break;
        sets.append(set);
    }
    const QString threshold = context.takeOption(u"--threshold"_s, &missing);
    anyMissing |= missing;
    const bool setCategories = std::any_of(context.arguments.cbegin(), context.arguments.cend(), [](const QString &a) {
        return a == u"--categories"_s || a.startsWith(u"--categories="_s);
    });
    const QString categories = context.takeOption(u"--categories"_s, &missing);
    anyMissing |= missing;
    if (anyMissing || !context.arguments.isEmpty()) {
        context.err << tr("usage: orders fraud-rules [--set RULE=WEIGHT]… [--threshold N] [--categories \"A,B,…\"] [--json]")
                    << Qt::endl;
        return Cli::Usage;
    }
    const Connection connection = context.open();
    if (!connection.isOpen())
        return Cli::BadInput;
    const FraudSettingsRepository repository(connection.database());
    QString error;
    for (const QString &set : std::as_const(sets)) {
        const qsizetype equals = set.indexOf(u'=');
        bool ok = false;
        const int weight = equals > 0 ? set.mid(equals + 1).toInt(&ok) : -1;
        if (!ok || !repository.setWeight(set.left(equals), weight, &error)) {
            context.err << tr("--set %1: %2").arg(set, ok ? error : tr("expected RULE=WEIGHT")) << Qt::endl;
            return Cli::BadInput;
        }
    }
    if (!threshold.isEmpty() && !repository.setHoldThreshold(threshold.toInt(), &error)) {
        context.err << tr("--threshold: %1").arg(error) << Qt::endl;
        return Cli::BadInput;
    }
    if (setCategories && !repository.setHighRiskCategories(categories.split(u','), &error)) {
        context.err << tr("--categories: %1").arg(error) << Qt::endl;
        return Cli::BadInput;
    }
    const FraudSettings settings = repository.load();
    if (json) {
        QJsonObject weights;
        for (const QString &rule : RiskReason::rules())
            weights.insert(rule, settings.weights.value(rule, 0));
        context.out << CliContext::jsonText(QJsonObject{{u"weights"_s, weights},
                                             {u"hold_threshold"_s, settings.holdThreshold},
                                             {u"high_risk_categories"_s, QJsonArray::fromStringList(settings.highRiskCategories)}});
        return Cli::Done;
    }
    for (const QString &rule : RiskReason::rules())
        context.out << rule << u'\t' << settings.weights.value(rule, 0) << u'\t' << RiskReason::ruleName(rule)
                    << Qt::endl;
    context.out << tr("Hold threshold: %1").arg(settings.holdThreshold) << Qt::endl;
    context.out << tr("High-risk categories: %1").arg(settings.highRiskCategories.join(u", "_s)) << Qt::endl;
    return Cli::Done;
}

int OrdersCommand::message(CliContext &context)
{
    const bool mailto = context.takeFlag(u"--mailto"_s);
    QString kindKey;
    QString language;
    MessageValues values;
    const bool anyMissing = !context.takeOptions({{u"--template"_s, &kindKey},
                                                   {u"--lang"_s, &language},
                                                   {u"--tracking"_s, &values.trackingNumber},
                                                   {u"--tracking-url"_s, &values.trackingUrl},
                                                   {u"--carrier"_s, &values.carrier},
                                                   {u"--reason"_s, &values.delayReason},
                                                   {u"--documents"_s, &values.requiredDocuments}});
    const auto kind = MessageKinds::fromKey(kindKey.isEmpty() ? u"confirmation"_s : kindKey);
    if (anyMissing || !kind || context.arguments.size() != 1 || !context.firstUnknownOption().isEmpty()) {
        context.err << tr("usage: orders message NUMBER [--template confirmation|shipped|delayed|customs_info] "
                          "[--lang LANG] [--tracking N] [--tracking-url URL] [--carrier NAME] [--reason TEXT] "
                          "[--documents TEXT] [--mailto]")
                    << Qt::endl;
        return Cli::Usage;
    }
    Connection connection;
    const auto id = openOrder(context, connection);
    if (!id)
        return Cli::BadInput;
    const OrderRepository orders(connection.database());
    QString error;
    const Order order = *orders.load(*id);
    values.shopName = ShopSettings(connection.database()).value(u"shop_name"_s);
    const auto market = MarketRepository(connection.database()).find(order.marketCode);
    const QString wanted = language.isEmpty() ? order.customer.language : language;
    const auto found = MessageTemplateRepository(connection.database())
                           .find(*kind, wanted, market ? market->language : QString());
    if (!found) {
        context.err << tr("no %1 template in %2").arg(MessageKinds::key(*kind), wanted) << Qt::endl;
        return Cli::BadInput;
    }
    const RenderedMessage rendered = MessageRenderer::render(*found, order, values);
    if (mailto)
        context.out << MessageRenderer::mailtoUrl(order.customer.email, rendered).toString(QUrl::FullyEncoded)
                    << Qt::endl;
    else
        context.out << rendered.text() << Qt::endl;
    return Cli::Done;
}

int OrdersCommand::edit(CliContext &context)
{
    OrderRepository::ContactChanges changes;
    bool anyMissing = false;
    const std::pair<QString, std::optional<QString> *> options[] = {
        {u"--phone"_s, &changes.phone},       {u"--tax-id"_s, &changes.taxId},
        {u"--language"_s, &changes.language}, {u"--postal-code"_s, &changes.postalCode},
        {u"--address1"_s, &changes.line1},    {u"--address2"_s, &changes.line2},
        {u"--city"_s, &changes.city},         {u"--province"_s, &changes.province},
    };
    bool any = false;
    for (const auto &[name, target] : options) {
        const bool present = context.arguments.contains(name)
            || std::any_of(context.arguments.cbegin(), context.arguments.cend(),
                           [&name](const QString &a) { return a.startsWith(name + u'='); });
        bool missing = false;
        const QString value = context.takeOption(name, &missing);
        anyMissing |= missing;
        if (present && !missing) {
            *target = value;
            any = true;
        }
    }
    if (anyMissing || !any || context.arguments.size() != 1 || !context.firstUnknownOption().isEmpty()) {
        context.err << tr("usage: orders edit NUMBER [--phone P] [--tax-id ID] [--language LANG] [--postal-code Z] "
                          "[--address1 TEXT] [--address2 TEXT] [--city TEXT] [--province TEXT]")
                    << Qt::endl;
        return Cli::Usage;
    }
    Connection connection;
    const auto id = openOrder(context, connection);
    if (!id)
        return Cli::BadInput;
    const OrderRepository orders(connection.database());
    QString error;
    if (!orders.editContact(*id, changes, &error)) {
        context.err << error << Qt::endl;
        return Cli::BadInput;
    }
    const StoredOrderCheck check = orders.storedCheck(*id);
    context.out << (check.canShip ? tr("Order %1 updated; it can ship.").arg(context.arguments.front())
                                  : tr("Order %1 updated; it still cannot ship.").arg(context.arguments.front()))
                << Qt::endl;
    for (const OrderProblem &problem : check.problems) {
        if (problem.blocking)
            context.out << u"  "_s << problem.message() << Qt::endl;
    }
    return Cli::Done;
}

int OrdersCommand::forwarders(CliContext &context)
{
    const bool json = context.takeFlag(u"--json"_s);
    FraudSettings::Forwarder added;
    const bool anyMissing = !context.takeOptions({{u"--add"_s, &added.name},
                                                   {u"--fragment"_s, &added.fragment},
                                                   {u"--postal-code"_s, &added.postalCode},
                                                   {u"--country"_s, &added.country}});
    const bool adding = !added.name.isEmpty() || !added.fragment.isEmpty();
    if (anyMissing || !context.arguments.isEmpty() || (adding && (added.name.isEmpty() || added.fragment.isEmpty()))) {
        context.err << tr("usage: orders forwarders [--add NAME --fragment TEXT [--postal-code Z] [--country CC]] "
                          "[--json]")
                    << Qt::endl;
        return Cli::Usage;
    }
    const Connection connection = context.open();
    if (!connection.isOpen())
        return Cli::BadInput;
    const FraudSettingsRepository repository(connection.database());
    QString error;
    if (adding && !repository.addForwarder(added, &error)) {
        context.err << error << Qt::endl;
        return Cli::BadInput;
    }
    const QList<FraudSettings::Forwarder> list = repository.load().forwarders;
    if (json) {
        QJsonArray array;
        for (const FraudSettings::Forwarder &f : list) {
            array.append(QJsonObject{{u"name"_s, f.name},
                                     {u"fragment"_s, f.fragment},
                                     {u"postal_code"_s, f.postalCode},
                                     {u"country"_s, f.country}});
        }
        context.out << CliContext::jsonText(array);
        return Cli::Done;
    }
    for (const FraudSettings::Forwarder &f : list)
        context.out << f.name << u'\t' << f.fragment << u'\t' << f.postalCode << u'\t' << f.country << Qt::endl;
    return Cli::Done;
}
