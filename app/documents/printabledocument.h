#pragma once

#include <QPageLayout>
#include <QString>

class QPainter;

// The kinds of documents the shop prints, each with its own remembered printer and paper.
enum class DocumentType { ShippingLabel, CustomsForm, CommercialInvoice, PackingSlip, ProductLabels };

// A document that can be drawn page by page onto any paint device: a QPdfWriter, a QPrinter (print dialog, print
// preview, a CUPS queue) or a QImage. Drawing is device-resolution aware: the painter's device tells the dots per
// inch, and barcodes snap their modules to whole device dots. Drawing may run off the GUI thread.
class PrintableDocument
{
public:
    virtual ~PrintableDocument() = default;

    virtual DocumentType type() const = 0;
    virtual QString title() const = 0;          // for the print job and the preview window
    virtual QPageLayout pageLayout() const = 0; // paper size, orientation, margins
    virtual int pageCount() const = 0;
    // Draws page `page` (0-based). The painter is active on the device, untransformed, with (0,0) at the top left
    // of the paper (not of the printable area) in device pixels.
    virtual void paintPage(QPainter &painter, int page) const = 0;
};
