#include "documenttext.h"

#include <QFontMetricsF>
#include <QPaintDevice>
#include <QPainter>
#include <QTextLayout>
#include <QTextOption>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

PageUnits::PageUnits(int dpi)
    : m_dpi(dpi > 0 ? dpi : 300) {}

PageUnits::PageUnits(const QPaintDevice *device)
    : PageUnits(device ? device->logicalDpiX() : 300) {}

namespace DocumentText {

namespace {

enum class Script { Latin, Thai, Arabic, Hebrew, Japanese, Korean, Chinese };

Script scriptOf(const QString &text) {
    bool han = false;
    for (const char32_t ch : text.toUcs4()) {
        switch (QChar::script(ch)) {
        case QChar::Script_Thai:
            return Script::Thai;
        case QChar::Script_Arabic:
            return Script::Arabic;
        case QChar::Script_Hebrew:
            return Script::Hebrew;
        case QChar::Script_Hiragana:
        case QChar::Script_Katakana:
            return Script::Japanese;
        case QChar::Script_Hangul:
            return Script::Korean;
        case QChar::Script_Han:
            han = true;
            break;
        default:
            break;
        }
    }
    return han ? Script::Chinese : Script::Latin;
}

} // namespace

QStringList familiesFor(const QString &sample) {
    // The script's own family first: Han characters look different in Japanese and Chinese fonts, and Latin
    // digits and punctuation next to Thai or Arabic look best in the family designed to go with them.
    QStringList families;
    switch (scriptOf(sample)) {
    case Script::Thai:
        families << u"Noto Sans Thai"_s;
        break;
    // Noto Sans Arabic rather than Naskh: Qt's PDF writer maps Naskh's lam-alef ligatures back to no
    // character, so "الإمارات" would not survive copying or text extraction.
    case Script::Arabic:
        families << u"Noto Sans Arabic"_s << u"Noto Naskh Arabic"_s;
        break;
    case Script::Hebrew:
        families << u"Noto Sans Hebrew"_s;
        break;
    case Script::Japanese:
        families << u"Noto Sans CJK JP"_s;
        break;
    case Script::Korean:
        families << u"Noto Sans CJK KR"_s;
        break;
    case Script::Chinese:
        families << u"Noto Sans CJK SC"_s;
        break;
    case Script::Latin:
        break;
    }
    families << u"Noto Sans"_s << u"Noto Sans Thai"_s << u"Noto Sans Arabic"_s << u"Noto Sans CJK JP"_s;
    families.removeDuplicates();
    return families;
}

QFont font(const PageUnits &units, qreal points, Style style, const QString &sample) {
    QFont result;
    result.setFamilies(familiesFor(sample));
    result.setPixelSize(std::max(1, qRound(units.pt(points))));
    result.setWeight(style == Style::Bold ? QFont::Bold : QFont::Normal);
    // Hinting moves glyphs to the screen's pixel grid; documents are printed at the device's own resolution.
    result.setHintingPreference(QFont::PreferNoHinting);
    return result;
}

bool isRightToLeft(const QString &text) {
    return text.isRightToLeft();
}

Qt::Alignment mirrored(Qt::Alignment alignment) {
    if (alignment & Qt::AlignAbsolute)
        return alignment;
    Qt::Alignment result = alignment & ~Qt::Alignment(Qt::AlignLeft | Qt::AlignRight);
    if (alignment & Qt::AlignLeft)
        result |= Qt::AlignRight | Qt::AlignAbsolute;
    if (alignment & Qt::AlignRight)
        result |= Qt::AlignLeft | Qt::AlignAbsolute;
    return result;
}

qreal lineHeight(const QPainter &painter, const QFont &font) {
    return QFontMetricsF(font, painter.device()).height();
}

QString amount(const Money &money) {
    if (!money.isValid())
        return {};
    return money.toDecimalString() + u' ' + money.currency();
}

QString kilograms(qint64 grams) {
    const QString sign = grams < 0 ? u"-"_s : QString();
    grams = std::abs(grams);
    return sign + QString::number(grams / 1000) + u'.' + u"%1"_s.arg(grams % 1000, 3, 10, QChar(u'0'));
}

QString joined(const QStringList &parts, const QString &separator) {
    QStringList present;
    for (const QString &part : parts) {
        if (!part.trimmed().isEmpty())
            present.append(part.trimmed());
    }
    return present.join(separator);
}

qreal drawLine(QPainter &painter, const QRectF &rect, const QString &text, const QFont &font,
               Qt::Alignment alignment, qreal minimumPoints) {
    if (text.isEmpty() || rect.width() <= 0)
        return 0;
    QFont fitted = font;
    QFontMetricsF metrics(fitted, painter.device());
    qreal width = metrics.horizontalAdvance(text);
    if (width > rect.width() && minimumPoints > 0 && fitted.pixelSize() > 0) {
        const PageUnits units(painter.device());
        const int smallest = std::max(1, qRound(units.pt(minimumPoints)));
        const int scaled = static_cast<int>(std::floor(fitted.pixelSize() * rect.width() / width));
        fitted.setPixelSize(std::max(smallest, std::min(fitted.pixelSize(), scaled)));
        metrics = QFontMetricsF(fitted, painter.device());
        width = metrics.horizontalAdvance(text);
    }
    const QString shown =
        width > rect.width() ? metrics.elidedText(text, Qt::ElideRight, rect.width()) : text;

    const bool rightToLeft = isRightToLeft(text);
    Qt::Alignment horizontal = alignment & Qt::AlignHorizontal_Mask;
    // Right-to-left lines start at the right edge of a left-aligned block, unless the caller asked for the
    // left edge itself (AlignAbsolute: a right-to-left page's trailing edge). AlignAbsolute in the option:
    // without it Qt mirrors left and right for right-to-left text, and AlignRight would land on the left.
    if (rightToLeft && (horizontal & Qt::AlignLeft) && !(horizontal & Qt::AlignAbsolute))
        horizontal = Qt::AlignRight | Qt::AlignAbsolute;
    else if (horizontal & (Qt::AlignLeft | Qt::AlignRight))
        horizontal |= Qt::AlignAbsolute;
    QTextOption option(horizontal | (alignment & Qt::AlignVertical_Mask));
    option.setWrapMode(QTextOption::NoWrap);
    option.setTextDirection(rightToLeft ? Qt::RightToLeft : Qt::LeftToRight);
    painter.save();
    painter.setFont(fitted);
    painter.drawText(rect, shown, option);
    painter.restore();
    return std::min(width, rect.width());
}

qreal drawWrapped(QPainter &painter, const QRectF &rect, const QString &text, const QFont &font, int maxLines,
                  Qt::Alignment alignment) {
    if (text.isEmpty() || rect.width() <= 0)
        return 0;
    const qreal height = lineHeight(painter, font);
    int limit = std::max(1, static_cast<int>(std::floor(rect.height() / height)));
    if (maxLines > 0)
        limit = std::min(limit, maxLines);

    // Break the text into lines with QTextLayout (it knows where Thai and CJK text may break), then draw each
    // line on its own so the last one can be elided.
    QTextLayout layout(text, font, painter.device());
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    option.setTextDirection(isRightToLeft(text) ? Qt::RightToLeft : Qt::LeftToRight);
    layout.setTextOption(option);
    QList<std::pair<int, int>> ranges; // start, length
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(rect.width());
        ranges.append({line.textStart(), line.textLength()});
    }
    layout.endLayout();

    qreal y = rect.top();
    for (int i = 0; i < ranges.size() && i < limit; ++i) {
        const bool last = i == limit - 1 && ranges.size() > limit;
        const QString part =
            last ? text.mid(ranges.at(i).first) : text.mid(ranges.at(i).first, ranges.at(i).second);
        drawLine(painter, QRectF(rect.left(), y, rect.width(), height), part.trimmed(), font,
                 (alignment & Qt::AlignHorizontal_Mask) | Qt::AlignVCenter);
        y += height;
    }
    return y - rect.top();
}

} // namespace DocumentText
