#pragma once

#include "orderfilter.h"
#include "reportjob.h"
#include "salesreport.h"

#include <QSqlDatabase>
#include <QWidget>

#include <optional>

class FigureTile;
class QChart;
class QChartView;
class QLabel;
class QPushButton;

// The home view: what waits to ship, what is on hold and why, revenue today and this month in the base currency,
// and sales by region over the last 12 months. The figures are counted and read off the GUI thread; clicking a
// tile opens those orders.
class DashboardView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardView)

public:
    explicit DashboardView(QWidget *parent = nullptr);
    ~DashboardView() override;

    // databasePath is for the background job, which opens its own connection.
    void setDatabase(const QSqlDatabase &db, const QString &databasePath);
    QChart *chart() const;
    bool isBusy() const { return m_busy; }
    // The figures shown, once read.
    const std::optional<DashboardFigures> &figures() const { return m_figures; }

public Q_SLOTS:
    // Counts what changed since last time and reads the figures again.
    void reload();

Q_SIGNALS:
    void openOrders(const OrderFilter &filter);
    void openReports();
    // The figures (or why they could not be read) are on screen.
    void loaded();

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Outcome
    {
        std::optional<DashboardFigures> figures;
        QString error;
    };

    void setBusy(bool busy);
    void showFigures();
    void retranslateUi();

    QSqlDatabase m_db;
    QString m_databasePath;
    bool m_busy = false;
    std::optional<DashboardFigures> m_figures;
    QString m_error;

    QLabel *m_title;
    QLabel *m_busyLabel;
    QLabel *m_errorLabel;
    QPushButton *m_reportsButton;
    FigureTile *m_waitingTile;
    FigureTile *m_onHoldTile;
    FigureTile *m_todayTile;
    FigureTile *m_monthTile;
    QChartView *m_chartView;
    // Last: destroyed first, so a running job is waited for while the view is still whole.
    ReportJob<Outcome> m_job;
};
