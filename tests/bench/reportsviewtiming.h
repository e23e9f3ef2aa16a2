#pragma once

#include <QString>

// bench_reports --view DB: the Reports view on DB, offscreen, timed from each filter change to its chart and table
// redrawn. Prints "MEDIAN_MS WORST_MS" on stdout and each change on stderr.
int timeReportsView(int argc, char *argv[], const QString &path);
