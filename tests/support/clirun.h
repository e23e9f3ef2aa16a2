#pragma once

#include "cli.h"

#include <QString>
#include <QStringList>
#include <QTextStream>

// Runs borderdesk-cli in-process and keeps what it printed and its exit code.
struct Run
{
    int code = -1;
    QString out;
    QString err;
};

inline Run cli(const QStringList &args)
{
    Run run;
    QTextStream out(&run.out);
    QTextStream err(&run.err);
    Cli tool(out, err);
    run.code = tool.run(args);
    out.flush();
    err.flush();
    return run;
}
