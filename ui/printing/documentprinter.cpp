#include "documentprinter.h"

#include "printabledocument.h"
#include "printsettings.h"

#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>

#include <algorithm>

using namespace Qt::StringLiterals;

DocumentPrinter::DocumentPrinter(PrintSettings &settings)
    : m_settings(settings)
{
}

PrintResult DocumentPrinter::print(const PrintableDocument &document, QPrinter &printer) const
{
    return print(QList<const PrintableDocument *>{&document}, printer);
}

PrintResult DocumentPrinter::print(const QList<const PrintableDocument *> &documents, QPrinter &printer) const
{
    PrintSession session(printer);
    for (const PrintableDocument *document : documents) {
        if (document && !session.add(*document)) {
            session.cancel();
            return PrintResult::failed(session.errorString());
        }
    }
    if (!session.finish())
        return PrintResult::failed(session.errorString());
    return {PrintResult::Status::Printed, {}, session.pageCount()};
}

PrintResult DocumentPrinter::printTo(const QList<const PrintableDocument *> &documents,
                                     const QString &printerName) const
{
    QPrinter printer(QPrinter::HighResolution);
    QString error;
    if (!PrintSession::selectPrinter(printer, printerName, &error))
        return PrintResult::failed(error);
    return print(documents, printer);
}

PrintResult DocumentPrinter::printToDefault(const PrintableDocument &document) const
{
    return printToDefault(QList<const PrintableDocument *>{&document});
}

PrintResult DocumentPrinter::printToDefault(const QList<const PrintableDocument *> &documents) const
{
    const PrintableDocument *first = documents.isEmpty() ? nullptr : documents.constFirst();
    if (!first)
        return PrintResult::failed(tr("There is nothing to print."));
    return printTo(documents, m_settings.effectivePrinterName(first->type()));
}

void DocumentPrinter::preparePrinter(QPrinter &printer, const PrintableDocument &document) const
{
    // The remembered printer is preselected; without one (or when it is gone) Qt's default stands.
    const QString printerName = m_settings.effectivePrinterName(document.type());
    QString ignored;
    if (!printerName.isEmpty())
        PrintSession::selectPrinter(printer, printerName, &ignored);
    PrintSession::applyPageLayout(printer, document);
    printer.setDocName(document.title());
}

void DocumentPrinter::rememberPrinter(const QPrinter &printer, const PrintableDocument &document)
{
    if (printer.outputFormat() == QPrinter::NativeFormat && !printer.printerName().isEmpty())
        m_settings.setPrinterName(document.type(), printer.printerName());
}

PrintResult DocumentPrinter::preview(const PrintableDocument &document, QWidget *parent)
{
    QPrinter printer(QPrinter::HighResolution);
    preparePrinter(printer, document);
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(tr("Print Preview – %1").arg(document.title()));
    PrintResult result;
    // The preview draws through this, and so does printing from the preview.
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog, [&document, &result](QPrinter *target) {
        PrintSession session(*target);
        if (!session.add(document) || !session.finish())
            result = PrintResult::failed(session.errorString());
        else
            result = {PrintResult::Status::Printed, {}, session.pageCount()};
    });
    if (dialog.exec() != QDialog::Accepted)
        return result.ok() ? PrintResult::cancelled() : result;
    if (result.ok())
        rememberPrinter(printer, document);
    return result;
}

PrintResult DocumentPrinter::printWithDialog(const PrintableDocument &document, QWidget *parent)
{
    QPrinter printer(QPrinter::HighResolution);
    preparePrinter(printer, document);
    QPrintDialog dialog(&printer, parent);
    dialog.setWindowTitle(tr("Print “%1”").arg(document.title()));
    dialog.setMinMax(1, std::max(1, document.pageCount()));
    if (dialog.exec() != QDialog::Accepted)
        return PrintResult::cancelled();
    rememberPrinter(printer, document);
    // The dialog may have changed the paper; the document's own layout wins, it was drawn for it.
    int fromPage = 0;
    int toPage = -1;
    if (printer.printRange() == QPrinter::PageRange) {
        fromPage = printer.fromPage() - 1;
        toPage = printer.toPage() - 1;
    }
    PrintSession session(printer);
    if (!session.add(document, fromPage, toPage) || !session.finish()) {
        session.cancel();
        return PrintResult::failed(session.errorString());
    }
    return {PrintResult::Status::Printed, {}, session.pageCount()};
}
