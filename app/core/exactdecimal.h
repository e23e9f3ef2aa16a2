#pragma once

#include <QLocale>
#include <QString>
#include <QStringView>

#include <optional>

// An exact decimal number such as an exchange rate ("161.23", "0.85385"): an integer mantissa and a count of
// decimal places. Never a double.
struct ExactDecimal
{
    qint64 mantissa = 0;
    int scale = 0; // value = mantissa / 10^scale

    static constexpr int MaxScale = 12;

    // Plain decimal text: digits with at most one '.', an optional sign, at most MaxScale decimals.
    static std::optional<ExactDecimal> parse(QStringView text);
    // Shortest exact text: "161.23", "1", "0.85385".
    QString toString() const;
    // The same for people in the locale: "161,23" in German, "١٦١٫٢٣" in Arabic, "17,234.5" in English.
    QString toString(const QLocale &locale) const;
    bool isPositive() const { return mantissa > 0; }
    // For drawing charts only; never for arithmetic.
    double approximate() const;

    bool operator==(const ExactDecimal &other) const = default;
};

// Exact arithmetic on money with rates, rounding once at the end.
namespace ExactMath {

// value * numerator / denominator with all three given as (mantissa, power of ten), rounded half away from zero
// to an integer. Returns nullopt on overflow or a zero denominator. 128-bit intermediate.
std::optional<qint64> scaleRound(qint64 value, const ExactDecimal &numerator, const ExactDecimal &denominator,
                                 int extraPowerOfTen);

} // namespace ExactMath
