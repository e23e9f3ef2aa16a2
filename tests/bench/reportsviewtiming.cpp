#include "reportsviewtiming.h"

#include "connection.h"
#include "reportcontrols.h"
#include "reportquery.h"
#include "reportsview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <functional>

// In a child process: the Reports view on the database, offscreen. Each filter change is timed from the control's
// change to the chart and table redrawn (the view's reportShown, then a repaint), which is what an operator waits for.
int timeReportsView(int argc, char *argv[], const QString &path)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QString error;
    const Connection connection = Connection::open(path, &error, Connection::Mode::OpenExisting);
    if (!connection.isOpen())
        return 1;
    ReportsView view;
    view.resize(1280, 800);
    view.show();
    const auto waitShown = [&view](const std::function<void()> &change) {
        QEventLoop loop;
        const auto shown = QObject::connect(&view, &ReportsView::reportShown, &loop, &QEventLoop::quit);
        QTimer::singleShot(120000, &loop, &QEventLoop::quit);
        QElapsedTimer timer;
        timer.start();
        change();
        loop.exec();
        QObject::disconnect(shown);
        view.repaint();
        return double(timer.nsecsElapsed()) / 1e6;
    };
    waitShown([&] { view.setDatabase(connection.database(), path); });
    ReportControls *controls = view.controls();
    const QList<std::pair<const char *, std::function<void()>>> changes{
        {"country, last 12 months", [&] { controls->setKind(ReportKind::SalesByCountry); }},
        {"period: all time", [&] { controls->setPeriod(ReportPeriod::AllTime); }},
        {"by month", [&] { controls->setKind(ReportKind::SalesByMonth); }},
        {"period: last 90 days", [&] { controls->setPeriod(ReportPeriod::Last90Days); }},
        {"by region", [&] { controls->setKind(ReportKind::SalesByContinent); }},
        {"compare with the previous period", [&] { controls->setComparePrevious(true); }},
        {"market scorecard", [&] { controls->setKind(ReportKind::MarketScorecard); }},
        {"period: last year", [&] { controls->setPeriod(ReportPeriod::LastYear); }},
    };
    controls->setPeriod(ReportPeriod::Last12Months);
    QList<double> times;
    for (const auto &[name, change] : changes) {
        const double ms = waitShown(change);
        times.append(ms);
        std::fprintf(stderr, "reports view, %s: %.1f ms\n", name, ms);
    }
    std::sort(times.begin(), times.end());
    std::printf("%.1f %.1f\n", times.at(times.size() / 2), times.last());
    return 0;
}

