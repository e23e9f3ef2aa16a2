#include "reportquery.h"

#include "carrierrepository.h"

using namespace Qt::StringLiterals;

namespace {

QDate firstOfMonth(const QDate &day)
{
    return QDate(day.year(), day.month(), 1);
}

} // namespace

std::pair<QDate, QDate> ReportQuery::range(ReportPeriod period, const QDate &today, const QDate &customFrom,
                                           const QDate &customTo)
{
    switch (period) {
    case ReportPeriod::ThisMonth:
        return {firstOfMonth(today), today};
    case ReportPeriod::LastMonth: {
        const QDate first = firstOfMonth(today).addMonths(-1);
        return {first, first.addMonths(1).addDays(-1)};
    }
    case ReportPeriod::Last30Days:
        return {today.addDays(-29), today};
    case ReportPeriod::Last90Days:
        return {today.addDays(-89), today};
    case ReportPeriod::ThisYear:
        return {QDate(today.year(), 1, 1), today};
    case ReportPeriod::LastYear:
        return {QDate(today.year() - 1, 1, 1), QDate(today.year() - 1, 12, 31)};
    case ReportPeriod::Last12Months:
        return {firstOfMonth(today).addMonths(-11), today};
    case ReportPeriod::AllTime:
        return {QDate(), today};
    case ReportPeriod::Custom:
        break;
    }
    if (customFrom.isValid() && customTo.isValid() && customFrom > customTo)
        return {customTo, customFrom};
    return {customFrom, customTo};
}

SalesGrouping ReportQuery::groupingOf(ReportKind kind)
{
    switch (kind) {
    case ReportKind::SalesByContinent:
        return SalesGrouping::Continent;
    case ReportKind::SalesBySubregion:
        return SalesGrouping::Subregion;
    case ReportKind::SalesByMarket:
        return SalesGrouping::Market;
    case ReportKind::SalesByMonth:
        return SalesGrouping::Month;
    case ReportKind::SalesByChannel:
        return SalesGrouping::Channel;
    case ReportKind::SalesByCountry:
    case ReportKind::MarketScorecard:
    case ReportKind::TopProducts:
    case ReportKind::CarrierSpend:
        break;
    }
    return SalesGrouping::Country;
}

bool ReportQuery::isSalesKind(ReportKind kind)
{
    return kind != ReportKind::TopProducts && kind != ReportKind::CarrierSpend;
}

ReportData ReportQuery::run(const QSqlDatabase &db, const ReportRequest &request, const QDate &today,
                            const std::function<bool()> &canceled)
{
    ReportData data;
    data.request = request;
    const auto [from, to] = range(request.period, today, request.customFrom, request.customTo);
    // All time leaves the first day open: the service starts at the first day with sales.
    if (request.period != ReportPeriod::AllTime && (!from.isValid() || !to.isValid())) {
        data.error = tr("Choose the first and the last day of the period.");
        return data;
    }
    const SalesReportService service(db);
    SalesQuery query;
    query.currency = request.currency;
    query.marketCode = request.marketCode;
    data.from = from;
    data.to = to;
    query.from = from;
    query.to = to;
    query.by = groupingOf(request.kind);
    query.comparePrevious = request.comparePrevious || request.kind == ReportKind::MarketScorecard;
    if (canceled())
        return data;

    if (isSalesKind(request.kind)) {
        data.sales = service.sales(query, &data.error);
        if (!data.sales)
            return data;
        data.currency = data.sales->currency;
        data.from = data.sales->query.from;
        data.to = data.sales->query.to;
        data.missingRates = data.sales->missingRates;
        if (request.kind == ReportKind::SalesByMonth && !canceled()) {
            SalesQuery byContinent = query;
            byContinent.by = SalesGrouping::Continent;
            byContinent.comparePrevious = false;
            data.series = service.monthly(byContinent, MonthlyGroups, &data.error);
            if (!data.series)
                data.sales.reset();
        }
        return data;
    }
    if (request.kind == ReportKind::TopProducts)
        data.products = service.topProducts(query, TopProductLimit, &data.error);
    else
        data.carriers = service.carrierSpend(query, &data.error);
    if (!data.carriers.isEmpty()) {
        for (const Carrier &carrier : CarrierRepository(db).carriers())
            data.carrierNames.insert(carrier.code, carrier.name);
    }
    // The service reports in the chosen currency; with none chosen that is the base currency of its rows.
    data.currency = request.currency;
    if (data.currency.isEmpty() && !data.products.isEmpty())
        data.currency = data.products.constFirst().revenue.currency();
    if (data.currency.isEmpty() && !data.carriers.isEmpty())
        data.currency = data.carriers.constFirst().cost.currency();
    return data;
}
