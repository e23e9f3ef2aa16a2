// Exchange rates: the ECB's daily and history XML (Cube time / Cube currency rate). Seeds steer into XML; the
// parser itself picks XML or CSV from the first characters, as `rates import` does.

#include "ecbfuzz.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Fuzz::ecbFile(data, size);
    return 0;
}
