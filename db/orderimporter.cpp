#include "orderimporter.h"

#include "connection.h"
#include "ordercells.h"
#include "ordercheckcontext.h"
#include "orderriskpass.h"
#include "orderwriter.h"
#include "phonenumber.h"
#include "secondaryindexes.h"
#include "textdecoding.h"
#include "writeerror.h"
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
    // decode() is lazy: only turning its result into a QString decodes (and sets hasError()).
    QStringDecoder decoder(QStringDecoder::Utf8);
    constexpr qsizetype chunk = qsizetype(1) << 22;
    for (qsizetype pos = 0; pos < bytes.size() && !decoder.hasError(); pos += chunk)
        (void)QString(decoder.decode(QByteArrayView(bytes).sliced(pos, std::min(chunk, bytes.size() - pos))));
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
        // regular expressions, which cost ~50 µs a number (a minute for a million orders). Checking one order
        // (`orders check`, "Check again", a status move towards shipping) validates such numbers fully.
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
        if (m_report.issues.size() >= OrderImporter::MaxIssues) {
            ++m_suppressedWarnings;
            return;
        }
        m_report.issues.append({ImportIssue::Severity::Warning, m_fileName, line, column, message});
    }
    // Once per SKU, at its first line, with how many more lines have it: a big file of a shop whose catalogue is
    // not imported yet would otherwise print a warning per line.
    void warnUnknownSku(const QString &sku, qint64 line, const QString &column)
    {
        auto it = m_unknownSkus.find(sku);
        if (it == m_unknownSkus.end()) {
            m_unknownSkus.insert(sku, {m_report.issues.size(), 0});
            warn(line, column, tr("SKU \"%1\" is not in the catalogue; the line is kept").arg(sku));
            return;
        }
        ImportIssue &issue = m_report.issues[it->first];
        issue.message = tr("SKU \"%1\" is not in the catalogue; its lines are kept (%n more line(s) have it)", nullptr,
                           ++it->second)
                            .arg(sku);
    }
    bool writeOrder(ParsedOrder &parsed);
    bool recordHold(qint64 orderId, const QString &from, const OrderCheck &check, QString *error);
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
    QHash<QString, std::pair<qsizetype, int>> m_unknownSkus;
    int m_suppressedWarnings = 0; // SKU → its warning, lines after the first
    QList<OrderRiskPass::Entry> m_entries;
    std::optional<OrderRiskPass::Tracker> m_tracker;
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
        if (!product && !line.sku.isEmpty())
            warnUnknownSku(line.sku, parsed.lineNumbers.value(i), parsed.skuColumn);
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
    OrderCheck check;
    const QList<const CheckedProduct *> products = m_context.productsOf(order);
    const OrderChecker &checker = m_context.checker();
    checker.checkShipping(order, products, market, check);
    checker.scoreOrder(order, products, check);
    OrderRiskPass::Entry entry;
    entry.orderReasons = check.reasons;

    QString error;
    std::optional<OrderWriter::Existing> existing;
    if (!m_tableWasEmpty && !m_writer->findExisting(order, &existing, &error)) {
        m_report.error = error;
        return false;
    }
    if (!m_writer->customerId(order, &order.customer.id, &error)) {
        m_report.error = error;
        return false;
    }
    entry.customerId = order.customer.id;
    entry.addressKey = qHash(OrderChecker::addressKey(order.shipTo));
    entry.createdSecs = order.createdAt.toSecsSinceEpoch();
    entry.totalBaseMinor = order.totalBaseMinor;
    entry.cancelled = order.status == OrderStatus::Cancelled;
    entry.inserted = !existing;
    entry.status = order.status;
    // Into an empty shop the history is the file's own, read in the file's order for now and corrected in time
    // order once every order is in (scoreAndHold); otherwise it comes from the orders already stored.
    if (existing)
        order.id = existing->id;
    const CustomerHistory history = m_tableWasEmpty ? m_tracker->observe(entry) : m_context.storedHistory(order);
    checker.scoreHistory(order, history, check);
    const bool hold = !existing && order.status == OrderStatus::New && checker.shouldHold(check);
    if (hold)
        order.status = OrderStatus::OnHold;
    if (!m_writer->write(order, check, existing.has_value(), &error)) {
        m_report.error = WriteError::isGeneral(error) ? error
                                                      : tr("%1:%2: the database refused order %3: %4")
                                                            .arg(m_fileName)
                                                            .arg(parsed.line)
                                                            .arg(order.number, error);
        return false;
    }
    const QString status = OrderStatuses::key(entry.status);
    const bool recorded = existing ? m_writer->addHistory(order.id, u"updated"_s, OrderStatuses::key(existing->status),
                                                          OrderStatuses::key(order.status), m_fileName, &error)
                                   : m_writer->addHistory(order.id, u"imported"_s, QString(), status, m_fileName, &error);
    if (!recorded || (hold && !m_tableWasEmpty && !recordHold(order.id, status, check, &error))) {
        m_report.error = error;
        return false;
    }
    existing ? ++m_report.updated : ++m_report.inserted;
    if (!check.canShip())
        ++m_report.cannotShip;
    if (m_tableWasEmpty) {
        entry.orderId = order.id;
        entry.writtenReasons = check.reasons;
        entry.writtenStatus = order.status;
        m_entries.append(std::move(entry));
    } else if (hold) {
        ++m_report.held;
    }
    return true;
}

bool ImportRun::recordHold(qint64 orderId, const QString &from, const OrderCheck &check, QString *error)
{
    return m_writer->addHistory(orderId, u"status"_s, from, OrderStatuses::key(OrderStatus::OnHold),
                                tr("risk %1 ≥ hold threshold %2")
                                    .arg(check.riskScore())
                                    .arg(m_context.checker().settings().holdThreshold),
                                error);
}

bool ImportRun::scoreAndHold()
{
    if (!m_tableWasEmpty)
        return true; // scored against the stored orders as they were written
    const OrderChecker &checker = m_context.checker();
    qsizetype done = 0;
    bool ok = true;
    OrderRiskPass::run(m_entries, checker.settings().velocityHours,
                       [&](const OrderRiskPass::Entry &entry, const CustomerHistory &history) {
        if (!ok)
            return;
        OrderCheck check;
        check.reasons = entry.orderReasons;
        Order probe; // the history rules need only the order's base total
        probe.totalBaseMinor = entry.totalBaseMinor;
        checker.scoreHistory(probe, history, check);
        const bool hold = entry.inserted && entry.status == OrderStatus::New && checker.shouldHold(check);
        const OrderStatus status = hold ? OrderStatus::OnHold : entry.status;
        QString error;
        // Only what the file's order got wrong is written again (most files need few or no corrections).
        if (check.reasons != entry.writtenReasons || status != entry.writtenStatus)
            ok = m_writer->updateRisk(entry.orderId, check, OrderStatuses::key(status), &error);
        if (ok && hold) {
            ++m_report.held;
            ok = recordHold(entry.orderId, OrderStatuses::key(entry.status), check, &error);
        }
        if (!ok)
            m_report.error = error;
        if (ok && ++done % 4096 == 0)
            ok = progress(85 + int(done * 10 / m_entries.size()));
    });
    return ok;
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
    m_tracker.emplace(m_context.checker().settings().velocityHours);
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
    if (m_suppressedWarnings > 0) {
        m_report.issues.append({ImportIssue::Severity::Warning, m_fileName, 0, QString(),
                                tr("%n more warning(s) not shown", nullptr, m_suppressedWarnings)});
    }
    m_report.issues = reader.issues() + m_report.issues;
    std::stable_sort(m_report.issues.begin(), m_report.issues.end(),
                     [](const ImportIssue &a, const ImportIssue &b) { return a.line < b.line; });
    if (m_report.hasErrors()) {
        m_report.inserted = m_report.updated = m_report.held = m_report.cannotShip = 0;
        return;
    }
    m_tracker.reset(); // the file-order guesses are written; scoreAndHold keeps its own
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
