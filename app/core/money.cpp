#include "money.h"

#include "currency.h"
#include "decimal.h"

#include <unicode/unum.h>
#include <unicode/ustring.h>

#include <array>

using namespace Qt::StringLiterals;

Money::Money(qint64 minorUnits, const QString &currency)
    : m_minor(minorUnits)
    , m_currency(currency.toUpper())
{
}

int Money::fractionDigits() const
{
    return Currency::fractionDigits(m_currency);
}

std::optional<Money> Money::fromDecimal(QStringView text, const QString &currency, QString *error)
{
    const QString code = currency.trimmed().toUpper();
    if (!Currency::isKnown(code)) {
        if (error)
            *error = tr("unknown currency code \"%1\"").arg(currency);
        return std::nullopt;
    }
    const int digits = Currency::fractionDigits(code);
    const auto minor = Decimal::parseScaled(text, digits);
    if (!minor) {
        if (error) {
            // Tell the two usual mistakes apart: too many decimals for the currency, or not a number.
            if (Decimal::parseScaled(text, 12, Decimal::Rounding::HalfUp))
                *error = tr("\"%1\" has more decimals than %2 allows (%3)")
                             .arg(text.toString(), code, QString::number(digits));
            else
                *error = tr("\"%1\" is not an amount (use digits and a point, e.g. 1290.50)")
                             .arg(text.toString());
        }
        return std::nullopt;
    }
    return Money(*minor, code);
}

QString Money::toDecimalString() const
{
    return Decimal::formatScaled(m_minor, fractionDigits());
}

QString Money::format(const QLocale &locale) const
{
    if (!isValid())
        return QString();
    // The "C" locale means "no preference": format as international English.
    const QByteArray icuLocale = locale.language() == QLocale::C ? QByteArray("en") : locale.name().toLatin1();
    UErrorCode status = U_ZERO_ERROR;
    UNumberFormat *formatter = unum_open(UNUM_CURRENCY, nullptr, 0, icuLocale.constData(), nullptr, &status);
    if (U_FAILURE(status))
        return toDecimalString() + u' ' + m_currency;

    std::array<UChar, 4> code{};
    for (int i = 0; i < 3; ++i)
        code[size_t(i)] = m_currency.at(i).unicode();
    unum_setTextAttribute(formatter, UNUM_CURRENCY_CODE, code.data(), 3, &status);
    const int digits = fractionDigits();
    unum_setAttribute(formatter, UNUM_MIN_FRACTION_DIGITS, digits);
    unum_setAttribute(formatter, UNUM_MAX_FRACTION_DIGITS, digits);

    // Format the exact decimal string, never a double.
    const QByteArray decimal = toDecimalString().toLatin1();
    std::array<UChar, 128> buffer{};
    const int32_t length = unum_formatDecimal(formatter, decimal.constData(), int32_t(decimal.size()),
                                              buffer.data(), int32_t(buffer.size()), nullptr, &status);
    unum_close(formatter);
    if (U_FAILURE(status))
        return toDecimalString() + u' ' + m_currency;
    return QString::fromUtf16(reinterpret_cast<const char16_t *>(buffer.data()), length);
}

QJsonObject Money::toJson() const
{
    return QJsonObject{{u"amount"_s, toDecimalString()}, {u"currency"_s, m_currency}};
}

Money Money::operator+(const Money &other) const
{
    Q_ASSERT(m_currency == other.m_currency);
    return Money(m_minor + other.m_minor, m_currency);
}

Money Money::operator-(const Money &other) const
{
    Q_ASSERT(m_currency == other.m_currency);
    return Money(m_minor - other.m_minor, m_currency);
}
