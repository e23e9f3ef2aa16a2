#pragma once

#include "shippingdocument.h"

#include <QList>
#include <QRect>
#include <QString>
#include <QStringList>

// What one package's shipping label says, shared by the PDF label (ShippingLabel) and the thermal one
// (ZplLabel) so both print the same thing. Captions and values are in English whatever the operator's
// language: carriers' sorting staff and customs officers read labels in English.
struct LabelContent {
    QStringList fromLines; // the sender, formatted for the sender's country, country in English capitals
    QStringList toLines;   // the recipient, formatted for the destination, country in English capitals
    QString recipientPhone;
    QString carrier;
    QString service;
    bool express = false;
    QString date;   // ISO 8601: unambiguous in every country
    QString weight; // "1.25 kg" or "2.76 lb" (the sender's units)
    QString piece;  // "1 OF 2"
    QString orderReference;
    QString trackingNumber;
    QString customsReference; // international parcels only
    QString incoterm;         // international parcels only

    static LabelContent of(const ShippingDocument &document, int packageIndex);

    // An address's lines for a label: the destination's order and the original script, with the country line
    // replaced by the English country name in capitals.
    static QStringList addressLines(const Address &address);
    // "1.25 kg" (metric) or "2.76 lb" (the US, Liberia, Myanmar), never translated.
    static QString weightText(qint64 grams, const QString &senderCountry);
};

// Where everything goes on a 4×6 in label, in whole device dots for a resolution (203 or 300 dpi): the PDF
// label and the ZPL label use the same boxes, so a thermal label and its PDF preview match.
struct LabelLayout {
    explicit LabelLayout(int dpi);

    int dpi = 203;
    QSize page; // 812×1218 at 203 dpi, 1200×1800 at 300 dpi
    int margin = 0;
    int rule = 0;     // thickness of the separating lines
    int inner = 0;    // clear space between a rule and the text next to it
    QRect frame;      // the outer box
    QRect from;       // ship-from block (top left)
    QRect service;    // carrier and service (top right)
    QRect shipTo;     // the recipient
    QRect references; // order, date, weight, piece (four columns)
    QRect customs;    // customs reference and Incoterm (international only)
    QRect tracking;   // caption, barcode and tracking number text
    // The tracking barcode's box: as wide as the inside of the frame, since its quiet zones need only white
    // paper, not the text margins. At 203 dpi that is what lets a UPS number have 3-dot modules rather
    // than 2.
    QRect trackingBarcode;
    QList<QRect> rules; // filled bars: the frame's four sides and the lines between the blocks

    int dots(qreal inches) const { return qRound(inches * dpi); }
    // The four columns of the references row.
    QRect referenceColumn(int column) const;
};
