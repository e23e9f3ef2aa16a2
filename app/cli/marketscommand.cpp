#include "cli.h"
#include "clicontext.h"
#include "decimal.h"
#include "currency.h"
#include "marketrepository.h"
#include "writetransaction.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace {

QString amount(qint64 minor, const QString &currency)
{
    return Decimal::formatScaled(minor, Currency::fractionDigits(currency)) + u' ' + currency;
}

// Opens the database and runs work in one write transaction; prints the error and returns false on failure.
bool runWrite(CliContext &context, const std::function<bool(const MarketRepository &, QString *)> &work)
{
    const Connection connection = context.open();
    if (!connection.isOpen())
        return false;
    WriteTransaction transaction(connection.database());
    QString error = transaction.error();
    if (!transaction.isActive() || !work(MarketRepository(connection.database()), &error)
        || !transaction.commit(&error)) {
        context.err << error << Qt::endl;
        return false;
    }
    return true;
}

} // namespace

int MarketsCommand::run(CliContext &context, const QString &subcommand)
{
    if (subcommand == u"list")
        return list(context);
    if (subcommand == u"show")
        return show(context);
    if (subcommand == u"restrict")
        return restrict(context);
    if (subcommand == u"clone")
        return clone(context);
    context.err << tr("markets: unknown subcommand %1").arg(subcommand) << Qt::endl;
    return Cli::Usage;
}

int MarketsCommand::list(CliContext &context)
{
    const bool json = context.takeFlag(u"--json"_s);
    if (!context.arguments.isEmpty()) {
        context.err << tr("usage: markets list [--json]") << Qt::endl;
        return Cli::Usage;
    }
    const Connection connection = context.openForReading();
    if (!connection.isOpen())
        return Cli::BadInput;
    const QList<Market> markets = MarketRepository(connection.database()).list();
    if (json) {
        QJsonArray array;
        for (const Market &m : markets)
            array.append(m.toJson());
        context.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return Cli::Done;
    }
    for (const Market &m : markets) {
        context.out << m.code.leftJustified(6) << m.name.leftJustified(22, u' ', true) << u' ' << m.currency
                    << tr("  VAT %1%  duty %2%  no duty up to %3  %4  as of %5")
                           .arg(m.vatPercent.toString(), m.dutyPercent.toString(),
                                amount(m.dutyThresholdMinor, m.currency), Market::incotermKey(m.incoterm),
                                m.asOf.toString(Qt::ISODate))
                    << Qt::endl;
    }
    return Cli::Done;
}

int MarketsCommand::show(CliContext &context)
{
    const bool json = context.takeFlag(u"--json"_s);
    if (context.arguments.size() != 1 || !context.firstUnknownOption().isEmpty()) {
        context.err << tr("usage: markets show CODE [--json]") << Qt::endl;
        return Cli::Usage;
    }
    const Connection connection = context.openForReading();
    if (!connection.isOpen())
        return Cli::BadInput;
    const auto market = MarketRepository(connection.database()).findByCodeOrCountry(context.arguments.front());
    if (!market) {
        context.err << tr("there is no market %1").arg(context.arguments.front()) << Qt::endl;
        return Cli::BadInput;
    }
    if (json) {
        context.out << QString::fromUtf8(QJsonDocument(market->toJson()).toJson(QJsonDocument::Indented));
        return Cli::Done;
    }
    const Market &m = *market;
    context.out << m.code << u" – "_s << m.name << u" ("_s << m.countries.join(u", "_s) << u')' << Qt::endl;
    context.out << tr("Currency %1, language %2, %3, figures as of %4")
                       .arg(m.currency, m.language, Market::incotermKey(m.incoterm), m.asOf.toString(Qt::ISODate))
                << Qt::endl;
    context.out << tr("VAT/GST %1%%2; no import tax up to %3")
                       .arg(m.vatPercent.toString(),
                            m.sellerCollectsTax ? tr(" (collected by the seller at checkout)") : QString(),
                            amount(m.taxThresholdMinor, m.currency))
                << Qt::endl;
    context.out << tr("Duty %1% by default, on %2; no duty up to %3")
                       .arg(m.dutyPercent.toString(),
                            m.valuation == Market::Valuation::GoodsAndShipping ? tr("goods and shipping")
                                                                               : tr("goods"),
                            amount(m.dutyThresholdMinor, m.currency))
                << Qt::endl;
    for (const DutyRate &rate : m.dutyRates)
        context.out << tr("  HS %1…: %2%").arg(rate.hsPrefix, rate.percent.toString()) << Qt::endl;
    if (m.flatDutyPerItemMinor > 0)
        context.out << tr("Flat duty per tariff item: %1").arg(amount(m.flatDutyPerItemMinor, m.currency)) << Qt::endl;
    context.out << tr("Price rounding: %1").arg(m.rounding.describe(m.currency, QLocale::c())) << Qt::endl;
    context.out << tr("Shipping estimate: %1").arg(amount(m.shippingEstimateMinor, m.currency)) << Qt::endl;
    if (!m.requiredTaxId.isEmpty())
        context.out << tr("Recipient tax ID required: %1").arg(m.requiredTaxId) << Qt::endl;
    for (const MarketRestriction &r : m.restrictions) {
        const QString what = r.hsPrefix.isEmpty() ? tr("category %1").arg(r.category) : tr("HS %1…").arg(r.hsPrefix);
        context.out << tr("Restriction: %1 is %2. %3").arg(what, MarketRestriction::levelKey(r.level), r.note)
                    << Qt::endl;
    }
    if (!m.notes.isEmpty())
        context.out << m.notes << Qt::endl;
    return Cli::Done;
}

int MarketsCommand::restrict(CliContext &context)
{
    bool missingHs = false;
    bool missingCategory = false;
    bool missingLevel = false;
    bool missingNote = false;
    MarketRestriction rule;
    rule.hsPrefix = context.takeOption(u"--hs"_s, &missingHs).remove(u'.');
    rule.category = context.takeOption(u"--category"_s, &missingCategory);
    const QString level = context.takeOption(u"--level"_s, &missingLevel);
    rule.note = context.takeOption(u"--note"_s, &missingNote);
    if (missingHs || missingCategory || missingLevel || missingNote || context.arguments.size() != 1
        || !context.firstUnknownOption().isEmpty() || rule.hsPrefix.isEmpty() == rule.category.isEmpty()) {
        context.err << tr("usage: markets restrict CODE --hs PREFIX|--category NAME "
                          "--level prohibited|restricted|licence [--note TEXT]")
                    << Qt::endl;
        return Cli::Usage;
    }
    const auto parsedLevel = MarketRestriction::levelFromKey(level);
    if (!parsedLevel) {
        context.err << tr("--level: \"%1\" must be prohibited, restricted or licence").arg(level) << Qt::endl;
        return Cli::BadInput;
    }
    if (std::any_of(rule.hsPrefix.cbegin(), rule.hsPrefix.cend(), [](QChar c) { return !c.isDigit(); })
        || rule.hsPrefix.size() > 10) {
        context.err << tr("--hs: \"%1\" must be 1 to 10 digits").arg(rule.hsPrefix) << Qt::endl;
        return Cli::BadInput;
    }
    rule.level = *parsedLevel;
    const QString code = context.arguments.front().toUpper();
    const bool ok = runWrite(context, [&code, &rule](const MarketRepository &repo, QString *error) {
        if (!repo.find(code)) {
            *error = tr("there is no market %1").arg(code);
            return false;
        }
        return repo.addRestriction(code, rule, error);
    });
    if (!ok)
        return Cli::BadInput;
    const QString what = rule.hsPrefix.isEmpty() ? tr("category %1").arg(rule.category) : tr("HS %1…").arg(rule.hsPrefix);
    context.out << tr("%1: %2 is now %3.").arg(code, what, MarketRestriction::levelKey(rule.level)) << Qt::endl;
    return Cli::Done;
}

int MarketsCommand::clone(CliContext &context)
{
    bool missingName = false;
    const QString name = context.takeOption(u"--name"_s, &missingName);
    if (missingName || context.arguments.size() != 2 || !context.firstUnknownOption().isEmpty()) {
        context.err << tr("usage: markets clone CODE NEWCODE [--name NAME]") << Qt::endl;
        return Cli::Usage;
    }
    const QString from = context.arguments.at(0).toUpper();
    const QString to = context.arguments.at(1).toUpper();
    const bool ok = runWrite(context, [&from, &to, &name](const MarketRepository &repo, QString *error) {
        return repo.clone(from, to, name, error);
    });
    if (!ok)
        return Cli::BadInput;
    context.out << tr("Market %1 is a copy of %2; edit what differs.").arg(to, from) << Qt::endl;
    return Cli::Done;
}
