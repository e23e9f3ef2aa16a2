#pragma once

#include "productimporter.h"

#include <QDialog>
#include <QFutureWatcher>

class CurrencyComboBox;
class QDialogButtonBox;
class QLabel;
class QListWidget;
class QProgressBar;
class QStackedWidget;
class QTableWidget;

// Imports a product file in two steps, both off the GUI thread with progress and Cancel: read and check the
// whole file and show a preview (counts, every problem as file:line: column: problem, the first rows); then,
// only if the file is clean and the operator confirms, write it all in one transaction.
class ProductImportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProductImportDialog)

public:
    ProductImportDialog(const QString &databasePath, const QString &filePath, const QString &defaultCurrency,
                        QWidget *parent = nullptr);
    ~ProductImportDialog() override;

    const ProductImportReport &report() const { return m_report; }
    bool canImport() const;

public Q_SLOTS:
    void startPreview();
    void startImport();

Q_SIGNALS:
    void previewReady();
    void importFinished(bool written);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct PreviewResult
    {
        ProductImportReport report;
        ParsedProducts parsed;
    };

    void showProgress(const QString &text);
    void showPreview();
    void retranslateUi();
    void cancel();

    QString m_databasePath;
    QString m_filePath;
    ProductImportReport m_report;
    ParsedProducts m_parsed;
    QFutureWatcher<PreviewResult> m_previewWatcher;
    QFutureWatcher<ProductImportReport> m_importWatcher;

    QStackedWidget *m_pages;
    QLabel *m_progressLabel;
    QProgressBar *m_progressBar;
    QLabel *m_summary;
    QLabel *m_currencyLabel;
    CurrencyComboBox *m_currency;
    QListWidget *m_issues;
    QTableWidget *m_preview;
    QDialogButtonBox *m_buttons;
    QPushButton *m_importButton;
};
