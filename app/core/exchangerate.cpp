#include "exchangerate.h"

#include "currency.h"

std::optional<Money> CurrencyConversion::convert(const Money &amount, const QString &toCurrency,
                                                 const ExactDecimal &fromPerEuro, const ExactDecimal &toPerEuro)
{
    if (!fromPerEuro.isPositive() || !toPerEuro.isPositive())
        return std::nullopt;
    // minor_to = minor_from * toPerEuro / fromPerEuro * 10^(digits_to - digits_from), rounded once.
    const int extra = Currency::fractionDigits(toCurrency) - Currency::fractionDigits(amount.currency());
    const auto minor = ExactMath::scaleRound(amount.minorUnits(), toPerEuro, fromPerEuro, extra);
    if (!minor)
        return std::nullopt;
    return Money(*minor, toCurrency);
}
