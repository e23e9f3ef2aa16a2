#pragma once

#include "orderimporter.h"

#include <QDialog>
#include <QFutureWatcher>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;

// Imports a Shopify, Amazon, eBay or Borderdesk order file off the GUI thread, with progress and a Cancel that
// leaves the database as it was. Shows what the import did (new, updated, held, cannot ship) and every problem as
// "file:line: column: problem"; a file with errors changes nothing.
class OrderImportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrderImportDialog)

public:
    explicit OrderImportDialog(const QString &databasePath, QWidget *parent = nullptr);
    ~OrderImportDialog() override;

    void setFilePath(const QString &filePath);
    QString filePath() const;
    void setFormat(OrderFileFormat format);
    OrderFileFormat format() const;
    bool isRunning() const { return m_watcher.isRunning(); }
    const OrderImportReport &report() const { return m_report; }

public Q_SLOTS:
    void chooseFile();
    void startImport();
    void cancelImport();
    void reject() override; // cancels a running import first

Q_SIGNALS:
    void importFinished(bool written);

protected:
    void changeEvent(QEvent *event) override;

private:
    void showReport();
    void updateButtons();
    void retranslateUi();

    QString m_databasePath;
    OrderImportReport m_report;
    bool m_haveReport = false;
    QFutureWatcher<OrderImportReport> m_watcher;

    QLabel *m_fileLabel;
    QLineEdit *m_file;
    QPushButton *m_chooseButton;
    QLabel *m_formatLabel;
    QComboBox *m_format;
    QProgressBar *m_progress;
    QLabel *m_summary;
    QWidget *m_countsBox;
    QFormLayout *m_counts;
    QList<QLabel *> m_countLabels;
    QList<QLabel *> m_countValues;
    QListWidget *m_issues;
    QDialogButtonBox *m_buttons;
    QPushButton *m_importButton;
    QPushButton *m_closeButton;
};
