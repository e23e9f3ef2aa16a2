#include "printsession.h"

#include "printabledocument.h"

#include <QFile>
#include <QPrinter>
#include <QPrinterInfo>

#include <algorithm>
#include <exception>

using namespace Qt::StringLiterals;

PrintSession::PrintSession(QPrinter &printer)
    : m_printer(printer)
{
}

PrintSession::~PrintSession()
{
    if (m_painter.isActive() && !m_done)
        cancel();
}

bool PrintSession::selectPrinter(QPrinter &printer, const QString &printerName, QString *error)
{
    if (printerName.isEmpty()) {
        *error = tr("No printer is chosen, and the system has no default printer.");
        return false;
    }
    const QPrinterInfo info = QPrinterInfo::printerInfo(printerName);
    if (info.isNull()) {
        *error = tr("The printer “%1” was not found. Check that it is set up in the system's printer settings.")
                     .arg(printerName);
        return false;
    }
    printer.setOutputFormat(QPrinter::NativeFormat);
    printer.setPrinterName(printerName);
    // QPrinter quietly falls back to the default printer when it cannot use the one asked for.
    if (!printer.isValid() || printer.printerName() != printerName) {
        *error = tr("The printer “%1” cannot be used.").arg(printerName);
        return false;
    }
    // Print at the printer's own resolution (203 or 300 dpi on thermal label printers) so that barcodes snap
    // their bars to whole printer dots.
    const QList<int> resolutions = info.supportedResolutions();
    if (!resolutions.isEmpty())
        printer.setResolution(*std::max_element(resolutions.cbegin(), resolutions.cend()));
    return true;
}

QString PrintSession::printerLabel() const
{
    return m_printer.outputFileName().isEmpty() ? m_printer.printerName() : m_printer.outputFileName();
}

bool PrintSession::fail(const QString &error)
{
    m_error = error;
    return false;
}

void PrintSession::applyPageLayout(QPrinter &printer, const PrintableDocument &document)
{
    QPageLayout layout = document.pageLayout();
    layout.setMode(QPageLayout::FullPageMode);
    // Unchanged paper is left alone: engines other than PDF and CUPS (Windows) refuse changes mid-job.
    const QPageLayout current = printer.pageLayout();
    if (printer.fullPage() && current.pageSize().isEquivalentTo(layout.pageSize())
        && current.orientation() == layout.orientation())
        return;
    // A printer driver may turn the whole layout down (a paper it does not list); size and orientation alone
    // are still taken, as custom paper.
    printer.setPageLayout(layout);
    if (!printer.pageLayout().pageSize().isEquivalentTo(layout.pageSize()))
        printer.setPageSize(layout.pageSize());
    if (printer.pageLayout().orientation() != layout.orientation())
        printer.setPageOrientation(layout.orientation());
    printer.setFullPage(true);
}

bool PrintSession::begin(const PrintableDocument &document)
{
    applyPageLayout(m_printer, document);
    if (m_printer.docName().isEmpty())
        m_printer.setDocName(document.title());
    if (!m_painter.begin(&m_printer))
        return fail(tr("The printer “%1” could not start the print job.").arg(printerLabel()));
    return true;
}

bool PrintSession::add(const PrintableDocument &document, int fromPage, int toPage)
{
    if (m_done)
        return fail(tr("The print job is already finished."));
    const int count = document.pageCount();
    const int first = std::max(0, fromPage);
    const int last = toPage < 0 ? count - 1 : std::min(toPage, count - 1);
    for (int page = first; page <= last; ++page) {
        if (!m_painter.isActive()) {
            if (!begin(document))
                return false;
        } else {
            // Each document brings its own paper: a 4 × 6 in label, then an A4 customs form, in one job.
            if (page == first)
                applyPageLayout(m_printer, document);
            if (!m_printer.newPage())
                return fail(tr("The printer “%1” could not start a new page.").arg(printerLabel()));
        }
        m_painter.save();
        QString drawingError;
        try {
            document.paintPage(m_painter, page);
        } catch (const std::exception &exception) {
            drawingError = QString::fromLocal8Bit(exception.what());
        } catch (...) {
            drawingError = tr("unknown error");
        }
        m_painter.restore();
        if (!drawingError.isEmpty()) {
            return fail(tr("Drawing page %1 of “%2” failed: %3").arg(page + 1).arg(document.title(), drawingError));
        }
        if (m_printer.printerState() == QPrinter::Error)
            return fail(
                tr("The printer “%1” reported an error while printing “%2”.").arg(printerLabel(), document.title()));
        ++m_pages;
    }
    return true;
}

bool PrintSession::finish()
{
    if (!m_painter.isActive()) {
        if (m_error.isEmpty())
            m_error = tr("There is nothing to print.");
        return false;
    }
    m_done = true;
    if (!m_painter.end() || m_printer.printerState() == QPrinter::Error)
        return fail(tr("The printer “%1” did not accept the print job.").arg(printerLabel()));
    return true;
}

bool PrintSession::cancel()
{
    if (!m_painter.isActive()) {
        m_done = true;
        return true;
    }
    if (m_printer.abort()) {
        m_done = true;
        m_painter.end();
        return true;
    }
    const QString file = m_printer.outputFileName();
    if (!file.isEmpty()) {
        m_done = true;
        m_painter.end();
        QFile::remove(file);
        return true;
    }
    return false;
}
