#include "cli.h"
#include "clicontext.h"
#include "priceexporter.h"
#include "marketrepository.h"
#include "pricelist.h"
#include "productrepository.h"
#include "writetransaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

int PriceCommand::run(CliContext &context)
{
    const bool json = context.takeFlag(u"--json"_s);
    const bool dryRun = context.takeFlag(u"--dry-run"_s);
    const bool shopify = context.takeFlag(u"--shopify"_s);
    const bool clear = context.takeFlag(u"--clear"_s);
    bool missingMarket = false;
    bool missingDate = false;
    bool missingIncoterm = false;
    const QString market = context.takeOption(u"--market"_s, &missingMarket).toUpper();
    const QString dateText = context.takeOption(u"--date"_s, &missingDate);
    const QString incoterm = context.takeOption(u"--incoterm"_s, &missingIncoterm).toUpper();
    if (!missingMarket && !missingDate && context.arguments.size() == 2 && context.arguments.front() == u"export"
        && !json && !dryRun && incoterm.isEmpty() && !market.isEmpty() && context.firstUnknownOption().isEmpty()) {
        const QDate day = dateText.isEmpty() ? QDate::currentDate() : QDate::fromString(dateText, Qt::ISODate);
        if (!day.isValid()) {
            context.err << tr("--date: \"%1\" is not a date (YYYY-MM-DD)").arg(dateText) << Qt::endl;
            return Cli::BadInput;
        }
        return exportPrices(context, market, context.arguments.at(1), shopify, day);
    }
    if (!missingMarket && !market.isEmpty() && !context.arguments.isEmpty() && context.arguments.front() == u"fix"
        && context.arguments.size() == (clear ? 2 : 3) && !json && !dryRun && !shopify && incoterm.isEmpty()
        && dateText.isEmpty() && context.firstUnknownOption().isEmpty())
        return fix(context, context.arguments.at(1), market, clear ? QString() : context.arguments.at(2));
    if (missingMarket || missingDate || missingIncoterm || market.isEmpty() || context.arguments.size() != 1
        || !context.firstUnknownOption().isEmpty() || shopify || clear) {
        context.err << tr("usage: price SKU --market CODE [--incoterm DAP|DDP] [--date YYYY-MM-DD] [--json]\n"
                          "       price apply --market CODE [--dry-run] [--date YYYY-MM-DD]\n"
                          "       price export --market CODE FILE [--shopify] [--date YYYY-MM-DD]\n"
                          "       price fix SKU --market CODE AMOUNT|--clear")
                    << Qt::endl;
        return Cli::Usage;
    }
    if (!incoterm.isEmpty() && incoterm != u"DAP" && incoterm != u"DDP") {
        context.err << tr("--incoterm: \"%1\" must be DAP or DDP").arg(incoterm) << Qt::endl;
        return Cli::BadInput;
    }
    const QDate date = dateText.isEmpty() ? QDate::currentDate() : QDate::fromString(dateText, Qt::ISODate);
    if (!date.isValid()) {
        context.err << tr("--date: \"%1\" is not a date (YYYY-MM-DD)").arg(dateText) << Qt::endl;
        return Cli::BadInput;
    }
    if (context.arguments.front() == u"apply") {
        if (json || !incoterm.isEmpty()) {
            context.err << tr("usage: price apply --market CODE [--dry-run] [--date YYYY-MM-DD]") << Qt::endl;
            return Cli::Usage;
        }
        context.arguments.append(dryRun ? u"--dry-run"_s : QString());
        return apply(context, market, date);
    }
    if (dryRun) {
        context.err << tr("--dry-run goes with price apply") << Qt::endl;
        return Cli::Usage;
    }
    context.arguments.append(incoterm);
    return quote(context, context.arguments.front(), market, date, json);
}

int PriceCommand::quote(CliContext &context, const QString &sku, const QString &marketCode, const QDate &date,
                        bool json)
{
    const Connection connection = context.openForReading();
    if (!connection.isOpen())
        return Cli::BadInput;
    const QString incotermText = context.arguments.value(1);
    std::optional<Market::Incoterm> incoterm;
    if (!incotermText.isEmpty())
        incoterm = incotermText == u"DDP" ? Market::Incoterm::DDP : Market::Incoterm::DAP;
    QString error;
    const auto q = PriceListService(connection.database(), PriceListService::Figures::Plain)
                       .quote(sku, marketCode, incoterm, date, &error);
    if (!q) {
        context.err << error << Qt::endl;
        return Cli::BadInput;
    }
    const LandedCost &landed = q->landed;
    if (json) {
        QJsonArray lines;
        QJsonObject byKey;
        for (const LandedCost::Line &line : landed.lines) {
            lines.append(QJsonObject{{u"line"_s, LandedCost::lineKey(line.kind)},
                                     {u"amount"_s, line.amount.toJson()},
                                     {u"explanation"_s, line.explanation}});
            byKey.insert(LandedCost::lineKey(line.kind), line.amount.toJson());
        }
        byKey.insert(u"total"_s, landed.total.toJson());
        context.out << QString::fromUtf8(
            QJsonDocument(QJsonObject{{u"sku"_s, q->price.sku},
                                      {u"market"_s, q->marketCode},
                                      {u"incoterm"_s, Market::incotermKey(landed.incoterm)},
                                      {u"price"_s, q->price.proposed.toJson()},
                                      {u"fixed"_s, q->price.fixed},
                                      {u"rate_date"_s, q->rateDate.toString(Qt::ISODate)},
                                      {u"landed_cost"_s, byKey},
                                      {u"lines"_s, lines},
                                      {u"seller_pays"_s, landed.sellerPays.toJson()},
                                      {u"margin"_s, q->marginInBase.toJson()},
                                      {u"margin_in_market_currency"_s, landed.margin.toJson()}})
                .toJson(QJsonDocument::Indented));
        return Cli::Done;
    }
    const QLocale locale;
    context.out << tr("%1 (%2) into %3, %4, rates of %5")
                       .arg(q->price.sku, q->price.name, q->marketCode, Market::incotermKey(landed.incoterm),
                            q->rateDate.toString(Qt::ISODate))
                << Qt::endl;
    for (const LandedCost::Line &line : landed.lines)
        context.out << u"  "_s << LandedCost::lineKey(line.kind).leftJustified(9) << line.amount.format(locale).rightJustified(14)
                    << u"  "_s << line.explanation << Qt::endl;
    context.out << u"  "_s << tr("total").leftJustified(9) << landed.total.format(locale).rightJustified(14) << Qt::endl;
    context.out << u"  "_s << tr("margin").leftJustified(9) << q->marginInBase.format(locale).rightJustified(14)
                << u"  "_s
                << tr("after cost and what the seller pays (%1)").arg(landed.sellerPays.format(locale)) << Qt::endl;
    return Cli::Done;
}

int PriceCommand::apply(CliContext &context, const QString &market, const QDate &date)
{
    const bool dryRun = context.arguments.value(1) == u"--dry-run";
    const Connection connection = context.open();
    if (!connection.isOpen())
        return Cli::BadInput;
    QString error;
    const auto report = PriceListService(connection.database()).apply(market, date, dryRun, &error);
    if (!report) {
        context.err << error << Qt::endl;
        return Cli::BadInput;
    }
    context.out << (dryRun ? tr("Dry run for %1: %2 product(s) checked, %3 price(s) would change, %4 moved less than "
                                "the threshold; nothing was written.")
                           : tr("%1: %2 product(s) checked, %3 price(s) changed, %4 moved less than the threshold "
                                "and were kept."))
                           .arg(market)
                           .arg(report->checked)
                           .arg(report->changed)
                           .arg(report->kept)
                << Qt::endl;
    return Cli::Done;
}

int PriceCommand::exportPrices(CliContext &context, const QString &market, const QString &file, bool shopify,
                               const QDate &date)
{
    const Connection connection = context.open();
    if (!connection.isOpen())
        return Cli::BadInput;
    QString error;
    const qint64 written = PriceExporter::exportFile(connection.database(), market, file,
                                                     shopify ? PriceExporter::Form::Shopify : PriceExporter::Form::Borderdesk,
                                                     date, &error);
    if (written < 0) {
        context.err << error << Qt::endl;
        return Cli::BadInput;
    }
    context.out << tr("Exported %n price(s) of %1 to %2.", nullptr, int(written)).arg(market, file) << Qt::endl;
    return Cli::Done;
}

int PriceCommand::fix(CliContext &context, const QString &sku, const QString &marketCode, const QString &amountText)
{
    const Connection connection = context.open();
    if (!connection.isOpen())
        return Cli::BadInput;
    const auto product = ProductRepository(connection.database()).findBySku(sku);
    const auto market = MarketRepository(connection.database()).find(marketCode);
    if (!product || !market) {
        context.err << (product ? tr("there is no market %1").arg(marketCode) : tr("there is no product with SKU %1").arg(sku))
                    << Qt::endl;
        return Cli::BadInput;
    }
    QString error;
    std::optional<Money> amount;
    if (!amountText.isEmpty()) {
        amount = Money::fromDecimal(amountText, market->currency, &error);
        if (!amount) {
            context.err << tr("AMOUNT: %1").arg(error) << Qt::endl;
            return Cli::BadInput;
        }
    }
    WriteTransaction transaction(connection.database());
    error = transaction.error();
    const PriceListService prices(connection.database());
    const bool ok = transaction.isActive()
                    && (amount ? prices.setFixedPrice(marketCode, product->id, *amount, &error)
                               : prices.clearFixedPrice(marketCode, product->id, &error))
                    && transaction.commit(&error);
    if (!ok) {
        context.err << error << Qt::endl;
        return Cli::BadInput;
    }
    context.out << (amount ? tr("%1 in %2 is now fixed at %3.").arg(sku, marketCode, amount->format(QLocale()))
                           : tr("%1 in %2 follows the market's rule again.").arg(sku, marketCode))
                << Qt::endl;
    return Cli::Done;
}
