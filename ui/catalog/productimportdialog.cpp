#include "productimportdialog.h"

#include "connection.h"
#include "currencycombobox.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace {
constexpr int PreviewRows = 100;
}

ProductImportDialog::ProductImportDialog(const QString &databasePath, const QString &filePath,
                                         const QString &defaultCurrency, QWidget *parent)
    : QDialog(parent)
    , m_databasePath(databasePath)
    , m_filePath(filePath)
    , m_pages(new QStackedWidget(this))
    , m_progressLabel(new QLabel(this))
    , m_progressBar(new QProgressBar(this))
    , m_summary(new QLabel(this))
    , m_currencyLabel(new QLabel(this))
    , m_currency(new CurrencyComboBox(this))
    , m_issues(new QListWidget(this))
    , m_preview(new QTableWidget(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
    , m_importButton(m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole))
{
    setObjectName(QStringLiteral("productImportDialog"));
    resize(820, 560);
    m_currency->setCurrentCode(defaultCurrency);
    m_summary->setWordWrap(true);
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_issues->setObjectName(QStringLiteral("importIssues"));
    m_preview->setObjectName(QStringLiteral("importPreview"));
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->horizontalHeader()->setStretchLastSection(true);
    m_progressBar->setRange(0, 100);

    auto *progressPage = new QWidget(this);
    auto *progressLayout = new QVBoxLayout(progressPage);
    progressLayout->addStretch();
    progressLayout->addWidget(m_progressLabel);
    progressLayout->addWidget(m_progressBar);
    progressLayout->addStretch();

    auto *previewPage = new QWidget(this);
    auto *previewLayout = new QVBoxLayout(previewPage);
    previewLayout->addWidget(m_summary);
    auto *currencyRow = new QHBoxLayout;
    currencyRow->addWidget(m_currencyLabel);
    currencyRow->addWidget(m_currency, 1);
    previewLayout->addLayout(currencyRow);
    previewLayout->addWidget(m_issues, 1);
    previewLayout->addWidget(m_preview, 2);

    m_pages->addWidget(progressPage);
    m_pages->addWidget(previewPage);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::rejected, this, &ProductImportDialog::cancel);
    connect(m_importButton, &QPushButton::clicked, this, &ProductImportDialog::startImport);
    connect(m_currency, &QComboBox::currentIndexChanged, this, &ProductImportDialog::startPreview);
    for (auto *watcher : {static_cast<QFutureWatcherBase *>(&m_previewWatcher),
                          static_cast<QFutureWatcherBase *>(&m_importWatcher)})
        connect(watcher, &QFutureWatcherBase::progressValueChanged, m_progressBar, &QProgressBar::setValue);
    connect(&m_previewWatcher, &QFutureWatcherBase::finished, this, [this] {
        if (m_previewWatcher.isCanceled() || m_previewWatcher.future().resultCount() == 0) {
            reject();
            return;
        }
        PreviewResult result = m_previewWatcher.result();
        m_report = std::move(result.report);
        m_parsed = std::move(result.parsed);
        showPreview();
        Q_EMIT previewReady();
    });
    connect(&m_importWatcher, &QFutureWatcherBase::finished, this, [this] {
        if (m_importWatcher.future().resultCount() > 0)
            m_report = m_importWatcher.result();
        else
            m_report.cancelled = true;
        const bool written = m_report.written;
        Q_EMIT importFinished(written);
        if (written) {
            accept();
        } else {
            showPreview();
        }
    });
    retranslateUi();
}

ProductImportDialog::~ProductImportDialog()
{
    // A worker still running would use this dialog's data: stop it and wait.
    m_previewWatcher.cancel();
    m_importWatcher.cancel();
    m_previewWatcher.waitForFinished();
    m_importWatcher.waitForFinished();
}

bool ProductImportDialog::canImport() const
{
    return !m_report.hasErrors() && !m_parsed.products.isEmpty() && !m_report.written;
}

void ProductImportDialog::showProgress(const QString &text)
{
    m_progressLabel->setText(text);
    m_progressBar->setValue(0);
    m_pages->setCurrentIndex(0);
    m_importButton->setEnabled(false);
}

void ProductImportDialog::startPreview()
{
    if (m_previewWatcher.isRunning() || m_importWatcher.isRunning())
        return;
    showProgress(tr("Reading %1…").arg(QFileInfo(m_filePath).fileName()));
    ProductImporter::Options options;
    options.currency = m_currency->currentCode();
    const QString databasePath = m_databasePath;
    const QString filePath = m_filePath;
    m_previewWatcher.setFuture(
        QtConcurrent::run([databasePath, filePath, options](QPromise<PreviewResult> &promise) mutable {
            promise.setProgressRange(0, 100);
            options.progress = [&promise](int percent) {
                promise.setProgressValue(percent * 100 / 60);
                return !promise.isCanceled();
            };
            PreviewResult result;
            result.report = ProductImporter::preview(databasePath, filePath, options, &result.parsed);
            if (!promise.isCanceled() && !result.report.cancelled)
                promise.addResult(std::move(result));
        }));
}

void ProductImportDialog::startImport()
{
    if (!canImport() || m_importWatcher.isRunning())
        return;
    showProgress(tr("Importing %Ln product(s)…", nullptr, int(m_parsed.products.size())));
    const QString databasePath = m_databasePath;
    const ParsedProducts parsed = m_parsed;
    const ProductImportReport report = m_report;
    m_importWatcher.setFuture(
        QtConcurrent::run([databasePath, parsed, report](QPromise<ProductImportReport> &promise) {
            promise.setProgressRange(0, 100);
            ProductImportReport result = report;
            QString error;
            const Connection connection = Connection::open(databasePath, &error, Connection::Mode::OpenExisting);
            if (!connection.isOpen()) {
                result.error = error;
            } else {
                ProductImporter::write(connection.database(), parsed, result, [&promise](int percent) {
                    promise.setProgressValue(percent);
                    return !promise.isCanceled();
                });
            }
            promise.addResult(result);
        }));
}

void ProductImportDialog::cancel()
{
    if (m_importWatcher.isRunning()) {
        m_importWatcher.cancel(); // the worker rolls back; finished() shows the preview again
        return;
    }
    if (m_previewWatcher.isRunning()) {
        m_previewWatcher.cancel();
        return;
    }
    reject();
}

void ProductImportDialog::showPreview()
{
    m_pages->setCurrentIndex(1);
    const bool needsCurrency = m_report.format == ProductCsvFormat::ShopifyCurrent
                               || m_report.format == ProductCsvFormat::ShopifyLegacy;
    m_currencyLabel->setVisible(needsCurrency);
    m_currency->setVisible(needsCurrency);

    const int errors = int(std::count_if(m_report.issues.cbegin(), m_report.issues.cend(),
                                         [](const ImportIssue &i) { return i.isError(); }));
    const int warnings = int(m_report.issues.size()) - errors;
    QString summary;
    if (!m_report.error.isEmpty())
        summary = m_report.error;
    else if (m_report.cancelled)
        summary = tr("The import was cancelled; the catalogue was not changed.");
    else if (errors > 0)
        summary = tr("%1: nothing can be imported until %Ln problem(s) are fixed in the file.", nullptr, errors)
                      .arg(ProductCsv::formatName(m_report.format));
    else
        summary = tr("%1: %2 new and %3 updated product(s) will be imported.")
                      .arg(ProductCsv::formatName(m_report.format))
                      .arg(m_report.inserted)
                      .arg(m_report.updated);
    if (warnings > 0)
        summary += u' ' + tr("%Ln warning(s).", nullptr, warnings);
    m_summary->setText(summary);

    m_issues->clear();
    for (const ImportIssue &issue : std::as_const(m_report.issues)) {
        auto *item = new QListWidgetItem(issue.toString(), m_issues);
        item->setForeground(issue.isError() ? QColor(0xb0, 0x00, 0x20) : QColor(0x8a, 0x5a, 0x00));
    }
    m_issues->setVisible(!m_report.issues.isEmpty());

    const int rows = int(qMin<qsizetype>(PreviewRows, m_parsed.products.size()));
    m_preview->setRowCount(rows);
    m_preview->setColumnCount(5);
    const QLocale locale;
    for (int r = 0; r < rows; ++r) {
        const Product &p = m_parsed.products.at(r);
        const QStringList cells{p.sku, p.name, p.barcode, p.price.format(locale), locale.toString(p.stock)};
        for (int c = 0; c < cells.size(); ++c)
            m_preview->setItem(r, c, new QTableWidgetItem(cells.at(c)));
    }
    m_preview->setVisible(rows > 0);
    m_importButton->setEnabled(canImport());
    retranslateUi();
}

void ProductImportDialog::retranslateUi()
{
    setWindowTitle(tr("Import products from %1").arg(QFileInfo(m_filePath).fileName()));
    m_importButton->setText(tr("&Import"));
    m_currencyLabel->setText(tr("Prices in this file are in:"));
    m_preview->setHorizontalHeaderLabels({tr("SKU"), tr("Name"), tr("Barcode"), tr("Price"), tr("Stock")});
}

void ProductImportDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        if (m_pages->currentIndex() == 1)
            showPreview();
    }
    QDialog::changeEvent(event);
}
