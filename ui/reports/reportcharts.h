#pragma once

#include "salesreport.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

class QChart;

// Builds the charts of the dashboard and the reports from report data. Amounts are drawn in currency units
// (a double, for drawing only); axis labels and names are in the UI language at the time of building, so a view
// builds its charts again when the language changes.
class ReportCharts
{
    Q_DECLARE_TR_FUNCTIONS(ReportCharts)

public:
    // One bar (and one slice of the share donut).
    struct Bar
    {
        QString label;
        qint64 minor = 0;
        std::optional<qint64> previousMinor; // set when comparing with the previous period
    };

    static constexpr int MaxBars = 12;
    static constexpr int MaxSlices = 6;

    // Revenue per month stacked by group (continent…), with the months' totals as a line when asked.
    static QChart *stackedByMonth(const SalesSeries &series, const QString &title, bool withTotalLine);
    // Horizontal bars, the largest on top, at most MaxBars; a second set for the previous period when any bar has one.
    static QChart *bars(const QList<Bar> &bars, const QString &currency, const QString &title);
    // A donut of each bar's share; the smallest beyond MaxSlices fold into "Other".
    static QChart *share(const QList<Bar> &bars, const QString &title);
    // An empty chart saying why.
    static QChart *message(const QString &title, const QString &text);

    // "2026-11" → "Nov 26" in the UI language.
    static QString monthLabel(const QString &monthKey);
    // The label of a group key for people in the current UI language (fallback: the label the report came with).
    static QString groupLabel(SalesGrouping by, const QString &key, const QString &fallback);
    // Minor units to currency units, for drawing only.
    static double units(qint64 minor, const QString &currency);
    static QString revenueSetName() { return tr("Revenue"); }
    static QString previousSetName() { return tr("Previous period"); }
    static QString totalSeriesName() { return tr("Total"); }
};
