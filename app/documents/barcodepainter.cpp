#include "barcodepainter.h"

#include "documenttext.h"

#include <QFontMetricsF>
#include <QPainter>

#include <zint.h>

#include <algorithm>
#include <cmath>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

struct SymbolDeleter {
    void operator()(zint_symbol *symbol) const { ZBarcode_Delete(symbol); }
};
using Symbol = std::unique_ptr<zint_symbol, SymbolDeleter>;

int zintSymbology(BarcodePainter::Symbology symbology) {
    switch (symbology) {
    case BarcodePainter::Symbology::Code128:
        return BARCODE_CODE128;
    case BarcodePainter::Symbology::Gs1_128:
        return BARCODE_GS1_128;
    case BarcodePainter::Symbology::Ean13:
        return BARCODE_EANX;
    case BarcodePainter::Symbology::UpcA:
        return BARCODE_UPCA;
    case BarcodePainter::Symbology::QrCode:
        return BARCODE_QRCODE;
    case BarcodePainter::Symbology::DataMatrix:
        return BARCODE_DATAMATRIX;
    }
    return BARCODE_CODE128;
}

bool placesOwnDigits(BarcodePainter::Symbology symbology) {
    return symbology == BarcodePainter::Symbology::Ean13 || symbology == BarcodePainter::Symbology::UpcA;
}

// Encodes into Zint's vector form. With scale 0.5 one vector unit is one module (Zint doubles the scale for
// vectors), so coordinates can be multiplied by the module width in dots. `heightModules` 0 keeps Zint's
// default.
Symbol encode(BarcodePainter::Symbology symbology, const QByteArray &utf8, float heightModules, bool digits,
              int *result) {
    Symbol symbol(ZBarcode_Create());
    if (!symbol) {
        *result = ZINT_ERROR_MEMORY;
        return symbol;
    }
    symbol->symbology = zintSymbology(symbology);
    symbol->input_mode = symbology == BarcodePainter::Symbology::Gs1_128 ? GS1_MODE : UNICODE_MODE;
    symbol->output_options |= BARCODE_QUIET_ZONES;
    symbol->scale = 0.5f;
    symbol->show_hrt = digits && placesOwnDigits(symbology) ? 1 : 0;
    if (heightModules > 0)
        symbol->height = heightModules;
    *result = ZBarcode_Encode_and_Buffer_Vector(symbol.get(),
                                                reinterpret_cast<const unsigned char *>(utf8.constData()),
                                                static_cast<int>(utf8.size()), 0);
    return symbol;
}

bool allDigits(const QString &text) {
    return !text.isEmpty() &&
           std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

} // namespace

BarcodePainter::BarcodePainter(Symbology symbology, const QString &data)
    : m_symbology(symbology)
    , m_data(data) {
    const QString symbologyName = name(symbology);
    if (data.isEmpty()) {
        m_error = tr("There is nothing to encode as %1.").arg(symbologyName);
        return;
    }
    // Zint would pad a short EAN or UPC with zeros and compute a check digit itself; a product label must
    // carry exactly the GTIN on file, so only complete codes are accepted.
    if (symbology == Symbology::Ean13 && (data.size() != 13 || !allDigits(data))) {
        m_error = tr("An EAN-13 barcode needs exactly 13 digits, not \u201c%1\u201d.").arg(data);
        return;
    }
    if (symbology == Symbology::UpcA && (data.size() != 12 || !allDigits(data))) {
        m_error = tr("A UPC-A barcode needs exactly 12 digits, not \u201c%1\u201d.").arg(data);
        return;
    }
    int result = 0;
    const Symbol symbol = encode(symbology, data.toUtf8(), 0, m_showText, &result);
    if (result >= ZINT_ERROR || !symbol || !symbol->vector) {
        switch (result) {
        case ZINT_ERROR_TOO_LONG:
            m_error = tr("\u201c%1\u201d is too long for a %2 barcode.").arg(data, symbologyName);
            break;
        case ZINT_ERROR_INVALID_CHECK:
            m_error = tr("The check digit of \u201c%1\u201d is wrong, so it cannot be printed as %2.")
                          .arg(data, symbologyName);
            break;
        case ZINT_ERROR_INVALID_DATA:
            m_error =
                tr("\u201c%1\u201d contains characters a %2 barcode cannot carry.").arg(data, symbologyName);
            break;
        default:
            m_error = tr("Could not encode \u201c%1\u201d as %2: %3")
                          .arg(data, symbologyName, symbol ? QString::fromUtf8(symbol->errtxt) : QString());
            break;
        }
        return;
    }
    m_widthModules = qRound(symbol->vector->width);
    m_heightModules = qRound(symbol->vector->height);
}

bool BarcodePainter::isTwoDimensional() const {
    return m_symbology == Symbology::QrCode || m_symbology == Symbology::DataMatrix;
}

int BarcodePainter::moduleDots(qreal availableDots, int modules) {
    if (modules <= 0)
        return 1;
    return std::max(1, static_cast<int>(std::floor(availableDots / modules + 1e-9)));
}

namespace {

qreal dotsPerUnit(const QPainter &painter) {
    const qreal scale = painter.deviceTransform().m11();
    return scale > 0 ? scale : 1.0;
}

} // namespace

int BarcodePainter::moduleDotsFor(const QRectF &target, const QPainter &painter) const {
    const qreal scale = dotsPerUnit(painter);
    int dots = moduleDots(target.width() * scale, m_widthModules);
    if (isTwoDimensional())
        dots = std::min(dots, moduleDots(target.height() * scale, m_heightModules));
    return dots;
}

QRectF BarcodePainter::draw(QPainter &painter, const QRectF &target) const {
    if (!isValid() || target.isEmpty())
        return {};
    const qreal scale = dotsPerUnit(painter);
    const int module = moduleDotsFor(target, painter);
    const qreal unit = module / scale; // one module in painter units

    // The human-readable text of Code 128 and GS1-128 is drawn by us, centred under the bars.
    const PageUnits units(qRound(painter.device()->logicalDpiY() / scale));
    const bool centredText = m_showText && !isTwoDimensional() && !placesOwnDigits(m_symbology);
    const QFont textFont = DocumentText::font(units, m_textPoints, DocumentText::Style::Regular, m_data);
    const qreal textHeight = centredText ? DocumentText::lineHeight(painter, textFont) : 0;

    float heightModules = 0;
    if (!isTwoDimensional()) {
        // Zint adds the guard bar descent and the digits of EAN/UPC below the bars: keep them inside the
        // target.
        int probe = 0;
        const Symbol standard = encode(m_symbology, m_data.toUtf8(), 0, m_showText, &probe);
        const float below = standard && standard->vector ? standard->vector->height - standard->height : 0;
        heightModules = std::max(5.0f, static_cast<float>((target.height() - textHeight) / unit) - below);
    }
    int result = 0;
    const Symbol symbol = encode(m_symbology, m_data.toUtf8(), heightModules, m_showText, &result);
    if (result >= ZINT_ERROR || !symbol || !symbol->vector)
        return {};
    const zint_vector &vector = *symbol->vector;

    // Snap the top left corner to a whole device dot so that every module edge lands on the dot grid.
    const QPointF offset(painter.deviceTransform().dx(), painter.deviceTransform().dy());
    const qreal width = vector.width * unit;
    const qreal height = isTwoDimensional() ? vector.height * unit : vector.height * unit + textHeight;
    const qreal left =
        (std::round((target.left() + (target.width() - width) / 2) * scale + offset.x()) - offset.x()) /
        scale;
    const qreal top =
        isTwoDimensional()
            ? (std::round((target.top() + (target.height() - height) / 2) * scale + offset.y()) -
               offset.y()) /
                  scale
            : target.top();

    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.setPen(Qt::NoPen);
    for (const zint_vector_rect *rect = vector.rectangles; rect; rect = rect->next) {
        const QColor colour = rect->colour == 8 ? QColor(Qt::white) : QColor(Qt::black);
        painter.fillRect(
            QRectF(left + rect->x * unit, top + rect->y * unit, rect->width * unit, rect->height * unit),
            colour);
    }
    painter.setPen(Qt::black);
    for (const zint_vector_string *string = vector.strings; string; string = string->next) {
        const QString text = QString::fromUtf8(reinterpret_cast<const char *>(string->text), string->length);
        QFont digits = DocumentText::font(units, 1, DocumentText::Style::Regular, text);
        digits.setPixelSize(std::max(1, qRound(string->fsize * unit * 0.8)));
        const qreal advance = QFontMetricsF(digits, painter.device()).horizontalAdvance(text);
        qreal x = left + string->x * unit;
        if (string->halign == 0)
            x -= advance / 2;
        else if (string->halign == 2)
            x -= advance;
        painter.setFont(digits);
        painter.drawText(QPointF(x, top + string->y * unit), text);
    }
    if (centredText) {
        const QString text = QString::fromUtf8(reinterpret_cast<const char *>(symbol->text));
        DocumentText::drawLine(painter, QRectF(left, top + vector.height * unit, width, textHeight),
                               text.isEmpty() ? m_data : text, textFont, Qt::AlignHCenter | Qt::AlignTop);
    }
    painter.restore();
    return QRectF(left, top, width, height);
}

QString BarcodePainter::name(Symbology symbology) {
    switch (symbology) {
    case Symbology::Code128:
        return tr("Code 128");
    case Symbology::Gs1_128:
        return tr("GS1-128");
    case Symbology::Ean13:
        return tr("EAN-13");
    case Symbology::UpcA:
        return tr("UPC-A");
    case Symbology::QrCode:
        return tr("QR Code");
    case Symbology::DataMatrix:
        return tr("Data Matrix");
    }
    return {};
}
