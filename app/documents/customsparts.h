#pragma once

#include "documenttext.h"
#include "shippingdocument.h"

#include <QRectF>
#include <QString>

class QPainter;

// Pieces the CN22, the CN23 and the commercial invoice draw alike: boxed fields with a caption, address
// blocks, the category tick boxes and the sender's certification. The captions are the UPU forms' own English
// and French words, fixed by the Convention, so they are plain literals and not tr(): they must not follow
// the operator's language.
namespace CustomsParts {

// Outlines `rect` and writes the caption in small bold type at its top; returns the area left for the value.
// `alignment` places the caption (Qt::AlignRight | Qt::AlignAbsolute on a right-to-left packing slip).
QRectF drawField(QPainter &painter, const PageUnits &units, const QRectF &rect, const QString &caption,
                 qreal captionPoints, Qt::Alignment alignment = Qt::AlignLeft);
// A boxed field with one value line (elided or shrunk to fit); `alignment` places caption and value.
void drawValueField(QPainter &painter, const PageUnits &units, const QRectF &rect, const QString &caption,
                    const QString &value, qreal captionPoints, qreal valuePoints,
                    Qt::Alignment alignment = Qt::AlignLeft);
// A party's name (bold), company, address lines for carriers (country in English capitals), then
// `extraLines`.
void drawParty(QPainter &painter, const PageUnits &units, const QRectF &area, const DocumentParty &party,
               const QStringList &extraLines, qreal points);
// The six category tick boxes in `columns` columns, an "X" (real text) in the chosen one.
void drawCategories(QPainter &painter, const PageUnits &units, const QRectF &area, CustomsCategory chosen,
                    int columns, qreal points);
// A tick box of `size` with an optional X inside; returns its right edge.
qreal drawTickBox(QPainter &painter, const PageUnits &units, const QPointF &topLeft, qreal size, bool ticked);

// The UPU caption of a category: "Sale of goods / Vente de marchandises".
QString categoryCaption(CustomsCategory category);
// The sender's customs reference (EORI, VAT, IOSS) and the importer's (tax ID, the customs reference on
// file).
QString senderReference(const ShippingDocument &document);
QString importerReference(const ShippingDocument &document);
// The certification sentence above the signature, in English and French.
QString certification();
// The net weight of a line in grams (quantity × unit net weight).
qint64 lineNetWeight(const DocumentLine &line);
// The customs description of a line (falls back to the name as sold).
QString description(const DocumentLine &line);
// The declared goods total, or the sum of the lines when the document has none.
Money goodsTotal(const ShippingDocument &document);

} // namespace CustomsParts
