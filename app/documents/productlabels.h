#pragma once

#include "barcodepainter.h"
#include "printabledocument.h"

#include <QCoreApplication>
#include <QList>
#include <QRectF>
#include <QString>

class PageUnits;

// One product to label: `copies` labels with its name, its barcode and its SKU.
struct ProductLabelItem {
    QString sku;
    QString name;
    QString gtin; // digits (spaces and hyphens are ignored), or empty
    int copies = 1;
};

// Product barcode labels: EAN-13 for a valid 13-digit GTIN, UPC-A for a valid 12-digit one, otherwise Code
// 128 of the SKU. Either an A4 sheet of 3 × 8 labels of 70 × 37 mm (paginated) or a thermal roll with one 50
// × 25 mm label per page.
class ProductLabels final : public PrintableDocument {
    Q_DECLARE_TR_FUNCTIONS(ProductLabels)

public:
    enum class Layout { A4Sheet, ThermalRoll };

    ProductLabels(const QList<ProductLabelItem> &items, Layout layout);

    DocumentType type() const override { return DocumentType::ProductLabels; }
    QString title() const override;
    QPageLayout pageLayout() const override;
    int pageCount() const override;
    void paintPage(QPainter &painter, int page) const override;

    Layout layout() const { return m_layout; }
    int labelCount() const { return static_cast<int>(m_labels.size()); }
    // The barcode a label carries for this item (check isValid(): a SKU Code 128 cannot carry may fail).
    static BarcodePainter barcodeFor(const ProductLabelItem &item);

    static constexpr int SheetColumns = 3;
    static constexpr int SheetRows = 8;

private:
    // The rectangle of label `index` on its page, in device dots.
    QRectF labelRect(const PageUnits &units, int index) const;
    void paintLabel(QPainter &painter, const PageUnits &units, const QRectF &rect,
                    const ProductLabelItem &item) const;

    QList<ProductLabelItem> m_labels; // one entry per printed label (copies expanded)
    Layout m_layout;
};
