#pragma once

#include "printsession.h"

#include <QCoreApplication>
#include <QList>

class PrintSettings;
class PrintableDocument;
class QPrinter;
class QWidget;

// Prints documents: straight to the printer remembered for their type (the pack station: no dialogs), through
// the print dialog, or from a print preview. Every failure comes back as a translated message.
class DocumentPrinter final
{
    Q_DECLARE_TR_FUNCTIONS(DocumentPrinter)

public:
    explicit DocumentPrinter(PrintSettings &settings);

    // Prints on a printer the caller has set up (a printer, a PDF file), each document on its own page
    // layout.
    PrintResult print(const PrintableDocument &document, QPrinter &printer) const;
    PrintResult print(const QList<const PrintableDocument *> &documents, QPrinter &printer) const; // one job
    // Prints to the named printer of the system.
    PrintResult printTo(const QList<const PrintableDocument *> &documents, const QString &printerName) const;
    // Prints to the printer remembered for the document's type, or the system's default printer.
    PrintResult printToDefault(const PrintableDocument &document) const;
    // One job to the printer remembered for the first document's type.
    PrintResult printToDefault(const QList<const PrintableDocument *> &documents) const;

    // Shows a print preview; the operator may print from it (that printer is then remembered).
    PrintResult preview(const PrintableDocument &document, QWidget *parent);
    // Shows the print dialog with the remembered printer chosen; remembers the printer the operator picks.
    PrintResult printWithDialog(const PrintableDocument &document, QWidget *parent);

private:
    void preparePrinter(QPrinter &printer, const PrintableDocument &document) const;
    void rememberPrinter(const QPrinter &printer, const PrintableDocument &document);

    PrintSettings &m_settings;
};
