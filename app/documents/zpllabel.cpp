#include "zpllabel.h"

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

// Label captions are plain English literals, not tr(): see labelcontent.cpp.

namespace {

// Zebra's scalable font 0 is condensed: a character is at most about 0.6 of its height wide. Used to shrink a
// field that would run past its box (the printer cannot tell us the real width).
constexpr qreal FontZeroWidthPerHeight = 0.6;

bool needsUnicodeFont(const QString &text) {
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() > 0xFF; });
}

} // namespace

ZplLabel::ZplLabel(ShippingDocument document, int dpi)
    : m_document(std::move(document))
    , m_layout(dpi == 300 ? 300 : 203) {}

int ZplLabel::packageCount() const {
    return std::max<int>(1, static_cast<int>(m_document.packages.size()));
}

QString ZplLabel::fieldData(const QString &text, bool *needsHex) {
    QString data;
    data.reserve(text.size());
    bool hex = false;
    for (const QChar c : text) {
        if (c == u'^' || c == u'~' || c == u'_') {
            data += u'_' + QString::number(c.unicode(), 16).toUpper();
            hex = true;
        } else if (c.unicode() < 0x20 || c.unicode() == 0x7F) {
            data += u' ';
        } else {
            data += c;
        }
    }
    if (needsHex)
        *needsHex = hex;
    return data.trimmed();
}

QString ZplLabel::code128Data(const QString &text, int *modules) {
    const auto isDigit = [](QChar c) { return c >= u'0' && c <= u'9'; };
    *modules = 0;
    if (text.isEmpty())
        return {};
    int symbols = 0;
    QString data;
    if (text.size() >= 2 && std::all_of(text.cbegin(), text.cend(), isDigit)) {
        // Digits go in subset C, two per symbol character; an odd last digit switches to subset B (>6).
        const qsizetype even = text.size() - text.size() % 2;
        data = u">;"_s + text.left(even);
        symbols = static_cast<int>(even / 2);
        if (even < text.size()) {
            data += u">6"_s + text.right(1);
            symbols += 2;
        }
    } else {
        // Subset B, the printer's default start in normal mode: printable ASCII only; ">" is the invocation
        // character, so a literal ">" is written ">0".
        for (const QChar c : text) {
            if (c.unicode() < 0x20 || c.unicode() > 0x7E)
                return {};
            data += c == u'>' ? u">0"_s : QString(c);
            ++symbols;
        }
    }
    // Start + data + check (11 modules each) + stop (13).
    *modules = 11 * (symbols + 2) + 13;
    return data;
}

QString ZplLabel::text(const QRect &rect, const QString &value, qreal points, bool fit) const {
    if (value.trimmed().isEmpty())
        return {};
    int height = std::max(10, qRound(points * m_layout.dpi / 72.0));
    if (fit) {
        const qreal estimated = value.size() * height * FontZeroWidthPerHeight;
        if (estimated > rect.width())
            height = std::max(
                qRound(6 * m_layout.dpi / 72.0),
                static_cast<int>(std::floor(rect.width() / (value.size() * FontZeroWidthPerHeight))));
    }
    bool hex = false;
    const QString data = fieldData(value, &hex);
    const QString font = !m_unicodeFont.isEmpty() && needsUnicodeFont(value)
                             ? u"^A@N,%1,%1,%2"_s.arg(height).arg(m_unicodeFont)
                             : u"^A0N,%1,%1"_s.arg(height);
    return u"^FO%1,%2%3%4^FD%5^FS\n"_s.arg(rect.left())
        .arg(rect.top())
        .arg(font, hex ? u"^FH"_s : QString(), data);
}

QString ZplLabel::captioned(const QRect &rect, const QString &caption, const QString &value,
                            qreal points) const {
    const int captionHeight = qRound(6.5 * m_layout.dpi / 72.0);
    const int gap = m_layout.dots(0.04);
    return text(rect, caption, 6.5) + text(rect.adjusted(0, captionHeight + gap, 0, 0), value, points);
}

QByteArray ZplLabel::toZpl() const {
    QByteArray zpl;
    for (int package = 0; package < packageCount(); ++package)
        zpl += packageZpl(package);
    return zpl;
}

QByteArray ZplLabel::packageZpl(int package) const {
    const LabelLayout &layout = m_layout;
    const LabelContent content = LabelContent::of(m_document, package);
    const int captionHeight = qRound(6.5 * layout.dpi / 72.0) + layout.dots(0.04);

    QString zpl = u"^XA\n^CI28\n^PW%1\n^LL%2\n^LH0,0\n"_s.arg(layout.page.width()).arg(layout.page.height());
    for (const QRect &rule : layout.rules) {
        const int thickness = std::min(rule.width(), rule.height());
        zpl += u"^FO%1,%2^GB%3,%4,%5^FS\n"_s.arg(rule.left())
                   .arg(rule.top())
                   .arg(rule.width())
                   .arg(rule.height())
                   .arg(thickness);
    }

    // Ship from.
    zpl += text(layout.from, u"FROM"_s, 6.5);
    int y = layout.from.top() + captionHeight;
    const int fromStep = qRound(9 * layout.dpi / 72.0);
    for (const QString &line : content.fromLines) {
        if (y + fromStep > layout.from.bottom())
            break;
        zpl += text(QRect(layout.from.left(), y, layout.from.width(), fromStep), line, 8);
        y += fromStep;
    }

    // Carrier and service.
    QRect service = layout.service;
    zpl += text(service, content.carrier, 12);
    service.setTop(service.top() + qRound(15 * layout.dpi / 72.0));
    zpl += text(service, content.service, 10);
    if (content.express) {
        const int band = qRound(20 * layout.dpi / 72.0);
        const QRect box(service.left(), layout.service.bottom() - band, service.width(), band);
        zpl +=
            u"^FO%1,%2^GB%3,%4,%4^FS\n"_s.arg(box.left()).arg(box.top()).arg(box.width()).arg(box.height());
        // ^FR prints the text reversed, white on the black band.
        const int textHeight = qRound(14 * layout.dpi / 72.0);
        zpl += u"^FO%1,%2^A0N,%3,%3^FR^FB%4,1,0,C^FDEXPRESS^FS\n"_s.arg(box.left())
                   .arg(box.top() + (band - textHeight) / 2)
                   .arg(textHeight)
                   .arg(box.width());
    }

    // Ship to.
    zpl += text(layout.shipTo, u"SHIP TO"_s, 6.5);
    const int indent = layout.dots(0.15);
    y = layout.shipTo.top() + captionHeight;
    QStringList toLines = content.toLines;
    if (!content.recipientPhone.isEmpty())
        toLines.append(u"TEL "_s + content.recipientPhone);
    const int step =
        std::min(qRound(15 * layout.dpi / 72.0),
                 (layout.shipTo.bottom() - y) / std::max<int>(1, static_cast<int>(toLines.size())));
    for (const QString &line : std::as_const(toLines)) {
        zpl += text(QRect(layout.shipTo.left() + indent, y, layout.shipTo.width() - indent, step), line,
                    step * 72.0 / layout.dpi * 0.8);
        y += step;
    }

    // References and customs.
    zpl += captioned(layout.referenceColumn(0), u"ORDER"_s, content.orderReference, 11);
    zpl += captioned(layout.referenceColumn(1), u"DATE"_s, content.date, 11);
    zpl += captioned(layout.referenceColumn(2), u"WEIGHT"_s, content.weight, 11);
    zpl += captioned(layout.referenceColumn(3), u"PIECE"_s, content.piece, 11);
    if (!content.customsReference.isEmpty() || !content.incoterm.isEmpty()) {
        const int split = layout.customs.left() + layout.customs.width() * 3 / 4;
        zpl += captioned(QRect(QPoint(layout.customs.left(), layout.customs.top()),
                               QPoint(split - indent, layout.customs.bottom())),
                         u"CUSTOMS REFERENCE"_s, content.customsReference, 10);
        zpl += captioned(QRect(QPoint(split, layout.customs.top()), layout.customs.bottomRight()),
                         u"INCOTERM"_s, content.incoterm, 10);
    }

    // Tracking number: Code 128 with the printer's interpretation line underneath.
    const QRect &tracking = layout.tracking;
    zpl += text(tracking, u"TRACKING NUMBER"_s, 6.5);
    int modules = 0;
    const QString barcode = code128Data(content.trackingNumber, &modules);
    if (barcode.isEmpty()) {
        zpl += text(tracking.adjusted(0, layout.trackingBarcode.top() - tracking.top(), 0, 0),
                    u"NO TRACKING NUMBER"_s, 14);
    } else {
        // The largest whole module width that fits with a ten-module quiet zone on each side (^BY takes
        // 1–10).
        const QRect &area = layout.trackingBarcode;
        const int module = std::clamp(area.width() / (modules + 20), 1, 10);
        const int left = area.left() + (area.width() - modules * module) / 2;
        // The printer draws the interpretation line under the bars, in a size that grows with the module
        // width.
        const int height = std::min(area.height(), tracking.bottom() - area.top() - 10 * module);
        bool hex = false;
        const QString data = fieldData(barcode, &hex);
        zpl += u"^BY%1\n^FO%2,%3^BCN,%4,Y,N,N%5^FD%6^FS\n"_s.arg(module)
                   .arg(left)
                   .arg(area.top())
                   .arg(height)
                   .arg(hex ? u"^FH"_s : QString(), data);
    }
    zpl += u"^PQ1\n^XZ\n"_s;
    return zpl.toUtf8();
}
