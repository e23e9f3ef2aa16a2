#pragma once

#include "csvcolumns.h"
#include "importissue.h"
#include "product.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>

#include <functional>

enum class ProductCsvFormat { Unknown, Borderdesk, ShopifyCurrent, ShopifyLegacy };

// Everything read from one product file: the products that passed, and every problem, row by row.
struct ParsedProducts
{
    ProductCsvFormat format = ProductCsvFormat::Unknown;
    QString fileName;
    QList<Product> products;
    QList<qint64> lines; // the line each product came from
    QList<ImportIssue> issues;
    bool cancelled = false;

    int errorCount() const;
    int warningCount() const;
    bool hasErrors() const { return errorCount() > 0; }
};

// Reads product files in the formats sellers bring (Shopify's current and legacy exports, and our own CSV);
// the header row decides the format and columns are found by name.
class ProductCsv
{
    Q_DECLARE_TR_FUNCTIONS(ProductCsv)

public:
    struct Options
    {
        QString fileName;        // as it should appear in messages
        QString defaultCurrency; // for formats that carry no currency (Shopify uses the shop's)
        // Called now and then with 0–100; return false to cancel.
        std::function<bool(int)> progress;
    };

    static ProductCsvFormat detect(const CsvColumns &columns);
    static QString formatName(ProductCsvFormat format);
    static ParsedProducts parse(const QByteArray &bytes, const Options &options);

    // Borderdesk's own CSV: exactly this header, in this order.
    static QStringList borderdeskHeader();
    static QStringList borderdeskRow(const Product &product);
};

// Collects what a format reader finds: turns field problems into "file:line: column: problem" and
// refuses a SKU that the file already used.
class ProductCsvSink
{
    Q_DECLARE_TR_FUNCTIONS(ProductCsvSink)

public:
    ProductCsvSink(ParsedProducts &out, const QString &fileName, const CsvColumns &columns);

    void error(qint64 line, int column, const QString &message);
    void warning(qint64 line, int column, const QString &message);
    // Validates the product; keeps it only when neither the row nor the product has a problem.
    // fieldColumns says which file column holds each field, so messages name the right column.
    void add(const Product &product, qint64 line, const QHash<ProductField, int> &fieldColumns);
    // True when this line already has an error (set by error()).
    bool lineHasErrors(qint64 line) const { return m_badLines.contains(line); }

private:
    ParsedProducts &m_out;
    QString m_fileName;
    const CsvColumns &m_columns;
    QHash<QString, qint64> m_skuLines;
    QSet<qint64> m_badLines;
};
