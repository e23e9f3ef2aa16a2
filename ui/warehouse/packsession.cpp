#include "packsession.h"

#include "commercialinvoice.h"
#include "customsform.h"
#include "documentprinter.h"
#include "gtin.h"
#include "orderrepository.h"
#include "orderwriter.h"
#include "packingslip.h"
#include "shipmentbooking.h"
#include "shipmentrepository.h"
#include "shippingdocumentbuilder.h"
#include "shippinglabel.h"
#include "tracking.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

// Scanners may prefix an AIM symbology identifier ("]E0", "]C1") and send stray control characters.
QString cleanedScan(const QString &text)
{
    QString code;
    for (const QChar c : text) {
        if (!c.isSpace() || c == u' ')
            code.append(c);
    }
    code = code.trimmed();
    if (code.size() > 3 && code.startsWith(u']'))
        code = code.mid(3);
    return code;
}

// GTIN-8/12/13/14 compare as 14 digits: a UPC-A read as EAN-13 gains a leading zero.
QString gtinKey(const QString &code)
{
    const QString digits = Gtin::normalized(code);
    if (digits.isEmpty() || digits.size() > 14)
        return {};
    for (const QChar c : digits) {
        if (!c.isDigit())
            return {};
    }
    return digits.rightJustified(14, u'0');
}

// The forms a GTIN may be stored in: its digits without leading zeros padded to 8, 12, 13 and 14.
QStringList storedGtinForms(const QString &key)
{
    QStringList forms;
    qsizetype first = 0;
    while (first < key.size() - 1 && key.at(first) == u'0')
        ++first;
    const QString significant = key.mid(first);
    for (const int length : {8, 12, 13, 14})
        forms.append(significant.size() <= length ? significant.rightJustified(length, u'0') : QString());
    return forms;
}

} // namespace

PackSession::PackSession(const QSqlDatabase &db, PrintFunction print, QString actor, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_print(std::move(print))
    , m_actor(actor.isEmpty() ? OrderWriter::actorName() : std::move(actor))
{
}

PackSession::~PackSession() = default;

PackSession::PrintFunction PackSession::printToDefaults(PrintSettings &settings)
{
    return [&settings](const QList<const PrintableDocument *> &documents) {
        // One job per type, in the order the types first appear: the label printer gets the label, the office
        // printer the A4 papers.
        QList<QList<const PrintableDocument *>> groups;
        for (const PrintableDocument *document : documents) {
            auto group = std::find_if(groups.begin(), groups.end(), [document](const auto &g) {
                return g.front()->type() == document->type();
            });
            if (group == groups.end())
                groups.append({document});
            else
                group->append(document);
        }
        const DocumentPrinter printer(settings);
        PrintResult total;
        for (const auto &group : std::as_const(groups)) {
            const PrintResult result = printer.printToDefault(group);
            if (!result.ok())
                return result;
            total.pages += result.pages;
        }
        return total;
    };
}

qint64 PackSession::scannedCount() const
{
    qint64 count = 0;
    for (const Line &line : m_lines)
        count += std::min(line.scanned, line.needed);
    return count;
}

qint64 PackSession::neededCount() const
{
    qint64 count = 0;
    for (const Line &line : m_lines)
        count += line.needed;
    return count;
}

QStringList PackSession::refusals() const
{
    return m_orderId > 0 ? ShipmentBooking(m_db, m_actor).refusals(m_orderId) : QStringList();
}

void PackSession::scan(const QString &text)
{
    const QString code = cleanedScan(text);
    if (code.isEmpty())
        return;
    switch (m_state) {
    case State::WaitingForOrder:
    case State::Refused:
    case State::Done:
        openOrder(code);
        break;
    case State::Scanning:
        scanItem(code);
        break;
    case State::PrintFailed:
        report(Outcome::PrintPending, code);
        break;
    case State::Printing:
        break;
    }
}

void PackSession::abandon()
{
    const QString pending = std::exchange(m_pendingOrder, QString());
    if (m_state == State::Scanning || m_state == State::Refused || m_state == State::PrintFailed) {
        const QString number = m_orderNumber;
        clearOrder();
        setState(State::WaitingForOrder);
        report(Outcome::Abandoned, {}, {}, number);
        if (!pending.isEmpty())
            openOrder(pending);
        return;
    }
    if (m_state == State::Done) {
        clearOrder();
        setState(State::WaitingForOrder);
        report(Outcome::None);
    }
}

void PackSession::retryPrint()
{
    if (m_state == State::PrintFailed) {
        finish();
    } else if (m_state == State::Done && !m_documents.empty()) {
        if (printDocuments())
            report(Outcome::Reprinted);
    }
}

void PackSession::openOrder(const QString &text)
{
    clearOrder();
    QString error;
    const OrderRepository orders(m_db, m_actor);
    const auto id = orders.resolve(text, &error);
    const auto order = id ? orders.load(*id) : std::nullopt;
    if (!order) {
        setState(State::WaitingForOrder);
        report(Outcome::OrderNotFound, text, error);
        return;
    }
    m_orderId = order->id;
    m_orderNumber = order->number;
    m_lines = loadLines(order->id);
    Q_EMIT linesChanged();
    if (!refusals().isEmpty()) {
        setState(State::Refused);
        report(Outcome::OrderRefused);
        return;
    }
    setState(State::Scanning);
    report(Outcome::OrderOpened);
}

void PackSession::scanItem(const QString &code)
{
    m_pendingOrder.clear(); // Esc opens another order only right after it was scanned
    const QString key = gtinKey(code);
    auto matches = [&](const Line &line) {
        return line.sku.compare(code, Qt::CaseInsensitive) == 0 || (!key.isEmpty() && gtinKey(line.gtin) == key);
    };
    // The first line of the item still short of its quantity; failing that, the item is one too many.
    qsizetype open = -1;
    qsizetype full = -1;
    qint64 neededOfItem = 0;
    for (qsizetype i = 0; i < m_lines.size(); ++i) {
        if (!matches(m_lines.at(i)))
            continue;
        neededOfItem += m_lines.at(i).needed;
        if (!m_lines.at(i).complete() && open < 0)
            open = i;
        else if (full < 0)
            full = i;
    }
    if (open >= 0) {
        Line &line = m_lines[open];
        ++line.scanned;
        Q_EMIT linesChanged();
        reportItem(Outcome::Ticked, code, line, line.needed);
        if (std::all_of(m_lines.cbegin(), m_lines.cend(), [](const Line &l) { return l.complete(); }))
            finish();
        return;
    }
    if (full >= 0) {
        const Line &line = m_lines.at(full);
        reportItem(Outcome::ExtraItem, code, line, neededOfItem);
        return;
    }
    if (const auto product = catalogueProduct(code)) {
        reportItem(Outcome::WrongItem, code, Line{product->first, product->second, {}, {}, 0, 0}, 0);
        return;
    }
    const QList<qint64> orders = OrderRepository(m_db).findByNumber(code);
    if (orders.contains(m_orderId)) {
        report(Outcome::SameOrder, code);
    } else if (!orders.isEmpty()) {
        m_pendingOrder = code;
        report(Outcome::OtherOrder, code);
    } else if (key.isEmpty() && TrackingNumbers::check(code).accepted()) {
        m_trackingNumber = TrackingNumbers::normalized(code);
        report(Outcome::TrackingTaken, m_trackingNumber);
    } else {
        report(Outcome::UnknownCode, code);
    }
}

void PackSession::finish()
{
    setState(State::Printing);
    m_pendingOrder.clear();
    auto fail = [this](const QString &error) {
        setState(State::PrintFailed);
        report(Outcome::PackFailed, {}, error);
    };
    // An order that printed before (a jammed label, a retry) keeps its shipment: never book twice.
    const ShipmentBooking booking(m_db, m_actor);
    QString error;
    if (m_shipmentId == 0) {
        const QList<Shipment> shipments = ShipmentRepository(m_db).forOrder(m_orderId);
        for (const Shipment &shipment : shipments) {
            if (shipment.status != u"cancelled" && shipment.status != u"returned")
                m_shipmentId = shipment.id;
        }
    }
    QStringList warnings;
    if (m_shipmentId == 0) {
        ShipmentBooking::Request request;
        if (!m_trackingNumber.isEmpty())
            request.trackingNumbers.append(m_trackingNumber);
        const auto shipment = booking.create(m_orderId, request, &warnings, &error);
        if (!shipment)
            return fail(error);
        m_shipmentId = shipment->id;
    } else if (!m_trackingNumber.isEmpty() && !booking.setTracking(m_shipmentId, 1, m_trackingNumber, &warnings, &error)) {
        return fail(error);
    }
    const auto document = ShippingDocumentBuilder(m_db).build(m_orderId, m_shipmentId, &error);
    if (!document)
        return fail(error);
    m_documents.clear();
    m_documents.push_back(std::make_unique<ShippingLabel>(*document));
    if (document->customsForm != CustomsFormKind::None)
        m_documents.push_back(std::make_unique<CustomsForm>(*document));
    else if (document->international)
        m_documents.push_back(std::make_unique<CommercialInvoice>(*document));
    m_documents.push_back(std::make_unique<PackingSlip>(*document));
    if (!printDocuments())
        return;
    if (!booking.markPacked(m_shipmentId, &error))
        return fail(error);
    setState(State::Done);
    report(Outcome::Packed);
}

bool PackSession::printDocuments()
{
    QList<const PrintableDocument *> documents;
    for (const auto &document : m_documents)
        documents.append(document.get());
    const PrintResult result = m_print ? m_print(documents) : PrintResult::failed(tr("no printer is set up"));
    if (result.ok())
        return true;
    setState(State::PrintFailed);
    const QString error = result.status == PrintResult::Status::Cancelled ? tr("printing was cancelled") : result.error;
    report(Outcome::PrintFailed, {}, error);
    return false;
}

void PackSession::clearOrder()
{
    const bool hadLines = !m_lines.isEmpty();
    m_orderId = 0;
    m_orderNumber.clear();
    m_lines.clear();
    m_shipmentId = 0;
    m_trackingNumber.clear();
    m_documents.clear();
    if (hadLines)
        Q_EMIT linesChanged();
}

void PackSession::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void PackSession::report(Outcome outcome, const QString &code, const QString &error, const QString &orderNumber)
{
    Feedback feedback;
    feedback.outcome = outcome;
    feedback.code = code;
    feedback.error = error;
    feedback.orderNumber = orderNumber.isEmpty() ? m_orderNumber : orderNumber;
    feedback.otherOrder = m_pendingOrder;
    m_feedback = std::move(feedback);
    Q_EMIT feedbackChanged(m_feedback);
}

void PackSession::reportItem(Outcome outcome, const QString &code, const Line &line, qint64 needed)
{
    Feedback feedback;
    feedback.outcome = outcome;
    feedback.code = code;
    feedback.orderNumber = m_orderNumber;
    feedback.sku = line.sku;
    feedback.name = line.name;
    feedback.scanned = line.scanned;
    feedback.needed = needed;
    m_feedback = std::move(feedback);
    Q_EMIT feedbackChanged(m_feedback);
}

QList<PackSession::Line> PackSession::loadLines(qint64 orderId) const
{
    QList<Line> lines;
    const auto order = OrderRepository(m_db).load(orderId);
    if (!order)
        return lines;
    QSqlQuery q(m_db);
    q.prepare(u"SELECT sku, name, barcode, bin FROM products WHERE id = ? OR (? = 0 AND sku = ? COLLATE NOCASE) "
              "LIMIT 1"_s);
    for (const OrderLine &orderLine : order->lines) {
        Line line{orderLine.sku, orderLine.name, {}, {}, orderLine.quantity, 0};
        q.addBindValue(orderLine.productId);
        q.addBindValue(orderLine.productId);
        q.addBindValue(orderLine.sku);
        if (q.exec() && q.next()) {
            if (line.name.trimmed().isEmpty())
                line.name = q.value(1).toString();
            line.gtin = q.value(2).toString();
            line.bin = q.value(3).toString();
        }
        lines.append(line);
    }
    return lines;
}

std::optional<std::pair<QString, QString>> PackSession::catalogueProduct(const QString &code) const
{
    const QString key = gtinKey(code);
    const QStringList forms = key.isEmpty() ? QStringList(4, QString()) : storedGtinForms(key);
    QSqlQuery q(m_db);
    q.prepare(u"SELECT sku, name FROM products WHERE sku = ? COLLATE NOCASE "
              "OR (barcode <> '' AND barcode IN (?, ?, ?, ?)) ORDER BY id LIMIT 1"_s);
    q.addBindValue(code);
    for (const QString &form : forms)
        q.addBindValue(form);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return std::make_pair(q.value(0).toString(), q.value(1).toString());
}
