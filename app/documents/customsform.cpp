#include "customsform.h"

#include "customsparts.h"
#include "documenttext.h"
#include "hscode.h"
#include "shippinglabel.h"

#include <QPageSize>
#include <QPainter>

using namespace Qt::StringLiterals;

// The printed words are the UPU form's English and French (see customsparts.h): plain literals, not tr().

namespace {

using DocumentText::Style;
using namespace CustomsParts;

// CN23 geometry in millimetres on A4.
constexpr qreal Margin = 10;
constexpr qreal PageHeight = 297;
constexpr qreal PageWidth = 210;
constexpr qreal TableTop = 89;
constexpr qreal HeaderHeight = 11;
constexpr qreal RowHeight = 7.5;
constexpr qreal FooterHeight = 78;

QList<DocumentTable::Column> cn23Columns() {
    return {{u"Detailed description of contents\nDescription d\u00E9taill\u00E9e du contenu"_s, 36},
            {u"Quantity\nQuantit\u00E9"_s, 9, Qt::AlignRight},
            {u"Net weight (kg)\nPoids net (kg)"_s, 11, Qt::AlignRight},
            {u"Value\nValeur"_s, 14, Qt::AlignRight},
            {u"HS tariff number\nN\u00B0 tarifaire du SH"_s, 14},
            {u"Country of origin of goods\nPays d'origine des\nmarchandises"_s, 16}};
}

int rowsBetween(qreal top, qreal bottom) {
    return std::max(1, static_cast<int>((bottom - top) / RowHeight));
}

} // namespace

CustomsForm::CustomsForm(ShippingDocument document)
    : m_document(std::move(document)) {}

CustomsFormKind CustomsForm::kind() const {
    return m_document.customsForm == CustomsFormKind::CN22 ? CustomsFormKind::CN22 : CustomsFormKind::CN23;
}

QString CustomsForm::title() const {
    return kind() == CustomsFormKind::CN22 ? tr("CN22 customs declaration %1").arg(m_document.orderNumber)
                                           : tr("CN23 customs declaration %1").arg(m_document.orderNumber);
}

QPageLayout CustomsForm::pageLayout() const {
    if (kind() == CustomsFormKind::CN22)
        return ShippingLabel::labelPageLayout();
    QPageLayout layout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                       QMarginsF(Margin, Margin, Margin, Margin), QPageLayout::Millimeter);
    layout.setMode(QPageLayout::FullPageMode);
    return layout;
}

Pagination CustomsForm::pagination() const {
    if (kind() == CustomsFormKind::CN22)
        return {12, 5};
    const qreal rowsTop = TableTop + HeaderHeight;
    return {rowsBetween(rowsTop, PageHeight - Margin - 8),
            rowsBetween(rowsTop, PageHeight - Margin - FooterHeight)};
}

int CustomsForm::pageCount() const {
    return pagination().pageCount(static_cast<int>(m_document.lines.size()));
}

void CustomsForm::paintPage(QPainter &painter, int page) const {
    const PageUnits units(painter.device());
    painter.save();
    painter.setPen(Qt::black);
    if (kind() == CustomsFormKind::CN22)
        paintCn22(painter, units, page);
    else
        paintCn23(painter, units, page);
    painter.restore();
}

void CustomsForm::paintCn23(QPainter &painter, const PageUnits &u, int page) const {
    const ShippingDocument &doc = m_document;
    const int pages = pageCount();
    const bool lastPage = page == pages - 1;
    const qreal left = u.mm(Margin);
    const qreal width = u.mm(PageWidth - 2 * Margin);
    const qreal half = width / 2;
    constexpr qreal Caption = 6.5;
    constexpr qreal Value = 9;

    // Title.
    const QFont titleFont = DocumentText::font(u, 12, Style::Bold);
    const qreal titleHeight = DocumentText::lineHeight(painter, titleFont);
    DocumentText::drawLine(painter, QRectF(left, u.mm(Margin), width * 0.75, titleHeight),
                           u"CUSTOMS DECLARATION / D\u00C9CLARATION EN DOUANE"_s, titleFont);
    DocumentText::drawLine(painter, QRectF(left, u.mm(Margin) + titleHeight, width * 0.75, u.mm(5)),
                           u"May be opened officially / Peut \u00EAtre ouvert d'office"_s,
                           DocumentText::font(u, 8));
    DocumentText::drawLine(painter, QRectF(left + width * 0.75, u.mm(Margin), width * 0.25, u.mm(10)),
                           u"CN 23"_s, DocumentText::font(u, 22, Style::Bold),
                           Qt::AlignRight | Qt::AlignVCenter);
    DocumentText::drawLine(painter, QRectF(left + width * 0.75, u.mm(Margin + 10), width * 0.25, u.mm(5)),
                           u"Page %1 / %2"_s.arg(page + 1).arg(pages), DocumentText::font(u, 8),
                           Qt::AlignRight | Qt::AlignVCenter);

    // Sender and addressee.
    qreal top = u.mm(Margin + 17);
    const qreal partyHeight = u.mm(40);
    const QRectF from =
        drawField(painter, u, QRectF(left, top, half, partyHeight), u"From / Exp\u00E9diteur"_s, Caption);
    drawParty(painter, u, from, doc.sender, {doc.sender.email}, Value);
    const QRectF to =
        drawField(painter, u, QRectF(left + half, top, half, partyHeight), u"To / Destinataire"_s, Caption);
    drawParty(painter, u, to, doc.recipient, {}, Value);
    top += partyHeight;

    // References.
    const qreal fieldHeight = u.mm(10);
    drawValueField(
        painter, u, QRectF(left, top, half, fieldHeight),
        u"Sender's customs reference (if any) / R\u00E9f\u00E9rence en douane de l'exp\u00E9diteur"_s,
        senderReference(doc), Caption, Value);
    drawValueField(
        painter, u, QRectF(left + half, top, half, fieldHeight),
        u"Importer's reference (tax code/VAT No./importer code) / R\u00E9f\u00E9rence de l'importateur"_s,
        importerReference(doc), Caption, Value);
    top += fieldHeight;
    drawValueField(painter, u, QRectF(left, top, width, fieldHeight),
                   u"Importer's telephone/e-mail (if known) / T\u00E9l\u00E9phone/e-mail de l'importateur"_s,
                   DocumentText::joined({doc.recipient.address.phone, doc.recipient.email}, u" \u00B7 "_s),
                   Caption, Value);

    // The lines of this page.
    DocumentTable table(cn23Columns(), left, width, u.mm(1));
    table.setRuleWidth(std::max(1.0, u.pt(0.6)));
    table.setFonts(DocumentText::font(u, 6.5, Style::Bold), DocumentText::font(u, 8.5));
    qreal y = table.drawHeader(painter, u.mm(TableTop), u.mm(HeaderHeight));
    const auto [first, count] = pagination().rowsOn(page, static_cast<int>(doc.lines.size()));
    for (int i = first; i < first + count; ++i) {
        const DocumentLine &line = doc.lines.at(i);
        y = table.drawRow(
            painter, y, u.mm(RowHeight),
            {description(line), QString::number(line.quantity), DocumentText::kilograms(lineNetWeight(line)),
             DocumentText::amount(line.totalValue), HsCode::formatted(line.hsCode), line.originCountry});
    }

    if (!lastPage) {
        DocumentText::drawLine(painter, QRectF(left, u.mm(PageHeight - Margin - 6), width, u.mm(6)),
                               u"Continued on the next page / Suite page suivante"_s,
                               DocumentText::font(u, 8, Style::Bold), Qt::AlignRight | Qt::AlignVCenter);
        return;
    }

    // Totals, category, invoice, certification and signature.
    top = u.mm(PageHeight - Margin - FooterHeight);
    const qreal third = width / 3;
    drawValueField(painter, u, QRectF(left, top, third, fieldHeight),
                   u"Total gross weight (kg) / Poids brut total"_s,
                   DocumentText::kilograms(doc.totalGrossWeightG), Caption, Value);
    drawValueField(painter, u, QRectF(left + third, top, third, fieldHeight),
                   u"Total value / Valeur totale"_s, DocumentText::amount(goodsTotal(doc)), Caption, Value);
    drawValueField(painter, u, QRectF(left + 2 * third, top, third, fieldHeight),
                   u"Postal charges/Fees / Frais de port/Frais"_s, DocumentText::amount(doc.shippingCharge),
                   Caption, Value);
    top += fieldHeight;

    const qreal categoryHeight = u.mm(20);
    const QRectF categories = drawField(painter, u, QRectF(left, top, width, categoryHeight),
                                        u"Category of item / Cat\u00E9gorie de l'envoi"_s, Caption);
    drawCategories(painter, u, categories, doc.category, 3, 8);
    top += categoryHeight;

    drawValueField(painter, u, QRectF(left, top, third, fieldHeight),
                   u"Invoice No. / N\u00B0 de la facture"_s, doc.invoiceNumber, Caption, Value);
    drawValueField(painter, u, QRectF(left + third, top, third, fieldHeight),
                   u"Date of posting / Date de d\u00E9p\u00F4t"_s,
                   doc.date.isValid() ? doc.date.toString(Qt::ISODate) : QString(), Caption, Value);
    const QString comments = DocumentText::joined(
        {doc.reasonForExport, doc.incoterm.isEmpty() ? QString() : u"Incoterm "_s + doc.incoterm},
        u" \u00B7 "_s);
    drawValueField(painter, u, QRectF(left + 2 * third, top, third, fieldHeight),
                   u"Comments / Observations"_s, comments, Caption, Value);
    top += fieldHeight;

    const QRectF signature =
        drawField(painter, u, QRectF(left, top, width, u.mm(PageHeight - Margin) - top), {}, Caption);
    const qreal used =
        DocumentText::drawWrapped(painter, signature, certification(), DocumentText::font(u, 7), 4);
    const QFont captionFont = DocumentText::font(u, Caption, Style::Bold);
    const qreal captionHeight = DocumentText::lineHeight(painter, captionFont);
    const qreal signTop = signature.top() + used + u.mm(1);
    DocumentText::drawLine(painter, QRectF(signature.left(), signTop, signature.width(), captionHeight),
                           u"Date and sender's signature / Date et signature de l'exp\u00E9diteur"_s,
                           captionFont);
    const QFont valueFont = DocumentText::font(u, 10, Style::Regular, doc.signatory);
    const qreal valueTop = signTop + captionHeight;
    const qreal valueHeight =
        std::min(signature.bottom() - valueTop, DocumentText::lineHeight(painter, valueFont) * 1.4);
    DocumentText::drawLine(painter, QRectF(signature.left(), valueTop, signature.width() * 0.3, valueHeight),
                           doc.date.isValid() ? doc.date.toString(Qt::ISODate) : QString(), valueFont);
    DocumentText::drawLine(
        painter,
        QRectF(signature.left() + signature.width() * 0.3, valueTop, signature.width() * 0.7, valueHeight),
        doc.signatory, valueFont);
    painter.save();
    painter.setPen(QPen(Qt::black, std::max(1.0, u.pt(0.5)), Qt::DotLine));
    const qreal lineY = valueTop + valueHeight;
    painter.drawLine(QPointF(signature.left() + signature.width() * 0.3, lineY),
                     QPointF(signature.right(), lineY));
    painter.restore();
}
