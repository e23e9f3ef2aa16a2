#include "shippinglabel.h"

#include "barcodepainter.h"
#include "documenttext.h"

#include <QPageSize>
#include <QPainter>

#include <algorithm>

using namespace Qt::StringLiterals;

// Captions on the label are plain English literals, not tr(): see labelcontent.cpp.

namespace {

using DocumentText::Style;

// A small caption above its value, e.g. "ORDER" over "#1001".
void drawCaptioned(QPainter &painter, const PageUnits &units, const QRect &rect, const QString &caption,
                   const QString &value, qreal valuePoints) {
    const QFont captionFont = DocumentText::font(units, 6.5, Style::Bold);
    const qreal captionHeight = DocumentText::lineHeight(painter, captionFont);
    DocumentText::drawLine(painter, QRectF(rect.left(), rect.top(), rect.width(), captionHeight), caption,
                           captionFont);
    const QFont valueFont = DocumentText::font(units, valuePoints, Style::Bold, value);
    DocumentText::drawLine(
        painter, QRectF(rect.left(), rect.top() + captionHeight, rect.width(), rect.height() - captionHeight),
        value, valueFont, Qt::AlignLeft | Qt::AlignVCenter, 6);
}

struct AddressLine {
    QString text;
    qreal points;
    Style style;
};

// Draws address lines top down, scaling every size by the same factor when they would not fit the height.
void drawAddress(QPainter &painter, const PageUnits &units, const QRectF &rect,
                 const QList<AddressLine> &lines) {
    qreal needed = 0;
    for (const AddressLine &line : lines)
        needed +=
            DocumentText::lineHeight(painter, DocumentText::font(units, line.points, line.style, line.text));
    const qreal factor = needed > rect.height() ? std::max(0.55, rect.height() / needed) : 1.0;
    qreal y = rect.top();
    for (const AddressLine &line : lines) {
        const QFont font = DocumentText::font(units, line.points * factor, line.style, line.text);
        const qreal height = DocumentText::lineHeight(painter, font);
        if (y + height > rect.bottom() + 1)
            break;
        DocumentText::drawLine(painter, QRectF(rect.left(), y, rect.width(), height), line.text, font,
                               Qt::AlignLeft | Qt::AlignVCenter, 6);
        y += height;
    }
}

} // namespace

ShippingLabel::ShippingLabel(ShippingDocument document)
    : m_document(std::move(document)) {}

QString ShippingLabel::title() const {
    return tr("Shipping label %1").arg(m_document.orderNumber);
}

QPageLayout ShippingLabel::labelPageLayout() {
    // ExactMatch: Qt would otherwise snap 4×6 in to the nearest named size.
    QPageLayout layout(QPageSize(QSizeF(4.0, 6.0), QPageSize::Inch, u"4x6 in label"_s, QPageSize::ExactMatch),
                       QPageLayout::Portrait, QMarginsF(0, 0, 0, 0), QPageLayout::Inch);
    layout.setMode(QPageLayout::FullPageMode);
    return layout;
}

QPageLayout ShippingLabel::pageLayout() const {
    return labelPageLayout();
}

int ShippingLabel::pageCount() const {
    return std::max<int>(1, static_cast<int>(m_document.packages.size()));
}

void ShippingLabel::paintPage(QPainter &painter, int page) const {
    const LabelLayout layout(painter.device()->logicalDpiX());
    const PageUnits units(layout.dpi);
    const LabelContent content = LabelContent::of(m_document, page);

    painter.save();
    painter.fillRect(QRect(QPoint(0, 0), layout.page), Qt::white);
    for (const QRect &rule : layout.rules)
        painter.fillRect(rule, Qt::black);
    painter.setPen(Qt::black);

    // Ship from.
    const QFont captionFont = DocumentText::font(units, 6.5, Style::Bold);
    const int captionHeight = qRound(DocumentText::lineHeight(painter, captionFont));
    DocumentText::drawLine(painter, QRect(layout.from.topLeft(), QSize(layout.from.width(), captionHeight)),
                           u"FROM"_s, captionFont);
    QList<AddressLine> fromLines;
    for (const QString &line : content.fromLines)
        fromLines.append({line, 8, Style::Regular});
    drawAddress(painter, units, layout.from.adjusted(0, captionHeight, 0, 0), fromLines);

    // Carrier and service; an express service gets a black band the sorters see from afar.
    QRect service = layout.service;
    const QFont carrierFont = DocumentText::font(units, 12, Style::Bold, content.carrier);
    const int carrierHeight = qRound(DocumentText::lineHeight(painter, carrierFont));
    DocumentText::drawLine(painter, QRect(service.topLeft(), QSize(service.width(), carrierHeight)),
                           content.carrier, carrierFont, Qt::AlignLeft | Qt::AlignVCenter, 7);
    service.setTop(service.top() + carrierHeight);
    if (content.express) {
        const QFont bandFont = DocumentText::font(units, 14, Style::Bold);
        const int bandHeight = qRound(DocumentText::lineHeight(painter, bandFont) * 1.15);
        const QRect band(service.left(), layout.service.bottom() - bandHeight, service.width(), bandHeight);
        painter.fillRect(band, Qt::black);
        painter.setPen(Qt::white);
        DocumentText::drawLine(painter, band, u"EXPRESS"_s, bandFont, Qt::AlignCenter);
        painter.setPen(Qt::black);
        service.setBottom(band.top() - 1);
    }
    DocumentText::drawWrapped(painter, service, content.service,
                              DocumentText::font(units, 10, Style::Regular, content.service), 3);

    // Ship to: the recipient's address in its own script, the country in English capitals, then the phone.
    DocumentText::drawLine(painter,
                           QRect(layout.shipTo.topLeft(), QSize(layout.shipTo.width(), captionHeight)),
                           u"SHIP TO"_s, captionFont);
    QList<AddressLine> toLines;
    const QString name = m_document.recipient.address.name.trimmed();
    for (qsizetype i = 0; i < content.toLines.size(); ++i) {
        const QString &line = content.toLines.at(i);
        const bool country =
            i == content.toLines.size() - 1 && !m_document.recipient.address.country.isEmpty();
        const bool emphasised = country || (!name.isEmpty() && line.contains(name));
        toLines.append({line, country ? 14.0 : 12.0, emphasised ? Style::Bold : Style::Regular});
    }
    if (!content.recipientPhone.isEmpty())
        toLines.append({u"TEL "_s + content.recipientPhone, 9, Style::Regular});
    const int indent = layout.dots(0.15);
    drawAddress(painter, units, layout.shipTo.adjusted(indent, captionHeight, 0, 0), toLines);

    // References.
    drawCaptioned(painter, units, layout.referenceColumn(0), u"ORDER"_s, content.orderReference, 11);
    drawCaptioned(painter, units, layout.referenceColumn(1), u"DATE"_s, content.date, 11);
    drawCaptioned(painter, units, layout.referenceColumn(2), u"WEIGHT"_s, content.weight, 11);
    drawCaptioned(painter, units, layout.referenceColumn(3), u"PIECE"_s, content.piece, 11);

    // Customs (international parcels).
    if (!content.customsReference.isEmpty() || !content.incoterm.isEmpty()) {
        const int split = layout.customs.left() + layout.customs.width() * 3 / 4;
        drawCaptioned(painter, units,
                      QRect(QPoint(layout.customs.left(), layout.customs.top()),
                            QPoint(split - indent, layout.customs.bottom())),
                      u"CUSTOMS REFERENCE"_s, content.customsReference, 10);
        drawCaptioned(painter, units,
                      QRect(QPoint(split, layout.customs.top()), layout.customs.bottomRight()), u"INCOTERM"_s,
                      content.incoterm, 10);
    }

    // Tracking number: caption, Code 128 across the label, the number in large type.
    const QRect tracking = layout.tracking;
    DocumentText::drawLine(painter, QRect(tracking.topLeft(), QSize(tracking.width(), captionHeight)),
                           u"TRACKING NUMBER"_s, captionFont);
    const QFont numberFont = DocumentText::font(units, 14, Style::Bold);
    const int numberTop = layout.trackingBarcode.bottom() + 1;
    const QRect numberRect(tracking.left(), numberTop, tracking.width(), tracking.bottom() - numberTop);
    if (content.trackingNumber.isEmpty()) {
        DocumentText::drawLine(painter, numberRect, u"NO TRACKING NUMBER"_s, numberFont, Qt::AlignCenter);
    } else {
        BarcodePainter barcode(BarcodePainter::Symbology::Code128, content.trackingNumber);
        barcode.setHumanReadableText(false);
        barcode.draw(painter, layout.trackingBarcode);
        DocumentText::drawLine(painter, numberRect, content.trackingNumber, numberFont, Qt::AlignCenter, 8);
    }
    painter.restore();
}
