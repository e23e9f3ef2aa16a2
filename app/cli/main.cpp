#include "cli.h"
#include "translations.h"

#include <QGuiApplication>
#include <QTextStream>

#include <cstdio>
#include <cstring>
#include <memory>

namespace {

// Labels and customs forms are drawn with Qt's fonts, which need a GUI application; every other command runs
// without one. The command is the first argument that is not a global option.
bool drawsDocuments(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--db") == 0) {
            ++i;
            continue;
        }
        if (std::strncmp(argv[i], "--", 2) == 0)
            continue;
        return std::strcmp(argv[i], "labels") == 0 || std::strcmp(argv[i], "customs") == 0
               || std::strcmp(argv[i], "barcodes") == 0;
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    std::unique_ptr<QCoreApplication> application;
    if (drawsDocuments(argc, argv)) {
        // The CLI never shows a window: the offscreen platform, unless told otherwise (cron jobs have no display).
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        application = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
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
