#pragma once

// The product-file targets (Shopify current, Shopify legacy, Borderdesk CSV) share this body; they differ by their
// seed corpus, which steers the fuzzer into each format's header and columns.

#include "csvwriter.h"
#include "fuzz.h"
#include "productcsv.h"

namespace Fuzz {

inline ParsedProducts parseProducts(const QByteArray &bytes)
{
    ProductCsv::Options options;
    options.fileName = QStringLiteral("fuzz.csv");
    options.defaultCurrency = QStringLiteral("USD");
    return ProductCsv::parse(bytes, options);
}

inline void productFile(const uint8_t *data, size_t size)
{
    const ParsedProducts parsed = parseProducts(bytes(data, size));
    FUZZ_CHECK(parsed.products.size() == parsed.lines.size());
    FUZZ_CHECK(parsed.format != ProductCsvFormat::Unknown || parsed.products.isEmpty());
    if (parsed.hasErrors() || parsed.products.isEmpty())
        return;
    // Whatever was accepted exports to Borderdesk's CSV and reads back the same.
    QString csv = CsvWriter::record(ProductCsv::borderdeskHeader());
    for (const Product &product : parsed.products)
        csv += CsvWriter::record(ProductCsv::borderdeskRow(product));
    const ParsedProducts again = parseProducts(csv.toUtf8());
    FUZZ_CHECK(again.format == ProductCsvFormat::Borderdesk);
    FUZZ_CHECK(!again.hasErrors());
    FUZZ_CHECK(again.products.size() == parsed.products.size());
    for (qsizetype i = 0; i < parsed.products.size(); ++i)
        FUZZ_CHECK(ProductCsv::borderdeskRow(again.products.at(i)) == ProductCsv::borderdeskRow(parsed.products.at(i)));
}

} // namespace Fuzz
