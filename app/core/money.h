#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QLocale>
#include <QString>

#include <optional>

// An amount of money: a whole number of the currency's minor units (cents, satang, yen) and an ISO 4217 code.
class Money
{
    Q_DECLARE_TR_FUNCTIONS(Money)

public:
    Money() = default;
    Money(qint64 minorUnits, const QString &currency);

    qint64 minorUnits() const { return m_minor; }
    QString currency() const { return m_currency; }
    bool isValid() const { return m_currency.size() == 3; }
    int fractionDigits() const;

    // Exact parse of plain decimal text ("1290", "1290.5", "-3.10"); no grouping separators, no exponent.
    // Fails when the text has more significant decimals than the currency allows.
    static std::optional<Money> fromDecimal(QStringView text, const QString &currency,
                                            QString *error = nullptr);

    // "1290.00" for THB, "1300" for JPY, "12.345" for KWD.
    QString toDecimalString() const;
    // For people: ICU currency formatting in the given locale, e.g. "฿1,290.00" or "1.290,00 €".
    QString format(const QLocale &locale = QLocale()) const;
    // {"amount":"1290.00","currency":"THB"}
    QJsonObject toJson() const;

    Money operator+(const Money &other) const;
    Money operator-(const Money &other) const;
    bool operator==(const Money &other) const = default;

private:
    qint64 m_minor = 0;
    QString m_currency;
};
