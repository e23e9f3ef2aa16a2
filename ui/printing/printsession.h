#pragma once

#include <QCoreApplication>
#include <QPainter>
#include <QString>

class PrintableDocument;
class QPrinter;

// What came of printing a document or a set of documents.
struct PrintResult
{
    enum class Status { Printed, Cancelled, Failed };

    Status status = Status::Printed;
    QString error; // translated, when Failed
    int pages = 0; // pages sent to the printer

    bool ok() const { return status == Status::Printed; }
    static PrintResult failed(const QString &error) { return {Status::Failed, error, 0}; }
    static PrintResult cancelled() { return {Status::Cancelled, {}, 0}; }
};

// One print job on a QPrinter: documents are added page by page, each page on its own document's paper, drawn
// from the top-left corner of the paper (full-page mode). The job goes to the printer when finish() is
// called.
class PrintSession final
{
    Q_DECLARE_TR_FUNCTIONS(PrintSession)
    Q_DISABLE_COPY_MOVE(PrintSession)

public:
    explicit PrintSession(QPrinter &printer);
    // An unfinished job is cancelled (see cancel()).
    ~PrintSession();

    // Points `printer` at the named printer at that printer's own resolution. False with a translated error
    // when the printer is not known to the system.
    static bool selectPrinter(QPrinter &printer, const QString &printerName, QString *error);
    // Sets the printer to the document's paper and orientation, in full-page mode.
    static void applyPageLayout(QPrinter &printer, const PrintableDocument &document);

    // Adds pages fromPage..toPage (0-based, inclusive; -1 for the last) of `document`. Starts the job on
    // first use.
    bool add(const PrintableDocument &document, int fromPage = 0, int toPage = -1);
    // Sends the job to the printer (or the PDF file). Fails when nothing was added or the printer refused.
    bool finish();
    // Discards the job. QPrinter::abort() where the platform's print engine can (Windows, macOS); a PDF file
    // being written is deleted. Returns false when neither is possible (Qt's CUPS engine cannot abort): the
    // job is still open then, and the caller should finish it rather than send half of it.
    bool cancel();

    bool isActive() const { return m_painter.isActive(); }
    int pageCount() const { return m_pages; }
    QString errorString() const { return m_error; }

private:
    bool begin(const PrintableDocument &document);
    bool fail(const QString &error);
    QString printerLabel() const;

    QPrinter &m_printer;
    QPainter m_painter;
    int m_pages = 0;
    bool m_done = false;
    QString m_error;
};
