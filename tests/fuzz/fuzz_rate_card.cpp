// Shipping rate cards (RateCardCsv, all or nothing). A card that reads without problems writes back and reads
// back the same.

#include "fuzz.h"
#include "shipping.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QList<ImportIssue> issues;
    const auto services = RateCardCsv::read(Fuzz::bytes(data, size), QStringLiteral("fuzz.csv"), &issues);
    if (!services) {
        FUZZ_CHECK(!issues.isEmpty());
        return 0;
    }
    const QByteArray written = RateCardCsv::write(*services);
    QList<ImportIssue> againIssues;
    const auto again = RateCardCsv::read(written, QStringLiteral("again.csv"), &againIssues);
    FUZZ_CHECK(again.has_value());
    FUZZ_CHECK(*again == *services);
    // Quoting parcels to every country of the card exercises it as read.
    for (const ShippingService &service : *services) {
        for (auto it = service.zoneByCountry.cbegin(); it != service.zoneByCountry.cend(); ++it) {
            (void)RateCalculator::quote(service, it.key(), {Parcel{1500, 300, 200, 100}});
            (void)RateCalculator::quote(service, it.key(), {Parcel{250000, 0, 0, 0}, Parcel{1, 1, 1, 1}});
        }
    }
    return 0;
}
