#include "units.h"

#include "decimal.h"

#include <limits>

namespace {

// Units expressed as exact micro-grams / micro-millimetres per unit (scale 10^6).
constexpr qint64 Micro = 1000000;

struct UnitFactor
{
    QStringView name;
    qint64 microPerUnit;
};

constexpr UnitFactor WeightUnits[] = {
    {u"g", Micro},
    {u"kg", 1000 * Micro},
    {u"lb", 453592370},
    {u"lbs", 453592370},
    {u"oz", 28349523},
};

constexpr UnitFactor LengthUnits[] = {
    {u"mm", Micro},
    {u"cm", 10 * Micro},
    {u"m", 1000 * Micro},
    {u"in", 25400000},
};

// Whether c only orders text (a mark Arabic text carries around numbers), so it is no part of the number.
bool isDirectionMark(QChar c)
{
    const char16_t u = c.unicode();
    return u == 0x061C || u == 0x200E || u == 0x200F || (u >= 0x202A && u <= 0x202E) || (u >= 0x2066 && u <= 0x2069);
}

// A number as people in the locale type or read it, in the plain form Decimal::parseScaled() takes: any script's
// digits ("๑.๕", "١٫٥") and the locale's decimal point as well as '.'. No digit grouping: "1,5" is 1.5 only where
// the comma is the decimal point, other group separators make the number invalid, and '.' stays a decimal point
// even where it groups digits (German), as the examples people see ("1.2 kg") have it.
QString plainNumber(QStringView text, const QLocale &locale)
{
    const QString point = locale.decimalPoint();
    QString plain;
    plain.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (!point.isEmpty() && text.mid(i).startsWith(point)) {
            plain += u'.';
            i += point.size() - 1;
        } else if (const int digit = text.at(i).digitValue(); digit >= 0 && text.at(i).isDigit()) {
            plain += QChar(char16_t(u'0' + digit));
        } else if (!isDirectionMark(text.at(i))) {
            plain += text.at(i);
        }
    }
    return plain;
}

template <size_t N>
std::optional<qint64> parseWithUnits(QStringView text, QStringView defaultUnit, const UnitFactor (&units)[N],
                                     const QLocale &locale)
{
    const QString plain = plainNumber(text, locale);
    text = QStringView(plain).trimmed();
    qsizetype split = text.size();
    while (split > 0 && text.at(split - 1).isLetter())
        --split;
    QStringView number = text.first(split).trimmed();
    QStringView unit = text.mid(split);
    if (unit.isEmpty())
        unit = defaultUnit;
    for (const UnitFactor &u : units) {
        if (unit.compare(u.name, Qt::CaseInsensitive) != 0)
            continue;
        // Six decimals of the typed unit are plenty (a micro-pound); round the rest.
        const auto scaled = Decimal::parseScaled(number, 6, Decimal::Rounding::HalfUp);
        if (!scaled || *scaled < 0)
            return std::nullopt;
        // Refuse what would overflow qint64 below (trillions of pounds) rather than return garbage.
        if (*scaled / Micro >= std::numeric_limits<qint64>::max() / u.microPerUnit)
            return std::nullopt;
        // scaled is value*10^6; result = value * microPerUnit / 10^6, rounded.
        const qint64 micro = Decimal::mulDivRound(*scaled, u.microPerUnit, Micro);
        return Decimal::mulDivRound(micro, 1, Micro);
    }
    return std::nullopt;
}

// Formats value (in micro-units of the base unit) divided by the unit factor with up to `decimals`, in the locale's
// digits, decimal point and grouping.
QString formatIn(qint64 baseUnits, qint64 microPerUnit, int decimals, const QLocale &locale)
{
    qint64 scale = 1;
    for (int i = 0; i < decimals; ++i)
        scale *= 10;
    const qint64 scaled = Decimal::mulDivRound(baseUnits * Micro / 1000, scale * 1000, microPerUnit);
    // "1.750" -> "1.75", "2.00" -> "2": no trailing zeros.
    QString plain = Decimal::formatScaled(scaled, decimals);
    if (plain.contains(u'.')) {
        while (plain.endsWith(u'0'))
            plain.chop(1);
        if (plain.endsWith(u'.'))
            plain.chop(1);
    }
    return Decimal::localized(plain, locale);
}

} // namespace

Units::System Units::systemFor(const QLocale &locale)
{
    return locale.measurementSystem() == QLocale::ImperialUSSystem ? System::Imperial : System::Metric;
}

Units::System Units::systemForCountry(const QString &countryCode)
{
    return countryCode == u"US" || countryCode == u"LR" || countryCode == u"MM" ? System::Imperial : System::Metric;
}

QString Units::formatWeight(qint64 grams, System system, const QLocale &locale)
{
    if (system == System::Imperial) {
        if (grams < 454)
            return tr("%1 oz").arg(formatIn(grams, 28349523, 1, locale));
        return tr("%1 lb").arg(formatIn(grams, 453592370, 2, locale));
    }
    if (grams < 1000)
        return tr("%1 g").arg(locale.toString(grams));
    return tr("%1 kg").arg(formatIn(grams, 1000 * Micro, 3, locale));
}

QString Units::formatLength(qint64 millimetres, System system, const QLocale &locale)
{
    if (system == System::Imperial)
        return tr("%1 in").arg(formatIn(millimetres, 25400000, 1, locale));
    if (millimetres % 10 != 0 || millimetres < 10)
        return tr("%1 mm").arg(locale.toString(millimetres));
    return tr("%1 cm").arg(locale.toString(millimetres / 10));
}

std::optional<qint64> Units::parseWeight(QStringView text, QStringView defaultUnit, const QLocale &locale)
{
    return parseWithUnits(text, defaultUnit, WeightUnits, locale);
}

std::optional<qint64> Units::parseLength(QStringView text, QStringView defaultUnit, const QLocale &locale)
{
    return parseWithUnits(text, defaultUnit, LengthUnits, locale);
}
