#include "reportsview.h"

#include "channelfeesdialog.h"
#include "marketrepository.h"
#include "reportcontrols.h"
#include "reporttablemodel.h"
#include "shopsettings.h"

#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ReportsView::ReportsView(QWidget *parent)
    : QWidget(parent)
    , m_controls(new ReportControls(this))
    , m_toolBar(new QToolBar(this))
    , m_busyLabel(new QLabel(this))
    , m_chartArea(new QWidget(this))
    , m_chartView(new QChartView(m_chartArea))
    , m_shareView(new QChartView(m_chartArea))
    , m_model(new ReportTableModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_table(new QTableView(this))
    , m_total(new QLabel(this))
    , m_notice(new QLabel(this))
    , m_exportChartAction(new QAction(this))
    , m_exportDataAction(new QAction(this))
    , m_printAction(new QAction(this))
    , m_feesAction(new QAction(this))
{
    setObjectName(u"reportsView"_s);
    buildActions();
    m_busyLabel->setObjectName(u"reportBusy"_s);
    m_busyLabel->setForegroundRole(QPalette::PlaceholderText);
    m_busyLabel->hide();
    m_chartArea->setObjectName(u"reportChartArea"_s);
    m_chartArea->setBackgroundRole(QPalette::Base);
    m_chartArea->setAutoFillBackground(true);
    m_chartView->setObjectName(u"reportChart"_s);
    m_shareView->setObjectName(u"reportShareChart"_s);
    for (QChartView *view : {m_chartView, m_shareView}) {
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumHeight(240);
        view->setFrameShape(QFrame::NoFrame);
    }
    auto *charts = new QHBoxLayout(m_chartArea);
    charts->setContentsMargins(0, 0, 0, 0);
    charts->addWidget(m_chartView, 3);
    charts->addWidget(m_shareView, 2);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ReportTableModel::RawValueRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortLocaleAware(true);
    m_table->setObjectName(u"reportTable"_s);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_total->setObjectName(u"reportTotal"_s);
    m_total->setWordWrap(true);
    m_total->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_notice->setObjectName(u"reportNotice"_s);
    m_notice->setWordWrap(true);
    m_notice->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_notice->hide();

    auto *tablePane = new QWidget(this);
    auto *tableLayout = new QVBoxLayout(tablePane);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addWidget(m_table, 1);
    tableLayout->addWidget(m_total);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(u"reportSplitter"_s);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_chartArea);
    splitter->addWidget(tablePane);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({440, 300});

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_toolBar, 1);
    actions->addWidget(m_busyLabel);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_controls);
    layout->addLayout(actions);
    layout->addWidget(m_notice);
    layout->addWidget(splitter, 1);

    connect(m_controls, &ReportControls::changed, this, &ReportsView::reload);
    retranslateUi();
    setBusy(false);
}

ReportsView::~ReportsView() = default;

void ReportsView::buildActions()
{
    m_toolBar->setObjectName(u"reportActions"_s);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolBar->setFloatable(false);
    m_toolBar->setMovable(false);
    const QList<std::pair<QAction *, QString>> named{{m_exportChartAction, u"exportChart"_s},
                                                     {m_exportDataAction, u"exportData"_s},
                                                     {m_printAction, u"printReport"_s},
                                                     {m_feesAction, u"channelFees"_s}};
    for (const auto &[action, name] : named) {
        action->setObjectName(name + u"Action"_s);
        m_toolBar->addAction(action);
        if (action == m_printAction)
            m_toolBar->addSeparator();
        if (QWidget *button = m_toolBar->widgetForAction(action))
            button->setObjectName(name + u"Button"_s);
    }
    connect(m_exportChartAction, &QAction::triggered, this, &ReportsView::exportChartWithDialog);
    connect(m_exportDataAction, &QAction::triggered, this, &ReportsView::exportDataWithDialog);
    connect(m_printAction, &QAction::triggered, this, &ReportsView::printWithDialog);
    connect(m_feesAction, &QAction::triggered, this, &ReportsView::editChannelFees);
}

void ReportsView::setDatabase(const QSqlDatabase &db, const QString &databasePath)
{
    m_db = db;
    m_databasePath = databasePath;
    m_controls->setBaseCurrency(ShopSettings(db).baseCurrency());
    QList<std::pair<QString, QString>> markets;
    for (const Market &market : MarketRepository(db).list())
        markets.append({market.code, market.name});
    const QSignalBlocker blocker(m_controls);
    m_controls->setMarkets(markets);
    reload();
}

void ReportsView::setPrintSettings(PrintSettings *settings)
{
    m_printSettings = settings;
}

QChart *ReportsView::chart() const
{
    return m_chartView->chart();
}

QChart *ReportsView::shareChart() const
{
    return m_shareView->chart();
}

void ReportsView::reload()
{
    if (m_databasePath.isEmpty())
        return;
    setBusy(true);
    const ReportRequest request = m_controls->request();
    m_job.start(
        this, m_databasePath,
        [request](const QSqlDatabase &db, const QString &openError, QPromise<ReportData> &promise) {
            if (!db.isValid()) {
                ReportData failed;
                failed.request = request;
                failed.error = openError;
                return failed;
            }
            QString error;
            if (!refreshSalesFacts(db, promise, &error)) {
                ReportData failed;
                failed.request = request;
                failed.error = error;
                return failed;
            }
            const QDate today = QDateTime::currentDateTime().toTimeZone(SalesFacts(db).timeZone()).date();
            return ReportQuery::run(db, request, today, [&promise] { return promise.isCanceled(); });
        },
        [this](const ReportData &data) {
            m_data = data;
            setBusy(false);
            showData();
            if (!m_data.error.isEmpty())
                Q_EMIT statusMessage(tr("The report could not be read: %1").arg(m_data.error));
            Q_EMIT reportShown();
        });
}

void ReportsView::setBusy(bool busy)
{
    m_busy = busy;
    m_busyLabel->setVisible(busy);
    const bool hasReport = !busy && m_data.error.isEmpty() && m_model->rowCount() > 0;
    m_exportChartAction->setEnabled(hasReport);
    m_exportDataAction->setEnabled(hasReport);
    m_printAction->setEnabled(hasReport);
    m_feesAction->setEnabled(!m_databasePath.isEmpty());
}

ChannelFeesDialog *ReportsView::editChannelFees()
{
    if (m_databasePath.isEmpty())
        return nullptr;
    auto *dialog = new ChannelFeesDialog(m_db, m_databasePath, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ChannelFeesDialog::feesSaved, this, [this] {
        Q_EMIT statusMessage(tr("Channel fees saved; margins were counted again."));
        reload();
    });
    dialog->open();
    return dialog;
}

void ReportsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ReportsView::retranslateUi()
{
    m_exportChartAction->setText(tr("Export chart…"));
    m_exportChartAction->setToolTip(tr("Save the chart as a PNG picture, an SVG drawing or a PDF"));
    m_exportDataAction->setText(tr("Export data…"));
    m_exportDataAction->setToolTip(tr("Save the table as CSV or as an Excel workbook"));
    m_printAction->setText(tr("Print…"));
    m_feesAction->setText(tr("Channel fees…"));
    m_feesAction->setToolTip(tr("The share of revenue each sales channel keeps; margins subtract it"));
    m_busyLabel->setText(tr("Reading the report…"));
    // Labels from the database were in the old language; the charts and the total are built again.
    showData();
}
