// Product import: Shopify's legacy product CSV (Handle, Title, Body (HTML), … Variant SKU) (see productfuzz.h).

#include "productfuzz.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Fuzz::productFile(data, size);
    return 0;
}
