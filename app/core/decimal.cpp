#include "decimal.h"

#include <algorithm>
#include <limits>

namespace Decimal {

namespace {
constexpr int MaxDigits = 18; // the largest scale: 10^18 still fits qint64
}

std::optional<qint64> parseScaled(QStringView text, int scale, Rounding rounding)
{
    text = text.trimmed();
    if (text.isEmpty() || scale < 0 || scale > MaxDigits)
        return std::nullopt;

    bool negative = false;
    if (text.front() == u'-' || text.front() == u'+') {
        negative = text.front() == u'-';
        text = text.mid(1);
    }
    if (text.isEmpty())
        return std::nullopt;

    qint64 value = 0;
    int fractionDigits = -1; // -1 until the decimal point is seen
    bool roundUp = false;
    bool sawDigit = false;
    for (const QChar c : text) {
        if (c == u'.') {
            if (fractionDigits >= 0)
                return std::nullopt;
            fractionDigits = 0;
            continue;
        }
        if (c < u'0' || c > u'9')
            return std::nullopt;
        sawDigit = true;
        const int d = c.unicode() - u'0';
        if (fractionDigits >= 0 && fractionDigits >= scale) {
            // A digit beyond the scale: zeros are harmless, others need rounding.
            if (d != 0 && rounding == Rounding::Reject)
                return std::nullopt;
            if (fractionDigits == scale && d >= 5)
                roundUp = true;
            ++fractionDigits;
            continue;
        }
        // Any value that fits qint64 once scaled, so what formatScaled() writes always reads back.
        if (value > (std::numeric_limits<qint64>::max() - d) / 10)
            return std::nullopt;
        value = value * 10 + d;
        if (fractionDigits >= 0)
            ++fractionDigits;
    }
    if (!sawDigit)
        return std::nullopt;
    const int have = fractionDigits < 0 ? 0 : qMin(fractionDigits, scale);
    for (int i = have; i < scale; ++i) {
        if (value > std::numeric_limits<qint64>::max() / 10)
            return std::nullopt;
        value *= 10;
    }
    if (roundUp) {
        if (value == std::numeric_limits<qint64>::max())
            return std::nullopt;
        ++value;
    }
    return negative ? -value : value;
}

QString formatScaled(qint64 value, int scale)
{
    const bool negative = value < 0;
    // Work on the magnitude as unsigned so the most negative value still formats.
    quint64 magnitude = negative ? quint64(0) - quint64(value) : quint64(value);
    QString digits = QString::number(magnitude);
    if (scale > 0) {
        if (digits.size() <= scale)
            digits.prepend(QString(scale - digits.size() + 1, u'0'));
        digits.insert(digits.size() - scale, u'.');
    }
    if (negative)
        digits.prepend(u'-');
    return digits;
}

QString formatScaled(qint64 value, int scale, const QLocale &locale)
{
    return localized(formatScaled(value, scale), locale);
}

QString localDigits(QStringView asciiDigits, const QLocale &locale)
{
    const QString zero = locale.zeroDigit();
    if (zero == u"0")
        return asciiDigits.toString();
    const char32_t base = zero.toUcs4().value(0, U'0');
    QString text;
    text.reserve(asciiDigits.size() * zero.size());
    for (const QChar c : asciiDigits) {
        if (c >= u'0' && c <= u'9')
            text += QStringView(QChar::fromUcs4(base + char32_t(c.unicode() - u'0')));
        else
            text += c;
    }
    return text;
}

QString localized(QStringView plain, const QLocale &locale)
{
    QStringView digits = plain.trimmed();
    const bool negative = digits.startsWith(u'-');
    if (negative || digits.startsWith(u'+'))
        digits = digits.mid(1);
    const qsizetype point = digits.indexOf(u'.');
    const QStringView whole = point < 0 ? digits : digits.first(point);
    const QStringView fraction = point < 0 ? QStringView() : digits.mid(point + 1);
    const auto isDigits = [](QStringView text) {
        return std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; });
    };
    // "12", "12.5" and ".5" (as parseScaled() takes it), nothing else.
    bool ok = (!whole.isEmpty() || !fraction.isEmpty()) && isDigits(whole) && isDigits(fraction);
    qulonglong wholeValue = 0;
    if (ok && !whole.isEmpty())
        wholeValue = whole.toULongLong(&ok);
    if (!ok)
        return plain.toString();
    // The whole part through QLocale for its digits and grouping; the fraction digit by digit, so nothing rounds.
    QString text = locale.toString(wholeValue);
    if (!fraction.isEmpty())
        text += locale.decimalPoint() + localDigits(fraction, locale);
    if (negative)
        text.prepend(locale.negativeSign());
    return text;
}

qint64 mulDivRound(qint64 value, qint64 numerator, qint64 denominator)
{
    Q_ASSERT(denominator > 0);
    const qint64 quotient = value / denominator;
    const qint64 remainder = value % denominator;
    qint64 scaledRemainder = remainder * numerator;
    qint64 extra = scaledRemainder / denominator;
    const qint64 leftover = scaledRemainder % denominator;
    if (2 * (leftover < 0 ? -leftover : leftover) >= denominator)
        extra += (leftover < 0) ? -1 : 1;
    return quotient * numerator + extra;
}

} // namespace Decimal
