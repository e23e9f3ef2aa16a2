#include "guiapplication.h"

#include "connection.h"
#include "languagemanager.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QMessageBox>
#include <QThread>
#include <QTimer>

#include <functional>

using namespace Qt::StringLiterals;

namespace {

bool wantsScreenshot(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "--screenshot") == 0)
            return true;
    }
    return false;
}

// busy: true while a view still reads its figures in the background; the shot waits for it (at most a minute).
int takeScreenshot(QWidget &window, const QString &file, const std::function<bool()> &busy = {})
{
    window.show();
    QCoreApplication::processEvents();
    QElapsedTimer waited;
    waited.start();
    while (busy && busy() && waited.elapsed() < 60000) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        QThread::msleep(20);
    }
    QCoreApplication::processEvents();
    window.repaint();
    if (!window.grab().save(file)) {
        qCritical("cannot write the screenshot to %s", qPrintable(file));
        return 1;
    }
    return 0;
}

} // namespace

int GuiApplication::run(int argc, char *argv[])
{
    // A screenshot needs no screen: render offscreen unless the caller chose a platform.
    if (wantsScreenshot(argc, argv) && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");

    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"Borderdesk"_s);
    QCoreApplication::setApplicationName(u"Borderdesk"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(BORDERDESK_VERSION));
    QApplication::setWindowIcon(QIcon(u":/borderdesk/icons/borderdesk.svg"_s));

    QCommandLineParser parser;
    parser.setApplicationDescription(u"Borderdesk: the back office for small sellers who sell abroad."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(u"db"_s, u"Open the database at PATH."_s, u"PATH"_s);
    const QCommandLineOption langOption(u"lang"_s, u"Interface language (en, th)."_s, u"LANG"_s);
    const QCommandLineOption screenshotOption(u"screenshot"_s, u"Render the window to FILE (PNG) and exit."_s,
                                              u"FILE"_s);
    const QCommandLineOption viewOption(u"view"_s, u"The view to show first (catalogue, orders, shipping, rates, markets, prices, packstation)."_s, u"NAME"_s);
    parser.addOptions({dbOption, langOption, screenshotOption, viewOption});
    parser.process(app);

    LanguageManager languages;
    const QString language = parser.isSet(langOption) ? parser.value(langOption) : languages.preferred();
    if (!languages.switchTo(language, !parser.isSet(langOption))) {
        qCritical("unknown language %s", qPrintable(language));
        return 2;
    }

    const bool screenshot = parser.isSet(screenshotOption);
    MainWindow window(languages);
    const QString path = parser.isSet(dbOption) ? parser.value(dbOption) : Connection::defaultPath();
    QString error;
    if (!window.openDatabase(path, &error, !screenshot)) {
        if (screenshot) {
            qCritical("%s", qPrintable(error));
            return 1;
        }
        QMessageBox::critical(nullptr, QObject::tr("Borderdesk"), error);
        return 1;
    }
    // The pack station is a window of its own: --view packstation shoots it instead of the main window.
    if (parser.isSet(viewOption) && parser.value(viewOption) == u"packstation") {
        QWidget *station = window.openPackStation(!screenshot);
        if (screenshot)
            return station ? takeScreenshot(*station, parser.value(screenshotOption)) : 1;
        return QApplication::exec();
    }
    if (parser.isSet(viewOption) && !window.showView(parser.value(viewOption))) {
        qCritical("unknown view %s", qPrintable(parser.value(viewOption)));
        return 2;
    }
    if (screenshot)
        return takeScreenshot(window, parser.value(screenshotOption), [&window] { return window.isBusy(); });
    window.show();
    return QApplication::exec();
}
