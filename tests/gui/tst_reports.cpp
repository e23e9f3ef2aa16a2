#include "channelfeesdialog.h"
#include "dashboardview.h"
#include "exchangeraterepository.h"
#include "figuretile.h"
#include "languagemanager.h"
#include "orderimporter.h"
#include "ordersamples.h"
#include "reportcontrols.h"
#include "reportsview.h"
#include "reporttablemodel.h"
#include "salesfacts.h"
#include "testdatabase.h"
#include "writetransaction.h"

#include <QAbstractItemModelTester>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QDialogButtonBox>
#include <QHorizontalBarSeries>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QPieSeries>
#include <QPrinter>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedBarSeries>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

using OrderSamples::orderRow;
using Row = OrderSamples::Row;

QString at(const QDate &day, int seconds)
{
    return day.startOfDay(QTimeZone::utc()).addSecs(seconds).toString(Qt::ISODate);
}

QByteArray fileStart(const QString &path, int bytes)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.read(bytes) : QByteArray();
}

QString fileText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

// The series of a chart by type, and the bar set of a series by name.
template<typename T>
T *seriesOf(QChart *chart)
{
    for (QAbstractSeries *series : chart->series()) {
        if (auto *typed = qobject_cast<T *>(series))
            return typed;
    }
    return nullptr;
}

QBarSet *setNamed(QAbstractBarSeries *series, const QString &name)
{
    for (QBarSet *set : series->barSets()) {
        if (set->label() == name)
            return set;
    }
    return nullptr;
}

QStringList categoriesOf(QChart *chart)
{
    for (QAbstractAxis *axis : chart->axes()) {
        if (auto *categories = qobject_cast<QBarCategoryAxis *>(axis))
            return categories->categories();
    }
    return {};
}

} // namespace

// The dashboard and the reports on a small shop in euros: today a US order (USD 50 = EUR 40), a German one
// (EUR 30, ready to ship), a Thai one (THB 400 = EUR 10) held by the fraud check, a cancelled US order; yesterday a
// German one (EUR 5, counted in this month only when yesterday was in it); on the 15th of last month a German order
// (EUR 60) whose product name looks like a spreadsheet formula.
class TestReports : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_db;
    QDate m_today;

    bool yesterdayInThisMonth() const { return m_today.day() > 1; }

    template<typename T>
    static T *child(QWidget *parent, const QString &name)
    {
        auto *widget = parent->findChild<T *>(name);
        if (!widget)
            qFatal("no %s", qPrintable(name));
        return widget;
    }

    void showReport(ReportsView &view, ReportKind kind, ReportPeriod period)
    {
        view.controls()->setKind(kind);
        view.controls()->setPeriod(period);
        QTRY_VERIFY_WITH_TIMEOUT(!view.isBusy(), 20000);
        QVERIFY2(view.data().error.isEmpty(), qPrintable(view.data().error));
        QCOMPARE(view.data().request.kind, kind);
        QCOMPARE(view.data().request.period, period);
    }

    // Saves what the view looks like when BORDERDESK_SCREENSHOTS names a folder.
    static void screenshot(QWidget &widget, const QString &name)
    {
        const QString dir = qEnvironmentVariable("BORDERDESK_SCREENSHOTS");
        if (!dir.isEmpty())
            widget.grab().save(dir + u"/rep_"_s + name + u".png"_s);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(u"en_US"_s));
    }

    void init()
    {
        // A few demo products (APP-01000 among them, with a cost, an HS code, an origin and a weight).
        m_db = std::make_unique<TestDatabase>(12, u"EUR"_s);
        QString error;
        QVERIFY2(SalesFacts(m_db->db()).setTimeZone("UTC", &error), qPrintable(error));
        m_today = QDateTime::currentDateTimeUtc().date();
        // At least two weeks before today, whatever the day.
        const QDate midLastMonth(m_today.addMonths(-1).year(), m_today.addMonths(-1).month(), 15);
        {
            // Round rates on every order's day (they win over the demo shop's): USD 1.25 and THB 40 to the euro.
            WriteTransaction transaction(m_db->db());
            QList<ExchangeRate> rates;
            for (const QDate &day : {midLastMonth, m_today.addDays(-1), m_today})
                rates << ExchangeRate{u"USD"_s, day, ExactDecimal{125, 2}} << ExchangeRate{u"THB"_s, day, ExactDecimal{40, 0}};
            QVERIFY2(ExchangeRateRepository(m_db->db()).save(rates, u"test"_s, &error), qPrintable(error));
            QVERIFY(transaction.commit(&error));
        }
        const Row germany{{u"ship_country"_s, u"DE"_s}, {u"ship_postal_code"_s, u"10115"_s},
                          {u"ship_city"_s, u"Berlin"_s}, {u"ship_province"_s, QString()}, {u"currency"_s, u"EUR"_s}};
        const Row thailand{{u"ship_country"_s, u"TH"_s}, {u"ship_postal_code"_s, u"10110"_s},
                           {u"ship_city"_s, u"Bangkok"_s}, {u"ship_province"_s, QString()},
                           {u"currency"_s, u"THB"_s}};
        const auto with = [](Row row, const Row &more) {
            row.insert(more);
            return row;
        };
        const QList<Row> rows{
            orderRow(1, {{u"created_at"_s, at(m_today, 1)}, {u"line_quantity"_s, u"2"_s}}),
            orderRow(2, with(germany, {{u"created_at"_s, at(m_today, 2)}, {u"status"_s, u"ready_to_ship"_s},
                                       {u"channel"_s, u"ebay"_s}, {u"line_sku"_s, u"TEA-1"_s},
                                       {u"line_name"_s, u"Jasmine tea"_s}, {u"line_unit_price"_s, u"30.00"_s}})),
            orderRow(3, with(thailand, {{u"created_at"_s, at(m_today, 3)}, {u"line_unit_price"_s, u"400.00"_s},
                                        {u"avs_result"_s, u"N"_s}, {u"cvv_result"_s, u"N"_s}})),
            orderRow(4, {{u"created_at"_s, at(m_today, 4)}, {u"status"_s, u"cancelled"_s}}),
            orderRow(5, with(germany, {{u"created_at"_s, at(m_today.addDays(-1), 43200)},
                                       {u"line_sku"_s, u"TEA-1"_s}, {u"line_name"_s, u"Jasmine tea"_s},
                                       {u"line_unit_price"_s, u"5.00"_s}})),
            orderRow(6, with(germany, {{u"created_at"_s, at(midLastMonth, 43200)},
                                       {u"line_sku"_s, u"EVIL-1"_s},
                                       {u"line_name"_s, u"=HYPERLINK(\"http://evil.example\",\"free\")"_s},
                                       {u"line_unit_price"_s, u"60.00"_s}})),
        };
        const OrderImportReport report =
            OrderImporter::importBytes(m_db->db(), OrderSamples::ordersCsv(rows), u"orders.csv"_s, {});
        QVERIFY2(report.written, qPrintable(report.error));
    }

    void cleanup() { m_db.reset(); }

    void dashboardShowsTheFiguresAndOpensOrders()
    {
        DashboardView view;
        view.resize(1280, 800);
        QSignalSpy loaded(&view, &DashboardView::loaded);
        view.setDatabase(m_db->db(), m_db->path());
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 20000);
        QVERIFY(!view.isBusy());

        // Waiting: #1001 new, #1002 ready, #1005 and #1006 new. On hold: #1003, by the fraud check.
        QCOMPARE(child<QLabel>(&view, u"waitingToShipTileValue"_s)->text(), u"4"_s);
        QCOMPARE(child<QLabel>(&view, u"onHoldTileValue"_s)->text(), u"1"_s);
        QCOMPARE(child<QLabel>(&view, u"onHoldTileDetail"_s)->text(),
                 u"Fraud check: 1\nRestricted goods: 0\nMissing data: 0"_s);
        // Today: EUR 40 + 30 + 10 (the held order was paid; the cancelled one does not count).
        QCOMPARE(child<QLabel>(&view, u"revenueTodayTileValue"_s)->text(), u"€80.00"_s);
        QVERIFY(child<QLabel>(&view, u"revenueTodayTileDetail"_s)->text().startsWith(u"3 order"_s));
        QCOMPARE(child<QLabel>(&view, u"revenueMonthTileValue"_s)->text(),
                 yesterdayInThisMonth() ? u"€85.00"_s : u"€80.00"_s);

        // Sales by region, last 12 months: one stacked bar a month, Europe (EUR 95) first.
        auto *stack = seriesOf<QStackedBarSeries>(view.chart());
        QVERIFY(stack);
        QCOMPARE(view.chart()->title(), u"Sales by region, last 12 months"_s);
        QStringList regions;
        for (QBarSet *set : stack->barSets())
            regions.append(set->label());
        QCOMPARE(regions, (QStringList{u"Europe"_s, u"Americas"_s, u"Asia"_s}));
        const QStringList months = categoriesOf(view.chart());
        QCOMPARE(months.size(), 12);
        QCOMPARE(months.last(), QLocale().toString(m_today, u"MMM yy"_s));
        QCOMPARE(stack->barSets().at(0)->at(11), yesterdayInThisMonth() ? 35.0 : 30.0);
        QCOMPARE(stack->barSets().at(1)->at(11), 40.0);
        screenshot(view, u"dashboard"_s);

        QSignalSpy openOrders(&view, &DashboardView::openOrders);
        QTest::mouseClick(child<FigureTile>(&view, u"waitingToShipTile"_s), Qt::LeftButton);
        QCOMPARE(openOrders.size(), 1);
        const auto waiting = openOrders.at(0).at(0).value<OrderFilter>();
        QCOMPARE(waiting.statuses, (QList<OrderStatus>{OrderStatus::New, OrderStatus::ReadyToShip,
                                                       OrderStatus::Picked, OrderStatus::Packed}));
        QTest::mouseClick(child<FigureTile>(&view, u"onHoldTile"_s), Qt::LeftButton);
        QCOMPARE(openOrders.size(), 2);
        QCOMPARE(openOrders.at(1).at(0).value<OrderFilter>().statuses, QList<OrderStatus>{OrderStatus::OnHold});
        QSignalSpy openReports(&view, &DashboardView::openReports);
        QTest::mouseClick(child<QPushButton>(&view, u"openReportsButton"_s), Qt::LeftButton);
        QCOMPARE(openReports.size(), 1);
    }

    void reportsByCountryAndMonth()
    {
        ReportsView view;
        view.resize(1280, 800);
        QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        view.setDatabase(m_db->db(), m_db->path());
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));

        // Asking twice quickly shows the answer to the second question only.
        view.controls()->setKind(ReportKind::SalesByContinent);
        view.controls()->setCustomRange(m_today.addDays(-1), m_today);
        showReport(view, ReportKind::SalesByCountry, ReportPeriod::Custom);
        const ReportTableModel *model = view.model();
        QCOMPARE(model->rowCount(), 3);
        QCOMPARE(model->headerData(0, Qt::Horizontal).toString(), u"Country"_s);
        QCOMPARE(model->index(0, 0).data().toString(), u"United States"_s);
        QCOMPARE(model->index(0, 1).data().toString(), u"1"_s); // the cancelled order is not counted
        QCOMPARE(model->index(0, 2).data().toString(), u"€40.00"_s);
        QCOMPARE(model->index(1, 0).data().toString(), u"Germany"_s);
        QCOMPARE(model->index(1, 2).data().toString(), u"€35.00"_s);
        QCOMPARE(model->index(2, 0).data().toString(), u"Thailand"_s);
        QCOMPARE(model->index(2, 2).data().toString(), u"€10.00"_s);
        const QString total = child<QLabel>(&view, u"reportTotal"_s)->text();
        QVERIFY2(total.startsWith(u"Total: 4 order"_s) && total.contains(u"revenue €85.00"_s), qPrintable(total));
        // The German orders sell a product the catalogue does not have (no cost): their margin is unknown, not
        // zero. The US order's product has a cost (its margin may be negative: the demo costs are made up).
        QCOMPARE(model->headerData(model->columnCount() - 5, Qt::Horizontal).toString(), u"Margin"_s);
        QCOMPARE(model->index(1, model->columnCount() - 5).data().toString(), u"—"_s);
        QVERIFY(model->index(0, model->columnCount() - 5).data().toString().contains(u"€"_s));

        auto *bars = seriesOf<QHorizontalBarSeries>(view.chart());
        QVERIFY(bars);
        QCOMPARE(bars->barSets().size(), 1);
        QBarSet *revenue = setNamed(bars, u"Revenue"_s);
        QVERIFY(revenue);
        // The largest bar on top: Qt draws the first category at the bottom.
        QCOMPARE(categoriesOf(view.chart()), (QStringList{u"Thailand"_s, u"Germany"_s, u"United States"_s}));
        QCOMPARE(revenue->at(0), 10.0);
        QCOMPARE(revenue->at(1), 35.0);
        QCOMPARE(revenue->at(2), 40.0);
        auto *donut = seriesOf<QPieSeries>(view.shareChart());
        QVERIFY(donut);
        QVERIFY(donut->holeSize() > 0);
        QCOMPARE(donut->count(), 3);
        QCOMPARE(donut->slices().at(0)->label(), u"United States (47.1 %)"_s);
        screenshot(view, u"by_country"_s);

        // Against the two days before.
        view.controls()->setComparePrevious(true);
        QTRY_VERIFY_WITH_TIMEOUT(!view.isBusy(), 20000);
        QVERIFY(view.data().request.comparePrevious);
        bars = seriesOf<QHorizontalBarSeries>(view.chart());
        QCOMPARE(bars->barSets().size(), 2);
        QVERIFY(setNamed(bars, u"Previous period"_s));
        QCOMPARE(model->headerData(3, Qt::Horizontal).toString(), u"Previous period"_s);
        view.controls()->setComparePrevious(false);

        showReport(view, ReportKind::SalesByMonth, ReportPeriod::Last12Months);
        QCOMPARE(model->rowCount(), 12); // every month of the range, the empty ones too
        QCOMPARE(model->index(11, 0).data().toString(), QLocale().toString(m_today, u"MMMM yyyy"_s));
        QCOMPARE(model->index(11, 2).data().toString(), yesterdayInThisMonth() ? u"€85.00"_s : u"€80.00"_s);
        auto *stack = seriesOf<QStackedBarSeries>(view.chart());
        QVERIFY(stack);
        QStringList regions;
        for (QBarSet *set : stack->barSets())
            regions.append(set->label());
        QCOMPARE(regions, (QStringList{u"Europe"_s, u"Americas"_s, u"Asia"_s}));
        QCOMPARE(categoriesOf(view.chart()).size(), 12);
        auto *trend = seriesOf<QLineSeries>(view.chart());
        QVERIFY(trend);
        QCOMPARE(trend->name(), u"Total"_s);
        QCOMPARE(trend->count(), 12);
        QCOMPARE(trend->at(11).y(), yesterdayInThisMonth() ? 85.0 : 80.0);
        QCOMPARE(trend->at(10).y(), yesterdayInThisMonth() ? 60.0 : 65.0);
        QVERIFY(view.shareChart()->series().isEmpty());
        screenshot(view, u"by_month"_s);

        view.controls()->setCustomRange(m_today.addDays(-1), m_today);
        showReport(view, ReportKind::MarketScorecard, ReportPeriod::Custom);
        QCOMPARE(model->rowCount(), 3);
        QCOMPARE(model->headerData(3, Qt::Horizontal).toString(), u"Growth"_s);
        screenshot(view, u"scorecard"_s);
    }

    void exportsChartsAndData()
    {
        ReportsView view;
        view.resize(1280, 800);
        view.setDatabase(m_db->db(), m_db->path());
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.controls()->setCustomRange(m_today.addDays(-1), m_today);
        showReport(view, ReportKind::SalesByCountry, ReportPeriod::Custom);

        QString error;
        const QString png = m_db->filePath(u"chart.png"_s);
        QVERIFY2(view.exportChart(png, &error), qPrintable(error));
        const QImage image(png);
        QVERIFY(!image.isNull());
        QVERIFY2(image.width() >= 800 && image.height() >= 300, qPrintable(u"%1×%2"_s.arg(image.width()).arg(image.height())));
        // Not a blank picture: the bars are there.
        QSet<QRgb> colours;
        for (int x = 0; x < image.width(); x += 7)
            colours.insert(image.pixel(x, image.height() / 2));
        QVERIFY(colours.size() > 3);

        const QString svg = m_db->filePath(u"chart.svg"_s);
        QVERIFY2(view.exportChart(svg, &error), qPrintable(error));
        const QString svgText = fileText(svg);
        QVERIFY(svgText.contains(u"<svg"_s));
        QVERIFY(svgText.contains(u"Germany"_s));
        const QString pdf = m_db->filePath(u"chart.pdf"_s);
        QVERIFY2(view.exportChart(pdf, &error), qPrintable(error));
        QCOMPARE(fileStart(pdf, 4), QByteArray("%PDF"));
        QVERIFY(!view.exportChart(m_db->filePath(u"chart.gif"_s), &error));
        QVERIFY(error.contains(u".png"_s));

        const QString xlsx = m_db->filePath(u"countries.xlsx"_s);
        QVERIFY2(view.exportData(xlsx, &error), qPrintable(error));
        QCOMPARE(fileStart(xlsx, 2), QByteArray("PK"));
        const QString csv = m_db->filePath(u"countries.csv"_s);
        QVERIFY2(view.exportData(csv, &error), qPrintable(error));
        const QString countries = fileText(csv);
        QVERIFY(countries.contains(u"Revenue (EUR)"_s));
        QVERIFY(countries.contains(u"US,United States,1,1,0,40.00"_s));

        // Printing lays out the charts and the table on paper (here a PDF).
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        const QString printed = m_db->filePath(u"printed.pdf"_s);
        printer.setOutputFileName(printed);
        view.print(&printer);
        QCOMPARE(fileStart(printed, 4), QByteArray("%PDF"));
        QVERIFY(QFileInfo(printed).size() > QFileInfo(pdf).size() / 4);

        // Top products: a product name that a spreadsheet would run is neutralised in CSV.
        showReport(view, ReportKind::TopProducts, ReportPeriod::Last12Months);
        // EVIL-1 EUR 60, APP-01000 EUR 40 + 10 (the cancelled order left out), TEA-1 EUR 35.
        QCOMPARE(view.model()->rowCount(), 3);
        QCOMPARE(view.model()->index(0, 0).data().toString(), u"EVIL-1"_s);
        QCOMPARE(view.model()->index(1, 0).data().toString(), u"APP-01000"_s);
        QCOMPARE(view.model()->index(1, 2).data().toString(), u"3"_s);
        QCOMPARE(view.model()->index(1, 4).data().toString(), u"€50.00"_s);
        QCOMPARE(view.model()->index(0, 4).data().toString(), u"€60.00"_s);
        screenshot(view, u"top_products"_s);
        const QString products = m_db->filePath(u"products.csv"_s);
        QVERIFY2(view.exportData(products, &error), qPrintable(error));
        const QString productText = fileText(products);
        QVERIFY2(productText.contains(u"'=HYPERLINK("_s), qPrintable(productText));
        QVERIFY(!productText.contains(u",=HYPERLINK"_s));
        QVERIFY(!productText.contains(u"\"=HYPERLINK"_s));
        QVERIFY(productText.contains(u",60.00"_s));
    }

    void channelFeesAreValidatedAndSaved()
    {
        ReportsView view;
        view.setDatabase(m_db->db(), m_db->path());
        QTRY_VERIFY_WITH_TIMEOUT(!view.isBusy(), 20000);
        QVERIFY(!ChannelFeesDialog::isValidPercent(u"100.5"_s));
        QVERIFY(!ChannelFeesDialog::isValidPercent(u"-1"_s));
        QVERIFY(!ChannelFeesDialog::isValidPercent(u"2,9"_s));
        QVERIFY(ChannelFeesDialog::isValidPercent(u"100.000"_s));
        QVERIFY(ChannelFeesDialog::isValidPercent(u"0"_s));

        ChannelFeesDialog *dialog = view.editChannelFees();
        QVERIFY(dialog);
        QCOMPARE(dialog->channels().size(), 2);
        QLineEdit *ebay = dialog->editFor(u"ebay"_s);
        QVERIFY(ebay);
        QPushButton *save = child<QDialogButtonBox>(dialog, u"channelFeesButtons"_s)->button(QDialogButtonBox::Save);
        ebay->setText(u"12,5"_s);
        QVERIFY(!save->isEnabled());
        QVERIFY(dialog->validationError().contains(u"ebay"_s));
        ebay->setText(u"12.5"_s);
        QVERIFY(save->isEnabled());
        QSignalSpy saved(dialog, &ChannelFeesDialog::feesSaved);
        QSignalSpy reloaded(&view, &ReportsView::reportShown);
        save->click();
        QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 20000);
        QCOMPARE(SalesFacts(m_db->db()).feePercent(u"ebay"_s), u"12.5"_s);
        QTRY_VERIFY_WITH_TIMEOUT(reloaded.size() >= 1 && !view.isBusy(), 20000);
    }

    void followsTheLanguage()
    {
        LanguageManager languages;
        QVERIFY(languages.switchTo(u"en"_s, false));
        ReportsView view;
        view.resize(1280, 800);
        view.setDatabase(m_db->db(), m_db->path());
        view.show();
        showReport(view, ReportKind::SalesByMonth, ReportPeriod::Last12Months);
        DashboardView dashboard;
        dashboard.resize(1280, 800);
        QSignalSpy loaded(&dashboard, &DashboardView::loaded);
        dashboard.setDatabase(m_db->db(), m_db->path());
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 20000);
        const QString englishTitle = view.chart()->title();
        const QString englishMonth = categoriesOf(view.chart()).last();

        QVERIFY(languages.switchTo(u"th"_s, false));
        QCoreApplication::processEvents();
        // Region and month names come from ICU and the locale, so they follow even before strings are translated.
        auto *stack = seriesOf<QStackedBarSeries>(view.chart());
        QVERIFY(stack);
        QVERIFY(!view.chart()->title().isEmpty());
        QCOMPARE(stack->barSets().at(0)->label(), u"ยุโรป"_s);
        QVERIFY(categoriesOf(view.chart()).last() != englishMonth);
        QCOMPARE(seriesOf<QStackedBarSeries>(dashboard.chart())->barSets().at(0)->label(), u"ยุโรป"_s);
        QVERIFY(!child<QLabel>(&dashboard, u"revenueTodayTileCaption"_s)->text().isEmpty());
        // Right to left (as for Arabic).
        view.setLayoutDirection(Qt::RightToLeft);
        QCoreApplication::processEvents();
        screenshot(view, u"rtl"_s);

        QVERIFY(languages.switchTo(u"en"_s, false));
        QCoreApplication::processEvents();
        view.setLayoutDirection(Qt::LeftToRight);
        QCOMPARE(view.chart()->title(), englishTitle);
        QCOMPARE(seriesOf<QStackedBarSeries>(view.chart())->barSets().at(0)->label(), u"Europe"_s);
    }
};

QTEST_MAIN(TestReports)
#include "tst_reports.moc"
