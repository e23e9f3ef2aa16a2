#pragma once

#include "labelcontent.h"
#include "printabledocument.h"
#include "shippingdocument.h"

#include <QCoreApplication>

// The 4×6 in shipping label as a printable document: one page per package, drawn in whole device dots at the
// device's resolution (203 or 300 dpi thermal printers, or a PDF), with the tracking number as a Code 128
// barcode.
class ShippingLabel final : public PrintableDocument {
    Q_DECLARE_TR_FUNCTIONS(ShippingLabel)

public:
    explicit ShippingLabel(ShippingDocument document);

    DocumentType type() const override { return DocumentType::ShippingLabel; }
    QString title() const override;
    QPageLayout pageLayout() const override;
    int pageCount() const override;
    void paintPage(QPainter &painter, int page) const override;

    const ShippingDocument &document() const { return m_document; }
    // Exactly 4×6 in, portrait, no margins, full-page painting (shared with the CN22 form).
    static QPageLayout labelPageLayout();

private:
    ShippingDocument m_document;
};
