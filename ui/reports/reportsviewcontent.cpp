// ReportsView's content: the table, the total and the charts, built from the report on screen. Built again when
// the language changes, so every label and number follows it.
#include "reportsview.h"

#include "country.h"
#include "reportcontrols.h"
#include "reporttablemodel.h"

#include <QChart>
#include <QChartView>
#include <QHeaderView>
#include <QLabel>
#include <QLayout>
#include <QTableView>

using namespace Qt::StringLiterals;

namespace {

using Column = ReportTableModel::Column;
using Type = ReportTableModel::Type;
using Value = ReportTableModel::Value;

Value moneyOrUnknown(const std::optional<Money> &money)
{
    return money ? Value(*money) : Value();
}

} // namespace

void ReportsView::showData()
{
    if (!m_data.error.isEmpty())
        m_model->clear();
    else if (m_data.request.kind == ReportKind::TopProducts)
        showProductsTable();
    else if (m_data.request.kind == ReportKind::CarrierSpend)
        showCarriersTable();
    else
        showSalesTable();
    // The order the report comes in (largest first, months oldest first) until the operator sorts.
    QHeaderView *header = m_table->horizontalHeader();
    header->setSortIndicator(-1, Qt::AscendingOrder);
    // Numbers as wide as they need; the names take the room left.
    for (int column = 0; column < m_model->columnCount(); ++column)
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    if (m_model->columnCount() > 1)
        header->setSectionResizeMode(m_data.request.kind == ReportKind::TopProducts
                                             || m_data.request.kind == ReportKind::CarrierSpend
                                         ? 1
                                         : 0,
                                     QHeaderView::Stretch);
    m_total->setText(totalText());
    m_total->setVisible(!m_total->text().isEmpty());

    QStringList notices;
    if (!m_data.error.isEmpty())
        notices.append(tr("The report could not be read: %1").arg(m_data.error));
    if (!m_data.missingRates.isEmpty())
        notices.append(tr("Some days had no exchange rate to %1 and are left out: %2")
                           .arg(m_data.currency, QLocale().createSeparatedList(m_data.missingRates.mid(0, 5))));
    if (m_data.sales && m_data.sales->total.ordersWithoutCost > 0)
        notices.append(tr("The margin is unknown where an order has a product without a cost (%Ln order(s)).",
                          nullptr, static_cast<int>(m_data.sales->total.ordersWithoutCost)));
    m_notice->setText(notices.join(u'\n'));
    m_notice->setVisible(!notices.isEmpty());
    showCharts();
    setBusy(m_busy);
}

void ReportsView::showSalesTable()
{
    if (!m_data.sales) {
        m_model->clear();
        return;
    }
    const ReportKind kind = m_data.request.kind;
    const SalesGrouping by = ReportQuery::groupingOf(kind);
    const bool scorecard = kind == ReportKind::MarketScorecard;
    const bool comparing = m_data.sales->query.comparePrevious && !scorecard;
    const char *nameTitle = QT_TRANSLATE_NOOP("ReportTableModel", "Name");
    switch (by) {
    case SalesGrouping::Continent: nameTitle = QT_TRANSLATE_NOOP("ReportTableModel", "Region"); break;
    case SalesGrouping::Subregion: nameTitle = QT_TRANSLATE_NOOP("ReportTableModel", "Sub-region"); break;
    case SalesGrouping::Country: nameTitle = QT_TRANSLATE_NOOP("ReportTableModel", "Country"); break;
    case SalesGrouping::Month: nameTitle = QT_TRANSLATE_NOOP("ReportTableModel", "Month"); break;
    case SalesGrouping::Market: nameTitle = QT_TRANSLATE_NOOP("ReportTableModel", "Market"); break;
    case SalesGrouping::Channel: nameTitle = QT_TRANSLATE_NOOP("ReportTableModel", "Channel"); break;
    }
    QList<Column> columns{{nameTitle, Type::Text},
                          {QT_TRANSLATE_NOOP("ReportTableModel", "Orders"), Type::Count},
                          {QT_TRANSLATE_NOOP("ReportTableModel", "Revenue"), Type::Money}};
    if (comparing)
        columns << Column{QT_TRANSLATE_NOOP("ReportTableModel", "Previous period"), Type::Money};
    if (comparing || scorecard)
        columns << Column{QT_TRANSLATE_NOOP("ReportTableModel", "Growth"), Type::Percent};
    columns << Column{QT_TRANSLATE_NOOP("ReportTableModel", "Margin"), Type::Money}
            << Column{QT_TRANSLATE_NOOP("ReportTableModel", "Margin %"), Type::Percent}
            << Column{QT_TRANSLATE_NOOP("ReportTableModel", "Average order"), Type::Money}
            << Column{QT_TRANSLATE_NOOP("ReportTableModel", "Return rate"), Type::Percent}
            << Column{QT_TRANSLATE_NOOP("ReportTableModel", "Cancel rate"), Type::Percent};
    QList<QList<Value>> rows;
    for (const SalesRow &row : m_data.sales->rows) {
        QList<Value> cells{ReportCharts::groupLabel(by, row.key, row.label), row.orders, row.revenue};
        if (comparing)
            cells << moneyOrUnknown(row.previousRevenue);
        if (comparing || scorecard)
            cells << row.growthPercent();
        cells << moneyOrUnknown(row.margin) << row.marginPercent() << row.averageOrderValue()
              << row.returnRatePercent() << row.cancelRatePercent();
        rows.append(cells);
    }
    m_model->setTable(columns, rows);
}

void ReportsView::showProductsTable()
{
    const QList<Column> columns{{QT_TRANSLATE_NOOP("ReportTableModel", "SKU"), Type::Text},
                                {QT_TRANSLATE_NOOP("ReportTableModel", "Product"), Type::Text},
                                {QT_TRANSLATE_NOOP("ReportTableModel", "Quantity"), Type::Count},
                                {QT_TRANSLATE_NOOP("ReportTableModel", "Orders"), Type::Count},
                                {QT_TRANSLATE_NOOP("ReportTableModel", "Revenue"), Type::Money}};
    QList<QList<Value>> rows;
    for (const TopProduct &product : m_data.products)
        rows.append({product.sku, product.name, product.quantity, product.orders, product.revenue});
    m_model->setTable(columns, rows);
}

void ReportsView::showCarriersTable()
{
    const QList<Column> columns{{QT_TRANSLATE_NOOP("ReportTableModel", "Carrier"), Type::Text},
                                {QT_TRANSLATE_NOOP("ReportTableModel", "Country"), Type::Text},
                                {QT_TRANSLATE_NOOP("ReportTableModel", "Shipments"), Type::Count},
                                {QT_TRANSLATE_NOOP("ReportTableModel", "Cost"), Type::Money},
                                {QT_TRANSLATE_NOOP("ReportTableModel", "Per shipment"), Type::Money}};
    QList<QList<Value>> rows;
    for (const CarrierSpendRow &row : m_data.carriers)
        rows.append({m_data.carrierNames.value(row.carrierCode, row.carrierCode), Country::displayName(row.country),
                     row.shipments, row.cost,
                     row.averagePerShipment()});
    m_model->setTable(columns, rows);
}

QString ReportsView::periodText() const
{
    const QLocale locale;
    if (m_data.request.period == ReportPeriod::AllTime && !m_data.from.isValid())
        return ReportControls::periodName(ReportPeriod::AllTime);
    if (!m_data.from.isValid() || !m_data.to.isValid())
        return {};
    return tr("%1 – %2").arg(locale.toString(m_data.from, QLocale::ShortFormat),
                             locale.toString(m_data.to, QLocale::ShortFormat));
}

QString ReportsView::chartTitle() const
{
    QString what;
    switch (m_data.request.kind) {
    case ReportKind::SalesByContinent: what = tr("Revenue by region"); break;
    case ReportKind::SalesBySubregion: what = tr("Revenue by sub-region"); break;
    case ReportKind::SalesByCountry: what = tr("Revenue by country"); break;
    case ReportKind::SalesByMarket: what = tr("Revenue by market"); break;
    case ReportKind::SalesByMonth: what = tr("Revenue by month and region"); break;
    case ReportKind::SalesByChannel: what = tr("Revenue by channel"); break;
    case ReportKind::MarketScorecard: what = tr("Revenue by country against the previous period"); break;
    case ReportKind::TopProducts: what = tr("Top products by revenue"); break;
    case ReportKind::CarrierSpend: what = tr("Shipping cost by carrier"); break;
    }
    const QString period = periodText();
    return period.isEmpty() ? what : tr("%1, %2").arg(what, period);
}

QString ReportsView::totalText() const
{
    const QLocale locale;
    if (!m_data.error.isEmpty())
        return {};
    if (m_data.sales) {
        const SalesRow &t = m_data.sales->total;
        QString text = tr("Total: %Ln order(s), revenue %1", nullptr, static_cast<int>(t.orders))
                           .arg(t.revenue.format(locale));
        if (t.margin)
            text += tr(", margin %1 (%2)").arg(t.margin->format(locale),
                                                ReportTableModel::formatPercent(t.marginPercent(), locale));
        if (t.cancelled > 0)
            text += tr(", %Ln cancelled", nullptr, static_cast<int>(t.cancelled));
        if (t.previousRevenue)
            text += tr(", previous period %1").arg(t.previousRevenue->format(locale));
        return text;
    }
    if (m_data.request.kind == ReportKind::TopProducts && !m_data.products.isEmpty())
        return tr("The %Ln best-selling product(s) by revenue.", nullptr, static_cast<int>(m_data.products.size()));
    if (m_data.request.kind == ReportKind::CarrierSpend && !m_data.carriers.isEmpty()) {
        qint64 shipments = 0;
        Money cost(0, m_data.carriers.constFirst().cost.currency());
        for (const CarrierSpendRow &row : m_data.carriers) {
            shipments += row.shipments;
            cost = cost + row.cost;
        }
        return tr("Total: %Ln shipment(s), %1", nullptr, static_cast<int>(shipments)).arg(cost.format(locale));
    }
    return {};
}

QList<ReportCharts::Bar> ReportsView::barsOf() const
{
    QList<ReportCharts::Bar> bars;
    if (m_data.sales) {
        const SalesGrouping by = ReportQuery::groupingOf(m_data.request.kind);
        for (const SalesRow &row : m_data.sales->rows) {
            ReportCharts::Bar bar{ReportCharts::groupLabel(by, row.key, row.label), row.revenue.minorUnits(), {}};
            if (m_data.sales->query.comparePrevious)
                bar.previousMinor = row.previousRevenue ? row.previousRevenue->minorUnits() : 0;
            bars.append(bar);
        }
    } else if (m_data.request.kind == ReportKind::TopProducts) {
        for (const TopProduct &product : m_data.products)
            bars.append({product.sku, product.revenue.minorUnits(), {}});
    } else if (m_data.request.kind == ReportKind::CarrierSpend) {
        for (const CarrierSpendRow &row : m_data.carriers) {
            const QString name = m_data.carrierNames.value(row.carrierCode, row.carrierCode);
            auto same = std::find_if(bars.begin(), bars.end(),
                                     [&](const ReportCharts::Bar &bar) { return bar.label == name; });
            if (same == bars.end())
                bars.append({name, row.cost.minorUnits(), {}});
            else
                same->minor += row.cost.minorUnits();
        }
        std::stable_sort(bars.begin(), bars.end(),
                         [](const ReportCharts::Bar &a, const ReportCharts::Bar &b) { return a.minor > b.minor; });
    }
    return bars;
}

void ReportsView::showCharts()
{
    const QString title = chartTitle();
    const ReportKind kind = m_data.request.kind;
    if (m_databasePath.isEmpty() || (m_busy && m_model->rowCount() == 0 && m_data.error.isEmpty()))
        return setCharts(ReportCharts::message(title, tr("Reading the report…")), nullptr);
    if (!m_data.error.isEmpty())
        return setCharts(ReportCharts::message(title, tr("The report could not be read.")), nullptr);
    if (m_model->rowCount() == 0)
        return setCharts(ReportCharts::message(title, tr("Nothing to show for this period.")), nullptr);
    if (kind == ReportKind::SalesByMonth && m_data.series)
        return setCharts(ReportCharts::stackedByMonth(*m_data.series, title, true), nullptr);
    const QList<ReportCharts::Bar> bars = barsOf();
    QChart *bar = ReportCharts::bars(bars, m_data.currency, title);
    const bool withShare = kind == ReportKind::SalesByContinent || kind == ReportKind::SalesBySubregion
                           || kind == ReportKind::SalesByCountry || kind == ReportKind::SalesByMarket
                           || kind == ReportKind::SalesByChannel;
    setCharts(bar, withShare ? ReportCharts::share(bars, tr("Share of revenue")) : nullptr);
}

void ReportsView::setCharts(QChart *main, QChart *share)
{
    QChart *oldMain = m_chartView->chart();
    m_chartView->setChart(main);
    delete oldMain;
    QChart *oldShare = m_shareView->chart();
    m_shareView->setChart(share ? share : new QChart);
    delete oldShare;
    m_shareView->setVisible(share != nullptr);
    // At once, not on the next turn of the event loop: an export right after the report came should see it.
    m_chartArea->layout()->activate();
}
