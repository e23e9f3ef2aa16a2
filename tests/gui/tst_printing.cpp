#include "batchprintdialog.h"
#include "batchprintjob.h"
#include "cupsserver.h"
#include "documentnames.h"
#include "documentprinter.h"
#include "fitcheck.h"
#include "languagemanager.h"
#include "printabledocument.h"
#include "printsettings.h"
#include "printsettingsdialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QMutex>
#include <QPainter>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPrinterInfo>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace {

QPageLayout layoutOf(const QPageSize &size)
{
    return QPageLayout(size, QPageLayout::Portrait, QMarginsF());
}

// A page with a frame and a big line of text; remembers the device it was drawn on.
class TestDocument final : public PrintableDocument
{
public:
    TestDocument(QString text, DocumentType type, QPageLayout layout, int pages = 1, int paintDelayMs = 0)
        : m_text(std::move(text))
        , m_type(type)
        , m_layout(std::move(layout))
        , m_pages(pages)
        , m_delay(paintDelayMs)
    {
    }
    DocumentType type() const override { return m_type; }
    QString title() const override { return m_text; }
    QPageLayout pageLayout() const override { return m_layout; }
    int pageCount() const override { return m_pages; }
    void paintPage(QPainter &painter, int page) const override
    {
        QThread::msleep(m_delay);
        const QPaintDevice *device = painter.device();
        deviceSize = QSize(device->width(), device->height());
        dpi = device->logicalDpiX();
        const QRect paper(QPoint(0, 0), deviceSize);
        painter.setPen(QPen(Qt::black, std::max(1, dpi / 36)));
        painter.drawRect(paper.adjusted(dpi / 4, dpi / 4, -dpi / 4, -dpi / 4));
        QFont font(u"DejaVu Sans"_s);
        font.setPixelSize(std::max(1, dpi / 5));
        painter.setFont(font);
        painter.drawText(paper, Qt::AlignCenter, m_text + u' ' + QString::number(page + 1));
    }

    mutable QSize deviceSize;
    mutable int dpi = 0;

private:
    QString m_text;
    DocumentType m_type;
    QPageLayout m_layout;
    int m_pages;
    int m_delay;
};

// Orders, in the order the documents were asked for (from the worker thread).
struct FactoryLog
{
    QMutex mutex;
    QStringList orders;
    QStringList snapshot()
    {
        QMutexLocker lock(&mutex);
        return orders;
    }
};

BatchPrintJob::DocumentFactory labelFactory(const std::shared_ptr<FactoryLog> &log, int delayMs = 0,
                                            int paintDelayMs = 0)
{
    return [log, delayMs, paintDelayMs](const BatchPrintJob::Item &item) {
        {
            QMutexLocker lock(&log->mutex);
            log->orders.append(item.orderNumber);
        }
        QThread::msleep(delayMs);
        return QList<std::shared_ptr<PrintableDocument>>{
            std::make_shared<TestDocument>(u"ORDER "_s + item.orderNumber, DocumentType::ShippingLabel,
                                           layoutOf(PrintSettings::labelPaper4x6()), 1, paintDelayMs)};
    };
}

QList<BatchPrintJob::Item> sampleItems()
{
    return {{u"1001"_s, u"SKU-10"_s, u"B-2"_s},
            {u"1002"_s, u"sku-2"_s, u"A-10"_s},
            {u"1003"_s, u"SKU-1"_s, u"A-2"_s},
            {u"1004"_s, QString(), u"C-1"_s},
            {u"1005"_s, u"SKU-2"_s, QString()}};
}

QList<BatchPrintJob::Item> manyItems(int count)
{
    QList<BatchPrintJob::Item> items;
    for (int index = 0; index < count; ++index)
        items.append({QString::number(5000 + index), u"SKU-"_s + QString::number(index), QString()});
    return items;
}

void grab(QWidget &widget, const QString &name)
{
    // BORDERDESK_GRAB_DIR=/tmp keeps pictures of the dialogs to look at.
    const QString dir = qEnvironmentVariable("BORDERDESK_GRAB_DIR");
    if (dir.isEmpty())
        return;
    QTest::qWait(50); // let a new direction or language settle into the layout
    widget.grab().save(dir + u'/' + name + u".png"_s);
}

// Stands in for a language of long words (German): our strings get a long compound word in front.
class LongWordsTranslator final : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *sourceText, const char *, int) const override
    {
        static const QList<QByteArray> ours
            = {"PrintSettingsDialog", "BatchPrintDialog", "PrintSettings", "DocumentNames"};
        if (!ours.contains(QByteArray(context)))
            return {};
        return u"Versandetikettendrucker "_s + QString::fromUtf8(sourceText);
    }
};

} // namespace

class TestPrinting : public QObject
{
    Q_OBJECT

public:
    explicit TestPrinting(CupsServer &cups)
        : m_cups(cups)
    {
    }

private:
    // Starts the private scheduler with two file queues once; every failure names its reason.
    bool cupsReady(QString *error)
    {
#ifdef Q_OS_WIN
        *error = u"CUPS is the print system of Linux and macOS"_s;
        return false;
#endif
        if (!m_cups.isRunning()) {
            if (!m_cups.start(error) || !m_cups.addFileQueue(u"capture"_s, &m_capture, error)
                || !m_cups.addFileQueue(u"batch"_s, &m_batchCapture, error))
                return false;
        }
        const QStringList printers = QPrinterInfo::availablePrinterNames();
        if (!printers.contains(u"capture"_s) || !printers.contains(u"batch"_s)) {
            *error = u"Qt does not list the CUPS queues (CUPS_SERVER="_s + qEnvironmentVariable("CUPS_SERVER")
                + u"), it lists: "_s + printers.join(u", "_s);
            return false;
        }
        return true;
    }

    static bool runToEnd(BatchPrintJob &job)
    {
        QSignalSpy finished(&job, &BatchPrintJob::finished);
        job.start();
        return finished.wait(30000);
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        QFile::remove(m_dir.filePath(u"printing.ini"_s));
        m_store = std::make_unique<QSettings>(m_dir.filePath(u"printing.ini"_s), QSettings::IniFormat);
        m_settings = std::make_unique<PrintSettings>(*m_store);
    }

    void settingsHaveSensibleDefaults()
    {
        const PrintSettings german(*m_store, QLocale(QLocale::German, QLocale::Germany));
        QCOMPARE(german.pageSize(DocumentType::ShippingLabel).size(QPageSize::Inch), QSizeF(4, 6));
        QCOMPARE(german.pageSize(DocumentType::ProductLabels).id(), QPageSize::A4);
        QCOMPARE(german.pageSize(DocumentType::CustomsForm).id(), QPageSize::A4);
        QCOMPARE(german.orientation(DocumentType::PackingSlip), QPageLayout::Portrait);
        QVERIFY(german.printerName(DocumentType::ShippingLabel).isEmpty());
        const PrintSettings american(*m_store, QLocale(QLocale::English, QLocale::UnitedStates));
        QCOMPARE(american.pageSize(DocumentType::CommercialInvoice).id(), QPageSize::Letter);
        QCOMPARE(american.pageSize(DocumentType::ProductLabels).id(), QPageSize::A4);
        QVERIFY(PrintSettings::usesLetterPaper(QLocale(QLocale::French, QLocale::Canada)));
        QVERIFY(!PrintSettings::usesLetterPaper(QLocale(QLocale::English, QLocale::UnitedKingdom)));
        QVERIFY(!PrintSettings::usesLetterPaper(QLocale(QLocale::Thai, QLocale::Thailand)));
    }

    void settingsAreRememberedAcrossInstances()
    {
        const QPageSize label100x150(QSizeF(100, 150), QPageSize::Millimeter);
        m_settings->setPrinterName(DocumentType::ShippingLabel, u"Zebra ZD421"_s);
        m_settings->setPageSize(DocumentType::ShippingLabel, label100x150);
        m_settings->setPageSize(DocumentType::PackingSlip, QPageSize(QPageSize::A5));
        m_settings->setOrientation(DocumentType::PackingSlip, QPageLayout::Landscape);
        m_settings.reset();
        m_store.reset(); // written to the file
        QSettings store(m_dir.filePath(u"printing.ini"_s), QSettings::IniFormat);
        QCOMPARE(store.value(u"printing/shipping_label/printer"_s).toString(), u"Zebra ZD421"_s);
        const PrintSettings settings(store);
        QCOMPARE(settings.printerName(DocumentType::ShippingLabel), u"Zebra ZD421"_s);
        QVERIFY(settings.pageSize(DocumentType::ShippingLabel).isEquivalentTo(label100x150));
        QCOMPARE(settings.pageSize(DocumentType::PackingSlip).id(), QPageSize::A5);
        QCOMPARE(settings.pageLayout(DocumentType::PackingSlip).orientation(), QPageLayout::Landscape);
        QVERIFY(settings.printerName(DocumentType::CustomsForm).isEmpty());
    }

    void printsEachDocumentOnItsOwnPaperAtPrinterResolution()
    {
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(m_dir.filePath(u"two-papers.pdf"_s));
        const TestDocument label(u"LABEL"_s, DocumentType::ShippingLabel, layoutOf(PrintSettings::labelPaper4x6()));
        const TestDocument form(u"FORM"_s, DocumentType::CustomsForm, layoutOf(QPageSize(QPageSize::A4)), 2);
        const PrintResult result = DocumentPrinter(*m_settings).print({&label, &form}, printer);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.pages, 3);
        const int dpi = printer.resolution();
        QCOMPARE(label.dpi, dpi);
        // Full-page mode: the device is the whole paper, not the printable area.
        QCOMPARE(label.deviceSize, QSize(4 * dpi, 6 * dpi));
        QCOMPARE(form.deviceSize, layoutOf(QPageSize(QPageSize::A4)).fullRectPixels(dpi).size());
        QFile pdf(printer.outputFileName());
        QVERIFY(pdf.open(QIODevice::ReadOnly) && pdf.read(5) == "%PDF-");
    }

    void unknownPrinterFailsWithClearError()
    {
        m_settings->setPrinterName(DocumentType::PackingSlip, u"no-such-printer"_s);
        const TestDocument slip(u"SLIP"_s, DocumentType::PackingSlip, layoutOf(QPageSize(QPageSize::A4)));
        const PrintResult result = DocumentPrinter(*m_settings).printToDefault(slip);
        QVERIFY(result.status == PrintResult::Status::Failed);
        QVERIFY2(result.error.contains(u"no-such-printer"_s), qPrintable(result.error));
        QCOMPARE(slip.dpi, 0); // nothing was drawn
    }

    void printsToARealCupsQueue()
    {
        QString error;
        QVERIFY2(cupsReady(&error), qPrintable(error));
        m_settings->setPrinterName(DocumentType::PackingSlip, u"capture"_s);
        QFile::remove(m_capture);
        const TestDocument slip(u"BORDERDESK CUPS TEST"_s, DocumentType::PackingSlip,
                                layoutOf(QPageSize(QPageSize::A6)), 2);
        const PrintResult result = DocumentPrinter(*m_settings).printToDefault(slip);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.pages, 2);
        const QByteArray capture = m_cups.waitForOutput(u"capture"_s, m_capture);
        QVERIFY2(!capture.isEmpty(), qPrintable(u"nothing came out of the queue in 30 s\n"_s + m_cups.logExcerpt()));
        QVERIFY2(capture.left(4096).contains("%PDF-") || capture.left(4096).contains("%!PS"),
                 capture.left(200).constData());
        const QString text = CupsServer::pdfToolOutput(u"pdftotext"_s, capture);
        if (text.isEmpty()) {
            qInfo("pdftotext (poppler-utils) missing or PostScript output: the capture's text and paper not "
                  "checked");
            return;
        }
        QVERIFY2(text.contains(u"BORDERDESK CUPS TEST 1"_s) && text.contains(u"BORDERDESK CUPS TEST 2"_s),
                 qPrintable(text));
        // Two A6 pages (297.6 × 419.5 pt; the driver rounds) under the document's title.
        const QString info = CupsServer::pdfToolOutput(u"pdfinfo"_s, capture);
        QVERIFY2(info.contains(QRegularExpression(u"Pages:\\s+2\\b"_s))
                     && info.contains(QRegularExpression(u"Page size:\\s+29[78](\\.\\d+)? x 4(19|20)"_s))
                     && info.contains(u"BORDERDESK CUPS TEST"_s),
                 qPrintable(info));
    }

    void printDialogPreselectsAndRemembersThePrinter()
    {
        QString error;
        QVERIFY2(cupsReady(&error), qPrintable(error));
        m_settings->setPrinterName(DocumentType::CustomsForm, u"capture"_s);
        QFile::remove(m_capture);
        const TestDocument form(u"DIALOG TEST"_s, DocumentType::CustomsForm, layoutOf(QPageSize(QPageSize::A4)));
        QString shownPrinter;
        QTimer::singleShot(0, this, [&shownPrinter] {
            auto *dialog = qobject_cast<QPrintDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            shownPrinter = dialog->printer()->printerName();
            grab(*dialog, u"printdialog"_s);
            dialog->accept();
        });
        const PrintResult result = DocumentPrinter(*m_settings).printWithDialog(form, nullptr);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(shownPrinter, u"capture"_s);
        QCOMPARE(m_settings->printerName(DocumentType::CustomsForm), u"capture"_s);
        QVERIFY2(!m_cups.waitForOutput(u"capture"_s, m_capture).isEmpty(), qPrintable(m_cups.logExcerpt()));
    }

    void previewDrawsTheDocument()
    {
        const TestDocument label(u"PREVIEW"_s, DocumentType::ShippingLabel, layoutOf(PrintSettings::labelPaper4x6()));
        QTimer::singleShot(0, this, [] {
            auto *dialog = qobject_cast<QPrintPreviewDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            grab(*dialog, u"printpreview"_s);
            dialog->reject();
        });
        const PrintResult result = DocumentPrinter(*m_settings).preview(label, nullptr);
        QVERIFY(result.status == PrintResult::Status::Cancelled);
        QVERIFY(label.dpi > 0);
    }

    void batchSortsBySkuByBinOrAsListed_data()
    {
        QTest::addColumn<BatchPrintJob::SortOrder>("order");
        QTest::addColumn<QStringList>("expected");
        // Numbers compare by value, case is ignored, equal keys keep their order, items without a key come
        // last.
        QTest::newRow("by SKU") << BatchPrintJob::SortOrder::BySku
                                << QStringList{u"1003"_s, u"1002"_s, u"1005"_s, u"1001"_s, u"1004"_s};
        QTest::newRow("by bin") << BatchPrintJob::SortOrder::ByBin
                                << QStringList{u"1003"_s, u"1002"_s, u"1001"_s, u"1004"_s, u"1005"_s};
        QTest::newRow("as listed") << BatchPrintJob::SortOrder::AsListed
                                   << QStringList{u"1001"_s, u"1002"_s, u"1003"_s, u"1004"_s, u"1005"_s};
    }

    void batchSortsBySkuByBinOrAsListed()
    {
        QFETCH(BatchPrintJob::SortOrder, order);
        QFETCH(QStringList, expected);
        const auto log = std::make_shared<FactoryLog>();
        BatchPrintJob job(sampleItems(), labelFactory(log));
        job.setSortOrder(order);
        job.setPdfOutput(m_dir.filePath(u"batch.pdf"_s));
        QSignalSpy progress(&job, &BatchPrintJob::progressChanged);
        QSignalSpy stages(&job, &BatchPrintJob::stageChanged);
        QVERIFY(runToEnd(job));
        QVERIFY2(job.result().ok(), qPrintable(job.result().error));
        QCOMPARE(log->snapshot(), expected);
        QCOMPARE(job.result().printedItems, 5);
        QCOMPARE(job.result().printedPages, 5);
        QCOMPARE(stages.size(), 2);
        QCOMPARE(progress.constLast(), (QList<QVariant>{5, 5}));
        QFile pdf(m_dir.filePath(u"batch.pdf"_s));
        QVERIFY(pdf.open(QIODevice::ReadOnly) && pdf.read(5) == "%PDF-");
    }

    void cancellingWhilePreparingPrintsNothing()
    {
        const auto log = std::make_shared<FactoryLog>();
        BatchPrintJob job(manyItems(40), labelFactory(log, 25));
        job.setPdfOutput(m_dir.filePath(u"cancelled-early.pdf"_s));
        connect(&job, &BatchPrintJob::progressChanged, &job, [&job](int done) {
            if (done >= 3)
                job.cancel();
        });
        QVERIFY(runToEnd(job));
        QVERIFY(job.result().cancelled);
        QCOMPARE(job.result().printedItems, 0);
        QVERIFY(log->snapshot().size() < 40);
        QVERIFY(!QFile::exists(m_dir.filePath(u"cancelled-early.pdf"_s)));
    }

    void cancellingWhilePrintingAbortsTheJob()
    {
        const auto log = std::make_shared<FactoryLog>();
        BatchPrintJob job(manyItems(20), labelFactory(log, 0, 30));
        job.setPdfOutput(m_dir.filePath(u"cancelled-late.pdf"_s));
        connect(&job, &BatchPrintJob::stageChanged, &job, [&job](BatchPrintJob::Stage stage) {
            if (stage == BatchPrintJob::Stage::Printing)
                job.cancel();
        });
        QVERIFY(runToEnd(job));
        QCOMPARE(log->snapshot().size(), 20);
        QVERIFY(job.result().cancelled);
        QVERIFY(!QFile::exists(m_dir.filePath(u"cancelled-late.pdf"_s)));
    }

    void batchToUnknownPrinterReportsIt()
    {
        BatchPrintJob job(sampleItems(), labelFactory(std::make_shared<FactoryLog>()));
        job.setPrinterName(u"no-such-printer"_s);
        QVERIFY(runToEnd(job));
        QVERIFY(!job.result().cancelled);
        QVERIFY2(job.result().error.contains(u"no-such-printer"_s), qPrintable(job.result().error));
    }

    void settingsDialogSavesTheChosenPrinterPerType()
    {
        QString error;
        QVERIFY2(cupsReady(&error), qPrintable(error));
        PrintSettingsDialog dialog(*m_settings);
        dialog.show();
        auto *printer = dialog.findChild<QComboBox *>(u"printer_customs_form"_s);
        auto *paper = dialog.findChild<QComboBox *>(u"paper_shipping_label"_s);
        QVERIFY(printer && paper && printer->findData(u"capture"_s) >= 0);
        printer->setCurrentIndex(printer->findData(u"capture"_s));
        paper->setCurrentIndex(paper->findText(u"100 × 150 mm label"_s));
        QVERIFY(paper->currentIndex() >= 0);
        grab(dialog, u"printsettingsdialog"_s);
        {
            // Switching the language retranslates at once and keeps the choices.
            LongWordsTranslator longWords;
            QCoreApplication::installTranslator(&longWords);
            QCoreApplication::processEvents(); // QApplication posts LanguageChange to every window
            QVERIFY2(dialog.windowTitle().startsWith(u"Versandetikettendrucker"_s), qPrintable(dialog.windowTitle()));
            QCOMPARE(printer->currentData().toString(), u"capture"_s);
            grab(dialog, u"printsettingsdialog-long"_s);
            dialog.setLayoutDirection(Qt::RightToLeft);
            grab(dialog, u"printsettingsdialog-long-rtl"_s);
        }
        QCoreApplication::processEvents();
        QCOMPARE(dialog.windowTitle(), u"Printers and Paper"_s);
        QCOMPARE(paper->currentText(), u"100 × 150 mm label"_s);
        QTest::mouseClick(dialog.findChild<QDialogButtonBox *>(u"buttonBox"_s)->button(QDialogButtonBox::Save),
                          Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const PrintSettings reread(*m_store);
        QCOMPARE(reread.printerName(DocumentType::CustomsForm), u"capture"_s);
        QVERIFY(reread.printerName(DocumentType::PackingSlip).isEmpty());
        QVERIFY(reread.pageSize(DocumentType::ShippingLabel)
                    .isEquivalentTo(QPageSize(QSizeF(100, 150), QPageSize::Millimeter)));
    }

    void batchDialogPrintsToTheChosenCupsQueue()
    {
        QString error;
        QVERIFY2(cupsReady(&error), qPrintable(error));
        const auto log = std::make_shared<FactoryLog>();
        BatchPrintDialog dialog(sampleItems(), labelFactory(log), *m_settings, DocumentType::ShippingLabel);
        dialog.show();
        dialog.setSortOrder(BatchPrintJob::SortOrder::ByBin);
        auto *printers = dialog.findChild<QComboBox *>(u"printerCombo"_s);
        printers->setCurrentIndex(printers->findData(u"batch"_s));
        QCOMPARE(dialog.printerName(), u"batch"_s);
        grab(dialog, u"batchprintdialog"_s);
        QFile::remove(m_batchCapture);
        QSignalSpy finished(&dialog, &BatchPrintDialog::batchFinished);
        QTest::mouseClick(dialog.findChild<QPushButton *>(u"printButton"_s), Qt::LeftButton);
        QVERIFY(finished.size() == 1 || finished.wait(30000));
        QVERIFY2(dialog.result().ok(), qPrintable(dialog.result().error));
        QCOMPARE(log->snapshot(), (QStringList{u"1003"_s, u"1002"_s, u"1001"_s, u"1004"_s, u"1005"_s}));
        QCOMPARE(m_settings->printerName(DocumentType::ShippingLabel), u"batch"_s);
        grab(dialog, u"batchprintdialog-done"_s);
        {
            LongWordsTranslator longWords;
            QCoreApplication::installTranslator(&longWords);
            QCoreApplication::processEvents();
            QVERIFY(dialog.findChild<QLabel *>(u"status"_s)->text().startsWith(u"Versandetikettendrucker"_s));
            dialog.setLayoutDirection(Qt::RightToLeft);
            grab(dialog, u"batchprintdialog-long-rtl"_s);
        }
        const QByteArray capture = m_cups.waitForOutput(u"batch"_s, m_batchCapture);
        QVERIFY2(!capture.isEmpty(), qPrintable(m_cups.logExcerpt()));
        if (const QString text = CupsServer::pdfToolOutput(u"pdftotext"_s, capture); !text.isEmpty()) {
            const qsizetype first = text.indexOf(u"ORDER 1003"_s);
            QVERIFY2(first >= 0 && first < text.indexOf(u"ORDER 1005"_s), qPrintable(text));
        }
    }

    void batchDialogCancelSendsNothingToTheQueue()
    {
        QString error;
        QVERIFY2(cupsReady(&error), qPrintable(error));
        m_settings->setPrinterName(DocumentType::ShippingLabel, u"batch"_s);
        const auto log = std::make_shared<FactoryLog>();
        BatchPrintDialog dialog(manyItems(60), labelFactory(log, 25), *m_settings, DocumentType::ShippingLabel);
        dialog.show();
        QCOMPARE(dialog.printerName(), u"batch"_s); // the remembered printer is preselected
        QFile::remove(m_batchCapture);
        QSignalSpy finished(&dialog, &BatchPrintDialog::batchFinished);
        QTest::mouseClick(dialog.findChild<QPushButton *>(u"printButton"_s), Qt::LeftButton);
        QTRY_VERIFY(dialog.findChild<QProgressBar *>(u"progress"_s)->value() >= 3);
        grab(dialog, u"batchprintdialog-running"_s);
        QTest::mouseClick(dialog.findChild<QPushButton *>(u"cancelButton"_s), Qt::LeftButton);
        QVERIFY(finished.size() == 1 || finished.wait(30000));
        QVERIFY(dialog.result().cancelled);
        QVERIFY(dialog.isVisible()); // Cancel stops the job; the dialog stays to say so
        QCOMPARE(dialog.findChild<QLabel *>(u"status"_s)->text(), u"Cancelled. Nothing was printed."_s);
        QVERIFY(log->snapshot().size() < 60);
        QCOMPARE(m_cups.pendingJobs(u"batch"_s), 0);
        QVERIFY(!QFile::exists(m_batchCapture));
    }

    // The orientation boxes have room for a short word even where the language says it in one character (縦 and 横
    // in Japanese, which looked cut off at their own width), and show the long words of other languages whole, even
    // with the dialog made as small as it goes.
    void orientationBoxesHaveRoomInEveryLanguage()
    {
        LanguageManager languages;
        PrintSettingsDialog dialog(*m_settings);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QList<QComboBox *> boxes = dialog.findChildren<QComboBox *>(QRegularExpression(u"^orientation_"_s));
        QCOMPARE(boxes.size(), int(DocumentNames::allTypes().size()));
        for (const QString &code : {u"ja"_s, u"zh_CN"_s, u"de"_s, u"th"_s, u"ar"_s, u"en"_s}) {
            QVERIFY(languages.switchTo(code, false));
            QTest::qWait(20); // QApplication posts LanguageChange to every window, then layouts follow
            dialog.resize(dialog.minimumSizeHint()); // as small as the operator can make it
            const auto cramped = [&boxes] {
                QStringList found;
                for (QComboBox *box : boxes) {
                    const int room = FitCheck::comboTextRoom(box);
                    if (room < 6 * box->fontMetrics().horizontalAdvance(u'X'))
                        found.append(u"%1 px for \"%2\""_s.arg(room).arg(box->currentText()));
                    for (int index = 0; index < box->count(); ++index) {
                        if (room < box->fontMetrics().horizontalAdvance(box->itemText(index)))
                            found.append(u"%1 px for \"%2\""_s.arg(room).arg(box->itemText(index)));
                    }
                }
                return found;
            };
            QTRY_VERIFY2(cramped().isEmpty(), qPrintable(code + u": " + cramped().join(u'\n')));
            // Layouts catch up with the new texts on later events.
            QTRY_VERIFY2(FitCheck::problems(&dialog).isEmpty(),
                         qPrintable(code + u": " + FitCheck::problems(&dialog).join(u'\n')));
        }
    }

private:
    CupsServer &m_cups;
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_store;
    std::unique_ptr<PrintSettings> m_settings;
    QString m_capture;
    QString m_batchCapture;
};

int main(int argc, char *argv[])
{
    // libcups reads CUPS_SERVER once, on its first use: point it at the private scheduler before anything
    // prints.
    CupsServer cups;
    qputenv("CUPS_SERVER", QFile::encodeName(cups.socketPath()));
    int status = 0;
    {
        QApplication app(argc, argv);
        TestPrinting test(cups);
        status = QTest::qExec(&test, argc, argv);
        cups.stop();
    }
    return status;
}

#include "tst_printing.moc"
