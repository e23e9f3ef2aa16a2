#pragma once

#include "exchangerateimporter.h"

#include <QMargins>
#include <QSqlDatabase>
#include <QWidget>

class CurrencyComboBox;
class QChart;
class QChartView;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class RatesDownloader;
class RatesTableModel;

// Exchange rates: the newest rate of each currency, a chart of one currency's history, import of ECB files,
// rates typed by hand, "Update rates" from the ECB, and a converter that says which day's rates it used.
class RatesView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RatesView)

public:
    explicit RatesView(QWidget *parent = nullptr);

    void setDatabase(const QSqlDatabase &db, const QString &databasePath, const QString &baseCurrency);
    RatesTableModel *model() const { return m_model; }
    RatesDownloader *downloader() const { return m_downloader; }
    QChart *chart() const;

public Q_SLOTS:
    void reload();
    void importFile(const QString &filePath);
    void updateFromEcb();
    void addRate();
    void showHistory(const QString &currency);
    void convert();

Q_SIGNALS:
    void statusMessage(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void showImportResult(const RatesImportReport &report);
    void fitDateAxis();

    QSqlDatabase m_db;
    QString m_databasePath;
    QString m_historyCurrency;
    QMargins m_chartMargins; // a new chart's own margins, before fitDateAxis widens them
    RatesTableModel *m_model;
    RatesDownloader *m_downloader;
    QTableView *m_table;
    QChartView *m_chartView;
    QPushButton *m_importButton;
    QPushButton *m_addButton;
    QPushButton *m_updateButton;
    QLabel *m_convertLabel;
    QLineEdit *m_amount;
    CurrencyComboBox *m_from;
    CurrencyComboBox *m_to;
    QDateEdit *m_date;
    QLabel *m_result;
};
