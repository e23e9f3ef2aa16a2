#pragma once

#include "csvreader.h"
#include "productcsv.h"

// Shopify's product exports, current template and legacy one: one SKU per variant row; the first row of a
// handle carries the product's title, description, type and status; rows with only an image are skipped.
class ShopifyProductCsv
{
    Q_DECLARE_TR_FUNCTIONS(ShopifyProductCsv)

public:
    static void read(CsvReader &reader, const CsvColumns &columns, const ProductCsv::Options &options,
                     ProductCsvSink &sink, ParsedProducts &out);

    // "<p>Soft &amp; warm</p>" -> "Soft & warm".
    static QString plainTextFromHtml(const QString &html);
};
