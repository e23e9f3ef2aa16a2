// Order import: Amazon's tab-separated order report (see orderfuzz.h).

#include "orderfuzz.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Fuzz::orderFile(data, size, OrderFileFormat::Amazon);
    return 0;
}
