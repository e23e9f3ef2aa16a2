#include "pdfexport.h"

#include "printabledocument.h"

#include <QBuffer>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace {

void setError(QString *error, const QString &message) {
    if (error)
        *error = message;
}

// The painter a document receives has (0,0) at the corner of the paper, so the PDF pages are painted in
// full-page mode whatever margins the document suggests for printers.
QPageLayout fullPage(QPageLayout layout) {
    layout.setMode(QPageLayout::FullPageMode);
    return layout;
}

} // namespace

bool PdfExport::render(const QList<const PrintableDocument *> &documents, QIODevice *device, int dpi,
                       QString *error) {
    QList<const PrintableDocument *> printable;
    for (const PrintableDocument *document : documents) {
        if (document && document->pageCount() > 0)
            printable.append(document);
    }
    if (printable.isEmpty()) {
        setError(error, tr("There is nothing to print."));
        return false;
    }
    if (dpi < 72 || dpi > 2400) {
        setError(error, tr("%1 dpi is not a resolution a printer has.").arg(dpi));
        return false;
    }

    QPdfWriter writer(device);
    writer.setResolution(dpi);
    writer.setCreator(u"Borderdesk"_s);
    writer.setTitle(printable.constFirst()->title());
    writer.setPageLayout(fullPage(printable.constFirst()->pageLayout()));

    QPainter painter;
    if (!painter.begin(&writer)) {
        setError(error, tr("Could not start writing the PDF."));
        return false;
    }
    bool first = true;
    for (const PrintableDocument *document : std::as_const(printable)) {
        const int pages = document->pageCount();
        for (int page = 0; page < pages; ++page) {
            if (!first) {
                // A new page layout takes effect on the next page, so it is set just before newPage().
                writer.setPageLayout(fullPage(document->pageLayout()));
                writer.newPage();
            }
            first = false;
            painter.save();
            document->paintPage(painter, page);
            painter.restore();
        }
    }
    if (!painter.end()) {
        setError(error, tr("Could not finish writing the PDF."));
        return false;
    }
    return true;
}

QByteArray PdfExport::toPdf(const QList<const PrintableDocument *> &documents, int dpi, QString *error) {
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (!render(documents, &buffer, dpi, error))
        return {};
    buffer.close();
    return bytes;
}

bool PdfExport::write(const QList<const PrintableDocument *> &documents, const QString &path, int dpi,
                      QString *error) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        setError(error, tr("Could not write %1: %2").arg(path, file.errorString()));
        return false;
    }
    if (!render(documents, &file, dpi, error)) {
        file.cancelWriting();
        return false;
    }
    // QSaveFile::commit() alone misses a failed final flush (Qt 6.4): on a full disk it would put a cut-off PDF in
    // place of the old one and report success.
    if (!file.flush() || file.error() != QFileDevice::NoError) {
        setError(error, tr("Could not write %1: %2").arg(path, file.errorString()));
        file.cancelWriting();
        file.commit(); // removes the temporary file; the target is not touched
        return false;
    }
    if (!file.commit()) {
        setError(error, tr("Could not write %1: %2").arg(path, file.errorString()));
        return false;
    }
    return true;
}
