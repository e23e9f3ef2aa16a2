#include "orderimporter.h"

#include "connection.h"
#include "ordercells.h"
#include "ordercheckcontext.h"
#include "orderriskpass.h"
#include "orderwriter.h"
#include "phonenumber.h"
#include "secondaryindexes.h"
#include "textdecoding.h"
#include "writetransaction.h"

#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QSqlQuery>
#include <QStringDecoder>
#include <QScopeGuard>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 MaxFileBytes = qint64(4) << 30;
constexpr qint64 BulkBytes = qint64(8) << 20; // from here on, rebuilding indexes beats keeping them

bool isUtf8(const QByteArray &bytes)
{
    // Decoding is the validity check Qt offers; in chunks (the decoder keeps split sequences) to keep memory flat.
    QStringDecoder decoder(QStringDecoder::Utf8);
    constexpr qsizetype chunk = qsizetype(1) << 22;
    for (qsizetype pos = 0; pos < bytes.size() && !decoder.hasError(); pos += chunk)
        (void)decoder.decode(QByteArrayView(bytes).sliced(pos, std::min(chunk, bytes.size() - pos)));
    (void)decoder.decode(QByteArrayView());
    return !decoder.hasError();
}

// Phone numbers in E.164 when libphonenumber accepts them; otherwise as written (the checks show the problem).
class PhoneNormalizer
{
public:
    QString normalize(const QString &raw, const QString &country)
    {
        if (raw.isEmpty())
            return raw;
        // Already international ("+1 212-555-0100"): E.164 by dropping the punctuation, without libphonenumber's
        // regular expressions, which cost ~50 µs a number (a minute for a million orders). `orders check` and the
        // pack station validate such numbers fully.
        if (const QString e164 = internationalForm(raw); !e164.isEmpty())
            return e164;
        const QString key = country + u'|' + raw;
        auto it = m_cache.constFind(key);
        if (it == m_cache.cend()) {
            const PhoneNumber::Result result = PhoneNumber::parse(raw, country);
            it = m_cache.insert(key, result.isValid() ? result.e164 : raw);
            if (m_cache.size() > 200000)
                m_cache.clear();
        }
        return *it;
    }

private:
    static QString internationalForm(const QString &raw)
    {
        if (!raw.startsWith(u'+'))
            return {};
        QString digits = u"+"_s;
        for (qsizetype i = 1; i < raw.size(); ++i) {
            const QChar c = raw.at(i);
            if (c.isDigit())
                digits.append(c);
            else if (c != u' ' && c != u'-' && c != u'.' && c != u'(' && c != u')')
                return {}; // "ext. 12", letters: let libphonenumber decide
        }
        return digits.size() >= 8 && digits.size() <= 16 ? digits : QString();
    }

    QHash<QString, QString> m_cache;
};

class ImportRun
{
    Q_DECLARE_TR_FUNCTIONS(OrderImporter)

public:
    ImportRun(const QSqlDatabase &db, const QString &fileName, const OrderImporter::Options &options,
              OrderImportReport &report)
        : m_db(db)
        , m_fileName(fileName)
        , m_options(options)
        , m_report(report)
        , m_context(db)
    {
    }

    void run(const QByteArray &bytes);

private:
    bool progress(int percent)
    {
        if (m_options.progress && !m_options.progress(percent)) {
            m_report.cancelled = true;
            return false;
        }
        return true;
    }
    void warn(qint64 line, const QString &column, const QString &message)
    {
        m_report.issues.append({ImportIssue::Severity::Warning, m_fileName, line, column, message});
    }
    bool writeOrder(ParsedOrder &parsed);
    bool scoreAndHold();

    QSqlDatabase m_db;
    QString m_fileName;
    const OrderImporter::Options &m_options;
    OrderImportReport &m_report;
    OrderCheckContext m_context;
    std::optional<OrderWriter> m_writer;
    PhoneNormalizer m_phones;
    bool m_tableWasEmpty = true;
    QSet<QString> m_currenciesWithoutRate;
    QList<OrderRiskPass::Entry> m_entries;
};

bool ImportRun::writeOrder(ParsedOrder &parsed)
{
    Order &order = parsed.order;
    for (Address *address : {&order.shipTo, &order.billTo})
        address->phone = m_phones.normalize(address->phone, address->country.isEmpty() ? order.shipTo.country
                                                                                        : address->country);
    order.customer.phone = m_phones.normalize(order.customer.phone, order.shipTo.country);
    for (qsizetype i = 0; i < order.lines.size(); ++i) {
        OrderLine &line = order.lines[i];
        const CheckedProduct *product = m_context.product(line.sku);
        line.productId = product ? product->id : 0;
        if (!product && !line.sku.isEmpty()) {
            warn(parsed.lineNumbers.value(i), parsed.skuColumn,
                 tr("SKU \"%1\" is not in the catalogue; the line is kept").arg(line.sku));
        }
    }
    const Market *market = m_context.marketFor(order.shipTo.country);
    order.marketCode = market ? market->code : QString();
    if (order.incoterm.isEmpty())
        order.incoterm = market ? Market::incotermKey(market->incoterm) : u"DAP"_s;
    QString why;
    if (!m_context.recordBaseRate(order, &why) && !m_currenciesWithoutRate.contains(order.currency)) {
        m_currenciesWithoutRate.insert(order.currency);
        warn(parsed.line, QString(),
             tr("%1; the order's amounts in %2 are left empty").arg(why, m_context.baseCurrency()));
    }
    OrderRiskPass::Entry entry;
    const QList<const CheckedProduct *> products = m_context.productsOf(order);
    m_context.checker().checkShipping(order, products, market, entry.check);
    m_context.checker().scoreOrder(order, products, entry.check);

    QString error;
    std::optional<OrderWriter::Existing> existing;
    if (!m_tableWasEmpty && !m_writer->findExisting(order, &existing, &error)) {
        m_report.error = error;
        return false;
    }
    if (!m_writer->customerId(order, &order.customer.id, &error) || !m_writer->write(order, entry.check, existing.has_value(), &error)) {
        m_report.error = tr("%1:%2: the database refused order %3: %4")
                             .arg(m_fileName)
                             .arg(parsed.line)
                             .arg(order.number, error);
        return false;
    }
    const QString status = OrderStatuses::key(order.status);
    const bool written = existing ? m_writer->addHistory(order.id, u"updated"_s, OrderStatuses::key(existing->status),
                                                        status, m_fileName, &error)
                                  : m_writer->addHistory(order.id, u"imported"_s, QString(), status, m_fileName, &error);
    if (!written) {
        m_report.error = error;
        return false;
    }
    existing ? ++m_report.updated : ++m_report.inserted;
    if (!entry.check.canShip())
        ++m_report.cannotShip;
    entry.orderId = order.id;
    entry.customerId = order.customer.id;
    entry.addressKey = qHash(OrderChecker::addressKey(order.shipTo));
    entry.createdSecs = order.createdAt.toSecsSinceEpoch();
    entry.totalBaseMinor = order.totalBaseMinor;
    entry.cancelled = order.status == OrderStatus::Cancelled;
    entry.inserted = !existing;
    entry.status = order.status;
    if (m_tableWasEmpty) {
        m_entries.append(std::move(entry));
    } else {
        // Into a shop with orders already: the history comes from the database (indexes are in place).
        entry.history = m_context.storedHistory(order);
        m_entries.append(std::move(entry));
    }
    return true;
}

bool ImportRun::scoreAndHold()
{
    if (m_tableWasEmpty)
        OrderRiskPass::run(m_entries, m_context.checker().settings().velocityHours);
    const OrderChecker &checker = m_context.checker();
    qsizetype done = 0;
    for (OrderRiskPass::Entry &entry : m_entries) {
        Order probe; // the history rules need only the order's base total
        probe.totalBaseMinor = entry.totalBaseMinor;
        checker.scoreHistory(probe, entry.history, entry.check);
        QString status = OrderStatuses::key(entry.status);
        QString error;
        const bool hold = entry.inserted && entry.status == OrderStatus::New && checker.shouldHold(entry.check);
        if (hold) {
            status = OrderStatuses::key(OrderStatus::OnHold);
            ++m_report.held;
            if (!m_writer->addHistory(entry.orderId, u"status"_s, OrderStatuses::key(entry.status), status,
                                     tr("risk %1 ≥ hold threshold %2")
                                         .arg(entry.check.riskScore())
                                         .arg(checker.settings().holdThreshold),
                                     &error)) {
                m_report.error = error;
                return false;
            }
        }
        if (!m_writer->updateRisk(entry.orderId, entry.check, status, &error)) {
            m_report.error = error;
            return false;
        }
        if (++done % 4096 == 0 && !progress(85 + int(done * 10 / m_entries.size())))
            return false;
    }
    return true;
}

void ImportRun::run(const QByteArray &bytes)
{
    OrderFileReader reader(bytes, {m_options.format, m_fileName, m_context.baseCurrency()});
    const bool opened = reader.open();
    m_report.format = reader.format();
    if (!opened) {
        m_report.issues = reader.issues();
        return;
    }
    WriteTransaction transaction(m_db);
    if (!transaction.isActive()) {
        m_report.error = transaction.error();
        return;
    }
    {
        QSqlQuery q(m_db);
        m_tableWasEmpty = q.exec(u"SELECT NOT EXISTS (SELECT 1 FROM orders)"_s) && q.next() && q.value(0).toBool();
    }
    m_writer.emplace(m_db, m_options.actor, m_tableWasEmpty);
    QString error;
    if (!m_writer->isValid(&error)) {
        m_report.error = error;
        return;
    }
    // A big file into an empty shop: build the indexes once at the end instead of row by row.
    const bool bulk = m_tableWasEmpty && bytes.size() >= BulkBytes;
    const SecondaryIndexes indexes(m_db, bulk ? QStringList{u"orders"_s, u"order_lines"_s, u"order_history"_s}
                                              : QStringList());
    if (!indexes.drop(&m_report.error))
        return;
    m_context.loadAllProducts();
    // A big transaction spills SQLite's default 2 MB page cache to disk again and again; give it room for the
    // import and restore it afterwards.
    QSqlQuery(m_db).exec(u"PRAGMA cache_size = -262144"_s);
    const auto restoreCache = qScopeGuard([this] { QSqlQuery(m_db).exec(u"PRAGMA cache_size = -2000"_s); });

    bool failed = false;
    ParsedOrder parsed;
    int sinceProgress = 0;
    while (reader.next(parsed)) {
        ++m_report.ordersInFile;
        m_report.linesInFile += parsed.order.lines.size();
        failed = failed || parsed.hasErrors || reader.hasErrors();
        if (!failed && !writeOrder(parsed))
            return; // the database refused; the transaction rolls back
        if (reader.issues().size() >= OrderImporter::MaxIssues)
            break;
        if (++sinceProgress == 512) {
            sinceProgress = 0;
            if (!progress(reader.percentDone() * 80 / 100))
                return;
        }
    }
    m_report.issues = reader.issues() + m_report.issues;
    std::stable_sort(m_report.issues.begin(), m_report.issues.end(),
                     [](const ImportIssue &a, const ImportIssue &b) { return a.line < b.line; });
    if (m_report.hasErrors()) {
        m_report.inserted = m_report.updated = m_report.held = m_report.cannotShip = 0;
        return;
    }
    if (!progress(82) || !indexes.create(&m_report.error) || !progress(85) || !scoreAndHold())
        return;
    if (m_options.dryRun)
        return; // rolled back: the report says what would have happened
    if (!transaction.commit(&error)) {
        m_report.error = error;
        return;
    }
    m_report.written = true;
    progress(100);
}

} // namespace

bool OrderImportReport::hasErrors() const
{
    return !error.isEmpty() || errorCount() > 0;
}

int OrderImportReport::errorCount() const
{
    return int(std::count_if(issues.cbegin(), issues.cend(), [](const ImportIssue &i) { return i.isError(); }));
}

int OrderImportReport::warningCount() const
{
    return int(issues.size()) - errorCount();
}

OrderImportReport OrderImporter::importBytes(const QSqlDatabase &db, const QByteArray &rawBytes,
                                             const QString &fileName, const Options &options)
{
    OrderImportReport report;
    QByteArray bytes = rawBytes;
    if (!isUtf8(bytes)) {
        TextDecoding::Failure failure;
        const auto text = TextDecoding::decode(bytes, &failure);
        if (!text) {
            report.issues.append({ImportIssue::Severity::Error, fileName, failure.line, QString(), failure.message});
            return report;
        }
        bytes = text->toUtf8();
    }
    ImportRun(db, fileName, options, report).run(bytes);
    if (!report.written && !options.dryRun) {
        report.inserted = report.updated = report.held = 0;
    }
    return report;
}

OrderImportReport OrderImporter::importFile(const QString &databasePath, const QString &filePath,
                                            const Options &options)
{
    OrderImportReport report;
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly)) {
        report.error = tr("%1: cannot read the file: %2").arg(filePath, file.errorString());
        return report;
    }
    if (file.size() > MaxFileBytes) {
        report.error = tr("%1: the file is too large (%2 MB)").arg(filePath).arg(file.size() >> 20);
        return report;
    }
    QString error;
    const Connection connection = Connection::open(databasePath, &error, Connection::Mode::OpenExisting);
    if (!connection.isOpen()) {
        report.error = error;
        return report;
    }
    return importBytes(connection.database(), file.readAll(), QFileInfo(filePath).fileName(), options);
}
