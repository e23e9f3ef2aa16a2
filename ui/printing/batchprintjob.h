#pragma once

#include <QFutureWatcher>
#include <QList>
#include <QObject>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

class PrintableDocument;

// What came of a batch print.
struct BatchPrintResult
{
    int printedItems = 0; // items that put at least one page into the job
    int printedPages = 0;
    bool cancelled = false;
    QString error; // translated; empty when there was none

    bool ok() const { return !cancelled && error.isEmpty(); }
};

// Prints the documents of many orders as one print job off the GUI thread, in the order chosen (by SKU, by
// bin location, or as listed), reporting progress; Cancel leaves nothing half-printed.
class BatchPrintJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchPrintJob)

public:
    struct Item
    {
        QString orderNumber;
        QString firstSku; // sort key: the SKU of the order's first line
        QString firstBin; // sort key: the bin location that SKU is picked from
    };
    enum class SortOrder { BySku, ByBin, AsListed };
    Q_ENUM(SortOrder)
    // First every item's documents are made (Cancel then prints nothing at all), then they are sent as one
    // job.
    enum class Stage { Preparing, Printing };
    Q_ENUM(Stage)
    // Makes an item's documents. Runs in the worker thread: it must not touch widgets, nor a database
    // connection that belongs to another thread.
    using DocumentFactory = std::function<QList<std::shared_ptr<PrintableDocument>>(const Item &)>;

    BatchPrintJob(QList<Item> items, DocumentFactory factory, QObject *parent = nullptr);
    ~BatchPrintJob() override; // cancels a running job and waits for it

    void setSortOrder(SortOrder order) { m_sortOrder = order; }
    SortOrder sortOrder() const { return m_sortOrder; }
    // Where the job goes: a printer of the system, or a PDF file ("save as PDF", tests). The last set wins.
    void setPrinterName(const QString &printerName);
    void setPdfOutput(const QString &filePath);
    void setDocumentName(const QString &name) { m_documentName = name; } // the job's name in the print queue

    // Stable: items with equal keys keep their listed order; items without a key come last. Keys compare the
    // way people read them ("A-2" before "A-10"), ignoring case.
    static QList<Item> sorted(QList<Item> items, SortOrder order);
    int itemCount() const { return int(m_items.size()); }
    bool isRunning() const { return m_watcher.isRunning(); }
    BatchPrintResult result() const { return m_result; }

public Q_SLOTS:
    void start();
    void cancel();

Q_SIGNALS:
    void stageChanged(BatchPrintJob::Stage stage);
    void progressChanged(int done, int total); // items done in the current stage
    void finished(const BatchPrintResult &result);

private:
    struct Work;
    static BatchPrintResult run(const Work &work);

    QList<Item> m_items;
    DocumentFactory m_factory;
    SortOrder m_sortOrder = SortOrder::AsListed;
    QString m_printerName;
    QString m_pdfOutput;
    QString m_documentName;
    std::shared_ptr<std::atomic_bool> m_cancelRequested;
    QFutureWatcher<BatchPrintResult> m_watcher;
    BatchPrintResult m_result;
};
