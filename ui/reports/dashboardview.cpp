#include "dashboardview.h"

#include "figuretile.h"
#include "reportcharts.h"

#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

DashboardView::DashboardView(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_busyLabel(new QLabel(this))
    , m_errorLabel(new QLabel(this))
    , m_reportsButton(new QPushButton(this))
    , m_waitingTile(new FigureTile(u"waitingToShipTile"_s, true, this))
    , m_onHoldTile(new FigureTile(u"onHoldTile"_s, true, this))
    , m_todayTile(new FigureTile(u"revenueTodayTile"_s, false, this))
    , m_monthTile(new FigureTile(u"revenueMonthTile"_s, false, this))
    , m_chartView(new QChartView(this))
{
    setObjectName(u"dashboardView"_s);
    m_title->setObjectName(u"dashboardTitle"_s);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_busyLabel->setObjectName(u"dashboardBusy"_s);
    m_busyLabel->setForegroundRole(QPalette::PlaceholderText);
    m_busyLabel->hide();
    m_errorLabel->setObjectName(u"dashboardError"_s);
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_errorLabel->hide();
    m_reportsButton->setObjectName(u"openReportsButton"_s);
    m_chartView->setObjectName(u"dashboardChart"_s);
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(260);

    auto *header = new QHBoxLayout;
    header->addWidget(m_title);
    header->addSpacing(12);
    header->addWidget(m_busyLabel);
    header->addStretch();
    header->addWidget(m_reportsButton);

    auto *tiles = new QGridLayout;
    tiles->setSpacing(12);
    const QList<FigureTile *> all{m_waitingTile, m_onHoldTile, m_todayTile, m_monthTile};
    for (int i = 0; i < all.size(); ++i) {
        tiles->addWidget(all.at(i), 0, i);
        tiles->setColumnStretch(i, 1);
    }

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_errorLabel);
    layout->addLayout(tiles);
    layout->addWidget(m_chartView, 1);

    connect(m_waitingTile, &FigureTile::clicked, this, [this] {
        OrderFilter filter;
        filter.statuses = {OrderStatus::New, OrderStatus::ReadyToShip, OrderStatus::Picked, OrderStatus::Packed};
        Q_EMIT openOrders(filter);
    });
    connect(m_onHoldTile, &FigureTile::clicked, this, [this] {
        OrderFilter filter;
        filter.statuses = {OrderStatus::OnHold};
        Q_EMIT openOrders(filter);
    });
    connect(m_reportsButton, &QPushButton::clicked, this, &DashboardView::openReports);
    retranslateUi();
}

DashboardView::~DashboardView() = default;

void DashboardView::setDatabase(const QSqlDatabase &db, const QString &databasePath)
{
    m_db = db;
    m_databasePath = databasePath;
    m_figures.reset();
    m_error.clear();
    showFigures();
    reload();
}

QChart *DashboardView::chart() const
{
    return m_chartView->chart();
}

void DashboardView::reload()
{
    if (m_databasePath.isEmpty())
        return;
    setBusy(true);
    m_job.start(
        this, m_databasePath,
        [](const QSqlDatabase &db, const QString &openError, QPromise<Outcome> &promise) {
            Outcome outcome;
            if (!db.isValid()) {
                outcome.error = openError;
                return outcome;
            }
            if (!refreshSalesFacts(db, promise, &outcome.error))
                return outcome;
            const QDate today = QDateTime::currentDateTime().toTimeZone(SalesFacts(db).timeZone()).date();
            outcome.figures = SalesReportService(db).dashboard(today, &outcome.error);
            return outcome;
        },
        [this](const Outcome &outcome) {
            m_figures = outcome.figures;
            m_error = outcome.error;
            setBusy(false);
            showFigures();
            Q_EMIT loaded();
        });
}

void DashboardView::setBusy(bool busy)
{
    m_busy = busy;
    m_busyLabel->setVisible(busy);
}

void DashboardView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void DashboardView::retranslateUi()
{
    m_title->setText(tr("Overview"));
    m_busyLabel->setText(tr("Counting the latest orders…"));
    m_reportsButton->setText(tr("Open reports…"));
    m_waitingTile->setCaption(tr("Waiting to ship"));
    m_waitingTile->setToolTip(tr("New, ready to ship, picked and packed orders. Click to see them."));
    m_onHoldTile->setCaption(tr("On hold"));
    m_onHoldTile->setToolTip(tr("Orders held by the checks. Click to see them."));
    m_todayTile->setCaption(tr("Revenue today"));
    m_monthTile->setCaption(tr("Revenue this month"));
    showFigures();
}

void DashboardView::showFigures()
{
    const QLocale locale;
    m_errorLabel->setVisible(!m_error.isEmpty());
    m_errorLabel->setText(tr("The figures could not be read: %1").arg(m_error));
    const QString title = tr("Sales by region, last 12 months");
    QChart *chart = nullptr;
    if (!m_figures) {
        for (FigureTile *tile : {m_waitingTile, m_onHoldTile, m_todayTile, m_monthTile}) {
            tile->setValue(u"—"_s);
            tile->setDetail(QString());
        }
        chart = ReportCharts::message(title, m_busy || m_error.isEmpty() ? tr("Reading the figures…") : m_error);
    } else {
        const DashboardFigures &f = *m_figures;
        m_waitingTile->setValue(locale.toString(f.waitingToShip));
        m_waitingTile->setDetail(tr("New, ready to ship, picked or packed"));
        m_onHoldTile->setValue(locale.toString(f.onHold));
        QString detail = tr("Fraud check: %1\nRestricted goods: %2\nMissing data: %3")
                             .arg(locale.toString(f.onHoldFraud), locale.toString(f.onHoldRestricted),
                                  locale.toString(f.onHoldMissingData));
        if (f.onHoldOther > 0)
            detail += u'\n' + tr("Held by hand: %1").arg(locale.toString(f.onHoldOther));
        m_onHoldTile->setDetail(detail);
        m_todayTile->setValue(f.revenueToday.format(locale));
        m_todayTile->setDetail(tr("%Ln order(s)", nullptr, static_cast<int>(f.ordersToday)));
        m_monthTile->setValue(f.revenueThisMonth.format(locale));
        m_monthTile->setDetail(tr("%Ln order(s)", nullptr, static_cast<int>(f.ordersThisMonth)));
        const bool anySales = std::any_of(f.regionsByMonth.minor.cbegin(), f.regionsByMonth.minor.cend(),
                                          [](const QList<qint64> &months) {
                                              return std::any_of(months.cbegin(), months.cend(),
                                                                 [](qint64 v) { return v != 0; });
                                          });
        chart = anySales ? ReportCharts::stackedByMonth(f.regionsByMonth, title, false)
                         : ReportCharts::message(title, tr("No sales in the last 12 months yet."));
    }
    QChart *old = m_chartView->chart();
    m_chartView->setChart(chart);
    delete old;
}
