#pragma once

#include "money.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

#include <optional>

// What a sales report groups by.
enum class SalesGrouping {
    Continent, // UN M49 continent of the ship-to country ("142" Asia)
    Subregion, // UN M49 sub-region ("035" South-eastern Asia)
    Country,   // ISO country code
    Month,     // "2026-11" in the shop's time zone
    Market,    // the seller's market code ("EU"); "" for orders outside every market
    Channel,   // "shopify", "amazon", "ebay", …
};

// Which orders a report covers. Days are whole days in the shop's time zone (setting report_time_zone), inclusive.
struct SalesQuery
{
    SalesGrouping by = SalesGrouping::Country;
    QDate from;
    QDate to;
    QString currency;   // empty = the shop's base currency
    QString marketCode; // empty = every market
    QString country;    // empty = every country
    bool comparePrevious = false; // also the period of the same length just before `from`

    // The period just before: same number of days, ending the day before `from`.
    QDate previousFrom() const;
    QDate previousTo() const;
};

// One row of a report: sales, returns and cancellations, and the margin after the costs.
// Revenue is what customers paid (goods, shipping charged and tax), less returned orders. Margin is revenue less
// tax, the products' cost, shipping (booked shipments, else the market's estimate), duties the seller pays on DDP
// orders and channel fees; it is known only when every order in the row has a cost for every product.
struct SalesRow
{
    QString key;   // "TH", "2026-11", "EU", "142"
    QString label; // for people, in the UI language: "Thailand", "November 2026", "European Union", "Asia"
    qint64 orders = 0;    // not cancelled (returned orders count)
    qint64 cancelled = 0;
    qint64 returned = 0;
    Money revenue;        // net of returns
    Money returns;
    Money tax;
    Money productCost;
    Money shippingCost;
    Money duties;
    Money fees;
    std::optional<Money> margin; // unset when some order lacks a product cost
    qint64 ordersWithoutCost = 0;

    // Previous period (when asked for).
    std::optional<qint64> previousOrders;
    std::optional<Money> previousRevenue;

    Money averageOrderValue() const; // revenue ÷ orders, rounded half up
    // Percent with one decimal, e.g. "12.5"; empty when there is nothing to divide by.
    QString marginPercent() const;
    QString growthPercent() const;  // revenue against the previous period
    QString returnRatePercent() const;
    QString cancelRatePercent() const;

    QJsonObject toJson() const;
};

struct SalesReport
{
    SalesQuery query;
    QString currency; // what every Money in the rows is in
    QList<SalesRow> rows; // by revenue, largest first; months oldest first
    SalesRow total;
    // Days whose base amounts had no rate to the chosen currency (left out), e.g. "2026-01-03 USD→JPY".
    QStringList missingRates;

    QJsonObject toJson() const;
    // The table as text cells for CSV/XLSX: a header and one line per row plus the total.
    QStringList header() const;
    QList<QStringList> cells(bool withTotal = true) const;
};

// One point of a stacked chart: revenue per month and per group (continent, country, market…).
struct SalesSeries
{
    QString currency;
    QStringList months;    // "2026-01", …, oldest first, every month of the range even when empty
    QStringList keys;      // group keys, largest total first; the smallest beyond `maxGroups` fold into "other"
    QStringList labels;    // for people
    QList<QList<qint64>> minor; // [group][month] revenue in minor units of `currency`
};

// Best sellers of a market (or everywhere) in a period.
struct TopProduct
{
    QString sku;
    QString name;
    qint64 quantity = 0;
    qint64 orders = 0;
    Money revenue; // the lines' goods value after line discounts, in the report currency
};

// What each carrier cost, and the average shipping cost per order by destination.
struct CarrierSpendRow
{
    QString carrierCode;
    QString country;
    qint64 shipments = 0;
    Money cost;
    Money averagePerShipment() const;
};

// The home view's figures.
struct DashboardFigures
{
    qint64 waitingToShip = 0; // new, ready to ship, picked, packed
    // On hold and why; one order can have several reasons, so the reasons may add up to more than onHold.
    qint64 onHold = 0;
    qint64 onHoldFraud = 0;       // fraud signals fired (risk reasons)
    qint64 onHoldRestricted = 0;  // restricted or prohibited goods
    qint64 onHoldMissingData = 0; // a missing phone, tax ID, HS code, weight, unknown SKU…
    qint64 onHoldOther = 0;       // none of those: held by hand
    Money revenueToday;
    Money revenueThisMonth;
    qint64 ordersToday = 0;
    qint64 ordersThisMonth = 0;
    SalesSeries regionsByMonth; // the last 12 months by continent
};

// Reports from the sales aggregates (see SalesFacts). Every query reads the per-day aggregates only, never the
// orders themselves, except top products and carrier spend which read the period's lines and shipments.
class SalesReportService
{
    Q_DECLARE_TR_FUNCTIONS(SalesReportService)

public:
    explicit SalesReportService(QSqlDatabase db);

    std::optional<SalesReport> sales(const SalesQuery &query, QString *error) const;
    // Revenue by month and group (by must not be Month) for stacked bars; at most maxGroups groups plus "other".
    std::optional<SalesSeries> monthly(const SalesQuery &query, int maxGroups, QString *error) const;
    QList<TopProduct> topProducts(const SalesQuery &query, int limit, QString *error) const;
    QList<CarrierSpendRow> carrierSpend(const SalesQuery &query, QString *error) const;
    // `today` in the shop's time zone; the chart covers the 12 months ending with today's.
    std::optional<DashboardFigures> dashboard(const QDate &today, QString *error) const;

    // The label of a group key for people, in the UI language.
    static QString labelFor(SalesGrouping by, const QString &key);
    static std::optional<SalesGrouping> groupingFromName(const QString &name); // "region", "country", …
    static QString groupingName(SalesGrouping by);

private:
    QSqlDatabase m_db;
};
