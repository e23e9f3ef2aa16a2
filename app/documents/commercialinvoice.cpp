#include "commercialinvoice.h"

#include "customsparts.h"
#include "documenttext.h"
#include "hscode.h"

#include <QPageSize>
#include <QPainter>

using namespace Qt::StringLiterals;

// The invoice's words are plain English literals, not tr(): it is read by customs officers and carriers
// abroad, whatever language the operator who prints it speaks (the same reason as for labels, see
// labelcontent.cpp).

namespace {

using DocumentText::Style;
using namespace CustomsParts;

// Geometry in millimetres on A4.
constexpr qreal Margin = 12;
constexpr qreal PageWidth = 210;
constexpr qreal PageHeight = 297;
constexpr qreal TableTop = 103;
constexpr qreal HeaderHeight = 9;
constexpr qreal RowHeight = 7;
constexpr qreal FooterHeight = 62;
constexpr qreal Caption = 6.5;
constexpr qreal Value = 9;

QList<DocumentTable::Column> columns(const QString &currency) {
    return {{u"No."_s, 5, Qt::AlignRight},
            {u"Description of goods"_s, 34},
            {u"HS code"_s, 13},
            {u"Origin"_s, 8},
            {u"Qty"_s, 7, Qt::AlignRight},
            {u"Unit value\n(%1)"_s.arg(currency), 12, Qt::AlignRight},
            {u"Total value\n(%1)"_s.arg(currency), 13, Qt::AlignRight},
            {u"Net weight\n(kg)"_s, 10, Qt::AlignRight}};
}

int rowsBetween(qreal top, qreal bottom) {
    return std::max(1, static_cast<int>((bottom - top) / RowHeight));
}

QString trackingNumbers(const ShippingDocument &doc) {
    QStringList numbers;
    for (const DocumentPackage &package : doc.packages)
        numbers.append(package.trackingNumber);
    return DocumentText::joined(numbers, u", "_s);
}

} // namespace

CommercialInvoice::CommercialInvoice(ShippingDocument document)
    : m_document(std::move(document)) {}

QString CommercialInvoice::title() const {
    return tr("Commercial invoice %1").arg(m_document.invoiceNumber);
}

QPageLayout CommercialInvoice::pageLayout() const {
    QPageLayout layout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                       QMarginsF(Margin, Margin, Margin, Margin), QPageLayout::Millimeter);
    layout.setMode(QPageLayout::FullPageMode);
    return layout;
}

Pagination CommercialInvoice::pagination() const {
    const qreal rowsTop = TableTop + HeaderHeight;
    return {rowsBetween(rowsTop, PageHeight - Margin - 8),
            rowsBetween(rowsTop, PageHeight - Margin - FooterHeight)};
}

int CommercialInvoice::pageCount() const {
    return pagination().pageCount(static_cast<int>(m_document.lines.size()));
}

Money CommercialInvoice::invoiceTotal() const {
    const Money goods = goodsTotal(m_document);
    if (m_document.shippingCharge.isValid() && m_document.shippingCharge.currency() == goods.currency())
        return goods + m_document.shippingCharge;
    return goods;
}

qreal CommercialInvoice::paintHeader(QPainter &painter, const PageUnits &u, int page) const {
    const ShippingDocument &doc = m_document;
    const qreal left = u.mm(Margin);
    const qreal width = u.mm(PageWidth - 2 * Margin);
    const qreal half = width / 2;
    const qreal quarter = width / 4;
    const qreal field = u.mm(10);

    const QFont titleFont = DocumentText::font(u, 18, Style::Bold);
    DocumentText::drawLine(painter, QRectF(left, u.mm(Margin), width * 0.6, u.mm(10)),
                           u"COMMERCIAL INVOICE"_s, titleFont);
    DocumentText::drawLine(painter, QRectF(left, u.mm(Margin + 10), width * 0.6, u.mm(6)),
                           u"Page %1 / %2"_s.arg(page + 1).arg(pageCount()), DocumentText::font(u, 8));
    drawValueField(painter, u, QRectF(left + width * 0.6, u.mm(Margin), width * 0.4, u.mm(9)),
                   u"Invoice No."_s, doc.invoiceNumber, Caption, Value);
    drawValueField(painter, u, QRectF(left + width * 0.6, u.mm(Margin + 9), width * 0.4, u.mm(9)), u"Date"_s,
                   doc.date.isValid() ? doc.date.toString(Qt::ISODate) : QString(), Caption, Value);

    qreal top = u.mm(Margin + 20);
    const qreal partyHeight = u.mm(47);
    const QRectF exporter =
        drawField(painter, u, QRectF(left, top, half, partyHeight), u"Exporter / shipper"_s, Caption);
    drawParty(painter, u, exporter, doc.sender,
              {doc.sender.taxId.isEmpty() ? QString() : u"VAT/Tax ID: "_s + doc.sender.taxId,
               doc.sender.eori.isEmpty() ? QString() : u"EORI: "_s + doc.sender.eori,
               doc.sender.iossNumber.isEmpty() ? QString() : u"IOSS: "_s + doc.sender.iossNumber},
              8.5);
    const QRectF importer = drawField(painter, u, QRectF(left + half, top, half, partyHeight),
                                      u"Importer / consignee"_s, Caption);
    drawParty(painter, u, importer, doc.recipient,
              {doc.recipient.taxId.isEmpty() ? QString() : u"Tax ID: "_s + doc.recipient.taxId,
               doc.recipient.email},
              8.5);
    top += partyHeight;

    const QString carrier = DocumentText::joined({doc.carrierName, doc.serviceName}, u" \u00B7 "_s);
    const QStringList captions{
        u"Air waybill / tracking No."_s, u"Carrier / service"_s, u"Incoterm"_s, u"Currency"_s,
        u"Reason for export"_s,          u"Order No."_s,         u"Packages"_s, u"Total gross weight (kg)"_s};
    const QStringList values{trackingNumbers(doc),
                             carrier,
                             doc.incoterm,
                             doc.declaredCurrency,
                             doc.reasonForExport.isEmpty() ? u"Sale"_s : doc.reasonForExport,
                             doc.orderNumber,
                             QString::number(std::max<qsizetype>(1, doc.packages.size())),
                             DocumentText::kilograms(doc.totalGrossWeightG)};
    for (int i = 0; i < captions.size(); ++i) {
        const QRectF rect(left + (i % 4) * quarter, top + (i / 4) * field, quarter, field);
        drawValueField(painter, u, rect, captions.at(i), values.at(i), Caption, Value);
    }
    return u.mm(TableTop);
}

void CommercialInvoice::paintFooter(QPainter &painter, const PageUnits &u) const {
    const ShippingDocument &doc = m_document;
    const qreal left = u.mm(Margin);
    const qreal width = u.mm(PageWidth - 2 * Margin);
    const qreal half = width / 2;
    const qreal field = u.mm(9);
    qreal top = u.mm(PageHeight - Margin - FooterHeight + 3);

    qint64 netWeight = 0;
    for (const DocumentLine &line : doc.lines)
        netWeight += lineNetWeight(line);
    drawValueField(painter, u, QRectF(left, top, half / 2, field), u"Total net weight (kg)"_s,
                   DocumentText::kilograms(doc.totalNetWeightG > 0 ? doc.totalNetWeightG : netWeight),
                   Caption, Value);
    drawValueField(painter, u, QRectF(left + half / 2, top, half / 2, field), u"Total gross weight (kg)"_s,
                   DocumentText::kilograms(doc.totalGrossWeightG), Caption, Value);

    const QList<std::pair<QString, Money>> totals{{u"Total goods value"_s, goodsTotal(doc)},
                                                  {u"Shipping"_s, doc.shippingCharge},
                                                  {u"Invoice total"_s, invoiceTotal()}};
    for (int i = 0; i < totals.size(); ++i) {
        const bool last = i == totals.size() - 1;
        const QRectF row(left + half + u.mm(6), top + i * u.mm(6), half - u.mm(6), u.mm(6));
        const QFont font = DocumentText::font(u, last ? 10 : 9, last ? Style::Bold : Style::Regular);
        DocumentText::drawLine(painter, QRectF(row.left(), row.top(), row.width() * 0.55, row.height()),
                               totals.at(i).first, font);
        DocumentText::drawLine(
            painter, QRectF(row.left() + row.width() * 0.55, row.top(), row.width() * 0.45, row.height()),
            DocumentText::amount(totals.at(i).second), font, Qt::AlignRight | Qt::AlignVCenter);
    }
    top += u.mm(20);

    const QRectF declaration = drawField(
        painter, u, QRectF(left, top, width, u.mm(PageHeight - Margin) - top), u"Declaration"_s, Caption);
    const qreal used = DocumentText::drawWrapped(painter, declaration,
                                                 u"I declare that the information on this invoice is true "
                                                 u"and correct, and that the contents and values of "
                                                 "this shipment are as stated above."_s,
                                                 DocumentText::font(u, 8), 3);
    const qreal signTop = declaration.top() + used + u.mm(4);
    const QFont font = DocumentText::font(u, 9, Style::Regular, doc.signatory);
    const qreal height = DocumentText::lineHeight(painter, font);
    DocumentText::drawLine(painter, QRectF(declaration.left(), signTop, half * 0.5, height),
                           doc.date.isValid() ? doc.date.toString(Qt::ISODate) : QString(), font);
    DocumentText::drawLine(painter, QRectF(declaration.left() + half * 0.5, signTop, half, height),
                           u"Signature: "_s + doc.signatory, font);
    painter.save();
    painter.setPen(QPen(Qt::black, std::max(1.0, u.pt(0.5)), Qt::DotLine));
    const qreal lineY = signTop + height * 1.8;
    painter.drawLine(QPointF(declaration.left() + half * 0.5, lineY), QPointF(declaration.right(), lineY));
    painter.restore();
}

void CommercialInvoice::paintPage(QPainter &painter, int page) const {
    const PageUnits u(painter.device());
    const ShippingDocument &doc = m_document;
    painter.save();
    painter.setPen(Qt::black);
    const qreal top = paintHeader(painter, u, page);

    DocumentTable table(columns(doc.declaredCurrency), u.mm(Margin), u.mm(PageWidth - 2 * Margin), u.mm(1));
    table.setRuleWidth(std::max(1.0, u.pt(0.6)));
    table.setFonts(DocumentText::font(u, 7, Style::Bold), DocumentText::font(u, 8.5));
    qreal y = table.drawHeader(painter, top, u.mm(HeaderHeight));
    const auto [first, count] = pagination().rowsOn(page, static_cast<int>(doc.lines.size()));
    for (int i = first; i < first + count; ++i) {
        const DocumentLine &line = doc.lines.at(i);
        y = table.drawRow(painter, y, u.mm(RowHeight),
                          {QString::number(i + 1), description(line), HsCode::formatted(line.hsCode),
                           line.originCountry, QString::number(line.quantity),
                           line.unitValue.toDecimalString(), line.totalValue.toDecimalString(),
                           DocumentText::kilograms(lineNetWeight(line))});
    }
    if (page == pageCount() - 1)
        paintFooter(painter, u);
    else
        DocumentText::drawLine(
            painter,
            QRectF(u.mm(Margin), u.mm(PageHeight - Margin - 6), u.mm(PageWidth - 2 * Margin), u.mm(6)),
            u"Continued on the next page"_s, DocumentText::font(u, 8, Style::Bold),
            Qt::AlignRight | Qt::AlignVCenter);
    painter.restore();
}
