#include "packingslip.h"

#include "barcodepainter.h"
#include "customsparts.h"
#include "documenttext.h"
#include "translations.h"

#include <QPageSize>
#include <QPainter>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

using DocumentText::Style;

// The captions, in the customer's language through the slip's own translator (not the operator's: the slip is
// read by the customer). Marked for lupdate under the "PackingSlip" context.
const char *const TitleCaption = QT_TRANSLATE_NOOP("PackingSlip", "Packing slip");
const char *const OrderCaption = QT_TRANSLATE_NOOP("PackingSlip", "Order %1");
const char *const DateCaption = QT_TRANSLATE_NOOP("PackingSlip", "Date: %1");
const char *const ShipToCaption = QT_TRANSLATE_NOOP("PackingSlip", "Ship to");
const char *const MethodCaption = QT_TRANSLATE_NOOP("PackingSlip", "Shipping method");
const char *const TrackingCaption = QT_TRANSLATE_NOOP("PackingSlip", "Tracking number");
const char *const SkuCaption = QT_TRANSLATE_NOOP("PackingSlip", "SKU");
const char *const ItemCaption = QT_TRANSLATE_NOOP("PackingSlip", "Item");
const char *const QuantityCaption = QT_TRANSLATE_NOOP("PackingSlip", "Quantity");
const char *const BinCaption = QT_TRANSLATE_NOOP("PackingSlip", "Bin");
const char *const NotesCaption = QT_TRANSLATE_NOOP("PackingSlip", "Notes");
const char *const ThanksCaption = QT_TRANSLATE_NOOP("PackingSlip", "Thank you for your order!");
const char *const PageCaption = QT_TRANSLATE_NOOP("PackingSlip", "Page %1 of %2");
const char *const ContinuedCaption = QT_TRANSLATE_NOOP("PackingSlip", "Continued on the next page");

// Geometry in millimetres on A4.
constexpr qreal Margin = 15;
constexpr qreal PageWidth = 210;
constexpr qreal PageHeight = 297;
constexpr qreal TableTop = 88;
constexpr qreal HeaderHeight = 8;
constexpr qreal RowHeight = 10;
constexpr qreal FooterHeight = 52;

int rowsBetween(qreal top, qreal bottom) {
    return std::max(1, static_cast<int>((bottom - top) / RowHeight));
}

} // namespace

PackingSlip::PackingSlip(ShippingDocument document)
    : m_document(std::move(document))
    , m_translator(std::make_unique<QTranslator>())
    , m_qtTranslator(std::make_unique<QTranslator>())
    , m_language(u"en"_s)
    , m_locale(QLocale::English, QLocale::UnitedStates) {
    // English when Borderdesk does not speak the customer's language (or anything close to it).
    const QString code = Translations::matching(m_document.customerLanguage);
    if (!code.isEmpty() && code != u"en"_s && Translations::load(*m_translator, *m_qtTranslator, code)) {
        m_language = code;
        m_locale = QLocale(m_document.customerLanguage);
        // The direction of the language the slip speaks: a right-to-left customer read in English (no
        // translation) gets the left-to-right slip.
        m_direction = QLocale(code).textDirection();
    }
}

PackingSlip::~PackingSlip() = default;

QString PackingSlip::caption(const char *source) const {
    if (m_language != u"en"_s) {
        const QString translated = m_translator->translate("PackingSlip", source);
        if (!translated.isEmpty())
            return translated;
    }
    return QString::fromUtf8(source);
}

QString PackingSlip::title() const {
    return tr("Packing slip %1").arg(m_document.orderNumber);
}

QPageLayout PackingSlip::pageLayout() const {
    QPageLayout layout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                       QMarginsF(Margin, Margin, Margin, Margin), QPageLayout::Millimeter);
    layout.setMode(QPageLayout::FullPageMode);
    return layout;
}

Pagination PackingSlip::pagination() const {
    const qreal rowsTop = TableTop + HeaderHeight;
    return {rowsBetween(rowsTop, PageHeight - Margin - 8),
            rowsBetween(rowsTop, PageHeight - Margin - FooterHeight)};
}

int PackingSlip::pageCount() const {
    return pagination().pageCount(static_cast<int>(m_document.lines.size()));
}

void PackingSlip::paintPage(QPainter &painter, int page) const {
    const PageUnits u(painter.device());
    const ShippingDocument &doc = m_document;
    const qreal left = u.mm(Margin);
    const qreal width = u.mm(PageWidth - 2 * Margin);
    const qreal half = width / 2;
    const int pages = pageCount();
    // The page is laid out left to right below; a right-to-left slip mirrors each box within the margins and
    // each alignment (drawLine keeps absolute alignments whatever the direction of the text in them).
    const bool rightToLeft = m_direction == Qt::RightToLeft;
    const auto place = [&](const QRectF &rect) {
        return rightToLeft ? QRectF(2 * left + width - rect.right(), rect.top(), rect.width(), rect.height())
                           : rect;
    };
    const auto align = [&](Qt::Alignment alignment) {
        return rightToLeft ? DocumentText::mirrored(alignment) : alignment;
    };
    const Qt::Alignment leading = align(Qt::AlignLeft | Qt::AlignVCenter);
    painter.save();
    painter.setPen(Qt::black);

    // Title, order and date on the left; the order number as Code 128 on the right for the pack station (the
    // other way round on a right-to-left slip).
    const QString titleText = caption(TitleCaption);
    DocumentText::drawLine(painter, place(QRectF(left, u.mm(Margin), half, u.mm(11))), titleText,
                           DocumentText::font(u, 20, Style::Bold, titleText), leading);
    // The order number as on the barcode: isolated, so "#" stays in front of the digits in Arabic text.
    const QString order =
        caption(OrderCaption)
            .arg(rightToLeft ? QString(QChar(0x2066) + doc.orderNumber + QChar(0x2069)) : doc.orderNumber);
    DocumentText::drawLine(painter, place(QRectF(left, u.mm(Margin + 11), half, u.mm(7))), order,
                           DocumentText::font(u, 12, Style::Bold, order), leading);
    const QString date =
        caption(DateCaption)
            .arg(doc.date.isValid() ? m_locale.toString(doc.date, QLocale::LongFormat) : QString());
    DocumentText::drawLine(painter, place(QRectF(left, u.mm(Margin + 18), half, u.mm(6))), date,
                           DocumentText::font(u, 9, Style::Regular, date), leading);
    BarcodePainter barcode(BarcodePainter::Symbology::Code128, doc.orderNumber);
    barcode.setTextPointSize(9);
    barcode.draw(painter, place(QRectF(left + half + u.mm(10), u.mm(Margin), half - u.mm(10), u.mm(22))));

    // Ship to (the country in the customer's own language) and how it travels.
    qreal top = u.mm(Margin + 28);
    const qreal boxHeight = u.mm(40);
    const QRectF shipTo = CustomsParts::drawField(painter, u, place(QRectF(left, top, half, boxHeight)),
                                                  caption(ShipToCaption), 7, leading);
    qreal y = shipTo.top() + u.mm(1);
    // Arabic and Thai fonts have tall lines: when the address would not fit, all its lines get smaller
    // together rather than the country line falling off the bottom.
    const QStringList addressLines = AddressFormat::lines(doc.recipient.address, true);
    const auto addressHeight = [&](qreal points) {
        qreal sum = 0;
        for (const QString &line : addressLines)
            sum += DocumentText::lineHeight(painter, DocumentText::font(u, points, Style::Regular, line));
        return sum;
    };
    qreal addressPoints = 10;
    while (addressPoints > 7 && y + addressHeight(addressPoints) > shipTo.bottom())
        addressPoints -= 0.5;
    for (const QString &line : addressLines) {
        const QFont font = DocumentText::font(u, addressPoints, Style::Regular, line);
        const qreal height = DocumentText::lineHeight(painter, font);
        if (y + height > shipTo.bottom())
            break;
        DocumentText::drawLine(painter, QRectF(shipTo.left(), y, shipTo.width(), height), line, font, leading,
                               7);
        y += height;
    }
    QStringList tracking;
    for (const DocumentPackage &package : doc.packages)
        tracking.append(package.trackingNumber);
    CustomsParts::drawValueField(
        painter, u, place(QRectF(left + half, top, half, boxHeight / 2)), caption(MethodCaption),
        DocumentText::joined({doc.carrierName, doc.serviceName}, u" \u00B7 "_s), 7, 10, leading);
    CustomsParts::drawValueField(
        painter, u, place(QRectF(left + half, top + boxHeight / 2, half, boxHeight / 2)),
        caption(TrackingCaption), DocumentText::joined(tracking, u", "_s), 7, 10, leading);

    // The lines, each with a tick box for the packer. Quantities stay right-aligned in a right-to-left table
    // too: digits run left to right in Arabic as well, so that lines up their units.
    DocumentTable table({{QString(), 8},
                         {caption(SkuCaption), 24},
                         {caption(ItemCaption), 48},
                         {caption(QuantityCaption), 12, Qt::AlignRight | Qt::AlignAbsolute},
                         {caption(BinCaption), 16}},
                        left, width, u.mm(1.5));
    table.setRuleWidth(std::max(1.0, u.pt(0.6)));
    table.setLayoutDirection(m_direction);
    table.setFonts(DocumentText::font(u, 8, Style::Bold, caption(ItemCaption)), DocumentText::font(u, 10));
    y = table.drawHeader(painter, u.mm(TableTop), u.mm(HeaderHeight));
    const auto [first, count] = pagination().rowsOn(page, static_cast<int>(doc.lines.size()));
    const qreal tick = u.mm(5);
    for (int i = first; i < first + count; ++i) {
        const DocumentLine &line = doc.lines.at(i);
        const QRectF tickCell = table.cell(0, y, u.mm(RowHeight));
        y = table.drawRow(painter, y, u.mm(RowHeight),
                          {QString(), line.sku, line.name, m_locale.toString(line.quantity), line.bin});
        CustomsParts::drawTickBox(painter, u, tickCell.center() - QPointF(tick / 2, tick / 2), tick, false);
    }

    const QRectF bottom(left, u.mm(PageHeight - Margin - 6), width, u.mm(6));
    const QString pageText = caption(PageCaption).arg(page + 1).arg(pages);
    DocumentText::drawLine(painter, bottom, pageText, DocumentText::font(u, 8, Style::Regular, pageText),
                           align(Qt::AlignRight | Qt::AlignVCenter));
    if (page != pages - 1) {
        const QString continued = caption(ContinuedCaption);
        DocumentText::drawLine(painter, bottom, continued, DocumentText::font(u, 8, Style::Bold, continued),
                               leading);
        painter.restore();
        return;
    }

    // Notes and thanks on the last page.
    top = u.mm(PageHeight - Margin - FooterHeight + 4);
    const QRectF notes = CustomsParts::drawField(painter, u, QRectF(left, top, width, u.mm(28)),
                                                 caption(NotesCaption), 7, leading);
    DocumentText::drawWrapped(painter, notes, doc.notes, DocumentText::font(u, 10, Style::Regular, doc.notes),
                              4, align(Qt::AlignLeft));
    const QString thanks = caption(ThanksCaption);
    DocumentText::drawLine(painter, QRectF(left, top + u.mm(30), width, u.mm(9)), thanks,
                           DocumentText::font(u, 12, Style::Bold, thanks), Qt::AlignCenter);
    painter.restore();
}
