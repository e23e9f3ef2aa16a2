#pragma once

#include "exactdecimal.h"
#include "money.h"

#include <QCoreApplication>
#include <QDate>

// One dated reference rate: how many units of a currency one euro buys (the ECB's quotation).
struct ExchangeRate
{
    QString currency;
    QDate date;
    ExactDecimal perEuro;

    bool operator==(const ExchangeRate &other) const = default;
};

// Converts money between currencies through the euro, exactly, rounding half-up to the target's minor unit once.
class CurrencyConversion
{
    Q_DECLARE_TR_FUNCTIONS(CurrencyConversion)

public:
    // fromPerEuro / toPerEuro: units per 1 EUR (1 for EUR itself). Nullopt on overflow or a zero rate.
    static std::optional<Money> convert(const Money &amount, const QString &toCurrency, const ExactDecimal &fromPerEuro,
                                        const ExactDecimal &toPerEuro);
    static ExactDecimal euro() { return ExactDecimal{1, 0}; }
};
