#include "coldstart.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace ColdStart {

namespace {

constexpr int Runs = 3;
constexpr int TimeoutMs = 600000;

// Empties the page cache so the next start reads the database from the disk. False where that is not allowed.
bool dropFileCache()
{
    ::sync();
    QFile control(u"/proc/sys/vm/drop_caches"_s);
    return control.open(QIODevice::WriteOnly) && control.write("3\n") == 2;
}

// Wall-clock milliseconds of one process from start to exit; negative when it failed.
double runMs(const QString &program, const QStringList &arguments, const QString &configHome = {},
             const QByteArray &input = {})
{
    QProcess process;
    if (!configHome.isEmpty()) {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"XDG_CONFIG_HOME"_s, configHome);
        process.setProcessEnvironment(environment);
    }
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    if (!input.isEmpty()) {
        process.write(input);
        process.closeWriteChannel();
    }
    if (!process.waitForFinished(TimeoutMs) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0) {
        std::fprintf(stderr, "%s failed: %s\n", qPrintable(program), process.readAllStandardError().constData());
        return -1;
    }
    return double(timer.nsecsElapsed()) / 1e6;
}

double median(QList<double> runs)
{
    std::sort(runs.begin(), runs.end());
    return runs.at(runs.size() / 2);
}

} // namespace

bool measure(const QString &database, int orders, const QStringList &dashboardSql)
{
    QTemporaryDir dir;
    const QString shot = dir.filePath(u"start.png"_s);
    QByteArray plain;
    for (const QString &statement : dashboardSql)
        plain += statement.toUtf8() + ";\n";
    plain += ".quit\n";
    QList<double> app;
    QList<double> bare;
    QList<double> shell;
    bool cold = true;
    for (int run = 0; run < Runs; ++run) {
        cold &= dropFileCache();
        // A fresh profile (no operator's settings), so the dashboard opens as at a first start.
        app.append(runMs(QStringLiteral(BORDERDESK_GUI),
                         {u"--db"_s, database, u"--lang"_s, u"en"_s, u"--screenshot"_s, shot}, dir.path()));
        cold &= dropFileCache();
        bare.append(runMs(QStringLiteral(BARE_WINDOW), {u"--bare"_s}, dir.path()));
        cold &= dropFileCache();
        shell.append(runMs(QStringLiteral(SQLITE3_SHELL), {database}, {}, plain));
    }
    for (const QList<double> *runs : {&app, &bare, &shell}) {
        if (*std::min_element(runs->cbegin(), runs->cend()) < 0)
            return false;
    }
    if (!QFile::exists(shot))
        return false;
    const double a = median(app);
    const double b = median(bare);
    const double s = median(shell);
    std::printf("%s start to a painted dashboard over %d orders: Borderdesk %.0f ms; floor: a bare Qt window %.0f ms + "
                "the sqlite3 shell reading the same figures %.0f ms; ratio %.2f\n",
                cold ? "cold" : "warm", orders, a, b, s, a / (b + s));
    std::fflush(stdout);
    return true;
}

} // namespace ColdStart
