#pragma once

#include "reportcharts.h"
#include "reportjob.h"
#include "reportquery.h"

#include <QSqlDatabase>
#include <QWidget>

#include <memory>

class ChannelFeesDialog;
class PrintSettings;
class QAction;
class QChart;
class QChartView;
class QLabel;
class QPrinter;
class QSortFilterProxyModel;
class QTableView;
class QTextDocument;
class QToolBar;
class ReportControls;
class ReportTableModel;

// Sales reports: by region, sub-region, country, market, month or channel, the market scorecard, the top products and
// what the carriers cost, over a period, in any currency, for one market or all, against the previous period.
// Every change asks again off the GUI thread (a newer question drops the older answer) and shows a chart and a
// sortable table; both export (PNG, SVG, PDF; CSV, XLSX) and print.
class ReportsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportsView)

public:
    explicit ReportsView(QWidget *parent = nullptr);
    ~ReportsView() override;

    // databasePath is for the background jobs, which open their own connection.
    void setDatabase(const QSqlDatabase &db, const QString &databasePath);
    // Where printing remembers its printer and paper (office documents); optional.
    void setPrintSettings(PrintSettings *settings);

    ReportControls *controls() const { return m_controls; }
    ReportTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QChart *chart() const;      // bars, or stacked bars by month
    QChart *shareChart() const; // the donut of shares; hidden when the report has none
    bool isBusy() const { return m_busy; }
    // The report on screen.
    const ReportData &data() const { return m_data; }

    // By the file's suffix: .png, .svg or .pdf. The charts as they are on screen.
    bool exportChart(const QString &path, QString *error);
    // By the file's suffix: .xlsx for a workbook, anything else CSV.
    bool exportData(const QString &path, QString *error);
    // The charts and the table, on as many pages as the table needs.
    void print(QPrinter *printer);

public Q_SLOTS:
    void reload();
    void exportChartWithDialog();
    void exportDataWithDialog();
    void printWithDialog();
    ChannelFeesDialog *editChannelFees(); // opens the dialog (returned for tests)

Q_SIGNALS:
    void statusMessage(const QString &message);
    // A report (or why it failed) is on screen.
    void reportShown();

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildActions();
    void retranslateUi();
    void setBusy(bool busy);
    void showData();
    void showSalesTable();
    void showProductsTable();
    void showCarriersTable();
    void showCharts();
    QString chartTitle() const;
    QString periodText() const;
    QString totalText() const;
    QList<ReportCharts::Bar> barsOf() const;
    void setCharts(QChart *main, QChart *share);
    QImage chartImage(qreal scale) const;
    std::unique_ptr<QTextDocument> printableDocument(const QSizeF &pageSize) const;
    QString sheetName() const;

    QSqlDatabase m_db;
    QString m_databasePath;
    PrintSettings *m_printSettings = nullptr;
    ReportData m_data;
    bool m_busy = false;

    ReportControls *m_controls;
    QToolBar *m_toolBar;
    QLabel *m_busyLabel;
    QWidget *m_chartArea;
    QChartView *m_chartView;
    QChartView *m_shareView;
    ReportTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    QLabel *m_total;
    QLabel *m_notice;

    QAction *m_exportChartAction;
    QAction *m_exportDataAction;
    QAction *m_printAction;
    QAction *m_feesAction;
    // Last: destroyed first, so a running job is waited for while the view is still whole.
    ReportJob<ReportData> m_job;
};
