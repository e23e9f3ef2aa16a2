#include "orderdocuments.h"

#include "commercialinvoice.h"
#include "connection.h"
#include "customsform.h"
#include "orderrepository.h"
#include "packingslip.h"
#include "shipmentbooking.h"
#include "shipmentrepository.h"
#include "shippingdocumentbuilder.h"
#include "shippinglabel.h"

#include <QSqlQuery>

#include <stdexcept>

using namespace Qt::StringLiterals;

QStringList OrderDocuments::refusals(const QSqlDatabase &db, qint64 orderId)
{
    const auto order = OrderRepository(db).load(orderId);
    if (!order)
        return {tr("the order is no longer in the database")};
    const bool booked = !ShipmentRepository(db).forOrder(orderId).isEmpty();
    if (booked && (order->status == OrderStatus::Packed || order->status == OrderStatus::Shipped))
        return {};
    return ShipmentBooking(db).refusals(orderId);
}

std::shared_ptr<PrintableDocument> OrderDocuments::make(const ShippingDocument &document, Kind kind)
{
    switch (kind) {
    case Kind::Label:
        return std::make_shared<ShippingLabel>(document);
    case Kind::Customs:
        if (!document.international)
            return nullptr;
        // Postal parcels travel with a CN22/CN23, courier parcels with a commercial invoice.
        if (document.customsForm == CustomsFormKind::None)
            return std::make_shared<CommercialInvoice>(document);
        return std::make_shared<CustomsForm>(document);
    case Kind::PackingSlip:
        return std::make_shared<PackingSlip>(document);
    }
    return nullptr;
}

QList<std::shared_ptr<PrintableDocument>> OrderDocuments::all(const ShippingDocument &document)
{
    QList<std::shared_ptr<PrintableDocument>> documents;
    for (Kind kind : {Kind::Label, Kind::Customs, Kind::PackingSlip}) {
        if (auto made = make(document, kind))
            documents.append(std::move(made));
    }
    return documents;
}

QList<BatchPrintJob::Item> OrderDocuments::batchItems(const QSqlDatabase &db, const QList<qint64> &orderIds,
                                                      QStringList *refused)
{
    const OrderRepository orders(db);
    QSqlQuery bin(db);
    bin.prepare(u"SELECT bin FROM products WHERE id = ?"_s);
    QList<BatchPrintJob::Item> items;
    for (qint64 id : orderIds) {
        const auto order = orders.load(id);
        if (!order)
            continue;
        const QStringList why = refusals(db, id);
        if (!why.isEmpty()) {
            if (refused)
                refused->append(tr("%1: %2").arg(order->number, why.join(u"; "_s)));
            continue;
        }
        BatchPrintJob::Item item;
        item.orderNumber = order->number;
        if (!order->lines.isEmpty()) {
            const OrderLine &first = order->lines.constFirst();
            item.firstSku = first.sku;
            bin.addBindValue(first.productId);
            if (first.productId > 0 && bin.exec() && bin.next())
                item.firstBin = bin.value(0).toString();
        }
        items.append(item);
    }
    return items;
}

BatchPrintJob::DocumentFactory OrderDocuments::batchFactory(const QString &databasePath)
{
    return [databasePath](const BatchPrintJob::Item &item) {
        // Opened here, in the worker thread: a connection may only be used by the thread that opened it.
        QString error;
        Connection connection = Connection::open(databasePath, &error, Connection::Mode::OpenExisting);
        std::optional<qint64> id;
        if (connection.isOpen())
            id = OrderRepository(connection.database()).resolve(item.orderNumber, &error);
        const auto document = id ? ShippingDocumentBuilder(connection.database()).build(*id, 0, &error)
                                 : std::nullopt;
        if (!document)
            throw std::runtime_error(error.toLocal8Bit().toStdString());
        return all(*document);
    };
}
