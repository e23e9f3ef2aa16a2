// HS codes as typed or imported ("6109.10.00", "610910 00"): normalising twice changes nothing, and a valid code
// formats to text that normalises back to it.

#include "fuzz.h"
#include "hscode.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = Fuzz::text(data, size);
    const QString code = HsCode::normalized(text);
    FUZZ_CHECK(HsCode::normalized(code) == code);
    const bool valid = HsCode::isValid(code);
    FUZZ_CHECK(valid == HsCode::problem(code).isEmpty() || code.isEmpty());
    if (valid)
        FUZZ_CHECK(HsCode::normalized(HsCode::formatted(code)) == code);
    return 0;
}
