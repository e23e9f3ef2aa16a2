#pragma once

#include "landedcost.h"
#include "exchangeraterepository.h"
#include "market.h"
#include "product.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QLocale>
#include <QSqlDatabase>

#include <functional>
#include <optional>

// One product's price in one market: what the list says now, what the market's rule gives today, and how.
struct PriceProposal
{
    qint64 productId = 0;
    QString sku;
    QString name;
    std::optional<Money> current; // in the price list; none when never priced
    QDate currentRateDate;        // the rates the current (derived) price was computed with
    Money proposed;               // fixed price, or the derived one
    bool fixed = false;
    QDate rateDate;               // rates the derived price used
    QString explanation;
    // Change against the current price in hundredths of a percent (1234 = +12.34 %); 0 without a current price.
    qint64 changeBasisPoints = 0;
    bool changes() const { return !current || current->minorUnits() != proposed.minorUnits(); }
};

// A price with its landed cost and the seller's margin in the base currency.
struct PriceQuote
{
    QString marketCode;
    PriceProposal price;
    LandedCost landed;
    Money marginInBase;
    QDate rateDate;
};

// Price lists: one per market. A price is fixed by the seller, or derived from the base price (or cost plus markup),
// converted at the dated rate and rounded by the market's rule. Previews come before anything is applied; applying
// writes every change in one transaction and keeps it in the price history.
class PriceListService
{
    Q_DECLARE_TR_FUNCTIONS(PriceListService)

public:
    // How explanations write rate dates, exchange rates, percentages and rounding steps.
    enum class Figures {
        Localized, // for the GUI: in the default locale, "27.11.26", "161,23" in German
        Plain,     // for the CLI and its JSON: ISO dates and plain decimals, "2026-11-27", "161.23"
    };

    explicit PriceListService(QSqlDatabase db, Figures figures = Figures::Localized);

    std::optional<PriceProposal> propose(const Product &product, const Market &market, const QDate &date,
                                         QString *error) const;
    std::optional<PriceQuote> quote(const QString &sku, const QString &marketCode,
                                    std::optional<Market::Incoterm> incoterm, const QDate &date, QString *error) const;
    // Quotes for many products into one market, sharing exchange-rate look-ups (the preview grid's pages).
    QList<PriceQuote> quotes(const QList<Product> &products, const Market &market,
                             std::optional<Market::Incoterm> incoterm, const QDate &date, QString *error) const;
    // A page of proposals for a market, in SKU order.
    QList<PriceProposal> preview(const Market &market, const QDate &date, int limit, int offset, QString *error) const;

    struct ApplyReport
    {
        int checked = 0;
        int changed = 0;   // prices written: new, changed base price or rule, or a rate that moved beyond the threshold
        int kept = 0;      // only the exchange rate moved, and by no more than the market's threshold
        bool written = false;
    };
    // Applies the market's rule to every product in one transaction (dryRun: count only).
    // progress: 0–100; returning false cancels, and nothing is written.
    std::optional<ApplyReport> apply(const QString &marketCode, const QDate &date, bool dryRun, QString *error,
                                     const std::function<bool(int)> &progress = {}) const;
    bool setFixedPrice(const QString &marketCode, qint64 productId, const Money &price, QString *error) const;
    // Back to the market's rule: the fixed price goes (kept in the history) and the next apply derives one.
    bool clearFixedPrice(const QString &marketCode, qint64 productId, QString *error) const;

private:
    struct RateCache;
    std::optional<PriceProposal> propose(const Product &product, const Market &market, const QDate &date,
                                         RateCache &cache, QString *error) const;
    std::optional<PriceQuote> quote(const Product &product, const Market &market,
                                    std::optional<Market::Incoterm> incoterm, const QDate &date,
                                    const QString &baseCurrency, RateCache &cache, QString *error) const;
    std::optional<Money> convert(const Money &amount, const QString &to, const QDate &date, RateCache &cache,
                                 QString *error) const;
    void shippingFor(const Product &product, const Market &market, const QDate &date, RateCache &cache,
                     LandedCostCalculator::Input &input) const;
    const std::optional<ExchangeRateRepository::Conversion> &unitRate(const QString &from, const QString &to,
                                                                       const QDate &date, RateCache &cache,
                                                                       QString *error) const;
    struct Current
    {
        Money price;
        bool fixed = false;
        QDate rateDate;
    };
    std::optional<Current> currentPrice(const QString &marketCode, qint64 productId) const;
    // How far the exchange rate between two days moved for this pair, in hundredths of a percent.
    static qint64 rateMoveBasisPoints(const ExchangeRateRepository::Conversion &before,
                                      const ExchangeRateRepository::Conversion &after, const QString &from,
                                      const QString &to);

    // The locale explanations write figures in: QLocale::c() for plain ones.
    QLocale figuresLocale() const;
    QString dateText(const QDate &date) const;

    QSqlDatabase m_db;
    Figures m_figures;
};
