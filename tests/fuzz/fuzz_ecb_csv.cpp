// Exchange rates: the ECB's history CSV (Date,USD,JPY,…, N/A, trailing comma) and daily CSV. Seeds steer into
// CSV; the parser itself picks XML or CSV from the first characters, as `rates import` does.

#include "ecbfuzz.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Fuzz::ecbFile(data, size);
    return 0;
}
