#pragma once

#include "documenttable.h"
#include "printabledocument.h"
#include "shippingdocument.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

#include <memory>

class PageUnits;

// The packing slip that goes in the box (A4), in the customer's language (ShippingDocument::customerLanguage,
// English when Borderdesk has no translation for it): the order number as a Code 128 for the pack station's
// scanner, the ship-to address, one row per line with a tick box, SKU, name as sold, quantity and bin, the
// notes. In a right-to-left language (Arabic) the page is mirrored: the title block and the ship-to box on
// the right, the barcode and the shipping method on the left, the table's tick boxes at the right edge.
class PackingSlip final : public PrintableDocument {
    Q_DECLARE_TR_FUNCTIONS(PackingSlip)

public:
    explicit PackingSlip(ShippingDocument document);
    ~PackingSlip() override;

    DocumentType type() const override { return DocumentType::PackingSlip; }
    QString title() const override;
    QPageLayout pageLayout() const override;
    int pageCount() const override;
    void paintPage(QPainter &painter, int page) const override;

    const ShippingDocument &document() const { return m_document; }
    // The language the slip speaks ("th", or "en" when falling back).
    QString language() const { return m_language; }
    // The direction of that language: right to left for Arabic (and any right-to-left translation).
    Qt::LayoutDirection layoutDirection() const { return m_direction; }
    // A caption (marked with QT_TRANSLATE_NOOP("PackingSlip", …)) in the customer's language.
    QString caption(const char *source) const;

private:
    Pagination pagination() const;

    ShippingDocument m_document;
    std::unique_ptr<QTranslator> m_translator;
    std::unique_ptr<QTranslator> m_qtTranslator;
    QString m_language;
    QLocale m_locale;
    Qt::LayoutDirection m_direction = Qt::LeftToRight;
};
