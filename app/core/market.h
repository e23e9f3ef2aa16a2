#pragma once

#include "exactdecimal.h"
#include "money.h"
#include "pricerounding.h"
#include "product.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QStringList>

// A rule that stops or slows a product on its way into a market, matched by HS-code prefix or by category.
struct MarketRestriction
{
    enum class Level { Prohibited, Restricted, Licence };

    qint64 id = 0;
    QString hsPrefix; // digits; empty when the rule is by category
    QString category; // empty when the rule is by HS prefix
    Level level = Level::Restricted;
    QString note;

    bool matches(const Product &product) const;
    static QString levelKey(Level level); // "prohibited", "restricted", "licence"
    static std::optional<Level> levelFromKey(const QString &key);

    bool operator==(const MarketRestriction &other) const = default;
};

// A duty rate that applies to HS codes starting with a prefix (the longest matching prefix wins).
struct DutyRate
{
    QString hsPrefix;
    ExactDecimal percent;

    bool operator==(const DutyRate &other) const = default;
};

// A destination the seller sells to: its countries, currency, taxes and duties, thresholds, price rounding and
// restricted goods. Figures change, so every market carries the date they were checked ("as of").
struct Market
{
    enum class Valuation { Goods, GoodsAndShipping };
    enum class Incoterm { DAP, DDP };
    enum class PriceBasis { BasePrice, CostMarkup };

    QString code; // "JP", "EU", or the seller's own
    QString name;
    QStringList countries;
    QString currency;
    QString language; // BCP 47
    ExactDecimal vatPercent;
    ExactDecimal dutyPercent; // when no HS prefix matches
    QList<DutyRate> dutyRates;
    Valuation valuation = Valuation::Goods;
    qint64 dutyThresholdMinor = 0;   // in the market's currency; no duty at or under it
    qint64 taxThresholdMinor = 0;    // no import VAT/GST at or under it, unless the seller collects it
    qint64 flatDutyPerItemMinor = 0; // e.g. the EU's EUR 3 per tariff item on low-value parcels
    bool sellerCollectsTax = false;  // IOSS, UK, AU, NO VOEC, SG…
    Incoterm incoterm = Incoterm::DAP;
    PriceBasis priceBasis = PriceBasis::BasePrice;
    ExactDecimal markupPercent{100, 0}; // cost + this % when the basis is cost plus markup
    PriceRounding rounding;
    ExactDecimal repricePercent{2, 0};
    QString requiredTaxId; // "CPF/CNPJ", "PCCC", or empty
    qint64 shippingEstimateMinor = 0; // flat per-order estimate until carriers exist
    QList<MarketRestriction> restrictions;
    QDate asOf;
    QString notes;

    Money dutyThreshold() const { return Money(dutyThresholdMinor, currency); }
    Money taxThreshold() const { return Money(taxThresholdMinor, currency); }
    // The duty rate for an HS code: the longest matching prefix, else the default.
    ExactDecimal dutyPercentFor(const QString &hsCode) const;
    QList<MarketRestriction> restrictionsFor(const Product &product) const;

    QJsonObject toJson() const;
    static std::optional<Market> fromJson(const QJsonObject &json, QString *error);
    static QString incotermKey(Incoterm incoterm);

    bool operator==(const Market &other) const = default;
};

// Checks a market's set-up, naming each problem.
class MarketValidator
{
    Q_DECLARE_TR_FUNCTIONS(MarketValidator)

public:
    static QStringList validate(const Market &market);
};
