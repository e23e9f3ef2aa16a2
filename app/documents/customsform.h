#pragma once

#include "documenttable.h"
#include "printabledocument.h"
#include "shippingdocument.h"

#include <QCoreApplication>

class PageUnits;

// The UPU customs declaration for postal items: CN22 (up to 300 SDR, label-sized 4×6 in) or CN23 (above, A4),
// chosen by ShippingDocument::customsForm (CN23 when it says neither). Printed words are English and French
// as on the UPU forms; a declaration with more lines than a page holds continues on further pages, the
// totals, category and signature on the last.
class CustomsForm final : public PrintableDocument {
    Q_DECLARE_TR_FUNCTIONS(CustomsForm)

public:
    explicit CustomsForm(ShippingDocument document);

    CustomsFormKind kind() const;
    DocumentType type() const override { return DocumentType::CustomsForm; }
    QString title() const override;
    QPageLayout pageLayout() const override;
    int pageCount() const override;
    void paintPage(QPainter &painter, int page) const override;

    const ShippingDocument &document() const { return m_document; }

private:
    Pagination pagination() const;
    void paintCn23(QPainter &painter, const PageUnits &units, int page) const;
    void paintCn22(QPainter &painter, const PageUnits &units, int page) const;

    ShippingDocument m_document;
};
