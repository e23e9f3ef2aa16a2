// Order import: Borderdesk's own orders CSV (see orderfuzz.h).

#include "orderfuzz.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Fuzz::orderFile(data, size, OrderFileFormat::Borderdesk);
    return 0;
}
