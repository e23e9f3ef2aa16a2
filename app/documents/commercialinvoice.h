#pragma once

#include "documenttable.h"
#include "printabledocument.h"
#include "shippingdocument.h"

#include <QCoreApplication>

class PageUnits;

// The commercial invoice that travels with a courier parcel (A4, in English for customs): number and date,
// exporter and importer with their tax IDs, air waybill, Incoterm, currency, reason for export, one row per
// line with HS code, origin, quantity, unit and total value and net weight, totals; long invoices continue on
// more pages.
class CommercialInvoice final : public PrintableDocument {
    Q_DECLARE_TR_FUNCTIONS(CommercialInvoice)

public:
    explicit CommercialInvoice(ShippingDocument document);

    DocumentType type() const override { return DocumentType::CommercialInvoice; }
    QString title() const override;
    QPageLayout pageLayout() const override;
    int pageCount() const override;
    void paintPage(QPainter &painter, int page) const override;

    const ShippingDocument &document() const { return m_document; }
    // Goods plus shipping, when both are in the declared currency (else the goods alone).
    Money invoiceTotal() const;

private:
    Pagination pagination() const;
    qreal paintHeader(QPainter &painter, const PageUnits &units, int page) const;
    void paintFooter(QPainter &painter, const PageUnits &units) const;

    ShippingDocument m_document;
};
