#pragma once

#include "ecbrates.h"
#include "fuzz.h"

namespace Fuzz {

inline void ecbFile(const uint8_t *data, size_t size)
{
    const ParsedRates parsed = EcbRates::parse(bytes(data, size), QStringLiteral("fuzz.xml"));
    // No rates without a problem reported, and every rate accepted is dated, named and positive.
    FUZZ_CHECK(parsed.hasErrors() || !parsed.rates.isEmpty());
    for (const ExchangeRate &rate : parsed.rates) {
        FUZZ_CHECK(rate.date.isValid());
        FUZZ_CHECK(!rate.currency.isEmpty());
        if (!parsed.hasErrors())
            FUZZ_CHECK(rate.perEuro.isPositive());
        FUZZ_CHECK(rate.perEuro.scale >= 0 && rate.perEuro.scale <= ExactDecimal::MaxScale);
        (void)rate.perEuro.toString();
    }
}

} // namespace Fuzz
