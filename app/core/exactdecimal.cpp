#include "exactdecimal.h"

#include "decimal.h"
#include "wideint.h"

#include <limits>

std::optional<ExactDecimal> ExactDecimal::parse(QStringView text)
{
    text = text.trimmed();
    const qsizetype point = text.indexOf(u'.');
    int scale = point < 0 ? 0 : int(text.size() - point - 1);
    // Trailing zeros after the point carry no value: "1.0500" is 1.05.
    while (scale > 0 && text.endsWith(u'0')) {
        text.chop(1);
        --scale;
    }
    // Space the chopping uncovered ("1.\f0") was inside the number: parseScaled() would trim it away.
    if (scale > MaxScale || (!text.isEmpty() && text.back().isSpace()))
        return std::nullopt;
    const auto mantissa = Decimal::parseScaled(text, scale);
    if (!mantissa)
        return std::nullopt;
    return ExactDecimal{*mantissa, scale};
}

QString ExactDecimal::toString() const
{
    return Decimal::formatScaled(mantissa, scale);
}

QString ExactDecimal::toString(const QLocale &locale) const
{
    return Decimal::formatScaled(mantissa, scale, locale);
}

double ExactDecimal::approximate() const
{
    double divisor = 1;
    for (int i = 0; i < scale; ++i)
        divisor *= 10;
    return double(mantissa) / divisor;
}

namespace ExactMath {

namespace {

quint64 magnitude(qint64 value)
{
    return value < 0 ? quint64(0) - quint64(value) : quint64(value);
}

// x × 10^exponent, or nullopt when it leaves 128 bits.
std::optional<UInt128> timesPowerOfTen(UInt128 x, int exponent)
{
    for (int i = 0; i < exponent; ++i) {
        const auto next = x.times(10);
        if (!next)
            return std::nullopt;
        x = *next;
    }
    return x;
}

} // namespace

std::optional<qint64> scaleRound(qint64 value, const ExactDecimal &numerator, const ExactDecimal &denominator,
                                 int extraPowerOfTen)
{
    if (denominator.mantissa == 0)
        return std::nullopt;
    // value * (n / 10^ns) / (d / 10^ds) * 10^extra = value * n * 10^(ds + extra) / (d * 10^ns),
    // computed on magnitudes with the sign kept aside, rounded half away from zero once.
    const int negatives = int(value < 0) + int(numerator.mantissa < 0) + int(denominator.mantissa < 0);
    const bool negative = negatives % 2 == 1;
    const int upExponent = denominator.scale + qMax(extraPowerOfTen, 0);
    const int downExponent = numerator.scale + qMax(-extraPowerOfTen, 0);
    const auto top = timesPowerOfTen(UInt128::multiply(magnitude(value), magnitude(numerator.mantissa)), upExponent);
    const auto bottom = timesPowerOfTen(UInt128::from(magnitude(denominator.mantissa)), downExponent);
    if (!top || !bottom || bottom->hi >= (quint64(1) << 62))
        return std::nullopt;
    UInt128 quotient;
    UInt128 remainder;
    UInt128::divide(*top, *bottom, quotient, remainder);
    if (remainder.shiftedLeft() >= *bottom)
        quotient = quotient.plusOne();
    const quint64 limit = negative ? quint64(1) << 63 : (quint64(1) << 63) - 1;
    if (quotient.hi != 0 || quotient.lo > limit)
        return std::nullopt;
    return negative ? qint64(quint64(0) - quotient.lo) : qint64(quotient.lo);
}

} // namespace ExactMath
