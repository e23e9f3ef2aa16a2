#pragma once

#include "bytecsv.h"
#include "csvcolumns.h"
#include "importissue.h"
#include "orderfile.h"

#include <QCoreApplication>

#include <memory>

// Collects problems of one file as "file:line: column: problem".
class OrderIssues
{
public:
    OrderIssues(QList<ImportIssue> &issues, QString fileName)
        : m_issues(issues)
        , m_file(std::move(fileName))
    {
    }
    void error(qint64 line, const QString &column, const QString &message);
    void warning(qint64 line, const QString &column, const QString &message);

private:
    QList<ImportIssue> &m_issues;
    QString m_file;
};

// Reads one format's rows into orders. The reader groups consecutive rows with the same order key.
class OrderRowMapper
{
    Q_DECLARE_TR_FUNCTIONS(OrderRowMapper)

public:
    explicit OrderRowMapper(QString defaultCurrency)
        : m_defaultCurrency(std::move(defaultCurrency))
    {
    }
    virtual ~OrderRowMapper() = default;

    // Finds the columns; names the missing required ones.
    virtual bool bind(const CsvColumns &columns, QStringList *missing) = 0;
    // Rows that are not orders (eBay's footer lines).
    virtual bool isNoise(const ByteCsvReader::Record &) const { return false; }
    virtual QByteArrayView orderKey(const ByteCsvReader::Record &row) const = 0;
    // first: the order's first row (order fields); every row may carry a line.
    virtual void readRow(const ByteCsvReader::Record &row, bool first, ParsedOrder &order, OrderIssues &issues) = 0;
    // After the last row: totals the file leaves out, status, checks across rows.
    virtual void finish(ParsedOrder &order, OrderIssues &issues);

    static std::unique_ptr<OrderRowMapper> create(OrderFileFormat format, const QString &defaultCurrency);

protected:
    // Column helpers: -1 columns read as empty.
    struct Column
    {
        int index = -1;
        QString header;
    };
    static Column column(const CsvColumns &columns, std::initializer_list<QStringView> names);
    static void require(std::initializer_list<std::pair<const Column *, QStringView>> columns, QStringList *missing);
    static QString text(const ByteCsvReader::Record &row, const Column &column);
    // Shopify and Excel keep leading zeros and "+" with a leading apostrophe: "'02134", "'+1 555…".
    static QString textWithoutApostrophe(const ByteCsvReader::Record &row, const Column &column);
    bool readMoney(const ByteCsvReader::Record &row, const Column &column, const QString &currency, qint64 *out,
                   OrderIssues &issues, ParsedOrder &order) const;
    // The order's currency from its column (else `fallback`); false with an error unless it is an ISO 4217 code.
    bool readCurrency(const ByteCsvReader::Record &row, const Column &column, const QString &fallback,
                      ParsedOrder &order, OrderIssues &issues) const;
    bool readTime(const ByteCsvReader::Record &row, const Column &column, QDateTime *out, OrderIssues &issues,
                  ParsedOrder &order) const;
    void readCountry(const ByteCsvReader::Record &row, const Column &column, QString *out, OrderIssues &issues,
                     ParsedOrder &order) const;
    void readLine(const ByteCsvReader::Record &row, const Column &sku, const Column &name, const Column &quantity,
                  const Column &price, bool priceIsLineTotal, ParsedOrder &order, OrderIssues &issues) const;
    void readPaymentChecks(const ByteCsvReader::Record &row, ParsedOrder &order) const;
    void bindPaymentChecks(const CsvColumns &columns);
    void bindCustomerExtras(const CsvColumns &columns);
    void readCustomerExtras(const ByteCsvReader::Record &row, ParsedOrder &order) const;

    QString m_defaultCurrency;
    Column m_avs;
    Column m_cvv;
    Column m_language;
    Column m_taxId;
};

// One per format, each in its own file (shopifyorders.cpp, amazonorders.cpp, ebayorders.cpp, borderdeskorders.cpp).
std::unique_ptr<OrderRowMapper> makeShopifyOrderMapper(const QString &defaultCurrency);
std::unique_ptr<OrderRowMapper> makeAmazonOrderMapper(const QString &defaultCurrency);
std::unique_ptr<OrderRowMapper> makeEbayOrderMapper(const QString &defaultCurrency);
std::unique_ptr<OrderRowMapper> makeBorderdeskOrderMapper(const QString &defaultCurrency);
