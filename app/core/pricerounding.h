#pragma once

#include "money.h"

#include <QCoreApplication>
#include <QList>

// How a market rounds prices to local endings: a step (1.00, 100, …), a direction, and an ending subtracted from
// each step (0.01 gives x.99, 0.05 gives x.95, 10 gives ¥…90). Amounts are in the currency's minor units.
struct RoundingRule
{
    enum class Direction { Up, Nearest, Down };

    qint64 stepMinor = 1;   // 100 = 1.00 for a 2-decimal currency
    Direction direction = Direction::Up;
    qint64 endingMinor = 0; // subtracted from every multiple of the step

    // The rounded amount: Up gives the smallest k*step - ending >= amount, Down the largest <= amount,
    // Nearest the closer of the two (ties go up). Amounts at or below zero are left as they are.
    qint64 apply(qint64 amountMinor) const;
    bool isValid() const { return stepMinor > 0 && endingMinor >= 0 && endingMinor <= stepMinor; }

    bool operator==(const RoundingRule &other) const = default;
};

// A ladder: different rules by price bracket (e.g. x.99 under 100, whole tens above). Each step applies from
// its threshold upwards; the first step's threshold is 0.
class PriceRounding
{
    Q_DECLARE_TR_FUNCTIONS(PriceRounding)

public:
    struct Step
    {
        qint64 fromMinor = 0;
        RoundingRule rule;
        bool operator==(const Step &other) const = default;
    };

    PriceRounding() = default;
    explicit PriceRounding(QList<Step> steps);

    // No rounding: exact conversion results are kept.
    static PriceRounding none() { return PriceRounding(); }
    Money apply(const Money &price) const;
    QList<Step> steps() const { return m_steps; }
    bool isEmpty() const { return m_steps.isEmpty(); }
    // "up to steps of 1.00, less 0.01; from 100.00: up to steps of 10.00" for people, amounts in the locale's
    // digits and decimal point ("1,00" in German); QLocale::c() keeps them plain.
    QString describe(const QString &currency, const QLocale &locale = QLocale()) const;

    // "1:up:0.01" or "0=1:up:0.01;100=10:up:0" (thresholds and amounts in major units) <-> ladder.
    static std::optional<PriceRounding> parse(const QString &text, const QString &currency, QString *error = nullptr);
    QString toText(const QString &currency) const;

    bool operator==(const PriceRounding &other) const = default;

private:
    QList<Step> m_steps; // sorted by fromMinor
};
