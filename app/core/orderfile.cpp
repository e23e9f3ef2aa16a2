#include "orderfile.h"

#include "ordercells.h"
#include "ordermappers.h"

using namespace Qt::StringLiterals;

void OrderIssues::error(qint64 line, const QString &column, const QString &message)
{
    m_issues.append({ImportIssue::Severity::Error, m_file, line, column, message});
}

void OrderIssues::warning(qint64 line, const QString &column, const QString &message)
{
    m_issues.append({ImportIssue::Severity::Warning, m_file, line, column, message});
}

OrderFileReader::OrderFileReader(QByteArrayView bytes, Options options)
    : m_bytes(bytes)
    , m_options(std::move(options))
{
}

OrderFileReader::~OrderFileReader() = default;

QString OrderFileReader::formatKey(OrderFileFormat format)
{
    switch (format) {
    case OrderFileFormat::Shopify: return u"shopify"_s;
    case OrderFileFormat::Amazon: return u"amazon"_s;
    case OrderFileFormat::Ebay: return u"ebay"_s;
    case OrderFileFormat::Borderdesk: return u"csv"_s;
    case OrderFileFormat::Unknown: break;
    }
    return u"auto"_s;
}

std::optional<OrderFileFormat> OrderFileReader::formatFromKey(const QString &key)
{
    for (OrderFileFormat format : {OrderFileFormat::Unknown, OrderFileFormat::Shopify, OrderFileFormat::Amazon,
                                   OrderFileFormat::Ebay, OrderFileFormat::Borderdesk}) {
        if (formatKey(format) == key.trimmed().toLower())
            return format;
    }
    return std::nullopt;
}

QString OrderFileReader::formatName(OrderFileFormat format)
{
    switch (format) {
    case OrderFileFormat::Shopify: return tr("Shopify orders export");
    case OrderFileFormat::Amazon: return tr("Amazon order report");
    case OrderFileFormat::Ebay: return tr("eBay orders report");
    case OrderFileFormat::Borderdesk: return tr("Borderdesk orders CSV");
    case OrderFileFormat::Unknown: break;
    }
    return tr("unknown format");
}

OrderFileFormat OrderFileReader::detect(const QStringList &header)
{
    const CsvColumns columns(header);
    if (columns.has({u"channel_order_id"}) && columns.has({u"line_quantity"}))
        return OrderFileFormat::Borderdesk;
    if (columns.has({u"Name"}) && columns.has({u"Lineitem quantity"}) && columns.has({u"Lineitem name"}))
        return OrderFileFormat::Shopify;
    // The order report ("order-id … quantity-purchased") and the All Orders report ("amazon-order-id … quantity").
    if (columns.has({u"order-id", u"amazon-order-id"}) && columns.has({u"quantity-purchased", u"quantity"})
        && columns.has({u"purchase-date"}))
        return OrderFileFormat::Amazon;
    if (columns.has({u"Sales Record Number", u"Order Number"}) && columns.has({u"Quantity"})
        && columns.has({u"Item Title", u"Custom Label", u"Item Number"}))
        return OrderFileFormat::Ebay;
    return OrderFileFormat::Unknown;
}

bool OrderFileReader::hasErrors() const
{
    return std::any_of(m_issues.cbegin(), m_issues.cend(), [](const ImportIssue &issue) { return issue.isError(); });
}

bool OrderFileReader::open()
{
    OrderIssues issues(m_issues, m_options.fileName);
    // The header is within the first lines (eBay writes a blank line or a title first). Each candidate line is read
    // with the delimiter it has most of, so tab-separated Amazon reports and ';' spreadsheets work too.
    qsizetype offset = m_bytes.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    for (qint64 lineNumber = 1; lineNumber <= 30 && offset < m_bytes.size(); ++lineNumber) {
        qsizetype end = m_bytes.indexOf('\n', offset);
        if (end < 0)
            end = m_bytes.size();
        const QByteArrayView line = m_bytes.sliced(offset, end - offset);
        const char delimiter = ByteCsvReader::sniffDelimiter(line);
        ByteCsvReader probe(line, delimiter);
        ByteCsvReader::Record header;
        QStringList names;
        if (probe.next(header)) {
            for (const QByteArrayView field : header.fields)
                names.append(QString::fromUtf8(field).trimmed());
        }
        const OrderFileFormat found = detect(names);
        const bool wanted = found != OrderFileFormat::Unknown
            && (m_options.format == OrderFileFormat::Unknown || found == m_options.format);
        if (wanted) {
            m_format = found;
            m_mapper = OrderRowMapper::create(found, m_options.defaultCurrency);
            QStringList missing;
            if (!m_mapper->bind(CsvColumns(names), &missing)) {
                issues.error(lineNumber, QString(),
                             tr("the %1 header lacks the column(s) %2")
                                 .arg(formatName(found), missing.join(u", "_s)));
                return false;
            }
            m_reader = std::make_unique<ByteCsvReader>(m_bytes.sliced(end < m_bytes.size() ? end + 1 : end),
                                                       delimiter);
            m_lineOffset = lineNumber;
            return true;
        }
        offset = end + 1;
    }
    if (m_options.format != OrderFileFormat::Unknown)
        issues.error(0, QString(), tr("no %1 header found in the first 30 lines").arg(formatName(m_options.format)));
    else
        issues.error(0, QString(),
                     tr("not an order file Borderdesk knows: no Shopify, Amazon, eBay or Borderdesk header found"));
    return false;
}

bool OrderFileReader::readRecord()
{
    m_haveRow = false;
    while (m_reader->next(m_row)) {
        m_row.line += m_lineOffset;
        if (m_mapper->isNoise(m_row))
            continue;
        m_haveRow = true;
        return true;
    }
    if (m_reader->hasError()) {
        OrderIssues issues(m_issues, m_options.fileName);
        issues.error(m_reader->errorLine() + m_lineOffset, QString(), m_reader->error());
    }
    return false;
}

bool OrderFileReader::next(ParsedOrder &order)
{
    if (!m_reader || !m_mapper)
        return false;
    if (!m_started) {
        m_started = true;
        readRecord();
    }
    if (!m_haveRow)
        return false;
    OrderIssues issues(m_issues, m_options.fileName);
    order = ParsedOrder();
    order.line = m_row.line;
    const QByteArray key = m_mapper->orderKey(m_row).trimmed().toByteArray();
    m_mapper->readRow(m_row, true, order, issues);
    while (readRecord()) {
        const QByteArrayView rowKey = m_mapper->orderKey(m_row).trimmed();
        if (rowKey != key || key.isEmpty())
            break;
        m_mapper->readRow(m_row, false, order, issues);
    }
    m_mapper->finish(order, issues);
    // An order key seen before, not next to its other rows, would split one order in two.
    if (!key.isEmpty() && m_seen.contains(key)) {
        issues.error(order.line, QString(),
                     tr("the rows of order %1 are not next to each other; sort the file by order first")
                         .arg(QString::fromUtf8(key)));
        order.hasErrors = true;
    }
    m_seen.insert(key);
    return true;
}
