#include "batchprintdialog.h"

#include "printsettings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QPrinterInfo>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

BatchPrintDialog::BatchPrintDialog(QList<BatchPrintJob::Item> items, BatchPrintJob::DocumentFactory factory,
                                   PrintSettings &settings, DocumentType printerFor, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_printerFor(printerFor)
    , m_job(std::move(items), std::move(factory))
    , m_intro(new QLabel(this))
    , m_sortLabel(new QLabel(this))
    , m_sortCombo(new QComboBox(this))
    , m_printerLabel(new QLabel(this))
    , m_printerCombo(new QComboBox(this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_buttons(new QDialogButtonBox(this))
    , m_printButton(m_buttons->addButton(QString(), QDialogButtonBox::ActionRole))
    // Not the standard Cancel button: QDialogButtonBox would retranslate it back from "Close" to "Cancel".
    , m_cancelButton(m_buttons->addButton(QString(), QDialogButtonBox::RejectRole))
{
    setObjectName(u"batchPrintDialog"_s);
    m_intro->setWordWrap(true);
    m_status->setWordWrap(true);
    m_status->setObjectName(u"status"_s);
    m_sortCombo->setObjectName(u"sortCombo"_s);
    m_printerCombo->setObjectName(u"printerCombo"_s);
    m_progress->setObjectName(u"progress"_s);
    m_printButton->setObjectName(u"printButton"_s);
    m_cancelButton->setObjectName(u"cancelButton"_s);
    m_printButton->setDefault(true);

    m_sortCombo->addItem(QString(), int(BatchPrintJob::SortOrder::BySku));
    m_sortCombo->addItem(QString(), int(BatchPrintJob::SortOrder::ByBin));
    m_sortCombo->addItem(QString(), int(BatchPrintJob::SortOrder::AsListed));
    m_sortCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_sortLabel->setBuddy(m_sortCombo);

    for (const QString &printer : QPrinterInfo::availablePrinterNames())
        m_printerCombo->addItem(printer, printer);
    const int remembered = m_printerCombo->findData(m_settings.effectivePrinterName(printerFor));
    m_printerCombo->setCurrentIndex(std::max(remembered, 0));
    m_printerCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_printerLabel->setBuddy(m_printerCombo);

    m_progress->setRange(0, std::max(1, 2 * m_job.itemCount()));
    m_progress->setValue(0);

    auto *form = new QFormLayout;
    // Long labels (German) move above their field instead of squeezing it.
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(m_sortLabel, m_sortCombo);
    form->addRow(m_printerLabel, m_printerCombo);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addStretch();
    layout->addWidget(m_buttons);

    connect(m_printButton, &QPushButton::clicked, this, &BatchPrintDialog::start);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &BatchPrintDialog::reject);
    connect(&m_job, &BatchPrintJob::stageChanged, this, [this](BatchPrintJob::Stage stage) {
        m_stage = stage;
        onProgress(0, m_job.itemCount());
    });
    connect(&m_job, &BatchPrintJob::progressChanged, this, &BatchPrintDialog::onProgress);
    connect(&m_job, &BatchPrintJob::finished, this, &BatchPrintDialog::onFinished);

    retranslateUi();
    updateWidgets();
    resize(sizeHint().expandedTo(QSize(fontMetrics().averageCharWidth() * 60, 0)));
}

BatchPrintDialog::~BatchPrintDialog() = default;

BatchPrintJob::SortOrder BatchPrintDialog::sortOrder() const
{
    return BatchPrintJob::SortOrder(m_sortCombo->currentData().toInt());
}

void BatchPrintDialog::setSortOrder(BatchPrintJob::SortOrder order)
{
    m_sortCombo->setCurrentIndex(m_sortCombo->findData(int(order)));
}

QString BatchPrintDialog::printerName() const
{
    return m_printerCombo->currentData().toString();
}

void BatchPrintDialog::start()
{
    if (m_state == State::Running || m_state == State::Cancelling || printerName().isEmpty())
        return;
    m_job.setSortOrder(sortOrder());
    m_job.setPrinterName(printerName());
    m_state = State::Running;
    m_stage = BatchPrintJob::Stage::Preparing;
    m_done = 0;
    m_progress->setValue(0);
    updateWidgets();
    updateStatus();
    m_job.start();
}

void BatchPrintDialog::reject()
{
    if (m_state == State::Running || m_state == State::Cancelling) {
        m_closeWhenStopped = m_closeWhenStopped || m_state == State::Cancelling;
        m_state = State::Cancelling;
        m_job.cancel();
        updateWidgets();
        updateStatus();
        return;
    }
    QDialog::reject();
}

void BatchPrintDialog::onProgress(int done, int total)
{
    m_done = done;
    const int offset = m_stage == BatchPrintJob::Stage::Printing ? total : 0;
    m_progress->setValue(offset + done);
    updateStatus();
}

void BatchPrintDialog::onFinished(const BatchPrintResult &result)
{
    m_state = State::Finished;
    if (result.ok()) {
        m_progress->setValue(m_progress->maximum());
        m_settings.setPrinterName(m_printerFor, printerName());
    }
    updateWidgets();
    updateStatus();
    Q_EMIT batchFinished(result);
    if (m_closeWhenStopped)
        QDialog::reject();
}

void BatchPrintDialog::updateWidgets()
{
    const bool busy = m_state == State::Running || m_state == State::Cancelling;
    m_sortCombo->setEnabled(!busy);
    m_printerCombo->setEnabled(!busy && m_printerCombo->count() > 0);
    m_printButton->setEnabled(!busy && m_job.itemCount() > 0 && !printerName().isEmpty());
    m_cancelButton->setEnabled(m_state != State::Cancelling);
    m_cancelButton->setText(m_state == State::Finished ? tr("Close") : tr("Cancel"));
}

void BatchPrintDialog::updateStatus()
{
    const int total = m_job.itemCount();
    const BatchPrintResult result = m_job.result();
    switch (m_state) {
    case State::Ready:
        m_status->setText(m_printerCombo->count() == 0
                              ? tr("No printer is set up on this computer. Add one in the system's printer settings.")
                              : QString());
        break;
    case State::Running:
        m_status->setText(
            m_stage == BatchPrintJob::Stage::Preparing
                ? tr("Preparing the documents: order %1 of %2").arg(locale().toString(m_done), locale().toString(total))
                : tr("Sending to the printer: order %1 of %2")
                      .arg(locale().toString(m_done), locale().toString(total)));
        break;
    case State::Cancelling: m_status->setText(tr("Cancelling…")); break;
    case State::Finished:
        if (result.cancelled)
            m_status->setText(tr("Cancelled. Nothing was printed."));
        else if (!result.error.isEmpty())
            m_status->setText(tr("Printing failed: %1").arg(result.error));
        else
            m_status->setText(tr("Printed the documents of %Ln order(s).", nullptr, result.printedItems));
        break;
    }
}

void BatchPrintDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        // Longer words (German) must not be clipped: the dialog grows to fit them. Sub-layouts keep their
        // old size hints until the top layout re-activates.
        if (isVisible()) {
            layout()->activate();
            resize(size().expandedTo(sizeHint()));
        }
    }
    QDialog::changeEvent(event);
}

void BatchPrintDialog::retranslateUi()
{
    setWindowTitle(tr("Print Batch"));
    m_intro->setText(tr("The documents of %Ln order(s) are printed as one print job, in the order chosen below.",
                        nullptr, m_job.itemCount()));
    m_sortLabel->setText(tr("Print &order:"));
    m_sortCombo->setItemText(0, tr("By SKU"));
    m_sortCombo->setItemText(1, tr("By bin location"));
    m_sortCombo->setItemText(2, tr("As listed"));
    m_printerLabel->setText(tr("&Printer:"));
    m_printButton->setText(tr("&Print"));
    updateWidgets();
    updateStatus();
}
