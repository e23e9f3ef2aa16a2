#include "cli.h"
#include "translations.h"

#include <QGuiApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    // Labels and customs forms are drawn with Qt's fonts, which need a GUI application; the CLI never shows a
    // window, so it runs on the offscreen platform unless told otherwise (cron jobs have no display).
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
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
