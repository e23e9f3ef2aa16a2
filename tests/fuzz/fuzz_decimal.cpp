// Exact decimals: Decimal::parseScaled (measures, money), ExactDecimal::parse (rates) and Money::fromDecimal.
// What parses formats back to text that parses to the same value, in every locale's digits too.

#include "currency.h"
#include "decimal.h"
#include "exactdecimal.h"
#include "fuzz.h"
#include "money.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const int scale = data[0] % 20; // 19 is beyond what parseScaled accepts
    const auto rounding = (data[0] & 0x80) ? Decimal::Rounding::HalfUp : Decimal::Rounding::Reject;
    const QString text = Fuzz::text(data + 1, size - 1);
    static const QLocale locales[] = {QLocale::c(), QLocale(QLocale::German, QLocale::Germany),
                                      QLocale(QLocale::Arabic, QLocale::Egypt), QLocale(QLocale::Thai, QLocale::Thailand)};

    if (const auto value = Decimal::parseScaled(text, scale, rounding)) {
        const QString plain = Decimal::formatScaled(*value, scale);
        FUZZ_CHECK(Decimal::parseScaled(plain, scale) == value);
        for (const QLocale &locale : locales) {
            (void)Decimal::formatScaled(*value, scale, locale);
            (void)Decimal::localized(plain, locale);
        }
    }
    (void)Decimal::localized(text, QLocale(QLocale::German, QLocale::Germany));

    if (const auto exact = ExactDecimal::parse(text)) {
        FUZZ_CHECK(exact->scale >= 0 && exact->scale <= ExactDecimal::MaxScale);
        const QString plain = exact->toString();
        const auto again = ExactDecimal::parse(plain);
        FUZZ_CHECK(again.has_value());
        FUZZ_CHECK(again->toString() == plain);
        for (const QLocale &locale : locales)
            (void)exact->toString(locale);
        if (exact->isPositive()) {
            (void)ExactMath::scaleRound(123456, *exact, ExactDecimal{1, 0}, 0);
            (void)ExactMath::scaleRound(std::numeric_limits<qint64>::max(), ExactDecimal{1, 0}, *exact, 2);
        }
    }

    static const char *const currencies[] = {"USD", "JPY", "KWD", "THB"};
    const QString currency = QString::fromLatin1(currencies[(data[0] >> 2) % 4]);
    QString error;
    if (const auto money = Money::fromDecimal(text, currency, &error)) {
        const QString plain = money->toDecimalString();
        const auto again = Money::fromDecimal(plain, currency);
        FUZZ_CHECK(again.has_value());
        FUZZ_CHECK(*again == *money);
    } else {
        FUZZ_CHECK(!error.isEmpty());
    }
    return 0;
}
