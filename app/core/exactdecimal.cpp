#include "exactdecimal.h"

#include "decimal.h"

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
    if (scale > MaxScale)
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

double ExactDecimal::approximate() const
{
    double divisor = 1;
    for (int i = 0; i < scale; ++i)
        divisor *= 10;
    return double(mantissa) / divisor;
}

namespace ExactMath {

#if defined(__SIZEOF_INT128__)
__extension__ typedef __int128 Wide; // __extension__: GCC and Clang accept it under -Wpedantic
#else
#error "ExactMath needs a 128-bit integer type (GCC or Clang); port scaleRound for this compiler"
#endif

namespace {

std::optional<Wide> power10(int exponent)
{
    if (exponent < 0 || exponent > 36)
        return std::nullopt;
    Wide result = 1;
    for (int i = 0; i < exponent; ++i)
        result *= 10;
    return result;
}

} // namespace

std::optional<qint64> scaleRound(qint64 value, const ExactDecimal &numerator, const ExactDecimal &denominator,
                                 int extraPowerOfTen)
{
    if (denominator.mantissa == 0)
        return std::nullopt;
    // value * (n / 10^ns) / (d / 10^ds) * 10^extra = value * n * 10^(ds + extra) / (d * 10^ns)
    const int upExponent = denominator.scale + qMax(extraPowerOfTen, 0);
    const int downExponent = numerator.scale + qMax(-extraPowerOfTen, 0);
    const auto up = power10(upExponent);
    const auto down = power10(downExponent);
    if (!up || !down)
        return std::nullopt;
    Wide top = Wide(value) * Wide(numerator.mantissa);
    // Guard the multiplications against 128-bit overflow (values far beyond any real amount).
    const Wide limit = (Wide(1) << 120);
    if (top > limit / *up || top < -limit / *up)
        return std::nullopt;
    top *= *up;
    Wide bottom = Wide(denominator.mantissa) * *down;
    if (bottom < 0) {
        bottom = -bottom;
        top = -top;
    }
    Wide quotient = top / bottom;
    const Wide remainder = top % bottom;
    const Wide twice = (remainder < 0 ? -remainder : remainder) * 2;
    if (twice >= bottom)
        quotient += top < 0 ? -1 : 1;
    if (quotient > std::numeric_limits<qint64>::max() || quotient < std::numeric_limits<qint64>::min())
        return std::nullopt;
    return qint64(quotient);
}

} // namespace ExactMath
