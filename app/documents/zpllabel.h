#pragma once

#include "labelcontent.h"
#include "shippingdocument.h"

#include <QByteArray>
#include <QString>

// The shipping label as ZPL II for Zebra-compatible thermal printers, 203 or 300 dpi: one ^XA…^XZ per
// package, UTF-8 (^CI28), the same boxes as the PDF label (LabelLayout), the tracking number as a Code 128
// (^BC) with its interpretation line. The output depends only on the document (no clock), so it can be
// compared byte for byte.
class ZplLabel {
public:
    explicit ZplLabel(ShippingDocument document, int dpi = 203);

    int dpi() const { return m_layout.dpi; }
    int packageCount() const;

    // Text outside Latin-1 (Thai, Arabic, CJK) needs a Unicode TrueType font stored on the printer, e.g.
    // "E:TT0003M_.TTF"; when set, such fields use ^A@ with that font instead of the built-in ^A0.
    void setUnicodeFont(const QString &printerFontPath) { m_unicodeFont = printerFontPath; }

    // Every package's label, UTF-8.
    QByteArray toZpl() const;
    // One package's label (0-based).
    QByteArray packageZpl(int package) const;

    // `text` as ^FD field data: control characters become spaces; ^, ~ and the hex indicator _ are written as
    // _5E, _7E and _5F, and `needsHex` tells the caller to put ^FH before ^FD.
    static QString fieldData(const QString &text, bool *needsHex);
    // The ^BC field data (subset C for digits, invocation codes escaped) and the symbol width in modules
    // (without quiet zones); empty when Code 128 cannot carry the text.
    static QString code128Data(const QString &text, int *modules);

private:
    QString text(const QRect &rect, const QString &value, qreal points, bool fit = true) const;
    QString captioned(const QRect &rect, const QString &caption, const QString &value, qreal points) const;

    ShippingDocument m_document;
    LabelLayout m_layout;
    QString m_unicodeFont;
};
