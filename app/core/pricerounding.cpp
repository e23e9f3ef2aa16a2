#include "pricerounding.h"

#include "currency.h"
#include "decimal.h"

using namespace Qt::StringLiterals;

qint64 RoundingRule::apply(qint64 amount) const
{
    if (!isValid() || amount <= 0)
        return amount;
    // Candidates are k*step - ending. Find the one at or above the amount, and the one below.
    const qint64 shifted = amount + endingMinor;
    const qint64 k = shifted / stepMinor;
    const qint64 below = k * stepMinor - endingMinor; // <= amount
    const qint64 above = (shifted % stepMinor == 0) ? below : below + stepMinor;
    switch (direction) {
    case Direction::Up:
        return above;
    case Direction::Down:
        return below > 0 ? below : above;
    case Direction::Nearest:
        if (below <= 0)
            return above;
        return (amount - below) < (above - amount) ? below : above;
    }
    return amount;
}

PriceRounding::PriceRounding(QList<Step> steps)
    : m_steps(std::move(steps))
{
    // Stable: brackets given twice keep their order, so the ladder reads back from toText() as it was.
    std::stable_sort(m_steps.begin(), m_steps.end(),
                     [](const Step &a, const Step &b) { return a.fromMinor < b.fromMinor; });
}

Money PriceRounding::apply(const Money &price) const
{
    const Step *chosen = nullptr;
    for (const Step &step : m_steps) {
        if (price.minorUnits() >= step.fromMinor)
            chosen = &step;
    }
    if (!chosen)
        return price;
    return Money(chosen->rule.apply(price.minorUnits()), price.currency());
}

namespace {

QString directionName(RoundingRule::Direction direction)
{
    switch (direction) {
    case RoundingRule::Direction::Up:
        return u"up"_s;
    case RoundingRule::Direction::Nearest:
        return u"nearest"_s;
    case RoundingRule::Direction::Down:
        return u"down"_s;
    }
    return u"up"_s;
}

} // namespace

QString PriceRounding::toText(const QString &currency) const
{
    const int digits = Currency::fractionDigits(currency);
    QStringList parts;
    for (const Step &step : m_steps) {
        const QString rule = Decimal::formatScaled(step.rule.stepMinor, digits) + u':' + directionName(step.rule.direction)
                             + u':' + Decimal::formatScaled(step.rule.endingMinor, digits);
        parts.append(m_steps.size() == 1 && step.fromMinor == 0
                         ? rule
                         : Decimal::formatScaled(step.fromMinor, digits) + u'=' + rule);
    }
    return parts.join(u';');
}

QString PriceRounding::describe(const QString &currency, const QLocale &locale) const
{
    if (m_steps.isEmpty())
        return tr("no rounding");
    const int digits = Currency::fractionDigits(currency);
    QStringList parts;
    for (const Step &step : m_steps) {
        const QString step_ = Decimal::formatScaled(step.rule.stepMinor, digits, locale);
        const QString ending = Decimal::formatScaled(step.rule.endingMinor, digits, locale);
        QString direction;
        switch (step.rule.direction) {
        case RoundingRule::Direction::Up:
            direction = tr("up");
            break;
        case RoundingRule::Direction::Nearest:
            direction = tr("to the nearest");
            break;
        case RoundingRule::Direction::Down:
            direction = tr("down");
            break;
        }
        QString text = step.rule.endingMinor > 0 ? tr("%1 to steps of %2, less %3").arg(direction, step_, ending)
                                                 : tr("%1 to steps of %2").arg(direction, step_);
        if (m_steps.size() > 1)
            text = tr("from %1: %2").arg(Decimal::formatScaled(step.fromMinor, digits, locale), text);
        parts.append(text);
    }
    return parts.join(u"; "_s);
}

std::optional<PriceRounding> PriceRounding::parse(const QString &text, const QString &currency, QString *error)
{
    const int digits = Currency::fractionDigits(currency);
    auto fail = [error](const QString &message) -> std::optional<PriceRounding> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty() || trimmed == u"none")
        return PriceRounding();
    QList<Step> steps;
    for (const QString &part : trimmed.split(u';', Qt::SkipEmptyParts)) {
        QString rulePart = part.trimmed();
        qint64 from = 0;
        if (rulePart.contains(u'=')) {
            const auto threshold = Decimal::parseScaled(rulePart.section(u'=', 0, 0), digits);
            if (!threshold || *threshold < 0)
                return fail(tr("\"%1\" is not a price bracket (e.g. 100=10:up:0)").arg(part));
            from = *threshold;
            rulePart = rulePart.section(u'=', 1);
        }
        const QStringList fields = rulePart.split(u':');
        if (fields.size() != 3)
            return fail(tr("\"%1\" needs step:direction:ending (e.g. 1:up:0.01)").arg(part));
        const auto step = Decimal::parseScaled(fields.at(0), digits);
        const auto ending = Decimal::parseScaled(fields.at(2), digits);
        RoundingRule rule;
        const QString direction = fields.at(1).trimmed().toLower();
        if (direction == u"up")
            rule.direction = RoundingRule::Direction::Up;
        else if (direction == u"nearest")
            rule.direction = RoundingRule::Direction::Nearest;
        else if (direction == u"down")
            rule.direction = RoundingRule::Direction::Down;
        else
            return fail(tr("\"%1\": the direction must be up, nearest or down").arg(part));
        if (!step || !ending)
            return fail(tr("\"%1\": step and ending must be amounts in %2").arg(part, currency));
        rule.stepMinor = *step;
        rule.endingMinor = *ending;
        if (!rule.isValid())
            return fail(tr("\"%1\": the step must be above zero and the ending no larger than the step").arg(part));
        steps.append({from, rule});
    }
    return PriceRounding(steps);
}
