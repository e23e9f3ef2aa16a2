#include "productcsv.h"

#include "borderdeskproductcsv.h"
#include "csvreader.h"
#include "productvalidator.h"
#include "shopifyproductcsv.h"
#include "textdecoding.h"

using namespace Qt::StringLiterals;

int ParsedProducts::errorCount() const
{
    return int(std::count_if(issues.cbegin(), issues.cend(), [](const ImportIssue &i) { return i.isError(); }));
}

int ParsedProducts::warningCount() const
{
    return int(issues.size()) - errorCount();
}

ProductCsvFormat ProductCsv::detect(const CsvColumns &c)
{
    if (c.has({u"Handle"}) && c.has({u"Variant SKU", u"Variant Price"}))
        return ProductCsvFormat::ShopifyLegacy;
    if (c.has({u"URL handle"}) || (c.has({u"Title"}) && c.has({u"SKU"}) && c.has({u"Price"})))
        return ProductCsvFormat::ShopifyCurrent;
    if (c.has({u"sku"}) && c.has({u"name"}))
        return ProductCsvFormat::Borderdesk;
    return ProductCsvFormat::Unknown;
}

QString ProductCsv::formatName(ProductCsvFormat format)
{
    switch (format) {
    case ProductCsvFormat::Borderdesk:
        return tr("Borderdesk product CSV");
    case ProductCsvFormat::ShopifyCurrent:
        return tr("Shopify product CSV");
    case ProductCsvFormat::ShopifyLegacy:
        return tr("Shopify product CSV (legacy template)");
    case ProductCsvFormat::Unknown:
        break;
    }
    return tr("unknown format");
}

ParsedProducts ProductCsv::parse(const QByteArray &bytes, const Options &options)
{
    ParsedProducts result;
    result.fileName = options.fileName;
    auto fileError = [&](qint64 line, const QString &message) {
        result.issues.append({ImportIssue::Severity::Error, options.fileName, line, QString(), message});
        return result;
    };

    TextDecoding::Failure failure;
    const auto text = TextDecoding::decode(bytes, &failure);
    if (!text)
        return fileError(failure.line, failure.message);

    CsvReader reader(*text, CsvReader::sniffDelimiter(*text));
    CsvReader::Record header;
    if (!reader.next(header)) {
        if (reader.hasError())
            return fileError(reader.errorLine(), reader.error());
        return fileError(0, tr("the file is empty"));
    }
    const CsvColumns columns(header.fields);
    result.format = detect(columns);
    if (result.format == ProductCsvFormat::Unknown)
        return fileError(header.line, tr("the header row is not one of a Shopify product export or a Borderdesk "
                                         "product CSV (it needs sku and name columns, or Shopify's Handle/Title, "
                                         "SKU and Price)"));

    ProductCsvSink sink(result, options.fileName, columns);
    if (result.format == ProductCsvFormat::Borderdesk)
        BorderdeskProductCsv::read(reader, columns, options, sink, result);
    else
        ShopifyProductCsv::read(reader, columns, options, sink, result);

    if (reader.hasError())
        fileError(reader.errorLine(), reader.error());
    if (result.cancelled) {
        result.products.clear();
        result.lines.clear();
    }
    return result;
}

QStringList ProductCsv::borderdeskHeader()
{
    return BorderdeskProductCsv::header();
}

QStringList ProductCsv::borderdeskRow(const Product &product)
{
    return BorderdeskProductCsv::row(product);
}

ProductCsvSink::ProductCsvSink(ParsedProducts &out, const QString &fileName, const CsvColumns &columns)
    : m_out(out)
    , m_fileName(fileName)
    , m_columns(columns)
{
}

void ProductCsvSink::error(qint64 line, int column, const QString &message)
{
    m_badLines.insert(line);
    m_out.issues.append({ImportIssue::Severity::Error, m_fileName, line, m_columns.headerAt(column), message});
}

void ProductCsvSink::warning(qint64 line, int column, const QString &message)
{
    m_out.issues.append({ImportIssue::Severity::Warning, m_fileName, line, m_columns.headerAt(column), message});
}

void ProductCsvSink::add(const Product &product, qint64 line, const QHash<ProductField, int> &fieldColumns)
{
    for (const ProductValidator::Problem &problem : ProductValidator::validate(product)) {
        const int column = fieldColumns.value(problem.field, -1);
        if (column >= 0) {
            error(line, column, problem.message);
        } else {
            // The file has no such column, so name the field instead.
            m_badLines.insert(line);
            m_out.issues.append({ImportIssue::Severity::Error, m_fileName, line,
                                 ProductValidator::fieldLabel(problem.field), problem.message});
        }
    }
    if (!product.sku.isEmpty()) {
        const auto previous = m_skuLines.constFind(product.sku);
        if (previous != m_skuLines.constEnd())
            error(line, fieldColumns.value(ProductField::Sku, -1),
                  tr("SKU \"%1\" already appears on line %2").arg(product.sku).arg(previous.value()));
        else
            m_skuLines.insert(product.sku, line);
    }
    if (m_badLines.contains(line))
        return;
    m_out.products.append(product);
    m_out.lines.append(line);
}
