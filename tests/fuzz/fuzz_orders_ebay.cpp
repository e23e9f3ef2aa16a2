// Order import: eBay's orders report (preamble, summary rows, footer) (see orderfuzz.h).

#include "orderfuzz.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Fuzz::orderFile(data, size, OrderFileFormat::Ebay);
    return 0;
}
