#pragma once

#include "csvreader.h"
#include "productcsv.h"

// Borderdesk's own product CSV: what `products export` writes and `products import` reads back.
namespace BorderdeskProductCsv {

QStringList header();
QStringList row(const Product &product);
void read(CsvReader &reader, const CsvColumns &columns, const ProductCsv::Options &options, ProductCsvSink &sink,
          ParsedProducts &out);

} // namespace BorderdeskProductCsv
