#pragma once

#include "batchprintjob.h"
#include "printabledocument.h"
#include "shippingdocument.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>

#include <memory>

// The printable documents of an order's shipment (shipping label, customs form or commercial invoice, packing
// slip), the rule for when an order may have them, and the pieces a batch print of many orders needs.
class OrderDocuments
{
    Q_DECLARE_TR_FUNCTIONS(OrderDocuments)

public:
    enum class Kind { Label, Customs, PackingSlip };

    // Why the order may not get a label now; empty when it may. A packed or shipped order with a shipment may
    // always be reprinted.
    static QStringList refusals(const QSqlDatabase &db, qint64 orderId);
    // The document of that kind; for Kind::Customs the CN22/CN23 of a postal item, else the commercial invoice,
    // and null when the parcel stays in the country.
    static std::shared_ptr<PrintableDocument> make(const ShippingDocument &document, Kind kind);
    // Label, customs paper (when the parcel crosses a border) and packing slip, in that order.
    static QList<std::shared_ptr<PrintableDocument>> all(const ShippingDocument &document);

    // One batch item per order that may be printed (first SKU, its bin); the others land in *refused as
    // "#1004: why".
    static QList<BatchPrintJob::Item> batchItems(const QSqlDatabase &db, const QList<qint64> &orderIds,
                                                 QStringList *refused);
    // Makes an item's documents in the batch's worker thread, on a connection of its own to the database file.
    // Throws std::runtime_error with a translated message when the order's documents cannot be made.
    static BatchPrintJob::DocumentFactory batchFactory(const QString &databasePath);
};
