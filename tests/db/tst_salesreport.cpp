// Sales reports against totals worked out by hand from tests/data/report_orders.csv (rates: 1 EUR = 40 THB =
// 1.25 USD = 160 JPY, so 1 USD = 32 THB and 1 JPY = 0.25 THB):
//   #R1 US delivered 2026-10-05  25.00 USD =   800.00 THB
//   #R2 DE delivered 2026-10-20  30.00 EUR =  1200.00 THB
//   #R3 DE returned  2026-11-02  50.00 EUR =  2000.00 THB (subtracted again as a return)
//   #R4 JP new       2026-11-03   4000 JPY =  1000.00 THB (its product is not in the catalogue: no cost)
//   #R5 US cancelled 2026-11-04 100.00 USD =  3200.00 THB (left out)
//   #R6 TH delivered 2026-11-05 1500.00 THB (3 mugs costing 95.00 each)
//   #R7 US shipped   2026-11-06  10.00 USD =   320.00 THB
#include "exchangeraterepository.h"
#include "orderimporter.h"
#include "salesfacts.h"
#include "salesreport.h"
#include "tableexport.h"
#include "testdatabase.h"

#include <QFile>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;

class TestSalesReport : public QObject
{
    Q_OBJECT

    static void fill(TestDatabase &t)
    {
        QString error;
        QVERIFY2(SalesFacts(t.db()).setTimeZone("UTC", &error), qPrintable(error));
        const QDate day(2026, 10, 1);
        QVERIFY2(ExchangeRateRepository(t.db()).save({{u"THB"_s, day, *ExactDecimal::parse(u"40"_s)},
                                                       {u"USD"_s, day, *ExactDecimal::parse(u"1.25"_s)},
                                                       {u"JPY"_s, day, *ExactDecimal::parse(u"160"_s)}},
                                                      u"test"_s, &error),
                 qPrintable(error));
        QSqlQuery q(t.db());
        QVERIFY(q.exec(u"INSERT INTO products (sku, name, cost_minor, cost_currency, price_minor, price_currency) "
                       u"VALUES ('MUG-001', 'Benjarong mug', 9500, 'THB', 59000, 'THB')"_s));
        QFile file(QStringLiteral(BORDERDESK_TEST_DATA) + u"/report_orders.csv"_s);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const auto report = OrderImporter::importBytes(t.db(), file.readAll(), u"report_orders.csv"_s, {});
        QVERIFY2(report.written, qPrintable(report.error));
        QCOMPARE(SalesFacts(t.db()).refresh(&error), 7);
    }

    static SalesReport run(TestDatabase &t, SalesGrouping by, const QString &currency = {}, bool compare = false)
    {
        SalesQuery query;
        query.by = by;
        query.from = QDate(2026, 10, 1);
        query.to = QDate(2026, 11, 30);
        query.currency = currency;
        query.comparePrevious = compare;
        QString error;
        const auto report = SalesReportService(t.db()).sales(query, &error);
        if (!report)
            qFatal("report failed: %s", qPrintable(error));
        return *report;
    }

    static const SalesRow &row(const SalesReport &report, const QString &key)
    {
        for (const SalesRow &r : report.rows) {
            if (r.key == key)
                return r;
        }
        qFatal("no row %s", qPrintable(key));
    }

private Q_SLOTS:
    void byCountryEqualsHandTotals()
    {
        TestDatabase t;
        fill(t);
        const SalesReport report = run(t, SalesGrouping::Country);
        QCOMPARE(report.currency, u"THB"_s);
        QStringList keys;
        for (const SalesRow &r : report.rows)
            keys.append(r.key);
        QCOMPARE(keys, (QStringList{u"TH"_s, u"DE"_s, u"US"_s, u"JP"_s})); // largest revenue first
        QCOMPARE(row(report, u"US"_s).orders, 2);
        QCOMPARE(row(report, u"US"_s).cancelled, 1);
        QCOMPARE(row(report, u"US"_s).revenue, Money(112000, u"THB"_s));
        QCOMPARE(row(report, u"DE"_s).orders, 2);
        QCOMPARE(row(report, u"DE"_s).returned, 1);
        QCOMPARE(row(report, u"DE"_s).revenue, Money(120000, u"THB"_s));
        QCOMPARE(row(report, u"DE"_s).returns, Money(200000, u"THB"_s));
        QCOMPARE(row(report, u"JP"_s).revenue, Money(100000, u"THB"_s));
        QCOMPARE(row(report, u"TH"_s).revenue, Money(150000, u"THB"_s));
        QCOMPARE(row(report, u"TH"_s).label, u"Thailand"_s);
        QCOMPARE(report.total.orders, 6);
        QCOMPARE(report.total.cancelled, 1);
        QCOMPARE(report.total.returned, 1);
        QCOMPARE(report.total.revenue, Money(482000, u"THB"_s));
        QCOMPARE(report.total.averageOrderValue(), Money(80333, u"THB"_s)); // 4820.00 / 6
        QCOMPARE(row(report, u"DE"_s).returnRatePercent(), u"50.0"_s);
        QCOMPARE(row(report, u"US"_s).cancelRatePercent(), u"33.3"_s);
    }

    void marginSubtractsCostsShippingAndFees()
    {
        TestDatabase t;
        fill(t);
        SalesReport report = run(t, SalesGrouping::Country);
        // Thailand: 1500.00 − 3 × 95.00 − the TH market's shipping estimate 150.00.
        QVERIFY(row(report, u"TH"_s).margin);
        QCOMPARE(row(report, u"TH"_s).productCost, Money(28500, u"THB"_s));
        QCOMPARE(row(report, u"TH"_s).shippingCost, Money(15000, u"THB"_s));
        QCOMPARE(*row(report, u"TH"_s).margin, Money(106500, u"THB"_s));
        QCOMPARE(row(report, u"TH"_s).marginPercent(), u"71.0"_s);
        // Japan's product has no cost: its margin is unknown, and so is the total's.
        QVERIFY(!row(report, u"JP"_s).margin);
        QCOMPARE(row(report, u"JP"_s).ordersWithoutCost, 1);
        QVERIFY(!report.total.margin);
        // A 10 % channel fee takes 150.00 more once the orders are counted again.
        QString error;
        QVERIFY(SalesFacts(t.db()).setFeePercent(u"shopify"_s, u"10"_s, &error));
        QCOMPARE(SalesFacts(t.db()).rebuild(&error), 7);
        report = run(t, SalesGrouping::Country);
        QCOMPARE(row(report, u"TH"_s).fees, Money(15000, u"THB"_s));
        QCOMPARE(*row(report, u"TH"_s).margin, Money(91500, u"THB"_s));
        QVERIFY(!SalesFacts(t.db()).setFeePercent(u"shopify"_s, u"120"_s, &error));
    }

    void byMonthRegionAndChannel()
    {
        TestDatabase t;
        fill(t);
        const SalesReport months = run(t, SalesGrouping::Month);
        QCOMPARE(months.rows.size(), 2);
        QCOMPARE(months.rows.at(0).key, u"2026-10"_s);
        QCOMPARE(months.rows.at(0).orders, 2);
        QCOMPARE(months.rows.at(0).revenue, Money(200000, u"THB"_s));
        QCOMPARE(months.rows.at(1).key, u"2026-11"_s);
        QCOMPARE(months.rows.at(1).orders, 4);
        QCOMPARE(months.rows.at(1).cancelled, 1);
        QCOMPARE(months.rows.at(1).revenue, Money(282000, u"THB"_s));
        const SalesReport regions = run(t, SalesGrouping::Continent);
        QCOMPARE(regions.rows.size(), 3);
        QCOMPARE(row(regions, u"142"_s).revenue, Money(250000, u"THB"_s)); // Asia: Japan and Thailand
        QCOMPARE(row(regions, u"142"_s).label, u"Asia"_s);
        QCOMPARE(row(regions, u"150"_s).revenue, Money(120000, u"THB"_s));
        QCOMPARE(row(regions, u"019"_s).revenue, Money(112000, u"THB"_s));
        const SalesReport subregions = run(t, SalesGrouping::Subregion);
        QCOMPARE(row(subregions, u"035"_s).revenue, Money(150000, u"THB"_s)); // South-eastern Asia: Thailand
        QCOMPARE(row(subregions, u"030"_s).revenue, Money(100000, u"THB"_s)); // Eastern Asia: Japan
    }

    void chosenCurrencyKeepsOwnAmountsAndConvertsTheRest()
    {
        TestDatabase t;
        fill(t);
        const SalesReport report = run(t, SalesGrouping::Country, u"EUR"_s);
        QCOMPARE(report.currency, u"EUR"_s);
        QCOMPARE(row(report, u"DE"_s).revenue, Money(3000, u"EUR"_s));   // 30 + 50 − 50, its own euros
        QCOMPARE(row(report, u"US"_s).revenue, Money(2800, u"EUR"_s));   // 800 + 320 THB at 40
        QCOMPARE(row(report, u"JP"_s).revenue, Money(2500, u"EUR"_s));
        QCOMPARE(row(report, u"TH"_s).revenue, Money(3750, u"EUR"_s));
        QCOMPARE(report.total.revenue, Money(12050, u"EUR"_s));
        QVERIFY(report.missingRates.isEmpty());
        // No rate at all for a currency: the days are named and left out.
        const SalesReport swiss = run(t, SalesGrouping::Country, u"CHF"_s);
        QVERIFY(!swiss.missingRates.isEmpty());
        QCOMPARE(swiss.total.orders, 0);
    }

    void previousPeriodAndGrowth()
    {
        TestDatabase t;
        fill(t);
        SalesQuery query;
        query.by = SalesGrouping::Country;
        query.from = QDate(2026, 11, 1);
        query.to = QDate(2026, 11, 30);
        query.comparePrevious = true;
        QCOMPARE(query.previousFrom(), QDate(2026, 10, 2));
        QCOMPARE(query.previousTo(), QDate(2026, 10, 31));
        QString error;
        const auto report = SalesReportService(t.db()).sales(query, &error);
        QVERIFY2(report, qPrintable(error));
        // US: 320.00 now against 800.00 on 5 October: −60 %.
        QCOMPARE(*row(*report, u"US"_s).previousRevenue, Money(80000, u"THB"_s));
        QCOMPARE(row(*report, u"US"_s).growthPercent(), u"-60.0"_s);
        // Germany sold only before (now its one order came back): a row with nothing now.
        QCOMPARE(row(*report, u"DE"_s).revenue, Money(0, u"THB"_s));
        QCOMPARE(*row(*report, u"DE"_s).previousOrders, 1);
        QCOMPARE(row(*report, u"DE"_s).growthPercent(), u"-100.0"_s);
    }

    void changesAreCountedIncrementally()
    {
        TestDatabase t;
        fill(t);
        QSqlQuery q(t.db());
        QVERIFY(q.exec(u"UPDATE orders SET status = 'cancelled' WHERE number = '#R7'"_s));
        QVERIFY(q.exec(u"DELETE FROM orders WHERE number = '#R4'"_s));
        QVERIFY(q.exec(u"UPDATE orders SET risk_score = 5 WHERE number = '#R6'"_s)); // not a report column
        QCOMPARE(SalesFacts(t.db()).pending(), 2);
        QString error;
        QCOMPARE(SalesFacts(t.db()).refresh(&error), 2);
        const SalesReport report = run(t, SalesGrouping::Country);
        QCOMPARE(row(report, u"US"_s).orders, 1);
        QCOMPARE(row(report, u"US"_s).cancelled, 2);
        QCOMPARE(row(report, u"US"_s).revenue, Money(80000, u"THB"_s));
        QCOMPARE(report.rows.size(), 3); // Japan is gone
        QCOMPARE(report.total.revenue, Money(350000, u"THB"_s));
        // The per-day sums equal the facts they came from.
        QVERIFY(q.exec(u"SELECT (SELECT sum(revenue_base_minor) FROM sales_daily), "
                       u"(SELECT sum(revenue_base_minor) FROM sales_monthly), "
                       u"(SELECT sum(revenue_base_minor) FROM sales_facts WHERE state <> 'cancelled')"_s));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toLongLong(), q.value(2).toLongLong());
        QCOMPARE(q.value(1).toLongLong(), q.value(2).toLongLong());
    }

    void cancelledRefreshChangesNothing()
    {
        TestDatabase t;
        fill(t);
        QSqlQuery q(t.db());
        QVERIFY(q.exec(u"UPDATE orders SET status = 'cancelled'"_s));
        QString error;
        QCOMPARE(SalesFacts(t.db()).refresh(&error, [](int) { return false; }), -1);
        QVERIFY(!error.isEmpty());
        QCOMPARE(SalesFacts(t.db()).pending(), 7);
        QCOMPARE(run(t, SalesGrouping::Country).total.orders, 6);
    }

    void topProductsAndCarrierSpend()
    {
        TestDatabase t;
        fill(t);
        SalesQuery query;
        query.from = QDate(2026, 10, 1);
        query.to = QDate(2026, 11, 30);
        QString error;
        const QList<TopProduct> top = SalesReportService(t.db()).topProducts(query, 10, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        // Returned and cancelled orders are not sales. MUG-001 in #R1, #R2, #R6, #R7: 20 USD + 30 EUR + 1500 THB + 10 USD.
        QCOMPARE(top.size(), 2);
        QCOMPARE(top.at(0).sku, u"MUG-001"_s);
        QCOMPARE(top.at(0).quantity, 7);
        QCOMPARE(top.at(0).orders, 4);
        QCOMPARE(top.at(0).revenue, Money(64000 + 120000 + 150000 + 32000, u"THB"_s));
        QCOMPARE(top.at(1).sku, u"ZZZ-404"_s);
        QCOMPARE(top.at(1).revenue, Money(100000, u"THB"_s));
        // No shipments were booked in the fixture.
        QVERIFY(SalesReportService(t.db()).carrierSpend(query, &error).isEmpty());
    }

    void dashboardFigures()
    {
        TestDatabase t;
        fill(t);
        QSqlQuery q(t.db());
        // #R6 held by hand (no fraud signal, no problem).
        QVERIFY(q.exec(u"UPDATE orders SET status = 'on_hold', risk_reasons = '[]', problems = '[]' "
                       u"WHERE number = '#R6'"_s));
        QString error;
        QVERIFY(SalesFacts(t.db()).refresh(&error) >= 0);
        const auto figures = SalesReportService(t.db()).dashboard(QDate(2026, 11, 6), &error);
        QVERIFY2(figures, qPrintable(error));
        QCOMPARE(figures->waitingToShip, 1); // #R4 new
        QCOMPARE(figures->onHold, 1);
        QCOMPARE(figures->onHoldOther, 1);
        QCOMPARE(figures->onHoldFraud, 0);
        QCOMPARE(figures->revenueToday, Money(32000, u"THB"_s)); // #R7 on 6 November
        QCOMPARE(figures->ordersToday, 1);
        QCOMPARE(figures->revenueThisMonth, Money(282000, u"THB"_s)); // on hold still counts as a sale
        QCOMPARE(figures->regionsByMonth.months.size(), 12);
        QCOMPARE(figures->regionsByMonth.months.last(), u"2026-11"_s);
        QCOMPARE(figures->regionsByMonth.labels, (QStringList{u"Asia"_s, u"Europe"_s, u"Americas"_s}));
        QCOMPARE(figures->regionsByMonth.minor.at(0).last(), 250000); // Asia in November: 1000 + 1500 THB
        QCOMPARE(figures->regionsByMonth.minor.at(2).at(10), 80000); // Americas in October: #R1
    }

    void anyPeriodEqualsTheOrdersItCovers()
    {
        // A year of demo sales; periods that start and end mid-month read whole months less the days outside.
        TestDatabase t(60);
        QString error;
        QVERIFY2(DemoShop::addDemoHistory(t.db(), &error), qPrintable(error));
        QVERIFY(SalesFacts(t.db()).refresh(&error) > 1000);
        const QList<std::pair<QDate, QDate>> periods{
            {{2025, 11, 3}, {2026, 2, 27}},  {{2026, 1, 1}, {2026, 1, 31}},  {{2026, 3, 2}, {2026, 3, 30}},
            {{2026, 3, 10}, {2026, 3, 12}},  {{2025, 12, 31}, {2026, 1, 1}}, {{2026, 4, 28}, {2026, 9, 3}},
            {{2025, 10, 1}, {2026, 11, 30}}, {{2026, 6, 15}, {2026, 7, 14}}};
        for (const auto &[from, to] : periods) {
            QSqlQuery q(t.db());
            q.prepare(u"SELECT sum(state <> 'cancelled'), sum(CASE state WHEN 'sale' THEN revenue_base_minor ELSE 0 END), "
                      u"country FROM sales_facts WHERE day >= ? AND day <= ? GROUP BY country"_s);
            q.addBindValue(from.toString(Qt::ISODate));
            q.addBindValue(to.toString(Qt::ISODate));
            QVERIFY(q.exec());
            QHash<QString, std::pair<qint64, qint64>> expected;
            while (q.next())
                expected.insert(q.value(2).toString(), {q.value(0).toLongLong(), q.value(1).toLongLong()});
            SalesQuery query;
            query.from = from;
            query.to = to;
            const auto report = SalesReportService(t.db()).sales(query, &error);
            QVERIFY2(report, qPrintable(error));
            QCOMPARE(report->rows.size(), expected.size());
            for (const SalesRow &row : report->rows) {
                QCOMPARE(row.orders, expected.value(row.key).first);
                QCOMPARE(row.revenue.minorUnits(), expected.value(row.key).second);
            }
        }
    }

    void exportsAreFormulaSafeAndWorkbooksValid()
    {
        TestDatabase t;
        fill(t);
        const SalesReport report = run(t, SalesGrouping::Country);
        TableExport::Table table{u"Sales"_s, report.header(), report.cells(), {2, 3, 4, 5, 6, 7, 8, 9}};
        table.rows.append({u"=cmd|' /C calc'!A0"_s, u"+1"_s, u"1"_s, u"0"_s, u"0"_s, u"-12.50"_s});
        QString error;
        const QString csvPath = t.filePath(u"sales.csv"_s);
        QVERIFY2(TableExport::write(csvPath, table, &error), qPrintable(error));
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(csv.readAll());
        QVERIFY(text.contains(u"TH,Thailand,1,0,0,1500.00,0.00,1500.00,1065.00,71.0"_s));
        QVERIFY(text.contains(u"'=cmd|' /C calc'!A0,'+1,1,0,0,-12.50"_s)); // text neutralised, the number kept
        const QString xlsxPath = t.filePath(u"sales.xlsx"_s);
        QVERIFY2(TableExport::write(xlsxPath, table, &error), qPrintable(error));
        QFile xlsx(xlsxPath);
        QVERIFY(xlsx.open(QIODevice::ReadOnly));
        const QByteArray zip = xlsx.readAll();
        QVERIFY(zip.startsWith("PK\x03\x04"));
        QVERIFY(zip.contains("xl/worksheets/sheet1.xml"));
        QVERIFY(!QFile::exists(xlsxPath + u".part"_s));
    }
};

QTEST_GUILESS_MAIN(TestSalesReport)
#include "tst_salesreport.moc"
