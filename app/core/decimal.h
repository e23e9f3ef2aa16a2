#pragma once

#include <QLocale>
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
// The same for people: -123456 with scale 2 -> "-1,234.56" in English, "-1.234,56" in German, Arabic-Indic digits
// in Arabic. QLocale::c() gives formatScaled()'s plain text.
QString formatScaled(qint64 value, int scale, const QLocale &locale);

// Plain decimal text ("-1234.5", as formatScaled() or ExactDecimal write it) as people in the locale read numbers:
// its digits, decimal point, minus sign and digit grouping (unless the locale omits group separators). Exact: never
// through a double. Text that is not plain decimal comes back unchanged.
QString localized(QStringView plain, const QLocale &locale);
// ASCII digits "0"-"9" in the locale's own digits ("١٢٣" in Arabic); anything else is kept.
QString localDigits(QStringView asciiDigits, const QLocale &locale);

// value * numerator / denominator, rounded half away from zero. Needs remainder * numerator to fit in 64 bits.
qint64 mulDivRound(qint64 value, qint64 numerator, qint64 denominator);

} // namespace Decimal
