#include "batchprintjob.h"

#include "printabledocument.h"
#include "printsession.h"

#include <QCollator>
#include <QLocale>
#include <QPrinter>
#include <QtConcurrent>

#include <algorithm>
#include <exception>

using namespace Qt::StringLiterals;

struct BatchPrintJob::Work
{
    QList<Item> items;
    DocumentFactory factory;
    QString printerName;
    QString pdfOutput;
    QString documentName;
    std::shared_ptr<std::atomic_bool> cancelRequested;
    BatchPrintJob *job = nullptr; // only to post progress to; it waits for the worker before it goes away
};

BatchPrintJob::BatchPrintJob(QList<Item> items, DocumentFactory factory, QObject *parent)
    : QObject(parent)
    , m_items(std::move(items))
    , m_factory(std::move(factory))
    , m_cancelRequested(std::make_shared<std::atomic_bool>(false))
{
    connect(&m_watcher, &QFutureWatcher<BatchPrintResult>::finished, this, [this] {
        m_result = m_watcher.result();
        Q_EMIT finished(m_result);
    });
}

BatchPrintJob::~BatchPrintJob()
{
    cancel();
    m_watcher.waitForFinished();
}

void BatchPrintJob::setPrinterName(const QString &printerName)
{
    m_printerName = printerName;
    m_pdfOutput.clear();
}

void BatchPrintJob::setPdfOutput(const QString &filePath)
{
    m_pdfOutput = filePath;
    m_printerName.clear();
}

QList<BatchPrintJob::Item> BatchPrintJob::sorted(QList<Item> items, SortOrder order)
{
    if (order == SortOrder::AsListed)
        return items;
    // SKUs and bin codes are codes, not words of the UI language: one collation for all, numbers by value.
    QCollator collator{QLocale(QLocale::English, QLocale::UnitedStates)};
    collator.setNumericMode(true);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    const auto key = [order](const Item &item) -> const QString & {
        return order == SortOrder::BySku ? item.firstSku : item.firstBin;
    };
    std::stable_sort(items.begin(), items.end(), [&](const Item &left, const Item &right) {
        const QString &leftKey = key(left);
        const QString &rightKey = key(right);
        if (leftKey.isEmpty() || rightKey.isEmpty())
            return !leftKey.isEmpty() && rightKey.isEmpty();
        return collator.compare(leftKey, rightKey) < 0;
    });
    return items;
}

void BatchPrintJob::start()
{
    if (isRunning())
        return;
    m_result = {};
    m_cancelRequested = std::make_shared<std::atomic_bool>(false);
    Work work{
        sorted(m_items, m_sortOrder), m_factory, m_printerName, m_pdfOutput, m_documentName, m_cancelRequested, this};
    if (work.documentName.isEmpty())
        work.documentName = tr("Borderdesk: documents of %Ln order(s)", nullptr, int(work.items.size()));
    m_watcher.setFuture(QtConcurrent::run([work = std::move(work)] { return run(work); }));
}

void BatchPrintJob::cancel()
{
    m_cancelRequested->store(true);
}

BatchPrintResult BatchPrintJob::run(const Work &work)
{
    BatchPrintJob *job = work.job;
    const auto postStage = [job](Stage stage) {
        QMetaObject::invokeMethod(
            job, [job, stage] { Q_EMIT job->stageChanged(stage); }, Qt::QueuedConnection);
    };
    const auto postProgress = [job](int done, int total) {
        QMetaObject::invokeMethod(
            job, [job, done, total] { Q_EMIT job->progressChanged(done, total); }, Qt::QueuedConnection);
    };
    const auto cancelRequested = [&work] { return work.cancelRequested->load(); };
    const int total = int(work.items.size());
    BatchPrintResult result;

    // Stage 1: every document is made before the printer sees a page, so a Cancel now sends nothing at all.
    postStage(Stage::Preparing);
    QList<QList<std::shared_ptr<PrintableDocument>>> documents;
    documents.reserve(total);
    for (int index = 0; index < total; ++index) {
        if (cancelRequested()) {
            result.cancelled = true;
            return result;
        }
        const Item &item = work.items.at(index);
        try {
            documents.append(work.factory ? work.factory(item) : QList<std::shared_ptr<PrintableDocument>>());
        } catch (const std::exception &exception) {
            result.error = tr("The documents of order %1 could not be made: %2")
                               .arg(item.orderNumber, QString::fromLocal8Bit(exception.what()));
            return result;
        } catch (...) {
            result.error = tr("The documents of order %1 could not be made.").arg(item.orderNumber);
            return result;
        }
        postProgress(index + 1, total);
    }

    // Stage 2: one job.
    postStage(Stage::Printing);
    QPrinter printer(QPrinter::HighResolution);
    if (!work.pdfOutput.isEmpty()) {
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(work.pdfOutput);
    } else if (QString error; !PrintSession::selectPrinter(printer, work.printerName, &error)) {
        result.error = error;
        return result;
    }
    printer.setDocName(work.documentName);
    PrintSession session(printer);
    bool cancellable = true;
    for (int index = 0; index < total; ++index) {
        if (cancellable && cancelRequested()) {
            if (session.cancel()) {
                result = {};
                result.cancelled = true;
                return result;
            }
            // This print engine cannot abort a job: the whole batch goes out rather than half of it.
            cancellable = false;
        }
        const int pagesBefore = session.pageCount();
        for (const std::shared_ptr<PrintableDocument> &document : std::as_const(documents[index])) {
            if (document && !session.add(*document)) {
                session.cancel();
                result = {};
                result.error = session.errorString();
                return result;
            }
        }
        documents[index].clear(); // drawn into the job: free it
        if (session.pageCount() > pagesBefore)
            ++result.printedItems;
        postProgress(index + 1, total);
    }
    if (cancellable && cancelRequested() && session.cancel()) {
        result = {};
        result.cancelled = true;
        return result;
    }
    if (!session.finish()) {
        result = {};
        result.error = session.errorString();
        return result;
    }
    result.printedPages = session.pageCount();
    return result;
}
