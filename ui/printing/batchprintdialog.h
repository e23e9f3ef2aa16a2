#pragma once

#include "batchprintjob.h"
#include "printabledocument.h"

#include <QDialog>

class PrintSettings;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QProgressBar;
class QPushButton;

// Prints the documents of a batch of orders as one job: the operator picks the order (by SKU, by bin, as
// listed) and the printer, follows the progress and can cancel.
class BatchPrintDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchPrintDialog)

public:
    // The printer remembered for `printerFor` (the batch's main document, usually the shipping label) is
    // preselected, and the printer used is remembered for it after a successful batch.
    BatchPrintDialog(QList<BatchPrintJob::Item> items, BatchPrintJob::DocumentFactory factory, PrintSettings &settings,
                     DocumentType printerFor, QWidget *parent = nullptr);
    ~BatchPrintDialog() override;

    BatchPrintJob::SortOrder sortOrder() const;
    void setSortOrder(BatchPrintJob::SortOrder order);
    QString printerName() const;
    bool isRunning() const { return m_job.isRunning(); }
    BatchPrintResult result() const { return m_job.result(); }

public Q_SLOTS:
    void start();
    void reject() override; // cancels a running batch first; closes when it has stopped

Q_SIGNALS:
    void batchFinished(const BatchPrintResult &result);

protected:
    void changeEvent(QEvent *event) override;

private:
    enum class State { Ready, Running, Cancelling, Finished };

    void retranslateUi();
    void updateWidgets();
    void updateStatus();
    void onProgress(int done, int total);
    void onFinished(const BatchPrintResult &result);

    PrintSettings &m_settings;
    DocumentType m_printerFor;
    BatchPrintJob m_job;
    State m_state = State::Ready;
    BatchPrintJob::Stage m_stage = BatchPrintJob::Stage::Preparing;
    int m_done = 0;
    bool m_closeWhenStopped = false;

    QLabel *m_intro;
    QLabel *m_sortLabel;
    QComboBox *m_sortCombo;
    QLabel *m_printerLabel;
    QComboBox *m_printerCombo;
    QProgressBar *m_progress;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
    QPushButton *m_printButton;
    QPushButton *m_cancelButton;
};
