#include "orderimportdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype MaxIssuesShown = 1000;
const QList<OrderFileFormat> Formats{OrderFileFormat::Unknown, OrderFileFormat::Shopify, OrderFileFormat::Amazon,
                                     OrderFileFormat::Ebay, OrderFileFormat::Borderdesk};
const QStringList CountNames{u"importOrdersInFile"_s, u"importLines"_s, u"importInserted"_s,
                             u"importUpdated"_s,      u"importHeld"_s,  u"importCannotShip"_s};

} // namespace

OrderImportDialog::OrderImportDialog(const QString &databasePath, QWidget *parent)
    : QDialog(parent)
    , m_databasePath(databasePath)
    , m_fileLabel(new QLabel(this))
    , m_file(new QLineEdit(this))
    , m_chooseButton(new QPushButton(this))
    , m_formatLabel(new QLabel(this))
    , m_format(new QComboBox(this))
    , m_progress(new QProgressBar(this))
    , m_summary(new QLabel(this))
    , m_countsBox(new QWidget(this))
    , m_counts(new QFormLayout(m_countsBox))
    , m_issues(new QListWidget(this))
    , m_buttons(new QDialogButtonBox(this))
    , m_importButton(m_buttons->addButton(QString(), QDialogButtonBox::ActionRole))
    , m_closeButton(m_buttons->addButton(QString(), QDialogButtonBox::RejectRole))
{
    setObjectName(u"orderImportDialog"_s);
    resize(760, 520);
    m_file->setObjectName(u"importFile"_s);
    m_chooseButton->setObjectName(u"chooseFileButton"_s);
    m_format->setObjectName(u"importFormat"_s);
    m_progress->setObjectName(u"importProgress"_s);
    m_summary->setObjectName(u"importSummary"_s);
    m_issues->setObjectName(u"importIssues"_s);
    m_importButton->setObjectName(u"importButton"_s);
    m_closeButton->setObjectName(u"closeButton"_s);
    m_fileLabel->setBuddy(m_file);
    m_formatLabel->setBuddy(m_format);
    m_progress->setRange(0, 100);
    m_progress->hide();
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_issues->setWordWrap(true);
    m_issues->hide();
    m_format->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    for (OrderFileFormat format : Formats)
        m_format->addItem(QString(), static_cast<int>(format));
    m_counts->setRowWrapPolicy(QFormLayout::WrapLongRows);
    for (const QString &name : CountNames) {
        auto *label = new QLabel(m_countsBox);
        auto *value = new QLabel(m_countsBox);
        value->setObjectName(name);
        m_counts->addRow(label, value);
        m_countLabels.append(label);
        m_countValues.append(value);
    }
    m_countsBox->hide();

    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_chooseButton);
    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(m_fileLabel, fileRow);
    form->addRow(m_formatLabel, m_format);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_summary);
    layout->addWidget(m_countsBox);
    layout->addWidget(m_issues, 1);
    layout->addStretch();
    layout->addWidget(m_buttons);

    connect(m_chooseButton, &QPushButton::clicked, this, &OrderImportDialog::chooseFile);
    connect(m_importButton, &QPushButton::clicked, this, &OrderImportDialog::startImport);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &OrderImportDialog::reject);
    connect(m_file, &QLineEdit::textChanged, this, &OrderImportDialog::updateButtons);
    connect(&m_watcher, &QFutureWatcherBase::progressValueChanged, m_progress, &QProgressBar::setValue);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, [this] {
        if (m_watcher.future().resultCount() > 0) {
            m_report = m_watcher.result();
        } else {
            // Cancelled before the importer could say so: it rolled back.
            m_report = OrderImportReport();
            m_report.cancelled = true;
        }
        m_haveReport = true;
        showReport();
        updateButtons();
        Q_EMIT importFinished(m_report.written);
    });
    retranslateUi();
    updateButtons();
}

OrderImportDialog::~OrderImportDialog()
{
    // The worker writes through its own connection; cancelling rolls it back. Wait so nothing outlives the dialog.
    m_watcher.cancel();
    m_watcher.waitForFinished();
}

void OrderImportDialog::setFilePath(const QString &filePath)
{
    m_file->setText(QDir::toNativeSeparators(filePath));
}

QString OrderImportDialog::filePath() const
{
    return QDir::fromNativeSeparators(m_file->text().trimmed());
}

void OrderImportDialog::setFormat(OrderFileFormat format)
{
    m_format->setCurrentIndex(std::max(0, m_format->findData(static_cast<int>(format))));
}

OrderFileFormat OrderImportDialog::format() const
{
    return static_cast<OrderFileFormat>(m_format->currentData().toInt());
}

void OrderImportDialog::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import orders"), QFileInfo(filePath()).path(),
        tr("Order files (*.csv *.txt *.tsv);;All files (*)"));
    if (!path.isEmpty())
        setFilePath(path);
}

void OrderImportDialog::startImport()
{
    const QString path = filePath();
    if (path.isEmpty() || isRunning())
        return;
    m_haveReport = false;
    m_countsBox->hide();
    m_issues->clear();
    m_issues->hide();
    m_progress->setValue(0);
    m_progress->show();
    m_summary->setText(tr("Importing %1…").arg(QFileInfo(path).fileName()));
    OrderImporter::Options options;
    options.format = format();
    const QString databasePath = m_databasePath;
    m_watcher.setFuture(QtConcurrent::run([databasePath, path, options](QPromise<OrderImportReport> &promise) mutable {
        promise.setProgressRange(0, 100);
        options.progress = [&promise](int percent) {
            promise.setProgressValue(percent);
            return !promise.isCanceled();
        };
        promise.addResult(OrderImporter::importFile(databasePath, path, options));
    }));
    updateButtons();
}

void OrderImportDialog::cancelImport()
{
    if (isRunning()) {
        m_summary->setText(tr("Cancelling; nothing will be changed…"));
        m_watcher.cancel();
    }
}

void OrderImportDialog::reject()
{
    if (isRunning()) {
        cancelImport();
        return;
    }
    QDialog::reject();
}

void OrderImportDialog::updateButtons()
{
    const bool running = isRunning();
    m_importButton->setEnabled(!running && !filePath().isEmpty());
    m_file->setEnabled(!running);
    m_chooseButton->setEnabled(!running);
    m_format->setEnabled(!running);
    m_closeButton->setText(running ? tr("Cancel") : tr("Close"));
}

void OrderImportDialog::showReport()
{
    m_progress->hide();
    const QString fileName = QFileInfo(filePath()).fileName();
    const int errors = m_report.errorCount();
    const int warnings = m_report.warningCount();
    QString summary;
    if (!m_report.error.isEmpty())
        summary = tr("Nothing was imported: %1").arg(m_report.error);
    else if (m_report.cancelled)
        summary = tr("The import was cancelled; no order was changed.");
    else if (errors > 0)
        summary = tr("%1: nothing was imported. Fix the %Ln problem(s) below in the file and import it again.", nullptr,
                     errors)
                      .arg(fileName);
    else if (m_report.written)
        summary = tr("%1 (%2) was imported.").arg(fileName, OrderFileReader::formatName(m_report.format));
    else
        summary = tr("%1: nothing was imported.").arg(fileName);
    if (warnings > 0 && errors == 0 && m_report.error.isEmpty())
        summary += u' ' + tr("%Ln warning(s) below.", nullptr, warnings);
    m_summary->setText(summary);

    const QLocale locale;
    const QList<qint64> counts{m_report.ordersInFile, m_report.linesInFile, m_report.inserted,
                               m_report.updated,      m_report.held,        m_report.cannotShip};
    for (qsizetype i = 0; i < counts.size(); ++i)
        m_countValues.at(i)->setText(locale.toString(counts.at(i)));
    m_countsBox->setVisible(m_report.written);

    m_issues->clear();
    // Errors first: they are why nothing was written. A file can carry a warning on every row; list a screenful.
    QList<const ImportIssue *> shown;
    for (bool errorsPass : {true, false}) {
        for (const ImportIssue &issue : std::as_const(m_report.issues)) {
            if (issue.isError() == errorsPass && shown.size() < MaxIssuesShown)
                shown.append(&issue);
        }
    }
    for (const ImportIssue *issue : std::as_const(shown)) {
        auto *item = new QListWidgetItem(issue->toString(), m_issues);
        item->setForeground(issue->isError() ? QColor(0xb0, 0x00, 0x20) : QColor(0x8a, 0x5a, 0x00));
    }
    if (m_report.issues.size() > shown.size())
        new QListWidgetItem(tr("…and %Ln more.", nullptr, static_cast<int>(m_report.issues.size() - shown.size())),
                            m_issues);
    m_issues->setVisible(!m_report.issues.isEmpty());
}

void OrderImportDialog::retranslateUi()
{
    setWindowTitle(tr("Import orders"));
    m_fileLabel->setText(tr("&File:"));
    m_chooseButton->setText(tr("C&hoose…"));
    m_formatLabel->setText(tr("F&ormat:"));
    for (int i = 0; i < m_format->count(); ++i) {
        const auto format = static_cast<OrderFileFormat>(m_format->itemData(i).toInt());
        m_format->setItemText(i, format == OrderFileFormat::Unknown ? tr("Detect from the file's header")
                                                                    : OrderFileReader::formatName(format));
    }
    const QStringList labels{tr("Orders in the file:"), tr("Order lines:"),  tr("New orders:"),
                             tr("Updated orders:"),     tr("Put on hold:"), tr("Cannot ship yet:")};
    for (qsizetype i = 0; i < labels.size(); ++i)
        m_countLabels.at(i)->setText(labels.at(i));
    m_importButton->setText(tr("&Import"));
    updateButtons();
    if (m_haveReport)
        showReport();
}

void OrderImportDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}
