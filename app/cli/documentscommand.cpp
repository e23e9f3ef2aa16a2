#include "cli.h"
#include "clicontext.h"
#include "commercialinvoice.h"
#include "customsform.h"
#include "orderrepository.h"
#include "packingslip.h"
#include "pdfexport.h"
#include "productlabels.h"
#include "productrepository.h"
#include "shipmentbooking.h"
#include "shippingdocumentbuilder.h"
#include "shippinglabel.h"
#include "writeerror.h"
#include "zpllabel.h"

#include <QSaveFile>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

// Resolves every order and builds its documents' data; all or nothing: every order is checked before anything is
// booked, so a refused order writes no file and books nothing.
std::optional<QList<ShippingDocument>> documentsFor(CliContext &context, Connection &connection, bool labels)
{
    connection = context.open();
    if (!connection.isOpen())
        return std::nullopt;
    const OrderRepository orders(connection.database());
    const ShipmentBooking booking(connection.database());
    const ShipmentRepository shipments(connection.database());
    QList<std::pair<QString, qint64>> found;
    bool ok = true;
    for (const QString &number : std::as_const(context.arguments)) {
        QString error;
        const auto id = orders.resolve(number, &error);
        if (!id) {
            context.err << error << Qt::endl;
            ok = false;
            continue;
        }
        // A packed or shipped order may be reprinted; one that must not ship gets no label, and is told why.
        const auto status = orders.load(*id)->status;
        const bool reprint = !shipments.forOrder(*id).isEmpty()
                             && (status == OrderStatus::Packed || status == OrderStatus::Shipped);
        const QStringList refused = labels && !reprint ? booking.refusals(*id) : QStringList();
        if (!refused.isEmpty()) {
            context.err << DocumentsCommand::tr("%1: no label: %2").arg(number, refused.join(u"; "_s)) << Qt::endl;
            ok = false;
            continue;
        }
        found.append({number, *id});
    }
    if (!ok)
        return std::nullopt;
    const ShippingDocumentBuilder builder(connection.database());
    QList<ShippingDocument> documents;
    for (const auto &[number, id] : std::as_const(found)) {
        QString error;
        // Printing a label is the intent to ship: an order without a shipment gets one with the default service
        // (and, for a postal service with an allocated range, its S10 number), as at the pack station.
        if (labels && shipments.forOrder(id).isEmpty()) {
            QStringList warnings;
            const auto shipment = booking.create(id, {}, &warnings, &error);
            for (const QString &warning : std::as_const(warnings))
                context.err << DocumentsCommand::tr("warning: %1").arg(warning) << Qt::endl;
            if (!shipment) {
                context.err << DocumentsCommand::tr("%1: %2").arg(number, error) << Qt::endl;
                return std::nullopt;
            }
            context.out << DocumentsCommand::tr("%1: shipment %2 booked with %3")
                               .arg(number)
                               .arg(shipment->id)
                               .arg(shipment->serviceCode)
                        << Qt::endl;
        }
        const auto document = builder.build(id, 0, &error);
        if (!document) {
            context.err << DocumentsCommand::tr("%1: %2").arg(number, error) << Qt::endl;
            return std::nullopt;
        }
        documents.append(*document);
    }
    return documents;
}

bool writeFile(CliContext &context, const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    QString why;
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        why = WriteError::fromFile(file);
    else
        WriteError::commit(file, &why);
    if (!why.isEmpty()) {
        context.err << DocumentsCommand::tr("%1: cannot write: %2").arg(path, why) << Qt::endl;
        return false;
    }
    return true;
}

} // namespace

int DocumentsCommand::labels(CliContext &context)
{
    QString format, out, dpiText;
    if (!context.takeOptions({{u"--format"_s, &format}, {u"--out"_s, &out}, {u"--dpi"_s, &dpiText}})
        || context.arguments.isEmpty() || out.isEmpty() || !context.firstUnknownOption().isEmpty())
        return Cli::Usage;
    format = format.isEmpty() ? (out.endsWith(u".zpl"_s, Qt::CaseInsensitive) ? u"zpl"_s : u"pdf"_s) : format.toLower();
    const int dpi = dpiText.isEmpty() ? 203 : dpiText.toInt();
    if ((format != u"pdf" && format != u"zpl") || (dpi != 203 && dpi != 300)) {
        context.err << tr("labels: --format is pdf or zpl, --dpi is 203 or 300") << Qt::endl;
        return Cli::Usage;
    }
    Connection connection;
    const auto documents = documentsFor(context, connection, true);
    if (!documents)
        return Cli::BadInput;
    int pages = 0;
    if (format == u"zpl") {
        QByteArray zpl;
        for (const ShippingDocument &d : *documents) {
            zpl += ZplLabel(d, dpi).toZpl();
            pages += int(d.packages.size());
        }
        if (!writeFile(context, out, zpl))
            return Cli::BadInput;
    } else {
        std::vector<std::unique_ptr<ShippingLabel>> labels;
        QList<const PrintableDocument *> list;
        for (const ShippingDocument &d : *documents) {
            labels.push_back(std::make_unique<ShippingLabel>(d));
            list.append(labels.back().get());
            pages += labels.back()->pageCount();
        }
        QString error;
        if (!PdfExport::write(list, out, dpi, &error)) {
            context.err << error << Qt::endl;
            return Cli::BadInput;
        }
    }
    context.out << tr("%n label(s) written to %1", nullptr, pages).arg(out) << Qt::endl;
    return Cli::Done;
}

int DocumentsCommand::customs(CliContext &context)
{
    QString out, kind;
    if (!context.takeOptions({{u"--out"_s, &out}, {u"--document"_s, &kind}}) || context.arguments.size() != 1
        || out.isEmpty() || !context.firstUnknownOption().isEmpty())
        return Cli::Usage;
    if (!kind.isEmpty() && kind != u"customs" && kind != u"invoice" && kind != u"packing-slip") {
        context.err << tr("customs: --document is customs, invoice or packing-slip") << Qt::endl;
        return Cli::Usage;
    }
    Connection connection;
    const auto documents = documentsFor(context, connection, false);
    if (!documents)
        return Cli::BadInput;
    const ShippingDocument &d = documents->front();
    if (!d.international && kind.isEmpty()) {
        context.err << tr("%1 stays in %2: no customs declaration is needed")
                           .arg(d.orderNumber, d.recipient.address.country)
                    << Qt::endl;
        return Cli::BadInput;
    }
    // Postal parcels carry a CN22/CN23; couriers want a commercial invoice.
    std::unique_ptr<PrintableDocument> document;
    if (kind == u"packing-slip")
        document = std::make_unique<PackingSlip>(d);
    else if (kind == u"invoice" || (kind.isEmpty() && d.customsForm == CustomsFormKind::None))
        document = std::make_unique<CommercialInvoice>(d);
    else
        document = std::make_unique<CustomsForm>(d);
    QString error;
    if (!PdfExport::write({document.get()}, out, 300, &error)) {
        context.err << error << Qt::endl;
        return Cli::BadInput;
    }
    context.out << tr("%1 written to %2").arg(document->title(), out) << Qt::endl;
    return Cli::Done;
}

int DocumentsCommand::barcodes(CliContext &context)
{
    const bool roll = context.takeFlag(u"--roll"_s);
    QString out, copiesText;
    if (!context.takeOptions({{u"--out"_s, &out}, {u"--copies"_s, &copiesText}}) || context.arguments.isEmpty()
        || out.isEmpty() || !context.firstUnknownOption().isEmpty())
        return Cli::Usage;
    bool ok = true;
    const int copies = copiesText.isEmpty() ? 1 : copiesText.toInt(&ok);
    if (!ok || copies < 1 || copies > 1000) {
        context.err << tr("barcodes: --copies is a number from 1 to 1000") << Qt::endl;
        return Cli::Usage;
    }
    Connection connection = context.open();
    if (!connection.isOpen())
        return Cli::BadInput;
    const ProductRepository products(connection.database());
    QList<ProductLabelItem> items;
    bool found = true;
    for (const QString &sku : std::as_const(context.arguments)) {
        const auto product = products.findBySku(sku);
        if (!product) {
            context.err << tr("there is no product with SKU %1").arg(sku) << Qt::endl;
            found = false;
            continue;
        }
        items.append({product->sku, product->name, product->barcode, copies});
    }
    if (!found)
        return Cli::BadInput;
    // EAN-13 from a valid GTIN, otherwise Code 128 of the SKU; A4 sheets of 3 × 8, or one 50 × 25 mm label per page.
    const ProductLabels labels(items, roll ? ProductLabels::Layout::ThermalRoll : ProductLabels::Layout::A4Sheet);
    QString error;
    if (!PdfExport::write({&labels}, out, roll ? 203 : 300, &error)) {
        context.err << error << Qt::endl;
        return Cli::BadInput;
    }
    context.out << tr("%n barcode label(s) written to %1", nullptr, labels.labelCount()).arg(out) << Qt::endl;
    return Cli::Done;
}
