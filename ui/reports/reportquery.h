#pragma once

#include "salesreport.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>

#include <functional>
#include <optional>

// The reports the reports view offers.
enum class ReportKind {
    SalesByContinent,
    SalesBySubregion,
    SalesByCountry,
    SalesByMarket,
    SalesByMonth,
    SalesByChannel,
    MarketScorecard, // per country, always against the previous period
    TopProducts,
    CarrierSpend,
};

// The periods offered, relative to today in the shop's time zone.
enum class ReportPeriod { ThisMonth, LastMonth, Last30Days, Last90Days, ThisYear, LastYear, Last12Months, AllTime,
                          Custom };

// What the operator asked for.
struct ReportRequest
{
    ReportKind kind = ReportKind::SalesByCountry;
    ReportPeriod period = ReportPeriod::ThisMonth;
    QDate customFrom;
    QDate customTo;
    QString currency;   // empty = the shop's base currency
    QString marketCode; // empty = every market
    bool comparePrevious = false;
};

// What came back: the rows of the report and what its chart draws.
struct ReportData
{
    ReportRequest request;
    QString error;
    QDate from; // the period actually covered
    QDate to;
    QString currency;
    std::optional<SalesReport> sales;  // every kind but top products and carrier spend
    std::optional<SalesSeries> series; // by month: revenue per month and continent
    QList<TopProduct> products;
    QList<CarrierSpendRow> carriers;
    QHash<QString, QString> carrierNames; // code → name ("dhl" → "DHL Express")
    QStringList missingRates;
};

// Runs one report request against a database (off the GUI thread: it only reads).
class ReportQuery
{
    Q_DECLARE_TR_FUNCTIONS(ReportQuery)

public:
    static constexpr int TopProductLimit = 50;
    static constexpr int MonthlyGroups = 6;

    // The days a period covers, given today in the shop's time zone. All time has no first day (the service starts
    // at the first day with sales); Custom returns the custom days, in order.
    static std::pair<QDate, QDate> range(ReportPeriod period, const QDate &today, const QDate &customFrom = {},
                                         const QDate &customTo = {});
    static SalesGrouping groupingOf(ReportKind kind);
    static bool isSalesKind(ReportKind kind); // grouped sales rows (scorecard included)

    // canceled is polled between the queries.
    static ReportData run(const QSqlDatabase &db, const ReportRequest &request, const QDate &today,
                          const std::function<bool()> &canceled);
};
