#pragma once

#include <QString>
#include <QStringView>
#include <QtGlobal>

#include <optional>

// Exact decimal text <-> scaled integers, so money and measures never pass through floating point.
namespace Decimal {

enum class Rounding {
    Reject, // more fractional digits than the scale allows (other than zeros) is an error
    HalfUp, // round the extra digits half away from zero
};

// "-12.345" with scale 3 -> -12345. Accepts an optional sign, digits, one '.', and nothing else.
std::optional<qint64> parseScaled(QStringView text, int scale, Rounding rounding = Rounding::Reject);

// -12345 with scale 2 -> "-123.45"; scale 0 -> "-12345".
QString formatScaled(qint64 value, int scale);

// value * numerator / denominator, rounded half away from zero. Needs remainder * numerator to fit in 64 bits.
qint64 mulDivRound(qint64 value, qint64 numerator, qint64 denominator);

} // namespace Decimal
