#pragma once

#include "rateshopping.h"
#include "shippingdocument.h"

#include <QCoreApplication>
#include <QSqlDatabase>

// Gathers what the label, customs form, invoice and packing slip print: the order and its customer, the products'
// customs data, the shipment's packages and tracking numbers, and the shop's own address and tax numbers (settings
// "ship_from_*", "shop_*"). Customs values are net of the order's discounts, in the declared currency (the order's,
// or the shop's "customs_currency") at the order's recorded rate.
class ShippingDocumentBuilder
{
    Q_DECLARE_TR_FUNCTIONS(ShippingDocumentBuilder)

public:
    explicit ShippingDocumentBuilder(const QSqlDatabase &db);

    // shipmentId 0: the order's latest shipment, or a draft with one package when it has none.
    std::optional<ShippingDocument> build(qint64 orderId, qint64 shipmentId, QString *error) const;

    DocumentParty sender() const;
    // The shop's own address and numbers, as "ship_from_*" and "shop_*" settings. Call inside a transaction or not.
    static QStringList senderKeys();

    // Shares an order-level discount over lines in proportion to their value; the shares add up exactly.
    static QList<qint64> shareDiscount(const QList<qint64> &lineTotals, qint64 discount);

private:
    QSqlDatabase m_db;
    RateShopping m_shopping; // for drafts; loads the services once per builder, not once per order
};
