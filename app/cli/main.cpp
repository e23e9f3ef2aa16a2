#include "cli.h"
#include "translations.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Borderdesk"));
    QCoreApplication::setApplicationName(QStringLiteral("Borderdesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BORDERDESK_VERSION));
    // Messages in the system's language when Borderdesk speaks it (LANG=th_TH.UTF-8 gives Thai), else English.
    QTranslator borderdesk;
    QTranslator qt;
    if (Translations::load(borderdesk, qt, Translations::systemLanguage())) {
        QCoreApplication::installTranslator(&qt);
        QCoreApplication::installTranslator(&borderdesk);
    }
    QTextStream out(stdout);
    QTextStream err(stderr);
    Cli cli(out, err);
    return cli.run(QCoreApplication::arguments().mid(1));
}
