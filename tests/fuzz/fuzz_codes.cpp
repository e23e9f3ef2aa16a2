// The other codes people type or scan: GTIN barcodes, tracking numbers (UPS, FedEx, DHL, USPS, S10), tax IDs
// (CPF/CNPJ, PCCC, VAT, EORI) and parcel dimensions ("30x20x10 cm"). Nothing may crash; a GTIN normalises stably.

#include "fuzz.h"
#include "gtin.h"
#include "shipping.h"
#include "taxid.h"
#include "tracking.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = Fuzz::text(data, size);

    const QString gtin = Gtin::normalized(text);
    FUZZ_CHECK(Gtin::normalized(gtin) == gtin);
    const Gtin::Check check = Gtin::check(gtin);
    (void)Gtin::describe(check, gtin);
    (void)Gtin::checkDigit(text);

    const TrackingCheck tracking = TrackingNumbers::check(text);
    FUZZ_CHECK(!tracking.valid || tracking.message.isEmpty());
    for (const QString &kind : TrackingNumbers::kinds())
        (void)TrackingNumbers::check(text, kind);
    (void)TrackingNumbers::url(QStringLiteral("https://example.com/track?n={n}"), text);

    for (const char16_t *kind : {u"CPF/CNPJ", u"CPF", u"CNPJ", u"PCCC", u"VAT", u"EORI", u""})
        (void)TaxId::check(QString::fromUtf16(kind), text);
    (void)TaxId::normalized(text);

    QString error;
    const auto parcel = Parcel::parseDimensions(text, 1000, &error);
    FUZZ_CHECK(parcel.has_value() || !error.isEmpty());
    if (parcel)
        FUZZ_CHECK(parcel->lengthMm >= 0 && parcel->widthMm >= 0 && parcel->heightMm >= 0);
    return 0;
}
