#include "cli.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Borderdesk"));
    QCoreApplication::setApplicationName(QStringLiteral("Borderdesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BORDERDESK_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    Cli cli(out, err);
    return cli.run(QCoreApplication::arguments().mid(1));
}
