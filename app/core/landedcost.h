#pragma once

#include "market.h"
#include "money.h"

#include <QCoreApplication>
#include <QList>
#include <QLocale>

// What a parcel really costs to land in a market: goods, shipping, duty, VAT/GST and fees, each line saying which
// rule and rate it used and why a threshold did or did not apply; the lines add up to the total. The seller's
// margin depends on the Incoterm: under DDP the seller pays duty and tax, under DAP the buyer does on arrival.
struct LandedCost
{
    enum class LineKind { Goods, Shipping, Duty, Tax, Fees };

    struct Line
    {
        LineKind kind;
        Money amount;
        QString explanation;
    };

    Market::Incoterm incoterm = Market::Incoterm::DAP;
    QList<Line> lines;
    Money total;
    Money sellerPays;  // shipping, plus duty and tax where the Incoterm or the market puts them on the seller
    Money margin;      // goods price less cost and what the seller pays, in the market's currency
    Money customsValue;

    Money amount(LineKind kind) const;
    static QString lineKey(LineKind kind); // "goods", "shipping", "duty", "tax", "fees"
};

class LandedCostCalculator
{
    Q_DECLARE_TR_FUNCTIONS(LandedCostCalculator)

public:
    struct Input
    {
        Market market;
        QString hsCode;
        Money goods;           // the price in the market's currency
        QString goodsExplanation;
        Money costInMarketCurrency; // the seller's cost of the item, converted
        int quantity = 1;      // tariff items (for flat per-item duties)
        Market::Incoterm incoterm = Market::Incoterm::DAP;
        // The carrier's price from the rate cards, in the market's currency; without it the market's flat estimate.
        std::optional<Money> shipping;
        QString shippingExplanation;
        // Percentages in the explanations are written for people in this locale ("10,9%" in German); QLocale::c()
        // keeps them plain ("10.9%"), as the CLI prints them.
        QLocale figures;
    };

    static LandedCost calculate(const Input &input);
    // percent of an amount, exact, rounded half-up once: 1234 * 10.9% -> 135 (134.506)
    static Money percentOf(const Money &amount, const ExactDecimal &percent);
};
