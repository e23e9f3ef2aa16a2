// Price rounding ladders as markets store them ("1:up:0.01", "0=1:up:0.01;100=10:up:0"). A ladder that parses
// writes back as text that parses to the same ladder, and applying it never crashes on any price.

#include "fuzz.h"
#include "pricerounding.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    // The first byte picks the currency (2, 0 and 3 decimals).
    static const char *const currencies[] = {"USD", "JPY", "KWD", "EUR"};
    const QString currency = QString::fromLatin1(currencies[data[0] % 4]);
    const QString text = Fuzz::text(data + 1, size - 1);
    QString error;
    const auto rounding = PriceRounding::parse(text, currency, &error);
    if (!rounding) {
        FUZZ_CHECK(!error.isEmpty());
        return 0;
    }
    const QString written = rounding->toText(currency);
    const auto again = PriceRounding::parse(written, currency);
    FUZZ_CHECK(again.has_value());
    FUZZ_CHECK(*again == *rounding);
    (void)rounding->describe(currency, QLocale::c());
    (void)rounding->describe(currency, QLocale(QLocale::Arabic, QLocale::Egypt));
    for (const qint64 minor : {qint64(0), qint64(1), qint64(99), qint64(12345), qint64(-500), qint64(1) << 40,
                               std::numeric_limits<qint64>::max() / 4}) {
        const auto price = Money(minor, currency);
        (void)rounding->apply(price);
    }
    return 0;
}
