// The CN22 half of CustomsForm: a 4×6 in label-sized declaration for postal items up to 300 SDR.

#include "customsform.h"

#include "customsparts.h"
#include "documenttext.h"
#include "hscode.h"

#include <QPainter>

using namespace Qt::StringLiterals;

// The printed words are the UPU form's English and French (see customsparts.h): plain literals, not tr().

namespace {

using DocumentText::Style;
using namespace CustomsParts;

// Geometry in millimetres on the 101.6 × 152.4 mm label.
constexpr qreal Margin = 4;
constexpr qreal Width = 101.6 - 2 * Margin;
constexpr qreal Bottom = 152.4 - Margin;
constexpr qreal TableTop = 72;
constexpr qreal HeaderHeight = 9;
constexpr qreal RowHeight = 6;

QList<DocumentTable::Column> cn22Columns() {
    return {
        {u"Quantity and detailed description of contents\nQuantit\u00E9 et description d\u00E9taill\u00E9e"
         u" du contenu"_s,
         44},
        {u"Weight (kg)\nPoids (kg)"_s, 12, Qt::AlignRight},
        {u"Value\nValeur"_s, 16, Qt::AlignRight},
        {u"HS tariff No.\nN\u00B0 tarifaire"_s, 15},
        {u"Origin\nOrigine"_s, 10}};
}

QString dateText(const QDate &date) {
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

} // namespace

void CustomsForm::paintCn22(QPainter &painter, const PageUnits &u, int page) const {
    const ShippingDocument &doc = m_document;
    const int pages = pageCount();
    const qreal left = u.mm(Margin);
    const qreal width = u.mm(Width);
    const qreal half = width / 2;
    constexpr qreal Caption = 5.5;
    constexpr qreal Value = 7;

    // Title.
    const QFont titleFont = DocumentText::font(u, 9, Style::Bold);
    const qreal titleHeight = DocumentText::lineHeight(painter, titleFont);
    qreal top = u.mm(Margin);
    DocumentText::drawLine(painter, QRectF(left, top, width * 0.72, titleHeight), u"CUSTOMS DECLARATION"_s,
                           titleFont);
    DocumentText::drawLine(painter, QRectF(left, top + titleHeight, width * 0.72, titleHeight),
                           u"D\u00C9CLARATION EN DOUANE"_s, titleFont);
    DocumentText::drawLine(painter, QRectF(left + width * 0.72, top, width * 0.28, 2 * titleHeight),
                           u"CN 22"_s, DocumentText::font(u, 16, Style::Bold),
                           Qt::AlignRight | Qt::AlignVCenter);
    top += 2 * titleHeight;
    const QFont smallFont = DocumentText::font(u, 6);
    const qreal smallHeight = DocumentText::lineHeight(painter, smallFont);
    DocumentText::drawLine(painter, QRectF(left, top, width * 0.75, smallHeight),
                           u"May be opened officially / Peut \u00EAtre ouvert d'office"_s, smallFont);
    if (pages > 1)
        DocumentText::drawLine(painter, QRectF(left + width * 0.75, top, width * 0.25, smallHeight),
                               u"Page %1 / %2"_s.arg(page + 1).arg(pages), smallFont, Qt::AlignRight);

    // Sender and addressee, as short as the form allows.
    top = u.mm(Margin + 14);
    const qreal partyHeight = u.mm(24);
    const QRectF from =
        drawField(painter, u, QRectF(left, top, half, partyHeight), u"From / Exp\u00E9diteur"_s, Caption);
    drawParty(painter, u, from, doc.sender, {}, Value);
    const QRectF to =
        drawField(painter, u, QRectF(left + half, top, half, partyHeight), u"To / Destinataire"_s, Caption);
    drawParty(painter, u, to, doc.recipient, {}, Value);
    top += partyHeight;

    const qreal fieldHeight = u.mm(8);
    drawValueField(painter, u, QRectF(left, top, width, fieldHeight),
                   u"Importer's reference (if any) / R\u00E9f\u00E9rence de l'importateur (si elle existe)"_s,
                   importerReference(doc), Caption, Value);
    top += fieldHeight;

    const QRectF categories =
        drawField(painter, u, QRectF(left, top, width, u.mm(TableTop - 1) - top), {}, Caption);
    drawCategories(painter, u, categories, doc.category, 2, 6.5);

    // The lines of this page.
    DocumentTable table(cn22Columns(), left, width, u.mm(0.8));
    table.setRuleWidth(std::max(1.0, u.pt(0.5)));
    table.setFonts(DocumentText::font(u, 5, Style::Bold), DocumentText::font(u, 6.5));
    qreal y = table.drawHeader(painter, u.mm(TableTop), u.mm(HeaderHeight));
    const auto [first, count] = pagination().rowsOn(page, static_cast<int>(doc.lines.size()));
    for (int i = first; i < first + count; ++i) {
        const DocumentLine &line = doc.lines.at(i);
        y = table.drawRow(painter, y, u.mm(RowHeight),
                          {u"%1 \u00D7 %2"_s.arg(line.quantity).arg(description(line)),
                           DocumentText::kilograms(lineNetWeight(line)),
                           DocumentText::amount(line.totalValue), HsCode::formatted(line.hsCode),
                           line.originCountry});
    }
    if (page != pages - 1) {
        DocumentText::drawLine(painter, QRectF(left, u.mm(Bottom - 5), width, u.mm(5)),
                               u"Continued on the next page / Suite page suivante"_s,
                               DocumentText::font(u, 6.5, Style::Bold), Qt::AlignRight | Qt::AlignVCenter);
        return;
    }

    // Totals, certification, date and signature.
    top = u.mm(Bottom - 38);
    drawValueField(painter, u, QRectF(left, top, half, fieldHeight),
                   u"Total gross weight (kg) / Poids brut total"_s,
                   DocumentText::kilograms(doc.totalGrossWeightG), Caption, Value);
    drawValueField(painter, u, QRectF(left + half, top, half, fieldHeight), u"Total value / Valeur totale"_s,
                   DocumentText::amount(goodsTotal(doc)), Caption, Value);
    top += fieldHeight;
    const QRectF signature = drawField(painter, u, QRectF(left, top, width, u.mm(Bottom) - top), {}, Caption);
    const qreal used =
        DocumentText::drawWrapped(painter, signature, certification(), DocumentText::font(u, 5.5), 6);
    const QFont captionFont = DocumentText::font(u, Caption, Style::Bold);
    const qreal captionHeight = DocumentText::lineHeight(painter, captionFont);
    const qreal signTop = signature.top() + used + u.mm(0.5);
    DocumentText::drawLine(painter, QRectF(signature.left(), signTop, signature.width(), captionHeight),
                           u"Date and sender's signature / Date et signature de l'exp\u00E9diteur"_s,
                           captionFont);
    const QFont valueFont = DocumentText::font(u, 8, Style::Regular, doc.signatory);
    const qreal valueTop = signTop + captionHeight;
    const qreal valueHeight = signature.bottom() - valueTop;
    DocumentText::drawLine(painter, QRectF(signature.left(), valueTop, signature.width() * 0.3, valueHeight),
                           dateText(doc.date), valueFont);
    DocumentText::drawLine(
        painter,
        QRectF(signature.left() + signature.width() * 0.3, valueTop, signature.width() * 0.7, valueHeight),
        doc.signatory, valueFont);
    painter.save();
    painter.setPen(QPen(Qt::black, std::max(1.0, u.pt(0.5)), Qt::DotLine));
    const qreal lineY = valueTop + (valueHeight + DocumentText::lineHeight(painter, valueFont)) / 2;
    painter.drawLine(QPointF(signature.left() + signature.width() * 0.3, lineY),
                     QPointF(signature.right(), lineY));
    painter.restore();
}
