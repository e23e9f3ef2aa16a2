#include "customsparts.h"

#include "labelcontent.h"

#include <QPainter>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace CustomsParts {

using DocumentText::Style;

QRectF drawField(QPainter &painter, const PageUnits &units, const QRectF &rect, const QString &caption,
                 qreal captionPoints, Qt::Alignment alignment) {
    painter.save();
    painter.setPen(QPen(Qt::black, std::max(1.0, units.pt(0.6))));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(rect);
    painter.restore();
    const qreal padding = units.mm(1);
    const QRectF inner = rect.adjusted(padding, padding / 2, -padding, -padding / 2);
    if (caption.isEmpty())
        return inner;
    const QFont font = DocumentText::font(units, captionPoints, Style::Bold);
    const qreal height = DocumentText::lineHeight(painter, font);
    DocumentText::drawLine(painter, QRectF(inner.left(), inner.top(), inner.width(), height), caption, font,
                           (alignment & Qt::AlignHorizontal_Mask) | Qt::AlignVCenter, 4);
    return inner.adjusted(0, height, 0, 0);
}

void drawValueField(QPainter &painter, const PageUnits &units, const QRectF &rect, const QString &caption,
                    const QString &value, qreal captionPoints, qreal valuePoints, Qt::Alignment alignment) {
    const QRectF area = drawField(painter, units, rect, caption, captionPoints, alignment);
    DocumentText::drawLine(painter, area, value,
                           DocumentText::font(units, valuePoints, Style::Regular, value),
                           (alignment & Qt::AlignHorizontal_Mask) | Qt::AlignVCenter, 5);
}

void drawParty(QPainter &painter, const PageUnits &units, const QRectF &area, const DocumentParty &party,
               const QStringList &extraLines, qreal points) {
    QStringList lines = LabelContent::addressLines(party.address);
    const QString name = party.address.name.trimmed();
    if (!party.address.phone.isEmpty())
        lines.append(u"Tel. "_s + party.address.phone);
    lines.append(extraLines);
    qreal y = area.top();
    for (const QString &line : std::as_const(lines)) {
        if (line.trimmed().isEmpty())
            continue;
        const bool bold = !name.isEmpty() && line.contains(name);
        const QFont font = DocumentText::font(units, points, bold ? Style::Bold : Style::Regular, line);
        const qreal height = DocumentText::lineHeight(painter, font);
        if (y + height > area.bottom() + 1)
            break;
        DocumentText::drawLine(painter, QRectF(area.left(), y, area.width(), height), line, font,
                               Qt::AlignLeft | Qt::AlignVCenter, points * 0.7);
        y += height;
    }
}

qreal drawTickBox(QPainter &painter, const PageUnits &units, const QPointF &topLeft, qreal size,
                  bool ticked) {
    const QRectF box(topLeft, QSizeF(size, size));
    painter.save();
    painter.setPen(QPen(Qt::black, std::max(1.0, units.pt(0.6))));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(box);
    if (ticked) {
        // A real "X" character, so the choice survives text extraction and screen readers.
        QFont font = DocumentText::font(units, 1, Style::Bold);
        font.setPixelSize(std::max(1, qRound(size * 0.9)));
        DocumentText::drawLine(painter, box, u"X"_s, font, Qt::AlignCenter);
    }
    painter.restore();
    return box.right();
}

QString categoryCaption(CustomsCategory category) {
    switch (category) {
    case CustomsCategory::Gift:
        return u"Gift / Cadeau"_s;
    case CustomsCategory::CommercialSample:
        return u"Commercial sample / \u00C9chantillon commercial"_s;
    case CustomsCategory::Documents:
        return u"Documents"_s;
    case CustomsCategory::ReturnedGoods:
        return u"Returned goods / Retour de marchandise"_s;
    case CustomsCategory::SaleOfGoods:
        return u"Sale of goods / Vente de marchandises"_s;
    case CustomsCategory::Other:
        return u"Other / Autre"_s;
    }
    return {};
}

void drawCategories(QPainter &painter, const PageUnits &units, const QRectF &area, CustomsCategory chosen,
                    int columns, qreal points) {
    // The order of the UPU form: read down the columns.
    const QList<CustomsCategory> categories{CustomsCategory::Gift,        CustomsCategory::CommercialSample,
                                            CustomsCategory::Documents,   CustomsCategory::ReturnedGoods,
                                            CustomsCategory::SaleOfGoods, CustomsCategory::Other};
    columns = std::max(1, columns);
    const int rows = static_cast<int>((categories.size() + columns - 1) / columns);
    const qreal columnWidth = area.width() / columns;
    const qreal rowHeight = area.height() / rows;
    const QFont font = DocumentText::font(units, points);
    const qreal lineHeight = DocumentText::lineHeight(painter, font);
    // English above French, as on the form, when the row has room for two lines.
    const bool twoLines = rowHeight >= 2 * lineHeight;
    const qreal box = std::min(lineHeight * 0.8, rowHeight * 0.8);
    const qreal gap = units.mm(1);
    for (int i = 0; i < categories.size(); ++i) {
        const int column = i / rows;
        const int row = i % rows;
        const QRectF cell(area.left() + column * columnWidth, area.top() + row * rowHeight, columnWidth,
                          rowHeight);
        QStringList words{categoryCaption(categories.at(i))};
        if (twoLines)
            words = words.constFirst().split(u" / "_s);
        // The box sits on the first line, so the X and the English word share a line in extracted text.
        const qreal textTop = cell.center().y() - words.size() * lineHeight / 2;
        const qreal right =
            drawTickBox(painter, units, QPointF(cell.left(), textTop + (lineHeight - box) / 2), box,
                        categories.at(i) == chosen);
        for (int line = 0; line < words.size(); ++line)
            DocumentText::drawLine(
                painter,
                QRectF(right + gap, textTop + line * lineHeight, cell.right() - right - 2 * gap, lineHeight),
                words.at(line), font, Qt::AlignLeft | Qt::AlignVCenter, points * 0.75);
    }
}

QString senderReference(const ShippingDocument &document) {
    const DocumentParty &sender = document.sender;
    return DocumentText::joined({sender.eori.isEmpty() ? QString() : u"EORI "_s + sender.eori,
                                 sender.taxId.isEmpty() ? QString() : u"VAT "_s + sender.taxId},
                                u" \u00B7 "_s);
}

QString importerReference(const ShippingDocument &document) {
    // The UPU asks for the IOSS/VOEC number of the seller in this box too: it is what the customs of the
    // destination match the parcel against.
    return DocumentText::joined({document.recipient.taxId, document.customsReference}, u" \u00B7 "_s);
}

QString certification() {
    return u"I certify that the particulars given in this customs declaration are correct and that this item "
           u"does "
           "not contain any dangerous article or articles prohibited by legislation or by postal or customs "
           "regulations. / Je certifie que les renseignements donn\u00E9s dans la pr\u00E9sente "
           "d\u00E9claration "
           "sont exacts et que cet envoi ne contient aucun objet dangereux ou interdit par la "
           "l\u00E9gislation ou "
           "par la r\u00E9glementation postale ou douani\u00E8re."_s;
}

qint64 lineNetWeight(const DocumentLine &line) {
    return line.quantity * line.unitNetWeightG;
}

QString description(const DocumentLine &line) {
    return line.customsDescription.trimmed().isEmpty() ? line.name : line.customsDescription;
}

Money goodsTotal(const ShippingDocument &document) {
    if (document.goodsTotal.isValid())
        return document.goodsTotal;
    Money total(0, document.declaredCurrency);
    for (const DocumentLine &line : document.lines) {
        if (line.totalValue.currency() == total.currency())
            total = total + line.totalValue;
    }
    return total;
}

} // namespace CustomsParts
