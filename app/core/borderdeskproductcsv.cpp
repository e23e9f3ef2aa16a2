#include "borderdeskproductcsv.h"

#include "csvwriter.h"
#include "productcells.h"

using namespace Qt::StringLiterals;

namespace BorderdeskProductCsv {

QStringList header()
{
    return {u"sku"_s,      u"name"_s,      u"barcode"_s,       u"hs_code"_s,  u"origin_country"_s, u"weight_g"_s,
            u"length_mm"_s, u"width_mm"_s, u"height_mm"_s,     u"cost"_s,     u"cost_currency"_s,  u"price"_s,
            u"price_currency"_s, u"category"_s, u"stock"_s, u"active"_s, u"customs_description"_s};
}

QStringList row(const Product &p)
{
    using CsvWriter::neutralised;
    return {neutralised(p.sku),
            neutralised(p.name),
            p.barcode,
            p.hsCode,
            p.originCountry,
            QString::number(p.weightG),
            QString::number(p.lengthMm),
            QString::number(p.widthMm),
            QString::number(p.heightMm),
            p.cost.toDecimalString(),
            p.cost.currency(),
            p.price.toDecimalString(),
            p.price.currency(),
            neutralised(p.category),
            QString::number(p.stock),
            p.active ? u"1"_s : u"0"_s,
            neutralised(p.customsDescription)};
}

void read(CsvReader &reader, const CsvColumns &c, const ProductCsv::Options &options, ProductCsvSink &sink,
          ParsedProducts &out)
{
    const QHash<ProductField, int> fieldColumns{
        {ProductField::Sku, c.find({u"sku"})},
        {ProductField::Name, c.find({u"name"})},
        {ProductField::Description, c.find({u"description"})},
        {ProductField::Barcode, c.find({u"barcode"})},
        {ProductField::HsCode, c.find({u"hs_code"})},
        {ProductField::OriginCountry, c.find({u"origin_country"})},
        {ProductField::Weight, c.find({u"weight_g"})},
        {ProductField::Length, c.find({u"length_mm"})},
        {ProductField::Width, c.find({u"width_mm"})},
        {ProductField::Height, c.find({u"height_mm"})},
        {ProductField::Cost, c.find({u"cost"})},
        {ProductField::Price, c.find({u"price"})},
        {ProductField::Category, c.find({u"category"})},
        {ProductField::Stock, c.find({u"stock"})},
        {ProductField::Active, c.find({u"active"})},
        {ProductField::CustomsDescription, c.find({u"customs_description"})},
    };
    const int costCurrency = c.find({u"cost_currency"});
    const int priceCurrency = c.find({u"price_currency"});
    auto column = [&fieldColumns](ProductField f) { return fieldColumns.value(f, -1); };

    CsvReader::Record record;
    int rows = 0;
    while (reader.next(record)) {
        const ProductCells cells(record.fields, record.line, sink);
        Product p;
        p.sku = CsvWriter::unneutralised(cells.text(column(ProductField::Sku)));
        p.name = CsvWriter::unneutralised(cells.text(column(ProductField::Name)));
        p.description = CsvWriter::unneutralised(cells.text(column(ProductField::Description)));
        p.barcode = cells.barcode(column(ProductField::Barcode));
        p.hsCode = cells.hsCode(column(ProductField::HsCode));
        p.originCountry = cells.country(column(ProductField::OriginCountry));
        p.weightG = cells.integer(column(ProductField::Weight));
        p.lengthMm = cells.integer(column(ProductField::Length));
        p.widthMm = cells.integer(column(ProductField::Width));
        p.heightMm = cells.integer(column(ProductField::Height));
        p.cost = cells.money(column(ProductField::Cost), cells.currency(costCurrency, options.defaultCurrency), false);
        p.price = cells.money(column(ProductField::Price), cells.currency(priceCurrency, options.defaultCurrency),
                              false);
        p.category = CsvWriter::unneutralised(cells.text(column(ProductField::Category)));
        p.stock = cells.integer(column(ProductField::Stock), 0, true);
        p.active = cells.flag(column(ProductField::Active), true);
        p.customsDescription = CsvWriter::unneutralised(cells.text(column(ProductField::CustomsDescription)));
        sink.add(p, record.line, fieldColumns);

        if (options.progress && ++rows % 1000 == 0 && !options.progress(reader.percentDone())) {
            out.cancelled = true;
            return;
        }
    }
}

} // namespace BorderdeskProductCsv
