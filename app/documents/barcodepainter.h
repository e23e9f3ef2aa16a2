#pragma once

#include <QCoreApplication>
#include <QRect>
#include <QString>

class QPainter;

// Encodes a barcode with Zint and draws its vector output with QPainter so that every module is a whole
// number of device dots: the largest module width that fits the target (at least one dot), centred, quiet
// zones included. Bad data (a wrong EAN check digit, text Code 128 cannot carry) gives a translated error,
// never a crash.
class BarcodePainter {
    Q_DECLARE_TR_FUNCTIONS(BarcodePainter)

public:
    enum class Symbology { Code128, Gs1_128, Ean13, UpcA, QrCode, DataMatrix };

    // `data` is the text to encode; GS1-128 takes application identifiers in brackets:
    // "[00]123456789012345675".
    BarcodePainter(Symbology symbology, const QString &data);

    Symbology symbology() const { return m_symbology; }
    QString data() const { return m_data; }
    bool isValid() const { return m_error.isEmpty(); }
    QString errorString() const { return m_error; }
    bool isTwoDimensional() const;

    // Size of the symbol in modules, quiet zones included (the height of a 1-D symbol is its 2-D-free
    // default).
    int widthInModules() const { return m_widthModules; }
    int heightInModules() const { return m_heightModules; }

    // Human-readable text under 1-D symbols (on by default). EAN-13 and UPC-A place their digits the standard
    // way, between and beside the guard bars; Code 128 and GS1-128 centre the text under the bars.
    void setHumanReadableText(bool show) { m_showText = show; }
    bool showsHumanReadableText() const { return m_showText; }
    // Size of the centred human-readable text, in points (EAN/UPC digits scale with the modules instead).
    void setTextPointSize(qreal points) { m_textPoints = points; }

    // The largest whole number of dots per module with which `modules` modules fit in `availableDots` (at
    // least 1).
    static int moduleDots(qreal availableDots, int modules);
    // The module width draw() would use for a target of this width (and height, for 2-D symbols), in device
    // dots.
    int moduleDotsFor(const QRectF &target, const QPainter &painter) const;

    // Draws the symbol inside `target` (painter coordinates). 1-D symbols take the full height of the target
    // (bars plus text); 2-D symbols are square-moduled and centred both ways. Returns the rectangle painted,
    // in painter coordinates, or an empty rectangle (and draws nothing) when the data could not be encoded.
    QRectF draw(QPainter &painter, const QRectF &target) const;

    static QString name(Symbology symbology); // "Code 128", "EAN-13"…

private:
    Symbology m_symbology;
    QString m_data;
    QString m_error;
    int m_widthModules = 0;
    int m_heightModules = 0;
    bool m_showText = true;
    qreal m_textPoints = 9;
};
