// Order import: Shopify's orders export (see orderfuzz.h).

#include "orderfuzz.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Fuzz::orderFile(data, size, OrderFileFormat::Shopify);
    return 0;
}
