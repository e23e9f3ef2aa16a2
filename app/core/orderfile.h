#pragma once

#include "bytecsv.h"
#include "importissue.h"
#include "order.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>

#include <memory>

enum class OrderFileFormat { Unknown, Shopify, Amazon, Ebay, Borderdesk };

// One order read from a file, with where its rows are, for messages.
struct ParsedOrder
{
    Order order;
    qint64 line = 0;                // the order's first row
    QList<qint64> lineNumbers;      // the row of each order line (parallel to order.lines)
    QString skuColumn;              // the SKU column's header, for "unknown SKU" warnings
    bool hasErrors = false;
};

class OrderRowMapper;

// Reads the order files sellers bring (Shopify orders export, Amazon order report, eBay orders report,
// Borderdesk's own CSV) one order at a time, whatever the file's size. Columns are found by header name; the
// header decides the format. Problems are collected as "file:line: column: problem".
class OrderFileReader
{
    Q_DECLARE_TR_FUNCTIONS(OrderFileReader)

public:
    struct Options
    {
        OrderFileFormat format = OrderFileFormat::Unknown; // Unknown = detect from the header
        QString fileName;                                 // for messages
        QString defaultCurrency;                          // when the file names none
    };

    // The bytes must be UTF-8 (see TextDecoding) and stay alive while reading.
    OrderFileReader(QByteArrayView bytes, Options options);
    ~OrderFileReader();
    Q_DISABLE_COPY_MOVE(OrderFileReader)

    // Finds the header (eBay files start with a preamble) and the format; false with an issue when neither is found.
    bool open();
    OrderFileFormat format() const { return m_format; }
    // The next whole order; false at the end of the file or on a broken file (see issues()).
    bool next(ParsedOrder &order);
    QList<ImportIssue> &issues() { return m_issues; }
    bool hasErrors() const;
    int percentDone() const { return m_reader ? m_reader->percentDone() : 0; }

    static QString formatKey(OrderFileFormat format); // "shopify", "amazon", "ebay", "csv"
    static std::optional<OrderFileFormat> formatFromKey(const QString &key); // "auto" → Unknown
    static QString formatName(OrderFileFormat format); // "Shopify orders export"…, translated
    static OrderFileFormat detect(const QStringList &header);

private:
    bool readRecord();

    QByteArrayView m_bytes;
    Options m_options;
    OrderFileFormat m_format = OrderFileFormat::Unknown;
    std::unique_ptr<ByteCsvReader> m_reader;
    std::unique_ptr<OrderRowMapper> m_mapper;
    ByteCsvReader::Record m_row;
    bool m_haveRow = false;
    bool m_started = false;
    qint64 m_lineOffset = 0; // lines before the first data row's text (preamble and header)
    QSet<QByteArray> m_seen; // order keys already read
    QList<ImportIssue> m_issues;
};
