#pragma once

#include "money.h"

#include <QFont>
#include <QRectF>
#include <QString>
#include <QStringList>

class QPainter;
class QPaintDevice;

// Converts millimetres, inches and points to the device dots a document draws in. The painter a
// PrintableDocument receives is untransformed, so one painter unit is one device dot: 1/logicalDpiX of an
// inch.
class PageUnits {
public:
    explicit PageUnits(int dpi);
    explicit PageUnits(const QPaintDevice *device);

    int dpi() const { return m_dpi; }
    qreal mm(qreal millimetres) const { return millimetres * m_dpi / 25.4; }
    qreal inch(qreal inches) const { return inches * m_dpi; }
    qreal pt(qreal points) const { return points * m_dpi / 72.0; }
    // Rounded to whole dots, for layouts that must land on the printer's grid (labels).
    int dots(qreal inches) const { return qRound(inches * m_dpi); }

private:
    int m_dpi = 300;
};

// Fonts and text drawing shared by the documents. Addresses and product names come in any script: the font is
// chosen from the Noto families Debian ships so that Thai, Arabic, Chinese, Japanese and Korean are shaped
// with a font that has their glyphs, and right-to-left lines are laid out right to left.
namespace DocumentText {

enum class Style { Regular, Bold };

// The Noto families for the script of `sample`, the best first ("Noto Sans Thai", "Noto Sans", …).
QStringList familiesFor(const QString &sample);
// A font of `points` points at the units' resolution (as a whole pixel size), covering the script of
// `sample`.
QFont font(const PageUnits &units, qreal points, Style style = Style::Regular, const QString &sample = {});

// True when the first strong character of the text is right-to-left (Arabic, Hebrew).
bool isRightToLeft(const QString &text);

// Draws one line in `rect`: the font shrinks down to `minimumPoints` when the text is too wide, then the text
// is elided. Right-to-left text is laid out right to left and, unless `alignment` is centred or carries
// Qt::AlignAbsolute, aligned to the right. Returns the width the text took.
qreal drawLine(QPainter &painter, const QRectF &rect, const QString &text, const QFont &font,
               Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter, qreal minimumPoints = 0);

// Draws text wrapped at word boundaries into `rect`, at most `maxLines` lines (0: as many as fit); the last
// line is elided when the text does not fit. Returns the height used.
qreal drawWrapped(QPainter &painter, const QRectF &rect, const QString &text, const QFont &font,
                  int maxLines = 0, Qt::Alignment alignment = Qt::AlignLeft);

// The alignment of a right-to-left page for `alignment` of its left-to-right layout: left and right swapped
// and made absolute (so drawLine keeps them whatever the text's direction). Alignments that already carry
// Qt::AlignAbsolute stay as they are, as in Qt's own layouts.
Qt::Alignment mirrored(Qt::Alignment alignment);

// The height of one line of `font` on the painter's device.
qreal lineHeight(const QPainter &painter, const QFont &font);

// Values on customs documents, in one form whatever the operator's locale: "289.00 EUR", "1.250" (kilograms).
QString amount(const Money &money);
QString kilograms(qint64 grams);
// The non-empty parts joined with a separator.
QString joined(const QStringList &parts, const QString &separator);

} // namespace DocumentText
