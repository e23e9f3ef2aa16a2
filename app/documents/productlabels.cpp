#include "productlabels.h"

#include "documenttext.h"
#include "gtin.h"

#include <QPageSize>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace {

using DocumentText::Style;

// A4 sheet of 3 × 8 labels of 70 × 37 mm: the labels touch, 0.5 mm of paper above and below.
constexpr qreal SheetLabelWidth = 70;
constexpr qreal SheetLabelHeight = 37;
constexpr qreal SheetTop = (297 - ProductLabels::SheetRows * SheetLabelHeight) / 2;
// Thermal roll labels.
constexpr qreal RollLabelWidth = 50;
constexpr qreal RollLabelHeight = 25;

int labelsPerPage(ProductLabels::Layout layout) {
    return layout == ProductLabels::Layout::A4Sheet ? ProductLabels::SheetColumns * ProductLabels::SheetRows
                                                    : 1;
}

} // namespace

ProductLabels::ProductLabels(const QList<ProductLabelItem> &items, Layout layout)
    : m_layout(layout) {
    for (const ProductLabelItem &item : items) {
        for (int copy = 0; copy < item.copies; ++copy)
            m_labels.append(item);
    }
}

QString ProductLabels::title() const {
    return tr("Product labels (%n labels)", nullptr, labelCount());
}

QPageLayout ProductLabels::pageLayout() const {
    const QPageSize size = m_layout == Layout::A4Sheet
                               ? QPageSize(QPageSize::A4)
                               : QPageSize(QSizeF(RollLabelWidth, RollLabelHeight), QPageSize::Millimeter,
                                           u"50x25 mm label"_s, QPageSize::ExactMatch);
    // A 50 × 25 mm label is wider than tall: landscape in the printer's terms, but its page size is what it
    // is.
    QPageLayout layout(size, QPageLayout::Portrait, QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
    layout.setMode(QPageLayout::FullPageMode);
    return layout;
}

int ProductLabels::pageCount() const {
    const int perPage = labelsPerPage(m_layout);
    return std::max(1, (labelCount() + perPage - 1) / perPage);
}

BarcodePainter ProductLabels::barcodeFor(const ProductLabelItem &item) {
    const QString gtin = Gtin::normalized(item.gtin);
    if (Gtin::check(gtin).ok()) {
        if (gtin.size() == 13)
            return BarcodePainter(BarcodePainter::Symbology::Ean13, gtin);
        if (gtin.size() == 12)
            return BarcodePainter(BarcodePainter::Symbology::UpcA, gtin);
    }
    return BarcodePainter(BarcodePainter::Symbology::Code128, item.sku.trimmed());
}

QRectF ProductLabels::labelRect(const PageUnits &u, int index) const {
    if (m_layout == Layout::ThermalRoll)
        return QRectF(0, 0, u.mm(RollLabelWidth), u.mm(RollLabelHeight));
    const int slot = index % labelsPerPage(m_layout);
    const int column = slot % SheetColumns;
    const int row = slot / SheetColumns;
    return QRectF(u.mm(column * SheetLabelWidth), u.mm(SheetTop + row * SheetLabelHeight),
                  u.mm(SheetLabelWidth), u.mm(SheetLabelHeight));
}

void ProductLabels::paintLabel(QPainter &painter, const PageUnits &u, const QRectF &rect,
                               const ProductLabelItem &item) const {
    const bool roll = m_layout == Layout::ThermalRoll;
    // Sheet labels are die-cut with rounded corners: keep 3 mm clear; a roll label is printed edge to edge.
    const QRectF inner = rect.adjusted(u.mm(roll ? 1.5 : 3), u.mm(roll ? 1 : 2.5), -u.mm(roll ? 1.5 : 3),
                                       -u.mm(roll ? 1 : 2.5));
    const QFont nameFont = DocumentText::font(u, roll ? 7 : 9, Style::Bold, item.name);
    const qreal nameHeight = DocumentText::lineHeight(painter, nameFont);
    DocumentText::drawLine(painter, QRectF(inner.left(), inner.top(), inner.width(), nameHeight), item.name,
                           nameFont, Qt::AlignHCenter | Qt::AlignVCenter, roll ? 5 : 6);

    BarcodePainter barcode = barcodeFor(item);
    const bool ownDigits = barcode.symbology() != BarcodePainter::Symbology::Code128;
    // Under an EAN or UPC the SKU is printed as well: the digits name the product for the till, the SKU for
    // us.
    const QFont skuFont = DocumentText::font(u, roll ? 6 : 7, Style::Regular, item.sku);
    const qreal skuHeight = ownDigits || !barcode.isValid() ? DocumentText::lineHeight(painter, skuFont) : 0;
    const QRectF barcodeArea(inner.left(), inner.top() + nameHeight + u.mm(0.5), inner.width(),
                             inner.height() - nameHeight - skuHeight - u.mm(0.5));
    barcode.setTextPointSize(roll ? 6.5 : 8);
    if (barcode.isValid())
        barcode.draw(painter, barcodeArea);
    else
        DocumentText::drawWrapped(painter, barcodeArea, barcode.errorString(), DocumentText::font(u, 6), 3,
                                  Qt::AlignHCenter);
    if (skuHeight > 0)
        DocumentText::drawLine(painter,
                               QRectF(inner.left(), inner.bottom() - skuHeight, inner.width(), skuHeight),
                               u"SKU "_s + item.sku, skuFont, Qt::AlignHCenter | Qt::AlignVCenter, 5);
}

void ProductLabels::paintPage(QPainter &painter, int page) const {
    const PageUnits u(painter.device());
    const int perPage = labelsPerPage(m_layout);
    painter.save();
    painter.setPen(Qt::black);
    for (int index = page * perPage; index < std::min(labelCount(), (page + 1) * perPage); ++index)
        paintLabel(painter, u, labelRect(u, index), m_labels.at(index));
    painter.restore();
}
