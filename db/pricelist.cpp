#include "pricelist.h"

#include "connection.h"
#include "exchangeraterepository.h"
#include "marketrepository.h"
#include "productrepository.h"
#include "carrierrepository.h"
#include "rateshopping.h"
#include "shopsettings.h"
#include "writetransaction.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

// Conversions for many products share the same few rates: look each currency pair up once.
struct PriceListService::RateCache
{
    QHash<QString, std::optional<ExchangeRateRepository::Conversion>> unitConversions;
    std::optional<QList<ShippingService>> services;
    int maxTransitDays = 0;
};

PriceListService::PriceListService(QSqlDatabase db, Figures figures)
    : m_db(std::move(db))
    , m_figures(figures)
{
}

QLocale PriceListService::figuresLocale() const
{
    return m_figures == Figures::Plain ? QLocale::c() : QLocale();
}

QString PriceListService::dateText(const QDate &date) const
{
    return m_figures == Figures::Plain ? date.toString(Qt::ISODate) : QLocale().toString(date, QLocale::ShortFormat);
}

std::optional<PriceListService::Current> PriceListService::currentPrice(const QString &marketCode,
                                                                        qint64 productId) const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT p.price_minor, m.currency, p.fixed, p.rate_date FROM market_prices p "
              u"JOIN markets m ON m.code = p.market_code WHERE p.market_code = ? AND p.product_id = ?"_s);
    q.addBindValue(marketCode);
    q.addBindValue(productId);
    if (q.exec() && q.next())
        return Current{Money(q.value(0).toLongLong(), q.value(1).toString()), q.value(2).toInt() != 0,
                       QDate::fromString(q.value(3).toString(), Qt::ISODate)};
    return std::nullopt;
}

qint64 PriceListService::rateMoveBasisPoints(const ExchangeRateRepository::Conversion &before,
                                             const ExchangeRateRepository::Conversion &after, const QString &from,
                                             const QString &to)
{
    // Convert one large amount at both days' rates and compare: exact enough for hundredths of a percent.
    const Money probe(1000000000, from);
    const auto then = CurrencyConversion::convert(probe, to, before.fromPerEuro, before.toPerEuro);
    const auto now = CurrencyConversion::convert(probe, to, after.fromPerEuro, after.toPerEuro);
    if (!then || !now || then->minorUnits() == 0)
        return 0;
    return (now->minorUnits() - then->minorUnits()) * 10000 / then->minorUnits();
}

std::optional<PriceProposal> PriceListService::propose(const Product &product, const Market &market, const QDate &date,
                                                       QString *error) const
{
    RateCache cache;
    return propose(product, market, date, cache, error);
}

std::optional<PriceProposal> PriceListService::propose(const Product &p, const Market &market, const QDate &date,
                                                       RateCache &cache, QString *error) const
{
    PriceProposal proposal;
    proposal.productId = p.id;
    proposal.sku = p.sku;
    proposal.name = p.name;
    const auto current = currentPrice(market.code, p.id);
    if (current) {
        proposal.current = current->price;
        proposal.currentRateDate = current->rateDate;
    }
    const QLocale locale;
    const QLocale figures = figuresLocale();
    if (current && current->fixed) {
        proposal.proposed = current->price;
        proposal.fixed = true;
        proposal.explanation = tr("fixed price for %1").arg(market.code);
        return proposal;
    }

    Money source = p.price;
    QString basis = tr("base price %1").arg(p.price.format(locale));
    if (market.priceBasis == Market::PriceBasis::CostMarkup) {
        // cost × (100 + markup) / 100, exactly
        qint64 hundred = 100;
        for (int i = 0; i < market.markupPercent.scale; ++i)
            hundred *= 10;
        const ExactDecimal up{market.markupPercent.mantissa + hundred, market.markupPercent.scale};
        const auto marked = ExactMath::scaleRound(p.cost.minorUnits(), up, ExactDecimal{100, 0}, 0);
        source = Money(marked.value_or(0), p.cost.currency());
        basis = tr("cost %1 + %2% markup = %3")
                    .arg(p.cost.format(locale), market.markupPercent.toString(figures), source.format(locale));
    }
    // The day and the rates come from the cached unit conversion; the amount itself is rounded once.
    const auto &unit = unitRate(source.currency(), market.currency, date, cache, error);
    if (!unit)
        return std::nullopt;
    const auto converted =
        CurrencyConversion::convert(source, market.currency, unit->fromPerEuro, unit->toPerEuro);
    if (!converted) {
        if (error)
            *error = tr("%1: the price is too large to convert").arg(p.sku);
        return std::nullopt;
    }
    proposal.rateDate = unit->rateDate;
    proposal.proposed = market.rounding.apply(*converted);
    proposal.explanation = source.currency() == market.currency
                               ? tr("%1, rounded %2").arg(basis, market.rounding.describe(market.currency, figures))
                               : tr("%1 = %2 at the rates of %3 (1 EUR = %4 %5 = %6 %7), rounded %8")
                                     .arg(basis, converted->format(locale), dateText(unit->rateDate),
                                          unit->fromPerEuro.toString(figures), source.currency(),
                                          unit->toPerEuro.toString(figures), market.currency,
                                          market.rounding.describe(market.currency, figures));
    if (proposal.current && proposal.current->minorUnits() > 0)
        proposal.changeBasisPoints = (proposal.proposed.minorUnits() - proposal.current->minorUnits()) * 10000
                                     / proposal.current->minorUnits();
    return proposal;
}

const std::optional<ExchangeRateRepository::Conversion> &
PriceListService::unitRate(const QString &from, const QString &to, const QDate &date, RateCache &cache,
                           QString *error) const
{
    // Converting one minor unit finds the rate day and both per-euro rates; cached per pair and day.
    const QString key = from + u'>' + to + u'@' + date.toString(Qt::ISODate);
    auto it = cache.unitConversions.find(key);
    if (it == cache.unitConversions.end()) {
        QString problem;
        it = cache.unitConversions.insert(key, ExchangeRateRepository(m_db).convert(Money(1, from), to, date, &problem));
        if (!it.value() && error && !problem.isEmpty())
            *error = problem;
    }
    if (!it.value() && error && error->isEmpty())
        *error = tr("no exchange rate for %1 and %2").arg(from, to);
    return it.value();
}

std::optional<Money> PriceListService::convert(const Money &amount, const QString &to, const QDate &date,
                                               RateCache &cache, QString *error) const
{
    if (amount.currency() == to)
        return amount;
    const auto &unit = unitRate(amount.currency(), to, date, cache, error);
    if (!unit)
        return std::nullopt;
    return CurrencyConversion::convert(amount, to, unit->fromPerEuro, unit->toPerEuro);
}

void PriceListService::shippingFor(const Product &product, const Market &market, const QDate &date, RateCache &cache,
                                   LandedCostCalculator::Input &input) const
{
    // The rate shopper's default service for one item, packed, to the market's first country.
    if (!cache.services) {
        cache.services = CarrierRepository(m_db).services(true);
        cache.maxTransitDays = RateShopping(m_db).maxTransitDays();
    }
    if (product.weightG <= 0 || market.countries.isEmpty() || cache.services->isEmpty())
        return;
    const QString country = market.countries.contains(market.code) ? market.code : market.countries.front();
    const Parcel parcel{product.weightG + RateShopping(m_db).packagingWeightG(), product.lengthMm, product.widthMm,
                        product.heightMm};
    QList<RateQuote> quotes;
    for (const ShippingService &service : std::as_const(*cache.services)) {
        RateQuote q = RateCalculator::quote(service, country, {parcel});
        if (q.available)
            q.totalBase = convert(q.total, market.currency, date, cache, nullptr);
        quotes.append(q);
    }
    RateShopper::sortAndPick(quotes, {cache.maxTransitDays, false});
    for (const RateQuote &q : std::as_const(quotes)) {
        if (q.isDefault && q.totalBase) {
            input.shipping = *q.totalBase;
            input.shippingExplanation = tr("%1 to %2, %3: %4").arg(q.serviceName, country, q.basisText(),
                                                                  q.total.format(QLocale()));
            return;
        }
    }
}

std::optional<PriceQuote> PriceListService::quote(const Product &product, const Market &market,
                                                  std::optional<Market::Incoterm> incoterm, const QDate &date,
                                                  const QString &baseCurrency, RateCache &cache, QString *error) const
{
    const auto price = propose(product, market, date, cache, error);
    if (!price)
        return std::nullopt;
    const auto cost = convert(product.cost, market.currency, date, cache, error);
    if (!cost)
        return std::nullopt;
    LandedCostCalculator::Input input;
    input.market = market;
    input.hsCode = product.hsCode;
    input.goods = price->proposed;
    input.goodsExplanation = price->explanation;
    input.figures = figuresLocale();
    input.costInMarketCurrency = *cost;
    input.incoterm = incoterm.value_or(market.incoterm);
    shippingFor(product, market, date, cache, input);
    PriceQuote quote;
    quote.marketCode = market.code;
    quote.price = *price;
    quote.landed = LandedCostCalculator::calculate(input);
    quote.rateDate = price->rateDate.isValid() ? price->rateDate : date;
    const auto margin = convert(quote.landed.margin, baseCurrency, date, cache, error);
    if (!margin)
        return std::nullopt;
    quote.marginInBase = *margin;
    return quote;
}

std::optional<PriceQuote> PriceListService::quote(const QString &sku, const QString &marketCode,
                                                  std::optional<Market::Incoterm> incoterm, const QDate &date,
                                                  QString *error) const
{
    const auto product = ProductRepository(m_db).findBySku(sku);
    if (!product) {
        *error = tr("there is no product with SKU %1").arg(sku);
        return std::nullopt;
    }
    const auto market = MarketRepository(m_db).findByCodeOrCountry(marketCode);
    if (!market) {
        *error = tr("there is no market %1").arg(marketCode);
        return std::nullopt;
    }
    RateCache cache;
    return quote(*product, *market, incoterm, date, ShopSettings(m_db).baseCurrency(), cache, error);
}

QList<PriceQuote> PriceListService::quotes(const QList<Product> &products, const Market &market,
                                           std::optional<Market::Incoterm> incoterm, const QDate &date,
                                           QString *error) const
{
    QList<PriceQuote> result;
    RateCache cache;
    const QString base = ShopSettings(m_db).baseCurrency();
    for (const Product &p : products) {
        auto q = quote(p, market, incoterm, date, base, cache, error);
        if (!q)
            return {};
        result.append(std::move(*q));
    }
    return result;
}

QList<PriceProposal> PriceListService::preview(const Market &market, const QDate &date, int limit, int offset,
                                               QString *error) const
{
    QList<PriceProposal> proposals;
    ProductFilter bySku;
    bySku.sortKey = ProductFilter::SortKey::Sku;
    RateCache cache;
    for (const Product &p : ProductRepository(m_db).list(bySku, limit, offset)) {
        QString problem;
        if (auto proposal = propose(p, market, date, cache, &problem)) {
            proposals.append(*proposal);
        } else {
            if (error)
                *error = problem;
            return {};
        }
    }
    return proposals;
}

std::optional<PriceListService::ApplyReport> PriceListService::apply(const QString &marketCode, const QDate &date,
                                                                     bool dryRun, QString *error,
                                                                     const std::function<bool(int)> &progress) const
{
    const auto market = MarketRepository(m_db).findByCodeOrCountry(marketCode);
    if (!market) {
        *error = tr("there is no market %1").arg(marketCode);
        return std::nullopt;
    }
    WriteTransaction transaction(m_db);
    if (!transaction.isActive()) {
        *error = transaction.error();
        return std::nullopt;
    }
    // The reprice threshold in basis points: prices that moved less stay as they are.
    const auto threshold = ExactMath::scaleRound(1, market->repricePercent, ExactDecimal{1, 0}, 2).value_or(0);
    QSqlQuery upsert(m_db);
    upsert.prepare(u"INSERT INTO market_prices (market_code, product_id, price_minor, fixed, rate_date) "
                   u"VALUES (?, ?, ?, 0, ?) ON CONFLICT (market_code, product_id) DO UPDATE SET "
                   u"price_minor = excluded.price_minor, rate_date = excluded.rate_date, "
                   u"updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now')"_s);
    QSqlQuery history(m_db);
    history.prepare(u"INSERT INTO price_history (market_code, product_id, sku, old_price_minor, new_price_minor, "
                    u"currency, rate_date, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
    ApplyReport report;
    RateCache cache;
    constexpr int Page = 2000;
    ProductFilter bySku;
    bySku.sortKey = ProductFilter::SortKey::Sku;
    const ProductRepository products(m_db);
    const qint64 total = qMax<qint64>(products.count(), 1);
    for (int offset = 0;; offset += Page) {
        if (progress && !progress(int(qint64(offset) * 100 / total))) {
            *error = tr("cancelled; no price was changed");
            return std::nullopt; // the transaction rolls back
        }
        const QList<Product> page = products.list(bySku, Page, offset);
        if (page.isEmpty())
            break;
        for (const Product &product : page) {
            ++report.checked;
            const auto p = propose(product, *market, date, cache, error);
            if (!p)
                return std::nullopt;
            if (p->fixed || !p->changes())
                continue;
            if (p->current && p->currentRateDate.isValid()) {
                // Only the exchange rate moved (the price at the old rates is still the one on the list):
                // reprice only when the rate moved more than the market's threshold.
                const auto before = propose(product, *market, p->currentRateDate, cache, error);
                const QString from = market->priceBasis == Market::PriceBasis::CostMarkup ? product.cost.currency()
                                                                                          : product.price.currency();
                const auto &then = unitRate(from, market->currency, p->currentRateDate, cache, nullptr);
                const auto &now = unitRate(from, market->currency, date, cache, nullptr);
                if (before && before->proposed == *p->current && then && now) {
                    const qint64 moved = rateMoveBasisPoints(*then, *now, from, market->currency);
                    if ((moved < 0 ? -moved : moved) <= threshold) {
                        ++report.kept;
                        continue;
                    }
                }
            }
            ++report.changed;
            if (dryRun)
                continue;
            upsert.addBindValue(market->code);
            upsert.addBindValue(p->productId);
            upsert.addBindValue(p->proposed.minorUnits());
            upsert.addBindValue(p->rateDate.toString(Qt::ISODate));
            history.addBindValue(market->code);
            history.addBindValue(p->productId);
            history.addBindValue(p->sku);
            history.addBindValue(p->current ? QVariant(p->current->minorUnits()) : QVariant());
            history.addBindValue(p->proposed.minorUnits());
            history.addBindValue(market->currency);
            history.addBindValue(p->rateDate.toString(Qt::ISODate));
            history.addBindValue(u"price list"_s);
            if (!upsert.exec() || !history.exec()) {
                *error = tr("cannot store the price of %1: %2")
                             .arg(p->sku, sqlErrorText(upsert.lastError().isValid() ? upsert : history));
                return std::nullopt;
            }
        }
    }
    if (!dryRun) {
        if (!transaction.commit(error))
            return std::nullopt;
        report.written = true;
    }
    return report;
}

bool PriceListService::setFixedPrice(const QString &marketCode, qint64 productId, const Money &price,
                                     QString *error) const
{
    const auto market = MarketRepository(m_db).find(marketCode);
    if (!market || price.currency() != market->currency) {
        *error = tr("a fixed price for %1 must be in %2").arg(marketCode, market ? market->currency : QString());
        return false;
    }
    const auto old = currentPrice(marketCode, productId);
    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO market_prices (market_code, product_id, price_minor, fixed) VALUES (?, ?, ?, 1) "
              u"ON CONFLICT (market_code, product_id) DO UPDATE SET price_minor = excluded.price_minor, fixed = 1, "
              u"updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now')"_s);
    q.addBindValue(marketCode);
    q.addBindValue(productId);
    q.addBindValue(price.minorUnits());
    QSqlQuery h(m_db);
    h.prepare(u"INSERT INTO price_history (market_code, product_id, sku, old_price_minor, new_price_minor, currency, "
              u"reason) SELECT ?, id, sku, ?, ?, ?, 'fixed by hand' FROM products WHERE id = ?"_s);
    h.addBindValue(marketCode);
    h.addBindValue(old ? QVariant(old->price.minorUnits()) : QVariant());
    h.addBindValue(price.minorUnits());
    h.addBindValue(price.currency());
    h.addBindValue(productId);
    if (!q.exec() || !h.exec()) {
        *error = sqlErrorText(q.lastError().isValid() ? q : h);
        return false;
    }
    return true;
}

bool PriceListService::clearFixedPrice(const QString &marketCode, qint64 productId, QString *error) const
{
    const auto old = currentPrice(marketCode, productId);
    if (!old || !old->fixed)
        return true;
    QSqlQuery q(m_db);
    q.prepare(u"DELETE FROM market_prices WHERE market_code = ? AND product_id = ? AND fixed = 1"_s);
    q.addBindValue(marketCode);
    q.addBindValue(productId);
    QSqlQuery h(m_db);
    // The history keeps the old fixed price; the new one is 0 until the market's rule is applied again.
    h.prepare(u"INSERT INTO price_history (market_code, product_id, sku, old_price_minor, new_price_minor, currency, "
              u"reason) SELECT ?, id, sku, ?, 0, ?, 'fixed price removed' FROM products WHERE id = ?"_s);
    h.addBindValue(marketCode);
    h.addBindValue(old->price.minorUnits());
    h.addBindValue(old->price.currency());
    h.addBindValue(productId);
    if (!q.exec() || !h.exec()) {
        *error = sqlErrorText(q.lastError().isValid() ? q : h);
        return false;
    }
    return true;
}
