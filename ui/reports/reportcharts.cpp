#include "reportcharts.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QGraphicsLayout>
#include <QHorizontalBarSeries>
#include <QLineSeries>
#include <QPieSeries>
#include <QPieSlice>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

QChart *newChart(const QString &title)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    QFont font = chart->titleFont();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.15);
    chart->setTitleFont(font);
    chart->setAnimationOptions(QChart::NoAnimation);
    // Axis numbers with the UI language's digits and group separators.
    chart->setLocalizeNumbers(true);
    chart->setLocale(QLocale());
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    chart->setBackgroundRoundness(0);
    return chart;
}

QValueAxis *moneyAxis(QChart *chart, const QString &currency, double max)
{
    auto *axis = new QValueAxis(chart);
    axis->setRange(0, max > 0 ? max : 1);
    axis->applyNiceNumbers();
    // Whole units unless the amounts are small (a few cents of a fee).
    axis->setLabelFormat(max >= 10 || Money(0, currency).fractionDigits() == 0 ? u"%.0f"_s : u"%.2f"_s);
    axis->setTitleText(currency);
    return axis;
}

} // namespace

double ReportCharts::units(qint64 minor, const QString &currency)
{
    return static_cast<double>(minor) / std::pow(10.0, Money(0, currency).fractionDigits());
}

QString ReportCharts::monthLabel(const QString &monthKey)
{
    const QDate first = QDate::fromString(monthKey + u"-01"_s, u"yyyy-MM-dd"_s);
    // The format is the language's own: "Dec 25" in English, "25年12月" in Japanese and Chinese.
    return first.isValid() ? QLocale().toString(first, tr("MMM yy", "QDate format of a month on a chart axis"))
                           : monthKey;
}

QString ReportCharts::groupLabel(SalesGrouping by, const QString &key, const QString &fallback)
{
    // Market names are the seller's own and channels are codes: only the others have a name in the UI language.
    if (by == SalesGrouping::Market || by == SalesGrouping::Channel)
        return fallback.isEmpty() ? SalesReportService::labelFor(by, key) : fallback;
    return SalesReportService::labelFor(by, key);
}

QChart *ReportCharts::message(const QString &title, const QString &text)
{
    QChart *chart = newChart(title);
    chart->legend()->hide();
    // An empty category axis keeps the plot area framed; the text says why it is empty.
    chart->setTitle(title.isEmpty() ? text : title + u'\n' + text);
    return chart;
}

QChart *ReportCharts::stackedByMonth(const SalesSeries &series, const QString &title, bool withTotalLine)
{
    QChart *chart = newChart(title);
    auto *stack = new QStackedBarSeries(chart);
    QList<double> totals(series.months.size(), 0.0);
    for (qsizetype group = 0; group < series.keys.size(); ++group) {
        auto *set = new QBarSet(groupLabel(SalesGrouping::Continent, series.keys.at(group),
                                           series.labels.value(group)), stack);
        const QList<qint64> minor = series.minor.value(group);
        for (qsizetype month = 0; month < series.months.size(); ++month) {
            const double value = units(minor.value(month), series.currency);
            set->append(value);
            totals[month] += value;
        }
        stack->append(set);
    }
    chart->addSeries(stack);
    QStringList categories;
    for (const QString &month : series.months)
        categories.append(monthLabel(month));
    auto *months = new QBarCategoryAxis(chart);
    months->append(categories);
    chart->addAxis(months, Qt::AlignBottom);
    stack->attachAxis(months);
    const double max = totals.isEmpty() ? 0.0 : *std::max_element(totals.cbegin(), totals.cend());
    QValueAxis *values = moneyAxis(chart, series.currency, max);
    chart->addAxis(values, Qt::AlignLeft);
    stack->attachAxis(values);
    if (withTotalLine && !totals.isEmpty()) {
        auto *line = new QLineSeries(chart);
        line->setName(totalSeriesName());
        for (qsizetype month = 0; month < totals.size(); ++month)
            line->append(static_cast<double>(month), totals.at(month));
        QPen pen = line->pen();
        pen.setWidthF(2.5);
        line->setPen(pen);
        line->setPointsVisible(true);
        chart->addSeries(line);
        line->attachAxis(months);
        line->attachAxis(values);
    }
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

QChart *ReportCharts::bars(const QList<Bar> &bars, const QString &currency, const QString &title)
{
    QChart *chart = newChart(title);
    const QList<Bar> shown = bars.mid(0, MaxBars);
    const bool comparing = std::any_of(shown.cbegin(), shown.cend(), [](const Bar &b) { return b.previousMinor.has_value(); });
    auto *series = new QHorizontalBarSeries(chart);
    auto *current = new QBarSet(revenueSetName(), series);
    QBarSet *previous = comparing ? new QBarSet(previousSetName(), series) : nullptr;
    QStringList categories;
    double max = 0;
    // Qt draws the first category at the bottom: the largest goes last, to sit on top.
    for (auto it = shown.crbegin(); it != shown.crend(); ++it) {
        categories.append(it->label);
        const double value = units(it->minor, currency);
        current->append(value);
        max = std::max(max, value);
        if (previous) {
            const double before = units(it->previousMinor.value_or(0), currency);
            previous->append(before);
            max = std::max(max, before);
        }
    }
    // The same blue whether or not the previous period is shown, and the previous period in grey.
    current->setColor(QColor(0x20, 0x9f, 0xdf));
    if (previous) {
        previous->setColor(QColor(0xb0, 0xb8, 0xc4));
        series->append(previous);
    }
    series->append(current);
    chart->addSeries(series);
    auto *names = new QBarCategoryAxis(chart);
    names->append(categories);
    // Qt Charts elides a name to "..." as soon as the bars are thinner than a line of text; a full name that
    // nearly touches the next one reads better.
    names->setTruncateLabels(false);
    chart->addAxis(names, Qt::AlignLeft);
    series->attachAxis(names);
    QValueAxis *values = moneyAxis(chart, currency, max);
    chart->addAxis(values, Qt::AlignBottom);
    series->attachAxis(values);
    if (previous)
        chart->legend()->setAlignment(Qt::AlignBottom);
    else
        chart->legend()->hide();
    return chart;
}

QChart *ReportCharts::share(const QList<Bar> &bars, const QString &title)
{
    QChart *chart = newChart(title);
    auto *pie = new QPieSeries(chart);
    pie->setHoleSize(0.45);
    pie->setPieSize(0.8);
    qint64 total = 0;
    for (const Bar &bar : bars)
        total += std::max<qint64>(bar.minor, 0);
    qint64 other = 0;
    const QLocale locale;
    const auto addSlice = [&](const QString &label, qint64 minor) {
        const double percent = total > 0 ? 100.0 * static_cast<double>(minor) / static_cast<double>(total) : 0.0;
        QPieSlice *slice = pie->append(tr("%1 (%2 %)").arg(label, locale.toString(percent, 'f', 1)),
                                       static_cast<double>(minor));
        slice->setLabelVisible(false); // the legend names them; labels around a small donut overlap
    };
    for (qsizetype i = 0; i < bars.size(); ++i) {
        if (bars.at(i).minor <= 0)
            continue;
        if (i < MaxSlices)
            addSlice(bars.at(i).label, bars.at(i).minor);
        else
            other += bars.at(i).minor;
    }
    if (other > 0)
        addSlice(tr("Other"), other);
    chart->addSeries(pie);
    chart->legend()->setAlignment(Qt::AlignRight);
    return chart;
}
