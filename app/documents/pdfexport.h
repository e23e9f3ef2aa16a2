#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

class PrintableDocument;
class QIODevice;

// Writes printable documents into one PDF at a given resolution: each document keeps its own paper size,
// every page is drawn in that resolution's dots (so barcodes snap to the same grid a printer of that
// resolution has).
class PdfExport {
    Q_DECLARE_TR_FUNCTIONS(PdfExport)

public:
    // Writes to `path` through a temporary file renamed at the end: on failure the file is left as it was.
    // Returns false and a translated message in `error` when nothing could be written.
    static bool write(const QList<const PrintableDocument *> &documents, const QString &path, int dpi,
                      QString *error = nullptr);
    // The same PDF in memory; empty (with `error` set) on failure.
    static QByteArray toPdf(const QList<const PrintableDocument *> &documents, int dpi,
                            QString *error = nullptr);

private:
    static bool render(const QList<const PrintableDocument *> &documents, QIODevice *device, int dpi,
                       QString *error);
};
