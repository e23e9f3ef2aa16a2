// Product import: Borderdesk's own product CSV (see productfuzz.h).

#include "productfuzz.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Fuzz::productFile(data, size);
    return 0;
}
