#include "units.h"

#include "decimal.h"

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

template <size_t N>
std::optional<qint64> parseWithUnits(QStringView text, QStringView defaultUnit, const UnitFactor (&units)[N])
{
    text = text.trimmed();
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
        // scaled is value*10^6; result = value * microPerUnit / 10^6, rounded.
        const qint64 micro = Decimal::mulDivRound(*scaled, u.microPerUnit, Micro);
        return Decimal::mulDivRound(micro, 1, Micro);
    }
    return std::nullopt;
}

// Formats value (in micro-units of the base unit) divided by the unit factor with up to `decimals`.
QString formatIn(qint64 baseUnits, qint64 microPerUnit, int decimals, const QLocale &locale)
{
    qint64 scale = 1;
    for (int i = 0; i < decimals; ++i)
        scale *= 10;
    const qint64 scaled = Decimal::mulDivRound(baseUnits * Micro / 1000, scale * 1000, microPerUnit);
    QString text = locale.toString(scaled / scale);
    qint64 fraction = scaled % scale;
    if (fraction < 0)
        fraction = -fraction;
    if (decimals > 0 && fraction != 0) {
        QString digits = QString::number(fraction).rightJustified(decimals, u'0');
        while (digits.endsWith(u'0'))
            digits.chop(1);
        text += locale.decimalPoint() + digits;
    }
    return text;
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

std::optional<qint64> Units::parseWeight(QStringView text, QStringView defaultUnit)
{
    return parseWithUnits(text, defaultUnit, WeightUnits);
}

std::optional<qint64> Units::parseLength(QStringView text, QStringView defaultUnit)
{
    return parseWithUnits(text, defaultUnit, LengthUnits);
}
